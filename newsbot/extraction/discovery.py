"""Article URLs from a site's sitemaps and RSS/Atom feeds.

Pure functions over bytes.  XML is parsed with entity resolution and network
access off (no billion-laughs, no external entities), like Scrapy's own
sitemap utilities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                          remove_pis=True, huge_tree=False)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
_SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Discovered:
    url: str
    published: str | None = None  # as the sitemap or feed states it
    is_sitemap: bool = False  # a sitemap index entry: fetch and read it too


def sitemaps_from_robots(text: str, base: str) -> list[str]:
    return [urljoin(base, m.group(1)) for m in _SITEMAP_LINE.finditer(text)]


def _parse(body: bytes) -> etree._Element | None:
    try:
        root = etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(body: bytes, base: str) -> list[Discovered]:
    """URLs of a sitemap (``<urlset>``, news sitemaps too) or sitemap index."""
    root = _parse(body)
    if root is None:
        return []
    kind = _local(root.tag)
    out: list[Discovered] = []
    for entry in root:
        name = _local(entry.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = published = None
        for child in entry.iter():
            local = _local(child.tag)
            if local == "loc" and loc is None and child.text:
                loc = child.text.strip()
            elif local in ("publication_date", "lastmod") and child.text and (published is None or local == "publication_date"):
                published = child.text.strip()
        if loc:
            out.append(Discovered(urljoin(base, loc), published, is_sitemap=(kind == "sitemapindex" or name == "sitemap")))
    return out


def parse_feed(body: bytes, base: str) -> list[Discovered]:
    """Item links of an RSS 2.0 / RSS 1.0 / Atom feed."""
    root = _parse(body)
    if root is None:
        return []
    out: list[Discovered] = []
    for item in root.iter():
        name = _local(item.tag)
        if name not in ("item", "entry"):
            continue
        link = published = None
        for child in item:
            local = _local(child.tag)
            if local == "link":
                href = child.get("href")
                if href and child.get("rel", "alternate") == "alternate":
                    link = link or href
                elif child.text and child.text.strip():
                    link = link or child.text.strip()
            elif local in ("pubDate", "published", "updated", "date") and child.text:
                published = published or child.text.strip()
        if link:
            out.append(Discovered(urljoin(base, link), published))
    return out


def feed_links(root: etree._Element, base: str) -> list[str]:
    """``<link rel="alternate" type="application/rss+xml" href>`` of an HTML page."""
    found = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "alternate" in rel and (link.get("type") or "").lower() in _FEED_TYPES and link.get("href"):
            found.append(urljoin(base, link.get("href")))
    return found
