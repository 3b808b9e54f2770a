import re
from pathlib import Path

import pytest

from newsbot.cleaning.text import (
    join_paragraphs,
    keep_ideographic_spaces,
    letter_length,
    normalize_inline,
    normalize_text,
    text_weight,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("S&amp;P 500", "S&P 500"),
        ("a&nbsp;b", "a b"),
        ("<b>bold</b> text", "bold text"),
        ("  spaced \t out  ", "spaced out"),
        ("zero\u200bwidth", "zerowidth"),
        # joiners break Latin words (spam); in Persian, Indic and emoji they are orthography
        ("ver\u200cdi\u200dcoin", "verdicoin"),
        ("نقطه\u200cای", "نقطه\u200cای"),
        ("क्\u200dष", "क्\u200dष"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),
        ("line one\n\n  line two ", "line one\nline two"),
        ("e\u0301", "é"),  # NFC
        ("", ""),
        (None, ""),
        ("5 < 6 and 7 > 3", "5 < 6 and 7 > 3"),  # not markup
        # a keyword in angle brackets is text, not a tag (decoded from "&lt;&lt;kw&gt;&gt;"); real tags still go
        ("<<IgitegoBet>> Mukura VS yatsinze", "<<IgitegoBet>> Mukura VS yatsinze"),
        ("&lt;ЯлтырБет&gt; Казан", "<ЯлтырБет> Казан"),
        ("&lt;p&gt;Text&lt;/p&gt; <br/>more", "Text more"),
        ("<P CLASS='x'>Upper</P><my-widget id=a>w</my-widget>", "Upperw"),
        ("a<!-- note -->b", "ab"),
        # escaped markup pasted from Word or a widget: namespaced tags, SVG and MathML children, any name
        # written with an attribute, self-closed or closed
        ("Der Rat tagte.&lt;o:p&gt;&lt;/o:p&gt;", "Der Rat tagte."),
        ('&lt;st1:place w:st="on"&gt;Berlin&lt;/st1:place&gt; bleibt', "Berlin bleibt"),
        ("&lt;fb:like href='x'&gt;&lt;/fb:like&gt;Headline", "Headline"),
        ("&lt;svg&gt;&lt;g&gt;&lt;path d='M0'/&gt;&lt;/g&gt;&lt;/svg&gt;Headline", "Headline"),
        ("x &lt;math&gt;&lt;mi&gt;x&lt;/mi&gt;&lt;mo&gt;+&lt;/mo&gt;&lt;/math&gt; y", "x x+ y"),
        ("&lt;Widget data=1&gt;&lt;/Widget&gt;Text&lt;Spacer/&gt;", "Text"),
        # ... while a keyword in angle brackets stays, with words after it or in it
        ("<Breaking News> Floods in Kigali", "<Breaking News> Floods in Kigali"),
        ("&lt;&lt;BetKing&gt;&gt; Arsenal vs Chelsea", "<<BetKing>> Arsenal vs Chelsea"),
    ],
)
def test_normalize_text(raw, clean):
    assert normalize_text(raw) == clean


def test_normalize_inline_joins_lines():
    assert normalize_inline("Title\nwith break") == "Title with break"


def test_join_paragraphs_uses_blank_lines_and_skips_empty():
    assert join_paragraphs(["a", "", "b"]) == "a\n\nb"


@pytest.mark.parametrize(
    ("clean", "raw", "kept"),
    [
        ("日銀、据え置き 円安進行に警戒感", "ybvip88：日銀、据え置き\u3000円安進行に警戒感", "日銀、据え置き\u3000円安進行に警戒感"),
        ("Fed holds rates", "Fed holds rates", "Fed holds rates"),
        ("Fed holds rates", None, "Fed holds rates"),
    ],
)
def test_keep_ideographic_spaces(clean, raw, kept):
    assert keep_ideographic_spaces(clean, raw) == kept


# the same two sentences (a football result: "X beat Y 2-1; both goals came in the second half") weigh about
# alike in every script: the "too short to be an article" floor asks as many words of each
_RESULT_WEIGHTS = [
    ("Shire beat Fasil Kenema 2-1 in the Ethiopian Premier League. Both goals came in the second half.", 96),
    # Tigrinya (Ge'ez, a syllable per character): 76 characters count 105 (counted as written, 76: less than 80%
    # of the English)
    ("ስሑል ሽረ ኣብ ፕሪምየር ሊግ ኢትዮጵያ ንፋሲል ከነማ 2ብ1 ስዒሩ። ክልቲአን ሽቶታት ኣብ ካልኣይ ፈረቓ እየን ተቖጺረን።", 105),
    # Assamese (Bengali script, an alphabet with vowel signs; the first sentence only): counted as written
    ("ৰঞ্জী ট্ৰফীৰ এলিট গ্ৰুপৰ খেলত অসমে বৰোদাক ৬ উইকেটত পৰাস্ত কৰিছে।", 64),
    # Chinese ("the statistics bureau published data on the 16th"): a character is about a word
    ("国家统计局16日发布数据", 32),
]
# (negative controls for the way they are counted, not the weights: stretches outside a script between its
# characters, non-ASCII ones among them, are left out of its count; a Japanese text's "、。" are no ideographs)
_MIXED_WEIGHTS = [
    ("Клуб ስሑል ሽረ «Хатлон» ንፋሲል", 25 + 9 // 2),
    ("東京、ስሑል。ሽረ", 9 + 2 * 2 + 5 // 2),
    ("東京都は19日、新しい予算案を発表した。", 20 + 2 * 16),
]


@pytest.mark.parametrize(("text", "weight"), _RESULT_WEIGHTS + _MIXED_WEIGHTS)
def test_text_weight_scales_the_scripts_that_pack_a_word_into_fewer_characters(text, weight):
    assert text_weight(text) == weight


@pytest.mark.parametrize(
    ("word", "length"),
    [
        ("NunaBet", 7),  # an alphabet's letters as written
        ("Бахтбет", 7),
        ("ᓄᓇᐯᑦ", 6),  # Canadian syllabics: four syllables, a character each, count one and a half
        ("ዕድልቤት", 7),  # Ge'ez
        ("ভাগ্যবেট", 8),  # an alphabet with vowel signs: counted as written
        ("ᓄᓇᐯᑦ-NunaBet", 14),  # mixed: the syllabary's characters alone weigh more
    ],
)
def test_letter_length_counts_a_syllabarys_characters_one_and_a_half(word, length):
    assert letter_length(word) == length


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"\bbet(?:s|ting)?\b|bonus", "he bets on it", True),
        (r"\bbet(?:s|ting)?\b|bonus", "the alphabet", False),  # \bbet keeps its boundary
        (r"\bcopyright\s*\d{4}", "copyright 2024 acme", True),
        (r"\bcopyright\s*\d{4}", "nocopyright 2024", False),
    ],
)
def test_lower_scan_keeps_word_boundaries(pattern, text, found):
    from newsbot.cleaning.text import LowerScan

    assert (LowerScan(pattern).search(text) is not None) == found
    assert "\\b" not in LowerScan(pattern).pattern.split("|")[0][:2]


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        ("bonus|casino", ("bonus", "casino")),
        (r"this (?:article|story) (?:is|was) (?:reprinted|republished)", ("rinted", "ublished")),  # the rarest part
        (r"\(c\)\s*\d{4}|©", ("©", "(c)")),
        (r"für den inhalt .{0,30}verantwortlich", ("für den inhalt ",)),
        (r"copyright|copyright notice", ("copyright",)),  # implied by a shorter one
        (r"\d{4}|bonus", None),  # an alternative of classes only: no prefilter
        (r"(?i:bonus)|casino", None),  # case-insensitive part: no prefilter
    ],
)
def test_required_literals(pattern, literals):
    from newsbot.cleaning.text import required_literals

    found = required_literals(re.compile(pattern))
    assert (sorted(found) if found else None) == (sorted(literals) if literals else None)


def test_prefiltered_vocabulary_scans_find_what_their_regexes_find():
    # The literal prefilter must never hide a match: every text line of every fixture page,
    # searched both ways, for each vocabulary scanned with it.
    from lxml import html

    from newsbot.cleaning import footer, spam

    lines = set()
    for page in Path(__file__).parent.glob("**/*.html"):
        for text in html.fromstring(page.read_bytes() or b"<p></p>").itertext():
            if text := " ".join(text.split()).lower():
                lines.add(text)
    assert len(lines) > 3000
    for scan in (footer._COPYRIGHT_OR_REPRINT, spam._PROMO_LOWER):
        assert scan.literals  # the prefilter is on
        found = {line for line in lines if scan.search(line)}
        assert found == {line for line in lines if scan.regex.search(line)}
        assert found  # the fixtures have copyright lines and adverts


def test_marks_are_every_combining_mark_of_pythons_unicode():
    """MARKS is written out (fast import): it must stay the set unicodedata gives."""
    import sys
    import unicodedata

    from newsbot.cleaning.text import MARKS

    listed = set()
    for start, end in re.findall("(.)(?:-(.))?", MARKS, re.DOTALL):
        listed.update(range(ord(start), ord(end or start) + 1))
    marks = {cp for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me")}
    assert listed == marks


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # vowel signs, the virama and the anusvara are marks: not where a word ends
        ("सट्टाकिंग में आज", ["सट्टाकिंग", "में", "आज"]),
        ("தமிழ் நாடு அரசு", ["தமிழ்", "நாடு", "அரசு"]),
        ("জিতবাজি খেলুন", ["জিতবাজি", "খেলুন"]),
        ("ကျပ်ငွေ စျေး", ["ကျပ်ငွေ", "စျေး"]),
        ("می\u200cخواهم بروم", ["می\u200cخواهم", "بروم"]),  # the joiner is inside the word
        ("hello, world", ["hello", "world"]),
        ("हैं।सट्टाकिंग", ["हैं", "सट्टाकिंग"]),  # the danda is punctuation, not a mark
        # Malayalam: vowel signs, the virama U+0D4D, a chillu letter (U+0D7D), the anusvara (a negative control:
        # these were word characters before the tsheg was added; the row guards them against a narrower IN_WORD)
        ("ലോട്ടോരാജയിൽ ആശ്വാസമാകും", ["ലോട്ടോരാജയിൽ", "ആശ്വാസമാകും"]),
        # Tibetan: the tsheg parts the syllables of one word; the shad ends the sentence
        ("ལོ་ཊོ་རཱ་ཛ། ཆར་པ", ["ལོ་ཊོ་རཱ་ཛ", "ཆར་པ"]),
    ],
)
def test_word_pattern_keeps_combining_marks_in_the_word(text, words):
    from newsbot.cleaning.text import WORD

    assert re.findall(WORD + "+", text) == words


# (the Malayalam virama, chillu and the joiner: negative controls, word characters before the tsheg U+0F0B was
# added, which is the one row that pins IN_WORD's change)
@pytest.mark.parametrize(("char", "inside"), [("ि", True), ("्", True), ("ா", True), ("a", True), ("7", True),
                                             ("\u0d4d", True), ("\u0d7d", True), ("\u200d", True), ("\u0f0b", True),
                                             ("།", False), ("।", False), ("-", False), (" ", False), ("", False)])
def test_is_word_char(char, inside):
    from newsbot.cleaning.text import is_word_char

    assert is_word_char(char) == inside


def test_script_stops_are_unicodes_sentence_terminals_of_the_basic_plane():
    # SCRIPT_STOPS copies, after the ten it names first, Unicode's Sentence_Terminal characters of the Basic
    # Multilingual Plane that are not of the Common script, less the Burmese comma "၊"; a new Unicode in the regex
    # module fails here until the copy is regenerated
    import regex

    from newsbot.cleaning.text import SCRIPT_STOPS

    plane = "".join(map(chr, (*range(0x80, 0xD800), *range(0xE000, 0x10000))))
    terminals = regex.findall(r"[\p{Sentence_Terminal}--\p{Script=Common}--[\u104a]]", plane, flags=regex.V1)
    named = SCRIPT_STOPS[:10]
    assert sorted(SCRIPT_STOPS[10:]) == sorted(set(terminals) - set(named))
    assert len(set(SCRIPT_STOPS)) == len(SCRIPT_STOPS)
