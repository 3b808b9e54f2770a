"""The baseline of the benchmarks: a bare Scrapy spider that only follows links.

Same-site links only, through Scrapy's LinkExtractor (as the aggregator spider
does); no items, no pipelines, no feed.  run.py runs it with ``scrapy
runspider`` from outside the project (so none of newsbot's settings,
middlewares, extensions or add-ons are loaded) and gives it the same
concurrency and politeness settings as ``scrapy crawl aggregator``.

    scrapy runspider benchmarks/bare_spider.py -a start_urls=http://127.0.0.1:8080/
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.linkextractors import LinkExtractor


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_urls: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.start_urls = [u for u in start_urls.split(",") if u]
        self.hosts = {(urlsplit(u).hostname or "").lower() for u in self.start_urls}
        self.allowed_domains = sorted(self.hosts)  # OffsiteMiddleware, as in the aggregator spider
        self.link_extractor = LinkExtractor()

    def parse(self, response):
        if not isinstance(response, TextResponse):
            return
        for link in self.link_extractor.extract_links(response):
            if (urlsplit(link.url).hostname or "").lower() in self.hosts:
                yield response.follow(link, callback=self.parse)
