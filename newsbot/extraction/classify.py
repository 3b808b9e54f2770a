"""Is this page an article?  A verdict with a machine-readable reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsbot.cleaning.metadata import find_date
from newsbot.extraction.page import ARTICLE_TYPES, ExtractedPage

# Path words of pages that are not articles, in several languages.
_NON_ARTICLE_SEGMENTS = frozenset(
    "tag tags category categories topic topics author authors page search about about-us aboutus contact "
    "contact-us contacts privacy privacy-policy terms terms-of-service imprint impressum legal login register "
    "signup archive archives feed rss sitemap index kontakt ueber-uns uber-uns datenschutz acerca contacto "
    "aviso-legal politica-de-privacidad qui-sommes-nous mentions-legales faq help advertise careers jobs "
    "subscribe newsletter".split()
)
_DATE_IN_PATH = re.compile(r"/(?:19|20)\d{2}[/-]?(?:0?[1-9]|1[0-2])[/-]?(?:[0-2]?\d|3[01])?(?:/|$|-)")
_SLUG = re.compile(r"[^/]*[\w]+(?:[-_][\w]+){3,}[^/]*$")
_ID_IN_PATH = re.compile(r"/\d{5,}|[-_]\d{4,}(?:\.\w+)?$|\.s?html?$")
_PAGINATION_QUERY = re.compile(r"[?&](?:page|p|paged|pg|offset|start)=\d+", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    is_article: bool
    reason: str  # machine-readable: "article", "url-not-article", "no-title", "no-text", ...
    detail: str = ""


def url_kind(url: str) -> str | None:
    """``"listing"`` when the URL alone says the page is not an article."""
    parts = urlsplit(url)
    path = parts.path.lower()
    segments = [s for s in path.split("/") if s]
    if not segments:
        return "listing"  # the home page
    if _PAGINATION_QUERY.search(parts.query):
        return "listing"
    last = segments[-1].rsplit(".", 1)[0]
    if _DATE_IN_PATH.search(path) and _SLUG.search(last):
        return None
    if any(s.rsplit(".", 1)[0] in _NON_ARTICLE_SEGMENTS for s in segments):
        return "listing"
    return None


def classify(page: ExtractedPage, min_body_chars: int = 200, article_url: bool | None = None,
             use_url: bool = True) -> Verdict:
    """Decide from the extracted page.  ``article_url`` is the site profile's
    verdict on the URL when it has one (True/False), else None.  ``use_url``
    False: the URL is unknown (a saved page), judge from the content alone."""
    if article_url is False:
        return Verdict(False, "url-not-article", "the site profile's article patterns do not match")
    if use_url and article_url is None and url_kind(page.url):
        return Verdict(False, "url-not-article", "the URL is a listing, tag, category or information page")
    if not page.title:
        return Verdict(False, "no-title", "no headline found")
    prose = [b for b in page.blocks if b.kind in ("p", "quote", "pre") and b.link_ratio < 0.5]
    chars = sum(len(b.text) for b in prose)
    if chars < min_body_chars:
        return Verdict(False, "no-text", f"{chars} characters of article text, fewer than {min_body_chars}")
    if page.container_link_ratio > 0.5:
        return Verdict(False, "link-list", f"{page.container_link_ratio:.0%} of the main text is links")
    if article_url:
        return Verdict(True, "article")
    url_evidence = use_url and (
        bool(_DATE_IN_PATH.search(urlsplit(page.url).path))
        or bool(_SLUG.search(urlsplit(page.url).path.rstrip("/")))
        or bool(_ID_IN_PATH.search(urlsplit(page.url).path))
    )
    evidence = (
        url_evidence
        or page.og_type == "article"
        or bool(page.jsonld_types & ARTICLE_TYPES)
        or bool(page.published_hint)
        or any(_looks_dated(line) for line in page.meta_lines)
        or (not use_url and page.has_article_element)
    )
    if not evidence:
        return Verdict(False, "no-article-evidence", "no date, article markup or article-like URL")
    return Verdict(True, "article")


def _looks_dated(line: str) -> bool:
    return find_date(line) is not None
