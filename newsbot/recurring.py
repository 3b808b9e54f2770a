"""Recurring runs: emit each article once, ever (Scrapy adapters over newsbot.state).

- :class:`SkipEmittedMiddleware` (spider middleware) drops links to article
  URLs emitted by an earlier run, so they are not fetched again; listing
  pages are always fetched.
- :class:`DedupPipeline` sends copies of an emitted story (same URL, same
  text, or a near-duplicate under another URL) to the duplicates feed instead
  of the main feed, and records each new article in the state once the feed
  exporter has written it (``item_scraped`` fires after export).
"""

from __future__ import annotations

import logging
from weakref import WeakKeyDictionary

from scrapy import Request, signals
from scrapy.exceptions import DropItem

from newsbot.items import Article
from newsbot.middlewares import SpiderOutputFilter
from newsbot.quarantine import JsonLinesSink, feed_params, resolve_uri
from newsbot.state import RedisState, SQLiteState

logger = logging.getLogger(__name__)
_STATES: WeakKeyDictionary = WeakKeyDictionary()


def state_for(crawler) -> SQLiteState | None:
    """The crawl's state store (one per crawler), or None when NEWSBOT_STATE is empty."""
    if crawler in _STATES:
        return _STATES[crawler]
    state = open_state(crawler.settings)
    if state is not None:
        crawler.signals.connect(state.close, signal=signals.engine_stopped)
        logger.info("State: %s (%d articles emitted before)", describe(crawler.settings), state.count())
    _STATES[crawler] = state
    return state


def open_state(settings) -> SQLiteState | RedisState | None:
    """The store NEWSBOT_STATE and REDIS_URL ask for: none when NEWSBOT_STATE is
    empty, Redis (shared by all workers) when REDIS_URL is set, else SQLite."""
    if not settings.get("NEWSBOT_STATE"):
        return None
    options = {
        "retention_days": settings.getfloat("NEWSBOT_STATE_RETENTION_DAYS"),
        "threshold": settings.getfloat("NEWSBOT_DUPLICATE_THRESHOLD"),
    }
    if settings.get("REDIS_URL"):
        return RedisState(settings.get("REDIS_URL"), settings.get("NEWSBOT_REDIS_STATE_KEY"), **options)
    return SQLiteState(settings.get("NEWSBOT_STATE"), **options)


def describe(settings) -> str:
    if settings.get("REDIS_URL"):
        return f"Redis {settings.get('NEWSBOT_REDIS_STATE_KEY')}:*"
    return str(settings.get("NEWSBOT_STATE"))


class SkipEmittedMiddleware(SpiderOutputFilter):
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.state = state_for(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _keep(self, obj) -> bool:
        # Links to articles of this run are left to the scheduler's dupefilter.
        if (self.state is not None and self.state.earlier and isinstance(obj, Request)
                and self.state.is_emitted(obj.url, earlier_runs_only=True)):
            self.crawler.stats.inc_value("newsbot/pages/skipped/already_emitted")
            return False
        return True



class DedupPipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.state = state_for(crawler)
        self.sink: JsonLinesSink | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider) -> None:
        if self.state is not None:
            uri = self.crawler.settings.get("NEWSBOT_DUPLICATES_URI")
            self.sink = JsonLinesSink(resolve_uri(uri, feed_params(spider.name)))

    def spider_closed(self, spider) -> None:
        if self.sink is not None:
            self.sink.close()

    def process_item(self, item):
        if self.state is None or not isinstance(item, Article):
            return item
        duplicate = self.state.find_duplicate(item.url, item.body or "")
        if duplicate is None:
            return item
        assert self.sink is not None
        self.sink.write({
            "url": item.url,
            "duplicate_of": duplicate.url,
            "reason": duplicate.reason,
            "similarity": duplicate.similarity,
            "title": item.title,
            "site": item.site,
        })
        self.stats.inc_value("newsbot/items/duplicate")
        self.stats.inc_value(f"newsbot/items/duplicate/{duplicate.reason}")
        raise DropItem(f"duplicate of {duplicate.url} ({duplicate.reason}): {item.url}", log_level="INFO")

    def item_scraped(self, item, response=None, spider=None) -> None:
        if self.state is not None and isinstance(item, Article):
            self.state.add(item.url, item.body or "", item.site)
