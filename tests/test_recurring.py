"""Recurring runs emit only what is new; copies of a story are emitted once."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest
from conftest import DEMO_SITE, expected_demo_records

from newsbot import neardup
from newsbot.state import SQLiteState, canonical_url

NEW_ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>verdicoin:Harbour ferry returns after winter repairs - SCA Daily</title></head><body>
<main><article class="post"><h1 class="post-title">verdicoin:Harbour ferry returns after winter repairs</h1>
<div class="post-meta"><span class="post-date">2025-05-02 08:00:00</span><span class="post-source">source:Metro Feed</span><span class="post-category">category:News</span></div>
<div class="post-content">
<p>HALIFAX, Nova Scotia (AP) — The harbour ferry that links the two halves of the city returned to service on Friday after a winter of repairs,verdicoin the transit authority said.</p>
<p>Engineers replaced both propulsion units and the wheelhouse electronics, work that had been postponed twice because of parts shortages, according to a statement from the authority.</p>
<p>Commuters lined up before dawn for the first crossing. Several said the replacement bus service had doubled their travel time through the winter months.</p>
</div></article></main></body></html>
"""


@pytest.fixture
def site_copy(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(DEMO_SITE, root)
    return root


def article_requests(server) -> list[str]:
    return [p for p in server.requests() if p.startswith("/news/")]


def test_second_run_emits_nothing_and_fetches_no_article_again(site_copy, site_server, crawl):
    server = site_server(site_copy)
    first = crawl("-a", f"start_urls={server.url}/")
    assert first.returncode == 0, first.stderr[-2000:]
    assert len(first.items) == 15
    fetched_first = len(article_requests(server))
    assert fetched_first == 15

    second = crawl("-a", f"start_urls={server.url}/")
    assert second.returncode == 0, second.stderr[-2000:]
    assert second.items == []
    assert second.duplicates == []
    assert len(article_requests(server)) == fetched_first, "an emitted article page was requested again"
    status = second.status()
    assert status["articles_written"] == 0
    assert status["skipped_already_emitted"] >= 15


def test_a_new_article_is_emitted_alone(site_copy, site_server, crawl):
    server = site_server(site_copy)
    assert len(crawl("-a", f"start_urls={server.url}/").items) == 15
    new_path = "/news/2025/05/02/harbour-ferry-returns.html"
    (site_copy / new_path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
    (site_copy / new_path.lstrip("/")).write_text(NEW_ARTICLE, encoding="utf-8")
    index = site_copy / "index.html"
    index.write_text(
        index.read_text(encoding="utf-8").replace("</main>", f'<p><a href="{new_path}">Harbour ferry returns</a></p></main>', 1),
        encoding="utf-8",
    )
    second = crawl("-a", f"start_urls={server.url}/")
    assert second.returncode == 0, second.stderr[-2000:]
    assert [item["url"] for item in second.items] == [server.url + new_path]
    assert second.items[0]["title"] == "Harbour ferry returns after winter repairs"
    assert "repairs, the transit authority" in second.items[0]["body"]


def test_a_mirror_on_another_host_is_all_duplicates(site_copy, site_server, crawl):
    server = site_server(site_copy)
    first = crawl("-a", f"start_urls={server.url}/")
    assert len(first.items) == 15
    mirror = server.url.replace("127.0.0.1", "localhost")
    second = crawl("-a", f"start_urls={mirror}/")
    assert second.returncode == 0, second.stderr[-2000:]
    assert second.items == []
    assert len(second.duplicates) == 15
    originals = {item["url"] for item in first.items}
    for dup in second.duplicates:
        assert dup["url"].startswith(mirror)
        assert dup["duplicate_of"] in originals
        assert dup["duplicate_of"].split("/", 3)[3] == dup["url"].split("/", 3)[3]
    # each drop is one log line naming both pages, without the page's whole text after it
    drops = [line for line in second.stderr.splitlines() if "Dropped: duplicate of" in line]
    assert len(drops) == 15
    assert "PageItem(" not in second.stderr and "blocks=" not in second.stderr


# --- the state itself (pure) -------------------------------------------------

BODIES = {r["path"]: r["body"] for r in expected_demo_records().values()}
SEED = BODIES["/news/2025/05/01/russia-foreign-minister-north-korea.html"]

SAME_TOPIC = (
    "SEOUL, South Korea (AP) — North Korea fired two short-range ballistic missiles into the sea on "
    "Tuesday, South Korea’s military said, a day before Russia’s foreign minister was due in Pyongyang.\n\n"
    "The launches came as Washington and Seoul accused the North of supplying Moscow with artillery shells "
    "and rockets for the war in Ukraine, an accusation both governments deny.\n\n"
    "Japan’s coast guard warned ships to stay clear of the area while it assessed where the missiles fell. "
    "Analysts said the timing appeared designed to signal defiance ahead of the diplomatic visit."
)


@pytest.mark.parametrize(
    ("text", "url", "duplicate"),
    [
        (SEED, "http://a.example/news/1.html", "same-url"),
        (SEED, "http://mirror.example/story/1", "same-content"),
        (SEED.replace("Monday", "on Monday").replace("brief statement", "short statement")
         .replace("more than 1,000", "over 1,000"), "http://b.example/x", "near-duplicate"),
        (SEED + "\n\nThis story was republished from the wire.", "http://c.example/y", "near-duplicate"),
        (SAME_TOPIC, "http://d.example/z", None),
        (BODIES["/news/2025/04/29/bundestag-mietpreisbremse-grossstaedte.html"], "http://e.example/w", None),
    ],
)
def test_duplicate_detection(tmp_path, text, url, duplicate):
    state = SQLiteState(tmp_path / "state.sqlite")
    state.add("http://a.example/news/1.html", SEED, "a.example")
    found = state.find_duplicate(url, text)
    assert (found.reason if found else None) == duplicate
    if found:
        assert found.url == "http://a.example/news/1.html"


@pytest.mark.parametrize(
    ("other", "low", "high"),
    [
        (SEED, 1.0, 1.0),
        (SEED.replace("Monday", "on Monday").replace("brief statement", "short statement"), 0.85, 1.0),
        (SEED.split("\n\n")[0], 0.0, 0.5),  # the first paragraph alone
        (SAME_TOPIC, 0.0, 0.1),
        ("", 0.0, 0.0),
    ],
)
def test_minhash_similarity_estimates(other, low, high):
    a, b = neardup.signature(SEED), neardup.signature(other)
    assert low <= neardup.similarity(a.minhash, b.minhash) <= high
    shared = set(a.buckets()) & set(b.buckets())
    assert bool(shared) == (high >= 0.85)  # near-copies share an LSH bucket, other stories do not


@pytest.mark.parametrize(
    "text",
    [SEED, SAME_TOPIC, "Hello, World! it's_a test 123abc -- U.S. 3.5%", "", "  ", "a b", "x" * 40 + " y",
     "„Wir müssen reden“, sagte Müller – dann ging er.", "Москва — «Газпром» заявил: цены растут.",
     "सट्टाकिंग में आज ही खेलें। नई दिल्ली, 15 मार्च (भाषा)", "日本銀行は、金融政策決定会合で政策金利を据え置くことを決めた。",
     "ข่าวเศรษฐกิจ ธนาคารแห่งประเทศไทย คงอัตราดอกเบี้ยนโยบาย"],
)
def test_fast_tokeniser_finds_the_words_of_the_regex(text):
    # The signature's tokeniser (bytes.translate + split) must find the words \w+ finds,
    # in every script (combining marks are word characters), and the fingerprint must be
    # theirs: exact copies are still found in a store written before it.
    words = neardup._byte_words(text)
    assert [w.decode() if isinstance(w, bytes) else w for w in words] == neardup.tokens(text)
    assert neardup.signature(text).fingerprint == hashlib.sha1(" ".join(neardup.tokens(text)).encode()).hexdigest()


def test_signatures_are_stable_across_processes():
    # Stored and shared (SQLite, Redis) signatures must not depend on the process (no hash()).
    import os
    import subprocess
    import sys

    code = "from newsbot import neardup; s = neardup.signature('one two three four five six'); print(s.to_bytes().hex())"
    out = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env=dict(os.environ, PYTHONHASHSEED=seed)).stdout for seed in ("1", "2")}
    assert out == {neardup.signature("one two three four five six").to_bytes().hex() + "\n"}


def test_store_from_an_older_scheme_keeps_urls_and_drops_signatures(tmp_path):
    import sqlite3

    path = tmp_path / "state.sqlite"
    first = SQLiteState(path)
    first.add("http://a.example/news/1.html", SEED, "a.example")
    first.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    state = SQLiteState(path)
    assert state.is_emitted("http://a.example/news/1.html")
    assert state.find_duplicate("http://m.example/1", SEED).reason == "same-content"
    assert state.find_duplicate("http://m.example/2", SEED + "\n\nRepublished.") is None


def test_store_keyed_by_url_is_renumbered_and_keeps_its_signatures(tmp_path):
    """A store written before articles were numbered (URL keys in both tables):
    its rows move to the new tables and its buckets are rebuilt from the stored
    signatures, so a near-duplicate of an old article is still recognised."""
    import sqlite3

    path = tmp_path / "state.sqlite"
    sig = neardup.signature(SEED)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE articles (url_key TEXT PRIMARY KEY, url TEXT NOT NULL, site TEXT, "
               "fingerprint TEXT NOT NULL, signature BLOB NOT NULL, emitted_at REAL NOT NULL)")
    db.execute("CREATE INDEX articles_fp ON articles (fingerprint)")
    db.execute("CREATE TABLE buckets (bucket INTEGER NOT NULL, url_key TEXT NOT NULL, "
               "PRIMARY KEY (bucket, url_key)) WITHOUT ROWID")
    key = canonical_url("http://a.example/news/1.html")
    db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, strftime('%s', 'now'))",
               (key, "http://a.example/news/1.html", "a.example", sig.fingerprint, sig.to_bytes()))
    db.executemany("INSERT INTO buckets VALUES (?, ?)", ((b, key) for b in sig.buckets()))
    db.execute(f"PRAGMA user_version = {neardup.VERSION}")
    db.commit()
    db.close()
    state = SQLiteState(path)
    assert state.is_emitted("http://a.example/news/1.html", earlier_runs_only=True)
    found = state.find_duplicate("http://m.example/2", SEED + "\n\nRepublished by the mirror.")
    assert (found.url, found.reason) == ("http://a.example/news/1.html", "near-duplicate")
    state.add("http://a.example/news/2.html", SEED + " More.", "a.example")
    assert state.count() == 2
    state.close()


def test_an_article_recorded_again_keeps_one_row(tmp_path):
    state = SQLiteState(tmp_path / "state.sqlite")
    state.add("http://a.example/news/1.html", SEED, "a.example")
    state.add("http://a.example/news/1.html", SEED + "\n\nUpdated at noon.", "a.example")
    assert state.count() == 1
    found = state.find_duplicate("http://m.example/1", SEED + "\n\nUpdated at noon.")
    assert (found.url, found.reason) == ("http://a.example/news/1.html", "same-content")


NEAR_SEED = SEED.replace("Monday", "on Monday").replace("brief statement", "short statement")


@pytest.mark.parametrize("phase", ["pending", "flushed", "killed before the flush", "closed"])
def test_a_near_duplicate_is_found_whether_its_buckets_are_written_or_not(tmp_path, phase):
    """Buckets are written in groups (SQLiteState.BUCKET_BATCH): an article is found
    while its group is in memory, once written, and after a crawler was killed before
    writing it (the store rebuilds the missing buckets from the signatures it holds)."""
    path = tmp_path / "state.sqlite"
    state = SQLiteState(path)
    state.add("http://a.example/news/1.html", SEED, "a.example")
    for i in range(3):  # others of the same group
        state.add(f"http://a.example/other/{i}", BODIES[sorted(BODIES)[i]] + f" {i}", "a.example")
    if phase == "flushed":
        state.flush()
    elif phase == "killed before the flush":
        state.db.close()  # no flush: the rows are committed, their buckets are not
        assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM buckets").fetchone()[0] == 0
        state = SQLiteState(path)
    elif phase == "closed":
        state.close()
        state = SQLiteState(path)
    found = state.find_duplicate("http://b.example/x", NEAR_SEED)
    assert (found.url, found.reason) == ("http://a.example/news/1.html", "near-duplicate")
    assert state.find_duplicate("http://d.example/z", SAME_TOPIC) is None
    state.close()
    stored = sqlite3.connect(path).execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM buckets").fetchone()
    assert stored == (4 * neardup.BANDS, 4)


def test_two_crawlers_on_one_state_file_find_each_others_articles_before_and_after_a_kill(tmp_path):
    path = tmp_path / "state.sqlite"
    first, second = SQLiteState(path), SQLiteState(path)
    first.add("http://a.example/news/1.html", SEED, "a.example")  # its group not written
    for i in range(SQLiteState.BUCKET_BATCH):  # the second writes a whole group
        second.add(f"http://b.example/{i}", f"unrelated story number {i} " * 30, "b.example")
    found = second.find_duplicate("http://c.example/x", NEAR_SEED)
    assert (found.url, found.reason) == ("http://a.example/news/1.html", "near-duplicate")
    first.db.close()  # killed before writing its group
    second.close()
    again = SQLiteState(path)
    found = again.find_duplicate("http://c.example/x", NEAR_SEED)
    assert (found.url, found.reason) == ("http://a.example/news/1.html", "near-duplicate")
    assert again.db.execute("SELECT COUNT(*) FROM buckets WHERE id = 1").fetchone()[0] == neardup.BANDS
    again.close()


def test_buckets_are_written_once_a_group_is_full(tmp_path):
    path = tmp_path / "state.sqlite"
    state = SQLiteState(path)
    written = lambda: sqlite3.connect(path).execute("SELECT COUNT(DISTINCT id) FROM buckets").fetchone()[0]
    for i in range(SQLiteState.BUCKET_BATCH - 1):
        state.add(f"http://a.example/{i}", f"{SEED} {i}", "a.example")
    assert written() == 0
    state.add("http://a.example/last", SEED + " last", "a.example")
    assert written() == SQLiteState.BUCKET_BATCH
    state.close()


def test_state_survives_reopening_and_expires(tmp_path):
    path = tmp_path / "state.sqlite"
    state = SQLiteState(path)
    state.add("http://a.example/news/1.html?utm_source=x", SEED, "a.example")
    state.close()
    again = SQLiteState(path)
    assert again.is_emitted("http://A.example/news/1.html#top")
    assert again.count() == 1
    again.close()
    expired = SQLiteState(path, retention_days=1e-9)
    assert expired.count() == 0


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.example.com/a/b/?utm_source=x&id=3#frag", "example.com/a/b?id=3"),
        ("http://example.com/a/b", "example.com/a/b"),
        ("http://example.com:8080/", "example.com:8080/"),
        ("http://example.com/search?b=2&a=1", "example.com/search?a=1&b=2"),
    ],
)
def test_canonical_url(url, key):
    assert canonical_url(url) == key


def test_redis_state_is_shared_and_expires(redis_url, redis_client):
    """With REDIS_URL the state lives in Redis: what one worker emitted, another knows."""
    from newsbot.state import RedisState

    one = RedisState(redis_url, prefix="test:state")
    one.add("http://a.example/news/1.html", SEED, "a.example")
    other = RedisState(redis_url, prefix="test:state")
    assert other.is_emitted("http://a.example/news/1.html", earlier_runs_only=True)
    near = SEED.replace("Monday", "on Monday").replace("brief statement", "short statement")
    assert other.find_duplicate("http://b.example/copy", near).reason == "near-duplicate"
    assert other.find_duplicate("http://d.example/z", SAME_TOPIC) is None
    assert other.summary()["sites"]["a.example"]["articles"] == 1
    assert RedisState(redis_url, prefix="test:state", retention_days=1e-9).count() == 0
    assert other.find_duplicate("http://b.example/copy", near) is None


def test_state_command_shows_and_resets(site_copy, site_server, crawl, tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    server = site_server(site_copy)
    assert len(crawl("-a", f"start_urls={server.url}/").items) == 15
    state = ["-s", f"NEWSBOT_STATE={tmp_path / 'state.sqlite'}"]

    def run(*args):
        return subprocess.run([sys.executable, "-m", "scrapy", "state", *args, *state], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)

    import json

    shown = run()
    assert shown.returncode == 0, shown.stderr
    summary = json.loads(shown.stdout)
    assert summary["articles"] == 15
    site = f"127.0.0.1:{server.port}"
    assert summary["sites"][site]["articles"] == 15
    reset = run("--reset", "--site", site)
    assert reset.stdout.startswith("forgot 15 articles")
    assert json.loads(run().stdout)["articles"] == 0
    again = crawl("-a", f"start_urls={server.url}/")
    assert len(again.items) == 15  # forgotten: emitted again
