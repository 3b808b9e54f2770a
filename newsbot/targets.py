"""Turn the crawl's arguments into start URLs with their site profiles."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from newsbot.profiles import GENERIC, SiteProfile, profile_for_url


class ArgumentError(ValueError):
    """A spider argument is wrong; the message is meant for the user as is."""


@dataclass(frozen=True)
class Target:
    url: str
    profile: SiteProfile


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        raise ArgumentError(f"start_urls: {url!r} is not an absolute URL (expected http://host/path)")
    if parts.scheme not in ("http", "https"):
        raise ArgumentError(f"start_urls: {url!r} has unsupported scheme {parts.scheme!r} (use http or https)")
    try:
        _ = parts.port  # urlsplit checks the port only when asked
    except ValueError:
        raise ArgumentError(f"start_urls: {url!r} has an invalid port") from None
    return url


def resolve_targets(profiles: dict[str, SiteProfile], start_urls: str | None = None,
                    site: str | None = None) -> list[Target]:
    """The crawl's start points.

    ``start_urls`` (comma-separated) wins; each URL uses the profile whose
    domains cover its host, else the generic one.  ``site`` picks one profile.
    With neither, every enabled profile is crawled.
    """
    if start_urls is not None:
        urls = [u for u in (s.strip() for s in start_urls.split(",")) if u]
        if not urls:
            raise ArgumentError("start_urls: no URL given")
        chosen = profiles.get(site) if site else None
        if site and chosen is None:
            raise ArgumentError(_unknown_site(site, profiles))
        return [Target(check_url(u), chosen or profile_for_url(profiles, u)) for u in urls]
    if site is not None:
        profile = profiles.get(site)
        if profile is None:
            raise ArgumentError(_unknown_site(site, profiles))
        if not profile.start_urls:
            raise ArgumentError(f"site {site!r}: its profile ({profile.source}) has no start_urls")
        return [Target(u, profile) for u in profile.start_urls]
    enabled = [p for p in profiles.values() if p.enabled]
    if not enabled:
        raise ArgumentError("no site is enabled: pass -a start_urls=URL or -a site=NAME, or enable a profile")
    return [Target(u, p) for p in enabled for u in p.start_urls]


def _unknown_site(site: str, profiles: dict[str, SiteProfile]) -> str:
    known = ", ".join(sorted(profiles)) or "none"
    return f"site {site!r} is not a configured site (known: {known})"


__all__ = ["GENERIC", "ArgumentError", "Target", "check_url", "resolve_targets"]
