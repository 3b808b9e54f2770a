"""Distributed mode on Redis (scrapy-redis): switched on by the REDIS_URL setting.

Any number of workers (``scrapy crawl`` processes, scrapyd jobs on several
nodes) given the same arguments and the same ``REDIS_URL`` share one crawl:

* **scrapy-redis** does the sharing: its ``Scheduler`` keeps the request queue
  in Redis (a sorted set, by priority) and its ``RFPDupeFilter`` keeps the
  fingerprints of every request ever scheduled in Redis, so each URL is fetched
  by one worker only, and each article ends up in exactly one worker's feed.
* **Keys are per job and per run**: ``newsbot:<job>:<run>:requests`` etc. The
  job is ``NEWSBOT_REDIS_KEY`` (default: the spider name plus a hash of the
  start URLs, so workers given the same arguments meet and other crawls do
  not).  A run is one complete pass: the first worker of a job opens a run,
  workers started while it is going join it (an interrupted run is resumed),
  and once it has completed the next worker opens a fresh one, so a scheduled
  crawl re-visits its sites every time.
* **Workers stop by themselves** (``RedisCoordinator``, on ``spider_idle``):
  a worker with nothing to do stays (``DontCloseSpider``) until the run has
  been quiet, i.e. the shared queue and the start-URL key empty *and* no other
  worker busy, for ``NEWSBOT_REDIS_IDLE_CLOSE_SECONDS``.  Workers advertise
  that they are busy in a sorted set with an expiry, so a killed worker holds
  the others back for at most ``BUSY_TTL`` seconds.
* **Redis does not grow forever**: every key of a run has a TTL, refreshed
  while a worker of the run is alive (``NEWSBOT_REDIS_TTL`` after the last
  worker stopped, to allow resuming) and cut to ``NEWSBOT_REDIS_DONE_TTL``
  once the run has completed.

scrapy-redis's own ``MAX_IDLE_TIME_BEFORE_CLOSE`` is not used: it only exists
for ``RedisSpider`` (ours is a plain ``scrapy.Spider``), and it counts from
the moment ``scrapy_redis.spiders`` was imported (a class attribute set at
import time, reset only when the start-URL key has data), not from when the
worker became idle.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import socket
import time
import uuid
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, NotConfigured

try:  # Scrapy 2.14+: a looping call that works with or without a Twisted reactor
    from scrapy.utils.asyncio import create_looping_call
except ImportError:  # pragma: no cover
    from twisted.internet.task import LoopingCall as create_looping_call

logger = logging.getLogger(__name__)

KEY_PREFIX = "newsbot"
#: A worker's "busy" mark lives this long unless refreshed (every TICK_SECONDS).
BUSY_TTL = 20.0
#: How often a worker refreshes its marks, reads the start-URL key and wakes its engine.
TICK_SECONDS = 1.0
#: How often the TTL of the run's keys is pushed forward while a worker is alive.
TTL_REFRESH_SECONDS = 30.0

DEFAULTS = {
    "NEWSBOT_REDIS_KEY": None,  # job name; default: spider name + hash of the start URLs
    "NEWSBOT_REDIS_IDLE_CLOSE_SECONDS": 30.0,  # 0: never close (long-running worker)
    "NEWSBOT_REDIS_START_URLS_KEY": "newsbot:%(job)s:start_urls",  # "" to disable
    "NEWSBOT_REDIS_TTL": 7 * 24 * 3600,  # state of an unfinished run, after its last worker stopped
    "NEWSBOT_REDIS_DONE_TTL": 3600,  # state of a completed run
}

# Opens or joins the job's current run, atomically.
# KEYS[1]: the job's "run" pointer.  ARGV[1]: key prefix of the job,
# ARGV[2]: a fresh run id, ARGV[3]: TTL (s) of the pointer.
_JOIN_RUN = """
local run = redis.call('GET', KEYS[1])
if (not run) or redis.call('EXISTS', ARGV[1] .. ':' .. run .. ':done') == 1 then
  run = ARGV[2]
  redis.call('SET', KEYS[1], run)
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return run
"""


class RedisAddon:
    """Scrapy add-on: with REDIS_URL set, the crawl shares its queue in Redis."""

    def update_settings(self, settings) -> None:
        if not settings.get("REDIS_URL"):
            return
        for name, value in DEFAULTS.items():
            settings.setdefault(name, value, priority="default")
        settings.set("SCHEDULER", "newsbot.scheduler.RedisScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", priority="addon")
        settings["EXTENSIONS"][RedisCoordinator] = 0


def job_name(settings, spider) -> str:
    """The job's name: NEWSBOT_REDIS_KEY, else the spider name + a hash of its start URLs."""
    name = settings.get("NEWSBOT_REDIS_KEY")
    if not name:
        targets = getattr(spider, "targets", None) or []
        seeds = sorted(f"{t.url} {t.profile.name}" for t in targets)
        digest = hashlib.sha1("\n".join(seeds).encode()).hexdigest()[:12]
        name = f"{spider.name}-{digest}"
    # scrapy-redis %-formats the keys (twice): keep them plain.
    return re.sub(r"[^A-Za-z0-9_.:-]", "_", str(name))


class RedisRun:
    """The Redis keys of one run of one job, and the few operations on them."""

    def __init__(self, server, job: str, run: str, settings) -> None:
        self.server = server
        self.job = job
        self.run = run
        self.job_prefix = f"{KEY_PREFIX}:{job}"
        prefix = f"{self.job_prefix}:{run}"
        self.pointer_key = f"{self.job_prefix}:run"
        self.requests_key = f"{prefix}:requests"
        self.dupefilter_key = f"{prefix}:dupefilter"
        self.workers_key = f"{prefix}:workers"
        self.done_key = f"{prefix}:done"
        template = settings.get("NEWSBOT_REDIS_START_URLS_KEY")
        self.start_urls_key = (template % {"job": job}) if template else None
        self.ttl = int(settings.getfloat("NEWSBOT_REDIS_TTL"))
        self.done_ttl = int(settings.getfloat("NEWSBOT_REDIS_DONE_TTL"))

    @classmethod
    def join(cls, server, job: str, settings) -> RedisRun:
        fresh = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:6]
        prefix = f"{KEY_PREFIX}:{job}"
        ttl = int(settings.getfloat("NEWSBOT_REDIS_TTL"))
        run = server.eval(_JOIN_RUN, 1, f"{prefix}:run", prefix, fresh, ttl)
        if isinstance(run, bytes):
            run = run.decode()
        return cls(server, job, run, settings)

    def state_keys(self) -> list[str]:
        return [self.requests_key, self.dupefilter_key, self.workers_key]

    def server_time(self) -> float:
        seconds, micros = self.server.time()
        return seconds + micros / 1e6

    def mark_busy(self, worker: str) -> None:
        self.server.zadd(self.workers_key, {worker: self.server_time() + BUSY_TTL})

    def mark_idle(self, worker: str) -> None:
        self.server.zrem(self.workers_key, worker)

    def others_busy(self, worker: str) -> int:
        now = self.server_time()
        pipe = self.server.pipeline()
        pipe.zremrangebyscore(self.workers_key, "-inf", now)
        pipe.zrange(self.workers_key, 0, -1)
        _, busy = pipe.execute()
        return len([w for w in busy if (w.decode() if isinstance(w, bytes) else w) != worker])

    def pending(self) -> int:
        """Requests waiting in the shared queue plus URLs waiting in the start-URL key."""
        pipe = self.server.pipeline()
        pipe.zcard(self.requests_key)
        if self.start_urls_key:
            pipe.llen(self.start_urls_key)
        return sum(pipe.execute())

    def is_done(self) -> bool:
        return bool(self.server.exists(self.done_key))

    def refresh_ttl(self) -> None:
        ttl = self.done_ttl if self.is_done() else self.ttl
        pipe = self.server.pipeline()
        for key in [*self.state_keys(), self.pointer_key]:
            pipe.expire(key, ttl)
        pipe.execute()

    def finish(self) -> None:
        """Mark the run completed: the next worker of this job opens a new run."""
        pipe = self.server.pipeline()
        pipe.set(self.done_key, "1", ex=self.done_ttl)
        for key in self.state_keys():
            pipe.expire(key, self.done_ttl)
        pipe.get(self.pointer_key)
        pointer = pipe.execute()[-1]
        if (pointer.decode() if isinstance(pointer, bytes) else pointer) == self.run:
            self.server.expire(self.pointer_key, self.done_ttl)


class RedisCoordinator:
    """Extension: joins the run, keeps the worker alive while the run is busy,
    feeds the start-URL key, and closes the run once it stayed quiet."""

    def __init__(self, crawler) -> None:
        from scrapy_redis.connection import get_redis_from_settings

        self.crawler = crawler
        self.settings = crawler.settings
        self.server = get_redis_from_settings(crawler.settings)
        self.idle_close = crawler.settings.getfloat("NEWSBOT_REDIS_IDLE_CLOSE_SECONDS")
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.run: RedisRun | None = None
        self.quiet_since: float | None = None
        self.busy_marked_at = 0.0
        self.ttl_refreshed_at = 0.0
        self.completed = False
        self.tick_call = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    # --- the run -------------------------------------------------------
    def join(self, spider) -> RedisRun:
        if self.run is None:
            job = job_name(self.settings, spider)
            self.run = RedisRun.join(self.server, job, self.settings)
            self.mark_busy()
            self.run.refresh_ttl()
            self.ttl_refreshed_at = time.monotonic()
            logger.info("Distributed mode: Redis job %r, run %s, worker %s (keys %s:*)",
                        job, self.run.run, self.worker, f"{self.run.job_prefix}:{self.run.run}")
            stats = self.crawler.stats
            stats.set_value("newsbot/redis/job", job)
            stats.set_value("newsbot/redis/run", self.run.run)
            stats.set_value("newsbot/redis/worker", self.worker)
        return self.run

    def mark_busy(self, force: bool = False) -> None:
        if self.run is not None and (force or not self.busy_marked_at):
            self.run.mark_busy(self.worker)
            self.busy_marked_at = time.monotonic()

    def spider_opened(self, spider) -> None:
        self.join(spider)
        self.tick_call = create_looping_call(self.tick)
        self.tick_call.start(TICK_SECONDS, now=False)

    def locally_busy(self) -> bool:
        engine = self.crawler.engine
        try:
            return bool(engine.downloader.active) or not engine.scraper.slot.is_idle()
        except AttributeError:  # engine internals moved: assume busy, stay safe
            return True

    def tick(self) -> None:
        run, engine = self.run, self.crawler.engine
        if run is None or engine is None:
            return
        try:
            now = time.monotonic()
            if self.locally_busy():
                self.quiet_since = None
                if now - self.busy_marked_at >= TICK_SECONDS:
                    self.mark_busy(force=True)
            elif self.busy_marked_at:
                # Nothing in hand: say so at once, so idle workers need not wait for the mark to expire.
                run.mark_idle(self.worker)
                self.busy_marked_at = 0.0
            if now - self.ttl_refreshed_at >= TTL_REFRESH_SECONDS:
                run.refresh_ttl()
                self.ttl_refreshed_at = now
            if not engine.needs_backout():
                self.feed_start_urls()
            if not self.locally_busy() and (self.update_quiet(now) or self.run.pending()):
                # Time to close, or work in the shared queue: act now, not at the
                # engine's next 5 s heartbeat (which is when it calls spider_idle again).
                self.wake_engine()
        except Exception:  # a Redis hiccup must not kill the looping call
            logger.warning("Distributed mode: Redis tick failed", exc_info=True)

    def wake_engine(self) -> None:
        """Let an idle engine pull from the shared queue now, not at its next 5 s heartbeat."""
        slot = getattr(self.crawler.engine, "_slot", None)
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None:
            nextcall.schedule()

    def feed_start_urls(self) -> int:
        """Schedule URLs pushed to the start-URL key (LPUSH/RPUSH a URL or {"url": ...})."""
        run, spider = self.run, self.crawler.spider
        if not run.start_urls_key or spider is None:
            return 0
        batch = self.settings.getint("CONCURRENT_REQUESTS", 16)
        entries = self.server.lpop(run.start_urls_key, batch) or []
        for raw in entries:
            text = raw.decode() if isinstance(raw, bytes) else raw
            url = text.strip()
            if url.startswith("{"):
                try:
                    url = str(json.loads(url).get("url", "")).strip()
                except (ValueError, AttributeError):
                    url = ""
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                logger.warning("Distributed mode: ignored start URL %r from %s", text, run.start_urls_key)
                continue
            domains = getattr(spider, "allowed_domains", None)
            if domains and parts.hostname not in domains:  # a new site: let its links be followed
                spider.allowed_domains = sorted({*domains, parts.hostname})
            logger.info("Distributed mode: start URL %s (from %s)", url, run.start_urls_key)
            self.crawler.stats.inc_value("newsbot/redis/start_urls")
            # a start URL the operator gave (like -a start_urls): its origin may be private
            self.crawler.engine.crawl(Request(url, callback=getattr(spider, "parse", None),
                                              errback=getattr(spider, "on_error", None),
                                              meta={"newsbot_start": True}))
        return len(entries)

    # --- closing -------------------------------------------------------
    def update_quiet(self, now: float) -> bool:
        """Note whether the run is quiet (nothing queued, nobody busy); True once it has been for the idle time."""
        run = self.run
        if run.pending() or run.others_busy(self.worker):
            self.quiet_since = None
            return False
        if self.quiet_since is None:
            self.quiet_since = now
            logger.info("Distributed mode: run quiet (queue empty, no worker busy); closing in %.0f s "
                        "unless work arrives", self.idle_close)
        return self.idle_close > 0 and now - self.quiet_since >= self.idle_close

    def spider_idle(self, spider) -> None:
        if self.run is None:
            return
        try:
            if self.feed_start_urls():
                self.quiet_since = None
                raise DontCloseSpider
            if self.busy_marked_at:
                self.run.mark_idle(self.worker)
                self.busy_marked_at = 0.0
            closable = self.update_quiet(time.monotonic())
        except DontCloseSpider:
            raise
        except Exception:
            logger.warning("Distributed mode: Redis unreachable while idle; staying", exc_info=True)
            raise DontCloseSpider from None
        if not closable:
            raise DontCloseSpider
        # Quiet for the whole idle time: the run is complete.
        self.completed = True

    def spider_closed(self, spider, reason) -> None:
        if self.tick_call is not None and self.tick_call.running:
            self.tick_call.stop()
        run = self.run
        if run is None:
            return
        try:
            run.mark_idle(self.worker)
            if self.completed and reason == "finished":
                run.finish()
                logger.info("Distributed mode: run %s of job %r complete; its keys expire in %d s",
                            run.run, run.job, run.done_ttl)
            else:
                run.refresh_ttl()
                logger.info("Distributed mode: left run %s of job %r (%s); %d requests left in the queue, "
                            "kept %d s for other or later workers", run.run, run.job, reason,
                            self.server.zcard(run.requests_key), run.ttl)
        except Exception:
            logger.warning("Distributed mode: could not update Redis at close", exc_info=True)


__all__ = ["RedisAddon", "RedisCoordinator", "RedisRun", "job_name"]

