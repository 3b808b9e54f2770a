"""Site templates learned while crawling: where a site's headline and article text sit.

Pure functions and plain state over lxml trees, no Scrapy.  The generic
extractor scores every element of a page to find the article's container;
on a site built from one template that answer is the same element page after
page.  After ``needed`` article pages of a host agree on it, the learner
hands out a :class:`Template`: two CSS selectors that the extractor uses the
way it uses a site profile's ``title_selector`` and ``body_selector``
(``extract_page(title_css=…, body_css=…)``), skipping the search.

A template is only learned from what it reproduces exactly: the generic
path took one container (no sibling blocks joined), and each selector
matches exactly that element on the page.  Pages that do not fit (a listing,
another template) take the generic path; every ``check_every``-th templated
page is extracted both ways and a difference forgets the template, so a
site that changes its layout mid-crawl is relearned.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit, urlunsplit

from lxml import etree

from newsbot.extraction.page import _canonical, _same_page, css_xpath

_UNSTABLE = re.compile(r"\d")  # "post-1234", "mod_7f3a": per page, not per template
_MAX_DEPTH = 4


@dataclass(frozen=True)
class Template:
    title_css: str
    body_css: str
    # the most links to other pages the text's element held on a page the template was learned on (not part of
    # what the template is: two pages agree on one by its selectors)
    links: int = field(default=0, compare=False)


# links out of an element to other pages (a heading's "#section" permalink is none)
_LINKS_AWAY = etree.XPath(".//a[@href and not(starts-with(normalize-space(@href), '#'))]")


def _step(el: etree._Element) -> tuple[str, bool]:
    """CSS for one element, and whether it is unique enough to stop at (an id)."""
    ident = el.get("id") or ""
    if ident and not _UNSTABLE.search(ident) and re.fullmatch(r"[A-Za-z][\w-]*", ident):
        return f"{el.tag}#{ident}", True
    classes = sorted(c for c in (el.get("class") or "").split() if re.fullmatch(r"-?[A-Za-z_][\w-]*", c)
                     and not _UNSTABLE.search(c))
    return el.tag + "".join(f".{c}" for c in classes), False


def selector_for(el: etree._Element | None) -> str | None:
    """A CSS selector for ``el`` from its tag, classes and ids, and those of a few
    ancestors (up to one with an id); None for elements without a usable path."""
    if el is None or not isinstance(el.tag, str):
        return None
    parts: list[str] = []
    node: etree._Element | None = el
    while node is not None and isinstance(node.tag, str) and node.tag not in ("html", "body") and len(parts) < _MAX_DEPTH:
        step, unique = _step(node)
        parts.append(step)
        if unique:
            break
        node = node.getparent()
    return " > ".join(reversed(parts)) if parts else None


def matches_only(root: etree._Element, selector: str, el: etree._Element) -> bool:
    """True when ``selector`` finds ``el`` and nothing else."""
    found = css_xpath(selector)(root)
    return len(found) == 1 and found[0] is el


def candidate(root: etree._Element, parts: tuple) -> Template | None:
    """The template a generically extracted page fits: its headline element and
    its one container, each found by a selector that matches it alone."""
    if len(parts) != 2:
        return None
    headline, containers = parts
    if headline is None or len(containers) != 1:
        return None
    title_css, body_css = selector_for(headline), selector_for(containers[0])
    if not title_css or not body_css:
        return None
    if not (matches_only(root, title_css, headline) and matches_only(root, body_css, containers[0])):
        return None
    return Template(title_css, body_css, len(_LINKS_AWAY(containers[0])))


def fits(root: etree._Element, template: Template, url: str) -> bool:
    """The page has one element for each of the template's selectors, and its headline is the page's own."""
    headlines, bodies = css_xpath(template.title_css)(root), css_xpath(template.body_css)(root)
    return len(headlines) == 1 and len(bodies) == 1 and not _links_away(headlines[0], url, root) \
        and not _listing_box(bodies[0], template)


def _listing_box(body: etree._Element, template: Template) -> bool:
    """The element the articles hold their text in links many more pages than it did on any page the template was
    learned on (more than half again the most, and five more): a listing in the articles' box (JSPWiki's front page, its
    blog's entries each with "(more)", "Permalink" and "Comments" links in the "page-content" box its entries keep
    their text in, under the wiki page's heading the entries' headlines sit in).  The generic path tells it."""
    links = len(_LINKS_AWAY(body))
    return 2 * links > 3 * template.links and links > template.links + 5


def _links_away(headline: etree._Element, url: str, root: etree._Element) -> bool:
    """The headline is a link to another page of the site: a listing's teaser written in the article's markup
    (Textpattern's section front and its "/page/2/" show their one excerpt as "<article class=article><h1><a
    href=/news/214/slug/>Headline</a></h1><div>…</div></article>", as the article itself does without the link):
    read through the template it would be that article, dated by the excerpt's date.  The generic path tells the
    listing.  An article's headline links to itself when it links at all ("<h1><a href=/news/214/slug/>")."""
    link = next((a for a in headline.iter("a") if a.get("href")), None)
    if link is None or len(link.text_content().strip()) < 0.8 * len(headline.text_content().strip()):
        # (the headline inside its link: a card's "<a href=/x/><h2>…</h2></a>")
        link = next((a for a in headline.iterancestors("a") if a.get("href")), None)
    if link is None or _same_page(href := link.get("href"), url) is not False:
        return False
    # the page fetched with a query its permalink has not (a feed's "?utm_source=rss", WordPress's "/?p=214"), its
    # headline linking to that permalink: the page's address without the query, or its canonical, is the link's
    parts = urlsplit(url)
    if parts.query and _same_page(href, urlunsplit(parts._replace(query="", fragment=""))):
        return False
    canonical = _canonical(root, url)
    return not (canonical and _same_page(href, canonical))


def same_extraction(a, b) -> bool:
    """Two extractions of one page (ExtractedPage) give the cleaning the same input: every field of what each
    hands the cleaning (``to_raw``'s RawArticle), so a field the cleaning comes to read (a text's outbound links,
    its bold or labelled lines) is compared without a second list of them kept by hand here."""
    return a.to_raw("", "") == b.to_raw("", "")


@dataclass
class _Host:
    votes: Counter = field(default_factory=Counter)
    links: dict = field(default_factory=dict)  # the most links away each candidate's text element held
    template: Template | None = None
    used: int = 0
    misses: int = 0


class TemplateLearner:
    """Per-host learning and checking of templates (one per crawl)."""

    def __init__(self, needed: int = 3, check_every: int = 25) -> None:
        self.needed = needed
        self.check_every = check_every
        self.hosts: dict[str, _Host] = {}

    def template(self, host: str) -> Template | None:
        entry = self.hosts.get(host)
        return entry.template if entry else None

    def observe(self, host: str, candidate: Template | None) -> Template | None:
        """An article page extracted the generic way, with the template it fits
        (None when it fits none).  Returns the template when this page taught it."""
        entry = self.hosts.setdefault(host, _Host())
        if candidate is None or entry.template is not None:
            return None
        entry.votes[candidate] += 1
        entry.links[candidate] = max(entry.links.get(candidate, 0), candidate.links)
        if entry.votes[candidate] >= self.needed:
            learned = replace(candidate, links=entry.links[candidate])
            entry.template, entry.votes, entry.links = learned, Counter(), {}
            return learned
        return None

    def due_for_check(self, host: str) -> bool:
        """Count one page extracted through the host's template; True every check_every-th."""
        entry = self.hosts[host]
        entry.used += 1
        return entry.used % self.check_every == 0

    def missed(self, host: str) -> None:
        """A page of the host did not fit its template (counted, the template stays)."""
        self.hosts[host].misses += 1

    def forget(self, host: str) -> None:
        """The template gave another result than the generic path: learn again."""
        self.hosts[host] = _Host()
