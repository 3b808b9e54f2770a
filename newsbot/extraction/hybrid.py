"""A second opinion on the article's extent: trafilatura, trimmed by ours.

trafilatura finds an article's paragraphs well on real news pages but its
boundaries are loose (a teaser, a caption, a call to action at either end);
newsbot's own container (page.py) is tight but misses parts of articles
split in odd ways.  Taking trafilatura's paragraphs, trimming at both ends the
short ones that newsbot's container does not contain and cutting a teaser
list after the story's last shared paragraph, scores better than either alone
on the article-extraction-benchmark (see README.md).  Paragraphs are matched
by their letters and digits and compared by character 5-grams, so this holds
in every script: on the holdout sites' article pages in 56 languages, one page
at a time (`python benchmarks/extraction.py --holdout`, then 248 pages), F1
went from 0.950 to 0.971, the benchmark staying at 0.967.  trafilatura costs
~30 ms a page on the benchmark's pages (47.1 against 16.8 ms in process):
`python -m newsbot.extract` uses this by default, the crawl only with
NEWSBOT_EXTRACTOR=hybrid.  Whether a page is an article is decided on ours,
as the fast crawl decides it (:func:`read_verdict`): trafilatura reads the
text of any page, a photo post's "Popular posts" widget included.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbot.cleaning.footer import Block
from newsbot.cleaning.text import normalize_inline

if TYPE_CHECKING:
    from newsbot.extraction.classify import Verdict
    from newsbot.extraction.page import ExtractedPage

_NOT_WORD = re.compile(r"[\W_]+")
GRAM = 5  # characters: a measure that works for scripts without spaces, where \w+ runs are whole clauses
TRIM_MAX_CHARS = 200  # only short boundary paragraphs are trimmed
TRIM_MIN_INSIDE = 0.4  # ... when less than this share of their text is in ours
DISJOINT = 0.3  # less than this share of trafilatura's text in ours: the two read different parts of the page
PROSE_CHARS = 100  # a paragraph of prose, not a teaser, label or caption
LIST_ITEM = "- "  # how trafilatura writes a list item
LAYOUT_TABLE_SHARE = 0.5  # this share of ours inside trafilatura's table rows: a layout table


def _key(text: str) -> str:
    """The paragraph's letters and digits, lower-cased: trafilatura re-spaces text and drops
    zero-width joiners (Persian "آتش‌بس" comes back "آتشبس"), so equal paragraphs are equal by key."""
    return _NOT_WORD.sub("", text).lower()


def _grams(text: str) -> set[str]:
    """Character 5-grams of the text's key (see _key_grams)."""
    return _key_grams(_key(text))


def _key_grams(k: str) -> set[str]:
    """Character 5-grams of the key.  (4-token shingles, tried first, fail twice: a paragraph of
    fewer than four tokens is one shingle never found in a longer text, and a Japanese or Thai
    paragraph is a handful of \\w+ runs.)"""
    if len(k) <= GRAM:
        return {k} if k else set()
    return {k[i:i + GRAM] for i in range(len(k) - GRAM + 1)}


def _share_inside(text: str, pool: set[str]) -> float:
    grams = _grams(text)
    return len(grams & pool) / len(grams) if grams else 0.0


def _prose(texts: list[str]) -> int:
    return sum(len(t) for t in texts if len(t) >= PROSE_CHARS)


def trafilatura_paragraphs(html: str) -> list[str]:
    import trafilatura  # heavy import, only when needed

    text = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    return [p for p in (normalize_inline(line) for line in text.split("\n")) if p]


def link_ratio(blocks: list[Block]) -> float:
    """Share of the blocks' text inside links."""
    total = sum(len(b.text) for b in blocks) or 1
    return sum(b.link_ratio * len(b.text) for b in blocks) / total


def set_blocks(page: ExtractedPage, blocks: list[Block]) -> None:
    """Give the page other blocks, and the share of their text in links with them (classify reads both)."""
    page.blocks = blocks
    page.container_link_ratio = link_ratio(blocks)


def _in_layout_table(ours: list[Block], theirs: list[str]) -> bool:
    """trafilatura rendered the story as cells of a table (``| … | … |`` rows): the
    page is laid out in a table, and its rows mix the story with navigation,
    metadata cells and sidebars; ours, which reads the cells, is the story."""
    rows = " ".join(p for p in theirs if p.startswith("|"))
    if not rows:
        return False
    mine = _grams(" ".join(b.text for b in ours))
    return bool(mine) and len(mine & _grams(rows)) >= LAYOUT_TABLE_SHARE * len(mine)


def _run_together(text: str, keys: list[str], pool: set[str], first: bool, last: bool) -> list[int] | None:
    """The indexes of the paragraphs of ours that trafilatura ran into one (paragraphs split by <br>
    or bare divs): ours keeps them apart.  Several consecutive paragraphs of ours making up nearly
    all of it; or, in trafilatura's first or last paragraph, paragraphs of ours one after the other
    with a short head (first) or tail (last) that ours does not hold: the ends of its reading, which
    go as combine trims the short foreign paragraphs at its ends (a short story read whole as one
    paragraph, its headline and date line first: "Bridge reopens after repairs May 2, 2025 · Source:
    Metro Feed The Mill Street bridge reopened …").  A sentence ours lacks inside the story stays."""
    whole = _key(text)
    inside = [i for i, k in enumerate(keys) if len(k) >= 40 and k in whole]
    if not inside:
        return None
    if len(inside) >= 2 and inside == list(range(inside[0], inside[-1] + 1)) \
            and sum(len(keys[i]) for i in inside) >= 0.9 * len(whole):
        return inside
    run, joined = [inside[0]], keys[inside[0]]
    while run[-1] + 1 < len(keys) and keys[run[-1] + 1] and joined + keys[run[-1] + 1] in whole:
        run.append(run[-1] + 1)
        joined += keys[run[-1]]
    head, _, tail = whole.partition(joined)
    if (not head or first) and (not tail or last) and all(
            len(end) < TRIM_MAX_CHARS and len(_key_grams(end) & pool) < TRIM_MIN_INSIDE * len(_key_grams(end))
            for end in (head, tail) if end):
        return run
    return None


def _teaser_list(items: list[tuple[Block, int | None]], last: int) -> int:
    """Where the story ends when, after its last paragraph ours holds, trafilatura goes on with
    nothing but a list under a heading: the teaser list ours's container left out ("עוד כתבות
    באתר" and its "- headline snippet…" items, however long).  A list the story introduces
    ("What the budget includes:") or followed by more of the story's prose stays."""
    tail = items[last + 1:]
    first = next((j for j, (b, _) in enumerate(tail) if b.text.startswith(LIST_ITEM)), None)
    if first is None or any(not b.text.startswith(LIST_ITEM) and len(b.text) >= PROSE_CHARS for b, _ in tail[first:]):
        return len(items)
    cut = last + 1 + first
    while cut > last + 1 and len(items[cut - 1][0].text) < 60:  # and the heading over it
        cut -= 1
    if items[cut - 1][0].text.rstrip().endswith((":", "：")) or (
            cut < last + 1 + first and items[cut][0].text.rstrip().endswith((":", "："))):
        return len(items)
    return cut


def combine(ours: list[Block], theirs: list[str]) -> list[Block]:
    """trafilatura's paragraphs, trimmed at both ends by ours, as blocks.

    A paragraph both hold is ours's block (it keeps the kind, links and text ours read).
    Falls back to ours when trafilatura found nothing or only a short side column, and
    to theirs untrimmed when the two read different parts and theirs has the prose.
    """
    if not theirs:
        return ours
    if ours and _in_layout_table(ours, theirs):
        return ours
    keys = [_key(b.text) for b in ours]
    index: dict[str, int] = {}
    for i, k in enumerate(keys):
        index.setdefault(k, i)
    pool = set().union(*(_key_grams(k) for k in keys))
    # (trafilatura gives a code listing line by line, "date: 2026-03-12" of a docs page's front-matter example
    # alone: a line of theirs inside a listing of ours keeps its kind, a code line never read as metadata)
    listings = [k for k, b in zip(keys, ours, strict=True) if b.kind == "pre" and k]
    items: list[tuple[Block, int | None]] = []  # each with its index in ours, None: theirs only
    for n, p in enumerate(theirs):
        i = index.get(_key(p))
        run = [i] if i is not None else _run_together(p, keys, pool, n == 0, n == len(theirs) - 1)
        kind = "pre" if not run and (k := _key(p)) and any(k in listing for listing in listings) else "p"
        items.extend([(ours[i], i) for i in run] if run else [(Block(p, kind), None)])
    if not ours:
        return [b for b, _ in items]
    theirs_grams = set().union(*(_grams(p) for p in theirs))
    if len(theirs_grams & pool) < DISJOINT * len(theirs_grams):
        # they read different parts: ours took a caption, a sidebar or comments, and theirs is
        # the story; unless trafilatura took a column of teasers, lines without one paragraph
        # of prose ("Lottozahlen vom Samstag: 4, 11, 19…"), while ours holds the story
        return ours if not _prose(theirs) and _prose([b.text for b in ours]) else [b for b, _ in items]

    def foreign(text: str) -> bool:
        return len(text) < TRIM_MAX_CHARS and _share_inside(text, pool) < TRIM_MIN_INSIDE

    start, end = 0, len(items)
    while start < end and foreign(items[start][0].text):
        start += 1
    while end > start and foreign(items[end - 1][0].text):
        end -= 1
    items = items[start:end]
    # the head: a short line of theirs alone after a line ours holds (the headline) and before the first paragraph
    # of prose both hold (Medium's byline "1 min readMar 21, 2026" between them): ours read that stretch, left it out
    first = next((j for j, (b, i) in enumerate(items) if i is not None and len(b.text) >= PROSE_CHARS), 0)
    items = [item for j, item in enumerate(items)
             if not (j < first and item[1] is None and foreign(item[0].text) and any(i is not None for _, i in items[:j]))]
    if not items:
        return ours
    shared = [j for j, (_, i) in enumerate(items) if i is not None]
    if shared:
        items = items[:_teaser_list(items, shared[-1])]
    # a subheading of ours between two paragraphs both hold, which trafilatura dropped, goes back
    out: list[Block] = []
    previous = None
    for block, i in items:
        if i is not None:
            if previous is not None and 1 < i - previous <= 3:
                out.extend(b for b in ours[previous + 1:i] if b.kind == "h")
            previous = i
        out.append(block)
    return out


def second_opinion(ours: list[Block], html: str) -> list[Block]:
    """The blocks of a page whose text ours read too little of, though the page says it is an article (the fast
    crawl's fallback): trafilatura's paragraphs trimmed by ours, as :func:`combine` gives them, when they hold
    more text, in two paragraphs or more, one of prose; else ours.  A page is never lost because one reading of
    it found nothing (a CMS wrapping the text in markup ours does not take for a container: "<span
    class=…meta_field><p>…</p></span>")."""
    theirs = combine(ours, trafilatura_paragraphs(html))
    if len(theirs) < 2 or not _prose([b.text for b in theirs]):
        # short lines only (a photo post's captions, the sidebar's calendar), or one line (the caption under a
        # photo, the headline run into it: "ဓာတ်ပုံသတင်း - … ဆောက်လုပ်နေပုံ။ ဓာတ်ပုံ - …"): no text found either
        return ours
    return theirs if sum(len(b.text) for b in theirs) > sum(len(b.text) for b in ours) else ours


def reread_broken(page: ExtractedPage, html: str, verdict: Verdict, reclassify: Callable[[], Verdict]) -> Verdict:
    """A page with a headline whose text the fast extractor did not find (too short to be one: "broken-article")
    read again by :func:`second_opinion` before it is called unreadable, and ``reclassify`` called on it; any
    other verdict unchanged (the same object).  The crawl and ``python -m newsbot.extract --fast`` share this."""
    if verdict.reason != "broken-article" or not page.title:
        return verdict
    set_blocks(page, second_opinion(page.blocks, html))
    return reclassify()


def read_verdict(page: ExtractedPage, html: str, reclassify: Callable[[], Verdict], *, hybrid: bool,
                 fixed_body: bool = False) -> tuple[Verdict, bool]:
    """The verdict on a page as the crawl and ``python -m newsbot.extract`` reach it, and whether trafilatura read
    the page again because ours found too little (:func:`reread_broken`).  ``fixed_body`` (a profile's body
    selector): ours alone.  Fast: ours, a broken article read again.  ``hybrid``: whether the page is an article is
    decided as the fast crawl decides it, then its blocks are :func:`combine`'s and ``reclassify`` called on them; a
    page ours calls no article stays one (a video post beside a widget of other posts' snippets, which trafilatura
    reads as the text), an article the second reading would lose keeps ours's blocks and verdict, and a page read
    again already holds trafilatura's reading (not read a third time)."""
    first = reclassify()
    if fixed_body:
        return first, False
    verdict = reread_broken(page, html, first, reclassify)
    reread = verdict is not first
    if not hybrid or reread or not verdict.is_article:
        return verdict, reread
    ours = page.blocks
    set_blocks(page, combine(ours, trafilatura_paragraphs(html)))
    second = reclassify()
    if second.is_article:
        return second, False
    set_blocks(page, ours)
    return verdict, False
