"""What earlier runs emitted: canonical URLs and content signatures.

Pure storage, no Scrapy imports.  Used to emit each article once, ever:
URLs already emitted are not fetched again, and a story republished under
another URL (another host, other spam around it) is recognised as a
near-duplicate by its MinHash signature (:mod:`newsbot.neardup`), looked up
through LSH buckets indexed by the store itself, not in process memory.

SQLite is the default store (one file, ``NEWSBOT_STATE``), in WAL mode with
``synchronous=NORMAL``: a committed row survives the crawler being killed
(not a power cut).  Entries older than the retention are deleted when the
store opens.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from newsbot import neardup
from newsbot.neardup import Signature

_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|spm)$", re.IGNORECASE)


@lru_cache(maxsize=1024)  # (recent articles and links: bounded memory on a long crawl)
def canonical_url(url: str) -> str:
    """The key of an article URL: canonical form, no fragment, no tracking parameters.

    Cached (pure, and w3lib's canonicalisation costs tens of µs): each article's key
    is asked for by find_duplicate and again by add, and a recurring run asks for the
    key of every link it follows."""
    parts = urlsplit(canonicalize_url(url))
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    host = parts.netloc.lower()
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, query, ""))[2:]


@dataclass(frozen=True)
class Duplicate:
    url: str  # the first-emitted copy
    similarity: float
    reason: str  # "same-url", "same-content", "near-duplicate"


class _Signatures:
    """find_duplicate then add run on the same article, with other articles'
    calls in between: each article's signature is computed once and kept
    until add (a few hundred at most, for items dropped after the check)."""

    _KEEP = 512

    def __init__(self) -> None:
        # (the text is known by its hash and length, not kept: 512 bodies of a few KiB each
        # stayed in memory for articles dropped as duplicates, which are never added)
        self._cache: OrderedDict[str, tuple[tuple[int, int], Signature]] = OrderedDict()

    def _signature(self, key: str, text: str) -> Signature:
        cache = self._cache
        found = cache.get(key)
        same = (hash(text), len(text))
        if found is not None and found[0] == same:
            return found[1]
        sig = neardup.signature(text)
        cache[key] = (same, sig)
        if len(cache) > self._KEEP:
            cache.popitem(last=False)
        return sig

    def _forget(self, key: str) -> None:
        self._cache.pop(key, None)

    def _best(self, sig: Signature, candidates) -> tuple[float, str] | None:
        """(similarity, key) of the most similar of (key, stored signature) pairs, if at or above the threshold."""
        keys, blobs = zip(*candidates) if candidates else ((), ())
        found = neardup.most_similar(sig.minhash, list(blobs))
        if found is None or found[1] < self.threshold:
            return None
        return found[1], keys[found[0]]


class SQLiteState(_Signatures):
    """Emitted articles in one SQLite file: a row per article, and its LSH
    buckets in an index table (memory stays flat however many are stored).

    Each recorded article's row is committed at once: a crawler killed between
    two commits loses no article from the state (only an appended feed lets
    the next run read unrecorded articles back, newsbot/durable.py; with the
    default time-stamped feeds they would be emitted again).  Its 16 LSH
    buckets are written in groups of :attr:`BUCKET_BATCH` articles: they fall
    on 16 random pages of the bucket index, which each commit of one article
    wrote to the WAL again; grouped, a page takes many articles' buckets in
    one write (measured over 2,000 articles: 91 KiB written per article
    before, 27 KiB grouped, for the same instructions).  Until its group is written an
    article is listed in the small ``unindexed`` table (in the transaction of
    its row), and every lookup compares it as a candidate: so a near-copy is
    found within the run, by another crawler writing the same file, and after
    a crawler was killed before writing its group (the next one to open the
    store writes the buckets of what is listed, from the stored signatures).
    """

    BUCKET_BATCH = 64

    def __init__(self, path: str | Path, retention_days: float = 90, threshold: float = 0.5) -> None:
        super().__init__()
        self.path = Path(path)
        self.threshold = threshold
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._pending: dict[int, list[int]] = {}  # id -> buckets: recorded here, not yet in the index
        self._pending_by_bucket: dict[int, list[int]] = {}  # the same, bucket -> ids
        with self.db:
            self.db.execute("BEGIN")
            self._create_or_migrate()
            # (left by a crawler killed before it wrote its group, or listed by one still writing: either way
            # the buckets are the same, written once)
            self._index_rows("SELECT id, signature FROM articles WHERE id IN (SELECT id FROM unindexed)")
            self.db.execute("DELETE FROM unindexed")
        # Another connection's commits change data_version: until one does, this crawler is the
        # store's only writer and its own unindexed articles are all in memory (no query for them).
        self._data_version = self._version()
        self._shared = False
        if retention_days > 0:
            with self.db:
                self.db.execute("BEGIN")
                old = "SELECT id FROM articles WHERE emitted_at < ?"
                cutoff = time.time() - retention_days * 86400
                self.db.execute(f"DELETE FROM buckets WHERE id IN ({old})", (cutoff,))
                self.db.execute(f"DELETE FROM unindexed WHERE id IN ({old})", (cutoff,))
                self.db.execute("DELETE FROM articles WHERE emitted_at < ?", (cutoff,))
        self.earlier = frozenset(row[0] for row in self.db.execute("SELECT url_key FROM articles"))  # earlier runs

    # Articles are numbered (an integer primary key) and the bucket index holds
    # those numbers: a candidate is fetched by its number, not through the
    # index of URL keys, and an index row is two integers instead of an
    # integer and a URL.  Measured on the benchmark's 20,000-article site
    # (after 15,000 stored, ~96 candidates per article): the candidate query
    # 0.57 -> 0.30 ms, recording an article 0.50 -> 0.25 ms.
    _ARTICLES = ("CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, url_key TEXT NOT NULL UNIQUE, "
                 "url TEXT NOT NULL, site TEXT, fingerprint TEXT NOT NULL, signature BLOB NOT NULL, "
                 "emitted_at REAL NOT NULL)")
    _BUCKETS = ("CREATE TABLE IF NOT EXISTS buckets (bucket INTEGER NOT NULL, id INTEGER NOT NULL, "
                "PRIMARY KEY (bucket, id)) WITHOUT ROWID")
    _UNINDEXED = "CREATE TABLE IF NOT EXISTS unindexed (id INTEGER PRIMARY KEY)"

    def _create_or_migrate(self) -> None:
        db = self.db
        columns = [row[1] for row in db.execute("PRAGMA table_info(articles)")]
        if columns and "id" not in columns:
            # A store of newsbot before articles were numbered (url_key was the
            # key of both tables): its rows are copied over, its buckets rebuilt.
            db.execute("ALTER TABLE articles RENAME TO articles_old")
            db.execute("DROP TABLE IF EXISTS buckets")
            db.execute("DROP INDEX IF EXISTS articles_fp")
            db.execute(self._ARTICLES)
            db.execute("INSERT INTO articles (url_key, url, site, fingerprint, signature, emitted_at) "
                       "SELECT url_key, url, site, fingerprint, signature, emitted_at FROM articles_old")
            db.execute("DROP TABLE articles_old")
            rebuild = True
        else:
            db.execute(self._ARTICLES)
            rebuild = False
        db.execute("CREATE INDEX IF NOT EXISTS articles_fp ON articles (fingerprint)")
        db.execute(self._BUCKETS)
        db.execute(self._UNINDEXED)
        if db.execute("PRAGMA user_version").fetchone()[0] != neardup.VERSION:
            # A store written by an older signature scheme: its URLs and
            # fingerprints still hold, its signatures are dropped.
            db.execute("UPDATE articles SET signature = X''")
            db.execute("DELETE FROM buckets")
            db.execute(f"PRAGMA user_version = {neardup.VERSION}")
        elif rebuild:
            self._index_rows("SELECT id, signature FROM articles")

    def _index_rows(self, query: str) -> None:
        """Write the buckets of the articles ``query`` selects (id, signature), from their stored signatures."""
        for rowid, blob in self.db.execute(query).fetchall():
            minhash = neardup.from_bytes(blob)
            if minhash is not None:
                self.db.executemany("INSERT OR IGNORE INTO buckets VALUES (?, ?)",
                                    ((b, rowid) for b in neardup.buckets(minhash)))

    def is_emitted(self, url: str, earlier_runs_only: bool = False) -> bool:
        key = canonical_url(url)
        if earlier_runs_only:
            return key in self.earlier
        return self._url(key) is not None

    def _url(self, key: str) -> str | None:
        row = self.db.execute("SELECT url FROM articles WHERE url_key = ?", (key,)).fetchone()
        return row[0] if row else None

    def find_duplicate(self, url: str, text: str) -> Duplicate | None:
        """The earlier copy of this article, if any."""
        key = canonical_url(url)
        first = self._url(key)
        if first is not None:
            return Duplicate(first, 1.0, "same-url")
        sig = self._signature(key, text)
        row = self.db.execute("SELECT url FROM articles WHERE fingerprint = ?", (sig.fingerprint,)).fetchone()
        if row:
            return Duplicate(row[0], 1.0, "same-content")
        buckets = sig.buckets()
        marks = ",".join("?" * neardup.BANDS)
        candidates = f"SELECT id FROM buckets WHERE bucket IN ({marks})"
        if not self._shared and self._version() != self._data_version:
            self._shared = True  # another crawler writes this file: its unindexed articles are candidates too
        if self._shared:
            candidates += " UNION SELECT id FROM unindexed"
        mine = {rowid for b in buckets for rowid in self._pending_by_bucket.get(b, ())}
        query = f"SELECT url, signature FROM articles WHERE id IN ({candidates})"
        if mine:  # recorded here, their group not yet written
            query += f" OR id IN ({','.join('?' * len(mine))})"
            buckets = buckets + sorted(mine)
        rows = self.db.execute(query, buckets).fetchall()
        best = self._best(sig, rows)
        if best:
            return Duplicate(best[1], round(best[0], 3), "near-duplicate")
        return None

    def add(self, url: str, text: str, site: str | None = None) -> None:
        """Record an emitted article (call once it is durably written)."""
        key = canonical_url(url)
        sig = self._signature(key, text)
        self._forget(key)
        buckets = sig.buckets()
        with self.db:
            self.db.execute("BEGIN")
            # (an article recorded again keeps its number: buckets of its older
            # signature only add a candidate, compared by the new signature)
            # (no RETURNING: SQLite before 3.35, which some Pythons 3.11 are built with, lacks it)
            self.db.execute(
                "INSERT INTO articles (url_key, url, site, fingerprint, signature, emitted_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url_key) DO UPDATE SET url = excluded.url, "
                "site = excluded.site, fingerprint = excluded.fingerprint, signature = excluded.signature, "
                "emitted_at = excluded.emitted_at",
                (key, url, site, sig.fingerprint, sig.to_bytes(), time.time()),
            )
            rowid = self.db.execute("SELECT id FROM articles WHERE url_key = ?", (key,)).fetchone()[0]
            self.db.execute("INSERT OR IGNORE INTO unindexed VALUES (?)", (rowid,))
        self._pending[rowid] = buckets
        for b in buckets:
            self._pending_by_bucket.setdefault(b, []).append(rowid)
        if len(self._pending) >= self.BUCKET_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the buckets of the articles recorded since the last group."""
        if not self._pending:
            return
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR IGNORE INTO buckets VALUES (?, ?)",
                                sorted((b, rowid) for rowid, buckets in self._pending.items() for b in buckets))
            self.db.executemany("DELETE FROM unindexed WHERE id = ?", ((rowid,) for rowid in self._pending))
        self._pending.clear()
        self._pending_by_bucket.clear()

    def _version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def summary(self) -> dict:
        rows = self.db.execute(
            "SELECT site, COUNT(*), MIN(emitted_at), MAX(emitted_at) FROM articles GROUP BY site ORDER BY site"
        ).fetchall()
        return {
            "path": str(self.path),
            "articles": self.count(),
            "sites": {site or "": {"articles": n, "oldest": _ts(lo), "newest": _ts(hi)} for site, n, lo, hi in rows},
        }

    def reset(self, site: str | None = None) -> int:
        self.flush()
        with self.db:
            self.db.execute("BEGIN")
            if site:
                self.db.execute("DELETE FROM buckets WHERE id IN (SELECT id FROM articles WHERE site = ?)", (site,))
                self.db.execute("DELETE FROM unindexed WHERE id IN (SELECT id FROM articles WHERE site = ?)", (site,))
                cur = self.db.execute("DELETE FROM articles WHERE site = ?", (site,))
            else:
                self.db.execute("DELETE FROM buckets")
                self.db.execute("DELETE FROM unindexed")
                cur = self.db.execute("DELETE FROM articles")
        return cur.rowcount

    def close(self) -> None:
        self.flush()
        self.db.close()


def _ts(value: float | None) -> str | None:
    if value is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(value))


class RedisState(_Signatures):
    """Emitted articles in Redis, shared by every worker of a distributed crawl.

    Same interface as :class:`SQLiteState`.  Keys under ``prefix``: hashes of
    URLs, fingerprints, signatures and sites, a sorted set of emission times
    (for the retention), and one small set per LSH bucket.
    """

    def __init__(self, url: str, prefix: str = "newsbot:state", retention_days: float = 90,
                 threshold: float = 0.5) -> None:
        import redis  # only in distributed mode

        super().__init__()
        self.redis = redis.Redis.from_url(url)
        self.threshold = threshold
        self.prefix = prefix
        self.k_urls, self.k_fp, self.k_sig, self.k_site, self.k_time = (
            f"{prefix}:{name}" for name in ("urls", "fingerprints", "signatures", "sites", "emitted_at")
        )
        if retention_days > 0:
            self.expire(time.time() - retention_days * 86400)
        self.earlier = frozenset(k.decode() for k in self.redis.hkeys(self.k_urls))

    def _bucket_key(self, bucket: int) -> str:
        return f"{self.prefix}:bucket:{bucket:x}"

    def expire(self, before: float) -> int:
        old = [k.decode() for k in self.redis.zrangebyscore(self.k_time, "-inf", before)]
        for key in old:
            self._remove(key)
        return len(old)

    def _remove(self, key: str) -> None:
        fp = self.redis.hget(self.k_fp + ":by_url", key)
        blob = self.redis.hget(self.k_sig, key)
        minhash = neardup.from_bytes(blob) if blob else None
        pipe = self.redis.pipeline()
        for name in (self.k_urls, self.k_sig, self.k_site, self.k_fp + ":by_url"):
            pipe.hdel(name, key)
        if fp:
            pipe.hdel(self.k_fp, fp)
        pipe.zrem(self.k_time, key)
        for bucket in neardup.buckets(minhash) if minhash is not None else ():
            pipe.srem(self._bucket_key(bucket), key)
        pipe.execute()

    def is_emitted(self, url: str, earlier_runs_only: bool = False) -> bool:
        key = canonical_url(url)
        if earlier_runs_only:
            return key in self.earlier
        return bool(self.redis.hexists(self.k_urls, key))

    def find_duplicate(self, url: str, text: str) -> Duplicate | None:
        key = canonical_url(url)
        first = self.redis.hget(self.k_urls, key)
        if first:
            return Duplicate(first.decode(), 1.0, "same-url")
        sig = self._signature(key, text)
        same = self.redis.hget(self.k_fp, sig.fingerprint)
        if same:
            return Duplicate(same.decode(), 1.0, "same-content")
        candidates = sorted({m.decode() for m in self.redis.sunion([self._bucket_key(b) for b in sig.buckets()])})
        if not candidates:
            return None
        best = self._best(sig, list(zip(candidates, self.redis.hmget(self.k_sig, candidates))))
        if best is None:
            return None
        first = self.redis.hget(self.k_urls, best[1])
        return Duplicate(first.decode() if first else best[1], round(best[0], 3), "near-duplicate")

    def add(self, url: str, text: str, site: str | None = None) -> None:
        key = canonical_url(url)
        sig = self._signature(key, text)
        self._forget(key)
        pipe = self.redis.pipeline()
        pipe.hsetnx(self.k_urls, key, url)
        pipe.hsetnx(self.k_fp, sig.fingerprint, url)
        pipe.hset(self.k_fp + ":by_url", key, sig.fingerprint)
        pipe.hset(self.k_sig, key, sig.to_bytes())
        pipe.hset(self.k_site, key, site or "")
        pipe.zadd(self.k_time, {key: time.time()})
        for bucket in sig.buckets():
            pipe.sadd(self._bucket_key(bucket), key)
        pipe.execute()

    def count(self) -> int:
        return int(self.redis.hlen(self.k_urls))

    def summary(self) -> dict:
        sites: dict[str, dict] = {}
        times = dict(self.redis.zrange(self.k_time, 0, -1, withscores=True))
        for key, site in self.redis.hgetall(self.k_site).items():
            entry = sites.setdefault(site.decode(), {"articles": 0, "oldest": None, "newest": None})
            entry["articles"] += 1
            ts = times.get(key)
            if ts is not None:
                entry["oldest"] = min(filter(None, [entry["oldest"], ts]))
                entry["newest"] = max(filter(None, [entry["newest"], ts]))
        for entry in sites.values():
            entry["oldest"], entry["newest"] = _ts(entry["oldest"]), _ts(entry["newest"])
        return {"redis": self.prefix, "articles": self.count(), "sites": dict(sorted(sites.items()))}

    def reset(self, site: str | None = None) -> int:
        if site:
            keys = [k.decode() for k, v in self.redis.hgetall(self.k_site).items() if v.decode() == site]
            for key in keys:
                self._remove(key)
            return len(keys)
        n = self.count()
        for key in self.redis.scan_iter(match=f"{self.prefix}:*"):
            self.redis.delete(key)
        return n

    def close(self) -> None:
        self.redis.close()
