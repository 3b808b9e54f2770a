"""A second opinion on the article's extent: trafilatura, trimmed by ours.

trafilatura finds an article's paragraphs well on real news pages but its
boundaries are loose (a teaser, a caption, a call to action at either end);
newsbot's own container (page.py) is tight but misses parts of articles
split in odd ways.  Taking trafilatura's paragraphs and trimming, at both
ends only, the short ones that newsbot's container does not contain, scores
better than either alone on the article-extraction-benchmark (see
benchmarks/RESULTS.md).  trafilatura costs ~25 ms a page: the crawl uses this
only until it has learned a site's template (see template.py).
"""

from __future__ import annotations

import re

from newsbot.cleaning.footer import Block
from newsbot.cleaning.text import normalize_inline

_TOKEN = re.compile(r"\w+")
TRIM_MAX_CHARS = 200  # only short boundary paragraphs are trimmed
TRIM_MIN_INSIDE = 0.4  # ... when less than this share of their shingles is in ours
FALLBACK_RATIO = 0.5  # ours shorter than this share of trafilatura's: ours missed parts
LAYOUT_TABLE_SHARE = 0.5  # this share of ours inside trafilatura's table rows: a layout table


def _shingles(text: str) -> set[tuple[str, ...]]:
    toks = _TOKEN.findall(text)
    if not toks:
        return set()
    return {tuple(toks[i:i + 4]) for i in range(max(1, len(toks) - 3))}


def trafilatura_paragraphs(html: str) -> list[str]:
    import trafilatura  # heavy import, only when needed

    text = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    return [p for p in (normalize_inline(line) for line in text.split("\n")) if p]


def link_ratio(blocks: list[Block]) -> float:
    """Share of the blocks' text inside links."""
    total = sum(len(b.text) for b in blocks) or 1
    return sum(b.link_ratio * len(b.text) for b in blocks) / total


def _in_layout_table(ours: list[Block], theirs: list[str]) -> bool:
    """trafilatura rendered the story as cells of a table (``| … | … |`` rows): the
    page is laid out in a table, and its rows mix the story with navigation,
    metadata cells and sidebars; ours, which reads the cells, is the story."""
    rows = " ".join(p for p in theirs if p.startswith("|"))
    if not rows:
        return False
    mine = _shingles(" ".join(b.text for b in ours))
    return bool(mine) and len(mine & _shingles(rows)) >= LAYOUT_TABLE_SHARE * len(mine)


def combine(ours: list[Block], theirs: list[str]) -> list[Block]:
    """trafilatura's paragraphs, trimmed at both ends by ours, as blocks.

    Falls back to ours when trafilatura found nothing, and to theirs
    untrimmed when ours is much shorter (ours then missed most of it).
    """
    if not theirs:
        return ours
    if ours and _in_layout_table(ours, theirs):
        return ours
    by_text = {b.text: b for b in ours}
    blocks = [by_text.get(p, Block(p)) for p in theirs]
    ours_len = sum(len(b.text) for b in ours)
    theirs_len = sum(len(p) for p in theirs)
    if not ours or ours_len < FALLBACK_RATIO * theirs_len:
        return blocks
    inside_ours = _shingles(" ".join(b.text for b in ours))

    def foreign(text: str) -> bool:
        sh = _shingles(text)
        return len(text) < TRIM_MAX_CHARS and (not sh or len(sh & inside_ours) / len(sh) < TRIM_MIN_INSIDE)

    start, end = 0, len(blocks)
    while start < end and foreign(blocks[start].text):
        start += 1
    while end > start and foreign(blocks[end - 1].text):
        end -= 1
    return blocks[start:end]
