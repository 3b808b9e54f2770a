"""Scrapy settings for newsbot.

Every NEWSBOT_* setting is documented in the README ("Settings"); the Scrapy
ones are https://docs.scrapy.org/en/latest/topics/settings.html
"""

BOT_NAME = "newsbot"
SPIDER_MODULES = ["newsbot.spiders"]
NEWSPIDER_MODULE = "newsbot.spiders"
# Our `crawl` checks arguments before starting and exits non-zero on failure.
COMMANDS_MODULE = "newsbot.commands"

USER_AGENT = "newsbot/0.1 (+https://github.com/newsbot/newsbot)"
# Politeness on real sites.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_TIMES = 2
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    # last before the downloader: answers the embedded demo host only
    "newsbot.middlewares.EmbeddedDemoMiddleware": 950,
}
ITEM_PIPELINES = {
    "newsbot.pipelines.CleaningPipeline": 100,
    "newsbot.pipelines.ValidationPipeline": 200,
}
EXTENSIONS = {
    "newsbot.extensions.CrawlSummary": 500,
}

FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = [
    "url", "title", "body", "published_at", "source", "category", "site", "language",
    "fetched_at", "spam_removed",
]

# --- newsbot ---------------------------------------------------------------
# Feed written when neither FEEDS, -o/-O nor scrapyd's items_dir gives one.
NEWSBOT_FEED_URI = "output/%(name)s-%(time)s.jsonl"
# Rejected records, with reasons (always written, whatever the feeds are).
NEWSBOT_QUARANTINE_URI = "output/%(name)s-%(time)s.quarantine.jsonl"
# Extra site profiles (*.toml); same name as a bundled one replaces it.
NEWSBOT_SITES_DIR = None
# Minimum body length for pages with no site profile (a profile sets its own).
NEWSBOT_MIN_BODY_CHARS = 200
NEWSBOT_MAX_TITLE_CHARS = 300
# Hosts answered from the package's embedded demo site instead of the network.
NEWSBOT_DEMO_HOSTS = ["demo.newsbot.invalid"]

# Add-ons that adjust settings from others (e.g. REDIS_URL -> distributed mode).
ADDONS = {
    "newsbot.distributed.RedisAddon": 0,
}
