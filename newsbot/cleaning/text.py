"""Text normalisation: entities, stray markup, whitespace, invisible characters."""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parser
import unicodedata

from w3lib.html import remove_tags, replace_entities

# Zero-width and bidi control characters that spam templates use to break words.
# The joiners (ZWNJ U+200C, ZWJ U+200D) are orthography in Persian, Indic scripts
# and emoji sequences: removed only next to Latin text, where no word uses them.
_LATIN = "\x21-\x7e\u00c0-\u024f"
# (every alternative starts with the invisible character, so the regex engine
# scans for those few characters instead of trying each position: this runs on
# every piece of text the extractor reads)
_INVISIBLE = re.compile(
    "[\u200b\u2060\ufeff\u00ad\u202a-\u202e]|[\u200c\u200d](?<=[" + _LATIN + "].)|[\u200c\u200d](?=[" + _LATIN + "])"
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MARKUP = re.compile(r"<[a-zA-Z/!][^>]*>")


def normalize_text(value: str | None) -> str:
    """Return ``value`` as plain, single-spaced text (newlines kept).

    Entities are decoded and any markup left in the string is removed (w3lib),
    so a text field never carries HTML.
    """
    if not value:
        return ""
    text = replace_entities(value)
    if _MARKUP.search(text):
        text = remove_tags(text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def normalize_inline(value: str | None) -> str:
    """Like :func:`normalize_text` but joins lines: for titles and labels."""
    if not value:
        return ""
    plain = value.isascii()  # (O(1) in CPython) no invisible characters, nothing to compose
    if "&" in value or "<" in value or (not plain and _INVISIBLE.search(value)):
        return " ".join(normalize_text(value).split("\n"))
    # the common case, fast: str.split() splits on every Unicode space
    text = " ".join(value.split())
    if not plain and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


_WORD_AFTER_BOUNDARY = re.compile(r"\\b(\w+)")


class LowerScan:
    """A long alternation of lower-case words and phrases, searched in lower-cased text.

    Compiled without IGNORECASE, with each ``\\bword`` turned into
    ``word(?<!\\wword)`` (the same test, after the word), so that every
    alternative starts with a literal.  Even so, in Latin text almost every
    position starts some alternative and Python's regex engine tries each one
    there (~30 µs for a 250-character line with the junk vocabularies).  So the
    search first asks whether the text contains any of the pattern's required
    literals (see :func:`required_literals`; one ``in`` test each, in C): most
    lines of an article contain none, and the regex runs only on the others.
    """

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(_WORD_AFTER_BOUNDARY.sub(r"\1(?<!\\w\1)", pattern))
        self.pattern = self.regex.pattern
        self.literals = required_literals(self.regex)

    def search(self, lowered: str) -> re.Match[str] | None:
        if self.literals is not None and not any(map(lowered.__contains__, self.literals)):
            return None
        return self.regex.search(lowered)


def lower_scan(pattern: str) -> LowerScan:
    """A :class:`LowerScan` of ``pattern`` (an alternation written in lower case)."""
    return LowerScan(pattern)


def required_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``regex`` contains, or None when the
    pattern does not say (a case-insensitive part, an alternative made of classes).

    Read from the pattern's parse tree (the standard library's own parser, the
    one ``re.compile`` uses; no well-kept library extracts required literals
    from Python regexes): a run of literal characters is required where it
    stands; an alternation requires one of its alternatives' literals; each
    sequence keeps its most selective choice (the longest shortest literal).
    """
    if regex.flags & re.IGNORECASE:
        return None
    try:
        tree = _sre_parser.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError, AttributeError):
        return None
    found = _sequence_literals(list(tree))
    if not found:
        return None
    # a literal containing another is implied by it: keep the shorter
    kept = sorted(found, key=len)
    return tuple(lit for i, lit in enumerate(kept) if not any(other in lit for other in kept[:i]))


def _sequence_literals(items: list) -> set[str] | None:
    choices: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            choices.append({"".join(run)})
            run = []
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & _sre.SRE_FLAG_IGNORECASE and (inner := _sequence_literals(list(sub))):
                choices.append(inner)
        elif op is _sre.BRANCH:
            alternatives = [_sequence_literals(list(alt)) for alt in av[1]]
            if alternatives and all(alternatives):
                choices.append(set().union(*alternatives))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1 and (inner := _sequence_literals(list(av[2]))):
            choices.append(inner)
        # anything else (classes, any character, assertions, anchors) requires no literal
    if run:
        choices.append({"".join(run)})
    if not choices:
        return None
    return max(choices, key=lambda choice: (min(map(len, choice)), -len(choice)))


def join_paragraphs(paragraphs: list[str]) -> str:
    """The record's ``body``: paragraphs separated by one blank line."""
    return "\n\n".join(p for p in paragraphs if p)


_WIDE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def text_weight(text: str) -> int:
    """Length of ``text`` in Latin-character equivalents: a CJK character
    carries about a word's worth of meaning, so it counts three."""
    return len(text) + 2 * len(_WIDE.findall(text))


_IDEOGRAPHIC_GAP = re.compile("(\\S)\u3000+(\\S)")


def keep_ideographic_spaces(clean: str, raw: str | None) -> str:
    """``clean`` (normalised, so single-spaced) with the ideographic spaces of ``raw`` put back
    where they stood between two characters: a Japanese headline's "据え置き\u3000円安" is written so."""
    if not raw or "\u3000" not in raw or not clean:
        return clean
    for match in _IDEOGRAPHIC_GAP.finditer(raw):
        clean = clean.replace(f"{match.group(1)} {match.group(2)}", f"{match.group(1)}\u3000{match.group(2)}")
    return clean
