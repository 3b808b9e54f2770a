"""newsbot's settings, read and checked once per crawl.

Every ``NEWSBOT_*`` setting is documented in the README ("Settings").  A bad
value raises :class:`ConfigError` with a message meant for the user as is.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from newsbot.profiles import ProfileError, SiteProfile, load_profiles


class ConfigError(ValueError):
    """A setting or profile is wrong; the message names it."""


@dataclass(frozen=True)
class NewsbotConfig:
    profiles: dict[str, SiteProfile]
    feed_uri: str
    quarantine_uri: str
    min_body_chars: int
    max_title_chars: int
    demo_hosts: tuple[str, ...]
    gc_freeze: bool
    gc_threshold: int  # 0: Python's own
    extractor: str = "fast"
    templates: bool = True


def _int(settings, name: str, minimum: int) -> int:
    raw = settings.get(name)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name}={raw!r} is not a whole number") from None
    if value < minimum:
        raise ConfigError(f"setting {name}={value} must be at least {minimum}")
    return value


_CACHE: dict[int, NewsbotConfig] = {}  # id(frozen settings) -> config, dropped with the settings


def newsbot_config(settings) -> NewsbotConfig:
    """The NEWSBOT_* settings, read and checked once per crawl.

    The spider, the pipelines and the middlewares all ask for it: the
    profiles are read from disk once per (frozen) settings object.
    """
    frozen = getattr(settings, "frozen", False)
    if frozen and id(settings) in _CACHE:
        return _CACHE[id(settings)]
    config = _read_config(settings)
    if frozen:
        _CACHE[id(settings)] = config
        weakref.finalize(settings, _CACHE.pop, id(settings), None)
    return config


def _read_config(settings) -> NewsbotConfig:
    try:
        profiles = load_profiles(settings.get("NEWSBOT_SITES_DIR") or None)
    except ProfileError as exc:
        raise ConfigError(str(exc)) from None
    for name in ("NEWSBOT_FEED_URI", "NEWSBOT_QUARANTINE_URI"):
        if not isinstance(settings.get(name), str) or not settings.get(name).strip():
            raise ConfigError(f"setting {name} must be a file path or file:// URI")
    hosts = settings.get("NEWSBOT_DEMO_HOSTS") or ()
    if isinstance(hosts, str):
        hosts = [h.strip() for h in hosts.split(",") if h.strip()]
    extractor = str(settings.get("NEWSBOT_EXTRACTOR") or "fast").lower()
    if extractor not in ("fast", "hybrid"):
        raise ConfigError(f"setting NEWSBOT_EXTRACTOR={extractor!r} must be 'fast' or 'hybrid'")
    try:
        templates = settings.getbool("NEWSBOT_TEMPLATES", True)
    except ValueError:
        raise ConfigError(f"setting NEWSBOT_TEMPLATES={settings.get('NEWSBOT_TEMPLATES')!r} is not true or false") from None
    try:
        gc_freeze = settings.getbool("NEWSBOT_GC_FREEZE")
    except ValueError:
        raise ConfigError(f"setting NEWSBOT_GC_FREEZE={settings.get('NEWSBOT_GC_FREEZE')!r} is not true or false") from None
    return NewsbotConfig(
        profiles=profiles,
        feed_uri=settings.get("NEWSBOT_FEED_URI"),
        quarantine_uri=settings.get("NEWSBOT_QUARANTINE_URI"),
        min_body_chars=_int(settings, "NEWSBOT_MIN_BODY_CHARS", 0),
        max_title_chars=_int(settings, "NEWSBOT_MAX_TITLE_CHARS", 10),
        demo_hosts=tuple(hosts),
        extractor=extractor,
        templates=templates,
        gc_freeze=gc_freeze,
        gc_threshold=_int(settings, "NEWSBOT_GC_THRESHOLD", 0),
    )
