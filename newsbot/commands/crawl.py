"""``scrapy crawl``, checked: bad input gets one clear line and exit 2; a
failed crawl exits 1 (Scrapy's own exits 0 in both cases).

Replaces Scrapy's ``crawl`` through ``COMMANDS_MODULE``; scrapyd's runner goes
through it too.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.spiderloader import get_spider_loader
from w3lib.url import file_uri_to_path

from newsbot.config import ConfigError, newsbot_config
from newsbot.extensions import job_failed, write_summary
from newsbot.quarantine import QuarantineError, check_writable, feed_params, resolve_uri
from newsbot.spiders.aggregator import AggregatorSpider
from newsbot.targets import ArgumentError, resolve_targets

SPIDER_ARGUMENTS = ("start_urls", "site")


def preflight(settings, spargs: dict[str, str], spider_name: str) -> None:
    """Everything that can be checked before anything is fetched or written."""
    unknown = sorted(k for k in spargs if k not in SPIDER_ARGUMENTS and not k.startswith("_"))
    if unknown:
        raise ArgumentError(
            f"unknown spider argument {unknown[0]!r} (known: {', '.join(SPIDER_ARGUMENTS)})"
        )
    config = newsbot_config(settings)
    resolve_targets(config.profiles, spargs.get("start_urls"), spargs.get("site"))
    params = feed_params(spider_name)
    feeds = settings.getdict("FEEDS") or {config.feed_uri: {}}
    for uri in feeds:
        uri = str(uri)
        scheme = urlsplit(uri).scheme
        if scheme == "file":
            path = Path(file_uri_to_path(uri % params))
        elif scheme in ("", ) or len(scheme) == 1:  # a plain path (or a Windows drive letter)
            path = Path(uri % params)
        else:
            continue  # stdout:, s3://, ftp://: checked by Scrapy's feed storages
        try:
            check_writable(path)
        except QuarantineError as exc:
            raise ConfigError(f"output {uri}: {exc}") from None
    try:
        check_writable(resolve_uri(config.quarantine_uri, params))
    except QuarantineError as exc:
        raise ConfigError(f"NEWSBOT_QUARANTINE_URI {config.quarantine_uri}: {exc}") from None


def check_scrapy_settings(settings) -> None:
    """Scrapy's own numeric and boolean settings, when given on the command line
    (Scrapy would fail on them later, with a traceback)."""
    from scrapy.settings import default_settings

    for name in list(settings.attributes):
        if settings.getpriority(name) < SETTINGS_PRIORITIES["cmdline"]:
            continue
        default = getattr(default_settings, name, None)
        raw = settings.get(name)
        try:
            if isinstance(default, bool) or (
                isinstance(default, int) and default in (0, 1) and str(raw).strip().lower() in ("true", "false")
            ):  # TELNETCONSOLE_ENABLED = 1: a flag written as a number
                settings.getbool(name)
            elif isinstance(default, (int, float)):
                # getfloat for both: some int defaults take fractions (DOWNLOAD_DELAY = 0)
                settings.getfloat(name)
        except (TypeError, ValueError):
            what = "true or false" if isinstance(default, bool) else "a number"
            raise ConfigError(f"setting {name}={raw!r} is not {what}") from None


class Command(ScrapyCrawlCommand):
    """Checks run in ``process_options``: before Scrapy starts logging, so a
    bad input prints its one line and nothing else."""

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        if len(args) != 1:
            return  # run() raises the usage error
        name = args[0]
        try:
            spidercls = get_spider_loader(self.settings).load(name)
        except KeyError:
            self._fail(f"no spider named {name!r} (try: scrapy list)", name)
        if issubclass(spidercls, AggregatorSpider):
            try:
                check_scrapy_settings(self.settings)
                preflight(self.settings, opts.spargs, name)
            except (ArgumentError, ConfigError) as exc:
                self._fail(str(exc), name)

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. 'scrapy crawl aggregator'")
        assert self.crawler_process is not None
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed or crawler.stats is not None and job_failed(crawler.stats.get_stats()):
            self.exitcode = 1

    def _fail(self, message: str, spider_name: str) -> NoReturn:
        print(f"newsbot: error: {message}", file=sys.stderr)
        log_file = self.settings.get("LOG_FILE")
        if log_file:
            # scrapyd (or -s LOG_FILE): stderr is not the job's log, and logging
            # is not set up yet: say it in the log file too.
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            try:
                with open(log_file, "a", encoding="utf-8") as log:
                    log.write(f"{stamp} [newsbot] ERROR: newsbot: error: {message}\n")
                    log.write(f"{stamp} [newsbot] ERROR: newsbot status: FAILED {json.dumps({'failure': message})}\n")
            except OSError:
                pass
        write_summary(self.settings, spider_name, {"failure": message})
        sys.exit(2)
