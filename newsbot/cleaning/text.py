"""Text normalisation: entities, stray markup, whitespace, invisible characters."""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parser
import unicodedata

from lxml.html import defs
from w3lib.html import remove_comments, remove_tags, replace_entities

# Zero-width and bidi control characters that spam templates use to break words.
# The joiners (ZWNJ U+200C, ZWJ U+200D) are orthography in Persian, Indic scripts
# and emoji sequences: removed only next to Latin text, where no word uses them.
_LATIN = "\x21-\x7e\u00c0-\u024f"
# (every alternative starts with one of _INVISIBLE_CHARS, looked for first)
_INVISIBLE = re.compile(
    "[\u200b\u2060\ufeff\u00ad\u202a-\u202e]|[\u200c\u200d](?<=[" + _LATIN + "].)|[\u200c\u200d](?=[" + _LATIN + "])"
)
# _INVISIBLE's first characters, each looked for with `in` (a C scan): the regex, its alternatives
# behind look-arounds, tries every position of the text (measured ≈100× slower on the benchmark's
# 4 KB stories; this runs on every piece of text the extractor reads)
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e"


def _may_hold_invisible(text: str) -> bool:
    for ch in _INVISIBLE_CHARS:
        if ch in text:
            return True
    return False


_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Markup left in a text (an escaped "&lt;p&gt;" in a feed or a meta tag, decoded) is dropped; a keyword wrapped
# in angle brackets as text ("<<IgitegoBet>> Mukura VS …", "<ЯлтырБет> Title" from "&lt;&lt;IgitegoBet&gt;&gt;")
# is the title's prefix, to be judged as spam, not a tag to drop unseen.  A tag is a name of HTML's own elements
# (lxml's list and the few it lacks), of SVG's and MathML's (lxml lacks "<path>", "<g>", "<mi>"), a custom
# element's hyphenated one, a namespaced one (Word's "<o:p>", "<st1:place>", Facebook's "<fb:like>"), or any
# name written the way only a tag is: with an attribute ("<Foo a=1>"), self-closed ("<Foo/>") or closed ("</Foo>").
# (the names are looked up in Python: a match is rare, and a class of 130 names would be slow to scan)
_HTML_ELEMENTS = frozenset(defs.tags | {"main", "template", "picture", "dialog", "data", "bdi", "slot", "search"})
_SVG_MATHML_ELEMENTS = frozenset(
    "path g rect circle ellipse line polyline polygon text tspan textpath defs use symbol marker clippath mask"
    " pattern image lineargradient radialgradient stop filter feblend fecolormatrix fegaussianblur feoffset"
    " femerge femergenode foreignobject desc metadata animate animatetransform animatemotion set switch view"
    " mi mo mn ms mtext mrow msup msub msubsup mfrac msqrt mroot mtable mtr mtd mspace mstyle mover munder"
    " munderover mpadded mphantom menclose semantics annotation annotation-xml".split()
)
_MARKUP = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9._-]*(?::[a-zA-Z0-9._-]+)?)(?=[\s/>])([^>]*)>")


def _is_tag(closing: str, name: str, rest: str) -> bool:
    return bool(
        closing or name in _HTML_ELEMENTS or name in _SVG_MATHML_ELEMENTS or "-" in name or ":" in name
        or "=" in rest or rest.endswith("/")
    )


def _strip_markup(text: str) -> str:
    if "<!" in text:
        text = remove_comments(text)
    names = {name for closing, name, rest in ((m[1], m[2].lower(), m[3]) for m in _MARKUP.finditer(text))
             if _is_tag(closing, name, rest)}
    return remove_tags(text, which_ones=tuple(names)) if names else text


def normalize_text(value: str | None) -> str:
    """Return ``value`` as plain, single-spaced text (newlines kept).

    Entities are decoded and any markup left in the string is removed (w3lib),
    so a text field never carries HTML.
    """
    if not value:
        return ""
    text = replace_entities(value)
    if "<" in text:
        text = _strip_markup(text)
    text = composed(text)
    if _may_hold_invisible(text):
        text = _INVISIBLE.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def normalize_inline(value: str | None) -> str:
    """Like :func:`normalize_text` but joins lines: for titles and labels."""
    if not value:
        return ""
    if "&" in value or "<" in value or (not value.isascii() and _may_hold_invisible(value) and _INVISIBLE.search(value)):
        return " ".join(normalize_text(value).split("\n"))
    # the common case, fast: str.split() splits on every Unicode space
    return composed(" ".join(value.split()))


def composed(text: str) -> str:
    """``text`` in NFC, as the tables' words are written: a page's DOM text may carry its accents as combining marks
    ("Hun-lu\u0304i", Pe̍h-ōe-jī decomposed), which no table's word would match."""
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# Combining marks (Unicode Mn, Mc, Me): Python's \w has none of them, so r"\w+" cuts the Hindi
# "सट्टाकिंग" into "सट", "ट", "क", "ग" (vowel signs, the virama and the anusvara are marks), and the
# same in Bengali, Tamil, Thai, Khmer, Myanmar and every other script that writes vowels as signs.
# Generated from unicodedata (code points up to U+1FFFF and U+E0000-U+E01FF, where all marks are;
# test_text keeps it in step with Python's Unicode version); written out, not computed at import (50 ms).
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0610-\u061a\u064b-\u065f"
    "\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0711\u0730-\u074a\u07a6-\u07b0\u07eb-\u07f3"
    "\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d\u0859-\u085b\u0898-\u089f\u08ca-\u08e1"
    "\u08e3-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962-\u0963\u0981-\u0983\u09bc\u09be-\u09c4"
    "\u09c7-\u09c8\u09cb-\u09cd\u09d7\u09e2-\u09e3\u09fe\u0a01-\u0a03\u0a3c\u0a3e-\u0a42\u0a47-\u0a48"
    "\u0a4b-\u0a4d\u0a51\u0a70-\u0a71\u0a75\u0a81-\u0a83\u0abc\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd"
    "\u0ae2-\u0ae3\u0afa-\u0aff\u0b01-\u0b03\u0b3c\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d\u0b55-\u0b57"
    "\u0b62-\u0b63\u0b82\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c\u0c3e-\u0c44"
    "\u0c46-\u0c48\u0c4a-\u0c4d\u0c55-\u0c56\u0c62-\u0c63\u0c81-\u0c83\u0cbc\u0cbe-\u0cc4\u0cc6-\u0cc8"
    "\u0cca-\u0ccd\u0cd5-\u0cd6\u0ce2-\u0ce3\u0d00-\u0d03\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48\u0d4a-\u0d4d"
    "\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2-\u0df3\u0e31\u0e34-\u0e3a"
    "\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u0f18-\u0f19\u0f35\u0f37\u0f39\u0f3e-\u0f3f\u0f71-\u0f84"
    "\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc\u0fc6\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064"
    "\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u135d-\u135f\u1712-\u1715\u1732-\u1734"
    "\u1752-\u1753\u1772-\u1773\u17b4-\u17d3\u17dd\u180b-\u180d\u180f\u1885-\u1886\u18a9\u1920-\u192b"
    "\u1930-\u193b\u1a17-\u1a1b\u1a55-\u1a5e\u1a60-\u1a7c\u1a7f\u1ab0-\u1ace\u1b00-\u1b04\u1b34-\u1b44"
    "\u1b6b-\u1b73\u1b80-\u1b82\u1ba1-\u1bad\u1be6-\u1bf3\u1c24-\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce8\u1ced\u1cf4"
    "\u1cf7-\u1cf9\u1dc0-\u1dff\u20d0-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099-\u309a"
    "\ua66f-\ua672\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua802\ua806\ua80b\ua823-\ua827\ua82c\ua880-\ua881"
    "\ua8b4-\ua8c5\ua8e0-\ua8f1\ua8ff\ua926-\ua92d\ua947-\ua953\ua980-\ua983\ua9b3-\ua9c0\ua9e5\uaa29-\uaa36"
    "\uaa43\uaa4c-\uaa4d\uaa7b-\uaa7d\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaeb-\uaaef"
    "\uaaf5-\uaaf6\uabe3-\uabea\uabec-\uabed\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f\U000101fd\U000102e0"
    "\U00010376-\U0001037a\U00010a01-\U00010a03\U00010a05-\U00010a06\U00010a0c-\U00010a0f"
    "\U00010a38-\U00010a3a\U00010a3f\U00010ae5-\U00010ae6\U00010d24-\U00010d27\U00010eab-\U00010eac"
    "\U00010f46-\U00010f50\U00010f82-\U00010f85\U00011000-\U00011002\U00011038-\U00011046\U00011070"
    "\U00011073-\U00011074\U0001107f-\U00011082\U000110b0-\U000110ba\U000110c2\U00011100-\U00011102"
    "\U00011127-\U00011134\U00011145-\U00011146\U00011173\U00011180-\U00011182\U000111b3-\U000111c0"
    "\U000111c9-\U000111cc\U000111ce-\U000111cf\U0001122c-\U00011237\U0001123e\U000112df-\U000112ea"
    "\U00011300-\U00011303\U0001133b-\U0001133c\U0001133e-\U00011344\U00011347-\U00011348"
    "\U0001134b-\U0001134d\U00011357\U00011362-\U00011363\U00011366-\U0001136c\U00011370-\U00011374"
    "\U00011435-\U00011446\U0001145e\U000114b0-\U000114c3\U000115af-\U000115b5\U000115b8-\U000115c0"
    "\U000115dc-\U000115dd\U00011630-\U00011640\U000116ab-\U000116b7\U0001171d-\U0001172b"
    "\U0001182c-\U0001183a\U00011930-\U00011935\U00011937-\U00011938\U0001193b-\U0001193e\U00011940"
    "\U00011942-\U00011943\U000119d1-\U000119d7\U000119da-\U000119e0\U000119e4\U00011a01-\U00011a0a"
    "\U00011a33-\U00011a39\U00011a3b-\U00011a3e\U00011a47\U00011a51-\U00011a5b\U00011a8a-\U00011a99"
    "\U00011c2f-\U00011c36\U00011c38-\U00011c3f\U00011c92-\U00011ca7\U00011ca9-\U00011cb6"
    "\U00011d31-\U00011d36\U00011d3a\U00011d3c-\U00011d3d\U00011d3f-\U00011d45\U00011d47\U00011d8a-\U00011d8e"
    "\U00011d90-\U00011d91\U00011d93-\U00011d97\U00011ef3-\U00011ef6\U00016af0-\U00016af4"
    "\U00016b30-\U00016b36\U00016f4f\U00016f51-\U00016f87\U00016f8f-\U00016f92\U00016fe4\U00016ff0-\U00016ff1"
    "\U0001bc9d-\U0001bc9e\U0001cf00-\U0001cf2d\U0001cf30-\U0001cf46\U0001d165-\U0001d169"
    "\U0001d16d-\U0001d172\U0001d17b-\U0001d182\U0001d185-\U0001d18b\U0001d1aa-\U0001d1ad"
    "\U0001d242-\U0001d244\U0001da00-\U0001da36\U0001da3b-\U0001da6c\U0001da75\U0001da84\U0001da9b-\U0001da9f"
    "\U0001daa1-\U0001daaf\U0001e000-\U0001e006\U0001e008-\U0001e018\U0001e01b-\U0001e021"
    "\U0001e023-\U0001e024\U0001e026-\U0001e02a\U0001e130-\U0001e136\U0001e2ae\U0001e2ec-\U0001e2ef"
    "\U0001e8d0-\U0001e8d6\U0001e944-\U0001e94a\U000e0100-\U000e01ef"
)
# what also belongs inside a word: the marks, the joiners (Persian "می\u200cخواهم", Indic conjuncts), and the
# Tibetan tsheg "་" (U+0F0B), which parts a word's syllables, not words: "ལོ་ཊོ་རཱ་ཛ" is one word, as a Malayalam
# word with its vowel signs and virama is ("ലോട്ടോരാജ")
IN_WORD = MARKS + "\u200c\u200d\u0f0b"
# Regex pieces for the word characters and letters of any script (use them where \w and [^\W\d_]
# would cut a word of an abugida): one character each, so they work in look-behinds too.
WORD = "[\\w" + IN_WORD + "]"
LETTER = "(?:[^\\W\\d_]|[" + IN_WORD + "])"
_MARK_OR_JOINER = re.compile("[" + IN_WORD + "]")
# The full stops (and question marks) of scripts that space their words: Devanagari/Bengali danda and
# double danda, Urdu "۔" and "؟", Armenian "։", Ethiopic "።" "፧", Burmese "။", Khmer "។", Tibetan "།";
# and every other script's own, as Unicode lists them (Sentence_Terminal, not of the Common script: the
# Meitei Mayek cheikhei "꯫", Ol Chiki "᱾", Canadian syllabics "᙮", …): a story in a script whose full stop
# is not known here reads as unfinished snippets (a teaser tail, cut).  Not the Burmese little section "၊",
# which Unicode lists too: it is Burmese's comma (in GLUE_PUNCT).
# One list for every rule that asks where a sentence ends.  Only the Basic Multilingual Plane's: a regex class
# holding one character beyond it is matched by a linear scan of its items, not a bitmap (measured: a class of
# these 143 stops searched 28 times slower than of the 64 in the plane, on every text the cleaning reads; the
# historic scripts of the supplementary planes, Brahmi, Kaithi, Chakma, …, are left out for it).
# (the others, copied from the regex module's Unicode tables so that importing newsbot scans no 64k characters:
# tests/test_text.py checks the copy against them)
SCRIPT_STOPS = "।॥۔؟։።፧။។།" + (
    "\u061d\u061e\u0700\u0701\u0702\u07f9\u0837\u0839\u083d\u083e\u1368\u166e\u17d5\u1809\u1944\u1945"
    "\u1aa8\u1aa9\u1aaa\u1aab\u1b4e\u1b4f\u1b5a\u1b5b\u1b5e\u1b5f\u1b7d\u1b7e\u1b7f\u1c3b\u1c3c\u1c7e"
    "\u1c7f\u2cf9\u2cfa\u2cfb\ua4ff\ua60e\ua60f\ua6f3\ua6f7\ua876\ua877\ua8ce\ua8cf\ua92f\ua9c8\ua9c9"
    "\uaa5d\uaa5e\uaa5f\uaaf0\uaaf1\uabeb")
# ... with the Latin and the full-width CJK ones: the set validation and extraction test a sentence's end against.
SENTENCE_STOPS = ".!?。！？" + SCRIPT_STOPS
# Punctuation an injected keyword is glued after (",kw ", "。kw", "ပြောသည်။Shwe2D"): those, the Latin,
# CJK and Arabic commas and stops, Burmese "၊" and Ethiopic "፣".  (For a class: "[" + it + "]".)
GLUE_PUNCT = ",.;!?，。、،؛၊፣߸⹁" + SCRIPT_STOPS
# The scripts with vowel signs that write no spaces between words: Thai, Lao, Tibetan, Burmese, Khmer
# (for a class: "[" + it + "]"); there a word glued to the one before it is how words are written.
UNSPACED_SCRIPTS = "\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff"
# ... and with Japanese kana and Chinese characters: every script written without spaces between words
# (not Hangul: Korean spaces its words)
NO_SPACE_SCRIPTS = UNSPACED_SCRIPTS + "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"


def is_word_char(char: str) -> bool:
    """``str.isalnum`` that also counts combining marks ("ि", "्") and joiners as part of a word."""
    return bool(char) and (char.isalnum() or _MARK_OR_JOINER.match(char) is not None)


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


def word_alternation(words) -> str:
    """A regex alternation of ``words``, the longer of two that both match tried first, written as a trie:
    "jan(?:uary)?" for "january|jan".  Python's regex engine compiles and tries an alternation's branches one by
    one: a flat one of the date patterns' 1,681 month names took 15 ms to compile in each of ten patterns (0.3 s of
    every crawl's start) and tried each name at each place it searched.  Sharing prefixes, the engine tries only
    the names that start with what the text has (the same names, longest first, as the flat alternation sorted by
    length).  Written here: the libraries that build such tries (trieregex, trie-regex) are one-file projects no
    one keeps; this is twenty lines."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        arms = [re.escape(char) + branch(child) for char, child in node.items() if char]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return branch(trie)


def join_paragraphs(paragraphs: list[str]) -> str:
    """The record's ``body``: paragraphs separated by one blank line."""
    return "\n\n".join(p for p in paragraphs if p)


# Scripts written a character per word or syllable with a meaning (CJK ideographs, kana, Hangul syllables)
_WIDE_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# Scripts written a syllable per character (Ethiopic's Ge'ez, Cherokee, Canadian syllabics, Yi, Vai): a word
# takes fewer characters than in an alphabet (Tigrinya "ስሑል ሽረ ንፋሲል ከነማ 2ብ1 ስዒሩ": 4.4 characters a word,
# spaces counted, where Latin, Cyrillic, Arabic or Bengali text takes 6 to 7)
_SYLLABIC_RANGES = ("\u1200-\u139f\u13a0-\u13ff\u1400-\u167f\u2d80-\u2ddf\ua000-\ua4cf\ua500-\ua63f"
                    "\uab00-\uab2f\uab70-\uabbf")
_WEIGHTED = re.compile(f"[{_WIDE_RANGES}{_SYLLABIC_RANGES}]")
_WIDE = re.compile(f"[{_WIDE_RANGES}]")
_SYLLABIC = re.compile(f"[{_SYLLABIC_RANGES}]")
# ... and the stretches of a text outside them, each from a non-ASCII character on (the ASCII between words of a
# CJK or Ge'ez text is counted apart, by an encoding that drops it)
_NOT_WIDE = re.compile(f"[^\x00-\x7f{_WIDE_RANGES}][^{_WIDE_RANGES}]*")
_NOT_SYLLABIC = re.compile(f"[^\x00-\x7f{_SYLLABIC_RANGES}][^{_SYLLABIC_RANGES}]*")


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _count_in(text: str, script: re.Pattern[str], outside: re.Pattern[str]) -> int:
    """How many characters of ``text`` are in ``script``: its non-ASCII characters less those of the stretches
    ``outside`` it, counted in C: a pure text has no such stretch, a mixed one a few (on a 4,600-character Ge'ez
    text a match per character, as findall gave, took 777 us, this 103; a Cyrillic text with one Ge'ez word, the
    worst case, 175 where findall took 71)."""
    if script.search(text) is None:
        return 0
    return _non_ascii(text) - sum(map(_non_ascii, outside.findall(text)))


def text_weight(text: str) -> int:
    """Length of ``text`` in Latin-character equivalents: a CJK character
    carries about a word's worth of meaning, so it counts three; a character of
    a syllabary (see _SYLLABIC_RANGES) half a letter more than an alphabet's, so that a
    floor of "too short to be an article" asks as many words of every script."""
    if text.isascii() or _WEIGHTED.search(text) is None:  # (isascii: O(1) in CPython; one scan for the rest)
        return len(text)
    return len(text) + 2 * _count_in(text, _WIDE, _NOT_WIDE) + _count_in(text, _SYLLABIC, _NOT_SYLLABIC) // 2


_IDEOGRAPHIC_GAP = re.compile("(\\S)\u3000+(\\S)")


def keep_ideographic_spaces(clean: str, raw: str | None) -> str:
    """``clean`` (normalised, so single-spaced) with the ideographic spaces of ``raw`` put back
    where they stood between two characters: a Japanese headline's "据え置き\u3000円安" is written so."""
    if not raw or "\u3000" not in raw or not clean:
        return clean
    for match in _IDEOGRAPHIC_GAP.finditer(raw):
        clean = clean.replace(f"{match.group(1)} {match.group(2)}", f"{match.group(1)}\u3000{match.group(2)}")
    return clean


def letter_length(word: str) -> int:
    """Length of ``word`` in an alphabet's letters: a character of a syllabary (_SYLLABIC_RANGES) writes a
    syllable, so it counts one and a half (Inuktitut "ᓄᓇᐯᑦ", four characters, is "NunaBet", seven letters;
    Tigrinya "ዕድልቤት" five).  For the length floors a word must pass before a rule treats it as a keyword."""
    if word.isascii():
        return len(word)
    return len(word) + _count_in(word, _SYLLABIC, _NOT_SYLLABIC) // 2
