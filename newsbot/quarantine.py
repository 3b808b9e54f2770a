"""The quarantine feed: rejected records with their reasons, JSON Lines.

Written by the validation pipeline itself, not through ``FEEDS``: scrapyd
replaces ``FEEDS`` with its own per-job feed, and ``-o``/``-O`` replace the
project's, but rejected items must land in the quarantine in every case.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from scrapy.exporters import JsonLinesItemExporter
from w3lib.url import file_uri_to_path


class QuarantineError(OSError):
    pass


def resolve_uri(uri: str, params: dict[str, str]) -> Path:
    """The local path of a quarantine URI (a path or file:// URI, with %(name)s, %(time)s)."""
    uri = uri % params
    if uri.startswith("file://"):
        return Path(file_uri_to_path(uri))
    if "://" in uri:
        raise QuarantineError(f"NEWSBOT_QUARANTINE_URI: {uri!r}: only local paths and file:// URIs are supported")
    return Path(uri)


def check_writable(path: Path) -> None:
    """Raise QuarantineError unless ``path`` can be created or appended to."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise QuarantineError(f"cannot create folder {folder}: {exc.strerror}") from None
    if path.is_dir():
        raise QuarantineError(f"{path} is a folder, not a file")
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        raise QuarantineError(f"{path} is not writable")


def feed_params(spider_name: str) -> dict[str, str]:
    now = datetime.now(tz=UTC).replace(microsecond=0)
    return {"name": spider_name, "time": now.isoformat().replace(":", "-")}  # as Scrapy's FEEDS do


class JsonLinesSink:
    """A side feed (quarantine, duplicates): one JSON object per line, each
    line flushed as written, the file created on the first line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._file: IO[bytes] | None = None
        self._exporter: JsonLinesItemExporter | None = None

    def open(self) -> None:
        check_writable(self.path)
        self._file = self.path.open("ab")
        self._exporter = JsonLinesItemExporter(self._file, encoding="utf-8", ensure_ascii=False)
        self._exporter.start_exporting()

    def write(self, record: dict) -> None:
        if self._exporter is None:
            self.open()
        assert self._exporter is not None and self._file is not None
        self._exporter.export_item(record)
        self._file.flush()
        self.count += 1

    def close(self) -> None:
        if self._exporter is not None and self._file is not None:
            self._exporter.finish_exporting()
            self._file.close()
            self._file = None


class QuarantineFeed(JsonLinesSink):
    """Rejected records: the url, the reasons (code + message), the item, the time."""

    def quarantine(self, url: str, reasons: list[dict], item: dict) -> None:
        self.write({
            "url": url,
            "reasons": reasons,
            "item": item,
            "quarantined_at": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        })
