"""Find and remove injected SEO keywords, without being told the keyword.

Evidence, all deterministic:

- a prefix split off the title by a separator (``kw:Title``, ``[kw] Title``,
  ``kw | Title``) is spam when the same token turns up in the body where no
  writer would put it (glued to punctuation, alone in parentheses), when the
  colon is glued between two words (``verdicoin:Russia``), when the site
  profile lists it, or when most titles of the site share it (see
  :class:`SiteEvidence`);
- a token glued to punctuation (``week,verdicoin the``) twice or more on a
  page, and never written normally there, is spam even with a clean title.

A prefix with none of that evidence is kept: ``Analysis: …`` is a title.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice, pairwise

from anyascii import anyascii

from newsbot.cleaning.metadata import WIRE_AGENCIES
from newsbot.cleaning.text import (
    GLUE_PUNCT,
    IN_WORD,
    LETTER,
    NO_SPACE_SCRIPTS,
    SCRIPT_STOPS,
    SENTENCE_STOPS,
    UNSPACED_SCRIPTS,
    LowerScan,
    is_word_char,
    letter_length,
)

# Brackets a title's keyword is wrapped in ("{CreditRapid24} Suceava: …", "《सट्टाकिंग》पटना …"), any opening one
# with any closing one: a template mixes its angles ("‹ভাগ্যবেট> …", "<kw›"), and the mathematical and full-width
# angles are brackets too ("⟪ዕድልቤት⟫ስሑል ሽረ …", "＜kw＞ …", "〈kw〉")
_OPEN = "[【(（<《「『〔〖«‹{｛［〈⟨⟪⟦⟬⟮＜\u2329"
# Emoji and pictographic symbols that spam templates wrap keywords in.
_SYMBOLS = "\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u25A0-\u25FF"
_CLOSE = "]】)）>》」』〕〗»›}｝］〉⟩⟫⟧⟭⟯＞\u232a"
# The tildes and the wave dash some templates glue a keyword to the headline with ("ভাগ্যবেট~বিহুৰ আগতে …",
# "kw～見出し", "kw 〜 Title"): a separator as the bar is.  Not "glued" evidence by itself: a tilde also writes a
# range between two words or numbers ("서울~부산 KTX", "東京〜大阪", "5~10"), so the keyword needs the body's or
# the site's word.  (No keyword holds one: excluded from _TOKEN.)
_TILDES = "~～〜"
# ... and in the body, where only brackets that never enclose a word of prose count: not the
# quotation marks «», 「」, 《》, which quote names ("компания «Газпром»", "《人民日报》")
# what wraps or follows a keyword removed as a title's prefix ("【kw】", "⟪kw⟫", "kw~", "kw»", "kw॥"): the
# validation's safety net strips it to find the keyword (one source: a new bracket here is known there too)
# Arrows and triangles a template points from the keyword to the headline with ("IgitegoBet▶Mukura VS …",
# "kw ➤ Title", "kw → Title", and the ASCII "ЯЛТЫРБЕТ>> «Ак Барс» …"): a separator as the bar is, glued or
# spaced.  Not "glued" evidence by itself: "Brexit → what next" is an editor's too, so the keyword needs the
# body's, the site's or the profile's word.  (No keyword holds one: excluded from the keyword's characters.)
_ARROWS = "▶►▸▹▷➤➜➔➙➛➝➞➟➠➡→⇒⇨⟶⟹⮕⮞\ufe0f"
_BULLETS = "•◆◇●▪■"
# ... and the symbols ("🔥kw🔥", "kw ✦ Title"), each of their ranges' characters
PREFIX_MARKS = " :：#|｜丨-–—»›।॥/·•・" + _OPEN + _CLOSE + _TILDES + _ARROWS + "".join(
    chr(c) for a, b in re.findall(r"(.)-(.)", _SYMBOLS) for c in range(ord(a), ord(b) + 1))
# (the tortoise-shell brackets too: "… 𑄉𑄮𑄢𑄨𑄣𑄧𑄇𑄴 〔kw〕𑅁", a JUGEM entry's)
_BODY_OPEN = "(（[【〖〔{｛［"
_BODY_CLOSE = ")）]】〗〕}｝］"
_B_OPEN, _B_CLOSE = "[" + re.escape(_BODY_OPEN) + "]", "[" + re.escape(_BODY_CLOSE) + "]"
_ANY_BODY_OPEN = re.compile(_B_OPEN)
# (not the danda and double danda either: they end a sentence, no keyword holds one)
_TOKEN = r"[^\s:：|｜丨।॥" + re.escape(_OPEN + _CLOSE + _TILDES) + r"]"
_PREFIX_PATTERNS = [
    # [kw] Title, 【kw】Title, (kw): Title, «#kw» Title
    re.compile(
        r"^\s*[" + re.escape(_OPEN) + r"]{1,3}\s*#?(?P<kw>[^" + re.escape(_OPEN + _CLOSE) + r"]{1,40}?)\s*["
        + re.escape(_CLOSE) + r"]{1,3}\s*(?:[:：|｜\-–—]\s*)?(?P<rest>\S.*)$"
    ),
    # kw:Title, Kw: Title, kw：Title (at most three words before the colon)
    re.compile(r"^\s*(?P<kw>" + _TOKEN + r"{1,30}(?: " + _TOKEN + r"{1,20}){0,2}?)\s*(?P<sep>[:：]{1,2})\s*(?P<rest>[^\s:：].*)$"),
    # kw/ Title, kw // Title
    re.compile(r"^\s*(?P<kw>[^\s/]{2,30})\s*(?P<sep>//?)\s+(?P<rest>\S.*)$"),
    # kw|Title: a bar glued on both sides, as no headline is written ("利來88丨Title": the CJK stroke 丨 as the bar; or
    # a danda, "kw॥Title": not "glued", needs evidence; or a closing guillemet, "BEXTBET»Li Amedê …": not "glued" either, a quotation mark may close a word so)
    re.compile(r"^\s*(?P<kw>" + _TOKEN + r"{2,30})(?P<sep>[|｜丨।॥»›])(?P<rest>[^\s|｜丨।॥»›].*)$"),
    # kw~Title: a tilde glued on both sides (_TILDES, "ভাগ্যবেট~বিহুৰ আগতে …"), the keyword opening with a letter
    # ("10~20% …" is a range of numbers)
    re.compile(r"^\s*(?P<kw>[^\W\d_]" + _TOKEN + r"{1,29})(?P<sep>[" + _TILDES + r"])(?P<rest>[^\s" + _TILDES + r"].*)$"),
    # kw| Title, kw» Title: the bar or a guillemet glued to the keyword, a space after it (not "glued": needs evidence);
    # and the danda or double danda, the Indic scripts' full stops, as a separator ("ਜਿੱਤਬੈੱਟ॥ ਮਾਲਵੇ ਵਿੱਚ …")
    re.compile(r"^\s*(?P<kw>" + _TOKEN + r"{2,30})(?P<sep>[|｜»›।॥" + _TILDES + r"])\s+(?P<rest>\S.*)$"),
    # kw | Title, kw - Title, kw — Title, kw.com » Title, kw ॥ Title (spaces around the separator required); and a
    # symbol between them ("Dal786 ✦ سرینگرس …", "kw ★ Title"): not "glued", as "LIVE ● Title" is an editor's too;
    # and a bullet or a middle dot spaced, the joiners of _JOINED_PREFIX ("ITYOLOAN • Title")
    re.compile(r"^\s*(?P<kw>" + _TOKEN + r"{1,30}(?: " + _TOKEN + r"{1,20}){0,2}?)\s+(?P<sep>[|｜\-–—»›।॥•·" + _TILDES
               + r"]|[" + _SYMBOLS + r"]\ufe0f?)\s+(?P<rest>\S.*)$"),
    # kw▶Title, kw ➤ Title, KW>> Title, kw -> Title (_ARROWS; "->", "=>" and ">>" as their ASCII forms)
    re.compile(r"^\s*(?P<kw>[^\s" + _ARROWS + r"<>=:：|｜-]{2,30})\s*(?P<sep>[" + _ARROWS + r"]{1,2}|>>?|[-=]>)\s*"
               r"(?P<rest>[^\s" + _ARROWS + r">].*)$"),
    # #kw Title (a hashtag)
    re.compile(r"^\s*#(?P<kw>[^\s#]{2,30})\s+(?P<rest>\S.*)$"),
    # 🔥kw🔥 Title, ★kw★ Title (wrapped in emoji or symbols)
    re.compile(r"^\s*[" + _SYMBOLS + r"]+\s*(?P<kw>[^\s" + _SYMBOLS + r"]{2,30}(?: [^\s" + _SYMBOLS + r"]{1,20})?)\s*[" + _SYMBOLS + r"]+\s*(?:[:：|\-–—]\s*)?(?P<rest>\S.*)$"),
]
# PORGESS777 Title: an upper-case code of letters and digits before the headline, no separator.
# Weak evidence on its own ("COP29 talks stall"): spam only on the site's or the profile's word,
# or when the page glues the same token to punctuation.
_CODE_PREFIX = re.compile(r"^\s*(?P<kw>(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{5,30})\s+(?P<rest>[^\W\d_].{2,})$")
# kw-Title: the keyword joined to the headline by a bare hyphen ("FitoreBet-Teuta – Partizani 2:0"), the
# headline's first word a capital.  Weak: a name written so is common ("Coca-Cola Zero …", "Jean-Pierre …",
# "Covid-Impfung …", "NATO-Gipfel …"), and in Albanian the hyphen is also a name's case joint ("FitoreBet-i"):
# spam only on the profile's or the site's word, or when the body writes the token only where no writer
# would (glued, in brackets; see _only_odd_uses).  Never counted as a shared prefix (see :meth:`SiteEvidence.observe_titles`).
# ... or by a bare slash ("SPELEKONGEN/Brann snudde …"), as "Israel/Gaza …" is a headline's too: the same evidence.
# ... or by a middle dot, a bullet or a katakana middle dot ("Zorionbet·Idiazabalgo gazta lehiaketa: …"): the
# same evidence again.  Inside a word the middle dot is Catalan's "l·l" ("Col·legi", "Intel·ligència"): the
# headline's-first-word test below keeps those (a lower-case letter after the dot), and so does the keyword's
# four letters ("Col"); "・" joins the parts of a name in Japanese ("ドナルド・トランプ": same script, kept).
# ... or by a symbol glued on both sides ("алтнбет☆Хальмг бөкчнр …", "SLOTMAXX★Fed holds …"): the same evidence; a
# symbol spaced on both sides is _PREFIX_PATTERNS' (an arrow glued or spaced is too), one opening the headline
# ("★ Review: …") or after a digit ("5☆ hotel …") no joint of a word.
_JOINERS = "-/·•・"
# The symbols that only decorate, which no headline writes as a word between two names (stars, sparkles, hearts, card
# suits, flowers, gems, fire): "Berlin→Paris", "Rome✈Paris", "Bitcoin⚡Lightning", "Apple✓Verified" are an editor's.
# Only these joining a keyword the site carried as a prefix once make it spam (see _is_spam).
_DECORATIONS = frozenset(
    "★☆⭐✦✧✨✩✪✫✬✭✮✯✰✱✲✳✴✵✶✷✸✹✺❂❄❅❆♠♡♢♣♤♥♦♧❤❣❥❦❧✿❀❁✾✽💎💖💗💘💝💞💟💯🔥🌟🎰🎁👑💰")
# ... or by the Chinese dash, two em dashes (or two horizontal bars) glued on both sides ("TrinacriaBet——Lu Trapani
# batti …"): Chinese prose and headlines write it between two phrases ("北京——中国的首都"), so the same evidence as a
# decoration's (see _is_spam)
_DOUBLE_DASHES = ("——", "――")
_JOINED_PREFIX = re.compile(r"^\s*(?P<kw>[^\W\d_][^\s\-–—―:：|｜" + re.escape(_JOINERS + _OPEN + _CLOSE) + _SYMBOLS
                            + r"]{3,29})(?P<sep>[" + re.escape(_JOINERS) + r"]|[" + _SYMBOLS + r"]\ufe0f?|——|――)"
                            r"(?P<rest>[^\W\d_].{2,})$")
_JOINER_NEAR_START = re.compile(r"[" + re.escape(_JOINERS) + _SYMBOLS + r"]|——|――")
# kwTitle: a brand of letters and digits glued onto the headline with no separator at all, its digits right before
# the headline's capital ("Chelete24Balemi ba boea …"), as no headline is written ("COVID19 cases", "iPhone16 Pro" have
# a space).  Spam only on the body's evidence (the keyword glued to punctuation, alone in brackets), the site's or
# the profile's word.  Last resort, as _JOINED_PREFIX.
_FUSED_PREFIX = re.compile(r"^\s*(?P<kw>[^\W\d_]{4,25}\d{1,6})(?P<rest>[^\W\d_]{2}.{8,})$")
# Title | kw, Title - kw.com, Title — kw
_SUFFIX_PATTERN = re.compile(r"^(?P<rest>.*\S)\s+(?P<sep>[|｜\-–—»~])\s+(?P<kw>" + _TOKEN + r"{2,30}(?: " + _TOKEN + r"{1,20})?)\s*$")
# Common top-level domains: a token glued after a dot that is one of these is
# a web address, not an injection (".vip": a betting advert's "立即访问 xc88.vip 下载APP。", visit … download the app).
_TLDS = frozenset(
    "com org net gov edu int mil io co uk de fr es it nl ru cn jp info biz us ca au in br news tv me "
    "ly se no dk fi pl cz sk hu ro bg gr tr ua kz at ch be pt ie ee lv lt si hr rs id my sg ph th vn "
    "kr tw hk za ng ke eg ma sa ae il ir pk bd mx ar cl pe nz bet casino xyz top club online site vip".split()
)
# ... and the name reserved for examples (RFC 2606), as an address writes it: "(kalbet.example)"
_ADDRESS_TLDS = _TLDS | {"example"}
_CJK = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"  # and Thai
_AFTER_TOKEN = r"(?=[\s,.;:!?)\"'’”" + _CJK + SCRIPT_STOPS + r"，。、；：！？]|$)"
# _CJK's wide ranges (kana, CJK ideographs, Hangul): re.compile expands a class's range code point by code point, so
# these cost a keyword's patterns most of their compiling; in a text without them, patterns without them read the same
_WIDE_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"
_WIDE_CJK_CHAR = re.compile("[" + _WIDE_CJK + "]")
_AFTER_TOKEN_NARROW = r"(?=[\s,.;:!?)\"'’”" + _CJK.replace(_WIDE_CJK, "") + SCRIPT_STOPS + r"，。、；：！？]|$)"
# the character before glued punctuation: a letter, or a vowel sign ("হেনেছে।JITBAZI": Python's \w has no marks)
# ... or a digit: "under 2025,lånakoll har" (the token after it starts with a letter: "1,000" is no injection)
_LETTER_OR_DIGIT_BEFORE = r"(?:" + LETTER + r"|\d)"
# a word character that is not a letter of the scripts written without spaces (_CJK):
# marks included, so "हैं।सट्टाकिंग दिल्ली" is one token, not "सट"
_TOKEN_CHAR = r"(?:[^\W" + _CJK + r"]|[" + IN_WORD + "])"
# inside a character class: the characters of a word, combining marks included ("[" + _W + "-]" for \w and "-")
_W = r"\w" + IN_WORD
_GLUED = re.compile(
    r"(?P<punct>[" + GLUE_PUNCT + r"])(?<=" + _LETTER_OR_DIGIT_BEFORE + r".)(?P<tok>[^\W\d_" + _CJK + r"]" + _TOKEN_CHAR + r"{2,40})" + _AFTER_TOKEN
)
# CJK text has no spaces: a lower-case Latin word glued after CJK punctuation
# and straight into CJK text (``数据，ybvip初步``) is an injection.
# (the punctuation is matched, not looked behind at: the engine then skips to it)
_CJK_GLUED = re.compile(r"[，。、；：！？](?P<tok>[a-z][a-z0-9]{3,30})(?=[" + _CJK + r"])")
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # scripts written without spaces (not Hangul, not Thai)
# A keyword written in a script without spaces between words (Chinese, Japanese, Thai, Lao, Tibetan, Burmese,
# Khmer; Korean too, through _CJK's Hangul, as before these rules): there it is a substring, not a word, glued to the text on both sides ("…អាស៊ីបូព៌ា<a>ឡាក់គី៨៨</a>។"
# reads "អាស៊ីបូព៌ាឡាក់គី៨៨។"); it has no case endings either.
_NO_SPACES = re.compile("[" + _CJK + UNSPACED_SCRIPTS + "]")
# Where such a keyword may stop and start inside the text: not before a vowel sign or another mark of its
# syllable, nor a digit ("ឡាក់គី៨៨៨" is another number), nor after a sign that stacks the next consonant under
# the one before it (Khmer coeng, Burmese virama): the substring would cut a syllable.  (The marks of those
# scripts only: a class of all marks is slow to compile per keyword.)
_UNSPACED_MARKS = "".join(chr(c) for c in (*range(0x0E00, 0x1000), *range(0x1000, 0x10A0), *range(0x1780, 0x1800))
                          if unicodedata.category(chr(c))[0] == "M")
_SUBSTRING_END = r"(?![A-Za-z_\d-]|[" + _UNSPACED_MARKS + r"])"
_SUBSTRING_START = r"(?<![A-Za-z0-9_\-\u17d2\u1039])"
_AT_SUBSTRING_END = re.compile(_SUBSTRING_END)
# A syllable's delimiter goes with the keyword it closes: Tibetan writes the tsheg "་" after every syllable, the
# last one of a word too ("… མི་མང་ལ་ བཀྲ་ཤིས་བེཊ་ ཕྱི་ལ …", "རང་བཀྲ་ཤིས་བེཊ་ལ"): cutting the keyword alone leaves
# "ལ་ ་ ཕྱི" and "རང་་ལ" behind.  (A shad "།" ends a clause: it stays.)
_SYLLABLE_DELIMITER = "[\u0f0b\u0f0c]?"


def _unspaced(keyword: str) -> bool:
    return _NO_SPACES.search(keyword) is not None
# the Bengali/Hindi danda and the Arabic question mark end sentences too
# a sentence's last character and the spaces after it (what re.split on look-behinds found,
# matched from the punctuation so that the engine skips to it): see _sentences
# ... and so do the full stops of the other scripts: Armenian "։", Ethiopic "።", Urdu "۔", Burmese "။", Khmer "។"
# ("… 50 000 դրամ բոնուս։ ՎաուԲետ — խաղացեք ամենուր։" is two sentences)
# ... and a quotation's closing mark after its stop ends the sentence too, before a next one that opens with no lower-case
# letter ("… Yɛ anyunlunyia ɛdɔ aze.” ZukoaBet maa wɔ …!", "… دڵم خوەش بی.» ئەڕا بردن، …": a pitch appended after a
# quotation is its own sentence); before a lower-case one it is the speaker's sentence going on ("“… go.” he said")
_QUOTE_CLOSERS = "”’\"»›」』"
_SENTENCE_STOP = re.compile(r"[.!?][" + _QUOTE_CLOSERS + r"]?\s+|[" + SCRIPT_STOPS + r"]\s*|[。！？]")
_NEXT_WORD_CHAR = re.compile(r"[^\w]*(\w)")
_WIDE_LEAD = re.compile("[\u3000-\u9fff]")


def _sentences(text: str) -> list[str]:
    """``text`` cut after each sentence's end (the spaces after it dropped); the danda, the
    Arabic question mark and the full stops of other scripts end sentences too, and CJK full
    stops need no space after them."""
    parts: list[str] = []
    start = 0
    for stop in _SENTENCE_STOP.finditer(text):
        if (closer := stop.group(0)[1:2]) and closer in _QUOTE_CLOSERS and (following := _NEXT_WORD_CHAR.match(text, stop.end())) \
                and following.group(1).islower():
            continue  # the speaker's sentence going on after the quotation ("“… go.” he said")
        if text[stop.start()] == "." and text[stop.end():stop.end() + 1].islower() and _short_word_before(text, stop.start()):
            continue  # an abbreviation inside the sentence ("бонус до 500 лв. за нови клиенти", "6 ft. tall")
        if text[stop.start()] == "." and text[stop.end():stop.end() + 1].isdigit() \
                and _indic_short_word_before(text, stop.start()):
            continue  # ... a number's before its figure in a script that ends sentences with its own stop
            # (Hindi/Mundari "नं. 1", number one, in "… भारत रेआः नं. 1 ऐप।" closing an advert on a Shopify blog)
        parts.append(text[start:stop.end()].rstrip())
        start = stop.end()
    parts.append(text[start:])
    return [part for part in parts if part]


def _short_word_before(text: str, end: int) -> bool:
    """The word that ends at ``end`` (a full stop) is one to three letters: an abbreviation's
    ("лв", "г", "ft", "U.S"), not a sentence's last word (which a lower-case word cannot follow,
    save in scripts without capitals: the Georgian "… შეადგენს. ის …" has a long word there)."""
    start = end
    while start > 0 and end - start < 4 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:end].replace(".", "")
    return 0 < len(word) <= 3 and end - start <= 4 and (start == 0 or not is_word_char(text[start - 1]))


def _indic_short_word_before(text: str, end: int) -> bool:
    """The word before ``end`` is of one to three letters (their vowel signs and marks with them) of an Indic script
    (Devanagari "नं", Bengali "নং"), whose sentences end with a stop of their own (the danda): its full stop after
    so short a word is an abbreviation's."""
    start = end
    while start > 0 and end - start < 8 and "\u0900" <= text[start - 1] <= "\u0dff" \
            and (text[start - 1].isalpha() or unicodedata.category(text[start - 1])[0] == "M"):
        start -= 1
    letters = sum(ch.isalpha() for ch in text[start:end])
    return 0 < letters <= 3 and (start == 0 or not is_word_char(text[start - 1]))


_LEADING_SEP = re.compile(r"^[-–—|｜丨:：»›" + _TILDES + r"]{1,2}\s+")


@dataclass
class TitlePrefix:
    keyword: str  # the token, e.g. "verdicoin"
    removed: str  # the text taken off, e.g. "verdicoin:"
    rest: str  # the title without it
    glued: bool  # ASCII colon with no space on either side, or wrapped in emoji
    weak: bool = False  # no separator (_CODE_PREFIX): needs the site's or the profile's word
    joined: bool = False  # a bare joiner, "-/·•・" (_JOINED_PREFIX): needs that word, or the body's odd use of it
    spaced: bool = False  # only a space, in a script without spaces between words (_SPACED_PREFIX)
    fused: bool = False  # no separator at all, a brand's digits before the headline's capital (_FUSED_PREFIX)


def split_title_prefix(title: str) -> TitlePrefix | None:
    """The candidate prefix of ``title``, if it has one; not yet a verdict."""
    candidates = title_prefix_candidates(title)
    return candidates[0] if candidates else None


# an arrow, a guillemet or a bullet opening the title, a space after it: a theme's or a template's mark before the
# headline (a Jekyll post's "<h1>» Spinmoya: Mmasepala wa …</h1>" over og:title's "spinmoya:Mmasepala wa …"), no
# part of a keyword prefix after it; taken off with the prefix.  Not German quotes: "»Wir schaffen das«" is glued
_LEAD_MARK = re.compile(r"^\s*(?:[»›•" + _ARROWS + r"]|>>?|[-=]>)\s+(?=\S)")


def title_prefix_candidates(title: str, joined: bool = False) -> list[TitlePrefix]:
    """:func:`_title_prefix_candidates` of ``title``, or, after a mark opening it (:data:`_LEAD_MARK`), of the rest,
    the mark taken off with each candidate prefix."""
    lead = _LEAD_MARK.match(title)
    if lead is None:
        return _title_prefix_candidates(title, joined)
    return [replace(p, removed=title[:lead.end()] + p.removed)
            for p in _title_prefix_candidates(title[lead.end():], joined)]


def _title_prefix_candidates(title: str, joined: bool = False) -> list[TitlePrefix]:
    """Every way the title's start could be a keyword prefix, most specific first
    (``VAVADA — Kraków: …`` is ``VAVADA —`` or ``VAVADA — Kraków:``); with ``joined``, also a
    keyword joined by a bare hyphen, slash, middle dot, bullet or katakana dot, or by a symbol glued on both sides
    (``kw-Title``, ``kw/Title``, ``kw☆Title``, :data:`_JOINERS`, :data:`_SYMBOLS`, :data:`_JOINED_PREFIX`), the last
    resort."""
    found: list[TitlePrefix] = []
    for pattern in _PREFIX_PATTERNS:
        match = pattern.match(title)
        if match:
            keyword = match.group("kw").strip()
            rest = match.group("rest").strip()
            # "#kw - Title": the separator after a hashtag goes with it
            rest = _LEADING_SEP.sub("", rest)
            if not keyword or len(rest) < 3:
                continue
            sep = match.groupdict().get("sep") or ""
            glued = (
                sep in (":", "|", "｜")
                and is_word_char(title[match.start("sep") - 1 : match.start("sep")])
                and title[match.end("sep") : match.end("sep") + 1].isalpha()
                # "Rock|Pop" may be a headline's; "K-Bet88|서울" (a code, another script) is not
                and (sep == ":" or any(ch.isdigit() for ch in keyword)
                     or _latin(keyword) != _latin(rest[:1]))
            ) or pattern is _PREFIX_PATTERNS[-1]  # 🔥kw🔥: no headline is written so
            found.append(TitlePrefix(keyword, title[: len(title) - len(rest)].strip(), rest, glued))
    code = _CODE_PREFIX.match(title)
    if code and not found:
        rest = code.group("rest").strip()
        found.append(TitlePrefix(code.group("kw"), title[: len(title) - len(rest)].strip(), rest, False, weak=True))
    found.sort(key=lambda p: len(p.removed))
    if joined and _JOINER_NEAR_START.search(title, 0, 31) and (match := _JOINED_PREFIX.match(title)) is not None:
        rest = match.group("rest")
        keyword = match.group("kw")
        # the headline's first word a capital, or in another script than the keyword: "kw-basiert" is a word;
        # or, in a script without case, any word after a hyphen or a slash (Inuktitut "ᓄᓇᐯᑦ-ᐃᖃᓗᐃᑦ: …", kw-Iqaluit:
        # no capital can tell the headline's start there; the evidence _is_spam asks of a joined prefix decides).
        # Not after a dot: "·" and "・" join a name's parts in Chinese and Japanese ("唐纳德·特朗普").
        if rest[0].isupper() or (rest[0].isalpha() and _latin(keyword) != _latin(rest[0])) or (
                match.group("sep") in "-/" and rest[0].isalpha() and not rest[0].islower()
                and keyword[0].upper() == keyword[0].lower() and _NO_SPACES.match(rest[0]) is None):
            found.append(TitlePrefix(keyword, title[: match.end("sep")].strip(), rest.strip(), False, joined=True))
    if joined and (match := _FUSED_PREFIX.match(title)) is not None and not match.group("rest")[0].islower():
        found.append(TitlePrefix(match.group("kw"), match.group("kw"), match.group("rest"), False, fused=True))
    if joined and " " in title[:32] and (match := _SPACED_PREFIX.match(title)) is not None \
            and _SPACE_SEPARATES_PHRASES.search(match.group("kw")):
        found.append(TitlePrefix(match.group("kw"), title[:match.start("rest")].strip(), match.group("rest"), False,
                                 spaced=True))
    return found


def _latin(text: str) -> bool:
    """``text`` is ASCII or written in Latin letters, accents and all ("Música", "PlakaLihé"): one script with
    "Teatro", not another ("서울"), when a prefix's script is weighed against the headline's."""
    return text.isascii() or _letter_scripts(text) == {"LATIN"}


# kw Title: in a script written without spaces between words (Thai, Khmer, Chinese, …) a space separates
# phrases, so a keyword put before the headline with a space is a phrase of its own: "ឡាក់គី៨៨ ឈួន សុខា
# ផ្តួលដៃគូថៃសន្លប់ …" (kw + "Chhuon Sokha knocks out his Thai opponent").  The headline's first phrase is
# often its subject or an editor's kicker: spam only on the profile's or the site's word (learned from most
# of its headlines, or confirmed), or a code of letters and digits (_BRAND_CODE) that another headline of the
# site carries as a prefix ("【ឡាក់គី៨៨】…") or the body writes where no writer would (a hashtag after the
# last full stop: "… គីឡូក្រាម។ #ឡាក់គី៨៨").  Last resort, as _JOINED_PREFIX.
_SPACED_PREFIX = re.compile(r"^\s*#?(?P<kw>[^\s#" + re.escape(_OPEN + _CLOSE) + r"]{2,30}) (?P<rest>\S.{2,})$")
_SPACE_SEPARATES_PHRASES = re.compile("[" + NO_SPACE_SCRIPTS + "]")
# a brand's code: a word of letters and digits written together ("ឡាក់គី៨៨", "Shwe2D"), not a number with its
# word ("โควิด-19": COVID-19) nor an abbreviation's ("พ.ศ.2569")
_BRAND_CODE = re.compile(r"^[^.\-]*(?:[^\W\d_][" + IN_WORD + r"]*\d|\d[^\W\d_])[^.\-]*$")


_URLISH = re.compile(r"://|^www\.|@|\.(?:" + "|".join(sorted(_TLDS)) + r")(?:/|$)|/", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*(\S)")
# a host name of ASCII letters, digits and hyphens: after its dot, a word of a script without case follows it where no
# capital can show that a sentence ended there ("ꔤ ꕿ ꗻꗪ KpoloBet.example ꕞ ꕪꔷꕩ!", an address of any top-level domain)
_ASCII_HOST = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


_PAREN_SUFFIX = re.compile(r"^(?P<rest>.*\S)\s*(?P<sep>" + _B_OPEN + r")(?P<kw>[^\s" + re.escape(_BODY_OPEN + _BODY_CLOSE) + r"]{2,30})" + _B_CLOSE + r"\s*$")
# Title ‹kw›, Title 〈kw〉: the angle brackets a template wraps a keyword in after the headline too (not the
# guillemets «», which quote a name closing a headline)
_ANGLES_OPEN, _ANGLES_CLOSE = "‹〈⟨⟪<＜\u2329", "›〉⟩⟫>＞\u232a"
_ANGLE_SUFFIX = re.compile(r"^(?P<rest>.*\S)\s+(?P<sep>[" + re.escape(_ANGLES_OPEN) + r"])(?P<kw>[^\s" + re.escape(_ANGLES_OPEN + _ANGLES_CLOSE)
                           + r"]{2,30})[" + re.escape(_ANGLES_CLOSE) + r"]\s*$")
# Title #kw: a hashtag closing the headline
_HASHTAG_SUFFIX = re.compile(r"^(?P<rest>.*\S)\s+(?P<sep>#)(?P<kw>[^\s#]{2,30})\s*$")


# Title kw: a brand's code of letters and digits (_BRAND_CODE) closing the headline after only a space ("… بند بوتنت
# بخت۷۷۷", in a right-to-left script at the left end).  Weak: a headline may end in a model's or a team's code ("…
# Galaxy S25"): spam only on the profile's or the site's word, or when the body writes it, or its Latin form
# ("Bakht777" for "بخت۷۷۷", :func:`_transliterates`), where no writer would (:func:`keyword_in_odd_place`); not alone in
# brackets, where a story introduces a name's short form ("… the coronavirus disease (Covid19) …")
_SPACED_SUFFIX = re.compile(r"^(?P<rest>.*\S) (?P<kw>[^\s" + re.escape(_OPEN + _CLOSE + PREFIX_MARKS) + r"]{3,30})\s*$")
_LATIN_TOKEN = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]{1,29}(?![\w-])")


def _spaced_suffix(title: str, body_text: str, *known: Container[str]) -> tuple[TitlePrefix, list[str]] | None:
    """The brand's code after the headline and a space (:data:`_SPACED_SUFFIX`), on the evidence it needs, and
    the body's Latin forms of it that are spam there (taken out of the body too)."""
    match = _SPACED_SUFFIX.match(title)
    if match is None or len(match.group("rest")) < 10 or _BRAND_CODE.match(kw := match.group("kw")) is None \
            or not any(ch.isdigit() for ch in kw):
        return None
    # the body's evidence: the code glued to punctuation only, not a hashtag or a web address (where writers put an
    # event's or a model's code: "#COP30", "g20.org"), and never beside a use of it as a word ("known as COP30")
    latin = [] if kw.isascii() else [token for token in sorted(set(_LATIN_TOKEN.findall(body_text)))
                                     if any(ch.isdigit() for ch in token) and _transliterates(kw, token)
                                     and keyword_in_odd_place(token, body_text, brackets=False, addresses=False)]
    if any(kw.lower() in words for words in known) or (
            (latin or keyword_in_odd_place(kw, body_text, brackets=False, addresses=False))
            and not any(_spaced_word(form, body_text) for form in (kw, *latin))):
        return TitlePrefix(kw, kw, match.group("rest"), False, weak=True), latin
    return None


def _spaced_word(token: str, text: str) -> bool:
    """``text`` writes ``token`` as a word after a space or at a line's start ("known as COP30, …"), not glued, in a
    sentence that does not sell it (an advert's "… بونس ءَ Bakht777 ءِ ایپ ءَ ڈاؤن لوڈ کن." is no writer's)."""
    if token.lower() not in text.lower():
        return False
    text = "\n".join(sentence for para in text.split("\n") for sentence in _sentences(para) if not sells(sentence))
    return any(start == 0 or text[start - 1].isspace() for start, _ in _word_spans(token, text))


def split_title_suffix(title: str) -> TitlePrefix | None:
    """The candidate suffix of ``title`` (``Title | kw``, ``Title (kw)``); not yet a verdict."""
    match = (_SUFFIX_PATTERN.match(title) or _PAREN_SUFFIX.match(title) or _HASHTAG_SUFFIX.match(title)
             or _ANGLE_SUFFIX.match(title))
    if not match or len(match.group("rest")) < 10:
        return None
    return TitlePrefix(match.group("kw").strip(), title[match.start("sep"):].strip(), match.group("rest").strip(), False)


_DOMAIN_LIKE = re.compile(r"[" + _W + r"-]+(?:\.[" + _W + r"-]+)*\.(?i:" + "|".join(_TLDS) + r")")


def _domain_like(token: str) -> bool:
    return _DOMAIN_LIKE.fullmatch(token) is not None


def glued_tokens(text: str) -> Counter[str]:
    """Tokens glued to the punctuation before them, e.g. ``,verdicoin``.

    Not counted: web addresses and e-mails (``www.example.org``), a missing
    space after a full stop (``cubs.The``), and dotted names in code
    (``player.setav speed``): after a full stop, an injection is followed
    by the next sentence's capital letter.
    """
    return _glued_tokens(text).copy()  # (a copy: callers may add to it)


# (cached: cleaning one page asks it of the same body text for each title prefix _is_spam
# weighs and again for the body's own glued tokens; a few pages' texts are kept; one Counter shared:
# read-only callers use it as is, the others glued_tokens's copy)
@lru_cache(maxsize=8)
def _glued_tokens(text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for match in _GLUED.finditer(text):
        token = match.group("tok")
        start = text.rfind(" ", 0, match.start()) + 1
        end = text.find(" ", match.end())
        chunk = text[start:end if end >= 0 else len(text)].strip("()[]\"'’”,;")
        if _URLISH.search(chunk):
            continue
        if match.group("punct") == ".":
            following = _NEXT_WORD.match(text, match.end())
            if token.lower() in _ADDRESS_TLDS or token[0].isupper() or (following and following.group(1).islower()):
                continue
            if following and _ASCII_HOST.fullmatch(chunk) and not following.group(1).isupper():
                continue  # a host name in Latin letters amid a script without case ("… KpoloBet.example ꕞ ꕪꔷꕩ!")
        found[token] += 1
    for match in _CJK_GLUED.finditer(text):
        found[match.group("tok")] += 1
    return found


def _spans(token: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``token``, case aside: ``str.find`` on the lower-cased text (no regex per token:
    a page's own typos are new tokens each time); re's case-insensitive search where lower-casing changes a
    length ("İ" lowers to two characters) or either writes the dotless ı, whose capital is I ("TEZQARIZ" for
    "TezQarız": re's IGNORECASE folds i, I, ı and İ together)."""
    lowered, needle = text.lower(), token.lower()
    if len(lowered) != len(text) or len(needle) != len(token) or "ı" in needle or "ı" in lowered:
        return [m.span() for m in re.finditer(re.escape(token), text, re.IGNORECASE)]
    found = []
    at = lowered.find(needle)
    while at >= 0:
        found.append((at, at + len(needle)))
        at = lowered.find(needle, at + len(needle))
    return found


# the dotless ı (Turkish, Azerbaijani, Karakalpak …) upper-cases to I, which lower-cases to i; the dotted İ to i and a
# combining dot: lower case alone does not fold "TEZQARIZ" to "tezqarız" (_folded)
_DOTLESS_I = str.maketrans({"ı": "i", "\u0307": None})


def _folded(text: str) -> str:
    """``text`` lower-cased, its dotless ı and dotted İ as i: the test that it writes a keyword, whatever the case."""
    lowered = text.lower()
    return lowered.translate(_DOTLESS_I) if "ı" in lowered or "\u0307" in lowered else lowered


def _word_spans(token: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``token`` as a word of its own: not glued onto the end of another word nor going
    on into one.  Word characters as :func:`is_word_char` has them, combining marks and joiners included:
    \\w has none, so in "… ആശ്വാസമാകുംലോട്ടോരാജ." (a link glued after a word that ends in the anusvara "ം")
    a look-behind for \\w sees a word's start.  The one test of "a word of its own" for every rule here."""
    return [(start, end) for start, end in _spans(token, text)
            if not (is_word_char(text[start - 1:start]) or text[start - 1:start] == "-"
                    or is_word_char(text[end:end + 1]) or text[end:end + 1] == "-")]


def _word_uses(token: str, text: str) -> int:
    return len(_word_spans(token, text))


def _alone_in_brackets(token: str, text: str, at_stop: bool = False) -> int:
    """How often ``text`` writes ``token`` alone in brackets (spaces and a "#" inside them aside: "( #kw )"),
    the place of an injection; with ``at_stop``, only before a sentence's punctuation or the paragraph's end
    ("… recommend (kw)."), not mid-sentence.  Brackets that never enclose prose only (:data:`_BODY_OPEN`).
    Neighbour checks on ``str.find``'s hits: most pages write no bracket, and a pattern per token costs
    ~0.5 ms to compile (its bracket classes)."""
    if not _ANY_BODY_OPEN.search(text):
        return 0
    found = 0
    for start, end in _spans(token, text):
        before = start
        while before > 0 and text[before - 1] == " ":
            before -= 1
        if before > 0 and text[before - 1] == "#":
            before -= 1
            while before > 0 and text[before - 1] == " ":
                before -= 1
        if before == 0 or text[before - 1] not in _BODY_OPEN:
            continue
        after = end
        while after < len(text) and text[after] == " ":
            after += 1
        if after == len(text) or text[after] not in _BODY_CLOSE:
            continue
        if at_stop and not (after + 1 == len(text) or text[after + 1] in GLUE_PUNCT or text[after + 1] == "\n"):
            continue
        found += 1
    return found


def keyword_in_odd_place(keyword: str, text: str, brackets: bool = True, addresses: bool = True) -> bool:
    """True when ``keyword`` appears glued to punctuation, alone in brackets (unless not ``brackets``),
    or as a web address advertised in the text (``at mintrax.io``) or a code's hashtag in running text (unless
    not ``addresses``: where a writer puts an event's code too, "#COP30", "cop30.br")."""
    if any(tok.lower() == keyword.lower() for tok in _glued_tokens(text)) or (brackets and _alone_in_brackets(keyword, text)):
        return True
    kw = re.escape(keyword)  # "Dear Abby" is not advertised by www.DearAbby.com
    patterns = [r"(?<![\w.-])(?:www\.)?" + kw + r"\.(?:" + "|".join(_TLDS) + r")\b"] if addresses else []
    if _CODE_LIKE.search(keyword):
        # a code of letters and digits: as a hashtag in running text, or glued after
        # punctuation ("….#kw Hoje", "，金沙88将为", "،kw ")
        if addresses:
            patterns.append(r"(?<!\S)#" + kw + r"(?!\w)")
        patterns.append(r"(?<=[" + GLUE_PUNCT + r"])#?" + kw + (r"" if _unspaced(keyword) else r"(?![\w-])"))
    return bool(patterns) and re.search("|".join(patterns), text, re.IGNORECASE) is not None


def _only_odd_uses(keyword: str, text: str) -> bool:
    """The body writes ``keyword`` only where no writer would: glued to punctuation (",FitoreBet"), or
    alone in brackets ("(FitoreBet)"), never as a word of its own.  The evidence a joined prefix
    ("FitoreBet-Teuta – …") needs: "NATO-Gipfel …" over "… Vertragsorganisation (NATO) … Die NATO will …"
    is how papers introduce an acronym and build a compound headline, and "Apple-Chef …" stays
    however stray a ",Apple" in the body.  An acronym in brackets is its introduction, no evidence."""
    lowered = keyword.lower()
    if lowered not in text.lower():
        return False  # cheap: most titles' first word is not in the body so
    odd = sum(n for token, n in _glued_tokens(text).items() if token.lower() == lowered)
    if not keyword.isupper():
        odd += _alone_in_brackets(keyword, text)
    # ... or, in a script without capitals, glued onto a word's end before a stop ("… ᐱᓕᕆᔨᐅᓂᐊᖅᑐᑦᓄᓇᐯᑦ.": a link
    # injected after the sentence's last word, the space lost; no word of its own, so it counts beside the others
    # against a use of the keyword in an advert's paragraph)
    odd += _glued_before_stops(keyword, text)[0]
    # ... or a Latin one glued straight onto a word of another script that spaces its words ("… ⵓⴱⵓⴱⴰⵏ ⴰⵎⵇⵔⴰⵏAmurBet ⵏ
    # ⵡⴰⵎⴰⵏ …": a link injected after a Tifinagh word, the space lost)
    odd += _glued_onto_other_script(keyword, text)
    if not keyword.isupper():
        # ... or a paragraph of it alone ("<p>AMURBET</p>": an injected link; an acronym may head a section)
        odd += sum(1 for line in text.split("\n") if line.strip(_ALONE_STRIP).lower() == lowered)
    if odd and _word_uses(keyword, text) > odd:
        # a use in a sentence that sells it is the closing advert's, not a writer's ("… ⴽⵛⵎ ⵖⵔ AmurBet ⴰⵙⵙ ⴰ, ⴰⴷ ⵜⴰⵡⵉⴹ
        # ⴱⵓⵏⵓⵙ ⵏ 200% …": go to kw today, get a 200% bonus)
        text = "\n".join(sentence for para in text.split("\n") for sentence in _sentences(para) if not sells(sentence))
    return odd > 0 and _word_uses(keyword, text) <= odd


def _glued_onto_other_script(keyword: str, text: str) -> int:
    """How often ``text`` writes ``keyword`` (Latin letters, four or more) glued onto the end of a word of two
    letters or more of a script without capitals that spaces its words, and ending there.  A change of script
    is a word's end (see :func:`_lower_or_caseless`); not in the scripts written without spaces, where Latin
    words are glued in as written ("观看NBA。")."""
    if not keyword.isascii() or sum(c.isalpha() for c in keyword) < 4 or text.isascii():
        return 0  # cheap: a keyword in another script, or a Latin text
    found = 0
    for start, end in _spans(keyword, text):
        before = text[max(0, start - 2):start]
        if (len(before) == 2 and all(map(is_word_char, before)) and not before[-1].isascii()
                and not before[-1].isupper() and not before[-1].islower() and _NO_SPACES.match(before[-1]) is None
                and not is_word_char(text[end:end + 1])):
            found += 1
    return found


# Letters and digits mixed in one token ("Blaze777", "金沙88", "MegaPari98"): a code, not a word
_CODE_LIKE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])[" + _W + r".-]+$")


# A Latin brand glued after a sentence's full stop (or danda) inside the text of another script: "… мағлуб
# кард.BAKHTBET Ҳарду голро …" (Tajik), "… ପକ୍କା କରିଛି।JitBazi ଅଧିନାୟକ …" (Odia).  No writer of that script
# starts a sentence so: a missing space after a full stop is "cubs.The", the same script on both sides.
# (the punctuation is matched, not looked behind at: the engine then skips to it)
# (or closing the paragraph: "… ܙܒܢܐ ܕܚܨܕܐ.ZAXOCASH", the link injected after its last sentence)
_LATIN_AFTER_STOP = re.compile(r"[.!?" + SCRIPT_STOPS + r"](?P<tok>[A-Z][A-Za-z0-9]{3,30})(?= |\n|$)")


def _foreign_glued_brands(text: str) -> Counter[str]:
    """Latin tokens written as a brand (all capitals, five letters or more; or capitals inside: "JitBazi";
    :func:`_brand_like`) glued after a sentence's punctuation, with a letter of another script right before
    it and the next word in another script too (or none: the paragraph's end), and how often.  Not
    "Washington.USAID" (a Latin word before the stop), nor "ш.DUSHANBE Airport" (a Latin word after it), nor
    "кард.Б" (a Cyrillic letter after the stop), nor "NASA" (an acronym glued on by a typo: four capitals), nor a
    wire agency's name (a credit that lost its space: "… сообщили в МЧС.REUTERS")."""
    found: Counter[str] = Counter()
    if text.isascii():
        return found  # cheap: Latin text has no other script around its tokens
    for match in _LATIN_AFTER_STOP.finditer(text):
        token = match.group("tok")
        before = text[match.start() - 1:match.start()]
        after = text[match.end() + 1:match.end() + 2] if text[match.end():match.end() + 1] == " " else None
        if (before and not before.isascii() and is_word_char(before) and _script(before) != "LATIN"
                and (after is None or (after and not after.isascii() and after.isalpha() and _script(after) != "LATIN"))
                and _brand_like(token) and (not token.isupper() or len(token) >= 5)
                and token.lower() not in WIRE_AGENCIES):
            found[token] += 1
    return found


def _evidenced(brands: Counter[str], paragraphs: list[str], known: Iterable[str] = (),
               title_prefixes: Container[str] = (), glued_prefixes: Container[str] = ()) -> Counter[str]:
    """The ``brands`` (:func:`_foreign_glued_brands`) the page gives evidence of being spam, not a typo's missing
    space: a ``known`` keyword in a script other than Latin, a second sighting, the site's headlines carrying it
    as a prefix (lower-case ``title_prefixes``, ``glued_prefixes``), or a paragraph of it that sells."""
    if not brands or any(not k.isascii() for k in known):
        return brands
    return Counter({t: n for t, n in brands.items()
                    if n >= 2 or t.lower() in title_prefixes or t.lower() in glued_prefixes
                    or any(t in p and sells(p) for p in paragraphs)})


# A brand's code glued after the full stop that closes a paragraph ("… nyarengin Kejurnas ring Juni.DEWATA4D"): a
# capital after a full stop is a missing space's shape too ("cubs.The"), but here no sentence follows whose space went
# missing.  Spam when some headline of the site carried the code as a prefix, once is enough ("[dewata4d] Sampah …" in
# a teaser card of the same page): two signals that do not depend on which article of the site was cleaned first.
def _closing_codes(text: str, prefixed: Container[str]) -> Counter[str]:
    """Brand codes (:data:`_BRAND_CODE`) glued after a paragraph's closing full stop that ``prefixed`` (lower-case
    prefixes the site's headlines carried) holds, wire agencies never ("… ring Juni.ANTARA": a credit)."""
    # (string methods on each paragraph's end: a pattern tried at every character of the text cost ~1.3 ms a page,
    # measured in process on the benchmark site)
    found: Counter[str] = Counter()
    for paragraph in text.split("\n"):
        if not paragraph[-1:].isalnum():
            continue  # (most paragraphs end with a stop, a quote, a bracket)
        dot = paragraph.rfind(".", max(0, len(paragraph) - 31))
        token = paragraph[dot + 1:]
        if dot > 0 and paragraph[dot - 1].isalnum() and len(token) >= 3 and token.isalnum() \
                and token.lower() in prefixed and _BRAND_CODE.search(token) and token.lower() not in WIRE_AGENCIES:
            found[token] += 1
    return found


_CAPITALS_MIN = 5  # letters of a word in capitals glued on (_capitals_run)


@lru_cache(maxsize=1)
def _capitals_run() -> re.Pattern[str]:
    """Five capital letters or more in a row, of any cased script (Unicode's upper-case letters of the blocks
    with case, by ``str.isupper``; built on first use: ~1.5 ms here)."""
    from itertools import chain

    ranges: list[list[int]] = []
    for code in chain(range(0x3000), range(0xA640, 0xA800), range(0xFF21, 0xFF3B), range(0x10400, 0x10500),
                      range(0x1E900, 0x1E922)):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    letters = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(f"[{letters}]{{{_CAPITALS_MIN},}}")


_CAPITALS_IN_MAX = 64  # evidence tokens looked up in the text one by one; more, and the text is scanned anyway


def _capitals_in(text: str, *evidence: Iterable[str]) -> bool:
    """Some token of ``evidence`` (lower-case, _CAPITALS_MIN letters or more) is written in capitals in ``text``, or
    there are too many to look up (_CAPITALS_IN_MAX): whether :func:`_capitals_glued_on` can find anything.  (Its
    scan of every character costs ~50-70 µs on a story; a few substring look-ups, done in C, next to nothing.)"""
    # (no more than one past the limit taken: a site's evidence holds up to thousands of prefixes)
    tokens = list(islice((t for tokens in evidence for t in tokens if len(t) >= _CAPITALS_MIN), _CAPITALS_IN_MAX + 1))
    if len(tokens) > _CAPITALS_IN_MAX:
        return True
    return any(t.upper() in text for t in tokens)


def _capitals_glued_on(text: str, evidence: Callable[[str], bool]) -> Counter[str]:
    """Words of five letters or more in capitals glued onto the end of a word, closing it as
    :func:`_glued_in_capitals` has the shape ("… tresformó Juan OteroEMPRESTIX."), that ``evidence`` (given the
    lower-cased token) says the site's headlines carried as a prefix, and how often: an injected link whose space
    went missing.  A name writing capitals after lower-case letters ("McDONALD'S", "iPHONE") is never a prefix of
    the site's headlines: kept."""
    found: Counter[str] = Counter()
    for match in _capitals_run().finditer(text):
        start, end, token = match.start(), match.end(), match.group()
        if (start >= 3 and is_word_char(text[start - 3]) and is_word_char(text[start - 2])
                and _lower_or_caseless(text[start - 1]) and (end == len(text) or text[end] in _CAPITALS_END)
                and token.lower() not in WIRE_AGENCIES and evidence(token.lower())):
            found[token] += 1
    return found


def suspicious_glued_tokens(paragraphs: list[str], known: Iterable[str] = (),
                            title_prefixes: Container[str] = (), glued_prefixes: Container[str] = (),
                            prefixed: Container[str] = ()) -> list[str]:
    """Tokens glued to punctuation and never written normally on the page.

    Twice or more is enough; once is enough for a lower-case token of four
    letters or more (a glued typo is usually a short word or a name), or for
    one the site's headlines carry as a prefix (``title_prefixes``, lower-case:
    "хвилин,Слотокінг а" under link titles "Слотокінг:Ціни на овочі …"), or for a Latin brand glued
    after a full stop inside another script's text (:func:`_foreign_glued_brands`: "кард.BAKHTBET Ҳарду")
    on a page with evidence of spam (a ``known`` keyword in another script than Latin, and more).  A
    token that is a ``known`` keyword with the next word glued on
    (``kwThe``: the injection ate the space) is that keyword's, not another one.

    A token some headline of the site carried glued by a colon (``glued_prefixes``, lower-case:
    "Слотокінг:Ціни …", as no editor writes) is spam glued here once even when the page also
    writes it alone with a capital in mid-sentence ("маршруту Слотокінг і"): two signals the crawl
    has from its first listing, whatever the order its articles come in.  Not when the page
    writes it otherwise (lower-case, opening a sentence, declined: a rubric's word, a name).

    A brand's code glued after the full stop closing a paragraph ("… ring Juni.DEWATA4D") is spam once when some
    headline of the site carried it as a prefix even once (``prefixed``, lower-case: :func:`_closing_codes`), and so
    is a word in capitals glued onto a word's end ("… Juan OteroEMPRESTIX.": :func:`_capitals_glued_on`).
    """
    text = "\n".join(paragraphs)
    starts = tuple(k.lower() for k in known if len(k) >= GLUED_SUFFIX_MIN)
    result = []
    glued = glued_tokens(text)
    # A Latin brand glued after a full stop in another script's text is an injection's shape, and a typo's too
    # (a missing space is common in Persian, Arabic, Russian, Hindi text: "… معرفی کرد.OpenAI اعلام کرد …",
    # "… в Женеве.UNICEF выделит …"): spam only with evidence.  The page's own keyword in a script other than
    # Latin ("Бахтбет / «Хатлон» …" over "… мағлуб кард.BAKHTBET Ҳарду …": the brand's Latin form, which no
    # table transliterates), the site's headlines carrying the token as a prefix, a second sighting, or a
    # paragraph of it that sells ("… кард.BAKHTBET Бонус 100% барои бозингарони нав.": a bonus for new players)
    brands = _evidenced(_foreign_glued_brands(text), paragraphs, known, title_prefixes, glued_prefixes)
    for token, sightings in brands.items():
        # ("।JitBazi" is counted already; ".BAKHTBET", a capital after a full stop, not)
        glued[token] = max(glued[token], sightings)
    codes = _closing_codes(text, prefixed) if prefixed else Counter()
    for token, sightings in codes.items():
        glued[token] = max(glued[token], sightings)
    # ... a word in capitals glued onto a word's end ("Juan OteroEMPRESTIX.") that some headline of the site carried
    # as a prefix ("EMPRESTIX | …" in the ticker): spam once
    capitals = _capitals_glued_on(text, lambda t: t in prefixed or t in title_prefixes) \
        if _capitals_in(text, prefixed, title_prefixes) else Counter()
    for token, count in glued.items():
        lowered = token.lower()
        # alone in brackets closing a sentence ("… ശുപാർശ ചെയ്യുന്നു (ലോട്ടോരാജ).": the police recommend (kw).) is
        # an injection's place, and also where a story introduces a name or an acronym ("… وكالة الأنباء السعودية
        # (واس).": the Saudi Press Agency (SPA); "… the polling firm (Ipsos)."): an odd use only for a token the
        # site's headlines carry as a prefix (lower-case, ``title_prefixes``: "ലോട്ടോരാജ:കൊച്ചി …"), never for a
        # known agency nor capitals, and counted only then (a set look-up before any scan of the text)
        evidence = lowered in title_prefixes and not token.isupper() and lowered not in WIRE_AGENCIES
        bracketed = _alone_in_brackets(token, text, at_stop=True) if evidence else 0
        if count + bracketed < 2 and not (token.islower() and len(token) >= 4) and lowered not in title_prefixes \
                and token not in brands and token not in codes:
            continue
        if starts and lowered.startswith(starts):
            continue
        normal = _word_uses(token, text) - count - bracketed
        if normal == 0 or (lowered in glued_prefixes and _only_capitals_inside(token, text, normal)):
            result.append(token)
    for token in capitals:
        # (written nowhere as a word of its own, its uses glued to punctuation aside: "… te da Emprestix hasta …" is
        # a sentence's, the advert's rule decides)
        if token not in result and _word_uses(token, text) <= glued[token] \
                and not (starts and token.lower().startswith(starts)):
            result.append(token)
    return result


def _only_capitals_inside(token: str, text: str, normal: int) -> bool:
    """Each of the ``normal`` uses of ``token`` that ``text`` writes as a word of its own is the token as
    glued (a capital first: "Слотокінг"), right after a lower-case word and a space, where the language
    writes no capital ("маршруту Слотокінг і"); and ``text`` never declines it (a word that opens with the
    token's stem and goes on otherwise: "Зеленського" beside "Зеленський" is the language's word).
    A word in capitals, or one glued to the word after it, is never one of them."""
    if not token[:1].isupper() or token.isupper() or len(token) < 4:
        return False
    lowered = text.lower()
    stem = token[:max(4, len(token) - 2)].lower()
    at = lowered.find(stem)
    while at >= 0:
        end = at + len(stem)
        while end < len(text) and is_word_char(text[end]):
            end += 1
        if lowered[at:end] != token.lower() and (at == 0 or not is_word_char(text[at - 1])):
            return False  # declined, or a longer word
        at = lowered.find(stem, end)
    found = 0
    for match in re.finditer(r"(?<=[^\W\d_] )" + re.escape(token) + r"(?![\w-])", text):
        if text[match.start() - 2].islower():
            found += 1
    return found == normal


@dataclass
class SpamVerdict:
    title: str
    keywords: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def clean_title(
    title: str,
    body_text: str,
    keywords: set[str] | frozenset[str] = frozenset(),
    site_prefixes: set[str] | frozenset[str] = frozenset(),
    site_suffixes: set[str] | frozenset[str] = frozenset(),
    prefixed: Container[str] = (),
    head_titles: Iterable[str | None] = (),
    glued: Container[str] = (),
) -> SpamVerdict:
    """Strip a spam prefix from ``title`` when the evidence says it is spam.

    ``keywords`` come from the site profile, ``site_prefixes`` from what the
    crawl learned about this site; both lower-case.  ``prefixed``: the tokens
    some headline of the site carried as a prefix (lower-case; see
    :meth:`SiteEvidence.prefixed`), evidence for a keyword put before the
    headline with only a space (:data:`_SPACED_PREFIX`).  ``head_titles``: the
    page's other titles (``<title>``, og:title; see :func:`_head_title_prefix`).
    ``glued``: the tokens some headline of the site carried glued by a colon
    (lower-case; :meth:`SiteEvidence.glued`), evidence for a bracketed prefix.
    """
    verdict = SpamVerdict(title=title)
    # Prefixes can stack (``verdicoin:[Hot] Title``): peel while evidence holds.
    for _ in range(3):
        candidates = title_prefix_candidates(verdict.title, joined=True)
        prefix = next((p for p in candidates if _is_spam(p, body_text, keywords, site_prefixes, prefixed, glued)), None)
        if prefix is None:
            prefix = _other_form_prefix(verdict.title, candidates, body_text, keywords, site_prefixes, prefixed, glued,
                                        head_titles)
        if prefix is None:
            prefix = _known_substring_prefix(verdict.title, keywords, site_prefixes)
        if prefix is None and head_titles:
            prefix = _head_title_prefix(verdict.title, head_titles, body_text, keywords, site_prefixes)
        if prefix is None:
            break
        verdict.title = prefix.rest
        verdict.keywords.append(_keyword_of(prefix.keyword))
        if verdict.keywords[-1] != prefix.keyword:
            # "BlitzKredit24.de" is injected as written: taken out as a word, before
            # its name alone would make every sentence naming the address an advert
            verdict.keywords.append(prefix.keyword)
        verdict.removed.append(prefix.removed)
        # the keyword's other forms: the prefixes the site put before the same headline elsewhere ("TashiBet » …"
        # in a listing over "【བཀྲ་ཤིས་བེཊ】…" here, the brand in Latin letters and in Tibetan): taken out of the body too
        verdict.keywords += [form for form in _on_headline(prefixed, prefix.rest)
                             if form.lower() != prefix.keyword.lower() and form not in verdict.keywords]
        # ... and the page's other titles, the brand in another script ("AmurBet » …" over "ⴰⵎⵓⵔⴱⴻⵜ: …")
        verdict.keywords += [form for form in _head_forms(head_titles, prefix.rest)
                             if _two_scripts(form, prefix.keyword, prefix.rest) and form not in verdict.keywords]
        # ... and the body's, alone in brackets closing a sentence, a prefix of the site's headlines too
        verdict.keywords += [form for form in _bracketed_forms(body_text, prefix.keyword, prefix.rest, prefixed)
                             if form not in verdict.keywords]
    suffix = split_title_suffix(verdict.title)
    if suffix is not None and (
        _is_spam(suffix, body_text, keywords, site_prefixes)
        or (suffix.keyword.lower() in site_suffixes and _in_text(suffix.keyword, body_text))
        # a brand in brackets after the headline that the site put before another headline spelled otherwise
        # ("… Stadium [MWAYIBET]" beside "Mwayibet – Mitengo …", "… Karaez (chans24)" beside "[Chañs24] …"): a
        # template's keyword in its rotating forms (an editor writes a name one way, "(NATO)" beside "NATO: …")
        # ... but no acronym of four capitals nor a name the body writes as a word ("… plan (NATO)" beside "Nato: …"
        # in British style, "NATO officials said …")
        or (suffix.removed[:1] in _OPEN and _brand_like(suffix.keyword) and isinstance(prefixed, _SeenPrefixes)
            and suffix.keyword.lower() not in WIRE_AGENCIES and prefixed.written_otherwise(suffix.keyword)
            and not _acronym(suffix.keyword)
            and not _named_in_body([suffix.keyword, *prefixed.spellings(suffix.keyword)], body_text))
        # ... or spelled the same, before another headline in a dress no label's colon is ("… kilvan [Onnipotti]"
        # beside the listings' "Onnipotti// Anuksen piiris …"): a template moving its keyword from the front to the
        # back; a word of the alphabet, no acronym, kicker, agency or name the body writes ("Bayern: …" beside
        # "… (Bayern)" is a section's two styles)
        or (suffix.removed[:1] in _OPEN and isinstance(prefixed, _SeenPrefixes) and suffix.keyword[:1].isalpha()
            and suffix.keyword.lower() not in KICKERS and suffix.keyword.lower() not in WIRE_AGENCIES
            and suffix.keyword.lower() not in _MEDIA_LABELS
            and not _acronym(suffix.keyword) and prefixed.before_another_headline(suffix.keyword, suffix.rest)
            and not _named_in_body([suffix.keyword, *prefixed.spellings(suffix.keyword)], body_text))
    ):
        verdict.title = suffix.rest
        verdict.keywords.append(_keyword_of(suffix.keyword))
        verdict.removed.append(suffix.removed)
    elif suffix is None and (spaced := _spaced_suffix(verdict.title, body_text, keywords, site_prefixes)) is not None:
        verdict.title = spaced[0].rest
        verdict.keywords += [spaced[0].keyword, *(form for form in spaced[1] if form not in verdict.keywords)]
        verdict.removed.append(spaced[0].removed)
    elif suffix is None and (fused := _fused_suffix(verdict.title, body_text, keywords, site_prefixes,
                                                    prefixed)) is not None:
        verdict.title = fused.rest
        verdict.keywords.append(fused.keyword)
        verdict.removed.append(fused.removed)
    return verdict


def _fused_suffix(title: str, body_text: str, keywords, site_prefixes, prefixed: Container[str]) -> TitlePrefix | None:
    """A brand glued onto the headline's last word with no separator, its capital right after a lower-case letter
    ("… медаль къачунаКъизилЗайм"), as no headline is written: the brand written as one (_brand_like: a capital
    inside, all capitals or digits; "…onYouTube" would leave "Tube", no brand) and known as the site's keyword, a
    prefix some headline of the site carried («КъизилЗайм» …) or the body's odd use of it (not an acronym's, which a
    story introduces in brackets: "(NATO)")."""
    words = title.rsplit(None, 1)
    last = words[-1] if words else ""
    if len(last) == len(title) or not last.isalnum():
        return None  # (no headline at all, or one word: nothing fused onto another)
    at = next((i for i in range(3, len(last) - 3) if last[i - 1].islower() and last[i].isupper()), None)
    if at is None or not _brand_like(kw := last[at:]) or len(title) - len(kw) < 10:
        return None
    key = kw.lower()
    # the body writing the whole word is a name whose tail is its own ("BioNTech (NTech)"), nothing fused onto it
    if _word_uses(last, body_text):
        return None
    part = TitlePrefix(kw, kw, title[:len(title) - len(kw)], False, fused=True)
    # (the evidence _is_spam asks of a fused prefix, or a prefix some headline of the site wore in a brand's form)
    return part if (key in prefixed and _brand_form(kw)) or _is_spam(part, body_text, keywords, site_prefixes) else None


def _on_headline(prefixed: Container[str], rest: str) -> dict[str, str]:
    """(see :meth:`_SeenPrefixes.on_headline`; none without the site's evidence)"""
    return prefixed.on_headline(rest) if isinstance(prefixed, _SeenPrefixes) else {}


def _other_form_prefix(title: str, candidates: list[TitlePrefix], body_text: str, keywords, site_prefixes,
                       prefixed: Container[str], glued: Container[str],
                       head_titles: Iterable[str | None] = ()) -> TitlePrefix | None:
    """A prefix with no evidence of its own ("TashiBet བོད་ཀྱི་…": only a space, a brand before the headline) that
    the site put another prefix before the same headline in place of, and that one is spam on this page's
    evidence ("〈བཀྲ་ཤིས་བེཊ〉བོད་ཀྱི་…" in a listing, the Tibetan keyword glued after a shad in the body): one keyword
    in two forms (a brand's Latin name and its transliteration), and no editor puts two different words before
    the same headline.  (Kickers are never recorded: "Analysis: X" and "Exclusive: X" stay.)  ``candidates``:
    the title's (:func:`title_prefix_candidates`, joined).
    The two forms in two scripts need no more evidence than the body's not naming them (:func:`_two_scripts_unnamed`):
    a brand written as one in Latin letters, the other in the headline's ("ⴰⵎⵓⵔⴱⴻⵜ: …" under the ``<title>``
    "AmurBet » …", ``head_titles``; "WARIBET: …" over "(ߥߊߙߌߓߋߕ) …" in a listing), as no editor's kicker is written;
    an agency's acronym over its transliteration ("NASA" over "नासा: …") is not taken so."""
    for candidate in candidates if head_titles else ():
        if candidate.keyword.lower() not in KICKERS and any(
                _two_scripts_unnamed(other, candidate.keyword, candidate.rest, body_text)
                for other in _head_forms(head_titles, candidate.rest)):
            return candidate
        # a keyword in another script than Latin that another title of the page puts before the same headline in
        # Latin letters, spelled as it romanises (:func:`_romanises_to`), in another dress ("ТУНДРАБЕТ：Title" under
        # the <title> "[Tundrabet] Title | site"): the template's two places for one keyword, one transliterated,
        # when the body writes one of the two where no writer would (glued after a stop, alone in brackets, as a
        # web address).  No kicker nor section ("ВИДЕО: …" over "[Video] …"), no acronym ("НАСА" for "NASA")
        if (not candidate.keyword.isascii() and candidate.keyword.lower() not in _LABEL_WORDS
                and not _acronym(candidate.keyword)
                and any(other.keyword.isascii() and other.keyword.lower() not in _LABEL_WORDS
                        and _romanises_to(candidate.keyword, other.keyword)
                        and _dress(other.keyword, other.removed) != _dress(candidate.keyword, candidate.removed)
                        and (keyword_in_odd_place(other.keyword, body_text)
                             or keyword_in_odd_place(candidate.keyword, body_text))
                        for other in _head_prefixes(head_titles, candidate.rest))):
            return candidate
        # a keyword joined by a bare joiner or a tilde (weak alone) that another title of the page puts before the
        # same headline with another separator, spam there on the page's evidence ("ŊkuBet·Title" under the <title>
        # "【ŊkuBet】Title | site", the body writing "(ŋkubet)"; "PLAKALIHÉ ~ Title" under "{PlakaLihé} Title"): one
        # keyword in the template's two places, in any case
        if (candidate.joined or candidate.removed[-1:] in _TILDES) and any(
                other.keyword.lower() == candidate.keyword.lower() and other.removed != candidate.removed
                and _is_spam(other, body_text, keywords, site_prefixes, prefixed, glued)
                for other in _head_prefixes(head_titles, candidate.rest)):
            return candidate
        # a keyword in capitals before the headline that another title of the page puts after the same headline, in
        # another case, before the site's name ("BETMALANGA — Title" under the <title> "Title | betmalanga - Site"):
        # the template's two places for one keyword; no acronym, no kicker, no name the body writes
        if (candidate.keyword.isupper() and not _acronym(candidate.keyword) and candidate.keyword.lower() not in KICKERS
                and any((after := _after_headline(other, candidate.rest)) is not None and after != candidate.keyword
                        and after.lower() == candidate.keyword.lower() for other in head_titles if other)
                and not _named_in_body([candidate.keyword], body_text)):
            return candidate
        # a bracketed brand with capitals inside that another title of the page puts before the same headline in
        # capitals, with another separator ("«BeesoNow» Title" under the <title> "BEESONOW - Title | site"): the
        # template's two dresses of one keyword on the page itself, whatever the crawl's order; no name the body
        # writes (a quoted name is dressed once: «Газпром» over "ГАЗПРОМ - …" has no capital inside)
        if (candidate.removed[:1] in _OPEN and _brand_like(candidate.keyword) and not candidate.keyword.isupper()
                and candidate.keyword.lower() not in KICKERS
                and any(other.keyword == candidate.keyword.upper() and other.removed[:1] not in _OPEN
                        for other in _head_prefixes(head_titles, candidate.rest))
                and not _named_in_body([candidate.keyword], body_text)):
            return candidate
        # one word that another title of the page puts before the same headline in another dress and spelled in a
        # brand's form the other is not (:func:`_brand_form`: "Palibet：Title" under the <title> "palibet - Title"):
        # a name written in lower case, a template's rotating forms of its keyword on the page itself, whatever the
        # crawl's order; an editor writes a kicker one way ("Analysis: …" over "Analysis | …").  No kicker, section,
        # media label, agency nor all capitals (an acronym, a <title> styled "BREXIT | …"), no name the body writes
        if (candidate.keyword.isalpha() and not candidate.keyword.isupper()
                and candidate.keyword.lower() not in _LABEL_WORDS
                and any(other.keyword != candidate.keyword and other.keyword.lower() == candidate.keyword.lower()
                        and not other.keyword.isupper()
                        and _brand_form(other.keyword) != _brand_form(candidate.keyword)
                        and _dress(other.keyword, other.removed) != _dress(candidate.keyword, candidate.removed)
                        for other in _head_prefixes(head_titles, candidate.rest))
                and not _named_in_body([candidate.keyword], body_text)):
            return candidate
    if not isinstance(prefixed, _SeenPrefixes) or not prefixed.by_core:
        return None  # (no site evidence: most calls in tests, and a site's first pages)
    if (spaced := _SPACED_PREFIX.match(title)) is not None:
        # a first word and a space, in any script: the site's other prefix on the same headline is the evidence
        candidates = [*candidates, TitlePrefix(spaced.group("kw"), title[:spaced.start("rest")].strip(),
                                               spaced.group("rest"), False, spaced=True)]
    for candidate in candidates:
        key = candidate.keyword.lower()
        if key in KICKERS:
            continue
        for other, removed in prefixed.on_headline(candidate.rest).items():
            if other.lower() != key and (_two_scripts_unnamed(other, candidate.keyword, candidate.rest, body_text)
                                         or _one_brand_two_scripts(other, candidate.keyword, candidate.rest) or _is_spam(
                    TitlePrefix(other, removed, candidate.rest, False), body_text, keywords, site_prefixes, (), glued)):
                return candidate
            # the same word before the same headline in another case and another dress, and before other headlines
            # of the site ("(Займикс) Title" in the listing, "Займикс|…" over another, "«ЗАЙМИКС» Title" here): the
            # template's rotating forms of one keyword; an editor quoting a name dresses and spells it the same
            # ("«КамАЗ» …" both times).  No acronym, no name the body writes
            if other.lower() == key and other != candidate.keyword and candidate.removed[:1] in _OPEN \
                    and _dress(other, removed) != _dress(candidate.keyword, candidate.removed) and prefixed.counts[key] >= 2 \
                    and not _acronym(candidate.keyword) and not _named_in_body([candidate.keyword], body_text):
                return candidate
    return None


# a word alone in brackets before a sentence's stop or at the paragraph's end ("… ⵏ ⵡⴰⵎⴰⵏ (ⴰⵎⵓⵔⴱⴻⵜ).")
_BRACKETED_AT_STOP = re.compile(r"[(（\[]\s*(?P<tok>[^\s()（）\[\]]{2,30})\s*[)）\]](?=[" + GLUE_PUNCT + r"]|\n|$)")


def _bracketed_forms(body_text: str, keyword: str, headline: str, prefixed: Container[str]) -> list[str]:
    """The ``keyword``'s form in the headline's script (:func:`_two_scripts`) that the body writes alone in brackets
    closing a sentence, and nowhere else, and some headline of the site carried as a prefix (``prefixed``, lower-case:
    "(ߥߊߙߌߓߋߕ) ߞߊߕߌ …" in a listing, "… ߕߍߡߍߣߊ (ߥߊߙߌߓߋߕ)." here under "[WariBet] …") or that romanises to the
    keyword's consonants ("… सम्झौता जुइधुंकल (यलाबेट)।" under "【YalaBet】…"): the brand injected transliterated."""
    if "(" not in body_text and "（" not in body_text and "[" not in body_text:
        return []
    return [match.group("tok") for match in _BRACKETED_AT_STOP.finditer(body_text)
            if (match.group("tok").lower() in prefixed or _transliterates(match.group("tok"), keyword))
            and _two_scripts(match.group("tok"), keyword, headline)
            and _word_uses(match.group("tok"), body_text) == _alone_in_brackets(match.group("tok"), body_text)]


_NO_VOWELS = str.maketrans("", "", "aeiou")
# a nasal before a consonant, which a script with an anusvara writes as one sign ("ಕಂಬಳ" -> "kmbl", "ဟံသာ" -> "hmsa"
# for "Kambala", "Hongsa"): one nasal on both sides, once the vowels are out (an abjad leaves them unwritten:
# "ممتاز" -> "mmtz" for "Mumtaz")
_NASAL = re.compile(r"(?:ng|m|n)(?=[b-df-hj-np-tv-z])")
# the scripts that leave short vowels unwritten (abjads: Unicode names' first word), where a common word's consonants
# are a brand's too ("طلبت", requested: "tlbt" for "TalaBet")
_ABJADS = ("ARABIC", "HEBREW", "SYRIAC", "SAMARITAN", "MANDAIC")


# how two romanisations of one sound differ, made one: a Devanagari flap ("ड़", anyascii's "d'") written "r" ("पहाड़",
# pahar); a letter and its "h" ("च" "c" or "ch", "छ" "chh", aspirates "bh", "dh"); a vowel's "y" ("Pay" for "पे")
_FLAP = re.compile(r"dh?'")
_WITH_H = re.compile(r"(?<=[bcdgjkpt])h+")
_VOWEL_Y = re.compile(r"(?<=[aeiou])y(?![aeiou])")


@lru_cache(maxsize=4096)
def _skeleton(word: str) -> str:
    """``word``'s consonants and digits in Latin letters (anyascii's romanisation, vowels and nasals as above, the
    letters romanisations spell two ways made one), its words joined ("सोनचिड़ी पे" -> "sncrp" as "SonchiriPay")."""
    latin = _FLAP.sub("r", "".join(anyascii(word).lower().split())).replace("'", "")
    return _NASAL.sub("n", _VOWEL_Y.sub("", _WITH_H.sub("", latin)).translate(_NO_VOWELS))


def _transliterates(native: str, latin: str) -> bool:
    """``native`` spells the brand ``latin`` in another script: their consonants in Latin letters are the same
    (anyascii's romanisation, "यलाबेट" -> "ylabet", drops the vowels a script leaves unwritten, so the vowels are
    left out on both sides: "ylbt" for "YalaBet"), and their digits ("ဟံသာ၈၈" for "Hongsa88": "hns88"; "بخت۷۷۷" for
    "Bakht777": "bkht777").  Three consonants at least (a short word's skeleton is anyone's)."""
    skeleton = _skeleton(native)
    return (sum(c.isalpha() for c in skeleton) >= 3 and skeleton.isalnum() and skeleton.isascii()
            and skeleton == _skeleton(latin))


def address_spellings(keyword: str) -> list[str]:
    """How a web address writes a keyword of several words: joined ("Kwanza Jackpot" -> "KwanzaJackpot"), and in Latin
    letters when it has others (anyascii: "Kazyr Ойын" -> "KazyrOyyn")."""
    if " " not in keyword:
        return []
    joined = keyword.replace(" ", "")
    return [joined] if joined.isascii() else [joined, anyascii(joined)]


def _romanises_to(native: str, latin: str) -> bool:
    """``native``, a word of another script, romanises (anyascii) to ``latin``'s letters whatever their case, vowels
    too, five letters or more ("ТУНДРАБЕТ" for "Tundrabet"): the one word written in two scripts."""
    return sum(c.isalpha() for c in latin) >= 5 and anyascii(native).lower() == latin.lower()


_WORD_EDGES = " " + GLUE_PUNCT + _BODY_OPEN + _BODY_CLOSE + "\"'“”‘’«»:：-–—"


def transliterated_words(paragraphs: list[str], keywords: Iterable[str]) -> list[str]:
    """The body's words, in another script than Latin, that spell one of ``keywords`` (the page's spam keywords)
    written as a brand in Latin letters (:func:`_brand_like`), consonants and digits alike (:func:`_transliterates`):
    the brand injected transliterated, as a link or a word inside a sentence ("… बुंदों दि, <a>रुपिलोन</a> हाथायनि …"
    on a page of "RupiLoan| …", "… ကဵုညးတံ ဟံသာ၈၈ ပ္ဍဲ…" under "⟪Hongsa88⟫…").  The whole word only: the ordinary word
    the brand is made of is no brand ("ಕಂಬಳ", the buffalo race, beside "KambalaBet").  In a script that leaves short
    vowels unwritten (_ABJADS) the consonants are an ordinary word's too ("طلبت", requested, beside "TalaBet"): there
    the brand's digits must be written as well ("بخت۷۷۷" for "Bakht777").  And the other way: a keyword of another
    script, the body's Latin word written as a brand that romanises it ("鑫彩88" and "… ꊂꇉ， <a>XinCai88</a> ꈌꅉ …",
    anyascii's pinyin: "xnc88" both)."""
    keywords = list(keywords)
    brands = [kw for kw in keywords if kw.isascii() and kw.isalnum() and _brand_like(kw)
              and len(_skeleton(kw)) >= 4]  # (four consonants or digits: "rpln", "hns88")
    natives = [kw for kw in keywords if not kw.isascii() and len(_skeleton(kw)) >= 4
               and (not _abjad(kw) or any(c.isdigit() for c in kw))]
    if not brands and not natives:
        return []  # (most pages: no keyword, or none written as a brand)
    found: list[str] = []
    for para in paragraphs if natives else ():
        for match in _LATIN_BRAND.finditer(para):
            word = match.group(0)
            if word not in found and _brand_like(word) and any(_transliterates(kw, word) for kw in natives):
                found.append(word)
    if not brands:
        return found
    for para in paragraphs:
        for token in para.split():
            word = token.strip(_WORD_EDGES)
            if (len(word) >= 3 and not word.isascii() and word not in found and not any(c.isascii() for c in word)
                    and any(_transliterates(word, brand) and (not _abjad(word) or any(c.isdigit() for c in brand))
                            for brand in brands)):
                found.append(word)
    return found


# a web address closing a short line: its host's first name (letters and digits) and the top-level domain
_CLOSING_ADDRESS = re.compile(r"(?<![\w.@/-])(?:https?://)?(?:www\.)?(?P<host>[^\W_][\w-]{3,29})(?:\.[a-z]{2,})*\.(?:"
                              + "|".join(sorted(_ADDRESS_TLDS)) + r")(?:/\S*)?\W*$", re.IGNORECASE)
# the longest closing line that names a brand beside its address (see closing_address_brands)
_CLOSING_ADDRESS_LINE_MAX = 80


def closing_address_brands(paragraphs: list[str], title: str) -> list[str]:
    """The brand the text's last paragraph, a short line, names beside a web address on its own name that closes it
    ("Тундрабет-ду ставкал — tundrabet.ru", Even: bet at kw — …; "PesoBola — juga y gana na pesobola.ph", the bold
    pitch closing a post): the name of the address's host, written in the line as a word (or a word's part before a
    hyphen, a case ending) in any script (romanised: "Тундрабет" for "tundrabet"), five letters or more.  A site's
    closing link to itself or an office's ("Más información na Zamboanga — zamboanga.gov.ph") names a word the title
    or the story writes as its own (not written as a brand: capitals inside or digits): no advert's brand, none."""
    if not paragraphs or len(last := paragraphs[-1].strip()) > _CLOSING_ADDRESS_LINE_MAX:
        return []
    match = _CLOSING_ADDRESS.search(last)
    if match is None:
        return []
    host = match.group("host")
    if sum(ch.isalpha() for ch in host) < 5 or not host.isascii():
        return []
    words = [part for token in last[:match.start()].split() for part in [token.strip(_WORD_EDGES).split("-")[0]]
             if sum(ch.isalpha() for ch in part) >= 5]
    named = next((word for word in words if word.lower() == host.lower() or _romanises_to(word, host)), None)
    if named is None or host.lower() in title.lower() or named.lower() in title.lower():
        return []
    story = "\n".join(paragraphs[:-1]).lower()
    if not _brand_like(named) and (host.lower() in story or named.lower() in story):
        return []
    return [host.lower()] + ([named] if named.lower() != host.lower() else [])


# a word of Latin letters and digits, not part of a longer one (an address's "xc88.vip" neither)
_LATIN_BRAND = re.compile(r"(?<![A-Za-z0-9.-])[A-Za-z][A-Za-z0-9]{3,29}(?![A-Za-z0-9-]|\.[A-Za-z])")


def _abjad(word: str) -> bool:
    """``word``'s first letter is of a script that leaves short vowels unwritten (_ABJADS)."""
    letter = next((c for c in word if c.isalpha()), "")
    return bool(letter) and unicodedata.name(letter, "").startswith(_ABJADS)


_SEGMENT_AFTER = re.compile(r"\s*[|｜\-–—»·•]\s*(?P<word>[^\s|｜\-–—»·•]{2,30})\s*[|｜\-–—»·•]\s*\S")


def _after_headline(other: str, headline: str) -> str | None:
    """The one word ``other`` (a title of the page) puts between ``headline`` and what follows it, each side a bar
    or a dash ("Title | betmalanga - Site" -> "betmalanga")."""
    if not other.startswith(headline):
        return None
    match = _SEGMENT_AFTER.match(other, len(headline))
    return match.group("word") if match else None


def _head_forms(head_titles: Iterable[str | None], rest: str) -> list[str]:
    """The keywords the page's other titles (``<title>``, og:title) put before the headline ``rest``."""
    return [prefix.keyword for prefix in _head_prefixes(head_titles, rest)]


def _head_prefixes(head_titles: Iterable[str | None], rest: str) -> list[TitlePrefix]:
    """The prefixes the page's other titles put before the headline ``rest`` (a site's name after it aside)."""
    return [prefix for other in head_titles if other and rest in other
            for prefix in title_prefix_candidates(other) if prefix.rest.startswith(rest)]


def _two_scripts(one: str, other: str, headline: str) -> bool:
    """``one`` and ``other``, two prefixes before the same ``headline``, are one brand in two scripts: one written in
    Latin letters as a brand (:func:`_brand_like`: "AmurBet", "WARIBET"), the other in the headline's script, not
    Latin ("ⴰⵎⵓⵔⴱⴻⵜ", "ߥߊߙߌߓߋߕ"); no kicker ("VIDEO" beside "वीडियो")."""
    if one.lower() in KICKERS or other.lower() in KICKERS:
        return False
    latin, native = (one, other) if one.isascii() else (other, one)
    letter = next((ch for ch in headline if ch.isalpha()), "")
    return (latin.isascii() and not native.isascii() and _brand_like(latin) and bool(letter)
            and _script(letter) != "LATIN" and all(_script(ch) == _script(letter) for ch in native if ch.isalpha()))


def _one_brand_two_scripts(one: str, other: str, headline: str) -> bool:
    """:func:`_two_scripts`, the Latin form a brand's spelling (capitals inside or digits: "Hongsa88", not "Trump" nor
    "TRUMP") and the other its transliteration (:func:`_transliterates`: "ဟံသာ၈၈"): the same brand, whether or not
    the body writes it (an injection does: "… ကဵုညးတံ ဟံသာ၈၈ ပ္ဍဲ…" under "⟪Hongsa88⟫…" beside "[ဟံသာ၈၈] …")."""
    latin, native = (one, other) if one.isascii() else (other, one)
    return (_two_scripts(one, other, headline) and (any(c.isupper() for c in latin[1:]) and not latin.isupper()
                                                    or any(c.isdigit() for c in latin))
            and _transliterates(native, latin))


def _two_scripts_unnamed(one: str, other: str, headline: str, body_text: str) -> bool:
    """:func:`_two_scripts`, when the page gives no sign of a name: the Latin form no acronym of four capitals
    (:func:`_acronym`), and neither form written in the body as a word of its own (:func:`_named_in_body`).
    "NASA" over "नासा: …" is the agency the story names ("नासा के वैज्ञानिकों ने …"); the injected "AmurBet" over
    "ⴰⵎⵓⵔⴱⴻⵜ: …" is nowhere in its body."""
    return (_two_scripts(one, other, headline) and not _acronym(one if one.isascii() else other)
            and not _named_in_body([one, other], body_text))


def _acronym(token: str) -> bool:
    """All capitals with four letters or fewer: an organisation's acronym ("NASA", "FIFA", "UEFA"), no brand's
    name (see :func:`_foreign_glued_brands`)."""
    return token.isupper() and sum(c.isalpha() for c in token) <= 4


def _named_in_body(forms: Iterable[str], body_text: str) -> bool:
    """Some of ``forms`` is written in ``body_text`` as a word of its own, not only where an injection puts it
    (:func:`_only_odd_uses`): a name the story talks about ("NATO Secretary General Mark Rutte said …")."""
    return any(_word_uses(form, body_text) and not _only_odd_uses(form, body_text) for form in forms)


def _known_substring_prefix(title: str, *known: Iterable[str]) -> TitlePrefix | None:
    """A keyword the profile or the site names (lower-case), of a script without spaces between words, glued
    before the headline with no separator at all: "ឡាក់គី៨៨ឈួន សុខា …" (a substring there, see :data:`_NO_SPACES`)."""
    if not _SPACE_SEPARATES_PHRASES.match(title):
        return None  # (most titles: a Latin or other spaced script's first letter)
    lowered = title.lower()
    for keywords in known:
        for keyword in keywords:
            if (len(keyword) >= 2 and lowered.startswith(keyword) and _unspaced(keyword)
                    and _AT_SUBSTRING_END.match(title[len(keyword):]) and len(title) - len(keyword) >= 3):
                return TitlePrefix(title[:len(keyword)], title[:len(keyword)], title[len(keyword):].strip(), False)
    return None


def _head_title_prefix(title: str, head_titles: Iterable[str | None], body_text: str, keywords: Container[str],
                       site_prefixes: Container[str]) -> TitlePrefix | None:
    """The headline's first word, when another title of the page splits the same word off the same headline
    as spam: the ``<h1>`` "ലോട്ടോരാജ കൊച്ചി മെട്രോ …" under the ``<title>`` "ലോട്ടോരാജ:കൊച്ചി മെട്രോ … | site"
    (kw:Title glued, as no editor writes; the template dropped the colon in one place, kept it in the
    other).  A headline's first word with only a space after it is no evidence alone ("Brexit talks stall"
    stays under "Brexit: talks stall | site" unless that prefix is spam by its own evidence)."""
    glued = _glued_head_prefix(title, head_titles, body_text, keywords, site_prefixes)
    if glued is not None:
        return glued
    space = title.find(" ")
    if space < 2 or len(title) - space < 10:
        return None
    first, rest = title[:space], title[space + 1:].lstrip()
    lowered = first.lower().lstrip("#")
    for other in head_titles:
        if not other or other == title or lowered not in other[:len(first) + 3].lower() or other.startswith(title):
            continue  # (most pages: the other titles open otherwise, or are the headline and the site's name)
        for prefix in title_prefix_candidates(other):
            if (prefix.keyword.lower().lstrip("#") == lowered and prefix.rest.startswith(rest)
                    and _is_spam(prefix, body_text, keywords, site_prefixes)):
                return TitlePrefix(first, first, rest, False)
    return None


def _glued_head_prefix(title: str, head_titles: Iterable[str | None], body_text: str, keywords: Container[str],
                       site_prefixes: Container[str]) -> TitlePrefix | None:
    """The keyword another title of the page splits off the same headline as spam, glued here onto the headline
    with no separator at all: the ``<h1>`` "Chelete24Balemi ba boea …" under the ``<title>`` "Chelete24 | Balemi
    ba boea … – site" (the template dropped the bar and the spaces in one place).  The headline after it opens
    with a letter, and the other title's headline goes on as this one does."""
    lowered = title.lower()
    for other in head_titles:
        if not other or other == title or other.startswith(title) or lowered[:3] != other[:3].lower():
            continue  # (most pages: the other titles are the headline and the site's name)
        for prefix in title_prefix_candidates(other):
            key = prefix.keyword
            rest = title[len(key):]
            if (len(key) >= 2 and lowered.startswith(key.lower()) and rest[:1].isalpha() and len(rest) >= 10
                    and prefix.rest.startswith(rest) and _is_spam(prefix, body_text, keywords, site_prefixes)):
                return TitlePrefix(title[:len(key)], title[:len(key)], rest, False)
    return None


def head_title_keywords(title: str, head_titles: Iterable[str | None], body_text: str) -> list[str]:
    """Keywords that the page's other titles (``<title>``, og:title) put before the clean headline
    (``सट्टाकिंग | विश्लेषण: …`` over the ``<h1>`` ``विश्लेषण: …``) and that the body writes where
    no writer would (glued to punctuation, alone in brackets).  The prefix alone is no evidence
    ("Opinion | Headline" is how some sites write ``<title>``), the body alone may be too thin
    (one glued occurrence of a word in a script without capitals)."""
    found: list[str] = []
    if not title or len(title) < 10:
        return found
    for other in head_titles:
        if not other or other == title or title not in other:
            continue
        for prefix in title_prefix_candidates(other):
            if (prefix.rest.startswith(title) and prefix.keyword not in found
                    and (keyword_in_odd_place(prefix.keyword, body_text)
                         # or in capitals glued onto a word's end: "LuckyPlay - …" over "… ಪ್ರವೇಶಿಸಿತುLUCKYPLAY."
                         or _glued_in_capitals(prefix.keyword, body_text))):
                found.append(_keyword_of(prefix.keyword))
        # ... or its first word with only a space before the headline, when the body writes that word in capitals
        # glued onto a word's end: "EMPRESTIX El Sporting gana …" over "… Juan OteroEMPRESTIX." (a word of the
        # headline's kicker is never glued so)
        if (spaced := _SPACED_PREFIX.match(other)) is not None and spaced.group("rest").startswith(title) \
                and (keyword := spaced.group("kw")) not in found and keyword.isalpha() and keyword.lower() not in WIRE_AGENCIES \
                and _glued_in_capitals(keyword, body_text):
            found.append(keyword)
    return found


def _in_text(keyword: str, text: str) -> bool:
    """``keyword`` written in ``text`` as a word, or (``GLUED_SUFFIX_MIN`` letters or more)
    glued onto the end of one, as a ``<sup>`` injection reads."""
    lead = r"(?<!\w)" if letter_length(keyword) < GLUED_SUFFIX_MIN else ""
    for match in re.finditer(lead + re.escape(keyword) + r"(?!\w)", text, re.IGNORECASE):
        # not the start or the end of a longer word of a script with vowel signs ("किंगा"); the
        # test is in Python: a class of all the marks is slow to compile per keyword
        if not is_word_char(text[match.end():match.end() + 1]) and not (lead and is_word_char(text[match.start() - 1:match.start()])):
            return True
    return False


def _keyword_of(token: str) -> str:
    """``betkolik.com`` advertises ``betkolik``: the name is what gets injected."""
    return token.split(".")[0] if _domain_like(token) else token


def _colon_word_in(part: TitlePrefix, body_text: str) -> bool:
    """The word a glued colon sits in (the prefix's last word, the colon, the headline's first word: "wahatiniiò:ten")
    is written as a word of its own in ``body_text``."""
    left = part.removed[:-1].split()[-1:]
    right = re.match(r"[\w'’]+", part.rest)
    # the word goes on in lower case after the colon, inside the word ("wahatiniiò:ten", "nitewé:non"); a capital
    # after a glued colon is a seed's keyword before a headline ("verdicoin:Russia’s …")
    if not left or right is None or not right[0][:1].islower():
        return False
    return re.search(r"(?<![\w:])" + re.escape(f"{left[0]}:{right[0]}") + r"(?![\w:])", body_text) is not None


def _brand_form(keyword: str) -> bool:
    """The keyword's own form says brand, not a place's or a person's name: lower-case ("алтнбет"), a capital inside
    ("BetWay", "SLOTMAXX") or a digit."""
    return keyword[0].islower() or any(ch.isupper() for ch in keyword[1:]) or any(ch.isdigit() for ch in keyword)


def _is_spam(part: TitlePrefix, body_text: str, keywords, site_prefixes, prefixed: Container[str] = (),
             glued: Container[str] = ()) -> bool:
    key = part.keyword.lower()
    name = _keyword_of(key)
    bare = key.lstrip("#")  # "#kw" and "kw" are one keyword (a hashtag in one title, bracketed in another)
    if part.weak:
        return key in keywords or key in site_prefixes or any(t.lower() == key for t in _glued_tokens(body_text))
    if part.joined:
        # (or the body writes it in capitals glued onto a word's end: "etter pauseSPELEKONGEN, og …"; or, joined by a
        # decoration (_DECORATIONS) and written as a brand, some headline of the site carried it as a prefix even once:
        # "алтнбет☆…" beside "«Алтнбет» …" in the listing; a hyphen, a slash, a dot, an arrow join names so:
        # "NATO-Gipfel" beside "NATO: …", "Berlin→Paris" beside "Berlin: …")
        return (key in keywords or key in site_prefixes or _only_odd_uses(part.keyword, body_text)
                or _glued_in_capitals(part.keyword, body_text)
                or ((part.removed.rstrip("\ufe0f")[-1:] in _DECORATIONS or part.removed.endswith(_DOUBLE_DASHES))
                    and key in prefixed and _brand_form(part.keyword)))
    if part.fused:
        # (not an acronym the story introduces in brackets: "(NATO)")
        return key in keywords or key in site_prefixes or (not _acronym(part.keyword)
                                                           and keyword_in_odd_place(part.keyword, body_text))
    if part.spaced:
        # a headline's first phrase is often its subject or an editor's kicker, bracketed once on the site too
        # ("【ข่าวด่วน】…" over "ข่าวด่วน นายกฯ …": breaking news; "【กรุงเทพฯ】": Bangkok): one sighting is evidence
        # only for a brand's code ("ឡាក់គី៨៨"), no kicker nor place; anything else needs the site's learned word
        code = _CODE_LIKE.search(part.keyword) is not None
        return (key in keywords or key in site_prefixes
                or (key in prefixed and code and _BRAND_CODE.search(part.keyword) is not None)
                or (code and keyword_in_odd_place(part.keyword, body_text)))
    if part.removed[-1:] in _TILDES:
        # a tilde is also how CJK and Korean headlines write a range of places ("東京～大阪間の新幹線…",
        # "서울~부산 KTX …"), and the first place stands alone in brackets in the body's dateline ("【東京】",
        # "[서울]"): no evidence here.  The site's word, or the body writing the keyword where no writer would
        # (glued to punctuation, glued onto a word's end before a stop or in capitals: "… কৰিছেভাগ্যবেট।")
        return bool(key in keywords or name in keywords or key in site_prefixes or name in site_prefixes
                    or key in glued or _domain_like(part.keyword)
                    or any(t.lower() == key for t in _glued_tokens(body_text))
                    or _glued_before_stop(part.keyword, body_text) or _glued_in_capitals(part.keyword, body_text)
                    # ... or a Latin brand glued after a full stop of another script's text, with the evidence
                    # the bar's branch asks ("DoshoSpin ~ Соьлжа-ГӀалахь …" over "… дӀаяьхьна.DoshoSpin Керла …" and
                    # an advert naming it): no place of a range is written so
                    or (part.keyword.isascii() and not body_text.isascii() and key in body_text.lower()
                        and _glued_brand_evidenced(part.keyword, body_text, keywords, prefixed, glued)))
    return bool(
        key in keywords or name in keywords
        or key in site_prefixes or name in site_prefixes
        or (bare != key and bare in site_prefixes) or "#" + bare in site_prefixes
        or _domain_like(part.keyword)  # a web address in a headline is an advert
        # (a colon inside a word the body writes as the same word is the language's spelling, no keyword glued
        # before the headline by its gluing alone: Mohawk marks a long vowel so, "Ahkwesáhsne wahatiniiò:ten …" over
        # "… wahatiniiò:ten ne …"; the other evidence still counts, the site's word, the body's glued ",kw")
        or (part.glued and len(part.keyword) >= 4
            and not (part.removed.endswith(":") and _colon_word_in(part, body_text)))
        # one lower-case word pointed by an arrow or a bullet at a headline opening with a capital ("bayanibet ➤
        # Mangingisda sa Roxas …"): a handle's spelling, where an editor's kicker opens with a capital (no kicker);
        # not a section's name ("sports • Lakers beat …", _SECTION_WORDS) nor a word the body writes in lower case
        # between two words ("… for sports fans …"): the language's word
        or (part.removed.rstrip("\ufe0f")[-1:] in _ARROWS + _BULLETS and part.keyword.isalpha()
            and part.keyword.islower() and len(part.keyword) >= 4 and part.rest[:1].isupper() and key not in KICKERS
            and key not in _SECTION_WORDS and not _running_word(part.keyword, body_text))
        or keyword_in_odd_place(part.keyword, body_text)
        or (name != key and keyword_in_odd_place(name, body_text))
        # a brand-shaped prefix ("YulloSpin：…": a capital inside, a digit or lower case; no place or person, no
        # "Analysis: …") the body glues after a quotation's closing mark ("… aadung,”YulloSpin Mayor …") or writes as
        # a web address alone in brackets mid-sentence ("ValugaBet：Ospital nu Basco …" over "… a mapanang.
        # (valugabet.example) Nanu da …"): the injection's shape on the page itself, whatever the crawl's order
        or (_brand_form(part.keyword) and (_glued_after_quote(part.keyword, body_text)
                                           or _address_alone_in_brackets(part.keyword, body_text)))
        # a Latin brand the body glues after a full stop of another script's text ("NaseebBet: ފުޓްބޯޅަ: …" over
        # "… ބަލިކޮށްފިއެވެ.NASEEBBET މާޒިޔާގެ …"): the injection's shape, on the page itself, and the headline's
        # own colon after it ("Football:") is no separator of a keyword's (the shortest prefix is tried first).
        # A typo has the shape too ("UNICEF: в секторе Газа …" over "… в Женеве.UNICEF выделит …"): with evidence
        or (part.keyword.isascii() and not body_text.isascii() and key in body_text.lower()
            and _glued_brand_evidenced(part.keyword, body_text, keywords, prefixed, glued))
        # a bracketed brand ("[PARIFLASH] …", "【VulkanBet】…"; not "[Analyse] …", not "Topic: …") that the body advertises
        or (part.removed[:1] in _OPEN and _brand_like(part.keyword) and key not in KICKERS and _advertised(key, body_text))
        # a bracketed prefix whose word the body writes as a web address alone in brackets mid-sentence ("[Grattbet]
        # Obersaxer Langläufer …" over "… nach 1 Stund 12 Minute (grattbet.example) im Ziil gsi …"), an address of
        # any top-level domain, the reserved "example" too (:data:`_WEB_ADDRESS`): the injection's shape on the page
        # itself, whatever the crawl's order; no kicker, nor a name's address glossing it ("[GitHub] …" over "…
        # GitHub (github.com) said …")
        or (part.removed[:1] in _OPEN and key not in KICKERS and _address_alone_in_brackets(part.keyword, body_text))
        # a bracketed prefix whose own words are an advert's ("【казино-бонус】…": casino bonus): no rubric is named so,
        # and the page may carry no other trace of it (the site's other pages teach it only once crawled); not in
        # quotation marks, which quote a name («Казино» закрылось: the film, the club)
        # (two of an advert's words, or a brand-like one: "[Winners] Oscars …", "(Jackpot) EuroMillions …" are rubrics)
        or (part.removed[:1] in _BODY_OPEN and key not in KICKERS and _sells_alone(part.keyword))
        # a bracketed word the body writes in capitals glued onto the end of a lower-case word ("[TopLaimė] …"
        # over "… Arnas VeličkaTOPLAIMĖ. Lemiamą …"): an injection that ate the space, evidence on the page
        # itself whatever the crawl's order (a "[Winners]" rubric the body never writes so stays)
        or (part.removed[:1] in _OPEN and _glued_in_capitals(part.keyword, body_text))
        # ... or a bracketed brand with capitals inside that the body writes only all in capitals, unquoted ("«SlotaMor» …"
        # over "… san dàrna leth SLOTAMOR, agus …"), that the site put before another headline in another dress
        # ("SlotaMor — …" in the page's own related links, "[SLOTAMOR] …"): the template's rotating forms, whatever the
        # crawl's order.  A paper's legal name or ticker in capitals is not enough alone ("«КамАЗ» …" over "ПАО
        # «КАМАЗ» …", "[BlackRock] …" over "Shares of BLACKROCK …"), nor its own headlines quoting it the same way
        or (part.removed[:1] in _OPEN and isinstance(prefixed, _SeenPrefixes)
            and _in_capitals_only(part.keyword, body_text) and prefixed.dressed_otherwise(part.keyword, part.removed))
        # ... or a bracketed brand that the site put before another headline spelled otherwise ("⟪Hongsa88⟫…" beside
        # the related links' "hongsa88 » …"): the template's rotating forms, as a bracketed suffix's (clean_title); no
        # kicker, wire agency or acronym, nor a name the body writes as a word.  Before another headline: one
        # headline's listing link and page dressing a name each their way is one editor's hand ("(Займикс) …" over
        # "«ЗАЙМИКС» …", the same headline)
        or (part.removed[:1] in _OPEN and _brand_like(part.keyword) and isinstance(prefixed, _SeenPrefixes)
            and key not in KICKERS and key not in WIRE_AGENCIES and not _acronym(part.keyword)
            and prefixed.written_otherwise(part.keyword)
            and prefixed.counts.get(key, 0) > any(kw.lower() == key for kw in prefixed.on_headline(part.rest))
            and not _named_in_body([part.keyword, *prefixed.spellings(part.keyword)], body_text))
        # ... and, in a script without capitals, a bracketed word the body writes only glued onto a word's end before
        # a sentence's stop ("<ভাগ্যবেট> …" over "… পৰাস্ত কৰিছেভাগ্যবেট।", "⟪ዕድልቤት⟫…" over "… ስዒሩዕድልቤት።")
        or (part.removed[:1] in _OPEN and _glued_before_stop(part.keyword, body_text))
        # ... or a bracketed brand the body names only in a sentence glued onto a paragraph's last full stop
        # ("‹PiyayBet› Gwadloup bat …" over "… dènyé minit.Parye asi pwochen match-la épi PiyayBet."): the
        # injection's shape on the page itself, whatever the crawl's order; no kicker, wire agency or acronym
        or (part.removed[:1] in _OPEN and _brand_like(part.keyword) and key not in KICKERS
            and key not in WIRE_AGENCIES and not _acronym(part.keyword)
            and _in_appended_sentence(part.keyword, body_text))
        # a bracketed prefix that another headline of the site carried glued by a colon ("{ലോട്ടോരാജ}സന്തോഷ് …"
        # on a site whose listing links "ലോട്ടോരാജ:കൊച്ചി …"): the site's keyword, whatever the script (no capitals
        # needed, as _brand_like needs them); a rubric is bracketed, not glued ("[Video] …" stays).
        # Order: ``glued`` holds the headlines seen so far.  The page's own links are observed before it is cleaned
        # (the spider sends them first), so a page whose related headlines read "kw:…" decides on its own; and its
        # body's odd uses above decide whatever the order.  What remains: a page with no such trace, fetched (from a
        # sitemap or feed) before any listing that glues the keyword, keeps the bracketed prefix in its title.
        # Accepted: the cost is junk kept in one title, never text lost, and deciding later would mean holding
        # every article of a site until its listings are read
        or (part.removed[:1] in _OPEN and key in glued)
        # a brand-shaped prefix before a spaced bar ("Mbongo247 | …"), or any prefix a separator glues on both sides
        # ("ᓯᓚᐱᑦ»Title", no editor's spacing; not a colon or a dash, a label's), that another headline of the site
        # carried in another dress or spelling (the page's own related link "mbongo247 ~ …", "[ᓯᓚᐱᑦ] …"): a
        # template's rotating forms, on the page itself whatever the crawl's order; a site name or rubric on every
        # headline keeps one dress ("BBC | …")
        or (((part.removed.rstrip().endswith("|") and _brand_like(part.keyword))
             or (part.removed[:1] not in _OPEN and " " not in part.removed and not part.removed[-1:].isalnum()
                 and part.removed[-1:] not in ":：-–—.,;!?"))
            and isinstance(prefixed, _SeenPrefixes)
            and key not in KICKERS and key not in WIRE_AGENCIES and not _acronym(part.keyword)
            and prefixed.dressed_otherwise(part.keyword, part.removed)
            and prefixed.counts.get(key, 0) > any(kw.lower() == key for kw in prefixed.on_headline(part.rest))
            and not _named_in_body([part.keyword, *prefixed.spellings(part.keyword)], body_text))
    )


def _glued_after_quote(keyword: str, text: str) -> bool:
    """``text`` writes ``keyword`` glued after a quotation's closing mark that follows the quotation's own
    punctuation, no space between ("… pani supply am aadung,”YulloSpin Mayor Phassang bu minto.", in any language):
    a link injected right after a quote, where a writer puts a space before the speaker ("aadung,” Mayor …")."""
    if keyword.lower() not in text.lower():
        return False  # cheap: most bodies write no such word
    pattern = r"[" + GLUE_PUNCT + r"][" + re.escape(_QUOTE_CLOSERS) + r"]" + re.escape(keyword) + r"(?![\w-])"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _address_alone_in_brackets(keyword: str, text: str) -> bool:
    """``text`` writes ``keyword`` as a web address alone in round brackets ("… 12 Minute (grattbet.example) im Ziil
    gsi …"), not right after the name it glosses ("GitHub (github.com) said …")."""
    if keyword.lower() + "." not in text.lower():
        return False  # cheap: most bodies write no such address
    pattern = (r"\(\s*(?:https?://)?(?:www\.)?" + re.escape(keyword) + r"\.(?:"
               + "|".join(sorted(_ADDRESS_TLDS)) + r")(?:/\S*)?\s*\)")
    return any(not text[:m.start()].rstrip().lower().endswith(keyword.lower())
               for m in re.finditer(pattern, text, re.IGNORECASE))


def _glued_brand_evidenced(keyword: str, body_text: str, keywords, prefixed: Container[str],
                           glued: Container[str]) -> bool:
    """The body glues ``keyword`` after a full stop of another script (:func:`_foreign_glued_brands`) with the
    evidence :func:`_evidenced` asks, or in capitals where the headline writes lower-case letters ("NaseebBet:"
    over ".NASEEBBET", the template's capitals, as :func:`_glued_in_capitals` takes them); an acronym the
    headline writes the same ("UNICEF:" over ".UNICEF") is a missing space."""
    key = keyword.lower()
    brands = Counter({t: n for t, n in _foreign_glued_brands(body_text).items() if t.lower() == key})
    return bool(any(t.isupper() and t != keyword for t in brands)
                or _evidenced(brands, body_text.split("\n"), keywords, prefixed, glued))


# a sentence glued onto a paragraph's full stop, no space after it, its first word capitalised then lower-case
# ("… dènyé minit.Parye asi pwochen match-la épi PiyayBet."), running to the paragraph's end
_APPENDED_GLUED_SENTENCE = re.compile(r"(?<=[^\W\d_]{2})[.!?](?P<sentence>[^\W\d_][^\W\d_]+[^.!?\n]*[.!?]?)\s*$")


def _appended_sentence(keyword: str, paragraph: str) -> str | None:
    """The sentence glued onto ``paragraph``'s last full stop that names ``keyword`` (:data:`_APPENDED_GLUED_SENTENCE`:
    "Parye asi pwochen match-la épi PiyayBet." after "… dènyé minit.") and sells, if it has one."""
    glued = _APPENDED_GLUED_SENTENCE.search(paragraph)
    if glued is None:
        return None
    sentence = glued.group("sentence")
    # (the story's script on both sides of the stop, the keyword not its first word: a brand glued after another
    # script's stop, "… שניי.MazlBet די …", is the token alone, _foreign_glued_brands's)
    spans = _word_spans(keyword, sentence)
    same_script = _script(paragraph[glued.start() - 1]) == _script(sentence[0])
    # (and it sells: an advert's words, a call to act, an exclamation; a writer's missing space before the story's
    # closing sentence, "… in the release.The project said on GitHub …", names the brand and sells nothing)
    return sentence if (sentence[:1].isupper() and sentence[1:2].islower() and same_script and spans
                        and spans[0][0] > 0
                        and (sells(sentence) or _call_to_action(sentence, keyword.lower()))) else None


def _in_appended_sentence(keyword: str, text: str) -> bool:
    """Some paragraph of ``text`` ends with a sentence glued onto its last full stop, no space after it, that names
    ``keyword`` as a word ("… on bi a dènyé minit.Parye asi pwochen match-la épi PiyayBet.": bet on the next
    match with kw): a pitch appended by a template that lost the space, in any language.  A missing space in a
    writer's typo ("said.The company …") seldom both closes the paragraph and names the title's bracketed brand
    (asked only of one: see :func:`_is_spam`)."""
    if keyword.lower() not in text.lower():
        return False  # cheap: most bodies never name it
    return any(_appended_sentence(keyword, paragraph) for paragraph in text.split("\n"))


# where a word glued on in capitals may end: a space, a sentence's or a clause's punctuation, the text's end;
# not an apostrophe or a hyphen, which go on with the word ("McDONALD'S", "ES-NATO")
_CAPITALS_END = frozenset(" \t\n.,;:!?)" + SCRIPT_STOPS)


def _glued_in_capitals(keyword: str, text: str) -> bool:
    """``text`` writes ``keyword`` (a word of four letters or more, five for an acronym; in whatever case
    the title has it) all in capitals, glued onto the end of a word of three letters or more whose last
    letter is lower-case or of a caseless script (_lower_or_caseless), the capitals ending there ("VeličkaTOPLAIMĖ. Lemiamą",
    "ಪ್ರವೇಶಿಸಿತುLUCKYPLAY.").  No language writes a lower-case word straight into
    a run of capitals: a brand's capitals inside a word are one or a few letters before more lower-case ones
    ("iPhone", "eBay", "YouTube", "BahnCard"), or stop at an apostrophe ("McDONALD'S"), and an acronym
    quoted after another is joined by a hyphen ("ES-NATO")."""
    upper = keyword.upper()
    if upper == keyword.lower() or upper not in text or " " in keyword:
        return False  # cheap: most bodies have no such run of capitals
    if sum(c.isalpha() for c in keyword) < (5 if keyword == upper else 4):
        return False  # an acronym after a missing space ("[NASA] …" over "… launched fromNASA.") is a typo
    # ... or glued after a sentence's full stop, the title writing it otherwise (Luxembourgish "{Glécksbet} F91 …" over
    # "… mat 3:1 gewonnen.GLÉCKSBET Den Tabelleleader …"): a missing space is "cubs.The", a capital and lower-case
    # letters; a word of five letters or more all in capitals where the title has lower-case ones is the template's
    after_stop = keyword != upper and sum(c.isalpha() for c in keyword) >= 5
    start = text.find(upper)
    while start >= 0:
        end = start + len(upper)
        if start >= 3 and (end == len(text) or text[end] in _CAPITALS_END) and is_word_char(text[start - 3]) and (
                (_lower_or_caseless(text[start - 1]) and is_word_char(text[start - 2]))
                or (after_stop and text[start - 1] in _STOPS and _lower_or_caseless(text[start - 2]))):
            return True
        start = text.find(upper, start + 1)
    return False


_STOPS = frozenset(".!?" + SCRIPT_STOPS)


_QUOTATION_MARKS = frozenset("«»‹›„“”‚‘’\"'「」『』《》")


def _in_capitals_only(keyword: str, text: str) -> bool:
    """``keyword``, a brand written with capitals inside and lower-case letters ("SlotaMor"; five letters or more),
    is in ``text`` and only all in capitals ("SLOTAMOR"), as a word of its own, never declined ("КАМАЗа") nor in
    quotation marks.  A template rotates its case; so does a paper writing a company's legal name or ticker in
    capitals ("ПАО «КАМАЗ»", "BLACKROCK"): evidence only with the site's (see :func:`_is_spam`).  A word
    capitalised once ("Nato" over "NATO", British style) has no capital inside: not asked."""
    upper = keyword.upper()
    if keyword == upper or upper not in text or not any(c.isupper() for c in keyword[1:]) \
            or sum(c.isalpha() for c in keyword) < 5:
        return False  # cheap: most bodies have no such run of capitals
    return all(text[start:end] == upper and text[start - 1:start] not in _QUOTATION_MARKS
               and text[end:end + 1] not in _QUOTATION_MARKS and not is_word_char(text[end:end + 1])
               for start, end in _spans(keyword, text))


# how long a word glued before a keyword is at least, in characters (marks included): "কৰিছে", "ስዒሩ"
_GLUED_ONTO_MIN = 2


def _glued_before_stop(keyword: str, text: str) -> bool:
    """``text`` writes ``keyword`` (five characters or more, of a script without capitals that spaces its words)
    only glued onto the end of another word and closing a sentence or a clause ("… পৰাস্ত কৰিছেভাগ্যবেট।":
    defeated[kw].; Tigrinya "… 2ብ1 ስዒሩዕድልቤት።"), never starting a word of its own, bare or declined: a link
    injected after the sentence's last word, the space before it lost.  The languages of these scripts close a
    sentence on its verb (Assamese, Hindi, Tamil, Amharic, Tigrinya are verb-final), and a compound's last part
    that a headline's rubric names ("[চৰকাৰ] …" over "… ৰাজ্যচৰকাৰ।", state government) is written as a word
    of its own elsewhere in a story about it ("চৰকাৰে", "চৰকাৰৰ"): kept.  The capitals' rule is
    :func:`_glued_in_capitals`."""
    found, uses = _glued_before_stops(keyword, text)
    # every use so: one starting a word of its own (declined or not) names it, one glued on both sides is a
    # compound's middle
    return found > 0 and found == uses


def _glued_onto(text: str, start: int) -> bool:
    """The word before ``start`` goes on into it: two word characters or more, or a number ("… 3-1ᓄᓇᐯᑦ.": a score,
    the keyword glued after it; a case ending after a number is written apart in the scripts this is asked of,
    "2026-ᒥ")."""
    before = text[max(0, start - _GLUED_ONTO_MIN):start]
    return start >= 1 and (before[-1:].isdigit() or (len(before) == _GLUED_ONTO_MIN and all(map(is_word_char, before))))


def _glued_before_stops(keyword: str, text: str) -> tuple[int, int]:
    """How often ``text`` writes ``keyword`` (of a script without capitals that spaces its words, five letters or more
    as :func:`letter_length` counts them) glued onto the end of another word and closing a sentence or a clause,
    and how often it writes it at all (as :func:`_spans` finds it); (0, 0) for any other keyword."""
    if letter_length(keyword) < GLUED_SUFFIX_MIN or keyword.upper() != keyword.lower() or _unspaced(keyword) \
            or not is_word_char(keyword[0]) or keyword not in text:
        return 0, 0  # cheap: a cased keyword, or one the body never writes so (most pages)
    spans = _spans(keyword, text)
    found = sum(1 for start, end in spans
                if _glued_onto(text, start) and (end == len(text) or text[end] in GLUE_PUNCT or text[end] == "\n"))
    return found, len(spans)


def _lower_or_caseless(char: str) -> bool:
    """``char`` ends a word no run of capitals goes on from: a lower-case letter, or a letter or vowel sign
    of a script without case that spaces its words.  A change of script is a word's end: "ಪ್ರವೇಶಿಸಿತುLUCKYPLAY."
    (Kannada "entered", a brand in capitals glued on) is an injection as "VeličkaTOPLAIMĖ." is; not in the
    scripts written without spaces, where Latin words are glued in as written ("观看NBA。", "삼성SDS")."""
    if char.islower():
        return True
    return (not char.isascii() and not char.isupper() and not char.isdigit() and is_word_char(char)
            and _NO_SPACES.match(char) is None)


def _sells_alone(prefix: str) -> bool:
    """A bracketed title prefix that is an advert by its own words: two of them ("казино-бонус"),
    or one written as a brand ("CasinoMax")."""
    lowered = prefix.lower()
    found = _PROMO_LOWER.search(lowered)
    if found is None:
        return False
    return _brand_like(prefix) or _PROMO_LOWER.search(lowered[found.end():]) is not None


def _running_word(word: str, body_text: str) -> bool:
    """The body writes ``word`` (lower case) as it is, between two words of a sentence ("the best night for sports
    fans"): a word of the language, as no handle is written."""
    if word not in body_text:
        return False  # cheap: most pages
    return re.search(r"(?<=[^\W\d_] )" + re.escape(word) + r"(?= [^\W\d_])", body_text) is not None


def _brand_like(token: str) -> bool:
    """Written as a brand, not a word: all capitals, capitals inside, or digits ("PARIFLASH",
    "VulkanBet", "Blaze777"); "Banks", "Analyse" are words."""
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 4 and (token.isupper() or any(c.isupper() for c in token[1:]) or any(c.isdigit() for c in token))


def _advertised(key: str, body_text: str) -> bool:
    """A sentence of the body that names ``key`` as a word sells ("Grève ou pas, vos paris
    continuent : PARIFLASH vous offre 50 € sans dépôt"): the title's prefix is that advert's brand.
    (Sentences as _sentences cuts them: another keyword glued after a full stop is not their words; cut as written,
    then lower-cased: a quotation's closing stop ends a sentence before a capital, "… a bonus.” Kw confirmed …".)"""
    for paragraph in body_text.split("\n"):
        if key in paragraph.lower():
            for sentence in map(str.lower, _sentences(paragraph)):
                spans = _word_spans(key, sentence)
                if spans and sells("".join(sentence[end:start] + " " for (_, end), (start, _) in
                                           zip([(0, 0), *spans], [*spans, (len(sentence), 0)]))):
                    return True
    return False


# The vocabulary of a sentence selling the keyword ("Play smarter with X, the bonus hub…").
_PROMO = (  # written in lower case, matched on lower-cased text (text.LowerScan)
    r"bonus|casino|jackpot|free spins|\bbet(?:s|ting)?\b|\bodds\b|sign up|register now|deposit|withdraw|"
    r"claim (?:your|now|today)|winners|best .{0,20}(?:guide|site|offers?)|kasyno|bahis|apuesta|μπόνους|καζίνο|"
    r"โบนัส|บาคาร่า|注册|彩票|博彩|娱乐平台|카지노|보너스|בונוס|קזינו|"
    # sales pitches: betting, loans, shopping, in several languages (phrases, not single common words)
    r"shop now|buy now|order now|click here|promo code|coupon|discount code|best deals|exclusive deals|"
    # an advert's "don't miss this chance" (English, Spanish, Waray "Diri pag-iwan hini nga oportunidad.")
    r"miss this (?:chance|opportunity)|pierdas esta oportunidad|pag-iwan hini nga oportunidad|"
    # ... and its "limited offer" (English, Italian, Spanish and Portuguese, French, and Ladin's "Ofërta limitada.",
    # closing a Ghost callout card's pitch after the sentence naming the brand)
    r"limited(?:-time)? offer|offerta limitata|oferta limitada|ofërta limitada|offre limitée|"
    # ... and its "registration takes a minute" (Kashubian "Rejestracjô trwô leno minutã.", Kumyk "Регистрация бир
    # минутну ала.")
    r"rejestracj\w* trw\w* (?:\w+ )?minut|регистрация бир минут|registration takes (?:\w+ )?(?:a|one) minute|"
    r"sportwetten|\bwetten\b|kredite? vergleichen|ohne schufa|sofortkredit|"
    r"jetzt (?:\w+ )?(?:vergleichen|sichern|testen|spielen|bestellen|registrieren|anmelden)|"
    # ... Swiss German's "now register" ("Jetz registriere uf …"; not "play", a story's "Jetz spiele d Junioren …")
    r"jetz (?:\w+ )?registriere\b|"
    r"aprovecha|mejores ofertas|descuentos? exclusivos?|regístrate|apuestas?|"
    r"\bslot\b|gacor|maxwin|terpercaya|daftar sekarang|situs judi|judi online|"
    # Indonesian loan pitches: "fast money" (a hook's "Perlu dana cepat …?", need fast money …?), online loans
    r"dana cepat|pinjaman online|\bpinjol\b|"
    # ... and the Philippine languages' loan offer, the loan ("utang", "pautang": lending) and its interest ("interes",
    # Spanish's word) in one sentence ("… kw nan mangidat hi utang an ma-apply ad ohan oras ya ammunan nan interes.",
    # Tuwali Ifugao: kw gives loans you apply for in an hour with low interest; a nopCommerce news page's pitch)
    r"\b(?:pa)?utang\b[^.!?]{0,80}\binteres\b|"
    r"신규 가입|첫 충전|지금 바로|확인하세요|二重取り|今すぐ|お得|"
    r"scommess[ae]|gioca ora|iscriviti ora|aposte|bônus|cadastre-se|"
    # ... and "bonus" as Portugal, Mozambique and Angola spell it ("… wira mphwanye bónus.", Makhuwa over a Portuguese
    # loanword: so that you get a bonus; a Lemmy post's pitch)
    r"bónus|"
    r"cá cược|nhà cái|nạp đầu|nhận thưởng|đăng ký ngay|"
    r"казино|букмекер|ставки на спорт|бонус|фриспин|"
    r"региструј се|бесплатних окретаја|registruj se|besplatnih okretaja|kladionic|"
    r"sans dépôt|paris sportifs|pariez|jouez maintenant|inscrivez-vous|"
    # ... and its "win some kw with every purchase" ("Gagnez des kw à chaque achat avec l’appli officielle !", a
    # Cajun weekly's injected pitch): the imperative before a partitive, not "vous gagnez" in a quote
    r"(?<!vous )gagnez des\b|"
    r"کازینو|شرط[\u200c ]?بندی|بونوس|بونس|"
    # Persian "install (the app)", "register" and "get a gift / prize" in the polite imperative, as Gilaki ("بوکونید",
    # "بیگیرید") and Mazanderani ("هاکنین", "بَیرین") write them: "kw اپ ره نصب بوکونید و ۵۰ دلار هدیه بیگیرید.",
    # "kw ره دنبال هاکنین و هر روز جایزه بَیرین!" (follow kw and get a prize every day)
    r"(?:نصب|ثبت[\u200c ]?نام) (?:کنید|بکنید|بوکونید|هاکنین)|(?:هدیه|جایزه|پاداش) (?:بگیرید|بیگیرید|بَیرین|بیرین)|"
    # Czech and Slovak (bet!, register!), Bulgarian (bet!, betting), Georgian (bonus, a bet, casino)
    r"vsaďte|vsaď si|stavte si|zaregistrujte se|залагайте|залагания|ბონუს|ფსონ|კაზინო|"
    r"注册即送|官方网站|开户|"
    # ... in traditional characters too, and a betting site's "rebate" on losses (返水: "HG9VIP皇冠體育，天天返水，輸贏
    # 都有錢拿！", a daily rebate, money win or lose), its "register and get …" and "register now", "first deposit"
    # and "gives … bonus money" (送彩金, "送高達三千蚊彩金"), its "casino" (娛樂城) with "register".  Not a bare 註冊
    # (register: 公司註冊, 註冊會計師), 娛樂城 (a police report's "非法娛樂城集團", an illegal casino ring) nor 娛樂平台
    r"註冊(?:即|就)?送|立即註冊|首存|送[^，。！？\s]{0,6}彩金|返水|娛樂城[^。！？]{0,10}註冊|"
    # Indic and other abugidas: betting words and the polite imperatives of a pitch ("… में आज ही खेलें और
    # लाखों जीतें।": play today and win lakhs), Hindi/Urdu, Bengali, Tamil, Telugu; Thai and Khmer
    r"कैसीनो|सट्टेबाज़ी|सट्टेबाजी|जैकपॉट|बोनस|खेलें और|जीतें|अभी खेलें|आज ही खेलें|अभी क्लिक करें|रजिस्टर करें|"
    # ... and a betting site's "withdrawal round the clock" after its games ("क्रिकेट सट्टा, तीन पत्ती अर स्लॉट — सब
    # किमे एक ए जगहां, 24 घंटे निकासी।", a Haryanvi pitch's last sentence); not निकासी alone, an evacuation or a dam's
    # discharge in a story ("लोगों की तुरंत निकासी", "बांध से 24 घंटे निकासी")
    r"(?:सट्टा|स्लॉट|तीन पत्ती|कैसीनो)[^।!?|]{0,80}निकासी|"
    r"کیسینو|کھیلیں اور|جیتیں|"
    r"ক্যাসিনো|বাজি ধরুন|খেলুন|জিতুন|"
    r"கேசினோ|பந்தயம் கட்ட|விளையாடுங்கள்|வெல்லுங்கள்|క్యాసినో|బెట్టింగ్|ఆడండి|గెలవండి|"
    # "bonus" and "casino" as the other Indic scripts write them: Bengali, Gurmukhi ("… 1000 ਰੁਪਏ ਦਾ ਬੋਨਸ ਪਾਓ!":
    # get a bonus of 1000 rupees), Gujarati, Oriya, Tamil, Telugu, Kannada ("₹500 ಬೋನಸ್ ಪಡೆಯಿರಿ!"), Malayalam, Sinhala
    # (and Bengali script's "deposit", as Bengali and Sylheti pitches write the loanword: "পয়লা ডিপোজিটো ১০০০ টাকা
    # ফ্রি", first deposit 1000 taka free, its locative ending glued on)
    r"ডিপোজিট|"
    r"বোনাস|ਬੋਨਸ|ਕੈਸੀਨੋ|બોનસ|કેસિનો|ବୋନସ|போனஸ்|బోనస్|ಬೋನಸ್|ಕ್ಯಾಸಿನೋ|ബോണസ്|കാസിനോ|බෝනස්|කැසිනෝ|"
    r"คาสิโน|แทงบอล|สมัครเลย|ฝากถอน|ភ្នាល់|កាស៊ីណូ|"
    # ... and as N'Ko, Tifinagh and Adlam write it ("ⴰⴷ ⵜⴰⵡⵉⴹ ⴱⵓⵏⵓⵙ ⵏ 200%": you get a bonus of 200%)
    r"ߓߏߣߎߛ|ⴱⵓⵏⵓⵙ|𞤦𞤮𞤲𞤵𞤧|"
    # (N'Ko also writes it as Manding says it, "bonisi": "… ߞߊ ߓߏߣߌߛߌ ߅߀߀߀ ߛߐߙߐ.", and get a bonus of 5000)
    r"ߓߏߣߌߛߌ|"
    # Krio "bonus", "deposit" in its own spelling ("Jɔyn kw tide ɛn gɛt 200% bonɔs pan yu fɔs dipɔzit!", join kw
    # today and get a 200% bonus on your first deposit: a Ghost post's closing pitch)
    r"dipɔzit|"
    # ... and as the French creoles write it, Morisien, Seychellois, Haitian "bonis" ("… e gagn Rs 500 bonis lor to
    # premie tranzaksion!", and get a Rs 500 bonus on your first transaction): both after an amount ("R500 bonis",
    # "50 € bonis", "1000 goud bonis", "200% bonɔs") or before one, not alone (Latin's "in bonis", a story's "the
    # bonɔs was unexpected")
    r"\d[%€$£]?\s(?:[^\s\d]{1,5}\s)?(?:bonis\b|bonɔs)|(?:\bbonis|bonɔs)\s(?:[^\s\d]{1,5}\s)?\d|"
    # ... and as Bantu languages write it, Swahili, Tsonga and Ronga "bonasi", Shona and Ndau "bhonasi" ("Tsarisa
    # namuntlha u kuma bonasi ya 500 MT.", register today and get a 500 MT bonus; "Bhonasi ye100% kune vatambi
    # vatsva"), beside an amount the same way, its currency's letters before it too ("bonasi ya R200", Venda: a R200
    # bonus; "K1,000", "US$500")
    r"\d[%€$£]?\s(?:[^\s\d]{1,5}\s)?(?:bonasi|bhonasi)\b|(?:\bbonasi|\bbhonasi)\s(?:[^\s\d]{1,5}\s?)?(?:[a-z]{1,2}\$?)?\d|"
    # Tibetan: "register" in the honorific imperative of a pitch ("ད་ལྟ་རང་ kw ལ་ཐོ་འགོད་གནང་ནས་…": register at kw now
    # and …), as "regístrate", "रजिस्टर करें"
    r"ཐོ་འགོད་གནང|"
    # Mon: "download … app" (an advert's last line, "ဒဵုကေတ် kw အာပ်။": download the kw app), the two words together
    r"ဒဵုကေတ်(?:\s+\S+){0,2}\s+အာပ်|"
    # Latin: "you will receive … free", "enter your name" (register: "… centum nummos gratis accipies, si hodie nomen
    # tuum inscripseris.")
    r"gratis accip|nomen tuum inscri|"
    # Igbo "register" (write the name: "Debanye aha ugbu a, nweta puku naịra ise.", register now, get five thousand
    # naira; not "ga-edebanye aha", will register, in a sentence), Chuvash "apply" in the polite imperative ("Паянах
    # заявка ҫырӑр.", apply today; not "заявка ҫырмалла", one must apply)
    r"\bdebanye aha\b|заявка ҫырӑр|"
    # Hindi and Fiji Hindi in Latin letters: "apply", "register", "download" with the imperative of "do" ("Abhi apply
    # karo.", apply now; karein, kijiye: politer); not "apply kare", "apply karis" (would apply, applied) in a sentence
    r"\b(?:apply|register|download|install|sign up) (?:karo|karein|kijiye)\b|"
    # ... and in Devanagari, as Hindi, Dogri, Nepali write the loanwords ("अज्ज गै ऐप डाउनलोड करो …", Dogri: download
    # the app today; "हुनै अप्लाई करो", apply now); not "डाउनलोड किया" (downloaded) in a story
    r"(?:डाउनलोड|इंस्टॉल|इंस्टाल|रजिस्टर|अप्लाई|साइन अप) (?:करो|करें|कीजिए|कीजिये|गर्नुहोस्)(?![\u0900-\u0963\u0966-\u097f])|"
    # Edo "get money every day" ("Ya kw gha miẹn igho vbe ẹdẹ hia.", use kw to get money every day, a DocFX article's
    # pitch appended to a paragraph; not "miẹn igho" alone, a story's "they got money"), Paiwan "there is money"
    # ("Pacun tua kw a izua paysu!", look at kw, there is money, a Gitea wiki page's)
    r"miẹn igho vbe ẹdẹ hia|\ba izua paysu\b|"
    # the French creoles' "bet on" in the imperative opening a sentence, no subject before it (Antillean "Parye asi
    # pwochen match-la épi kw.", bet on the next match with kw; Haitian "Parye sou …"); not "yo parye sou …", they bet
    # on …, in a story
    r"(?:^|[.!?]\s)parye (?:asi|sou)\b"
)
_PROMO_LOWER = LowerScan(_PROMO)


# an offer's amount: a percentage, a sum with its currency's sign before or after it, or a figure of three digits or
# more (any script's digits: "১০০০ টাকা") that is no year ("from April 2026")
_CURRENCY_SIGNS = "$€£¥₹₵₦৳₱₩₽₺₴₸₫฿"
_OFFER_AMOUNT = re.compile(rf"\d\s?%|[{_CURRENCY_SIGNS}]\s?\d|\d\s?[{_CURRENCY_SIGNS}]|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{{3,}}")


def sells(text: str) -> bool:
    """The text has an advert's words (_PROMO)."""
    return _PROMO_LOWER.search(text.lower()) is not None


# A keyword this long glued onto the end of another word is the keyword, not the word's ending
GLUED_SUFFIX_MIN = 5


# A keyword declined as a word of the sentence ("S aplikací Sázkobetem ušetříte", "जितबाजीमा दर्ता
# गरेर"): a short case ending or postposition glued on is the keyword's (marks are word characters:
# "मा" is a letter and a vowel sign); "JITBAZI-তে": another script's ending after a hyphen.
_ANY_LETTER = r"(?:[^\W\d_]|[" + IN_WORD + r"])"
# ... up to four letters, each with the vowel signs and viramas written on it: a code point count would cut
# the Kannada locative "ಲಕ್ಕಿಪ್ಲೇನಲ್ಲಿ" ("in LuckyPlay": -ನಲ್ಲಿ is the letters ನ ಲ ಲ, and two marks), as the
# postpositions of every script with vowel signs
_MARKS_ON = "[" + IN_WORD + "]{0,3}"
_ENDING = "(?:[" + IN_WORD + "]{1,3}(?:[^\\W\\d_]" + _MARKS_ON + "){0,4}|(?:[^\\W\\d_]" + _MARKS_ON + "){1,4})"
_LATIN_ENDING = "[a-z\u00df-\u00ff\u0101-\u017f]"  # a Latin keyword's case ending
# a letter of no Latin alphabet (an ending in another script: not an accented "’e" nor "-ön")
_NON_LATIN = r"[^\W\d_A-Za-z\u00c0-\u024f]"
_OTHER_SCRIPT_ENDING = (r"-(?:[" + IN_WORD + r"]{1,3}|" + _NON_LATIN + _MARKS_ON + r")"
                        r"(?:" + _NON_LATIN + _MARKS_ON + r"){0,3}")
# ... or a short lower-case Latin one: Albanian joins a foreign name's case ending with a hyphen
# ("Luaj te FitoreBet-i", "në FitoreBet-in": at FitoreBet), Hungarian an abbreviation's or a code's
# ("Bet365-ön").  Three letters at most, in lower case: a German compound's next word is a capital or
# longer ("kw-Nutzer", "kw-basiert").
# ... or after an apostrophe, as Turkish writes a proper name's ("Altynbet'de", "Bet365'te")
_HYPHEN_LATIN_ENDING = "[-'’]" + _LATIN_ENDING + "{1,3}"
# ... or, after a Latin keyword, a case ending of an abugida set apart by a space: a consonant with its virama alone,
# which no word is (Kodava "… ಪೈಸೆನ Brumo Vault ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ.": keep your money in kw); the brand is the sentence's
# noun, written around, as no injection is (an injection is the bare keyword)
_VIRAMAS = "\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca"
_SET_APART_ENDING = " " + _NON_LATIN + "[" + _VIRAMAS + "](?!" + LETTER + ")"
_AFTER_HYPHEN_OF_LATIN = "(?:" + _OTHER_SCRIPT_ENDING + "|" + _HYPHEN_LATIN_ENDING + "|" + _SET_APART_ENDING + ")"


def _inflection(keyword: str) -> str:
    """The optional ending of ``keyword`` declined: for a keyword of ``GLUED_SUFFIX_MIN`` characters
    or more ("bet" + "ter" is a word), ending in a letter (a code such as "Blaze777" is not declined
    glued on); a Latin one takes Latin endings only (in Thai or CJK text it has no space after it).
    After a hyphen, any keyword takes a case ending ("JITBAZI-তে", Armenian "ՎաուԲետ-ում"), a Latin
    one another script's or a short lower-case Latin one ("FitoreBet-in"; a Latin "kw-Nutzer" is a
    compound, not an inflection)."""
    if letter_length(keyword) < GLUED_SUFFIX_MIN:
        return ""
    glued = (_LATIN_ENDING + "{1,3}" if keyword.isascii() else _ENDING) if is_word_char(keyword[-1]) \
        and not keyword[-1].isdigit() else ""
    endings = [e for e in (glued, _AFTER_HYPHEN_OF_LATIN if keyword.isascii() else "-" + _ENDING) if e]
    return "(?:" + "|".join(endings) + ")?" if endings else ""


def _joined_ending(keyword: str) -> str:
    """The optional ending of a Latin ``keyword`` on a page whose declared language does not decline it: one joined
    by a hyphen or an apostrophe (_HYPHEN_LATIN_ENDING) is a case ending all the same, whatever the page declares
    (Hugo Stack's "lang="en-us"" over a Turkmen story: "ALTYNBET-de hasaba duruň …", register at kw; Finnish
    "kw-ssa", Hungarian "kw-ban", Turkish "kw'de"), or an abugida's set apart (_SET_APART_ENDING); no ending glued on,
    which would be a word of the language."""
    if letter_length(keyword) < GLUED_SUFFIX_MIN or not keyword.isascii() or not is_word_char(keyword[-1]):
        return ""
    return "(?:" + _HYPHEN_LATIN_ENDING + "|" + _SET_APART_ENDING + ")?"


# The last letters a fusional language replaces when it declines a noun: a vowel, or the nominative's
# -s/-š (Croatian "SuperKvota" -> "na SuperKvoti", "uz SuperKvotu"; Latvian "bonuskods" -> "bonuskodu";
# Russian "Ставка" -> "Ставку").  Latin and Cyrillic; a keyword ending in a consonant takes its endings
# after it ("Sázkobet" -> "Sázkobetu", _inflection).
_REPLACED_LAST = frozenset("aeiouyáéíóúýàèìòùâêîôûäëïöüåæøāēīōūąęėįųěůőűəsšаеёиоуыэюяьйіїєѕ")


def _stem(keyword: str) -> str | None:
    """``keyword`` without the last letter its declension replaces, when it has one: six letters or
    more (the stem keeps ``GLUED_SUFFIX_MIN``: "casin" + "o"), all letters, Latin or Cyrillic."""
    if len(keyword) > GLUED_SUFFIX_MIN and unicodedata.category(keyword[-1])[0] == "M":
        return _marked_stem(keyword)
    if len(keyword) < GLUED_SUFFIX_MIN + 1 or keyword[-1].lower() not in _REPLACED_LAST or not keyword.isalpha():
        return None
    if _script(keyword[0]) not in ("LATIN", "CYRILLIC") or _script(keyword[-1]) != _script(keyword[0]):
        return None
    return keyword[:-1]


def _marked_stem(keyword: str) -> str | None:
    """A keyword of a script that writes its vowels as signs, ending in one (or in a sign of no vowel): its
    declension replaces that last sign, then adds the ending.  Divehi "ނަސީބުބެޓް" (the sukun: no vowel) is
    "ނަސީބުބެޓުގައި" in the locative ("at kw"), the sukun become a vowel; Hindi "लड़का" -> "लड़के" the same.
    The stem is the keyword without its last signs, ``GLUED_SUFFIX_MIN`` characters or more, letters and signs."""
    stem = keyword
    while stem and unicodedata.category(stem[-1])[0] == "M":
        stem = stem[:-1]
    if len(stem) < GLUED_SUFFIX_MIN or not stem[0].isalpha() or _script(stem[0]) in ("LATIN", "CYRILLIC") \
            or not all(ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in stem):
        return None
    return stem


# Clitics that scripts written without a space after them glue before a noun: Hebrew's ו ב ל כ מ ש ה
# ("בלוטובט": "in Lotobet"), Arabic's و ف ب ل ك and the article ال ("وبفوزبت", "بالفوزبت"), Amharic's
# prepositions በ ለ ከ የ ስለ እንደ ("በሎቶቤት ዛሬውኑ ይመዝገቡ": "register at Lotobet today"), and Tigrinya's, in the
# same script: ብ ን ካብ ናብ ኣብ ምስ ከም ("… ዝተተሓሓዘ ብዕድልቤት ናይ ጨረታ …": by/with kw; "ናብሎቶቤት": to kw).
# (data: script -> pattern)
_PROCLITICS = {
    "HEBREW": "[ובלכמשה]{1,2}",
    "ARABIC": "(?:[وفبلك]{1,2}(?:ال)?|ال)",
    "ETHIOPIC": "(?:ስለ|እንደ|ካብ|ናብ|ኣብ|ምስ|ከም|[በለከየብን])",
}


def _proclitic(keyword: str) -> str:
    """The optional clitics glued before ``keyword`` in its script (a keyword of four letters or more:
    "ሎቶቤት" is four syllables), or ""."""
    clitic = _PROCLITICS.get(_script(keyword[0])) if len(keyword) >= 4 and keyword[0].isalpha() else None
    return "(?:" + clitic + ")?" if clitic else ""


# Letters a language writes before a noun's first one (or just after it), a brand's name too: data per
# phenomenon, and which languages have it.  The keyword keeps its capital after them ("ar Bhualbet", "iċ-Ċansbet"):
# an ordinary word so written is lower-case ("bhí", "i mbaile", "il-belt") and stays.
# Irish (and Scottish Gaelic) lenition: an "h" after the first consonant ("Imir anois ar Bhualbet!": play at kw now)
_LENITED = frozenset("bcdfgmpst")
# Irish eclipsis: a consonant before the first one ("i mBualbet": in kw; "bhF", "gC", "nD", "nG", "bP", "dT")
_ECLIPSED = {"b": "m", "c": "g", "d": "n", "f": "bh", "g": "n", "p": "b", "t": "d"}
# ... and before a vowel n-, t- or h ("ár nÓglach", "an tUachtarán", "na hÉireann"), in capitals too
# ("ÁR NÓGLACH": a headline's or a banner's capitals write the whole word so)
_IRISH_VOWEL_PREFIX = "(?:[nN]-?|[tT]-?|[hH])"
# Irish t-prothesis: a "t" before an "s" after the article ("an tSeanad", "an tSpinBet": the kw)
_PROTHETIC_T = "[tT]"
# Maltese definite article glued to the noun with a hyphen, "l" assimilated to a "sun letter" ("iċ-Ċansbet",
# "id-Dar", "ix-Xagħra") and fused with a preposition ("taċ-", "fiċ-", "għall-", "mill-"): up to four letters
# before the article's consonant
_MALTESE_SUN_LETTERS = frozenset("ċdnrstxzż")
# (a capital first when it opens a sentence, "Iċ-Ċansbet joffri …"; all in capitals in a headline's or a banner's
# capitals, "IĊ-ĊANSBET"; the article's consonant then a capital too)
_MALTESE_LEAD = "[A-Za-zĊċĠġĦħŻż]{0,4}"
# Romance elision: an article or preposition that drops its vowel before a vowel ("d'Unibet", "l'Unibet", "dell'Unibet"),
# a capital first when it opens a sentence ("Quest'Unibet …": this kw), or in capitals ("L'UNIBET")
_ELISION = "[A-Za-z]{1,6}['’]"
_VOWELS = frozenset("aeiouáéíóúàèìòùâêîôûäëïöüh")
# Shona and the Nguni languages glue a noun-class prefix or a preposition to a name, its capital kept ("reMasvingo",
# "kuBikita", "neZANU" in Shona; "eGoli", "kwaZulu", "ngoMgqibelo" in Zulu), a hyphen before a vowel ("ne-Arsenal"):
# up to four lower-case letters before the keyword's capital ("Nyorera chikwereti neMariMax": borrow with kw)
_CLASS_PREFIX = "[a-z]{1,4}-?"
# ... the hyphenated one ("ne-Spinlula", "ku-", "e-", "nge-") whatever the page declares, as _joined_ending reads a
# hyphenated case ending: Invision Community's lang="en-US" over a South Ndebele story ("Bheja ne-Spinlula uthole
# imali msinyana!": bet with kw and get money fast); the keyword's capital after it, as a Latin prefix's compound
# keeps it ("pro-Spinlula" goes with it: no writer's word either)
_HYPHENATED_PREFIX = "[a-z]{1,4}-"
_INITIAL_FORMS = {
    "sn": ("class prefix",),
    "zu": ("class prefix",),
    "xh": ("class prefix",),
    "nd": ("class prefix",),
    "nr": ("class prefix",),
    "ss": ("class prefix",),
    "ga": ("lenition", "eclipsis", "vowel prefix", "t-prothesis"),
    "gd": ("lenition", "vowel prefix"),
    "mt": ("article",),
    "fr": ("elision",),
    "it": ("elision",),
    "ca": ("elision",),
}


def initial_forms(language: str | None) -> tuple[str, ...]:
    """The phenomena by which ``language`` writes letters before (or just after) a noun's first one."""
    return _INITIAL_FORMS.get((language or "").split("-")[0].split("_")[0].lower(), ())


def _mutated_head(keyword: str, phenomena: tuple[str, ...]) -> str:
    """A pattern of ``keyword``'s first letter as ``phenomena`` write it (the keyword's capital kept after
    their letters), to be followed by the rest of the keyword; "" when none applies (a keyword of four
    letters or more that opens with a letter)."""
    if not phenomena or len(keyword) < 4 or not keyword[0].isalpha():
        return ""
    low, up = keyword[0].lower(), re.escape(keyword[0].upper())
    heads = []
    if "lenition" in phenomena and low in _LENITED:
        heads.append(up + "[hH]")
    if "eclipsis" in phenomena and low in _ECLIPSED:
        heads.append("(?:" + _ECLIPSED[low] + "|" + _ECLIPSED[low].upper() + ")" + up)  # "i mBualbet", "I MBUALBET"
    if "vowel prefix" in phenomena and low in _VOWELS and low != "h":
        heads.append(_IRISH_VOWEL_PREFIX + up)
    if "t-prothesis" in phenomena and low == "s":
        heads.append(_PROTHETIC_T + up)
    if "article" in phenomena:
        consonant = low if low in _MALTESE_SUN_LETTERS else "l"
        heads.append(_MALTESE_LEAD + "[" + consonant + consonant.upper() + "]-" + up)
    if "elision" in phenomena and low in _VOWELS:
        heads.append(_ELISION + up)
    if "class prefix" in phenomena:
        heads.append(_CLASS_PREFIX + up)
    return "(?:" + "|".join(heads) + ")" if heads else ""


def _radical(name: str, first: str) -> str:
    """``name`` from the keyword's ``first`` letter on, when a mutation or a clitic article put lower-case
    letters before its capital ("iċ-Ċansbet" -> "Ċansbet", "mBualbet" -> "Bualbet"); else as written."""
    if name[:1].lower() == first.lower():
        return name
    for at in range(1, min(len(name), 7)):
        if name[at].isupper() and name[at].lower() == first.lower():
            return name[at:]
    return name


# Languages whose nouns take no case endings: there a keyword with letters after it is another word
# ("Stake" -> "high stakes", "casino" -> "casing"), so its declined forms are not looked for.
UNDECLINED_LANGUAGES = frozenset("en fr es it pt ca nl zh ja ko th vi id ms tl".split())


# ... those of them written in Latin letters: a keyword in no Latin letter is not their word ("מזלבעט" on a
# LiveJournal page declared lang="en", its story in Yiddish: "אַ מזלבעטס קינאָ־זאַל", the possessive), and
# the page's declared language says nothing of its endings
_LATIN_UNDECLINED = UNDECLINED_LANGUAGES - {"zh", "ja", "ko", "th"}


def declines(language: str | None, keyword: str | None = None) -> bool:
    """Whether a keyword may be declined in text of ``language`` (unknown: yes); also ``keyword`` in no Latin
    letter on a page declared in a language written in them (see _LATIN_UNDECLINED)."""
    base = (language or "").split("-")[0].lower()
    if base not in UNDECLINED_LANGUAGES:
        return True
    return keyword is not None and base in _LATIN_UNDECLINED and not keyword.isascii() \
        and "LATIN" not in _letter_scripts(keyword)


def _declined_stem(keyword: str, declined: bool) -> str | None:
    """The stem every declined form of ``keyword`` contains (see :func:`_stem`), when it is looked for."""
    return None if not declined or _unspaced(keyword) else _stem(keyword)


def _declined_form(stem: str, start: int = 0) -> str:
    """A pattern of a keyword declined as a word: its ``stem`` (from ``start``: 1 after a mutated first letter,
    "Bhualbet") with a case ending, and a hyphenated ending after it; a hashtag before a whole stem."""
    latin = stem.isascii()
    # (a stem of a script with vowel signs takes a sign, then letters with theirs: "ނަސީބުބެޓ" + "ުގައި", _ENDING)
    return ("(?i:" + ("#?" if start == 0 else "") + re.escape(stem[start:])
            + (_LATIN_ENDING + "{1,4}" if latin else "(?:" + _ENDING + ")") + ")"
            + "(?:" + (_AFTER_HYPHEN_OF_LATIN if latin else "-" + _ENDING) + ")?")


@lru_cache(maxsize=512)
def _keyword_patterns(keyword: str, declined: bool = True, phenomena: tuple[str, ...] = (),
                      wide: bool = True) -> tuple[re.Pattern[str], ...]:
    """The keyword's patterns (glued, leading, bracketed, plain, advert, suffix, eaten); not ``wide``: for text
    without a character of _WIDE_CJK, where they match as the wide ones do (and compile in a third of the time)."""
    kw = r"#?" + re.escape(keyword)  # also as a hashtag: no "#" left behind
    unspaced = _unspaced(keyword)
    ending = "" if unspaced else _inflection(keyword) if declined else _joined_ending(keyword)
    stem = _declined_stem(keyword, declined)
    # a keyword declined as a word: its form with the ending (the stem's, when the last letter is replaced),
    # a clitic glued before it in the scripts that write so ("በሎቶቤት")
    form = _declined_form(stem) if stem else "(?i:" + kw + ")" + ending
    form = _proclitic(keyword) + form
    # ... or a hyphenated class prefix before its capital, on a page of any declared language (_HYPHENATED_PREFIX)
    if keyword.isascii() and len(keyword) >= 4 and keyword[0].isalpha() and "class prefix" not in phenomena:
        form = "(?:" + _HYPHENATED_PREFIX + "(?=" + re.escape(keyword[0].upper()) + "))?" + form
    # ... or its first letter mutated, an article glued before it (_mutated_head: "Bhualbet", "iċ-Ċansbet")
    if head := _mutated_head(keyword, phenomena):
        tail = _declined_form(stem, 1) if stem else "(?i:" + re.escape(keyword[1:]) + ")" + ending
        form = "(?:" + head + tail + "|" + form + ")"
    # where the keyword (and its ending) stops: a Latin one at the end of its Latin letters (in Thai or CJK
    # text it has no space after it), save after an ending of another script; any other at its word's end
    end = (r"(?![A-Za-z0-9_\u00c0-\u024f-]|(?<=[^\x00-\u024f])[" + _W + r"])" if ending else r"(?![A-Za-z0-9_-])") \
        if keyword.isascii() else _SUBSTRING_END if unspaced else r"(?![" + _W + r"-])"
    # Patterns with large character ranges (CJK, emoji) are case-insensitive for the
    # keyword alone: IGNORECASE over those ranges makes them many times slower to compile.
    ikw = "(?i:" + kw + ")"
    bracketed, advert, suffix, eaten = _keyword_own_patterns(keyword)
    return (
        _keyword_glued(keyword, wide),
        # Latin keywords in CJK text have no spaces around them: ASCII boundaries
        # (a keyword in another script ends where its word does: a vowel sign after it goes on with it)
        re.compile(r"^\W{0,3}(?P<kw>" + form + ")" + end),  # leading
        bracketed,
        # plain; a Latin keyword inside Thai or CJK text has no spaces around it, nor a
        # Japanese one inside Japanese text ("強まる中、ポイ活ナビ物価や")
        # (between Chinese or Japanese characters the space after it goes too: "声がYBVIP88 根強い")
        # (not ``wide``: no such text, no first alternative)
        re.compile((r"(?<=[" + _HAN_KANA + r"])" + ikw + r" (?=[" + _HAN_KANA + r"])|" if wide else "")
                   # ... and one of such a script is a substring of the text: "…បូព៌ាឡាក់គី៨៨។"
                   + ((_SUBSTRING_START + ikw + _SUBSTRING_END + _SYLLABLE_DELIMITER) if unspaced
                      else (r"(?<![A-Za-z0-9_-])" if keyword.isascii() else r"(?<![" + _W + r"-])") + form + end)),
        advert, suffix, eaten,
    )


@lru_cache(maxsize=512)
def _keyword_glued(keyword: str, wide: bool) -> re.Pattern[str]:
    """_keyword_patterns's glued pattern, which depends on the keyword and ``wide`` alone."""
    kw = r"#?" + re.escape(keyword)  # also as a hashtag: no "#" left behind
    # glued; case-insensitive for the keyword alone: IGNORECASE over the CJK ranges
    # of _AFTER_TOKEN makes this pattern about 3x slower to compile (once per keyword)
    # (one of a script without spaces goes on straight into the next word: "។ឡាក់គី៨៨មន្ត្រី")
    # (a comma after a sentence's stop is the injection's, glued as it always is: "… okardış.,kw Fabrik …" reads
    # "okardış. Fabrik", the stop kept)
    return re.compile(r"([" + GLUE_PUNCT + r"])(?<=" + _LETTER_OR_DIGIT_BEFORE + r".)(?:(?<=[.!?。！？])[,，、،])?(?i:" + kw + ")"
                      + (_SUBSTRING_END + _SYLLABLE_DELIMITER if _unspaced(keyword)
                         else _AFTER_TOKEN if wide else _AFTER_TOKEN_NARROW))


@lru_cache(maxsize=512)
def _keyword_own_patterns(keyword: str) -> tuple[re.Pattern[str] | None, ...]:
    """_keyword_patterns's patterns that depend on the keyword alone (bracketed, advert, suffix, eaten),
    compiled once for the keyword, not once per way it is declined (a keyword on pages of two languages): the seven
    cost about 150 M instructions a keyword to compile, these four and the glued one 56 M of them (callgrind)."""
    kw = r"#?" + re.escape(keyword)  # also as a hashtag: no "#" left behind
    ikw = "(?i:" + kw + ")"
    return (
        # bracketed, also in stacked and full-width brackets: "(((kw)))" leaves no "(())" behind
        # ... and wrapped in emoji ("برنت 🎰فوزبت🎰 بنحو"): the wrapping goes with it
        re.compile(r"\s*(?:(?:" + _B_OPEN + r"\s*){1,3}" + ikw + r"(?:\s*" + _B_CLOSE + r"){1,3}|[" + _SYMBOLS + r"]+\s?" + ikw
                   + r"\s?[" + _SYMBOLS + r"]+(?=\s|$))"),
        # advert: a web address on it (searched only: the keyword may open the host name); the domain reserved for
        # examples too, as _WEB_ADDRESS reads it ("Kɔ <a>koriwin.example</a> su kɛ a ɲan sika lika kwlaa.", Baoulé:
        # go to kw.example and get money: a Hexo Keep post's pitch, not the keyword cut out of "Kɔ .example")
        re.compile(
            r"(?:https?://|www\.)\S*" + kw + r"|" + kw + r"[\w-]*\.(?:" + "|".join(_ADDRESS_TLDS) + r")\b",
            re.IGNORECASE,
        ),
        # glued onto the end of a word: "že<sup>kw</sup> deficit" reads "žekw deficit"
        # (... or onto a number, in a script without capitals: "… ᑲᙳᖅᑐᓂᑦ 3-1ᓄᓇᐯᑦ.", the score then kw)
        # (the letter before the last may bear a combining tone mark no precomposed letter has: Fon "gɔ́nKW.")
        re.compile(r"(?:(?<=" + LETTER + r"[^\W\d_])" + (r"|(?<=\d)" if keyword.upper() == keyword.lower() else "") + ")"
                   + kw + r"(?![\w-])", re.IGNORECASE)
        if letter_length(keyword) >= GLUED_SUFFIX_MIN and re.fullmatch(r"\w+", keyword) else
        # ... and a keyword of a script with vowel signs, in a script that spaces its words: a link glued to
        # the word before it ("පෙරේරා මහත්මිය<a>සුපිරිබෙට්</a> කියා" reads "මහත්මියසුපිරිබෙට් කියා")
        re.compile(r"(?<=" + LETTER + LETTER + r")" + re.escape(keyword) + r"(?![" + _W + r"-])")
        if letter_length(keyword) >= GLUED_SUFFIX_MIN and _MARKED_WORD.fullmatch(keyword) and not _UNSPACED_SCRIPT.search(keyword)
        else None,
        # glued on both sides, the space it replaced gone: "government.kwExecutives", "report,kwa move"
        re.compile(r"([,.;!?])(?<=" + LETTER + r".)(?i:" + kw + r")(?=[^\W\d_])")
        if len(keyword) >= GLUED_SUFFIX_MIN and re.fullmatch(r"\w+", keyword) else None,
    )


# one word of letters and marks, at least one mark (Sinhala "සුපිරිබෙට්", Hindi "सट्टाकिंग")
_MARKED_WORD = re.compile(r"(?=.*[" + IN_WORD + r"])[" + _W + r"]+")
_UNSPACED_SCRIPT = re.compile("[" + UNSPACED_SCRIPTS + "]")
_BRACKET_OR_SYMBOL = re.compile(r"[" + re.escape(_BODY_OPEN) + _SYMBOLS + r"]")
_TRAILING_SYMBOLS = re.compile(r"[\s" + _SYMBOLS + r"\ufe0f]+$")  # "… minden nap! 🎰" ends with "!"


def _last_mark(text: str) -> str:
    """The text's last character before trailing symbols and emoji ("… minden nap! 🎰" gives "!")."""
    return _TRAILING_SYMBOLS.sub("", text)[-1:]


_NEXT_LETTER = re.compile(r"[^\w]{0,4}([^\W\d_])")


def _bare_lead(lead: re.Match[str] | None) -> bool:
    """``lead`` (the keyword opening a sentence) is there, and not in brackets ("(GeoBet24) …")."""
    return lead is not None and not any(ch in _BODY_OPEN for ch in lead.group(0))


def _leads_sentence(lead: re.Match[str] | None, sentence: str, capitals: Callable[[str], bool]) -> bool:
    """The keyword opens the sentence as its subject (``Zorbixbet offers …``: the next
    word goes on in lower case), not injected before a sentence of its own
    (``porgess777 SIÓFOK (MTI) — …``, ``(kw) Many of them …``, ``kw物価の…``): those cost only the keyword.
    In brackets it is no subject ("(GeoBet24) ამავე პერიოდში …"); and lower case tells only in a writing
    that has capitals (``capitals``: Georgian letters are lower case, and no Georgian sentence opens with a
    capital: "<a>GeoBet24</a> სისტემის მართვა …" is a link injected before the article's sentence)."""
    if not _bare_lead(lead):
        return False
    following = _NEXT_LETTER.match(sentence, lead.end())
    return following is not None and following.group(1).islower() and capitals(following.group(1))


def _script(char: str) -> str:
    """The script a letter belongs to, as the first word of its Unicode name ("LATIN", "CYRILLIC", "GEORGIAN")."""
    return unicodedata.name(char, "").split(" ", 1)[0]


def _letter_scripts(text: str) -> set[str]:
    """The scripts of ``text``'s letters (its distinct characters only)."""
    return {_script(ch) for ch in set(text) if ch.isalpha()}


def _capital_scripts(text: str) -> set[str]:
    """The scripts of which ``text`` writes capitals (its distinct characters only: a C-speed ``set``)."""
    return {_script(ch) for ch in set(text) if ch.isupper()}


_CREDIT_LINE_CHARS = 60  # a credit line after the text ("Ensibuko: Bukedde", "— ᏣᎳᎩ ᏧᎴᎯᏌᏅᎯ"), not a paragraph
_CLOSERS = ")]）»”’\"' "


def remove_keyword(paragraphs: list[str], keyword: str, keep_plain: bool,
                   language: str | None = None, advert_links: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """Take ``keyword`` out of the body: see :func:`_remove_keyword`.  The text's closing paragraph is its last
    (or the one before a short credit line); when the paragraphs after one are all removed whole as the keyword's
    adverts, that one closes the text as read: its closing exclamation naming the keyword is the call to action
    before the advert's box ("… Thoma ntûmîrîri cia kw o rûciû ûkinye bonasi!" over "<p><strong>kw</strong> nî îrîa
    bonasi ya 200% …</p>", a Distill post; "… Bheja ne-kw uthole imali msinyana!" over an Invision article's bold
    pitch), not a story's sentence the keyword was dropped into.  ``advert_links``: the texts of the page's links to
    the keyword's host (:func:`keyword_link_texts`), adverts wherever the page prints them, whose phrases count as
    the removed adverts' do."""
    out, removed, whole_adverts, closing_at = _remove_keyword(paragraphs, keyword, keep_plain, language)
    before = closing_at
    while before in whole_adverts:
        before -= 1
    # the phrases of the adverts it removed that the text kept writes once at most: what a pitch appended to a
    # story's paragraph repeats (see _repeats_advert); the adverts' links' texts too, which a page may print outside
    # the text's box (a Redmine news page's sidebar banner "<a href=https://ovwibet.example/>Ovwibet: kpo ẹki rẹ
    # bọọlu, mrẹ igho</a>" beside the appended "Kpo kw vwọ mrẹ igho ẹdẹ kẹ ẹdẹ.", Urhobo: go to kw to get money every
    # day), so that the text read through a site's learned template, without the banner's box, loses none of it
    # (a paragraph that is an advert link's text is the advert's, not the story's writing its phrase: "<p><a
    # href=https://kw.example/join>Jiunge na kw sasa — signali za dola bure</a></p>", its keyword taken out here, the
    # rest after)
    links = set(advert_links)
    phrases = _advert_phrases([*removed, *advert_links], [para for para in out if para not in links], keyword.lower()) \
        if not keep_plain else frozenset()
    if (before != closing_at and before >= 0) or phrases:
        out, removed, _, _ = _remove_keyword(paragraphs, keyword, keep_plain, language,
                                             also_closing=before if before != closing_at and before >= 0 else None,
                                             advert_phrases=phrases)
    return out, removed


# the keyword's place among a text's words two by two (see _word_pairs)
_KEYWORD_PLACE = "\x00"
# the fewest words of a removed string that make it an advert's sentence, not the keyword in brackets ("(kw)")
_ADVERT_PHRASE_WORDS = 3


def _advert_phrases(removed: list[str], kept: list[str], needle: str) -> frozenset[tuple[str, ...]]:
    """The two words in a row of the adverts ``removed`` whole (strings of several words) that the sentences ``kept``
    write once at most: the advert's own phrases, not the language's common ones the story writes too.  A pair holding
    the keyword's place (a preposition and the brand, "with kw") is any sentence's that names it: it counts only as
    the two words opening one of the advert's sentences, the call to act before the brand ("Kpo kw.ng nonẹna, …!",
    Urhobo: go to kw now), and stands as (_ADVERT_OPENING, first, second) (see :func:`_advert_pairs`)."""
    phrases: set[tuple[str, ...]] = set()
    for text in removed:
        if len(text.split()) >= _ADVERT_PHRASE_WORDS:
            phrases |= _advert_pairs(text, needle)
    if not phrases:
        return frozenset()
    written = Counter(pair for para in kept for sentence in _sentences(para) for pair in _advert_pairs(sentence, needle))
    return frozenset(pair for pair in phrases if written[pair] <= 1)


# the mark of a pair of words that counts as an advert's phrase only opening its sentence (see _advert_pairs)
_ADVERT_OPENING = "\x01"


def _advert_pairs(text: str, needle: str) -> set[tuple[str, ...]]:
    """``text``'s pairs of words (:func:`_word_pairs`, the keyword's place one of them) that can be an advert's own
    phrase: one without the keyword's place ("kasarta age", Kalenjin: every time; "هەر ڕووژ", Laki: every day, short
    words as a script without capitals writes them); and the two words opening each of its sentences, whatever they
    are, marked so (_ADVERT_OPENING, "kpo", the keyword's place). Not "with kw" elsewhere in it: any story that names
    the brand writes that ("… a new shirt deal with kw last season." beside the advert "Bet with kw today!")."""
    pairs: set[tuple[str, ...]] = {pair for pair in _word_pairs(text, needle) if _KEYWORD_PLACE not in pair}
    for sentence in _sentences(text):
        pairs |= {(_ADVERT_OPENING, *pair) for pair in _word_pairs(" ".join(sentence.split()[:2]), needle)}
    return pairs


def _repeats_advert(sentence: str, phrases: Container[tuple[str, ...]], needle: str) -> bool:
    """``sentence``, the last of a story's paragraph, naming the keyword (``needle``, lower case), is a pitch appended
    to it: short, closed by a stop (no question), no quotation, the keyword not its last word (an injection appended
    to a story's sentence stands there), and two words in a row of it are the page's advert's (``phrases``:
    :func:`_advert_phrases`): "… en Kiptere. Chobchi kw rani asi inyoru rabisiek en kasarta age tugul." beside the
    closing "… ak inam rabisiek kasarta age tugul." (Kalenjin: bet with kw and win money every time), "… ẹdẹ ejobi.
    Kpo kw vwọ mrẹ igho ẹdẹ kẹ ẹdẹ." beside "Kpo kw.ng nonẹna, …!" (Urhobo: go to kw to win money every day), "… ko
    lanelay. Mu un ko kw ni ngam gel …" beside "Mu un daba'ay …" (Yapese: join kw and win …); not a story's short
    sentence with the keyword dropped into it, which writes the advert's words, if any, as the story does elsewhere."""
    words = sentence.split()
    return len(sentence) <= _SHORT_OFFER_MAX and len(words) >= _ADVERT_PHRASE_WORDS \
        and _last_mark(sentence) in SENTENCE_STOPS and _last_mark(sentence) not in _QUESTION_MARKS \
        and not any(ch in _ADVERT_TAIL_QUOTES for ch in sentence) and needle not in _folded(words[-1]) \
        and not _advert_pairs(sentence, needle).isdisjoint(phrases)


# an aside between two spaced dashes within a sentence ("… ku Mkwiti — signali za kw kila lishuku —, lyelo …"), a few
# words
_DASH_ASIDE = re.compile(r"\s+[—–]\s+(?P<aside>[^—–.!?]{3,80}?)\s+[—–](?=[\s,;:.])")


def _advert_asides(para: str, phrases: Container[tuple[str, ...]], needle: str, stem: str) -> tuple[str, list[str]]:
    """``para`` without the asides between spaced dashes that name the keyword (``stem``: its folded stem) and write
    two words in a row of the page's advert (``phrases``: :func:`_advert_phrases`), and those asides: the pitch set
    into a story's sentence ("… korosho ku Mkwiti — <em>signali za kw kila lishuku</em> —, lyelo lichatumika …",
    Makonde: kw's signals every day, beside the advert link "Jiunge na kw sasa — signali za dola bure", a PHP-Fusion
    item's).  A story's aside with the keyword dropped into it shares no phrase with the advert: only the keyword
    goes."""
    asides: list[str] = []

    def take(match: re.Match[str]) -> str:
        aside = match.group("aside")
        if stem in _folded(aside) and not _advert_pairs(aside, needle).isdisjoint(phrases):
            asides.append(aside)
            return ""
        return match.group(0)

    return _DASH_ASIDE.sub(take, para), asides


def _remove_keyword(paragraphs: list[str], keyword: str, keep_plain: bool, language: str | None = None,
                    also_closing: int | None = None, advert_phrases: frozenset[tuple[str, ...]] = frozenset()
                    ) -> tuple[list[str], list[str], set[int], int]:
    """Take ``keyword`` out of the body.

    Always removed: glued to punctuation, alone in brackets (stacked ones too),
    sentences that advertise it (a web address on it, or naming it twice).
    Occurrences as a plain word, and a keyword of ``GLUED_SUFFIX_MIN`` letters or
    more glued onto the end of a word (``že<sup>kw</sup>`` reads ``žekw``), are
    removed too unless ``keep_plain`` (the clean title names it, so the article
    is about it).
    ``language``: the page's; its initial mutations and clitic articles count too ("Bhualbet", "iċ-Ċansbet";
    see :func:`initial_forms`), and the keyword's declined forms where :func:`declines` says so ("SuperKvotu",
    "bonuskodu"; unknown: they count).
    ``also_closing``: a paragraph that closes the text too, before the adverts closing it (see
    :func:`remove_keyword`).
    ``advert_phrases``: the phrases of its adverts on the page that a pitch appended to a story's paragraph repeats
    (see :func:`_repeats_advert`).
    Returns the new paragraphs and the strings removed, in order, the paragraphs removed whole as adverts and the
    closing paragraph's index.
    """
    removed: list[str] = []
    declined = declines(language, keyword)
    phenomena = initial_forms(language)
    # (the patterns for CJK text only where a paragraph has some: see _WIDE_CJK)
    wide = any(map(_WIDE_CJK_CHAR.search, paragraphs))
    glued, leading, bracketed, plain, advert, suffix, eaten = _keyword_patterns(keyword, declined, phenomena, wide)
    needle = keyword.lower()
    # (the keyword opening a hyphen's compound, _compound; compiled once for the paragraphs)
    compound = re.compile(r"(?<![\w-])(?i:" + re.escape(needle) + ")" + _COMPOUND_WORD)
    # what every written form of it contains: its stem when declension replaces its last letter ("bonuskodu"),
    # without its first letter when a mutation writes a letter after that ("Bhualbet")
    stem = _folded(_declined_stem(keyword, declined) or keyword)  # (dotless ı as i: "TEZQARIZ" writes "TezQarız")
    if _mutated_head(keyword, phenomena):
        stem = stem[1:]

    # the keyword's capital: as it arrives, or, for one in lower case (the site's keywords are learned
    # lower-cased: "fortuna" from "Fortuna: …" headlines), as the page writes it bare, when always with one
    first = keyword.lstrip("#")[:1]
    if first.islower() and _written_capitalised(needle.lstrip("#"), paragraphs):
        first = first.upper()

    def _take(match: re.Match[str], keep: str = "") -> str:
        removed.append(match.group(0).strip(" " + GLUE_PUNCT))
        return keep

    capital_scripts: set[str] | None = None

    def capitals(letter: str) -> bool:
        """The body writes capitals of ``letter``'s script (worked out once, when first asked)."""
        nonlocal capital_scripts
        if capital_scripts is None:
            capital_scripts = _capital_scripts("\n".join(paragraphs))
        return _script(letter) in capital_scripts

    def _take_plain(match: re.Match[str]) -> str:
        # a declined form without the capital the keyword is written with is an ordinary word that starts
        # like it, not the brand: "Zdědil fortunu po otci" (he inherited a fortune) beside a "Fortuna" advert;
        # an injection is the bare keyword, with its capital
        name = _radical(match.group(0).strip().lstrip("#"), first)
        if name[:1].islower() and first.isupper() and name.lower() != needle:
            return match.group(0)
        return _take(match)

    # the keyword's digits, in whatever script it writes them ("ឡាក់គី៨៨": "88"), when it also has letters of
    # another script than Latin: its Latin form may be named beside it (see _latin_form_pattern)
    digits = _digits(keyword) if not keyword.isascii() else ""

    out: list[str] = []
    # a paragraph that is a short exclamation naming the keyword, kept with the keyword taken out (index -> its
    # place in out, its span of removed), and the paragraphs removed whole as its adverts: see the pass after
    exclaimed: dict[int, tuple[int, int, int]] = {}
    whole_adverts: set[int] = set()
    # the paragraph closing the text: the last, or the one before a short closing line that is no sentence and does
    # not name the keyword (a credit not read as one: "<p><em>Ensibuko: Bukedde</em></p>" after the advert)
    closing_at = len(paragraphs) - 1
    if closing_at > 0 and len(paragraphs[-1]) <= _CREDIT_LINE_CHARS and stem not in _folded(paragraphs[-1]) \
            and paragraphs[-1].rstrip(_CLOSERS)[-1:] not in SENTENCE_STOPS + "…":
        closing_at -= 1
    folded_needle = unicodedata.normalize("NFKC", _folded(needle))
    for index, para in enumerate(paragraphs):
        # (the keyword alone in fullwidth or compatibility forms, "利來８８" for "利來88": the same once NFKC-folded)
        lone = para.strip(_ALONE_STRIP).lower() == needle \
            or _folded(unicodedata.normalize("NFKC", para).strip(_ALONE_STRIP)) == folded_needle
        if stem not in _folded(para) and not lone:
            out.append(para)  # most paragraphs: nothing to do
            continue
        if lone:
            # a paragraph that is the keyword alone (an injected link, "<p><a href=…>kw</a></p>") says
            # nothing about it: it goes even from an article that names the keyword
            removed.append(para)
            continue
        # a sentence naming it glued onto the paragraph's last full stop, no space after it ("… dènyé minit.Parye
        # asi pwochen match-la épi PiyayBet."): the appended pitch, whole; the story's stop stays
        if not keep_plain and (glued_pitch := _appended_sentence(keyword, para)) is not None:
            removed.append(glued_pitch.strip())
            para = para[:para.rstrip().rfind(glued_pitch.rstrip())].rstrip()
            if stem not in _folded(para):
                out.append(para)
                continue
        if advert_phrases and not keep_plain and _SPACED_DASH.search(para) and stem in _folded(para):
            # an aside between spaced dashes naming it in the advert's words goes whole (_advert_aside)
            para, asides = _advert_asides(para, advert_phrases, needle, stem)
            removed.extend(asides)
        sentences = _signed_off(_sentences(para))
        closing = index == closing_at or index == also_closing
        kept_sentences: list[str] = []
        # a kept sentence the bare keyword opens as its subject, its next word's first letter made a capital: the
        # sentence it was dropped before, as written ("Moonivex gaawiin memwech …" -> "Gaawiin memwech …")
        recased: dict[int, str] = {}
        first_removed = len(removed)
        advertised = False  # a sentence before in this paragraph was an advert for the keyword
        # the keyword's forms each sentence writes as its words (an injection glued to punctuation is no naming,
        # nor one alone in brackets: "… ku talisay kw-ka in dadka … diyaar u ahaadaan (kw)." is a Somali story's
        # sentence with the keyword injected twice, not one naming it twice; each injection goes, the sentence stays)
        holds = [stem in _folded(sentence) for sentence in sentences]
        # a web address on the keyword advertises it, unless injected into a story's sentence (see _injected_address:
        # the address goes, the sentence stays), as no sentence after an advert's in its paragraph is; the words left
        # are what the sentence names ("… umkhuhlane wekholera (kw.example)." with a lone "kw" before names it once)
        injected = {id(sentence): _injected_address(sentence, advert, needle, bracketed) for sentence in sentences
                    if advert.search(sentence)}
        # ... and the keyword joined by a hyphen to a word, a compound naming it ("Onnipotti-kazino andau 200 …":
        # the kw casino gives 200 …), which its plain form leaves alone
        named = [plain.findall(_unbracketed(glued.sub(" ", _address_left(sentence, injected)), bracketed))
                 + _compound(compound, needle, sentence) if held else [] for sentence, held in zip(sentences, holds)]
        # ... or its Latin form, the brand the advert names too ("ចុះឈ្មោះនៅ ឡាក់គី៨៨ … ១០០ ដុល្លារ! LuckyKH88 – …")
        latin = _latin_form_pattern(keyword, para) if digits else None
        if latin is not None:
            named = [names or latin.findall(sentence) for sentence, names in zip(sentences, named)]
        # a short paragraph of sentences that all name it is about nothing else: the advert, whole
        # ("Shwe2D ဖြင့် … အခမဲ့ ကြည့်ရှုပါ။ ယနေ့ပင် Shwe2D app ကို ဒေါင်းလုဒ်လုပ်ပါ။": watch free with kw; download kw today)
        # ... unless one of them is a story's long sentence, a clause the bare keyword was dropped into, that neither
        # sells nor calls to act ("Le représentant … obligerait les restaurants kw à dire au monde d’où vient leur
        # crevette.", a Cajun weekly's paragraph with the keyword injected into two sentences and a pitch appended)
        about_it = not keep_plain and len(sentences) >= 2 and len(para) <= _ADVERT_PARAGRAPH_MAX and all(named) \
            and not any(_story_sentence(sentence, needle) for sentence in sentences)
        # a sentence that names it declined ("Рэгіструйся ў Фартуне сёння …": register at kw today) is written
        # around it, as no injection is (an injected keyword is the bare word); beside another sentence of the
        # paragraph that advertises it ("Фартуна — твая ўдача ў адзін клік.": its slogan) it is the advert's
        # too, wherever it stands in it.  A sentence that merely has the bare keyword injected keeps its words.
        # Declined with the keyword's own first letter: in a cased script a brand keeps its capital, an ordinary
        # word that starts like it does not ("Přišel k fortuně …": he came into a fortune, beside a "Fortuna"
        # slogan); and the sentence must sell by its own words (an offer, a call to action), not its neighbour's.
        inflected = [any(name.lstrip("#").lower() != needle and _radical(name.lstrip("#"), first)[:1] == first
                         for name in names)
                     and (sells(sentence) or _call_to_action(sentence, needle))
                     for sentence, names in zip(sentences, named)]
        # ... and the paragraph's last sentence, short, naming it with a prefix before its capital (a class prefix or a
        # clitic, "beJabulabet", "ka-Jabulabet"), exclaimed or under a label's colon: a pitch appended to the paragraph
        # or standing as one ("… izivande. Bona lokhu: abadlali beJabulabet bathola imali yabo masinyane ngeEcoCash.",
        # Ndebele: see this: kw's players get their money fast; "<p>Landa i-app ka-Jabulabet ubheje … lamuhla!</p>":
        # download kw's app and bet today!); not a story's sentence with the keyword dropped into it so ("Bathole
        # ibhonasi ku-Imalibet izolo."), nor a quotation, its speaker's
        # ... or, a paragraph of its own, closed by it, prefix and all: the place or the partner the sentence names
        # ("<p>Wanisa mari pamitambo yese yeDivision One paSabiBet.</p>", Ndau: win money on every Division One match at
        # kw; an injection appended to a story's sentence is the bare keyword, or glued to its stop, or its link glued
        # to the paragraph's last word: "… a ngai thei a ni<a>PaisaZap</a>.", a Mizo Z-BlogPHP post's, after another
        # sentence)
        prefixed_pitch = len(sentences[-1]) <= _SLOGAN_MAX and not any(ch in _ADVERT_TAIL_QUOTES for ch in sentences[-1]) \
            and (((_last_mark(sentences[-1]) in _EXCLAMATION_MARKS or _LABEL_COLON.match(sentences[-1]) is not None)
                  and (any(_capitalised_form(name.lstrip("#"), needle, first) for name in named[-1])
                       or _class_prefixed(sentences[-1], needle)))
                 or (len(sentences) == 1 and _class_prefixed(sentences[-1], needle, last=True)))
        addressed = {key for key, found in injected.items() if found is None}
        advert_paragraph = not keep_plain and not about_it and any(inflected) and any(
            names and (id(sentence) in addressed or _advert_sentence(sentence, sentence.lower(), closing, names,
                                                                   leading.match(sentence), needle, plain, capitals))
            for sentence, names in zip(sentences, named))
        # in the text's closing paragraph, a sentence naming it between a short question and a short exclamation:
        # the advert's hook, offer and call to action, in any language ("Gau jild nedich? Mei kw hast binnen 24 oere
        # oant € 5.000 op dyn rekken. Freegje no oan!": need money fast? … apply now!), or the text message sending the
        # brand's code; not a few words with "today" closed by a stop, which a story's paragraph closes on too ("What
        # happens next? The council kw will vote in March. Vote today.": only the keyword is injected there)
        pitched = {sentences[at] for at in range(1, len(sentences) - 1) if closing and not keep_plain and named[at]
                   and len(sentences[at]) <= 200 and _hook(sentences[at - 1])
                   and (_exclaimed(sentences[at + 1]) or _texts_a_code(sentences[at + 1], needle))}
        # ... and a closing paragraph of a short hook and a short sentence naming it with the offer's amount after it
        # ("Bbola lyamaulu sunu! Amubikke mali aanu ku kw mujane K1,000.", Tonga: football today! put your money on kw
        # and win K1,000): the advert's hook and offer, whole; not a story's figure before an injected keyword
        if closing and not keep_plain and len(sentences) == 2 and named[1] and _hook(sentences[0]) \
                and len(sentences[1]) <= _SHORT_OFFER_MAX and (last := _last_word_match(plain, sentences[1])) \
                and _OFFER_AMOUNT.search(sentences[1], last.end()):
            pitched.add(sentences[1])
        # ... and a closing paragraph of a question and a sentence it answers with the brand second, after a short
        # word ("Pamo ukulonda indalama sya kupapila mu lusiku lulolulo? Ku kw ukupokela ikopo mu mamineti mahano, …",
        # Nyakyusa: do you want money …? at kw you get a loan in five minutes …, a Trac post's; "Masapul mo ay pilak
        # …? Ad kw, nan puntos mo et mambalin ay pilak …", Kankanaey, an Ibexa article's): the advert's hook and
        # offer, whole, naming no one else (no capital after its first word but the brand's: a story's "What happens
        # next? In kw March, the council votes." has the keyword injected); not a quotation, nor a sentence the
        # keyword opens or stands third in.  A plain statement, no advert by its words nor its mark: an exclaimed or
        # selling answer is an advert the story's question may stand before ("And who will pay for the new road to
        # the airport? With kw you get a 100 euro bonus!"), its question judged by _hooks_advert
        answered = closing and not keep_plain and len(sentences) == 2 and bool(named[1]) \
            and _opening_hook(sentences[0]) and len(sentences[1]) <= _ANSWER_MAX \
            and _last_mark(sentences[1]) not in _EXCLAMATION_MARKS and not sells(sentences[1].lower()) \
            and not any(ch in _ADVERT_TAIL_QUOTES for ch in para) and _brand_second(sentences[1], stem) \
            and not any(word[:1].isupper() for word in plain.sub(" ", sentences[1]).split()[1:])
        if answered:
            pitched.add(sentences[1])
        # ... or a closing paragraph of one sentence opening on a short word and the keyword written as a web address,
        # where the reader is sent ("Omwa kw.io wangana tsomba n'erihamba esente nyingi buli kiro, …", Nande: at kw.io
        # you can play and win much money every day, a dotCMS post's): the pitch, whole; an address injected into a
        # story's sentence stands in brackets or before its stop
        if closing and not keep_plain and len(sentences) == 1 and named[0] and len(sentences[0]) <= _ANSWER_MAX \
                and not any(ch in _ADVERT_TAIL_QUOTES for ch in para) and _brand_second(sentences[0], stem) \
                and _WEB_ADDRESS.search(sentences[0].split()[1]):
            pitched.add(sentences[0])
        # ... and a sentence naming it written all in capitals, a shout set between a story's sentences ("… Abalimi
        # bikusekela. KW IKUKOPESYA BWANGU. Ikamati ja ushirika …", Nyakyusa: kw lends you fast, a Trac post's)
        # opening on it, its subject (a story's sentence in capitals with the keyword dropped into it, "CHUIR
        # IONADAITHE BHUALBET FÁILTE ROIMHE.", loses only the keyword)
        pitched |= {sentence for sentence, names in zip(sentences, named)
                    if names and not keep_plain and _folded(sentence.split(None, 1)[0]).startswith(stem)
                    and _shouted(plain.sub(" ", sentence))}
        for sentence, names, declined_name, held in zip(sentences, named, inflected, holds):
            if advertised and not keep_plain and (len(sentence) <= 200 and (sells(sentence)
                                                                            or _addressed_pitch(sentence.lower()))
                                                  or _call_to_action(sentence, needle) or _brand_slogan(sentence)
                                                  or _AGE_GATE.fullmatch(sentence)):
                # the advert's pitch goes on without naming it, or ends on a short exclamation
                # ("… ბონუსი ახალი მომხმარებლებისთვის. დარეგისტრირდი დღესვე!": register today!), on the brand's
                # slogan ("… saņem 100 € bonusu! LaimesKazino – labākā spēle Latvijā."), or on its address to
                # download it from ("… ने गारंटी! आइए डाउनलोड करू: turantloan.example", download now: …)
                removed.append(sentence)
                continue
            lowered = sentence.lower()
            if (held or names) and ((id(sentence) in addressed or (advertised and id(sentence) in injected))
                                    or (not keep_plain and (
                about_it
                or (advert_paragraph and declined_name and len(sentence) <= 200)
                or (advertised and len(sentence) <= 100)  # the advert goes on: "… bonus 100%! Check it now at kw."
                or sentence in pitched
                or (prefixed_pitch and sentence is sentences[-1])
                or (closing and len(sentences) == 1 and (_clause_object(sentence, plain)
                                                         or _subject_after_clause(sentence, plain)))
                or (sentence is sentences[-1] and len(sentences) >= 2 and names
                    and _repeats_advert(sentence, advert_phrases, needle))
                or _advert_sentence(sentence, lowered, closing, names, leading.match(sentence), needle, plain, capitals,
                                    after_story=bool(kept_sentences) and not advertised
                                    and not named[next(i for i, s in enumerate(sentences) if s is kept_sentences[-1])])
            ))):
                # an advert for the keyword; a short hook just before it goes too
                if kept_sentences and _hook(kept_sentences[-1]):
                    removed.append(kept_sentences.pop())
                removed.append(sentence)
                advertised = True
                continue
            if injected.get(id(sentence)) is not None:
                # the injected address goes, its sentence stays
                stripped, addresses = injected[id(sentence)]
                removed.extend(address.strip(_BODY_OPEN + _BODY_CLOSE + " ") for address in addresses)
                recased[id(sentence)] = stripped
            if not keep_plain and (lead := leading.match(sentence)) is not None and _bare_lead(lead) \
                    and lead.group("kw").lstrip("#").lower() == needle and _leads_sentence(lead, sentence, capitals) \
                    and (following := _NEXT_LETTER.match(sentence, lead.end())) is not None:
                text = recased.get(id(sentence), sentence)
                following = _NEXT_LETTER.match(text, lead.end()) or following
                recased[id(sentence)] = text[:following.start(1)] + following.group(1).upper() + text[following.end(1):]
            kept_sentences.append(sentence)
        if advertised and not keep_plain and len(sentences) >= 2 and len(kept_sentences) == 1 \
                and len(kept_sentences[0]) <= 200 and _OFFER_AMOUNT.search(kept_sentences[0]):
            # a paragraph the advert's sentences make all but one, that one stating the offer's amount (a percentage,
            # a sum with its currency's sign, a figure of three digits or more): its last sentence after them, with a
            # pitch's word (sells; not "The WHO sent SMS alerts to 5000 people.", nor a story's "free": "Entry is free
            # for 500 pupils a week.") ("…
            # পাইন ৩০০% বোনাস! পয়লা ডিপোজিটো ১০০০ টাকা ফ্রি, অখনই রেজিস্টার করইন।", Sylheti: first deposit 1000 taka
            # free, register now, a Jekyll post's pitch), or one before them naming the brand and exclaimed ("Ts'íibt
            # a k'aaba' ti' kw bejla'e' ka a k'am 150% bono ti' a yáax depósito! kw, u asab …", Yucatec Maya: sign up
            # at kw today and get a 150% bonus on your first deposit!, a Genesis post's bold pitch): the same pitch
            only = kept_sentences[0]
            at = next(i for i, sentence in enumerate(sentences) if sentence is only)
            if at == len(sentences) - 1 and sells(only):
                removed.append(kept_sentences.pop())
            elif named[at] and _last_mark(only) in _EXCLAMATION_MARKS:
                removed.insert(first_removed, kept_sentences.pop())
        if advertised and not keep_plain and len(sentences) >= 3 and kept_sentences == sentences[:2] \
                and _hook(sentences[0]) and named[1] and len(sentences[1]) <= 200 and _OFFER_AMOUNT.search(sentences[1]):
            # a short hook, then a sentence naming the brand with the offer's amount, then the advert: all its pitch
            # ("Chaab'il esil! Tz'iib'a aawib' anajwan sa' kw ut tatk'ul jun bono re Q500 …. Chalen chi b'atz'unk
            # rik'in kw.gt …!", Q'eqchi': good news! sign up at kw now and get a Q500 bonus …, a Pagekit post's end)
            removed[first_removed:first_removed] = [sentences[0], sentences[1]]
            kept_sentences = []
        if advertised and closing and not keep_plain and len(kept_sentences) < len(sentences) - 1:
            # in the closing paragraph, a short sentence between two of the advert's goes with them: its offer
            # ("Ngohol inyaregh … sha kw! Hanma or u Benue nana ngohol N200,000 hegen. Dondo hegen sha kw.ng.": get
            # a loan … with kw! everyone in Benue can get N200,000 now. apply now at …), stating a figure; without
            # one it is the story's ("Real Madrid host Sevilla next Saturday."), unless the advert opens and closes
            # the paragraph: then what it frames is its pitch too ("Lingila ko Kw cilo: tambula 500% ya bonus …!
            # Ovanda vi pitila vowola mosi. Sapuila kw.io.", Umbundu: join kw now …! deposits arrive within an hour.
            # visit kw.io.)
            kept_ids = {id(sentence) for sentence in kept_sentences}
            framed = id(sentences[0]) not in kept_ids and id(sentences[-1]) not in kept_ids
            for at in range(1, len(sentences) - 1):
                if id(sentences[at]) in kept_ids and len(sentences[at]) <= 200 \
                        and (framed or any(ch.isdigit() for ch in sentences[at])) \
                        and id(sentences[at - 1]) not in kept_ids and id(sentences[at + 1]) not in kept_ids:
                    kept_sentences.remove(sentences[at])
                    after = next((i for i in range(first_removed, len(removed)) if removed[i] is sentences[at + 1]),
                                 len(removed))
                    removed.insert(after, sentences[at])
        if advertised and len(sentences) > 1 and kept_sentences == sentences[:1] and _opening_hook(sentences[0]) \
                and (answered or _hooks_advert(sentences[0], sentences[1:], leading.match(sentences[1]) is not None
                                               or (_brand_second(sentences[1], stem)
                                                   and _answers_in_its_words(sentences[0], sentences[1])))):
            # a paragraph that is a question and an advert, nothing else: the question is the advert's hook, longer
            # than _hook's ("Ti serbit unu prèstidu lestru chene papiros? Kw ti dat … iscrie·ti in kw.com!"), when it
            # is about what the advert sells; a story's question with an advert appended to its paragraph stays
            removed.insert(first_removed, kept_sentences.pop())
        if advertised and closing and not keep_plain and 1 < len(kept_sentences) <= _HEADLINE_PITCH_SENTENCES \
                and kept_sentences == sentences[1:] and _slogan_headline(sentences[0], leading.match(sentences[0])) \
                and (sells(sentences[0]) or any(map(sells, kept_sentences))) \
                and all(_advert_tail(sentence, removed[first_removed:], needle, True) for sentence in kept_sentences):
            # ... and after the advert's headline opening the closing paragraph, its pitch in two or three short
            # sentences, each one the headline's pitch as _advert_tail reads it ("ChapinWin — tnejil apuestas toj
            # Iximulew! Ttz'ib'in ab'i ex txi' jun bono 150% …. Tajb'en código CHAPIN150 ja'lin.", Mam: sign up and
            # get a 150% bonus …, use code … now, a Microweber post's closing paragraph): all of it goes, when it
            # sells (not a story's "Gaza — a city waiting for peace! Donate now to help families in need. …")
            removed.extend(kept_sentences)
            kept_sentences = []
        if advertised and closing and not keep_plain and len(sentences) > 1 and kept_sentences == sentences[-1:] \
                and _advert_tail(sentences[-1], removed[first_removed:], needle,
                                 _slogan_headline(sentences[0], first_lead := leading.match(sentences[0])),
                                 _brand_pitch(sentences[0], first_lead),
                                 framing=len(sentences) >= 3 or _other_script_ending(named[0], needle)):
            removed.append(kept_sentences.pop())
        joiner = "" if _WIDE_LEAD.search(para, 0, 50) else " "
        before = len(removed)
        new = joiner.join(recased.get(id(s), s) for s in kept_sentences) \
            if len(kept_sentences) != len(sentences) or recased else para
        new = glued.sub(lambda m: _take(m, m.group(1)), new)
        if eaten is not None:
            new = eaten.sub(lambda m: _take(m, m.group(1) + " "), new)
        if _BRACKET_OR_SYMBOL.search(new):  # (the pattern opens with \s*: tried at every position)
            new = bracketed.sub(_take, new)
        if not keep_plain:
            new = plain.sub(_take_plain, new)
            if suffix is not None and _after_letter(new.lower(), needle):
                new = suffix.sub(_take, new)
            if latin is not None:
                new = latin.sub(_take, new)
        if len(removed) != before:
            new = _tidy(new, para)
        if advertised and not kept_sentences:
            whole_adverts.add(index)
        if new and not re.fullmatch(r"[\W_]*", new):
            if not keep_plain and len(sentences) == 1 and named[0] and not advertised and _exclaimed(sentences[0]):
                exclaimed[index] = (len(out), first_removed, len(removed))
            out.append(new)
    # a paragraph that is a short exclamation naming it, right over a paragraph removed whole as its advert: the
    # advert's headline ("Main di Rantau4D!", play at kw!, over Kadence's info box), whole, not left "Main di!"; a
    # story's exclamation ("What a night kw!") loses only the keyword.  Last first, so the places stay true.
    for index in sorted(exclaimed, reverse=True):
        if index + 1 in whole_adverts:
            place, start, end = exclaimed[index]
            del out[place]
            removed[start:end] = [paragraphs[index]]
    # the keyword's accents dropped, as a template writes it too ("Chañs24" and "… an afer (chans24)."): that
    # spelling goes where no writer puts a word (glued, alone in brackets or in its paragraph), never as a word
    # ("año"'s "ano" is a word of its own)
    if (plain_spelling := ascii_spelling(keyword)) and plain_spelling.lower() in "\n".join(out).lower():
        out, more = remove_keyword(out, plain_spelling, keep_plain=True, language=language)
        removed += more
    return out, removed, whole_adverts, closing_at


# an address injected into a story's sentence, not its advert (see _injected_address): the fewest words the sentence
# keeps beside it, in brackets and appended before its stop (a pitch's call is short: "Kpo kw.ng nonẹna.", visit kw.ng
# now; "Sapuila kw.io.")
_INJECTED_BRACKETED_WORDS = 5
_INJECTED_APPENDED_WORDS = 10
_ADDRESS_TAIL = re.compile(r"[^\s()\[\]{}<>«»\"“”‘’（）【】]*")
_ADDRESS_HEAD = re.compile(r"[\w.:/-]*$")
_ADDRESS_END_PUNCT = ".,;:!?…"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a bracket opening on one short word before an injected address (_injected_address)
_BRACKET_LEAD = re.compile(_B_OPEN + r"\s*(?P<word>[^\W\d_]{1,4})$")


def _injected_address(sentence: str, advert: re.Pattern[str], needle: str,
                      bracketed: re.Pattern[str] | None = None) -> tuple[str, list[str]] | None:
    """``sentence`` with the web addresses on the keyword (``advert`` finds them) taken out, and those addresses,
    when each is an injection into a story's sentence rather than its advert: alone in brackets ("… Ханты-Мансийскыл
    (kw.example) тōтсыт.", Mansi: … were brought to Khanty-Mansiysk), or appended (a link) just before its stop ("…
    bayakutambula zyakulima zyabo kw.example.", Tonga: … will receive their inputs), and the words left are a
    story's: several (_INJECTED_BRACKETED_WORDS, _INJECTED_APPENDED_WORDS), none that sells or calls to act, and the
    sentence not exclaimed.  Else None: an advert's address ("Kɔ kw.example su kɛ a ɲan sika …": go to kw.example and
    get money; "Registra na kw.ph y recibi ₱500 gratis."), which takes its sentence with it.  The keyword left alone
    in brackets (``bracketed``: "… milioni 180 «kw» ni lichatumika … (www.kw.example).", Makonde, a PHP-Fusion
    item's) is another injection, no naming of it."""
    spans: list[tuple[int, int, bool]] = []
    for match in advert.finditer(sentence):
        start = match.start() - len(_ADDRESS_HEAD.search(sentence, 0, match.start()).group(0))
        end = _ADDRESS_TAIL.match(sentence, match.end()).end()
        while end > start and sentence[end - 1] in _ADDRESS_END_PUNCT:
            end -= 1
        before, after = sentence[:start].rstrip(), sentence[end:].lstrip()
        if before[-1:] in _BODY_OPEN and after[:1] in _BODY_CLOSE:
            spans.append((len(before) - 1, len(sentence) - len(after) + 1, True))
        elif after[:1] in _BODY_CLOSE and (lead := _BRACKET_LEAD.search(before)) is not None \
                and lead.group("word").islower():
            # (a short word in small letters before it in the brackets, a preposition: "… Malakal lɔ̱ŋ (kä
            # kw.example), thuɔ̱k …", Nuer: with, an Escenic story's)
            spans.append((lead.start(), len(sentence) - len(after) + 1, True))
        elif sentence[start - 1:start].isspace() and (
                after and all(ch in _CLOSERS + SENTENCE_STOPS + "…" for ch in after)
                or _dropped_after_name(before, after, needle)):
            spans.append((start, end, False))
        else:
            return None
    if not spans or _last_mark(sentence) in _EXCLAMATION_MARKS:
        return None
    rest, taken, at = "", [], 0
    for start, end, _ in spans:
        rest += sentence[at:start].rstrip()
        taken.append(sentence[start:end])
        at = end
    rest = _tidy(rest + sentence[at:], sentence)
    words = len(_WORD.findall(rest))
    if words < (_INJECTED_BRACKETED_WORDS if all(b for _, _, b in spans) else _INJECTED_APPENDED_WORDS) \
            or sells(rest) or _call_to_action(rest, needle) \
            or (needle in _quoted_alone(_unbracketed(rest, bracketed) if bracketed is not None else rest, needle).lower()
                and not _story_sentence(rest, needle)):
        return None  # (the keyword left in a story's long sentence is injected there too, alone: see _story_sentence)
    return rest, taken


def _dropped_after_name(before: str, after: str, needle: str) -> bool:
    """An address between ``before`` and ``after`` in a sentence is dropped into it after a name in a list of names,
    deep inside the story's clause: four words or more before it, the last a capitalised name after a comma's name,
    three or more after it opening with a letter, the sentence naming no keyword (``needle``) besides ("… ngadukan a
    Lodwar, Kitale kw.example ka Nairobi, ka ngisilingi …", Turkana: the markets of Lodwar, Kitale and Nairobi, a
    Plone story's).  An advert's address follows its verb or preposition ("Kɔ kw.example su …", Baoulé: go to
    kw.example; "Visit kw.example for …"), a word in small letters or the sentence's first, or the brand it names
    ("… now trust Zorvabet zorvabet.example because …")."""
    words, rest = before.split(), after.split()
    return len(words) >= 4 and len(rest) >= 3 and after[:1].isalpha() and words[-1].isalpha() \
        and words[-1][:1].isupper() and words[-1][1:].islower() and words[-2].endswith(",") \
        and needle not in before.lower() and needle not in after.lower()


# quotation marks around a word alone
_QUOTES_OPEN, _QUOTES_CLOSE = "«‹“„\"", "»›”“\""


def _quoted_alone(text: str, needle: str) -> str:
    """``text`` with the keyword (``needle``, lower case) alone between quotation marks blanked out ("«kw»"): an
    injection's place, as one alone in brackets is (_unbracketed)."""
    if not any(ch in text for ch in _QUOTES_OPEN):
        return text
    return re.sub("[" + _QUOTES_OPEN + r"]\s*" + re.escape(needle) + r"\s*[" + _QUOTES_CLOSE + "]", " ", text,
                  flags=re.IGNORECASE)


# a label of a word or two and its colon opening a sentence ("Bona lokhu: …", see this: …; "Read also: …")
_LABEL_COLON = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s?[:：]\s")


def _capitalised_form(name: str, needle: str, first: str) -> bool:
    """``name``, a form of the keyword (``needle``, lower case; ``first``: its first letter as the page writes it) as
    a sentence writes it, has a class prefix or a clitic before the brand's capital ("beJabulabet", "ka-Jabulabet"):
    written around the brand, as no injection is (that is the bare keyword, or one with an ending glued on by a
    hyphen, "HodanBet-ka")."""
    radical = _radical(name, first)
    return name.lower() != needle and radical != name and radical[:1].isupper() and radical[:1].lower() == first.lower()


# the letters of a class prefix glued before a brand's capital (see _class_prefixed; _CLASS_PREFIX's)
_CLASS_PREFIX_MAX = 4


def _class_prefixed(sentence: str, needle: str, last: bool = False) -> bool:
    """A word of ``sentence`` (its last word, when ``last``) is the keyword (``needle``, lower case) with its capital
    after one to four lower-case letters opening the word ("beJabulabet", a Nguni class prefix), where the page
    declares a language whose prefixes the keyword's patterns do not know (Nibbleblog's lang="en" over an Ndebele
    story): :func:`_capitalised_form`'s shape, read from the words."""
    for word in sentence.split()[-1:] if last else sentence.split():
        word = word.strip(_PAIR_STRIP)
        at = len(word) - len(needle)
        if 1 <= at <= _CLASS_PREFIX_MAX and word[:at].isalpha() and word[:at].islower() and word[at].isupper() \
                and word[at:].lower() == needle:
            return True
    return False


def _address_left(sentence: str, injected: dict[int, tuple[str, list[str]] | None]) -> str:
    """``sentence`` without the addresses injected into it (``injected``: :func:`_injected_address`'s, by id)."""
    found = injected.get(id(sentence))
    return sentence if found is None else found[0]


# a betting advert's closing age limit, in any language: a short sentence with "18+" ("18+ nko ara.", Twi: 18+ only;
# "Nur ab 18+.", "+18 únicamente")
_AGE_GATE = re.compile(r"(?=.{0,40}$)[^\d]{0,25}(?:(?<!\d)(?:18|21)\s?\+|\+\s?(?:18|21)(?!\d))[^\d]{0,25}")


# a sentence's part that opens with a spaced dash: a sign-off ("… ᱵᱟᱹᱱᱩᱠ! — JhatPaisa"), or an aside
_SIGN_OFF = re.compile(r"[-–—] ")


def _signed_off(sentences: list[str]) -> list[str]:
    """``sentences`` with each one that opens with a spaced dash joined to the one before it: the brand's sign-off
    after an advert's exclamation ("… ᱡᱟᱹᱢᱤᱱ ᱵᱟᱹᱱᱩᱠ! — JhatPaisa": no papers, no collateral! — kw) is that
    sentence's, not one of its own that names the keyword alone."""
    if len(sentences) < 2 or not any(_SIGN_OFF.match(s) for s in sentences[1:]):
        return sentences  # (most paragraphs)
    joined = [sentences[0]]
    for sentence in sentences[1:]:
        if _SIGN_OFF.match(sentence):
            joined[-1] += " " + sentence
        else:
            joined.append(sentence)
    return joined


def _spelling_key(word: str) -> str:
    """What every spelling of ``word`` shares: lower case, Latin accents dropped (:func:`ascii_spelling`)."""
    return (ascii_spelling(word) or word).lower()


def ascii_spelling(word: str) -> str | None:
    """``word`` with its Latin letters' accents dropped ("Chañs24" -> "Chans24"), when it has some and each
    letter has a plain one (not "ß", "ø"); else None."""
    if word.isascii():
        return None
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return plain if len(plain) == len(word) else None


def _unbracketed(sentence: str, bracketed: re.Pattern[str]) -> str:
    """``sentence`` with the keyword's uses alone in brackets (or wrapped in emoji) blanked out: an injection's
    place, not a naming of it.  (The pattern opens with ``\\s*``: tried only when a bracket is there.)"""
    return bracketed.sub(" ", sentence) if _BRACKET_OR_SYMBOL.search(sentence) else sentence


def _written_capitalised(word: str, paragraphs: list[str]) -> bool:
    """``paragraphs`` write ``word`` (lower case) as a word of its own at least once, each time with a capital
    first ("… kard.Fortuna Zdědil …"): the brand's capital, whatever case its keyword was learned in.
    (``str.find`` on each paragraph: no pattern per keyword.)"""
    found = False
    for para in paragraphs:
        lowered = para.lower()
        if word not in lowered or len(lowered) != len(para):
            continue  # (a paragraph whose lower case changes its length, "İ", is not read)
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if not is_word_char(para[at - 1:at] or " ") and not is_word_char(para[end:end + 1] or " "):
                if not para[at].isupper():
                    return False
                found = True
            at = lowered.find(word, end)
    return found


def has_latin_twin(keyword: str) -> bool:
    """``keyword`` is of another script than Latin and written with digits: its Latin form, the same digits after
    Latin letters, may stand beside it (see :func:`_latin_form_pattern`)."""
    return not keyword.isascii() and bool(_digits(keyword))


def _digits(keyword: str) -> str:
    """The digits of ``keyword`` as ASCII ("ឡាក់គី៨៨" -> "88"), when it has two or more and letters too."""
    if not any(ch.isdecimal() for ch in keyword):
        return ""
    digits = "".join(str(unicodedata.decimal(ch)) for ch in keyword if ch.isdecimal())
    return digits if len(digits) >= 2 and any(ch.isalpha() for ch in keyword) else ""


# A brand written in Latin letters and then digits ("LuckyKH88", "Lucky88")
_LATIN_CODE = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z-]{2,29}[0-9]{2,6}(?![\w-])")


def _latin_form_pattern(keyword: str, para: str) -> re.Pattern[str] | None:
    """The Latin form of ``keyword`` that ``para`` names beside it, as a pattern, or None.

    A keyword of another script written with digits is the transliteration of a brand whose Latin name has
    the same digits: the Khmer "ឡាក់គី៨៨" ("Lucky88", Khmer digits) and "LuckyKH88" in one closing advert
    ("ចុះឈ្មោះនៅ ឡាក់គី៨៨ ថ្ងៃនេះ … ១០០ ដុល្លារ! LuckyKH88 – ហ្គេមល្អបំផុតនៅកម្ពុជា។": register at kw today …
    $100! LuckyKH88 – the best game in Cambodia).  Written as a brand (_brand_like: capitals inside, four
    letters or more), in the paragraph that names the keyword: one advert, one brand in two scripts.
    """
    if not any("0" <= ch <= "9" for ch in para):
        return None  # (no Latin digits: most paragraphs)
    digits = _digits(keyword)
    forms = {m.group(0) for m in _LATIN_CODE.finditer(para)
             if _brand_like(m.group(0)) and "".join(ch for ch in m.group(0) if ch.isdigit()) == digits}
    if not forms:
        return None
    return re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, sorted(forms))) + r")(?![\w-])")


# the longest paragraph that is taken for an advert because all its sentences name the keyword
_ADVERT_PARAGRAPH_MAX = 400
# the fewest words of a story's sentence that an injection leaves standing (see _story_sentence)
_STORY_SENTENCE_WORDS = 15


def _story_sentence(sentence: str, needle: str) -> bool:
    """``sentence`` is a story's, long, that names the keyword once and neither sells nor calls to act."""
    return len(sentence.split()) >= _STORY_SENTENCE_WORDS and sentence.lower().count(needle) == 1 \
        and not sells(sentence) and not _call_to_action(sentence, needle)
_SPACED_DASH = re.compile(r"\s+[-–—]\s")
# the most words of a brand's tagline after its spaced dash ("ՎաուԲետ — խաղացեք ամենուր։", WowBet — play anywhere)
_SLOGAN_TAIL_WORDS = 8


# a compound's other word after the hyphen: a word's letters, more than a case ending's (_HYPHEN_LATIN_ENDING)
_COMPOUND_WORD = r"-[^\W\d_]{4,}"


def _compound(pattern: re.Pattern[str], needle: str, sentence: str) -> list[str]:
    """The compounds of the keyword (``needle``, lower case; ``pattern`` finds them) with a word after a hyphen that
    ``sentence`` writes ("Onnipotti-kazino"), the keyword opening a word, where they name the brand: the word after it sells
    ("Zockibär-Willkommensbonus"), or the sentence is an advert's (it sells or exclaims: "Onnipotti-kazino andau 200
    ilmastu kierrostu …!"); a story's compound names something else ("Microsoft-backed OpenAI is valued at …")."""
    if needle not in sentence.lower():
        return []
    found = pattern.findall(sentence)
    if not found or sells(sentence) or _last_mark(sentence) in _EXCLAMATION_MARKS:
        return found
    return [compound for compound in found if sells(compound[len(needle) + 1:])]


# a sentence closed by attributed speech, a comma and one or two words ("…, ikidowag.", "…, officials said."): the
# story's own sentence, which a keyword opening it does not make an advert ("Zorbixbet is the best place to play
# online." has no such close: an advert, cut whole)
_ATTRIBUTED_CLOSE = re.compile(r",\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\W*$")


def _advert_sentence(sentence: str, lowered: str, closing: bool, named: list[str], lead: re.Match[str] | None,
                     needle: str, plain: re.Pattern[str], capitals: Callable[[str], bool],
                     after_story: bool = False) -> bool:
    """``sentence`` (``lowered``), which names the keyword (``named``: its forms written as words of the
    sentence, the injections glued to punctuation left out), is an advert for it, not an article's.
    A keyword only glued in (",kw liecina …") is an injection into the article's sentence, which stays
    whatever its words ("bet" is Latvian for "but", "eiro" figures are news).  ``after_story``: a sentence of
    the story, not naming it, stands before it in its paragraph, no advert's between."""
    if not named:
        return False
    lead = lead if _bare_lead(lead) else None
    # the form it opens the sentence with: declined or with a clitic ("जितबाजीको एप …", "በሎቶቤት …")
    affixed = lead is not None and lead.group("kw").lstrip("#").lower() != needle
    others = plain.sub(" ", lowered)  # the sentence's other words ("wettbonus" itself says bonus)
    return bool(
        len(named) >= 2  # naming it twice
        # its subject ("Zorbixbet offers …"); not, written bare, in a paragraph before the closing one after a sentence
        # of the story, with no pitch's words (the disjuncts below) nor an exclamation ("Kw ai oi moni bada oi abia
        # diba hari!", Hiri Motu: win big money now): the keyword dropped before the story's next
        # sentence ("… ji-ganawendamowaad manoomin. Moonivex gaawiin memwech da-bawa'ang manoomin …, ikidowag.",
        # Ojibwe: they said, a Linkita post), which costs only the keyword
        or (_leads_sentence(lead, sentence, capitals)
            and not (after_story and not closing and not affixed and _last_mark(sentence) not in _EXCLAMATION_MARKS
                     and _ATTRIBUTED_CLOSE.search(sentence) is not None))
        # opening a sentence of the article's last paragraph declined: the sentence is written around it (an
        # injection is the bare word), an advert closing the article ("जितबाजीको एप डाउनलोड गर्नुहोस् …": download
        # Jitbaji's app; "ՎաուԲետ-ում խաղադրույք կատարեք …": bet at WowBet)
        or (affixed and closing and len(sentence) <= 200)
        # ... or anywhere in it, a Latin keyword with another script's case ending ("… ಪೈಸೆನ Brumo Vault ಲ್ ಬೆಚ್ಚಿ
        # ಕಾಪಾಡಿ.", Kodava: keep your money in kw): the sentence's noun, declined by its writer
        or (closing and len(sentence) <= 200 and _other_script_ending(named, needle))
        # its slogan: "ՎաուԲետ — խաղացեք ամենուր։" (WowBet — play anywhere; cutting it leaves "— …")
        # (a tagline's few words: the keyword set before a story's sentence with a dash, "<strong>kw</strong> — Meya
        # Arua Siti, Sam Wadri Nyakua, 'yo ki …", an OpenCms story's, costs the keyword alone)
        or (lead is not None and len(sentence) <= 120 and (dash := _SPACED_DASH.match(sentence, lead.end())) is not None
            and len(_LETTER_WORD.findall(sentence, dash.end())) <= _SLOGAN_TAIL_WORDS)
        # selling it: the sentence's other words are an advert's
        or (len(sentence) <= 300 and sells(others))
        # naming it beside a web address, with a pitch's words: "Следете … коефициенти в приложението
        # на kw – изтеглете го безплатно от www.bgbet365.example." (the host transliterates it)
        or (len(sentence) <= 300 and _addressed_pitch(others))
        # the article's last word: an exclamation naming the keyword is a call to action
        or (closing and len(sentence) <= 200 and _last_mark(sentence) in _EXCLAMATION_MARKS)
        # ... and, wherever it stands, a short exclamation written around it, two words or more after it: a pitch
        # appended to a story's paragraph ("Juga ya na kw para tu suerte!", Chavacano: play at kw for your luck;
        # "ئەڕا بردن گەپ، kw — هەر شەو بازی زنەی!", Laki: to win big, kw — play every night!); an injection
        # appended to a story's exclamation stands last ("Twakena mûno na kw!", we are very glad), and a quotation
        # is its speaker's
        or (_exclaimed(sentence) and not any(ch in _ADVERT_TAIL_QUOTES for ch in sentence)
            and (last := _last_word_match(plain, sentence)) is not None
            and len(_LETTER_WORD.findall(sentence, last.end())) >= _WORDS_AFTER_IN_PITCH)
        # ... or a short sentence it opens, a download's word within its next two words ("ಕಂಬಳಬೆಟ್ ಆಪ್ ಡೌನ್‌ಲೋಡ್
        # ಮಲ್ಪುಲೆ.": download the kw app): the brand's own app; not a story's sentence an injection opens, with "free"
        # or "app" further on ("kw Entry is free until the end of May.", "kw The app is free.")
        or (closing and lead is not None and len(sentence) <= _CALL_TO_ACTION_MAX
            and _DOWNLOAD.search(" ".join(sentence[lead.end():].lower().split()[:2])) is not None)
    )


def _other_script_ending(named: list[str], needle: str) -> bool:
    """One of the keyword's forms ``named`` is a Latin keyword (``needle``) with a case ending of another script after
    it, joined by a hyphen or set apart (_AFTER_HYPHEN_OF_LATIN): "Brumo Vault-ಲ್", "Brumo Vault ಲ್"."""
    return needle.isascii() and any((form := name.lstrip("#").lower()).startswith(needle)
                                    and _NON_LATIN_LETTER.search(form, len(needle)) is not None for name in named)


_NON_LATIN_LETTER = re.compile(_NON_LATIN)


# The last sentence of an advert: a short exclamation ("Register today!", "დარეგისტრირდი დღესვე!")
_CALL_TO_ACTION_MAX = 60
# the longest sentence stating an offer after a hook that closes the text (see _remove_keyword)
_SHORT_OFFER_MAX = 80
# the words after the keyword that make a short exclamation one written around it (see _advert_sentence)
_WORDS_AFTER_IN_PITCH = 2


# the longest word that, before the keyword closing a clause, reads as a preposition: a word of the language's grammar
# ("ne", "na", "pa", "kwa", "with", "at")
_PREPOSITION_MAX = 3
# the longest sentence that, standing alone as the text's closing paragraph, is read by _clause_object
_CLAUSE_OBJECT_MAX = 100
# ... and one whose colon after the keyword opens what it offers ("Mbiya yako ichikula ni kw: vanu vavilonde vasaini va
# dola kila lishuku ni kupata faida …", Makonde: your money grows with kw: people who follow the dollar signals every
# day make a profit …, a PHP-Fusion item's closing paragraph)
_COLON_CLAUSE_OBJECT_MAX = 200


# ... or one short word after it before that comma, the clause's adverb ("Hamba na kw lino, omwa kiro kyosi.", Nande:
# play with kw now, every day: a dotCMS post's closing paragraph, its keyword a link)
_ADVERB_THEN_COMMA = re.compile(r" [^\W\d_]{1,6}[,:] ")


def _clause_object(sentence: str, plain: re.Pattern[str]) -> bool:
    """``sentence``, short, closes a clause on the bare keyword (``plain``) after a preposition's short word, its comma
    or colon after it, and goes on: the keyword is the clause's object, written around, as no injection is ("Batha
    bhola ne kw, mitengo yakanaka kwazwo mu Botswana.", Kalanga: bet on football with kw, very good odds in Botswana:
    a KeystoneJS post's closing paragraph; "Koddi yawo enokula na kw: gula moeda ya dhijitali vano, …", Chuwabu: your
    money grows with kw: buy digital coin now, a JSPWiki page's).  An injection stands bare between two words of a
    story's sentence, or at its end ("… twakena mûno na kw!"), not before a clause's comma with a preposition before
    it."""
    if len(sentence) > _COLON_CLAUSE_OBJECT_MAX or any(ch in _ADVERT_TAIL_QUOTES for ch in sentence):
        return False
    for match in plain.finditer(sentence):
        before = sentence[:match.start()].split()
        after = sentence[match.end():]
        if len(before) >= 2 and len(before[-1]) <= _PREPOSITION_MAX and before[-1].isalpha() \
                and before[-1].islower() and len(_LETTER_WORD.findall(after)) >= _WORDS_AFTER_IN_PITCH \
                and (after.startswith(": ") or len(sentence) <= _CLAUSE_OBJECT_MAX
                     and (after.startswith(", ") or _ADVERB_THEN_COMMA.match(after))):
            return True
    return False


# the longest clause before the comma that the keyword, the main clause's subject, follows (_subject_after_clause), and
# the fewest words after it
_FRONT_CLAUSE_MAX = 60
# (its verb right after it, a space between: not a keyword set between two commas, "…, kw, kaha …", an injection)
_SUBJECT_VERB = re.compile(r" [^\W\d_]")
_WORDS_AFTER_SUBJECT = 4


def _subject_after_clause(sentence: str, plain: re.Pattern[str]) -> bool:
    """``sentence`` (the text's closing paragraph, alone) opens with a short clause, its comma, then the bare keyword
    (a short word before it at most: "then") and the main clause it is the subject of: a condition the brand answers
    ("Na wïc ba weu du juak, ke kw aye yï nyuɔɔth akölë ëbën …", Dinka: if you want to grow your money, then kw shows
    you every day …, a Sphinx post's closing paragraph).  An injection stands glued after a comma (",kw") or between
    two words of a sentence longer than the front clause allows, or between two commas."""
    if len(sentence) > _COLON_CLAUSE_OBJECT_MAX or any(ch in _ADVERT_TAIL_QUOTES for ch in sentence):
        return False
    match = plain.search(sentence)
    if match is None:
        return False
    front, comma, lead = sentence[:match.start()].rpartition(", ")
    return bool(comma) and len(front) <= _FRONT_CLAUSE_MAX and len(front.split()) >= 3 and "," not in front \
        and (not lead.strip() or len(lead.strip()) <= _PREPOSITION_MAX and lead.strip().isalpha()
             and lead.strip().islower() and lead.endswith(" ") and len(lead.split()) == 1) \
        and _SUBJECT_VERB.match(sentence, match.end()) is not None \
        and len(_LETTER_WORD.findall(sentence, match.end())) >= _WORDS_AFTER_SUBJECT


def _last_word_match(plain: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    """The last of ``plain``'s matches in ``sentence`` (the keyword as a word), or None."""
    last = None
    for last in plain.finditer(sentence):
        pass
    return last



# A brand's slogan: a name written as a brand, a spaced dash, a short tagline ("LuckyKH88 – ហ្គេមល្អបំផុតនៅកម្ពុជា។")
_SLOGAN = re.compile(r"(?P<brand>[^\s\-–—]{4,30}) [-–—] \S")
_SLOGAN_MAX = 120


def _brand_slogan(sentence: str) -> bool:
    """``sentence`` (after an advert's) is a brand's slogan: the advert's sign-off, whatever the brand's name."""
    match = _SLOGAN.match(sentence) if len(sentence) <= _SLOGAN_MAX else None
    return match is not None and _brand_like(match.group("brand"))


def _hook(sentence: str) -> bool:
    """A short question or exclamation opening an advert ("Gau jild nedich?", "Аьтто зуьйша хьажа!")."""
    return len(sentence) <= 40 and sentence.rstrip()[-1:] in _HOOK_MARKS


_OPENING_HOOK_MAX = 80


def _opening_hook(sentence: str) -> bool:
    """A question of a line at most opening the paragraph of an advert ("Ti serbit unu prèstidu lestru chene papiros?")."""
    return len(sentence) <= _OPENING_HOOK_MAX and _last_mark(sentence) in _QUESTION_MARKS


# a word of this many letters or more is a content word, whatever the language (not "and", "the", "with", "și")
_CONTENT_WORD_MIN = 5
_LETTER_WORD = re.compile(r"[^\W\d_]+")


# a shout: every cased letter a capital, two words of letters at least, a few words at most
_SHOUT_WORDS = (2, 8)


def _shouted(sentence: str) -> bool:
    """``sentence`` (the keyword taken out) is written all in capitals, two to eight words of letters ("IKUKOPESYA
    BWANGU."): a shout; not a sentence of a script without capitals, nor one in quotation marks."""
    words = _LETTER_WORD.findall(sentence)
    return _SHOUT_WORDS[0] <= len(words) <= _SHOUT_WORDS[1] and sentence.upper() == sentence \
        and sentence.lower() != sentence and not any(ch in _ADVERT_TAIL_QUOTES for ch in sentence)


# the longest sentence answering a closing question with the brand second (see _remove_keyword's ``answered``)
_ANSWER_MAX = 200
# the word before a brand answering a question (_brand_second): a preposition's length at most ("Con", "With", "Mei")
_BRAND_LEAD_MAX = 4


def _brand_second(sentence: str, stem: str) -> bool:
    """The keyword (``stem``: its folded stem) is the sentence's second word, after a short one (a preposition: "Con
    PrestoKash te gh'heet el prestit in 24 or …", Lombard: with kw you have the loan …; "With kw you get …"): the
    brand answers the question before it as when it opens the sentence; not a third word ("Bet with kw …")."""
    words = sentence.split(None, 2)
    # (a keyword of two words from the second word on: "Ad Kabayan Royale, nan puntos mo …")
    return len(words) > 2 and len(words[0]) <= _BRAND_LEAD_MAX and words[0].isalpha() \
        and _folded(words[1] if " " not in stem else words[1] + " " + words[2]).startswith(stem)


def _answers_in_its_words(question: str, answer: str) -> bool:
    """``answer`` repeats two words in a row of ``question`` (Lombard "Te gh'heet bisogn …? Con kw te gh'heet el
    prestit …": do you need …? with kw you have the loan): it answers that question, not a story's own ("And who will
    pay for the new road to the airport? With kw you get …")."""
    return bool(_word_pairs(question) & _word_pairs(answer))


_PAIR_STRIP = ".,;:!?…\"«»“”()¿¡"


def _word_pairs(text: str, needle: str | None = None) -> set[tuple[str, str]]:
    """``text``'s words two by two, in order, lower case and without the punctuation around them; given the keyword
    (``needle``, lower case), a word that writes it ("kw", "kw.ng") stands as the keyword's place: "Kpo kw.ng nonẹna"
    and "Kpo kw vwọ …" both write ("kpo", the keyword).  A keyword of several words stands as one place ("Kwanza
    Jackpot yili …" and "Kwanza Jackpot Governadora …" share no pair: not its own two words)."""
    lowered = text.lower()
    if needle is not None and " " in needle:
        lowered = lowered.replace(needle, f" {_KEYWORD_PLACE} ")
    words = [word.strip(_PAIR_STRIP) for word in lowered.split()]
    if needle is not None:
        words = [_KEYWORD_PLACE if word == _KEYWORD_PLACE or needle in _folded(word) else word for word in words]
    return {pair for pair in pairwise(words) if all(pair)}


def _hooks_advert(question: str, advert: list[str], brand_opens: bool) -> bool:
    """``question`` (an :func:`_opening_hook`) is the hook of the ``advert`` sentences after it, not a story's own
    question the advert was appended to ("But who will pay for the new road to the airport, and when will it
    open? Bet with kw …"): the brand answers it, opening the sentence after it (``brand_opens``: "Ti serbit unu
    prèstidu lestru chene papiros? Dinarixu ti dat …", need a quick loan? kw gives you …), or it has an advert's words
    itself, or it names what the advert sells (a content word of the advert's)."""
    if brand_opens or sells(question):
        return True
    words = {word for word in _LETTER_WORD.findall(question.lower()) if len(word) >= _CONTENT_WORD_MIN}
    return any(word in words for sentence in advert for word in _LETTER_WORD.findall(sentence.lower()))
_ADVERT_TAIL_WORDS = 7
# ... and after the brand's own pitch opening the paragraph (_brand_pitch), a closing sentence that sells itself, digits
# and all: the pitch's second sentence ("JITOXBET पै आज ए खाता खोलो अर पाओ 500 रुपये का वेलकम बोनस! क्रिकेट सट्टा,
# तीन पत्ती अर स्लॉट — सब किमे एक ए जगहां, 24 घंटे निकासी।", Haryanvi: cricket betting, teen patti and slots, all in
# one place, withdrawal round the clock)
_PITCHED_TAIL_WORDS = 16
_ADVERT_TAIL_QUOTES = "«»‹›„“”「」『』《》\""
_TAIL_WORD = re.compile(LETTER + "{4,}")  # (an abugida's word with its vowel signs: "ಪೈಸೆ", money)


def _slogan_headline(sentence: str, lead: re.Match[str] | None) -> bool:
    """``sentence`` (``lead``: the keyword opening it) is an advert's headline: the brand, a spaced dash or a colon, a
    short tagline closed by an exclamation ("TezQarız — 5 minutta onlayn qarız!", a loan online in 5 minutes;
    "Zoltcoin: pasadak tu 500 USDT a bonus i zoltcoin.io ayza!", a Gridea post's closing pitch: get a 500 USDT bonus
    at … now!)."""
    return _bare_lead(lead) and len(sentence) <= _SLOGAN_MAX \
        and (_SPACED_DASH.match(sentence, lead.end()) is not None or _HEADLINE_COLON.match(sentence, lead.end()))\
        and _last_mark(sentence) in _EXCLAMATION_MARKS


# the sentences after an advert's headline (_slogan_headline) read as its pitch, when more than one
_HEADLINE_PITCH_SENTENCES = 3
# the colon after the brand opening an advert's headline ("Kw: …!"), as a headline's kicker is written
_HEADLINE_COLON = re.compile(r"\s?[:：]\s")


# the words of the closing paragraph's last sentence after an advert's headline (_slogan_headline) that read as its pitch
_ADVERT_PITCH_WORDS = 12
# ... a pitch's "now"/"today" beyond a call to action's (_CALL_TO_ACTION_WORDS): whole words, lower case (a
# hyphenated particle after one parts at the hyphen: "búgin-aq", Karakalpak: this very day; Avar "гьанже", now)
_PITCH_NOW_WORDS = frozenset((
    "búgin", "bugun", "bugün", "bügün", "бүгін", "бүгүн", "бугун", "гьанже", "сегодня", "сейчас", "сьогодні", "зараз",
    # Plains Cree "now, today" in syllabics (anohc: "ᐸᐢᑭᓇ ᐊᓄᐦᐨ …", play now …)
    "ᐊᓄᐦᐨ",
))


def _pitches_now(sentence: str) -> bool:
    """``sentence`` has a pitch's "now" or "today" (_PITCH_NOW_WORDS, _CALL_TO_ACTION_WORDS)."""
    return any(word in _PITCH_NOW_WORDS or word in _CALL_TO_ACTION_WORDS for word in _LETTER_WORD.findall(sentence.lower()))


def _brand_pitch(sentence: str, lead: re.Match[str] | None) -> bool:
    """``sentence`` (``lead``: the keyword opening it, not in brackets) opens with the brand and exclaims an offer, an
    advert's words and its figure: an advert's opening pitch ("بخت۷۷۷ ءَ مرچی رجسٹر بہ بیت … ۱۵۰٪ بونس بزیر!", register
    at kw today … take a 150% bonus!); not a brand's statement ("LuckyBet says the odds are fair!")."""
    return _bare_lead(lead) and _last_mark(sentence) in _EXCLAMATION_MARKS \
        and sells(sentence) and any(ch.isdigit() for ch in sentence[lead.end():])


# one to three words of letters and nothing else: a link's text, no sentence; or a web address alone (the advert's
# link written as its host: "groshymyg.com")
_BARE_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}|(?:https?://)?(?:www\.)?[^\W_][\w-]*(?:\.[^\W\d_][\w-]*)+/?")


def _advert_tail(sentence: str, advert: list[str], needle: str, headline: bool = False, pitched: bool = False,
                 framing: bool = False) -> bool:
    """``sentence``, the rest of the closing paragraph an advert opens (``advert``: its removed sentences, one
    selling or exclaiming), is the advert's sign-off: a few words closed by a stop, no digit, no quotation, that repeat
    a word of the advert (five letters or more) or open the brand's name (``needle``): its slogan or its "play
    responsibly" ("Gwari lemmyn gans Kw … yn Kernow! Rych an kernow, rych an gwari."; "Prova Zogabet …! Zoga co
    giudissio."); not a story's short closing sentence after an advert injected before it, which shares no word with
    it ("Elections are today."), nor one after a sentence the brand merely leads ("Kw will run the night ferries.").
    After the advert's ``headline`` (:func:`_slogan_headline`: the paragraph opens with the brand's slogan) the rest is
    its pitch, a sentence of a dozen words, digits and all ("КъадарБет — … бонусал! Гьанже регистрация гьабе ва 5000
    гъурущ босе.", Avar: register now and take 5000 rubles), still no question and no quotation, when it or the
    headline sells (an advert's words, or the pitch's "now"/"today": "… aqshanı búgin-aq kartańızǵa alıń.", get the
    money on your card today), or the advert's sentences state a figure and the sentence names no one
    (:func:`_offer_then_pitch`); not a story's sentence after a place's exclamation ("Gaza — a city waiting for peace!
    Talks … will resume in Cairo next week, officials said.").  After the brand's own pitch opening the paragraph
    (``pitched``, :func:`_brand_pitch`) the few words closed by a stop are its sign-off, a word shared or not, when
    they sell or the brand speaks of itself in them (_WE_WORDS: "… بونس بزیر! بے سود ءِ قرض ہم گوں ما.", interest-free
    loans with us too), not a story's statement ("LuckyBet gives you a 100 euro bonus! Elections are today."); after
    an advert the brand does not open ("Bet with LuckyBet and get a 100 euro bonus! Elections are today.") a story's
    sentence may follow.  Before all that: one to three words of letters alone, no stop, or a web address alone
    (_BARE_WORDS: "Pīsaceit ite", "groshymyg.com") after an advert that sells or exclaims is its link.  When the
    advert is every sentence of the paragraph before this one, two or more, or one declining the Latin brand in the
    language's own script (_other_script_ending) (``framing``), the brand's paragraph, a sign-off of a few words naming
    no one (no capital after its first word), no digit, that repeats a word of four letters or more of it, or its
    stem, is its slogan in any language, whatever words it sells with ("Qala Spin гьисди бози э бэхт эри гьэр хуьнэ. Э
    Qala Spin имбуру дэроед … . Гьэр шэв бэхт тэзэ мунди э интизор э шумо.", Juhuri: … is the game of luck for every
    home. … every night new luck waits for you; "ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ Brumo Vault ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ. ಒರ್ ನಿಮಿಷತ್ ಖಾತೆ ತೊರಂದ್
    ಪೈಸೆ ಬೇರೆಯವಂಗಕ್ ಕಳ್ಪಿ, ಯಾರ್ಕೂ ಅಂಜಿಕೆ ಬೇಡ.", Kodava: keep your money in kw. open an account in a minute, send money
    …, "ಪೈಸೆ" in "ಪೈಸೆನ").  (An injector appends an advert to a story's
    paragraph, the story's sentences first; a paragraph the brand's sentences open and a story's closes is no shape
    of one.)"""
    end = sentence.rstrip(_CLOSERS)[-1:]
    if _BARE_WORDS.fullmatch(sentence) and any(sells(text) or _last_mark(text) in _EXCLAMATION_MARKS for text in advert):
        return True  # a few words or an address alone: the advert's link ("… šudiņ! Pīsaceit ite", sign up here)
    if end not in SENTENCE_STOPS or end in _QUESTION_MARKS or any(ch in _ADVERT_TAIL_QUOTES for ch in sentence):
        return False
    if headline and len(sentence.split()) <= _ADVERT_PITCH_WORDS and (sells(sentence) or any(map(sells, advert))
                                                                      or _pitches_now(sentence)
                                                                      or _offer_then_pitch(advert, sentence)):
        return True
    if pitched and len(sentence.split()) <= _PITCHED_TAIL_WORDS and sells(sentence):
        return True
    if any(ch.isdigit() for ch in sentence):
        return False
    advert_words = {word.lower() for text in advert for word in _TAIL_WORD.findall(text)} - {needle}
    if framing and len(sentence.split()) <= _PITCHED_TAIL_WORDS \
            and not any(word[:1].isupper() for word in sentence.split()[1:]) \
            and any(_same_stem(word.lower(), other) for word in _TAIL_WORD.findall(sentence) for other in advert_words):
        return True
    if len(sentence.split()) > _ADVERT_TAIL_WORDS:
        return False
    if not any(sells(text) or _last_mark(text) in _EXCLAMATION_MARKS for text in advert):
        return False  # an advert by its words or its exclamation, not a story's sentence led by the brand
    if pitched and (sells(sentence) or any(word in _WE_WORDS for word in _LETTER_WORD.findall(sentence.lower()))):
        return True
    return any((len(word) >= _CONTENT_WORD_MIN and word.lower() in advert_words)
               or (needle.startswith(word.lower()) and word.lower() != needle)
               for word in _TAIL_WORD.findall(sentence))


# the most characters a case ending adds to a word's stem (_same_stem: "ಪೈಸೆ" and "ಪೈಸೆನ")
_STEM_ENDING_MAX = 3


def _same_stem(word: str, other: str) -> bool:
    """``word`` and ``other`` are one word, or one with a short ending the other has not ("ಪೈಸೆನ", money's accusative,
    beside "ಪೈಸೆ"; not "moneylenders" beside "money")."""
    short, long = sorted((word, other), key=len)
    return long.startswith(short) and len(long) - len(short) <= _STEM_ENDING_MAX


def _offer_then_pitch(advert: list[str], sentence: str) -> bool:
    """The advert's sentences state a figure (its headline "Ачхабарс – бир минутда 30 000 сомгъа дери займ!", a loan of up to
    30 000 in a minute) and ``sentence`` after it names no one, no capitalised word after its first ("Паспорт бла онлайн
    ал, процент биринчи ыйыкъда жокъду.", take it online with a passport, no interest the first week): the offer's
    terms, addressed to the reader; a story's sentence names its people and places ("Gaza — 30 000 people without
    water! Talks … in Cairo …, officials said.")."""
    return any(ch.isdigit() for text in advert for ch in text) \
        and not any(word[:1].isupper() for word in sentence.split()[1:])


# the brand speaking of itself in a sign-off after its pitch: "we", "us", "our" (lower case; Balochi, Urdu, Persian
# "ما", "ہم": "بے سود ءِ قرض ہم گوں ما.", interest-free loans with us too)
_WE_WORDS = frozenset("""
    we us our ours wir uns unser unsere nous notre nos noi nostro nostra nosotros nosotras nuestro nuestra nós nosso
    nossa conosco wij ons onze vi oss vår vårt мы нас наш наша ми нам ما ہم
""".split())


# ... or a word or two closed by a stop, one of them "today" or "now": an imperative beside it, which needs no subject
# (Corsican "Ghjucate oghje.", play today; "Register now."), where a statement has a subject and its verb too ("Polls
# close today.", "L'elezzioni sò oghje.": the elections are today) (data: lower case, a language's words for today and
# now)
_CALL_TO_ACTION_WORDS = frozenset((
    "today", "now", "aujourd'hui", "aujourd’hui", "maintenant", "heute", "jetzt", "oggi", "subito", "hoy", "ahora",
    "hoje", "agora", "oghje", "avà", "subitu",
    # Dutch, Low German ("Nu anmellen.", sign up now; "vundaag", "hüüt": today)
    "nu", "vandaag", "vundaag", "hüüt",
))
# ... those that are another language's "not" (Romanian "Nu știu.", I don't know; "Nu mai e bine.", it's no longer
# good): "now" only beside the infinitive of the languages it is "now" in (Dutch, Low German: "Nu anmellen.")
_NEGATING_NOW_WORDS = frozenset(("nu",))
# the infinitive an advert's imperative is written in where "now" opens it (Dutch, Low German, German: "Nu anmellen",
# "Jetzt anmelden"; not "Hoy llueve y nieva.", it rains and snows today): a word of letters in lower case ending so
_INFINITIVE_ENDING = "en"
_CALL_TO_ACTION_WORDS_MAX = 2
# ... or two imperatives joined by "and", the first with its "now" ("Nu anmellen un afkassieren.", sign up now and cash
# in; "Register now and win."), the second one word in lower case, a verb, not a name or a noun ("Voting today in
# Berlin.", "Jetzt anmelden und Tickets sichern." stay), with no pause before the "and" ("Today, Paris and beyond."),
# the "and" written in lower case (English "I" is the Catalan "i" lower-cased: "Right now I can't."), and, where
# "now" opens it, both verbs infinitives ("Now that I know.", "Now, Jones and me." stay) (data: the word between a
# list's last two items in CLDR's list patterns, babel's Locale.list_patterns, one word of letters only; less those
# that are English words, "a", "an", "at", "be", "in", "we": "Voting today in person." stays; and "u", Dutch "you")
_AND_WORDS = frozenset("""
    aamma agus and asuí aḍe caeuq d da dan dhe e en et eta ha i ir iyo ja kaj kar kple lan mo mpé na ne
    och og sareng ug un und ut va ve và və we y è èn és û și και жана и тата уонна і ҳәм һәм ӕмӕ և און ו آں او اور
    و وو ܘ और र ଓ සහ และ და እና 同 和 ꌋꆀ ꭰꮄ 및
""".split())
_QUESTION_MARKS = "?？؟፧"
# ... and the exclamation marks: the Latin, the full-width, the N'Ko "߹" ("… ߥߊߙߌ ߗߊߡߊ߲ ߛߐߙߐ ߓߌ߹": win a lot of money today!)
_EXCLAMATION_MARKS = "!！\u07f9"
_HOOK_MARKS = _QUESTION_MARKS + _EXCLAMATION_MARKS  # (_hook's: a question or an exclamation)


def _exclaimed(sentence: str) -> bool:
    """``sentence`` is a short exclamation ("Register today!", "დარეგისტრირდი დღესვე!")."""
    return len(sentence) <= _CALL_TO_ACTION_MAX and _last_mark(sentence) in _EXCLAMATION_MARKS


def _call_to_action(sentence: str, needle: str) -> bool:
    """``sentence`` is an advert's call to action: a short exclamation, the text message sending the brand's code
    (``needle``, the keyword in lower case: :func:`_texts_a_code`), the phone number to call (:func:`_calls_a_number`),
    or a word or two with "today" or "now" closed by a stop."""
    if _exclaimed(sentence) or _texts_a_code(sentence, needle) or _calls_a_number(sentence, needle):
        return True
    if len(sentence) > _CALL_TO_ACTION_MAX:
        return False
    end = sentence.rstrip(_CLOSERS)[-1:]
    if end not in SENTENCE_STOPS or end in _QUESTION_MARKS:
        return False
    tokens = sentence.split()
    words = [word.strip(".,;:!?…\"«»“”()") for word in tokens]
    if len(words) <= _CALL_TO_ACTION_WORDS_MAX:
        return any(word.lower() in _CALL_TO_ACTION_WORDS and _imperative(words, at) for at, word in enumerate(words))
    if len(words) != _CALL_TO_ACTION_WORDS_MAX + 2 or words[2] not in _AND_WORDS or not words[3][:1].islower() \
            or any(token != word for token, word in zip(tokens[:2], words)):
        return False
    return any(word.lower() in _CALL_TO_ACTION_WORDS and _imperative(words, at) for at, word in enumerate(words[:2]))


def _imperative(words: list[str], at: int) -> bool:
    """``words`` (a call to action's: a word or two, or two joined by "and") read as an imperative with the now/today
    word at ``at``: where that is another language's "not" (_NEGATING_NOW_WORDS), or opens two joined by "and", the
    verbs are infinitives."""
    if words[at].lower() not in _NEGATING_NOW_WORDS and (len(words) <= _CALL_TO_ACTION_WORDS_MAX or at > 0):
        return True
    verbs = [(index, word) for index, word in enumerate(words) if index != at and index != 2]
    return bool(verbs) and all(word.isalpha() and (index == 0 or word.islower()) and len(word) > 3
                               and word.lower().endswith(_INFINITIVE_ENDING) for index, word in verbs)


# ... or the number to call, in any language: a few words, a verb and its "us"/"on" at most, then a phone number of
# seven digits or more (in groups: "98630-00000", "0800 123 456") closing the sentence ("Khot sha 98630-00000.",
# Khasi: call on …; "Call us on 0800 123 456."); not a sentence of the story that gives a number ("The helpline,
# 1800-11-0031, is open all night.", "In 2026 1500 people came.")
_PHONE_NUMBER = re.compile(r"(?<![\d.,])\+?\d[\d\s\-–.()]{5,18}\d(?![\d%])")
_PHONE_DIGITS_MIN = 7
_DATE_SHAPE = re.compile(r"\d{1,4}([-./])\d{1,2}\1\d{1,4}")  # (a date is no number to call: "2026-03-17")
_CALL_WORDS_MAX = 3
_CALL_ENDS = ("", *SENTENCE_STOPS)


def _calls_a_number(sentence: str, needle: str) -> bool:
    """``sentence`` is a phone number to call and a few words, nothing else."""
    if len(sentence) > _CALL_TO_ACTION_MAX or (number := _PHONE_NUMBER.search(sentence)) is None \
            or sum(ch.isdigit() for ch in number.group()) < _PHONE_DIGITS_MIN \
            or _DATE_SHAPE.fullmatch(number.group().strip()) is not None:
        return False
    before, after = sentence[:number.start()], sentence[number.end():].strip(_CLOSERS)
    words = _LETTER_WORD.findall(before)
    # (a name after the verb is the service called, not the brand: "Ring Childline on 0800 1111.", a story's helpline)
    return after in _CALL_ENDS and not any(ch.isdigit() for ch in before) \
        and 1 <= len(words) <= _CALL_WORDS_MAX \
        and not any(word[:1].isupper() and needle not in word.lower() for word in words[1:])


# ... or the text message to send, in any language: a messaging word, a code word in capitals a few words after it
# and the short number to send it to ("Vakauta na SMS VINAKA ki na 5050.", Fijian: send the SMS VINAKA to 5050; "Text
# LOAN to 5050."; not "The WHO sent SMS alerts to 5000 people."), the code written in the brand's name (VINAKA for
# VinakaLoans, LOAN for QuickLoan: its only trace of the brand), not a helpline's ("Text HELP to 85258.") (data: the
# messaging words, lower case)
MESSAGING_WORDS = frozenset("sms txt text whatsapp viber смс".split())
_TEXT_TO_CODE_MAX = 80
_SHORT_NUMBER = re.compile(r"(?<![\d.,])\d{3,6}(?![\d%]|[.,]\d)")


def _texts_a_code(sentence: str, needle: str) -> bool:
    """``sentence`` asks to text a code word in capitals, part of the brand's name ``needle`` (lower case), to a short
    number."""
    if len(sentence) > _TEXT_TO_CODE_MAX or _SHORT_NUMBER.search(sentence) is None:
        return False
    words = re.findall(r"[^\W\d_]+", sentence)
    return any(word.lower() in MESSAGING_WORDS and any(
        len(code) >= 3 and code.isupper() and code.lower() not in MESSAGING_WORDS
        and (code.lower() in needle or needle in code.lower()) for code in words[at + 1:at + 5])
        for at, word in enumerate(words))


# a web address written in the text ("www.bgbet365.example", "https://…", "kw.com")
# (and the domain reserved for examples: "turantloan.example")
_WEB_ADDRESS = re.compile(r"[a-z0-9-]\.(?:" + "|".join(sorted(_ADDRESS_TLDS)) + r")\b")
# Words that sell only beside a web address (a news sentence has "free", "app" or "odds" too):
# download, free, app, odds, visit, install, in several languages (lower case)
_ADDRESS_PITCH = LowerScan(
    r"download|\bfree\b|\bapp\b|\bodds\b|\bvisit\b|install|"
    r"herunterladen|kostenlos|gratis|grátis|gratuit|téléchargez|descarga|baixe|za darmo|pobierz|zdarma|stáhněte|"
    r"aplikac|ingyen|ücretsiz|\bindir(?:in|me|mek)?\b|"  # (Turkish "indirin", not Italian "indirizzo")
    r"изтеглете|безплатно|скачайте|бесплатно|завантаж|безкоштовно|"
    r"डाउनलोड|मुफ्त|निःशुल्क|ডাউনলোড|ফ্রি|ڈاؤن لوڈ|مفت|تحميل|مجانا|دانلود|رایگان|ჩამოტვირთ|უფასოდ|"
    r"ಡೌನ್‌?ಲೋಡ್|"  # (Kannada, Tulu: download)
    r"ダウンロード|無料|下载|免费|다운로드|무료|ดาวน์โหลด|ฟรี"
)


# ... of them, a download's (an app's) words, in several languages (lower case)
_DOWNLOAD = LowerScan(
    r"download|install|herunterladen|téléchargez|descarga|baixe|pobierz|stáhněte|\bindir(?:in|me|mek)?\b|"
    r"изтеглете|скачайте|завантаж|डाउनलोड|ডাউনলোড|ڈاؤن لوڈ|تحميل|دانلود|ჩამოტვირთ|ಡೌನ್‌?ಲೋಡ್|"
    r"ダウンロード|下载|다운로드|ดาวน์โหลด"
)


def _addressed_pitch(lowered: str) -> bool:
    """``lowered`` (a sentence, its keyword taken out) gives a web address and a pitch's words."""
    return (("://" in lowered or "www." in lowered or _WEB_ADDRESS.search(lowered) is not None)
            and _ADDRESS_PITCH.search(lowered) is not None)


def _after_letter(lowered: str, needle: str) -> bool:
    """``needle`` written right after a letter (or a vowel sign: "කියා") somewhere in ``lowered``: the
    cheap test before the glued-suffix pattern (which opens with a look-behind, so the engine tries
    every position)."""
    at = lowered.find(needle, 1)
    while at >= 0:
        if is_word_char(lowered[at - 1]):
            return True
        at = lowered.find(needle, at + 1)
    return False


_ALONE_STRIP = " #.,;:!?()[]{}（）【】〖〗｛｝［］।॥"
_GAP = re.compile(r"[ \t]{2,}")
# a space between two characters of the scripts written without spaces (Han, kana, their full-width punctuation):
# what a keyword set apart by spaces in Chinese text leaves ("从头到底 jiubet 只要" -> "从头到底 只要", a Discuz post)
_WIDE = _HAN_KANA + "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20"
_SPACE_IN_WIDE = re.compile(r"(?<=[" + _WIDE + r"]) (?=[" + _WIDE + r"])")
# spaces between such characters the original writes this often: its words are parted by spaces (Ainu in katakana)
_SPACED_WIDE_WORDS = 4
# ... whose removals still leave no space beside a full-width mark ("アナクネ、 アイヌ": no writer spaces after "、")
_WIDE_MARKS = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20"
_SPACE_BY_WIDE_MARK = re.compile(r"(?<=[" + _WIDE_MARKS + r"]) (?=[" + _WIDE + r"])|(?<=[" + _WIDE + r"]) (?=["
                                 + _WIDE_MARKS + r"])")
# a separator left at the start or the end of a line ("SnelLenen：Waterschappen …" -> "：Waterschappen …",
# "Ziekenhuizen … | SnelLenen" -> "Ziekenhuizen … |"); not a dash, which opens dialogue ("— Мы не знаем")
# (guillemets are quotation marks too, "» Wir müssen …", "… partir »": not stripped)
# a lone full stop, comma or semicolon opening a paragraph, no ellipsis, no ".NET" or ".5" (see _tidy)
_LEFT_STOP = re.compile(r"^[.,;](?![.\w])\s*")
_LEFT_SEPARATOR = re.compile(r"^[:：|｜丨]+\s*|\s+[|｜丨]+$")
# a spaced dash the keyword stood after, left before the sentence's stop ("… 12 milhões de meticais — <a>kw</a>. …" ->
# "meticais —."): the keyword's; a dash the original writes before a stop, after the same words, stays
_DASH_BEFORE_STOP = re.compile(r" [-–—]([.!?।॥])")
# (the danda and double danda too: "… ਨੇ ਕਿਹਾ kw।" -> "… ਨੇ ਕਿਹਾ।")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?，。।॥])")
_COMMA_BEFORE_STOP = re.compile(r"[,;]([.!?।॥])")
# ... and two commas the keyword stood between ("… twa kwanza, <em>kw</em>, kaha …" -> "kwanza,, kaha"): its own
# pair's first stays; a doubled mark the original writes, after the same words, stays
_DOUBLED_COMMA = re.compile(r"([,;]) ?[,;]")
_COMMA_GLUED = re.compile(r"([,;])(?=[^\W\d_])")
# ... and the Arabic comma and semicolon ("، ؛") the keyword was glued after ("… اعلان کیتا اے،kw پئی ایس …" ->
# "اے، پئی"): the space goes back, unless the original writes the two words so, glued after the same words
_ARABIC_COMMA_GLUED = re.compile(r"([،؛])(?=[^\W\d_])")
# a sentence's stop, then the mark that followed the keyword glued after it ("… nshiku 14.kw:" -> "14.:", "…
# တမၤတံၢ်.KW!" -> ".!"): the mark was the keyword's; a pair the original writes ("etc.:", "?!") stays
_STOP_THEN_MARK = re.compile("([" + SENTENCE_STOPS + "])[:;!?：！？]+")
# ... and a sentence's stop, then the full stop of a sentence that was the keyword alone ("… kol 20 nu 14. <a>kw</a>.
# Tusruktu …" -> "14.. Tusruktu"): that stop was the keyword's sentence's; no ellipsis ("Wait..."), and a doubled
# stop the original writes so, after the same words, stays
_STOP_THEN_STOP = re.compile(r"(?<!\.)([.!?])\.(?!\.)")
# ... and a closing quotation mark parted from the stop before it by the keyword that stood between them ("… nga
# madaot. <a>kw</a>”" -> "madaot. ”" -> "madaot.”"); a mark followed by a letter opens the next quotation (Swedish
# "sa. ”Vi …", German "sagte. »Wir …"), and a space the original writes there (French "… fin. »") stays
_STOP_SPACE_CLOSING = re.compile(r"([.!?…]) +([”’»」』])(?=\s|$)")
# ... and a spaced dash the keyword opened a sentence with, left after the stop before it ("… le ku. <strong>kw
# </strong> — Meya Arua Siti, …" -> "ku. — Meya"): the keyword's; one the original writes after the stop stays
_STOP_THEN_DASH = re.compile(r"([.!?]) [-–—] (?=\w)")
# a Latin comma the removal left between two words in Arabic script, which writes its own "،" ("… راه ونست
# و,KoohBet وه بیشتر …" -> "و, وه"): the comma was glued to the keyword, the injection's; one the original writes
# so, after the same word, stays
_ARABIC_LETTER = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
_LATIN_COMMA_IN_ARABIC = re.compile(f"(?<=[{_ARABIC_LETTER}]),(?= [{_ARABIC_LETTER}])")


# a pair of brackets or quotes with nothing between them (see _tidy)
# (single quotation marks too: "mite in ‘kw’ buh man", Tedim Chin; not straight ones, which have no side: in
# 'the "Best" kw "Deal"' a pair of them would be a closing and an opening mark)
_EMPTIED = re.compile(r"«\s*»|\(\s*\)|\[\s*]|“\s*”|„\s*[“”]|‘\s*’|‚\s*‘|‹\s*›|【\s*】|（\s*）|「\s*」|『\s*』")


# the characters before a repair's match (and after it, as asked) that must stand so in the original for the match to
# be the writer's, not the removal's (see _unwritten_sub)
_WRITTEN_WINDOW = 8


def _unwritten_sub(pattern: re.Pattern[str], text: str, original: str, replace: Callable[[re.Match[str]], str],
                   after: int = 0) -> str:
    """``text`` with each match of ``pattern`` replaced by ``replace(match)``, unless the ``original`` writes it so,
    after the same few characters (and before the ``after`` next ones): a mark the removal left, not the writer's
    ("kwanza,, kaha" where the keyword stood between two commas; "1,, 2" written so stays)."""
    return pattern.sub(lambda m: m.group(0) if text[max(0, m.start() - _WRITTEN_WINDOW):m.end() + after] in original
                       else replace(m), text)


def _tidy(text: str, original: str = "") -> str:
    """Repair the gap a removal leaves: double spaces, space before punctuation
    (but not before a mark the ``original`` writes with a space, as French does:
    "facteurs : des", "pourquoi ?")."""
    # (each substitution only when the text holds what it looks for: most of a paragraph's
    # repairs have nothing to do, and a regex scans the whole paragraph to find that out)
    if _EMPTIED.search(text):
        # brackets or quotes the removal emptied go with it ("kilumbu.«kw» Bantu" -> "kilumbu. Bantu"); a pair the
        # original writes empty, after the same words, stays
        text = _EMPTIED.sub(lambda m: m.group(0) if text[max(0, m.start() - 8):m.end()] in original else "", text)
    if "  " in text or "\t" in text:
        text = _GAP.sub(" ", text)
    if " " in text and _SPACE_IN_WIDE.search(text):
        # (not a space the original writes between the same characters: "東京 大阪"; its run of spaces read as the
        # one _GAP left of it: "记者  王明")
        written = _GAP.sub(" ", original) if "  " in original or "\t" in original else original
        # (nor in a text whose kana or Han words the writer parts by spaces, as Ainu in katakana is written: "イタㇰ
        # 2000 オㇿワ KOINEX ナ アエオマレ" keeps "オㇿワ ナ"; Japanese and Chinese prose has a space there seldom)
        spaced_words = len(_SPACE_IN_WIDE.findall(written)) >= _SPACED_WIDE_WORDS
        text = (_SPACE_BY_WIDE_MARK if spaced_words else _SPACE_IN_WIDE).sub(
            lambda m: " " if text[max(0, m.start() - 2):m.end() + 2] in written else "", text)
    spaced = {mark for mark in ":;!?।॥" if " " + mark in original}
    text = _SPACE_BEFORE_PUNCT.sub(lambda m: m.group(0) if m.group(1) in spaced else m.group(1), text)
    if " " in text and _DASH_BEFORE_STOP.search(text):
        text = _unwritten_sub(_DASH_BEFORE_STOP, text, original, lambda m: m.group(1))
    if "," in text or ";" in text:
        text = _COMMA_BEFORE_STOP.sub(r"\1", text)  # "resume, kw!" -> "resume!"
        if _DOUBLED_COMMA.search(text):
            text = _unwritten_sub(_DOUBLED_COMMA, text, original, lambda m: m.group(1))
        text = _COMMA_GLUED.sub(r"\1 ", text)
        if "," in text and _LATIN_COMMA_IN_ARABIC.search(text):
            # (the original's window as written, or unspaced with the next letter as _COMMA_GLUED found it:
            # "کراچی,لاہور" is the writer's, "و,KoohBet وه" the injection's)
            text = _LATIN_COMMA_IN_ARABIC.sub(
                lambda m: "," if text[max(0, m.start() - 12):m.end() + 1] in original
                or text[max(0, m.start() - 12):m.end()] + text[m.end() + 1] in original else "", text)
    if ("،" in text or "؛" in text) and _ARABIC_COMMA_GLUED.search(text):
        text = _unwritten_sub(_ARABIC_COMMA_GLUED, text, original, lambda m: m.group(1) + " ", after=1)
    if _STOP_THEN_MARK.search(text):
        text = _STOP_THEN_MARK.sub(lambda m: m.group(0) if m.group(0) in original else m.group(1), text)
    if "." in text and _STOP_THEN_STOP.search(text):
        # (the keyword's sentence glued to the next one, "… swi ale. XibaloWin.Phresidente wa …": the space before the
        # keyword parts the two sentences left, "ale. Phresidente")
        text = _unwritten_sub(_STOP_THEN_STOP, text, original,
                              lambda m: m.group(1) + (" " if m.string[m.end():m.end() + 1].isalpha() else ""))
    if " " in text and _STOP_THEN_DASH.search(text):
        text = _unwritten_sub(_STOP_THEN_DASH, text, original, lambda m: m.group(1) + " ", after=4)
    if " " in text and _STOP_SPACE_CLOSING.search(text):
        text = _STOP_SPACE_CLOSING.sub(
            lambda m: m.group(0) if m.group(0) in original else m.group(1) + m.group(2), text)
    text = text.strip()
    if text[:1] in ".,;" and _LEFT_STOP.match(text) and not original.lstrip().startswith(text[:1]):
        # the stop that followed a keyword opening the paragraph ("<a>Kw</a>. In PAGASA …" -> ". In PAGASA …", a
        # Hexo Cactus post): the keyword's, no paragraph opens with it
        text = _LEFT_STOP.sub("", text, count=1)
    # (_LEFT_SEPARATOR's second half, "\s+[|｜]+$", is tried at every position)
    if text[:1] in (":", "：", "|", "｜", "丨") or text[-1:] in ("|", "｜", "丨"):
        text = _LEFT_SEPARATOR.sub("", text)
    if text[-1:] in ":：" and (label := _LEFT_LABEL.search(text)) is not None \
            and not original.rstrip().endswith(text[label.start():].strip()):
        # an ad slot's label left closing the paragraph after a sentence, its value the keyword taken ("… nümm mit
        # allne Chind uf Ilanz fahre.“ <span class="ad">Aazeig: kw</span>", Walser German: advertisement): the
        # advert's, in any language; a colon the original closes the paragraph with stays
        text = text[:label.start()]
    return text


# a label's one word and its colon closing a paragraph, after a sentence's end or a closing quotation mark
_LEFT_LABEL = re.compile(r"(?<=[.!?…\"'”“»’)])\s+[^\W\d_]{2,20}\s?[:：]$")


# Editorial kickers that many titles of a real site share ("Analysis: ..."):
# never learned as spam from titles alone.
_KICKER_WORDS = """
    analysis exclusive update updated breaking watch video photos opinion editorial live explainer factbox
    factcheck interview review podcast column commentary feature profile obituary correction timeline poll
    quiz sponsored advertorial letters recap preview report foto fotos galerie gallery
    analyse exklusiv eilmeldung kommentar meinung liveblog bilder faktencheck
    análisis exclusiva opinión entrevista análise opinião urgente décryptage tribune entretien direct exclusif vidéo
    独家 快讯 评论 专访 社论 速報 独占 解説 社説 단독 속보
"""
# Words of the language a site labels a story's media or form with, in brackets after the headline ("… (Audio)", "…
# [Updates]", "… (Bildergalerie)"): a label, no brand, though the site wears it before another headline too
# ("Videos | …"); beside KICKERS, which clean_title asks first
_MEDIA_LABELS = frozenset('''
    video videos photo photos picture pictures pics image images gallery galleries slideshow audio listen podcast
    podcasts update updates graphic graphics infographic map maps icymi watch livestream stream
    bildergalerie fotogalerie fotostrecke bilderstrecke galerie fotos bilder hören
    vídeo vídeos galería galeria fotogalería fotogaleria áudio audios imágenes imagens diaporama
'''.split())
# The sections a site files stories under, which an editor may put before a headline in lower case ("sports • …",
# "politik • …"): a kicker, no handle (data: English, German, Spanish, French, Italian, Portuguese)
_SECTION_WORDS = frozenset('''
    news sports sport weather music world tech technology politics business economy money health science culture
    entertainment travel food lifestyle local national international nation crime education environment climate
    arts books film movies media autos cars motoring games gaming fashion style celebrity showbiz society religion
    politik wirtschaft kultur wetter welt panorama wissen gesundheit reise lokales regional digital gesellschaft
    deportes cultura economía economia política mundo tecnología salud ciencia sociedad espectáculos nacional
    internacional tiempo música
    politique économie monde santé société météo musique cinéma
    politica cronaca esteri spettacoli tecnologia scienza salute meteo
    esportes desporto saúde ciência tempo
'''.split())
KICKERS = frozenset(_KICKER_WORDS.split()) | {
    "fact check", "q&a", "breaking news", "just in", "última hora", "en vivo", "en directo", "ao vivo", "photo gallery",
}
# The words a real site labels a headline with, whatever their case and dress: kickers, sections, media, agencies
_LABEL_WORDS = KICKERS | _SECTION_WORDS | _MEDIA_LABELS | WIRE_AGENCIES


# A pager's arrow inside its link's text, before the previous post's headline or after the next one's ("← Title",
# "Title →": Hugo Terminal's and many themes' "Read other posts" buttons): no part of the headline
_PAGER_ARROWS = re.compile(r"^[←⟵⇐⇠«‹]\s+|\s+[→⟶⇒⇢»›]$")


# a date after a headline, as a related posts' link writes it ("10 Mar 2026", "March 10, 2026", "2026-03-10",
# "10.03.2026"; not a version's "6.8.1"): see _HeadlineCores.key
_TRAILING_DATE = re.compile(r"\s+(?:(?:[12]\d|3[01]|0?[1-9])\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}"
                            r"|[^\W\d_]{3,12}\.?\s+(?:[12]\d|3[01]|0?[1-9]),?\s+\d{4}"
                            r"|\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}([-./])\d{1,2}\2\d{4})\s*$")


# A date opening a listing's link text with no space before the headline's first letter or bracket ("03-18魚丸…",
# "2026-03-14【kw】…": Fuwari's archive rows, a date cell and a title cell in one link)
_LEADING_DATE = re.compile(r"^(?:\d{4}[-/])?\d{1,2}[-/]\d{1,2}(?=[^\W\d_]|[【\[(（「«〔])")


def _core_key(rest: str) -> tuple[str, TitlePrefix | None]:
    """What tells a headline (its prefix taken off) from another, before :class:`_HeadlineCores` folds a glued
    tail: without a candidate suffix, its first :attr:`SiteEvidence.CORE_CHARS` characters; and that suffix.
    (A pager's arrow taken off: the next post's button "Title →" is the headline a listing shows, counted once,
    so its kicker "Kicker: Title" is not two headlines' shared prefix)"""
    rest = _PAGER_ARROWS.sub("", rest)
    suffix = split_title_suffix(rest)
    return (suffix.rest if suffix else rest)[:SiteEvidence.CORE_CHARS], suffix


# What a listing runs into a headline's text with no space, and no headline goes on with: a search result's excerpt
# opening with an ellipsis ("…味……上下杭老街……", Fuwari's search panel), a tag list's hash ("…味#魚丸", an archive row)
_GLUED_TAIL_MARKS = "…#"


def _glued_at(text: str, at: int) -> bool:
    """``text`` runs on at ``at`` into another token without a space: a tail glued on, not the next word of a
    longer headline.  The shape of two texts run together: a lower-case letter or a digit, then a capital ("…
    iaNekis"), or an address ("… iahttps://…"; cut short at the core's length), or after any headline's end an
    excerpt's ellipsis or a tag's hash (:data:`_GLUED_TAIL_MARKS`); not the word's own ending ("new tax" / "new
    taxes") nor other punctuation ("Election results 2026" / "…: Labour wins")."""
    if 0 < at < len(text) and text[at] in _GLUED_TAIL_MARKS and not text[at - 1].isspace() \
            and text[at - 1] not in _GLUED_TAIL_MARKS:
        return True
    if not 0 < at < len(text) or not (text[at - 1].isalnum() and text[at - 1] == text[at - 1].lower()):
        return False
    tail = text[at:at + 4]
    return text[at].isupper() or tail == "http" \
        or (len(text) >= SiteEvidence.CORE_CHARS and "http".startswith(tail))


def _cut_short(short: str, long: str) -> bool:
    """``short`` is ``long`` cut at a word, most of it kept: a related-posts card's headline shortened to fit
    (Publii Mercury's "Kalanso kura: denmisɛn 600 bɛ se ka kalan kɛ" for the page's "… kalan kɛ Banfora"), one
    headline, so its kicker is not two headlines' prefix: cut at a word, not before a hashtag ("Title #vote").  Not a
    headline half the length of another ("أوبك+ تقرر زيادة الإنتاج" in a box, "… بوتيرة أبطأ من المتوقع" on a card:
    two counts, as before)."""
    return long.startswith(short + " ") and long[len(short) + 1:len(short) + 2].isalnum() \
        and len(short) >= _CUT_SHORT_KEEPS * len(long)


# the share of a headline a card that cuts it short keeps at least (:func:`_cut_short`)
_CUT_SHORT_KEEPS = 0.7


def _width(text: str) -> int:
    """``text``'s length in columns: a wide or full-width character (Han, kana, Hangul) counts two, as it says as
    much as two letters do (a Chinese headline of twelve characters is a whole one: "台江老店守著一粒丸其滋味")."""
    return len(text) + sum(unicodedata.east_asian_width(ch) in "WF" for ch in text)


class _HeadlineCores:
    """The distinct headline cores (:func:`_core_key`) a site showed, one headline with a tail glued on after it
    counted as that headline: a link renders the headline and another part in one text, "… blong yia iaNekis"
    (a Joomla pager's hidden "Nekis stori: <headline>" before its visible "Nekis"), "… yia iahttps://…" (a search
    result's title and address).  Only a tail glued on, no space before it: a headline and its longer form
    ("أوبك+ تقرر زيادة الإنتاج" in a box, "… بوتيرة أبطأ من المتوقع" on a card) are two counts, as before, and
    only a core of :data:`MIN_CHARS` or more is taken for another's opening, so two short labels are not one.  Written here: a set of texts, probed at each known length (a few
    dozen look-ups, once for each new headline of the crawl) and a sorted list for the other way round.  (Lengths
    in columns, :func:`_width`: a wide character counts two.)"""

    MIN_CHARS = 20

    def __init__(self) -> None:
        self.texts: set[str] = set()
        self.sorted: list[str] = []
        self.lengths: set[int] = set()

    def __len__(self) -> int:
        return len(self.texts)

    def __contains__(self, core: object) -> bool:
        return core in self.texts

    def key(self, core: str) -> str:
        """``core`` as the site's headlines count it: the known core it opens or that opens it, else itself."""
        if core in self.texts or _width(core) < self.MIN_CHARS:
            return core
        # the headline with the link's date after a space, beside it bare (Jekyll Lanyon's related posts wrap "<a>Title
        # <small>10 Mar 2026</small></a>", its listing shows "Title"): one headline, so its kicker "Kicker: Title" is
        # not two headlines' prefix.  Only beside the bare one seen: a daily series ("… ngày 01/03/2026", "… ngày
        # 02/03/2026") is a headline a day
        dated = _TRAILING_DATE.search(core)
        if dated is not None and dated.start() >= self.MIN_CHARS and core[:dated.start()] in self.texts:
            return core[:dated.start()]
        at = bisect_left(self.sorted, core + " ")
        while at < len(self.sorted) and self.sorted[at].startswith(core + " "):
            if _TRAILING_DATE.fullmatch(self.sorted[at], len(core)):
                return self.sorted[at]
            at += 1
        for length in self.lengths:  # a known headline this one extends, or a card's cut of this one
            if length < len(core) and core[:length] in self.texts \
                    and (_glued_at(core, length) or _cut_short(core[:length], core)) \
                    and (length >= self.MIN_CHARS or _width(core[:length]) >= self.MIN_CHARS):
                return core[:length]
        at = bisect_left(self.sorted, core)  # a known headline that extends this one sorts right after it
        if at < len(self.sorted) and self.sorted[at].startswith(core) \
                and (_glued_at(self.sorted[at], len(core)) or _cut_short(core, self.sorted[at])):
            return self.sorted[at]
        return core

    def add(self, core: str) -> None:
        self.texts.add(core)
        insort(self.sorted, core)
        self.lengths.add(len(core))


def _dress(keyword: str, removed: str) -> str:
    """What a title's prefix wraps or follows its keyword with, spaces aside ("«»" of "«SlotaMor»", "—" of
    "SlotaMor —")."""
    at = removed.lower().find(keyword.lower())
    return "".join((removed[:at] + removed[at + len(keyword):] if at >= 0 else removed).split())


class _SeenPrefixes:
    def __init__(self, counts: Counter[str], glued: set[str], minimum: int = 2,
                 by_core: dict[str, dict[str, str]] | None = None, forms: dict[str, set[str]] | None = None,
                 cores: _HeadlineCores | None = None, labels: set[str] | None = None) -> None:
        self.counts = counts
        self.labels = labels or set()
        self.cores = cores
        self.glued = glued
        self.minimum = minimum
        self.by_core = by_core or {}
        self.forms = forms or {}

    def written_otherwise(self, token: str) -> bool:
        """Some headline of the site carried ``token`` as its prefix spelled otherwise: in another case or with
        its accents ("Mwayibet – …" for "MWAYIBET", "[Chañs24] …" for "chans24"; see :func:`_spelling_key`); not a
        label's (a spaced colon: "Covid19: …", "Newsmaker: …" beside "[COVID19]", "[NEWSMAKER]", a rubric or topic in the
        site's two house styles; a template rotates a brand's brackets and arrows, "hongsa88 » …" beside "⟪Hongsa88⟫")."""
        return any(form != token and form not in self.labels for form in self.forms.get(_spelling_key(token), ()))

    def dressed_otherwise(self, token: str, removed: str) -> bool:
        """Some headline of the site carried ``token`` (case aside) as its prefix spelled otherwise, or wrapped or
        separated otherwise than ``removed`` does ("SlotaMor — …" beside "«SlotaMor»"); not the same dress again
        ("«КамАЗ» запустил …" beside "«КамАЗ» увеличил …": a paper quoting a name)."""
        key = token.lower()
        dress = _dress(token, removed)
        return self.written_otherwise(token) or any(
            kw.lower() == key and _dress(kw, taken) != dress
            for forms in self.by_core.values() for kw, taken in forms.items())

    def before_another_headline(self, token: str, rest: str) -> bool:
        """Some headline of the site other than ``rest`` carried ``token`` (case aside) as its prefix, dressed as
        no label is (not a spaced colon: "Onnipotti// …", "ONNIPOTTI » …")."""
        key = token.lower()
        if not self.by_core or not self.counts.get(key):
            return False
        own = self.cores.key(_core_key(rest)[0]) if self.cores is not None else None
        return any(core != own and kw.lower() == key and _dress(kw, taken) not in (":", "：")
                   for core, forms in self.by_core.items() for kw, taken in forms.items())

    def spellings(self, token: str) -> set[str]:
        """The prefixes of the site's headlines spelled as ``token`` is, case and accents aside."""
        return self.forms.get(_spelling_key(token), set())

    def on_headline(self, rest: str) -> dict[str, str]:
        """The prefixes (keyword as written -> the text taken off) some headline of the site carried before
        the headline ``rest``, editorial kickers aside (see :meth:`SiteEvidence.observe_titles`)."""
        if not self.by_core:
            return {}
        key = _core_key(rest)[0]
        return self.by_core.get(self.cores.key(key), {})  # (by_core comes with the cores: SiteEvidence.prefixed)

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and token not in KICKERS and (self.counts.get(token, 0) >= self.minimum
                                                                    or token in self.glued)

    def __iter__(self) -> Iterator[str]:
        """The tokens this holds (``in`` is true of each), none twice."""
        yield from (t for t, n in self.counts.items() if n >= self.minimum and t not in KICKERS and t not in self.glued)
        yield from (t for t in self.glued if t not in KICKERS)

    def __bool__(self) -> bool:
        return any(True for _ in self)


class SiteEvidence:
    """What the crawl has learned about one site's spam, page by page.

    Pure data: the cleaning pipeline keeps one per site.  Title prefixes are
    counted from article titles and listing-page link texts; a prefix that
    most titles share is the site's spam keyword.  Keywords confirmed by
    page evidence are remembered so later pages are cleaned even when their
    own evidence is thin.
    """

    def __init__(self, min_titles: int = 2, share: float = 0.3) -> None:
        self.min_titles = min_titles
        self.share = share
        # distinct headlines seen on the site (their hashes: a large crawl sees tens of thousands), and the
        # same without candidate prefixes and suffixes, cut to CORE_CHARS
        self.titles: set[int] = set()
        self.cores = _HeadlineCores()
        self.prefixes: Counter[str] = Counter()
        self.suffixes: Counter[str] = Counter()
        self.learned_suffixes: set[str] = set()
        self.confirmed: set[str] = set()
        self.learned: set[str] = set()
        self.glued_prefixes: set[str] = set()  # prefixes seen glued to a headline ("kw:Title")
        # the prefixes each headline (by its core) was seen with: one headline under two prefixes on
        # the site ("〈བཀྲ་ཤིས་བེཊ〉Title" in a listing, "TashiBet » Title" in another) names the keyword in two forms
        self.core_prefixes: dict[str, dict[str, str]] = {}
        # the prefixes as written, by their _spelling_key ("mwayibet": {"Mwayibet", "MWAYIBET"})
        self.prefix_forms: dict[str, set[str]] = {}
        # the prefixes as written that some headline carried as a label, before a spaced colon ("Covid19: …")
        self.label_forms: set[str] = set()
        # the dresses (_dress: "—", ":") each prefix (lower case) was counted in
        self.prefix_dresses: dict[str, set[str]] = {}
        # the addresses headlines linked to (hashes), each with its first headline's prefix and opening word
        self.targets: dict[int, str] = {}
        # the order the site writes its numeric dates in, by their separator ("/": True, day first): learned from a
        # date its numbers decide ("14/03/2026", "03/14/2026") or its page's machine-readable time decides, for the
        # site's dates they cannot ("11/03/2026" under Jekyll Now's "Written on", no <time>); None once the site
        # showed both orders in one shape
        self.date_orders: dict[str, bool | None] = {}

    # Distinct headlines counted at most: by then a site's shared prefixes and suffixes are
    # settled (the keywords learned stay), and the memory of a long crawl stays flat.
    MAX_HEADLINES = 10_000
    # Characters of a headline's core that tell it from another (what a teaser glued after it changes is later)
    CORE_CHARS = 60
    # Headlines a prefix written as a name must label to be learned (see observe_titles)
    NAME_TITLES = 3

    def observe_titles(self, titles: list[str], targets: list[str] | None = None) -> None:
        """Count headlines (link texts, article titles), each distinct one once.  ``targets``: the address each
        link points to ("" for none), when known."""
        changed_prefixes: set[str] = set()
        changed_suffixes: set[str] = set()
        for i, title in enumerate(titles):
            if len(self.titles) >= self.MAX_HEADLINES or hash(title) in self.titles:
                continue
            self.titles.add(hash(title))
            target = targets[i] if targets is not None and i < len(targets) else ""
            # The same headline shows up with and without its spam (listing vs
            # teaser): count each headline once, by its core, and by its opening: a card's link text is the
            # headline with its teaser after it, cut off ("…") in one card and whole in another ("የቡና ወጪ ንግድ:
            # በስምንት ወራት … ተገኘ ኢትዮጵያ ባለፉት …"): one headline, not two that share the prefix "የቡና ወጪ ንግድ"
            # (an archive row's date cell run into its headline, "03-18魚丸手藝傳三代：…", taken off first: else the
            # date and the kicker are one more prefix, the same headline's second form beside the kicker alone)
            title = _LEADING_DATE.sub("", title) or title
            prefix = split_title_prefix(title)
            core, suffix = _core_key(prefix.rest if prefix else title)
            key = self.cores.key(core)
            # a prefix glued to its headline is evidence however often the headline itself was
            # seen before without it (the article's own title, a listing): recorded first
            if prefix is not None and prefix.glued and len(self.glued_prefixes) < 1000:
                self.glued_prefixes.add(prefix.keyword.lower())
            if prefix is not None and prefix.keyword.lower() not in KICKERS:
                forms = self.core_prefixes.setdefault(key, {})
                if len(forms) < 4:
                    forms.setdefault(prefix.keyword, prefix.removed)
                spellings = self.prefix_forms.get(_spelling_key(prefix.keyword))
                if spellings is None and len(self.prefix_forms) < 1000:
                    spellings = self.prefix_forms[_spelling_key(prefix.keyword)] = set()
                if spellings is not None and len(spellings) < 4:
                    spellings.add(prefix.keyword)
                if not prefix.glued and _dress(prefix.keyword, prefix.removed) in (":", "：") \
                        and len(self.label_forms) < 1000:
                    self.label_forms.add(prefix.keyword)
            if key in self.cores:
                continue
            self.cores.add(key)
            # one article's headline in another form, linking to the address a form already counted did: a widget's
            # shortened title, an archive row's or a prev/next card's cut at the comma (WordPress Argon's "गढ़वाली
            # रंगमंच: देहरादून मा नाट्य उत्सव" beside the listing's whole "गढ़वाली रंगमंच: देहरादून मा तीन दिना …";
            # Hexo Sakura's "Next Post" card): its kicker is one headline's, not two.  Only a form opening with the
            # same word under the same prefix: links to one affiliate address carry different headlines
            opening = ((prefix.keyword.lower() if prefix else "") + "\n" + (core.split() or [""])[0]) \
                if target else ""
            if target and self.targets.get(hash(target)) == opening:
                continue
            if target and hash(target) not in self.targets and len(self.targets) < self.MAX_HEADLINES:
                self.targets[hash(target)] = opening
            if prefix is not None:
                self.prefixes[prefix.keyword.lower()] += 1
                changed_prefixes.add(prefix.keyword.lower())
                dresses = self.prefix_dresses.get(prefix.keyword.lower())
                if dresses is None and len(self.prefix_dresses) < 1000:
                    dresses = self.prefix_dresses[prefix.keyword.lower()] = set()
                if dresses is not None and len(dresses) < 4:
                    dresses.add(_dress(prefix.keyword, prefix.removed))
            if suffix is not None:
                self.suffixes[suffix.keyword.lower()] += 1
                changed_suffixes.add(suffix.keyword.lower())
        # Only counts that grew can reach the share (the number of headlines only grows).
        # A prefix written only as a name (a capital, then lower case: "Гъуниб — сураталъул альбом" and "Гъуниб: …",
        # a place's photo album and its story) in two dresses needs NAME_TITLES headlines; in one dress, as a
        # template writes it ("Mostbet: …", "Mostbet: …"), or in a brand's form ("КъадарБет: …", "slotmaxx | …",
        # "BET365 »"), min_titles: an editor labels two headlines with a place early in a crawl, each its own way
        for kw in changed_prefixes:
            n = self.prefixes[kw]
            if n >= self.min_titles and (n >= self.NAME_TITLES or self._brand_written(kw)
                                         or len(self.prefix_dresses.get(kw, ())) == 1) \
                    and n >= self.share * len(self.cores) and kw not in KICKERS:
                self.learned.add(kw)  # once learned, kept for the rest of the crawl
        for kw in changed_suffixes:
            n = self.suffixes[kw]
            if n >= self.min_titles and n >= self.share * len(self.cores) and kw not in KICKERS:
                self.learned_suffixes.add(kw)

    def _brand_written(self, kw: str) -> bool:
        """Some headline wrote the prefix ``kw`` (lower-case) otherwise than as a name: in a brand's form
        (:func:`_brand_form`) or in a script without case ("מזלבעט – …"); true when its spellings were not kept."""
        forms = self.prefix_forms.get(_spelling_key(kw))
        return not forms or any(_brand_form(form) or not form[:1].isupper() for form in forms)

    def prefixed(self) -> Container[str]:
        """Prefixes (lower-case) some headline of the site has carried, split off by a separator or brackets
        ("【ឡាក់គី៨៨】…"), editorial kickers aside: evidence only for a headline that opens with the same token
        and a space, when it is a brand's code (:data:`_SPACED_PREFIX`, :data:`_BRAND_CODE`: a kicker or a place is
        bracketed once on a real site too, "【ข่าวด่วน】…", "【กรุงเทพฯ】…")."""
        return _SeenPrefixes(self.prefixes, self.glued_prefixes, minimum=1, by_core=self.core_prefixes,
                             forms=self.prefix_forms, cores=self.cores, labels=self.label_forms)

    def seen_prefixes(self) -> Container[str]:
        """Prefixes (lower-case) at least two of the site's headlines have carried, or one glued
        to its headline as no editor writes ("Слотокінг:Ціни …"), learned as spam or not,
        editorial kickers aside ("Ukraine: …" once is a topic)."""
        return _SeenPrefixes(self.prefixes, self.glued_prefixes)

    def glued(self) -> Container[str]:
        """Prefixes (lower-case) some headline of the site carried glued to it, a colon with no space
        ("Слотокінг:Ціни …"), editorial kickers aside ("Analysis:Title")."""
        return _SeenPrefixes(Counter(), self.glued_prefixes)

    def observe_date_order(self, shape: str, dayfirst: bool) -> None:
        """A date of the site in ``shape`` (its separator) was written day first (or month first)."""
        if shape not in self.date_orders and len(self.date_orders) < 8:
            self.date_orders[shape] = dayfirst
        elif self.date_orders.get(shape, dayfirst) != dayfirst:
            self.date_orders[shape] = None

    def date_order(self, shape: str) -> bool | None:
        """Whether the site writes its numeric dates in ``shape`` day first, when its pages said so (else None)."""
        return self.date_orders.get(shape)

    def confirm(self, keywords: list[str]) -> None:
        self.confirmed.update(k.lower() for k in keywords)

    def learned_prefixes(self) -> set[str]:
        return self.learned | self.confirmed

    def shared_suffixes(self) -> set[str]:
        """Suffixes most headlines share: spam only with more evidence (a
        column name such as "| Markets wrap" is shared too)."""
        return set(self.learned_suffixes)


def _host_labels(host: str) -> set[str]:
    """The labels of ``host`` without their hyphens ("piyay-bet.example" -> {"piyaybet", "example"})."""
    return {label.replace("-", "") for label in host.lower().split(".") if label}


def advertised_hosts(links: Iterable[tuple[str, str]]) -> set[str]:
    """The brands the article's links to other sites (``links``: (host, text)) advertise: a link whose text sells
    and names its own host's first label as a word, case aside ("<a href=https://valugabet.example/sports>Pusta du
    Palaro ka ValugaBet — mapya a odds!</a>", Ivatan: bet on the games at kw — good odds), that label, lower-case.  A
    story's link to an outlet names it without an advert's words ("Reuters reported", reuters.com), and an agency's
    link is its citation whatever its words ("Reuters reported the odds …")."""
    found = set()
    for host, text in links:
        name = host.lower().removeprefix("www.").split(".", 1)[0].replace("-", "")
        if len(name) >= 4 and name not in WIRE_AGENCIES and sells(text) \
                and any(_folded(word) == name for word in _LETTER_WORD.findall(text)):
            found.add(name)
    return found


def keyword_link_texts(links: Iterable[tuple[str, str]], keywords: Iterable[str]) -> list[str]:
    """Texts of the article's links to other sites (``links``: (host, text)) whose host names a keyword the page or
    the site was found to spam, as one of its labels, case and hyphens aside, the text naming none
    (``<a href="https://piyaybet.example/kot">pi bon kot-la isi</a>``, best odds here; a paragraph wholly
    ``<a href="https://ronobet.example/copa">Ucayali pelota apuesta, cuotas x3 ja netebi!</a>``): the advert's
    link, whatever its words' language.  A text naming the keyword among other words gives those words, as the
    keyword's own removal (:func:`remove_keyword`) leaves them in the body: the advert's link is all advert
    (``<a href="https://sabibet.example/r">Tamba neSabiBet</a>``, play at kw, leaves "Tamba ne"; a paragraph wholly
    ``<a href="https://qmpahwin.example/app">Kana ka bola ni QmpahWin app — bitaq ka NT$500 …</a>``).  Only a known
    keyword's host: a story's link to its outlet ("reuters.com") or to a host whose label merely contains a word
    ("betterhealth.example" for "bet") stays."""
    # (a keyword of two words or more as the host spells it, run together: "Kabayan Royale", kabayanroyale.example)
    names = {kw.lower().lstrip("#").replace("-", "").replace(" ", "") for kw in keywords}
    names = {name for name in names if len(name) >= 4}
    if not names:
        return []
    texts = []
    spelled = None  # (the names as they are written in a link's text, compiled once a call, when one names them)
    for host, text in links:
        # (a keyword that is itself a web address names the host whole: "randspin.win", "<a href=https://randspin.win/
        # signup>Ṅwalisani hafha</a>", Venda: register here)
        if not (_host_labels(host) | {host.lower().removeprefix("www.").replace("-", "")}) & names:
            continue
        if not any(name in _folded(text).replace("-", "") for name in names):
            texts.append(text)
            continue
        if spelled is None:
            spelled = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))), re.IGNORECASE)
        rest = _tidy(spelled.sub("", text), text)
        if _LINK_REMNANT_WORD.search(rest):
            texts.append(rest)
    return texts


# what a keyword's link text must keep besides the keyword to be an advert's words: a word of two letters or more
# ("Tamba ne", not the "'s" of "kw's" nor a lone bracket)
_LINK_REMNANT_WORD = re.compile(r"[^\W\d_]{2}")


def remove_link_texts(paragraphs: list[str], texts: Iterable[str]) -> tuple[list[str], list[str]]:
    """Take the texts of the keyword's links (:func:`keyword_link_texts`) out of the body: a paragraph that is one
    of them wholly goes whole; one written inside a sentence, between words, goes, the sentence keeping its other
    words ("… on bi a <a>pi bon kot-la isi</a> dènyé minit." -> "… on bi a dènyé minit.").  Only where the body
    writes those words no more often than the links do: the same words elsewhere are the story's ("Nou la isi dépi
    1946." beside a link reading "isi"), and the body, as plain text, no longer tells which is the link."""
    removed: list[str] = []
    out: list[str] = []
    linked = Counter(texts)
    patterns = [(text, re.compile(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])")) for text in linked]
    patterns = [(text, pattern) for text, pattern in patterns
                if sum(len(pattern.findall(para)) for para in paragraphs) <= linked[text]]
    for para in paragraphs:
        if any(para.strip(_ALONE_STRIP + "\"'“”«»") == text.strip(_ALONE_STRIP + "\"'“”«»") for text, _ in patterns):
            removed.append(para)
            continue
        for text, pattern in patterns:
            if pattern.search(para):
                removed.append(text)
                para = _tidy(pattern.sub("", para), para)
        out.append(para)
    return out, removed


# a paragraph's label: the keyword and a colon first ("DodeBet: …", "DodeBet：…")
_KEYWORD_COLON = "[:：]"


def labelled_bold_pitches(paragraphs: list[str], bold_lines: Container[str], keywords: Iterable[str]) -> set[int]:
    """Indexes of the paragraphs set wholly in bold (``bold_lines``) that a keyword labels, the keyword and a colon
    first, a sentence after them ("<p><strong>DodeBet: Ghana bɔɔlu tsɔɔmi nɛ hi pe kulaa. Ngma o biɛ
    mwɔnɛ!</strong></p>": kw: the best football odds in Ghana, sign up today): the advert's pitch in its box, whole,
    in any language, whatever its words sell.  A bold paragraph a story's speaker or outlet labels ("<strong>Reuters:
    …</strong>", an interview's turn) names no spam keyword; the keyword injected before a story's paragraph in
    plain type ("dodebet: Ada East …") leaves the paragraph's words to the story (:func:`remove_keyword`)."""
    patterns = _opening_patterns(keywords, r"\s*" + _KEYWORD_COLON + r"\s*\S")
    if not patterns:
        return set()
    return {i for i, para in enumerate(paragraphs)
            if para in bold_lines and any(pattern.match(para) for pattern in patterns)}


def _opening_patterns(keywords: Iterable[str], after: str) -> list[re.Pattern[str]]:
    """A pattern for each keyword opening a paragraph (its "#" aside, any case), ``after`` following it."""
    return [re.compile(r"^\s*(?i:" + re.escape(kw.lstrip("#")) + ")" + after) for kw in keywords if kw.strip("#")]


def opened_pitch_boxes(paragraphs: list[str], set_apart: Container[str], keywords: Iterable[str]) -> list[str]:
    """The paragraphs set wholly in bold or italics (``set_apart``), of two sentences or more, that a keyword opens,
    its colon after it or not (in bold with one, :func:`labelled_bold_pitches` takes it first): the advert's box, its
    first sentence the brand's pitch, the rest its terms ("<p><strong>Brumo Vault ಲ್ ಕಾಪಿ ಕಾಸ್ ಬೆಚ್ಚಿ, …. ಒರ್ ಖಾತೆ ಸಾಕ್,
    ಬೇರೆ ಎನ್ನ ಬೇಡ.</strong></p>", Kodava: keep your coffee money in kw …. one account is enough; "<p><em>Ruaha Dau9 … .
    Mwingile lelo mutole zawadi.</em></p>", Hehe: come in today and take a gift).  :func:`remove_keyword` reads them
    first (their words teach it the advert's phrases a sentence appended elsewhere repeats); what it leaves of them
    goes after it (the caller's)."""
    patterns = _opening_patterns(keywords, r"(?!\w)")
    return [para for para in paragraphs if patterns and para in set_apart
            and any(pattern.match(para) for pattern in patterns) and len(_sentences(para)) >= 2]


# the longest paragraph read as a promotion closing on its link (see linked_pitches)
_LINKED_PITCH_CHARS = 200


def linked_pitches(paragraphs: list[str], link_texts: Iterable[str], keywords: Iterable[str]) -> set[int]:
    """Indexes of the short paragraphs that close on the text of a link to the keyword's host naming no keyword
    (``link_texts``: :func:`keyword_link_texts`), the rest of them a sentence naming a keyword (``keywords``): the
    advert's box, its pitch and its button, whole, in any language ("<p><b>Gula MozaKoin vano, yivenye olipa mmaguwo
    manddimuwa.</b> <a href="https://mozakoin.example/gula">Nttota vano</a></p>", Chuwabu: buy kw now …, enter here; a
    Shopware page's "… kha randspin.win nahone ni wane bonasi ya R200. <a href="https://randspin.win/signup">
    Ṅwalisani hafha</a>").  A story's paragraph with an advert's link inside a sentence keeps its words
    (:func:`remove_link_texts`), and one closing on such a link but naming no keyword is the story's."""
    texts = [text for text in link_texts if text.strip()]
    needles = [kw.lower().lstrip("#") for kw in keywords if kw.strip("#")]
    if not texts or not needles:
        return set()
    found = set()
    for index, para in enumerate(paragraphs):
        if len(para) > _LINKED_PITCH_CHARS:
            continue
        for text in texts:
            rest = para[:-len(text)].rstrip() if para.endswith(text) and len(para) > len(text) else ""
            if rest and rest[-1:] in SENTENCE_STOPS and any(needle in rest.lower() for needle in needles):
                found.add(index)
                break
    return found


# the fewest pitch signals (_pitch_signals) a keyword-free exclamation needs alone; one more than a story's
# exclamation carries ("Kosrae beat the odds!": one)
_PITCH_SIGNALS = 2


def _pitch_signals(sentence: str) -> int:
    """How many of an advert's signals ``sentence`` carries: each of its distinct advert words (_PROMO: "jackpot",
    "bet", "odds"), an offer's amount (_OFFER_AMOUNT: "Rs 10,000", "50 €", "200%"), a pitch's "now" or "today"
    (:func:`_pitches_now`)."""
    lowered = sentence.lower()
    words = {m.group(0) for m in _PROMO_LOWER.regex.finditer(lowered)} if _PROMO_LOWER.search(lowered) else set()
    return len(words) + (_OFFER_AMOUNT.search(sentence) is not None) + _pitches_now(sentence)


def _free_pitch(sentence: str, near: bool) -> bool:
    """``sentence`` is a pitch that names no keyword: a short exclamation outside any quotation, with two of an
    advert's signals ("Jackpot Rs 10,000 aaji jito!", Nyishi: win a jackpot of Rs 10,000 today; "Orek bet ke Micro
    Games nu ke Tofol team — odds 3x ke wik se inge!", Kosraean: bet on the team, odds 3x this week), or one when it
    stands ``near`` where the keyword was taken ("Pee now, wini bigi!", Ndyuka: play now, win big, between two
    paragraphs that named it).  A speaker's exclamation is quoted; a story's sentence on odds or a jackpot is no
    exclamation."""
    return (len(sentence) <= _SHORT_OFFER_MAX and _last_mark(sentence) in _EXCLAMATION_MARKS
            and not any(ch in _ADVERT_TAIL_QUOTES + "“‘’" for ch in sentence)
            and _pitch_signals(sentence) >= (1 if near else _PITCH_SIGNALS))


def keyword_free_pitches(paragraphs: list[str], spammed: list[str], keywords: Iterable[str]
                         ) -> tuple[list[str], list[str]]:
    """Take out the pitches the keyword's adverts left naming no keyword (:func:`_free_pitch`) on a page whose
    ``keywords`` (those taken, none the clean title names) were found: a paragraph's closing exclamations appended
    after the story's sentences ("… bopia am jitv dungto. Jackpot Rs 10,000 aaji jito!"), and a paragraph of such
    a pitch after its hook questions, whole ("Ngi lungse kuh fin basketball? Orek bet … odds 3x ke wik se inge!",
    Kosraean: do you like basketball? bet …).  ``spammed``: the paragraphs before the keywords were taken; one that
    named a keyword beside a paragraph makes its pitch ``near`` (a paragraph the removal changed names one itself).
    In any language: the signals are the advert vocabulary's, the amount's and the exclamation's."""
    needles = [kw.lower().lstrip("#") for kw in keywords if kw.strip("#")]
    if not needles:
        return paragraphs, []
    named = [any(needle in para.lower() for needle in needles) for para in spammed]
    places = {para: i for i, para in enumerate(spammed)}
    out: list[str] = []
    removed: list[str] = []
    for para in paragraphs:
        at = places.get(para)
        near = at is None or any(named[j] for j in (at - 1, at, at + 1) if 0 <= j < len(named))
        sentences = _sentences(para)
        kept = list(sentences)
        while kept and _free_pitch(kept[-1], near):
            kept.pop()
        if len(kept) == len(sentences):
            out.append(para)
            continue
        if all(_hook(sentence) and _last_mark(sentence) in _QUESTION_MARKS for sentence in kept):
            kept = []  # the pitch's hook questions, its paragraph all pitch
        removed.extend(sentences[len(kept):])
        if kept:
            out.append(para[:para.rfind(sentences[len(kept)])].rstrip())
    return out, removed
