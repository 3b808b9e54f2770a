"""Scrapy's log formatter, with dropped items logged by their reason alone.

Scrapy logs a dropped item as ``Dropped: <reason>`` followed by the item's
whole repr: for newsbot's page items that is the page's text, several KiB per
duplicate or quarantined page, which buries the log and costs CPU to format.
newsbot's reasons already name the page (``duplicate of A (near-duplicate):
B``, ``quarantined B: …``); the duplicates feed and the quarantine keep the
rest.
"""

from __future__ import annotations

from scrapy import logformatter


class LogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider):
        entry = super().dropped(item, exception, response, spider)
        entry["msg"] = "Dropped: %(exception)s"
        return entry
