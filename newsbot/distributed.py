"""Distributed mode on Redis (scrapy-redis): switched on by the REDIS_URL setting."""

from __future__ import annotations


class RedisAddon:
    """Scrapy add-on: with REDIS_URL set, the crawl shares its queue in Redis."""

    @classmethod
    def update_settings(cls, settings) -> None:  # noqa: D102 - placeholder until the Redis issue lands
        if not settings.get("REDIS_URL"):
            return
        raise NotImplementedError("distributed mode (REDIS_URL) is not implemented yet")
