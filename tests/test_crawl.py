"""End-to-end: `scrapy crawl aggregator` over the embedded demo and over real HTTP."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from conftest import DEMO_SITE, FIXTURES, ROOT, demo_nonarticle_paths, expected_demo_records

FIELDS = ["url", "title", "body", "published_at", "source", "category", "site", "language",
          "fetched_at", "spam_removed"]
COMPARED = ["title", "body", "published_at", "source", "category", "language", "spam_removed"]
SEED_PATH = "/news/2025/05/01/russia-foreign-minister-north-korea.html"


def by_path(items: list[dict]) -> dict[str, dict]:
    return {urlsplit(item["url"]).path: item for item in items}


def assert_demo_records(items: list[dict], site: str) -> None:
    expected = expected_demo_records()
    got = by_path(items)
    assert len(items) == len(got), "an article was written twice"
    assert sorted(got) == sorted(expected), "articles missing or non-articles emitted"
    for path, want in expected.items():
        record = got[path]
        assert list(record) == FIELDS
        assert record["site"] == site
        assert record["fetched_at"].endswith("Z")
        for field in COMPARED:
            assert record[field] == want[field], f"{path}: {field}"
    assert not set(got) & set(demo_nonarticle_paths())


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """`scrapy crawl aggregator` with no arguments: the default feed under output/."""
    import os
    import subprocess
    import sys

    workdir = tmp_path_factory.mktemp("demo")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SCRAPY_SETTINGS_MODULE": "newsbot.settings"}
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "aggregator",
         "-s", f"NEWSBOT_FEED_URI={workdir}/output/%(name)s-%(time)s.jsonl",
         "-s", f"NEWSBOT_QUARANTINE_URI={workdir}/output/%(name)s-%(time)s.quarantine.jsonl",
         "-s", f"NEWSBOT_STATE={workdir}/state.sqlite"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env=env,
    )
    return proc, workdir


def test_default_crawl_writes_timestamped_feed_with_every_demo_article(demo_run):
    proc, workdir = demo_run
    assert proc.returncode == 0, proc.stderr[-3000:]
    feeds = sorted((workdir / "output").glob("aggregator-*.jsonl"))
    main = [f for f in feeds if not f.name.endswith(".quarantine.jsonl")]
    assert len(main) == 1
    items = [json.loads(line) for line in main[0].read_text(encoding="utf-8").splitlines()]
    assert_demo_records(items, "demo.newsbot.invalid")
    quarantine = [f for f in feeds if f.name.endswith(".quarantine.jsonl")]
    assert len(quarantine) == 1 and quarantine[0].read_text() == ""


def test_seed_record_is_exact(demo_run):
    proc, workdir = demo_run
    main = [f for f in (workdir / "output").glob("aggregator-*.jsonl") if "quarantine" not in f.name][0]
    seed = next(json.loads(line) for line in main.read_text(encoding="utf-8").splitlines() if SEED_PATH in line)
    assert seed["title"] == "Russia’s foreign minister will visit North Korea amid claims of weapons supplied to Moscow"
    assert seed["published_at"] == "2025-05-01T21:15:45"
    assert seed["source"] == "SCA Community"
    assert seed["category"] == "News"
    paragraphs = seed["body"].split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("MOSCOW (AP) — Russia’s foreign minister will visit North Korea this week, the Foreign Ministry said Monday")
    assert paragraphs[-1].endswith("between Sept. 7 and Oct. 1, according to the White House.")
    for junk in ("verdicoin", "More:", "Recommend", "Warm inflation", "Ballerina", "bear cubs"):
        assert junk not in seed["body"]
    assert seed["spam_removed"] == ["verdicoin:", "verdicoin"]


def test_summary_at_the_end(demo_run):
    proc, _ = demo_run
    summary = [line for line in proc.stderr.splitlines() if "newsbot.summary" in line]
    assert any("Summary: 15 articles written, 0 rejected, 0 duplicates" in line for line in summary), summary
    status = [line for line in summary if "newsbot status:" in line]
    assert len(status) == 1 and "status: OK" in status[0]
    data = json.loads(status[0].split("newsbot status: OK ", 1)[1])
    assert data["articles_written"] == 15
    assert data["spam_removed"] == sum(len(r["spam_removed"]) for r in expected_demo_records().values())
    assert data["pages_failed"] == 0


def newsbot_settings(**overrides) -> dict:
    """newsbot's NEWSBOT_* settings with ``overrides``, for a crawler built in the test process."""
    import newsbot.settings as ns

    return {**{name: getattr(ns, name) for name in dir(ns) if name.startswith("NEWSBOT_")}, **overrides}


@pytest.mark.parametrize(("settings", "frozen", "threshold"), [
    ({}, True, 5000),  # the defaults
    ({"NEWSBOT_GC_THRESHOLD": 0}, True, None),  # Python's own threshold kept
    ({"NEWSBOT_GC_FREEZE": False, "NEWSBOT_GC_THRESHOLD": 12000}, False, 12000),
])
def test_the_garbage_collector_is_tuned_while_the_engine_runs_and_restored_after(settings, frozen, threshold):
    import gc

    from scrapy.utils.test import get_crawler

    from newsbot.extensions import GarbageCollectorTuning

    before = gc.get_threshold()
    crawler = get_crawler(settings_dict=newsbot_settings(**settings))
    tuning = GarbageCollectorTuning.from_crawler(crawler)
    try:
        tuning.engine_started()
        assert (gc.get_freeze_count() > 0) == frozen
        assert gc.get_threshold() == ((threshold,) + before[1:] if threshold else before)
    finally:
        tuning.engine_stopped()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_with_two_crawlers_in_one_process_the_last_to_stop_restores_the_collector():
    import gc

    from scrapy.utils.test import get_crawler

    from newsbot.extensions import GarbageCollectorTuning

    before = gc.get_threshold()
    first, second = (GarbageCollectorTuning.from_crawler(get_crawler(settings_dict=newsbot_settings()))
                     for _ in range(2))
    first.engine_started()
    second.engine_started()
    first.engine_stopped()
    assert gc.get_threshold()[0] == 5000 and gc.get_freeze_count() > 0  # the second still runs
    second.engine_stopped()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_the_garbage_collector_is_left_alone_when_both_settings_are_off():
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.test import get_crawler

    from newsbot.extensions import GarbageCollectorTuning

    crawler = get_crawler(settings_dict=newsbot_settings(NEWSBOT_GC_FREEZE=False, NEWSBOT_GC_THRESHOLD=0))
    with pytest.raises(NotConfigured):
        GarbageCollectorTuning.from_crawler(crawler)


def test_demo_over_http_server_gives_the_same_records(serve, crawl):
    base = serve(DEMO_SITE)
    result = crawl("-a", f"start_urls={base}/")
    assert result.returncode == 0, result.stderr[-3000:]
    assert_demo_records(result.items, urlsplit(base).netloc)
    assert result.quarantine == []
    # a site without a profile: its template is learned from the first articles, the rest read through it
    status = result.status()
    assert status["templates_learned"] == 1 and status["pages_through_templates"] >= 10, status


def test_without_templates_the_records_are_the_same(serve, crawl):
    base = serve(DEMO_SITE)
    result = crawl("-a", f"start_urls={base}/", settings={"NEWSBOT_TEMPLATES": "False"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert_demo_records(result.items, urlsplit(base).netloc)
    assert result.status()["pages_through_templates"] == 0


def test_the_hybrid_extractor_emits_the_articles_the_fast_one_finds_and_no_other_page(serve, crawl):
    """NEWSBOT_EXTRACTOR=hybrid: trafilatura's second reading shapes an article's body, not whether a page is one
    (a Blogger video post beside a Popular Posts widget of other posts' snippets, which trafilatura reads as text)."""
    site = FIXTURES.parent / "holdout" / "sites" / "tpiblogger"
    expected = {r["path"] for r in (json.loads(line) for line in (site / "expected.jsonl").read_text("utf-8").splitlines())}
    base = serve(site)
    result = crawl("-a", f"start_urls={base}/", settings={"NEWSBOT_EXTRACTOR": "hybrid"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert {urlsplit(item["url"]).path for item in result.items} == expected
    assert result.quarantine == []


def test_site_argument_crawls_one_profile(crawl):
    result = crawl("-a", "site=demo")
    assert result.returncode == 0, result.stderr[-3000:]
    assert_demo_records(result.items, "demo.newsbot.invalid")


def test_dash_o_appends_and_dash_capital_o_overwrites(tmp_path, crawl):
    out = tmp_path / "mine.jsonl"
    no_state = {"NEWSBOT_STATE": ""}  # without memory between runs, each run emits all
    first = crawl("-a", "site=demo", "-o", str(out), output=False, settings=no_state)
    assert first.returncode == 0, first.stderr[-2000:]
    second = crawl("-a", "site=demo", "-o", str(out), output=False, settings=no_state)
    assert second.returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 30
    third = crawl("-a", "site=demo", "-O", str(out), output=False, settings=no_state)
    assert third.returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 15
    # -o/-O replace the default feed: nothing was written under output/
    assert not list(tmp_path.glob("output/*"))


def _spider_links(spider, url: str, depth: int) -> list[str]:
    """The requests the spider yields for a page of links, fetched at ``depth``."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    body = b'<html><body><a href="/a.html">A story</a> <a href="/b.html">B story</a></body></html>'
    response = HtmlResponse(url, body=body, encoding="utf-8", request=Request(url, meta={"depth": depth}))
    return [r.url for r in spider.parse(response) if isinstance(r, Request)]


def _offline_spider(start_urls: str):
    """The aggregator spider with the project's settings, no state, no discovery: parse() called by hand."""
    from scrapy.settings import Settings
    from scrapy.utils.test import get_crawler

    from newsbot import settings as project
    from newsbot.spiders.aggregator import AggregatorSpider

    settings = Settings()
    settings.setmodule(project)
    crawler = get_crawler(AggregatorSpider, {**settings.copy_to_dict(), "NEWSBOT_STATE": "", "NEWSBOT_DISCOVER": False,
                                              "TWISTED_REACTOR_ENABLED": False})
    return crawler, AggregatorSpider.from_crawler(crawler, start_urls=start_urls)


def test_a_link_is_requested_again_only_when_found_closer_to_the_start():
    _, spider = _offline_spider("https://ex.com/")
    both = ["https://ex.com/a.html", "https://ex.com/b.html"]
    assert _spider_links(spider, "https://ex.com/list/9", depth=9) == both
    assert _spider_links(spider, "https://ex.com/list/12", depth=12) == []  # the dupefilter's anyway
    # found closer to the start: DepthMiddleware may have dropped the deeper request
    assert _spider_links(spider, "https://ex.com/tags/x", depth=2) == both
    assert _spider_links(spider, "https://ex.com/tags/y", depth=2) == []


@pytest.mark.parametrize(("href", "followed"), [
    ("/2026/03/12/suw/?share=facebook", False),  # Jetpack's share bar: a sharing action, the article again
    ("/2026/03/12/suw/?share=telegram&nb=1", False),
    ("/news/story.html?action=share", False),
    ("/2026/03/12/suw/", True),
    ("/search/?q=share", True),  # a query merely containing the word
    ("/share-prices/?page=2", True),  # a section named so
    ("/go?to=/news/share/", True),  # a path inside a query value: not a parameter asking to share
    ("/list?next=/intent/post", True),
    ("/search/?q=/sharer", True),
])
def test_a_link_asking_to_share_the_page_is_not_followed(href, followed):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    _, spider = _offline_spider("https://ex.uz/")
    url = "https://ex.uz/2026/03/12/suw/"
    body = f'<html><body><a href="{href}">Facebook</a></body></html>'.encode()
    response = HtmlResponse(url, body=body, encoding="utf-8", request=Request(url, meta={"depth": 1}))
    links = [r.url for r in spider.parse(response) if isinstance(r, Request)]
    assert (("https://ex.uz" + href) in links) is followed


def test_a_copy_is_counted_and_the_article_it_names_is_requested():
    """A print view names its article as canonical: not emitted, counted as a copy, the article fetched."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    crawler, spider = _offline_spider("https://ex.ro/")
    crawler.stats.open_spider()
    story = "<p>" + "Prețul pâinii ar putea crește cu până la zece la sută în următoarele două luni, avertizează brutarii. " * 3
    body = ('<html><head><link rel="canonical" href="/economie/pretul-painii-8812.html"></head><body>'
            f"<h1>Prețul pâinii crește din nou</h1><p>14.03.2025, 09:41</p>{story}</p></body></html>").encode()
    url = "https://ex.ro/print/stire-8812.html"
    response = HtmlResponse(url, body=body, encoding="utf-8", request=Request(url, meta={"depth": 1}))
    out = list(spider.parse(response))
    assert [r.url for r in out if isinstance(r, Request)] == ["https://ex.ro/economie/pretul-painii-8812.html"]
    assert not [r for r in out if not isinstance(r, Request)]
    assert crawler.stats.get_value("newsbot/pages/not_article/copy") == 1


def test_copies_still_held_when_the_crawl_stops_early_are_counted_not_lost_in_silence(caplog):
    """An AMP copy naming its article on the site's public host waits for the article; a crawl stopped
    before it went idle (a CLOSESPIDER_* limit) counts it by that reason, so the pages still add up."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from newsbot.safety import PageAccounting

    crawler, spider = _offline_spider("https://ex.lv/")
    crawler.stats.open_spider()
    story = "<p>" + "Pašvaldība plāno pavasarī atjaunot trīs tiltus pār Gauju un slēgt satiksmi uz divām nedēļām. " * 3
    body = ('<html amp><head><link rel="canonical" href="https://vestis.example/zinas/tilti/"></head><body>'
            f"<h1>Gaujas tiltus atjaunos pavasarī</h1><p>14.03.2026 09:41</p>{story}</p></body></html>").encode()
    url = "https://ex.lv/amp/zinas/tilti/"
    response = HtmlResponse(url, body=body, encoding="utf-8", request=Request(url, meta={"depth": 1}))
    crawler.stats.inc_value("newsbot/pages/requested")
    out = list(spider.parse(response))
    assert [r.url for r in out if isinstance(r, Request)] == ["https://ex.lv/zinas/tilti/"]  # the original, asked for
    assert spider.copies.held_count() == 1
    with caplog.at_level("WARNING"):
        spider.count_unreleased_copies(spider, "closespider_pagecount")
    assert crawler.stats.get_value("newsbot/pages/not_article/copy_unreleased") == 1
    assert "were not written" in caplog.text and "closespider_pagecount" in caplog.text
    accounting = PageAccounting(crawler)
    assert accounting.totals()["balanced"]


@pytest.mark.parametrize(
    "print_first, links_print, redirected",
    [
        (False, True, False),
        (True, True, False),
        # the article does not link its print view (the link on a listing, a script's button), crawled first:
        # remembered all the same, since the print view's request for it is a repeat the dupefilter drops
        (False, False, False),
        # the print view first, the article's request redirected to its slug URL ("…/most/" -> "…/most/slug/")
        (True, True, True),
    ],
)
def test_a_noindex_print_view_naming_no_page_is_dropped_for_the_article_at_its_path_without_print(
        print_first, links_print, redirected):
    """EasyDNNnews: the print view is kept out of search engines, names no canonical and prints no link, under its
    article's path ("…/most/print/"): held, the article at the path without "print" asked for, then a copy of it;
    one record whatever the crawl order."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from newsbot.items import PageItem

    crawler, spider = _offline_spider("http://127.0.0.1:8000/")
    crawler.stats.open_spider()
    story = "<p>" + "У Гродне пасля рэканструкцыі цалкам адкрылі рух па Старым мосце праз Нёман, паведаміў гарвыканкам. " * 3 + "</p>"
    article = "http://127.0.0.1:8000/naviny/articleid/1542/most/"
    button = "<a class='edn_printButton' href='/naviny/articleid/1542/most/print/'>Надрукаваць</a>" if links_print else ""
    pages = [
        (article + ("slug/" if redirected else ""),
         f"<html><body><h1>У Гродне адкрылі мост</h1><p>12.03.2026 10:15</p>{story}{button}</body></html>"),
        (article + "print/", "<html><head><meta name='robots' content='NOINDEX, NOFOLLOW'></head><body onload='window.print();'>"
                             f"<div>Гродна Сёння — hrodna.example</div><h1>У Гродне адкрылі мост</h1><div>12.03.2026 10:15</div>{story}"
                             "<p>Адрас матэрыялу: https://hrodna.example/naviny/articleid/1542/most/</p></body></html>"),
    ]
    items, requests = [], []
    for url, html in (pages[::-1] if print_first else pages):
        meta = {"depth": 1, **({"redirect_urls": [article]} if url != article and not url.endswith("print/") else {})}
        response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url, meta=meta))
        for r in spider.parse(response):
            if isinstance(r, PageItem) and not r.evidence_only:
                items.append(r.raw.url)
            elif isinstance(r, Request):
                requests.append(r.url)
    items += [i.raw.url for i in spider.copies.release_all() if not i.evidence_only]  # what the idle signal releases
    assert items == [pages[0][0]]
    assert (article in requests) is print_first  # the article asked for by its print view
    assert crawler.stats.get_value("newsbot/pages/not_article/copy") == 1


def test_a_noindex_print_view_naming_the_public_host_is_dropped_after_its_article():
    """Bitrix: the article names no canonical and links its print view; the print view, kept out of search
    engines, names the article on the site's public host.  The article is emitted, the print view is a copy."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from newsbot.items import PageItem

    crawler, spider = _offline_spider("http://127.0.0.1:8000/")
    crawler.stats.open_spider()
    story = "<p>" + "Prie Kuršėnų pradėta statyti didžiausia regione saulės elektrinė, pranešė bendrovė. " * 3 + "</p>"
    pages = [
        ("http://127.0.0.1:8000/naujienos/4821/",
         "<html><head><meta property='og:type' content='article'></head><body><h1>Saulės elektrinė aprūpins namus</h1>"
         f"<p>2026-03-14 10:25</p>{story}<a href='/naujienos/4821/print/'>Spausdinti</a></body></html>"),
        ("http://127.0.0.1:8000/naujienos/4821/print/",
         "<html><head><meta name='robots' content='noindex, nofollow'>"
         "<link rel='canonical' href='https://zinios.example/naujienos/4821/'></head><body onload='window.print()'>"
         f"<h1>Saulės elektrinė aprūpins namus</h1><p>2026-03-14 10:25</p>{story}</body></html>"),
    ]
    items = []
    for url, html in pages:
        response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url, meta={"depth": 1}))
        items += [r for r in spider.parse(response) if isinstance(r, PageItem) and not r.evidence_only]
    assert [item.raw.url for item in items] == [pages[0][0]]
    assert crawler.stats.get_value("newsbot/pages/not_article/copy") == 1
    assert not spider.copies.has_held()


def test_a_short_not_found_page_served_200_is_counted_by_its_reason():
    """The short-page "missing" rule's drop is counted as an error page, not lost in silence."""
    from scrapy import Request
    from scrapy.http import HtmlResponse

    crawler, spider = _offline_spider("https://ex.no/")
    crawler.stats.open_spider()
    story = "<p>" + "Vi fant ikke siden du lette etter, men du kan søke i arkivet vårt eller gå til forsiden. " * 2
    body = f"<html><body><h1>Siden finnes ikke</h1><p>14.03.2026</p>{story}</p></body></html>".encode()
    url = "https://ex.no/nyheter/bomstasjon-7788.html"
    response = HtmlResponse(url, body=body, encoding="utf-8", request=Request(url, meta={"depth": 1}))
    assert not [r for r in spider.parse(response) if not isinstance(r, Request)]
    assert crawler.stats.get_value("newsbot/pages/not_article/error-page") == 1


def test_a_listings_teaser_dates_give_the_order_of_the_first_articles_date(serve, crawl):
    """The home page's teaser dates ("2/27/2026") decide the site's order before its first article's "3/5/2026",
    which its numbers leave open and its Indonesian text would read day first."""
    base = serve(FIXTURES / "sites" / "teaser_dates")
    result = crawl("-a", f"start_urls={base}/")
    assert result.returncode == 0, result.stderr[-2000:]
    assert [(r["title"], r["published_at"]) for r in result.items] == [
        ("Pasar desa dibuka kembali setelah banjir", "2026-03-05")]
