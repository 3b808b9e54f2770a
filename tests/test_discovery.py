"""Discovery through sitemaps (from robots.txt) and RSS/Atom feeds."""

from __future__ import annotations

import shutil

from conftest import DEMO_SITE
from test_recurring import NEW_ARTICLE

from newsbot.extraction.discovery import (
    feed_links,
    parse_feed,
    parse_sitemap,
    sitemaps_from_robots,
)
from newsbot.extraction.page import parse_html

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://ex.com/news/a.html</loc><lastmod>2025-05-01</lastmod></url>
  <url><loc>/news/b.html</loc>
    <news:news><news:publication_date>2025-05-02T08:00:00Z</news:publication_date></news:news></url>
</urlset>"""
INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://ex.com/sitemap-news.xml</loc></sitemap></sitemapindex>"""
RSS = b"""<rss version="2.0"><channel><title>x</title>
  <item><title>A</title><link>https://ex.com/news/a.html</link><pubDate>Thu, 01 May 2025 21:15:45 GMT</pubDate></item>
</channel></rss>"""
ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>B</title>
  <link rel="alternate" href="https://ex.com/news/b.html"/><link rel="enclosure" href="https://ex.com/b.mp3"/>
  <published>2025-05-02T08:00:00Z</published></entry></feed>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://ex.com/&lol3;</loc></url></urlset>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://ex.com/&xxe;</loc></url></urlset>"""


def test_sitemap_urls_and_dates():
    found = parse_sitemap(SITEMAP, "https://ex.com/sitemap.xml")
    assert [(d.url, d.published, d.is_sitemap) for d in found] == [
        ("https://ex.com/news/a.html", "2025-05-01", False),
        ("https://ex.com/news/b.html", "2025-05-02T08:00:00Z", False),
    ]


def test_sitemap_index_entries_are_sitemaps():
    assert [(d.url, d.is_sitemap) for d in parse_sitemap(INDEX, "https://ex.com/")] == [
        ("https://ex.com/sitemap-news.xml", True)]


def test_feeds():
    assert [(d.url, d.published) for d in parse_feed(RSS, "https://ex.com/feed")] == [
        ("https://ex.com/news/a.html", "Thu, 01 May 2025 21:15:45 GMT")]
    assert [d.url for d in parse_feed(ATOM, "https://ex.com/atom")] == ["https://ex.com/news/b.html"]


def test_entities_are_never_expanded():
    for body in (LAUGHS, XXE):
        urls = [d.url for d in parse_sitemap(body, "https://ex.com/")]
        assert all("lol" not in u and "root:" not in u for u in urls), urls


def test_garbage_is_no_urls():
    assert parse_sitemap(b"\x00\x01 not xml", "https://ex.com/") == []
    assert parse_feed(b"", "https://ex.com/") == []


def test_robots_and_html_links():
    assert sitemaps_from_robots("User-agent: *\nSitemap: /sitemap.xml\nsitemap:https://ex.com/s2.xml",
                                "https://ex.com/robots.txt") == ["https://ex.com/sitemap.xml", "https://ex.com/s2.xml"]
    root = parse_html('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
                      '<link rel="stylesheet" href="/x.css"></head><body>x</body></html>')
    assert feed_links(root, "https://ex.com/") == ["https://ex.com/feed.xml"]


def test_articles_only_in_the_sitemap_or_feed_are_found(tmp_path, site_server, crawl):
    root = tmp_path / "site"
    shutil.copytree(DEMO_SITE, root)
    for name in ("only-in-sitemap", "only-in-feed"):
        page = root / "news" / "2025" / "05" / "02" / f"{name}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        text = NEW_ARTICLE if name == "only-in-sitemap" else NEW_ARTICLE.replace(
            "Harbour ferry returns after winter repairs", "Second harbour ferry resumes service").replace(
            "Engineers replaced both propulsion units", "Mechanics overhauled the hull and both propulsion units").replace(
            "Commuters lined up before dawn", "Students and commuters queued before sunrise").replace(
            "The harbour ferry that links the two halves of the city", "A second ferry serving the northern shore")
        page.write_text(text, encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n")
    (root / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>/news/2025/05/02/only-in-sitemap.html</loc></url></urlset>")
    (root / "feed.xml").write_text(
        "<rss><channel><item><link>/news/2025/05/02/only-in-feed.html</link></item></channel></rss>")
    index = root / "index.html"
    index.write_text(index.read_text(encoding="utf-8").replace(
        "</head>", '<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>', 1), encoding="utf-8")
    server = site_server(root)
    result = crawl("-a", f"start_urls={server.url}/")
    assert result.returncode == 0, result.stderr[-2000:]
    paths = {item["url"].split(str(server.port))[1] for item in result.items}
    assert "/news/2025/05/02/only-in-sitemap.html" in paths
    assert "/news/2025/05/02/only-in-feed.html" in paths
    assert len(paths) == 17
    status = result.status()
    assert status["pages_failed"] == 0
