"""Distributed mode: 1 vs 2 workers sharing one Redis, on the same generated site.

    python benchmarks/distributed.py [--articles 600] [--latency-ms 100] [--repeat 1] [--out benchmarks/DISTRIBUTED.md]

Needs ``redis-server`` on PATH (the Debian package).  For each scenario it
starts a fresh redis-server and a local site server (tests/sites/bigsite.py),
runs the workers as real ``scrapy crawl aggregator`` processes, and measures
wall time from the first worker's start to the last worker's exit, minus the
idle-close wait (reported apart).  Scenarios:

* ``local``: the site answers at once (CPU-bound: shows what Redis costs);
* ``latency``: every response waits ``--latency-ms`` (I/O-bound, like a real
  site: each worker is held to CONCURRENT_REQUESTS_PER_DOMAIN requests at a
  time, so a second worker adds throughput).

A plain single-process run (no REDIS_URL) is the baseline.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "sites"))
import bigsite  # noqa: E402

IDLE_CLOSE = 2.0


class SlowHandler(SimpleHTTPRequestHandler):
    latency = 0.0

    def log_message(self, format, *args):  # noqa: A002
        pass

    def send_head(self):
        if self.latency:
            time.sleep(self.latency)
        return super().send_head()


def serve(root: Path, latency: float) -> tuple[ThreadingHTTPServer, str]:
    handler = type("H", (SlowHandler,), {"latency": latency})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def start_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("redis-server")
    if not binary:
        sys.exit("redis-server not found: apt-get install -y redis-server")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(workdir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}/0"


def run_workers(n: int, base: str, redis_url: str | None, workdir: Path) -> dict:
    procs = []
    start = time.monotonic()
    for i in range(n):
        out = workdir / f"w{i}.jsonl"
        cmd = [sys.executable, "-m", "scrapy", "crawl", "aggregator", "-a", f"start_urls={base}/", "-O", str(out),
               "-s", f"NEWSBOT_QUARANTINE_URI={workdir}/w{i}.q.jsonl",
               "-s", f"NEWSBOT_DUPLICATES_URI={workdir}/w{i}.d.jsonl",
               "-s", "NEWSBOT_STATE=", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO"]
        if redis_url:
            cmd += ["-s", f"REDIS_URL={redis_url}", "-s", f"NEWSBOT_REDIS_IDLE_CLOSE_SECONDS={IDLE_CLOSE}"]
        log = open(workdir / f"w{i}.log", "w")
        procs.append((subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                       stdout=subprocess.DEVNULL, stderr=log), out))
    codes = [p.wait(timeout=900) for p, _ in procs]
    wall = time.monotonic() - start
    counts = [sum(1 for _ in open(out)) if out.exists() else 0 for _, out in procs]
    pages = 0
    for i in range(n):
        for line in (workdir / f"w{i}.log").read_text().splitlines():
            if "'response_received_count':" in line:
                pages += int(line.split(":")[1].strip().rstrip(","))
    wait = IDLE_CLOSE if redis_url else 0.0
    return {"workers": n, "redis": bool(redis_url), "exit_codes": codes, "articles": counts,
            "pages": pages, "wall_s": wall, "work_s": wall - wait}


def scenario(name: str, latency_ms: float, articles: int, repeat: int) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = bigsite.build(tmp / "site", articles)
        server, base = serve(tmp / "site", latency_ms / 1000)
        try:
            for label, n, use_redis in (("plain Scrapy, 1 process", 1, False),
                                        ("Redis, 1 worker", 1, True), ("Redis, 2 workers", 2, True)):
                for r in range(repeat):
                    work = tmp / f"{label[:5]}-{n}-{r}"
                    work.mkdir()
                    redis_proc, url = start_redis(work) if use_redis else (None, None)
                    try:
                        row = run_workers(n, base, url, work)
                    finally:
                        if redis_proc:
                            redis_proc.terminate()
                            redis_proc.wait()
                    row.update(scenario=name, label=label, expected=len(paths))
                    print(json.dumps(row), flush=True)
                    rows.append(row)
        finally:
            server.shutdown()
    return rows


def report(rows: list[dict], args) -> str:
    lines = [
        "# Distributed mode: 1 vs 2 workers (benchmarks/distributed.py)",
        "",
        f"Machine: {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, Python {platform.python_version()}; "
        f"site: {args.articles} generated articles (tests/sites/bigsite.py) served from 127.0.0.1; "
        f"Scrapy defaults of newsbot (CONCURRENT_REQUESTS_PER_DOMAIN=4 per worker), AutoThrottle off. "
        f"Workers, site server and redis-server share the same machine.",
        "",
        f"Wall time is from the first worker's start to the last worker's exit, minus the idle-close wait "
        f"(NEWSBOT_REDIS_IDLE_CLOSE_SECONDS={IDLE_CLOSE:g}, which every Redis worker spends at the end). "
        f"Pages/s = pages fetched by all workers / that time. Runs: {args.repeat} each, best shown. "
        f"Load average (1 min) at start {args.load_start:.2f}, at end {os.getloadavg()[0]:.2f}: other work on the "
        f"machine skews these figures; compare rows of one file only.",
        "",
        "| scenario | setup | articles written (per worker) | pages fetched | wall time (s) | pages/s | speed-up vs 1 Redis worker |",
        "|---|---|---|---|---|---|---|",
    ]
    best: dict[tuple, dict] = {}
    for row in rows:
        key = (row["scenario"], row["label"])
        if key not in best or row["work_s"] < best[key]["work_s"]:
            best[key] = row
    for (scen, label), row in best.items():
        one = best.get((scen, "Redis, 1 worker"))
        speed = f"{one['work_s'] / row['work_s']:.2f}x" if one else ""
        ok = "" if all(c == 0 for c in row["exit_codes"]) and sum(row["articles"]) == row["expected"] else " (FAILED)"
        lines.append(f"| {scen} | {label}{ok} | {sum(row['articles'])} ({' + '.join(map(str, row['articles']))}) "
                     f"| {row['pages']} | {row['work_s']:.1f} | {row['pages'] / row['work_s']:.0f} | {speed} |")
    lines += ["", "Raw rows:", "", "```", *(json.dumps(r) for r in rows), "```", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "DISTRIBUTED.md"))
    args = parser.parse_args()
    args.load_start = os.getloadavg()[0]
    rows = scenario("local", 0, args.articles, args.repeat)
    rows += scenario(f"latency {args.latency_ms:g} ms", args.latency_ms, args.articles, args.repeat)
    Path(args.out).write_text(report(rows, args), encoding="utf-8")
    print("written", args.out)


if __name__ == "__main__":
    main()
