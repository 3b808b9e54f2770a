"""The record contract: a JSON Schema plus the rules a schema cannot say.

Pure: takes a record dict, returns the problems found (code + message).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import fastjsonschema

from newsbot.cleaning.article import language_code
from newsbot.cleaning.metadata import EARLIEST_PLAUSIBLE_YEAR
from newsbot.cleaning.spam import PREFIX_MARKS
from newsbot.cleaning.text import GLUE_PUNCT, LETTER, SENTENCE_STOPS, text_weight

# A BCP 47 primary language subtag: ISO 639-1's two letters, or ISO 639-3's three for a language without
# them (Sorani "ckb", Filipino "fil", Cantonese "yue"); lower case, the region and script subtags dropped, none
# naming no language ("und")
# (the page's lang attribute is read to this shape by newsbot.extraction.page.language_subtag).
_LANG = re.compile(r"^[a-z]{2,3}$")


# A story of three or more whole sentences may fall under the floor by a third: a short match report or notice
# in a language of long words says in 115 characters (a text weight of 115) what English says in 120
# ("Adaamaa Kenemaa Buunaa 2:0 injifate. Goolota lamaan Abdulqaadir Alii galche.\nAdaamaan sadarkaa afuraffaa
# irra jira.").  A broken extraction is not: a caption, a teaser cut with "…", a lone line, a podcast's or
# video's blurb of a sentence and a label ("I veckans avsnitt pratar jag med … Längd: 38 min."), a paywall's lead
# and its "Subscribe to read on."
_SENTENCE_STOPS = frozenset(SENTENCE_STOPS)
_SHORT_STORY_SHARE = 2 / 3
_SHORT_STORY_SENTENCES = 3


def _complete_short_story(body: str, weight: int, floor: int) -> bool:
    """The body, at least two thirds of the floor, is three or more whole sentences, the last closed by a full
    stop (not an ellipsis)."""
    if weight < floor * _SHORT_STORY_SHARE:
        return False
    text = body.rstrip()
    if not text or text[-1] not in _SENTENCE_STOPS or text.endswith(".."):
        return False
    ends = sum(1 for i, ch in enumerate(text) if ch in _SENTENCE_STOPS and (i + 1 == len(text) or text[i + 1].isspace()))
    return ends >= _SHORT_STORY_SENTENCES


@dataclass(frozen=True)
class Problem:
    code: str
    message: str

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


@lru_cache(maxsize=1)
def schema() -> dict:
    text = (resources.files("newsbot") / "schema" / "article.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator():
    """jsonschema, for the messages of a rejected record.  Imported here, on the
    first rejected record: it and its dependencies took 35 ms at start-up
    (``python -X importtime``), and a crawl of valid records never needs it."""
    import jsonschema

    cls = jsonschema.validators.validator_for(schema())
    return cls(schema(), format_checker=cls.FORMAT_CHECKER)


@lru_cache(maxsize=1)
def _accepts():
    """The schema compiled to Python by fastjsonschema: ~10x faster than
    jsonschema for the usual case, a valid record.  It stops at the first
    error, so a record it rejects is validated again by jsonschema, whose
    messages (all of them) are the ones reported."""
    return fastjsonschema.compile(schema())


def _schema_errors(record: dict) -> list:
    try:
        _accepts()(record)
        return []
    except fastjsonschema.JsonSchemaException:
        return sorted(_validator().iter_errors(record), key=lambda e: list(e.path))


def _parse_time(value: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(value)  # Python 3.11 reads a trailing Z
    except ValueError:
        return None
    return dt


def validate_record(record: dict, min_body_chars: int = 120, max_title_chars: int = 300) -> list[Problem]:
    problems: list[Problem] = []
    for error in _schema_errors(record):
        where = ".".join(str(p) for p in error.path) or "record"
        problems.append(Problem(f"schema-{where}", f"{where}: {error.message}"))
    if problems:
        return problems

    url = urlsplit(record["url"])
    if url.scheme not in ("http", "https") or not url.netloc:
        problems.append(Problem("url-invalid", f"url {record['url']!r} is not an absolute http(s) URL"))
    title = (record.get("title") or "").strip()
    if not title:
        problems.append(Problem("title-missing", "no title after cleaning"))
    elif len(title) > max_title_chars:
        problems.append(Problem("title-too-long", f"title has {len(title)} characters, more than {max_title_chars}"))
    body = record.get("body") or ""
    if (weight := text_weight(body)) < min_body_chars and not _complete_short_story(body, weight, min_body_chars):
        problems.append(Problem("body-too-short", f"body has {len(body)} characters, fewer than {min_body_chars}"))
    fetched = _parse_time(record["fetched_at"])
    if record.get("published_at"):
        published = _parse_time(record["published_at"])
        if published is None:
            problems.append(Problem("published_at-invalid", f"published_at {record['published_at']!r} is not ISO 8601"))
        elif fetched is not None:
            # a time without an offset is compared as if it were UTC: a day of slack covers any zone
            p = published if published.tzinfo else published.replace(tzinfo=UTC)
            f = fetched if fetched.tzinfo else fetched.replace(tzinfo=UTC)
            if p > f + timedelta(days=1):
                problems.append(Problem("published_at-future", f"published_at {record['published_at']} is more than a day after fetched_at"))
            elif p.year < EARLIEST_PLAUSIBLE_YEAR:
                problems.append(Problem("published_at-implausible",
                                        f"published_at {record['published_at']} is before {EARLIEST_PLAUSIBLE_YEAR}"))
    language = record.get("language")
    if language is not None and (not _LANG.match(language) or language_code(language) != language):
        # (as the code is written: no "und", no "eng" for "en": article.language_code)
        problems.append(Problem("language-invalid", f"language {language!r} is not a BCP 47 primary language subtag"))
    left = _spam_left(record)
    if left:
        problems.append(Problem("spam-left", f"removed spam still present: {left!r}"))
    return problems


@lru_cache(maxsize=512)
def _glued_pattern(token: str) -> re.Pattern[str]:
    """``token`` still glued after punctuation (",kw "): compiled once per token, not per record."""
    # (after a letter or a vowel sign: "हैं।kw"; the danda and the CJK and Arabic commas are punctuation too)
    # (from the punctuation, the letter looked behind at: the engine skips to the punctuation)
    return re.compile(r"[" + GLUE_PUNCT + r"](?<=" + LETTER + r".)(?i:" + re.escape(token) + r")(?![\w-])")


def _spam_left(record: dict) -> str | None:
    title = record.get("title") or ""
    body = record.get("body") or ""
    lowered = body.lower()
    for removed in record.get("spam_removed") or []:
        token = removed.strip(PREFIX_MARKS)  # the spam rules' brackets and separators, all of them
        if not token or len(token) > 40:
            continue
        if removed != token and title.lower().startswith(removed.lower()):
            return removed
        if token.lower() in lowered and _glued_pattern(token).search(body):
            return token
    return None
