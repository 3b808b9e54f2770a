"""Content signatures of article bodies: an exact fingerprint and a MinHash.

Pure functions over text (numpy only, no Scrapy).  Two bodies are one story
when the Jaccard similarity of their 4-word shingle sets is high; MinHash
estimates it from two 64-number signatures, and LSH turns each signature into
16 "buckets" (bands of 4 values): bodies that share a bucket are candidates,
checked against the threshold with the full signature.  The bands put the
steep part of the candidate curve at the default threshold, (1/16)^(1/4) =
0.5: a pair at similarity 0.5 shares a bucket with probability 0.64, at 0.6
with 0.89, at 0.7 with 0.99 and at 0.8 or more with 1.0 (republished copies
with small edits measure 0.9 and more), while pairs at 0.2, two stories
sharing stock phrases, do with 0.03: few candidates to fetch.

The 64 values come from one hash per shingle (one-permutation hashing: the
hash's top bits pick one of 64 bins, each bin keeps its minimum), not from 64
hash functions: a signature costs O(shingles).  Scheme 3; a store written with
an older scheme keeps its URLs and fingerprints (the same words, the same
SHA-1) and drops its signatures (state.py).

Written here rather than taken from datasketch, which newsbot used first:
importing datasketch imports SciPy (≈70 MiB of RSS before the first page), it
hashes each shingle with SHA-1 in Python, and its LSH index lives in process
memory and grows with every article.  Here words and shingles are hashed
vectorised in numpy, and buckets are plain integers the state store indexes in
SQLite or Redis, so the crawler's memory stays flat however many articles it
has emitted.  The hashes are stable across processes and machines (no
Python ``hash()``), so signatures can be stored and shared.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

NUM_PERM = 64
BAND_ROWS = 4
BANDS = NUM_PERM // BAND_ROWS  # 16
SHINGLE = 4  # words
VERSION = 3  # of the signature scheme, stored with the signatures (3: one-permutation hashing)

_WORD = re.compile(r"\w+", re.UNICODE)
_rng = np.random.default_rng(20251101)  # fixed: signatures must be comparable across runs
# (64 multipliers drawn first, as scheme 2 used them: kept as the first draw so that _B, the
# seed of scheme 3's mix, keeps the value the measured signatures were made with)
_rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 1], dtype=np.uint64)
_BAND_MIX = np.array([0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x9E3779B97F4A7C15, 1], dtype=np.uint64)
_WIDTH = 24
_BIN_BITS = 6  # 2**6 = NUM_PERM bins
_MAX_WORDS = 20_000  # a news article is shorter; its copies share their beginning
_CHAR_MIX = _rng.integers(1, 2**63, size=_WIDTH, dtype=np.uint64)
_EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)


@dataclass(frozen=True)
class Signature:
    fingerprint: str  # SHA-1 of the body's words: same content, whatever the markup or spacing
    minhash: np.ndarray  # NUM_PERM uint32

    def to_bytes(self) -> bytes:
        return self.minhash.astype("<u4").tobytes()

    def buckets(self) -> list[int]:
        return buckets(self.minhash)


def tokens(text: str) -> list[str]:
    """The words of ``text``, lower-cased (``\\w+`` runs), or its characters for a
    script written without spaces (Chinese, Japanese, Thai: few long "words")."""
    words = _WORD.findall(text.lower())
    if words and sum(map(len, words)) / len(words) > 12:
        words = [c for c in text if not c.isspace()]
    return words


# ASCII's non-word bytes (what \\w+ splits on) as spaces, letters lower-cased; the bytes
# of other characters (>= 0x80, UTF-8 sequences of word characters by then) kept
_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122 or c == 95 or c >= 128) else 32
    for c in range(256)
)
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]+")


def _byte_words(text: str) -> list[bytes] | list[str]:
    """:func:`tokens`, fast: the same words as UTF-8 bytes.  The characters that
    are neither ASCII nor word characters (curly quotes, dashes, CJK punctuation)
    become spaces in one regex pass, the ASCII ones in ``bytes.translate``, and
    ``split`` cuts the words: about twice as fast as ``findall`` (which builds a
    match per word).  Unspaced scripts still get their characters (as str)."""
    low = text.lower()
    if not low.isascii():
        low = _NON_ASCII_NON_WORD.sub(" ", low)
    words = low.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS).split()
    # (characters per word, separators included: English ~6.5, Finnish ~9, unspaced scripts far more)
    if words and len(low) > 13 * len(words):
        return [c for c in text if not c.isspace()]
    return words


def signature(text: str) -> Signature:
    words = _byte_words(text)
    if words and isinstance(words[0], str):
        joined = " ".join(words).encode("utf-8", "surrogatepass")
    else:
        joined = b" ".join(words)
    fingerprint = hashlib.sha1(joined).hexdigest()
    # (the MinHash of a huge body reads its first _MAX_WORDS words: memory stays bounded)
    return Signature(fingerprint, _minhash(words[:_MAX_WORDS]))


def _minhash(words: list[bytes] | list[str]) -> np.ndarray:
    """NUM_PERM minimum hashes of the text's shingles, by one-permutation hashing
    (Li, Owen and Zhang, 2012): each shingle is hashed once, the top bits of the
    hash choose one of NUM_PERM bins and each bin keeps its smallest value; an
    empty bin (a body of few shingles) borrows from the next filled one, with its
    distance mixed in (rotation densification, Shrivastava and Li, 2014).  Two
    bodies' bins agree with probability their Jaccard similarity, as with
    NUM_PERM separate hash functions, at the cost of one: O(shingles), not
    O(NUM_PERM × shingles)."""
    if not words:
        return _EMPTY.copy()
    # One 64-bit hash per word, vectorised: the words as a fixed-width array of
    # their UTF-8 bytes times random multipliers.  Longer words are cut at _WIDTH
    # bytes: 24 Latin letters, ~12 Cyrillic, ~8 Devanagari characters, so two long
    # forms of one stem may hash alike (a little more similarity, never less).
    if isinstance(words[0], bytes):
        codes = np.array(words, dtype=f"S{_WIDTH}").view(np.uint8).reshape(len(words), _WIDTH)
    else:
        codes = np.array(words, dtype=f"<U{_WIDTH}").view(np.uint32).reshape(len(words), _WIDTH)
    with np.errstate(over="ignore"):
        h = codes.astype(np.uint64) @ _CHAR_MIX
        if len(h) >= SHINGLE:  # one 64-bit hash per run of SHINGLE words
            n = len(h) - SHINGLE + 1
            shingles = sum(h[i:i + n] * _MIX[i] for i in range(SHINGLE))
        else:
            shingles = h
        # MurmurHash3's 64-bit finaliser (fmix64) over the seeded shingle hash: every output
        # bit depends on every input bit, as one-permutation hashing needs (the shingle
        # hash is linear in the words' hashes; a single multiply left structured text,
        # such as templated stories, measurably biased)
        mixed = shingles ^ _B[0]
        mixed ^= mixed >> np.uint64(33)
        mixed *= np.uint64(0xFF51AFD7ED558CCD)
        mixed ^= mixed >> np.uint64(33)
        mixed *= np.uint64(0xC4CEB9FE1A85EC53)
        mixed ^= mixed >> np.uint64(33)
    bins = (mixed >> np.uint64(64 - _BIN_BITS)).astype(np.intp)
    values = ((mixed >> np.uint64(64 - _BIN_BITS - 32)) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    lowest = _EMPTY.copy()
    np.minimum.at(lowest, bins, values)
    filled = np.zeros(NUM_PERM, dtype=bool)
    filled[bins] = True
    if not filled.all():
        have = np.flatnonzero(filled)
        here = np.arange(NUM_PERM)
        source = have[np.searchsorted(have, here) % len(have)]  # the next filled bin, circularly
        distance = ((source - here) % NUM_PERM).astype(np.uint32)
        with np.errstate(over="ignore"):
            lowest = np.where(filled, lowest, lowest[source] ^ (distance * np.uint32(0x9E3779B1)))
    return lowest


def buckets(minhash: np.ndarray) -> list[int]:
    """One integer per band (band number in the top bits), for an index lookup."""
    rows = minhash[: BANDS * BAND_ROWS].astype(np.uint64).reshape(BANDS, BAND_ROWS)
    with np.errstate(over="ignore"):
        mixed = (rows * _BAND_MIX).sum(axis=1) >> np.uint64(8)
    return [(band << 56) | int(value) for band, value in enumerate(mixed)]


def from_bytes(blob: bytes) -> np.ndarray | None:
    """A stored MinHash, or None when it was made by another scheme (older newsbot)."""
    if len(blob) != NUM_PERM * 4:
        return None
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def most_similar(minhash: np.ndarray, stored: list[bytes]) -> tuple[int, float] | None:
    """Index and similarity of the stored signature closest to ``minhash``
    (all compared at once; signatures of another scheme are skipped)."""
    usable = [i for i, blob in enumerate(stored) if blob and len(blob) == NUM_PERM * 4]
    if not usable:
        return None
    matrix = np.frombuffer(b"".join(stored[i] for i in usable), dtype="<u4").reshape(len(usable), NUM_PERM)
    same = np.count_nonzero(matrix == minhash, axis=1)
    best = int(same.argmax())
    return usable[best], float(same[best]) / NUM_PERM


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two bodies' shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM
