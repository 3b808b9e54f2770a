"""Hostile pages: SSRF through links and redirects, XML entities, markup in text.

Names resolve through a fake resolver (``TEST_FAKE_DNS``): ``news.test`` is
the test server on 127.0.0.1, ``meta.news.test`` is 169.254.169.254,
``intranet.news.test`` is 10.0.0.1, ``cache.news.test`` is 127.0.0.1.  A
tripwire middleware just before the network refuses and counts any request
to a non-public address other than the test server itself, so no real
traffic can leave even if the guard under test is broken; the test checks
the tripwire never fired.
"""

from __future__ import annotations

import json

import pytest
from faultserver import FaultServer, run_crawl
from scrapy.settings import default_settings

DAY = "/news/2025/05/02/"
BODY = [
    "The city council approved the harbour budget on Friday after a long debate, officials said in a statement.",
    "Engineers said the harbour work would start in the summer and last about two years, depending on funding.",
    "Residents who spoke at the meeting were divided; several said the plan ignored their many concerns.",
]


def plain_article(title: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body><main>'
            f'<article class="post"><h1 class="post-title">{title}</h1><div class="post-meta">'
            '<span class="post-date">2025-05-02 08:00:00</span><span class="post-source">source:Wire</span></div>'
            f'<div class="post-content">{paras}</div></article></main></body></html>')


HOSTILE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Council votes <script>alert('title')</script> on budget</title>
<meta property="og:title" content="Council votes on budget&lt;img src=x onerror=alert('og')&gt;">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "<b>Council</b> votes on budget<script>alert('ld')</script>",
 "author": {"@type": "Person", "name": "<img src=x onerror=alert('author')>Jane Roe"},
 "datePublished": "2025-05-02T08:00:00Z", "articleSection": "<i>Politics</i>"}</script>
</head><body><main><article class="post">
<h1 class="post-title">Council votes <script>alert('h1')</script><img src=x onerror="alert('img')"> on budget</h1>
<div class="post-meta"><span class="post-date">2025-05-02 08:00:00</span>
<span class="post-source">source:<a href="javascript:alert('src')">Wire<script>alert('src2')</script></a></span>
<span class="post-category">category:<b onmouseover="alert('cat')">Politics</b></span></div>
<div class="post-content">
<p>The city council <b>approved</b> the harbour budget<script>document.write('<img src=x onerror=alert(1)>')</script> on Friday after a long debate, officials said in a statement.</p>
<p>Engineers said the harbour work would start in the summer <img src="x" onerror="alert('body')">and last about two years, depending on funding.</p>
<iframe src="javascript:alert('frame')"></iframe><style>p { color: red }</style>
<p>Residents who spoke at the meeting were divided; several said the plan <svg onload="alert('svg')"></svg>ignored their many concerns.</p>
</div></article></main></body></html>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">
<!ENTITY ssrf SYSTEM "http://169.254.169.254/latest/meta-data/">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://news.test:{port}/news/2025/05/02/sitemap-&lol9;-story.html</loc></url>
<url><loc>http://news.test:{port}/news/2025/05/02/&xxe;</loc></url>
<url><loc>http://news.test:{port}/news/2025/05/02/&ssrf;</loc></url>
<url><loc>http://news.test:{port}/news/2025/05/02/plain-story-listed-in-the-sitemap.html</loc></url>
</urlset>
"""

def dns(port: int) -> dict:
    return {"news.test": "127.0.0.1", "meta.news.test": "169.254.169.254", "intranet.news.test": "10.0.0.1",
            "cache.news.test": "127.0.0.1"}


def settings_for(server, **extra) -> dict:
    middlewares = {**default_settings.DOWNLOADER_MIDDLEWARES_BASE, "tests.faultserver.Tripwire": 990}
    return {
        "TWISTED_DNS_RESOLVER": "tests.faultserver.FakeResolver",
        "TEST_FAKE_DNS": json.dumps(dns(server.port)),
        "TEST_SERVER_PORT": str(server.port),
        "DOWNLOADER_MIDDLEWARES_BASE": json.dumps(middlewares),
        "NEWSBOT_STATE": "",
        "DOWNLOAD_TIMEOUT": "5",
        **extra,
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("security")
    root = tmp / "site"
    (root / DAY.strip("/")).mkdir(parents=True)
    (root / f"{DAY}a-healthy-story-about-the-harbour.html".lstrip("/")).write_text(
        plain_article("A healthy story about the harbour"), encoding="utf-8")
    (root / f"{DAY}plain-story-listed-in-the-sitemap.html".lstrip("/")).write_text(
        plain_article("Plain story listed in the sitemap"), encoding="utf-8")
    (root / f"{DAY}hostile-markup-in-every-field.html".lstrip("/")).write_text(HOSTILE, encoding="utf-8")
    (root / f"{DAY}cached-copy-of-a-story.html".lstrip("/")).write_text(
        plain_article("Cached copy"), encoding="utf-8")
    links = [
        f"{DAY}a-healthy-story-about-the-harbour.html",
        f"{DAY}hostile-markup-in-every-field.html",
        "http://meta.news.test/latest/meta-data/",          # own domain, resolves to 169.254.169.254
        "http://intranet.news.test:{port}/admin/",          # own domain, resolves to 10.0.0.1
        "http://cache.news.test:{port}" + f"{DAY}cached-copy-of-a-story.html",  # own domain, 127.0.0.1
        "http://news.test:6379/",                            # the start host, another port
        "http://169.254.169.254/latest/meta-data/",          # other hosts: not followed at all
        "http://10.0.0.1/", "http://localhost:{port}/", "http://2130706433/", "file:///etc/passwd",
        "/go/metadata-ip", "/go/metadata-name", "/go/other-port", "/go/file",
        f"{DAY}billion-laughs-served-as-xml.xml",
    ]
    port_placeholder = "{port}"
    rules = {
        "/go/metadata-ip": {"kind": "redirect", "location": "http://169.254.169.254/latest/meta-data/iam/"},
        "/go/metadata-name": {"kind": "redirect", "location": "http://meta.news.test/latest/meta-data/iam/"},
        "/go/other-port": {"kind": "redirect", "location": "http://news.test:6380/"},
        "/go/file": {"kind": "redirect", "location": "file:///etc/passwd"},
        f"{DAY}billion-laughs-served-as-xml.xml": {"kind": "raw", "file": "laughs.xml", "content_type": "application/xml"},
        "/sitemap.xml": {"kind": "raw", "file": "laughs.xml", "content_type": "application/xml"},
    }
    server = FaultServer(root, rules, access_log=tmp / "access.log")
    port = str(server.port)
    (root / "laughs.xml").write_text(BILLION_LAUGHS.replace("{port}", port), encoding="utf-8")
    (root / "robots.txt").write_text(f"User-agent: *\nAllow: /\nSitemap: http://news.test:{port}/sitemap.xml\n")
    index = "".join(f'<li><a href="{h.replace(port_placeholder, port)}">link</a></li>' for h in links)
    (root / "index.html").write_text(f"<html><body><main><ul>{index}</ul></main></body></html>", encoding="utf-8")
    result = run_crawl(tmp, "-a", f"start_urls=http://news.test:{port}/", feed=tmp / "out.jsonl",
                       settings=settings_for(server), timeout=60)
    yield server, result
    server.stop()


def test_nothing_private_is_requested_but_the_start_host(hostile):
    server, result = hostile
    assert result.returncode == 0, result.stderr[-3000:]
    assert "test/tripwire" not in result.stderr  # nothing private got past the guard
    assert set(server.hosts()) == {f"news.test:{server.port}"}  # cache.news.test never reached the server
    assert "'newsbot/security/blocked_private_address': 6" in result.stderr
    status = result.status()
    # links to meta, intranet, cache and news.test:6379, redirects to meta and news.test:6380 (6);
    # the redirect to 169.254.169.254 leaves the allowed domains: failed as offsite_redirect
    assert status["failed_by_reason"]["private_address"] == 6
    assert status["failed_by_reason"]["offsite_redirect"] >= 1
    assert result.pages()["balanced"]
    urls = {item["url"] for item in result.items}
    assert f"http://news.test:{server.port}{DAY}a-healthy-story-about-the-harbour.html" in urls


def test_xml_entities_are_not_expanded(hostile):
    server, result = hostile
    requested = [p for p, _, _ in server.log()]
    assert not [p for p in requested if "lollol" in p or "root:" in p or "meta-data" in p]
    everything = json.dumps([result.items, result.quarantine])
    assert "root:x:0" not in everything and "lollollol" not in everything


def hostile_item(result) -> dict:
    return next(i for i in result.items if i["url"].endswith("hostile-markup-in-every-field.html"))


def test_text_fields_hold_text_not_markup(hostile):
    server, result = hostile
    item = hostile_item(result)
    for sentence in BODY[1:]:
        assert sentence in item["body"]
    for field, value in item.items():
        if isinstance(value, str):
            for marker in ("<script", "</", "onerror", "onload", "onmouseover", "javascript:", "<img", "<b>",
                           "<iframe", "<svg", "<style", "color: red"):
                assert marker not in value, (field, marker, value)


def test_script_text_does_not_leak_into_text_fields(hostile):
    server, result = hostile
    item = hostile_item(result)
    assert item["title"] == "Council votes on budget"
    assert item["source"] == "Wire"
    for field, value in item.items():
        if isinstance(value, str):
            assert "alert(" not in value and "document.write" not in value, (field, value)


def test_private_addresses_can_be_allowed(tmp_path):
    root = tmp_path / "site"
    (root / DAY.strip("/")).mkdir(parents=True)
    (root / f"{DAY}cached-copy-of-a-story.html".lstrip("/")).write_text(
        plain_article("Cached copy of a story"), encoding="utf-8")
    server = FaultServer(root, access_log=tmp_path / "access.log")
    try:
        (root / "index.html").write_text(
            f'<html><body><a href="http://cache.news.test:{server.port}{DAY}cached-copy-of-a-story.html">x</a>'
            "</body></html>", encoding="utf-8")
        result = run_crawl(tmp_path, "-a", f"start_urls=http://news.test:{server.port}/",
                           feed=tmp_path / "out.jsonl",
                           settings=settings_for(server, NEWSBOT_ALLOW_PRIVATE_ADDRESSES="True"))
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"cache.news.test:{server.port}" in server.hosts()
    assert [i["title"] for i in result.items] == ["Cached copy of a story"]
