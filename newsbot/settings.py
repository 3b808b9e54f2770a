"""Scrapy settings for newsbot.

Every NEWSBOT_* setting is documented in the README ("Settings"); the Scrapy
ones are https://docs.scrapy.org/en/latest/topics/settings.html
"""

from newsbot.items import RECORD_FIELDS

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
# Reliability (README, "Reliability and security"): a body shorter than its Content-Length is an
# error (retried, never parsed), not a "partial" page.
DOWNLOAD_FAIL_ON_DATALOSS = True
# Redirect chains longer than this fail (too_many_redirects); loops back to a
# crawled URL end at the dupefilter (skipped/redirect_to_seen_url).
REDIRECT_MAX_TIMES = 5
# Links more than this many clicks from a start URL are not followed (endless
# pagination, calendars); NEWSBOT_MAX_LISTING_PAGES caps them per site too.
# Deep enough for an archive paginated over a thousand pages and more.
DEPTH_LIMIT = 2000
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
# Dropped items logged by their reason, without their whole text (newsbot/logformatter.py).
LOG_FORMATTER = "newsbot.logformatter.LogFormatter"

DOWNLOADER_MIDDLEWARES = {
    # before robots.txt (100): no request, robots.txt included, to private addresses
    "newsbot.safety.PrivateAddressMiddleware": 60,
    # responses pass it before RetryMiddleware (550): waits Retry-After, then retry
    "newsbot.safety.RetryAfterMiddleware": 560,
    # after decompression (590): a header charset the page contradicts gives way to <meta>
    "newsbot.safety.CharsetMiddleware": 585,
    # last before the downloader: answers the embedded demo host only
    "newsbot.middlewares.EmbeddedDemoMiddleware": 950,
}
SPIDER_MIDDLEWARES = {
    # links to articles emitted by earlier runs are not followed
    "newsbot.recurring.SkipEmittedMiddleware": 950,
    # after DepthMiddleware (900): at most NEWSBOT_MAX_LISTING_PAGES listing pages per site
    "newsbot.safety.ListingCapMiddleware": 890,
}
ITEM_PIPELINES = {
    "newsbot.pipelines.CleaningPipeline": 100,
    "newsbot.pipelines.ValidationPipeline": 200,
    "newsbot.recurring.DedupPipeline": 300,
}
EXTENSIONS = {
    "newsbot.extensions.CrawlSummary": 500,
    # newsbot/pages/requested, and a check that every page has one outcome
    "newsbot.safety.PageAccounting": 510,
    # gc.freeze() after start-up, a larger youngest generation (NEWSBOT_GC_*)
    "newsbot.extensions.GarbageCollectorTuning": 520,
}

FEED_EXPORT_ENCODING = "utf-8"
# Local feeds written line by line and fsync'ed before the article counts as
# emitted; torn last lines repaired when appending (newsbot/durable.py).
FEED_STORAGES = {
    "": "newsbot.durable.DurableFileFeedStorage",
    "file": "newsbot.durable.DurableFileFeedStorage",
}
# The record's fields, in order (one definition: newsbot/items.py).
FEED_EXPORT_FIELDS = list(RECORD_FIELDS)

# --- newsbot ---------------------------------------------------------------
# Feed written when neither FEEDS, -o/-O nor scrapyd's items_dir gives one.
NEWSBOT_FEED_URI = "output/%(name)s-%(time)s.jsonl"
# Rejected records, with reasons (always written, whatever the feeds are).
NEWSBOT_QUARANTINE_URI = "output/%(name)s-%(time)s.quarantine.jsonl"
# Per-job summary for monitors (one JSON object: status, items, rejected, failed
# pages, finish reason), rewritten at the end of each crawl; None: not written.
# A path or file:// URI with %(name)s, %(time)s; without %(time)s it is the last run's.
NEWSBOT_SUMMARY_URI = None
# Extra site profiles (*.toml); same name as a bundled one replaces it.
NEWSBOT_SITES_DIR = None
# Minimum body length for pages with no site profile (a profile sets its own).
NEWSBOT_MIN_BODY_CHARS = 120
NEWSBOT_MAX_TITLE_CHARS = 300
# Articles emitted by earlier runs (SQLite file); empty: no memory between runs.
NEWSBOT_STATE = ".scrapy/newsbot-state.sqlite"
# With REDIS_URL set, the state lives in Redis under this key prefix instead
# (shared by every worker); NEWSBOT_STATE then only switches it on or off.
NEWSBOT_REDIS_STATE_KEY = "newsbot:state"
# Days an emitted article is remembered.
NEWSBOT_STATE_RETENTION_DAYS = 90
# Copies of an emitted story (same URL, same text, near-duplicate text).
NEWSBOT_DUPLICATES_URI = "output/%(name)s-%(time)s.duplicates.jsonl"
# MinHash Jaccard similarity of body shingles from which two bodies are one story.
NEWSBOT_DUPLICATE_THRESHOLD = 0.5
# Read the sites' sitemaps (from robots.txt) and RSS/Atom feeds (from the start
# pages' <link rel="alternate">) besides following links.
NEWSBOT_DISCOVER = True
# Article extraction: "fast" (newsbot's own, a few ms a page) or "hybrid"
# (plus trafilatura's second opinion: better on unusual layouts, ~30 ms a page).
NEWSBOT_EXTRACTOR = "fast"
# Learn each site's article template from its first article pages (where the
# headline and the text sit) and extract later pages through it, skipping the
# search for the text (fast extractor only; see newsbot/extraction/template.py).
NEWSBOT_TEMPLATES = True
# Hosts answered from the package's embedded demo site instead of the network.
NEWSBOT_DEMO_HOSTS = ["demo.newsbot.invalid"]
# Fetch private, loopback and link-local addresses (169.254.169.254...) reached
# through links or redirects.  Off: only the start URLs' own host:port may be one.
NEWSBOT_ALLOW_PRIVATE_ADDRESSES = False
# Longest Retry-After (seconds) waited before retrying a 429/503.
NEWSBOT_RETRY_AFTER_MAX = 60
# Listing (non-article) pages fetched per site and crawl at most; 0: no cap.
NEWSBOT_MAX_LISTING_PAGES = 5000
# fsync each feed line before its article is recorded as emitted (power-loss safe).
NEWSBOT_FEED_FSYNC = True
# Leave the objects of start-up out of every garbage collection once the
# engine has started, and collect the youngest generation after this many
# allocations (Python's default: 700; 0 keeps it) (newsbot.extensions.GarbageCollectorTuning).
NEWSBOT_GC_FREEZE = True
NEWSBOT_GC_THRESHOLD = 5000
# Bytes at the end of an appended feed read to recover the state after a crash.
NEWSBOT_FEED_RECOVERY_BYTES = 1048576

# Add-ons that adjust settings from others (e.g. REDIS_URL -> distributed mode).
ADDONS = {
    "newsbot.distributed.RedisAddon": 0,
}
