"""newsbot: crawl news aggregator sites into clean, validated JSON Lines."""

__version__ = "0.1.0"
