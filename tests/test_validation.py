"""The record contract: schema and the rules a schema cannot say (table-driven)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsbot.validation import schema, validate_record

GOOD = {
    "url": "https://ex.com/news/2025/05/01/story.html", "title": "Ferry returns after repairs",
    "body": "HALIFAX (AP) — The harbour ferry returned to service on Friday after a winter of repairs, "
            "the transit authority said.\n\nCommuters lined up before dawn for the first crossing.",
    "published_at": "2025-05-01T21:15:45", "source": "AP", "category": "News", "site": "ex.com",
    "language": "en", "fetched_at": "2026-11-29T16:00:00Z", "spam_removed": ["verdicoin:", "verdicoin"],
}


def test_a_good_record_passes():
    assert validate_record(GOOD) == []


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"url": "/relative/path"}, "url-invalid"),
        ({"url": "ftp://ex.com/a"}, "url-invalid"),
        ({"title": ""}, "title-missing"),
        ({"title": "x" * 301}, "title-too-long"),
        ({"body": "Too short."}, "body-too-short"),
        ({"published_at": "yesterday"}, "published_at-invalid"),
        ({"published_at": "2099-01-01T00:00:00"}, "published_at-future"),
        ({"published_at": "1970-01-01"}, "published_at-implausible"),
        ({"language": "english"}, "schema-language"),
        ({"language": "en-US"}, "schema-language"),  # the primary subtag only: the normaliser drops the region
        ({"title": "verdicoin:Ferry returns"}, "spam-left"),
        ({"body": GOOD["body"] + " Also,verdicoin more text here."}, "spam-left"),
        # after the danda, behind a vowel sign; a title still wrapped in curly braces
        ({"body": GOOD["body"] + " दाम बढ़ने लगे हैं।सट्टाकिंग दिल्ली में।", "spam_removed": ["सट्टाकिंग"]}, "spam-left"),
        ({"title": "{CreditRapid24} Suceava: zeci de gospodării", "spam_removed": ["{CreditRapid24}"]}, "spam-left"),
        # ... and every other bracket or separator the spam rules remove a prefix with (the same keyword left in the
        # title, or glued in the body): mathematical and full-width angle brackets, single guillemets, the tilde
        *[({"title": removed + "Ferry returns", "spam_removed": [removed]}, "spam-left")
          for removed in ("⟪ዕድልቤት⟫", "＜ybvip88＞", "‹ভাগ্যবেট>", "ভাগ্যবেট~", "ポイ活ナビ～", "ਜਿੱਤਬੈੱਟ॥", "Dal786 ✦",
                          "🔥spinvex🔥")],
        *[({"body": GOOD["body"] + " Also," + keyword + " more text here.", "spam_removed": [removed]}, "spam-left")
          for removed, keyword in (("⟪ዕድልቤት⟫", "ዕድልቤት"), ("＜ybvip88＞", "ybvip88"), ("ভাগ্যবেট~", "ভাগ্যবেট"),
                                   ("Dal786 ✦", "Dal786"))],
        # a code naming no language, or a language's three letters where it has two: not as language_subtag writes it
        ({"language": "und"}, "language-invalid"),
        ({"language": "eng"}, "language-invalid"),
        ({"extra": 1}, "schema-record"),
        ({"spam_removed": "verdicoin"}, "schema-spam_removed"),
    ],
)
def test_problems_have_codes(change, code):
    problems = validate_record({**GOOD, **change})
    assert code in [p.code for p in problems], problems
    assert all(p.message for p in problems)


@pytest.mark.parametrize("language", ["en", "ckb", "fil", "yue"])
def test_a_three_letter_code_is_a_language_where_it_has_no_two_letter_one(language):
    # Sorani Kurdish (ckb), Filipino, Cantonese: ISO 639-3, the BCP 47 primary subtag of a language without 639-1
    assert validate_record({**GOOD, "language": language}) == []


def test_a_day_of_slack_for_time_zones():
    assert validate_record({**GOOD, "published_at": "2026-11-30T10:00:00+09:00"}) == []


def test_the_profile_minimum_applies():
    assert validate_record(GOOD, min_body_chars=10_000)[0].code == "body-too-short"
    cjk = {**GOOD, "body": "国家统计局16日发布数据，一季度国内生产总值同比增长5.2%。" * 2}
    assert validate_record(cjk, min_body_chars=120) == []  # a CJK character counts three


_SHORT = "Adaamaa Kenemaa Buunaa 2:0 injifate. Goolota lamaan Abdulqaadir Alii galche.\nAdaamaan sadarkaa afuraffaa irra jira."


@pytest.mark.parametrize(
    ("change", "short"),
    [
        # a story of three whole sentences, a little under the floor (115 characters of Oromo, text weight 115), dated or not: an article
        ({"body": _SHORT}, False),
        ({"body": _SHORT, "published_at": None}, False),
        ({"body": "Мэр открыл новый мост. Движение начнётся в понедельник утром. Об этом сообщили в мэрии."}, False),
        # ... not two sentences (a podcast's blurb and its length), not one, not cut with an ellipsis, not far under
        # the floor
        ({"body": "I veckans avsnitt pratar jag med två lokalpolitiker om bostadsbristen. Längd: 38 min."}, True),
        ({"body": _SHORT.replace(".\n", ",\n")}, True),
        ({"body": _SHORT.replace(".\n", ",\n").replace(". ", ", ")}, True),
        ({"body": _SHORT[:-1] + "…"}, True),
        ({"body": _SHORT[:-1] + "..."}, True),
        ({"body": "Kenemaa 2:0 injifate. Alii galche. Isaan jira."}, True),
    ],
)
def test_a_story_of_three_whole_sentences_may_fall_a_little_under_the_floor(change, short):
    codes = [p.code for p in validate_record({**GOOD, **change})]
    assert ("body-too-short" in codes) is short, codes


def test_the_schema_ships_in_the_package_and_names_every_field():
    shipped = json.loads((resources.files("newsbot") / "schema" / "article.schema.json").read_text())
    assert shipped == schema()
    assert shipped["required"] == list(GOOD)
