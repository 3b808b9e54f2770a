"""Durable local feeds: every line on disk before its article counts as emitted.

Scrapy's ``FileFeedStorage`` hands the exporter a buffered file: lines sit in
memory until 8 KiB accumulate, while ``item_scraped`` (after which the
recurring-runs state records the article as emitted) has already fired.  A
crawler killed then loses those articles for good (the next run skips them)
and leaves a torn last line.

:class:`DurableFileFeedStorage` (``FEED_STORAGES`` for plain paths and
``file://``) instead:

- writes each exported line with one unbuffered ``write`` (looped until
  complete) and, with ``NEWSBOT_FEED_FSYNC`` (default), ``fsync``\\ s it, all
  inside the feed exporter's ``item_scraped`` handler, which runs before the
  state's: the article is recorded as emitted only once its line is on disk;
- when appending (``-o``), as the spider opens (before any item), repairs a torn last line left by an earlier crash
  (cuts the file back to its last complete line; that article was never
  recorded, so it is fetched and written again), and
- recovers the state: complete lines at the end of the file whose article
  is not in ``NEWSBOT_STATE`` (killed between the write and the state's
  commit) are recorded now, so they are not written a second time.

Only the last ``NEWSBOT_FEED_RECOVERY_BYTES`` of the file are read for that
(at most one line can be unrecorded: export and state update are one
synchronous step per item).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import IO
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.extensions.feedexport import FileFeedStorage

logger = logging.getLogger(__name__)
_RECOVER: WeakKeyDictionary = WeakKeyDictionary()  # crawler -> feed paths prepared at spider_opened


class DurableFile:
    """A write-only binary file whose every ``write`` reaches the OS (and the disk)."""

    def __init__(self, path: Path, mode: str, fsync: bool) -> None:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if mode == "wb" else os.O_APPEND)
        self.fd = os.open(path, flags, 0o666)
        self.fsync = fsync
        self.name = str(path)
        self.closed = False

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]
        if self.fsync:
            os.fsync(self.fd)
        return len(data)

    def flush(self) -> None:
        pass  # nothing is buffered

    def writable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
            self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def repair_torn_tail(path: Path) -> int:
    """Cut ``path`` back to its last complete line; returns the bytes removed."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with path.open("rb+") as f:
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return 0
        pos, block = size, 1 << 16
        while pos > 0:
            start = max(0, pos - block)
            f.seek(start)
            chunk = f.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            pos = start
        else:
            keep = 0
        f.truncate(keep)
        f.flush()
        os.fsync(f.fileno())
    return size - keep


def tail_records(path: Path, max_bytes: int) -> list[dict]:
    """The complete JSON lines among the last ``max_bytes`` of ``path``."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return []
    with path.open("rb") as f:
        f.seek(max(0, size - max_bytes))
        data = f.read()
    lines = data.split(b"\n")
    if size > max_bytes:
        lines = lines[1:]  # the first one is probably cut
    records = []
    for line in lines:
        if line.strip():
            try:
                records.append(json.loads(line))
            except ValueError:
                continue
    return records


class DurableFileFeedStorage(FileFeedStorage):
    def __init__(self, uri: str, *, feed_options: dict | None = None, crawler=None) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler, uri: str, *, feed_options: dict | None = None):
        storage = cls(uri, feed_options=feed_options, crawler=crawler)
        # Scrapy opens a feed at its first item, after that item has passed the
        # duplicate check: the repair and the state recovery must come before,
        # when the spider opens.  (Feeds whose name changes per run, with
        # %(time)s etc., are new files: nothing to repair.)
        if storage.write_mode == "ab" and "%(" not in storage.path:
            pending = _RECOVER.setdefault(crawler, set())
            if storage.path not in pending:
                pending.add(storage.path)
                crawler.signals.connect(lambda spider: storage.prepare(), signal=signals.spider_opened,
                                        weak=False)
        return storage

    def prepare(self) -> None:
        """Repair a torn last line and recover the state (appending only; idempotent)."""
        if self.write_mode != "ab":
            return
        path = Path(self.path)
        removed = repair_torn_tail(path)
        if removed:
            logger.warning("Feed %s: removed a torn last line (%d bytes) left by an interrupted run",
                           path, removed)
            if self.crawler:
                self.crawler.stats.inc_value("newsbot/feed/torn_line_repaired")
        self._recover_state(path)

    def open(self, spider) -> IO[bytes]:
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fsync = self.crawler.settings.getbool("NEWSBOT_FEED_FSYNC", True) if self.crawler else True
        self.prepare()
        return DurableFile(path, self.write_mode, fsync)  # type: ignore[return-value]

    def _recover_state(self, path: Path) -> None:
        if self.crawler is None:
            return
        from newsbot.recurring import state_for
        from newsbot.state import canonical_url

        state = state_for(self.crawler)
        if state is None:
            return
        max_bytes = self.crawler.settings.getint("NEWSBOT_FEED_RECOVERY_BYTES", 1 << 20)
        recovered = []
        for record in tail_records(path, max_bytes):
            url = record.get("url")
            if isinstance(url, str) and not state.is_emitted(url):
                state.add(url, record.get("body") or "", record.get("site"))
                recovered.append(canonical_url(url))
        if recovered:
            # Links to these are skipped like any earlier run's article.
            state.earlier = state.earlier | frozenset(recovered)
            self.crawler.stats.inc_value("newsbot/feed/state_recovered", len(recovered))
            logger.warning("Feed %s: %d article(s) written by an interrupted run recorded in the state",
                           path, len(recovered))
