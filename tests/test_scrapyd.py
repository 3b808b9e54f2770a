"""newsbot on a real scrapyd: package, deploy, schedule, read results (README, "Deploying to Scrapyd").

Starts ``scrapyd`` (from this venv) on 127.0.0.1 with temporary folders, deploys
a copy of the checkout with ``scrapyd-deploy`` (the build writes into the
project folder, so the shared checkout is left alone), schedules ``aggregator``
through ``schedule.json`` and polls ``listjobs.json``, exactly as cron/systemd
(deploy/) and a monitor would.  One server has ``items_dir`` set (scrapyd then
replaces FEEDS with its own per-job feed), one has not (the project's feed,
through ``setting=NEWSBOT_FEED_URI=...``).
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import DEMO_SITE, ROOT, demo_nonarticle_paths, expected_demo_records

BIN = Path(sys.executable).parent
SCRAPYD = BIN / "scrapyd"
SCRAPYD_DEPLOY = BIN / "scrapyd-deploy"
FIELDS = ["url", "title", "body", "published_at", "source", "category", "site", "language",
          "fetched_at", "spam_removed"]
COMPARED = ["title", "body", "published_at", "source", "category", "language", "spam_removed"]
JOB_TIMEOUT = 60


def clean_env() -> dict[str, str]:
    """No way to import newsbot but the deployed egg (no PYTHONPATH, no project settings)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "SCRAPY_SETTINGS_MODULE", "SCRAPY_PROJECT", "SCRAPYD_EGG_VERSION")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def copy_checkout(dest: Path) -> Path:
    """What scrapyd-deploy packs: the package, setup.py, scrapy.cfg (as in the checkout)."""
    dest.mkdir(parents=True)
    shutil.copytree(ROOT / "newsbot", dest / "newsbot", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("setup.py", "scrapy.cfg"):
        shutil.copy2(ROOT / name, dest / name)
    return dest


class Scrapyd:
    """A real scrapyd on 127.0.0.1, all its folders under ``root``."""

    def __init__(self, root: Path, items_dir: bool) -> None:
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.rundir = root / "run"
        self.rundir.mkdir(parents=True)
        self.logs_dir = root / "logs"
        self.items_dir = root / "items" if items_dir else None
        conf = configparser.ConfigParser()
        conf["scrapyd"] = {
            "bind_address": "127.0.0.1",
            "http_port": str(self.port),
            "eggs_dir": str(root / "eggs"),
            "logs_dir": str(self.logs_dir),
            "items_dir": str(self.items_dir or ""),
            "dbs_dir": str(root / "dbs"),
            "jobs_to_keep": "100",
            "finished_to_keep": "100",
            "max_proc": "4",
            "poll_interval": "0.2",
        }
        with open(self.rundir / "scrapyd.conf", "w") as f:  # scrapyd reads ./scrapyd.conf
            conf.write(f)
        self.output = root / "scrapyd.out"
        self._out = open(self.output, "wb")
        self.proc = subprocess.Popen([str(SCRAPYD)], cwd=self.rundir, env=clean_env(),
                                     stdout=self._out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                assert self.get("daemonstatus.json")["status"] == "ok"
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("scrapyd did not start:\n" + self.output.read_text()[-3000:]) from None
                time.sleep(0.1)

    def get(self, endpoint: str, **params: str) -> dict:
        query = "?" + urllib.parse.urlencode(params) if params else ""
        with urllib.request.urlopen(f"{self.url}/{endpoint}{query}", timeout=10) as resp:
            return json.load(resp)

    def fetch(self, path: str) -> str:
        with urllib.request.urlopen(self.url + path, timeout=10) as resp:
            return resp.read().decode("utf-8")

    def deploy(self, workdir: Path) -> dict:
        """``scrapyd-deploy local`` from a copy of the checkout; [deploy:local] points here."""
        project = copy_checkout(workdir)
        with open(project / "scrapy.cfg", "a") as f:
            f.write(f"\n[deploy:local]\nurl = {self.url}\nproject = newsbot\n")
        proc = subprocess.run([str(SCRAPYD_DEPLOY), "local"], cwd=project, env=clean_env(),
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        answer = json.loads(proc.stdout)
        # scrapyd-deploy exits 0 even when scrapyd refuses the egg (e.g. no pkg_resources)
        assert answer["status"] == "ok", answer
        return answer

    def schedule(self, *args: str, **settings: str) -> str:
        """schedule.json: spider arguments ``name=value``, settings as ``setting=NAME=value``."""
        data = [("project", "newsbot"), ("spider", "aggregator")]
        data += [tuple(a.split("=", 1)) for a in args]
        data += [("setting", f"{k}={v}") for k, v in settings.items()]
        req = urllib.request.Request(f"{self.url}/schedule.json", data=urllib.parse.urlencode(data).encode())
        with urllib.request.urlopen(req, timeout=10) as resp:
            answer = json.load(resp)
        assert answer["status"] == "ok", answer
        return answer["jobid"]

    def wait(self, *jobids: str) -> dict[str, dict]:
        """Poll listjobs.json until every job is finished; their entries by id."""
        deadline = time.monotonic() + JOB_TIMEOUT
        while True:
            finished = {j["id"]: j for j in self.get("listjobs.json", project="newsbot")["finished"]}
            if all(j in finished for j in jobids):
                return {j: finished[j] for j in jobids}
            if time.monotonic() > deadline:
                raise AssertionError(f"jobs not finished after {JOB_TIMEOUT}s:\n" + self.output.read_text()[-3000:])
            time.sleep(0.2)

    def log(self, job: dict) -> str:
        # no log at all: the job died before Scrapy set up logging; only scrapyd's own log tells why
        assert job["log_url"], f"job {job['id']} has no log:\n" + self.server_log()[-4000:]
        text = self.fetch(job["log_url"])  # what a monitor sees over HTTP...
        assert text == (self.logs_dir / "newsbot" / "aggregator" / f"{job['id']}.log").read_text()  # ...is the file
        return text

    def server_log(self) -> str:
        return self.output.read_text(errors="replace")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._out.close()


def job_settings(tmp: Path, name: str, **extra: str) -> dict[str, str]:
    """Every path a job writes, under ``tmp`` (scrapyd's working folder is not ours)."""
    return {
        "NEWSBOT_QUARANTINE_URI": str(tmp / f"{name}.quarantine.jsonl"),
        "NEWSBOT_DUPLICATES_URI": str(tmp / f"{name}.duplicates.jsonl"),
        "NEWSBOT_SUMMARY_URI": str(tmp / f"{name}.summary.json"),
        "NEWSBOT_STATE": str(tmp / f"{name}.state.sqlite"),
        "AUTOTHROTTLE_ENABLED": "False",
        **extra,
    }


def status_line(log: str) -> tuple[str, dict]:
    """The job log's last line must be ``... newsbot status: OK|FAILED {json}``."""
    last = log.rstrip("\n").splitlines()[-1]
    assert "newsbot status: " in last, f"log does not end with the status line: {last!r}"
    word, data = last.split("newsbot status: ", 1)[1].split(" ", 1)
    return word, json.loads(data)


def assert_demo_records(items: list[dict], site: str) -> None:
    expected = expected_demo_records()
    got = {urlsplit(item["url"]).path: item for item in items}
    assert len(items) == len(got), "an article was written twice"
    assert sorted(got) == sorted(expected), "articles missing or non-articles emitted"
    for path, want in expected.items():
        record = got[path]
        assert list(record) == FIELDS
        assert record["site"] == site
        for field in COMPARED:
            assert record[field] == want[field], f"{path}: {field}"
    assert not set(got) & set(demo_nonarticle_paths())


# --- packaging -------------------------------------------------------------------------------


def test_scrapy_cfg_deploy_target():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "scrapy.cfg")
    assert cfg["settings"]["default"] == "newsbot.settings"
    assert cfg["deploy"]["url"] == "http://127.0.0.1:6800"  # no trailing slash
    assert cfg["deploy"]["project"] == "newsbot"


def test_egg_holds_everything_read_at_run_time(tmp_path):
    project = copy_checkout(tmp_path / "src")
    egg = tmp_path / "newsbot.egg"
    proc = subprocess.run([str(SCRAPYD_DEPLOY), "--build-egg", str(egg)], cwd=project, env=clean_env(),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(egg) as z:
        names = set(z.namelist())
        entry_points = z.read("EGG-INFO/entry_points.txt").decode()
    data_files = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "newsbot").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".py", ".pyc", ".swp")
        and not p.name.endswith("~")  # (setup.py leaves out editor droppings)
    }
    assert data_files - names == set(), "data files missing from the egg"
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "newsbot").rglob("*.py")}
    assert modules - names == set(), "modules missing from the egg"
    for required in ("newsbot/sites/demo.toml", "newsbot/schema/article.schema.json",
                     "newsbot/demo/site/robots.txt", "newsbot/demo/site/index.html",
                     "newsbot/demo/site/category/world/index.html",
                     "newsbot/demo/site/news/2025/05/01/russia-foreign-minister-north-korea.html"):
        assert required in names
    assert "[scrapy]\nsettings = newsbot.settings" in entry_points


# --- scrapyd with items_dir: scrapyd's own per-job feed ----------------------------------------


def run_schedule_sh(server: Scrapyd, data: Path, base: str) -> subprocess.CompletedProcess:
    """deploy/schedule.sh, as cron and the systemd timer run it (hourly)."""
    env = {**clean_env(), "SCRAPYD_URL": server.url, "NEWSBOT_DATA": str(data), "NEWSBOT_START_URLS": f"{base}/"}
    return subprocess.run(["sh", str(ROOT / "deploy" / "schedule.sh"), "setting=AUTOTHROTTLE_ENABLED=False"],
                          env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def with_items(tmp_path_factory, serve):
    """Deploy once. Jobs: the HTTP site scheduled twice by deploy/schedule.sh (one state file),
    site=demo, a strict run with rejects, a failing run."""
    tmp = tmp_path_factory.mktemp("scrapyd-items")
    base = serve(DEMO_SITE)
    server = Scrapyd(tmp / "server", items_dir=True)
    try:
        deployed = server.deploy(tmp / "src")
        # nothing else on the job's path can import newsbot: the jobs run the egg
        probe = subprocess.run([sys.executable, "-c", "import newsbot"], cwd=server.rundir, env=clean_env(),
                               capture_output=True)
        assert probe.returncode != 0, "newsbot importable outside the egg: the test would not test the egg"
        out, data = tmp / "out", tmp / "data"
        scheduled = run_schedule_sh(server, data, base)
        assert scheduled.returncode == 0, scheduled.stdout + scheduled.stderr
        first = json.loads(scheduled.stdout)["jobid"]
        overlapping = run_schedule_sh(server, data, base)  # while the first is pending or running
        demo = server.schedule("site=demo", **job_settings(out, "demo"))
        strict = server.schedule(f"start_urls={base}/", **job_settings(out, "strict", NEWSBOT_MAX_TITLE_CHARS="60"))
        bad = server.schedule("start_urls=notaurl", **job_settings(out, "bad"))
        jobs = server.wait(first, demo, strict, bad)
        first_status = json.loads((data / "status" / "aggregator.json").read_text())
        first_quarantine = sorted((data / "quarantine").glob("*.jsonl"))
        rescheduled = run_schedule_sh(server, data, base)
        assert rescheduled.returncode == 0, rescheduled.stdout + rescheduled.stderr
        second = json.loads(rescheduled.stdout)["jobid"]
        jobs.update(server.wait(second))
        names = {"first": first, "second": second, "demo": demo, "strict": strict, "bad": bad}
        yield {"server": server, "deployed": deployed, "out": out, "data": data, "base": base,
               "first_status": first_status, "first_quarantine": first_quarantine, "overlapping": overlapping,
               "all_jobs": server.get("listjobs.json", project="newsbot"),
               "jobs": {name: jobs[jobid] for name, jobid in names.items()}}
    finally:
        server.stop()


def items_of(server: Scrapyd, job: dict) -> list[dict]:
    assert job["items_url"], job
    text = server.fetch(job["items_url"])
    assert text == (server.items_dir / "newsbot" / "aggregator" / f"{job['id']}.jl").read_text()
    return read_jsonl(text)


def test_deploy_lists_the_spider(with_items):
    assert with_items["deployed"]["status"] == "ok"
    assert with_items["deployed"]["spiders"] == 1
    assert with_items["server"].get("listspiders.json", project="newsbot")["spiders"] == ["aggregator"]


def test_items_feed_has_every_article_cleaned(with_items):
    server, job = with_items["server"], with_items["jobs"]["first"]
    assert_demo_records(items_of(server, job), urlsplit(with_items["base"]).netloc)
    # scrapyd's feed replaced the project's: nothing under scrapyd's working folder
    assert not (server.rundir / "output").exists() and not (with_items["data"] / "feeds").exists()
    quarantine = with_items["first_quarantine"]
    assert len(quarantine) == 1 and quarantine[0].read_text() == ""


def test_job_log_ends_with_status_ok(with_items):
    server, job = with_items["server"], with_items["jobs"]["first"]
    log = server.log(job)
    word, data = status_line(log)
    assert word == "OK" and data["articles_written"] == 15 and data["failure"] is None
    assert "newsbot: error:" not in log and "Traceback" not in log
    # scrapyd's private _job argument reached the spider and was accepted
    assert f"_job={job['id']}" in server.server_log()
    summary = with_items["first_status"]  # deploy/schedule.sh's NEWSBOT_SUMMARY_URI
    assert summary["status"] == "OK" and summary["articles_written"] == 15
    assert summary["finish_reason"] == "finished" and summary["pages_failed"] == 0
    assert summary["log_file"].endswith(f"{job['id']}.log")
    assert f"Process finished: project='newsbot' spider='aggregator' job='{job['id']}'" in server.server_log()


def test_site_argument_reads_the_demo_from_the_egg(with_items):
    server, job = with_items["server"], with_items["jobs"]["demo"]
    assert_demo_records(items_of(server, job), "demo.newsbot.invalid")
    assert status_line(server.log(job))[0] == "OK"


def test_rejected_records_go_to_the_quarantine(with_items):
    server, job = with_items["server"], with_items["jobs"]["strict"]
    items = items_of(server, job)
    quarantine = read_jsonl((with_items["out"] / "strict.quarantine.jsonl").read_text())
    assert items and quarantine
    urls = sorted(urlsplit(r["url"]).path for r in items + quarantine)
    assert urls == sorted(expected_demo_records())
    assert all(any(reason["code"] for reason in r["reasons"]) for r in quarantine)
    assert all(len(r["title"]) <= 60 for r in items)
    word, data = status_line(server.log(job))
    assert word == "OK" and data["rejected"] == len(quarantine)


def test_failed_job_is_visible(with_items):
    server, job = with_items["server"], with_items["jobs"]["bad"]
    # scrapyd itself lists it as just another finished job, with no items
    assert job["items_url"] is None
    log = server.log(job)
    errors = [line for line in log.splitlines() if "newsbot: error:" in line]
    assert len(errors) == 1 and "start_urls: 'notaurl' is not an absolute URL" in errors[0]
    word, data = status_line(log)
    assert word == "FAILED" and "notaurl" in data["failure"]
    summary = json.loads((with_items["out"] / "bad.summary.json").read_text())
    assert summary["status"] == "FAILED" and "notaurl" in summary["failure"]
    # the runner passed the exit code through: scrapyd's own log says so
    assert f"Process died: exitstatus=2 project='newsbot' spider='aggregator' job='{job['id']}'" in server.server_log()


def test_second_scheduled_run_emits_no_old_article(with_items):
    server, jobs = with_items["server"], with_items["jobs"]
    first = {r["url"] for r in items_of(server, jobs["first"])}
    assert len(first) == 15
    second_log = server.log(jobs["second"])
    word, data = status_line(second_log)
    assert word == "OK" and data["pages_fetched"] > 0, second_log[-3000:]  # it did crawl the site again
    second = {r["url"] for r in items_of(server, jobs["second"])} if jobs["second"]["items_url"] else set()
    assert not first & second, f"{len(first & second)} articles of the first run emitted again"
    assert data["articles_written"] == len(second) == 0  # the demo site has nothing new


# --- scrapyd without items_dir: the project's feed -------------------------------------------


def test_without_items_dir_the_project_feed_is_written(tmp_path, serve):
    base = serve(DEMO_SITE)
    server = Scrapyd(tmp_path / "server", items_dir=False)
    try:
        server.deploy(tmp_path / "src")
        out = tmp_path / "out"
        jobid = server.schedule(
            f"start_urls={base}/",
            **job_settings(out, "plain", NEWSBOT_FEED_URI=str(out / "feeds" / "%(name)s-%(time)s.jsonl")),
        )
        job = server.wait(jobid)[jobid]
        assert job["items_url"] is None  # scrapyd has no feed of its own
        feeds = list((out / "feeds").glob("aggregator-*.jsonl"))
        assert len(feeds) == 1
        assert_demo_records(read_jsonl(feeds[0].read_text(encoding="utf-8")), urlsplit(base).netloc)
        assert (out / "plain.quarantine.jsonl").read_text() == ""
        word, data = status_line(server.log(job))
        assert word == "OK" and data["articles_written"] == 15
    finally:
        server.stop()


def test_schedule_sh_does_not_overlap_runs(with_items):
    skipped = with_items["overlapping"]
    assert skipped.returncode == 0 and skipped.stdout == ""
    assert "still pending or running" in skipped.stderr
    everything = with_items["all_jobs"]
    assert everything["pending"] == everything["running"] == []
    assert len(everything["finished"]) == 5  # first, second, demo, strict, bad: no sixth
