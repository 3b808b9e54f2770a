"""Items: what the spider hands to the pipelines, and the record they write."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsbot.cleaning.article import RawArticle

RECORD_FIELDS = (
    "url", "title", "body", "published_at", "source", "category", "site", "language",
    "fetched_at", "spam_removed",
)


@dataclass
class PageItem:
    """An article page as extracted, not yet cleaned (never exported)."""

    raw: RawArticle
    profile: str  # the site profile's name
    error: str | None = None  # the page looked like an article but could not be read
    failure: str | None = None  # a defect of newsbot's extraction code met on the page (the exception): cleaning-failed
    # cleaned for the site's spam evidence, then dropped: a copy waiting for its original
    # (newsbot.extraction.copies); its record, if any, comes later as another item
    evidence_only: bool = False


@dataclass
class CleanedItem:
    """A cleaned record on its way to validation (never exported).

    ``issues`` are problems the cleaning saw that the record cannot show
    (a stated date that is not a date, a page that could not be parsed).
    """

    record: dict
    issues: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    profile: str = "generic"


@dataclass
class Article:
    """The clean record: one JSON object per line in the feed (see README)."""

    url: str
    title: str | None
    body: str | None
    published_at: str | None
    source: str | None
    category: str | None
    site: str
    language: str | None
    fetched_at: str
    spam_removed: list[str] = field(default_factory=list)
