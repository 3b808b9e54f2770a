"""newsbot's benchmarks (issue 8): one command, results in benchmarks/RESULTS.md.

    python benchmarks/run.py                       # 2,000 articles, 3 alternated pairs, 20,000-page memory run
    python benchmarks/run.py --repeats 5 --reactorless --memory-articles 0

What it does, in order:

1. builds the site with build_site.py if it is missing (or built by an older generator);
2. starts a static server on a free port of 127.0.0.1 (nginx with a temporary
   config when there is one, else Python's http.server) and measures its
   request rate, to show that the server is not the bottleneck;
3. measures the fixed cost of each crawler (start-up and shutdown: a crawl of a
   one-page site), alternated;
4. crawls the site with the bare spider and with ``scrapy crawl aggregator``,
   alternated (bare, ours, bare, ours, ...), with the same concurrency and
   politeness settings; per run: wall time, pages/s, CPU seconds (user+sys of
   the crawler process, from wait4's rusage), CPU per page, peak RSS
   (ru_maxrss), items;
5. optionally (``--reactorless``) the same pairs with ``TWISTED_REACTOR_ENABLED=False``;
6. times newsbot's pure functions per article in this process (extract_page,
   classify, clean_article, validate_record, JSON Lines export);
7. the memory run: one crawl of each spider on a site of ``--memory-articles``
   articles (20,000 by default; 0 skips it);
8. writes RESULTS.md (and results.json with every raw figure).
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import build_site  # noqa: E402

PY = sys.executable
BARE = HERE / "bare_spider.py"
MiB = 1024 * 1024


# --- the server ----------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A static server for ``root`` on 127.0.0.1, in its own process."""

    def __init__(self, root: Path, kind: str = "auto") -> None:
        self.root = root
        self.tmp = Path(tempfile.mkdtemp(prefix="newsbot-bench-server-"))
        self.port = free_port()
        nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
        if kind == "nginx" and not nginx:
            raise SystemExit("--server nginx: nginx not found (apt-get install -y nginx)")
        self.kind = "nginx" if (kind in ("auto", "nginx") and nginx) else "python"
        if self.kind == "nginx":
            self.version = subprocess.run([nginx, "-v"], capture_output=True, text=True).stderr.strip()
            conf = self.tmp / "nginx.conf"
            conf.write_text(self._nginx_conf(), encoding="utf-8")
            cmd = [nginx, "-p", str(self.tmp), "-c", str(conf), "-e", str(self.tmp / "error.log")]
        else:
            self.version = f"Python {platform.python_version()} http.server (ThreadingHTTPServer)"
            cmd = [PY, str(ROOT / "tests" / "siteserver.py"), str(root), "--port", str(self.port)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(self.tmp / "stderr.log", "wb"))
        self.url = f"http://127.0.0.1:{self.port}/"
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    raise SystemExit(f"server did not start: {(self.tmp / 'stderr.log').read_text()}")
                time.sleep(0.05)
        raise SystemExit("server did not start in 10 s")

    def _nginx_conf(self) -> str:
        user = "user root;\n" if os.geteuid() == 0 else ""
        t = self.tmp
        return f"""{user}worker_processes 1;
daemon off;
pid {t}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 120s;
    open_file_cache max=50000 inactive=120s;
    client_body_temp_path {t}/client_body;
    proxy_temp_path {t}/proxy;
    fastcgi_temp_path {t}/fastcgi;
    uwsgi_temp_path {t}/uwsgi;
    scgi_temp_path {t}/scgi;
    server {{
        listen 127.0.0.1:{self.port};
        root {self.root};
        index index.html;
        location / {{ try_files $uri $uri/ =404; }}
    }}
}}
"""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT if self.kind == "nginx" else signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


def server_rate(port: int, paths: list[str], seconds: float = 3.0, threads: int = 4) -> float:
    """Requests per second that a keep-alive Python client gets from the server
    (a lower bound of the server's speed: the client is the slower side)."""
    import http.client

    counts = [0] * threads
    stop = time.perf_counter() + seconds

    def worker(k: int) -> None:
        rng = random.Random(k)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        n = 0
        while time.perf_counter() < stop:
            conn.request("GET", rng.choice(paths))
            resp = conn.getresponse()
            resp.read()
            if resp.status != 200:
                raise RuntimeError(f"server answered {resp.status}")
            n += 1
        counts[k] = n
        conn.close()

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sum(counts) / (time.perf_counter() - t0)


# --- the crawls ------------------------------------------------------------------

def common_settings(concurrency: int | None, per_domain: int | None) -> dict[str, str]:
    """The same for both spiders: newsbot's concurrency and politeness, no throttling."""
    import newsbot.settings as ns

    return {
        "AUTOTHROTTLE_ENABLED": "False",
        "ROBOTSTXT_OBEY": "True",
        "LOG_LEVEL": "INFO",
        "CONCURRENT_REQUESTS": str(concurrency or ns.CONCURRENT_REQUESTS),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(per_domain or ns.CONCURRENT_REQUESTS_PER_DOMAIN),
        "COOKIES_ENABLED": "False",
        "TELNETCONSOLE_ENABLED": "False",
        "USER_AGENT": ns.USER_AGENT,
        "DOWNLOAD_TIMEOUT": str(ns.DOWNLOAD_TIMEOUT),
        "RETRY_TIMES": str(ns.RETRY_TIMES),
    }


def private_files(workdir: Path, tag: str) -> dict[str, str]:
    """NEWSBOT_* settings that name a file (other than the quarantine, set
    apart): one fresh path per run, so no run sees what an earlier one kept."""
    import newsbot.settings as ns

    files = {}
    for name in dir(ns):
        value = getattr(ns, name)
        if not name.startswith("NEWSBOT_") or name == "NEWSBOT_QUARANTINE_URI" or not isinstance(value, str):
            continue
        if name.endswith(("_URI", "_STATE", "_FILE", "_PATH", "_DB")) or "/" in value:
            suffix = Path(value).suffix or ".out"
            files[name] = str(workdir / f"{tag}.{name.lower()}{suffix}")
    return files


_STAT = re.compile(r"'([\w/.\-]+)':\s*(\d+(?:\.\d+)?)\b")


def parse_stats(log: str) -> dict[str, float]:
    at = log.rfind("Dumping Scrapy stats")
    if at < 0:
        return {}
    return {k: float(v) for k, v in _STAT.findall(log[at:])}


def count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


def run_crawl(kind: str, url: str, settings: dict[str, str], workdir: Path, tag: str) -> dict:
    """One crawl in a child process; CPU and peak RSS from wait4's rusage."""
    out = workdir / f"{tag}.jsonl"
    quarantine = workdir / f"{tag}.quarantine.jsonl"
    log_path = workdir / f"{tag}.log"
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    if kind == "ours":
        cmd = [PY, "-m", "scrapy", "crawl", "aggregator", "-a", f"start_urls={url}", "-O", str(out),
               "-s", f"NEWSBOT_QUARANTINE_URI={quarantine}"]
        # A site the crawler has never seen: every file newsbot would keep or
        # write besides the feed (state between runs, duplicates, summaries)
        # goes to a fresh path of this run.
        for name, value in private_files(workdir, tag).items():
            cmd += ["-s", f"{name}={value}"]
        cwd = ROOT
        env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    else:
        # outside the project: plain Scrapy, none of newsbot's settings
        cmd = [PY, "-m", "scrapy", "runspider", str(BARE), "-a", f"start_urls={url}"]
        cwd = workdir
        env.pop("PYTHONPATH", None)
    for k, v in settings.items():
        cmd += ["-s", f"{k}={v}"]
    t0 = time.perf_counter()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    stats = parse_stats(text)
    pages = int(stats.get("response_received_count", 0))
    cpu = ru.ru_utime + ru.ru_stime
    result = {
        "kind": kind, "tag": tag, "returncode": proc.returncode, "wall_s": wall, "pages": pages,
        "pages_per_s": pages / wall if wall else 0.0, "cpu_s": cpu, "user_s": ru.ru_utime, "sys_s": ru.ru_stime,
        "cpu_ms_per_page": 1000 * cpu / pages if pages else float("nan"),
        "peak_rss_mib": ru.ru_maxrss * 1024 / MiB,  # ru_maxrss is in KiB on Linux
        "items": count_lines(out) if kind == "ours" else 0,
        "quarantined": count_lines(quarantine) if kind == "ours" else 0,
        "errors": len(re.findall(r"\] ERROR:", text)),
        "status_404": int(stats.get("downloader/response_status_count/404", 0)),
        "log_count_error": int(stats.get("log_count/ERROR", 0)),
    }
    if proc.returncode != 0 or not pages:
        print(f"  !! {tag}: exit {proc.returncode}, {pages} pages; log: {log_path}", file=sys.stderr)
        print("\n".join(text.splitlines()[-15:]), file=sys.stderr)
    for f in [out, quarantine] + [Path(v) for v in private_files(workdir, tag).values()]:
        f.unlink(missing_ok=True)
    for f in workdir.glob(f"{tag}.newsbot_*"):
        f.unlink(missing_ok=True)
    if proc.returncode == 0 and not result["errors"]:
        log_path.unlink(missing_ok=True)
    return result


def show(r: dict) -> str:
    return (f"{r['tag']:<24} {r['wall_s']:7.2f} s {r['pages']:6d} pages {r['pages_per_s']:7.1f} p/s "
            f"cpu {r['cpu_s']:7.2f} s {r['cpu_ms_per_page']:6.2f} ms/page rss {r['peak_rss_mib']:6.1f} MiB "
            f"items {r['items']} quarantined {r['quarantined']} errors {r['errors']}")


def alternate(pairs: int, url: str, settings: dict, workdir: Path, prefix: str) -> list[dict]:
    runs = []
    for i in range(pairs):
        for kind in ("bare", "ours"):
            r = run_crawl(kind, url, settings, workdir, f"{prefix}{kind}-{i + 1}")
            print("  " + show(r), flush=True)
            runs.append(r)
    return runs


def med(runs: list[dict], kind: str, key: str) -> float:
    values = [r[key] for r in runs if r["kind"] == kind]
    return statistics.median(values) if values else float("nan")


# --- per-stage cost ---------------------------------------------------------------

def _file_for(site: Path, path: str) -> Path:
    rel = path.lstrip("/")
    return site / (rel + "index.html" if path.endswith("/") or not rel else rel)


def stage_costs(site: Path, base_url: str) -> dict:
    """Time newsbot's pure functions on every page of the site, in the order a
    crawl finds them (breadth-first from the home page), as the spider and the
    pipelines call them."""
    from urllib.parse import urlsplit

    from scrapy.exporters import JsonLinesItemExporter
    from scrapy.http import HtmlResponse
    from scrapy.linkextractors import LinkExtractor
    from scrapy.settings import Settings

    import newsbot.settings as ns
    from newsbot.cleaning.article import CleaningOptions, RawArticle, clean_article
    from newsbot.cleaning.spam import SiteEvidence
    from newsbot.config import newsbot_config
    from newsbot.extraction.classify import classify
    from newsbot.extraction.page import extract_page
    from newsbot.items import Article
    from newsbot.profiles import GENERIC
    from newsbot.validation import validate_record

    settings = Settings()
    settings.setmodule(ns)
    config = newsbot_config(settings)
    profile = GENERIC
    options = CleaningOptions(keywords=profile.spam_keywords, footer_markers=profile.footer_markers,
                              timezone=profile.timezone, language=profile.language)
    evidence = SiteEvidence()
    buffer = io.BytesIO()
    exporter = JsonLinesItemExporter(buffer, fields_to_export=list(ns.FEED_EXPORT_FIELDS), encoding="utf-8")
    extractor = LinkExtractor()
    host = urlsplit(base_url).hostname
    base = base_url.rstrip("/")

    times: dict[str, list[float]] = {k: [] for k in (
        "parse (lxml, shared with bare)", "links (LinkExtractor, shared with bare)", "extract_page", "classify",
        "site evidence (titles_seen)", "clean_article", "validate_record", "export (JsonLinesItemExporter)")}
    # The duplicates stage (newsbot.state, recurring runs), when there is one:
    # find_duplicate in the pipeline, add once the item is scraped.
    state = None
    state_dir = Path(tempfile.mkdtemp(prefix="newsbot-bench-state-"))
    try:
        from newsbot.state import SQLiteState

        state = SQLiteState(state_dir / "state.sqlite",
                            threshold=float(getattr(ns, "NEWSBOT_DUPLICATE_THRESHOLD", 0.5)))
        times["duplicates (state.find_duplicate + add)"] = []
    except Exception:  # no such stage in this version of newsbot
        state = None
    article_totals: list[float] = []
    errors: dict[str, str] = {}
    counts = {"pages": 0, "articles": 0, "valid": 0}
    seen = {"/"}
    queue = ["/"]
    clock = time.perf_counter
    while queue:
        path = queue.pop(0)
        file = _file_for(site, path)
        if not file.exists():
            continue
        counts["pages"] += 1
        url = base + path
        resp = HtmlResponse(url, body=file.read_bytes(), encoding="utf-8")
        t0 = clock()
        root = resp.selector.root
        t1 = clock()
        links = extractor.extract_links(resp)
        t2 = clock()
        times["parse (lxml, shared with bare)"].append(t1 - t0)
        times["links (LinkExtractor, shared with bare)"].append(t2 - t1)
        for link in links:
            parts = urlsplit(link.url)
            if parts.hostname == host and parts.path not in seen:
                seen.add(parts.path)
                queue.append(parts.path)
        try:
            t0 = clock()
            page = extract_page(root if resp.text.strip() else resp.text, url, title_css=profile.title_selector,
                                body_css=profile.body_selector, meta_css=profile.meta_selector)
            t1 = clock()
            verdict = classify(page, min_body_chars=config.min_body_chars, article_url=profile.is_article_url(url))
            t2 = clock()
            evidence.observe_titles(page.link_texts)
            t3 = clock()
        except Exception as exc:  # the API moved under us: report, do not crash the benchmark
            errors.setdefault("extract/classify", f"{type(exc).__name__}: {exc}")
            continue
        times["extract_page"].append(t1 - t0)
        times["classify"].append(t2 - t1)
        times["site evidence (titles_seen)"].append(t3 - t2)
        if not verdict.is_article:
            continue
        counts["articles"] += 1
        try:
            t0 = clock()
            raw = RawArticle(url=url, site=urlsplit(url).netloc.lower(), fetched_at="2025-06-01T00:00:00Z",
                             title=page.title, meta_lines=page.meta_lines, blocks=page.blocks,
                             language=page.language, published_hint=page.published_hint,
                             category_hint=page.category_hint, source_hint=page.source_hint)
            cleaned = clean_article(raw, options, evidence)
            article = Article(**cleaned.record)
            t1 = clock()
            record = dataclasses.asdict(article)
            problems = validate_record(record, config.min_body_chars, config.max_title_chars)
            t2 = clock()
            exporter.export_item(article)
            t3 = clock()
        except Exception as exc:
            errors.setdefault("clean/validate/export", f"{type(exc).__name__}: {exc}")
            continue
        dedup_s = 0.0
        if state is not None and not problems:
            try:
                d0 = clock()
                if state.find_duplicate(article.url, article.body or "") is None:
                    state.add(article.url, article.body or "", article.site)
                d1 = clock()
                times["duplicates (state.find_duplicate + add)"].append(d1 - d0)
                dedup_s = d1 - d0
            except Exception as exc:
                errors.setdefault("duplicates", f"{type(exc).__name__}: {exc}")
        counts["valid"] += not problems
        times["clean_article"].append(t1 - t0)
        times["validate_record"].append(t2 - t1)
        times["export (JsonLinesItemExporter)"].append(t3 - t2)
        article_totals.append(
            times["extract_page"][-1] + times["classify"][-1] + times["site evidence (titles_seen)"][-1]
            + (t3 - t0) + dedup_s)

    if state is not None:
        try:
            state.close()
        except Exception:
            pass
    shutil.rmtree(state_dir, ignore_errors=True)

    def summary(values: list[float]) -> dict:
        if not values:
            return {"n": 0}
        values = sorted(values)
        return {"n": len(values), "median_ms": 1000 * statistics.median(values),
                "mean_ms": 1000 * statistics.fmean(values),
                "p95_ms": 1000 * values[min(len(values) - 1, int(0.95 * len(values)))],
                "total_s": sum(values)}

    stages = {k: summary(v) for k, v in times.items()}
    newsbot_only = [k for k in times if "shared" not in k]
    newsbot_total = sum(stages[k].get("total_s", 0.0) for k in newsbot_only)
    return {"counts": counts, "stages": stages, "article_total": summary(article_totals),
            "newsbot_ms_per_page": 1000 * newsbot_total / counts["pages"] if counts["pages"] else float("nan"),
            "errors": errors}


# --- the report ----------------------------------------------------------------

def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    from importlib.metadata import PackageNotFoundError, version

    for pkg in ("scrapy", "twisted", "lxml", "parsel", "trafilatura", "dateparser", "jsonschema", "pycld2"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = "-"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "newsbot"], cwd=ROOT, capture_output=True,
                               text=True).stdout.strip()
    except OSError:
        commit, dirty = "?", ""
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "platform": platform.platform(), "versions": versions, "commit": commit,
            "newsbot_dirty_files": len(dirty.splitlines()) if dirty else 0,
            "load_avg_start": os.getloadavg()}


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**not met**")


def fmt(x: float, digits: int = 2) -> str:
    return "n/a" if x != x else f"{x:.{digits}f}"  # NaN -> n/a


def crawl_table(runs: list[dict]) -> list[str]:
    lines = ["| run | wall s | pages | pages/s | CPU s (user+sys) | CPU ms/page | peak RSS MiB | items | quarantined |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in runs:
        lines.append(f"| {r['tag']} | {r['wall_s']:.2f} | {r['pages']} | {r['pages_per_s']:.1f} | "
                     f"{r['cpu_s']:.2f} ({r['user_s']:.2f}+{r['sys_s']:.2f}) | {r['cpu_ms_per_page']:.2f} | "
                     f"{r['peak_rss_mib']:.1f} | {r['items'] if r['kind'] == 'ours' else '-'} | "
                     f"{r['quarantined'] if r['kind'] == 'ours' else '-'} |")
    return lines


def median_table(runs: list[dict], startup: list[dict] | None = None) -> list[str]:
    lines = ["| median of | bare | ours | bare/ours |", "|---|---:|---:|---:|"]
    for key, label, digits in (("wall_s", "wall time s", 2), ("pages", "pages", 0),
                               ("pages_per_s", "pages/s", 1), ("cpu_s", "CPU s", 2),
                               ("cpu_ms_per_page", "CPU ms/page", 2), ("peak_rss_mib", "peak RSS MiB", 1)):
        b, o = med(runs, "bare", key), med(runs, "ours", key)
        ratio = b / o if o else float("nan")
        lines.append(f"| {label} | {fmt(b, digits)} | {fmt(o, digits)} | {fmt(ratio)} |")
    if startup:
        sb, so = med(startup, "bare", "cpu_s"), med(startup, "ours", "cpu_s")
        b = (med(runs, "bare", "cpu_s") - sb) / med(runs, "bare", "pages") * 1000
        o = (med(runs, "ours", "cpu_s") - so) / med(runs, "ours", "pages") * 1000
        lines.append(f"| CPU ms/page net of start-up | {fmt(b)} | {fmt(o)} | {fmt(b / o)} |")
    return lines


def write_results(path: Path, data: dict) -> None:
    m = data["machine"]
    runs = data["runs"]
    ratio = med(runs, "bare", "cpu_ms_per_page") / med(runs, "ours", "cpu_ms_per_page")
    L: list[str] = []
    L += ["# newsbot benchmark results", "",
          f"Written by `benchmarks/run.py` on {data['date']} (UTC). Honest numbers from one run of the command "
          "below; the machine is shared and noisy, so the runs alternate and the ratio is the figure to read.", "",
          "```", data["command"], "```", "",
          "## Machine", "",
          f"- {m['nproc']} CPUs: {m['cpu']}; load average at start {', '.join(f'{x:.2f}' for x in m['load_avg_start'])}",
          f"- Python {m['python']} on {m['platform']}",
          "- " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
          f"- newsbot at commit {m['commit']}"
          + (f" with {m['newsbot_dirty_files']} uncommitted file(s) under newsbot/ (measured as they were)"
             if m["newsbot_dirty_files"] else ""),
          f"- server: {data['server']['version']} ({data['server']['kind']}), one worker, on 127.0.0.1; "
          f"a keep-alive Python client with 4 threads got **{data['server']['req_per_s']:.0f} req/s** from it, "
          f"{data['server']['req_per_s'] / max(r['pages_per_s'] for r in runs):.1f}× the fastest crawl below "
          "(the client is the slower side, so this is a lower bound of the server's speed)",
          "- crawl settings, the same for both spiders: " + ", ".join(f"`{k}={v}`" for k, v in
                                                                      data["settings"].items()), ""]
    site = data["site"]
    L += ["## Site", "",
          f"{site['pages']} pages built by `benchmarks/build_site.py` (seed {site['seed']}): {site['articles']} "
          f"articles ({site['article_text_bytes']['min']}–{site['article_text_bytes']['max']} bytes of text, median "
          f"{site['article_text_bytes']['median']}), {len(site['listing_paths'])} listing/tag pages, "
          f"{len(site['other_paths'])} other pages (information pages, short video pages); "
          f"{site['html_bytes'] / 1e6:.1f} MB of HTML. Every crawl starts from a fresh process, so newsbot "
          "has never seen the site before.", ""]
    L += ["## Crawl: bare Scrapy vs `scrapy crawl aggregator` (alternated)", "",
          "Bare = `benchmarks/bare_spider.py` (LinkExtractor, same-site links only, no pipelines, no feed), run "
          "with `scrapy runspider` outside the project. Ours = `scrapy crawl aggregator -a start_urls=URL -O FILE` "
          "in generic mode. CPU = user+sys of the crawler process (wait4 rusage), start-up included; peak RSS = "
          "ru_maxrss.", ""]
    L += median_table(runs, data.get("startup")) + [""]
    L += [f"**Ratio bare/ours of CPU per page: {ratio:.2f}** (target ≥ 0.8)", ""]
    L += ["All runs, in the order they ran:", ""] + crawl_table(runs) + [""]
    if data.get("startup"):
        L += ["### Fixed cost (start-up and shutdown)", "",
              "A crawl of a one-page site (`/bench-empty.html`, plus robots.txt), alternated:", ""]
        L += ["| median of | bare | ours |", "|---|---:|---:|",
              f"| wall time s | {fmt(med(data['startup'], 'bare', 'wall_s'))} | {fmt(med(data['startup'], 'ours', 'wall_s'))} |",
              f"| CPU s | {fmt(med(data['startup'], 'bare', 'cpu_s'))} | {fmt(med(data['startup'], 'ours', 'cpu_s'))} |",
              f"| peak RSS MiB | {fmt(med(data['startup'], 'bare', 'peak_rss_mib'), 1)} | "
              f"{fmt(med(data['startup'], 'ours', 'peak_rss_mib'), 1)} |", ""]
    if data.get("reactorless"):
        rl = data["reactorless"]
        L += ["## Reactorless mode (`-s TWISTED_REACTOR_ENABLED=False`, both spiders)", "",
              "Scrapy 2.19 then downloads with its aiohttp handler on an asyncio loop.", ""]
        L += median_table(rl) + [""]
        L += [f"Ratio bare/ours of CPU per page, reactorless: "
              f"**{med(rl, 'bare', 'cpu_ms_per_page') / med(rl, 'ours', 'cpu_ms_per_page'):.2f}**; ours reactorless "
              f"vs ours with the reactor: {med(rl, 'ours', 'cpu_ms_per_page'):.2f} vs "
              f"{med(runs, 'ours', 'cpu_ms_per_page'):.2f} CPU ms/page.", ""]
        L += crawl_table(rl) + [""]
    st = data.get("stages")
    if st:
        c = st["counts"]
        L += ["## Per-stage cost (in process, one pass over the site)", "",
              f"newsbot's pure functions timed on the {c['pages']} pages of the site, in breadth-first order from "
              f"the home page, called as the spider and the pipelines call them ({c['articles']} pages classified "
              f"as articles, {c['valid']} valid records). Wall-clock time of each call (single-threaded, nothing "
              "else running in the process)."
              + (f" Timed by `{data['stages_command']}` on {data['stages_date']}, after the crawls above."
                 if data.get("stages_command") else ""), "",
              "| stage | calls | median ms | mean ms | p95 ms | total s | median ms during the crawls' run |",
              "|---|---:|---:|---:|---:|---:|---:|"]
        earlier = data.get("stages_in_run", {})
        for name, s in st["stages"].items():
            e = f"{earlier[name]:.3f}" if name in earlier else "-"
            if s["n"]:
                L.append(f"| {name} | {s['n']} | {s['median_ms']:.3f} | {s['mean_ms']:.3f} | {s['p95_ms']:.3f} | "
                         f"{s['total_s']:.2f} | {e} |")
            else:
                L.append(f"| {name} | 0 | - | - | - | - | {e} |")
        a = st["article_total"]
        if a["n"]:
            L += [f"| **newsbot per article** (extract → export) | {a['n']} | {a['median_ms']:.3f} | "
                  f"{a['mean_ms']:.3f} | {a['p95_ms']:.3f} | {a['total_s']:.2f} |"]
        if earlier:
            L += ["", "The last column: the medians timed by the crawls' own command, in the same run as the crawls "
                  "(same newsbot code as the crawls; that run did not have the duplicates stage yet). newsbot's "
                  "working tree changed between the two (other work in progress), and the machine's load too: "
                  "compare the shared parse stage of both columns for the machine's speed."]
        L += ["", f"newsbot's own stages over all pages (articles and not) come to **{st['newsbot_ms_per_page']:.2f} "
              f"ms per crawled page**; the crawl's measured difference, ours − bare, is "
              f"{med(runs, 'ours', 'cpu_ms_per_page') - med(runs, 'bare', 'cpu_ms_per_page'):.2f} CPU ms/page "
              "(the rest is Scrapy's item machinery, signals, stats, logging, the feed and GC; the stage timing "
              "and the crawls may have run different code or under different load: see above).", ""]
        if st["errors"]:
            L += ["Errors while timing (the API changed?): " + "; ".join(f"{k}: {v}" for k, v in st["errors"].items()),
                  ""]
    mem = data.get("memory")
    rss2 = med(runs, "ours", "peak_rss_mib")
    if mem:
        L += [f"## Memory: peak RSS at {site['pages']} and {mem['site']['pages']} pages", "",
              f"One crawl of each spider on a site of {mem['site']['articles']} articles "
              f"({mem['site']['pages']} pages); the {site['pages']}-page figure is the median above.", "",
              "| | bare | ours |", "|---|---:|---:|",
              f"| peak RSS MiB, {site['pages']} pages | {fmt(med(runs, 'bare', 'peak_rss_mib'), 1)} | {fmt(rss2, 1)} |"]
        b20 = med(mem["runs"], "bare", "peak_rss_mib")
        o20 = med(mem["runs"], "ours", "peak_rss_mib")
        L += [f"| peak RSS MiB, {mem['site']['pages']} pages | {fmt(b20, 1)} | {fmt(o20, 1)} |",
              f"| growth | {fmt(100 * (b20 / med(runs, 'bare', 'peak_rss_mib') - 1), 1)}% | "
              f"{fmt(100 * (o20 / rss2 - 1), 1)}% |", ""]
        L += crawl_table(mem["runs"]) + [""]
    # targets
    L += ["## Targets of issue 8", "", "| target | measured | |", "|---|---:|---|"]
    L.append(f"| CPU per page within 1.25× of bare (ratio bare/ours ≥ 0.8) | {ratio:.2f} | {verdict(ratio >= 0.8)} |")
    if mem:
        o20 = med(mem["runs"], "ours", "peak_rss_mib")
        growth = o20 / rss2 - 1
        L.append(f"| peak RSS ≤ 200 MiB at {mem['site']['pages']} pages | {o20:.1f} MiB | {verdict(o20 <= 200)} |")
        L.append(f"| peak RSS grows < 20% from {site['pages']} to {mem['site']['pages']} pages | "
                 f"{100 * growth:.1f}% | {verdict(growth < 0.2)} |")
    else:
        L.append("| peak RSS ≤ 200 MiB at 20,000 pages | not measured (`--memory-articles 0`) | n/a |")
    clean = (st or {}).get("stages", {}).get("clean_article", {})
    if clean.get("n"):
        e = data.get("stages_in_run", {}).get("clean_article")
        also = f" ({e:.3f} ms during the crawls' run)" if e is not None else ""
        L.append(f"| cleaning ≤ 1 ms per article (median) | {clean['median_ms']:.3f} ms{also} | "
                 f"{verdict(clean['median_ms'] <= 1.0 and (e is None or e <= 1.0))} |")
    L += ["", f"Raw figures: `benchmarks/results.json`. Total benchmark time {data['elapsed_s'] / 60:.1f} min.", ""]
    path.write_text("\n".join(L), encoding="utf-8")


# --- main ------------------------------------------------------------------------

def ensure_site(count: int, out: Path | None = None) -> tuple[Path, dict]:
    out = out or build_site.default_out(count)
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("generator_version") == build_site.GENERATOR_VERSION and manifest.get("articles") == count:
            return out, manifest
    print(f"building a site of {count} articles in {out} ...", flush=True)
    manifest = build_site.build(out, count)
    return out, manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="articles on the main site (default 2000)")
    parser.add_argument("--repeats", type=int, default=3, help="alternated pairs bare/ours (default 3)")
    parser.add_argument("--memory-articles", type=int, default=20000,
                        help="articles of the memory run's site (default 20000; 0 skips it)")
    parser.add_argument("--reactorless", action="store_true",
                        help="also run the pairs with -s TWISTED_REACTOR_ENABLED=False")
    parser.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    parser.add_argument("--concurrency", type=int, default=None, help="CONCURRENT_REQUESTS (default: newsbot's)")
    parser.add_argument("--per-domain", type=int, default=None,
                        help="CONCURRENT_REQUESTS_PER_DOMAIN (default: newsbot's)")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage timing")
    parser.add_argument("--no-startup", action="store_true", help="skip the fixed-cost runs")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--stages-only", action="store_true",
                        help="re-time the stages with the current code, update results.json and rewrite RESULTS.md")
    parser.add_argument("--serve", action="store_true",
                        help="only build and serve the site (prints its URL) until interrupted; for profiling")
    args = parser.parse_args()

    if args.stages_only:
        data = json.loads((HERE / "results.json").read_text(encoding="utf-8"))
        site_dir, manifest = ensure_site(data["site"]["articles"])
        data["stages"] = stage_costs(site_dir, "http://127.0.0.1:8080/")
        data["stages_command"] = "python benchmarks/run.py" + "".join(f" {a}" for a in sys.argv[1:])
        data["stages_date"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
        (HERE / "results.json").write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
        write_results(args.results, data)
        for name, s in data["stages"]["stages"].items():
            if s["n"]:
                print(f"  {name:<42} n={s['n']:5d} median {s['median_ms']:.3f} ms mean {s['mean_ms']:.3f} ms")
        print(f"wrote {args.results}")
        return

    if args.serve:
        site_dir, manifest = ensure_site(args.articles)
        server = Server(site_dir, args.server)
        print(f"serving {manifest['pages']} pages at {server.url} ({server.kind}); Ctrl-C stops", flush=True)
        try:
            signal.signal(signal.SIGTERM, lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
        return

    started = time.perf_counter()
    command = "python benchmarks/run.py" + "".join(f" {a}" for a in sys.argv[1:])
    site_dir, manifest = ensure_site(args.articles)
    settings = common_settings(args.concurrency, args.per_domain)
    workdir = Path(tempfile.mkdtemp(prefix="newsbot-bench-"))
    data: dict = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"), "command": command,
                  "machine": machine(), "settings": settings,
                  "site": {k: v for k, v in manifest.items() if not k.endswith("_paths")}
                  | {"listing_paths": manifest["listing_paths"], "other_paths": manifest["other_paths"]}}
    print(f"machine: {data['machine']['nproc']} CPUs, {data['machine']['cpu']}; work dir {workdir}", flush=True)

    server = Server(site_dir, args.server)
    try:
        rate = server_rate(server.port, manifest["article_paths"][:500] + manifest["listing_paths"][:50])
        data["server"] = {"kind": server.kind, "version": server.version, "req_per_s": rate}
        print(f"server: {server.version} on {server.url}: {rate:.0f} req/s (keep-alive Python client)", flush=True)

        if not args.no_startup:
            print("fixed cost (one-page site):", flush=True)
            empty = server.url + "bench-empty.html"
            data["startup"] = alternate(args.repeats, empty, settings, workdir, "startup-")

        print(f"crawl of {manifest['pages']} pages, {args.repeats} alternated pairs:", flush=True)
        data["runs"] = alternate(args.repeats, server.url, settings, workdir, "")
        ratio = med(data["runs"], "bare", "cpu_ms_per_page") / med(data["runs"], "ours", "cpu_ms_per_page")
        print(f"  ratio bare/ours CPU per page: {ratio:.2f}", flush=True)

        if args.reactorless:
            print("reactorless (TWISTED_REACTOR_ENABLED=False):", flush=True)
            data["reactorless"] = alternate(args.repeats, server.url,
                                            {**settings, "TWISTED_REACTOR_ENABLED": "False"}, workdir, "reactorless-")

        if not args.no_stages:
            print("per-stage cost ...", flush=True)
            data["stages"] = stage_costs(site_dir, server.url)
            for name, s in data["stages"]["stages"].items():
                if s["n"]:
                    print(f"  {name:<42} n={s['n']:5d} median {s['median_ms']:.3f} ms mean {s['mean_ms']:.3f} ms")
            if data["stages"]["errors"]:
                print(f"  errors: {data['stages']['errors']}")
    finally:
        server.stop()

    if args.memory_articles:
        mem_dir, mem_manifest = ensure_site(args.memory_articles)
        server = Server(mem_dir, args.server)
        try:
            print(f"memory run: {mem_manifest['pages']} pages, one crawl each:", flush=True)
            data["memory"] = {"site": {k: v for k, v in mem_manifest.items() if not k.endswith("_paths")},
                              "runs": alternate(1, server.url, settings, workdir, "memory-")}
        finally:
            server.stop()

    data["elapsed_s"] = time.perf_counter() - started
    # (beside the RESULTS file asked for: a trial run with --results elsewhere leaves the committed figures alone)
    args.results.with_name("results.json").write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
    write_results(args.results, data)
    shutil.rmtree(workdir, ignore_errors=True) if not any(workdir.iterdir()) else None
    print(f"wrote {args.results} ({data['elapsed_s'] / 60:.1f} min)")


if __name__ == "__main__":
    main()
