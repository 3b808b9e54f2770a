"""Site profiles: what newsbot knows about one site, as data (TOML files).

Bundled profiles live in ``newsbot/sites/*.toml`` and are read through
``importlib.resources`` so they load from a zipped egg on scrapyd too.  Users
add their own with the ``NEWSBOT_SITES_DIR`` setting: a folder of ``*.toml``
files; a user profile with the same name replaces the bundled one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# A short news item is ~150 characters; less is a page without article text.
DEFAULT_MIN_BODY_CHARS = 120


class ProfileError(ValueError):
    """A profile file is malformed; the message names the file (and line)."""


@dataclass(frozen=True)
class SiteProfile:
    name: str
    enabled: bool = False
    start_urls: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_urls: tuple[re.Pattern[str], ...] = ()  # regexes; empty: decide from the page
    skip_urls: tuple[re.Pattern[str], ...] = ()  # never follow these
    title_selector: str | None = None
    body_selector: str | None = None
    meta_selector: str | None = None
    spam_keywords: frozenset[str] = frozenset()
    footer_markers: tuple[str, ...] = ()
    timezone: str | None = None
    language: str | None = None
    min_body_chars: int = DEFAULT_MIN_BODY_CHARS
    source: str = ""  # where the profile came from, for messages

    def is_article_url(self, url: str) -> bool | None:
        """True/False when the profile's patterns decide, None when it has none."""
        if not self.article_urls:
            return None
        return any(p.search(url) for p in self.article_urls)

    def matches_host(self, host: str) -> bool:
        host = host.lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)


GENERIC = SiteProfile(name="generic", source="built-in")

_KEYS = {
    "name": str, "enabled": bool, "start_urls": list, "allowed_domains": list, "timezone": str,
    "language": str, "articles": dict, "selectors": dict, "spam": dict, "footer": dict, "validation": dict,
}
_SUBKEYS = {
    "articles": {"allow": list, "deny": list},
    "selectors": {"title": str, "body": str, "meta": str},
    "spam": {"keywords": list},
    "footer": {"markers": list},
    "validation": {"min_body_chars": int},
}


def parse_profile(text: str, source: str) -> SiteProfile:
    """Build a profile from TOML ``text``; ``source`` names the file in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: {exc}") from None
    _check_types(data, _KEYS, source, "")
    for section, keys in _SUBKEYS.items():
        if section in data:
            _check_types(data[section], keys, source, section + ".")
    name = data.get("name") or Path(source).stem
    tz = data.get("timezone") or None
    if tz:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ProfileError(f"{source}: timezone {tz!r} is not an IANA time zone name") from None
    start_urls = tuple(data.get("start_urls", ()))
    for url in start_urls:
        if urlsplit(url).scheme not in ("http", "https"):
            raise ProfileError(f"{source}: start URL {url!r} is not an http(s) URL")
    domains = tuple(data.get("allowed_domains", ())) or tuple(
        urlsplit(u).hostname for u in start_urls if urlsplit(u).hostname
    )
    articles = data.get("articles", {})
    selectors = data.get("selectors", {})
    min_chars = data.get("validation", {}).get("min_body_chars", DEFAULT_MIN_BODY_CHARS)
    if min_chars < 0:
        raise ProfileError(f"{source}: validation.min_body_chars must be >= 0")
    return SiteProfile(
        name=name,
        enabled=data.get("enabled", False),
        start_urls=start_urls,
        allowed_domains=domains,
        article_urls=_regexes(articles.get("allow", ()), source, "articles.allow"),
        skip_urls=_regexes(articles.get("deny", ()), source, "articles.deny"),
        title_selector=selectors.get("title"),
        body_selector=selectors.get("body"),
        meta_selector=selectors.get("meta"),
        spam_keywords=frozenset(str(k).lower() for k in data.get("spam", {}).get("keywords", ())),
        footer_markers=tuple(data.get("footer", {}).get("markers", ())),
        timezone=tz,
        language=data.get("language") or None,
        min_body_chars=min_chars,
        source=source,
    )


def _check_types(data: dict, spec: dict, source: str, prefix: str) -> None:
    for key, value in data.items():
        if key not in spec:
            raise ProfileError(f"{source}: unknown key {prefix}{key!r} (known: {', '.join(sorted(spec))})")
        if not isinstance(value, spec[key]):
            raise ProfileError(
                f"{source}: {prefix}{key} must be a {spec[key].__name__}, not {type(value).__name__}"
            )


def _regexes(values, source: str, key: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for value in values:
        try:
            out.append(re.compile(value))
        except re.error as exc:
            raise ProfileError(f"{source}: {key}: bad regular expression {value!r}: {exc}") from None
    return tuple(out)


def load_profiles(extra_dir: str | None = None) -> dict[str, SiteProfile]:
    """All profiles: the bundled ones, then those in ``extra_dir``."""
    profiles: dict[str, SiteProfile] = {}
    bundled = resources.files("newsbot") / "sites"
    for entry in sorted(bundled.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            profile = parse_profile(entry.read_text(encoding="utf-8"), f"newsbot/sites/{entry.name}")
            profiles[profile.name] = profile
    if extra_dir:
        folder = Path(extra_dir)
        if not folder.is_dir():
            raise ProfileError(f"NEWSBOT_SITES_DIR: {extra_dir} is not a folder")
        for path in sorted(folder.glob("*.toml")):
            profile = parse_profile(path.read_text(encoding="utf-8"), str(path))
            profiles[profile.name] = profile
    return profiles


def profile_for_url(profiles: dict[str, SiteProfile], url: str) -> SiteProfile:
    host = urlsplit(url).hostname or ""
    for profile in profiles.values():
        if profile.matches_host(host):
            return profile
    return GENERIC
