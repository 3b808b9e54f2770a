"""Measures of the golden corpus (pure functions, no newsbot imports).

Body token F1 is the article-extraction-benchmark's measure as implemented in
``/work/shared/tools/eval_extraction.py`` (Zyte/Scrapinghub
article-extraction-benchmark): ``shingles``, ``page_counts`` and ``prf`` below
are copied from that file unchanged -- \\w+ tokens, 4-token shingles, per-page
tp/fp/fn normalised to sum to 1, macro-averaged precision and recall, F1 of
the two means.

The other measures are this corpus's own (see tests/golden/README.md).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

# ---- copied from /work/shared/tools/eval_extraction.py (benchmark measure) ----
TOKEN = re.compile(r"\w+")
N = 4


def shingles(text):
    toks = TOKEN.findall(text or "")
    if len(toks) < N:
        return Counter([tuple(toks)] if toks else [])
    return Counter(tuple(toks[i:i + N]) for i in range(len(toks) - N + 1))


def page_counts(gold, pred):
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prf(counts):
    # macro averages; a page that predicts nothing does not enter the precision mean
    p = [1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0]
    r = [1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0]
    P = statistics.mean(p) if p else 0.0
    R = statistics.mean(r) if r else 0.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)
# ---- end of copy ----


FIELDS = ("published_at", "source", "category")


def norm(text: str | None) -> str:
    """Whitespace-collapsed NFC text, for substring checks."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def same_instant(want: str | None, got: str | None) -> bool:
    """``published_at`` values naming the same instant: ISO 8601 compared as datetimes, so
    ``2025-11-03T11:04`` equals ``2025-11-03T11:04:00`` and ``…+00:00`` equals ``…Z``; a
    naive time never equals an aware one, unparseable values only themselves."""
    if want == got or not want or not got:
        return want == got
    try:
        return datetime.fromisoformat(want) == datetime.fromisoformat(got)
    except ValueError:
        return False


def body_f1_page(gold: str, pred: str | None) -> float:
    """F1 of one page (the benchmark's formula on a single page)."""
    return prf([page_counts(gold, pred or "")])[2]


def junk_left(junk: list[str], title: str | None, body: str | None,
              gold_title: str | None = None, gold_body: str | None = None) -> list[str]:
    """Junk strings of the page found in the output title or body more often than in the gold's.

    A junk string of one ASCII word (a spam keyword) is matched case-insensitively
    where no ASCII letter or digit touches it (so ``，ybvip初`` in Chinese text
    counts); longer strings as whitespace-normalised substrings, caselessly. A red
    team's junk phrase may also be the story's own words in another case (the Hausa
    newsletter box "Yi rajista" beside the story's "sun yi rajista"): only what the
    output holds beyond the gold's own uses is junk left.
    """
    def count(jn: str, text: str) -> int:
        if re.fullmatch(r"\w+", jn) and jn.isascii():
            return len(re.findall(r"(?<![A-Za-z0-9])" + re.escape(jn) + r"(?![A-Za-z0-9])", text, re.IGNORECASE))
        return text.lower().count(jn.lower())

    hay = norm(title) + "\n" + norm(body)
    gold = norm(gold_title) + "\n" + norm(gold_body)
    found = []
    for j in junk:
        jn = norm(j)
        if jn and count(jn, hay) > count(jn, gold):
            found.append(j)
    return found


def legit_removed(gold_body: str, pred_body: str | None) -> list[str]:
    """Expected body paragraphs (and in-article headings) not found verbatim in the output."""
    pred = norm(pred_body)
    return [p for p in gold_body.split("\n\n") if norm(p) not in pred]


@dataclass
class Outcome:
    """One golden article against what newsbot produced for it (None: not emitted)."""

    site: str
    path: str
    expected: dict
    got: dict | None

    @property
    def missed(self) -> bool:
        return self.got is None

    def title_exact(self) -> bool:
        return self.got is not None and norm(self.got.get("title")) == norm(self.expected["title"])

    def f1(self) -> float:
        return body_f1_page(self.expected["body"], (self.got or {}).get("body"))

    def field_ok(self, name: str) -> bool:
        if self.got is None:
            return False
        if name == "published_at":
            return same_instant(self.expected[name], self.got.get(name))
        return self.got.get(name) == self.expected[name]

    def junk(self) -> list[str]:
        if self.got is None:
            return []
        return junk_left(self.expected["junk"], self.got.get("title"), self.got.get("body"),
                         self.expected["title"], self.expected["body"])

    def removed(self) -> list[str]:
        if self.got is None:
            return []
        return legit_removed(self.expected["body"], self.got.get("body"))


@dataclass
class Summary:
    articles: int = 0
    missed: int = 0
    nonarticles_emitted: list[str] = field(default_factory=list)
    title_exact: float = 0.0
    body_f1: float = 0.0
    body_precision: float = 0.0
    body_recall: float = 0.0
    fields: dict[str, float] = field(default_factory=dict)
    language: float = 0.0
    spam_left: int = 0  # articles with any junk string left in title or body
    legit_removed: int = 0  # articles with any expected paragraph missing
    legit_paragraphs_removed: int = 0

    def line(self, name: str) -> str:
        f = self.fields
        return (f"{name:<12} n={self.articles:<3} title={self.title_exact:.3f} F1={self.body_f1:.3f} "
                f"(P={self.body_precision:.3f} R={self.body_recall:.3f}) date={f['published_at']:.3f} "
                f"source={f['source']:.3f} category={f['category']:.3f} lang={self.language:.3f} "
                f"spam_left={self.spam_left} legit_removed={self.legit_removed}"
                f"/{self.legit_paragraphs_removed}p missed={self.missed} "
                f"nonarticles={len(self.nonarticles_emitted)}")


def summarize(outcomes: list[Outcome], nonarticles_emitted: list[str] = ()) -> Summary:
    n = len(outcomes)
    s = Summary(articles=n, nonarticles_emitted=list(nonarticles_emitted))
    if not n:
        return s
    s.missed = sum(o.missed for o in outcomes)
    s.title_exact = sum(o.title_exact() for o in outcomes) / n
    # missed articles count as empty predictions (recall 0), as in the benchmark
    s.body_precision, s.body_recall, s.body_f1 = prf(
        [page_counts(o.expected["body"], (o.got or {}).get("body") or "") for o in outcomes])
    s.fields = {name: sum(o.field_ok(name) for o in outcomes) / n for name in FIELDS}
    s.language = sum(o.field_ok("language") for o in outcomes) / n
    s.spam_left = sum(bool(o.junk()) for o in outcomes)
    s.legit_removed = sum(bool(o.removed()) for o in outcomes)
    s.legit_paragraphs_removed = sum(len(o.removed()) for o in outcomes)
    return s


def failures(outcomes: list[Outcome]) -> list[str]:
    """One line per problem, with the wrong output against the expected one."""
    lines = []
    for o in outcomes:
        where = f"{o.site}{o.path}"
        if o.missed:
            lines.append(f"{where}: MISSED (not emitted)")
            continue
        if not o.title_exact():
            lines.append(f"{where}: title {o.got.get('title')!r} != {o.expected['title']!r}")
        for name in FIELDS + ("language",):
            if not o.field_ok(name):
                lines.append(f"{where}: {name} {o.got.get(name)!r} != {o.expected[name]!r}")
        out = norm(o.got.get("title")) + " || " + norm(o.got.get("body"))
        for j in o.junk():
            i = out.lower().find(norm(j).lower())
            lines.append(f"{where}: junk left {j!r} in ...{out[max(0, i - 50):i + len(j) + 50]!r}...")
        got_paras = (o.got.get("body") or "").split("\n\n")
        for p in o.removed():
            words = set(TOKEN.findall(p))
            near = max(got_paras, key=lambda g: len(words & set(TOKEN.findall(g))), default="")
            shown = near if len(near) < 260 else near[:260] + "…"
            lines.append(f"{where}: legit removed/altered {p[:80]!r}… -> got {shown!r}"
                         if len(words & set(TOKEN.findall(near))) * 2 >= len(words) else f"{where}: legit REMOVED {p[:100]!r}")
        f1 = o.f1()
        if f1 < 0.999:
            lines.append(f"{where}: body F1 {f1:.3f}")
    return lines
