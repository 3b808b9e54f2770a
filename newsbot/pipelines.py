"""Item pipelines: thin adapters over the pure cleaning and validation code.

Order (see settings.ITEM_PIPELINES): clean, then validate.  Feed export is
Scrapy's own (FEEDS, -o/-O, or scrapyd's items feed).
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import DropItem

from newsbot import signals as newsbot_signals
from newsbot.cleaning.article import CleaningOptions, RawArticle, clean_article
from newsbot.cleaning.spam import SiteEvidence
from newsbot.config import newsbot_config
from newsbot.items import Article, CleanedItem, PageItem
from newsbot.profiles import GENERIC
from newsbot.quarantine import QuarantineFeed, feed_params, resolve_uri
from newsbot.validation import Problem, validate_record

logger = logging.getLogger(__name__)


class CleaningPipeline:
    """PageItem -> CleanedItem: spam, metadata, footers (newsbot.cleaning)."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.config = newsbot_config(crawler.settings)
        self.evidence: dict[str, SiteEvidence] = {}
        crawler.signals.connect(self.titles_seen, signal=newsbot_signals.titles_seen)
        crawler.signals.connect(self.dates_seen, signal=newsbot_signals.dates_seen)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _evidence(self, site: str) -> SiteEvidence:
        if site not in self.evidence:
            self.evidence[site] = SiteEvidence()
        return self.evidence[site]

    def titles_seen(self, site: str, titles: list[str], targets: list[str] | None = None) -> None:
        self._evidence(site).observe_titles(titles, targets)

    def dates_seen(self, site: str, orders: list[tuple[str, bool]]) -> None:
        evidence = self._evidence(site)
        for shape, dayfirst in orders:
            evidence.observe_date_order(shape, dayfirst)

    def process_item(self, item):
        if not isinstance(item, PageItem):
            return item
        profile = self.config.profiles.get(item.profile, GENERIC)
        options = CleaningOptions(
            keywords=profile.spam_keywords,
            footer_markers=profile.footer_markers,
            timezone=profile.timezone,
            language=profile.language,
        )
        failure = item.failure  # the extraction's defect (the spider logged its traceback): counted as the cleaning's
        if not failure:
            try:
                cleaned = clean_article(item.raw, options, self._evidence(item.raw.site))
            except Exception as exc:  # any defect of the cleaning code met on one page
                # the page goes to the quarantine with the reason (its address and headline, no text), the crawl goes
                # on, and the job's status says FAILED (newsbot.extensions.job_failed): lost silently, it was counted
                # as an article page and written nowhere
                logger.exception("Cleaning failed on %s", item.raw.url)
                failure = f"{type(exc).__name__}: {exc}"
        if failure:
            # counted apart for a copy held as evidence only: it is dropped below, in no quarantine.  The record holds
            # the address and the headline as it came (after an extraction's failure, the page's whole <title>): a
            # failed extraction's title-only raw is not cleaned (a defect there too counted the page twice, its
            # message in place of the extraction's) and is no evidence of the site's spam
            self.stats.inc_value("newsbot/cleaning/failed_evidence_only" if item.evidence_only
                                 else "newsbot/cleaning/failed")
            cleaned = clean_article(RawArticle(url=item.raw.url, site=item.raw.site, fetched_at=item.raw.fetched_at,
                                               title=None), options)
            cleaned.record["title"] = item.raw.title
        if item.evidence_only:
            raise DropItem(f"copy held for its original (evidence only): {item.raw.url}", log_level="DEBUG")
        self.stats.inc_value("newsbot/cleaning/spam_removed", len(cleaned.record["spam_removed"]))
        self.stats.inc_value("newsbot/cleaning/footer_blocks_removed", len(cleaned.footer_blocks))
        if cleaned.record["spam_removed"]:
            self.stats.inc_value("newsbot/cleaning/articles_with_spam")
        for code, message in cleaned.notes:
            # emitted all the same (newsbot/cleaning/article.py Cleaned.notes): counted by reason, and logged
            self.stats.inc_value(f"newsbot/items/noted/{code}")
            logger.info("Emitted without a part (%s): %s: %s", code, item.raw.url, message)
        issues = list(cleaned.issues)
        if item.error:
            issues.insert(0, ("unreadable", item.error))
        if failure:
            issues.insert(0, ("cleaning-failed", failure))
        return CleanedItem(cleaned.record, issues, item.profile)


class ValidationPipeline:
    """Valid records go on to the feeds; the rest to the quarantine, with reasons."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.config = newsbot_config(crawler.settings)
        self.quarantine: QuarantineFeed | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider) -> None:
        path = resolve_uri(self.config.quarantine_uri, feed_params(spider.name))
        self.quarantine = QuarantineFeed(path)
        self.quarantine.open()
        self.stats.set_value("newsbot/quarantine_path", str(path))

    def spider_closed(self, spider) -> None:
        if self.quarantine is not None:
            self.quarantine.close()

    def process_item(self, item):
        if not isinstance(item, CleanedItem):
            return item
        record = item.record
        profile = self.config.profiles.get(item.profile, GENERIC)
        min_chars = profile.min_body_chars if profile is not GENERIC else self.config.min_body_chars
        problems = [Problem(code, message) for code, message in item.issues]
        problems += validate_record(record, min_chars, self.config.max_title_chars)
        if not problems:
            self.stats.inc_value("newsbot/items/valid")
            return Article(**record)
        assert self.quarantine is not None
        self.quarantine.quarantine(record["url"], [p.as_dict() for p in problems], record)
        self.stats.inc_value("newsbot/items/rejected")
        for problem in problems:
            self.stats.inc_value(f"newsbot/items/rejected/{problem.code}")
        raise DropItem(
            f"quarantined {record['url']}: " + "; ".join(p.message for p in problems), log_level="INFO"
        )
