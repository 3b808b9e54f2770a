"""What earlier runs emitted: canonical URLs and content fingerprints.

Pure storage, no Scrapy imports.  Used to emit each article once, ever:
URLs already emitted are not fetched again, and a story republished under
another URL (another host, other spam around it) is recognised as a
near-duplicate by MinHash over word shingles of the cleaned body (datasketch's
MinHash and LSH index).

SQLite is the default store (one file, ``NEWSBOT_STATE``), in WAL mode with
``synchronous=NORMAL``: a committed row survives the crawler being killed
(not a power cut).  Entries older than the retention are deleted when the
store opens.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash, MinHashLSH
from w3lib.url import canonicalize_url

NUM_PERM = 64
SHINGLE = 4  # words
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|spm)$", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def canonical_url(url: str) -> str:
    """The key of an article URL: canonical form, no fragment, no tracking parameters."""
    parts = urlsplit(canonicalize_url(url))
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    host = parts.netloc.lower()
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, query, ""))[2:]


def _tokens(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    # Scripts without spaces (Chinese, Japanese) give few long "words": use characters.
    if words and sum(len(w) for w in words) / len(words) > 12:
        words = [c for c in text if not c.isspace()]
    return words


def fingerprint(text: str) -> str:
    """Exact-content fingerprint: SHA-1 of the body's words."""
    return hashlib.sha1(" ".join(_tokens(text)).encode("utf-8")).hexdigest()


# Generating the permutations is most of MinHash()'s cost: make them once.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme="affine32").permutations


def minhash(text: str) -> MinHash:
    tokens = _tokens(text)
    shingles = {" ".join(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme="affine32")
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


@dataclass(frozen=True)
class Duplicate:
    url: str  # the first-emitted copy
    similarity: float
    reason: str  # "same-url", "same-content", "near-duplicate"


class _MinHashOnce:
    """find_duplicate then add run on the same text: its MinHash is computed once."""

    _last: tuple[str, MinHash] | None = None

    def _minhash(self, text: str) -> MinHash:
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        m = minhash(text)
        self._last = (text, m)
        return m


class SQLiteState(_MinHashOnce):
    """Emitted articles in one SQLite file."""

    def __init__(self, path: str | Path, retention_days: float = 90, threshold: float = 0.5) -> None:
        self.path = Path(path)
        self.threshold = threshold
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS articles (url_key TEXT PRIMARY KEY, url TEXT NOT NULL, "
            "site TEXT, fingerprint TEXT NOT NULL, signature BLOB NOT NULL, emitted_at REAL NOT NULL)"
        )
        self.db.execute("CREATE INDEX IF NOT EXISTS articles_fp ON articles (fingerprint)")
        if retention_days > 0:
            self.db.execute("DELETE FROM articles WHERE emitted_at < ?", (time.time() - retention_days * 86400,))
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}
        self._last: tuple[str, MinHash] | None = None
        self.urls: dict[str, str] = {}
        for url_key, url, blob in self.db.execute("SELECT url_key, url, signature FROM articles"):
            m = MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(blob, dtype=np.uint64),
                        permutations=_PERMUTATIONS, scheme="affine32")
            self._index(url_key, url, m)
        self.earlier = frozenset(self.urls)  # emitted by earlier runs

    def _index(self, url_key: str, url: str, m: MinHash) -> None:
        if url_key in self.signatures:
            return
        self.signatures[url_key] = m
        self.urls[url_key] = url
        self.lsh.insert(url_key, m)

    def is_emitted(self, url: str, earlier_runs_only: bool = False) -> bool:
        key = canonical_url(url)
        return key in (self.earlier if earlier_runs_only else self.urls)

    def find_duplicate(self, url: str, text: str) -> Duplicate | None:
        """The earlier copy of this article, if any."""
        key = canonical_url(url)
        if key in self.urls:
            return Duplicate(self.urls[key], 1.0, "same-url")
        row = self.db.execute("SELECT url FROM articles WHERE fingerprint = ?", (fingerprint(text),)).fetchone()
        if row:
            return Duplicate(row[0], 1.0, "same-content")
        m = self._minhash(text)
        best: tuple[float, str] | None = None
        for candidate in self.lsh.query(m):
            similarity = m.jaccard(self.signatures[candidate])
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, candidate)
        if best:
            return Duplicate(self.urls[best[1]], round(best[0], 3), "near-duplicate")
        return None

    def add(self, url: str, text: str, site: str | None = None) -> None:
        """Record an emitted article (call once it is durably written)."""
        key = canonical_url(url)
        m = self._minhash(text)
        self.db.execute(
            "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
            (key, url, site, fingerprint(text), m.hashvalues.astype(np.uint64).tobytes(), time.time()),
        )
        self._index(key, url, m)

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
        if site:
            cur = self.db.execute("DELETE FROM articles WHERE site = ?", (site,))
        else:
            cur = self.db.execute("DELETE FROM articles")
        return cur.rowcount

    def close(self) -> None:
        self.db.close()


def _ts(value: float | None) -> str | None:
    if value is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(value))


class RedisState(_MinHashOnce):
    """Emitted articles in Redis, shared by every worker of a distributed crawl.

    Same interface as :class:`SQLiteState`.  Keys under ``prefix``: hashes of
    URLs, fingerprints, signatures and sites, a sorted set of emission times
    (for the retention), and datasketch's LSH index in Redis storage.
    """

    def __init__(self, url: str, prefix: str = "newsbot:state", retention_days: float = 90,
                 threshold: float = 0.5) -> None:
        import redis  # only in distributed mode

        self.redis = redis.Redis.from_url(url)
        self.threshold = threshold
        self.prefix = prefix
        self.k_urls, self.k_fp, self.k_sig, self.k_site, self.k_time = (
            f"{prefix}:{name}" for name in ("urls", "fingerprints", "signatures", "sites", "emitted_at")
        )
        kwargs = self.redis.connection_pool.connection_kwargs
        config = {k: kwargs[k] for k in ("host", "port", "db", "username", "password") if kwargs.get(k) is not None}
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, storage_config={
            "type": "redis", "basename": f"{prefix}:lsh".encode(), "redis": config,
        })
        self._last: tuple[str, MinHash] | None = None
        if retention_days > 0:
            self.expire(time.time() - retention_days * 86400)
        self.earlier = frozenset(k.decode() for k in self.redis.hkeys(self.k_urls))

    def expire(self, before: float) -> int:
        old = [k.decode() for k in self.redis.zrangebyscore(self.k_time, "-inf", before)]
        for key in old:
            self._remove(key)
        return len(old)

    def _remove(self, key: str) -> None:
        fp = self.redis.hget(self.k_fp + ":by_url", key)
        pipe = self.redis.pipeline()
        for name in (self.k_urls, self.k_sig, self.k_site, self.k_fp + ":by_url"):
            pipe.hdel(name, key)
        if fp:
            pipe.hdel(self.k_fp, fp)
        pipe.zrem(self.k_time, key)
        pipe.execute()
        try:
            self.lsh.remove(key)
        except ValueError:
            pass

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
        same = self.redis.hget(self.k_fp, fingerprint(text))
        if same:
            return Duplicate(same.decode(), 1.0, "same-content")
        m = self._minhash(text)
        candidates = list(self.lsh.query(m))
        if not candidates:
            return None
        best: tuple[float, str] | None = None
        for candidate, blob in zip(candidates, self.redis.hmget(self.k_sig, candidates)):
            if not blob:
                continue
            other = MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(blob, dtype=np.uint64),
                            permutations=_PERMUTATIONS, scheme="affine32")
            similarity = m.jaccard(other)
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, candidate)
        if best is None:
            return None
        first = self.redis.hget(self.k_urls, best[1])
        return Duplicate(first.decode() if first else best[1], round(best[0], 3), "near-duplicate")

    def add(self, url: str, text: str, site: str | None = None) -> None:
        key = canonical_url(url)
        m = self._minhash(text)
        fp = fingerprint(text)
        pipe = self.redis.pipeline()
        pipe.hsetnx(self.k_urls, key, url)
        pipe.hsetnx(self.k_fp, fp, url)
        pipe.hset(self.k_fp + ":by_url", key, fp)
        pipe.hset(self.k_sig, key, m.hashvalues.astype(np.uint64).tobytes())
        pipe.hset(self.k_site, key, site or "")
        pipe.zadd(self.k_time, {key: time.time()})
        pipe.execute()
        try:
            self.lsh.insert(key, m)
        except ValueError:
            pass  # already indexed (another worker, or a re-emission)

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
