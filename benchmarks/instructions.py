"""Instructions, not seconds: bare Scrapy vs newsbot under callgrind.

    apt-get install -y valgrind     # once
    python benchmarks/instructions.py [--articles 300]

CPU seconds on a shared machine move by ±10% between two runs of the same
code (measured here: the same crawl took 22.1 s and 27.5 s of CPU within
minutes), more than most changes do.  The number of instructions a crawl
executes does not move: valgrind's callgrind counts them (user space only:
the kernel's work for sockets and fsync is not in it; caches and branch
misses are not either, so read it beside RESULTS.md's CPU ratio, not instead
of it).  Four crawls of the benchmark's site built with N articles, each under
callgrind (about 50 times slower than natively): bare and newsbot on the site,
and each on its one-page site (start-up and shutdown), so that the cost per
page is net of start-up.  Takes about 10 minutes for 300 articles on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import run


def crawl(kind: str, url: str, settings: dict[str, str]) -> tuple[int, int]:
    """(instructions, pages) of one crawl under callgrind."""
    tmp = Path(tempfile.mkdtemp(prefix="newsbot-ir-"))
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    if kind == "ours":
        cmd = ["-m", "scrapy", "crawl", "aggregator", "-a", f"start_urls={url}", "-O", str(tmp / "out.jsonl"),
               "-s", f"NEWSBOT_QUARANTINE_URI={tmp / 'q.jsonl'}"]
        for name, value in run.private_files(tmp, "ir").items():
            cmd += ["-s", f"{name}={value}"]
        cwd = ROOT
        env["PYTHONPATH"] = str(ROOT)
    else:
        cmd = ["-m", "scrapy", "runspider", str(run.BARE), "-a", f"start_urls={url}"]
        cwd = tmp
        env.pop("PYTHONPATH", None)
    for name, value in settings.items():
        cmd += ["-s", f"{name}={value}"]
    try:
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp / 'callgrind.out'}",
                               run.PY, *cmd], check=False, cwd=cwd, env=env, capture_output=True, text=True)
        collected = re.search(r"Collected : (\d+)", done.stderr)
        pages = re.search(r"'response_received_count': (\d+)", done.stderr)
        if not collected or not pages:
            raise SystemExit(f"{kind} crawl of {url}: no count (exit {done.returncode}): {done.stderr[-500:]}")
        return int(collected.group(1)), int(pages.group(1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind not found: apt-get install -y valgrind")
    site_dir, _ = run.ensure_site(args.articles)
    settings = {**run.common_settings(None, None), "DOWNLOAD_TIMEOUT": "600"}  # (50 times slower)
    server = run.Server(site_dir)
    try:
        jobs = {(kind, site): (kind, server.url + ("bench-empty.html" if site == "empty" else ""))
                for kind in ("bare", "ours") for site in ("site", "empty")}
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            counts = dict(zip(jobs, pool.map(lambda job: crawl(*job, settings), jobs.values())))
    finally:
        server.stop()
    per_page = {}
    print(f"site of {args.articles} articles; instructions (callgrind), start-up subtracted:\n")
    print("| | bare | ours |\n|---|---:|---:|")
    for label, index in (("instructions, site crawl", 0), ("instructions, one-page crawl", None)):
        if index is None:
            print(f"| {label} | {counts['bare', 'empty'][0]:,} | {counts['ours', 'empty'][0]:,} |")
        else:
            print(f"| {label} ({counts['bare', 'site'][1]} pages) | {counts['bare', 'site'][0]:,} | "
                  f"{counts['ours', 'site'][0]:,} |")
    for kind in ("bare", "ours"):
        (site, pages), (empty, empty_pages) = counts[kind, "site"], counts[kind, "empty"]
        per_page[kind] = (site - empty) / (pages - empty_pages)
    print(f"| per page, net of start-up | {per_page['bare'] / 1e6:.2f} M | {per_page['ours'] / 1e6:.2f} M |")
    print(f"\nratio bare/ours of instructions per page: {per_page['bare'] / per_page['ours']:.3f}")


if __name__ == "__main__":
    main()
