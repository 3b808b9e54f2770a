"""Bad input gets one clear line and a non-zero exit, never a traceback, nothing written."""

from __future__ import annotations

import pytest
from conftest import FIXTURES


@pytest.mark.parametrize(
    ("args", "settings", "message"),
    [
        (["-a", "start_urls=notaurl"], {}, "start_urls: 'notaurl' is not an absolute URL"),
        (["-a", "start_urls=ftp://example.com/"], {}, "unsupported scheme 'ftp'"),
        (["-a", "start_urls=http://example.com:99999/"], {}, "invalid port"),
        (["-a", "start_urls="], {}, "start_urls: no URL given"),
        (["-a", "site=nosuchsite"], {}, "site 'nosuchsite' is not a configured site (known: demo)"),
        (["-a", "start_url=http://example.com/"], {}, "unknown spider argument 'start_url'"),
        (["-a", "site=demo"], {"NEWSBOT_SITES_DIR": str(FIXTURES / "profiles_bad")},
         "broken.toml: Unclosed array (at line 4, column 1)"),
        (["-a", "site=demo"], {"NEWSBOT_SITES_DIR": "/nonexistent/profiles"}, "is not a folder"),
        (["-a", "site=demo"], {"NEWSBOT_MIN_BODY_CHARS": "lots"}, "setting NEWSBOT_MIN_BODY_CHARS='lots' is not a whole number"),
        (["-a", "site=demo"], {"NEWSBOT_MIN_BODY_CHARS": "-5"}, "must be at least 0"),
        (["-a", "site=demo"], {"CONCURRENT_REQUESTS": "many"}, "setting CONCURRENT_REQUESTS='many' is not a number"),
        (["-a", "site=demo"], {"DOWNLOAD_DELAY": "soon"}, "setting DOWNLOAD_DELAY='soon' is not a number"),
        (["-a", "site=demo"], {"ROBOTSTXT_OBEY": "perhaps"}, "setting ROBOTSTXT_OBEY='perhaps' is not true or false"),
        (["-a", "site=demo"], {"NEWSBOT_TEMPLATES": "maybe"}, "setting NEWSBOT_TEMPLATES='maybe' is not true or false"),
        (["-a", "site=demo"], {"NEWSBOT_GC_FREEZE": "maybe"}, "setting NEWSBOT_GC_FREEZE='maybe' is not true or false"),
        (["-a", "site=demo"], {"NEWSBOT_GC_THRESHOLD": "big"}, "setting NEWSBOT_GC_THRESHOLD='big' is not a whole number"),
        (["-a", "site=demo"], {"NEWSBOT_GC_THRESHOLD": "-1"}, "setting NEWSBOT_GC_THRESHOLD=-1 must be at least 0"),
        (["-a", "site=demo"], {"NEWSBOT_QUARANTINE_URI": "s3://bucket/q.jsonl"}, "only local paths and file:// URIs"),
    ],
)
def test_bad_input_one_line_and_exit_2(crawl, tmp_path, args, settings, message):
    result = crawl(*args, settings=settings)
    assert result.returncode == 2, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"newsbot: error: {lines[0].split('newsbot: error: ', 1)[-1]}"], result.stderr[-2000:]
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.jsonl").exists(), "something was written"
    assert not (tmp_path / "quarantine.jsonl").exists()


@pytest.mark.parametrize("setting", ["TELNETCONSOLE_ENABLED=False", "DOWNLOAD_DELAY=0.5", "ROBOTSTXT_OBEY=0",
                                     "CONCURRENT_REQUESTS=8"])
def test_valid_scrapy_settings_pass(crawl, setting):
    name, value = setting.split("=")
    result = crawl("-a", "site=demo", settings={name: value})
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(result.items) == 15


def test_output_path_under_a_file(crawl, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = crawl("-a", "site=demo", "-O", str(blocker / "out.jsonl"), output=False)
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.strip().startswith("newsbot: error: output ")
    assert "cannot create folder" in result.stderr


def test_quarantine_path_is_a_folder(crawl, tmp_path):
    result = crawl("-a", "site=demo", settings={"NEWSBOT_QUARANTINE_URI": str(tmp_path)})
    assert result.returncode == 2
    assert "is a folder, not a file" in result.stderr


def test_unknown_spider(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "nosuchspider"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "newsbot: error: no spider named 'nosuchspider' (try: scrapy list)"


def test_a_crawl_of_an_unreachable_site_exits_0_and_counts_the_failure(crawl):
    # Nothing listens on port 9 (discard) of 127.0.0.1: the page fails, the job does not.
    result = crawl("-a", "start_urls=http://127.0.0.1:9/", settings={"RETRY_TIMES": "0"})
    assert result.returncode == 0, result.stderr[-2000:]
    status = result.status()
    assert status["pages_failed"] >= 1
    assert "connection_refused" in status["failed_by_reason"]


# --- python -m newsbot.extract: one saved page, its record, or one line saying why not

_PAGES = FIXTURES / "pages"
_STORY = ("--url", "https://ex.com/news/2025/05/02/bridge-reopens.html", str(_PAGES / "short_article.html"))
_STORY_TEXT = ("The Mill Street bridge reopened to traffic on Friday after six weeks of repairs to its deck and "
               "railings.\n\nBuses return to their usual route on Monday.\n")

_VIDEO_POST = ("--url", "https://tpi.example/2026/02/vidio-bung-bilong-ol-yut-lae.html",
               str(FIXTURES.parent / "holdout" / "sites" / "tpiblogger" / "2026" / "02" / "vidio-bung-bilong-ol-yut-lae.html"))
_VIDEO_POST_REASON = ("newsbot.extract: not an article (no-paragraph): short lines beside the post's pictures or video: "
                      "a photo or video post\n")


def _extract(*args: str, **kwargs):
    import subprocess
    import sys

    from conftest import ROOT

    return subprocess.run([sys.executable, "-m", "newsbot.extract", *args], cwd=ROOT, capture_output=True,
                          timeout=120, **kwargs)


@pytest.mark.parametrize(
    ("args", "code", "out", "err"),
    [
        (_STORY, 0, '"title": "Bridge reopens after repairs"', ""),
        # the body alone, without the headline and date line trafilatura ran into the short story's one
        # paragraph (was: "Bridge reopens after repairs May 2, 2025 · Source: Metro Feed The Mill Street …")
        (("--format", "text", *_STORY), 0, _STORY_TEXT, ""),
        (("--fast", "--format", "text", *_STORY), 0, _STORY_TEXT, ""),
        (("--url", "https://ex.com/2025/10/01/old-story/", str(_PAGES / "not_found.html")), 1, "",
         "newsbot.extract: not an article (error-page): the headline says so: 'Oops! That page can’t be found.'\n"),
        # a Blogger video post, whose Popular Posts widget of other posts' snippets trafilatura reads as its text:
        # whether a page is an article is decided on newsbot's own reading, with trafilatura's second opinion too
        (_VIDEO_POST, 1, "", _VIDEO_POST_REASON),
        (("--fast", *_VIDEO_POST), 1, "", _VIDEO_POST_REASON),
        (("/nonexistent/page.html",), 2, "", "newsbot.extract: cannot read /nonexistent/page.html: No such file or "
         "directory\n"),
        (("--site", "nosuchsite", str(_PAGES / "short_article.html")), 2, "",
         "newsbot.extract: site 'nosuchsite' is not a configured site (known: demo)\n"),
    ],
)
def test_extract_prints_the_record_or_one_line(args, code, out, err):
    proc = _extract(*args, text=True)
    assert (proc.returncode, proc.stderr) == (code, err)
    if args[:2] == ("--format", "text") or args[:3] == ("--fast", "--format", "text"):
        assert proc.stdout == out
    else:
        assert out in proc.stdout if out else proc.stdout == ""


def test_extract_into_a_reader_that_stops_early_is_no_traceback(tmp_path):
    """`python -m newsbot.extract page.html | head`: the reader closes the pipe after a few lines."""
    import subprocess
    import sys

    from conftest import ROOT

    story = "<p>" + "The council met again on Tuesday to debate the budget for the coming year. " * 40 + "</p>"
    page = tmp_path / "long.html"
    page.write_text(f"<html><body><article><h1>Budget debate goes on</h1>{story * 60}</article></body></html>",
                    encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newsbot.extract", "--fast", "--url",
                             "https://ex.com/news/2025/05/02/budget.html", str(page)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(10) == b'{\n  "url":'
    proc.stdout.close()  # as `head` does: the record is far longer than a pipe's buffer
    err = proc.stderr.read().decode()
    assert (proc.wait(timeout=120), err) == (141, "")
