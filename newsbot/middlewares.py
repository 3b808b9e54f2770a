"""Middlewares shared by newsbot's components: the embedded demo, output filters."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from urllib.parse import unquote, urlsplit

from scrapy.http import HtmlResponse, Response, TextResponse

from newsbot.config import newsbot_config

_TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


class EmbeddedDemoMiddleware:
    """Answer requests to the demo host from the package's own files.

    The demo site ships inside the package (``newsbot/demo/site``) so that
    ``scrapy crawl aggregator`` works with no network at all, from a checkout
    or a zipped scrapyd egg alike.  Only hosts in ``NEWSBOT_DEMO_HOSTS`` are
    answered (``.invalid`` names that can never resolve); every other request
    goes to the network as usual.  Placed last before the downloader, so
    robots.txt, retries and stats see these responses like any other.
    """

    def __init__(self, hosts: tuple[str, ...]) -> None:
        self.hosts = frozenset(h.lower() for h in hosts)
        self.root = resources.files("newsbot") / "demo" / "site"

    @classmethod
    def from_crawler(cls, crawler):
        return cls(newsbot_config(crawler.settings).demo_hosts)

    def _resource(self, path: str) -> Traversable | None:
        node = self.root
        parts = [p for p in unquote(path).split("/") if p]
        if any(p in (".", "..") for p in parts):
            return None
        for part in parts:
            node = node / part
        if node.is_dir():
            node = node / "index.html"
        return node if node.is_file() else None

    def process_request(self, request, spider=None) -> Response | None:
        parts = urlsplit(request.url)
        if (parts.hostname or "").lower() not in self.hosts:
            return None
        node = self._resource(parts.path)
        if node is None:
            return HtmlResponse(request.url, status=404, body=b"<html><body><h1>Not found</h1></body></html>",
                                encoding="utf-8", request=request)
        suffix = "." + node.name.rsplit(".", 1)[-1]
        cls = HtmlResponse if suffix == ".html" else TextResponse
        return cls(request.url, status=200, body=node.read_bytes(), request=request,
                   headers={"Content-Type": _TYPES.get(suffix, "application/octet-stream")})


class SpiderOutputFilter:
    """Base of spider middlewares that drop some of what the spider yields:
    subclasses say what to keep in ``_keep`` (sync and async spiders alike)."""

    def _keep(self, obj) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def process_spider_output(self, response, result, spider=None):
        for obj in result:
            if self._keep(obj):
                yield obj

    async def process_spider_output_async(self, response, result, spider=None):
        async for obj in result:
            if self._keep(obj):
                yield obj
