"""Copies of one article under several URLs of one crawl, told apart by their canonical.

A print view, an AMP page or a mobile copy names its article in ``<link rel=canonical>``.
When that canonical is on the crawled host, :func:`newsbot.extraction.page.copy_of` says so
from the page alone.  When it names another host, the page alone cannot tell a copy from a
syndicated story: a site crawled through a mirror, a staging host, or an http/https or
www/no-www variant names its public host on every page, the article included
(``http://127.0.0.1:8000/vest/x/`` and its ``/amp/vest/x/`` both name
``https://vestiplus.example/vest/x/``; Joomla's ``/component/content/article/412/print/``
names ``https://site.example/hrvatska/story.html``).  Across the crawl it can: the page whose
own path is the canonical's path is the original; another page naming the same canonical
with the same headline is a copy of it, whichever came first.

:class:`CopyTracker` holds such a copy until its original is seen (then the copy is dropped),
or the page at the canonical's path turns out not to be that article, or the crawl is done
(then one copy per headline is emitted, a page without print/AMP marks before one with).
A copy naming no canonical at all but saying it is one (robots ``noindex``, an AMP document) under
a print or AMP address is held the same way for the page at its address without that mark
(:func:`implied_original`), and so is a page naming no canonical at an address with a query whose path names a page of its own, for the
page at the bare path (:func:`query_view_of`: Dreamwidth's ``/5107.html?view=flat``).
Pure bookkeeping over plain values: the spider passes its items through it.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urlsplit, urlunsplit

# (_path_key: "/a/", "/a" and "/a/index.html" are one page; _SCRIPT_PATH: "/article.php")
from newsbot.extraction.page import _SCRIPT_PATH, _path_key, print_classed

# Path segments and query parameters that mark a page as another view of an article.  Never
# enough alone (``/amp/`` may be a section, "print" a slug); they only choose which of the
# pages naming one canonical with one headline is kept when the original was not crawled.
COPY_SEGMENTS = frozenset("print printable print-friendly printview amp mobile".split())
COPY_QUERY = (("print", None), ("amp", None), ("output", "amp"), ("tmpl", "component"), ("view", "print"))
# ... or the mark closing the file's name, the page's own name before it (a static generator's print copy beside its
# page: Asciidoctor/Jekyll sites' "story-print.html" next to "story.html", linked as "Print")
_COPY_SUFFIX = re.compile(r"^(.+?)[-_](?:print|printable|print-friendly|printview)(\.html?)$", re.IGNORECASE)


def _host(netloc_host: str | None) -> str:
    return (netloc_host or "").lower().removeprefix("www.")


def _copy_marks(url: str, suffix: bool = True) -> tuple[SplitResult, str, str]:
    """The URL's parts, and its path and query without their print or AMP marks (a ``/print/`` or ``/amp/``
    segment; ``print``, ``amp``, ``output=amp``, ``tmpl=component``, ``view=print`` in the query; with ``suffix``,
    the mark closing the file's name: _COPY_SUFFIX)."""
    parts = urlsplit(url)
    path = "/".join(seg for seg in parts.path.split("/") if seg.lower() not in COPY_SEGMENTS)
    head, _, last = path.rpartition("/")
    if suffix and (m := _COPY_SUFFIX.match(last)) is not None:
        path = f"{head}/{m[1]}{m[2]}"
    query = parts.query
    if query:
        kept = []
        for pair in query.split("&"):
            name, _, value = pair.lower().partition("=")
            if not any(name == mark and (want is None or value == want) for mark, want in COPY_QUERY):
                kept.append(pair)
        query = "&".join(kept)
    return parts, path, query


def url_marks_copy(url: str, marked: bool = False) -> bool:
    """A ``/print/`` or ``/amp/`` path segment, or ``?print=1`` / ``?tmpl=component`` / ``?output=amp``; or, when the
    document itself says it is a print view (``marked``: its class "print", noindex), a file's name closed by the
    mark ("story-print.html"): from the address alone that is a slug's word as often ("library-3d-print.html")."""
    parts, path, query = _copy_marks(url, suffix=marked)
    return (path, query) != (parts.path, parts.query)


def implied_original(url: str) -> str | None:
    """The article a copy's own address names when the copy names none (no canonical): its URL without
    the print or AMP mark (EasyDNNnews' ``/naviny/articleid/1542/most/print/`` -> ``…/most/``, ``/print/
    stire-8812.html`` -> ``/stire-8812.html``, ``story.html?print=1`` -> ``story.html``); None when the URL
    carries no mark, or nothing but the home page is left."""
    parts, path, query = _copy_marks(url)
    if (path, query) == (parts.path, parts.query) or not (_path_key(path) or query):
        return None
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


# a path's last segment naming a page of its own: one holding a digit (a number, "/5107.html", "/story/48213", or one
# inside a word) or a slug of three words
# or more ("/2026/03/council-approves-bus-lanes"); a bare word names a script ("/article", "/news/articleView.html"),
# and so may two ("/article-detail", "/news-view")
_OWN_PAGE_SEGMENT = re.compile(r"\d|[^\W\d_]+-[^\W\d_]+-[^\W\d_]")
# ... or any slug in a folder's form or under a year's folder (WordPress's "/2026/03/20/inchhede-gaz/" with Jetpack's
# "?relatedposts_hit=1"): no script is written so
_DATED_FOLDER = re.compile(r"/(?:19|20)\d{2}/")


def query_view_of(url: str) -> str | None:
    """The page an address with a query is a view of, when its path's last segment names a page of its own (a
    digit or a slug of three words or more: _OWN_PAGE_SEGMENT; any slug ending in "/" or under a year's folder):
    the address without the query (Dreamwidth's
    ``/5107.html?view=flat``, ``?mode=reply``, ``?thread=201`` -> ``/5107.html``, the entry and its comments again).
    None without a query, at the home page ("/?p=12"), at a script's path ("/article.php?id=5") or a bare word's
    ("/article?id=5", "/news/articleView.html?idxno=101"): there the query names the page."""
    parts = urlsplit(url)
    if not parts.query or not _path_key(parts.path) or _SCRIPT_PATH.search(parts.path):
        return None
    last = _path_key(parts.path).rsplit("/", 1)[-1]
    if not (_OWN_PAGE_SEGMENT.search(last.rsplit(".", 1)[0]) or parts.path.endswith("/")
            or _DATED_FOLDER.search(parts.path)):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


# a page number closing an address: "-page-2" / "_page_2" before the file's extension (MyBB's SEO "/thread-12-page-2.html",
# vBulletin's "/12-title-page2.html"), or "/page/2", "/2" as a last folder (WordPress's paged post "/story-slug/2/")
_PAGED_FILE = re.compile(r"[-_]page[-_]?([2-9]|[1-9]\d{1,2})(\.\w+)$", re.IGNORECASE)
_PAGED_FOLDER = re.compile(r"/(?:page/)?([2-9]|[1-9]\d{1,2})/?$", re.IGNORECASE)


def paged_view_of(url: str) -> str | None:
    """The page a paged address continues: its address without the page number (``/thread-12-page-2.html`` ->
    ``/thread-12.html``; ``/2026/03/council-approves-budget/2/`` -> ``/2026/03/council-approves-budget/``), when what is left names a
    page of its own (a digit or a slug of three words: _OWN_PAGE_SEGMENT; not a section's "/news/2/").  The second
    page of a topic or a story under its headline again (a forum's replies, the story's rest): its first page's."""
    parts = urlsplit(url)
    if parts.query:
        return None
    if (m := _PAGED_FILE.search(parts.path)) is not None:
        path = parts.path[:m.start()] + m.group(2)
    elif (m := _PAGED_FOLDER.search(parts.path)) is not None:
        path = parts.path[:m.start()] + "/"
    else:
        return None
    last = _path_key(path).rsplit("/", 1)[-1]
    if not last or not _OWN_PAGE_SEGMENT.search(last.rsplit(".", 1)[0]):
        return None
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def document_marks_copy(root: Any) -> bool:
    """An AMP document: ``<html amp>`` or ``<html ⚡>``; or a print view saying so in its <body>'s or <html>'s class
    ("<body class="article print">": the print template's own class, a static site's "story-print.html")."""
    if root.get("amp") is not None or root.get("\u26a1") is not None:
        return True
    return print_classed(root)


def _title_key(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


# the shorter headline's least share of the longer one's characters when one ends or starts the other
_TITLE_SHARE = 0.5
# the extra part of the longer headline: a label, a keyword or a site's name, a few words set off by a mark ("Ispis:
# Headline", "JeetBazi99» Headline", "Headline | Site", "Headline (Video)"); the same words without the mark go on
# with the headline ("Rat beschließt Haushalt für Schulen" is another story than "Rat beschließt Haushalt")
_LABEL_WORDS = 3
# (the full-width colon and bar too, as CJK input methods type them in any script's headline: "ZUNBIT：Headline" on a
# Ghost article, "Zunbit - Headline" on its AMP copy)
_MARKS_BEFORE = frozenset(":：»›>|｜–—-·•/]）)】")  # ending a label written ahead of the headline
_MARKS_AFTER = frozenset(":：«‹<|｜–—-·•/[（(【")  # opening one written after it


def _label(extra: str, marks: frozenset[str], at: int) -> bool:
    """``extra`` (stripped) a label: its mark at ``at`` (0 or -1, beside the shared headline), a few words."""
    return bool(extra) and extra[at] in marks and len(extra.split()) <= _LABEL_WORDS


def _same_title(a: str, b: str) -> bool:
    """Two headline keys of one story: equal, or one the start or end of the other, most of it, the rest a label
    set off by a mark.  An article's headline carries what its copy's template leaves out, or the reverse: a spam
    keyword or the site's name before it ("JeetBazi99» سکر بئراج: …" on the article, "سکر بئراج: …" on its AMP copy;
    "Print: Headline", "Headline - Site").  Another story naming the same canonical has another headline, not a
    part of this one's, nor this one's words going on ("Rat beschließt Haushalt für Schulen")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not short or len(short) < _TITLE_SHARE * len(long):
        return False
    if long.startswith(short):
        return _label(long[len(short):].strip(), _MARKS_AFTER, 0)
    if long.endswith(short):
        return _label(long[:-len(short)].strip(), _MARKS_BEFORE, -1)
    # ... or each with a label of its own ahead of the one headline (WordPress's "【MaaxCoin】Headline" on the
    # article, its print view's "MaaxCoin - Headline": a keyword written another way by each template), the same
    # words but for their marks; other words are another story of a series ("Day 3 – …", "Day 4 – …"; "Part 1: …")
    bare_a, bare_b = _unlabelled(a), _unlabelled(b)
    return (bare_a == bare_b and bare_a not in (a, b) and len(bare_a) >= _TITLE_SHARE * len(long)
            and _label_words(a, bare_a) == _label_words(b, bare_b))


def _label_words(key: str, bare: str) -> str:
    """The label ahead of ``bare`` in ``key``, its marks and spaces left out ("【maaxcoin】", "maaxcoin - ": "maaxcoin")."""
    return re.sub(r"\W+", "", key[:len(key) - len(bare)])


def _unlabelled(key: str) -> str:
    """The headline key without the label ahead of it (a few words closed by a mark: "maaxcoin - ", "【maaxcoin】"),
    else the key."""
    for at, ch in enumerate(key[:60]):
        if ch in _MARKS_BEFORE and _label(key[:at + 1].strip(), _MARKS_BEFORE, -1):
            return key[at + 1:].strip()
    return key


def _has_title(titles: Iterable[str], tkey: str) -> bool:
    return any(_same_title(t, tkey) for t in titles)


@dataclass
class Decision:
    status: str  # "emit": emitted now; "held": waits for its original; "copy": dropped, its article is out
    emit: list[Any]  # items to emit now (this page's, or copies it released)
    fetch: bool = False  # fetch the original this held copy names
    original: str | None = None  # that original's URL on the crawled host (when fetch)
    dropped_held: int = 0  # held copies of this page now dropped


@dataclass
class _Held:
    title: str
    marked: bool
    item: Any


@dataclass
class CopyTracker:
    """Which article items to emit when several pages of a crawl name one canonical on another host."""

    max_held: int = 500  # copies waiting for their original; beyond it the oldest are emitted
    # (crawled host, canonical path key) -> headline key of the original page emitted for it
    originals: OrderedDict[tuple[str, str], str] = field(default_factory=OrderedDict)
    # same key -> headline keys emitted for it by copies (their original was not found)
    emitted: OrderedDict[tuple[str, str], set[str]] = field(default_factory=OrderedDict)
    # articles remembered in each (bounded memory: on a crawl through a mirror every article of
    # the site has an entry; a copy of one forgotten is only held, then released, as if unseen)
    max_remembered: int = 100_000
    held: OrderedDict[tuple[str, str], list[_Held]] = field(default_factory=OrderedDict)
    # (host, path) of another HTML view an emitted article declares (<link rel=alternate type=text/html>: DokuWiki's
    # "/_export/xhtml/<id>", naming no canonical) -> that article's headline key: the view is a copy of it
    alternates: OrderedDict[tuple[str, str], str] = field(default_factory=OrderedDict)

    @staticmethod
    def key(url: str, canonical: str | None) -> tuple[tuple[str, str], bool] | None:
        """(crawled host, canonical path) and whether the page is that path's own page, when the
        canonical names another host; None otherwise (no canonical, the same host: page.copy_of's
        case, or a canonical naming only a home page)."""
        if not canonical:
            return None
        here, target = urlsplit(url), urlsplit(canonical)
        if _host(target.hostname) == _host(here.hostname):
            return None
        path = _path_key(target.path)
        if not path:
            return None  # every page naming the home page: a misconfigured canonical
        path += "?" + target.query if target.query else ""
        own = CopyTracker.own_key(here)
        return (own[0], path), own[1] == path

    @staticmethod
    def own_key(here: SplitResult) -> tuple[str, str]:
        """(host, path and query) of a crawled page: the key copies naming its path are held under."""
        return here.netloc.lower(), _path_key(here.path) + ("?" + here.query if here.query else "")

    @staticmethod
    def original_url(url: str, canonical: str) -> str:
        """The canonical's path on the crawled host: where the original of a copy would be."""
        here, target = urlsplit(url), urlsplit(canonical)
        return urlunsplit((here.scheme, here.netloc, target.path or "/", target.query, ""))

    def article(self, url: str, canonical: str | None, title: str | None, marked: bool,
                item: Any, redirects: Iterable[str] = (), alternates: Iterable[str] = ()) -> Decision:
        """What becomes of this article page (emitted, held, dropped as a copy), the items to
        emit now, and whether the original it names should be fetched: a held copy marked as a
        print or AMP view (``marked``: the document says so; or its URL does).  An unmarked one
        (a syndicated story naming its publisher, most likely) waits without costing a
        request: for its path to be crawled, or the end.

        A page naming no other host (no canonical, or its own) is the original of copies naming its
        path: copies held for it are dropped, and it is remembered under its own address and the
        addresses it was redirected from (``redirects``: the request's ``redirect_urls``) for the copies
        still to come.  Whatever the order: an article crawled first, that does not link its print view
        (the link is on a listing, or a script's button), is known when its print view comes, whose
        request for it the dupefilter drops; an article fetched at ``/news/12345/`` and redirected to
        ``/news/12345/council-budget/`` matches the print view held for ``/news/12345/``.

        An emitted article's ``alternates`` (its ``<link rel=alternate type=text/html>`` views) are remembered: such a
        view naming no canonical, with the article's headline, is a copy (DokuWiki's "/_export/xhtml/<id>" export,
        linked only from its article's page tools, so crawled after it)."""
        found = self.key(url, canonical)
        tkey = _title_key(title)
        if not canonical and (declared := self.alternates.get(self.own_key(urlsplit(url)))) is not None \
                and _same_title(declared, tkey):
            return Decision("copy", [])
        implied = None
        if found is None and not canonical and marked and (implied := implied_original(url)):
            # a copy naming no page (EasyDNNnews' print view: robots noindex, no canonical, under its article's
            # path "…/most/print/"): its own address without the print mark is its original's
            found = (self.own_key(urlsplit(implied)), False)
        elif found is None and not canonical and (view := query_view_of(url) or paged_view_of(url)):
            # a page naming no canonical at its path with a query (query_view_of): held for the page at the bare
            # path, dropped when that shows the same headline, whichever comes first; its own record when that
            # page shows another headline or is no article of the crawl
            found = (self.own_key(urlsplit(view)), False)
        if found is None:
            keys = [key for u in (url, *redirects) if (key := self.own_key(urlsplit(u)))[1]]
            out, dropped = [item], 0
            for key in keys:
                if _has_title(self.emitted.get(key, ()), tkey):
                    return Decision("copy", [])  # a copy stood in for it already (held too long): one record only
            for alternate in alternates:
                self.alternates[self.own_key(urlsplit(alternate))] = tkey
                _bound(self.alternates, self.max_remembered)
            for key in keys:
                self._remember(key, tkey)
                got, n = self._drop_held(key, tkey)
                out += got
                dropped += n
            return Decision("emit", out, dropped_held=dropped)
        key, own = found
        if own:
            if _has_title(self.emitted.get(key, ()), tkey):
                return Decision("copy", [])  # a copy stood in for it already (held too long): one record only
            self._remember(key, tkey)
            out, dropped = self._drop_held(key, tkey)
            return Decision("emit", [item, *out], dropped_held=dropped)
        if key in self.originals:
            if _same_title(self.originals[key], tkey):
                return Decision("copy", [])  # a copy of an article emitted at its own URL
            out = self._emit_copy(key, tkey, item)
            return Decision("emit" if out else "copy", out)
        marked = marked or url_marks_copy(url)
        self.held.setdefault(key, []).append(_Held(tkey, marked, item))
        self.held.move_to_end(key)
        out = []
        while self.held_count() > self.max_held:
            out += self._release(next(iter(self.held)))
        return Decision("held", out, fetch=marked,
                        original=implied or (self.original_url(url, canonical) if marked and canonical else None))

    def not_original(self, url: str) -> list[Any]:
        """The page at ``url`` is not an article (or failed): the copies naming its path are all
        there is of their story."""
        key = self.own_key(urlsplit(url))
        return self._release(key) if key in self.held else []

    def release_all(self) -> list[Any]:
        """The crawl is done: every copy still waiting stands for its story."""
        out = []
        while self.held:
            out += self._release(next(iter(self.held)))
        return out

    def has_held(self) -> bool:
        return bool(self.held)

    def held_count(self) -> int:
        return sum(len(v) for v in self.held.values())

    def _remember(self, key: tuple[str, str], tkey: str) -> None:
        self.originals.setdefault(key, tkey)
        self.originals.move_to_end(key)
        _bound(self.originals, self.max_remembered)

    def _drop_held(self, key: tuple[str, str], tkey: str) -> tuple[list[Any], int]:
        """The copies held for the article at ``key`` are dropped; those of another story naming
        that path (another headline) get their own record, once (a later copy of it is one)."""
        out, dropped = [], 0
        for held in self.held.pop(key, []):
            if not _same_title(held.title, tkey):
                out += self._emit_copy(key, held.title, held.item)
            else:
                dropped += 1
        return out, dropped

    def _emit_copy(self, key: tuple[str, str], tkey: str, item: Any) -> list[Any]:
        titles = self.emitted.setdefault(key, set())
        _bound(self.emitted, self.max_remembered)
        if _has_title(titles, tkey):
            return []
        titles.add(tkey)
        return [item]

    def _release(self, key: tuple[str, str]) -> list[Any]:
        out = []
        # one per headline; an unmarked page (the story's plain URL) before a print or AMP view
        for held in sorted(self.held.pop(key, []), key=lambda h: h.marked):
            out += self._emit_copy(key, held.title, held.item)
        return out


def _bound(entries: OrderedDict, most: int) -> None:
    """Forget the oldest entries beyond ``most``."""
    while len(entries) > most:
        entries.popitem(last=False)
