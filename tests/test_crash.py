"""Crash safety: ``scrapy crawl aggregator`` killed with SIGKILL part-way and
started again with the same command (same feed, appended with ``-o``; same
``NEWSBOT_STATE``) ends with every article in the feed exactly once and no
torn line.

The site: 200 articles (tests/sites/bigsite.py) served with 0.07 s per
response, so a crawl takes a few seconds; the crawler is killed early,
midway and late (by lines in the feed), then runs to the end.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from faultserver import ROOT, FaultServer, crawl_command, crawl_env, run_crawl

from newsbot.state import canonical_url

ARTICLES = 200
TESTS = Path(__file__).resolve().parent


def _bigsite():
    spec = importlib.util.spec_from_file_location("bigsite", TESTS / "sites" / "bigsite.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def slow_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash") / "site"
    paths = _bigsite().build(root, ARTICLES)
    server = FaultServer(root, delay=0.07)
    yield server, paths
    server.stop()


def lines(feed: Path) -> list[bytes]:
    return feed.read_bytes().split(b"\n") if feed.exists() else []


def kill_when(cmd: list[str], feed: Path, at_least: int, timeout: float = 60) -> int:
    """Start the crawl, SIGKILL it once the feed holds ``at_least`` lines; the lines then."""
    log = feed.with_name(f"killed-at-{at_least}.log").open("wb")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if feed.exists() and feed.read_bytes().count(b"\n") >= at_least:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
        log.close()
    return feed.read_bytes().count(b"\n")


def check_feed(feed: Path, server, paths: list[str]) -> list[dict]:
    data = feed.read_bytes()
    assert data.endswith(b"\n"), "torn last line"
    records = [json.loads(line) for line in data.splitlines()]  # every line is whole JSON
    urls = [r["url"] for r in records]
    twice = sorted({u for u in urls if urls.count(u) > 1})
    assert not twice, f"written twice: {twice} at lines {[i for i, u in enumerate(urls) if u in twice]}"
    assert sorted(urls) == sorted(server.url + p for p in paths), "articles missing"
    return records


def test_killed_early_midway_and_late_then_finished(slow_site, tmp_path):
    server, paths = slow_site
    feed = tmp_path / "feed.jsonl"
    cmd = crawl_command(tmp_path, "-a", f"start_urls={server.url}/", feed=feed, append=True)
    killed_at = [kill_when(cmd, feed, n) for n in (20, 100, 180)]
    assert killed_at[0] < killed_at[1] < killed_at[2] < ARTICLES, killed_at
    final = run_crawl(tmp_path, "-a", f"start_urls={server.url}/", feed=feed, append=True)
    assert final.returncode == 0, final.stderr[-3000:]
    check_feed(feed, server, paths)
    assert final.status()["articles_written"] == ARTICLES - killed_at[2]
    assert final.status()["duplicates"] == 0


def test_a_torn_line_and_an_unrecorded_line_are_repaired(slow_site, tmp_path):
    """Faults SIGKILL alone hardly ever produces: a line cut by a power loss,
    and a kill between writing a line and recording it in the state."""
    server, paths = slow_site
    feed = tmp_path / "feed.jsonl"
    cmd = crawl_command(tmp_path, "-a", f"start_urls={server.url}/", feed=feed, append=True)
    kill_when(cmd, feed, 60)
    whole = feed.read_bytes()
    last = json.loads(whole.splitlines()[-1])
    db = sqlite3.connect(tmp_path / "state.sqlite")
    with db:
        db.execute("DELETE FROM articles WHERE url_key = ?", (canonical_url(last["url"]),))
    db.close()
    torn = whole.splitlines()[0][:57]  # half of some article's line, no newline
    feed.write_bytes(whole + torn)
    final = run_crawl(tmp_path, "-a", f"start_urls={server.url}/", feed=feed, append=True)
    assert final.returncode == 0, final.stderr[-3000:]
    assert "removed a torn last line" in final.stderr
    assert "1 article(s) written by an interrupted run recorded in the state" in final.stderr
    check_feed(feed, server, paths)
