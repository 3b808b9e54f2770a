"""Quality gate of issue 3 on the golden corpus (tests/golden/, see its README).

(a) page level: every page of every golden site goes through the spider's own
    steps (extract_page -> classify -> clean_article, one SiteEvidence per site,
    pages in the order a breadth-first crawl from / meets them);
(b) crawl level: each site served over HTTP on 127.0.0.1 and crawled with
    ``scrapy crawl aggregator -a start_urls=URL``.

Floors are pinned to the figures measured when the corpus was made (rounded
down a little), so any regression fails; raise them as the cleaning improves.
The issue's own targets (every article, no non-article, zero junk left, all
measures >= 0.97) are ``test_issue3_targets_*``.
Run with ``-s`` to see the figures and the list of failures.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import deque
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from golden.metrics import Outcome, failures, junk_left, summarize

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SITES_DIR = GOLDEN / "sites"
SITES = sorted(p.name for p in SITES_DIR.iterdir() if (p / "expected.jsonl").exists())

TARGET = 0.97  # issue 3: title exact, body F1, published_at/source/category

# Pinned floors: (title, body F1, published_at, source, category) minimums and
# (spam_left, legit_removed, missed, nonarticles emitted) maximums, per site.
# Every site is at the top today (page and crawl level agree); the figures
# are in tests/golden/README.md.  A change that loses any of it fails here.
PERFECT = (1.0, 0.999, 1.0, 1.0, 1.0, 0, 0, 0, 0)
FLOORS: dict[str, tuple] = {site: PERFECT for site in SITES}
PAGE_FLOORS = CRAWL_FLOORS = FLOORS


# ----------------------------------------------------------------- corpus

def expected_records(site: str) -> dict[str, dict]:
    lines = (SITES_DIR / site / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["path"]: r for r in map(json.loads, filter(None, lines))}


def nonarticle_paths(site: str) -> list[str]:
    return [p for p in (SITES_DIR / site / "nonarticles.txt").read_text(encoding="utf-8").split() if p]


def site_file(site: str, path: str) -> Path:
    rel = path.lstrip("/")
    return SITES_DIR / site / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)


def test_corpus_has_ten_templates_and_thirty_articles():
    assert len(SITES) >= 10
    assert sum(len(expected_records(s)) for s in SITES) >= 30


def test_corpus_is_reproducible(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_golden.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    built = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    stored = sorted(p.relative_to(SITES_DIR) for p in SITES_DIR.rglob("*") if p.is_file())
    assert built == stored
    changed = [str(p) for p in built if (tmp_path / p).read_bytes() != (SITES_DIR / p).read_bytes()]
    assert not changed, f"rerun scripts/build_golden.py: {changed[:5]}"


@pytest.mark.parametrize(("junk", "body", "gold_body", "left"), [
    # (controls, as before: a keyword the gold lacks, in any case; a footer phrase and no gold body)
    (["VerdiCoin"], "Prices rose verdicoin today.", "Prices rose today.", ["VerdiCoin"]),
    (["More:"], "Text. More: Sport", None, ["More:"]),
    # the gold's own words are no junk left ...
    (["Yi rajista"], "Idan sun yi rajista da katinsu.", "Idan sun yi rajista da katinsu.", []),
    # ... but a use beyond the gold's is
    (["Yi rajista"], "Idan sun yi rajista da katinsu. Yi rajista!", "Idan sun yi rajista da katinsu.", ["Yi rajista"]),
])
def test_junk_left_counts_only_what_the_gold_does_not_hold(junk, body, gold_body, left):
    """A red team's junk phrase that is also the story's own words (in another case) is not junk left."""
    assert junk_left(junk, "T", body, "T", gold_body) == left


@pytest.mark.parametrize("site", SITES)
def test_corpus_is_consistent(site):
    """The expected text is on the page, the junk is not in the expected record."""
    import html as htmlmod

    from golden.metrics import junk_left, norm

    for path, rec in expected_records(site).items():
        page = site_file(site, path).read_text(encoding="utf-8")
        text = norm(htmlmod.unescape(re.sub(r"<[^>]+>", " ", page)))
        assert junk_left(rec["junk"], rec["title"], rec["body"]) == [], path
        for para in rec["body"].split("\n\n"):
            # each expected paragraph is on the page, give or take the injected junk
            words = [w for w in re.findall(r"\w+", para)]
            assert all(w in text for w in words), (path, para[:60])
    for path in nonarticle_paths(site):
        assert site_file(site, path).exists(), path


# ----------------------------------------------------- (a) page level

def _links(doc: str) -> list[str]:
    return re.findall(r'href="(/[^"#?]*)"', doc)


def run_site_in_process(site: str) -> dict[str, dict]:
    """The spider's steps on every page of ``site``, breadth first from /.

    Mirrors newsbot/spiders/aggregator.py (extract_page, the titles_seen
    signal, classify, page.to_raw) and newsbot/pipelines.py (CleaningOptions
    from the profile, one SiteEvidence per site).  Returns path -> record of
    the pages classified as articles.
    """
    from newsbot import settings as project_settings
    from newsbot.cleaning.article import CleaningOptions, clean_article
    from newsbot.cleaning.spam import SiteEvidence
    from newsbot.extraction.classify import classify
    from newsbot.extraction.page import extract_page
    from newsbot.profiles import GENERIC

    host = f"golden-{site}.test"
    profile = GENERIC
    options = CleaningOptions(
        keywords=profile.spam_keywords, footer_markers=profile.footer_markers,
        timezone=profile.timezone, language=profile.language,
    )
    min_chars = getattr(project_settings, "NEWSBOT_MIN_BODY_CHARS", profile.min_body_chars)
    evidence = SiteEvidence()
    records: dict[str, dict] = {}
    seen, queue = {"/"}, deque(["/"])
    while queue:
        path = queue.popleft()
        doc = site_file(site, path).read_text(encoding="utf-8")
        for link in _links(doc):
            if link not in seen and site_file(site, link).exists():
                seen.add(link)
                queue.append(link)
        url = f"http://{host}{path}"
        page = extract_page(doc, url, title_css=profile.title_selector, body_css=profile.body_selector,
                            meta_css=profile.meta_selector)
        evidence.observe_titles(page.link_texts)
        verdict = classify(page, min_body_chars=min_chars, article_url=profile.is_article_url(url))
        if not verdict.is_article:
            continue
        raw = page.to_raw(host, "2025-01-01T00:00:00Z")
        records[path] = clean_article(raw, options, evidence).record
    return records


def outcomes_for(site: str, got: dict[str, dict]) -> tuple[list[Outcome], list[str]]:
    expected = expected_records(site)
    outcomes = [Outcome(site, path, rec, got.get(path)) for path, rec in sorted(expected.items())]
    extra = sorted(p for p in got if p not in expected)
    return outcomes, extra


def report(level: str, per_site: dict[str, tuple[list[Outcome], list[str]]]) -> None:
    print(f"\n=== golden corpus, {level} level ===")
    every: list[Outcome] = []
    extras: list[str] = []
    for site, (outs, extra) in per_site.items():
        print(summarize(outs, extra).line(site))
        every += outs
        extras += [f"{site}{p}" for p in extra]
    print(summarize(every, extras).line("OVERALL"))
    for line in failures(every) + [f"{p}: NON-ARTICLE EMITTED" for p in extras]:
        print("  FAIL", line)


def check_floors(site: str, outs: list[Outcome], extra: list[str], floors: dict[str, tuple]) -> None:
    s = summarize(outs, extra)
    measured = (s.title_exact, s.body_f1, s.fields["published_at"], s.fields["source"], s.fields["category"])
    counts = (s.spam_left, s.legit_removed, s.missed, len(extra))
    if site not in floors:
        pytest.skip(f"no floors pinned for {site}: measured {measured} {counts}")
    mins, maxs = floors[site][:5], floors[site][5:]
    names = ("title exact", "body F1", "published_at", "source", "category")
    for name, got, floor in zip(names, measured, mins):
        assert got >= floor, f"{site}: {name} {got:.3f} fell below the pinned floor {floor}\n" + "\n".join(failures(outs))
    for name, got, cap in zip(("articles with junk left", "articles with legit text removed", "articles missed",
                               "non-articles emitted"), counts, maxs):
        assert got <= cap, f"{site}: {name} {got} > pinned {cap}\n" + "\n".join(failures(outs)) + f"\n{extra}"
    # and every article's language (the text's), which no tuple above holds
    assert s.language == 1.0, f"{site}: language {s.language:.3f} < 1.0\n" + "\n".join(failures(outs))


@pytest.fixture(scope="module")
def page_level() -> dict[str, tuple[list[Outcome], list[str]]]:
    result = {site: outcomes_for(site, run_site_in_process(site)) for site in SITES}
    report("page", result)
    return result


@pytest.mark.parametrize("site", SITES)
def test_page_level_floors(page_level, site):
    outs, extra = page_level[site]
    check_floors(site, outs, extra, PAGE_FLOORS)


# ---------------------------------------------------- (b) crawl level

CRAWLED: dict[str, tuple[list[Outcome], list[str]]] = {}


@pytest.mark.parametrize("site", SITES)
def test_crawl_level_floors(serve, crawl, site):
    base = serve(SITES_DIR / site)
    result = crawl("-a", f"start_urls={base}/", settings={"LOG_LEVEL": "WARNING"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.quarantine == [], result.quarantine
    got: dict[str, dict] = {}
    for item in result.items:
        path = urlsplit(item["url"]).path
        assert path not in got, f"{path} written twice"
        got[path] = item
    outs, extra = outcomes_for(site, got)
    CRAWLED[site] = (outs, extra)
    print(summarize(outs, extra).line(site))
    for line in failures(outs) + [f"{site}{p}: NON-ARTICLE EMITTED" for p in extra]:
        print("  FAIL", line)
    check_floors(site, outs, extra, CRAWL_FLOORS)


# ------------------------------------------------ issue 3's own targets

def _targets(outs: list[Outcome], extra: list[str]) -> list[str]:
    s = summarize(outs, extra)
    problems = []
    if s.missed:
        problems.append(f"{s.missed} articles missed")
    if extra:
        problems.append(f"non-articles emitted: {extra}")
    if s.spam_left:
        problems.append(f"{s.spam_left} articles with junk left")
    if s.legit_removed:
        problems.append(f"{s.legit_removed} articles with legitimate text removed")
    for name, value in (("title exact", s.title_exact), ("body F1", s.body_f1),
                        *((k, v) for k, v in s.fields.items())):
        if value < TARGET:
            problems.append(f"{name} {value:.3f} < {TARGET}")
    return problems


@pytest.mark.parametrize("site", SITES)
def test_issue3_targets_page_level(page_level, site):
    problems = _targets(*page_level[site])
    assert not problems, f"{site}: " + "; ".join(problems) + "\n" + "\n".join(failures(page_level[site][0]))


def test_issue3_targets_crawl_level():
    """The same targets on what the real crawls wrote (runs after them)."""
    assert set(CRAWLED) == set(SITES), "run the whole file: the crawl-level tests fill CRAWLED"
    problems = {site: _targets(*CRAWLED[site]) for site in SITES}
    assert not any(problems.values()), problems
