"""Parse metadata that aggregators run into the text.

``2025-05-01 21:15:45source:SCA Communitycategory:News`` becomes a date, a
source and a category.  Labels are recognised in several languages and may be
glued to the previous value (no space), as aggregator templates do.

Dates: the common numeric and English forms are matched with regular
expressions (fast, and exact about what was matched so it can be removed);
anything else falls back to dateparser on the short labelled value only, since
its slow path costs tens of milliseconds per failed parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SOURCE_LABELS = (
    "source", "sources", "from", "via", "publisher", "quelle", "fuente", "fonte",
    "origine", "bron", "źródło", "источник", "来源", "來源", "出典", "出处", "출처",
)
CATEGORY_LABELS = (
    "category", "categories", "section", "channel", "kategorie", "rubrik", "ressort",
    "categoría", "sección", "categoria", "catégorie", "rubrique", "категория",
    "分类", "分類", "栏目", "カテゴリー", "カテゴリ", "카테고리",
)
DATE_LABELS = (
    "date", "published", "published on", "posted", "posted on", "updated", "time",
    "datum", "veröffentlicht", "fecha", "publicado", "data", "publié le", "publié",
    "发布时间", "發佈時間", "时间", "日期", "公開日", "配信日", "更新日",
)
AUTHOR_LABELS = (
    "author", "authors", "by", "written by", "posted by", "autor", "auteur", "von",
    "por", "par", "作者", "記者", "기자",
)

_LABELS = {
    **{lab: "source" for lab in SOURCE_LABELS},
    **{lab: "category" for lab in CATEGORY_LABELS},
    **{lab: "date" for lab in DATE_LABELS},
    **{lab: "author" for lab in AUTHOR_LABELS},
}
# Longest first so "posted by" wins over "by" and "published on" over "published".
_LABEL_RE = re.compile(
    r"(?P<label>"
    + "|".join(re.escape(lab) for lab in sorted(_LABELS, key=len, reverse=True))
    + r")\s*[:：]\s*",
    re.IGNORECASE,
)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TIME = (
    r"(?:(?:,|\s+at|\s*[-–|·@])?\s*(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\.\d+)?\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
    r"(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})(?![\w]))?"
)
_DATE_PATTERNS = [
    # 2025-05-01 21:15:45, 2025/05/01, 2025.05.01T21:15Z
    re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)T?" + _TIME, re.I),
    # 2025年5月1日 21:15
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:(?P<H>\d{1,2})[:時](?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?P<ampm>)(?P<tz>)"),
    # 05/01/2025 09:15 PM (US order: month first)
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?!\d)" + _TIME, re.I),
    # 01.05.2025 21:15 (European order)
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)" + _TIME, re.I),
    # May 1, 2025 9:15 PM
    re.compile(r"(?<![^\W\d_])" + _MONTH_NAMES + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME, re.I),
    # 1 May 2025, 21:15
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + r",?\s+(?P<y>\d{4})" + _TIME, re.I),
]


@dataclass
class DateMatch:
    value: str  # ISO 8601
    start: int
    end: int


def find_date(text: str, tz: str | None = None) -> DateMatch | None:
    """Find the first date (with optional time) in ``text``.

    Returns the ISO 8601 form: with an offset only when the text states one
    or ``tz`` (an IANA zone name, from the site profile) is given.
    """
    best: tuple[int, re.Match[str]] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if _to_datetime(match) is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), match)
                break
    if best is None:
        return None
    match = best[1]
    if not match.groupdict().get("H"):
        # "9:15 PM EDT, Thu May 1, 2025": the time can come first
        before = _TIME_FIRST.search(text[max(0, match.start() - 30):match.start()])
        if before:
            start = max(0, match.start() - 30) + before.start()
            iso = _iso(match, tz, before)
            return DateMatch(iso, start, match.end())
    return DateMatch(_iso(match, tz), match.start(), match.end())


_TIME_FIRST = re.compile(
    r"(?<!\d)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    r"(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})(?![\w]))?[^\d]{0,20}$",
    re.IGNORECASE,
)


def _to_datetime(match: re.Match[str], time_match: re.Match[str] | None = None) -> datetime | None:
    g = dict(match.groupdict())
    if time_match is not None:
        g.update({k: v for k, v in time_match.groupdict().items() if v})
    try:
        month = _MONTHS[g["mon"].lower()[:3]] if g.get("mon") else int(g["m"])
        hour = int(g["H"]) if g.get("H") else 0
        ampm = (g.get("ampm") or "").replace(".", "").replace(" ", "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        return datetime(
            int(g["y"]), month, int(g["d"]), hour,
            int(g["M"]) if g.get("M") else 0, int(g["S"]) if g.get("S") else 0,
        )
    except (ValueError, KeyError):
        return None


def _iso(match: re.Match[str], tz: str | None, time_match: re.Match[str] | None = None) -> str:
    dt = _to_datetime(match, time_match) or _to_datetime(match)
    assert dt is not None
    g = dict(match.groupdict())
    if time_match is not None:
        g.update({k: v for k, v in time_match.groupdict().items() if v})
    has_time = bool(g.get("H"))
    stated = (g.get("tz") or "").upper()
    if stated in ("Z", "UTC", "GMT"):
        dt = dt.replace(tzinfo=timezone.utc)
    elif stated:
        sign = 1 if stated[0] == "+" else -1
        digits = stated[1:].replace(":", "")
        dt = dt.replace(tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))))
    elif tz:
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    if not has_time and dt.tzinfo is None:
        return dt.date().isoformat()
    return dt.isoformat()


def parse_iso_datetime(value: str | None, tz: str | None = None) -> str | None:
    """Normalise a machine-readable time (``<time datetime>``, JSON-LD, meta tags)."""
    if not value:
        return None
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = find_date(value, tz)
        return found.value if found else None
    if dt.tzinfo is None and tz:
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    if len(value) <= 10 and dt.tzinfo is None:
        return dt.date().isoformat()
    return dt.isoformat()


@dataclass
class MetaFields:
    """What a metadata line said, and what of it was recognised."""

    published_at: str | None = None
    source: str | None = None
    category: str | None = None
    author: str | None = None
    residue: str = ""  # text left once every recognised part is taken out
    labels: list[str] = field(default_factory=list)


_SEPARATORS = re.compile(r"^[\s|·•/,;:：\-–—_()\[\]]*$")
_BYLINE = re.compile(r"^\s*(?:by|von|por|par)\s+(?P<name>[^\d|·•]{2,60}?)\s*(?=$|[|·•]|\d)", re.I)


def parse_meta_line(text: str, tz: str | None = None) -> MetaFields:
    """Split one metadata line into its fields.

    ``residue`` holds whatever was not recognised; a line whose residue is
    only separators is metadata through and through and can leave the body.
    """
    fields = MetaFields()
    parts: list[tuple[str | None, str]] = []  # (label kind or None, value)
    pos = 0
    pending: str | None = None
    for match in _LABEL_RE.finditer(text):
        parts.append((pending, text[pos:match.start()]))
        pending = _LABELS[match.group("label").lower()]
        fields.labels.append(match.group("label"))
        pos = match.end()
    parts.append((pending, text[pos:]))

    residue: list[str] = []
    for kind, value in parts:
        value = value.strip(" \t|·•,;")
        if not value:
            continue
        found = find_date(value, tz) if fields.published_at is None else None
        if found:
            fields.published_at = found.value
            value = (value[:found.start] + " " + value[found.end:]).strip(" \t|·•,;")
        if kind in (None, "date"):
            if kind is None:
                byline = _BYLINE.match(value)
                if byline and fields.author is None:
                    fields.author = byline.group("name").strip()
                    value = value[byline.end():]
                residue.append(value)
            continue
        if kind == "source" and fields.source is None:
            fields.source = value
        elif kind == "category" and fields.category is None:
            fields.category = value
        elif kind == "author" and fields.author is None:
            fields.author = value
        else:
            residue.append(value)
    fields.residue = " ".join(r for r in residue if not _SEPARATORS.match(r)).strip()
    return fields


def is_meta_line(text: str, tz: str | None = None, max_len: int = 200) -> MetaFields | None:
    """The parsed fields if ``text`` is a metadata line and nothing else."""
    if len(text) > max_len:
        return None
    fields = parse_meta_line(text, tz)
    recognised = sum(
        x is not None for x in (fields.published_at, fields.source, fields.category, fields.author)
    )
    if recognised == 0 or fields.residue:
        return None
    return fields
