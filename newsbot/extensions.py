"""Extensions: the end-of-crawl summary."""

from __future__ import annotations

import json
import logging

from scrapy import signals

logger = logging.getLogger("newsbot.summary")


def summarize(stats: dict) -> dict:
    """The per-job summary from Scrapy's stats (plain data, for logs and monitors)."""

    def by_prefix(prefix: str) -> dict[str, int]:
        return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix) and "/" not in k[len(prefix):]}

    failed = by_prefix("newsbot/pages/failed/")
    rejected = by_prefix("newsbot/items/rejected/")
    not_article = by_prefix("newsbot/pages/not_article/")
    return {
        "articles_written": stats.get("item_scraped_count", 0),
        "rejected": stats.get("newsbot/items/rejected", 0),
        "rejected_by_reason": rejected,
        "pages_fetched": stats.get("response_received_count", 0),
        "pages_not_article": sum(not_article.values()),
        "not_article_by_reason": not_article,
        "pages_failed": sum(failed.values()),
        "failed_by_reason": failed,
        "spam_removed": stats.get("newsbot/cleaning/spam_removed", 0),
        "footer_blocks_removed": stats.get("newsbot/cleaning/footer_blocks_removed", 0),
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
    return None


class CrawlSummary:
    """Logs one summary at the end: articles written, rejected, failed pages, spam removed.

    The last line, ``newsbot status: OK|FAILED {json}``, is for monitors.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_closed(self, spider, reason) -> None:
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        summary = summarize(stats)
        logger.info(
            "Summary: %d articles written, %d rejected%s, %d pages not articles, %d pages failed%s, "
            "%d spam strings removed, %d footer blocks removed",
            summary["articles_written"], summary["rejected"], _fmt(summary["rejected_by_reason"]),
            summary["pages_not_article"], summary["pages_failed"], _fmt(summary["failed_by_reason"]),
            summary["spam_removed"], summary["footer_blocks_removed"],
        )
        failed = job_failed(stats)
        logger.info("newsbot status: %s %s", "FAILED" if failed else "OK", json.dumps({**summary, "failure": failed}))


def _fmt(counts: dict[str, int]) -> str:
    return " (" + ", ".join(f"{k}: {v}" for k, v in counts.items()) + ")" if counts else ""
