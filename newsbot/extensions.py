"""Extensions: the end-of-crawl summary; start-up objects kept out of the garbage collector."""

from __future__ import annotations

import gc
import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsbot.config import newsbot_config
from newsbot.quarantine import feed_params, resolve_uri

logger = logging.getLogger("newsbot.summary")


def counts_by_reason(stats: dict, prefix: str) -> dict[str, int]:
    """``{reason: count}`` of the stats ``prefix<reason>`` (one level, no deeper keys)."""
    return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix) and "/" not in k[len(prefix):]}


def summarize(stats: dict) -> dict:
    """The per-job summary from Scrapy's stats (plain data, for logs and monitors)."""

    failed = counts_by_reason(stats, "newsbot/pages/failed/")
    rejected = counts_by_reason(stats, "newsbot/items/rejected/")
    not_article = counts_by_reason(stats, "newsbot/pages/not_article/")
    return {
        "articles_written": stats.get("item_scraped_count", 0),
        "rejected": stats.get("newsbot/items/rejected", 0),
        "rejected_by_reason": rejected,
        # written without a part they state, by reason ({"published_at-unparseable": 2}: a date newsbot cannot read)
        "noted_by_reason": counts_by_reason(stats, "newsbot/items/noted/"),
        "pages_fetched": stats.get("response_received_count", 0),
        # every page requested is an article, not an article, failed or skipped (newsbot.safety.PageAccounting)
        "pages_requested": stats.get("newsbot/pages/requested", 0),
        "pages_article": stats.get("newsbot/pages/article", 0),
        "pages_balanced": stats.get("newsbot/pages/balanced"),
        "pages_not_article": sum(not_article.values()),
        "not_article_by_reason": not_article,
        "pages_failed": sum(failed.values()),
        "failed_by_reason": failed,
        "duplicates": stats.get("newsbot/items/duplicate", 0),
        "skipped_already_emitted": stats.get("newsbot/pages/skipped/already_emitted", 0),
        "spam_removed": stats.get("newsbot/cleaning/spam_removed", 0),
        "footer_blocks_removed": stats.get("newsbot/cleaning/footer_blocks_removed", 0),
        "templates_learned": stats.get("newsbot/template/learned", 0),
        "pages_through_templates": stats.get("newsbot/template/pages", 0),
        "finish_reason": stats.get("finish_reason"),
        "quarantine": stats.get("newsbot/quarantine_path"),
    }


def job_failed(stats: dict) -> str | None:
    """Why the job counts as failed (for the exit code), or None."""
    reason = stats.get("finish_reason")
    if reason != "finished":
        return f"finish reason {reason!r}"
    if stats.get("spider_exceptions/count" , 0) or any(k.startswith("spider_exceptions/") for k in stats):
        return "errors in the spider"
    if any(k.startswith("feedexport/failed_count") for k in stats):
        return "a feed could not be written"
    failed = stats.get("newsbot/cleaning/failed", 0)
    evidence_only = stats.get("newsbot/cleaning/failed_evidence_only", 0)  # dropped copies: in the log only
    parts = [f"{failed} page(s) (in the quarantine, code cleaning-failed)"] if failed else []
    if evidence_only:
        parts.append(f"{evidence_only} copy(ies) held as evidence only (dropped, in the log)")
    if parts:
        return "cleaning failed on " + " and ".join(parts)
    return None


class CrawlSummary:
    """Logs one summary at the end: articles written, rejected, failed pages, spam removed.

    The last line, ``newsbot status: OK|FAILED {json}``, is for monitors; with
    ``NEWSBOT_SUMMARY_URI`` set the same data is also written there as JSON.
    Both come at ``engine_stopped``, after the feeds are closed (so a feed that
    failed to store counts) and after Scrapy's own closing lines.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.spider_name: str | None = None
        self.reason: str | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_closed(self, spider, reason) -> None:
        self.spider_name, self.reason = spider.name, reason

    def engine_stopped(self) -> None:
        if self.spider_name is None:  # the spider never opened
            return
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault("finish_reason", self.reason)
        summary = summarize(stats)
        logger.info(
            "Summary: %d articles written%s, %d rejected%s, %d duplicates, %d pages not articles, "
            "%d pages failed%s, %d article links skipped (emitted before), "
            "%d spam strings removed, %d footer blocks removed, %d site templates learned (%d pages read through them)",
            summary["articles_written"], _fmt(summary["noted_by_reason"]), summary["rejected"],
            _fmt(summary["rejected_by_reason"]),
            summary["duplicates"], summary["pages_not_article"], summary["pages_failed"],
            _fmt(summary["failed_by_reason"]), summary["skipped_already_emitted"],
            summary["spam_removed"], summary["footer_blocks_removed"],
            summary["templates_learned"], summary["pages_through_templates"],
        )
        failed = job_failed(stats)
        write_summary(self.crawler.settings, self.spider_name, {**summary, "failure": failed})
        logger.info("newsbot status: %s %s", "FAILED" if failed else "OK", json.dumps({**summary, "failure": failed}))


class GarbageCollectorTuning:
    """The garbage collector set for a crawl (``NEWSBOT_GC_FREEZE``, ``NEWSBOT_GC_THRESHOLD``).

    CPython's collector walks every tracked object it is asked to check: each
    full collection walks them all, and most are start-up's (modules, classes,
    functions, compiled patterns, the extractors' and the date parser's
    language data: importing newsbot's modules takes a process from 53,400
    tracked objects, Scrapy's, to 64,600), none of them ever garbage.  Once the engine has started they are frozen
    (``gc.freeze()``: left out of every later collection).  And the youngest
    generation is collected after ``NEWSBOT_GC_THRESHOLD`` allocations instead
    of Python's default (700 in 3.11 and 3.12): a page's objects (its response,
    requests, links, the extraction's lists) live for a few thousand
    allocations, so at 700 many were checked twice and promoted to older
    generations, whose collections then came more often.  The crawl's garbage
    is collected as before, a little later.  Measured on the benchmark's
    2,266-page site (gc.callbacks): 2.26 s of collection per crawl before,
    0.66 s after (a bare Scrapy crawl: 1.88 s), for about 10 MiB more peak
    memory; README, "Performance".

    The collector belongs to the process: with several crawlers in one
    process (a script's CrawlerProcess, tests) the first engine to start sets
    it and the last to stop puts it back as it was.
    """

    _running = 0  # engines of this process started and not stopped
    _before: tuple[int, ...] | None = None  # the threshold before the first one started

    def __init__(self, freeze: bool, threshold: int) -> None:
        self.freeze = freeze
        self.threshold = threshold
        self.started = False

    @classmethod
    def from_crawler(cls, crawler):
        config = newsbot_config(crawler.settings)
        if not config.gc_freeze and not config.gc_threshold:
            raise NotConfigured
        extension = cls(config.gc_freeze, config.gc_threshold)
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_started(self) -> None:
        cls = type(self)
        if self.started:
            return
        self.started = True
        cls._running += 1
        if cls._running == 1:
            cls._before = gc.get_threshold()
        if self.freeze:
            gc.collect()  # what start-up left as garbage is freed, not frozen
            gc.freeze()  # (again for a later engine: what it started with is frozen too)
        if self.threshold:
            gc.set_threshold(self.threshold, *gc.get_threshold()[1:])

    def engine_stopped(self) -> None:
        cls = type(self)
        if not self.started:
            return
        self.started = False
        cls._running -= 1
        if cls._running == 0:  # the last engine of the process: the collector as it was
            assert cls._before is not None
            gc.set_threshold(*cls._before)
            gc.unfreeze()
            cls._before = None


def write_summary(settings, spider_name: str, summary: dict) -> Path | None:
    """Write the per-job summary to ``NEWSBOT_SUMMARY_URI`` (if set), as one JSON object.

    Adds ``status`` (OK/FAILED), ``spider``, ``finished_at`` and ``log_file``
    (scrapyd's per-job log, which names the job).  Never raises: a monitor file
    that cannot be written is logged, not fatal.
    """
    uri = settings.get("NEWSBOT_SUMMARY_URI")
    if not uri:
        return None
    data = {
        "status": "FAILED" if summary.get("failure") else "OK",
        "spider": spider_name,
        "finished_at": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "log_file": settings.get("LOG_FILE"),
        **summary,
    }
    try:
        path = resolve_uri(str(uri), feed_params(spider_name))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(path)  # a monitor never reads half a file
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logger.error("newsbot: cannot write the summary to NEWSBOT_SUMMARY_URI %s: %s", uri, exc)
        return None
    return path


def _fmt(counts: dict[str, int]) -> str:
    return " (" + ", ".join(f"{k}: {v}" for k, v in counts.items()) + ")" if counts else ""
