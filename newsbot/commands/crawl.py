"""``scrapy crawl``, checked: bad input gets one clear line and exit 2; a
failed crawl exits 1 (Scrapy's own exits 0 in both cases).

Replaces Scrapy's ``crawl`` through ``COMMANDS_MODULE``; scrapyd's runner goes
through it too.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from w3lib.url import file_uri_to_path

from newsbot.config import ConfigError, newsbot_config
from newsbot.extensions import job_failed, write_summary
from newsbot.quarantine import QuarantineError, check_writable, feed_params, resolve_uri
from newsbot.spiders.aggregator import AggregatorSpider
from newsbot.targets import ArgumentError, resolve_targets

SPIDER_ARGUMENTS = ("start_urls", "site")
logger = logging.getLogger("newsbot")


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


class Command(ScrapyCrawlCommand):
    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. 'scrapy crawl aggregator'")
        name = args[0]
        assert self.crawler_process is not None
        try:
            spidercls = self.crawler_process.spider_loader.load(name)
        except KeyError:
            self._fail(f"no spider named {name!r} (try: scrapy list)")
            return
        if issubclass(spidercls, AggregatorSpider):
            try:
                preflight(self.settings, opts.spargs, name)
            except (ArgumentError, ConfigError) as exc:
                self._fail(str(exc), name)
                return
        crawler = self._create_crawler(name)
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats is not None and job_failed(crawler.stats.get_stats()):
            self.exitcode = 1

    def _fail(self, message: str, spider_name: str = "crawl") -> None:
        print(f"newsbot: error: {message}", file=sys.stderr)
        if self.settings.get("LOG_FILE"):
            # scrapyd (or -s LOG_FILE): stderr is not the job's log; say it there too.
            logger.error("newsbot: error: %s", message)
            logger.error("newsbot status: FAILED %s", json.dumps({"failure": message}))
        write_summary(self.settings, spider_name, {"failure": message})
        self.exitcode = 2
