"""A fault-injecting HTTP server on 127.0.0.1 for the reliability tests (run as a process).

Like ``tests/siteserver.py`` (a real server in its own process, so the
crawler under test talks real HTTP), plus faults::

    python tests/faultserver.py ROOT [--rules FILE] [--access-log FILE] [--delay SECONDS]

Static files come from ROOT.  ``--rules`` is a JSON object ``{path: rule}``;
a rule applies to that exact path (query included) for its first ``times``
requests (default: every request), then the static file is served.  Kinds:

- ``status``: ``{"status": 503, "headers": {"Retry-After": "1"}}``
- ``reset``: the connection is reset (RST) before any response
- ``truncate``: the full ``Content-Length`` is announced, half the body sent
- ``stall``: ``{"seconds": 5}`` of silence before the response
- ``raw``: ``{"file": "rel/path", "content_type": "text/html"}``: those bytes,
  with exactly that Content-Type (charset tests)
- ``gzip_bomb``: ``{"size": N}``: N zero bytes gzipped, ``Content-Encoding: gzip``
- ``big``: ``{"size": N, "length": true|false}``: an N-byte page, with or
  without a Content-Length
- ``redirect``: ``{"location": "...", "status": 302}`` (``{port}``: the server's)

Built-in endless structures (traps): ``/trap/page/N/`` (each page links to
N+1 and to one article-looking page) and ``/calendar/YYYY/MM/`` (links to
the previous and next month and to every day, ``/calendar/YYYY/MM/DD/``,
which link to the previous and next day), and ``/loop/N`` (302 to N+1).

``--delay``: seconds to wait before each response (a slow site).
Prints ``PORT <n>`` once listening; appends ``METHOD path code time host``
lines to the access log.  :class:`FaultServer` starts it from a test, :func:`run_crawl`
runs the real ``scrapy crawl aggregator`` command.

Also holds two helpers that the crawler loads in the SSRF tests (they are
never used outside tests): :class:`FakeResolver`, a ``DNS_RESOLVER`` that
answers names from the ``TEST_FAKE_DNS`` setting, and :class:`Tripwire`, a
downloader middleware placed just before the downloader that refuses (and
counts) any request to a private address that got that far, so a broken
guard can never send real traffic to 169.254.169.254 or 10.x.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import socket
import struct
import sys
import threading
import time
from datetime import date, timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>
<main><article class="post"><h1 class="post-title">{title}</h1>
<div class="post-meta"><span class="post-date">2025-05-02 08:00:00</span><span class="post-source">source:Trap Wire</span></div>
<div class="post-content">
<p>This page sits inside an endless structure of the site, number {n}, and exists to keep a naive crawler busy for ever.</p>
<p>A crawler with sensible limits stops following such links after a bounded number of pages and finishes the job on time.</p>
</div></article></main></body></html>
"""


def listing(title: str, links: list[tuple[str, str]]) -> bytes:
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><main><h2>{title}</h2><ul>{items}</ul></main></body></html>").encode()


class FaultHandler(SimpleHTTPRequestHandler):
    rules: dict = {}
    root: Path = Path(".")
    access_log: str | None = None
    delay: float = 0.0
    hits: dict[str, int] = {}
    lock = threading.Lock()
    _bombs: dict[int, bytes] = {}

    def log_message(self, format, *args):
        pass

    def log_request(self, code="-", size="-"):
        self._log(code)

    def _log(self, code) -> None:
        if self.access_log:
            with self.lock, open(self.access_log, "a", encoding="utf-8") as log:
                host = (self.headers.get("Host") or "-").replace(" ", "")
                log.write(f"{self.command} {self.path} {code} {time.time():.3f} {host}\n")

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict | None = None, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            n = self.hits[self.path] = self.hits.get(self.path, 0) + 1
        rule = self.rules.get(self.path)
        if rule and n <= rule.get("times", 10**9):
            return self._fault(rule)
        if self.path.startswith(("/trap/", "/calendar/", "/loop/")):
            return self._trap()
        return super().do_GET()

    def _fault(self, rule: dict) -> None:
        kind = rule["kind"]
        if kind == "status":
            self._send(rule["status"], b"<html><body><h1>Busy</h1></body></html>", headers=rule.get("headers"))
        elif kind == "reset":
            self._log("RESET")
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        elif kind == "truncate":
            body = (self.root / self.path.lstrip("/").split("?")[0]).read_bytes()
            self._log("TRUNCATED")
            self.send_response_only(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
        elif kind == "stall":
            self._log("STALL")
            time.sleep(rule.get("seconds", 30))
            self.close_connection = True
        elif kind == "raw":
            body = (self.root / rule["file"]).read_bytes()
            self._send(200, body, content_type=rule["content_type"])
        elif kind == "gzip_bomb":
            self._send(200, self._bomb(rule["size"]), headers={"Content-Encoding": "gzip"})
        elif kind == "big":
            self._big(rule["size"], rule.get("length", True))
        elif kind == "redirect":
            self.send_response(rule.get("status", 302))
            self.send_header("Location", rule["location"].replace("{port}", str(self.server.server_address[1])))
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            raise ValueError(kind)

    def _bomb(self, size: int) -> bytes:
        if size not in self._bombs:
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
                chunk = b"\0" * (1 << 20)
                for _ in range(size >> 20):
                    gz.write(chunk)
            self._bombs[size] = buf.getvalue()
        return self._bombs[size]

    def _big(self, size: int, with_length: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if with_length:
            self.send_header("Content-Length", str(size))
        self.end_headers()
        line = b"<p>" + b"x" * 1017 + b"</p>\n"
        try:
            for _ in range(size // len(line)):
                self.wfile.write(line)
        except OSError:
            pass  # the client gave up: that is the point
        self.close_connection = True

    def _trap(self) -> None:
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        if parts[0] == "loop":
            self.send_response(302)
            self.send_header("Location", f"/loop/{int(parts[1]) + 1}")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if parts[0] == "trap" and len(parts) == 3 and parts[1] == "page":
            n = int(parts[2])
            return self._send(200, listing(f"Archive page {n}", [
                (f"/trap/page/{n + 1}/", "Older"),
                (f"/trap/2025/05/02/trap-story-number-{n}-of-the-archive.html", f"Story {n}"),
            ]))
        if parts[0] == "trap":  # an article-looking page inside the trap
            n = parts[-1].split("-")[3]
            return self._send(200, ARTICLE.format(title=f"Trap story {n}", n=n).encode())
        if parts[0] == "calendar" and len(parts) == 3:
            y, m = int(parts[1]), int(parts[2])
            first = date(y, m, 1)
            prev = first - timedelta(days=1)
            nxt = first + timedelta(days=32)
            days = [(f"/calendar/{y:04d}/{m:02d}/{d:02d}/", str(d)) for d in range(1, 29)]
            return self._send(200, listing(f"Calendar {y}-{m:02d}", [
                (f"/calendar/{prev.year:04d}/{prev.month:02d}/", "Previous month"),
                (f"/calendar/{nxt.year:04d}/{nxt.month:02d}/", "Next month"), *days]))
        if parts[0] == "calendar" and len(parts) == 4:
            day = date(int(parts[1]), int(parts[2]), int(parts[3]))
            links = [(f"/calendar/{d.year:04d}/{d.month:02d}/{d.day:02d}/", d.isoformat())
                     for d in (day - timedelta(days=1), day + timedelta(days=1))]
            return self._send(200, listing(f"Calendar {day.isoformat()}", links))
        self._send(404, b"<html><body><h1>Not found</h1></body></html>")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--rules")
    parser.add_argument("--access-log")
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    FaultHandler.root = Path(args.root)
    FaultHandler.rules = json.loads(Path(args.rules).read_text()) if args.rules else {}
    FaultHandler.access_log = args.access_log
    FaultHandler.delay = args.delay

    class Handler(FaultHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=args.root, **kw)

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    sys.exit(0)


# --- test side: start the server, run the crawler --------------------------------

ROOT = Path(__file__).resolve().parent.parent


class FaultServer:
    def __init__(self, root: Path, rules: dict | None = None, access_log: Path | None = None,
                 delay: float = 0.0) -> None:
        import subprocess

        self.root = Path(root)
        self.access_log = access_log or self.root.parent / f"access-{id(self)}.log"
        cmd = [sys.executable, __file__, str(self.root), "--access-log", str(self.access_log)]
        if rules:
            rules_file = self.root.parent / f"rules-{id(self)}.json"
            rules_file.write_text(json.dumps(rules))
            cmd += ["--rules", str(rules_file)]
        if delay:
            cmd += ["--delay", str(delay)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        assert line.startswith("PORT "), f"fault server did not start: {line!r}"
        self.port = int(line.split()[1])
        self.netloc = f"127.0.0.1:{self.port}"
        self.url = f"http://{self.netloc}"

    def log(self) -> list[tuple[str, str, float]]:
        """(path, code, time) of every request so far."""
        if not self.access_log.exists():
            return []
        out = []
        for line in self.access_log.read_text().splitlines():
            _, path, code, when, _host = line.split()
            out.append((path, code, float(when)))
        return out

    def hosts(self) -> list[str]:
        """The Host header of every request so far."""
        if not self.access_log.exists():
            return []
        return [line.split()[4] for line in self.access_log.read_text().splitlines()]

    def hits(self, path: str) -> list[tuple[str, float]]:
        return [(code, when) for p, code, when in self.log() if p == path]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


class Crawl:
    """A finished (or killed) ``scrapy crawl aggregator`` run."""

    def __init__(self, proc, stderr: str, feed: Path | None, quarantine: Path, duplicates: Path) -> None:
        self.returncode = proc.returncode
        self.stderr = stderr
        self.items = read_jsonl(feed) if feed else []
        self.quarantine = read_jsonl(quarantine)
        self.duplicates = read_jsonl(duplicates)

    def _json_line(self, marker: str) -> dict:
        lines = [ln for ln in self.stderr.splitlines() if marker in ln]
        assert lines, f"no {marker!r} line in the log:\n{self.stderr[-3000:]}"
        text = lines[-1].split(marker, 1)[1]
        return json.loads(text[text.index("{"):])

    def status(self) -> dict:
        return self._json_line("newsbot status: ")

    def pages(self) -> dict:
        return self._json_line("newsbot pages: ")


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def crawl_command(tmp: Path, *args: str, feed: Path | None = None, append: bool = False,
                  settings: dict | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "aggregator", *args]
    if feed is not None:
        cmd += ["-o" if append else "-O", str(feed)]
    merged = {
        "NEWSBOT_QUARANTINE_URI": str(tmp / "quarantine.jsonl"),
        "NEWSBOT_DUPLICATES_URI": str(tmp / "duplicates.jsonl"),
        "NEWSBOT_STATE": str(tmp / "state.sqlite"),
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "INFO",
        **(settings or {}),
    }
    for key, value in merged.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def crawl_env() -> dict:
    import os

    return {**os.environ, "PYTHONPATH": str(ROOT)}


def run_crawl(tmp: Path, *args: str, feed: Path | None = None, append: bool = False,
              settings: dict | None = None, timeout: float = 120) -> Crawl:
    import subprocess

    for side in ("quarantine.jsonl", "duplicates.jsonl"):
        (tmp / side).unlink(missing_ok=True)
    cmd = crawl_command(tmp, *args, feed=feed, append=append, settings=settings)
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=crawl_env())
    return Crawl(proc, proc.stderr, feed, tmp / "quarantine.jsonl", tmp / "duplicates.jsonl")


# --- helpers loaded into the crawler by the SSRF tests -------------------------

def _scrapy_helpers():
    import ipaddress

    from scrapy.exceptions import IgnoreRequest
    from scrapy.resolver import CachingThreadedResolver
    from twisted.internet import defer

    class FakeResolver(CachingThreadedResolver):
        """Names in the ``TEST_FAKE_DNS`` setting (JSON {name: ip}) resolve to those IPs."""

        names: dict[str, str] = {}

        @classmethod
        def from_crawler(cls, crawler, reactor):
            resolver = super().from_crawler(crawler, reactor)
            resolver.names = json.loads(crawler.settings.get("TEST_FAKE_DNS") or "{}")
            return resolver

        def getHostByName(self, name, timeout=()):
            if name in self.names:
                return defer.succeed(self.names[name])
            return super().getHostByName(name, timeout)

    class Tripwire:
        """Last before the network: refuse (and count) any request to a
        non-public address, except loopback on the test server's port
        (``TEST_SERVER_PORT``), so a broken guard never sends real traffic to
        169.254.169.254 or 10.x."""

        def __init__(self, crawler):
            self.crawler = crawler
            self.port = crawler.settings.getint("TEST_SERVER_PORT")

        @classmethod
        def from_crawler(cls, crawler):
            return cls(crawler)

        async def process_request(self, request, spider=None):
            from urllib.parse import urlsplit

            from scrapy.utils.defer import maybe_deferred_to_future
            from twisted.internet import reactor

            parts = urlsplit(request.url)
            try:
                address = ipaddress.ip_address(parts.hostname)
            except ValueError:
                address = ipaddress.ip_address(await maybe_deferred_to_future(reactor.resolve(parts.hostname)))
            if address.is_loopback and parts.port == self.port:
                return
            if not address.is_global:
                self.crawler.stats.inc_value("test/tripwire/private_request")
                raise IgnoreRequest(f"TRIPWIRE {request.url}")
            return

    return FakeResolver, Tripwire


if __name__ == "__main__":
    main()
else:
    try:
        FakeResolver, Tripwire = _scrapy_helpers()
    except ImportError:  # pragma: no cover - scrapy not installed
        pass
