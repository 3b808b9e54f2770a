"""Faulty and hostile sites: middlewares, page accounting, failure reasons.

- :class:`PrivateAddressMiddleware` (downloader): never connect to a private,
  loopback, link-local (169.254.169.254 metadata), multicast or reserved
  address reached through a link or a redirect; the hosts of the crawl's own
  start URLs (host *and* port) are allowed, so a crawl of a site on
  127.0.0.1 (tests, a local mirror) works.  Host names are resolved first,
  with the crawler's own resolver and DNS cache, and the address is checked.
- :class:`RetryAfterMiddleware` (downloader): a 429/503 with ``Retry-After``
  is retried after that delay (capped by ``NEWSBOT_RETRY_AFTER_MAX``), not at
  once; Scrapy's RetryMiddleware still decides whether to retry.
- :class:`CharsetMiddleware` (downloader): a charset in the HTTP header that
  the body contradicts (does not decode, or is the ISO-8859-1 default while
  the page's ``<meta>`` declares another charset that decodes) gives way to
  the ``<meta>`` one.
- :class:`ListingCapMiddleware` (spider): at most ``NEWSBOT_MAX_LISTING_PAGES``
  listing (non-article) pages per site and crawl: endless pagination and
  calendars stop there (``DEPTH_LIMIT`` bounds them too).
- :class:`PageAccounting` (extension): counts the pages the spider requested
  (``newsbot/pages/requested``) and checks at the end that each has exactly
  one outcome: article, not an article, failed (by reason) or skipped.
- :func:`failure_reason`: the reason a page failed, for
  ``newsbot/pages/failed/<reason>``.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
import logging
import time
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import TextResponse
from scrapy.utils.asyncio import sleep
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    resolve_encoding,
)

from newsbot.extensions import counts_by_reason
from newsbot.middlewares import SpiderOutputFilter

logger = logging.getLogger(__name__)
_DEFAULT_PORTS = {"http": 80, "https": 443}


# --- private addresses -------------------------------------------------------

class PrivateAddressBlocked(IgnoreRequest):
    """The request would connect to a private/loopback/link-local address."""


def is_public_address(ip: str) -> bool:
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _origin(url: str) -> tuple[str, int] | None:
    parts = urlsplit(url)
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.hostname.lower(), parts.port or _DEFAULT_PORTS[parts.scheme]


class PrivateAddressMiddleware:
    """Refuse requests to non-public addresses, except the start URLs' origins.

    Runs first among the downloader middlewares (before robots.txt is
    fetched for a new host).  ``NEWSBOT_ALLOW_PRIVATE_ADDRESSES = True``
    turns it off (an intranet crawl).  Hosts in ``NEWSBOT_DEMO_HOSTS`` are
    answered in-process and never resolved.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.allow = settings.getbool("NEWSBOT_ALLOW_PRIVATE_ADDRESSES")
        hosts = settings.get("NEWSBOT_DEMO_HOSTS") or ()
        if isinstance(hosts, str):
            hosts = hosts.split(",")
        self.demo_hosts = frozenset(h.strip().lower() for h in hosts if h.strip())
        self._start_origins: frozenset[tuple[str, int]] | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def start_origins(self) -> frozenset[tuple[str, int]]:
        if self._start_origins is None:
            spider = self.crawler.spider
            urls = [t.url for t in getattr(spider, "targets", ())] or list(getattr(spider, "start_urls", ()))
            self._start_origins = frozenset(o for o in map(_origin, urls) if o)
        return self._start_origins

    def _block(self, request: Request, why: str) -> None:
        self.crawler.stats.inc_value("newsbot/security/blocked_private_address")
        logger.warning("Blocked %s: %s", request.url, why)
        raise PrivateAddressBlocked(f"{why}: {request.url}")

    async def process_request(self, request: Request, spider=None) -> None:
        if self.allow:
            return
        parts = urlparse_cached(request)
        host = (parts.hostname or "").lower()
        if host in self.demo_hosts:
            return
        origin = _origin(request.url)
        if origin is None:
            self._block(request, f"scheme {parts.scheme!r} is not http(s)")
        if request.meta.get("newsbot_start") and not request.meta.get("redirect_urls") \
                and origin not in self.start_origins():
            # a start URL given while running (distributed mode's start-URL key)
            self._start_origins = self.start_origins() | {origin}
        if origin in self.start_origins():
            return
        try:
            ip = str(ipaddress.ip_address(host.strip("[]")))
        except ValueError:
            from twisted.internet import reactor

            try:
                # the resolver and DNS cache the download itself will use
                ip = await maybe_deferred_to_future(reactor.resolve(host))
            except Exception as exc:  # noqa: BLE001 - any resolver failure
                raise CannotResolveHostError(f"{host}: {exc}") from None
        if not is_public_address(ip):
            self._block(request, f"{host} is the non-public address {ip}")
        return


# --- Retry-After ----------------------------------------------------------------

def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` value (delta-seconds or an HTTP date), or None."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """Wait what a 429/503's ``Retry-After`` asks (at most ``NEWSBOT_RETRY_AFTER_MAX``
    seconds) before Scrapy's RetryMiddleware retries the request.

    Placed just after RetryMiddleware (responses go through it first).  Only
    waits when a retry will actually happen (retries left, not
    ``dont_retry``); other requests keep going meanwhile.
    """

    CODES = frozenset({429, 503})

    def __init__(self, crawler) -> None:
        settings = crawler.settings
        self.stats = crawler.stats
        self.enabled = settings.getbool("RETRY_ENABLED")
        self.max_delay = settings.getfloat("NEWSBOT_RETRY_AFTER_MAX")
        self.max_retry_times = settings.getint("RETRY_TIMES")
        self.codes = self.CODES & {int(c) for c in settings.getlist("RETRY_HTTP_CODES")}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_response(self, request: Request, response, spider=None):
        if not self.enabled or response.status not in self.codes or request.meta.get("dont_retry"):
            return response
        if request.meta.get("retry_times", 0) >= request.meta.get("max_retry_times", self.max_retry_times):
            return response
        delay = retry_after_seconds(response.headers.get(b"Retry-After"))
        if delay is None:
            return response
        delay = min(delay, self.max_delay)
        self.stats.inc_value("newsbot/retry_after/count")
        self.stats.inc_value("newsbot/retry_after/seconds", round(delay, 3))
        logger.info("%d with Retry-After: waiting %.1f s before retrying %s", response.status, delay, request.url)
        if delay > 0:
            await sleep(delay)
        return response


# --- charsets ------------------------------------------------------------------

_DEFAULT_HEADER_CHARSETS = frozenset({"cp1252", "latin-1", "iso8859-1", "ascii"})


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


class CharsetMiddleware:
    """Prefer the page's ``<meta>`` charset over an HTTP header it contradicts.

    Browsers trust the header; servers often send a wrong one (a default
    ``ISO-8859-1``, or ``utf-8`` for a legacy-encoded page).  The header
    gives way when the body does not decode with it, or when it is the
    ISO-8859-1/ASCII default and the ``<meta>`` names another charset; in
    both cases only if the body decodes cleanly with the ``<meta>`` one.
    """

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        if not isinstance(response, TextResponse) or response.body[:3] in (b"\xef\xbb\xbf",) \
                or response.body[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return response
        header = http_content_type_encoding(response.headers.get(b"Content-Type", b"").decode("latin-1"))
        if not header:
            return response  # Scrapy uses the <meta> charset (or detects one)
        declared = html_body_declared_encoding(response.body)
        header_enc = resolve_encoding(header) or header
        meta_enc = resolve_encoding(declared) if declared else None
        if not meta_enc or meta_enc == header_enc:
            return response
        contradicted = not _decodes(response.body, header_enc) or header_enc in _DEFAULT_HEADER_CHARSETS
        if contradicted and _decodes(response.body, meta_enc):
            self.stats.inc_value("newsbot/charset/header_overridden")
            logger.info("Charset: header says %s, page says %s: using %s for %s",
                        header, declared, meta_enc, response.url)
            return response.replace(encoding=meta_enc)
        return response


# --- listing-page cap -------------------------------------------------------------

class ListingCapMiddleware(SpiderOutputFilter):
    """At most ``NEWSBOT_MAX_LISTING_PAGES`` distinct listing pages per site.

    A listing page is any URL that is not an article URL (the site profile's
    patterns, else newsbot's URL heuristics).  Links over the cap are not
    followed (``newsbot/links/not_followed/listing_cap``); links to articles
    always are.  0 turns the cap off.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.cap = crawler.settings.getint("NEWSBOT_MAX_LISTING_PAGES")
        self.seen: dict[str, set[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _is_listing(self, url: str) -> bool:
        from newsbot.extraction.classify import url_looks_like_article

        spider = self.crawler.spider
        profile_for = getattr(spider, "profile_for", None)
        verdict = profile_for(url).is_article_url(url) if profile_for else None
        return not (verdict if verdict is not None else url_looks_like_article(url))

    def _keep(self, obj) -> bool:
        if not self.cap or not isinstance(obj, Request):
            return True
        if not self._is_listing(obj.url):
            return True
        site = urlparse_cached(obj).netloc.lower()
        seen = self.seen.setdefault(site, set())
        key = obj.url.split("#", 1)[0]
        if key in seen:
            return True  # the dupefilter's business
        if len(seen) >= self.cap:
            self.crawler.stats.inc_value("newsbot/links/not_followed/listing_cap")
            if len(seen) == self.cap:
                logger.warning("%s: %d listing pages fetched (NEWSBOT_MAX_LISTING_PAGES): no more followed",
                               site, self.cap)
                seen.add("\0capped")
            return False
        seen.add(key)
        return True



# --- accounting -------------------------------------------------------------------

def _is_page(request: Request) -> bool:
    """A page request (robots.txt, sitemap and feed requests for discovery are not)."""
    callback = request.callback
    return callback is None or getattr(callback, "__name__", "") == "parse"


def _is_copy(request: Request) -> bool:
    """A retry or redirect of a page already counted."""
    return "retry_times" in request.meta or "redirect_times" in request.meta


class PageAccounting:
    """Every page the spider requested ends as exactly one of: article,
    not an article, failed (by reason) or skipped.

    ``newsbot/pages/requested`` counts the spider's requests that reached the
    scheduler (retries and redirect hops are the same page).  A redirect hop
    dropped before download is the page's outcome: ``failed/offsite_redirect``
    (leaves the allowed domains) or ``skipped/redirect_to_seen_url`` (its
    target was already crawled; a redirect loop ends so).  At the end one line
    ``newsbot pages: {json}`` gives the totals and whether they add up.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def request_scheduled(self, request: Request, spider=None) -> None:
        if not _is_page(request):
            return
        if not _is_copy(request):
            self.stats.inc_value("newsbot/pages/requested")
            return
        if "redirect_times" in request.meta and not (request.dont_filter or request.meta.get("allow_offsite")):
            domains = [d for d in getattr(self.crawler.spider, "allowed_domains", None) or [] if d]
            host = (urlparse_cached(request).hostname or "").lower()
            if domains and not any(host == d.lower() or host.endswith("." + d.lower()) for d in domains):
                # OffsiteMiddleware drops it at this signal: the page ends here
                self.stats.inc_value("newsbot/pages/failed/offsite_redirect")

    def request_dropped(self, request: Request, spider=None) -> None:
        if not _is_page(request):
            return
        if not _is_copy(request):
            self.stats.inc_value("newsbot/pages/requested", -1)
        elif "redirect_times" in request.meta:
            self.stats.inc_value("newsbot/pages/skipped/redirect_to_seen_url")

    def totals(self) -> dict:
        stats = self.stats.get_stats()

        def total(prefix: str, exclude: tuple[str, ...] = ()) -> int:
            return sum(v for reason, v in counts_by_reason(stats, prefix).items() if reason not in exclude)

        out = {
            "requested": stats.get("newsbot/pages/requested", 0),
            "article": stats.get("newsbot/pages/article", 0),
            "not_article": total("newsbot/pages/not_article/"),
            "failed": total("newsbot/pages/failed/"),
            # links to earlier runs' articles are dropped before they are requested
            "skipped": total("newsbot/pages/skipped/", exclude=("already_emitted",)),
        }
        out["balanced"] = out["requested"] == out["article"] + out["not_article"] + out["failed"] + out["skipped"]
        return out

    def spider_closed(self, spider, reason) -> None:
        totals = self.totals()
        self.stats.set_value("newsbot/pages/balanced", totals["balanced"])
        if not totals["balanced"] and reason == "finished":
            logger.warning("Page accounting does not add up: %s", totals)
        logger.info("newsbot pages: %s", json.dumps(totals))


# --- failure reasons --------------------------------------------------------------

def failure_reason(failure) -> str:
    """A short, stable reason for a page that failed (``newsbot/pages/failed/<reason>``)."""
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet.error import (
        ConnectionDone,
        ConnectionLost,
        ConnectionRefusedError,
        DNSLookupError,
        TCPTimedOutError,
        TimeoutError,
    )
    from twisted.web._newclient import ResponseFailed

    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    if isinstance(exc, PrivateAddressBlocked):
        return "private_address"
    if isinstance(exc, IgnoreRequest):
        message = str(exc)
        if "robots.txt" in message:
            return "robots_txt"
        if "offsite" in message:
            return "offsite_redirect"
        if "max redirections" in message:
            return "too_many_redirects"
        if "DOWNLOAD_MAXSIZE" in message or "max size" in message:
            return "too_large"
        return "ignored"
    if isinstance(exc, DownloadCancelledError):
        # Scrapy cancels a download only when it outgrows DOWNLOAD_MAXSIZE
        # (announced size, or bytes received so far)
        return "too_large"
    if isinstance(exc, (DownloadTimeoutError, TimeoutError, TCPTimedOutError)):
        return "timeout"
    if isinstance(exc, ResponseDataLossError):
        return "truncated"
    if isinstance(exc, (CannotResolveHostError, DNSLookupError)):
        return "dns"
    if isinstance(exc, (DownloadConnectionRefusedError, ConnectionRefusedError)):
        return "connection_refused"
    if isinstance(exc, (ConnectionLost, ConnectionDone, ResponseFailed, DownloadFailedError)):
        return "connection_lost"
    return type(exc).__name__
