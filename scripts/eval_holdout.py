#!/usr/bin/env python3
"""Crawl every holdout site over HTTP with the real spider and score it.

    /tmp/venv/bin/python scripts/eval_holdout.py [--sites DIR] [--work DIR] [-s NAME=VALUE ...] [SITE ...]

For each site: serve it with ``tests/siteserver.py`` (the test suite's static server) on 127.0.0.1, run
``scrapy crawl aggregator -a start_urls=URL -O OUT -s AUTOTHROTTLE_ENABLED=False
-s NEWSBOT_STATE= -s NEWSBOT_QUARANTINE_URI=Q`` from the repo root, stop the server,
and compare the records with expected.jsonl using tests/golden/metrics.py.
``-s`` passes more Scrapy settings, e.g. a breadth-first crawl order to find a site whose
cleaning depends on which of its pages came first: ``-s DEPTH_PRIORITY=1
-s SCHEDULER_MEMORY_QUEUE=scrapy.squeues.FifoMemoryQueue -s CONCURRENT_REQUESTS=1``.
Prints one table line per site, OVERALL, then one line per failure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "golden"))
import metrics  # noqa: E402

PY = sys.executable
SCRAPY = str(Path(sys.executable).parent / "scrapy")


def key(url: str) -> str:
    u = urlsplit(url)
    return unquote(u.path) + (f"?{u.query}" if u.query else "")


def crawl(site_dir: Path, work: Path, settings: list[str] = ()) -> tuple[list[dict], list[dict], str]:
    srv = subprocess.Popen([PY, str(ROOT / "tests" / "siteserver.py"), str(site_dir)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = int(srv.stdout.readline().split()[1])  # "PORT <n>" once listening
        out = work / f"{site_dir.name}.jsonl"
        q = work / f"{site_dir.name}.quarantine.jsonl"
        for f in (out, q):
            f.unlink(missing_ok=True)
        proc = subprocess.run([SCRAPY, "crawl", "aggregator", "-a", f"start_urls=http://127.0.0.1:{port}/", "-O", str(out),
                               "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "NEWSBOT_STATE=", "-s", f"NEWSBOT_QUARANTINE_URI={q}",
                               *(arg for setting in settings for arg in ("-s", setting))],
                              cwd=ROOT, capture_output=True, text=True, timeout=600)
        (work / f"{site_dir.name}.log").write_text(proc.stderr, encoding="utf-8")
        summary = next((l for l in proc.stderr.splitlines() if "newsbot status" in l), f"rc={proc.returncode}")
    finally:
        srv.terminate()
        srv.wait(timeout=10)

    def load(p: Path) -> list[dict]:
        return [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()] if p.exists() else []
    return load(out), load(q), summary


def probe(site_dir: Path, e: dict) -> dict | None:
    """What newsbot would extract from a MISSED article page if it were classified as one.

    Runs ``python -m newsbot.extract`` on the saved page under an article-like URL
    (/YYYY/MM/DD/slug.html) so that failures masked by the classification miss show up.
    """
    p = e["path"].split("?")[0]
    f = site_dir / (p.lstrip("/") + "index.html" if p.endswith("/") else p.lstrip("/"))
    d = (e.get("published_at") or "2025-11-03")[:10].replace("-", "/")
    slug = "-".join(x for x in p.strip("/").replace(".html", "").split("/") if x)
    proc = subprocess.run([PY, "-m", "newsbot.extract", "--url", f"http://127.0.0.1:1/{d}/{slug}.html", "--format", "json", str(f)],
                          cwd=ROOT, capture_output=True, text=True)
    try:
        return json.loads(proc.stdout)
    except ValueError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sites", default=str(ROOT / "tests" / "holdout" / "sites"))
    ap.add_argument("--work", default="/tmp/holdout-eval")
    ap.add_argument("--no-probe", action="store_true",
                    help="skip the page-level probe of missed articles")
    ap.add_argument("-s", "--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                    help="another Scrapy setting for every crawl (repeatable)")
    ap.add_argument("only", nargs="*")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    all_outcomes, all_nonart, lines, fails = [], [], [], []
    probe_outcomes = []
    for site_dir in sorted(Path(args.sites).iterdir()):
        if not site_dir.is_dir() or (args.only and site_dir.name not in args.only):
            continue
        expected = [json.loads(l) for l in (site_dir / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
        nonart = set((site_dir / "nonarticles.txt").read_text(encoding="utf-8").split())
        got, quarantined, summary = crawl(site_dir, work, args.settings)
        by_path: dict[str, dict] = {}
        dupes = []
        for r in got:
            k = key(r["url"])
            if k in by_path:
                dupes.append(k)
            by_path[k] = r
        # (gold paths may be written percent-encoded or not: both sides compared unquoted)
        exp_paths = {unquote(e["path"]) for e in expected}
        outcomes = [metrics.Outcome(site_dir.name, e["path"], e, by_path.get(unquote(e["path"]))) for e in expected]
        emitted_non = sorted(k for k in by_path if k not in exp_paths)
        s = metrics.summarize(outcomes, emitted_non)
        lines.append(s.line(site_dir.name) + f" quarantine={len(quarantined)}")
        all_outcomes += outcomes
        all_nonart += emitted_non
        fails += metrics.failures(outcomes)
        for k in emitted_non:
            r = by_path[k]
            tag = "listed non-article" if k in nonart else "UNLISTED url"
            fails.append(f"{site_dir.name}{k}: NON-ARTICLE EMITTED ({tag}) title={r.get('title')!r} body[:100]={(r.get('body') or '')[:100]!r}")
        for k in dupes:
            fails.append(f"{site_dir.name}{k}: emitted twice")
        for qr in quarantined:
            fails.append(f"{site_dir.name}: QUARANTINED {json.dumps(qr, ensure_ascii=False)[:300]}")
        if not args.no_probe:
            probe_outcomes += [metrics.Outcome(site_dir.name, o.path, o.expected, probe(site_dir, o.expected))
                               for o in outcomes if o.missed]
        if not got:
            fails.append(f"{site_dir.name}: nothing emitted; {summary}")
    total = metrics.summarize(all_outcomes, all_nonart)
    print("\n".join(lines))
    print(total.line("OVERALL"))
    print()
    print("\n".join(fails))
    if probe_outcomes:
        print("\n# PROBE: missed articles re-extracted page-level under an article-like URL "
              "(python -m newsbot.extract) -- failures the classification miss was hiding")
        for name in sorted({o.site for o in probe_outcomes}):
            print(metrics.summarize([o for o in probe_outcomes if o.site == name]).line(name))
        print(metrics.summarize(probe_outcomes).line("PROBE ALL"))
        print("\n".join("probe " + l for l in metrics.failures(probe_outcomes)))


if __name__ == "__main__":
    main()
