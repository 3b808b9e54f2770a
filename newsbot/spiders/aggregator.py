"""The ``aggregator`` spider: crawl sites, keep the article pages.

It fetches and extracts; cleaning, validation and export are the pipelines'
and the feed exports' job.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from scrapy import signals as scrapy_signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip
from twisted.python.failure import Failure

from newsbot import signals as newsbot_signals
from newsbot.cleaning.article import RawArticle, utc_now
from newsbot.cleaning.footer import SHARE_QUERY
from newsbot.cleaning.metadata import TEASER_DATE_CHARS, decided_date_orders
from newsbot.config import newsbot_config
from newsbot.extraction import template
from newsbot.extraction.classify import Verdict, classify, url_kind, url_looks_like_article
from newsbot.extraction.copies import CopyTracker, document_marks_copy
from newsbot.extraction.discovery import (
    feed_links,
    parse_feed,
    parse_sitemap,
    sitemaps_from_robots,
)
from newsbot.extraction.hybrid import read_verdict
from newsbot.extraction.page import (
    ExtractedPage,
    ExtractionError,
    copy_of,
    extract_page,
    link_headlines,
    use_plain_element_classes,
)
from newsbot.items import PageItem
from newsbot.profiles import SiteProfile, profile_for_url
from newsbot.targets import resolve_targets

_NOTHING = object()  # (a page's reading that yielded nothing: read_guarded)

# the short texts of a page with a figure and a date's separator in them, where a listing's teaser dates are
# ("2/27/2026"): read by XPath, in C, so that a listing page costs no walk in Python over all its text
_TEASER_DATE_TEXTS = (f"//body//text()[string-length(.) <= {TEASER_DATE_CHARS}]"
                      "[contains(., '/') or contains(., '.') or contains(., '-')][translate(., '0123456789', '') != .]")


class AggregatorSpider(scrapy.Spider):
    name = "aggregator"
    LINKS_REMEMBERED = 100_000  # links yielded, remembered to skip building their Requests again

    def __init__(self, start_urls: str | None = None, site: str | None = None, **kwargs: Any) -> None:
        # scrapyd passes _job (and may pass other private arguments): accepted and ignored.
        kwargs = {k: v for k, v in kwargs.items() if not k.startswith("_")}
        super().__init__(**kwargs)
        self.start_urls_arg = start_urls
        self.site_arg = site

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        # Write to NEWSBOT_FEED_URI unless FEEDS, -o/-O or scrapyd give a feed.
        # (Not in settings.FEEDS: Scrapy merges the project's FEEDS into those
        # of -o/-O, so a project feed would be written beside the user's file.)
        if not settings.getdict("FEEDS"):
            settings.set(
                "FEEDS",
                {settings.get("NEWSBOT_FEED_URI"): {"format": "jsonlines", "encoding": "utf-8"}},
                priority="spider",
            )

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup(crawler)
        return spider

    def setup(self, crawler) -> None:
        self.config = newsbot_config(crawler.settings)
        # "hybrid": trafilatura's second opinion on every page (better on
        # unusual layouts, ~30 ms a page); "fast": newsbot's extractor alone.
        self.hybrid = self.config.extractor == "hybrid"
        # learned per host on sites without a profile's selectors (hybrid mode
        # reads every page in full anyway)
        self.templates = template.TemplateLearner() if self.config.templates and not self.hybrid else None
        self.targets = resolve_targets(self.config.profiles, self.start_urls_arg, self.site_arg)
        self.by_host: dict[str, SiteProfile] = {}
        for target in self.targets:
            host = urlsplit(target.url).hostname or ""
            self.by_host.setdefault(host, target.profile)
        hosts = set(self.by_host)
        for target in self.targets:
            hosts.update(target.profile.allowed_domains)
        # OffsiteMiddleware reads this: redirects and links stay on the crawled sites.
        self.allowed_domains = sorted(hosts)
        self._own_hosts: dict[str, bool] = {}
        self.links_yielded: dict[int, int] = {}  # hash of a URL -> least depth it was yielded at
        self._own_for: list[str] | None = None
        # Same-site links only.  (LinkExtractor's allow_domains compares the
        # host *with* its port, so it would drop every link of a site on a
        # port; the host check below does not.)
        self.link_extractor = LinkExtractor()
        # print/AMP copies whose canonical names another host (a mirror's public host): one
        # record per article whatever the crawl order (extraction/copies.py).  Not in
        # distributed mode: a copy and its original may be crawled by two workers (the shared
        # state's duplicate check is what catches them there).
        self.copies = None if crawler.settings.get("REDIS_URL") else CopyTracker()
        self._releasing, self._last_held = False, ""
        if self.copies is not None:
            crawler.signals.connect(self.release_copies, signal=scrapy_signals.spider_idle)
            crawler.signals.connect(self.count_unreleased_copies, signal=scrapy_signals.spider_closed)

    async def start(self) -> AsyncIterator[Any]:
        discover = self.crawler.settings.getbool("NEWSBOT_DISCOVER")
        robots_seen: set[str] = set()
        for target in self.targets:
            self.logger.info("Crawling %s (profile: %s)", target.url, target.profile.name)
            yield scrapy.Request(target.url, callback=self.parse, errback=self.on_error,
                                 meta={"newsbot_start": True})
            robots = urljoin(target.url, "/robots.txt")
            if discover and robots not in robots_seen:
                robots_seen.add(robots)
                yield scrapy.Request(robots, callback=self.parse_robots, errback=self.on_discovery_error,
                                     dont_filter=True, priority=10)

    # --- discovery: sitemaps (from robots.txt) and feeds (from <link rel=alternate>)

    def parse_robots(self, response: Response) -> Any:
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in sitemaps_from_robots(response.text, response.url):
            if self.is_own_site(url):
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_discovery_error, priority=10)

    def parse_sitemap(self, response: Response) -> Any:
        body = response.body
        if response.url.endswith(".gz") or body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            except (OSError, ValueError) as exc:
                self.crawler.stats.inc_value("newsbot/discovery/sitemap_unreadable")
                self.logger.info("Sitemap not readable: %s (%s)", response.url, exc)
                return
        entries = parse_sitemap(body, response.url)
        self.crawler.stats.inc_value("newsbot/discovery/sitemaps")
        yield from self._discovered(entries, "sitemap")

    def parse_feed(self, response: Response) -> Any:
        self.crawler.stats.inc_value("newsbot/discovery/feeds")
        yield from self._discovered(parse_feed(response.body, response.url), "feed")

    def _discovered(self, entries, source: str) -> Any:
        for entry in entries:
            if not self.is_own_site(entry.url):
                continue
            if entry.is_sitemap:
                yield scrapy.Request(entry.url, callback=self.parse_sitemap, errback=self.on_discovery_error, priority=10)
                continue
            self.crawler.stats.inc_value(f"newsbot/discovery/urls_from_{source}")
            yield scrapy.Request(entry.url, callback=self.parse, errback=self.on_error, priority=5)

    def on_discovery_error(self, failure: Failure) -> None:
        """A missing robots.txt, sitemap or feed is normal: counted, not a failed page."""
        self.crawler.stats.inc_value("newsbot/discovery/unavailable")

    def is_own_site(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        if self._own_for is not self.allowed_domains:  # set again (distributed mode adds hosts)
            self._own_hosts, self._own_for = {}, self.allowed_domains
        own = self._own_hosts.get(host)
        if own is None:  # once per host: a crawl sees few
            own = self._own_hosts[host] = any(host == d or host.endswith("." + d) for d in self.allowed_domains)
        return own

    def profile_for(self, url: str) -> SiteProfile:
        host = urlsplit(url).hostname or ""
        profile = self.by_host.get(host)
        if profile is None:
            profile = profile_for_url(self.config.profiles, url)
            self.by_host[host] = profile
        return profile

    def parse(self, response: Response) -> Any:
        stats = self.crawler.stats
        if not isinstance(response, TextResponse) or not isinstance(response.selector.root, etree._Element):
            # (a JSON document is a TextResponse whose selector's root is the parsed data, no tree: a Lume blog's
            # "/feed.json" linked from its archive pages)
            stats.inc_value("newsbot/pages/skipped/not_html")
            return
        use_plain_element_classes(response.selector.root)  # before the link extractor walks it
        profile = self.profile_for(response.url)
        if response.meta.get("newsbot_start") and self.crawler.settings.getbool("NEWSBOT_DISCOVER"):
            for url in feed_links(response.selector.root, response.url):
                if self.is_own_site(url):
                    yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_discovery_error, priority=10)
        depth = response.meta.get("depth", 0) + 1
        for link in self.link_extractor.extract_links(response):
            # A URL this spider has yielded before, at this depth or less, is one the
            # scheduler's dupefilter would drop (or DEPTH_LIMIT again): no Request is
            # built for it (most links of a page are the site's navigation and
            # teasers, yielded again on every page).  Found closer to the start
            # than before, it goes again: DepthMiddleware may have dropped it.
            # (keyed by the URL's hash, not the URL: the URLs took 3.1 MiB for 17,195 links at
            # 12,000 pages of the benchmark crawl; and
            # two URLs of one crawl sharing a 64-bit hash are a one in 10^9 chance)
            key = hash(link.url)
            if self.links_yielded.get(key, depth + 1) <= depth:
                continue
            if not self.is_own_site(link.url) or shares_page(link.url) or any(p.search(link.url) for p in profile.skip_urls):
                continue
            if len(self.links_yielded) >= self.LINKS_REMEMBERED:
                self.links_yielded.clear()  # bounded memory: the dupefilter still drops repeats
            self.links_yielded[key] = depth
            # link.url is absolute and safe already: a plain Request (response.follow would redo both)
            yield scrapy.Request(link.url, callback=self.parse, errback=self.on_error)
        site = urlsplit(response.url).netloc.lower()
        yield from self.read_guarded(response, profile, site, profile.is_article_url(response.url))

    def read_guarded(self, response: TextResponse, profile: SiteProfile, site: str, article_url: bool | None) -> Any:
        """The page's outputs (read_page), its extraction-side calls under one handler: they all run before the
        page's first output (extract, classify, read_verdict, copy_of, to_raw, copies.article, learn_template), and an
        unreadable page or a defect of newsbot's code met in any of them ends as the page's record in the quarantine
        (a defect met after classify was a bare spider exception: no record, no pages/article count)."""
        outputs = self.read_page(response, profile, site, article_url)
        try:
            first = next(outputs, _NOTHING)
        except ExtractionError as exc:
            if article_url or (article_url is None and url_looks_like_article(response.url)):
                # an article page we cannot read: to the quarantine, with the reason
                self.crawler.stats.inc_value("newsbot/pages/article")
                yield PageItem(raw=RawArticle(url=response.url, site=site, fetched_at=utc_now(), title=None),
                               profile=profile.name, error=str(exc))
            else:
                self.crawler.stats.inc_value("newsbot/pages/failed/unparseable")
                self.logger.info("Not parseable as HTML: %s (%s)", response.url, exc)
            yield from self.not_original(response)
            return
        except Exception as exc:  # a defect of newsbot's extraction code met on this page, not an unreadable page
            # to the quarantine as cleaning-failed (its address and its <title> as it reads, not cleaned), the
            # traceback in the log, the job's status FAILED (the pipeline counts it).  (Before: counted as
            # "unparseable", a ValueError of lxml on an HTML comment beside a <time>, telegra.ph's
            # "<a rel=author>…</a><!-- --><time>", lost every page silently)
            self.logger.exception("Extraction failed on %s", response.url)
            self.crawler.stats.inc_value("newsbot/pages/article")
            title = response.xpath("normalize-space(//title)").get() or None
            yield PageItem(raw=RawArticle(url=response.url, site=site, fetched_at=utc_now(), title=title),
                           profile=profile.name, failure=f"{type(exc).__name__}: {exc}")
            yield from self.not_original(response)
            return
        if first is not _NOTHING:
            yield first
            yield from outputs

    def read_page(self, response: TextResponse, profile: SiteProfile, site: str, article_url: bool | None) -> Any:
        """The page's items and requests: its record (or the reason it is none) and the original a copy names.  Every
        extraction-side call comes before the first of them (read_guarded runs them under its handler)."""
        stats = self.crawler.stats
        if looks_binary(response.body):
            raise ExtractionError("binary content served as text/html")
        if article_url is False or (article_url is None and url_kind(response.url, weak=False)):
            # The URL alone says it is no article (a listing, tag or information page; classify
            # would say so before it looks at the content): only its links' headlines are read,
            # the site's evidence of shared title prefixes, not the whole page (the generic
            # extraction, median 1.76 ms a page in benchmarks/RESULTS.md; a tenth of its pages).  Not on the URL's
            # weak hints (a day as one segment, "/news/2026-03-14/"): classify reads them, after og:type
            headlines = link_headlines(response.selector.root)
            self.crawler.signals.send_catch_log(newsbot_signals.titles_seen, site=site,
                                                titles=[text for text, _ in headlines],
                                                targets=[href for _, href in headlines])
            yield from self.not_an_article(response, "url-not-article")
            return
        page = self.extract(response, profile, site)
        self.crawler.signals.send_catch_log(newsbot_signals.titles_seen, site=site, titles=page.link_texts,
                                            targets=[href for _, href in page.link_headlines])
        min_body_chars = profile.min_body_chars if profile.name != "generic" else self.config.min_body_chars

        def reclassify() -> Verdict:
            return classify(page, min_body_chars=min_body_chars, article_url=article_url)

        # (hybrid: trafilatura's paragraphs trimmed by ours on a page ours calls an article; fast: an article with a
        # headline whose text ours did not find read by trafilatura before it goes to the quarantine as unreadable)
        verdict, reread = read_verdict(page, response.text, reclassify, hybrid=self.hybrid,
                                       fixed_body=bool(profile.body_selector))
        if reread:
            stats.inc_value("newsbot/extraction/second_opinion")
        if not verdict.is_article:
            if verdict.reason == "copy" and (original := copy_of(page)) and self.is_own_site(original):
                # the article the copy names, in case no link leads to it (the dupefilter drops a repeat)
                yield scrapy.Request(original, callback=self.parse, errback=self.on_error)
            yield from self.not_an_article(response, verdict.reason, verdict.detail)
            return
        item = PageItem(raw=page.to_raw(site, utc_now()), profile=profile.name,
                        error=verdict.detail if verdict.reason == "broken-article" else None)
        decision = None
        if self.copies is not None:
            # a page kept out of search engines (robots noindex: Bitrix's print view) naming a canonical is
            # marked as a copy, as an AMP document is: held, its original fetched, dropped when that is found
            root = response.selector.root
            decision = self.copies.article(response.url, page.canonical, page.title,
                                           page.noindex or document_marks_copy(root), item,
                                           redirects=response.meta.get("redirect_urls", ()),
                                           alternates=page.html_alternates)
            if decision.status == "copy":
                stats.inc_value("newsbot/pages/not_article/copy")
                self.logger.debug("Not an article (copy): %s names %s, as its article does", response.url, page.canonical)
                return
            if decision.dropped_held:  # counted as articles while held: copies after all
                stats.inc_value("newsbot/pages/article", -decision.dropped_held)
                stats.inc_value("newsbot/pages/not_article/copy", decision.dropped_held)
        if decision is None or decision.status == "emit":  # (a print view teaches no template)
            self.learn_template(response, profile, site, page)
        stats.inc_value("newsbot/pages/article")  # (after learn_template: a defect there is counted once, as its record)
        if decision is None:
            yield item
            return
        if decision.status == "held":
            self._last_held = response.url
            # its spam evidence counts now, as its article's would (a keyword in its headline
            # teaches the site's later pages); the record waits for the original
            yield PageItem(raw=item.raw, profile=item.profile, error=item.error, evidence_only=True)
        yield from decision.emit
        if decision.fetch and decision.original and self.is_own_site(original := decision.original):
            # the original the copy names, on this host, in case no link leads to it
            yield scrapy.Request(original, callback=self.parse, errback=self.on_error)

    def not_an_article(self, response, reason: str, detail: str = ""):
        """Counted by its reason, logged, and the copies held for its path released; the numeric dates of its teasers
        that decide their order are the site's evidence (newsbot_signals.dates_seen)."""
        self.crawler.stats.inc_value(f"newsbot/pages/not_article/{reason}")
        if isinstance(response, TextResponse) \
                and (orders := decided_date_orders(response.xpath(_TEASER_DATE_TEXTS).getall())):
            self.crawler.signals.send_catch_log(newsbot_signals.dates_seen, site=urlsplit(response.url).netloc.lower(),
                                                orders=orders)
        self.logger.debug("Not an article (%s): %s %s", reason, response.url, detail)
        yield from self.not_original(response)

    def not_original(self, response: Response) -> Any:
        """Copies held for the page at this URL are their story's only record (it is not that article)."""
        if self.copies is not None and self.copies.has_held():
            for url in (response.url, *response.meta.get("redirect_urls", ())):
                yield from self.copies.not_original(url)

    def release_copies(self) -> None:
        """Idle: the copies still held (their original was never crawled) go out, through the
        callback of one request for a page of the crawl already fetched (the last copy held;
        items can only come out of a callback); once, whether it succeeds or fails."""
        if self.copies is None or not self.copies.has_held() or self._releasing:
            return
        self._releasing = True
        self.crawler.engine.crawl(scrapy.Request(self._last_held, callback=self._release_held,
                                                 errback=self._release_held, dont_filter=True))
        raise DontCloseSpider

    def _release_held(self, _response_or_failure: Any) -> Any:
        self._releasing = False
        yield from self.copies.release_all()

    def count_unreleased_copies(self, spider: Any = None, reason: str = "") -> None:
        """A crawl stopped before going idle (a CLOSESPIDER_* limit, a cancelled job) leaves the
        copies it held unwritten: counted by that reason (they were counted as articles while
        held), and said in the log, not lost in silence."""
        held = self.copies.held_count() if self.copies is not None else 0
        if held:
            stats = self.crawler.stats
            stats.inc_value("newsbot/pages/article", -held)
            stats.inc_value("newsbot/pages/not_article/copy_unreleased", held)
            self.logger.warning("%d page(s) held as copies of articles not reached were not written: the crawl "
                                "stopped (%s) before it went idle", held, reason or "closed")

    # --- extraction, through the site's learned template when it has one

    def extract(self, response: TextResponse, profile: SiteProfile, site: str) -> ExtractedPage:
        root, url, stats = response.selector.root, response.url, self.crawler.stats
        learned = self.templates.template(site) if self.templates is not None else None
        if learned is not None and not (profile.title_selector or profile.body_selector):
            if template.fits(root, learned, url):
                stats.inc_value("newsbot/template/pages")
                page = extract_page(root, url, title_css=learned.title_css, body_css=learned.body_css,
                                    meta_css=profile.meta_selector)
                if not self.templates.due_for_check(site):
                    return page
                full = extract_page(root, url, meta_css=profile.meta_selector)
                if template.same_extraction(page, full):
                    return page
                self.templates.forget(site)
                stats.inc_value("newsbot/template/forgotten")
                self.logger.info("Template of %s forgotten: %s reads differently without it", site, url)
                return full
            self.templates.missed(site)
            stats.inc_value("newsbot/template/not_fitting")
        return extract_page(root, url, title_css=profile.title_selector, body_css=profile.body_selector,
                            meta_css=profile.meta_selector)

    def learn_template(self, response: TextResponse, profile: SiteProfile, site: str, page: ExtractedPage) -> None:
        """An article page read the generic way teaches the site's template."""
        if self.templates is None or profile.title_selector or profile.body_selector:
            return
        if self.templates.template(site) is not None:
            return
        root = response.selector.root
        learned = self.templates.observe(site, template.candidate(root, page.parts))
        if learned is None:
            return
        check = extract_page(root, response.url, title_css=learned.title_css, body_css=learned.body_css,
                             meta_css=profile.meta_selector)
        if not template.same_extraction(check, page):
            self.templates.forget(site)
            return
        self.crawler.stats.inc_value("newsbot/template/learned")
        self.logger.info("Learned the article template of %s: headline %r, text %r",
                         site, learned.title_css, learned.body_css)

    def on_error(self, failure: Failure) -> Any:
        """Count every page that could not be fetched, by reason."""
        from newsbot.safety import failure_reason

        reason = failure_reason(failure)
        self.crawler.stats.inc_value(f"newsbot/pages/failed/{reason}")
        self.logger.info("Page failed (%s): %s", reason, failure.request.url if hasattr(failure, "request") else "")
        if self.copies is not None and self.copies.has_held() and hasattr(failure, "request"):
            yield from self.copies.not_original(failure.request.url)



def shares_page(url: str) -> bool:
    """A link whose query asks to share the page ("/2026/03/12/slug/?share=facebook": Jetpack's share bar;
    "?action=share"): a sharing action, no page of the site (Jetpack redirects it to the network; a server
    ignoring the query returns the article again, a copy at another address).  The share buttons' own query forms
    (newsbot.cleaning.footer.SHARE_QUERY), not a path inside a value ("?next=/news/share/", "?q=/sharer")."""
    return "?" in url and SHARE_QUERY.search(url) is not None


def looks_binary(body: bytes) -> bool:
    """NUL bytes or mostly control bytes at the start: not a text document."""
    head = body[:4096]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = len(head.translate(None, _NOT_CONTROL))
    return control / len(head) > 0.1


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))
