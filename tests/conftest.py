"""Shared fixtures: a real HTTP site server and a way to run `scrapy crawl`."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
DEMO_SITE = ROOT / "newsbot" / "demo" / "site"


class SiteServer:
    """``python tests/siteserver.py ROOT`` in its own process, on 127.0.0.1."""

    def __init__(self, root: Path, access_log: Path | None = None) -> None:
        self.access_log = access_log
        cmd = [sys.executable, str(TESTS / "siteserver.py"), str(root)]
        if access_log:
            cmd += ["--access-log", str(access_log)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        assert line.startswith("PORT "), f"site server did not start: {line!r}"
        self.port = int(line.split()[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def requests(self) -> list[str]:
        """Paths requested so far (needs access_log)."""
        if not self.access_log or not self.access_log.exists():
            return []
        return [line.split()[1] for line in self.access_log.read_text().splitlines()]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="session")
def serve():
    """``serve(folder)`` starts a server for that folder and returns its base URL."""
    servers: dict[Path, SiteServer] = {}

    def _serve(root: Path) -> str:
        root = Path(root).resolve()
        if root not in servers:
            servers[root] = SiteServer(root)
        return servers[root].url

    yield _serve
    for server in servers.values():
        server.stop()


@pytest.fixture
def site_server(tmp_path):
    """``site_server(folder)``: a server of its own for one test, with an access log."""
    servers: list[SiteServer] = []

    def _start(root: Path) -> SiteServer:
        server = SiteServer(Path(root), access_log=tmp_path / f"access-{len(servers)}.log")
        servers.append(server)
        return server

    yield _start
    for server in servers:
        server.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server not found on PATH: install the Debian package "
                    "(apt-get install -y redis-server); .ci/run does", pytrace=False)
    import redis

    """A real redis-server (the Debian package) of the test session, on a free port."""
    workdir = tmp_path_factory.mktemp("redis")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(workdir)],
        stdout=open(workdir / "redis.log", "w"), stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"redis-server did not start: {(workdir / 'redis.log').read_text()[-2000:]}")
            time.sleep(0.05)
    yield url
    client.close()
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def redis_client(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url, decode_responses=True)
    client.flushdb()
    yield client
    client.close()


@dataclass
class CrawlResult:
    returncode: int
    stdout: str
    stderr: str
    items: list[dict]
    quarantine: list[dict]
    duplicates: list[dict]

    def status(self) -> dict:
        """The JSON of the final ``newsbot status:`` log line."""
        line = [ln for ln in self.stderr.splitlines() if "newsbot status: " in ln][-1]
        return json.loads(line.split("newsbot status: ", 1)[1].split(" ", 1)[1])


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def crawl(tmp_path):
    """Run ``scrapy crawl aggregator ARGS`` as a user would, from the project folder.

    Writes the feed to ``tmp_path/out.jsonl`` (``-O``) unless ``output=False``,
    the quarantine and duplicates feeds beside it (fresh for each call), and
    keeps the recurring-runs state in ``tmp_path/state.sqlite`` (shared by the
    calls of one test, like runs of one deployment).
    """

    def _crawl(*args: str, output: bool = True, settings: dict | None = None, cwd: Path = ROOT,
               timeout: int = 300) -> CrawlResult:
        out = tmp_path / "out.jsonl"
        quarantine = tmp_path / "quarantine.jsonl"
        duplicates = tmp_path / "duplicates.jsonl"
        for side in (quarantine, duplicates):
            side.unlink(missing_ok=True)
        cmd = [sys.executable, "-m", "scrapy", "crawl", "aggregator", *args]
        if output:
            cmd += ["-O", str(out)]
        merged = {
            "NEWSBOT_QUARANTINE_URI": str(quarantine),
            "NEWSBOT_DUPLICATES_URI": str(duplicates),
            "NEWSBOT_STATE": str(tmp_path / "state.sqlite"),
            "AUTOTHROTTLE_ENABLED": "False",
            "LOG_LEVEL": "INFO",
            **(settings or {}),
        }
        for key, value in merged.items():
            cmd += ["-s", f"{key}={value}"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
        return CrawlResult(proc.returncode, proc.stdout, proc.stderr, _read_jsonl(out) if output else [],
                           _read_jsonl(quarantine), _read_jsonl(duplicates))

    return _crawl


def expected_demo_records() -> dict[str, dict]:
    """path -> expected record, from tests/fixtures/demo_expected.jsonl."""
    return {r["path"]: r for r in _read_jsonl(FIXTURES / "demo_expected.jsonl")}


def demo_nonarticle_paths() -> list[str]:
    return [line.strip() for line in (FIXTURES / "demo_nonarticles.txt").read_text().splitlines() if line.strip()]
