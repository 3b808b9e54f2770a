"""Text normalisation: entities, stray markup, whitespace, invisible characters."""

from __future__ import annotations

import re
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


def lower_scan(pattern: str) -> re.Pattern[str]:
    """Compile an alternation written in lower case, to search lower-cased text.

    Without IGNORECASE, and with each ``\\bword`` turned into ``word(?<!\\wword)``
    (the same test, after the word), every alternative starts with a literal, so
    the regex engine skips to the alternatives' first characters instead of
    trying each position: several times faster on the long alternations of
    labels and junk words run on every line.
    """
    return re.compile(_WORD_AFTER_BOUNDARY.sub(r"\1(?<!\\w\1)", pattern))


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
