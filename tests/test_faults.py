"""Faulty sites: one crawl (the real command, real HTTP) of a site where nearly
every page misbehaves, then one assertion per fault.

Faults come from tests/faultserver.py.  DOWNLOAD_TIMEOUT is 2 s here (to keep
the test fast); every other limit is the project default.
"""

from __future__ import annotations

import html

import pytest
from faultserver import FaultServer, run_crawl

DAY = "/news/2025/05/02/"


def article(title: str, paragraphs: list[str], meta_charset: str = "utf-8") -> str:
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">'
            f"<title>{html.escape(title)}</title></head><body><main><article class=\"post\">"
            f'<h1 class="post-title">{html.escape(title)}</h1>'
            '<div class="post-meta"><span class="post-date">2025-05-02 08:00:00</span>'
            '<span class="post-source">source:Fault Wire</span></div>'
            f'<div class="post-content">\n{paras}\n</div></article></main></body></html>\n')


def english(topic: str) -> list[str]:
    return [
        f"The city council approved the {topic} plan on Friday after a long debate, officials said in a statement.",
        f"Engineers said the {topic} work would start in the summer and last about two years, depending on funding.",
        f"Residents who spoke at the meeting were divided; several said the {topic} plan ignored their concerns.",
    ]


ENGLISH = [  # slug -> fault rule (None: a healthy page)
    ("retry-after-503-then-served", {"kind": "status", "status": 503, "headers": {"Retry-After": "1"}, "times": 1}),
    ("retry-after-429-then-served", {"kind": "status", "status": 429, "headers": {"Retry-After": "2"}, "times": 1}),
    ("retry-after-too-long-is-capped", {"kind": "status", "status": 503, "headers": {"Retry-After": "3600"}, "times": 1}),
    ("always-503-fails-after-retries", {"kind": "status", "status": 503}),
    ("connection-reset-once-then-served", {"kind": "reset", "times": 1}),
    ("connection-reset-always-fails", {"kind": "reset"}),
    ("truncated-once-then-served", {"kind": "truncate", "times": 1}),
    ("truncated-always-never-emitted", {"kind": "truncate"}),
    ("stalled-once-then-served", {"kind": "stall", "seconds": 6, "times": 1}),
    ("stalled-always-times-out", {"kind": "stall", "seconds": 6}),
    ("gzip-bomb-of-two-hundred-megabytes", {"kind": "gzip_bomb", "size": 200 << 20}),
    ("oversized-page-with-content-length", {"kind": "big", "size": 20 << 20, "length": True}),
    ("oversized-page-without-content-length", {"kind": "big", "size": 20 << 20, "length": False}),
    ("redirect-loop-with-new-urls", {"kind": "redirect", "location": "/loop/1"}),
    ("redirect-cycle-between-two-urls", {"kind": "redirect", "location": "/r/b"}),
    ("redirect-to-another-host", None),  # rule set in the fixture
    ("a-healthy-page-for-comparison", None),
]

CHARSET_PAGES = {
    # slug: (encoding of the bytes, Content-Type header, title, paragraphs)
    "windows-1252-only-in-meta": ("windows-1252", "text/html", "Café owners’ “fair price” pledge costs €5", [
        "The café owners’ association said on Friday that its “fair price” pledge would cap a coffee at €2.50.",
        "Members who sign the naïve-sounding pledge display a sticker; the façade of each shop shows it.",
        "Critics said the pledge was a publicity stunt, but customers in the old town welcomed the news.",
    ]),
    "windows-1252-header-says-utf-8": ("windows-1252", "text/html; charset=utf-8", "Señor Müller’s “smörgåsbord” reopens", [
        "The smörgåsbord restaurant run by Señor Müller reopened on Friday after a two-year renovation.",
        "“We kept the old recipes,” he said, pointing at the crème brûlée on the counter near the door.",
        "The façade, listed since 1911, was restored by craftsmen from the region with original materials.",
    ]),
    "gb18030-only-in-meta": ("gb18030", "text/html", "上海地铁新线路周五开通运营", [
        "上海市交通委员会星期五表示，连接浦东机场和市中心的新地铁线路已经正式开通运营，全程大约需要三十分钟。",
        "新线路共设十二座车站，其中五座为换乘站，预计每天可以运送乘客超过四十万人次，大大缓解地面交通压力。",
        "市民们在开通首日排队乘车，许多人表示新线路让他们的通勤时间缩短了一半，对此感到非常满意和高兴。",
    ]),
    "gb18030-header-says-utf-8": ("gb18030", "text/html; charset=utf-8", "北京举办国际图书博览会", [
        "第三十一届北京国际图书博览会星期五在北京开幕，来自六十多个国家和地区的一千五百家出版机构参加了展会。",
        "主办方表示，本届博览会展出图书二十多万种，并举办一千多场文化活动，吸引了大量读者和出版界人士前来参观。",
        "许多外国出版商表示，他们希望通过博览会与中国同行加强合作，把更多优秀的中国图书介绍给世界各地的读者。",
    ]),
    "shift-jis-header-says-iso-8859-1": ("shift_jis", "text/html; charset=iso-8859-1", "東京で桜の開花宣言", [
        "気象庁は金曜日、東京都心で桜が開花したと発表しました。平年より五日早く、去年と比べても三日早い開花です。",
        "靖国神社にある標本木で五輪以上の花が咲いているのを気象庁の職員が確認し、開花を宣言したということです。",
        "満開は来週の半ばになる見込みで、各地の公園では花見の準備が進められており、多くの人出が予想されています。",
    ]),
}


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    root = tmp / "site"
    (root / DAY.strip("/")).mkdir(parents=True)
    links, rules, expected = [], {}, {}
    for slug, rule in ENGLISH:
        path = f"{DAY}{slug}.html"
        title = slug.replace("-", " ").capitalize()
        (root / path.lstrip("/")).write_text(article(title, english(slug.split("-")[0])), encoding="utf-8")
        links.append(path)
        expected[path] = title
        if rule:
            rules[path] = rule
    rules["/r/b"] = {"kind": "redirect", "location": f"{DAY}redirect-cycle-between-two-urls.html"}
    for slug, (encoding, content_type, title, paragraphs) in CHARSET_PAGES.items():
        path = f"{DAY}{slug}.html"
        (root / path.lstrip("/")).write_bytes(article(title, paragraphs, encoding).encode(encoding))
        rules[path] = {"kind": "raw", "file": path.lstrip("/"), "content_type": content_type}
        links.append(path)
    # a JSON document linked like a page (a Lume blog's "/feed.json" from its archive pages): no HTML to read
    (root / "feed.json").write_text('{"version": "https://jsonfeed.org/version/1.1", "items": []}', encoding="utf-8")
    rules["/feed.json"] = {"kind": "raw", "file": "feed.json", "content_type": "application/feed+json"}
    links.append("/feed.json")
    # robots.txt: /private/ is off limits
    (root / "private" / "2025" / "05" / "02").mkdir(parents=True)
    private = "/private/2025/05/02/disallowed-story-about-the-council-budget.html"
    (root / private.lstrip("/")).write_text(article("Disallowed story", english("budget")), encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    links += [private, "/trap/page/1/", "/calendar/2025/05/"]
    index = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    (root / "index.html").write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Faulty News</title></head>'
        f"<body><main><h2>Latest</h2><ul>{index}</ul></main></body></html>", encoding="utf-8")
    rules[f"{DAY}redirect-to-another-host.html"] = {
        "kind": "redirect", "location": "http://localhost:{port}" + f"{DAY}a-healthy-page-for-comparison.html"}
    server = FaultServer(root, rules, access_log=tmp / "access.log")
    result = run_crawl(tmp, "-a", f"start_urls={server.url}/", feed=tmp / "out.jsonl",
                       settings={"DOWNLOAD_TIMEOUT": "2", "NEWSBOT_RETRY_AFTER_MAX": "3",
                                 "NEWSBOT_MAX_LISTING_PAGES": "200", "DEPTH_LIMIT": "20",
                                                             "NEWSBOT_STATE": ""}, timeout=90)
    server.stop()
    yield server, result, expected


def by_url(result) -> dict[str, dict]:
    return {item["url"].split("/", 3)[3]: item for item in result.items}


def emitted(result) -> dict[str, dict]:
    return {"/" + item["url"].split("/", 3)[3]: item for item in result.items}


def page(slug: str) -> str:
    return f"{DAY}{slug}.html"


def test_the_crawl_finishes_and_every_page_is_accounted_for(faulty):
    server, result, _ = faulty
    assert result.returncode == 0, result.stderr[-3000:]
    status, pages = result.status(), result.pages()
    assert status["finish_reason"] == "finished"
    assert status["failed_by_reason"] == {
        "connection_lost": 1, "http_503": 1, "offsite_redirect": 1, "robots_txt": 1, "timeout": 1,
        "too_large": 3, "too_many_redirects": 1, "truncated": 1,
    }
    assert status["pages_failed"] == sum(status["failed_by_reason"].values()) == pages["failed"]
    assert status["pages_not_article"] == pages["not_article"]
    # article pages end in the feed, the quarantine or the duplicates
    assert pages["article"] == status["articles_written"] + status["rejected"] + status["duplicates"]
    # requested = articles + not articles + failed + skipped
    assert pages["balanced"], pages
    assert pages["requested"] == pages["article"] + pages["not_article"] + pages["failed"] + pages["skipped"]
    # ... a JSON document among them, counted as no HTML page, no error in the spider
    assert "'newsbot/pages/skipped/not_html': 1" in result.stderr
    assert "spider_exceptions" not in result.stderr and status["failure"] is None


@pytest.mark.parametrize(("slug", "wait"), [
    ("retry-after-503-then-served", 1), ("retry-after-429-then-served", 2),
    ("retry-after-too-long-is-capped", 3),  # 3600 asked, NEWSBOT_RETRY_AFTER_MAX=3 here
])
def test_retry_after_is_honoured(faulty, slug, wait):
    server, result, expected = faulty
    hits = server.hits(page(slug))
    assert [code for code, _ in hits][1:] == ["200"] and hits[0][0] in ("429", "503")
    gap = hits[1][1] - hits[0][1]
    # at least the wait; the retry then queues behind other pages (RETRY_PRIORITY_ADJUST)
    assert wait - 0.1 <= gap < 60, gap
    assert "'newsbot/retry_after/seconds': 6.0" in result.stderr  # 1 + 2 + min(3600, 3)
    assert emitted(result)[page(slug)]["title"] == expected[page(slug)]


@pytest.mark.parametrize("slug", [
    "connection-reset-once-then-served", "truncated-once-then-served", "stalled-once-then-served",
])
def test_a_transient_fault_is_retried_and_the_whole_article_emitted(faulty, slug):
    server, result, expected = faulty
    assert len(server.hits(page(slug))) == 2
    item = emitted(result)[page(slug)]
    assert item["title"] == expected[page(slug)]
    word = slug.split("-")[0]
    for sentence in english(word):
        assert sentence in item["body"]


@pytest.mark.parametrize(("slug", "code"), [
    ("always-503-fails-after-retries", "503"), ("connection-reset-always-fails", "RESET"),
    ("truncated-always-never-emitted", "TRUNCATED"), ("stalled-always-times-out", "STALL"),
])
def test_a_lasting_fault_fails_after_two_retries_and_nothing_is_emitted(faulty, slug, code):
    server, result, _ = faulty
    assert [c for c, _ in server.hits(page(slug))] == [code] * 3  # RETRY_TIMES = 2
    assert page(slug) not in emitted(result)
    assert not [q for q in result.quarantine if q["url"].endswith(page(slug))]


@pytest.mark.parametrize("slug", list(CHARSET_PAGES))
def test_charsets_in_meta_only_or_wrong_in_the_header(faulty, slug):
    _, result, _ = faulty
    _, _, title, paragraphs = CHARSET_PAGES[slug]
    item = emitted(result)[page(slug)]
    assert item["title"] == title
    for paragraph in paragraphs:
        assert paragraph in item["body"]
    assert "\ufffd" not in item["body"]


def test_size_limits_apply_to_bombs_and_oversized_pages(faulty):
    server, result, _ = faulty
    for slug in ("gzip-bomb-of-two-hundred-megabytes", "oversized-page-with-content-length",
                 "oversized-page-without-content-length"):
        assert page(slug) not in emitted(result)
    assert result.status()["failed_by_reason"]["too_large"] == 3
    stats = result.stderr
    assert "exceeded DOWNLOAD_MAXSIZE (16777216 B) during decompression" in stats


def test_redirects(faulty):
    server, result, _ = faulty
    loop = [p for p, _, _ in server.log() if p.startswith("/loop/")]
    assert loop == [f"/loop/{n}" for n in range(1, 6)]  # REDIRECT_MAX_TIMES = 5
    assert len(server.hits("/r/b")) == 1  # a cycle back to a crawled URL stops at once
    assert "skipped/redirect_to_seen_url" in result.stderr
    # the off-site redirect target (same server, other host name) was not fetched through it
    assert len(server.hits(page("a-healthy-page-for-comparison"))) == 1


def test_robots_txt_is_obeyed(faulty):
    server, result, _ = faulty
    assert not [p for p, _, _ in server.log() if p.startswith("/private/")]
    assert result.status()["failed_by_reason"]["robots_txt"] == 1


def test_endless_pagination_and_calendars_are_bounded(faulty):
    server, result, _ = faulty
    listing = [p for p, _, _ in server.log() if p.startswith(("/trap/page/", "/calendar/"))]
    assert len(listing) == len(set(listing))
    assert 150 < len(listing) <= 200  # NEWSBOT_MAX_LISTING_PAGES (the home page is one too)
    stories = [p for p, _, _ in server.log() if p.startswith("/trap/2025/")]
    assert len(stories) <= 20  # DEPTH_LIMIT
    assert "newsbot/links/not_followed/listing_cap" in result.stderr
