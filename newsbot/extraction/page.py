"""Find the parts of a news page: headline, metadata area, article blocks.

Why not only trafilatura: aggregator junk is recognised from structure (link
density, headings, blocks repeated across a site) as much as from text, so the
extractor keeps the page's blocks with that information instead of flat text,
and it reuses the tree Scrapy has already parsed (one parse per page).  The
container choice is the classic readability scoring (text of paragraphs
credited to their parent and grandparent), which needs a few lines on lxml.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import chain, islice, pairwise
from urllib.parse import SplitResult, parse_qsl, unquote, urljoin, urlsplit, urlunsplit

import lxml.html
from cssselect import GenericTranslator
from lxml import etree

from newsbot.cleaning.article import RawArticle, language_code
from newsbot.cleaning.footer import (
    COPYRIGHT_NOTICE,
    EMAIL_WORD,
    PROSE_PARAGRAPH_CHARS,
    SHARE_TARGET,
    Block,
    category_archive,
    flat_archive,
    more_line_category,
    tag_archive,
)
from newsbot.cleaning.metadata import (
    ARROW_MARKS,
    LABEL_COLONS,
    RELATIVE_TIME,
    REVISION_LEAD,
    WIRE_AGENCIES,
    _outlet_name,
    _signed_outlet,
    ascii_digits,
    closing_credit,
    coined_field,
    coined_parts,
    credit_sentence,
    find_date,
    glued_row,
    is_field_label,
    is_labelled_field,
    is_meta_line,
    names_an_update,
    parse_iso_datetime,
    parse_meta_line,
    placeholder_time,
    published_label_before,
    row_only_value,
)
from newsbot.cleaning.spam import sells, title_prefix_candidates
from newsbot.cleaning.text import (
    NO_SPACE_SCRIPTS,
    SENTENCE_STOPS,
    keep_ideographic_spaces,
    normalize_inline,
    text_weight,
)

_SKIP_TAGS = frozenset(
    "script style noscript template svg iframe button select textarea nav footer aside header figure "
    "figcaption video audio canvas object embed head title meta link".split()
) | frozenset(
    # AMP's components that are never the article: ads and ad-driven recommendation embeds (their
    # placeholder and fallback children read "विज्ञापन", "Advertisement"), trackers, embedded players and
    # posts (as iframe and video above), the menu, share and consent bars, state data
    "amp-ad amp-embed amp-sticky-ad amp-auto-ads amp-ad-exit amp-analytics amp-pixel amp-iframe amp-video "
    "amp-youtube amp-vimeo amp-dailymotion amp-brightcove amp-jwplayer amp-twitter amp-instagram amp-facebook "
    "amp-tiktok amp-sidebar amp-social-share amp-consent amp-user-notification amp-state amp-bind-macro".split()
)
_BLOCK_TAGS = frozenset(["p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "dd"])
_HEADING_TAGS = frozenset(["h2", "h3", "h4", "h5", "h6"])
# every heading, the page's <h1> too (a block's kind "h" is for the in-article ones above)
_ANY_HEADING = ("h1", "h2", "h3", "h4", "h5", "h6")
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time "
    "tt u var wbr label big nobr ins del".split()
)
# Class/id words of blocks that are never the article.  Matched against whole
# class tokens and their hyphen/underscore parts, so ``related-posts`` and
# ``post-meta`` are noise but WordPress's ``tag-russia`` on the article is not.
_NOISE_PARTS = frozenset(
    "comment comments share sharing sharebar social related recommend recommended recommendations "
    "sidebar breadcrumb breadcrumbs advert advertisement ads promo newsletter subscribe cookie "
    "cookies popup modal widget teaser teasers pagination pager toolbar meta tags more nav navbar "
    "menu footer byline dateline outbrain taboola poll polls bio author-bio ad follow signature "
    # the writer's box under the text, its heading and a line about them (Habari's and many themes' "div.author-box")
    "author-box authorbox author-info about-author author-card".split()
) | frozenset(
    # pull quotes (repeat the text), calls to action, embedded social posts
    # (blockquote.twitter-tweet, .instagram-media, .tiktok-embed)
    "pullquote pull-quote pull_quote cta tweet twitter-tweet instagram instagram-media tiktok tiktok-embed".split()
) | frozenset(
    # the same words run together: Jetpack's related posts ("<div id=jp-relatedposts class=jp-relatedposts>")
    "relatedposts".split()
) | frozenset(
    # a post's copyright box: its author, its link, its licence (Halo's and Hexo's "div.post-copyright" under the text)
    "copyright".split()
) | frozenset(
    # ... and its reprint or disclaimer line, classed so by the post's template ("<p class="reprint">Ini su ptasan ka
    # kari nii ka sapah patas kiya …</p>" closing an Elgg post, Truku; Cotonti's "<p class="disclaimer">Usatora nhau
    # iyi usina mvumo yaNhau dzeCipinge.</p>", Ndau: "do not take this story without permission"), in any language
    "reprint disclaimer".split()
) | frozenset(
    # the page's or the site's footer by its short name, as whole class tokens (Franklin.jl's "<div class="page-foot">CC
    # BY-SA 4.0 … Last modified: … Website built with Franklin.jl …</div>" closing the content box of every page: the
    # site's licence and its build's date, never the text, and a gallery's or a listing's only dated "paragraph";
    # Ghost's "gh-foot", a theme's "site-foot"): "foot" alone is also a part of WordPress's "category-foot" (French
    # football) on the post's own box, and "footnotes" is a word of its own
    "page-foot site-foot gh-foot".split()
) | frozenset(
    # tagDiv Newspaper's ad box (its whole class token) and its label ("<div class="td-a-rec td-a-rec-id-content_inline">
    # <span class="td-adspot-title">- Advertisement -</span><a><img></a></div>" between the paragraphs)
    "td-a-rec adspot".split()
) | frozenset(
    # Serendipity's entry tag line and entry footer ("<div class="serendipity_freeTag">Tags for this entry: <a
    # rel="tag">…</a>", "<div class='serendipity_entryFooter'>Posted by … in … at 08:45 | Comments (2)")
    "freetag entryfooter".split()
) | frozenset(
    # a theme's links to the previous and next posts with their excerpts, named by both words run together (Hexo
    # Volantis's "<div class="prev-next"><a class="prev"><p class="title">…</p><p class="content">… excerpt ...</p>",
    # Fluid's "post-prevnext"): never the text; not "prev" or "next" alone (a theme's "next-post" wrapper holds
    # the story infinite scroll renders next)
    "prev-next prevnext".split()
) | frozenset(
    # Disqus's comments box and its comment counters ("<div id="disqus_thread"><h4>Comments (2)</h4>…", a Jekyll
    # theme's heading over the thread inside the post; "<span class="disqus-comment-count">"): the readers', never the text
    "disqus".split()
) | frozenset(
    # Ghost's signup card inside the post's text (".gh-content > div.kg-card.kg-signup-card": a newsletter box's
    # heading, subheading and button): never the text
    "kg-signup-card".split()
)
# MediaWiki's chrome, named so by the software on every wiki: a heading's edit link (span.mw-editsection: "[Түзөтүү]",
# "[edit]"), the print footer ("Retrieved from «URL»"), the category links (#catlinks).  Whole class/id tokens only,
# never a part cut at "-"/"_" (a news template's "has-metadata", "article-noprint", "text_metadata" box is its story);
# "portal" or "references" would also name a news site's article column (Plone's #portal-column-content)
_WIKI_CHROME = frozenset("editsection mw-editsection printfooter catlinks mw-normal-catlinks".split())
# ... and two ordinary words MediaWiki also uses, whole tokens on a MediaWiki page only (<body class="mediawiki">):
# what the skin hides in print (div#siteSub.noprint: "From Wikinews"), a box of data about the page
# (table.infobox.metadata: related stories, the portal line "Портал: Коом")
_WIKI_CHROME_WORDS = frozenset("noprint metadata".split())
# A site generator's chrome after the text, named so on every page it writes (whole class/id tokens): the sections of
# Quarto's appendix for the licence ("Reuse"), the copyright and the BibTeX "Citation" with its "cite as" entry; not
# the appendix itself (div#quarto-appendix), which also holds the post's footnotes (#footnotes) and references
# (#quarto-bibliography)
# ... and the same appendix as distill for R Markdown writes it after the post's d-article: div.d-appendix (its
# "Reuse" licence note, "Text and figures are licensed under …", and the "Citation" with "For attribution, please
# cite this work as …"; the footnotes and references its script renders there are not in the page) and the
# div.appendix-bottom newer versions put those two sections in
_GENERATOR_CHROME = frozenset(("quarto-reuse", "quarto-copyright", "quarto-citation", "d-appendix", "appendix-bottom"))
_PROTECTED_TAGS = frozenset({"html", "body", "main", "article", "form"})
_META_ATTR = re.compile(r"meta|byline|date|time|author|info|source|posted|dateline|details", re.IGNORECASE)
# the name a page builder gives an element's layer, beside its generated classes (Framer: "framer-72df186" and
# data-framer-name="Category"): read where a class would be
_LAYER_NAME = "data-framer-name"
ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
     "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report", "liveblogposting"}
)


class ExtractionError(ValueError):
    """The document could not be parsed as HTML."""


@dataclass
class ExtractedPage:
    url: str
    title: str | None = None
    html_title: str | None = None
    og_title: str | None = None
    meta_lines: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    language: str | None = None
    published_hint: str | None = None
    modified_hint: str | None = None
    created_hint: str | None = None  # when the item was created (Dublin Core): the publication when nothing else is
    source_hint: str | None = None
    category_hint: str | None = None
    # the line right under the headline is a link into one of the site's category archives, and nothing else
    # (see _category_line): the post filed under its category, which the site's own pages are not
    filed_under: str | None = None
    # the line right under the headline is a platform's post line, its writer or its community linked (see
    # _platform_post_line): a post, however undated
    post_line: bool = False
    og_type: str | None = None
    jsonld_types: set[str] = field(default_factory=set)
    has_article_element: bool = False
    # one schema.org article item in the markup, its headline no link (microdata_article)
    microdata_article: bool = False
    link_headlines: list[tuple[str, str]] = field(default_factory=list)  # each with its link's address
    # ... those of links to another page of the site (not the page itself): a comments page's headline names one
    away_link_texts: list[str] = field(default_factory=list)
    container_link_ratio: float = 0.0
    breadcrumbs: list[str] = field(default_factory=list)
    link_keywords: list[str] = field(default_factory=list)
    outbound_links: list[tuple[str, str]] = field(default_factory=list)  # (host, text) of links to other sites
    bold_lines: list[str] = field(default_factory=list)  # the text's short paragraphs set wholly in bold
    # short texts anywhere that look like dates: found on first use (see dated_texts), as
    # classification asks for them only when a page has no other evidence of being an article
    dated_scope: etree._Element | None = field(default=None, repr=False, compare=False)
    _dated_found: list[str] | None = field(default=None, repr=False, compare=False)
    # (headline element, article containers): what a site template is learned from (extraction/template.py)
    parts: tuple = field(default=(), repr=False, compare=False)
    site_name: str | None = None  # the site's own name: og:site_name, else after the headline in <title>
    # the name the site publishes under: og:site_name, or the <title> suffix its home link also reads
    publisher: str | None = None
    section_names: list[str] = field(default_factory=list)  # texts of links to the site's sections
    # a link of the site's menu leads to this page, reading its headline: the site's own page ("About us")
    menu_names_page: bool = False
    # the texts of the page's short links to itself (a category page's own name in its sidebar or its entries' lines:
    # Excite Blog's "<a href="/i3/">Ndamo</a>" on "/i3/"; classify's section-page rule on a <title> naming the page)
    self_link_texts: list[str] = field(default_factory=list, repr=False, compare=False)
    # ... and that link reads as a menu's label (short), not a headline a ticker in the header shows
    menu_label_names_page: bool = False
    # ... or a line of the site's pages typed into the text itself links it by its headline (see _line_menu_names_page)
    line_menu_names_page: bool = False
    # headings in the text that link to another page of the site (a listing's teasers: "<h2><a href=/kraj/1428-…>")
    teaser_headings: list[str] = field(default_factory=list)
    # the headline of another page of the site heading the box the text is read from (_entry_link_above)
    entry_above: str | None = None
    # the headline, linking to another page, of the item whose text is the page's text: the text
    # is one teaser of a listing (a month archive's first post, a hashtag feed's one card)
    teaser_of: str | None = None
    # the texts (spaces removed) of the items around the text that open with a headline linking to another
    # page and close with a second link to it ("read more"): a listing's teasers, however long (see _teaser_items)
    teaser_items: list[str] = field(default_factory=list)
    # links in the text reading a short label cut with an ellipsis to another page of the site (PHP-Nuke's "(<a
    # href=/article1204.html>Padayon sa pagbasa...</a> | 1202 bytes pa)", "Read more…"): a listing's, see _read_on_links
    read_on_links: int = 0
    canonical: str | None = None  # <link rel=canonical>, absolute (or the address a noindex copy prints)
    # <link rel=alternate type=text/html> without hreflang, absolute: the page's own text in another HTML view
    # (DokuWiki's "/_export/xhtml/<id>", "Plain HTML"), a copy of it (copies.CopyTracker)
    html_alternates: list[str] = field(default_factory=list)
    noindex: bool = False  # <meta name=robots content="noindex">
    print_class: bool = False  # the <body>'s or <html>'s class "print" (a print template's own: copies.document_marks_copy)
    # headings of the headline's rank in the text, besides it, that links of the page name as other pages of the
    # site (counted on a noindex page naming no canonical only: a whole book's print view, _chapter_headings)
    chapter_headings: int = 0
    zone: str | None = None  # the offset a footer states for the page's times ("All times are UTC+05:00")
    breadcrumb_text: str | None = None  # the breadcrumb as written ("Home > World")
    # the menu's name of the section the address files the page under ("/dhaqaalaha/<slug>/", the menu's
    # "<a href="/dhaqaalaha/">Dhaqaalaha</a>"): the category when the page names none
    url_section: str | None = None
    # the first tag of the post's metadata row under its headline (a blog whose only taxonomy is its tags): the
    # category when nothing else names one (see _headline_row_tag)
    tag_section: str | None = None
    # a wiki page's namespace number (MediaWiki: 0 the articles; 1 a talk page, 2 a user's, 14 a category, -1 special)
    wiki_namespace: int | None = None
    # the post's authors as the head names them (JSON-LD Article's author: names casefolded, the paths of their
    # pages without the closing slash; <meta name=author>): a meta line's link to one is no category
    author_refs: set[str] = field(default_factory=set, repr=False, compare=False)
    # a documentation generator's page of docs, marked so on <html> (Docusaurus: "docs-doc-page")
    docs_page: bool = False
    # the page holds an executed notebook's output cells and code (see _NOTEBOOK_OUTPUT, _HAS_CODE): a notebook
    # rendered as a page
    notebook_output: bool = False
    # the software's not-found template, marked so on <body> (see _NOT_FOUND_BODY), whatever status the server sent
    not_found_template: bool = False
    # WordPress's static page, marked so on <body> ("page-template-default page page-id-2"; a post's is "single
    # single-post postid-5"), that the site's menu links under a label (see _static_page_body, _menu_links_here)
    menu_static_page: bool = False
    # the names the site's links to its home page read ("<a href="/index.php"><img alt="Ненэця Вада"></a>", "<a
    # href="/">براہوئی دیوان</a>"), asked only of a short undated-looking page the site's menu links (see _home_names)
    home_names: list[str] = field(default_factory=list)
    # WordPress's single post, marked so on <body> ("single single-post postid-88"): a post, not one of the site's pages
    wordpress_post: bool = False
    # WordPress's attachment page, marked so on <body> ("attachment single single-attachment attachmentid-7"): one
    # uploaded picture under its file's name, a caption at most; not a post
    wordpress_attachment: bool = False
    # a shop's page of one product or one of its CMS pages, marked so on <body> (Magento's "catalog-product-view",
    # "cms-page-view"): not a story, whatever og:type it lacks
    shop_product: bool = False
    shop_cms_page: bool = False
    # every box the text was read from sits in the site's footer (<footer>, or a box whose class or id names it),
    # the headline outside it: a text repeated on every page (see _in_site_footer)
    footer_text: bool = False
    # the page links to its own calendar entry (an iCalendar download: see _calendar_entry): an event's page
    calendar_entry: bool = False
    # each box of the text holds the post's pictures or video, or sits in a box under the post's that does (see
    # _beside_media): its short lines are captions, a photo or video post's
    media_text: bool = False
    # the page's text is too short for a story and its main box holds two or more pictures, each with a caption the
    # text leaves out (see _captions_only): a photo post whose only words are its captions
    captions_only: bool = False
    # the known agency a short credit line right after the text credits it to, outside the text's boxes (see
    # _agency_after_text)
    agency_credit: str | None = None
    # the text's paragraphs set wholly in italics ("<p><em>Kjelde: Bergens Tidende</em></p>"): a closing one may
    # credit another outlet (see metadata.italic_credit)
    italic_lines: list[str] = field(default_factory=list)
    small_lines: list[str] = field(default_factory=list)  # the text's paragraphs set wholly in <small>
    # ... and those set to the right ("<p style="text-align: right;"><em>Грозный-Информ</em></p>"): a closing one,
    # a name in italics alone, signs the story off with its origin (see metadata.closing_credit)
    right_lines: list[str] = field(default_factory=list)
    # ... and those opening on a label in bold ("<p><strong>Дукувчэн:</strong> Нина Ламутская</p>", _bold_labelled):
    # a closing one under the text's prose, a label and a name, is its byline (article._closing_byline)
    label_lines: list[str] = field(default_factory=list)
    # ... and those made of fields each under a label in bold and no colon, the bold's end the label's (see
    # _bold_label_row), each with its reading as a "Label: Value" row: a metadata row under labels the site coins
    bold_label_rows: list[tuple[str, str]] = field(default_factory=list)
    # the names of the writers' archives the page links to, as their addresses spell them ("/authors/mali-paul",
    # rel="author") and as their links read them ("Tamag-Gilmar"): a plain "Label: Name" line under the headline
    # naming one is a byline (see _author_slugs)
    author_slugs: list[str] = field(default_factory=list)
    # the date an element marked as one shows in the post's box, when the page states no other (see _shown_date):
    # read as a metadata line by the cleaning, never as evidence that the page is an article
    shown_date: str | None = None
    # the page's only date is a stamp beside its text, a relative time titled with its date (_titled_stamp): read as a
    # metadata line, though one a platform prints on every page, its own pages too (classify's menu rule)
    stamp_dated: bool = False

    @property
    def link_texts(self) -> list[str]:
        """The headlines of :attr:`link_headlines`, without their addresses."""
        return [text for text, _ in self.link_headlines]

    @property
    def dated_texts(self) -> list[str]:
        if self._dated_found is None:
            self._dated_found = _dated_texts(self.dated_scope) if self.dated_scope is not None else []
        return self._dated_found

    def menu_opens_headline(self, shortened: bool = False) -> bool:
        """A link of the site's menu or footer leads to this page reading its headline or the headline's first words
        (LiveJournal's "<nav><a href="/10001.html">Regulis</a>" over the entry "Regulis de comunitât"): the site's
        own page; ``shortened``: reading the headline's words in order, its first and last kept, others perhaps left
        out (Sahifa's "Pedoman Media Siber" over "Pedoman Pemberitaan Media Siber").  Looked for on first use."""
        if self.dated_scope is None or not self.title:
            return False
        return _menu_opens_headline(self.dated_scope.getroottree().getroot(), self.url, self.title, shortened)

    def to_raw(self, site: str, fetched_at: str) -> RawArticle:
        """What the cleaning needs of this page."""
        return RawArticle(
            url=self.url, site=site, fetched_at=fetched_at, title=self.title,
            meta_lines=self.meta_lines + ([self.shown_date] if self.shown_date else []),
            blocks=self.blocks, language=self.language,
            published_hint=self.published_hint, category_hint=self.category_hint,
            source_hint=self.source_hint, breadcrumbs=self.breadcrumbs,
            link_keywords=self.link_keywords, outbound_links=self.outbound_links, site_name=self.site_name,
            section_names=self.section_names,
            breadcrumb_text=self.breadcrumb_text, publisher=self.publisher, zone=self.zone,
            head_titles=[t for t in (self.html_title, self.og_title) if t and t != self.title],
            italic_lines=self.italic_lines, small_lines=self.small_lines, bold_lines=self.bold_lines, url_section=self.url_section,
            tag_section=self.tag_section, right_lines=self.right_lines, author_slugs=self.author_slugs,
            label_lines=self.label_lines, bold_label_rows=self.bold_label_rows,
            author_names=sorted(ref for ref in self.author_refs if not ref.startswith("/")),
        )


# lxml.html's parser picks each element's Python class in Python code
# (HtmlElementClassLookup.lookup: classes for forms, inputs, labels, ...), every
# time an element is touched from Python: ~1 µs, a hundred-odd times per page in
# the link extractor and again here.  Nothing in newsbot uses those classes; this
# lookup gives every element the plain HtmlElement, from C.
_PLAIN_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity,
)


def use_plain_element_classes(root: etree._Element) -> None:
    """From now on, elements of ``root``'s document are plain ``HtmlElement``s (see _PLAIN_CLASSES)."""
    parser = root.getroottree().parser
    if parser is not None:
        parser.set_element_class_lookup(_PLAIN_CLASSES)


class _Gated:
    """An XPath asked only where an element it needs is: an element named one of ``tags`` in the scope it searches
    (``whole``: the document, a path from its root, "//…"; else the context element and what it holds), found by
    lxml's C walk of the tree (``el.iter(*tags)``, about a microsecond on a benchmark page) before the XPath's
    evaluation, which costs tens of microseconds a call even when nothing matches (its context's setup, a test on
    every element).  Every match of the path holds such an element, so where none is the answer is the path's own
    empty one (``empty``: [] for a node-set, False for a boolean): the same answers, asked less often (no change of
    output)."""

    __slots__ = ("empty", "path", "tags", "whole")

    def __init__(self, path: str, tags: tuple[str, ...], *, whole: bool = False, empty: bool | None = None) -> None:
        self.path, self.tags, self.whole, self.empty = etree.XPath(path), tags, whole, empty

    def __call__(self, el: etree._Element) -> list | bool:
        if next((el.getroottree().getroot() if self.whole else el).iter(*self.tags), None) is None:
            return [] if self.empty is None else self.empty  # (a new list, as the XPath's own)
        return self.path(el)


# attributes of a few platforms' markup that most pages have none of: a properties block's keyed rows
# (_KEYED_PROPERTIES), a creation time's attribute (_CREATED_ATTRIBUTES), a page component's time props
# (_COMPONENT_TIME), PunBB's message box (_MESSAGE_PAGE); one look for all of them per document
# (a union of attribute steps: a third of the time of one test of five attributes on every element)
_RARE_ATTRIBUTES = etree.XPath("boolean(//@data-property-key | //@data-createtime | //@published-at | //@created-at"
                               " | //@id[. = 'brd-message'] | //@role[. = 'doc-noteref'])")
_RARE: tuple[etree._Element | None, bool] = (None, False)


def _rare_attributes(el: etree._Element) -> bool:
    """``el``'s document has an element with one of _RARE_ATTRIBUTES (asked once per document)."""
    global _RARE
    root = el.getroottree().getroot()
    if _RARE[0] is not root:
        _RARE = (root, bool(_RARE_ATTRIBUTES(root)))
    return _RARE[1]


class _AttributeGated(_Gated):
    """A path from the document's root matching only an element with one of _RARE_ATTRIBUTES: asked only on a
    document that has one (the same answers; no change of output)."""

    __slots__ = ()

    def __call__(self, el: etree._Element) -> list | bool:
        if not _rare_attributes(el):
            return [] if self.empty is None else self.empty
        return self.path(el)


# an XML declaration opening a document already decoded (an XHTML page saved as text: Mambo's "<?xml version="1.0"
# encoding="utf-8"?><!DOCTYPE html …>"): lxml refuses a str that declares an encoding, and the text is decoded already
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def print_classed(root: etree._Element) -> bool:
    """The document's <html> or <body> is classed "print": a print template's own view ("<body class="article
    print">", a static site's "story-print.html"); copies.document_marks_copy and classify read it."""
    body = root.find("body") if root.tag == "html" else None
    return any("print" in (el.get("class") or "").lower().split() for el in (root, body) if el is not None)


def parse_html(html: str | bytes) -> etree._Element:
    if not html or not html.strip():
        raise ExtractionError("empty document")
    if isinstance(html, str):
        html = _XML_DECLARATION.sub("", html, count=1)
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not parseable as HTML: {exc}") from None
    return root


_CODE_TAGS = ("script", "style", "noscript", "template")
# a code listing's elements: text shown as code, never a page's metadata
_LISTING_TAGS = ("pre", "code", "kbd", "samp")


# the elements a page's own text is written in: a <noscript> holding them holds a page, not a tracking pixel; so does
# a <template> holding them, a Vue component's slot the server filled with the page (Wiki.js 2's "<page title=… created-at=…>
# <template slot="contents"><div><p>…", server/views/page.pug: nothing but the shell outside), not a widget's markup
_NOSCRIPT_TEXT = _Gated("//*[self::noscript or self::template][.//p or .//h1 or .//h2 or .//h3 or .//li or .//blockquote]",
                        ("noscript", "template"), whole=True)


# paragraphs of a page's own text outside <noscript> and the page's chrome (header, nav, aside, a footer: Flarum's
# "Footer-custom" copyright line); words that many of them make the page's own article text
_OWN_PARAGRAPHS = etree.XPath(
    "//body//*[self::p or self::blockquote][not(ancestor::noscript or ancestor::template or ancestor::footer or ancestor::header"
    " or ancestor::nav or ancestor::aside)]")  # (nor in a box its class or id names a footer: _in_footer)
_OWN_TEXT_WORDS = 20


def _read_noscript(root: etree._Element) -> None:
    """A page served to a crawler without JavaScript whose text is inside ``<noscript>`` (Flarum's
    ``<noscript id="flarum-content"><h2>Headline</h2><div class="Post-body"><p>…``, the app's shell empty):
    those elements are read as the page's own (renamed ``<div>``) when they hold more text than the page
    shows outside them.  A page showing article text of its own (_OWN_TEXT_WORDS words or more in paragraphs
    outside its chrome: _OWN_PARAGRAPHS) has only the ``<noscript>`` repeating one of those paragraphs read (a
    lazy loader's fallback with the whole story).  Elsewhere ``<noscript>`` stays unread (a tracking pixel, an
    "enable JavaScript" note, a consent manager's fallback beside a short article).  A ``<template>`` is read
    the same way (Wiki.js's slot of the page's contents; a widget's template beside an article stays unread)."""
    held = _NOSCRIPT_TEXT(root)
    if not held:
        return
    inside = sum(len(" ".join(el.text_content().split())) for el in held)
    body = root.find("body") if root.tag == "html" else root
    outside = [] if body is None else _pieces(body)  # (the visible text outside <noscript>, scripts and styles)
    if len(" ".join("".join(outside).split())) >= inside:
        return
    own = [" ".join(p.text_content().split()) for p in _OWN_PARAGRAPHS(root) if not _in_footer(p)]
    if sum(len(text.split()) for text in own) >= _OWN_TEXT_WORDS:
        # the page's own article, however short: only a <noscript> repeating one of its paragraphs is read (a lazy
        # loader's fallback holding the whole story); another holds something else (a consent notice)
        seen = {text for text in own if text}
        held = [el for el in held if any(" ".join(p.text_content().split()) in seen
                                         for p in el.iter("p", "blockquote"))]
        if not held:
            return
    global _UNCLEAN
    for el in held:
        el.tag = "div"
    if _UNCLEAN[0] is root.getroottree().getroot():
        _UNCLEAN = (None, set())  # (its memos named the <noscript>s as code)


# a forum quote's label: the <cite> opening a <blockquote>, a few words ending with a colon (MyBB's "<blockquote
# class="mycode_quote"><cite>Quote:</cite>…", "Цитата:", "Zitat:", "Citation :"; phpBB's "<blockquote><div><cite>Jane
# wrote:</cite>…"): the box's caption, no words of the quotation. Only a forum's quote box (its class, or a post body's
# around it) or a caption worded as one ("Quote:", "<name> wrote:"): a news story's "<blockquote><cite>Angela Merkel:
# </cite> "…"" names its speaker
_QUOTE_CITES = _Gated("//blockquote/cite[1] | //blockquote/*[1]/cite[1]", ("cite",), whole=True)
_QUOTE_LABEL = re.compile(r"[^\n:：]{1,40}[:：]")
_FORUM_QUOTE_BOX = re.compile(
    r"(?:^|\s)(?:mycode_quote|bbcode_quote|bbc_standard_quote|bbCodeBlock--quote|quotecontent|ipsQuote|postbody|post_body"
    r"|postcontent|postmessage|post_message)(?:\s|$)")
_QUOTE_CAPTION = re.compile(
    r"(?:quote|zitat|цитата|citation|cita|citaat|cytat|lainaus|alıntı|citazione|引用|引用文|인용)\s*[:：]"
    r"|.*\s(?:wrote|writes|schrieb|a écrit|escribió|scrisse|schreef|skrev|kirjoitti|napisał\(?a?\)?|yazdı"
    r"|написал\(?а?\)?|писал\(?а?\)?|писав\(?ла\)?)\s*[:：]|.+(?:写道|寫道)\s*[:：]", re.IGNORECASE)


def _forum_quote(cite: etree._Element, label: str) -> bool:
    """``cite`` (a label in _QUOTE_CITES) is a forum quote box's caption: by its box's markup or by its words."""
    if _QUOTE_CAPTION.fullmatch(label):
        return True
    return any(_FORUM_QUOTE_BOX.search(el.get("class") or "") for el in cite.iterancestors())


# a heading's section number as pandoc marks it (bookdown, Quarto, pandoc's --number-sections: "<h1><span
# class="header-section-number">2</span> Headline</h1>", "<h2><span …>2.1</span> Section</h2>"): numbering, no words of it
# (the spans first: a name test, where a test of six names on every element cost ~85 µs a page on the benchmark site)
_SECTION_NUMBERS = _Gated("//span[@class='header-section-number'][parent::h1 or parent::h2 or parent::h3 or "
                          "parent::h4 or parent::h5 or parent::h6]", ("span",), whole=True)


def _drop_section_numbers(root: etree._Element) -> None:
    for span in _SECTION_NUMBERS(root):
        span.drop_tree()


# a footnote's reference in the text, as Sphinx (docutils), pandoc and Hugo mark it ("deŋ<a class="footnote-reference
# brackets" href="#f1" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a>,"):
# the note's number, no word of the sentence (the note itself, under the text, is left out with the page's asides)
_NOTE_REFERENCES = _AttributeGated("//a[@role='doc-noteref']", ("a",))
_NOTE_MARK = re.compile(r"\[?\(?[\d*†‡a-z]{1,3}\)?\]?")


def _drop_note_references(root: etree._Element) -> None:
    for ref in _NOTE_REFERENCES(root):
        if _NOTE_MARK.fullmatch(_text(ref)):
            ref.drop_tree()  # (its tail, the sentence's next words, stays)


# the mark a TWiki or Foswiki page writes after a WikiWord naming a topic not written yet, a link to create it
# ("<span class="foswikiNewLink">OmeyaMOshikango<a href="/bin/edit/…?topicparent=…">?</a></span>"): the wiki's
# button, no word of the sentence
# (its spans' classes read in one walk: a few microseconds a page, an XPath's test of every class several more)
def _drop_new_topic_marks(root: etree._Element) -> None:
    for span in root.iter("span"):
        if "NewLink" in (span.get("class") or ""):
            for mark in span.findall("a"):
                if (mark.text or "").strip() == "?" and not len(mark):
                    mark.drop_tree()  # (its tail stays)


def _drop_quote_labels(root: etree._Element) -> None:
    """Drop the label a forum's quote box opens with (see _QUOTE_CITES), keeping the quotation after it."""
    global _UNCLEAN
    dropped = False
    for cite in _QUOTE_CITES(root):
        label = " ".join(cite.text_content().split())
        if (not _QUOTE_LABEL.fullmatch(label) or len(label.split()) > 4 or _text_before(cite)
                or not _forum_quote(cite, label)):
            continue
        cite.drop_tree()  # (its tail, the quotation's first words, stays)
        dropped = True
    for cite in _CLOSING_CITES(root):
        if _closing_attribution(cite):
            cite.drop_tree()
            dropped = True
    if dropped and _UNCLEAN[0] is root.getroottree().getroot():
        _UNCLEAN = (None, set())


# A quotation's speaker in a <cite> closing its <blockquote>, after the quoted paragraphs (TiddlyWiki's "<<<" block,
# "<blockquote class="tc-quote"><p>…</p><cite>Patimat Musaeva</cite></blockquote>"): the quote's caption, as a
# figcaption is, no words of it; a name of a few words, nothing after it
_CLOSING_CITES = _Gated("//blockquote/cite[last()][preceding-sibling::p]", ("cite",), whole=True)
_CLOSING_CITE_WORDS = 6


def _closing_attribution(cite: etree._Element) -> bool:
    """``cite`` (see _CLOSING_CITES) is the last thing in its quote box, a short name after a paragraph."""
    if (cite.tail or "").strip() or cite.getnext() is not None:
        return False
    text = " ".join(cite.text_content().split())
    prev = cite.getprevious()
    return 0 < len(text.split()) <= _CLOSING_CITE_WORDS and prev is not None and prev.tag == "p" \
        and not (prev.tail or "").strip()


def _text_before(cite: etree._Element) -> bool:
    """Text stands before ``cite`` in its quote box (its parent's, and the box's when that is the parent's)."""
    parent = cite.getparent()
    if (parent.text or "").strip() or any(
            (isinstance(s.tag, str) and "".join(s.itertext()).strip()) or (s.tail or "").strip()
            for s in cite.itersiblings(preceding=True)):
        return True
    return parent.tag != "blockquote" and bool((parent.getparent().text or "").strip())


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden(el: etree._Element) -> bool:
    """Text no reader sees: an inline style hiding it, or the ``hidden`` attribute (a static
    site's heading anchors: ``<a hidden class="anchor" href="#h">#</a>``)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


_CLOCK_ONLY = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
_CLOCK_AMPM = re.compile(r"\d{1,2}:\d\d(?::\d\d)? ?[AaPp]\.?[Mm]\.?")  # "04:30 PM"
# a field's label in an element of its own, classed so (Drupal's "<div class="field__label">Nyatsoƒe</div><div
# class="field__item">…</div>", the colon of an inline label added by the theme's CSS; "field-label", "meta-label"),
# not a badge classed "label" alone nor a label-placement class ("field--label-inline")
_FIELD_LABEL_CLASS = re.compile(r"(?:^|\s)[\w-]*(?:__|-)label(?=\s|$)")
_FIELD_LABEL_CHARS = 30


def _label_led_block(el: etree._Element) -> bool:
    """``el`` is a block of a metadata row opened by a label element of its own, its colon or not, and its value after
    it: K2's "<div class=itemCategory><span>Category</span><a>Economy</a></div>" beside its tags' block, whose text
    ("Tagged under fair") is no part of the category's value."""
    return (el.tag in _LABEL_LED_BLOCKS and len(el) > 1 and not (el.text or "").strip()
            and isinstance(el[0].tag, str) and is_field_label(el[0].text or "") and len(el[0]) == 0)


_LABEL_LED_BLOCKS = frozenset(("div", "p", "li", "dd", "section"))


def _field_label(el: etree._Element) -> bool:
    """``el`` is a field's label element (:data:`_FIELD_LABEL_CLASS`): short, with nothing inside but its text."""
    return (len(el) == 0 and bool(el.text) and len(el.text.strip()) <= _FIELD_LABEL_CHARS
            and _FIELD_LABEL_CLASS.search(el.get("class") or "") is not None)


# a character of a script written without spaces between words, or CJK punctuation ("、", "，", "："): a line break
# between two of them joins the lines as they were written ("東京都、<br/>新たな交通計画を発表")
_NO_SPACE_CHAR = re.compile("[" + NO_SPACE_SCRIPTS + "\u3000-\u303f\uff00-\uffef]")


def _br_gap(parts: list[str], br: etree._Element) -> str:
    """What a ``<br>`` stands for in an element's text: a space between words, nothing between two characters of a
    script written without spaces (the text read so far in ``parts``, the text after the break)."""
    before = next((p for p in reversed(parts) if p), "")[-1:]
    after = (br.tail or "")[:1]
    if not after and (nxt := br.getnext()) is not None and isinstance(nxt.tag, str):
        after = (nxt.text or "")[:1]
    return "" if before and after and _NO_SPACE_CHAR.match(before) and _NO_SPACE_CHAR.match(after) else " "


def _value_before(parts: list[str]) -> bool:
    """The text read so far (``parts``) closes its row's last field with a value: a label's colon with words after
    it since the last field's end (" | ")."""
    row = "".join(parts).rpartition(" | ")[2]
    colon = max(map(row.rfind, _LABEL_COLON_SET))
    return colon >= 0 and bool(row[colon + 1:].strip())


def _update_classed(el: etree._Element) -> bool:
    """``el`` is classed as the date of the last change, a date in its text, no publication's class beside ("<span
    class="updated">Jiɛc 06.03.2026 08:02</span>" beside an Escenic article's byline, Nuer: changed; not WordPress's
    "entry-date published updated", never changed since): read under an update's label in a metadata line."""
    cls = el.get("class")
    if not cls or not ("pdated" in cls or "odified" in cls) or "publish" in cls.lower() \
            or _CHANGE_WORDS.isdisjoint(words := _change_class_words(el)) or "date" in words:
        return False  # (hAtom's "date updated", WordPress's, is the post's one date as often)
    text = _text(el)
    return 0 < len(text) <= _CHANGE_LINE_CHARS and find_date(text) is not None


def _pieces(el: etree._Element, skip=None, fields: bool = False) -> list[str]:
    """The text nodes under ``el``, in order, leaving out scripts and styles (and what ``skip`` says).

    ``fields``: an element that is a whole labelled field ends its value with a separator,
    so the next element is not read into it (Next.js writes ``<span>Bron: ANP</span><time>3
    uur geleden</time>`` without a space: the source is "ANP", not "ANP 3 uur geleden")."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if isinstance(node.tag, str) and node.tag not in _CODE_TAGS and not _hidden(node) \
                and (skip is None or node is el or not skip(node)):
            # (a line break parts words: "<em>Gʋlsa: Rasmané Ouédraogo</em><br/><em>Kibay yiiba: AIB</em>")
            # (and in a field's row it ends the value before it: "Rubriek:<a>Economie</a><br><span>Geschreevn deur:
            # …", Minima's post-meta, is the category "Economie")
            parts.append((" | " if fields and _value_before(parts) else _br_gap(parts, node)) if node.tag == "br"
                         else node.text or "")
            for child in node:
                before = len(parts)
                if fields and isinstance(child.tag, str) and _update_classed(child):
                    parts.append(" | " + _UPDATE_MARK)  # (its date the last change's: see _update_classed)
                walk(child)
                if fields and len(parts) > before and isinstance(child.tag, str) and child.getnext() is not None \
                        and _field_label(child) and child.text.rstrip(" \xa0")[-1:] not in _LABEL_COLON_SET:
                    # a field's label whose colon the theme's CSS adds ("Nyatsoƒe" + "Ghana News Agency"): read with it
                    parts[-1] = parts[-1].rstrip(" \xa0") + ":"
                if fields and (tip := child.get("title")) and len(tip) <= 8 and _CLOCK_ONLY.fullmatch(tip.strip()):
                    # the time of day in a date's tooltip (uCoz: "दिनांक: <span title="21:10">20.03.2026</span>")
                    parts.append(" " + tip.strip())
                if fields and isinstance(child.tag, str) and (child.getnext() is not None or (child.tail or "").strip()) \
                        and (is_labelled_field(child.text_content()) or _label_led_block(child)):
                    parts.append(" | ")
                parts.append(child.tail or "")

    walk(el)
    return parts


# The elements of the last document seen that hold a script, a style or hidden
# text (themselves or inside): only their text needs the slow, filtering walk.
# Found in one pass per document instead of two walks under every element _text
# is asked about (it is asked about most elements of the page).
_UNCLEAN: tuple[etree._Element | None, set] = (None, set())
# (the attributes' parents: an attribute step is ~3 times cheaper than a predicate testing attributes on every element)
_STYLED = etree.XPath("(//@style | //@hidden)/..")


def _unclean(el: etree._Element) -> set:
    global _UNCLEAN
    root = el.getroottree().getroot()
    if _UNCLEAN[0] is not root:
        marked: set = set()
        hidden = [e for e in _STYLED(root) if _hidden(e)]
        for node in [*root.iter(*_CODE_TAGS), *hidden]:
            while node is not None and node not in marked:
                marked.add(node)
                node = node.getparent()
        _UNCLEAN = (root, marked)
        # (and the elements holding a <br>, once per document: asking each element's subtree cost a walk per call)
        _BR_HOLDERS.clear()
        for br in root.iter("br"):
            node = br.getparent()
            while node is not None and node not in _BR_HOLDERS:
                _BR_HOLDERS.add(node)
                node = node.getparent()
        for memo in _MEMOS:
            memo.clear()
    return _UNCLEAN[1]


# the elements of the last document _unclean saw that hold a <br> (see _text)
_BR_HOLDERS: set = set()


# Every class attribute of the last document asked about, joined (one C pass per document): a rule whose XPath
# searches the whole page for an element classed with a word ("teaser", "source", "cell_output") that the page
# writes in no class attribute cannot find one, and skips the search (most pages write none of a rare rule's words).
_CLASSES: tuple[etree._Element | None, str] = (None, "")
_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)


def _classes_written(el: etree._Element) -> str:
    """The class attributes of ``el``'s whole document, as written, one a line (see _CLASSES): a word no class
    attribute holds is in none of them (``"teaser" not in _classes_written(root)``: no element classed so)."""
    global _CLASSES
    root = el.getroottree().getroot()
    if _CLASSES[0] is not root:
        _CLASSES = (root, "\n".join(_CLASS_VALUES(root)))
    return _CLASSES[1]


# Answers of _text, _meta_text and _link_chars for the elements of the last document
# _unclean saw (emptied when it sees another; a miss calls _unclean first, so an
# answer is never stored for another document's element): a third of the calls ask
# again about an element already read (the headline, the container, its blocks and
# the metadata area are read by several of the page's steps).  An element found in
# one is of that document (the dict holds the element itself, so no other can take
# its place): a hit skips the root's look-up.  Bounded by one document's elements;
# newsbot never edits a parsed tree.
_TEXTS: dict = {}
_META_TEXTS: dict = {}
_LINK_CHARS: dict = {}
_MEMOS = (_TEXTS, _META_TEXTS, _LINK_CHARS)


def _text(el: etree._Element) -> str:
    """The element's text; never the code of a script or style inside it, nor hidden text."""
    text = _TEXTS.get(el)
    if text is None:
        unclean = _unclean(el)  # (first: a new document empties the memos)
        # (the slow walk also where a <br> parts two lines the text's nodes would glue: "Ouédraogo<br/>Kibay")
        text = normalize_inline("".join(_pieces(el)) if el in unclean or el in _BR_HOLDERS else el.text_content())
        _TEXTS[el] = text
    return text


def _longer_than(el: etree._Element, limit: int) -> bool:
    """``len(_text(el)) > limit``, without normalising a long text just to measure it (the
    headline's parent or next sibling is often the body's container: kilobytes of text).
    Collapsing spaces in C bounds it; only NFC, which can fold a few code points into one,
    could shorten it further, so a text over four times the limit is long for certain."""
    if el not in _unclean(el) and len(" ".join(el.text_content().split())) > 4 * limit:
        return True
    return len(_text(el)) > limit


# "Headline - Site", "Headline :: Site", "Headline > Site" (DotNetNuke's default), a spaced dot ("Headline ⋅ Site":
# Plume); a full-width bar needs no spaces ("見出し｜サイト名")
# (DedeCMS/PHPCMS join with a bare underscore: "觀塘…完成維修_街坊新聞網")
_SITE_SEPARATOR = r"(?:\s+(?:[-–—|｜:»>›·⋅•]{1,2}|::)\s+|\s*(?:｜|(?<![A-Za-z0-9])_(?![A-Za-z0-9]))\s*)"
_SITE_SUFFIX = re.compile(r"^(?P<title>.{10,}?)" + _SITE_SEPARATOR + r"(?P<site>[^-–—|｜:»>›·⋅•_]{2,40})$")
# ... a name joining two words of letters with a hyphen, each word a capital's or a caseless script's
# (_site_suffix_match: XWiki's "… - Таг-Шор Хабар"; not a headline's clause, "- cross-party talks fail")
_HYPHENATED_SITE_SUFFIX = re.compile(r"^(?P<title>.{10,}?)" + _SITE_SEPARATOR
                                     + r"(?P<site>(?:[^-–—|｜:»>›·⋅•_]|(?<=[^\W\d_])-(?=[^\W\d_])){2,40})$")


def _site_suffix_match(title: str) -> re.Match[str] | None:
    """``title`` read as "Headline - Site" (_SITE_SUFFIX), or with a site's name that hyphenates two capitalised or
    caseless words (_HYPHENATED_SITE_SUFFIX)."""
    if (match := _SITE_SUFFIX.match(title)) is not None:
        return match
    match = _HYPHENATED_SITE_SUFFIX.match(title)
    return match if match is not None and all(word[:1].isupper() or not word[:1].islower()
                                              for word in match.group("site").split()) else None


# (a table cell too: uCoz's classic templates show the headline in "<td class=eTitle>")
# (h4: Serendipity's classic template titles the entry "<h4 class="serendipity_title"><a>Headline</a></h4>")
_HEADLINE_XPATH = etree.XPath(
    "//body//*[self::h2 or self::h3 or self::h4 or self::b or self::strong or self::font or self::div or self::p or self::span"
    " or self::td]"
    "[string-length(normalize-space(.)) < 300]"
)


def _headline_element(root: etree._Element, title: str, only: etree._Element | None = None) -> etree._Element | None:
    """The element whose text is the headline (ending with it: a spam prefix may precede it,
    written differently there: ``<title>kw | Headline`` over ``<div>kw:Headline``); with ``only``,
    that element if it is one (a template's or a profile's headline element)."""
    cores = [title] + [p.rest for p in title_prefix_candidates(title) if len(p.rest) >= 10]
    # the headline as written first: a breadcrumb above it ends with it too ("Sākums › Ziņas › Latvijā ›
    # Valmierā atklās jaunu peldbaseinu"), and taken for the headline it hides the trail and the section under it
    # (an element ending with the headline is kept while the next hundred elements are looked at for it)
    ending, left = None, 100
    # (nor is a box its class or id marks as the trail the headline, when an element after it ends with the headline
    # too: Mambo's "<div id="pathway"><a>Home</a> <img alt="arrow"> … Brand | Headline</div>" over its "<td
    # class="contentheading">Brand | Headline</td>", the <title> writing "brand:Headline")
    trail = None
    for el in _HEADLINE_XPATH(root) if only is None else (only,):
        text = _text(el)
        if text == title:
            return el
        if ending is None and only is None and _CRUMB_ATTR.search(f"{el.get('class') or ''} {el.get('id') or ''}") \
                and any(text.endswith(core) for core in cores):
            trail = trail if trail is not None else el
            continue
        if ending is None:
            # (or the element shows a spam prefix apart that the title runs into the headline: _prefixed_headline)
            if (text and any(text == core or (text.endswith(core) and len(text) < len(core) + 40) for core in cores)) \
                    or _prefixed_headline(text, title):
                ending = el
        elif (left := left - 1) <= 0:
            break
    return ending if ending is not None else trail


# The glyphs a theme sets before the headline inside its <h1> as decoration ("» Headline", "▶ Headline", "■ Headline":
# Colibri WP's title block): symbols, bullets, dashes and the pointing guillemets, then a space.  Not a quotation mark
# that opens a quote ("« Headline »", „…", "…" itself), a bracket, "#" nor "¿"/"¡", which are the headline's own.
_HEADLINE_GLYPHS = "•·‣⁃◦–—|»›"


def _undecorated_headline(title: str, *head_titles: str | None) -> str | None:
    """``title`` without the decoration glyph it opens with (:data:`_HEADLINE_GLYPHS` or a symbol, then a space),
    when the page's own <title> or og:title writes the rest and never the glyph before it (a headline written
    "» Quote" would be so in the head too); None otherwise.  A "»" the rest closes or reopens a quote with (Danish
    "» Vi vil … «") is kept."""
    if (m := re.match(r"(\S)\ufe0f?\s+(\S.*)", title.strip())) is None:
        return None
    glyph, rest = m.groups()
    if not (glyph in _HEADLINE_GLYPHS or unicodedata.category(glyph) in ("Sm", "So")) \
            or len(rest) < 10 or (glyph in "»›" and any(q in rest for q in "«»‹›")):
        return None
    heads = [h for h in head_titles if h]
    if any(rest in h for h in heads) and not any(glyph + " " + rest in h or glyph + rest in h for h in heads):
        return rest
    return None


def _headline_tail(h1: etree._Element, title: str, *head_titles: str | None) -> etree._Element | None:
    """The element closing ``h1`` that is no part of the headline ``title``: the head's <title> or og:title writes
    the headline's end (its last words) with something else or nothing after it, never that element's text, and the
    element is a decoration or the post's metadata: a punctuation mark alone (Zola Apollo's "<h1>Headline<span
    class="primary-color">.</span></h1>"), or a line holding a date or a labelled field (PHPCMS v9's "<h1>Headline
    <br/><span>2026-04-19 20:05:00 Source：X Comments：3</span></h1>").  None otherwise: a headline's own last word
    set apart ("<h1>Headline <em>live</em></h1>"), its "?" in a span the head writes too."""
    last = next((c for c in reversed(h1) if isinstance(c.tag, str)), None)
    if last is None or (last.tail or "").strip() or last.tag in ("a", "img") or not title:
        return None
    tail = _text(last)
    if not tail or not title.endswith(tail) or len(rest := title[:-len(tail)].rstrip()) < 10:
        return None
    if len(tail) <= 3:
        # (a decoration: not the headline's own "?" or "!" the head leaves out; review 25 F8)
        if not all(unicodedata.category(ch)[0] in "PS" for ch in tail if not ch.isspace()) \
                or any(ch in "?!？！" for ch in tail):
            return None
    elif not is_labelled_field(tail) and not any(ch in tail[1:-1] for ch in LABEL_COLONS):
        # (a date alone only on a line of its own, a <br> before it: "<h1>Headline <span>on 14 March 2026</span>"
        # is the headline's own end; review 25 F8), or in a block of its own (Shopify Hydrogen's skeleton blog:
        # "<h1>Headline<div><span>March 14, 2026 &middot; Author</span></div></h1>")
        br = last.getprevious()
        if find_date(tail) is None or (last.tag not in ("div", "p") and (
                br is None or br.tag != "br" or (br.tail or "").strip())):
            return None
    end = rest[-20:]
    # (the headline's end as the head writes it, after a spam prefix the head writes otherwise)
    found = [h[h.index(end) + len(end):].lstrip() for h in head_titles if h and end in h]
    return last if found and not any(after.startswith(tail) for after in found) else None


def _tail_lines(tail: etree._Element) -> list[str]:
    """The metadata line a headline's tail (_headline_tail) holds, one line per field its runs of spaces part
    (PHPCMS's "date&nbsp;&nbsp;&nbsp;Source：X&nbsp;&nbsp;&nbsp;Comments：3"); none for a decoration."""
    if len(_text(tail)) <= 3:
        return []
    parts = re.split(r"[\s\xa0]{2,}", tail.text_content().strip())
    lines = [line for part in parts if (line := normalize_inline(part))]
    # (one line when its fields read as one row, a date, an unknown label's name and counters: PHPCMS's
    # "2026-04-19 20:05:00 Laizyenz：Cuengh Vwnz Bau Bingzlun：3 Diemjgiz：842", the name the source; parted, the
    # name's field is an unknown label's alone)
    return [row] if len(lines) > 1 and glued_row(row := " ".join(lines)) is not None else lines


# a name of a few words and a colon before the headline in <title> (_name_before_shown)
_NAME_BEFORE = re.compile(r"(?P<name>[^\W\d_][^:：|｜]{1,40}?)\s*[:：|｜]\s+")


def _name_before_shown(title: str, shown: str) -> str | None:
    """The name ``title`` (the page's <title>) sets before ``shown``, the whole text of the element showing the
    headline, with a colon or a bar and a space: two to five words, no digit (Fossil's "Project: Headline"); not a
    reply's or a comment page's label of one word ("Re: …", "Comments: …"), nor before a raw page name of no space
    (JSPWiki's "Dhiari Echuwabo: Main_blogentry_080326_1")."""
    if not shown or len(shown) < 10 or " " not in shown or not title.endswith(shown) or title == shown:
        return None
    match = _NAME_BEFORE.fullmatch(title[:-len(shown)])
    name = match.group("name").strip() if match else None
    return name if name and 2 <= len(name.split()) <= 5 and not any(ch.isdigit() for ch in name) else None


# an element of the body reading a name whole (_name_before_shown's guard: a menu's section, a kicker "<p
# class=kicker>Kenya elections</p>" over the headline)
_NAMED_ELEMENT = etree.XPath("(//body//*[normalize-space(.) = $name])[1]", smart_strings=False)


def _prefixed_headline(text: str, title: str) -> bool:
    """``text`` is the headline ``title`` ends with, behind a spam prefix the title writes so that it cannot be told
    from the headline ("<title>KW Headline" over "<b>[Kw] Headline</b>"): the element shows the prefix apart."""
    return bool(text) and text != title and text[-10:] == title[-10:] and any(
        title.endswith(p.rest) and len(p.rest) >= 10 and len(title) < len(p.rest) + 40
        for p in title_prefix_candidates(text))


def _site_name_of(title: str | None) -> str | None:
    """``<title>`` is "Headline - Site": the site's name."""
    match = _site_suffix_match(title) if title else None
    return match.group("site") if match and len(match.group("site").split()) <= 4 else None


def _middle_site_name(root: etree._Element, page_url: str, title: str | None) -> str | None:
    """The part of ``<title>`` between the headline and the last part, parted by one spaced separator, when a link to
    the site's home reads it (_masthead): Jekyll Now's "{{ page.title }} – {{ site.name }} – {{ site.description }}",
    the tagline last: a word in lower case in it, or more than four words ("Headline | News | Springfield Gazette"
    ends on the site's name, its section in the middle)."""
    # (the separator written twice: a spam prefix's "Kw | " before the headline is another)
    seps = {sep for sep in _TITLE_SEPARATOR.findall(title or "") if title.count(sep) >= 2}
    if len(seps) != 1:
        return None
    parts = [part.strip() for part in title.split(seps.pop())]
    if not all(parts) or len(parts[-2].split()) > 4:
        return None
    words = parts[-1].split()
    if len(words) <= 4 and not any(word[:1].islower() for word in words):
        return None
    return _masthead(root, page_url, parts[-2])


# a spaced separator of <title>'s parts ("Headline – Site – tagline"), in the order _named_heading tries them
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " » ", " ｜ ", " · ", " • ")
_TITLE_SEPARATOR = re.compile("|".join(map(re.escape, _TITLE_SEPARATORS)))


def _long_site_of(title: str | None) -> str | None:
    """``<title>`` is "Headline | Site", the name of five or six words ("… | Le Leo o le Atunuʻu"), longer than
    _site_name_of takes unconfirmed.  Only a candidate (a headline's last clause after a dash is as long): the
    masthead must read it."""
    match = _site_suffix_match(title) if title else None
    return match.group("site") if match and 4 < len(match.group("site").split()) <= 6 else None


def _masthead(root: etree._Element, page_url: str, name: str, linked: bool = False) -> str | None:
    """``name`` (the ``<title>`` suffix) when a link to the site's home page reads it: the
    masthead or logo (``<a class="logo" href="/">Habari Mseto</a>``, a logo's ``alt``).  A
    suffix alone may be part of the headline ("Minister resigns - sources"); the home link
    says it is the site's name.  ``linked``: only a home link's reading (not a banner's text)."""
    parts = urlsplit(page_url)
    home = f"{parts.scheme}://{parts.netloc}"
    # (and a home page named so: Google Sites links its logo and name to "/home", the page "/" shows)
    homes = {*_home_hrefs(page_url), f"//{parts.netloc}/", "/home", f"{home}/home"}
    # a site in several languages has a home per language, its brand linking there (django CMS, WPML: "<a
    # class="navbar-brand" href="/uz/">Xabar Olami</a>" on <html lang="uz">)
    if (lang := (root.get("lang") or "").split("-")[0].split("_")[0].lower()) and lang.isalpha() and len(lang) <= 3:
        homes.update((f"/{lang}/", f"/{lang}", f"{home}/{lang}/"))
    for a in root.iter("a"):
        if a.get("href") in homes and (_text(a) == name or any(_alt_name(img.get("alt")) == name for img in a.iter("img"))):
            return name
    # ... or a link whose address resolves to home against the page's <base> (SilverStripe writes <base href="/">
    # and its brand link as href=""), reading the name in a heading of its own beside the tagline ("<a class=
    # "brand" href=""><h1>Krajina Info</h1><p>Vijesti iz …</p></a>"); only the few links holding the name are resolved
    base_url = _base_url(root, page_url)
    for a in _LINK_HOLDING(root, name=name):
        target = urlsplit(urljoin(base_url, a.get("href").strip()))
        if f"{target.scheme}://{target.netloc}" == home and target.path in ("", "/", "/index.html") and not target.query:
            return name
    if linked:
        return None
    # ... or the site's banner reads it, unlinked (a forum's "<div role=banner>…<h1>Подільський форум</h1>"), or
    # a logo linking to a main page that is not "/" (MediaWiki's "<a class="mw-logo" href="/wiki/Main_Page">
    # <span class="mw-logo-wordmark">Акыйкат Жаңылыктар</span>")
    return name if _MASTHEAD_TEXT(root, name=name) or _LOGO_LINK(root, name=name) or any(
        (target := urlsplit(urljoin(base_url, a.get("href").strip()))).netloc == parts.netloc
        and _MAIN_PAGE.search(target.path) for a in _BRAND_LINK(root, name=name)) else None


# the greeting a logo's alt text puts before the site's name: PHP-Nuke's themes write "Welcome to $sitename" in the
# portal's language (data: lower case)
_WELCOME_LEADS = ("welcome to ", "bienvenue sur ", "bienvenue à ", "willkommen bei ", "willkommen auf ",
                  "bienvenido a ", "bienvenidos a ", "benvenuti su ", "benvenuto su ", "welkom bij ", "welkom op ")


def _alt_name(alt: str | None) -> str:
    """A logo's alt text without the greeting before the site's name ("Welcome to Balita sa Sugbo")."""
    alt = normalize_inline(alt or "")
    low = alt.lower()
    lead = next((lead for lead in _WELCOME_LEADS if low.startswith(lead)), "")
    return alt[len(lead):] if lead and len(low) == len(alt) else alt


def _home_hrefs(page_url: str) -> frozenset[str]:
    """The ``href`` values of a link to the site's home page (or to its blog's, _blog_homes), as written:
    relative ("/", "./", "index.html") or absolute.  (_masthead, checking a ``<title>`` suffix, adds a few.)"""
    parts = urlsplit(page_url)
    home = f"{parts.scheme}://{parts.netloc}"
    # (a PHP forum's front controller too: MyBB's and phpBB's logo "<a href="/index.php"><img alt="Site"></a>")
    # (relative to the page, only from a page in the site's root folder: on "/khabran/post/" an ikiwiki sidebar's
    # "<a href="./">Headline</a>" is the page itself)
    relative = ("./", "index.html", "./index.php", "index.php") if parts.path.rfind("/") <= 0 else ()
    return frozenset(("/", "/index.html", "/index.php", *relative, home, home + "/", *_blog_homes(page_url)))


def _space_home_link(root: etree._Element, page_url: str, name: str) -> bool:
    """A link reading ``name`` leads to the home page ("…/Home") of a folder the page's own address is under, not
    the site's root: a wiki space's or a channel's home (Confluence's "/display/KQ/Home" over the space's blog post
    "/display/KQ/2026/03/10/Title")."""
    path = urlsplit(page_url).path
    for a in _LINK_HOLDING(root, name=name):
        folder, _, last = urlsplit(a.get("href").strip()).path.rpartition("/")
        if last.lower() == "home" and folder.strip("/") and path.startswith(folder + "/") and _text(a) == name:
            return True
    return False


def _plausible_site_name(name: str) -> bool:
    """A site's name read from its logo or banner: a few words, no digits (no date, no headline)."""
    return 2 <= len(name) <= 40 and len(name.split()) <= 6 and not any(c.isdigit() for c in name)


def _blog_homes(page_url: str) -> tuple[str, ...]:
    """The home of a blog mounted in a folder of its host, the first segment of the page's address: Typepad's
    "/akuko/" over "/akuko/2026/03/post.html", its banner "<h1><a href="/akuko/">Blog name</a></h1>".  Only ever a
    home where a link there reads the site's name, as for "/"."""
    parts = urlsplit(page_url)
    first, _, rest = parts.path.lstrip("/").partition("/")
    if not first or not rest or "." in first:
        return ()
    # (or the folder written without its closing slash: OpenCart's store under a language's folder, its logo's
    # "<a href="/lki-ir"><img alt="Site"></a>" over "/lki-ir/blog/<post>")
    return (f"/{first}/", f"{parts.scheme}://{parts.netloc}/{first}/", f"/{first}",
            f"{parts.scheme}://{parts.netloc}/{first}")


def _blog_home(root: etree._Element, page_url: str, name: str | None) -> str | None:
    """The folder (_blog_homes) a link reading the site's ``name`` leads to: the blog's home ("/akuko/"), else None."""
    folders = _blog_homes(page_url)
    if not name or not folders:
        return None
    base_url = _base_url(root, page_url)
    for a in _LINK_HOLDING(root, name=name):
        if urlsplit(urljoin(base_url, a.get("href").strip())).path == folders[0]:
            return folders[0]
    return None


_FIRST_H1_HOME_LINK = etree.XPath("(//body//h1)[1]/a[@href]")
# a home link holding only a logo image, its alt text the site's name (SvelteKit, Strapi: "<a href="/"
# class="logo"><img src="/uploads/logo.svg" alt="Habar Merkezi"></a>"), in the page's header or banner, or in a box
# classed or named as the logo (MyBB's "<div id="logo"><a href="/index.php"><img alt="Ненэця Вада"></a>")
_LOGO_IMAGE_HOME_LINKS = etree.XPath(
    "//a[@href][ancestor::header or ancestor::*[@role='banner'] or ancestor-or-self::*[contains(@class, 'logo')"
    " or contains(@id, 'logo')]]"
    "[not(normalize-space(.))][img[normalize-space(@alt)]]")
# ... or a home link classed as the logo holding the logo's image and the name as text beside it (super.so's navbar:
# "<a href="/" class="super-navbar__logo"><img alt="Logo"><span>Gasetta Alpina</span></a>")
_LOGO_TEXT_HOME_LINKS = etree.XPath(
    "//a[@href][contains(@class, 'logo') or contains(@id, 'logo')][normalize-space(.)][.//img]")
# what a logo's alt text says besides the name ("Habar Merkezi logo"): data, lower case
_LOGO_WORDS = frozenset(("logo", "logotype", "logotipo", "лого", "логотип"))


# "© 2026 Site Name" alone in a box of a page footer, the year in any digits (Zola Serene's "<footer><div
# class="copyright">&copy; ২০২৬ ইমার ঠার বার্তা</div>"), a range of years too; a name after it of one to five words,
# no digits, nothing after the name but the notice's "All rights reserved" (Mailchimp's footer: "Copyright © 2026
# Amakuru ga Kigezi, All rights reserved."; not "© 2026 Site. All rights reserved. Powered by …": read elsewhere)
_COPYRIGHT_HOLDER = re.compile(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+"
                               r"(?P<name>[^\W\d_][^\d©|]{1,40}?)(?:[,.]\s*all rights reserved)?\.?", re.IGNORECASE)
# the notice's own words after the year, no holder's name ("© 2026 All rights reserved", "© 2026 Theme by …")
_COPYRIGHT_BOILERPLATE = re.compile(r"(?i)\b(?:rights?|reserved|theme|powered|designed)\b")
# a platform's or a host's name in its own copyright line under a blog it serves ("© 2026 Google" in Blogger's footer,
# "© 2026 GitHub, Inc."), no site's (data: lower case; a company's suffix after it: _CORPORATE_SUFFIXES)
_COPYRIGHT_PLATFORMS = frozenset((
    "google", "blogger", "blogspot", "wordpress", "wordpress.com", "automattic", "github", "gitlab", "medium",
    "substack", "tumblr", "wix", "wix.com", "squarespace", "weebly", "ghost", "jimdo", "netlify", "vercel",
    "cloudflare", "hashnode", "livejournal", "dreamwidth", "yandex", "naver", "tistory",
))
_CORPORATE_SUFFIXES = frozenset(("llc", "inc", "ltd", "corp", "corporation", "co", "gmbh", "limited", "foundation"))
# (a footer's by its element or its id: Mailchimp's "<td id="templateFooter">… <em>Copyright © …</em>")
_COPYRIGHT_BOXES = etree.XPath("//*[self::footer or contains(@id, 'Footer') or contains(@id, 'footer')]"
                               "//*[self::div or self::p or self::span or self::small or self::em][not(*)]"
                               " | //*[contains(@class, 'copyright')][not(*)]")


def _copyright_holder(root: etree._Element) -> str | None:
    """The site's name as its footer's copyright line holds it, alone in its box (_COPYRIGHT_HOLDER): the last
    resort of a page naming its site nowhere else (no og:site_name, a bare <title>, no banner's name)."""
    for el in _COPYRIGHT_BOXES(root):
        text = _text(el)
        if len(text) <= 60 and (m := _COPYRIGHT_HOLDER.fullmatch(text)) is not None \
                and _holder_name(name := m.group("name").strip()):
            return name  # (not "All rights reserved", "Theme by ThemeGrill": review 25 F5; not "Google")
    return None


# "Site Name © 2026 · <a>About</a> · …": the name opening a footer's line before the mark and the year, the line's
# links after them (a Gollum wiki's "_Footer.md" page, "<div id="wiki-footer"><p>Pweng Kosrae Wiki © 2026 · <a>Ke
# Kut</a> · …</p>"): the text before the line's first element, a separator at most after the year
_HOLDER_BEFORE_MARK = re.compile(r"(?P<name>[^\W\d_][^\d©|·•]{1,40}?)\s*(?:©|\(c\))\s*\d{4}(?:\s*[-–]\s*\d{4})?"
                                 r"\.?\s*[·|•–—-]?\s*", re.IGNORECASE)
_FOOTER_PARAGRAPHS = etree.XPath("//*[self::footer or contains(@id, 'footer') or contains(@class, 'footer')]//p")


def _holder_before_mark(root: etree._Element) -> str | None:
    """The site's name opening a footer's line before "© 2026" (_HOLDER_BEFORE_MARK), held to what
    _copyright_holder's name must be (_holder_name).  The last resort as _copyright_holder is."""
    for el in _FOOTER_PARAGRAPHS(root):
        if (m := _HOLDER_BEFORE_MARK.fullmatch(el.text or "")) is not None \
                and _holder_name(name := m.group("name").strip()):
            return name
    return None


def _holder_name(name: str) -> bool:
    """``name`` (a copyright line's holder) reads as a site's: one to five words, none in lower case after the
    first but a short joining word between two that are not ("Amakuru ga Kigezi", "Voice of Kigezi"), no notice's
    word, no platform's name."""
    words = name.split()
    return len(name) >= 2 and len(words) <= 5 and not words[-1].islower() \
        and not any(w.islower() and (len(w) > 3 or i == len(words) - 1) for i, w in enumerate(words[1:], 1)) \
        and not _COPYRIGHT_BOILERPLATE.search(name) and not _platform_holder(name)


def _platform_holder(name: str) -> bool:
    """``name`` (a copyright line's holder) is a blogging platform's or a host's, a company's suffix after it or not
    ("Google", "GitHub, Inc.", "Automattic Inc"): the service's notice, no name of the site it serves."""
    words = [word.strip(",.").lower() for word in name.split()]
    return bool(words) and words[0] in _COPYRIGHT_PLATFORMS and all(word in _CORPORATE_SUFFIXES for word in words[1:])


def _name_heading(root: etree._Element, h1: etree._Element, name: str) -> str | None:
    """``name`` (the <title>'s suffix) when another <h1> than the headline's reads it, no link in it and none on the
    page reading it, outside the page's <main> and <article>: the book's title mdBook's menu bar shows, "<div
    class="menu-bar"><h1 class="menu-title">Site</h1>" above "<main><h1>Headline</h1>"."""
    for el in root.iter("h1"):
        if el is not h1 and _text(el) == name and next(el.iter("a"), None) is None \
                and not any(a.tag in ("a", "main", "article") for a in el.iterancestors()):
            return None if any(_text(a) == name for a in root.iter("a")) else name
    return None


def _logo_home_name(root: etree._Element, page_url: str) -> str | None:
    """The site's name as the alt text of the logo its home link holds, or the text beside the logo's image in it
    (no <title> suffix, og:site_name nor feed)."""
    homes = _home_hrefs(page_url)
    for a in _LOGO_IMAGE_HOME_LINKS(root):
        if (a.get("href") or "").strip() not in homes:
            continue
        words = [w for w in _alt_name(a.find("img").get("alt")).split() if w.lower() not in _LOGO_WORDS]
        name = " ".join(words)
        return name if _plausible_site_name(name) else None
    for a in _LOGO_TEXT_HOME_LINKS(root):
        if (a.get("href") or "").strip() in homes:
            name = _text(a)
            return name if _plausible_site_name(name) else None
    return None


def _banner_home_name(root: etree._Element, page_url: str, headline: etree._Element | None) -> str | None:
    """The site's name as the page's first <h1> links it home, when that <h1> is not the headline: the link's own
    leading text (a tagline in an element of its own after it is no part of the name)."""
    found = _FIRST_H1_HOME_LINK(root)
    if not found or found[0].getparent() is headline:
        return None
    a = found[0]
    if (a.get("href") or "").strip() not in _home_hrefs(page_url):
        return None
    name = normalize_inline(a.text or "")
    return name if _plausible_site_name(name) else None


# a box in the page's <header> classed as the site's name, its link home reading it (Franklin.jl's basic template:
# "<header><div class="blog-name"><a href="/">Te 'A'amu o te Henua</a></div><nav>…", no heading, a bare <title>)
_NAME_BOX_HOME_LINK = etree.XPath(
    "(//body//header//*[" + " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
                                         for name in ("blog-name", "site-name")) + "]//a[@href])[1]")


# ... or a home link classed as the navbar's brand, Bootstrap's and UIkit's name for the site's name in the menu bar
# (Piranha's default template "<a class="navbar-brand" href="/">Site</a>", Automad's "uk-navbar-brand")
_BRAND_HOME_LINK = etree.XPath(
    "(//body//a[@href][" + " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
                                        for name in ("navbar-brand", "uk-navbar-brand")) + "])[1]")


# ... or the box classed as the name inside the header's home link, beside the tagline's (Nibbleblog's "<header
# id="blog-head"><a href="/blog/"><span class="blog-name">Indaba zaseBulawayo</span><span class="blog-slogan">…</span>
# </a></header>")
_HOME_LINK_NAME_BOX = etree.XPath(
    "(//body//header//a[@href]//*[not(*)][" + " or ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in ("blog-name", "site-name"))
    + "])[1]")


def _name_box_home_name(root: etree._Element, page_url: str) -> str | None:
    """The site's name as a home link in the header's box classed as the name reads it (_NAME_BOX_HOME_LINK), or the
    menu bar's brand (_BRAND_HOME_LINK), text alone in it; or as the box so classed inside the header's home link
    reads it (_HOME_LINK_NAME_BOX)."""
    found = _NAME_BOX_HOME_LINK(root) or _BRAND_HOME_LINK(root)
    if found and (found[0].get("href") or "").strip() in _home_hrefs(page_url) and not len(found[0]):
        name = normalize_inline(found[0].text or "")
        return name if _plausible_site_name(name) else None
    box = _HOME_LINK_NAME_BOX(root)
    link = next(box[0].iterancestors("a"), None) if box else None
    if link is None or (link.get("href") or "").strip() not in _home_hrefs(page_url):
        return None
    name = _text(box[0])
    return name if _plausible_site_name(name) else None


_FIRST_H1 = etree.XPath("(//body//h1)[1]")
_HEADINGS_AND_LINKS = etree.XPath("//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::a]")
# the part of <title> after the page's whole headline: a separator, the site's name, a tagline after a spaced dash
_AFTER_HEADLINE = re.compile(r"^(?:\s+[-–—|｜]\s+|\s*[:：]\s+)(?P<name>[^-–—|｜:：»]{2,40}?)"
                             r"(?:\s+[-–—|｜]\s+(?P<tagline>[^-–—|｜:：»]{2,80}))?$")


def _title_named_site(html_title: str | None, headline: str | None, sections: list[str],
                      own_section: str | None = None) -> str | None:
    """The site's name that ``<title>`` writes after the page's whole headline, when nothing else on the page names the
    site: blogdown's Lithium "Headline - Эвэды Улгур" (the logo an image "Logo"), TiddlyWiki's "Headline: Дарган
    Хабарла — Дагъистанла хабурти дарган мезли" (the site's title, its subtitle after a dash: a tagline, a word in
    lower case in it).  Capitalised words, at most four; not a section's name ("Headline | Sport").  "Headline -
    Section - Site", the middle part the section the page shows itself filed under (``own_section``: Redmine's
    "<h1><a>Ukoko Ẹmro</a> » <span class="current-project">Orere</span></h1>" over "… - Orere - Ẹmro Urhobo"), is
    the last part's name."""
    if not html_title or not headline or not html_title.startswith(headline) or len(headline) < 10:
        return None
    match = _AFTER_HEADLINE.match(html_title[len(headline):])
    if match is None:
        return None
    name, tagline = match.group("name").strip(), match.group("tagline")
    if tagline is not None and not any(word[:1].islower() for word in tagline.split()):
        # "Headline - Section - Site": the last part the name, not a tagline; the page's own section the middle's
        if not own_section or name.casefold() != own_section.casefold():
            return None
        name = tagline.strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(word[:1].isupper() for word in words) \
            or name.casefold() in {s.casefold() for s in sections} or not _plausible_site_name(name):
        return None
    # a name's shape: two words or more, none a rubric's or a format's label ("Headline | Opinion", "- Live Updates",
    # ": Analysis"): one word there is a section's label as often as a name
    if len(words) < 2 or any(re.sub(r"\W", "", word).casefold() in _TITLE_LABEL_WORDS for word in words):
        return None
    return name


# the words of a section's or a format's label <title> writes after a headline (see _title_named_site)
_TITLE_LABEL_WORDS = frozenset((
    "opinion opinions analysis photo photos video videos letters live updates editorial editorials review reviews "
    "interview interviews podcast podcasts gallery galleries breaking commentary explainer obituary obituaries column "
    "columns essay recap preview highlights timeline slideshow op ed").split())
_BODY = etree.XPath("/html/body")


def _text_names(root: etree._Element, name: str) -> bool:
    """The page's text writes ``name`` as words of their own (a writer's byline "By Jane Doe, March 14, 2026"): a
    person the page shows, not a name left to <title> alone."""
    body = _BODY(root)
    return bool(body) and re.search(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)", _text(body[0]).casefold()) is not None


_HANDLE = re.compile(r"[a-z][a-z0-9_-]{5,29}")


def _spelled_out_name(root: etree._Element, handle: str, headline: str | None) -> str | None:
    """The name the page's first <h1> shows (not the headline) when ``handle``, a user name in lower case, runs its
    words together: "balitangkapampangan" over "<h1 id="title">Balita Kapampangan</h1>" (the handle opening with the
    name's first word, closing with its last, the others in order between); else None."""
    if not _HANDLE.fullmatch(handle) or not (found := _FIRST_H1(root)):
        return None
    name = _text(found[0])
    words = [re.sub(r"\W", "", word) for word in name.casefold().split()]
    if len(words) < 2 or name == headline or not _plausible_site_name(name) or not all(words) \
            or not handle.startswith(words[0]) or not handle.endswith(words[-1]):
        return None
    at = len(words[0])
    for word in words[1:-1]:
        if (at := handle.find(word, at)) < 0:
            return None
        at += len(word)
    return name if at <= len(handle) - len(words[-1]) else None


_FEED_TITLES = etree.XPath("/html/head/link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@title")


def _feed_named_masthead(root: etree._Element, page_url: str) -> str | None:
    """The title of the site's feed (before a "»" or "|" naming the feed itself) when the masthead reads it."""
    for title in _FEED_TITLES(root):
        name = normalize_inline(re.split(r"\s[»|]\s", title, maxsplit=1)[0])
        if name and (found := _masthead(root, page_url, name)) is not None:
            return found
    return None


# a heading or text box (not a link: one reading the name elsewhere than home is no masthead) reading
# exactly the name in the page's banner, header, logo or site-title box ("site-" opening a class or id word:
# "site-title", "header-site-name"; not inside one, as Weebly's "wsite-elements" wraps every page's content)
_SITE_WORD = "contains(concat(' ', translate(@{0}, '_', '-')), ' site-') or contains(translate(@{0}, '_', '-'), '-site-')"
_MASTHEAD_TEXT = etree.XPath(
    "//*[self::h1 or self::h2 or self::p or self::div or self::span or self::strong][not(ancestor-or-self::a or .//a)]"
    "[ancestor-or-self::header or ancestor-or-self::*[@role='banner']"
    " or ancestor-or-self::*[contains(@class, 'logo') or " + _SITE_WORD.format("class") + " or contains(@class, 'brand')"
    " or contains(@class, 'masthead') or contains(@id, 'logo') or " + _SITE_WORD.format("id") + "]]"
    # (the place first: the text of a whole page-wide <div> is not built for each element)
    "[normalize-space(.) = $name]"
)


# a link reading the name as a whole, in a heading or box of its own, or in a logo's alt text
_LINK_HOLDING = etree.XPath(
    "//a[@href][normalize-space(.) = $name or .//*[self::h1 or self::h2 or self::p or self::span or self::strong"
    " or self::div][normalize-space(.) = $name] or .//img[normalize-space(@alt) = $name]]")


_LOGO_LINK = etree.XPath("//a[@href][contains(@class, 'logo') or contains(@id, 'logo')][normalize-space(.) = $name]")
# ... or Bootstrap's brand link to a main page that is not "/", by its name: XWiki's Flamingo "<a class="navbar-brand"
# href="/xwiki/bin/view/Main/"><img alt="Таг-Шор Хабар"> Таг-Шор Хабар</a>" (not "/sport/": a section's)
_BRAND_LINK = etree.XPath("//a[@href][contains(@class, 'navbar-brand')][normalize-space(.) = $name]")
_MAIN_PAGE = re.compile(r"/(?:main|main_page|webhome|home|start)/?$", re.IGNORECASE)


# "Headline: Site" (TYPO3's default separator, no space before the colon): after the last colon
_COLON_SUFFIX = re.compile(r"^.{10,}[:：]\s*(?P<site>[^:：|｜»–—-]{2,40})$")


def _colon_site_of(html_title: str | None) -> str | None:
    """The name after the last colon of ``<title>``.  Only a candidate: a colon also ends a kicker or a
    question in a headline, so the masthead must read it (as for _site_prefix_of)."""
    match = _COLON_SUFFIX.match(html_title) if html_title and (":" in html_title or "：" in html_title) else None
    name = match.group("site").strip() if match else None
    return name if name and len(name.split()) <= 4 else None


# a name's reading or gloss in brackets closing it ("note（ノート）")
_READING = re.compile(r"\s*[(（][^()（）]+[)）]$")
# a host name's top-level domain closing a name ("Skyrock.com")
_HOST_ENDING = re.compile(r"\.(?:com|net|org|[a-z]{2})$")


def _channel_of(html_title: str | None, site_name: str | None) -> str | None:
    """``<title>`` is "Headline | Channel | Platform", the last its og:site_name: a platform hosting channels names
    the channel before itself (Dzen's "… | Буряад ороной мэдээнүүд | Дзен").  Only a candidate: the page's link home
    must read it."""
    outer = _site_suffix_match(html_title) if html_title and site_name else None
    # (og:site_name may add the name's reading in brackets: note's "…｜Akụkọ Ndịda｜note" beside "note（ノート）"; the
    # title may name the platform by its address: Skyrock's "… - Blog de X - Skyrock.com" beside "Skyrock")
    if outer is None or _HOST_ENDING.sub("", outer.group("site").strip()) not in (site_name, _READING.sub("", site_name)):
        return None
    inner = _site_suffix_match(outer.group("title"))
    name = inner.group("site").strip() if inner else None
    return name if name and name != site_name and len(name.split()) <= 6 else None


def _folder_link_reads(root: etree._Element, page_url: str, name: str, links=None) -> bool:
    """A link of ``links`` (else the page's) reading ``name`` leads to a folder above the page's own address, not the
    site's root."""
    path = urlsplit(page_url).path
    for a in root.iter("a") if links is None else links:
        if _text(a) != name or not (href := (a.get("href") or "").strip()):
            continue
        target = urlsplit(urljoin(page_url, href))
        folder = target.path.rstrip("/") + "/"
        if target.netloc == urlsplit(page_url).netloc and folder != "/" and path.startswith(folder) \
                and len(path) > len(folder):
            return True
    return False


# the links of a page's <h1> headings: a blog's title linking to its home (Apache Roller's "<h1 class="weblogName"><a
# href="/roller/ivatan/">Chirin nu Batanes</a></h1>")
_H1_LINKS = etree.XPath("//h1//a[@href]")


def _hosted_project(root: etree._Element, page_url: str, channel: str) -> str | None:
    """The project a code host serves the page under, its <title> naming it before the host ("Page · Wiki · Arunachal
    Media / Nyishi News · GitLab", og:site_name "GitLab", the host's: _platform_holder): the channel's last part
    after the owner's ("group / project"), when a link to a folder above the page's own address reads it (GitLab's
    sidebar and trail "<a href="/arunachal-media/nyishi-news/">Nyishi News</a>" over ".../-/wikis/news/<page>"): the
    project publishes the page, the host is no publisher.  None when no such link reads it."""
    name = channel.rsplit(" / ", 1)[-1].strip()
    return name if _folder_link_reads(root, page_url, name) else None


def _hosted_blog_name(root: etree._Element, page_url: str, html_title: str | None, site_name: str | None,
                      headline: etree._Element | None) -> str | None:
    """``<title>`` is "Headline : Platform", the platform its og:site_name, which no link home reads, while the
    banner's first <h1> links home with another name, sharing no word with it: a blog platform's generic name over
    the blog it hosts, and the blog's name is the one it publishes under (Naver Blog: "<title>… : 네이버 블로그",
    og:site_name "네이버 블로그", "<div id=blog-title><h1><a href="/">Ногай давысы</a></h1>").  Not a banner name that
    is the site's own abbreviated (a news site's text logo "DP" over og:site_name "The Daily Planet": an initialism
    of it, or three letters at most of a script with capitals)."""
    suffix = _site_suffix_match(html_title) if html_title and site_name else None
    if suffix is None or suffix.group("site").strip() != site_name or _masthead(root, page_url, site_name):
        return None
    name = _banner_home_name(root, page_url, headline)
    if name is None or not set(name.casefold().split()).isdisjoint(site_name.casefold().split()) \
            or _abbreviation_of(name, site_name):
        return None
    return name


def _abbreviation_of(name: str, site_name: str) -> bool:
    """``name`` abbreviates ``site_name``: three letters at most of a script with capitals ("DP", "wp"), or its
    letters all capitals, each the first of one of the site name's words in their order ("TDP", "D.P." for "The
    Daily Planet")."""
    letters = [c for c in name if c.isalnum()]
    if len(letters) <= 3 and any(c.isupper() or c.islower() for c in letters):
        return True
    if not letters or not all(c.isupper() or c.isdigit() for c in letters):
        return False
    initials = iter(word[0].casefold() for word in re.findall(r"\w+", site_name))
    return all(any(c.casefold() == i for i in initials) for c in letters)


def _site_prefix_of(html_title: str | None, headline: str | None) -> str | None:
    """``<title>`` is "Site: Headline" (Blogger's "गोरखा खबर: Post title"): what precedes the headline,
    when it is short.  Only a candidate: the masthead must read it (a spam keyword precedes headlines too)."""
    if not html_title or not headline or len(html_title) <= len(headline) or not html_title.endswith(headline):
        return None
    prefix = html_title[:-len(headline)]
    # (or a spaced slash: Automad's "Makani Sunu / Headline", its Standard templates' "sitename / title")
    name = prefix.rstrip(" :|｜-–—»") if not prefix.endswith(" / ") else prefix[:-3].rstrip()
    # (up to six words: the masthead confirms it, "Ngā Kōrero o te Wā — <post>" is a Tumblr blog's name)
    if len(name) == len(prefix) or not name or len(name) > 40 or len(name.split()) > 6:
        return None  # no separator before the headline: one word run into it
    return name


# "Site - Headline", "Site — Headline" (Serendipity, LiveJournal, Tumblr themes): what precedes the first spaced dash
# or bar, when the headline read is not the <title>'s end (a spam prefix written otherwise there, "Site - {kw}Headline")
_PREFIX_SITE = re.compile(r"^(?P<site>[^-–—|｜]{2,40}?)\s+[-–—|｜]\s+.{10,}$")


def _site_before_dash(html_title: str | None) -> str | None:
    """The name before the first spaced dash or bar of ``<title>``.  Only a candidate: the masthead must read it."""
    match = _PREFIX_SITE.match(html_title) if html_title and " " in html_title else None
    name = match.group("site").strip() if match else None
    return name if name and len(name.split()) <= 6 else None


# "Headline / Site" (Kentico's default page title format): after the last spaced slash
_SLASH_SUFFIX = re.compile(r"^.{10,}\s/\s(?P<site>[^/|｜»–—]{2,40})$")


def _slash_site_of(html_title: str | None) -> str | None:
    """The name after the last spaced slash of ``<title>``.  Only a candidate ("Politics / Economy" ends a title
    too): the masthead must read it."""
    match = _SLASH_SUFFIX.match(html_title) if html_title and " / " in html_title else None
    name = match.group("site").strip() if match else None
    return name if name and len(name.split()) <= 4 else None


# "Headline-Site" (Z-BlogPHP's default title format "{title}-{site}": a hyphen, no space around it), or an
# underscore (EmpireCMS's "Headline_Section_Site"): after the last hyphen, en or em dash, bar, "»" or underscore, no
# space around it.  Only a candidate ("COVID-19", "Jean-Pierre"): the masthead must read it
_GLUED_SUFFIX = re.compile(r"^(?P<title>.{10,}?[^\s\-–—|»_])[-–—|»_](?P<site>[^\s\-–—|»_][^\-–—|»_]{1,39})$")


# "Headline [Site]" (DokuWiki's template: "<title>{page title} [{wiki title}]</title>"): the name between square
# brackets closing the title.  Only a candidate ("… [VIDEO]", "… [Updated]" end headlines too): the masthead or the
# logo's <h1> must read it
_BRACKET_SUFFIX = re.compile(r"^(?P<title>.{10,}?)\s+\[(?P<site>[^\[\]\d]{2,40})\]$")


def _bracket_site_of(html_title: str | None) -> str | None:
    """The name between the square brackets closing ``<title>`` ("Pulaka i Nanumea … [Tala o Tuvalu]")."""
    match = _BRACKET_SUFFIX.match(html_title) if html_title else None
    name = match.group("site").strip() if match else None
    return name if name and len(name.split()) <= 6 else None


def _glued_site_of(html_title: str | None) -> str | None:
    """The name glued by a hyphen to the end of ``<title>`` ("Kan chanchin-Lengteng Thuthang")."""
    match = _GLUED_SUFFIX.match(html_title) if html_title else None
    name = match.group("site").rstrip() if match else None
    return name if name and len(name.split()) <= 4 else None


def _without_site_name(title: str | None) -> str | None:
    """``<title>`` is "Headline - Site": the headline (when there is no ``<h1>``)."""
    if not title:
        return title
    match = _site_suffix_match(title)
    if match and len(match.group("site").split()) <= 4:
        return match.group("title")
    return title


# between a site's name and the headline in "Site - Headline", "Site — Headline", "Site: Headline", "Site | Headline"
_NAME_SEPARATORS = " -–—:|｜»·"


def _without_suffix(title: str | None, name: str | None) -> str | None:
    """``title`` without the site's ``name`` (og:site_name) ending it after a spaced separator ("BETMAXO｜Headline -
    Zena Neuva", an og:title written as <title>)."""
    return title[:-len(name)].rstrip(_NAME_SEPARATORS + " ") if title and name and _site_suffix(title, name) else title


def _after_site_name(title: str | None, name: str | None) -> str | None:
    """The headline after the site's name leading ``title`` with a separator ("Feon'ny Vakinankaratra - Sekoly
    …", Serendipity's and LiveJournal's "Site - Entry" <title>); None when the title does not start so."""
    if not title or not name or not title.startswith(name):
        return None
    rest = title[len(name):]
    headline = rest.lstrip(_NAME_SEPARATORS)
    if not rest[:len(rest) - len(headline)].strip() or len(headline) < 10:
        return None  # no separator ("Apple" + "s fall …" is one word) or nothing of a headline after it
    return headline


def _entry_headline(root: etree._Element, url: str, h1: etree._Element, og_title: str | None,
                    html_title: str | None) -> etree._Element | None:
    """The entry's own heading when the ``<h1>`` is the site's banner: its text is the site's name (a link home
    reads it) leading the page's title, and another element shows the rest of that title, the entry's headline
    (LiveJournal's "<h1 class=journal-title><a href=/>Community</a></h1>" over "<h3 class=entry-title>", the
    title "Community — Entry"; Serendipity's banner h1 over the entry's h2, "Site - Entry").  Else None."""
    name = _text(h1)
    for title in (og_title, html_title):
        if (headline := _after_site_name(title, name)) is None or len(headline) <= len(name):
            continue  # (a name shorter than the headline: "Headline - Site" is the <h1>'s headline, the site after)
        el = _headline_element(root, headline)
        if el is not None and el is not h1 and h1 not in el.iterancestors() and not _names_author(el) \
                and (_masthead(root, url, name) is not None or _links_up(h1, url)):
            return el
    return None


def _links_up(h1: etree._Element, url: str) -> bool:
    """The ``<h1>`` links to a folder above the page on its site: the home of a blog hosted under a folder
    (Typepad's "<h1 id=banner-header><a href="/akuko/">Blog name</a></h1>" on "/akuko/2026/03/post.html", a
    "/blog/" of a company site), not to the page itself or elsewhere."""
    parts = urlsplit(url)
    path = parts.path
    for a in h1.iter("a"):
        target = urlsplit(urljoin(url, (a.get("href") or "").strip()))
        if (target.netloc == parts.netloc and not target.query and target.path.endswith("/")
                and len(target.path) < len(path) and path.startswith(target.path)):
            return True
    return False


def _spaced_text(el: etree._Element) -> str:
    """Text with a space at element boundaries: ``<dt>Źródło:</dt><dd>PAP</dd>``
    reads ``Źródło: PAP``, not ``Źródło:PAP`` run into the next label."""
    return normalize_inline(" ".join(_pieces(el)))


_WORD_JOINERS = re.compile(r"[-_]")


@lru_cache(maxsize=4096)
def _class_words(cls: str | None, ident: str | None) -> frozenset[str]:
    """The words of an element's class and id, lower-cased, each whole and cut at "-" and "_"
    ("post-share_bar" -> post-share_bar, post, share, bar).  Cached: a site's pages repeat their
    class names, and the noise and share tests ask about most elements of every page."""
    words: set[str] = set()
    for token in f"{cls or ''} {ident or ''}".lower().split():
        words.add(token)
        words.update(_WORD_JOINERS.split(token))
    return frozenset(words)


_SHARE_PARTS = frozenset("share sharing sharebar social".split())


def _is_share(el: etree._Element) -> bool:
    """A share bar (``<span class="share">シェアする：LINE X</span>``, ``<div class="social-share">``)."""
    return not _SHARE_PARTS.isdisjoint(_class_words(el.get("class"), el.get("id")))


def _export_stamp(el: etree._Element) -> bool:
    """The time a page was exported, in the exporter's status footer: Org mode's ox-html postamble "<div
    id="postamble" class="status"><p class="date">Date: 2026-03-06</p><p class="author">Author: …</p><p
    class="date">Created: 2026-03-06 Fri 10:31</p>" writes #+DATE's line first, the author's, then the export's
    stamp, its label translated ("Created", "Erstellt am", "Créé le"): the date line after the author's, or labelled
    "Created", is no publication date."""
    parent = el.getparent()
    if parent is None or parent.get("id") != "postamble" or "date" not in (el.get("class") or "").split():
        return False
    return (any("author" in (sib.get("class") or "").split() for sib in el.itersiblings(preceding=True))
            or _text(el).lower().startswith("created"))


def _not_a_field(el: etree._Element) -> bool:
    """A share bar (_is_share) or an exporter's stamp (_export_stamp): no field of a metadata line."""
    return _is_share(el) or _export_stamp(el)


def _in_share(el: etree._Element, top: etree._Element) -> bool:
    """``el`` is in a share bar, itself or an element above it up to ``top``."""
    while el is not None:
        if _is_share(el):
            return True
        if el is top:
            return False
        el = el.getparent()
    return False


def _meta_text(el: etree._Element) -> str:
    """:func:`_spaced_text` without the share bar inside a metadata element: its words are
    not the value of the label before it ("カテゴリ：経済" + "シェアする：LINE X")."""
    text = _META_TEXTS.get(el)
    if text is None:
        _unclean(el)  # (a new document empties the memos: see _TEXTS)
        text = normalize_inline(" ".join(_pieces(el, _not_a_field, fields=True))).rstrip(" |")  # (a field's end, nothing after)
        _META_TEXTS[el] = text
    return text


def _is_toc(el: etree._Element) -> bool:
    """A table of contents: a list whose links all jump within the page (``<a href="#toc1">``),
    alone or under a short title ("目次", "Contents").  It repeats the section headings."""
    tag = el.tag
    if tag in ("ol", "ul"):
        listing = el
    elif tag in ("div", "nav", "section"):
        children = [c for c in el if isinstance(c.tag, str)]
        if not 1 <= len(children) <= 3:
            return False
        listing = next((c for c in children if c.tag in ("ol", "ul")), None)
        if listing is None:
            # (or in a box of its own under the title: Org mode's ox-html "<div id="table-of-contents"
            # role="doc-toc"><h2>Table of Contents</h2><div id="text-table-of-contents"><ul>…")
            listing = next((inner for c in children if c.tag in ("div", "nav") and (inner := _only_child(c)) is not None
                            and inner.tag in ("ol", "ul") and not (c.text or "").strip()), None)
        if listing is None:
            return False
    else:
        return False
    links = list(listing.iter("a"))
    if not links or any(not (a.get("href") or "").startswith("#") or len(a.get("href")) < 2 for a in links):
        return False
    text = len(normalize_inline(el.text_content()))
    linked = sum(len(normalize_inline(a.text_content())) for a in links)
    if listing is not el and (title := el[0] if len(el) and el[0].tag in _ANY_HEADING else None) is not None \
            and 0 < (titled := len(normalize_inline(title.text_content()))) <= 30 and text - linked <= titled + 2:
        return True  # (its heading's title only, however few its links: ox-html's "Table of Contents" over one)
    return text - linked <= min(30, max(12, 0.4 * text))


def _in_amp_component(el: etree._Element) -> bool:
    parent = el.getparent()
    return parent is not None and isinstance(parent.tag, str) and parent.tag.startswith("amp-")


def _is_noise(el: etree._Element) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP_TAGS:
        return True
    if tag in ("ol", "ul", "div", "nav", "section") and _is_toc(el):
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if (el.get("placeholder") is not None or el.get("fallback") is not None) and _in_amp_component(el):
        return True  # what an AMP component shows while loading or when it cannot ("Loading…", "विज्ञापन")
    if tag in _PROTECTED_TAGS or el.get("role") in ("navigation", "complementary", "contentinfo"):
        return el.get("role") in ("navigation", "complementary", "contentinfo")
    if tag == "address" and (text := _text(el)) and _link_chars(el) >= len(text):
        # the article's author as HTML marks it, a link and nothing else: telegra.ph's editor repeats its header's
        # "<address><a href=https://t.me/…>Kabar Madhura</a><br></address>" in the text under the <h1>
        return True
    words = _class_words(el.get("class"), el.get("id"))
    # (not a sidebar's layout modifier alone: Gitea's wiki text "<div class="markup wiki-content-main with-sidebar">"
    # beside its sidebar, _naming_words; "has-comments", "with-share", "show-related" stay noise)
    if _NOISE_PARTS.isdisjoint(words) or (_NOISE_PARTS.isdisjoint(_naming_words(el.get("class"), el.get("id")))
                                          and _NOISE_PARTS & words <= {"sidebar"}):
        return _wiki_chrome(el)
    return not (_KIND_NOISE.issuperset(_NOISE_PARTS & words) and _holds_prose(el))


# Words naming what kind of CMS element a box is, not its role: a metadata box or a module is mostly short
# (a byline, a date, a sidebar's list), but CMSs name every field and module so, the post's body too (HubSpot's
# "<span class="hs_cos_wrapper hs_cos_wrapper_meta_field …" id="hs_cos_wrapper_post_body"><p>…</p><p>…",
# Elementor's "elementor-widget-theme-post-content").  Such a box holding paragraphs of prose is the story.
_KIND_NOISE = frozenset(("meta", "widget"))
_PROSE_PARAGRAPHS = 2  # "<div class=entry-meta><p>By …</p><p>12 March</p></div>": two short ones, a line of text
_PROSE_CHARS = 150
_PARAGRAPH_CHILDREN = etree.XPath("p")


def _holds_prose(el: etree._Element) -> bool:
    """Paragraphs of its own (``<p>`` children, two or more, over 150 characters): a text, not a field."""
    paragraphs = _PARAGRAPH_CHILDREN(el)
    return len(paragraphs) >= _PROSE_PARAGRAPHS and _longer_than(el, _PROSE_CHARS)


def _wiki_chrome(el: etree._Element) -> bool:
    """MediaWiki's chrome, or a site generator's, by a whole class/id token (see _WIKI_CHROME, _GENERATOR_CHROME)."""
    tokens = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    if _WIKI_CHROME.isdisjoint(tokens) and _GENERATOR_CHROME.isdisjoint(tokens):
        return not _WIKI_CHROME_WORDS.isdisjoint(tokens) and _on_mediawiki(el)
    return True


def _on_mediawiki(el: etree._Element) -> bool:
    """``el`` is on a MediaWiki page (its <body> classed "mediawiki")."""
    for a in el.iterancestors("body"):
        return "mediawiki" in (a.get("class") or "").split()
    return False


def language_subtag(value: str | None) -> str | None:
    """The primary language subtag of a declared language (BCP 47), lower case: "bs-BA" -> "bs", "zh_Hant_TW" ->
    "zh", "ckb" (Sorani, which has no two-letter code) -> "ckb", a Content-Language list "de, en" -> "de"; a
    three-letter code of a language with two letters as those ("eng" -> "en", "gle" -> "ga": article.language_code).
    Not a subtag (two or three ASCII letters: a template's "english", "{{lang}}", "x-default") or one naming no
    language (Drupal's "und", "zxx", "mul"): None, no declaration, the text's detected language is used instead of a
    record the schema rejects."""
    primary = (value or "").partition(",")[0].strip().replace("_", "-").partition("-")[0].lower()
    return language_code(primary) if 2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha() else None


# the folders a static site generator keeps every post in, the section Hugo names a post after ("posts")
_CONTENT_FOLDERS = frozenset(("posts", "post", "blog", "articles"))


def _content_folder(section: str | None, url: str) -> bool:
    """``section`` is the content folder the page's address opens with, as written there ("posts" on
    "/posts/<slug>/": Hugo Anatole's JSON-LD articleSection, the section of every post; "blog" on "/blog/<slug>/":
    Hugo's article:section meta, which Bear Cub and most themes fill with the content folder), no category: the
    post's category link names it."""
    first = urlsplit(url).path.strip("/").partition("/")
    return section is not None and section in _CONTENT_FOLDERS and first[0] == section and bool(first[2])


def _head_metadata(root: etree._Element, page: ExtractedPage) -> None:
    page.language = language_subtag(root.get("lang") or root.get("xml:lang"))
    created = None
    for meta in root.iter("meta"):
        # (the standard form of a page's language is <meta http-equiv="Content-Language" content="de-AT">)
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "").lower()
        value = (meta.get("content") or "").strip()
        if not value:
            continue
        if key == "og:title":
            page.og_title = normalize_inline(value)
        elif key == "og:type":
            page.og_type = value.lower()
        elif key in _PUBLISHED_METAS and _finer_time(page.published_hint, value):
            page.published_hint = value
        elif key in _DC_CREATED and not created:
            created = value
        elif key in ("article:modified_time", "og:article:modified_time", "datemodified") and not page.modified_hint:
            page.modified_hint = value
        elif key == "article:section" and not page.category_hint and not _content_folder(value, page.url):
            page.category_hint = normalize_inline(value)
        elif key == "og:site_name" and not page.site_name:
            page.site_name = normalize_inline(value)  # the site's own name: the source only when the page credits no one
        elif key == "content-language" and not page.language:
            page.language = language_subtag(value)
        elif key in ("robots", "googlebot") and "noindex" in value.lower():
            page.noindex = True
        elif key == "author":
            page.author_refs.add(normalize_inline(value).casefold())
    title_el = root.find(".//title")
    if title_el is not None:
        page.html_title = _text(title_el) or None
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _jsonld_objects(data):
            types = obj.get("@type")
            types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            lowered = {str(t).lower() for t in types}
            page.jsonld_types |= lowered
            if lowered & ARTICLE_TYPES:
                # the section is read whichever source gave the date (article:published_time usually does)
                if not _content_folder(_str(obj.get("articleSection")), page.url):
                    page.category_hint = page.category_hint or _str(obj.get("articleSection"))
                page.author_refs |= _author_refs(obj.get("author"))
                if _finer_time(page.published_hint, found := _str(obj.get("datePublished"))):
                    page.published_hint = found
    page.created_hint = created


# Dublin Core's publication dates as Plone writes them ("<meta name="DC.date.effective" content="2026-03-19T08:00:00
# +01:00">", the time the item went public) and dcterms' "issued"; "created" is when the draft was begun (Plone's
# "DC.date.created" is the evening before), a publication date only when the page states no other; Pandoc's and
# Quarto's document date ("<meta name="dcterms.date" content="2026-11-10">", a post's date field); Open Graph's
# article property with the "og:" prefix the protocol's own namespace does not have, as Beautiful Jekyll's head writes
# it ("<meta property="og:article:published_time" content="2026-03-14T09:10:00+01:00">")
_PUBLISHED_METAS = frozenset((
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
    "dc.date.issued", "dc:date",
    "dc:created", "dcterms:created", "dcterms:issued", "sailthru.date", "parsely-pub-date",
    "dc.date.effective", "dcterms.issued", "dcterms.available", "dc.date.published", "dcterms.date", "dcterms:date"))
_DC_CREATED = frozenset(("dc.date.created", "dcterms.created"))
_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _finer_time(current: str | None, found: str | None) -> bool:
    """``found`` replaces the publication time read so far: there is none, or ``current`` is only the day
    and ``found`` is that day with its time of day (WriteFreely's "<meta itemprop="datePublished"
    content="2026-03-18">" before "article:published_time" "2026-03-18T08:45:12Z"), or ``current`` is a time without
    its offset and ``found`` the same local time with one (SvelteKit's JSON-LD "2026-03-12T11:30" before the
    story's "<time datetime="2026-03-12T11:30:00+01:00">": the offset taken, never invented)."""
    if not found or placeholder_time(found):
        return False  # (Hugo's zero time for an undated post, "0001-01-01T00:00:00+00:00": no time, see metadata)
    if not current:
        return True
    return ((_DAY_ONLY.fullmatch(current) is not None and found.startswith(current) and len(found) > len(current) + 3
             and found[len(current)] in "T " and found[len(current) + 1].isdigit())
            or _offset_of_same_time(current, found))


def _offset_of_same_time(current: str, found: str) -> bool:
    """``current`` states a time of day without an offset and ``found`` states the same local time (to the second)
    with one: "2026-03-12T11:30" and "2026-03-12T11:30:00+01:00"."""
    if "T" not in current and " " not in current.strip():
        return False
    try:
        naive, zoned = datetime.fromisoformat(current.strip()), datetime.fromisoformat(found.strip())
    except ValueError:
        return False
    return naive.tzinfo is None and zoned.tzinfo is not None and naive == zoned.replace(tzinfo=None)


def _author_refs(value: object) -> set[str]:
    """The names (casefolded) and page paths (no closing slash) of a JSON-LD author: a Person, a list, a name."""
    refs = set()
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            refs.add(normalize_inline(item).casefold())
        elif isinstance(item, dict):
            if name := _str(item.get("name")):
                refs.add(normalize_inline(name).casefold())
            if url := _str(item.get("url")):
                refs.add(urlsplit(url).path.rstrip("/"))
    refs.discard("")
    return refs


def _str(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if isinstance(value, (str, int, float)) and str(value).strip() else None


def _jsonld_objects(data: object):
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _jsonld_objects(data["@graph"])


def is_logo(h1: etree._Element) -> bool:
    """An ``<h1>`` that is only a link to the site's home page (a blog theme's
    ``<h1 class="title"><a href="/">Blog name</a></h1>``): the site's name, not a headline."""
    links = list(h1.iter("a"))
    if len(links) != 1 or _text(links[0]) != _text(h1):
        return False
    return _links_home(links[0])


def _links_home(a: etree._Element) -> bool:
    """``a`` leads to the site's home page ("/", "./", "/index.html").  (An anchor without an address leads nowhere:
    Newsup's "<h1 class="title single"><a title="Permalink to: …">Headline</a></h1>" is the headline.)"""
    if a.get("href") is None:
        return False
    parts = urlsplit(a.get("href") or "")
    return parts.path in ("", "/", "./", "/index.html") and not parts.query and not parts.fragment


def _banner_logo(h1: etree._Element) -> bool:
    """An ``<h1>`` that is the site's banner: a logo's (is_logo), or one opening with its link home, the site's
    tagline in an element of its own after it (Wolf CMS's "<h1><a href="/">Site</a> <span>tagline</span></h1>")."""
    if is_logo(h1):
        return True
    first = next((c for c in h1 if isinstance(c.tag, str)), None)
    return first is not None and first.tag == "a" and not (h1.text or "").strip() and not (first.tail or "").strip() \
        and bool(_text(first)) and not len(first) and first.getnext() is not None and _links_home(first)


def _site_suffix(title: str, name: str) -> bool:
    """``name`` ends ``title`` after a spaced separator ("Unu : Nyunsu fu Paramaribo")."""
    head = title[:-len(name)] if name and title.endswith(name) and title != name else ""
    return bool(head.strip(_NAME_SEPARATORS + " ")) and head.endswith(" ") and head.rstrip()[-1:] in _NAME_SEPARATORS


def _before_site_segment(title: str, name: str) -> str | None:
    """The headline before ``name`` where ``title`` reads the name as a segment after it, spaced separators each
    side or the title's end ("Headline - Blog de X - Skyrock.com" for "Blog de X"); else None."""
    at = title.find(name, 1) if name else -1
    while at > 0:
        head, tail = title[:at], title[at + len(name):]
        if _site_suffix(title[:at + len(name)], name) \
                and (not tail or tail.startswith(" ") and tail.lstrip()[:1] in _NAME_SEPARATORS):
            return head.rstrip(_NAME_SEPARATORS + " ")
        at = title.find(name, at + 1)
    return None


# the class of a box shown in print only (Jupyter Book's "<div id=jb-print-docs-body class=onlyprint><h1>Title —
# Site</h1>", the page's own headline in its <article>)
_PRINT_ONLY = frozenset("onlyprint only-print print-only printonly visible-print".split())
_PRINT_ONLY_BOX = etree.XPath("ancestor-or-self::*[@class][position() <= 3]/@class")


def _print_only(el: etree._Element) -> bool:
    # (each of _PRINT_ONLY's words holds "print": a page whose class attributes write none has no such box)
    return "print" in _classes_written(el) and any(not _PRINT_ONLY.isdisjoint(cls.split()) for cls in _PRINT_ONLY_BOX(el))


def _find_h1(root: etree._Element, og_title: str | None, html_title: str | None = None,
             site_name: str | None = None) -> etree._Element | None:
    # A banner <h1> holding only the site's name while <title> names the page
    # ("<h1>Подільський форум</h1>" under "<title>Ціни на овочі … - Подільський форум"): phpBB,
    # old portals.  The headline is then another element (found from <title>).
    banner = _site_name_of(html_title) or site_name if html_title else None
    # ... or a logo's <h1> (only a link home) reading the name glued to the end of <title> (Z-BlogPHP's
    # "<h1 id=BlogTitle><a href=/>Site</a></h1>" under "<title>Headline-Site", the headline an <h2>)
    # (or between the brackets closing it: DokuWiki's "<h1 class="logo"><a href="/"><img><span>Site</span></a></h1>"
    # under "<title>Headline [Site]", the headline the page's "<h1 class="sectionedit1">")
    # (or after the spaced slash closing it: FluxBB's and PunBB's "<title>Subject / Forum / Board</title>" under
    # the board's "<h1><a href=/>Board</a></h1>", the headline the post's "<h3>Subject</h3>")
    glued = _glued_site_of(html_title)
    bracketed = _bracket_site_of(html_title)
    slashed = _slash_site_of(html_title)
    h1s = [h for h in root.iter("h1") if (text := _text(h)) and text != banner
           and not (og_title and is_logo(h) and text not in og_title)
           and not (text in (glued, bracketed, slashed) and is_logo(h)) and not _print_only(h)]
    if not h1s:
        # the only <h1> the logo image (DedeCMS's "<h1><a href=/><img alt=Site></a></h1>"): the headline the
        # <h2> that <title> reads whole (a phpBB topic's "<h2>Topic</h2>" under "Re: Topic - Page 2" is not the page's)
        return _named_heading(root, og_title, html_title, exact=True)
    for h in h1s:
        if any(a.tag in ("article", "main") for a in h.iterancestors()):
            return h
    for name in (og_title, html_title):
        # (<title> belongs to the page's own story where infinite scroll renders the next one too)
        if name:
            named = [h for h in h1s if _text(h) in name or name in _text(h)]
            # a logo's <h1> reading the name as a segment after the headline (closing the title, or before another
            # separator) gives way to an <h1> the title reads before it (livedoor's "<title>Unu : Blog</title>": "<h1 class=blog-title><a href=/>Blog</a></h1>" over
            # "<h1 class=article-title>Unu</h1>", a headline too short for _site_name_of to cut the name off)
            own = [h for h in named if not (is_logo(h) and _before_site_segment(name, _text(h)) is not None)]
            if named and not own and not name.endswith(_text(named[0])) \
                    and (cut := _before_site_segment(name, _text(named[0]))) is not None \
                    and is_logo(named[0]) and (heading := _named_heading(root, cut, None, shared_end=True)) is not None:
                # the logo's name a segment after the headline, the site's platform after it (Skyrock's "Headline -
                # Blog de X - Skyrock.com" over "<h1><a href=/>Blog de X</a></h1>"): the heading reading the headline.
                # Not a name ending the title: Seesaa's day archive "<title>8 de marso de 2026: Blog</title>" over
                # "<h2 class=archive-title>Artikolos del 8 de marso de 2026</h2>" and a post's teaser is a listing
                return heading
            if named:
                return own[0] if own else named[0]
    # no <h1> in the story nor naming the page: the titles of a portal's widgets (vBulletin's canvas layout,
    # "<h1 class=main-title>متعلق مضمون</h1>" over its related articles), the headline a lower heading that the
    # head's title names ("<h2 class=b-article__title>Headline</h2>")
    if (heading := _named_heading(root, og_title, html_title)) is not None:
        return heading
    # ... or every <h1> the site's banner, which no title reads: the lower heading reading the title whole, however
    # short ("<h2>Nyimbo</h2>" under "<title>Nyimbo", a section's page), or ending as the title does, a spam prefix
    # written otherwise in each (Wolf CMS: "<h1><a href="/">Site</a> <span>tagline</span></h1>" over the page's
    # "<h2>kw | Headline</h2>", "<title>kw — Headline</title>")
    if all(_banner_logo(h) for h in h1s) and (
            (heading := next((h for h in _LOWER_HEADINGS(root) if _text(h) in (og_title, html_title)), None)) is not None
            or (heading := _named_heading(root, og_title, html_title, shared_end=True)) is not None):
        return heading
    return max(h1s, key=lambda h: len(_text(h)))


_LOWER_HEADINGS = etree.XPath("//body//*[self::h2 or self::h3]")


_CHROME_TAGS = frozenset(("a", "nav", "header", "footer", "aside"))


def _page_name_heading(root: etree._Element, url: str, og_title: str | None,
                       html_title: str | None) -> etree._Element | None:
    """No og:title, and ``<title>`` ends with the page's raw name, the last segment of its address ("Dhiari Echuwabo:
    Main_blogentry_080326_1" at "/wiki/Main_blogentry_080326_1": a wiki's ApplicationName and page name, JSPWiki's
    title): no headline is in the head, the entry's headline is its first heading (the "!!!" heading JSPWiki's
    WeblogPlugin entry opens with, "<h2 id="section-…">Headline<a class="hashlink">#</a></h2>").  None when the title
    reads otherwise or no heading outside links and the page's chrome reads three words or more."""
    if og_title or not html_title or _raw_page_name_cut(html_title, url) is None:
        return None
    return next((h for h in _LOWER_HEADINGS(root) if len(_heading_text(h).split()) >= 3
                 and not any(a.tag in _CHROME_TAGS for a in h.iterancestors())), None)


def _names_a_section(name: str, root: etree._Element, url: str, h1: etree._Element) -> bool:
    """``name`` is a section's that a link of the page leads to, outside the headline (_section_names)."""
    return name.casefold() in {n.casefold() for n in _section_names(root, url, outside=h1)}


def _wiki_page_heading(root: etree._Element, url: str, page: ExtractedPage) -> etree._Element | None:
    """The wiki page's heading that is its headline (:func:`_page_name_heading`); the name before the page's raw name
    in ``<title>`` is then the site's, when the head names none (JSPWiki's ApplicationName, "Dhiari Echuwabo:
    Main_blogentry_080326_1")."""
    heading = _page_name_heading(root, url, page.og_title, page.html_title)
    if heading is not None and not page.site_name:
        page.site_name = _before_page_name(page.html_title, url)
    return heading


def _raw_page_name_cut(html_title: str, url: str) -> re.Match[str] | None:
    """Where ``html_title`` closes with a separator and the page's raw name, the last segment of its address ("Dhiari
    Echuwabo: Main_blogentry_080326_1" at "/wiki/Main_blogentry_080326_1"); None when it does not, or the name is
    short or spaced."""
    name = unquote(urlsplit(url).path.rstrip("/").rpartition("/")[2])
    if len(name) < 4 or " " in name:
        return None
    return re.search(r"\s*[:|–—-]\s*" + re.escape(name) + "$", html_title)


def _before_page_name(html_title: str, url: str) -> str | None:
    """``html_title`` before the separator and the page's raw name closing it (_raw_page_name_cut), a name of a few
    words: the site's; else None."""
    match = _raw_page_name_cut(html_title, url)
    head = html_title[:match.start()].strip() if match else ""
    return head if 2 <= len(head) <= 60 and len(head.split()) <= 6 else None


def _named_heading(root: etree._Element, og_title: str | None, html_title: str | None,
                   exact: bool = False, shared_end: bool = False) -> etree._Element | None:
    """The first ``<h2>``/``<h3>`` that reads the page's og:title or its ``<title>`` without the site's name
    (or ends with it, or the title with it: a spam prefix written differently there; not when ``exact``; with
    ``shared_end``, also both ending alike over most of each: "《kw》Headline" under "KW_Headline-Site"), None
    when none does."""
    names = [n for n in (og_title, _without_site_name(html_title)) if n and len(n) >= 10]
    # (or the title's head before a colon and a name of capitalised words: TiddlyWiki's "<title>{{headline}}:
    # {{site}} — {{subtitle}}</title>" over "<h2 class=tc-title>Headline</h2>"; the heading, read whole (or a spam
    # prefix written otherwise before it) and of three words or more, confirms the cut)
    # (only with the tagline after it: "Headline: Site" alone, TYPO3's over its news <h3>, is left to the page's
    # other readings, its metadata read around the trail)
    cut_title = _without_site_name(html_title)
    colon_cut = _colon_name_cut(cut_title) if cut_title != html_title else None
    if shared_end and (glued := _glued_site_of(html_title)):
        names.append(html_title[:-len(glued) - 1])  # "Headline-Site"
    if html_title:
        # (or the title's first segment when two or more follow it: "Headline | Forum | Site" (Moodle's discussion
        # over the site's name as its only <h1>), "Headline - Project - Site" (Redmine's news under the project
        # trail's <h1>): the heading reading it whole is the headline)
        # (or its last, the site's name and the section before it: PHP-Fusion's "Site - News - Headline" over the
        # item's "<h2 class="news-title">Headline</h2>", the logo an image; read whole too)
        for sep in (*_TITLE_SEPARATORS, " :: "):  # (and a double colon's)
            if len(parts := html_title.split(sep)) >= 3:
                names += [end for end in (parts[0].strip(), parts[-1].strip()) if len(end) >= 10]
                break
    if exact and _slash_site_of(html_title):
        # "Subject / Forum / Board" (FluxBB, PunBB): the title before its last one or two spaced slashes, read whole
        parts = html_title.split(" / ")
        names += [head for n in (1, 2) if len(parts) > n and len(head := " / ".join(parts[:-n]).strip()) >= 10]
    if not names:
        return None
    # (not the site's name the title ends with: a logo's "<h2>Site</h2>" under "kw ▸ Headline - Site")
    sites = {_site_name_of(og_title), _site_name_of(html_title)}
    for h in _LOWER_HEADINGS(root):
        text = _text(h)
        if len(text) >= 10 and text not in sites \
                and (colon_cut and (text == colon_cut or _end_shared(text, colon_cut)) and len(text.split()) >= 3 or any(text == n or not exact and (n.endswith(text) or text.endswith(n)
                                                    or shared_end and _end_shared(text, n))
                        for n in names)):
            return h
    return None


def _colon_name_cut(title: str | None) -> str | None:
    """``title`` before its last colon when a name of capitalised words closes it ("Headline: Дарган Хабарла")."""
    name = _colon_site_of(title)
    if not name or not all(word[:1].isupper() for word in name.split()):
        return None
    return title[:title.rfind(name)].rstrip().rstrip(":：").rstrip()


def _end_shared(a: str, b: str) -> bool:
    """``a`` and ``b`` end with the same text, at least ten characters and more than half of each."""
    common = len(os.path.commonprefix([a[::-1], b[::-1]]))
    return common >= 10 and 2 * common > max(len(a), len(b))


def _story_scope(h1: etree._Element | None, root: etree._Element) -> etree._Element | None:
    """The page's own story when it holds several, each under its own ``<h1>`` (infinite-scroll
    themes render the next story under the requested one: ``div.post-wrap`` then
    ``div.post-wrap.next-post``): the largest element around the headline holding no other
    ``<h1>``.  None when the page has one story (the usual case: one ``<h1>``, or a banner
    ``<h1>`` and no story around the headline)."""
    if h1 is None:
        return None
    others = [h for h in root.iter("h1") if h is not h1 and _text(h)]
    if not others:
        return None
    scope = h1
    while (parent := scope.getparent()) is not None and parent.tag not in ("body", "html"):
        if any(parent is a for h in others for a in h.iterancestors()):
            break
        scope = parent
    # a story is a headline with its text around it, not the <h1> alone or its title box
    if scope is h1 or not _longer_than(scope, 3 * len(_text(h1)) + 199):
        return None
    return scope


def _walk(el: etree._Element, skip_noise: bool = True, skip: frozenset = frozenset()):
    """Elements under ``el`` in document order, not entering skipped subtrees:
    never-content tags always, noise by class/id too when ``skip_noise``, the boxes in ``skip``."""
    # a stack of child iterators, not nested generators: each element passed up
    # through one generator per level cost O(depth) per element on deep layouts
    stack = [iter(el)]
    while stack:
        for child in stack[-1]:
            if not isinstance(child.tag, str):
                continue
            if child.tag in _SKIP_TAGS or (skip_noise and _is_noise(child)) or (skip and child in skip):
                continue
            yield child
            stack.append(iter(child))
            break
        else:
            stack.pop()


def _link_chars(el: etree._Element) -> int:
    chars = _LINK_CHARS.get(el)
    if chars is None:
        _unclean(el)  # (a new document empties the memos: see _TEXTS)
        chars = _LINK_CHARS[el] = sum(len(normalize_inline(a.text_content())) for a in el.iter("a"))
    return chars


# "©" and a year after it: a site's notice ("© 2026 Site"), not a photo's credit ("Photo © Jane Doe")
_DATED_SIGN = re.compile(r"©\s*(?:19|20)\d{2}")


def _site_notice(text: str) -> int | None:
    """Where a site's copyright notice starts in a text box's ``text``, after text of the box's own (a footer's
    "… ang uban pa © 2026 Balita sa Sugbo."): a sign needs a year after it, and a notice opening the box ("Photo
    © 2026 Jane Doe" over a story's "<br><br>" paragraphs) heads the text after it."""
    low = text.lower()
    if COPYRIGHT_NOTICE.search(low) is None:
        return None
    for notice in COPYRIGHT_NOTICE.regex.finditer(low):
        if notice.group() != "©" or _DATED_SIGN.match(low, notice.start()):
            return notice.start() if notice.start() >= _SCORED_CHARS else None
    return None


_SCORED_CHARS = 25  # the shortest text scored
# a divider's run of one mark ("------", "======", "·····"): only then are a text's characters counted one by one
# (unicodedata per character on every scored text: the benchmark site's 364 pages took 1.12 CPU s in process, 0.97 without it)
_DIVIDER_RUN = re.compile(r"([^\w\s])\1{3}")


def _mostly_punctuation(text: str) -> bool:
    return 2 * sum(unicodedata.category(ch)[0] in "PS" for ch in text) > len(text)


def _score_containers(root: etree._Element, headline: etree._Element | None = None, page_url: str | None = None,
                      skip: frozenset = frozenset()) -> tuple[etree._Element | None, dict]:
    # Class names are not trusted here: a theme's "has-sidebar" or
    # "penci_sidebar" wraps the whole article.  They are used inside the
    # chosen container (see _blocks) where they mark blocks, not layouts.
    # The headline is no text of the body: counted, it lifts a short story's box to the column
    # around it, with the boxes after the text ("<div class=left><h1>…</h1><div class=body>four
    # short paragraphs</div><div class=disclaimer>Disclaimer: …</div></div>").
    scores: dict[etree._Element, float] = {}
    for el in _walk(root, skip_noise=False, skip=skip):
        if el.tag in _INLINE_TAGS or el is headline:
            continue
        if el.tag in ("p", "pre", "blockquote"):
            text = _text(el)
            links = _link_chars(el)
        else:
            text, links = _direct_text(el)
        if len(text) < _SCORED_CHARS or _DIVIDER_RUN.search(text) and _mostly_punctuation(text):
            # (nor a divider, a line mostly of punctuation: DedeCMS's "------分隔線------------------")
            continue
        if (notice := _site_notice(text)) is not None:
            # the site's footer from its notice on, no text of a story ("Ang tanang logo ug trademark … © 2026 Site.
            # PHP-Nuke Copyright © 2005 by …" in a <center> of the page's layout cell): what precedes it counts
            text = text[:notice]
        value = max(0.0, len(text) - 2 * links) + 10 * text.count(",")
        parent = el.getparent()
        if parent is None:
            continue
        if len(text) >= 200 and el.tag not in ("p", "pre", "blockquote") and el.find("br") is not None:
            # paragraphs written as runs of text between <br>s (forum posts, BBCode, old
            # layouts: "<div class=content>Перший абзац.<br>\n<br>Другий.</div>"): the element
            # is the container of those paragraphs, as it would be of <p>s (not its parent,
            # which holds the post's buttons and author line too)
            scores[el] = scores.get(el, 0.0) + value
            scores[parent] = scores.get(parent, 0.0) + value / 2
            continue
        scores[parent] = scores.get(parent, 0.0) + value
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + value / 2
    if not scores:
        return None, scores
    # A candidate whose own class says footer/comments/related is worth little
    # (its ancestors are not judged by their classes: see above).
    popup = _headline_popup(headline)
    for el in scores:
        if _is_noise(el) and not (popup is not None and _popup_part(el, popup)):
            scores[el] *= 0.2
    best = max(scores, key=scores.__getitem__)
    if headline is not None:
        # a short story beside longer teaser cards: the best box sits inside a box of other stories that does not
        # hold the headline (Vue's "<section class=related-news><div class=el-card>…<p class=news-card__desc>"
        # of 400 characters under a story of two short paragraphs): it is worth little, as the box itself is.
        # Only the best few are looked at (their ancestors' classes); a box holding the headline is layout.  Every
        # candidate of that box is worth little at once (Blogger's "Popular posts" widget: three snippets, each box
        # with its parent, over a video post's one line)
        around = set(headline.iterancestors())
        first, demoted = best, []
        for _ in range(_OTHER_STORIES_TRIES):
            others = next((a for a in best.iterancestors() if a not in around
                           and not _OTHER_STORIES.isdisjoint(_naming_words(a.get("class"), a.get("id")))), None)
            if others is None:
                break
            for el in others.iter():
                if el in scores:
                    demoted.append(el)
                    scores[el] *= 0.2
            best = max(scores, key=scores.__getitem__)
        else:
            # every box took its turn and each is in a box named for other stories: the words were a layout's,
            # the first pick stands (all the page's text in a "content-sidebar-wrap", the headline above it)
            for el in demoted:
                scores[el] /= 0.2
            return first, scores
    if page_url is not None and len(skip) < _OTHER_STORIES_TRIES \
            and (cards := _teaser_cards(best, headline, page_url)) is not None:
        # another story's teaser card under a short story of its own: scored again without the cards, whose text
        # is none of the story's (nor of the boxes around them, credited by it)
        again = _score_containers(root, headline, page_url, skip | {cards})
        if again[0] is not None:
            return again
    return best, scores


def _in_site_footer(box: etree._Element, headline: etree._Element | None) -> bool:
    """``box`` is inside the site's footer, or is it: a <footer>, or a box whose class or id names one ("<div
    id="footer" class="gridlove-footer">"), that does not hold the headline (an article's own <footer> under it does):
    the "About <site>" text widget a gallery page's only prose falls back to.  A whole class or id word, or one
    closing on it: not Weebly's "wsite-not-footer", the content's box.  Not <body>, <html> or a page's wrapper, whose
    layout class may name one ("<body class="sticky-footer">", OceanWP's "has-parallax-footer"): the walk stops at
    <body>, and a box so named counts only while it holds no <main>, <article>, <header> or <nav>, none of which a
    site's footer holds."""
    for el in (box, *box.iterancestors()):
        if el.tag in ("body", "html"):
            break
        if el.tag == "footer" or (any(_SITE_FOOTER_WORD.fullmatch(token)
                                      for token in _naming_tokens(el.get("class"), el.get("id")))
                                  and next(el.iter("main", "article", "header", "nav"), None) is None):
            return headline is None or not any(a is el for a in headline.iterancestors())
    return False


# a class or id word naming a footer: "footer", "gridlove-footer", "site_footer"; not "wsite-not-footer"
_SITE_FOOTER_WORD = re.compile(r"(?:.*(?<!not)[-_])?footer")


def _teaser_cards(best: etree._Element, headline: etree._Element | None, page_url: str) -> etree._Element | None:
    """The box of another story's teaser card (or of a row of them) holding the best box, when the headline has prose
    of its own before it: a short post over cards whose snippets are longer (Zyro's "section.block--blog-list >
    div.block-blog-list-item" with "<a href=/other-post><h3>…</h3></a><p class=…description>…cut…</p>", under a post
    of two short paragraphs), in boxes whose classes name no other stories (see _score_containers).  The card is one
    link around its headline (_card_heading: the link) or one of a row of sibling teasers (_repeated_item: the row's
    box).  A listing's name with a line of introduction keeps its cards (the headline's own prose under
    _OWN_PROSE_CHARS), and so does an author's page, an undated name over a biography ("<h1>Aysel Hüseynova</h1>
    <p>…</p>" then cards), as _teaser_over asks."""
    if headline is None:
        return None
    heading, box = _card_heading(best)
    item = box
    if heading is not None and (_same_page(box.get("href"), page_url) is not False or _sub_page(box.get("href"), page_url)):
        heading = None  # (a card of the page itself or of one of its sub-pages, a gallery's slide; or of another site)
    if heading is None:
        heading, item = _repeated_item(best, page_url)
        if heading is not None and _sub_page(heading.get("href"), page_url):
            heading = None
        box = item.getparent() if item is not None else None  # the row of cards
    if heading is None or box is None or any(a is box for a in headline.iterancestors()) \
            or _own_prose(headline, item) < _OWN_PROSE_CHARS \
            or (is_name(_text(headline)) and not _dated_headline(headline)):
        return None
    return box


_MODIFIER_HEADS = frozenset("has with without no is show hide".split())


@lru_cache(maxsize=4096)
def _naming_tokens(cls: str | None, ident: str | None) -> tuple[str, ...]:
    """The whole class and id words that name the box itself, lower-cased: not those of a layout's modifier
    ("has-sidebar", "with-comments", "no-sidebar" say what sits beside the box).  Gollum wraps its sidebar and its
    page's body in "<div class="has-footer has-sidebar">" when the wiki has a footer page: the box HAS a footer, it
    is none."""
    return tuple(token for token in f"{cls or ''} {ident or ''}".lower().split()
                 if not ((parts := _WORD_JOINERS.split(token))[0] in _MODIFIER_HEADS and len(parts) > 1))


@lru_cache(maxsize=4096)
def _naming_words(cls: str | None, ident: str | None) -> frozenset[str]:
    """The class words that name the box itself (_naming_tokens) and their parts, a BEM modifier left out (a
    "layout--sidebar-right" says what kind of layout it is).  A theme wraps its body column and its sidebar in
    "div.row.has-sidebar"; "sidebar", "sidebar-right", "c-sidebar" and "related-news" are the other stories' boxes."""
    words: set[str] = set()
    for token in _naming_tokens(cls, ident):
        token = token.split("--", 1)[0]
        words.add(token)
        words.update(_WORD_JOINERS.split(token))
    return frozenset(words)


# class words of a box of other stories (related, recommended, teasers, comments): a candidate inside one that
# does not hold the headline is none of the story's text
_OTHER_STORIES = frozenset("related recommend recommended recommendations teaser teasers promo sidebar comment "
                           "comments outbrain taboola popular popularposts".split())
_OTHER_STORIES_TRIES = 8


# class words of an overlay: noise when it is one over the page (a newsletter's, a cookie notice's), not when it
# holds the page's headline: the story itself shown in one (Tilda Feeds serves its post as
# "<div class="t-feed__post-popup …"><h1 class="t-feed__post-popup__title">…", the text in
# "div.t-feed__post-popup__text"; a lightbox theme's article view)
_POPUP_PARTS = frozenset(("popup", "modal"))


def _headline_popup(headline: etree._Element | None) -> etree._Element | None:
    """The outermost overlay box (class word "popup", "modal") around the headline, if any."""
    found = None
    if headline is not None:
        for el in headline.iterancestors():
            if not _POPUP_PARTS.isdisjoint(_class_words(el.get("class"), el.get("id"))):
                found = el
    return found


def _popup_part(el: etree._Element, popup: etree._Element) -> bool:
    """``el`` is noise by its overlay words only, inside the headline's overlay ``popup``: part of the story."""
    words = _class_words(el.get("class"), el.get("id"))
    if not (_NOISE_PARTS & words) <= _POPUP_PARTS:
        return False
    return el is popup or any(a is popup for a in el.iterancestors())


def _direct_text(el: etree._Element) -> tuple[str, int]:
    """Text of ``el`` outside its block children (text nodes, inline elements)."""
    parts = [el.text or ""]
    links = 0
    for child in el:
        if isinstance(child.tag, str) and child.tag in _INLINE_TAGS and not _wraps_blocks(child):
            inner = child.text_content()
            parts.append(inner)
            # (the links inside an inline wrapper too: PHP-Nuke's related-links box is "<td><font class=content>
            # <a>headline</a><br>teaser…</font>")
            links += len(inner.strip()) if child.tag == "a" else _link_chars(child)
        parts.append(child.tail or "")
    return normalize_inline("".join(parts)), links


def _headline_box(box: etree._Element, headline: etree._Element) -> bool:
    """``box`` holds the headline and no paragraph of prose beside it: a ``<p>`` of 80 characters or more, or another
    element of as many, the story's lead ("<div class=intro>MILLBROOK — The council voted …</div>"), that is no
    metadata line nor a dated line without a sentence's end (PHP-Nuke's "<font class=tiny>Posted by admin on
    Monday, March 16, 2026 @ 10:20:00 PHT (245 reads)</font>")."""
    holding = set(headline.iterancestors())
    return box in holding and not any(
        el not in holding and el is not headline and isinstance(el.tag, str) and _lead_prose(el)
        and not any(a is headline for a in el.iterancestors()) for el in box.iter())


def _lead_prose(el: etree._Element) -> bool:
    """``el`` reads as a paragraph of prose beside the headline (see _headline_box)."""
    text = _text(el)
    if len(text) < 80:
        return False
    return el.tag == "p" or (is_meta_line(text) is None
                             and (text.rstrip(_CLOSERS).endswith(_SENTENCE_END) or find_date(text) is None))


# the least text of a sibling joining the body: a paragraph's.  A box of one shorter line reaches the score threshold
# only beside a short story (a fifth of its score): Anchor CMS's "<section class="footnote"><p>This article is my 5th
# oldest. It is 58 words long</p>" after the <article> of a two-paragraph wire story; beside a long one it never does
_SIBLING_LINE_CHARS = 80


def _with_siblings(best: etree._Element, scores: dict, headline: etree._Element | None = None) -> list[etree._Element]:
    """The best container and the siblings that continue the article.

    Articles are often split into several sibling blocks around ads or
    images; a sibling joins when its own paragraph score is a fair share of
    the best one's (readability's rule), or when it is a paragraph of prose.
    The headline's own box joins only with paragraphs of prose (``<p>``) in it: its byline and date lines are
    no text of the story (PHP-Nuke's title row "<tr><td><font class=option><b>Headline</b></font><br><font
    class=tiny>Posted by … on …</font></td></tr>" above the story's row).
    """
    if best.getparent() is None or best.tag == "body":
        return [best]
    threshold = max(60.0, scores[best] * 0.2)
    # Page builders (Wix, Squarespace-like) wrap each text box alone in a chain of boxes
    # (``div#comp-a > div#comp-b > … > div.rich-text > p…``), and an article split in two
    # boxes around a "read also" strip has its halves as cousins, not siblings: the
    # siblings are looked for above the chain of wrappers holding the best box alone, and
    # each sibling is judged by the box at the end of its own chain.
    top = best
    while ((parent := top.getparent()) is not None and parent.tag not in ("body", "html")
           and _only_child(parent) is top and not _is_noise(parent)):
        top = parent
    run = _block_run(top)
    if not run and top.getparent() is best.getparent().getparent():
        top = best  # one wrapper is a theme's ordinary "entry > content", not a builder's chain
    if top is best and (section := _section_box(best, headline)) is not None:
        best = top = section
    parent = top.getparent()
    if parent is None:
        return [best]
    out = []
    lead = _lead_box(best)
    follows = False  # the sibling before this one is in (the body, or a box continuing it)
    for sib in parent:
        if _skipped(sib):
            continue
        if sib is top:
            out.append(best)
            follows = True
            continue
        if sib is lead or sib in run:  # the standfirst's own box above the body (_lead_box), a block of the run
            out.append(sib)
            continue
        if run:
            continue  # a body of blocks of one kind ends where the run does (a teaser card after it is not its text)
        if follows and _continuation(sib):
            out.append(sib)
            continue
        follows = False
        # the outermost box of the sibling's chain scoring as a continuation (usually the sibling)
        inner = sib
        while (scores.get(inner, 0.0) < threshold and not _is_noise(inner)
               and (child := _only_child(inner)) is not None and child.tag not in _SKIP_TAGS):
            inner = child
        if _is_noise(inner) or (headline is not None and _headline_box(sib, headline)):
            continue
        elif not out and _cut_copy_of(inner, best):
            continue  # a summary box above the body, its excerpt cut from the body's start (_cut_copy_of)
        elif inner.tag in _BOX_TAGS and _is_call_to_action(inner):
            continue  # a sign-up box after the body ("<section><h2>Subscribe …</h2><p>…</p><form>…"), as inside it
        elif scores.get(inner, 0.0) >= threshold and len(_text(inner)) >= _SIBLING_LINE_CHARS:
            out.append(inner)
        elif sib.tag in ("p", "blockquote"):
            text = _text(sib)
            if len(text) >= _SIBLING_LINE_CHARS and _link_chars(sib) < 0.25 * len(text):
                out.append(sib)
    if len(out) >= 2:
        _add_subheadings(parent, top, best, out)
    if lead is not None and lead.getparent() is not parent:
        out.insert(0, lead)  # above the wrapper the body's box opens (_box_above): the story's first paragraph
    return out


def _section_box(best: etree._Element, headline: etree._Element | None) -> etree._Element | None:
    """The box of a section of the story when ``best`` is its text under its heading and the story's prose opens
    before the section, beside it: Org mode's ox-html ("div#content > p, p, div.outline-2 > h2 + div.outline-text-2",
    the opening paragraphs bare in #content after its table of contents), or in a box of their own before the
    sections (AsciiDoc's HTML, Asciidoctor's and Antora's: "div#preamble > div.sectionbody > div.paragraph > p",
    then "div.sect1 > h2 + div.sectionbody").  The section's box is then the body's
    box among its siblings, its heading with it; None elsewhere.  The text may sit in a wrapper of its own and the
    heading in a box of its own (OpenCms Mercury's paragraph pieces: "div.piece.full.paragraph > div.heading >
    h2.piece-heading" + "div.body > div.text", after a piece without a heading holding the story's opening)."""
    section = best.getparent()
    if section is not None and section.tag in _BOX_TAGS and not (section.text or "").strip() \
            and [c for c in section if not _skipped(c)] == [best]:
        best, section = section, section.getparent()  # (the text's one wrapper: "div.body > div.text")
    if section is None or section.tag not in _BOX_TAGS or (section.text or "").strip():
        return None
    children = [c for c in section if not _skipped(c)]
    if len(children) != 2 or children[1] is not best:
        return None
    heading = children[0]
    if heading.tag in _BOX_TAGS and len(inner := [c for c in heading if not _skipped(c)]) == 1 \
            and inner[0].tag in _HEADING_TAGS and _text(inner[0]) == _text(heading):
        heading = inner[0]  # (the heading in a box of its own: "div.heading > h2")
    if heading.tag not in _HEADING_TAGS or heading is headline or _link_chars(heading) \
            or any((c.tail or "").strip() for c in children):
        return None
    prose = _element_sibling(section, "getprevious")
    if prose is None or len(text := _text(prose)) < _SIBLING_LINE_CHARS:
        return None
    if prose.tag == "p" or (prose.tag in _BOX_TAGS and prose.find(".//p") is not None
                            and _link_chars(prose) < 0.25 * len(text)):
        return section
    return None


# the longest subheading taken between two boxes of the body
_SUBHEADING_MAX = 150
# an excerpt cut short: its text, then an ellipsis
_CUT_EXCERPT = re.compile(r"(.{40,}?)\s*(?:\.{3}|…)\s*$", re.DOTALL)


def _cut_copy_of(box: etree._Element, body: etree._Element) -> bool:
    """``box`` holds an excerpt of ``body`` cut short, the body's own words up to an ellipsis: a summary widget
    above the post, not its text (Hexo AnZhiYu's AI summary "<div class="post-ai-description"><div class="ai-title">
    AI 摘要 … AnZhiYu GPT</div><div class="ai-explanation">First words of the story...</div></div>" above
    "#article-container"; an excerpt box repeating the story's opening)."""
    body_text = _text(body)
    for el in box.iter("p", "div", "span"):
        if any(isinstance(c.tag, str) and c.tag not in _INLINE_TAGS for c in el):
            continue
        if (m := _CUT_EXCERPT.match(_text(el))) and m.group(1)[:80] in body_text:
            return True
    return False


def _add_subheadings(parent: etree._Element, top: etree._Element, best: etree._Element, out: list) -> None:
    """A heading standing alone between two sibling boxes of the body is the story's subheading (Weebly's
    "<div class=paragraph>…</div><h2 class=wsite-content-title>Zomwe makolo akunena</h2><div class=paragraph>…"):
    put in ``out`` before the box after it.  Short, not a link, not noise."""
    def part(sib: etree._Element):
        if sib is top:
            return best
        return next((item for item in out if item is sib or any(a is sib for a in item.iterancestors())), None)

    children = [c for c in parent if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS]
    for before, heading, after in zip(children, children[1:], children[2:]):
        if heading.tag not in _HEADING_TAGS or _is_noise(heading) or _link_chars(heading):
            continue
        text = _text(heading)
        if 0 < len(text) <= _SUBHEADING_MAX and part(before) is not None and (following := part(after)) is not None \
                and not any(item is heading for item in out):
            out.insert(next(i for i, item in enumerate(out) if item is following), heading)


def _unit_kind(box: etree._Element) -> tuple[str, frozenset[str]] | None:
    """What a block of a page builder's body is (its tag and class words, without numbered ones such as
    "block-3" or "aem-GridColumn--default--12"); None for a box without a class (any theme's wrapper)."""
    words = _unnumbered_words(box.get("class") or "")
    return (box.tag, words) if words else None


_NUMBERED_WORD = re.compile(r"\S*\d\S*")
# a CSS module's name: the component's class and a build hash (Next.js's "TextSlice_slice__c8Yq1"), the same
# for every block of the component: its kind is the name without the hash
_MODULE_HASH = re.compile(r"(?<=[A-Za-z])__[A-Za-z0-9_-]{5,8}(?=\s|$)")


@lru_cache(maxsize=1024)
def _unnumbered_words(cls: str) -> frozenset[str]:
    """A class attribute's words without the numbered ones (cached: a site's pages repeat their classes)."""
    return frozenset(_NUMBERED_WORD.sub(" ", _MODULE_HASH.sub("", cls)).split())


_RUN_PROSE = frozenset(("p", "blockquote", "ul", "ol"))


def _run_prose_child(child: etree._Element) -> bool:
    """A child a prose block of a run may hold: a paragraph, a quote, a list, or a subheading linking nowhere
    opening its part of the story (Contao splits its news text into ``div.content-text > div.rte`` elements, the
    second ``<h2>Bussen ginn ëmgeleet</h2><p>…</p><p>…</p>``; a rich-text block of Wagtail or AEM holds its
    "<h3>Was sich ändert</h3><p>…"); a card's heading links to its story (``<h3><a href>…</a></h3><p>``)."""
    if child.tag in _RUN_PROSE:
        return True
    return child.tag in _HEADING_TAGS and next(child.iter("a"), None) is None


def _run_unit(box: etree._Element) -> str | None:
    """What one block of a run holds at the end of its chain of lone wrappers: "p" prose (a paragraph,
    or a box of paragraphs, lists and subheadings with no text of its own, mostly not links), "h" one heading linking
    nowhere, else None (a card with its linked title, a box of buttons, noise)."""
    inner = box
    while True:
        if inner.tag == "figure" and (quote := _figure_quote(inner)) is not None:
            inner = quote  # a pull quote in its figure, with the speaker as caption (a builder's quote block)
            break
        if _is_noise(inner):
            return None
        if inner.tag not in _BOX_TAGS or (child := _only_child(inner)) is None:
            break
        inner = child
    if inner.tag in _HEADING_TAGS:
        return "h" if _text(inner) and next(inner.iter("a"), None) is None else None
    if inner.tag in ("p", "blockquote"):
        pass
    elif inner.tag not in _BOX_TAGS or (inner.text or "").strip() or not any(
            isinstance(c.tag, str) and c.tag == "p" for c in inner) or any(
            isinstance(c.tag, str) and (not _run_prose_child(c) or (c.tail or "").strip()) for c in inner):
        return None
    text = len(_text(inner))
    return "p" if text and _link_chars(inner) < 0.25 * text else None


def _figure_quote(figure: etree._Element) -> etree._Element | None:
    """The quote of a ``<figure><blockquote>…</blockquote><figcaption>— Speaker</figcaption></figure>``: the
    story's text, unlike a picture's figure (a builder's quote block); not an embedded post
    ("<figure class=tw-embed><blockquote class=twitter-tweet>")."""
    children = [c for c in figure if isinstance(c.tag, str)]
    quotes = [c for c in children if c.tag == "blockquote"]
    if len(quotes) == 1 and all(c.tag in ("blockquote", "figcaption") for c in children) \
            and _NOISE_PARTS.isdisjoint(_class_words(figure.get("class"), figure.get("id"))) \
            and not _is_noise(quotes[0]):
        return quotes[0]
    return None


def _block_run(top: etree._Element) -> set:
    """The other blocks of the body when it is a run of sibling blocks of one kind, each holding a
    paragraph or two (or a subheading), and ``top`` is one of them: Wagtail's StreamField (``<div
    class="block-paragraph"><div class="rich-text"><p>…</p></div></div>`` per paragraph, ``<div
    class="block-heading"><h2>…`` between), Adobe AEM's one ``div.text > div.cmp-text > p`` component per
    paragraph, Umbraco's block list (``div.umb-block-list__item`` holding a ``div.rte`` or an
    ``h3.headline``).  The readability score picks one of them; the article is the whole run: the
    blocks of ``top``'s kind next to it holding prose, the subheadings and pictures between them.  A
    block of another kind (the byline's "text article-meta", a tag line, a list of related links, a card
    with a linked title) ends the run.  Empty when no prose block of ``top``'s kind stands beside it."""
    parent = top.getparent()
    kind = _unit_kind(top)
    if parent is None or kind is None:
        return set()
    siblings = [c for c in parent if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS]
    # (first the cheap test, another block of the kind, before reading the text of ``top``: most often the
    # whole body)
    if not any(c is not top and _unit_kind(c) == kind for c in siblings) or _run_unit(top) != "p":
        return set()
    at = siblings.index(top)
    run, prose = set(), 0
    for step in (-1, 1):
        held: list[etree._Element] = []  # subheadings and pictures, kept when prose of the run follows
        i = at + step
        while 0 <= i < len(siblings):
            sib = siblings[i]
            unit = _run_unit(sib)
            if unit == "p" and _unit_kind(sib) == kind:
                run.update(held, (sib,))
                held.clear()
                prose += 1
            elif unit == "h" or unit == "p" or _media_box(sib):
                # a subheading, a picture, a prose block of another kind (a Wagtail "block-quote", an AEM text
                # component with one more style class): kept when prose of the run follows
                held.append(sib)
            elif not _run_passes(sib, _unit_kind(sib) == kind):
                break
            # else passed over, neither kept nor ending the run: an embedded post ("block-embed"), a line mostly a
            # link ("Read also: <a>…</a>"), the story going on after it
            i += step
    return run if prose else set()


# class words of an embedded post or player: noise, yet no end of the story around it (a Wagtail "block-embed")
_EMBED_PARTS = frozenset("embed embeds tweet twitter instagram tiktok youtube video iframe".split())


def _run_passes(box: etree._Element, same_kind: bool) -> bool:
    """A block a run of blocks passes over: an embedded post (noise by its embed words only), a block of the run's
    own kind holding a short line mostly a link ("Read also: <a>the mayor defends the roads fund</a>"); not a card
    with a linked title, a module of links, other noise (comments, share bars), a box of another kind linking
    away (a builder's "read also" box between its lead and the rest: the run would reach the lead's dateline and
    picture credit, which the siblings' path leaves out), nor a block of some other shape, which may be the
    story's own text in a box the run cannot read: there the run ends, as before."""
    if any(h.find(".//a") is not None or any(a.tag == "a" for a in h.iterancestors()) for h in box.iter(*_HEADING_TAGS)):
        return False
    inner = box
    while inner is not None:
        if _is_noise(inner):
            return not _EMBED_PARTS.isdisjoint(_class_words(inner.get("class"), inner.get("id")))
        inner = _only_child(inner) if inner.tag in _BOX_TAGS else None
    if not same_kind:
        return False
    text = len(_text(box))
    return 0 < text <= _PASSED_LINE_CHARS and _link_chars(box) >= 0.25 * text and not _is_link_module(box)


_PASSED_LINE_CHARS = 200


# class words that make a box noise as a "more stories" strip, and also name a story's continuation
_CONTINUATION_PARTS = frozenset({"more"})
_CONTINUATION_TAGS = frozenset(("p", "blockquote", "ul", "ol", *_HEADING_TAGS))


def _continuation(box: etree._Element) -> bool:
    """The rest of the story in a box of its own right after the body, noise by its class alone:
    Movable Type's and TypePad's extended entry (``<div class="asset-body"><p>…</p></div><div
    id="more" class="asset-more"><h3>Voer en water eerste</h3><p>…</p><p class="bron">Bron:
    Netwerk24</p></div>``), a "read more" half a theme folds away.  A "more stories" strip reads as
    links (headings or paragraphs of links); the continuation is paragraphs and headings of its own
    text, nothing but block children, no heading linking away."""
    if box.tag not in ("div", "section") or box.get("hidden") is not None or box.get("role") is not None \
            or box.get("aria-hidden") == "true":
        return False
    words = _class_words(box.get("class"), box.get("id"))
    if _CONTINUATION_PARTS.isdisjoint(words) or any(w in _NOISE_PARTS and w not in _CONTINUATION_PARTS for w in words):
        return False
    if not _names_continuation(box) or _CONTROLS(box):
        return False
    children = [c for c in box if isinstance(c.tag, str)]
    if not children or _LINKED_HEADINGS(box):
        return False
    if (box.text or "").strip() or any(c.tag not in _CONTINUATION_TAGS or (c.tail or "").strip() for c in children):
        # the body's other shape: lines of the box's own text between <br>s, and a line's box (livedoor's
        # "div.article-body-more": “Wi wroko …”<br><br>A minister …<br><div style="text-align:right"><span>Bron:
        # Starnieuws</span></div>)
        if any(c.tag not in _CONTINUATION_LINE_TAGS and not _line_box(c) for c in children):
            return False
    elif all(c.tag != "p" for c in children):
        return False
    text = len(_text(box))
    return text > 0 and _link_chars(box) < 0.25 * text


_CONTINUATION_LINE_TAGS = _CONTINUATION_TAGS | _INLINE_TAGS | {"br"}


def _line_box(el: etree._Element) -> bool:
    """A box of one line of inline text (``<div style="text-align:right"><span>Bron: Starnieuws</span></div>``)."""
    return el.tag == "div" and all(c.tag in _INLINE_TAGS for c in el.iterdescendants() if isinstance(c.tag, str))


def _anchor(el: etree._Element) -> bool:
    """An empty anchor marking a place in the text (``<a name="more"></a>`` between an entry's body and its
    continuation): nothing a reader sees."""
    return el.tag == "a" and el.get("href") is None and len(el) == 0 and not (el.text or "").strip()


def _skipped(el: etree._Element) -> bool:
    """Nothing between two boxes: a comment or processing instruction, a skipped tag, an empty anchor."""
    return not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or _anchor(el)


def _element_sibling(el: etree._Element, step: str) -> etree._Element | None:
    """``el``'s sibling in the direction ``step`` ("getnext", "getprevious"), past what is skipped (_skipped)."""
    sib = getattr(el, step)()
    while sib is not None and _skipped(sib):
        sib = getattr(sib, step)()
    return sib


# words a continuation's "more" is joined with: the entry's own box ("asset-more", "entry-more", "more-text");
# an author's box, a newsletter's or a strip of stories says "more" with other words ("more-about-author",
# "more-from-us", "more-stories-grid")
_CONTINUATION_WITH = frozenset("asset entry post article story text body content extended".split())
_CONTROLS = _Gated("descendant::*[self::form or self::input or self::button or self::img or self::picture "
                   "or self::iframe][1]", ("form", "input", "button", "img", "picture", "iframe"))


def _names_continuation(box: etree._Element) -> bool:
    """``id="more"`` (Movable Type's, TypePad's), or a class or id token joining "more" with a word of the
    entry's box (``asset-more``, ``entry-more``, ``more-text``, ``post_more``)."""
    ident = (box.get("id") or "").strip().lower()
    if ident == "more":
        return True
    for token in f"{box.get('class') or ''} {ident}".lower().split():
        parts = _WORD_JOINERS.split(token)
        if "more" in parts and not _CONTINUATION_WITH.isdisjoint(parts):
            return True
    return False


_LIVE_PARTS = frozenset("live liveblog live-blog ticker".split())


def _live_item(el: etree._Element) -> str | None:
    """The class a live blog's update carries (``<div class="live-post">``), when it names one."""
    token = (el.get("class") or "").split()[:1]
    if token and any(part in _LIVE_PARTS for part in (token[0].lower(), *token[0].lower().split("-"))):
        return token[0]
    return None


def _live_feed(best: etree._Element) -> etree._Element | None:
    """A live blog's feed around the densest update: each update is a small box of its own
    (``<div class="live-feed"><div class="live-post"><time>17h30</time><div class="live-content">
    <p>…</p></div></div>…``), so the readability score picks one of them.  The feed is the element
    holding three or more updates of the same live class (a class saying "live", "liveblog",
    "ticker": a forum thread's or a comment list's posts are not a live blog)."""
    item = best
    for _ in range(3):
        parent = item.getparent()
        if parent is None:
            return None
        name = _live_item(item)
        if name is not None and sum(1 for sib in parent if isinstance(sib.tag, str)
                                    and sib.tag == item.tag and (sib.get("class") or "").split()[:1] == [name]) >= 3:
            return parent
        item = parent
    return None


def _live_blog(feed: etree._Element, scores: dict) -> list[etree._Element]:
    """The feed and, before it in the same article body, the boxes of prose that introduce it
    (the live blog's summary, "L'essentiel")."""
    out = []
    parent = feed.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        for sib in parent:
            if sib is feed:
                break
            if isinstance(sib.tag, str) and not _is_noise(sib) and scores.get(sib, 0.0) >= 60.0:
                out.append(sib)
    return [*out, feed]


def _attached(box: etree._Element) -> list[etree._Element]:
    """A selector's body box (a profile's or a learned template's) with what the generic path joins
    to it whatever the page's scores: the lead box right above it and the boxes continuing it
    (a template learned on a site's short posts, one box each, reads its long posts' extended entry
    too)."""
    lead = _lead_box(box)
    out = [box] if lead is None else [lead, box]
    sib = box.getnext()
    while sib is not None and (_skipped(sib) or _continuation(sib)):
        if not _skipped(sib):
            out.append(sib)
        sib = sib.getnext()
    return out


def _continues(box: etree._Element) -> bool:
    """``box`` continues the box of text right before it in the same container (_continuation): Movable Type's
    ``<div class="asset-content"><div class="asset-body">…</div><div id="more" class="asset-more">…</div></div>``
    read as one container."""
    sib = _element_sibling(box, "getprevious")
    return sib is not None and sib.tag in ("div", "section") and _continuation(box) \
        and (not _is_noise(sib) or _continues(sib))


def _body_end(container: etree._Element) -> etree._Element:
    """The element the body ends with: the container, or the boxes continuing it (_continues), and then their
    wrapper when it holds nothing else (livedoor's ``div.article-body > div.article-body-inner, <a name="more">,
    div.article-body-more``, then ``div.article-footer``: "Kategori: Kondre")."""
    end = container
    while (nxt := _element_sibling(end, "getnext")) is not None and _continues(nxt):
        end = nxt
    parent = end.getparent()
    if end is container or nxt is not None or _element_sibling(container, "getprevious") is not None \
            or parent is None or parent.tag in ("body", "html") or (parent.text or "").strip() \
            or any((c.tail or "").strip() for c in parent):
        return end
    return parent


def _box_above(best: etree._Element) -> etree._Element | None:
    """The element right above the body's box, or above the wrapper it opens: the body's paragraphs may sit in a
    box first in another (django CMS' ``<div class=lead>…</div><div class=aldryn-newsblog-content><div
    class=text-plugin><p>…``), the lead above the wrapper (two wrappers at most)."""
    el = best
    for _ in range(3):
        sib = el.getprevious()
        while sib is not None and not isinstance(sib.tag, str):
            sib = sib.getprevious()
        parent = el.getparent()
        if sib is not None or parent is None or parent.tag not in ("div", "section"):
            return el.getprevious() if sib is not None else best.getprevious()
        el = parent
    return best.getprevious()


def _lead_box(best: etree._Element) -> etree._Element | None:
    """The standfirst right above the body container, in a box of its own: press-release wires
    and magazines set the bold lead apart (``<div class="release-lead"><p><strong>SEINÄJOKI
    (STT) — Suomen ympäristökeskus on antanut …</strong></p></div>`` then ``<div
    class="release-body">``).  It is the story's first paragraph (often with the dateline), so
    it joins when it is nothing but prose paragraphs: not a metadata box (byline, date,
    source), not links, not noise.  The article's picture may sit between the two (TYPO3 news:
    ``div.teaser-text[itemprop=description]``, ``div.news-img-wrap``, then
    ``div.news-text-wrap[itemprop=articleBody]``); and such a lead may be classed "teaser" (a
    word of listings' noise) when the body box says it is the article's body (``itemprop=
    articleBody``, or both inside one ``<article>``/schema.org Article): a listing's teasers
    are inside the listing, never the box just above an article's body.  A lead the body
    repeats (a description printed again as the first paragraph) does not join.  The lead may be
    its box's own text, no <p> around it (EasyDNNnews: ``<div class="edn_articleSummary"><strong>
    ГРОДНА, 12 сакавіка. У Гродне …</strong></div>`` then ``div.edn_articleContent``): then it is one
    sentence-ended run of inline text, not a caption's box."""
    sib = _box_above(best)
    media = tools = 0
    while sib is not None and (not isinstance(sib.tag, str) or sib.tag in _SKIP_TAGS
                               or (media < 2 and _media_box(sib) and _wrapped_lead(sib) is None)
                               or (not tools and _tools_bar(sib))):
        if isinstance(sib.tag, str) and sib.tag not in _SKIP_TAGS:
            if _media_box(sib):
                media += 1
            else:
                tools = 1
        sib = sib.getprevious()
    # (or a paragraph of its own classed as the lead: Optimizely/Episerver's "<p class=introduction>" over
    # "div.main-body", a one-sentence dek "Канаш районӗнчи … ача пахчи тума палӑртаҫҫӗ.")
    if sib is None:
        return None
    if (wrapped := _wrapped_lead(sib)) is not None:
        media, sib = 0, wrapped
    named = _lead_classed_as(sib, _LEAD_PARTS)
    if tools and not named:
        return None  # (past the article's tools, only a box named the lead joins: Tiki's "div.articleheadingtext")
    # (the lead's rich-text field wrapped once more in the box named the lead: Ibexa's "<div class="article-intro"><div
    # class="ezrichtext-field"><p>…</p></div></div>" over "div.article-body > div.ezrichtext-field")
    if named and sib.tag == "div" and not (sib.text or "").strip() \
            and len(kids := [c for c in sib if isinstance(c.tag, str)]) == 1 and kids[0].tag == "div" \
            and not (kids[0].tail or "").strip():
        field, sib = sib, kids[0]
    else:
        field = None
    if sib.tag not in ("div", "section") and not (sib.tag == "p" and named):
        return None
    if _is_noise(sib) and not (_lead_classed(sib) and _in_article(best)):
        return None
    if _META_ATTR.search(f"{sib.get('class', '')} {sib.get('id', '')}"):
        return None
    children = [c for c in sib if isinstance(c.tag, str)]
    inline = all(c.tag in _INLINE_TAGS for c in sib.iterdescendants() if isinstance(c.tag, str))
    if inline:
        if not _inline_lead(sib, media, named):
            return None
    elif not 1 <= len(children) <= 3 or any(c.tag != "p" for c in children) or (sib.text or "").strip():
        return None
    text = _text(sib)
    # (a box named the story's lead may hold one short sentence: "Яңы күпер … юлды ике тапҡырға ҡыҫҡартты.")
    if len(text) < (_LEAD_NAMED_CHARS if named else 80) \
            or _link_chars(sib) > 0.25 * len(text) or _DATE_HINT.match(text):
        return None
    if text[:80] in _text(best):
        return None  # repeated by the body
    return sib if field is None else field  # (the box named the lead, the body's sibling)


_LEAD_NAMED_CHARS = 40
_TOOLS_BAR_CHARS = 30  # the text beside an article tools bar's buttons: a size, a count ("(1702 bytes)")


def _tools_bar(box: etree._Element) -> bool:
    """The article's tools between its lead and its body: buttons (print, send to a friend) and a short note beside
    them, no sentence (Tiki's "<div class=articletrailer><span>(1702 bytes)</span><div class=actions><button>…")."""
    if box.tag != "div" or not _CONTROLS_IN(box):
        return False
    text = _text(box)
    buttons = sum(len("".join(b.itertext()).strip()) for b in box.iter("button"))
    return len(text) - buttons <= _TOOLS_BAR_CHARS and not text.endswith(_SENTENCE_END)


def _wrapped_lead(box: etree._Element) -> etree._Element | None:
    """The lead sharing a wrapper of its own with the article's picture above the body (NukeViet's news module:
    "<div class=clearfix><figure class=article>…</figure><div class=hometext itemprop=description>Aer laut …</div>
    </div>" then "div#news-bodyhtml[itemprop=articleBody]"): the wrapper's last box, named the lead (_LEAD_PARTS),
    after pictures only."""
    if box.tag != "div" or (box.text or "").strip():
        return None
    kids = [c for c in box if isinstance(c.tag, str)]
    # (the pair in a grid's row of its own: Tiki's "div.articleheading > div.row > div.col-sm-2 (the topic's
    # picture), div.col-sm-10.articleheadingtext")
    if len(kids) == 1 and kids[0].tag == "div" and not (kids[0].text or "").strip() and not (kids[0].tail or "").strip():
        box = kids[0]
        kids = [c for c in box if isinstance(c.tag, str)]
    if 2 <= len(kids) <= 3 and all(_media_box(c) for c in kids[:-1]) and kids[-1].tag in ("div", "p") \
            and _lead_classed_as(kids[-1], _LEAD_PARTS):
        return kids[-1]
    return None


# class words (or their ends: "edn_articleSummary", "articleLead") of a standfirst's box
# (Optimizely/Episerver's Alloy templates write "introduction", their Nordic sites "ingress"; Tiki's articles print
# their Heading field, the lead, in "div.articleheadingtext")
_LEAD_PARTS = ("lead", "lede", "intro", "introduction", "ingress", "summary", "standfirst", "description", "excerpt",
               "abstract", "deck", "teaser", "perex", "chapo", "chapeau", "vorspann", "entradilla", "headingtext")
_BOLD_TAGS = frozenset(("strong", "b"))


def _inline_lead(box: etree._Element, media: int, named: bool) -> bool:
    """A box of inline text only right above the body is its lead when it says so: a lead's class word
    (``div.edn_articleSummary``), ``itemprop=description``, or all of it in bold (``<div><strong>ГРОДНА,
    12 сакавіка. …</strong></div>``), and _lead_not_caption holds.  ``named``: _lead_classed_as(box, _LEAD_PARTS)."""
    text = _text(box)
    if named:
        # named the story's summary, the picture between it and the body is the story's, not a caption's box
        # over it (Kentico's "div.NewsSummary > strong", "div.NewsImage", "div.NewsText"); a caption's box names
        # itself so (_lead_not_caption's caption words)
        return _lead_not_caption(box, text, 0)
    if not _lead_not_caption(box, text, media):
        return False
    children = [c for c in box if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag in _BOLD_TAGS and not (box.text or "").strip()
            and not (children[0].tail or "").strip())


def _lead_classed_as(box: etree._Element, parts) -> bool:
    """``itemprop=description``, or a class word ending in one of ``parts``: a whole token ("articleLead",
    "edn_articlesummary", "documentDescription") or any of its words cut at "-" and "_" (see _class_words: "lead"
    and "description" in "lead-image-description" both match; that box is a caption's, rejected by the caption
    words of _lead_not_caption)."""
    if (box.get("itemprop") or "").lower() == "description":
        return True
    return any(w.endswith(part) for w in _class_words(box.get("class"), box.get("id")) for part in parts)


def _lead_not_caption(box: etree._Element, text: str, media: int) -> bool:
    """The lead test _inline_lead and _headline_standfirst share: a sentence-ended run, not a caption's box
    (a caption word in its class: "photo-description", "lead-image-description", "image-credit description"),
    not right after a picture (``div.pic`` then ``div.image-desc``: its caption; ``media`` counts the pictures
    between), not a label's note ("Editor's note: this story was corrected…", "Disclosure: …"; a wire's dateline
    "NEW DELHI: …" is capitals).  Captions, affiliate disclosures and editor's notes sit where a lead does, in
    boxes classed "description" or "lead" of their own."""
    if not text.endswith(_SENTENCE_END) or media:
        return False
    if not _CAPTION_PARTS.isdisjoint(_class_words(box.get("class"), box.get("id"))):
        return False
    label, colon, _ = text[:30].partition(":")
    return not colon or label.isupper()


# endings of the class words (any word of a token, see _lead_classed_as) of the story's standfirst printed with the
# headline (Plone's "p.documentDescription", a theme's "p.standfirst", "div.article-lead")
_STANDFIRST_PARTS = ("description", "standfirst", "lead")
_STANDFIRST_SIBLINGS = 4  # boxes after the headline (its byline, its date between) looked at


def _headline_standfirst(h1: etree._Element | None, containers: list[etree._Element]) -> etree._Element | None:
    """The standfirst under the headline, in the headline's box, not the body's: the story's first paragraph
    (Plone: "<header><h1 class=documentFirstHeading>…</h1><div class=documentByLine>…</div><p
    class=documentDescription>Goierriko industria-enpresa handienak …</p></header><div id=content-core><figure>…
    <div id=parent-fieldname-text>"), as _lead_box joins the one right above the body.  A paragraph of prose
    classed so, no caption (_lead_not_caption), that the body does not repeat."""
    if h1 is None or not containers:
        return None
    parent = h1.getparent()
    candidates = list(islice(h1.itersiblings(), _STANDFIRST_SIBLINGS))
    if parent is not None and parent.tag not in ("body", "html"):
        candidates += islice(parent.itersiblings(), _STANDFIRST_SIBLINGS)
    for el in candidates:
        if not isinstance(el.tag, str):
            continue
        el = _grid_wrapped(el)
        if el.tag not in ("p", "div") or not _lead_classed_as(el, _STANDFIRST_PARTS):
            continue
        if el.tag == "div" and any(isinstance(c.tag, str) and c.tag not in _INLINE_TAGS and c.tag != "p" for c in el):
            return None
        text = _text(el)
        before = _previous_element(el)
        if len(text) < 80 or _link_chars(el) > 0.25 * len(text) \
                or not _lead_not_caption(el, text, before is not None and _media_box(before)):
            return None
        if any(c is el or el in c.iterancestors() or c in el.iterancestors() for c in containers) \
                or any(text[:80] in _text(c) for c in containers):
            return None  # (the body's own, or repeated by it)
        return el
    return None


_GRID_LEVELS = 2  # wrappers around one box looked through: a grid's row and its column


def _grid_wrapped(el: etree._Element) -> etree._Element:
    """The one box ``el`` wraps and nothing else, through a wrapper or two: any ``<div>`` whose only content is one
    ``<div>`` or ``<p>``, whatever its class (the case met is a grid's row around its column: Piranha's header "<div
    class="row justify-content-center"><div class="col-lg-8 lead">Qikiqtaġrumi …</div></div>", Bootstrap's); ``el``
    itself when it holds words of its own or more than one element."""
    for _ in range(_GRID_LEVELS):
        kids = [c for c in el if isinstance(c.tag, str)]
        if el.tag != "div" or len(kids) != 1 or kids[0].tag not in ("div", "p") or (el.text or "").strip() \
                or (kids[0].tail or "").strip():
            break
        el = kids[0]
    return el


# boxes whose class holds "teaser", "lead" or "summary" (a cheap first sieve; _teaser_row asks _lead_classed_as for a class
# word ending in one: WoltLab's "p.articleTeaser")
_LEAD_BOXES = etree.XPath("//body//*[self::p or self::div][contains(translate(@class, 'TEASRLDUMIY', 'teasrldumiy'),"
                          " 'teaser') or contains(translate(@class, 'LEADSUMRY', 'leadsumry'), 'lead')"
                          " or contains(translate(@class, 'LEADSUMRY', 'leadsumry'), 'summary')]")


def _teaser_row(root: etree._Element, h1: etree._Element, containers: list[etree._Element]) -> str | None:
    """The story's teaser box between its headline and its text holding the header's row of fields, no standfirst
    (WoltLab's "<p class="articleTeaser">05.03.2026 14:30Тэрэӈ: Эвэды радиоБөлэк: Нулгэн</p>", Even: from, section,
    an aggregator's fields typed into the article's teaser): a metadata line.  A short line opening with a date,
    two labels' colons or more after it, no sentence's stop; a teaser of prose ("Council approves the budget.") is
    the standfirst, left to the lead rules."""
    if not containers:
        return None
    classes = _classes_written(root).lower()  # (_LEAD_BOXES's words, case folded as it folds them)
    if "teaser" not in classes and "lead" not in classes and "summary" not in classes:
        return None
    after, before = _document_path(h1), _document_path(containers[0])
    for box in _LEAD_BOXES(root):
        if not _lead_classed_as(box, ("teaser", "lead", "summary")):
            continue
        where = _document_path(box)
        if not after < where < before or before[:len(where)] == where:
            continue  # (not between the headline and the text, or holding the text)
        text = _text(box)
        found = find_date(text)
        if len(text) > 160 or found is None or text[:found.start].strip() or text.endswith(_SENTENCE_END) \
                or sum(text[found.end:].count(colon) for colon in LABEL_COLONS) < 2:
            continue
        return text
    return None


# class words of a picture's caption or credit box, which may sit right above the body as a lead does
# (and the picture's own words: "lead-image-description", "img-desc")
_CAPTION_PARTS = frozenset("caption captions credit credits photo foto legend wp-caption-text image img picture".split())
_MEDIA = _Gated("descendant-or-self::*[self::img or self::picture or self::video or self::figure or self::iframe][1]",
                ("img", "picture", "video", "figure", "iframe"))
# class words of a lead box; "teaser" is also a listing's (noise), the rest are not noise words
_LEAD_NOISE_PARTS = frozenset({"teaser", "teasers"})


def _media_box(el: etree._Element) -> bool:
    """A picture (or video) with at most a caption: ``<div class="news-img-wrap"><img …><p>Foto: …</p></div>``."""
    return bool(_MEDIA(el)) and len(_text(el)) < 120


# the output box of an executed notebook's cell, as the notebook's renderers mark it: Jupyter Book / MyST-NB
# ("<div class='cell_output docutils container'>"), nbsphinx ("nboutput"), nbconvert's classic and lab templates
# ("output_area", "jp-OutputArea"), Quarto ("cell-output")
_NOTEBOOK_OUTPUT = etree.XPath(
    "(//div[contains(@class, 'cell_output') or contains(@class, 'nboutput') or contains(@class, 'output_area')"
    " or contains(@class, 'jp-OutputArea') or contains(@class, 'cell-output')])[1]"
)
# ... with its code cells' source, which every renderer writes in a <pre>: a data story showing a Quarto chart's
# output box without its code (one "<div class="cell-output cell-output-display"><img></div>") is no notebook
_HAS_CODE = etree.XPath("boolean(//pre)")
# ... the class words of _NOTEBOOK_OUTPUT (a page writing none in a class attribute is not searched)
_NOTEBOOK_OUTPUT_WORDS = ("cell_output", "nboutput", "output_area", "jp-OutputArea", "cell-output")


# body classes of the software's not-found page: WordPress's "error404", Blogger's "error-view" (its layouts'
# "Sorry, the page you were looking for in this blog does not exist." at the post's address, status 200), HTMLy's
# "error-404" (its 404 view at a post's address, status 200)
_NOT_FOUND_BODY = frozenset(("error404", "error-view", "error-404"))
# ... or PunBB's message page ("<div id="brd-message" class="brd-page basic-page">": "Bad request. The link you followed
# is incorrect or outdated", served with status 200 at a removed topic's address), its page id naming the template
_MESSAGE_PAGE = _AttributeGated("boolean(//body/div/div[@id='brd-message'] | //body/div[@id='brd-message'])", (),
                                empty=False)


def _static_page_body(classes: list[str]) -> bool:
    """WordPress's body classes of a static page: "page" with "page-id-<n>" or a "page-template…" one (the About
    page of a JNews site: "page-template-default page …")."""
    return "page" in classes and any(c.startswith(("page-id-", "page-template")) for c in classes)
# (a paragraph is 80 characters, as classify's _PARAGRAPH_CHARS; judged here on our own reading: trafilatura's
# lines, combined in later by ``python -m newsbot.extract``, cut a <br>-broken story into short lines)
_MEDIA_LINE_CHARS = 80


_LONG_PARAGRAPH = etree.XPath("boolean(.//p[string-length(normalize-space()) >= 200])")


def _beside_media(containers: list[etree._Element], post: etree._Element | None) -> bool:
    """Each box of the text holds a picture or video, or sits in a box under the post's box (around the headline and
    the text) that does: Blogger's photo post, "<table class=tr-caption-container><tr><td><img></td></tr><tr><td
    class=tr-caption>caption</td></tr></table>" four times, or a video post's "<div><iframe></div><div>one
    line</div>" in its div.post-body."""
    if post is None or not containers or _LONG_PARAGRAPH(post):
        return False  # (a paragraph in the post's box that the text left out: the story is there, not a photo post)
    for box in containers:
        el = box
        while el is not None and el is not post and not _MEDIA(el):
            el = el.getparent()
        if el is None or el is post:
            return False
    return True


# the paragraphs of a page's main area (not its header, menu, sidebar or footer)
_MAIN_PARAGRAPHS = etree.XPath(
    "//body//p[not(ancestor::header or ancestor::nav or ancestor::aside or ancestor::footer)]")
# pictures with their captions that make a photo post
_PHOTO_POST_CAPTIONS = 2


def _captions_only(root: etree._Element) -> bool:
    """Two or more pictures, each with its caption (a paragraph classed so beside it, _picture_caption, or Markdown's
    italic line under it, _em_caption), and no paragraph of the page's main area outside them is a paragraph of prose
    (_MEDIA_LINE_CHARS): a photo post, its captions its only words (R distill's gallery post, "<div class="figure"><img
    …><p class="caption">Picha 1: …</p></div>" six times in div.d-article, dated and typed og:type article as every
    post is)."""
    captions = 0
    for p in _MAIN_PARAGRAPHS(root):
        parent = p.getparent()
        if _picture_caption(p, parent) or _em_caption(p):
            captions += 1
        elif len(_text(p)) >= _MEDIA_LINE_CHARS and not _is_noise(parent) and not _is_noise(p):
            return False
    return captions >= _PHOTO_POST_CAPTIONS


def _lead_classed(el: etree._Element) -> bool:
    """Noise only by a "teaser" class word: without it the box would not be noise."""
    words = _class_words(el.get("class"), el.get("id"))
    if not any(w in _LEAD_NOISE_PARTS for w in words):
        return False
    return not any(w in _NOISE_PARTS and w not in _LEAD_NOISE_PARTS for w in words) \
        and el.get("hidden") is None and el.get("role") is None and not _is_toc(el)


def microdata_article(root: etree._Element) -> bool:
    """One schema.org article item in the page's microdata, its headline (if marked) no link: the page's own story
    typed as JSON-LD types one (Hugo's Tranquilpeak: ``<article class="post" itemscope
    itemtype="http://schema.org/BlogPosting">`` round ``itemprop="headline"`` and ``itemprop="articleBody"``, under
    an og:type "blog" every page prints).  A listing marks each teaser so, two or more, or one whose headline links
    to the story."""
    items = [el for el in root.iter() if isinstance(el.tag, str) and "schema.org/" in (el.get("itemtype") or "")
             and (el.get("itemtype") or "").split()[0].rstrip("/").rsplit("/", 1)[-1].lower() in ARTICLE_TYPES]
    if len(items) != 1:
        return False
    headlines = items[0].xpath(".//*[@itemprop='headline']")
    return not any(h.tag == "a" or h.find(".//a") is not None for h in headlines)


def _in_article(body: etree._Element) -> bool:
    """The body box is marked as an article's body, or sits inside an article element."""
    if (body.get("itemprop") or "").lower() == "articlebody":
        return True
    parent = body.getparent()
    for _ in range(3):
        if parent is None:
            return False
        if parent.tag == "article" or "schema.org/" in (parent.get("itemtype") or "") \
                and (parent.get("itemtype") or "").rsplit("/", 1)[-1].lower() in ARTICLE_TYPES:
            return True
        parent = parent.getparent()
    return False


def _only_child(el: etree._Element) -> etree._Element | None:
    """The one element child of a wrapper holding no text of its own, else None."""
    if (el.text or "").strip():
        return None
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) != 1 or (children[0].tail or "").strip():
        return None
    return children[0]


def _heading_permalink(node: etree._Element) -> bool:
    """``node`` is a heading's permalink sign: a link of the heading to the heading itself, no letter or digit in it
    (Material for MkDocs' "<h2 id="x">Title<a class="headerlink" href="#x">¶</a></h2>", a "#" or "§" so), or to the
    section the heading opens (Sphinx: "<section id="x"><h1>Title<a class="headerlink" href="#x">#</a></h1>"): no
    text. A heading whose words link to itself keeps them. The sign may be an icon with its words for screen readers
    only, and the link may be to the page itself, "#" (hugo-coder's "<h2 id="x">Title<a class="heading-link" href="#">
    <i class="fa fa-link" aria-hidden="true"></i><span class="sr-only">Link to heading</span></a></h2>")."""
    href = (node.get("href") or "") if node.tag == "a" else ""
    parent = node.getparent()
    if not href.startswith("#") or parent is None or any(ch.isalnum() for ch in _seen_text(node)):
        return False
    if href == "#":
        return True
    ids = [parent.get("id"), node.get("id")]
    if (section := parent.getparent()) is not None and next(section.iterchildren(etree.Element), None) is parent:
        ids.append(section.get("id"))
    return href[1:] in ids


def _seen_text(node: etree._Element) -> str:
    """``node``'s text a reader sees: without what is there for screen readers only (_SCREEN_READER_ONLY)."""
    hidden = set(_SCREEN_READER_ONLY(node))
    return "".join(_pieces(node, skip=lambda n: n in hidden))


def _heading_text(el: etree._Element) -> str:
    """A heading's text without its permalink sign (:func:`_heading_permalink`)."""
    text = _text(el)
    if el.tag in _ANY_HEADING and text and any(map(_heading_permalink, el.iterchildren("a"))):
        text = normalize_inline("".join(_pieces(el, skip=_heading_permalink)))
    return text


_BOX_TITLE_CLASS = re.compile(r"(?:^|\s)(?:admonition|callout|alert|notice|note)-title(?=\s|$)")


def _block_of(el: etree._Element) -> Block | None:
    text = _heading_text(el)
    tag = el.tag
    if not text:
        return None
    kind = "h" if tag in _HEADING_TAGS else "quote" if tag == "blockquote" else "li" if tag in ("li", "dd") else "pre" if tag == "pre" else "p"
    if kind == "p" and _BOX_TITLE_CLASS.search(el.get("class") or ""):
        kind = "h"  # a note box's title, set as a paragraph (Sphinx's and MkDocs' "<p class=admonition-title>Note")
    ratio = min(1.0, _link_chars(el) / max(1, len(text)))
    return Block(text, kind, ratio, _block_link([el], ratio), _lead_link(el) if kind in ("li", "p") and ratio < 0.6 else None)


def _lead_link(el: etree._Element) -> str | None:
    """The href of the link a list item opens with, its text before any other ("<li><a href=/x/>Headline</a><br>
    Snippet…</li>", a teaser list's item: footer._teaser_item), or None.  The item's text may sit in a paragraph
    of its own (GitBook's and Markdown renderers' loose lists: "<li><p><a href=/x/>Headline</a> — Snippet…</p></li>")."""
    for _ in range(2):
        if (el.text or "").strip():
            return None
        first = next(el.iterchildren(etree.Element), None)
        if first is None or first.tag != "p":
            return first.get("href") if first is not None and first.tag == "a" else None
        el = first
    return None


def _one_link(elements: list[etree._Element]) -> str | None:
    """The href of the one link in ``elements`` (None: none, or more than one): where a mostly linked
    line leads tells a "read also" teaser from a schedule's line (see footer._linked_after_label);
    made a path or a whole URL against the page's address by :func:`_resolve_links`."""
    links = [a for el in elements for a in el.iter("a")]
    return links[0].get("href") if len(links) == 1 else None


# the least share of a line's text its one link to a tag's or a category's archive covers, after a label (_block_link)
_LABELLED_LINK_RATIO = 0.2


def _block_link(elements: list[etree._Element], ratio: float) -> str | None:
    """A block's link as :class:`Block` keeps it: the one link of a mostly linked line (_one_link), or the first of
    two links or more that all lead to sharing endpoints (a share bar typed as a paragraph, "Share: <a
    href=…/sharer.php…>Facebook</a> · <a href=…/intent/post…>X</a>": footer._share_links_after_label)."""
    if ratio >= 0.5:
        if (one := _one_link(elements)) is not None:
            return one
        # a row of tag links ("<div><a href=/tags/puazzvuott/>puäʒʒvuõtt</a>, <a href=/tags/aaid/>aaiđ</a></div>", Hugo
        # Book's under the headline): the first, each one leading into a tag's archive (footer.tag_archive)
        hrefs = [a.get("href") or "" for el in elements for a in el.iter("a")]
        return hrefs[0] if len(hrefs) >= 2 and all(tag_archive(h.strip()) for h in hrefs) else None
    if ratio < _LABELLED_LINK_RATIO:
        return None
    hrefs = [a.get("href") or "" for el in elements for a in el.iter("a")]
    if len(hrefs) == 1 and (tag_archive(href := hrefs[0].strip())
                            or (category_archive(urlsplit(href).path) and not urlsplit(href).netloc)):
        # a label before one tag's link ("<p>Теги: <a href=/tag/khuchni/ rel=tag>Хучни</a></p>", FlatPress's Tag
        # plugin: footer._labelled_tag_link), or one category's, written as a path ("<p>ብዝሕ እት፡ <a
        # href="/category-1.html">ጥዕና</a></p>", Tigre: more in, a Z-BlogPHP post's: a syllabary's label of a few
        # syllables is a third of its line; _LABELLED_LINK_RATIO holds for both)
        return hrefs[0]
    if ratio < 0.3:
        return None
    return hrefs[0] if len(hrefs) >= 2 and all(SHARE_TARGET.search(h.strip()) for h in hrefs) else None


def _resolve_links(blocks: list[Block], page_url: str) -> None:
    """Each block's link as :class:`Block` keeps it: a path on the page's own site, the whole URL elsewhere."""
    host = None
    for block in blocks:
        if block.lead is not None:
            target = urlsplit(urljoin(page_url, block.lead.strip()))
            same = (target.hostname or "").lower().removeprefix("www.") == \
                (urlsplit(page_url).hostname or "").lower().removeprefix("www.")
            block.lead = target.path + ("?" + target.query if target.query else "") if same else target.geturl()
        if block.link is None:
            continue
        if host is None:
            host = (urlsplit(page_url).hostname or "").lower()
        target = urlsplit(urljoin(page_url, block.link.strip()))
        if (target.hostname or "").lower().removeprefix("www.") == host.removeprefix("www."):
            block.link = target.path + ("?" + target.query if target.query else "")
        else:
            block.link = target.geturl()


_PARAGRAPH_TAGS = frozenset(["p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "div", "section"])


def _holds_blocks(el: etree._Element) -> bool:
    """A definition that holds paragraphs of its own (a ``<dl>`` used for the
    layout: ``<dt>本文</dt><dd class="body"><p>…</p><p>…</p></dd>``): a
    container, not one block.  (List items keep their teaser markup whole.)"""
    return el.tag == "dd" and _wraps_blocks(el)


def _wraps_blocks(el: etree._Element) -> bool:
    """An inline element around paragraphs (a CMS's field wrapper: HubSpot's "<span id=hs_cos_wrapper_post_body>
    <p>…</p><h2>…</h2><p>…</p></span>", which HTML parsers keep so): a box of blocks, not a run of text."""
    return any(isinstance(c.tag, str) and c.tag in _PARAGRAPH_TAGS for c in el)


def _breaks_paragraphs(el: etree._Element) -> bool:
    """An inline element whose text runs in paragraphs parted by "<br><br>" (PHP-Nuke's story, "<font class=content>
    First.<br><br>Second.</font>"): a box of blocks split at its breaks, not one run of text."""
    return any(br.tag == "br" and not (br.tail or "").strip() and (nxt := br.getnext()) is not None and nxt.tag == "br"
               for br in el)


def _blocks(container: etree._Element, bylines: bool = True, before: list[Block] | None = None) -> list[Block]:
    """The container's paragraph-level blocks in document order.

    Block tags (p, h2-h6, li, blockquote, pre) are one block each; text that
    sits directly in other elements (``<div>text<br>more</div>``, text between
    sections) forms a block per run between block children and ``<br>``s.
    ``bylines``: a byline's box above the text is left out (_byline_box; not when reading such a box's own pieces).
    ``before``: the blocks of the containers read before this one (_paragraph_block's guard).
    """
    if container.tag in _BLOCK_TAGS and not _holds_blocks(container):
        # (a paragraph read as one of the containers, the summary over the text)
        block = _paragraph_block(container, before or [])
        return [block] if block else []
    blocks: list[Block] = []
    _collect(container, blocks, bylines, before or [])
    return blocks


# the class words of a link drawn as a button
_BUTTON_WORDS = frozenset(("button", "btn"))


def _button_row(el: etree._Element) -> bool:
    """A list of two or more items, each only a link drawn as a button (its class "button" or "btn") to a page of the
    site: the site's navigation as a row of buttons (Carrd's "<ul class="style1 buttons"><li><a href="/category/…/"
    class="button n02">…</a></li>…" opening its one-page section that the text is read from), never text."""
    items = [item for item in el if isinstance(item.tag, str)]
    if len(items) < 2:
        return False
    for item in items:
        links = [a for a in item.iter("a")]
        if item.tag != "li" or len(links) != 1 or _BUTTON_WORDS.isdisjoint(_class_words(links[0].get("class"), None)) \
                or urlsplit(links[0].get("href") or "").netloc or not (links[0].get("href") or "").startswith("/") \
                or _text(item) != _text(links[0]):
            return False
    return True


ROW_CELL_MAX = 60  # a cell this short holds a label or a value, not a paragraph


def _is_short_row(tr: etree._Element) -> bool:
    """A table row of two to four short cells holding only text (``Published | 11/3/25
    9:15 AM``): a label and its value, not a layout row around the article."""
    cells = [c for c in tr if isinstance(c.tag, str)]
    if not 2 <= len(cells) <= 4 or any(c.tag not in ("td", "th") for c in cells):
        return False
    for cell in cells:
        if any(isinstance(d.tag, str) and d.tag not in _INLINE_TAGS for d in cell.iterdescendants()):
            return False
        if len(normalize_inline(cell.text_content())) > ROW_CELL_MAX:
            return False
    return True


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_SENTENCE_END = tuple(SENTENCE_STOPS)


def _is_bold(el: etree._Element) -> bool:
    """A bold element, or a wrapper holding only one (``<span><b>…</b></span>``)."""
    while True:
        if el.tag in ("b", "strong") or _BOLD_STYLE.search(el.get("style") or ""):
            return True
        children = [c for c in el if isinstance(c.tag, str)]
        if len(children) != 1 or (el.text or "").strip() or (children[0].tail or "").strip():
            return False
        el = children[0]


def _run_heading(text: str, bold: etree._Element | None, loose: bool, link_chars: int) -> bool:
    """A run between ``<br>``s that is one bold element and nothing else, short and not a sentence:
    the subheading of a body written without ``<p>`` or ``<h*>`` (Blogger, forum posts: ``text<br><br>
    <b>आयोजना बैंक अनिवार्य</b><br><br>text``, ``<span style="font-weight: bold">Fahrkarten im Bus</span>``).
    A bold labelled line ("<b>Source: AP</b>") or date stays a line the metadata rules read."""
    return (bold is not None and not loose and not link_chars and len(text) <= 120
            and not text.endswith(_SENTENCE_END) and _is_bold(bold)
            and not is_labelled_field(text) and find_date(text) is None)


_BOX_TAGS = frozenset(["div", "section", "aside"])
# a sign-up page's path word (subscribe, newsletter, membership, register, join, in several languages)
_SIGN_UP_PATH = re.compile(r"subscri|newsletter|member|signup|sign-up|regist|join|abonn|suscri|assin|iscri|anmeld|"
                           r"rejestr|prenumer|inscri|cadastr|kayit|daftar|jisajili", re.IGNORECASE)
# ... or a script's action asking to sign up, in its query ("?do=newsletter", "?action=subscribe")
_SIGN_UP_ACTION = re.compile(r"(?:^|&)(?:do|action|act|op)=(?:newsletter|subscribe|signup|sign-up|register)\b",
                             re.IGNORECASE)
_CTA_CHARS = 200  # a call to action is a line or two, not a paragraph of the story
_CTA_SHAPE = etree.XPath(f"string-length(normalize-space(.)) <= {_CTA_CHARS} and (.//a[@href] or .//form or .//input)")


def _titled_button_box(box: etree._Element) -> bool:
    """``box`` opens with its heading, names e-mail, and every link in it is styled as a button (a class word holding
    "btn" or "button"): a newsletter's card (Plone's "<div class="callout"><h3>Ngakiro nama email</h3><p>…</p><p><a
    class="btn btn-primary" href="/contact-info">Ikisila</a></p></div>", Turkana: news by e-mail, tuvplone), whatever
    the page it leads to; a story's box over a button to its document or topic ("Read the ruling") names none."""
    first = next((el for el in box if isinstance(el.tag, str)), None)
    links = [a for a in box.iter("a") if a.get("href")]
    return first is not None and first.tag in _HEADING_TAGS and bool(links) and EMAIL_WORD.search(_text(box)) \
        is not None and all(
        any("btn" in word or "button" in word for word in (a.get("class") or "").lower().split()) for a in links)


def _emoji_led(text: str) -> bool:
    """The text opens with a pictograph ("📩", "👉", "🔔", "►"), as calls to action do."""
    ch = text[:1]
    return bool(ch) and ord(ch) >= 0x2190 and unicodedata.category(ch) == "So"


_ICON_CHARS = 8  # a pictograph's characters at most: a flag or a family of emoji joined (ZWJ, skin tones, selectors)
_ICON_CLASS = re.compile(r"emoji|icon", re.IGNORECASE)


def _pictograph_only(box: etree._Element) -> bool:
    """A box classed as an icon or an emoji holding a pictograph and nothing else ("💰", "⚠️", "👩‍💻"): a callout's
    icon beside its text (Ghost's callout card "<div class="kg-callout-emoji">💰</div><div class="kg-callout-text">…
    </div>"), no text of the story, in any language; an emoji in a box of no such class is written in the text."""
    if not _ICON_CLASS.search(box.get("class") or ""):
        return False
    text = "".join((box.text_content() or "").split())
    return 0 < len(text) <= _ICON_CHARS and _emoji_led(text) and all(
        unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in text)


def _is_call_to_action(box: etree._Element) -> bool:
    """A short box inside the post asking the reader to sign up: it holds a form (an e-mail field),
    or a link to a sign-up page of the site, or opens with a pictograph and links somewhere
    (Ghost's callout card ``<div>📩</div><div>နေ့စဉ်သတင်းများကို အီးမေးလ်ဖြင့် … <a href=/membership/>…</a></div>``,
    any theme's "🔔 Subscribe to our newsletter" box).  The evidence is the shape (a box, short, a
    sign-up link, form or a leading pictograph), not the wording, so it holds in any language."""
    if not _CTA_SHAPE(box):  # (in C: the text of a wrapper around the whole story is not built in Python)
        return False
    text = normalize_inline(box.text_content())
    if not text or len(text) > _CTA_CHARS:
        return False
    if next(box.iter("form", "input"), None) is not None:
        return True
    links = [a.get("href") or "" for a in box.iter("a")]
    if not links:
        return False
    if _emoji_led(text) or _titled_button_box(box):
        return True
    for href in links:
        parts = urlsplit(href)
        segments = [x for x in parts.path.split("/") if x]
        # a short path of the site itself ("/membership/", "/newsletter/signup"), or its script's action asked to
        # sign up ("/ikiwiki.cgi?do=newsletter&list=…"), not a story's slug nor a tracking parameter ("?utm_source=
        # newsletter")
        if not parts.netloc and 1 <= len(segments) <= 2 and not any(ch.isdigit() for ch in parts.path) \
                and len(segments[-1]) <= 20 and (_SIGN_UP_PATH.search(parts.path) or _SIGN_UP_ACTION.search(parts.query)):
            return True
    return False


# a box inside the story holding a short heading and links to other stories, nothing else: a "read more"
# module placed mid-text (Brightspot's in-body Enhancement "<h3>ଆହୁରି ପଢନ୍ତୁ</h3><ul><li><a href=/odisha/2026/
# 03/14/metro/>…</a>", WordPress' related-posts block "<h4>Lees ook</h4><a href=/2026/03/x/>…</a>"), whatever
# its heading's language.  Cheap shape first (in C): short, a heading, a link
_MODULE_CHARS = 600
# ... or longer when its links are cards, each a headline, a date and a one-sentence summary inside its link (Notion's
# inline database "<h3>Artitgels sumegliants</h3><div class=notion-collection-gallery><a href=/novitads/…><div>…"):
# this much text per link
_CARD_CHARS_PER_LINK = 300
_MODULE_SHAPE = etree.XPath(f"(string-length(normalize-space(.)) <= {_MODULE_CHARS}"
                            f" or string-length(normalize-space(.)) <= {_CARD_CHARS_PER_LINK} * count(.//a[@href]))"
                            " and .//a[@href]"
                            " and (.//h2 or .//h3 or .//h4 or .//h5 or .//h6)")
_MODULE_LOOSE_CHARS = 3  # text outside the heading and the links: bullets, separators ("»", "·")
_STORY_PATH = re.compile(r"[^/]*(?:\d|[^\W\d_]+-[^\W\d_]+-)")  # a path segment with an id, a date or a slug of words


def _is_link_module(box: etree._Element) -> bool:
    """A box of only a short heading and links to other stories of the site (see _MODULE_SHAPE); not a box
    with a sentence of its own, nor one linking to anchors of the page (a table of contents) or to a
    section's page ("/sport/")."""
    if not _MODULE_SHAPE(box):
        return False
    headings = [h for h in box.iter(*_HEADING_TAGS)]
    if len(headings) != 1 or next(headings[0].iter("a"), None) is not None:
        return False
    links = list(box.iter("a"))
    for a in links:
        parts = urlsplit(a.get("href") or "")
        segments = [x for x in parts.path.split("/") if x]
        if not segments or not any(_STORY_PATH.match(x) for x in segments):
            return False
    loose = len("".join(box.text_content().split())) - len("".join(headings[0].text_content().split())) \
        - sum(len("".join(a.text_content().split())) for a in links)
    return loose <= _MODULE_LOOSE_CHARS
_ROW_TAGS = frozenset(("div", "p"))
_META_ROW_CHARS = 200  # a byline and a date are a line, not a paragraph
_META_ROW_SHAPE = etree.XPath(f"string-length(normalize-space(.)) <= {_META_ROW_CHARS} and *[2]")


def _previous_element(el: etree._Element) -> etree._Element | None:
    """The element before ``el`` among its siblings, comments and processing instructions skipped."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def _under_headline(el: etree._Element) -> bool:
    prev = _previous_element(el)
    return prev is not None and prev.tag == "h1"


def _meta_row(box: etree._Element, opening: bool) -> bool:
    """A row of the metadata inside the article's box: a ``<time>`` beside other elements (the author's
    name, a label), all inline, no words of the row's own between them (only a separator: "·", "|"), not a
    sentence.  Themes set it in the body's box (Astro's ``<article class="prose"><h1>…<div class="not-prose
    flex"><span>লিখক: <a>প্ৰাঞ্জল দাস</a></span><time>৮ এপ্ৰিল, ২০২৬ | ১০:১৫</time></div>``), where it
    would be the first line of the body, the name run into the date (the metadata lines read it, spaced, as
    the siblings after the headline).  Where the body opens (``opening``: no block before it, or right under
    the ``<h1>``) the date may be a plain element's text ("<span>লিখক: বাৰ্তা সংবাদদাতা</span><span>১০ এপ্ৰিল,
    ২০২৬</span>").  A paragraph naming a day in a ``<time>`` ("<p>On <time>Monday</time> the council …</p>")
    has words of its own: it is the story.  The row is known by its shape, whatever the byline's label and language."""
    items = 0
    dated = False
    for child in box.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.tag not in _INLINE_TAGS:
            return False
        dated = dated or child.tag == "time"
        if child.getparent() is box and (text := _text(child)):
            if len(text) > _META_ITEM_CHARS:
                return False  # a sentence in a span: a lead pasted as inline elements (see _META_ITEM_CHARS)
            items += 1
            dated = dated or (opening and bool(_DATE_HINT.search(ascii_digits(text))))
    if items < 2 or not dated:
        return False
    loose = (box.text or "") + "".join(c.tail or "" for c in box)
    if any(ch.isalnum() for ch in loose):
        return False
    # a sentence ends before a closing quote or bracket too, and a lead may end on a colon before the quote
    # ("<span>On 14 March 2026 the mayor told the council:</span> <span>“We will build the tram line.”</span>")
    return not _text(box).rstrip(_CLOSERS).endswith(_SENTENCE_END + (":", "："))


_LIST_TAGS = frozenset(("ul", "ol"))


def _meta_list(box: etree._Element, opening: bool) -> bool:
    """A list of the story's metadata above or below its text: one item the date alone (a ``<time>``, or where the
    body opens a date's text), the others short and undated (the author, tag links).  Eleventy's base blog prints
    ``<ul class="post-metadata"><li><time datetime="2026-03-15">ཕྱི་ལོ་༢༠༢༦ ཟླ་༣ ཚེས་༡༥</time></li><li>རྩོམ་པ་པོ།
    བཀྲ་ཤིས་དོན་གྲུབ།</li><li><a class="post-tag">རྩེད་མོ</a>, </li></ul>`` under the headline; Hugo and Jekyll
    themes the same list of "<li>March 15, 2026</li><li>By Ana Ruiz</li>".  A list of the story's own (a programme
    "<li><time>09:00</time> Opening</li><li><time>10:30</time> Vote</li>", dates with words of their own) is text:
    more than one dated item, or a date with words beside it, is no metadata list; nor is a list with prose after it
    that does not open the body."""
    if (box.text or "").strip():
        return False
    dated = 0
    for item in box:
        if not isinstance(item.tag, str):
            continue
        if item.tag != "li" or (item.tail or "").strip() or any(
                isinstance(c.tag, str) and c.tag not in _INLINE_TAGS for c in item.iterdescendants()):
            return False
        text = _text(item)
        if len(text) > _META_ITEM_CHARS:
            return False
        time = next(item.iter("time"), None)
        if time is not None:
            if _text(time).strip(_ITEM_PUNCT) != text.strip(_ITEM_PUNCT):
                return False  # "<time>09:00</time> Opening": a date with words of its own
            dated += 1
        elif opening and next(item.iter("a"), None) is None and _DATE_HINT.search(digits := ascii_digits(text)) \
                and len(_DIGIT_RUN.findall(digits)) >= 2:
            dated += 1  # a day and a year ("15 March 2026"), not a fact's year alone ("Founded 1990")
    # (the siblings after it, last: the costliest check)
    return dated == 1 and (opening or not any(isinstance(s.tag, str) and s.tag in _PROSE_AFTER and not _is_noise(s)
                                              and _longer_than(s, _META_ITEM_CHARS) for s in box.itersiblings()))


_PROSE_AFTER = frozenset(("p", "blockquote", *_HEADING_TAGS))
_DIGIT_RUN = re.compile(r"\d+")
_ITEM_PUNCT = " ,;|·•–—-"


# a byline row's items are short (a name and its label, a date, a place); a child longer than this is a sentence
# ("<b>Dhaka, 14 March 2026</b> <span>The council approved the budget … (the opposition walked out)</span>")
_META_ITEM_CHARS = 60
_CLOSERS = "”’»」』)]\"'"


# class words of a caption written as a paragraph beside its picture (no <figure>/<figcaption>)
_CAPTION_CLASS = frozenset("caption captions legend wp-caption-text".split())


def _picture_caption(p: etree._Element, box: etree._Element) -> bool:
    """A paragraph classed as a caption in a box that holds a picture: the picture's caption, no text of the story
    (django CMS' ``<div class=aldryn-newsblog-visual><img><p class=caption>Surat: …</p>``, Concrete CMS'
    ``<div class=ccm-image-block><picture>…</picture><p class=image-caption>انځور: …</p>``).  A class alone is
    not enough: a theme's "caption" may style the story's own opening paragraph."""
    if p.tag != "p" or not p.get("class") or _CAPTION_CLASS.isdisjoint(_class_words(p.get("class"), None)):
        return False
    return any(isinstance(s.tag, str) and s.tag in ("img", "picture", "video") or _MEDIA(s)
               for s in box if s is not p and isinstance(s.tag, str))


# A caption's length at most (an italic line under a picture longer than this is the story's: an editor's note)
_EM_CAPTION_MAX = 120
# class words of small print, Bootstrap's utilities ("small", "text-muted") and the like
_SMALL_PRINT_PARTS = frozenset(("small", "muted", "smaller", "fine-print", "fineprint"))


def _small_print_caption(p: etree._Element, box: etree._Element) -> bool:
    """``p`` is a short line in small print (classed so, or wholly in <small>) right under a picture, the two alone
    in their box: the picture's caption and credit, no text of the story (Piranha's image block "<div
    class="block"><img src=/uploads/…/umiaq.jpg class=img-fluid><p class="small text-muted">Umiaq tuvaġmi.
    Ajiliurat: Siku Radio</p></div>", whatever the words).  A line of the story after a picture in the text's own
    box (other paragraphs beside them), or a paragraph of a caption's length set in the story's type, stays."""
    text = _text(p)
    if not 0 < len(text) <= _EM_CAPTION_MAX or (_SMALL_PRINT_PARTS.isdisjoint(_class_words(p.get("class"), None))
                                                 and not _WHOLLY_SMALL(p)):
        return False
    before = _previous_element(p)
    if before is None or not (before.tag in ("img", "picture", "video") or before.tag in ("a", "figure", "div")
                              and _MEDIA(before) and not _text(before)):
        return False
    return not (box.text or "").strip() and all(
        not isinstance(el.tag, str) or el is p or el is before or el.tag in _SCRIPT_TAGS for el in box) \
        and not any((el.tail or "").strip() for el in box)


_WHOLLY_SMALL = etree.XPath("count(*) = 1 and small and normalize-space(.) = normalize-space(small)")
# An icon's side at most, in pixels (a flag, a smiley drawn inline before a line of the story)
_ICON_SIDE = 32


def _icon(img: etree._Element) -> bool:
    """``img`` is an emoji or an icon drawn inline (WordPress's ``<img class="wp-smiley emoji">``, a 16×16 flag),
    no picture a caption is written under."""
    if any(word in (img.get("class") or "").lower() for word in ("emoji", "smiley")):
        return True
    sides = [img.get(side, "").strip().removesuffix("px") for side in ("width", "height")]
    return any(side.isdigit() and int(side) <= _ICON_SIDE for side in sides)


def _em_caption(p: etree._Element) -> bool:
    """A paragraph holding a picture, a line break, then only a short italic line: the picture's caption as Markdown
    writes it (kramdown's and Hexo's ``<p><img …><br><em>Caption (Photo: …)</em></p>``), no text of the story; not an
    emoji or an icon before an italic line, nor an italic note of the story's length."""
    kids = [k for k in p if isinstance(k.tag, str)]
    if p.tag != "p" or (p.text or "").strip() or len(kids) != 3 or kids[-1].tag not in ("em", "i") \
            or kids[1].tag != "br" or (kids[-1].tail or "").strip() \
            or not 0 < len(kids[-1].text_content().strip()) <= _EM_CAPTION_MAX:
        return False
    if any((k.tail or "").strip() for k in kids[:-1]):
        return False  # words of the paragraph beside the picture
    media = kids[0]
    img = media if media.tag == "img" else media.find(".//img")
    if img is not None and _icon(img):
        return False
    return media.tag in ("img", "picture") or (media.tag == "a" and not media.text_content().strip()
                                               and img is not None)


# A caption written as a paragraph of its own under its picture, no class naming it: at most this long
_PLACED_CAPTION_MAX = 160


def _centred(el: etree._Element) -> bool:
    """``el`` is centred, by its style or its old attribute (``style="text-align: center"``, ``align="center"``)."""
    return (el.get("align") or "").strip().lower() in ("center", "middle") \
        or "text-align:center" in (el.get("style") or "").lower().replace(" ", "")


def _picture_only(el: etree._Element | None) -> bool:
    """``el`` is a paragraph, box or figure holding a picture and no text (``<p style="text-align:center"><img
    …></p>``), not an icon."""
    # (a text of its own before its first child says so without the whole text's copy: most paragraphs open with one)
    if el is None or not isinstance(el.tag, str) or el.tag not in ("p", "div", "figure") \
            or (el.text or "").strip() or el.text_content().strip():
        return False
    img = el.find(".//img")
    return bool(_MEDIA(el)) and (img is None or not _icon(img))


# a caption's credit closing it between brackets, two capitalised names a slash parts (the picture's maker or
# archive, then the outlet: Carrd's "<p class="style6">… (Kahiatonhserà:ke / Tewaterihwarenià:tha)</p>" under its
# image box, "(Foto: ANP / Reuters)", "(AP Photo / John Doe)")
_SLASHED_CREDIT = re.compile(r"\((?:[^\W\d_]+:\s+)?(?P<first>[^\W\d_][^()/]{1,40})\s/\s(?P<second>[^\W\d_][^()/]{1,40})\)\s*$")


def _slashed_credit(text: str) -> bool:
    """``text`` closes with a credit between brackets, two names a slash parts, each capitalised (_SLASHED_CREDIT);
    not "(mostly / partly)"."""
    found = _SLASHED_CREDIT.search(text)
    return found is not None and not found.group("first")[0].islower() and not found.group("second")[0].islower()


def _placed_caption(p: etree._Element) -> bool:
    """A short paragraph right under a paragraph holding only a picture, centred, or set as the picture's is (the
    same class and style) or wholly in italic (_wholly_italic): the picture's caption as an editor writes it in the
    text, no <figcaption> (PHPCMS's and DedeCMS's ``<p style="text-align:center"><img …></p><p
    style="text-align:center">Dozbenq: … (Ingjsiengq: …)</p>``, labelled or not), or closing with a credit between
    brackets, a slash between its names (_SLASHED_CREDIT).  Not a centred paragraph with no picture above it (a verse, a sign-off), nor a centred line
    wholly in bold (a subheading under the picture), nor a paragraph holding a picture itself."""
    if p.tag not in ("p", "div"):
        return False
    prev = _previous_element(p)  # (a comment between)
    # (the picture above first: most paragraphs follow one with text, and end here before a search of their own)
    if not _picture_only(prev) or (prev.tail or "").strip() or _MEDIA(p):
        return False
    set_alike = bool(p.get("class") or p.get("style")) and (p.get("class"), p.get("style")) == (
        prev.get("class"), prev.get("style"))
    if not (_centred(p) or set_alike or _wholly_italic(p) or _slashed_credit(p.text_content())):
        return False
    nxt = p.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()  # (a comment between)
    if nxt is not None and nxt.tag == p.tag and not _MEDIA(nxt) and nxt.text_content().strip() \
            and (set_alike and (nxt.get("class"), nxt.get("style")) == (p.get("class"), p.get("style"))
                 or _centred(nxt) and _centred(p)):
        # (the text under it set as it is: the story's own style, every paragraph "MsoNormal" or justified; a
        # caption is set apart from the running text; review 25 F4)
        return False
    if _lines_under_pictures(p) >= 2:
        return False  # a photo essay's lines, each under its picture: the story told so (mend 26's leftover)
    text = " ".join(p.text_content().split())
    kids = [k for k in p if isinstance(k.tag, str)]
    bold = len(kids) == 1 and kids[0].tag in ("strong", "b") and " ".join(kids[0].text_content().split()) == text
    return 0 < len(text) <= _PLACED_CAPTION_MAX and not bold


def _wholly_italic(p: etree._Element) -> bool:
    """``p`` is one short italic line and nothing else (``<p><em>Caption. (Photo: …)</em></p>``): a caption as
    Markdown writes it in a paragraph of its own under the picture's ("![…](…)" then "*Caption*": Franklin.jl's,
    Hugo's and Jekyll's posts)."""
    kids = [k for k in p if isinstance(k.tag, str)]
    return len(kids) == 1 and kids[0].tag in ("em", "i") and not (p.text or "").strip() \
        and not (kids[0].tail or "").strip() and 0 < len(kids[0].text_content().strip()) <= _EM_CAPTION_MAX


def _lines_under_pictures(p: etree._Element) -> int:
    """How many paragraphs beside ``p`` (``p`` among them) are set as it is, each right under a paragraph holding only
    a picture: one is a caption under its one picture (PHPCMS's); a run of them, a centred picture and a line after
    it again and again, is a photo essay's story told between its pictures."""
    parent = p.getparent()
    if parent is None:
        return 1
    kids = [kid for kid in parent if isinstance(kid.tag, str)]
    return sum(1 for before, kid in pairwise(kids)
               if kid.tag == p.tag and not _MEDIA(kid) and kid.text_content().strip() and _picture_only(before)
               and ((kid.get("class"), kid.get("style")) == (p.get("class"), p.get("style"))
                    or _centred(kid) and _centred(p)))


# the endings of a caption's or a picture credit's class token run together with the rest (K2's "itemImageCaption",
# "itemImageCredits"), beside the whole words of _CAPTION_CLASS
_CAPTION_ENDINGS = ("caption", "captions", "credit", "credits")


def _caption_classed(el: etree._Element) -> bool:
    """``el``'s class names a picture's caption or credit: a word of _CAPTION_CLASS, or a token ending so."""
    tokens = (el.get("class") or "").lower().split()
    return any(token.endswith(_CAPTION_ENDINGS) for token in tokens) \
        or not _CAPTION_CLASS.isdisjoint(_class_words(el.get("class"), None))


# AsciiDoc's picture and video blocks (Asciidoctor, Antora, AsciiDoc Python): "div.imageblock > div.content > img"
# and the caption after it in a "div.title" ("Figure 1. … (Photo: …)"), a title there only
_ASCIIDOC_MEDIA_BLOCKS = frozenset(("imageblock", "videoblock"))


def _captioned_picture(box: etree._Element) -> bool:
    """A box holding a picture and its caption only, all its text in elements classed as a caption or credit (K2's
    ``<div class=itemImageBlock><span class=itemImage><img></span><span class=itemImageCaption>Ярмарка
    </span><span class=itemImageCredits>Ислам Мусаев</span></div>``, as a <figure> is; AsciiDoc's "div.imageblock"
    with its "div.title", _ASCIIDOC_MEDIA_BLOCKS): none of it the story's."""
    found = False

    def outside(el: etree._Element) -> bool:
        """No text of ``el`` outside its caption elements (and some caption found)."""
        nonlocal found
        if (el.text or "").strip():
            return False
        for child in el:
            if isinstance(child.tag, str) and (_caption_classed(child) or "title" in (child.get("class") or "").split()
                                               and not _ASCIIDOC_MEDIA_BLOCKS.isdisjoint((el.get("class") or "").split())):
                found = True
            elif isinstance(child.tag, str) and not outside(child):
                return False
            if (child.tail or "").strip():
                return False
        return True

    # (the walk first: it stops at the first text of a box of the story, before its whole text is read)
    return outside(box) and found and _media_box(box)


# the longest "— Speaker, their title" line read as a quote's attribution
_ATTRIBUTION_MAX = 120


def _quote_attribution(box: etree._Element) -> bool:
    """A box classed "attribution" right after a <blockquote>, one short line opening with a dash: the quote's
    speaker as AsciiDoc writes it ("div.quoteblock > blockquote + div.attribution" holding "— Markkoos Toomaa",
    Asciidoctor's and Antora's), the caption a <figure> gives in its <figcaption>: no line of the story."""
    if "attribution" not in (box.get("class") or "").split():
        return False
    prev = _previous_element(box)
    text = _text(box)
    return prev is not None and prev.tag == "blockquote" and 0 < len(text) <= _ATTRIBUTION_MAX \
        and text[0] in "—–-―"


# class words of the box stating when the item was last changed (K2's "itemDateModified", "last-modified",
# "date-updated"), words run together in camel case read apart; the short dated line it holds
_CHANGE_WORDS = frozenset(("modified", "updated"))
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CHANGE_LINE_CHARS = 80


def _change_date_box(box: etree._Element) -> bool:
    """A box of the text classed as the date of the last change, holding a short line with a year or a numeric
    date (K2's ``<div class="itemDateModified">ТӀаьххьара хийцамаш бина Шот, 21 Бекарг-бутт 2026 16:00</div>`` after
    the text, "Last modified on …"): the item's metadata, no text of the story (an editor's note classed so is a
    sentence longer than that, or names no date)."""
    if _CHANGE_WORDS.isdisjoint(_change_class_words(box)):
        return False
    text = _text(box)
    return 0 < len(text) <= _CHANGE_LINE_CHARS and bool(_DATE_HINT.search(ascii_digits(text)))


def _change_class_words(el: etree._Element) -> frozenset[str]:
    """The class words of ``el``, those run together in camel case read apart ("itemDateModified"), for the change
    words (_CHANGE_WORDS) _change_date_box and _update_classed look for."""
    cls = el.get("class")
    return _class_words(_CAMEL_JOIN.sub("-", cls), None) if cls else frozenset()


# a byline box is a line or two (see _META_ROW_CHARS); cheap shape first (in C)
_BYLINE_BOX_SHAPE = etree.XPath(f"string-length(normalize-space(.)) <= {_META_ROW_CHARS} and .//* and not(.//h1)")
_CONTROLS_IN = etree.XPath("boolean(.//button or .//*[@role='button'])")


def _before_text(out: list[Block]) -> bool:
    """No block of prose yet: the blocks so far (the headline, a kicker) are shorter than a paragraph and none is a
    sentence longer than a byline's piece."""
    return not any(len(b.text) >= _PROSE_CHARS or (len(b.text) > _META_ITEM_CHARS and b.text.endswith(_SENTENCE_END))
                   for b in out)


def _count(text: str) -> bool:
    """A counter's text: no letter but a multiplier's ("54", "1.2K", "👏 128", "·")."""
    return not any(ch.isalpha() for ch in text.rstrip().rstrip("KkMm"))


def _byline_box(box: etree._Element) -> bool:
    """A box above the story's text holding its byline or its social bar, not the story: short pieces only, no
    sentence among them, and either a date beside the author's pieces or buttons with their counts.  Medium
    sets both in the text's own box, under the headline: "<div class="speechify-ignore ab cp">…<a
    data-testid="authorName">Maria Pinna</a> · <a>Follow</a> … <span data-testid="storyReadTime">4 min
    read</span> · <span data-testid="storyPublishDate">Mar 17, 2026</span></div>" and the clap bar "<div
    class="ab cp …"><button data-testid="headerClapButton">…</button><p><button>128</button></p>…"; whatever
    the class names and the interface's language.  A heading is no byline's piece (a dek above a date), and a box
    holding the headline is the headline's (its byline's box is looked at inside it)."""
    blocks = _blocks(box, bylines=False)
    if not blocks or any(b.kind != "p" or len(b.text) > _META_ITEM_CHARS
                         or b.text.rstrip(_CLOSERS).endswith(_SENTENCE_END) for b in blocks):
        return False
    if len(blocks) >= 2 and any(find_date(b.text) is not None for b in blocks):
        return True
    return all(_count(b.text) for b in blocks) and _CONTROLS_IN(box)


def _collect(el: etree._Element, out: list[Block], bylines: bool = True, before: list[Block] | None = None) -> None:
    """Append ``el``'s blocks to ``out`` (see _blocks; ``before``: the blocks of the containers read before it)."""
    run: list[str] = []
    link_chars = 0
    # the run's one inline element when it holds nothing else (None: none, or more than one);
    # loose: text of the run outside inline elements
    inline: list[etree._Element] = []
    loose = False

    def flush() -> None:
        nonlocal link_chars, loose
        text = normalize_inline("".join(run))
        if text:
            heading = _run_heading(text, inline[0] if len(inline) == 1 else None, loose, link_chars)
            ratio = min(1.0, link_chars / max(1, len(text)))
            out.append(Block(text, "h" if heading else "p", ratio, _block_link(inline, ratio)))
        run.clear()
        inline.clear()
        link_chars = 0
        loose = False

    run.append(el.text or "")
    loose = bool((el.text or "").strip())
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is None:
            pass  # comment or processing instruction: only its tail counts
        elif _hidden(child):
            pass  # text no reader sees (a keyword stuffed into a hidden span): only its tail counts
        elif child.get("role") == "img" and not any(ch.isalnum() for ch in child.text_content()):
            pass  # a pictograph drawn as an image (Notion's callout icon "<span role="img" aria-label="🎰">🎰</span>")
        elif tag == "figure" and (quote := _figure_quote(child)) is not None:
            flush()
            out.extend(_blocks(quote))  # a pull quote's figure: its quote (not the caption naming the speaker)
        elif tag in _SKIP_TAGS or (_is_noise(child) and not _continues(child)) or tag == "br":
            flush()
        elif tag in _INLINE_TAGS and not _wraps_blocks(child) and not _breaks_paragraphs(child):
            inner = child.text_content()
            run.append(inner)
            if inner.strip():
                inline.append(child)
            if tag == "a":
                link_chars += len(inner.strip())
            else:
                link_chars += _link_chars(child)
        elif tag in _ROW_TAGS and len(child) > 1 and _META_ROW_SHAPE(child) \
                and _meta_row(child, opening=not out or _under_headline(child)):
            flush()  # "<div><span>লিখক: …</span><time>৮ এপ্ৰিল, ২০২৬</time></div>": the byline's row, not the story
        elif tag in _LIST_TAGS and _button_row(child):
            flush()  # a row of link buttons to the site's pages (Carrd's "<ul class="buttons"><li><a class="button">"): its menu
        elif tag in _LIST_TAGS and _META_ROW_SHAPE(child) \
                and _meta_list(child, opening=not out or _under_headline(child)):
            flush()  # "<ul class=post-metadata><li><time>…</time></li><li><a>tag</a>, </li>…": the metadata, not the story
        elif tag == "p" and _notice_under_dropped_box(child):
            flush()  # the site's italic notice under the teasers closing the text: its footer, no line of the story
        elif tag in _HEADING_TAGS and _heads_empty_box(child):
            flush()  # a comment thread's heading over the box a script fills (Disqus's "<h3>…</h3><div id=…></div>")
        elif tag == "p" and _small_print_caption(child, el):
            flush()  # a picture's caption in small print under it, alone with it in its box ("<img><p class=small>…")
        elif tag in _HEADING_TAGS and _heads_dropped_list(child):
            flush()  # a teaser list's heading over the list the text leaves out ("<h4>…</h4><ul class=related-…>")
        elif tag == "p" and len(child) > 1 and _breaks_paragraphs(child) and not _small_print_caption(child, el):
            flush()  # a paragraph holding paragraphs parted by "<br><br>" (Mailchimp's editor: "<p>First.<br><br>
            _collect(child, out, bylines, before)  # Second.</p>"): a block each, as an inline box's (_breaks_paragraphs)
        elif tag in _BLOCK_TAGS and not _holds_blocks(child):
            flush()
            block = _paragraph_block(child, out, before or []) if not (_picture_caption(child, el) or _em_caption(child)
                                                         or _placed_caption(child)) else None
            if block is not None:
                out.append(block)
        elif tag in _BOX_TAGS and _is_call_to_action(child):
            flush()  # a sign-up box inside the post ("📩 … <a href=/membership/>join</a>"): not the story
        elif tag in _BOX_TAGS and _pictograph_only(child):
            flush()  # a callout's icon box, beside its text (Ghost's "<div class="kg-callout-emoji">💰</div>"): no text
        elif tag in _BOX_TAGS and _is_link_module(child):
            flush()  # a "read more" module of linked headlines inside the post: not the story
        elif tag in _BOX_TAGS and _captioned_picture(child):
            flush()  # a picture with its caption and credit (K2's itemImageBlock): not the story, as a <figure>
        elif tag in _BOX_TAGS and _quote_attribution(child):
            flush()  # a quote's "— Speaker" line under its <blockquote> (AsciiDoc's div.attribution), as a figcaption
        elif tag in _BOX_TAGS and _change_date_box(child):
            flush()  # the date of the last change (K2's itemDateModified): the item's metadata, not the story
        elif bylines and tag in _BOX_TAGS and _before_text(out) and _BYLINE_BOX_SHAPE(child) and _byline_box(child):
            flush()  # Medium's byline "Maria Pinna · Follow · 4 min read · Mar 17, 2026" and clap bar above the text
        elif tag == "tr" and _is_short_row(child):
            flush()  # "Zdroj | ČTK": the row reads as one line (label and value), not a block per cell
            text = _spaced_text(child)
            if text:
                out.append(Block(text, "p", min(1.0, _link_chars(child) / max(1, len(text)))))
        else:
            flush()
            _collect(child, out, bylines, before)
        run.append(child.tail or "")
        loose = loose or bool((child.tail or "").strip())
    flush()


_SCRIPT_TAGS = frozenset(["script", "noscript", "style", "template"])
_BYLINE_CLASSES = frozenset(("author", "byline"))
_BYLINE_SPAN_CHARS = 120


def _paragraph_block(el: etree._Element, *before: list[Block]) -> Block | None:
    """The block of a block element, a paragraph above the text's first paragraph of prose (``before``: the blocks
    read so far, in lists, _before_text) without the writer's line it closes on (_without_byline_span: Redmine's summary over
    the text); a paragraph of the story below its start keeps a span classed "author" or "byline" it ends on (a
    quoted writer's name, "<br><span class="author">Ama Owusu</span>" under a poem)."""
    return _block_of(_without_byline_span(el) if el.tag == "p" and all(map(_before_text, before)) else el)


def _without_byline_span(p: etree._Element) -> etree._Element:
    """``p`` without the writer's line it closes on a line of its own (_byline_span, after a <br>, nothing after it),
    a copy; ``p`` itself when it has none."""
    kids = [c for c in p if isinstance(c.tag, str)]
    if len(kids) < 2 or not _byline_span(kids[-1]) or (kids[-1].tail or "").strip() or kids[-2].tag != "br" \
            or (kids[-2].tail or "").strip():
        return p
    copy = deepcopy(p)
    last = [c for c in copy if isinstance(c.tag, str)]
    copy.remove(last[-1])
    copy.remove(last[-2])
    return copy


def _byline_span(el: etree._Element) -> bool:
    """``el``, an inline element alone on its line, is classed as the writer's line, "author" or "byline", and
    short (Redmine's news page: "<p><em>summary</em><br><span class="author">Added by <a>Efe Akpobome</a> <a
    title="14/03/2026 09:10">6 days</a> ago</span></p>" over the text, whatever the interface's language): the
    byline, no line of the story (asked only above the text's first paragraph of prose)."""
    return not _BYLINE_CLASSES.isdisjoint(_class_words(el.get("class"), None)) \
        and len(_text(el)) <= _BYLINE_SPAN_CHARS
# a line wholly in italics or wholly in small print (a reprint notice's "<p class="disclaimer"><small>…</small></p>")
_WHOLLY_SET_APART = _Gated("count(*) = 1 and (em or i or small) and normalize-space(.) = normalize-space(em | i | small)",
                           ("em", "i", "small"), empty=False)
_NOTICE_CHARS = 200  # an italic notice is a line or two (see _ITALIC_LINE_CHARS)


# a line classed as a note or a notice, in roman type (Apache Roller's "<p class="more">…</p><p class="note">Su chirin ya
# ay dipanin a ipaychasa du sabali a website.</p>" closing an entry, Ivatan: this news may not be republished on
# another website)
_NOTICE_CLASS_WORDS = frozenset(("note", "notice"))


def _notice_under_dropped_box(p: etree._Element) -> bool:
    """``p`` is a line wholly in italics or in small print, or classed as a note (_NOTICE_CLASS_WORDS), under a box
    the text leaves out (its teasers, "<div
    class="recommend">", a box of links to other stories, a "More:" line), no paragraph of prose between them nor
    after it: the site's notice closing the container below the story's footer ("<p><em>کۆپی کردن ئی وتار بێ ناو
    بردن چەشمە ڕەوا نییە.</em></p>", Laki: copying this article without naming the source is not allowed, an
    OpenCart blog post; Tonga "<em>Makani aaya alembwa a Radio Chikuni. Tamuzumizyidwi …</em>", an Automad post;
    Nzema "<p class="disclaimer"><small>Mmafa edwɛkɛ ɛhye mmɛyɛ bieko …</small></p>", do not reprint this story,
    under a Monstra post's teasers and share line), whatever its words.  An italic line of the story itself stands
    among its paragraphs, above such a box (a box of links inside the text, the story
    going on under it, keeps its closing line too)."""
    text = _text(p)
    if not text or len(text) > _NOTICE_CHARS \
            or not (_WHOLLY_SET_APART(p) or not _NOTICE_CLASS_WORDS.isdisjoint(_class_words(p.get("class"), None))):
        return False
    for sib in p.itersiblings():
        if isinstance(sib.tag, str) and sib.tag == "p" and len(_text(sib)) >= PROSE_PARAGRAPH_CHARS:
            return False  # (the story goes on under it)
    for sib in p.itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or sib.tag in _SCRIPT_TAGS:
            continue
        if sib.tag in ("div", "section", "aside", "ul", "ol", "p") and _text(sib) \
                and (_is_noise(sib) or sib.tag != "p" and _is_link_module(sib)):
            return True  # (a "More:" line the text leaves out, "<p class="blog-more">", is one too)
        if len(_text(sib)) >= PROSE_PARAGRAPH_CHARS:
            return False
    return False
# a form to buy the thing the headline names: a quantity field (the shop platforms' name for it: "quantity" in
# OpenCart, WooCommerce, Shopify; "qty" in Magento, PrestaShop) and a button sending it
_BUY_FORM = _Gated(".//form[.//input[@name='quantity' or @name='qty']][.//button[not(@type) or @type='submit']"
                   " | .//input[@type='submit']]", ("form",))
_BUY_FORM_LEVELS = 2  # boxes above the headline looked in: its own, and the one holding the picture beside it


_RAIL_WORDS = frozenset(("sidebar", "widget"))  # the class words of a rail's boxes beside the main column


def _buy_form_beside(h1: etree._Element) -> bool:
    """A form to put the thing the headline names in a cart sits beside it, in its box or the one above (OpenCart's
    product page: "<div class=col-sm><h1>…</h1><ul><li><span class=price-new>…</span></li></ul><form id=form-product>
    <input name=quantity …><button type=submit id=button-cart>…</button></form></div>", whatever the language): a
    shop's product page, however long the description under it reads.  A newsletter's form (an e-mail field) is
    none, nor a shop's form elsewhere on the page (a rail's best sellers), nor one beside a story: the box above is
    looked in only when the headline's own holds no paragraph of prose (a product's summary column, its text in a
    tab below; a news story's column holds its text, and the rail's shop widget beside it, "<div class=row>
    <article><h1>…</h1><p>…</p></article><div class=sidebar><div class=widget><form>…" is the layout's), and a form
    in an aside or a rail's box (_RAIL_WORDS) between it and the box is none."""
    box = h1
    for level in range(_BUY_FORM_LEVELS):
        if level and _holds_prose_paragraph(box):
            return False
        box = box.getparent()
        if box is None or box.tag in ("body", "html", "main"):
            return False
        if any(not _in_rail(form, box) for form in _BUY_FORM(box)):
            return True
    return False


def _holds_prose_paragraph(box: etree._Element) -> bool:
    """``box`` holds a paragraph of prose (footer.PROSE_PARAGRAPH_CHARS long at least)."""
    return any(len(_text(p)) >= PROSE_PARAGRAPH_CHARS for p in box.iter("p"))


def _in_rail(el: etree._Element, top: etree._Element) -> bool:
    """``el`` sits in an aside or a box classed as a rail's (_RAIL_WORDS) below ``top``."""
    for up in el.iterancestors():
        if up is top:
            return False
        if up.tag == "aside" or not _RAIL_WORDS.isdisjoint(_class_words(up.get("class"), None)):
            return True
    return False


def _heads_empty_box(heading: etree._Element) -> bool:
    """``heading`` heads an empty box and nothing else, the last of its parent: the box a script fills after the
    page loads, a comment thread's ("<h3>Twaambo twanu</h3><div id="disqus_thread"></div><script>…</script>
    <noscript>…</noscript>", Tonga: your words, an Automad post), whatever the heading's words; on the page the
    heading heads nothing.  A heading over a box of text, a picture or an embed heads that (a subheading of the
    story over its paragraphs), and so does one closing its box (the text's own last line)."""
    box = heading.getnext()
    while box is not None and not isinstance(box.tag, str):
        box = box.getnext()  # (a comment between them)
    if box is None or box.tag not in ("div", "section", "aside") or box.get("id") is None and box.get("class") is None:
        return False
    if box.text_content().strip() or next(box.iter("img", "iframe", "video", "audio", "picture", "svg", "object",
                                                   "embed", "canvas"), None) is not None:
        return False
    return all(not isinstance(el.tag, str) or el.tag in _SCRIPT_TAGS for el in box.itersiblings())


_DROPPED_LIST_TAGS = frozenset(("ul", "ol", "div", "section", "aside", "nav"))
_DROPPED_LIST_LINKS = 2  # links to other pages a box of teasers holds, the fewest


def _heads_dropped_list(heading: etree._Element) -> bool:
    """``heading`` heads a box of links to other pages the text leaves out (classed as noise: "related",
    "teasers", …) and nothing of the text after it, up to the next heading or the end of its box: the teaser
    list's heading ("<h4>Edwɛkɛ mɔɔ ɛfa nwo</h4><ul class="related-teasers"><li><a href=/blog/…>…</a> — snippet…
    </li>…</ul>", Nzema: related stories, inside a Monstra post's text), whatever its words.  A subheading the
    story goes on under (a paragraph of prose after the box), one over a box of the text's own, or over a box
    with no links (an advert's), stays."""
    if _link_chars(heading) or not _text(heading):
        return False
    box = _element_sibling(heading, "getnext")
    if box is None or box.tag not in _DROPPED_LIST_TAGS or not _is_noise(box) or _continues(box):
        return False
    links = [a for a in box.iter("a") if (a.get("href") or "#")[:1] != "#" and _text(a)]
    if len(links) < _DROPPED_LIST_LINKS:
        return False
    for sib in box.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if sib.tag in _ANY_HEADING:
            break  # (the next section's)
        if len(_text(sib)) >= PROSE_PARAGRAPH_CHARS and not _is_noise(sib):
            return False  # (the story goes on under it)
    return True


def _item_lines(el: etree._Element, text: str) -> list[str]:
    """The lines of a metadata element: one per list item or table row when it is a
    list or table of them (``<li>Date 2025-11-03</li><li>Source Reuters</li>``, a
    ``Source | AP`` row), so that labels without a colon do not run into each other."""
    if el.tag not in ("ul", "ol", "table", "tbody", "dl", "div"):
        return [text]
    items = [i for i in el.iter("li", "tr") if i is not el]
    if not items and el.tag == "div":
        return _box_lines(el) or [text]
    if len(items) < 2 or any(next(i.iter("li", "tr", "table"), None) is not None for item in items
                             for i in item.iterchildren()):
        return [text]
    return [line for line in map(_spaced_text, items) if line]


def _box_lines(el: etree._Element, depth: int = 0) -> list[str]:
    """A box of boxes (``<div><div class="byline">…</div><div class="claps">👏 1.2K</div></div>``):
    one line per inner box, so that the date's line is not run into the buttons beside it."""
    # (an empty box is no line: the divider closing Notion's properties, "<div class="notion-divider"></div>")
    children = [c for c in el if isinstance(c.tag, str) and (c.tag != "div" or len(c) or (c.text or "").strip())]
    boxes = [c for c in children if c.tag in ("div", "p")]
    if (row := _property_row(boxes)) is not None and len(children) == 2:
        return [row]
    # (a box of bare text is a label or a value: "<div>সূত্র</div><div>রয়টার্স</div>" reads as one line)
    if (depth > 3 or len(boxes) < 2 or (el.text or "").strip() or any((c.tail or "").strip() for c in children)
            or any(c.tag not in ("div", "p") and c.text_content().strip() for c in children)
            or any(not any(isinstance(d.tag, str) for d in box) for box in boxes)):
        text = _meta_text(el)
        return [text] if text else []
    return [line for box in boxes for line in _box_lines(box, depth + 1)]


# the box of a property's name in a table of properties built of boxes (Notion's "<div class="notion-page__property">
# <div class="notion-page__property-name-wrapper">…Data</div><div class="notion-property">…</div></div>")
_PROPERTY_NAME_CLASS = re.compile(r"(?:__|-)(?:label|property-name|property-name-wrapper)(?=\s|$)")


def _property_row(boxes: list[etree._Element]) -> str | None:
    """A row of a properties table built of boxes, its name's box classed so, then its value's: "Data: 2 da mars
    2026" (the theme shows no colon); None for other boxes."""
    if len(boxes) != 2 or not _PROPERTY_NAME_CLASS.search(boxes[0].get("class") or ""):
        return None
    label, value = _meta_text(boxes[0]).rstrip(LABEL_COLONS + " "), _meta_text(boxes[1])
    if label and value and len(label) <= _FIELD_LABEL_CHARS and len(value) <= ROW_CELL_MAX:
        return f"{label}: {value}"
    return None


# the colons that close a label, of any script ("Zdroj:", "ប្រភព៖"): a one-character test each
_LABEL_COLON_SET = frozenset(LABEL_COLONS)


def _list_fields(box: etree._Element) -> list[str]:
    """Each list in ``box`` whose first item is a label alone (no link) and the others its values, read as one field
    "label: values" (the theme's CSS shows the label as a badge, no colon): Newsmag's source box "<ul
    class="td-tags"><li><span>MADDI</span></li><li><a>ENA</a></li></ul>" reads "MADDI: ENA".  A source's values are
    each an outlet's name or an agency's (a list of documents under "Sources", "Council minutes", "Cycling plan
    2026", is no source)."""
    lines = []
    for listing in box.iterdescendants("ul", "ol"):
        items = [li for li in listing if li.tag == "li"]
        if len(items) < 2 or next(items[0].iter("a"), None) is not None:
            continue
        label = _meta_text(items[0]).rstrip(LABEL_COLONS + " ")
        values = [v for li in items[1:] if (v := _meta_text(li))]
        value = ", ".join(values)
        if not (label and value and len(label) <= _FIELD_LABEL_CHARS and len(value) <= ROW_CELL_MAX):
            continue
        line = f"{label}: {value}"
        if parse_meta_line(line).source and not all(
                v.lower() in WIRE_AGENCIES or _signed_outlet(v) or _outlet_name(v) for v in values):
            continue
        lines.append(line)
    return lines


def _line_after_body(container: etree._Element | None) -> str | None:
    """The labelled line after the box the body ends in: Medium closes a story with its own "<section><p><em>ምንጭ፦
    ኢዜአ</em>" (Source: ENA) after the section holding the text, uCoz its "<tr><td class="eDetails">श्रेणी: … |
    दिनांक: …" row after the row of the text; found by climbing from the body to the first element with a next
    sibling (not past the article), and read only when it is a labelled field or a credit sentence ("Upprunaliga
    útgivið í Dimmalætting", originally published in: metadata.credit_sentence)."""
    holder, climbed = container, 0
    while holder is not None and holder.getnext() is None and climbed < 4 and holder.tag not in ("article", "main", "body"):
        holder, climbed = holder.getparent(), climbed + 1
    after = holder.getnext() if climbed and holder is not None else None
    return _labelled_line(after, credits=True) if after is not None and isinstance(after.tag, str) else None


def _labelled_line(after: etree._Element | None, credits: bool = False) -> str | None:
    """``after``'s text when it is a short labelled field (or, with ``credits``, a credit sentence): the line a
    body's box is followed by (:func:`_line_after_body`, :func:`_line_after_run`)."""
    if after is None or after.tag in _SKIP_TAGS or _longer_than(after, 120):
        return None
    text = _meta_text(after)
    return text if text and (is_labelled_field(text) or (credits and credit_sentence(text))) else None


# how many boxes of another kind (an ad box, a button) a labelled block after a run of blocks may stand behind
_RUN_TAIL_HOPS = 3


# a credit line after the text: a label and an agency's name, no paragraph
_AGENCY_LINE_CHARS = 60


def _agency_after_text(containers: list[etree._Element], post: etree._Element | None) -> str | None:
    """The known agency (WIRE_AGENCIES) that the first line with text after the text's last box credits the story
    to, inside the post's box (``post``: around the headline and the text), that line short (_AGENCY_LINE_CHARS):
    Antora's "<div class="paragraph credit"><p><em>Pulttuwaa: ENA</em></p></div>" after the article's preamble
    (Wolaytta: source, ENA), a label no table knows before the agency's name (metadata.closing_credit)."""
    if not containers or post is None:
        return None
    el = containers[-1]
    while el is not None and el is not post:
        for sib in el.itersiblings():
            if not isinstance(sib.tag, str) or sib.tag in _SKIP_TAGS or not (text := _text(sib)):
                continue
            credit = closing_credit(text, italic=True) if len(text) <= _AGENCY_LINE_CHARS else None
            return credit if credit is not None and credit.lower() in WIRE_AGENCIES else None
        el = el.getparent()
    return None


def _labelled_block_after_run(last: etree._Element) -> str | None:
    """A labelled line in a block of the run's own kind after the run's last block, past boxes of other kinds
    that end the run (Avada's "<div class="fusion-text"><p><em>Žórło: Serbske Nowiny</em></p></div>" after its
    "fusion-alert" ad box and a "fusion-button"): the story's credit line; none past a heading or another block
    of the run's kind that is no labelled field."""
    kind = _unit_kind(last)
    if kind is None:
        return None
    sib, hops = last.getnext(), 0
    while sib is not None and hops < _RUN_TAIL_HOPS:
        if isinstance(sib.tag, str) and sib.tag not in _SKIP_TAGS:
            if next(sib.iter(*_HEADING_TAGS), None) is not None:  # (iter() yields sib itself too)
                return None
            if _unit_kind(sib) == kind:
                text = _meta_text(sib)
                return text if text and len(text) <= 120 and is_labelled_field(text) else None
            hops += 1
        sib = sib.getnext()
    return None


def _line_after_run(containers: list[etree._Element]) -> str | None:
    """The labelled line right after the box holding every block of a body gathered from several (Prismic's
    "<div class=Article_body>" of slices, then "<p class=Article_source>Bitsʼą́ą́dóó: <strong>Dinétah
    Press</strong></p>"); not past the article's own box."""
    box = containers[0].getparent()
    while box is not None and not all(any(a is box for a in c.iterancestors()) for c in containers[1:]):
        box = box.getparent()
    if box is None or box.tag in ("article", "main", "body", "html"):
        return None
    after = box.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return _labelled_line(after)


def _meta_lines(h1: etree._Element | None, container: etree._Element | None) -> list[str]:
    """Text of the metadata area: the siblings right after the headline and any
    meta/byline/date element before the article body."""
    lines: list[str] = []
    if h1 is None:
        # no headline element (uCoz's title is a table cell): the classed line opening the body and the labelled
        # line after the body's box (an FC2 entry whose headline the title does not match: "<p class="meta-man">…
        # · Fonte: Il Secolo XIX</p>")
        lines = _opening_meta(container)
        after = _line_after_body(container)
        return [*lines, after] if after else lines
    # the container and its ancestors: an element holds the body when it is one of them
    # (a walk up from the body, not a walk through each element's subtree)
    holders = list(container.iterancestors()) + [container] if container is not None else []

    def holds_body(el: etree._Element) -> bool:
        return any(h is el for h in holders)

    # a headline wrapped alone in its element (``<dd class="ttl"><strong>…</strong></dd>``):
    # the metadata follows the wrapper
    # (page builders nest it deeper: Wix-like ``div#comp-… > div > … > richText > h1``, eight
    # wrappers each holding the headline alone; the text-length test stops at the first that holds more)
    anchor = h1
    for _ in range(10):
        parent = anchor.getparent()
        if (anchor.getnext() is not None or parent is None or parent.tag in ("body", "html")
                or holds_body(parent) or _longer_than(parent, len(_text(h1)) + 40)):
            break
        anchor = parent
    sib = anchor.getnext()
    hops = 0
    while sib is not None and hops < 4:
        if isinstance(sib.tag, str):
            if holds_body(sib):
                # the body starts here; a short line opening its box before the text is the post's header, each of
                # its lines apart, but for a dated one (_line_under_headline_date's) (Hakyll's "<h1>…</h1><article>
                # <section class="header">Posted on … by …<br>Aghbalu:Tifawt PressTasga:<a>Tamazirt</a></section>
                # <section>…", Tachelhit: source, section); a paragraph or any other block of text is the text's
                # start (Bear Blog's <main> holds a short story's paragraphs themselves, each under 200 characters)
                for el in sib.iterchildren(tag=etree.Element):
                    if el.tag in _TEXT_START_TAGS or holds_body(el) or len(_meta_text(el)) > 200:
                        break
                    lines += [line for line in _br_lines(el) if find_date(line) is None]
                break
            if sib.tag in _LISTING_TAGS or next(sib.iter(*_LISTING_TAGS), None) is not None:
                # a code listing is no metadata, whatever it spells: a docs page's front-matter example ("<pre><code>
                # ---\ndate: 2026-03-12\ncategories: [Comunitate]\n---</code></pre>" under a Hugo/Docsy guide's
                # headline) dates no page
                hops += 1
                sib = sib.getnext()
                continue
            text = _meta_text(sib)
            if sib.tag == "dt" and text and len(text) <= 30:
                # a definition list of fields: "<dt>提供</dt><dd>共同通信</dd>" reads "提供: 共同通信"
                value = sib.getnext()
                if value is not None and value.tag == "dd":
                    if holds_body(value):
                        break
                    text = f"{text.rstrip(LABEL_COLONS)}: {_meta_text(value)}"
                    sib = value
            if len(text) > 200 and not _META_ATTR.search(f"{sib.get('class', '')} {sib.get('id', '')}"):
                break  # prose: the article has begun
            if text:
                lines.extend(_item_lines(sib, text))
            hops += 1
        sib = sib.getnext()
    lines += _opening_meta(container)
    # a short labelled line right after the body ("Filed in: Science", "First published: …")
    after = _body_end(container).getnext() if container is not None else None
    for _ in range(2):
        if after is None:
            break
        if isinstance(after.tag, str) and after.tag not in _SKIP_TAGS:
            text = _meta_text(after)
            if text and len(text) <= 120:
                lines.append(text)
        elif after.tag == "footer":
            # the article's own footer (WordPress themes: "SOURCE PA Media" over the tags): its short boxes
            for el in after.iter("div", "p"):
                if next(el.iterdescendants("div", "p"), None) is None:
                    text = _meta_text(el)
                    # (a box holding a list only when it reads as one labelled field: tagDiv Newspaper's
                    # "<div class="td-post-source-via"><ul><li>ZDROJ:</li><li><a>SITA</a></li></ul>")
                    if text and len(text) <= 80 and (next(el.iterdescendants("ul", "ol"), None) is None
                                                     or is_labelled_field(text)):
                        lines.append(text)
                    elif text:
                        lines.extend(line for line in _list_fields(el) if is_labelled_field(line))
        after = after.getnext()
    text = _line_after_body(container)
    if text and text not in lines:
        lines.append(text)
    # a byline or date element elsewhere in the header area (before the body)
    scope = anchor.getparent()
    if scope is not None:
        panels: list[etree._Element] = []
        for el in scope.iter():
            if el is container:
                break
            if panels and any(a is p for a in el.iterancestors() for p in panels):
                continue  # inside a poster's panel (below)
            # (a page builder's layer name too: Framer's hashed classes say nothing, its "<div class="framer-fd25b13"
            # data-framer-name="Date">" does)
            if isinstance(el.tag, str) and el is not h1 and _META_ATTR.search(
                    f"{el.get('class', '')} {el.get('id', '')} {el.get(_LAYER_NAME, '')}") and _poster_panel(el):
                # a forum post's panel about its poster, beside the post: the poster's registration date is no
                # post's date (below)
                panels.append(el)
            elif isinstance(el.tag, str) and el is not h1 and _META_ATTR.search(
                    f"{el.get('class', '')} {el.get('id', '')} {el.get(_LAYER_NAME, '')}"):
                text = _meta_text(el)
                if text and len(text) <= 300:
                    lines.extend(t for t in _item_lines(el, text) if not any(t in line for line in lines))
            elif el.tag == "a" and "bookmark" in (el.get("rel") or "").split() and (text := _meta_text(el)) \
                    and len(text) <= 40 and (found := find_date(text)) is not None and found.start == 0 \
                    and found.end >= len(text) - 1 and not any(text in line for line in lines):
                # a permalink to the post that reads its time, in the post's header line beside the byline (PunBB's
                # "<h3 class="post-ident">… <span class="post-link"><a class="permalink" rel="bookmark" href="/post/90/
                # #p90">2026-03-13 07:25:40</a></span></h3>"): the post's date
                lines.append(text)
            elif len(el) == 0 and el.getparent() is not None and (
                    (el.text or "").rstrip(" \xa0")[-1:] in _LABEL_COLON_SET or _field_label(el)):
                # a field whose label is an element of its own (Drupal's "<div class="field-label">Zdroj:&nbsp;</div>
                # <div class="field-items">…ČTK</div>", "<b>Source:</b> AFP"): the label's parent reads "Zdroj: ČTK";
                # and a label classed so, its colon the theme's CSS ("<div class="field__label">Akpa</div>": _pieces)
                text = _meta_text(el.getparent())
                if len(text) <= 120 and is_labelled_field(text) and not any(text in line for line in lines):
                    lines.append(text)
    return lines


# attributes holding the time an item was created, beside its update's (HedgeDoc's info bar "<span
# class="ui-lastchange" data-createtime="Tue Mar 10 2026 14:05:00 GMT+0500 (…)" data-updatetime="…" title="Tuesday,
# March 10, 2026 2:31 PM">2 days ago</span>", JavaScript's date string with the note's offset); not a widget's
# "data-created" (a comment's time)
_CREATED_ATTRIBUTES = _AttributeGated("//@data-createtime", ())


def _created_attribute(root: etree._Element) -> str | None:
    """The creation time an attribute states (_CREATED_ATTRIBUTES) with its time of day, the first that parses."""
    for value in _CREATED_ATTRIBUTES(root):
        if (found := parse_iso_datetime(str(value))) is not None and len(found) > 10:
            return found
    return None


# a field of a poster's panel counting the poster's posts: a label, its colon, a number ("Posts: 1,214")
_COUNT_FIELD = re.compile(r"[^\W\d_][^:：\d]{0,30}[:：]\s*\d[\d.,  ]*")


def _poster_panel(el: etree._Element) -> bool:
    """``el`` is a forum post's panel about its poster: a list of labelled fields, one of them the poster's count of
    posts (PunBB's "<ul class="author-info"><li>Registered: 2024-02-11</li><li>Posts: 1,214</li></ul>", phpBB's
    "<dl class="postprofile">… <dd>Posts: 12</dd><dd>Joined: …</dd>"): its date is the poster's registration, not the
    post's time (a Pijin PunBB board's "Rejista: 2024-02-11" over the permalink's "2026-03-14 09:10:22")."""
    if el.tag not in ("ul", "ol", "dl") and next(el.iter("ul", "ol", "dl"), None) is None:
        return False
    items = [normalize_inline(_text(item)) for item in el.iter("li", "dd")]
    # (not an article header's meta list, its date bare: "<li>14 March 2026</li><li>Comments: 4</li>")
    return len(items) >= 2 and any(_COUNT_FIELD.fullmatch(item) for item in items) \
        and not any((d := find_date(item)) is not None and d.start == 0 for item in items)


# the elements a post's text opens with, before which a header's short lines may stand (_meta_lines)
_TEXT_START_TAGS = frozenset(("p", "blockquote", "ul", "ol", "dl", "figure", "table", "pre", "h2", "h3", "h4", "h5", "h6"))


def _br_lines(el: etree._Element) -> list[str]:
    """The lines of ``el``'s text its own ``<br>``s part, each read as _meta_text reads an element."""
    lines, parts = [], [el.text or ""]
    for child in el.iterchildren():
        if child.tag == "br":
            lines.append(normalize_inline("".join(parts)))
            parts = []
        elif isinstance(child.tag, str):
            parts.append(_meta_text(child))
        parts.append(child.tail or "")
    lines.append(normalize_inline("".join(parts)))
    return [line for line in lines if line]


def _opening_meta(container: etree._Element | None) -> list[str]:
    """A byline or date paragraph opening the body (``<p class="byline-line">Ni … | Pinagmulan: …``): the blocks
    leave it out by its class, the metadata is read from it."""
    lines: list[str] = []
    if container is not None:
        for el in list(container)[:3]:
            if isinstance(el.tag, str) and _META_ATTR.search(f"{el.get('class', '')} {el.get('id', '')}") \
                    and _is_noise(el) and not _is_share(el):
                text = _meta_text(el)
                if text and len(text) <= 200:
                    lines.append(text)
    return lines


# a table of the item's fields, in a sidebar as often as under the headline (press-release wires:
# <table class="release-meta"><tr><th>Aihe</th><td>Kotimaa</td></tr>…)
_META_TABLES = _Gated(
    "//table[contains(@class, 'meta') or contains(@class, 'info') or contains(@class, 'details')"
    " or contains(@id, 'meta') or contains(@id, 'info') or contains(@id, 'details')]", ("table",), whole=True)


def _meta_table_lines(root: etree._Element) -> list[str]:
    """``label: value`` lines from the rows of a metadata table: two short cells each."""
    lines: list[str] = []
    for table in _META_TABLES(root)[:2]:
        for tr in table.iter("tr"):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
            if len(cells) != 2:
                continue
            label, value = _meta_text(cells[0]).rstrip(LABEL_COLONS + " "), _meta_text(cells[1])
            if label and value and len(label) <= 30 and len(value) <= ROW_CELL_MAX:
                lines.append(f"{label}: {value}")
    return lines


_PROPERTIES_ROWS_MIN = 2


def _opening_properties(container: etree._Element) -> list[tuple[str, str]]:
    """The rows of a table opening the text, each a short label in a header cell and a short value beside it
    (Confluence's page properties, "<div class=table-wrap><table class=confluenceTable><tr><th>Ilakaa</th><td><a>
    Nunaput</a></td></tr><tr><th>Igautestii</th><td>Mary Nicolai</td></tr></table></div>" at the top of
    "#main-content", Yupik: section, writer): ("label: value", the row's text) each, or none.  A table further down,
    or one of data cells only (a story's figures), is the story's."""
    first = next((el for el in container if isinstance(el.tag, str)), None)
    while first is not None and first.tag == "div" and len([el for el in first if isinstance(el.tag, str)]) == 1 \
            and not (first.text or "").strip():
        first = next(el for el in first if isinstance(el.tag, str))  # (a wrapper box: "<div class=table-wrap>")
    if first is None or first.tag != "table":
        return []
    rows = []
    for tr in first.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if len(cells) != 2 or cells[0].tag != "th" or cells[1].tag != "td":
            return []
        label, value = _meta_text(cells[0]).rstrip(LABEL_COLONS + " "), _meta_text(cells[1])
        if not label or not value or len(label) > _FIELD_LABEL_CHARS or len(value) > ROW_CELL_MAX:
            return []
        rows.append((f"{label}: {value}", "".join(_text(tr).split())))
    return rows if len(rows) >= _PROPERTIES_ROWS_MIN else []


# the rows of a properties block that name their key in an attribute, its box showing the key in a text field, no
# text of the page (Obsidian Publish's note properties, the note's frontmatter over its text: "<div
# class="metadata-property" data-property-key="tarixi"><div class="metadata-property-key"><input value="tarixi"></div>
# <div class="metadata-property-value">…2026-11-18</div></div>")
_KEYED_PROPERTIES = _AttributeGated("//*[@data-property-key]", ())


def _keyed_property_lines(root: etree._Element) -> list[str]:
    """``key: value`` lines from a properties block's keyed rows, the value the text of the row's last box; read as
    labelled fields: a key is a field only where it is a label's word ("tarixi: 2026-11-18", "kategoria: Kultura";
    a note's "deadline: 2026-12-01" or "aliases: …" is none)."""
    lines: list[str] = []
    for row in _KEYED_PROPERTIES(root)[:12]:
        key = " ".join((row.get("data-property-key") or "").split())
        boxes = [c for c in row if isinstance(c.tag, str)]
        value = _meta_text(boxes[-1]) if len(boxes) >= 2 else ""
        if key and value and len(key) <= _FIELD_LABEL_CHARS and len(value) <= ROW_CELL_MAX \
                and is_labelled_field(line := f"{key}: {value}"):
            lines.append(line)
    return lines


# (DataLife Engine, the CMS of many Russian and Central Asian sites, calls its trail the "speedbar":
# <span id="dle-speedbar">Ертіс Ақпарат » Қоғам » …</span>; SPIP's templates call it the "arbo", arborescence:
# <p class="arbo"><a href="/">Accueil</a> &gt; <a href="/-Rubrique-">Rubrique</a> &gt; <strong>Titre</strong>)
# (Simple Machines Forum's linktree: <div class="navigate_section"><ul><li><a href="/">Forum</a></li><li><span
# class="dividers"> &#9664; </span><a>Board</a></li>…)
# (the words a class or id holds whole; "crumb", "speedbar" and SMF's "navigate_section" anywhere in one)
_CRUMB_WORDS = ("position", "location", "path", "pathway", "bc", "trail", "arbo")
# (not Bootstrap's positioning utilities, "position-static" … "position-sticky": PrestaShop's classic theme classes its
# header's menu-and-search box "header-top-right col-md-10 position-static")
_CRUMB_ATTR = re.compile(r"crumb|speedbar|navigate_section|(?:^|[\s_-])(?:" + "|".join(_CRUMB_WORDS) + r")"
                         r"(?!-(?:static|relative|absolute|fixed|sticky)(?:$|\s))(?:$|[\s_-])", re.IGNORECASE)
# "You are here: Home » World" in several languages (data: lower case)
CRUMB_LEADS = (
    "当前位置", "當前位置", "您的位置", "現在位置", "you are here", "sie sind hier", "vous êtes ici", "está en", "estás aquí",
    "ești aici", "esti aici", "sunteți aici", "sunteti aici", "u bent hier", "je bent hier", "jesteś tutaj",
    "jestes tutaj", "jesteś w", "sei qui", "ti trovi in", "você está aqui", "voce esta aqui", "buradasınız",
    "вы здесь", "вы находитесь", "ви тут", "ви знаходитесь", "uko hapa", "आप यहाँ हैं", "आप यहां हैं",
    "bạn đang ở", "anda di sini", "anda berada di", "nacházíte se", "du er her", "du är här", "olet tässä",
    "itt jár", "βρίσκεστε εδώ",
)
_CRUMB_LEAD = re.compile(r"^(?:" + "|".join(map(re.escape, CRUMB_LEADS)) + r")\s*[:：]?\s*", re.IGNORECASE)
# the separators of a trail leading down from home to the section; a menu's items are parted by "|" or "·" too
_DOWN_MARKS = r">|›|»|→|/|\\|＞"
_CRUMB_SEP = re.compile(r"\s*(?:" + _DOWN_MARKS + r"|·|\|)\s*")
# what edges a crumb: the separators, and the triangles a trail's dividers draw in an element of their own inside each
# item (SMF's "<li><span class="dividers"> &#9664; </span><a>Board</a></li>", "◀" in a right-to-left theme, "▶")
_CRUMB_STRIP = " >›»/|·◀◂▶▸►◄"
_HOME = frozenset((
    *"home homepage start startseite inicio portada accueil início principal 首页 首頁 主页 ホーム "
     "トップ 홈 главная головна acasă acasa nyumbani mwanzo होम मुखपृष्ठ anasayfa beranda voorpagina "
     "főoldal αρχική หน้าแรก الرئيسية خانه domů úvod 主頁 "
     # Latvian, Lithuanian, Estonian, Macedonian/Serbian, Croatian, Slovak, Finnish, Danish/Norwegian, Armenian, Amharic
     "sākums pradžia avaleht почетна početna naslovnica domov etusivu forside գլխավոր መነሻ "
     # Tamazight in Tifinagh and in Latin script (SPIP's "ⴰⵙⵏⵓⴱⴳ", asnubg)
     "ⴰⵙⵏⵓⴱⴳ asnubg".split(),
    "home page", "prima pagină", "pagina principală", "strona główna", "ana sayfa", "trang chủ",
    "pagina iniziale", "página inicial", "דף הבית", "होम पेज",
))


# the last crumb of a portal naming the current page, not its section ("トップ > 経済 > 正文")
# (and Discuz!'s portal: "… › 本地新闻 › 查看内容", "view content", on every article page)
_CURRENT_PAGE = frozenset("正文 本文 正文内容 详情 詳細 内容 記事本文 查看内容".split())
_CRUMB_HINTS = ("crumb", "speedbar", "navigate_section", *_CRUMB_WORDS)  # (a cheap test before _CRUMB_ATTR's)
_CRUMB_SKIP = _SKIP_TAGS - {"nav"}  # (a trail is often a <nav>)


_CRUMB_CURRENT = etree.XPath('.//*[@aria-current="page"]')


_QUOTED = re.compile(r"«([^«»]*)»")
_CLOSING_QUOTE = "\ue000"  # (a private-use character standing for a "»" that closes a quotation)


def _crumb_split(text: str) -> list[str]:
    """The crumbs of a trail's text: split at its separators, a "»" closing a quotation opened by "«" aside (a
    headline crumb "БӘХЕТБЕТ: «Салауат Юлаев» «Ак Барс»ты 4:2 …", Kentico's current item, is one crumb)."""
    if "«" not in text:
        return _CRUMB_SEP.split(text)
    masked = _QUOTED.sub(lambda m: "«" + m.group(1) + _CLOSING_QUOTE, text)
    return [c.replace(_CLOSING_QUOTE, "»") for c in _CRUMB_SEP.split(masked)]


def _home_link(a: etree._Element) -> bool:
    """``a`` links to the root of a site (its home page: "/", "https://ex.com/")."""
    parts = urlsplit((a.get("href") or "").strip())
    return bool(a.get("href")) and parts.path in ("", "/") and not parts.query and not parts.fragment \
        and (parts.netloc or parts.path == "/")


def _titled_home_trail(el: etree._Element) -> bool:
    """``el`` opens with a link to the site's root whose title is a word for "home" (_HOME), its text the site's
    name, then a separator leading down set in an element of its own and another link: Discuz!'s portal trail
    "<div class="z"><a href="/" class="nvhm" title="首页">Site</a> <em>&rsaquo;</em> <a>门户</a> <em>&rsaquo;</em>
    <a>文化</a> <em>&rsaquo;</em> 查看内容</div>" (a menu's items are parted by no such element)."""
    if len(el) < 3 or el[0].tag != "a" or el[2].tag != "a" or len(el[1]) or not isinstance(el[1].tag, str) \
            or el[1].tag not in ("em", "span", "i", "b"):
        return False
    return ((el[0].get("title") or "").strip().lower() in _HOME and _home_link(el[0])
            and _CRUMB_DOWN.fullmatch((el[0].tail or "") + (el[1].text or "")) is not None)


# only those leading down (_DOWN_MARKS), not those parting a menu's items ("|", "·")
_CRUMB_DOWN = re.compile(r"\s*(?:" + _DOWN_MARKS + r")\s*")


def _leads_down(el: etree._Element) -> bool:
    """The items of ``el`` (a run of links, no class saying it is a trail) are parted by a separator leading down
    ("Home / Section", "Home › World › Europe"), each the same."""
    items = [c for c in el if isinstance(c.tag, str)]
    seps = {(c.tail or "").strip() for c in items[:-1]}
    return len(seps) == 1 and _CRUMB_DOWN.fullmatch(seps.pop()) is not None


# a crumb that is a year, in any digits ("2025", "২০২৫"): a date archive's
_YEAR_CRUMB = re.compile(r"\d{4}")


def _shown_address(el: etree._Element, text: str) -> bool:
    """``el`` shows the address of the link it is in as its text, a path, no trail of names: Zola Serene's back link
    "<a id="back-link" href="/blog/2025/">←<span class="path">/blog/2025/</span></a>" (its "path" class a trail's
    word): the folder's slugs, no section's name."""
    if not text.startswith("/") or " " in text:
        return False
    link = next((a for a in chain((el,), el.iterancestors("a"), el.iter("a")) if a.tag == "a"), None)
    return link is not None and urlsplit((link.get("href") or "").strip()).path.rstrip("/") == text.rstrip("/")


# a placeholder crumb's shape: a word or two of letters, nothing else (not a keyword glued to a headline crumb, SPIP's
# "<strong>AmurBet·ⴰⴳⴳⵓⵔ ⵏ ⵡⴰⵎⴰⵏ</strong>")
_PLACEHOLDER_SHAPE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def _placeholder_crumb(root: etree._Element, crumbs: list[str], sections: list[str], title: str | None,
                       url: str = "") -> bool:
    """The trail's last crumb stands for the page itself, no section: a word or two of plain text no link of the
    page reads, not one of the site's ``sections``, after a crumb linking to one of them (PHPCMS v9's "首页 > <a>
    文化</a> > 正文", its "main text" placeholder written in whatever language the site is in: Zhuang "Cingqmwnz").
    Not the headline, whole or cut (the cleaning knows that crumb), nor a section the menu links, nor a crumb whose
    slug is a folder of the page's address ("Sport > Football" at /sport/football/…: a sub-section; review 25 F7)."""
    if len(crumbs) < 2 or crumbs[-2] not in sections or (last := crumbs[-1]) in sections \
            or not _PLACEHOLDER_SHAPE.fullmatch(last):
        return False
    if title and (last in title or title.startswith(last.rstrip("….· "))):
        return False
    if last.casefold().replace(" ", "-") in urlsplit(url).path.casefold().split("/"):
        return False
    if _crumb_item(root, last, crumbs[-2]):
        return False
    return not any(_text(a) == last for a in root.iter("a"))


def _crumb_item(root: etree._Element, last: str, before: str) -> bool:
    """The trail's last crumb ``last`` is an item of its own set as the linked crumb's before it (``<li><a>Sport</a>
    </li><li>Football</li>``): a sub-section the trail lists as it lists the others (mend 26's leftover), not the
    placeholder a template writes loose after the last separator (PHPCMS's "&gt; 正文", Discuz!'s "查看内容")."""
    for el in root.iter("li", "span"):
        if len(el) or _text(el) != last:
            continue
        prev = _previous_element(el)
        if prev is not None and prev.tag == el.tag and not (prev.tail or "").strip("›»>/|·→ \t\n\xa0") \
                and any(_text(a) == before for a in prev.iter("a")):
            return True
    return False


def _last_crumb_link(trail: etree._Element, aside_links: set[etree._Element]) -> etree._Element | None:
    """The last link of ``trail`` not among its asides' links (a revision stamp's editor: see _breadcrumbs)."""
    return next((a for a in reversed(list(trail.iter("a"))) if a not in aside_links and a.get("href")), None)


def _breadcrumbs(root: etree._Element, h1: etree._Element | None = None,
                 page_url: str | None = None) -> tuple[list[str], str | None]:
    """The trail of a breadcrumb (``Home > World > Europe``) without "Home", and its text.

    Only the part of the page before the headline is searched: a trail
    leads to the article, it does not follow it.
    """
    # a box holding the headline is no trail (Odoo's cover "<div class="container position-relative"><h1>…</h1>
    # <span>Author</span>…" answers the "position" hint): the trail leads to the headline, it does not hold it
    # (a heading's: the element taken for the headline may be the trail's own last crumb, a <span>)
    holding = set(h1.iterancestors()) if h1 is not None and (h1.tag == "h1" or h1.tag in _HEADING_TAGS) else ()
    # (past the headline, only a box classed as the trail before the text's first paragraph: Asciidoctor's header
    # holds the <h1>, and the trail is the content's first "<div class="paragraph breadcrumb"><p><a>Home</a> › <a>
    # Section</a></p></div>", under the menu's paragraph; a trail after the text is another story's)
    after = False
    for el in root.iter():
        if el is h1:
            after = True
            continue
        if after and isinstance(el.tag, str):
            if el.tag == "p" and len(_text(el)) > 200:
                break
            if "crumb" not in f"{el.get('class') or ''} {el.get('id') or ''}".lower() or h1 in el.iterancestors():
                continue
        if not isinstance(el.tag, str) or el.tag in _CRUMB_SKIP or el in holding or el.get("aria-current") == "page":
            continue  # (the trail's item of the page itself is none: "<li aria-current=page>SilaBet | Headline</li>")
        # (and the layer's name: Framer's "<div class="framer-4f0c61e" data-framer-name="Breadcrumb">")
        cls, ident, label = el.get("class"), el.get("id"), el.get("aria-label") or el.get(_LAYER_NAME)
        attrs = f"{cls or ''} {ident or ''} {label or ''}".lower() if cls or ident or label else ""
        lead = (el.text or "").lstrip()
        if not lead and len(el) and el[0].tag in ("strong", "b", "span", "label") and not len(el[0]):
            lead = (el[0].text or "").lstrip()  # the label in bold: DedeCMS's "<strong>當前位置:</strong> <a>…"
        # cheap tests first: the text of every element is not computed
        if not ((any(h in attrs for h in _CRUMB_HINTS) and _CRUMB_ATTR.search(attrs))
                or (lead and _CRUMB_LEAD.match(lead))
                # no class that says so: a run of links that starts at "Home" (<a>홈</a> &gt; <a>경제</a>)
                or (not lead and len(el) >= 2 and el[0].tag == "a" and el[1].tag == "a"
                    and ((el[0].text or "").strip().lower() in _HOME or (el.getnext() is h1 and _home_link(el[0])
                                                                         and _leads_down(el)))
                    and _CRUMB_SEP.fullmatch(el[0].tail or " "))
                or (not lead and _titled_home_trail(el))):
            # (... or, right above the headline, at a link to the site's root, whatever word says "home", its links
            # parted by a separator leading down: a Tailwind trail "<nav><a href="/">ᱜᱷᱟᱨ</a> / <a
            # href="/category/somaj">ᱥᱚᱢᱟᱡ</a></nav><h1>", not a menu's "<a href=/>Site</a> | <a>News</a> | …")
            # (... or at a link to the root titled "home", the site's name its text, each separator in an element of
            # its own: _titled_home_trail, Discuz!'s)
            continue
        text = _text(el)
        if not text or len(text) > 150 or _shown_address(el, text):
            continue
        # an item classed as the trail's aside is no crumb (sphinx_rtd_theme's "<li class="wy-breadcrumbs-aside"><a
        # href="/_sources/….rst.txt">View page source</a></li>" closing the trail, floated to its right)
        asides = [li for li in el.iter("li") if "aside" in (li.get("class") or "").lower()]
        # ... nor the page's revision stamp the trail holds after its last crumb (Foswiki's PatternSkin: "<span
        # class="patternHomePath">You are here: <a>Foswiki</a> &gt; … <a>Topic</a><span class="patternRevInfo">r1 - 08
        # Mar 2026 - 11:45:20 - <a href="/bin/view/Main/NdapewaHaufiku">NdapewaHaufiku</a></span></span>"): its
        # editor's link is no crumb (a top bar's date alone, "<span>2025年5月8日 木曜日</span>", is no stamp: that bar is
        # no trail)
        asides += [box for box in el.iterdescendants("span", "small", "div")
                   if find_date(box.text or "") is not None and box.find(".//a") is not None]
        aside_links = {a for aside in asides for a in aside.iter("a")}
        for aside in asides:
            if (shown := _text(aside)) and shown in text:
                text = normalize_inline(text.replace(shown, " ", 1))
        lis = [li for li in el.iter("li") if li not in asides and _text(li)]
        items = [_text(li) for li in lis]
        # (the items a list of its own within the box: only the list's text is the trail, not the box's pager after
        # it: FluxBB's "<div class="crumbsplus"><ul class="crumbs"><li>…</li></ul><div class="pagepost">Pages: 1 2
        # Next Post reply</div></div>")
        listed = lis[-1].getparent() if len(lis) >= 2 else None
        own = _text(listed) if listed is not None and listed is not el and listed.tag in ("ul", "ol") \
            and all(li.getparent() is listed for li in lis) else text
        for aside in asides:
            if (shown := _text(aside)) and shown in own:
                own = normalize_inline(own.replace(shown, " ", 1))
        if len(items) < 2:
            # one <li> holding the whole trail (phpBB: <li class="breadcrumbs"><span class="crumb"><a>…</a></span>…):
            # its links are the crumbs
            items = [i for a in el.iter("a") if a not in aside_links and (i := _text(a))] or items
        if len(items) >= 2:
            # the trail's items, plus a last crumb written as plain text after the links
            rest = own[own.rfind(items[-1]) + len(items[-1]):] if items[-1] in own else ""
            # ... split at the trail's own separator, when the items show one: the headline closing SPIP's trail
            # ("<a>Isalln</a> &gt; <strong>AmurBet·Aggur n waman …</strong>") may hold another ("·", "/", "|")
            between = text[text.find(items[-2]) + len(items[-2]):text.rfind(items[-1])].strip() \
                if items[-2] in text and items[-1] in text else ""
            tail = rest.split(between) if between and _CRUMB_SEP.fullmatch(between) else _crumb_split(rest)
            if not between and items[-2] in text and rest.strip() and not re.search(_DOWN_MARKS, rest):
                # (the trail's separators are pictures, "<a>Section</a> <img alt="arrow"> Headline": the text after
                # the last link is the page's own crumb whole, its "|" a headline's ("Brand | Headline"), no separator)
                tail = [rest.strip()]
            if h1 is not None and (headline := _text(h1)) and rest.strip(_CRUMB_STRIP) == headline:
                # ... but not when it is the page's own headline, which may hold the trail's separator itself
                # (CMS Made Simple's "<a>Wallmapu</a> » <span class=lastitem>PEWMA777 » Elungey …</span>" over the
                # same h1): one crumb, not a section "PEWMA777" before it
                tail = [headline]
            tail = [t.strip() for t in tail]
            crumbs = items + [t for t in tail if t]
        else:
            crumbs = [c for c in _crumb_split(_CRUMB_LEAD.sub("", text)) if c]
        crumbs = [_CRUMB_LEAD.sub("", c).strip(_CRUMB_STRIP) for c in crumbs]
        # (a year is a date archive's crumb, no section: "Blog › 2025 › Headline", any digits)
        crumbs = [c for c in crumbs if c and c not in _CURRENT_PAGE and not _YEAR_CRUMB.fullmatch(c)]
        if crumbs and (current := _CRUMB_CURRENT(el)) and (shown := _text(current[0]).strip(_CRUMB_STRIP)):
            # the trail's last item marked as the page itself (aria-current="page", WAI-ARIA's breadcrumb pattern):
            # the article's own, maybe shortened, headline ("Glécksbet - Tram: Verlängerung bis op de…"), no section;
            # all of it when it holds a separator itself (pydata's "<li aria-current=page>SilaBet | Headline</li>")
            parts = [p for c in _crumb_split(shown) if (p := _CRUMB_LEAD.sub("", c).strip(_CRUMB_STRIP))]
            if shown == crumbs[-1]:
                crumbs.pop()
            elif len(parts) > 1 and crumbs[-len(parts):] == parts:
                del crumbs[-len(parts):]
        if (len(crumbs) < 2 and not _lone_crumb(el, h1, crumbs, attrs)) or find_date(crumbs[-1]) is not None:
            continue  # "ホーム | 会社概要 | 2025年5月8日 木曜日": a top bar with today's date, not a trail
        if _pager_link(el):
            continue  # FC2's "<a>ホーム</a> | <a>Next entry's headline »</a>": the pager, not a trail
        if (first := next(el.iter("a"), None)) is not None and _home_link(first) and _text(first) == crumbs[0]:
            crumbs = crumbs[1:]  # the home page's link, in a word _HOME does not hold ("ᱜᱷᱟᱨ")
        if page_url and len(crumbs) >= 2 and (last := _last_crumb_link(el, aside_links)) is not None \
                and _text(last) == crumbs[-1] and _same_page(urljoin(page_url, last.get("href").strip()), page_url):
            crumbs.pop()  # the trail's last link leads to the page itself (Foswiki's topic, its WikiWord): no section
        return [c for c in crumbs if c.lower() not in _HOME], text
    if h1 is not None and (trail := _break_trail(h1)) is not None:
        crumbs = [c for a in trail[1:] if (c := _text(a)) and c.lower() not in _HOME]
        return crumbs, normalize_inline("".join(f"{_text(a)} {a.tail or ''}" for a in trail))
    return [], None


# the last segments of a wiki's home page's address: its folder ("/wiki", GitLab's "/-/wikis") or its first page
# there ("/wikis/home", "/wiki/Home", MediaWiki's "/wiki/Main_Page"; data, lower case)
_WIKI_FOLDERS = frozenset(("wiki", "wikis"))
_WIKI_HOMES = frozenset(("home", "index", "main_page"))


def _past_wiki_home(root: etree._Element, page_url: str, crumbs: list[str]) -> list[str]:
    """``crumbs`` after the one linking to a wiki's home (GitLab's trail "Arunachal Media › Nyishi News › <a
    href="/arunachal-media/nyishi-news/-/wikis/home">Wiki</a> › Page", the project's tab): every page of the wiki is
    under it and what holds it is the wiki's owner, no section (as _url_section reads a wiki's folder); the crumbs
    after it, a folder of the wiki's, stay.  The page must be in that wiki, its address under the wiki's folder: a
    crumb naming a section "Wiki" ("/category/wiki/"), whose link leads elsewhere, stays."""
    path = urlsplit(page_url).path.lower()
    for at, crumb in enumerate(crumbs):
        for a in root.iter("a"):
            if _text(a) != crumb or not (href := (a.get("href") or "").strip()):
                continue
            segments = [seg.lower() for seg in urlsplit(urljoin(page_url, href)).path.split("/") if seg]
            if len(segments) >= 2 and segments[-2] in _WIKI_FOLDERS and segments[-1] in _WIKI_HOMES:
                segments = segments[:-1]
            if segments and segments[-1] in _WIKI_FOLDERS and path.startswith("/" + "/".join(segments) + "/"):
                return crumbs[at + 1:]
    return crumbs


def _break_trail(h1: etree._Element) -> list[etree._Element] | None:
    """The links of a trail typed as the last line of the block right above the headline, after a line break: a
    run of links from the site's root, parted by a separator leading down (a HedgeDoc note's markdown "<p><a href="/">
    Ёмвош путрәт</a> · <a>…</a> · …<br><a href="/">Ёмвош путрәт</a> › <a href="/s/rJ8aP0kLe">Культура</a></p>" over
    its "<h1>", the blog's menu line above it); None when there is none."""
    for el in (h1, *islice(h1.iterancestors(), 2)):
        if (block := el.getprevious()) is not None:
            break
    else:
        return None
    if not isinstance(block.tag, str) or block.tag not in ("p", "div"):
        return None
    breaks = [child for child in block if child.tag == "br"]
    if not breaks or (breaks[-1].tail or "").strip() or (block[-1].tail or "").strip():
        return None
    links = list(breaks[-1].itersiblings())
    if len(links) < 2 or any(a.tag != "a" for a in links) or not _home_link(links[0]):
        return None
    seps = {(a.tail or "").strip() for a in links[:-1]}
    return links if len(seps) == 1 and _CRUMB_DOWN.fullmatch(seps.pop()) is not None else None


def _lone_crumb(el: etree._Element, h1: etree._Element | None, crumbs: list[str], attrs: str) -> bool:
    """``el`` is a trail of one crumb, the page's section: marked as a breadcrumb by its class, id or label, right
    above the headline, holding one link, not home, reading the crumb (GitBook's "<nav aria-label="Breadcrumb"><ol>
    <li><a href="/osastot/kulttuuru">Kul'tuuru</a></li></ol></nav><h1>…", the page's group; the page itself not in
    the trail)."""
    if len(crumbs) != 1 or h1 is None or el.getnext() is not h1 or "crumb" not in attrs:
        return False
    links = list(el.iter("a"))
    return len(links) == 1 and _text(links[0]) == crumbs[0] and not _home_link(links[0]) \
        and not (links[0].get("href") or "").strip().startswith("#")


# an arrow inside a link's own text, at its edge: the pager's "Next entry's headline »" or "« Previous one"
_PAGER_ARROWS = ("»", "›", "«", "‹")
_PAGER_WORDS = 4


def _pager_link(el: etree._Element) -> bool:
    """``el``'s last link is a pager's link to a neighbouring entry: its own text an arrow and a headline of more
    than four words ("Riviera de Ponente: tornan i delfin davanti a Alàsce »"), no link before it with an arrow at
    the same edge; a trail's separators stand between its links ("<a>Home</a> » <a>News</a>") or inside each of
    them ("<a>Home ›</a> <a>News ›</a> <a>County Council and City Hall ›</a>", a long last section)."""
    links = [_text(a).strip() for a in el.iter("a")]
    if not links:
        return False
    text = links[-1]
    if text.endswith(_PAGER_ARROWS):
        same_edge = [other.endswith(_PAGER_ARROWS) for other in links[:-1]]
    elif text.startswith(_PAGER_ARROWS):
        same_edge = [other.startswith(_PAGER_ARROWS) for other in links[:-1]]
    else:
        return False
    return not any(same_edge) and len(text.strip("".join(_PAGER_ARROWS) + " ").split()) > _PAGER_WORDS


# the class or id of a section label beside the headline (a post's main tag: Publii's "post__maintag", Ghost's
# "primary-tag")
_KICKER_ATTR = re.compile(r"kicker|section|(?:^|[\s_-])sec(?:$|[\s_-])|categor|(?:^|[\s_-])cat(?:$|[\s_-])|kat|rubri|eyebrow|overline|label|(?:main|primary)[_-]?tag", re.IGNORECASE)


_TRACKING_QUERY = re.compile(r"(?:^|&)(?:utm_\w+|aff\w*|affiliate\w*|ref|refid|partner\w*|campaign|clickid|btag)=", re.IGNORECASE)


def _ascii_fold(text: str) -> str:
    """``text`` without its accents ("lånakoll" -> "lanakoll"); a host in punycode decoded first."""
    if text.startswith("xn--"):
        try:
            text = text.encode("ascii").decode("idna")
        except UnicodeError:
            return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _host_name(host: str) -> str:
    """The name part of a host: ``vulkanbet-bonus`` of ``www.vulkanbet-bonus.example``."""
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp")]
    return labels[0] if labels else ""


# a sign-up or offer page's path, in several languages (register, rejestracja, jisajili, inscription, …)
_SIGN_UP = re.compile(r"regist|signup|sign-up|join|rejestr|jisajili|inscri|anmeld|cadastr|iscri|kayit|kayıt|daftar|"
                      r"bonus|promo|offer|aff|ref=", re.IGNORECASE)


def _outbound_links(containers: list[etree._Element], page_url: str) -> list[tuple[str, str, str, str]]:
    """(host, text, path, query) of the article's links to other sites (not the page's own host nor its
    subdomains), in the text's order."""
    page_host = (urlsplit(page_url).hostname or "").lower()
    links: list[tuple[str, str, str, str]] = []
    for container in containers:
        for a in container.iter("a"):
            parts = urlsplit(a.get("href") or "")
            host = (parts.hostname or "").lower()
            if host and host != page_host and not host.endswith("." + page_host) and (text := _text(a)):
                links.append((host, text, parts.path, parts.query))
    return links


def _spam_links(links: list[tuple[str, str, str, str]]) -> list[str]:
    """Texts of the article's links to other sites (:func:`_outbound_links`) that advertise their own domain: a link
    to ``quickloanz.com/apply?utm_source=…`` reading ``quickloanz``.  Links to
    sources, with their own wording, do not match."""
    # a site the article links with an advert's words on a sign-up or tracked link
    # ("Najlepsze bonusy … w kasynie VulkanBet" to …/rejestracja), or whose very name
    # sells ("betika-odds", "vulkanbet-bonus"), is advertised by its other links too,
    # whatever their case (a news site's headline link with "deposit" in it is neither)
    selling_hosts = {host for host, text, path, query in links
                     if sells(_host_name(host).replace("-", " "))
                     or (sells(text) and (_SIGN_UP.search(path) or _TRACKING_QUERY.search(query)))}
    found: list[str] = []
    for host, text, _, query in links:
        if len(text.split()) > 3 or len(text) > 40:
            continue
        name = _host_name(host)
        # the brand: the link text's first word, or its first words when the host writes them joined ("Kwanza
        # Jackpot" to kwanzajackpot.example, "Pautang 24" to pautang24.example: not "Kwanza" alone, Angola's currency
        # the story names; "betkolik giriş" to betkolik.com: "betkolik")
        words = text.split()
        word = next((" ".join(words[:n]) for n in range(len(words), 1, -1)
                     if _ascii_fold("".join(words[:n])).lower() in _ascii_fold(name)), words[0])
        joined = word.replace(" ", "")
        # ("lånakoll" links to lanakoll.se: compared without its accents)
        first, name = (joined, name) if joined.isascii() else (_ascii_fold(joined), _ascii_fold(name))
        # Citations name their source too ("Reuters" -> reuters.com): only a
        # lower-case brand linking to its own domain, or on a tracked link
        # (utm_, aff, ref), or a brand of a site the article links as an advert, is one.
        # The whole link text goes ("betkolik giriş"), and the brand alone wherever else it is written.
        if (len(first) >= 3 and text.islower() and first in name and (first == name or _TRACKING_QUERY.search(query))) \
                or (host in selling_hosts and len(first) >= 4 and first.lower() in name):
            found.append(word)
            if text != word:
                found.append(text)
    return sorted(set(found))


_DATE_XPATH = etree.XPath(
    "//text()[string-length(normalize-space(.)) >= 6 and string-length(normalize-space(.)) <= 60]"
    "[not(ancestor::script) and not(ancestor::style) and not(ancestor::a)]"
)
_DATE_HINT = re.compile(r"\b(?:19|20|25)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


# links whose raw text has 20 characters or more (counted by libxml2, not element by element in Python)
# Links long enough to be headlines; a card's link that holds its heading, the heading alone: the whole
# link runs its rubric, heading and excerpt together ("Sport" + "kasinobonus - OB slog …" + "OB vandt …"
# reads "Sportkasinobonus - OB slog …", a prefix no other headline shares)
_HEADING = " or ".join(f"self::{tag}" for tag in _ANY_HEADING)
_LONG_LINKS = etree.XPath("//a[string-length(.) >= 20][not(.//*[" + _HEADING + "])]"
                          " | //a//*[" + _HEADING + "][string-length(.) >= 20]")
# (every script written without spaces between words: Tibetan, Lao, Burmese and Khmer headlines too, which
# "〈བཀྲ་ཤིས་བེཊ〉བོད་ཀྱི་རྐང་རྩེད་…" is, one "word" of 40 characters; Thai and CJK alone left them unseen)
_UNSPACED = re.compile("[" + NO_SPACE_SCRIPTS + "]{8}")


def link_headlines(root: etree._Element, long_links: list | None = None) -> list[tuple[str, str]]:
    """Headlines of the page's links (for the site's shared title prefixes; Chinese, Japanese and Thai write them
    without spaces: raw text under 20 characters cannot make 20 once normalised), each with the address its link
    points to (its path and query, the host and the fragment dropped; "" for none): one article's headline shows in
    several forms across a site, the whole one in a listing, a widget's shortened one ("Kicker: Dehradun theatre
    festival" in WordPress Argon's recent posts), one cut at its comma (an archive row, Hexo Sakura's prev/next
    card), all linking to the one address.  ``long_links``: what _LONG_LINKS found in ``root``, when the caller has
    it."""
    found = []
    for a in (_LONG_LINKS(root) if long_links is None else long_links):
        if len(text := _text(a)) >= 20 and (len(text.split()) >= 3 or _UNSPACED.search(text)):
            link = a if a.tag == "a" else next(a.iterancestors("a"), None)
            href = (link.get("href") or "").strip() if link is not None else ""
            parts = urlsplit(href) if not href.startswith(("#", "javascript:")) else None
            found.append((text, unquote(parts.path + ("?" + parts.query if parts.query else "")) if parts else ""))
            if len(found) >= 200:
                break
    return found


def _away_link_texts(long_links: list, page_url: str, title: str) -> list[str]:
    """The texts, headline-long, of the page's links to another page of the same site that open the part of
    ``title`` after its label's colon ("Cummenti: <headline>"): the only ones classify's comments-page rule reads
    (each address resolved only for those).  ``long_links``: what _LONG_LINKS found in the page, link_headlines's too
    (the search, over the whole page, cost ~24 µs a page on the benchmark site)."""
    rest = re.split(r"[:：]", title, maxsplit=1)[-1].strip().casefold()
    links = (found if found.tag == "a" else next(found.iterancestors("a"), None) for found in long_links)
    return [text for a in links if a is not None and len(text := _text(a)) >= 20 and rest.startswith(text.casefold())
            and (href := (a.get("href") or "").strip()) and not href.startswith("#")
            and _same_page(href, page_url) is False][:200]


def _dated_texts(root: etree._Element, limit: int = 3) -> list[str]:
    """The first few short texts of the page with a year or a numeric date in them
    (a date in a table cell of an old layout: evidence the page is an article)."""
    found = []
    for node in _DATE_XPATH(root):
        if _DATE_HINT.search(node):
            found.append(normalize_inline(str(node)))
            if len(found) >= limit:
                break
    return found


def _time_attribute(root: etree._Element, page_url: str) -> str | None:
    """A machine-readable time: RDFa or microdata ``content``, ``<time datetime>`` or a ``data-time``-style attribute."""
    # Drupal 7's RDFa "<span property="dc:date dc:created" content="2026-03-17T14:35:00+01:00">", a theme's
    # "<span itemprop="datePublished" content="…">": the creation time, named so
    for value in _CONTENT_TIME(root):
        return str(value)
    updated = None
    for t in root.iter("time"):
        if t.get("datetime") and not _teaser_time(t, page_url) and not _in_comments(t) and not _user_panel_time(t):
            if not _update_time(t):
                return _time_value(t)
            updated = updated or _time_value(t)
    if updated:
        return updated  # the only time the markup states
    # the attribute on another element marked as the publication (Plume's "<span class="date dt-published"
    # datetime="2026-03-14 09:20:00">"), not a comment's
    for el in _MARKED_DATETIME(root):
        return el.get("datetime")
    # the relative-time element of GitHub and Gitea (a wiki page's "pulima edited this page <relative-time
    # datetime="2026-02-27T16:05:12+08:00">Feb 27, 2026</relative-time>" under its name): the last edit's time, the
    # page's when its text states no date of its own (cleaning reads the text's first)
    for el in _RELATIVE_TIMES(root):
        if not _in_comments(el):
            return el.get("datetime")
    # (relative to ``root``: the page's own story when it holds several)
    found = _DATA_TIME(root)
    for el in found[:1]:
        for attr in ("data-time", "data-published", "data-date", "data-timestamp"):
            value = el.get(attr)
            if value and not value.isdigit():
                return value
    # the microformat's machine date in a title: <abbr class="timeago" title="2025-03-13T17:30:00+03:00">Jana</abbr>;
    # hAtom's publication before its update whatever their order (Pelican's "<abbr class="modified" title=…>"
    # written above "<abbr class="published" title=…>"), the update only when it is the one date
    abbrs = _ABBR_TIMES(root)
    for abbr in abbrs:
        marks = abbr.get("class", "").lower()
        if "publish" in marks or not ("updated" in marks or "modified" in marks):
            return abbr.get("title")
    if abbrs:
        return abbrs[0].get("title")
    # the same machine date in the microformats' value-class pattern, the shown text beside it ("<strong
    # class="published"><span class="value-title" title="2026-03-09"></span>9-март, 2026-жыл</strong>":
    # MediaWiki's news templates, hAtom themes), not one inside an "updated" box
    for el in _VALUE_TITLE_TIME(root):
        return el.get("title")
    return None


# An element marked as a date by its class (a class word "date": Tumblr themes' "<span class="date">Posted <a>March
# 12th, 2026 2:30pm</a></span>" in the post's footer, Serendipity's day header "<h2 class="serendipity_date">Talata,
# 3 Martsa 2026</h2>" above its entry) or by a calendar icon (Odoo's "<span><i class="fa fa-calendar-o"></i><span>
# 20-مارت، 2026</span></span>"); not in a rail, a menu, a related list or the comments
_DATE_MARKED = (
    "[contains(concat(' ', translate(normalize-space(@class), '_-', '  '), ' '), ' date ')"
    " or *[1][self::i or self::span][contains(@class, 'calendar')]]")
_SHOWN_DATES = etree.XPath(
    f"(.//*{_DATE_MARKED}"
    "[not(ancestor::aside or ancestor::nav or ancestor::*[contains(@class, 'related') or contains(@class, 'sidebar')"
    " or contains(@class, 'widget') or contains(@class, 'comment')])])[position() <= 6]")
# the post box's day header: the element just before it (Serendipity's "<h2 class="serendipity_date">" over
# "<article class="serendipity_entry">")
# (or a heading just before the box's parent, the box its first element: Seesaa's "<h2 class="date">" over
# "<div class="blog"><div class="blogbody">"; not a masthead's bar of today's date, "<div class="header-date">" over
# "<div class="content"><article>")
_DAY_HEADER = etree.XPath(f"preceding-sibling::*[1]{_DATE_MARKED}"
                          " | self::*[not(preceding-sibling::*)]/../preceding-sibling::*[1]"
                          f"[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]{_DATE_MARKED}")
# a <time> that holds a time of day only: the entry's footer in Serendipity ("tamin'ny <time>09:40</time>")
# (or the hAtom "published" <abbr> whose title is left empty: Typepad's "E bipụtara na <abbr class="published"
# title="">04:30 PM</abbr>" under the day header "Wenezdee, Machị 04, 2026")
# (or an element with the class word "time" whose sibling is marked as a date: Dreamwidth's "<span class="date"><a>
# 2026-03-12</a></span> <span class="time">10:14 am</span>"; not a live blog's update stamp "<p><span class="time">
# 18:40</span></p>")
_CLOCK_TIMES = etree.XPath(
    "(.//*[self::time[not(@datetime)] or self::abbr[contains(@class, 'published')][not(normalize-space(@title))]"
    f" or contains(concat(' ', normalize-space(@class), ' '), ' time ') and ../*{_DATE_MARKED}]"
    "[not(ancestor::aside or ancestor::*[contains(@class, 'comment')])])[position() <= 3]")


_COMMENTS_BOX = etree.XPath(
    "boolean(.//form or .//*[@id='comments' or contains(concat(' ', normalize-space(@class), ' '), ' comment ')"
    " or starts-with(@class, 'trackback')] or .//a[@name='comment' or @name='trackback'])")


def _post_box(box: etree._Element | None) -> etree._Element | None:
    """``box`` (the headline's and the text's _common_ancestor) as the post's own box, when it is no item repeated
    beside others of its kind (a listing's: "<article class="post">" after "<article class="post">"), else None."""
    if box is None:
        return None
    parent, mark = box.getparent(), (box.tag, box.get("class"))
    # (a sibling of its kind holding the readers' comments, the comment form or the trackbacks is no other item:
    # Seesaa's "<div class="blogbody">" for the post, then for its comments, the form, the trackback URL)
    if parent is not None and sum((el.tag, el.get("class")) == mark and (el is box or not _COMMENTS_BOX(el))
                                  for el in parent.iterchildren()) > 1:
        return None
    return box


def _shown_date(box: etree._Element) -> str | None:
    """The one date shown in the post's box by an element marked as a date (_SHOWN_DATES), or in a day header
    just before the box; None when there is none, or several different ones (a listing's dates, an archive
    calendar): only asked for a page whose markup states no machine-readable time and whose metadata lines hold
    no date.  Not evidence that the page is an article (classify reads meta_lines, not this)."""
    found = {_UPDATE_MARK + text if _update_time(el) else text for el in (*_DAY_HEADER(box), *_SHOWN_DATES(box))
             if len(text := _text(el)) <= 80 and find_date(text) is not None}
    return found.pop() if len(found) == 1 else None


# the label a shown date labelled as the last change is given in the metadata lines ("Last edited <span
# class="date">शुक्करबार, 06 मार्च 2026 08:02</span>", ikiwiki's div.pagedate): read as an update, the page's date only
# when the text states none (metadata.UPDATE_LABELS)
_UPDATE_MARK = "Updated: "


def _line_under_headline_date(post: etree._Element, h1: etree._Element | None,
                              container: etree._Element | None) -> str | None:
    """The date a short line between the headline and the text states, in a form find_date reads, whatever the words
    around it: Hakyll's default post header "<section class="header">Posted on March 14, 2026 by …</section>", its
    words in the site's language ("Ittuzn ass n March 14, 2026 s ufus n …", Tachelhit) and no class or <time> to
    mark it.  Only one date there (two are a card's or a list's), and only asked for a page that states no other."""
    if h1 is None or container is None:
        return None
    headline, holders = _document_path(h1), set(container.iterancestors()) | {container}
    inside = set(h1.iter())
    found: dict[str, str] = {}
    for el in post.iter():
        if el is container:
            break
        if not isinstance(el.tag, str) or el in holders or el in inside or _document_path(el) < headline \
                or el.tag in ("script", "style", "nav", "aside") or len(text := _text(el)) > 200:
            continue
        if (date := find_date(text)) is None and (titled := _relative_titled(el, text)) is not None:
            text = titled
            date = find_date(text)
        if date is not None:
            found.setdefault(date.value, text[date.start:date.end])
    return next(iter(found.values())) if len(found) == 1 else None


def _post_header_date(post: etree._Element, h1: etree._Element | None) -> str | None:
    """The date a heading opening a box around the post shows alone, the post's number at most beside it: a forum
    post's header, FluxBB's and PunBB's "<div class="blockpost"><h2><span><span>#1</span> <a href="/post/38/#p38">
    2026-03-12 17:25:48</a></span></h2><div class="box">…<h3>Subject</h3><div class="postmsg">"; the nearest such
    box only, holding no other post of its kind (a day header over a listing's posts dates none of them), and only
    asked for a page that states no other date."""
    for box in [post, *post.iterancestors()][:6]:
        first = next((el for el in box if isinstance(el.tag, str)), None)
        if first is None or first.tag not in _HEADING_TAGS or post in first.iter() or h1 in first.iter():
            continue
        if sum(el.get("class") == post.get("class") for el in box.iter(post.tag)) > 1:
            return None
        text = _text(first)
        if len(text) > 40 or (date := find_date(text)) is None:
            return None
        rest = text[:date.start] + text[date.end:]
        return text[date.start:date.end] if not any(ch.isalpha() for ch in rest) else None
    return None


def _relative_titled(el: etree._Element, text: str) -> str | None:
    """``text`` (``el``'s) with the relative day a child shows ("Yesterday", "Вчера") replaced by the date its title
    holds: MyBB's post date "<span class="post_date"><span title="13.03.2026">Вчера</span>, 18:40</span>" (vBulletin's
    and phpBB's "Today"/"Yesterday" the same), the date from the title, the time of day from the text; None when no
    child is such."""
    for child in el:
        if isinstance(child.tag, str) and (title := normalize_inline(child.get("title"))) \
                and (shown := _text(child)) and not any(ch.isdigit() for ch in shown) and shown in text \
                and find_date(title) is not None:
            return text.replace(shown, title, 1)
    return None


# a relative time's shown text ("1 天前", "3 days ago", "2 个月前"): short, relative (metadata.RELATIVE_TIME)
_STAMP_CHARS = 20
# (or a link: Redmine's author line "Added by <a>…</a> <a title="14/03/2026 09:10" href="/projects/p/activity?
# from=2026-03-14">6 days</a> ago", its "ago" after the link)
_TITLED_SPANS = etree.XPath("//span[@title] | //a[@title]")
# a paragraph of prose before an element: the element is under the text, no header's
_PROSE_BEFORE = etree.XPath(f"boolean(preceding::p[string-length(normalize-space()) >= {PROSE_PARAGRAPH_CHARS}])")
# the tags of words set apart within a line (a link's line is the element around them)
_EMPHASIS_TAGS = frozenset(("em", "i", "b", "strong", "small", "u", "mark"))
# a day the link's address states (Redmine's activity "?from=2026-03-14"): the order of the title's numbers
_HREF_DAY = re.compile(r"(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)")


_HEADINGS_H1 = etree.XPath("//body//h1[a[@href]][*[not(self::a)]]")
_TRAIL_SEPARATORS = "»›>/"


def _trail_heading_current(root: etree._Element, headline: etree._Element | None) -> str | None:
    """The current item of a trail the page's banner heading spells, another <h1> than the headline's: links to
    the levels above, a separator, the current level unlinked last (Redmine's "<h1><a class="root">Site</a> »
    <span class="current-project">Orere</span></h1>" over a news item in the project "Orere"): the section the
    page is filed under; None for a heading that is no such trail (a headline with a link in it)."""
    for h1 in _HEADINGS_H1(root):
        if h1 is headline or (headline is not None and any(a is headline for a in h1.iter())):
            continue
        children = [child for child in h1 if isinstance(child.tag, str)]
        last = children[-1] if children else None
        if last is None or last.tag == "a" or len(last) or children[0].tag != "a":
            continue
        # (each item after the first behind a separator: "Site » Project » Sub")
        if not all((child.getprevious().tail or "").strip()[-1:] in _TRAIL_SEPARATORS
                   and (child.getprevious().tail or "").strip() for child in children[1:]):
            continue
        name = _text(last)
        return name if name and len(name) <= 40 and len(name.split()) <= 4 else None
    return None


# the most text a "Label: <a>Writer</a>, date" line holds (Cotonti's "Yakaiswa ngu: <a>Rudo</a>, 2026-02-26 14:40")
_POSTED_LINE_CHARS = 80
_POSTED_LABEL_CHARS = 40
_POSTED_LINE_TAGS = frozenset(("p", "div", "li", "span", "dd", "td"))


def _posted_by_line(root: etree._Element) -> str | None:
    """The date of the one line on the page reading "Label: <a>Writer</a>, date", nothing else: a label of a few
    words closing with a colon (or none), one link, to a writer's page (_author_link), and the date after a comma;
    the item's info box beside the text, the only place its date is shown (Cotonti's Siena "<div class="col3-1">…
    <p class="small">Yakaiswa ngu: <a href="/users/Rudo">Rudo</a>, 2026-02-26 14:40</p>", Ndau: posted by).  Not
    a comment's line, nor several lines of different dates (a list of posts, a forum thread); only asked for a page
    that states no other date."""
    found: dict[str, str] = {}
    for a in root.iterfind(".//a[@href]"):
        line = a.getparent()
        if line is None or line.tag not in _POSTED_LINE_TAGS or not _author_link(a) \
                or len(text := _text(line)) > _POSTED_LINE_CHARS or not (name := _text(a)) or name not in text \
                or len(line.findall(".//a[@href]")) != 1 or _in_comments(line):
            continue
        before, _, after = text.partition(name)
        before, after = before.strip(), after.strip()
        if before and (before[-1] not in _LABEL_COLON_SET or len(before) > _POSTED_LABEL_CHARS
                       or any(ch.isdigit() for ch in before)):
            continue
        if not after.startswith(",") or (date := find_date(after)) is None \
                or after[1:date.start].strip() or after[date.end:].strip():
            continue
        found.setdefault(date.value, after[date.start:date.end])
    return next(iter(found.values())) if len(found) == 1 else None


# a newsletter's issue line: a label of a word or two, the issue's number, a separator, the date and nothing else
# ("Ekiharo 10 · 5 Marchi 2026" in a Mailchimp campaign's header row, "Issue #42 — March 8, 2026", "No. 11 | …")
_ISSUE_LINE = re.compile(r"[^\W\d_][^\W\d]*\.?(?:\s[^\W\d_][^\W\d]*\.?)?\s*(?:#|№)?\s*\d{1,4}\s*[·•|,–—-]\s*")
_ISSUE_LINE_CHARS = 60


def _issue_line_date(root: etree._Element, h1: etree._Element) -> str | None:
    """The date of the one issue line above the headline (_ISSUE_LINE), a box of its own outside any link or menu:
    a campaign's web view dates its issue so, its header row over the text's (Mailchimp's "<td id="templateHeader">
    … <p>Ekiharo 11 · 8 Marchi 2026</p>" above "<td id="templateBody"><h1>…"); only asked for a page that states no
    other date."""
    found = []
    for el in root.iter(*_POSTED_LINE_TAGS, "h1"):
        if el is h1:
            break
        if len(el) or not (text := _text(el)) or len(text) > _ISSUE_LINE_CHARS \
                or (m := _ISSUE_LINE.match(text)) is None:
            continue
        if (date := find_date(text[m.end():])) is not None and date.start == 0 \
                and date.end >= len(text) - m.end() - 1 \
                and not any(a.tag in ("a", "nav") for a in el.iterancestors()):
            found.append(text[m.end():])
    return found[0] if len(found) == 1 else None


def _in_prose(link: etree._Element) -> bool:
    """``link`` is a word of a paragraph of prose (the story's "… the council met <a title="14/03/2026">6 days</a>
    ago, …"): the element holding its line, past words set apart (_EMPHASIS_TAGS), is a paragraph's length; a stamp
    sits in a short line of its own (Redmine's "<span class="author">Added by <a>…</a> <a title>6 days</a> ago</span>")."""
    line = link.getparent()
    while line is not None and line.tag in _EMPHASIS_TAGS:
        line = line.getparent()
    return line is not None and len(_text(line)) >= PROSE_PARAGRAPH_CHARS


# a full time of day in a link's address, its offset too if it has one ("/timeline?from=2026-03-05T16%3A20%3A00%2B03%3A00",
# unquoted)
_HREF_TIME = re.compile(r"(?<!\d)(20\d\d-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)([+-]\d\d:?\d\d|Z)?(?![\d:])")


_TITLED_LINKS = etree.XPath("//a[@title and @href]")


def _linked_stamp(root: etree._Element) -> str | None:
    """The publication time a relative stamp's link states in its address, machine-readable: Trac's FullBlog post info
    "<li>Posted: <a class="timeline" href="/timeline?from=2026-03-05T16%3A20%3A00%2B03%3A00&amp;precision=second"
    title="See timeline at Mar 5, 2026, 4:20:00 PM">3 weeks ago</a></li>" (the shown time relative, the title's
    without its offset, the address's whole).  The link's line opens with a label of the publication's date
    (metadata.published_label_before: a page's last edit, "Updated by … ago", is none), its title dates the same
    minute as its address; not a comment's.  None when no link, or links of two times, say so."""
    found: set[str] = set()
    for a in _TITLED_LINKS(root):
        # (the address first: most titled links state no time in it)
        if (stamp := _HREF_TIME.search(unquote(a.get("href")))) is None:
            continue
        shown, title = _text(a), normalize_inline(a.get("title"))
        if not shown or len(shown) > _STAMP_CHARS or not RELATIVE_TIME.search(shown) \
                or (date := find_date(title)) is None or date.value[:16] != stamp.group(1)[:16] or _in_comments(a):
            continue
        # (the text right before the link in its line: the previous element's tail, or the line's own text)
        prev, line = a.getprevious(), a.getparent()
        before = (prev.tail if prev is not None else line.text if line is not None else None) or ""
        if not published_label_before(before):
            continue
        found.add(stamp.group(1) + (stamp.group(2) or ""))
    return next(iter(found)) if len(found) == 1 else None


def _titled_stamp(root: etree._Element) -> str | None:
    """The one date the page's relative times keep in their titles, when nothing else dates it: BookStack's page
    details "创建于 <span title="Mon, Mar 16, 2026 8:05 AM">1 天前</span> 由 <a>…</a>" (created, updated: the same
    day), Gitea's and many wikis' "<span title="…">3 days ago</span>"; not a comment's; None when none or several."""
    found: dict[str, str] = {}
    for span in _TITLED_SPANS(root):
        shown, title = _text(span), normalize_inline(span.get("title"))
        if not shown or len(shown) > _STAMP_CHARS or _in_comments(span) \
                or not RELATIVE_TIME.search(shown + " " + (span.tail or "")[:12]) or (date := find_date(title)) is None:
            continue
        if span.tag == "a" and (_PROSE_BEFORE(span) or _STAMP_LINK_MENU(span) or _in_prose(span)):
            continue  # (a link's under the text is the page's last edit: Redmine's wiki's "Updated by … ago" line)
        if span.tag == "a" and (day := _HREF_DAY.search(span.get("href") or "")) \
                and (other := find_date(title, dayfirst=True)) is not None and other.value[:10] == "-".join(day.groups()) \
                and other.value != date.value:
            # the link's address states the day, which the title's numbers leave open ("09/03/2026 08:05" under
            # "?from=2026-03-09"): the title read day first, written out as the address orders it
            date = other
            title = other.value.replace("T", " ")
        found.setdefault(date.value[:10], title)
    return next(iter(found.values())) if len(found) == 1 else None


# the box a wiki prints the page's last change in, under its text, by its id or class word: PmWiki's "<div
# class='lastmod'>Page last modified on March 10, 2026, at 09:05 AM</div>", MoinMoin's "<p id="pageinfo"
# class="info">SamacharPage  (last edited 2026-03-10 18:02:11 by RajeshJha)</p>", Foswiki's and TWiki's "<span
# class='patternRevInfo'>r1 - 08 Mar 2026 - 11:45:20 - <a>NdapewaHaufiku</a></span>" (its revision's number before)
_CHANGE_STAMPS = etree.XPath("(//*[@id='pageinfo' or @id='lastmod'"
                             " or contains(concat(' ', normalize-space(@class), ' '), ' lastmod ')"
                             " or contains(@class, 'RevInfo') or contains(@class, 'revinfo')])[position() <= 2]")
_CHANGE_STAMP_CHARS = 120


def _change_stamp(root: etree._Element) -> str | None:
    """The line of the wiki's box stating the page's last change (_CHANGE_STAMPS), when it is one short line with a
    date, an update's label or the revision's number before it: the last edit, the page's date when nothing else
    dates it (read as an update, metadata.UPDATE_LABELS; the first revision's is the page's creation); None when
    there is none, or boxes stating two dates."""
    stamps = {}
    for box in _CHANGE_STAMPS(root):
        text = _text(box)
        if not text or len(text) > _CHANGE_STAMP_CHARS or (found := find_date(text)) is None:
            return None
        before = text[:found.start]
        # (the same stamp twice: Foswiki's in the trail, and under the text after its "Topic revision:")
        if (lead := _STAMP_LABEL.match(before)) is not None and REVISION_LEAD.fullmatch(before[lead.end():]):
            text, before = text[lead.end():], before[lead.end():]
        if not (names_an_update(before) or REVISION_LEAD.fullmatch(before)):
            return None
        stamps.setdefault(found.value, text)
    return next(iter(stamps.values())) if len(stamps) == 1 else None


_STAMP_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?:\s*")  # "Topic revision: " before the stamp


# a time of day in a line of text ("Posté par Ruedi à 14:32 - Seeland", "at 2:30 pm"), not a part of a longer number:
# after a word for "at" or before a.m./p.m.; a bare clock is a duration as often ("Listen to this article 4:35",
# "Reading time: 5:00 min", "Video highlights (2:41)").  Data: the words for "at" before a time, as in metadata's _TIME
# (Thai's "เมื่อ", when: a PivotX post's "โพสต์โดย <a>น้อย</a> ใน <a>ข่าวบ้านเฮา</a> เมื่อ 08:30", posted by … in … at)
_AT_WORDS = r"at|à|um|a las|às|as|alle|om|kl\.?|plkst\.?|saat|lúc|ម៉ោង|เมื่อ|o|ô|в|у|u|@"
_CLOCK_IN_LINE = re.compile(
    r"(?<![^\W\d_])(?:" + _AT_WORDS + r")\s+(?P<at>\d{1,2}:\d\d(?:\s?[ap]\.?m\.?(?![^\W\d_]))?)(?![\d:])"
    r"|(?<![\d:.,])(?P<ampm>\d{1,2}:\d\d\s?[ap]\.?m\.?)(?![^\W\d_])", re.IGNORECASE)


# the post's footer line in the box, by a class word: "posted" (Seesaa's "<div class="posted">posted by Sara at
# 10:32| Kultura | Comment(3)</div>"), one opening "post-footer" or "entry-footer" (Typepad's "<span
# class="post-footers">Posted at 10:30 AM in Veseleiba</span>") or one holding "byline"; not any class holding
# "footer" (a newsletter's "<p class="footer-note">… in your inbox at 6:00 a.m.</p>", a "site-footer"), nor a comment's
# (or one classed "meta" alone linking the writer's archive, PivotX's entry footer "<p class="meta">โพสต์โดย <a
# href="/author/noi">น้อย</a> … เมื่อ 08:30 | …</p>"; an event box's "<p class="meta">Town Hall, Friday at 7:00 pm</p>"
# links none)
_FOOTER_LINES = etree.XPath(
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' posted ')"
    " or normalize-space(@class) = 'meta' and .//a[contains(@href, '/author') or @rel = 'author']"
    " or contains(concat(' ', normalize-space(@class)), ' post-footer')"
    " or contains(concat(' ', normalize-space(@class)), ' entry-footer') or contains(@class, 'byline')]"
    "[not(ancestor-or-self::*[contains(@class, 'comment')])][contains(., ':')]")


def _one_clock(texts: Iterable[str]) -> str | None:
    """The one time of day ``texts`` state after a word for "at" or with a.m./p.m. (_CLOCK_IN_LINE), in texts
    holding no date; None when they state none or several."""
    clocks = {m.group("at") or m.group("ampm") for text in texts if find_date(text) is None
              for m in _CLOCK_IN_LINE.finditer(text)}
    return clocks.pop() if len(clocks) == 1 else None


def _footer_clock(box: etree._Element) -> str | None:
    """The one time of day the post's footer lines in ``box`` (_FOOTER_LINES, 200 characters at most) state
    (_one_clock)."""
    return _one_clock(text for el in _FOOTER_LINES(box) if len(text := _text(el)) <= 200)


def _with_clock(line: str, box: etree._Element, lines: list[str] | tuple[str, ...] = ()) -> str:
    """A date line without its time of day, with the time a ``<time>`` shows alone in the post's box
    (Serendipity's day header "Talata, 3 Martsa 2026" above the entry, "tamin'ny <time>09:40</time>" in the
    entry's footer), else the one time of the post's footer lines (_footer_clock), else the one clock time of another
    metadata line ``lines`` that holds no date (Canalblog's day
    header "mercredi 11 mars 2026", its item footer "Posté par Ruedi à 14:32 - Seeland - Commentaires [1]"); the
    line as it is when it has one (a clock's figures or a time the date reader reads: "วันที่ ๑๒ พ.ค. ๒๕๖๙ เวลา ๐๘.๓๐
    น.", Thai digits) or the box shows none."""
    if not _CLOCK.search(line) and "T" not in getattr(find_date(line), "value", ""):
        for t in _CLOCK_TIMES(box):
            if _CLOCK_ONLY.fullmatch(clock := _text(t)) or _CLOCK_AMPM.fullmatch(clock):
                return f"{line} {clock}"
        if (clock := _footer_clock(box)) is not None:
            return f"{line} {clock}"
        if (clock := _one_clock(other for other in lines if other != line and _CLOCK.search(other))) is not None:
            return f"{line} {clock}"
    return line


# a <time> in an aside or a menu beside a link of a headline's length: another story's item.  Not in a box classed
# as the post's metadata ("<aside class="entry-meta">", "post-byline"): its long links are the post's own
_TEASER_LINKS = etree.XPath(
    "../a[@href][string-length(normalize-space()) >= 25]"
    "[ancestor::*[self::aside or self::nav][1][not(contains(@class, 'meta') or contains(@class, 'byline'))]]")
# a link's rel naming the post's own category, tag or author (WordPress's "category tag", rel="author")
_ARCHIVE_RELS = frozenset(("author", "tag", "category"))


def _own_published_time(root: etree._Element, page_url: str) -> str | None:
    """The story's own publication time in the markup, to give a head's day-only date its time of day: a microdata or
    RDFa publication, or a ``<time datetime>`` of the story, not an update's (a lone "Updated <time>" is no
    publication), nor another story's, nor one in a nav, footer, aside or a header without the headline, outside any
    ``<article>`` (a masthead's clock of today)."""
    for value in _CONTENT_TIME(root):
        return str(value)
    for t in root.iter("time"):
        if (t.get("datetime") and not _update_time(t) and not _teaser_time(t, page_url)
                and not _OUTSIDE_ARTICLE_CHROME(t)):
            return _time_value(t)
    for el in _MARKED_DATETIME(root):
        return None if _OUTSIDE_ARTICLE_CHROME(el) else el.get("datetime")
    return None


_OUTSIDE_ARTICLE_CHROME = etree.XPath(
    "boolean(ancestor::*[((self::header or @role='banner') and not(.//h1)) or self::nav or self::footer or self::aside"
    " or @role='navigation' or @role='contentinfo'][not(ancestor::article)])")


def _in_comments(el: etree._Element) -> bool:
    """``el`` sits in the readers' comments: a box classed by a word "comment", "comments" or one opening with
    "comment-", "comments-" ("commentlist" too), or the box "#comments" (WordPress's "<div class="comment"><article
    class="comment-body">…<div class="comment-metadata"><time datetime="2026-03-12T14:02:11+03:00">", a comment's
    time under a post whose own date is only shown text).  Not <body>'s words (Twenty Twenty's "showing-comments")."""
    for box in el.iterancestors():
        if box.tag in ("body", "html"):
            return False
        if box.get("id") == "comments" or any(
                word in ("comment", "comments", "commentlist") or word.startswith(("comment-", "comments-"))
                for word in (box.get("class") or "").split()):
            return True
    return False


# the most text a signed-in reader's panel holds around its clock (greeting, links to the inbox and the profile)
_PANEL_CHARS = 120


def _user_panel_time(t: etree._Element) -> bool:
    """A ``<time>`` in the reader's panel of a forum's header, a short box classed or named "user": the clock of the
    visit, the same on every page (SMF 2.1's "<div class="user"><time datetime="2026-03-18T10:04:31Z">…</time></div>"
    above the linktree), no post's date; the post's own line under its subject dates it."""
    for box in t.iterancestors():
        if box.tag in ("body", "html") or _longer_than(box, _PANEL_CHARS):
            return False
        if "user" in (box.get("class") or "").split() or box.get("id") == "user":
            return True
    return False


def _teaser_time(t: etree._Element, page_url: str) -> bool:
    """A ``<time>`` dating another story: in an ``<aside>`` or ``<nav>``, beside a linked headline (Contao's sidebar
    newslist "Och interessant": ``<time datetime="2026-03-10">09.03.2026</time> <a href="/aktuelles/…">Tram: …</a>``,
    ahead of a story whose own date is only shown).  An aside of the story's own metadata keeps its time, whatever the
    length of its links: classed so, or its long links leading to a category, tag or author archive (a long category
    "<time>… in <a href="/category/local-government-and-politics/">Local Government and Politics</a>", 29
    characters, is no headline; the story's own time skipped, a "Related" list's below became its date)."""
    return any(not _archive_link(a) for a in _TEASER_LINKS(t)) or _card_time(t, page_url)


# the most text a teaser card holds (its headline and excerpt), beyond which the box is a post's own
_CARD_CHARS = 500


def _card_time(t: etree._Element, page_url: str) -> bool:
    """A ``<time>`` in a teaser card: the first box around it holding a link of a headline's length (not to an
    archive) is short, and it or a box around it as short is repeated beside boxes of its kind (Sitejet's related
    collection: "<div class="collection-item"><h3><a href="/warta/…">…</a></h3><p class="collection-meta"><time …>",
    the card's story's date; tagDiv's sidebar module "<div class="td_module_6"><div class="td-module-thumb">…</div>
    <div class="item-details"><h3><a>…</a></h3>…<time …>", the module repeated).  A post's own header, with its
    linked headline, stands alone; its headline's link to the page itself is no card's (a Bootstrap "div.row"
    around the header, another "div.row" around the text: repeated, yet the post's own)."""
    for box in t.iterancestors():
        if box.tag in ("body", "html") or _longer_than(box, _CARD_CHARS):
            return False  # (a box longer than a card's, and every box around it, holds no card: not climbed further)
        # (nor is the pager's link to the post before or after, rel="prev"/"next": starlight-blog's short post ends
        # "<div class="pagination-links"><a href="/blog/…/" rel="prev"><span>…</span><br/>Headline</a></div>")
        if any(_card_headline(a) and _same_page(a.get("href"), page_url) is not True
               and not {"prev", "next"}.intersection(a.get("rel", "").lower().split())
               for a in box.iter("a") if a.get("href")):
            card = box
            while card is not None and card.tag not in ("body", "html") and len(_text(card)) <= _CARD_CHARS:
                if card.get("class") and _post_box(card) is None:
                    return True
                card = card.getparent()
            return False
    return False


def _card_headline(a: etree._Element) -> bool:
    """A link of a headline's length (a card's story), not to a category, tag or author archive: what makes a box
    a teaser card for _card_time and _card_tag."""
    return len(_text(a)) >= 25 and not _archive_link(a)


def _archive_link(a: etree._Element) -> bool:
    """A link to a category, tag or author archive: so marked by its rel, or a segment of its path a CMS's
    archive word ("/category/…", "/kategorie/…", "/tag/…", "/autor/…")."""
    if _ARCHIVE_RELS.intersection(a.get("rel", "").lower().split()):
        return True
    path = urlsplit(a.get("href", "").strip()).path.lower()
    return any(seg in _NOT_SECTION or seg in CATEGORY_PATH_WORDS for seg in path.split("/"))


def _time_value(t: etree._Element) -> str:
    """A ``<time>``'s datetime, or its text when that says the same day with the time of day the attribute
    leaves out (DataLife Engine's ``<time datetime="2026-03-14">14-03-2026, 10:25</time>``): the more precise."""
    value = t.get("datetime", "").strip()
    if len(value) != 10 or not _CLOCK.search(text := _text(t)):
        return value
    # the day first or the month first: the one that gives the attribute's day
    for dayfirst in (True, False):
        found = find_date(text, None, dayfirst)
        if found is not None and found.value[:10] == value and len(found.value) > 10:
            return found.value
    return value


def _update_time(t: etree._Element) -> bool:
    """A ``<time>`` of the last change, not the publication: so marked (WordPress's ``<time class="updated">``,
    ``itemprop="dateModified"``) or labelled so in the text before it (``Ажурирано: <time>`` ahead of
    ``Објавено: <time>``; "Updated <time>" in any language of metadata.UPDATE_LABELS)."""
    marks = f"{t.get('class', '')} {t.get('itemprop', '')}".lower()
    if "publish" in marks:  # WordPress's "entry-date published updated": never changed since
        return False
    if "updated" in marks or "modified" in marks:
        return True
    prev, between = t.getprevious(), ""
    while prev is not None and not isinstance(prev.tag, str):  # a comment between (React's "<!-- -->" separator:
        between = (prev.tail or "") + between                    # telegra.ph's "<a rel=author>…</a><!-- --><time>")
        prev = prev.getprevious()
    before = ((prev.tail if prev is not None else t.getparent().text if t.getparent() is not None else None) or "") + between
    if not before.strip() and prev is not None:
        before = prev.text_content()  # "<span class=label>Updated</span> <time>"
    return bool(before.strip()) and names_an_update(before[-60:])


# (property is a list of terms: "dc:date dc:created"; <meta> tags are read with the head)
_CONTENT_TIME = etree.XPath(
    "(.//*[@content][not(self::meta)][@itemprop='datePublished' or @itemprop='dateCreated'"
    " or contains(concat(' ', normalize-space(@property), ' '), ' dc:date ')"
    " or contains(concat(' ', normalize-space(@property), ' '), ' dc:created ')"
    " or contains(concat(' ', normalize-space(@property), ' '), ' dcterms:created ')"
    " or contains(concat(' ', normalize-space(@property), ' '), ' dcterms:issued ')"
    " or contains(concat(' ', normalize-space(@property), ' '), ' schema:datePublished ')])[1]/@content")
# a <time> that shows a relative time ("преди 2 часа") and keeps the local time in its title
# ("<time class="ago" title="14.03.2026 г., 09:20 ч.">"): no machine-readable datetime
_TIME_TITLE = etree.XPath("(.//time[@title][not(@datetime)])[position() <= 5]")
_MARKED_DATETIME = etree.XPath(
    "(.//*[not(self::time)][@datetime][contains(concat(' ', normalize-space(@class), ' '), ' dt-published ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' published ')]"
    "[not(ancestor::*[contains(@class, 'comment') or contains(@class, 'h-cite')])])[1]")
_DATA_TIME = etree.XPath(  # (the attributes' parents, see _STYLED)
    "((descendant-or-self::*/@data-time | descendant-or-self::*/@data-timestamp | descendant-or-self::*/@data-date"
    " | descendant-or-self::*/@data-published)/..)[1]")
_ABBR_TIMES = etree.XPath("(.//abbr[string-length(@title) >= 10 and translate(substring(@title, 1, 4), '0123456789', '') = ''"
                          " and substring(@title, 5, 1) = '-'])[position() <= 3]")
# Whether the scope (itself included) has an attribute one of the walks above or below reads a time from
# (_CONTENT_TIME, a <time>'s datetime, _MARKED_DATETIME, _DATA_TIME, _ABBR_TIMES, _VALUE_TITLE_TIME, _TIME_TITLE): most
# pages without a head's date have none, and those walks cost ~140 µs a page together, this one ~30 (attribute steps
# in a union: predicates testing attributes element by element cost more); a page that has one runs them as before
_RELATIVE_TIMES = etree.XPath(".//relative-time[@datetime]")
_MARKS_A_TIME = etree.XPath(
    "boolean(.//@datetime | descendant-or-self::*/@data-time | descendant-or-self::*/@data-timestamp"
    " | descendant-or-self::*/@data-date | descendant-or-self::*/@data-published | .//@content[not(parent::meta)]"
    " | .//abbr/@title | .//time/@title | .//@title[contains(../@class, 'value-title')])")

# (a title starting "dddd-": a date; the first such not inside an element marked as an update's)
# (only the title of a publication's box, the property's own class at most two levels up: "published" (hAtom),
# "dt-published" (microformats 2), "entry-date" (WordPress's hentry); not an event's start in a sidebar's calendar,
# "<div class=vevent><span class=dtstart><span class=value-title title=2026-05-01T10:00>", nor an update's)
_VALUE_TITLE_TIME = etree.XPath(
    "(.//*[@title][contains(concat(' ', normalize-space(@class), ' '), ' value-title ')][string-length(@title) >= 10]"
    "[translate(substring(@title, 1, 4), '0123456789', '') = '' and substring(@title, 5, 1) = '-']"
    "[ancestor::*[position() <= 2][contains(concat(' ', normalize-space(@class), ' '), ' published ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' dt-published ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' entry-date ')]]"
    "[not(ancestor-or-self::*[contains(@class, 'updated') or contains(@class, 'modified') or contains(@class, 'dtstart')"
    " or contains(@class, 'dtend') or contains(@class, 'vevent') or contains(@class, 'h-event')])])[1]")


# inline scripts that may hold a single-page app's state with a publication time
_STATE_SCRIPTS = _Gated("//script[not(@src)][contains(., 'ublish') or contains(., 'ubDate')]", ("script",), whole=True)
# "window.__INITIAL_STATE__ = {", "self.__data={", "var pageData = {": a value assigned to a name; Nuxt 2
# returns it from a function called with the values it shares ("window.__NUXT__=(function(a,b){return {…}}(…))")
_STATE_ASSIGN = re.compile(r"\s*(?:(?:var|let|const)\s+)?[\w$.]+(?:\[[\"'][\w$]+[\"']\])?\s*=\s*"
                           r"(?:\(function\([\w$,\s]*\)\s*\{\s*return\s*)?(?=[{\[])")
# ... or after other statements: Arc XP's "window.Fusion=window.Fusion||{};Fusion.arcSite="x";…;Fusion.globalContent={…}"
_STATE_LATER_ASSIGN = re.compile(r";\s*(?:(?:var|let|const)\s+)?[\w$.]+\s*=\s*(?=\{)")
_STATE_STATEMENTS = 20  # statements of a script looked at for a later assignment
# a publication time written as a string literal in a state that is JavaScript, not JSON (Nuxt's object literal:
# "{published_at:"2026-03-20T14:10:00.000Z",title:a}"), the key quoted or not
_STATE_LITERAL_TIME = re.compile(
    r"[\"']?(?:published_?at|publishedAt|datePublished|publishedDate|publishDate|publicationDate|pubDate|firstPublishedAt)"
    r"[\"']?\s*:\s*[\"'](\d{4}-\d\d-\d\d[^\"']{0,25})[\"']")
# keys named like a publication time, lower case without "_" and "-" (publishedAt, datePublished, published_at)
_PUBLISHED_KEYS = frozenset(("publishedat", "datepublished", "publisheddate", "publishdate", "publishedon",
                             "publishedtime", "publishtime", "publicationdate", "pubdate", "firstpublishedat",
                             "firstpublished", "publishedatutc",
                             # Arc XP's first_publish_date (its display_date is the last update's when edited)
                             "firstpublishdate"))
_STATE_MAX = 1_000_000  # characters of a state parsed at most


# a Vue component the server rendered with the page in its slot and its times as props (Wiki.js 2's "<page
# created-at="2026-03-09T14:05:00.000Z" updated-at=…><template slot="contents">", server/views/page.pug)
_COMPONENT_TIME = _AttributeGated("(//*[@published-at or @created-at][*[@slot]])[1]", ())


def _component_published(root: etree._Element) -> str | None:
    """The publication time a page component holding the page's slot states as its prop (see _COMPONENT_TIME)."""
    for el in _COMPONENT_TIME(root):
        value = (el.get("published-at") or el.get("created-at") or "").strip()
        return value if value[:4].isdigit() and len(value) >= 10 else None
    return None


# midnight to the millisecond with a zone's offset: what a static generator writes into its page data for a date given
# without a time (Distill's "#distill-front-matter" JSON, "publishedDate": "2026-03-10T00:00:00.000+03:00", the
# byline "March 10, 2026"), no time the post states
_GENERATED_MIDNIGHT = re.compile(r"(\d{4}-\d\d-\d\d)T00:00(?::00(?:\.0+)?)?[+-]\d\d:?\d\d")


def _generated_midnight(value: str | None) -> str | None:
    """A state's time, its date alone when it is a generator's midnight (_GENERATED_MIDNIGHT)."""
    match = _GENERATED_MIDNIGHT.fullmatch(value.strip()) if value else None
    return match.group(1) if match else value


def _state_published(root: etree._Element, url: str, title: str | None) -> str | None:
    """The publication time in a single-page app's JSON state (``window.__INITIAL_STATE__ =
    {"article": {"publishedAt": "2026-03-14T07:20:00.000Z", …}}``, Next's ``__NEXT_DATA__``).

    Read only when the markup states no machine-readable time.  The state may hold other
    stories too (related, most read): a time is taken when it is the only one in the state,
    or when its object names this page (its URL path, slug or title)."""
    path = urlsplit(url).path.rstrip("/")
    for script in _STATE_SCRIPTS(root):
        text = script.text or ""
        if len(text) > _STATE_MAX:
            continue
        start = 0 if text.lstrip()[:1] in ("{", "[") else (m.end() if (m := _STATE_ASSIGN.match(text)) else -1)
        if start < 0:
            # the first statement assigns no object: a later one that holds a time
            later = next((m.end() for m in islice(_STATE_LATER_ASSIGN.finditer(text), _STATE_STATEMENTS)
                          if "ublish" in text[m.end():m.end() + 5000]), -1)
            start = later if later >= 0 else start
        if start < 0:
            continue
        try:
            data, _ = json.JSONDecoder().raw_decode(text, start + len(text[start:]) - len(text[start:].lstrip()))
        except ValueError:
            # JavaScript, not JSON: its time literals, when they all say one time (a value shared through a
            # variable, "{publishedAt: a}", is not read)
            times = set(_STATE_LITERAL_TIME.findall(text, start))
            if len(times) == 1:
                return times.pop()
            continue
        found: list[tuple[dict, str]] = []
        stack = [data]
        while stack and len(found) < 50:
            item = stack.pop()
            if isinstance(item, dict):
                times: list[tuple[bool, str]] = []
                for key, value in item.items():
                    if isinstance(value, str) and (name := key.replace("_", "").replace("-", "").lower()) \
                            in _PUBLISHED_KEYS and value[:4].isdigit() and len(value) >= 10:
                        times.append((not name.startswith("first"), value))
                    elif isinstance(value, (dict, list)):
                        stack.append(value)
                if times:
                    # one time per object: a "first…" key's over the others, whatever their order (Arc XP's
                    # publish_date is the last publication, moved by every edit; first_publish_date is not)
                    found.append((item, min(times, key=lambda t: t[0])[1]))
            elif isinstance(item, list):
                stack.extend(item)
        if len({value for _, value in found}) == 1:
            return found[0][1]
        for obj, value in found:
            names = [v for v in obj.values() if isinstance(v, str) and len(v) >= 4]
            if any(v == title or (path and v.rstrip("/") in (path, path.rsplit("/", 1)[-1])) for v in names):
                return value
    return None


# a footer's short text naming an offset from UTC: phpBB's "All times are UTC+05:00" ("تمام اوقات UTC+05:00 ہیں",
# "Alle Zeiten sind UTC+01:00"), "Server time: GMT+3"
_ZONE_TEXT = etree.XPath(  # (the class and id attributes stepped to, not tested on every element: see _STYLED)
    "((//footer | //@class[contains(., 'footer')]/.. | //@id[contains(., 'footer')]/..)"
    "//text()[contains(., 'UTC+') or contains(., 'UTC-') or contains(., 'GMT+') or contains(., 'GMT-')]"
    "[string-length(normalize-space(.)) <= 80])[1]")
_CLOCK = re.compile(r"\d:\d\d")
_ZONE_OFFSET = re.compile(r"(?:UTC|GMT)\s?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)")


def _stated_zone(root: etree._Element) -> str | None:
    """The offset the page's footer states for every time it shows ("+05:00"), when it holds no date itself."""
    for text in _ZONE_TEXT(root):
        if not _in_footer(text.getparent(), itself=True):
            continue  # (a box that HAS a footer, Gollum's "has-footer" content wrapper, is none: _in_footer)
        match = _ZONE_OFFSET.search(text)
        if match and int(match.group(2)) <= 14 and find_date(str(text)) is None:
            return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"
    return None


# author links: "<h4 class="author-name"><a href="/author/reuters/">Reuters</a></h4>"; or the name alone in an element
# classed an author's, no link (VuePress theme-hope's "<span class="page-author-item">Antara</span>")
_AUTHOR_LINKS = etree.XPath(".//a[contains(@rel, 'author') or contains(@href, '/author/') or contains(@href, '/authors/')]"
                            " | .//*[contains(@class, 'author-item') or contains(@class, 'author-name')][not(*)]")


_AGENCY_WORDS = frozenset(name.split()[0] for name in WIRE_AGENCIES)


# an element of the post's header whose class names the source, whatever the label word before its value: Hugo
# Hermit's "<div class="post-meta">…<span class="src">Чыккан јери:Эл Алтай</span>" (Southern Altai: where it came
# from); not inside a figure (a picture's credit)
_CLASSED_SOURCE = etree.XPath(
    "(../*[self::header or self::div or self::p or self::span] | ..)//*[self::span or self::div or self::p]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' src ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' source ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' post-source ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' via ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' agency ')]"
    "[not(ancestor::figure or ancestor::figcaption or ancestor::aside or ancestor::footer)]"
    "[not(preceding::p[string-length(normalize-space()) > 80])]")  # (before the story's text: a chart's is no header's)
# ... the class words it looks for (a page writing none in a class attribute is not searched)
_CLASSED_SOURCE_WORDS = ("src", "source", "via", "agency")


# a picture's or a chart's label before a source's name: its credit, not the story's source ("Photo: Getty Images")
_PICTURE_LABELS = frozenset({"photo", "foto", "image", "picture", "chart", "graphic", "data", "credit", "caption"})


def _classed_source(h1: etree._Element | None) -> str | None:
    """The value of a "Label: Value" element of the headline's header classed as the source (_CLASSED_SOURCE):
    one label of a few words, one colon, a short capitalised name after it."""
    if h1 is None or not any(word in _classes_written(h1) for word in _CLASSED_SOURCE_WORDS):
        return None
    for el in _CLASSED_SOURCE(h1)[:3]:
        text = _text(el)
        label, colon, value = text.partition(":") if ":" in text else text.partition("：")
        value = value.strip()
        if colon and 1 <= len(label.split()) <= 3 and value and len(value) <= 40 and ":" not in value \
                and value[:1].isupper() and len(value.split()) <= 5 and label.strip().casefold() not in _PICTURE_LABELS:
            return value
    return None


def _agency_author(scope: etree._Element, meta_lines: list[str]) -> str | None:
    """A news agency named as the byline's author (a Ghost or WordPress site posting wire copy under
    an author "Reuters"): the agency is the story's source, not a writer.  Only an author link
    shown in the metadata area counts (a sidebar's list of authors does not)."""
    if not any(word in _AGENCY_WORDS for line in meta_lines for word in line.lower().split()):
        return None  # no agency's name (its first word) in the metadata: the links are not searched
    for a in _AUTHOR_LINKS(scope)[:20]:
        name = _text(a)
        if name and name.lower() in WIRE_AGENCIES and any(line.startswith(name) or f" {name}" in line
                                                          for line in meta_lines):
            return name
    return None


# the post's own section links: WordPress's "<a rel="category tag">", and a Blogger post's labels line
# ("<span class="post-labels">Labels: <a rel="tag">Farming</a>, …</span>", the blog's only taxonomy; its first
# label is the post's section).  A tag cloud's links (rel="tag" outside a labels box) name topics, not a section.
_POST_LABEL = etree.XPath(
    "(.//a[@rel][contains(concat(' ', normalize-space(@rel), ' '), ' category ')"
    " or (contains(concat(' ', normalize-space(@rel), ' '), ' tag ') and contains(../@class, 'labels'))])[1]")
# microformats2's "p-category" links: Micro.blog's "<p class="post-categories">Jaljawinaka: <a class="p-category"
# href="/categories/markanaka/">Markanaka</a>"; the post's section only into a category archive (CATEGORY_PATH_WORDS):
# Plume marks its tags so ("<a class="p-category" href="/tag/tianquiztli">"); and a link classed "category" alone, as
# Hugo Anatole marks the post footer's ("<span class="separator"><a class="category" href="/categories/inged/">")
_MF2_CATEGORY = etree.XPath(".//a[@href][contains(concat(' ', normalize-space(@class), ' '), ' p-category ')"
                            " or contains(concat(' ', normalize-space(@class), ' '), ' category ')]")


# a short box of the post's categories, outside the sidebar's widgets: Movable Type's "<div class="entry-categories">
# <h4>Kategorieë<span>:</span></h4><ul><li><a href="/nuus/">Nuus</a>", WordPress themes' "cat-links".  Searched in
# the post's box only (the headline's and the body's common ancestor), after the headline: a header's labelled
# "Categories: News Sport Culture" bar is the site's menu (and the whole page's scan cost 0.36 ms a page on
# the benchmark, 0.14 ms in the post's box: measured on a shared, noisy machine); and a box classed "more" (noise by
# its class) holding a "More: <category>" line closing the post (a Jekyll Pixyll post's "<p class="more">Tše dingwe:
# <a href="/category/thuto/">Thuto</a></p>", Northern Sotho: others), read as footer.strip_footers reads that line
_CATEGORY_BOXES = etree.XPath(
    "(.//*[self::div or self::p or self::span or self::section or self::footer][contains(@class, 'categor')"
    " or contains(@class, 'cat-links') or contains(concat(' ', normalize-space(@class), ' '), ' more ')]"
    "[.//a[@href]][string-length(normalize-space(.)) <= 80]"
    "[not(ancestor-or-self::aside or ancestor-or-self::*[contains(@class, 'widget') or contains(@class, 'sidebar')])]"
    ")[position() <= 3]")


def _label_or_none(text: str) -> str | None:
    """The text if it is short enough to be a section's label (40 characters, four words), else None."""
    return text if text and len(text) <= 40 and len(text.split()) <= 4 else None


def _post_label(scope: etree._Element, h1: etree._Element | None = None,
                post: etree._Element | None = None) -> str | None:
    """The section a post's category or labels line names (a fallback: no breadcrumb, label or kicker), or a
    categories box of the post, after its headline, read as a labelled line ("Kategorieë: Nuus"; an unlabelled list
    of links may be a menu): its first link, the post's section ("Kategorieë: Nuus Sport" lists two).  ``post``: the
    box holding the headline and the text."""
    for a in _POST_LABEL(scope):
        return _label_or_none(_text(a))
    for a in _MF2_CATEGORY(scope):
        if any(seg.lower() in CATEGORY_PATH_WORDS for seg in urlsplit(a.get("href")).path.split("/")[:-1]):
            return _label_or_none(_text(a))
    if h1 is None or post is None or post.tag in ("body", "html"):
        return None
    headline = _document_path(h1)
    for box in _CATEGORY_BOXES(post):
        if _document_path(box) < headline:
            continue  # before the headline (or holding it): a menu
        text = _meta_text(box)
        if (is_labelled_field(text) and parse_meta_line(text).category) or more_line_category(text) \
                or _listing_more_line(box, text):
            link = next(box.iterfind(".//a[@href]"), None)
            name = _text(link) if link is not None else ""
            return name if name and len(name) <= 40 and len(name.split()) <= 4 else None
    return None


def _listing_more_line(box: etree._Element, text: str) -> bool:
    """``box`` (classed "more", after the headline: _CATEGORY_BOXES) is a "Label: <a>Section</a>" line under a label
    in any language, its one link covering the value and leading into a tag's or a category's listing, by its path
    or by its query (Monstra's "<p class="more">Dɔɔnwo wɔ: <a href="/blog?tag=Ayile">Ayile</a></p>", Nzema: more in):
    the section the post is filed under.  A link to a story or a page of the site ("Read: <a href=/2026/03/x/>…</a>")
    is none."""
    links = box.findall(".//a[@href]")
    if len(links) != 1 or (field := coined_field(text)) is None or field[1] != _text(links[0]):
        return False
    parts = urlsplit(links[0].get("href").strip())
    return any(seg.lower() in _ARCHIVE_PATH_WORDS for seg in parts.path.split("/")[:-1]) \
        or any(key.lower() in _ARCHIVE_PATH_WORDS for key, _ in parse_qsl(parts.query))


def _category_line(h1: etree._Element, base_url: str) -> str | None:
    """The category a line right after the headline names, the line nothing but one short link into a category
    archive (a CATEGORY_PATH_WORDS folder): a post's "filed under" line, as a Markdown post writes it under its
    heading (Docsify's "<h1>…</h1><p><em><a href="/categories/politik">Politik</a></em></p>", a page with no date,
    og or JSON-LD); the site's own pages (about, contact) are filed under no category."""
    sib = h1.getnext()
    while sib is not None and (not isinstance(sib.tag, str) or sib.tag in _SKIP_TAGS or not _text(sib)):
        sib = sib.getnext()
    if sib is None or sib.tag not in ("p", "div"):
        return None
    links = sib.findall(".//a[@href]")
    text = _text(sib)
    if len(links) != 1 or _text(links[0]) != text or len(text) > 40 or len(text.split()) > 4:
        return None
    path = urlsplit(urljoin(base_url, links[0].get("href"))).path
    segments = [seg.lower() for seg in path.split("/") if seg]
    return text if len(segments) >= 2 and any(seg in CATEGORY_PATH_WORDS for seg in segments[:-1]) else None


# The post line a platform prints under a post's headline, by its own class names: Lemmy's "<div class="small"><a
# class="person-listing" href="/u/ahimo">@ahimo</a> mu <a class="community-link" href="/c/esaude">!esaude@…</a>",
# Batflat's "<p class="post-info">Walembele: <a href="/blog/author/chanda">Chanda Mulenga</a></p>" (Kaonde: written
# by), dated or not.  Data: add a platform's mark here.
_POST_LINE_CLASSES = frozenset(("post-info",))
_POST_LINE_LINKS = etree.XPath(".//a[@href][contains(concat(' ', @class, ' '), ' community-link ')"
                               " or contains(concat(' ', @class, ' '), ' person-listing ')]")
_POST_LINE_CHARS = 150  # a line: a name, a label, a date


def _platform_post_line(h1: etree._Element) -> bool:
    """The line right under the headline is a platform's post line (_POST_LINE_CLASSES, _POST_LINE_LINKS) linking
    its writer or its community: one post's page, which the site's own pages (about, contact) and its listings
    (their items' headlines are no <h1>) are not."""
    sib = h1.getnext()
    while sib is not None and (not isinstance(sib.tag, str) or sib.tag in _SKIP_TAGS or not _text(sib)):
        sib = sib.getnext()
    if sib is None or sib.tag not in ("p", "div") or len(_text(sib)) > _POST_LINE_CHARS:
        return False
    if _POST_LINE_LINKS(sib):
        return True
    return not _POST_LINE_CLASSES.isdisjoint((sib.get("class") or "").split()) and sib.find(".//a[@href]") is not None


def _labelled_section_link(post: etree._Element | None, h1: etree._Element | None,
                           container: etree._Element | None, root: etree._Element, base_url: str) -> str | None:
    """The section a labelled link of the post's box names, whatever the label's word: a short text closing with a
    colon right before a link into a category archive (CATEGORY_PATH_WORDS) or to a page the site's menu links
    (Jekyll Now's added "<div class="categories">Peraj: <a href="/category/tinamit/">Tinamit</a> · Tz'ib'anel: …",
    Kaqchikel; Hakyll's header line "… <br>Tasga: <a href="/tasga/tudrt.html">Tudrt</a>", Tachelhit, the nav listing
    "/tasga/tudrt.html").  After the headline, in the post's box (the headline's and the text's common ancestor),
    outside the text and any aside, nav, footer or widget; a link to an author or a tag (neither in a menu nor in a
    category archive) is none, nor one under an author's label or into an author's or a tag's pages, the menu's or
    not ("Author: <a href="/author/jane/">"); a menu's page only between the headline and the text (after it, "Read
    more: <a href="/sport/">Sport</a>" points elsewhere)."""
    if post is None or h1 is None or post.tag in ("body", "html"):
        return None
    headline = _document_path(h1)
    text_at = _document_path(container) if container is not None else None
    body = set(container.iter()) if container is not None else set()
    menu: set[str] | None = None
    for a in post.iterfind(".//a[@href]"):
        if a in body or _document_path(a) < headline or any(
                x.tag in ("aside", "nav", "footer", "header") or "widget" in (x.get("class") or "")
                for x in a.iterancestors() if x is not post and post in x.iterancestors()):
            continue
        prev = a.getprevious()
        before = (prev.tail if prev is not None else a.getparent().text) or ""
        before = before.rstrip(" \xa0")
        label = before.rsplit("·", 1)[-1].rsplit("|", 1)[-1].strip()
        if not label or label[-1] not in _LABEL_COLON_SET or len(label) > 40 or any(ch.isdigit() for ch in label):
            continue
        link = _category_link(a, base_url, frozenset())
        if link is None:
            continue
        text, path, segments = link
        if (segments and segments[0] in _PERSON_PATH_WORDS) or parse_meta_line(f"{label} {text}").author:
            continue
        if not any(seg in CATEGORY_PATH_WORDS for seg in segments[:-1]):
            if text_at is not None and _document_path(a) > text_at:
                continue
            if menu is None:
                menu = {urlsplit(urljoin(base_url, m.get("href").strip())).path
                        for m in root.iterfind(".//a[@href]") if _in_menu(m)}
            if path not in menu or not segments:
                continue
        return _label_or_none(text)
    return None


# the first path word of an author's or a tag's pages, no section's (data: lower case)
_PERSON_PATH_WORDS = frozenset("author authors tag tags user users profile profiles people writer writers".split())
# The path word of a CMS's category archive (data: lower case, a whole segment of the link's path): "/category/"
# (WordPress, SilverStripe's blog), "/categories/", Bosnian/Croatian/Serbian "/kategorija/", Czech/German
# "/kategorie/", Polish "/kategoria/", Italian/Portuguese "/categoria/", French "/categorie/", "/rubrique/", Turkish
# "/kategori/"
CATEGORY_PATH_WORDS = ("category", "categories", "kategorija", "kategorie", "kategoria", "categoria", "categorie",
                       "rubrique", "kategori")
# the links of the post's meta line (SilverStripe's blog: "<p class="blog-post-meta">Objavljeno … u kategoriji
# <a href="vijesti/category/bih/">BiH</a> | Piše: …</p>", published … in the category BiH; any CMS's "Posted in
# <a href="/category/x/">X</a>"; Serendipity's "<footer class="post_info">… ao amin'ny <a href="/categories/2-Toekarena/">",
# Joomla's "article-info": the post's info line)
# (or, of no such class, the line holding the post's date: Bludit's "<div class="form-text"><span class="date">
# Bitootessa 12, 2026</span> - <a href="/category/oduu">Oduu</a> - Barreessaa: …</div>"; or an icon font's calendar
# marking it: Bludit's Blog X "<div class="text-muted mb-3"><small><span><i class="bi bi-calendar"></i> 17 di måss
# 2026</span> … <i class="bi bi-folder"></i> <a href="/category/noveles">Novelès</a>"; or an SVG icon set's, Iconify's
# "data-icon": Astro's Fuwari "<div class="flex flex-wrap …"><div><div class="meta-icon"><svg data-icon="material-symbols:
# calendar-today-outline-rounded"></svg></div><span>2026-03-16</span></div><div>…<a href="/archive/category/文化/">");
# or the entry's footer line
# (Serendipity's classic "<div class='serendipity_entryFooter'>Posted by <a>…</a> in <a href="/categories/1-…">…</a>
# at 08:45 | Comments (2)</div>", localised): a footer's link counts only into a category archive, as a theme's
# footer holds its back link too ("<footer class="entry-footer"><a href="/news/">Back to all news</a>"); Apache Roller's
# "<p class="entryInfo">Posted at <a class="entrypermalink">10:42AM Mar 02, 2026</a> by joselito in <a
# href="/roller/ivatan/category/Salun">Salun</a> | Comments [0]</p>" (its capital I no 'info' of the meta boxes)
# (or a box of the post's category alone: Flextype's blog theme "<p class="blog-post-category"><a href="/blog/category/
# mindhavuko">Mindhavuko</a></p>" under its date, as "post-category", "entry-category" name it in other themes; a
# class going on, "p-category-list", is a menu's)
_META_BOXES = ("contains(@class, 'meta') or contains(@class, 'byline') or contains(@class, 'posted')"
               " or contains(concat(@class, ' '), '-category ')"
               " or contains(@class, 'info') or time or *[contains(@class, 'date')] or .//i[contains(@class, 'calendar')]"
               " or .//*[local-name() = 'svg'][contains(@data-icon, 'calendar')]")
_FOOTER_BOXES = ("contains(@class, 'entryFooter') or contains(@class, 'entry-footer') or contains(@class, 'itemfooter')"
                 " or contains(@class, 'item-footer') or contains(@class, 'entryInfo')")
# (or the post's byline box: dotCMS's starter "<p class="blog-author">by <a href="/authors/x/">Name</a> in <a
# href="/blog/category/obulamu/">Obulamu</a></p>"; its author's link is no category, _category_link)
# (not a wiki's list of the pages linking to this one: ikiwiki's "<div id="backlinks">Links: <a href="../">khabran</a>
# …</div>" beside its "div.pagedate", the box of both read as a meta box)
_NOT_BACKLINK = "[not(ancestor::*[contains(@id, 'backlinks') or contains(@class, 'backlinks')])]"
_META_LINE_LINKS = etree.XPath(
    f"(.//*[{_META_BOXES} or {_FOOTER_BOXES} or contains(@class, 'author')][string-length(normalize-space(.)) <= 200]"
    f"//a[@href]{_NOT_BACKLINK})[position() <= 6]")
_META_BOX_LINKS = etree.XPath(f".//*[{_META_BOXES}][string-length(normalize-space(.)) <= 200]//a[@href]{_NOT_BACKLINK}")
# ... the links of a meta box holding a time (_meta_line_category's box beside the post)
_TIMED_META_BOX_LINKS = etree.XPath(
    f"(.//*[{_META_BOXES}][.//time][string-length(normalize-space(.)) <= 200]//a[@href])[position() <= 6]")


def _meta_line_category(post: etree._Element | None, page_url: str, base_url: str,
                        blog_home: str | None = None, authors: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The category the post's meta line links to, in the post's box (a sidebar's category links are outside it):
    a link into a category archive (a CATEGORY_PATH_WORDS segment), or to the section the article's own address
    lies under ("u kategoriji <a href="sport/">Sport</a>" on /sport/sloboda-velez-1-1/); its text, short and
    without a digit (a date archive "/2026/03/" holds the article's path too, and is written as a date).  The
    <article> holding the post's box is the post too: Hexo's landscape sets its meta row ("<div class="article-meta">
    <a class="article-date">…</a><div class="article-category"><a href="/categories/…/">") above the box of the
    headline and the text.  A link to one of the post's ``authors`` (see ExtractedPage.author_refs) is none: Forem's
    byline "<a href="/nane_bortolussi/">Nane Bortolussi</a>" on /nane_bortolussi/<slug>."""
    if post is None or post.tag in ("body", "html"):
        return None
    post = next((el for el in (post, *post.iterancestors()) if el.tag == "article"), post)
    page_parts = urlsplit(page_url)
    article_path = page_parts.path
    in_meta_box: set | None = None
    for a in _META_LINE_LINKS(post):
        link = _category_link(a, base_url, authors)
        if link is None:
            continue
        text, path, segments = link
        if any(seg in CATEGORY_PATH_WORDS for seg in segments[:-1]) or _beside_dated_folders(path, article_path):
            return text
        # ... or a link of the site the line sets after its "in" word, whatever its path (Eklablog's "Publié le …
        # par sjef.vdberg dans <a href="/sport-c28765434">Sport</a>"), not to its home (LiveJournal's "sore_blum
        # wrote in <a href="/">yidishe_nayes</a>", the community)
        if segments and path.rstrip("/") != (blog_home or "").rstrip("/") and _after_category_lead(a) \
                and urlsplit(urljoin(base_url, a.get("href").strip())).netloc == page_parts.netloc:
            return text
        # ... or to the folder the article lies under, or to a folder just under the blog's own home (Typepad's entry
        # footer "Posted at 07:50 PM in <a href="/akuko/egwuregwu/">Egwuregwu</a>" on a blog at "/akuko/")
        if not ((segments and path.endswith("/") and article_path.startswith(path) and len(article_path) > len(path))
                or (blog_home and path.endswith("/") and path.startswith(blog_home)
                    and path.count("/") == blog_home.count("/") + 1)):
            continue
        if in_meta_box is None:
            # (the links of the meta boxes alone, looked for only here: one more walk of the post's box cost ~200 µs
            # a page on the benchmark site when done for every post)
            in_meta_box = set(_META_BOX_LINKS(post))
        if a in in_meta_box:  # not an entry footer's alone: its back link to the section is no category
            return text
    # ... or, the post's <article> showing no time, the meta box beside it that holds the one time of the box around
    # both (Material for MkDocs' blog: "<div class="md-sidebar--post">…<ul class="md-post__meta">…<time>…</time>… in
    # <a href="/category/res-publica/">Res publica</a>" beside "<article class="md-content__inner">"); a link into a
    # category archive only (beside a box of no <article>, a meta row may be a sidebar's or a header's); and the post's
    # own box only, not another story's teaser beside it (a "Featured" widget's "<a>Headline</a><div class="post-meta">
    # <time>…</time> in <a>Sport</a>", see _teaser_meta_box)
    parent = post.getparent()
    if post.tag != "article" or parent is None or parent.tag in ("body", "html") or post.find(".//time") is not None \
            or len(parent.findall(".//time")) != 1:
        return None
    for a in _TIMED_META_BOX_LINKS(parent):
        link = _category_link(a, base_url, authors)
        if link is not None and any(seg in CATEGORY_PATH_WORDS for seg in link[2][:-1]) \
                and not _teaser_meta_box(a, parent, page_url, base_url):
            return link[0]
    return None


# a box closing the post, its footer or meta box (_post_footer_category): a <footer> of no class (one classed so is
# what its class says, a "share" bar), or a box classed as a meta line or an entry footer
_CLOSING_BOX = etree.XPath(f"self::footer[not(@class)] or self::*[{_META_BOXES} or {_FOOTER_BOXES}]")
# ... the closing boxes in the post's own box, with a link
_CLOSING_BOXES = etree.XPath(f"(.//footer[not(@class)] | .//*[{_META_BOXES} or {_FOOTER_BOXES}])[.//a[@href]]")


def _post_footer_category(post: etree._Element | None, h1: etree._Element | None, page_url: str, base_url: str,
                          authors: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The category the post's own footer or meta box lists after the text, unlabelled, as a link into a category
    archive (a CATEGORY_PATH_WORDS folder) beside its tags', in any language: Cecil's terms "<article>…<footer><span
    class="term"><a href="/categories/kusumi/">Kusumi</a></span><span class="term"><a href="/tags/ada-foah/">…",
    Perch's "<div class="post"><div class="h-entry">…</div><div class="meta"><div class="cats"><ul><li><a
    href="/blog/category/kene">Kené</a></li></ul></div><div class="tags">…".  In the post's <article> (else its box),
    or a box following it; the first of at most three such links (more are a list of the site's categories), not
    in an aside, a nav, a widget or a sidebar (a site's category list, another story's teaser card)."""
    if post is None or h1 is None or post.tag in ("body", "html"):
        return None
    art = next((el for el in (post, *post.iterancestors()) if el.tag == "article"), post)
    headline = _document_path(h1)
    boxes = [box for box in _CLOSING_BOXES(art) if _document_path(box) > headline and h1 not in box.iter()]
    if art.getparent() is not None and art.getparent().tag not in ("body", "html"):
        boxes += [sib for sib in islice(art.itersiblings(), 4) if isinstance(sib.tag, str) and _CLOSING_BOX(sib)]
    for box in boxes:
        if len(_text(box)) > 200:
            continue
        if _in_rail(box, art.getparent()) or box.tag == "nav" \
                or not _RAIL_WORDS.isdisjoint(_class_words(box.get("class"), None)):
            continue
        names = [link[0] for a in box.iterfind(".//a[@href]")
                 if not _in_rail(a, box) and not _in_nav(a, box)
                 and (link := _category_link(a, base_url, authors)) is not None
                 and any(seg in CATEGORY_PATH_WORDS for seg in link[2][:-1])
                 and not _teaser_meta_box(a, box, page_url, base_url)]
        if names:
            return names[0] if len(set(names)) <= 3 else None
    return None


def _section_renaming_crumb(root: etree._Element, h1: etree._Element | None, crumbs: list[str],
                            containers: list[etree._Element], page_url: str) -> str | None:
    """The section a line closing the text names, "Label: <a>Name</a>" (one to three words of any language, the link
    covering the name), its link leading to the very page a crumb of the trail links under another name: the post
    names its own section, where the trail names the listing as the platform does, the same on every post (Moodle's
    forum discussion "<ol class="breadcrumb"><li><a href="/mod/forum/view.php?id=3">Site announcements</a></li>…"
    over a message closing on "<p>Alak ng'alek: <a href="/mod/forum/view.php?id=3">Michezo</a></p>", Kalenjin: more
    news).  The line may hold other fields after it, the link's field the section's (Elgg's blog post closing on "<p
    class="more">Ungat kari: <a href="/blog/all">Bola</a> · <em>Pnaah: CNA</em></p>", Truku: more words, origin,
    under the trail "<a href="/blog/all">Blogs</a> › <a>Owner</a>").  A link to another page ("Read: <a
    href=/2026/03/x/>…</a>"), or naming the crumb's own name, is none."""
    if h1 is None or not crumbs:
        return None
    closing = []
    for line in [p for c in containers for p in c.iter("p")][-8:]:
        links = line.findall(".//a[@href]")
        if len(links) == 1 and (name := _text(links[0])) not in crumbs \
                and any((field := coined_field(part)) is not None and field[1] == name
                        for part in coined_parts(_text(line))):
            target = urlsplit(urljoin(page_url, links[0].get("href").strip()))
            closing.append((target.path + ("?" + target.query if target.query else ""), name))
    if not closing:
        return None
    linked = set()
    for el in root.iter():
        if el is h1:
            break  # (the trail leads to the headline)
        if el.tag == "a" and (href := el.get("href")) and _text(el) in crumbs:
            target = urlsplit(urljoin(page_url, href.strip()))
            linked.add(target.path + ("?" + target.query if target.query else ""))
    return next((name for link, name in closing if link in linked), None)


def _in_nav(el: etree._Element, top: etree._Element) -> bool:
    """``el`` sits in a <nav> below ``top`` (a post footer's "previous/next" links, a menu)."""
    for up in el.iterancestors():
        if up is top:
            return False
        if up.tag == "nav":
            return True
    return False


def _archive_under_crumb(root: etree._Element, post: etree._Element | None, page_url: str, crumbs: list[str],
                        title: str | None, authors: frozenset) -> str | None:
    """The post's category link on its meta line, a category archive (a CATEGORY_PATH_WORDS segment) in the folder the
    trail's last crumb before the headline links to, a folder holding the article: the crumb names the blog's page,
    which every post's trail shows, the link the post's own section (Mezzanine's "<ul class="breadcrumb"><li><a
    href="/">Beranda</a></li><li><a href="/blog/">Barita</a></li><li class="active">Headline</li>" over "<h6
    class="post-meta">Ditulis oleh: <a>…</a> di <a href="/blog/category/budaya/">Budaya</a>"); else None.
    (ABlog files its posts apart from the blog's page, "/posts/2026/<slug>/" under the trail's "<a href="/blog/">
    Blogi</a>", its post card's "<li id="category"><a href="/blog/category/paikkakunnat/">": the folder of the
    trail's one section, holding the card's category archive, is the blog's all the same)"""
    sections = [c for c in crumbs if c != title]
    if post is None or post.tag in ("body", "html") or not sections:
        return None
    base_url = _base_url(root, page_url)
    page_path = urlsplit(page_url).path
    folders = [path for a in _LINK_HOLDING(root, name=sections[-1])
               if (path := urlsplit(urljoin(base_url, a.get("href").strip())).path).endswith("/") and len(path) > 1
               and (page_path.startswith(path) and len(page_path) > len(path) or len(sections) == 1)]
    if not folders:
        return None
    for a in _META_LINE_LINKS(post):
        link = _category_link(a, base_url, authors)
        if link is not None and link[0] not in crumbs and any(link[1].startswith(f) for f in folders) \
                and any(seg in CATEGORY_PATH_WORDS for seg in link[2][:-1]):
            return link[0]
    return None


# a year's folder opening the rest of the article's path ("2026/03/11/43151207.html")
_YEAR_FOLDER = re.compile(r"(?:19|20)\d{2}/")
# (a link into a year folder: a story's address, no page of the site's menu: _line_menu_names_page)
_DATED_FOLDER = re.compile(r"/(?:19|20)\d{2}/")
# a folder's index file or a front controller's script ("index.html", "index.php"; classify's _DISPATCHER)
INDEX_FILE = re.compile(r"index\.[a-z]{2,5}$")
# a blog's archive folder ("/archives/41/"), one table for page and classify (classify's _archive_entry)
ARCHIVE_FOLDERS = frozenset(("archives", "archive"))


def _beside_dated_folders(path: str, article_path: str) -> bool:
    """``path`` is a named folder of the blog's archive beside the dated folders the article lies in: its archive by
    category next to its archive by day (Canalblog's item footer links "/archives/seeland/index.html" on
    "/archives/2026/03/11/43151207.html").  Under an archive word only: a folder beside the dates of another
    folder ("/akuko/egwuregwu/" on "/akuko/2026/03/…") is a category only below the blog's known home."""
    folder = path[: -len(m.group())] if (m := INDEX_FILE.search(path)) else path
    if not folder.endswith("/"):
        return False
    parent = folder[: folder.rstrip("/").rfind("/") + 1]
    return (parent.strip("/").rpartition("/")[2].lower() in ARCHIVE_FOLDERS and article_path.startswith(parent)
            and _YEAR_FOLDER.match(article_path, len(parent)) is not None and not folder[len(parent):-1].isdigit())


# the word a meta line sets just before its category's link, "in" (data, lower case, any language): English, German,
# Dutch, Italian "in", French "dans", Spanish and Catalan "en", Portuguese "em"
_CATEGORY_LINK_LEAD = re.compile(r"(?:^|[\s·|,])(?:in|dans|en|em)\s*$", re.IGNORECASE)


def _after_category_lead(a: etree._Element) -> bool:
    """The text just before the link ``a`` (in its parent, or its wrapper's when it opens one) ends with a
    category's "in" word: "… par jo.hermans dans <a>Gemeinte</a>"."""
    el = a
    for _ in range(3):
        prev = el.getprevious()
        if prev is not None:
            return _CATEGORY_LINK_LEAD.search(prev.tail or "") is not None
        parent = el.getparent()
        if parent is None:
            return False
        if (parent.text or "").strip():
            return _CATEGORY_LINK_LEAD.search(parent.text) is not None
        el = parent
    return False


# an element marked as a date (_DATE_MARKED) in a sidebar, outside a link: a post card's date (below)
_SIDEBAR_DATES = etree.XPath(
    f"(//*{_DATE_MARKED}[not(ancestor-or-self::a)][ancestor::aside or ancestor::*[contains(@class, 'sidebar')]])"
    "[position() <= 3]")


def _post_card(root: etree._Element, base_url: str,
               writer_lines: list[str] | None = None) -> tuple[str, str] | None:
    """The post's own card in the sidebar, the only place its date and category are shown (ABlog's "<div
    class="ablog__postcard"><h2><i class="fa fa-calendar"></i> <span>12 ᒫᑦᓯ 2026</span></h2><ul>…<a
    href="../../blog/category/nunalinni/">ᓄᓇᓕᖕᓂ</a>"): the one sidebar box holding an element marked as a date
    (outside any link), a link into a category archive and one to the writer's page (a widget of the next event
    links no writer), no link of a headline's length; its date and the category's name, else None.  Asked for a
    page whose post box shows no date, or with ``writer_lines``, the post's metadata lines, for its category: then
    the writer the card links is named in one of them (ABlog's "Vo Resi Brandl · 5. März 2026" over its card; not a
    sidebar's "Today's columnist" box of another writer)."""
    cards = []
    for marked in _SIDEBAR_DATES(root):
        box = marked.getparent()
        if box is None or _longer_than(box, 300) or find_date(text := _text(marked)) is None:
            continue
        links = [a for a in box.iter("a") if a.get("href")]
        if any(len(_text(a).split()) >= 4 for a in links):
            continue  # another story's teaser
        named = [link[0] for a in links if (link := _category_link(a, base_url, frozenset())) is not None
                 and any(seg in CATEGORY_PATH_WORDS for seg in link[2][:-1])]
        writers = [name for a in links if _author_link(a) and (name := _text(a))]
        if writer_lines is not None:
            writers = [name for name in writers if any(name in line for line in writer_lines)]
        if named and writers:
            cards.append((text, named[0]))
    return cards[0] if len(cards) == 1 else None


# an element classed or named as the category's field (ABlog's postcard "<li id="ablog-sidebar-item category
# ablog__category">")
# (asked only of a page naming its section nowhere else)
_CATEGORY_FIELDS = etree.XPath("//*[self::li or self::div or self::p or self::span or self::dd]"
                               "[contains(@id, 'category') or contains(@class, 'category')]")


def _classed_category_field(root: etree._Element) -> str | None:
    """The value of the one field on the page classed as the category's (_CATEGORY_FIELDS) reading "Label: Value",
    the value a short name, unlinked or one link: a draft's postcard, which names its category in plain text as no
    archive of it exists yet ("<li id="ablog-sidebar-item category ablog__category"><span>Category:</span> Weu</li>",
    an ABlog draft's), the last resort of a page naming its section nowhere else.  A box of the site's categories
    (a widget's list of links) is no field."""
    found = []
    for el in _CATEGORY_FIELDS(root):
        if _longer_than(el, 60) or next(el.iter("ul", "ol"), None) is not None or len(el.findall(".//a")) > 1:
            continue
        if (field := coined_field(_text(el))) is not None and len(field[1].split()) <= 3 \
                and not any(ch.isdigit() for ch in field[1]):
            found.append(field[1])
    return found[0] if len(set(found)) == 1 else None


# a post count after a link of a list ("<li><a href="/i3/">Ndamo</a>(1)</li>"): a category widget's item
_POST_COUNT = re.compile(r"\s*[(（]\d{1,6}[)）]")


def _counted_category(post: etree._Element | None, root: etree._Element, url: str,
                      authors: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The category the post's own dated line links as the page's category widget lists it, each of its items a link
    and the count of posts under it, two or more (Excite Blog's tail "<span class="TIME">by <a>…</a> | <a>2026-03-08
    11:45</a> | <a href="/i3/">Ndamo</a> | …</span>" and its sidebar's "<li><a href="/i3/">Ndamo</a>(1)</li>"): the
    widget says the link is a category's, whatever its address; the line is short, the post's date in it.  Not a
    list of writers or tags counted so (a link into an author's or a tag's archive, or to one of the post's
    ``authors``)."""
    if post is None or post.tag in ("body", "html"):
        return None
    host = urlsplit(url).hostname
    counted: dict[str, str] = {}
    for listing in root.iter("ul", "ol"):
        items = [a for li in listing.iterchildren("li") for a in li.iterchildren("a")
                 if a.get("href") and _POST_COUNT.match(a.tail or "")]
        if len(items) >= 2:
            counted.update((href, text) for a in items
                           if (text := _text(a)) and not any(ch.isdigit() for ch in text)
                           and not _person_archive(href := a.get("href").strip(), host) and not tag_archive(href)
                           and urlsplit(urljoin(url, href)).path.rstrip("/") not in authors
                           and text.casefold() not in authors)
    if not counted:
        return None
    for a in post.iter("a"):
        if (text := counted.get((a.get("href") or "").strip())) is not None and (line := a.getparent()) is not None \
                and not _longer_than(line, 200) and find_date(_text(line)) is not None:
            return text
    return None


def _headline_line_category(h1: etree._Element | None, base_url: str,
                            authors: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The category the line right under the headline links into a category archive (a CATEGORY_PATH_WORDS
    segment), when that line is outside the post's box: Piranha's page header "<header><h1>…</h1><p
    class="post-meta"><span>Iluani <a href="/blog/category/aunianiq">Aŋuniaġniq</a></span>…</p></header>" over
    "<main>" (Inupiaq: in), the line holding the post's date; the link's text, short, no digit."""
    line = h1.getnext() if h1 is not None else None
    if line is None or not isinstance(line.tag, str) or line.tag in ("h1", "h2", "article", "main", "section"):
        return None
    links = list(line.iterfind(".//a[@href]"))
    if (badge := line.getnext()) is not None and badge.tag == "a" and badge.get("href"):
        links.append(badge)  # (or a badge linked right after it: Jigsaw's "<a href="/blog/categories/guidxi/">")
    found = [link[0] for a in links if (link := _category_link(a, base_url, authors)) is not None
             and any(seg in CATEGORY_PATH_WORDS for seg in link[2][:-1])]
    # (one category: several are a list of the site's)
    # (the post's line: its date in it; a line of links alone is a menu's or the tags'; the date is read last, as
    # the element after the headline is often the whole text, and a date searched in it costs most of the rule)
    return found[0] if len(found) == 1 and find_date(_text(line)) is not None else None


def _category_link(a: etree._Element, base_url: str,
                   authors: set[str] | frozenset[str]) -> tuple[str, str, list[str]] | None:
    """A meta line's link that may name a category: its text (short, without a digit, no CMS's placeholder, no
    author's name), its path and the path's segments (lower case); else None."""
    text = _text(a)
    if _label_or_none(text) is None or any(ch.isdigit() for ch in text) \
            or text.casefold() in _PLACEHOLDER_CATEGORIES:
        return None
    path = urlsplit(urljoin(base_url, a.get("href").strip())).path
    if authors and (text.casefold() in authors or path.rstrip("/") in authors):
        return None
    written = [seg for seg in path.split("/") if seg]
    segments = [seg.lower() for seg in written]
    if segments and (kind := flat_archive(written[-1])) in CATEGORY_PATH_WORDS:
        segments[-1:] = [kind, segments[-1]]  # "/category-1.html" read as the folder it stands for, "/category/…"
    # ... and a category the query names ("/xwiki/bin/view/Blog/Category?category=Blog.Categories.Kultura", XWiki's
    # blog): the folder it stands for
    if (query := urlsplit(a.get("href").strip()).query) and (value := next(
            (v for k, v in parse_qsl(query) if k.lower() in CATEGORY_PATH_WORDS and v), None)):
        segments += ["category", value.lower()]
    return text, path, segments



def _teaser_meta_box(a: etree._Element, wrapper: etree._Element, page_url: str, base_url: str) -> bool:
    """The meta link ``a`` is another story's: between it and ``wrapper`` lies an <article> of its own or a headline's
    link (four words or more) to a page other than this one and the folders above it (a widget's teaser), where the
    post's own meta box links only its blog's index, its author and its category (MkDocs' "Ad indicem redi")."""
    page_path = urlsplit(page_url).path
    for box in a.iterancestors():
        if box is wrapper:
            return False
        if box.tag == "article":
            return True
        for link in box.iterfind(".//a[@href]"):
            if link is a or len(_text(link).split()) < 4:
                continue
            path = urlsplit(urljoin(base_url, link.get("href").strip())).path
            if not page_path.startswith(path) and path.rstrip("/") != page_path.rstrip("/"):
                return True
    return False


# a CMS's default category, given to a post filed under none (WordPress' "Uncategorized" in its translations):
# no category.  Data: add a CMS's or a language's name here
_PLACEHOLDER_CATEGORIES = frozenset((
    "uncategorized", "uncategorised", "non classé", "non classifié", "sin categoría", "sin categorizar",
    "sem categoria", "senza categoria", "allgemein", "unkategorisiert", "niet gecategoriseerd", "ongecategoriseerd",
    "okategoriserade", "ukategoriseret", "ukategorisert", "bez kategorii", "nezařazené", "nezaradené",
    "besorolatlan", "fără categorie", "без рубрики", "без категории", "без категорії", "kategorisiz",
    "tanpa kategori", "chưa được phân loại", "chưa phân loại", "未分类", "未分類", "미분류", "غير مصنف",
))


def _base_url(root: etree._Element, page_url: str) -> str:
    """The address the page's relative links resolve against: its <base href>, else the page's own."""
    base = root.find("head/base")  # (HTML allows it in the head only: no walk through the whole page)
    return urljoin(page_url, (base.get("href") or "").strip()) if base is not None else page_url


def _common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element | None:
    """The innermost element holding both ``a`` and ``b`` (either itself, when it holds the other)."""
    chain = [a, *a.iterancestors()]  # (kept alive: lxml's proxies, and so their ids, are stable while referenced)
    held = {id(el) for el in chain}
    return next((el for el in (b, *b.iterancestors()) if id(el) in held), None)


def _document_path(el: etree._Element) -> list[int]:
    """The positions of ``el`` and its ancestors among their siblings, from the root: lists compare in document
    order (an ancestor's path is a prefix, so it sorts before its descendants)."""
    path = []
    while (parent := el.getparent()) is not None:
        path.append(parent.index(el))
        el = parent
    return path[::-1]
# the post's section as a platform marks it: Substack's "<a href="/s/khed/" class="post-section-tag">ਖੇਡ</a>" in the
# post footer, MediaWiki's category bar ("<div id="mw-normal-catlinks"><a>Категориялар</a>: <ul><li><a>Экология</a>",
# its first category the story's portal; the label "Categories" outside the list), Quarto's category under the
# title ("<div class="quarto-categories"><div class="quarto-category">ဗြဲဍာ်</div></div>", no link), note's card of the
# magazine the note is in ("この記事が入っているマガジン <a class="m-magazineCard"><span class="m-magazineCard__name">Akụkọ
# Obodo</span><span>Creator</span></a>": the name, not the creator's), Lemmy's community of the post under its title
# ("@ahimo mu <a class="community-link" href="/c/esaude">!esaude@vmwlemmy</a>": the community's name, _community_name).
# Data: add a platform's mark here.
_SECTION_TAG = etree.XPath(
    ".//a[@href][contains(concat(' ', @class, ' '), ' community-link ')]"
    " | .//a[@href][contains(@class, 'section-tag')] | .//*[@id='mw-normal-catlinks']//li/a[@href]"
    " | .//div[@class='quarto-category']"
    " | .//a[@href][contains(concat(' ', @class, ' '), ' m-magazineCard ')]/*[contains(@class, 'm-magazineCard__name')]")
# a federated community's handle as Lemmy writes it, "!<name>@<instance>": its name is the section
_COMMUNITY_HANDLE = re.compile(r"^!([^\s@!]+)@[^\s@]+$")
# categories that say how a wiki's story stands, not what it is about (Wikinews' {{publish}} and {{archive}}: "Published",
# "Жарыяланган"), skipped as the date categories of its {{date}} ("March 9, 2026").  Data: add a wiki's names here
_STATUS_CATEGORIES = frozenset(
    "published archived developing publié publicado pubblicato veröffentlicht opublikowane опубликовано "
    "жарыяланган".split()
)


def _section_tag(h1: etree._Element | None, post: etree._Element | None) -> str | None:
    """The section a platform's own section tag or category bar names (a fallback, as _post_label): in the post's
    box (the headline's and the text's) after its headline, not a trending strip's tags of other stories above it;
    the first category that is neither a date nor a status (see _STATUS_CATEGORIES).  ``post``: the box holding
    the headline and the text (their common ancestor)."""
    if h1 is None or post is None:
        return None
    headline = _document_path(h1)
    for a in _SECTION_TAG(post):
        text = _text(a)
        if handle := _COMMUNITY_HANDLE.match(text):
            text = handle.group(1)
        if not text or text.casefold() in _STATUS_CATEGORIES \
                or (_DATE_HINT.search(text) and find_date(text) is not None) \
                or (_document_path(a) < headline and _in_story_strip(a, post)):
            continue
        return _label_or_none(text)
    return None


# a JSPWiki page named as a category page: "Category" and a capitalised name, at the end of its address (the short
# URL's "/wiki/CategoryEconomia") or as its "page" parameter ("/Wiki.jsp?page=CategoryEconomia")
_WIKI_CATEGORY_PAGE = re.compile(r"(?:^|[/=])Category[A-ZÀ-Þ][^/?#&=]*$")


def _wiki_category(containers: list[etree._Element]) -> str | None:
    """The category a wiki page files itself under by the wiki's convention, a link in its text to the page
    "Category<Name>" (JSPWiki: "Ekategoria: <a class="wikipage" href="/wiki/CategoryEconomia">Economia</a>"): the
    link's text, the first such; not its chrome's ("Your trail:", a history of the pages visited, no section)."""
    for box in containers:
        for a in box.iter("a"):
            if "wikipage" not in (a.get("class") or "").split() or not (href := a.get("href")):
                continue  # (JSPWiki's class of a link to another page of the wiki)
            parts = urlsplit(href)
            if _WIKI_CATEGORY_PAGE.search(unquote(parts.path)) or any(
                    name == "page" and _WIKI_CATEGORY_PAGE.search("=" + value)
                    for name, value in parse_qsl(parts.query)):
                return _label_or_none(_text(a))
    return None


def _in_story_strip(a: etree._Element, post: etree._Element) -> bool:
    """The section tag ``a`` sits in a card or strip of links to other stories inside ``post`` (a trending strip's
    "<div class=card><a class=section-tag>Sport</a><a href=/sport/x1>Another story</a></div>" above the headline),
    not in the story's own kicker row ("<div class=story-top><a class=section-tag>Politics</a> · <time>…")."""
    for box in a.iterancestors():
        if box is post:
            return False
        if box.tag in _INLINE_TAGS:
            continue
        for link in box.iter("a"):
            href = (link.get("href") or "").strip()
            if link is a or not href or _section_href(href, None) or href.startswith(("#", "mailto:", "javascript:")):
                continue
            first = next((x for x in urlsplit(href).path.split("/") if x), "").lower()
            if first not in _NOT_SECTION:  # (a byline's link to its author is no other story)
                return True
    return False


# a paragraph of the text wholly in italics, short (a credit line, not an italic quotation of a paragraph)
# (an empty element beside it is none: MoinMoin closes every paragraph with its line anchor, "<p class="line862"><em>
# खबर: यूएनआई</em> <span class="anchor" id="line-31"></span></p>")
_ONE_ELEMENT = "[count(*[normalize-space(.) or descendant-or-self::img]) = 1]"
_ITALIC_PARAGRAPHS = _Gated(".//p[em or i][normalize-space(.) = normalize-space(em | i)]" + _ONE_ELEMENT, ("em", "i"))
_ITALIC_LINE_CHARS = 200
# a paragraph set wholly in small print ("<p><small>Tia kolla pweng inge ke sie pacl, fin wanginna sripa sin …</small></p>",
# Kosraean: do not copy this news without the permission of …, a Gollum page's reprint notice)
_SMALL_PARAGRAPHS = etree.XPath(".//p[small][normalize-space(.) = normalize-space(small)]" + _ONE_ELEMENT)
# a paragraph set wholly in bold ("<p><strong>DodeBet: Ghana bɔɔlu tsɔɔmi nɛ hi pe kulaa. Ngma o biɛ mwɔnɛ!</strong></p>")
_BOLD_PARAGRAPHS = _Gated(".//p[strong or b][normalize-space(.) = normalize-space(strong | b)]" + _ONE_ELEMENT,
                          ("strong", "b"))
# a paragraph whose first element is in bold (nothing before it: _bold_labelled)
_BOLD_LED_PARAGRAPHS = _Gated(".//p[*[1][self::strong or self::b]]", ("strong", "b"))


def _bold_labelled(p: etree._Element) -> bool:
    """``p`` opens on a label set in bold, its colon inside the bold element or right after it, and goes on after it
    ("<p><strong>Дукувчэн:</strong> Нина Ламутская</p>", Even: writer, a WoltLab article's last line): a field's
    line as a template or an editor marks it, whatever the label's words."""
    first = p[0]
    if (p.text or "").strip() or not isinstance(first.tag, str) or first.tag not in _BOLD_TAGS:
        return False
    label, tail = _text(first), (first.tail or "").lstrip()
    if label.endswith((":", "：")):
        label = label[:-1]
    elif tail.startswith((":", "：")):
        tail = tail[1:]
    else:
        return False
    return bool(label.strip()) and bool((tail + "".join(_text(el) for el in first.itersiblings())).strip())


_BOLD_LABEL_WORDS = 3  # a bold label's words at most ("Alo", "Tungnam", "Kì'nsìy")


# (or a middle dot: Fossil technote's "<b>Nihiku</b> · 05.03.2026 16:20 | <b>Wookhuma</b> · Rádio Moçambique | …",
# Lomwe: day, from where)
_LABEL_DASH = re.compile(r"^\s*[—–·•]\s+")
_BOLD_LABEL_MARK = re.compile(r"(?<=\S)\s*[»›" + ARROW_MARKS + r"]$")


def _bold_label_row(p: etree._Element) -> tuple[str, str] | None:
    """``p`` is a row of fields, each opening on a label set in bold with no colon, its value after the bold ("<p>
    <strong>Alo</strong> 10-02-2026 14:30 IST | <strong>Tungnam</strong> The Arunachal Times | <strong>Akin</strong>
    <a>Sarkar</a></p>", Nyishi: date, source, kind; a GitLab wiki page's first line): the paragraph's text and its
    reading with a colon closing each label ("Alo: 10-02-2026 …"), for the cleaning's reader of rows under coined
    labels (metadata.coined_row, which judges the row: a separator between fields, a date or a section named).  Two
    bold labels at least, the first opening the paragraph, no colon nor equals sign after any (a row so labelled is
    read as written),
    each followed by a value."""
    if len(p) < 2 or (p.text or "").strip() or not isinstance(p[0].tag, str) or p[0].tag not in _BOLD_TAGS:
        return None
    pieces, labels = [], 0
    for el in p:
        if not isinstance(el.tag, str):
            pieces.append(el.tail or "")
            continue
        text = _text(el)
        if el.tag in _BOLD_TAGS:
            # (an angle quote or an arrow closing the bold label stands for its colon: "<b>ದಿನ »</b> ೨೮.೧೧.೨೦೨೬ ೦೯:೪೦ ¦
            # <b>ಬಂದದ್ »</b> ಆಕಾಶವಾಣಿ ಮಡಿಕೇರಿ ¦ …", a Zotonic post's typed row, Kodava: day, came from)
            text = _BOLD_LABEL_MARK.sub("", text)
            # (nor an equals sign, a slash or an arrow after it: "<strong>Ulusiku</strong> = 05.03.2026 (16:20); …",
            # "<strong>AKÖÖL</strong> ⁓ 05·03·2026, 16h20 • …", the colon's stand-ins that metadata.coined_row reads)
            if text.endswith((":", "：")) or (el.tail or "").lstrip().startswith((":", "：", "=", "/", *ARROW_MARKS)) \
                    or not text or len(text.split()) > _BOLD_LABEL_WORDS or not (el.tail or "").strip() \
                    and el.getnext() is None:
                return None
            labels += 1
            text += ":"
            # (a spaced dash after the label stands for its colon: "<strong>LUSHIKU</strong> — 5.3.2026, 16:20 ‖
            # <strong>NZILA</strong> — Redio Faraja ‖ …", a Winter CMS post's typed row, Sukuma: day, from)
            pieces.append(f" {text} {_LABEL_DASH.sub('', el.tail or '', count=1)}")
            continue
        pieces.append(f" {text} {el.tail or ''}")
    if labels < 2:
        return None
    return _text(p), " ".join("".join(pieces).split())


# a paragraph aligned to the right, by its style or its old attribute
_RIGHT_PARAGRAPHS = etree.XPath(
    ".//p[@align='right' or contains(translate(@style, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz'),"
    " 'text-align:right')]")  # (lower-cased, its spaces dropped)


# a link back to the listing: its text opens with an arrow pointing back ("← All news", "⟵ Back", "< Blog"), as no
# section's name does
_BACK_LINK = re.compile(r"[←⇐⟵⬅◀◄↩]|<\s")


def _kicker(h1: etree._Element | None, root: etree._Element, url: str) -> str | None:
    """A section label standing just above the headline (``<a class="kat">Ekonomi</a>``),
    or a section link in the line under it (``… | <a class="sec">Economy</a>``)."""
    if h1 is None:
        return None
    sib = h1.getnext()
    for _ in range(2):
        if sib is None:
            break
        if isinstance(sib.tag, str) and not _longer_than(sib, 200) and (found := _kicker_in(sib)) is not _NO_KICKER:
            return found
        sib = sib.getnext()
    candidates = []
    prev = h1.getprevious()
    if prev is not None:
        candidates.append(prev)
    parent = h1.getparent()
    if parent is not None and parent.getprevious() is not None and h1 is parent[0]:
        candidates.append(parent.getprevious())
    for el in candidates:
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        text = _text(el)
        if _BACK_LINK.match(text):
            continue  # a link back to the listing, its arrow before it (WonderCMS's "← All news"): no section
        if not text or len(text) > 30 or len(text.split()) > 3:
            # a meta line above the headline, the section's link beside the date: Publii's "<div class="post__meta">
            # <a href="/tags/dekk-bi/" class="post__maintag">Dëkk bi</a> · <time>14 Mars 2026</time></div>"
            if text and not _longer_than(el, 200) and (found := _kicker_in(el, above=True)) is not _NO_KICKER:
                return found
            continue
        attrs = f"{el.get('class', '')} {el.get('id', '')}"
        if "crumb" in attrs.lower():
            continue  # the trail, its crumbs read as items (_breadcrumbs): Confluence's "<div id="breadcrumb-section">
            # <nav><ol id="breadcrumbs"><li><span><a>Pages</a></span></li><li>…<a>Blog</a>…</ol></nav></div><h1>"
        if text[-1] in _TRAIL_ENDS and len(text) > 1 and text[-2] == " ":
            if _KICKER_ATTR.search(attrs):
                return text[:-1].rstrip()  # a kicker classed so, a separator after it ("<p class=kicker><a>Sport</a> »")
            continue  # a trail's first crumb, its separator after it and the headline as the next: PmWiki's page
            # group "<div class='pagegroup'><a href='/Khabar'>Khabar</a> /</div>" over "<h1 class='pagetitle'>", the
            # wiki's group of pages, no section the story is filed under
        inner, link = el, el if el.tag == "a" else None
        while len(inner) == 1 and not (inner.text or "").strip():
            # Ghost's primary tag: <div class="article-tag"><span><a>Balita</a></span></div>; Beehiiv's tag pill,
            # the link wrapping the name's span: <div class="flex gap-2"><a href="/t/sahar"><span>सहर</span></a></div>
            inner = inner[0]
            link = link if link is not None or inner.tag != "a" else inner
        # (a writer's link is no section's: "<div class="byline"><a href="/author/jane-doe"><span>Jane Doe</span></a>")
        linked = link is not None and not _author_link(link) and not _in_byline(link)
        if link is not None and _action_link(link):
            continue  # a forum's action above the headline: Vanilla's "<div class="Options"><a href="/entry/signin"
            # class="Bookmark">…</a></div>" (Bookmark, in the site's language) before the <h1>, no section
        if _KICKER_ATTR.search(attrs) or linked:
            return _linked_value(el, text)
        if el is prev and el.tag in _HEADING_TAGS and h1.tag == "h1" and len(el) == 0 and find_date(text) is None \
                and not _SITE_NAME_ATTR.search(attrs):
            # a lesser heading of its own right over the <h1>, no link, no class saying so: the section's name the
            # editor set above the headline (a Mailchimp campaign's "<h4 class="null" style="text-transform:
            # uppercase">Amagara</h4><h1>…</h1>"); not the site's name or logo so set ("<h2 class="site-title">")
            return text
        if len(el) == 0 and _names_a_section(text, root, url, h1):
            # ... or a line of its own right over the headline, no link, no class saying so, naming a section the
            # site's menu or footer links (Payload's website template: "<div class="uppercase text-sm mb-6">Kit
            # Kwo</div><div><h1>…", its footer linking "/categories/kit-kwo")
            return text
    return None


# a trail's separators after a crumb (_kicker)
_TRAIL_ENDS = frozenset("/›»>\\|")
# the classes of a heading over the headline that holds the site's name, no section's ("site-title", "blog-name",
# "logo", "brand": _kicker)
_SITE_NAME_ATTR = re.compile(r"(?i)site|blog|logo|brand|masthead|title|name")


# the path words of an action a reader takes, no section's listing: signing in (the link a forum gives a reader
# who is not signed in for any action), bookmarking (data, lower case)
_ACTION_PATH_WORDS = frozenset("signin sign-in login log-in signup sign-up register bookmark".split())


def _action_link(link: etree._Element) -> bool:
    """``link`` leads to an action's page (_ACTION_PATH_WORDS: Vanilla's "/entry/signin", "/discussion/bookmark/…"),
    no section's listing."""
    path = urlsplit((link.get("href") or "").strip()).path.lower()
    return any(word in _ACTION_PATH_WORDS for word in path.split("/"))




_NO_KICKER = object()
# the path words of a topic's or a category's listing a headline's linked prefix leads to (XOOPS's news topics,
# "/modules/news/index.php/topic/3"; ImpressCMS's and XOOPS's "index.php/storytopic/3", "index.php?storytopic=3")
_TOPIC_PATH_WORDS = frozenset(CATEGORY_PATH_WORDS) | {"topic", "topics", "storytopic"}


def _topic_prefix(h1: etree._Element | None) -> str | None:
    """The topic a headline's line names in a link before a colon, the story's own link after it (XOOPS's news
    item: "<span class="itemTitle"><a href="…/topic/3">Тонавтома</a>: <a href="…/article.php/241">Headline</a>";
    ImpressCMS's, the headline unlinked: "<a href="…/index.php/storytopic/3">Kuhema</a>: Headline"), the prefix's
    link leading to a topic's or a category's listing (_TOPIC_PATH_WORDS, a path's folder or a query's key).  A
    kicker link into any other path ("<a href="/ru/">RU</a>: …") names none."""
    if h1 is None:
        return None
    line = h1.getparent() if h1.tag == "a" and h1.getparent() is not None else h1
    links = line.findall(".//a[@href]")
    if not links or _longer_than(line, 300):
        return None
    name = _text(links[0])
    if not name or len(name) > 30 or len(name.split()) > 3 or not _text(line).startswith(name) \
            or not _text(line)[len(name):].lstrip().startswith(":"):
        return None
    target = urlsplit(links[0].get("href").strip())
    segments = [seg.lower() for seg in target.path.split("/") if seg]
    keys = {key.lower() for key, _ in parse_qsl(target.query)}
    return name if any(seg in _TOPIC_PATH_WORDS for seg in segments[:-1]) or keys & _TOPIC_PATH_WORDS else None


def _kicker_in(line: etree._Element, above: bool = False) -> object:
    """The section a short line beside the headline names in a link or span classed as one (see _KICKER_ATTR), its
    label left out; _NO_KICKER when none is so classed.  ``above``: the line stands above the headline, where a
    strip of other stories' cards may hold such tags (see _in_story_strip)."""
    for el in line.iter("a", "span"):
        attrs = f"{el.get('class', '')} {el.get('id', '')}"
        text = _text(el)
        if text and len(text) <= 30 and len(text.split()) <= 3 and _KICKER_ATTR.search(attrs) \
                and not (is_field_label(text) and not any(ch in text for ch in LABEL_COLONS)) \
                and not _in_share(el, line) and not (above and _in_story_strip(el, line.getparent())) \
                and not _time_label(el):
            # (not a byline's label, classed so: Blogger's "<span class='byline-label'>By</span> <a>Name</a>"; asked
            # only of an element otherwise read as the kicker)
            # (a share bar's label names no section: Arc's "<span class="b-share-bar__label">Rhannu</span>")
            # its label is not the section: "<span class="meta-cat">ប្រភេទ៖ សេដ្ឋកិច្ច</span>" (Category: …)
            # (a row-only label, "विभाग: खेल", counts here, the class showing the row; its label stays out of the value)
            return (parse_meta_line(text).category or row_only_value(text) or text) if is_labelled_field(text) \
                else _linked_value(el, text)
    return _NO_KICKER


# a class naming a section: _KICKER_ATTR's words but "label" (a date's label is classed "label" alone)
_SECTION_CLASS = re.compile(r"kicker|section|(?:^|[\s_-])sec(?:$|[\s_-])|categor|(?:^|[\s_-])cat(?:$|[\s_-])|kat|rubri|eyebrow|overline|(?:main|primary)[_-]?tag", re.IGNORECASE)


def _time_label(el: etree._Element) -> bool:
    """``el`` is the label of the date right after it, no section: Hexo AnZhiYu's and Butterfly's "<span
    class="post-meta-label">Published</span><time datetime=…>" in the line under the headline (a label classed so,
    in any language); a section's label stands before its link or holds its name.  A span classed as a section
    ("category", "post-category", "cat-label", "kicker") names the section, a date after it or not."""
    nxt = el.getnext()
    cls = el.get("class", "")
    return el.tag != "a" and not (el.tail or "").strip() and nxt is not None and nxt.tag == "time" \
        and "label" in cls.lower() and not _SECTION_CLASS.search(cls)


# text for screen readers only, hidden on screen: WordPress's "screen-reader-text", Bootstrap's "sr-only" and
# "visually-hidden" (Twenty Twenty's "<div class="entry-categories"><span class="screen-reader-text">Categories</span>
# <div class="entry-categories-inner"><a>News</a>"): a label, never the value
_SCREEN_READER_ONLY = etree.XPath(
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' screen-reader-text ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' sr-only ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' visually-hidden ')]")


def _linked_value(el: etree._Element, text: str) -> str | None:
    """A section's name from an element reading "label: name", the label in a language the tables do not know: the
    name is the element's link (Irish "<span class="cat">Roinn: <a>Spórt</a></span>", section); a label left without
    its name ("Roinn:", or closed by a spaced dash: Ibexa's "<span class="label">တႅမ်ႈ - </span>", written by) names
    none.  Text with no label colon is the name itself; a label for screen readers opening it is left out
    (_SCREEN_READER_ONLY: "Categories News" is "News")."""
    for label in _SCREEN_READER_ONLY(el):
        head = _text(label)
        if head and text.startswith(head) and text[len(head):].strip():
            text = text[len(head):].strip()
    if text[-1] in LABEL_COLONS or (text[-1] in "-–—" and text[-2:-1].isspace()):
        return None
    link = el if el.tag == "a" else next(el.iterfind(".//a[@href]"), None)
    name = _text(link) if link is not None else ""
    head = text[:len(text) - len(name)].rstrip() if name and text.endswith(name) else ""
    if not any(ch in text for ch in LABEL_COLONS):
        # ... a lead word or two in lower case before the link, no colon: a preposition ("in <a>News</a>"; Hugo
        # LoveIt's "included in" translated, Ga "<span class="post-category">yɛ <a>Maŋ Sane</a></span>"): the link
        return name if head and len(head.split()) <= 2 and head.islower() and el.tag != "a" else text
    if head and head[-1] in LABEL_COLONS and len(head[:-1].split()) <= 2:
        return name
    # ... or the element after the label's own: Hashnode's series badge "<a><span>Series:</span><span>Sport</span></a>"
    # (read glued, "Series:Sport")
    for label in el.iterdescendants():
        head = _text(label) if isinstance(label.tag, str) else ""
        if head and head[-1] in LABEL_COLONS and len(head[:-1].split()) <= 2 and text.startswith(head):
            return text[len(head):].strip() or None
    return text


@lru_cache(maxsize=256)
def _css(selector: str) -> etree.XPath:
    return etree.XPath(GenericTranslator().css_to_xpath(selector))


_SHOWN_NAMES = etree.XPath("//body//*[not(*)]")  # (elements holding no other: a name shown whole)

css_xpath = _css  # compiled CSS selectors, cached; also used by extraction/template.py


def _first(root: etree._Element, selector: str | None) -> etree._Element | None:
    if not selector:
        return None
    found = _css(selector)(root)
    return found[0] if found else None


def extract_page(doc: str | bytes | etree._Element, url: str, *, title_css: str | None = None,
                 body_css: str | None = None, meta_css: str | None = None) -> ExtractedPage:
    """Extract the raw parts of one page; no cleaning, no verdicts.

    The CSS selectors come from a site profile; each one that matches replaces
    the generic guess for its part.
    """
    root = parse_html(doc) if isinstance(doc, (str, bytes)) else doc
    _read_noscript(root)
    _drop_quote_labels(root)
    _drop_section_numbers(root)
    _drop_note_references(root)
    _drop_new_topic_marks(root)
    page = ExtractedPage(url=url)
    _head_metadata(root, page)
    h1 = _first(root, title_css)
    shown = None
    if h1 is not None and h1.tag != "h1" and (page.og_title or page.html_title) \
            and _find_h1(root, page.og_title, page.html_title, page.site_name) is None:
        # a selector's headline element that is no <h1>, on a page the generic path reads without one: the title
        # comes from the head as there, when the element shows it (a template learned on "<td class=eTitle>(kw)
        # Headline" gives the record of the generic path, which took "kw » Headline" from <title>); not the wiki
        # page's heading the generic path takes for the headline all the same (JSPWiki's "<h2>Headline#</h2>"),
        # whose <title> names the site as there
        shown, h1 = h1, None
        _wiki_page_heading(root, url, page)
    elif h1 is None:
        h1 = _find_h1(root, page.og_title, page.html_title, page.site_name)
        if h1 is None:
            h1 = _wiki_page_heading(root, url, page)
        if h1 is not None and (entry := _entry_headline(root, url, h1, page.og_title, page.html_title)) is not None:
            h1 = entry
        if h1 is not None and h1.tag == "h1" and _short_section_name(name := _text(h1)) \
                and not any(name in t for t in (page.og_title, page.html_title) if t) \
                and _names_a_section(name, root, url, h1) \
                and (own := _named_heading(root, page.og_title, page.html_title, shared_end=True)) is not None:
            # a banner's <h1> naming a section another link leads to (the menu's), the story's headline a lower
            # heading that the head's title names (PbootCMS: "<h1>Выльлунъяс</h1>" over "<h2>Headline</h2>"); not an
            # <h1> the title reads (an author's page "<h1>Name</h1>" over "<h3>Articles by Name</h3>")
            h1 = own
    if h1 is None and page.og_title and page.html_title \
            and (head := _before_site_segment(page.html_title, page.og_title)) and len(head) >= 10:
        # no heading, og:title a segment of <title> after the page's own name, which an element shows whole outside
        # any link (Gitea's wiki page: "<title>Page - repo - Site</title>", og:title the repo's name, the page's name
        # in "<div class=gt-ellipsis>" over the wiki's text): that element is the headline
        # (a block of its own, not a label's inline value: "Page: <strong>Page</strong>" on the page switcher's button)
        h1 = next((el for el in _SHOWN_NAMES(root) if el.tag in ("div", "p", "span") and _text(el) == head
                   and not (el.tag == "span" and normalize_inline(el.getparent().text_content()) != head)
                   and not any(a.tag in ("a", "button") for a in el.iterancestors())), None)
    page.title = _heading_text(h1) if h1 is not None else (_without_suffix(page.og_title, page.site_name)
                                                           or _without_site_name(page.html_title))
    if h1 is None and (headline := _after_site_name(page.title, page.site_name)):
        page.title = headline  # "Site - Headline", the site's name its og:site_name: the headline after it
    page.publisher = page.site_name  # og:site_name, when the page has one
    # ... or the channel the platform hosts, named before it in <title> and by the page's link home (the platform
    # stays the site's name)
    # (not a name the site's menu links: "Story | News | Valley Times" under "<nav><a href="/">News</a>", a section)
    if (channel := _channel_of(page.html_title, page.site_name)) and channel != page.title \
            and _masthead(root, url, channel, linked=True) and not _MENU_TITLE_LINKS(root, title=channel):
        page.publisher = channel
    elif (blog := _hosted_blog_name(root, url, page.html_title, page.site_name, h1)) is not None:
        page.publisher = blog
    elif channel and page.site_name and _platform_holder(page.site_name) \
            and (project := _hosted_project(root, url, channel)) is not None:
        page.publisher = project
    page.site_name = page.site_name or _site_name_of(page.html_title)
    if page.publisher is None and (channel := _channel_of(page.html_title, page.site_name)) and channel != page.title \
            and _space_home_link(root, url, channel):
        # "Headline - Space - Confluence", the space's name read by a link to its home page above the page's own
        # address ("<a href="/display/KQ/Home" class="space-name">…</a>" over "/display/KQ/2026/03/10/…"): the space
        # publishes the post, the product is no publisher
        page.publisher = channel
    if page.publisher is None and page.site_name:
        page.publisher = _masthead(root, url, page.site_name)
    # (not when the last part is the headline: PHP-Fusion's "Site - News - Headline", its section in the middle)
    if page.publisher is None and (page.site_name is None or page.site_name == _site_name_of(page.html_title)) \
            and not (page.title and page.title != page.html_title and (page.html_title or "").endswith(" " + page.title)) \
            and (named := _middle_site_name(root, url, page.html_title)) is not None:
        # "Headline – Site – tagline" (Jekyll Now's <title>, no og:site_name): the last part is the tagline, the
        # part before it the name the masthead's home link reads
        page.publisher = page.site_name = named
    # Blogger writes "Blog name: Post title": the name first, confirmed by the masthead as a suffix is
    # (or a heading's link to the blog's home in a folder above the page's address reads it: Apache Roller's "<title>
    # Chirin nu Batanes : Headline</title>" under "<h1 class="weblogName"><a href="/roller/ivatan/">Chirin nu
    # Batanes</a></h1>" over "/roller/ivatan/entry/…"; a section's link in a menu, "Sport: …" over "/sport/…", is none)
    if page.publisher is None and (prefix := _site_prefix_of(page.html_title, page.title)) \
            and (named := _masthead(root, url, prefix)
                 or (prefix if _folder_link_reads(root, url, prefix, _H1_LINKS(root)) else None)) is not None:
        page.publisher = page.site_name = named
    # TYPO3 writes "Headline: Site", its logo reading the name ("<a href="/" title="Vidzemes Vēstis"><img alt=…>"),
    # Z-BlogPHP "Headline-Site" (no space around the hyphen), the masthead reading the name
    for suffix_of, joiner in ((_colon_site_of, " :："), (_glued_site_of, "-–—|»_")):
        if page.publisher is None and (suffix := suffix_of(page.html_title)) \
                and (named := _masthead(root, url, suffix)) is not None:
            page.publisher = page.site_name = named
            if page.title == page.html_title:  # no <h1> nor og:title: the headline is the <title> without the name
                page.title = page.title[:page.title.rindex(named)].rstrip(joiner)
    # "Headline / Site" (Kentico), "Site — Headline" under another headline, "Headline | Site" with a name of five or
    # six words (Duda: "… | Le Leo o le Atunuʻu", its logo's alt text the same): the masthead or logo reads the name
    # (not the name the headline read is: a banner's <h1> taken for the headline, the entry's own in an <h2>, is a
    # misread headline, not a page about the site)
    # (DokuWiki's "Headline [Site]" too)
    for candidate in (_slash_site_of, _site_before_dash, _long_site_of, _bracket_site_of):
        if page.publisher is None and (name := candidate(page.html_title)) and name != page.title \
                and (named := _masthead(root, url, name)) is not None:
            page.publisher = page.site_name = named
    if h1 is None and (headline := _after_site_name(page.title, page.site_name)):
        page.title = headline  # "Site - Headline" (PHP-Nuke), the masthead reading the name: the headline after it
    elif h1 is None and page.publisher is None and page.title and _masthead(root, url, page.title, linked=True):
        # the head's title is the name the home link reads ("<title>Site</title>", "Site - Top 10" taken for
        # "Headline - Site"): a page titled with the site's name (not a banner's text: an <article>'s <header>
        # may show the headline so)
        page.publisher = page.site_name = page.title
    # no og:site_name, no name in <title> (eleventy-base-blog, Jekyll): the site's feed bears its name as its
    # title ("<link rel="alternate" type="application/atom+xml" title="Tibet News">", WordPress "Tibet News »
    # Feed"), which the masthead's home link reads too
    # (the publisher only: the source's fallback)
    if page.publisher is None and (named := _feed_named_masthead(root, url)) is not None:
        page.publisher = named
    # ... nor a feed (Pelican's notmyidea: "<title>" the bare headline): the banner's heading linking home reads the
    # name before its tagline ("<h1><a href="/">Druk News <strong>all the news in one place</strong></a></h1>")
    if page.publisher is None and (named := _banner_home_name(root, url, h1)) is not None:
        page.publisher = named
    # ... nor a heading: a box in the header classed as the site's name, its link home (Franklin.jl's "blog-name")
    if page.publisher is None and (named := _name_box_home_name(root, url)) is not None:
        page.publisher = named
    # ... nor a heading: the logo's alt text in the home link (Strapi + SvelteKit: "<a href="/" class="logo"><img
    # alt="Habar Merkezi">"), the source's fallback too
    if page.publisher is None and (named := _logo_home_name(root, url)) is not None:
        page.publisher = named
    # ... nor a logo: a second <h1> reading the <title>'s suffix (mdBook's menu bar), or the footer's copyright line
    if page.publisher is None and h1 is not None and page.site_name and page.site_name != page.title \
            and (named := _name_heading(root, h1, page.site_name)) is not None:
        page.publisher = named
    if page.publisher is None and page.site_name is None \
            and (named := _copyright_holder(root) or _holder_before_mark(root)) is not None:
        page.publisher = named
    # ... nor a copyright line: the name <title> writes after the whole headline (no masthead reads it: a logo image
    # with no name, TiddlyWiki's bare story river)
    # (not a name a heading or a link of the page reads: a heading in the story naming a person, a menu's section)
    if page.publisher is None and h1 is not None \
            and (named := _title_named_site(page.html_title, page.title, _section_names(root, url),
                                            _trail_heading_current(root, h1))) is not None \
            and not any(_text(el).casefold() == named.casefold() for el in _HEADINGS_AND_LINKS(root)) \
            and not _text_names(root, named):
        page.publisher = named
    # ... nor that: the trail typed as a line above the headline (_break_trail), its link to the site's root reading
    # the name, no word for "home" (a HedgeDoc note's "<a href="/">Ёмвош путрәт</a> › <a>Культура</a>" under the
    # <title>'s "- HedgeDoc", the platform's)
    if page.publisher is None and h1 is not None and (trail := _break_trail(h1)) is not None \
            and (named := _text(trail[0])) and named.lower() not in _HOME:
        page.publisher = named
    # a user name for the name (Dreamwidth's "<title>balitangkapampangan: Subject", its control strip linking it
    # home): the journal's title the banner's <h1> shows, when the user name runs its words together
    if page.publisher and (named := _spelled_out_name(root, page.publisher, page.title)) is not None:
        page.publisher = named
    if h1 is None and page.title:
        # no <h1>: the element showing the headline anchors the metadata area all the same
        h1 = _headline_element(root, page.title, shown)
        if h1 is not None and _prefixed_headline(shown_title := _text(h1), page.title) and not any(
                shown_title.endswith(p.rest) and shown_title != p.rest
                for p in title_prefix_candidates(page.title) if len(p.rest) >= 10):
            # the prefix as the element parts it from the headline, the title not: the cleaning removes it so
            # (and a name before the whole element's text, its own prefix and all: the <title>'s "Project: " before
            # the headline the element shows, Fossil's "<title>Ihapari sa Elomwe: Kongola9:Ekampanya …</title>" over
            # "<div class="title">Kongola9:Ekampanya …</div>"; the cleaning removes the element's prefix)
            page.title = shown_title
        elif h1 is not None and (name := _name_before_shown(page.title, _text(h1))) is not None \
                and not _NAMED_ELEMENT(root, name=name):
            # ... or before a headline of no prefix (Fossil's "<title>Ihapari sa Elomwe: Efestivali ya Elomwe 2026:
            # atthu …</title>" over "<div class="title">Efestivali ya Elomwe 2026: atthu …</div>"): the element's
            # text is the headline, the name the site's, its publisher when no other is named; not a name an element
            # of the page reads (a menu's section: Apache Roller's "<nav><a>Chirin nu Batanes</a>", _site_prefix_of's;
            # a kicker over the headline, "<p class=kicker>Kenya elections</p>")
            page.title = _text(h1)
            page.publisher = page.publisher or name
        if h1 is None and page.og_title is None and page.title != page.html_title \
                and (shorter := _without_site_name(page.title)) != page.title:
            # "Headline - Section - Site" (uCoz: "Pune metro … - पुणे शहर - पुणे वार्ता"): no element shows the
            # <title> without the site's name, one shows it without the section too (uCoz's "<td class=eTitle>"):
            # that is the headline
            h1 = _headline_element(root, shorter, shown)
            if h1 is not None:
                page.title = shorter
    if h1 is None and shown is not None:
        h1, page.title = shown, _heading_text(shown)  # the selector's element does not show the head's title: its text
    if h1 is not None and page.title and (bare := _undecorated_headline(page.title, page.og_title, page.html_title)):
        page.title = bare  # "<h1>» Headline</h1>" (Colibri WP) under "<title>Headline – Site": the glyph decorates
    h1_tail_lines: list[str] = []
    if h1 is not None and page.title and (tail := _headline_tail(h1, page.title, page.og_title, page.html_title)) \
            is not None:
        # "<h1>Headline<span>.</span></h1>", "<h1>Headline<br/><span>date Source：X</span></h1>": the head's titles
        # end the headline before it; the metadata it holds is read as a metadata line
        page.title, h1_tail_lines = page.title[:-len(_text(tail))].rstrip(), _tail_lines(tail)
    if h1 is not None and page.title and "\u3000" in (raw_title := h1.text_content()):
        page.title = keep_ideographic_spaces(page.title, raw_title)  # "据え置き\u3000円安": written so
    page.has_article_element = root.find(".//article") is not None
    page.microdata_article = microdata_article(root)
    body = root.find("body") if root.tag == "html" else root
    container = _first(root, body_css)
    containers = _attached(container) if container is not None else []
    story = _story_scope(h1, root) if container is None else None
    if story is not None:
        container, scores = _score_containers(story, h1, url)
    if container is None and not containers:
        story = None
        container, scores = _score_containers(body if body is not None else root, h1, url)
    if container is not None and not containers:
        feed = _live_feed(container)
        if feed is not None:
            containers = _live_blog(feed, scores)
        else:
            containers = _with_siblings(container, scores, h1)
    standfirst = None
    if container is not None and (standfirst := _headline_standfirst(h1, containers)) is not None:
        containers = [standfirst, *containers]
    if container is not None:
        page.blocks = []
        for c in containers:
            page.blocks += _blocks(c, before=page.blocks)
        _resolve_links(page.blocks, url)
        outbound = _outbound_links(containers, url)
        page.link_keywords = _spam_links(outbound)
        page.outbound_links = [(host, text) for host, text, _, _ in outbound]
        total = sum(len(b.text) for b in page.blocks) or 1
        page.container_link_ratio = sum(b.link_ratio * len(b.text) for b in page.blocks) / total
        page.italic_lines = [line for c in containers for el in _ITALIC_PARAGRAPHS(c)
                             if len(line := _text(el)) <= _ITALIC_LINE_CHARS]
        page.small_lines = [line for c in containers for el in _SMALL_PARAGRAPHS(c)
                            if len(line := _text(el)) <= _ITALIC_LINE_CHARS]
        page.bold_lines = [line for c in containers for el in _BOLD_PARAGRAPHS(c)
                           if len(line := _text(el)) <= _ITALIC_LINE_CHARS]
        page.right_lines = [line for c in containers for el in _RIGHT_PARAGRAPHS(c)
                            if len(line := _text(el)) <= _ITALIC_LINE_CHARS]
        page.bold_label_rows = [row for c in containers for el in _BOLD_LED_PARAGRAPHS(c)
                                if not _longer_than(el, _ITALIC_LINE_CHARS) and (row := _bold_label_row(el))]
        page.label_lines = [line for c in containers for el in _BOLD_LED_PARAGRAPHS(c)
                            if len(line := _text(el)) <= _ITALIC_LINE_CHARS and _bold_labelled(el)]
    page.parts = (h1, containers)
    if page.language is None and containers:
        # no declaration on <html>, one on the text's own container or an element around it: the text's language
        # (HedgeDoc's publish view, "<html>" bare and "<div id="doc" class="markdown-body" lang="kca">", the
        # language the note's YAML "lang:" sets)
        page.language = next((language_subtag(lang) for el in (containers[0], *containers[0].iterancestors())
                              if (lang := el.get("lang"))), None)
    page.author_slugs = _author_slugs(root, url)
    page.footer_text = bool(containers) and all(_in_site_footer(c, h1) for c in containers)
    # (a headline element that is the site's logo linking home, the page titled with the site's name: what follows it
    # is the masthead's, not the page's metadata; Mambo's "<div id=logo><a href=/>Site</a></div><div id=date>
    # Saturday, 21 March 2026</div>", today's date on every page)
    page.meta_lines = [*h1_tail_lines, *_meta_lines(None if h1 is not None and is_logo(h1) else h1, container)]
    if standfirst is not None:
        # (the standfirst under the headline is the text's first paragraph, no line of the metadata area it sits in:
        # Piranha's header "<h1>…</h1><p class=post-meta>…</p><div class=row><div class="col-lg-8 lead">…</div>")
        page.meta_lines = [line for line in page.meta_lines if line != _text(standfirst)]
    if back := _back_links(h1, url):
        # (read neither as a metadata line nor as a block: a section's name, it would be taken for the category)
        page.meta_lines = [line for line in page.meta_lines if line not in back]
        page.blocks = [b for b in page.blocks if b.text not in back or b.link_ratio < 0.9]
    post = _common_ancestor(h1, container) if h1 is not None and container is not None else None
    page.agency_credit = _agency_after_text(containers, post) if post is not None else None
    if len(containers) > 1 and (line := _labelled_block_after_run(containers[-1]) or _line_after_run(containers)) \
            and line not in page.meta_lines:
        page.meta_lines.append(line)
    if h1 is not None and (row := _teaser_row(root, h1, containers)) is not None and row not in page.meta_lines:
        page.meta_lines.append(row)
    if h1 is not None:
        page.meta_lines += _meta_table_lines(root)
        if containers and (rows := _opening_properties(containers[0])):
            # a table of label/value rows opening the text: the page's fields, read as metadata lines, no text of it
            page.meta_lines += [line for line, _ in rows if line not in page.meta_lines]
            shown = {text for _, text in rows}
            page.blocks = [b for b in page.blocks if "".join(b.text.split()) not in shown]
        page.meta_lines += [line for line in _keyed_property_lines(root) if line not in page.meta_lines]
    meta_el = _first(root, meta_css)
    if meta_el is not None:
        page.meta_lines.insert(0, _spaced_text(meta_el))
    scope = story if story is not None else root
    marked = _MARKS_A_TIME(scope)  # (else none of the walks reading a time from the markup can find one)
    # (a head's day-only date gives way to the markup's time of that day: the story's own publication time only)
    if not page.published_hint:
        page.published_hint = _time_attribute(scope, url) if marked else None
    elif marked and _finer_time(page.published_hint, found := _own_published_time(scope, url)):
        page.published_hint = found
    if not page.published_hint:
        for t in _TIME_TITLE(scope) if marked else ():
            # the <time> of the metadata area (its shown text in a metadata line; a rail's teasers have theirs too)
            shown, titled = _text(t), normalize_inline(t.get("title"))
            if shown and any(ch.isdigit() for ch in titled) and any(shown in line for line in page.meta_lines):
                page.meta_lines.append(titled)  # read as the visible local time
                break
        # no machine-readable time in the markup: a single-page app's state may hold it
        page.published_hint = _generated_midnight(_state_published(root, url, page.title)) \
            or _component_published(root)
    # the draft's creation (Plone's DC.date.created), when the page states no other time; or the creation a note's
    # info bar keeps in an attribute (_created_attribute)
    page.published_hint = page.published_hint or page.created_hint or _created_attribute(root) \
        or _linked_stamp(root)
    if all(len(b.text) < _MEDIA_LINE_CHARS for b in page.blocks):  # (no paragraph: looked at for short texts only)
        page.media_text = _beside_media(containers, post)
        page.captions_only = _captions_only(root)
    if not page.published_hint and (box := _post_box(post)) is not None:
        # ... nor a date in the metadata lines: the one the post's box shows in an element marked as a date
        # (kept apart from the metadata lines, which tell an article from another page: a date is no evidence);
        # a date without its time of day gets the clock the box shows alone
        at = next((i for i, line in enumerate(page.meta_lines) if find_date(line) is not None), None)
        if at is not None:
            page.meta_lines[at] = _with_clock(page.meta_lines[at], box, page.meta_lines)
        elif (shown := _shown_date(box)) is not None:
            page.shown_date = _with_clock(shown, box)
            page.stamp_dated = shown.startswith(_UPDATE_MARK)  # (the last edit's stamp, see _UPDATE_MARK)
    if not page.published_hint and not page.shown_date and post is not None \
            and not any(find_date(line) is not None for line in page.meta_lines):
        page.shown_date = _line_under_headline_date(post, h1, container) or _post_header_date(post, h1)
    card = None
    if not page.published_hint and not page.shown_date and h1 is not None \
            and not any(find_date(line) is not None for line in page.meta_lines) \
            and (card := _post_card(root, _base_url(root, url))) is not None:
        page.shown_date = card[0]  # the post card's in the sidebar (_post_card)
    if not page.published_hint and not page.shown_date and card is None and h1 is not None \
            and not any(find_date(line) is not None for line in page.meta_lines) \
            and (stamp := _titled_stamp(root) or _change_stamp(root)) is not None:
        page.meta_lines.append(stamp)
        page.stamp_dated = True
    if not page.published_hint and not page.shown_date and card is None and h1 is not None \
            and not any(find_date(line) is not None for line in page.meta_lines):
        page.shown_date = _posted_by_line(root)  # ... nor a stamp: the item's "posted by <writer>, date" line
    if not page.published_hint and not page.shown_date and card is None and h1 is not None \
            and not any(find_date(line) is not None for line in page.meta_lines):
        page.shown_date = _issue_line_date(root, h1)  # ... nor that: a newsletter's issue line above the headline
    page.source_hint = _agency_author(scope, page.meta_lines) or _classed_source(h1) or page.agency_credit
    if not page.published_hint and any(_CLOCK.search(line) for line in (*page.meta_lines, page.shown_date or "")):
        # (only for a time of day shown without a machine-readable time, which states its own offset: most
        # pages skip the search)
        page.zone = _stated_zone(root)
    page.category_hint = page.category_hint or _kicker(h1, root, url) or _topic_prefix(h1)
    page.filed_under = _category_line(h1, _base_url(root, url)) if h1 is not None else None
    page.category_hint = page.category_hint or page.filed_under or _wiki_category(containers)
    page.post_line = h1 is not None and _platform_post_line(h1)
    page.breadcrumbs, page.breadcrumb_text = _breadcrumbs(body if body is not None else root, h1, url)
    page.breadcrumbs = _past_wiki_home(root, url, page.breadcrumbs)
    blog_home = None
    if not page.category_hint and not page.breadcrumbs:
        blog_home = _blog_home(root, url, page.publisher)
        if card is None and h1 is not None and not page.published_hint \
                and (dates := {d.value for line in page.meta_lines if (d := find_date(line)) is not None}) \
                and (found := _post_card(root, _base_url(root, url), page.meta_lines)) is not None \
                and (day := find_date(found[0])) is not None and day.value in dates:
            card = found  # the card of the day and the writer of the post's metadata line gives the category
        page.category_hint = (_post_label(scope, h1, post) or _trail_heading_current(root, h1)
                              or _meta_line_category(post, url, _base_url(root, url), blog_home, page.author_refs)
                              or _headline_line_category(h1, _base_url(root, url), page.author_refs)
                              or _labelled_section_link(post, h1, container, root, _base_url(root, url))
                              or (card or (None, None))[1]
                              or _section_tag(h1, post)
                              or _post_footer_category(post, h1, url, _base_url(root, url), page.author_refs)
                              or _classed_category_field(root)
                              or _counted_category(post, root, url, page.author_refs))
    if not page.category_hint and page.breadcrumbs \
            and (named := _archive_under_crumb(root, post, url, page.breadcrumbs, page.title, page.author_refs)
                 or _section_renaming_crumb(root, h1, page.breadcrumbs, containers, url)):
        page.category_hint = named
    page.dated_scope = body if body is not None else root
    page.wiki_namespace = _wiki_namespace(body)
    page.docs_page = root.tag == "html" and "docs-doc-page" in (root.get("class") or "").split()
    page.notebook_output = any(word in _classes_written(root) for word in _NOTEBOOK_OUTPUT_WORDS) \
        and bool(_NOTEBOOK_OUTPUT(root) and _HAS_CODE(root))
    body_classes = (body.get("class") or "").split() if body is not None else []
    page.not_found_template = not _NOT_FOUND_BODY.isdisjoint(body_classes) or _MESSAGE_PAGE(root)
    page.menu_static_page = _static_page_body(body_classes) and _menu_links_here(root, url)
    if page.og_type is None and not page.jsonld_types and sum(len(b.text) for b in page.blocks) < _SHORT_PAGE_CHARS:
        # a short page typed nothing: its home names, for classify's rule on the site's own pages opening with the
        # site's name (MyBB serves its About page at "/misc.php?page=about", linked from the footer, and the
        # rest of misc.php's actions alike)
        page.home_names = _home_names(root, url)
    page.wordpress_post = "single-post" in body_classes
    page.wordpress_attachment = "single-attachment" in body_classes
    page.shop_product = "catalog-product-view" in body_classes or (h1 is not None and _buy_form_beside(h1))
    page.shop_cms_page = "cms-page-view" in body_classes
    links = _page_links(root)
    page.calendar_entry = _calendar_entry((href for _, href in links), url)
    long_links = _LONG_LINKS(root)
    page.link_headlines = link_headlines(root, long_links)
    # (only a headline with a label before a colon asks for them: classify's comments page, "Cummenti: <headline>")
    page.away_link_texts = (_away_link_texts(long_links, url, page.title) if ":" in (page.title or "")
                            or "：" in (page.title or "") else [])
    page.section_names = _section_names(root, url, links=links)
    if page.title and page.html_title and page.html_title.casefold().endswith(page.title.casefold()) \
            and page.html_title != page.title:
        # (only under a <title> that closes with the headline, the site's name or the story's: most pages skip it)
        page.self_link_texts = [text for a, href in links if href and not href.startswith(("#", "mailto:", "javascript:"))
                                and len(text := _text(a)) <= _SELF_LINK_CHARS and text and _same_page(href, url)]
    if h1 is not None and _placeholder_crumb(root, page.breadcrumbs, page.section_names, page.title, url):
        # "Home > <a>Culture</a> > Main text" (PHPCMS v9's "正文" placeholder, in the site's language): the page's own
        # crumb names no section, the linked one before it does
        page.breadcrumbs = page.breadcrumbs[:-1]
    links = _menu_links_to_page(root, url, page.title, (page.site_name, page.publisher)) if page.title else iter(())
    first = next(links, None)
    page.menu_names_page = first is not None
    page.menu_label_names_page = first is not None and any(_menu_label(_text(a)) for a in chain((first,), links))
    page.line_menu_names_page = bool(page.title) and _line_menu_names_page(root, url, page.title)
    if not page.category_hint and not page.breadcrumbs:
        page.url_section = _url_section(root, url, blog_home, page.author_refs)
        page.tag_section = None if page.url_section else (_headline_row_tag(h1) or _tag_above_headline(h1) or _frame_tag_pill(h1)
                                                          or _menu_named_tag(root, h1, page.section_names, url))
    page.teaser_headings = [t for c in containers for t in _teaser_headings(c, url)]
    # (an HTML page's: a feed served as a page, an Atom document parsed as XML, holds no entry of a listing's text)
    page.entry_above = (_entry_link_above(containers[0], url) or _entry_inside(containers[0], url)) \
        if containers and isinstance(containers[0], lxml.html.HtmlElement) else None
    page.canonical = _canonical(root, url) or _headline_og_url(root, url, page.title)
    page.html_alternates = _html_alternates(root, url)
    page.print_class = print_classed(root)
    if page.canonical is None and (page.noindex or _PRINT_SCRIPT.search(urlsplit(url).path)) \
            and page.og_type != "article" and not page.jsonld_types & ARTICLE_TYPES:
        # (an article saying it is one, kept out of search engines, is no print view: a paywalled or
        # sponsored story with og:type=article prints an address of its site as any other does)
        page.canonical = _printed_address(root, url, page.blocks)
    if (page.noindex or _EXPORT_PATH.search(urlsplit(url).path)) and page.canonical is None and h1 is not None:
        page.chapter_headings = _chapter_headings(h1, page.link_headlines)
    page.read_on_links = _read_on_links(containers, url)
    if containers:
        page.teaser_of = _teaser_over(containers[0], url, page.canonical, page.title, h1) \
            or _headline_links_away(h1, containers[0], url, page.canonical)
        page.teaser_items = _teaser_items(containers[0], url, h1, page.canonical)
    return page


# Links that may download an iCalendar entry (RFC 5545): the marks an iCalendar link carries (those _CALENDAR_TAIL and
# _CALENDAR_QUERY need, "webcal:"), looked for in each link's address in Python: an XPath asking for them cost 69 µs
# a page on the benchmark site, "//a/@href" and this loop ~20 µs, the addresses _page_links read for the section
# names too ~4 µs; a bare "ics" would not do ("/politics/", "/topics/" are in most pages' menus)
_CALENDAR_MARKS = re.compile(r"\.ics|ics_|ical|ics=|=ics|/ics|\.ICS|webcal:")
# what follows the page's own address in a link to its calendar entry: Plone's "<page>/ics_view", Pimcore's and
# many CMSs' "<page>.ics", a "/ical" or "/export.ics" route
_CALENDAR_TAIL = re.compile(r"[/.](?:ics_view|ics|ical|icalendar|(?:export|event)\.ics)/?", re.IGNORECASE)
# ... or its query: The Events Calendar's "<page>?ical=1", "?format=ics", "?outlook-ical=1"
_CALENDAR_QUERY = re.compile(r"(?:^|&)(?:(?:outlook-)?ical|ics)=|(?:^|&)format=(?:ics|ical)\b", re.IGNORECASE)


# the longest text of a link to the page itself that ExtractedPage.self_link_texts keeps: a name, no headline
_SELF_LINK_CHARS = 40


def _page_links(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """Every link of the page with its address ("" when it has none), in the document's order: read once a page
    for the calendar-entry search and the section names, which both look at every link's address."""
    return [(a, a.get("href") or "") for a in root.iter("a")]


def _calendar_entry(hrefs: Iterable[str], url: str) -> bool:
    """Whether the page links to its own calendar entry: an iCalendar file of the page's address ("Download Event",
    "Agregá na kalènder": "<page>/ics_view", "<page>.ics", "<page>?ical=1", "webcal://…"), as an event's page does
    and a story never does (a story about an event links the event's page, not its own calendar entry).  A listing's
    or the sidebar's calendar feed ("/events/?ical=1" on a story's page) is another address's; on a site of one
    script whose pages differ by their query ("news.php?id=412"), the link keeps the page's own query
    ("news.php?cal=events&format=ics" is the site's feed).  ``hrefs``: the addresses of the page's links."""
    # (the substring tests first: most links have none, and they cost less than the search; the page's own
    # address read only once a link may be one)
    found = [href for href in hrefs if ("ics" in href or "ical" in href or "ICS" in href or "webcal" in href)
             and _CALENDAR_MARKS.search(href) is not None]
    if not found:
        return False
    page = urlsplit(url)
    own = page.path.rstrip("/")
    if not own:
        return False  # the home page (and a calendar feed of the whole site)
    own_query = None
    for href in found:
        href = href.strip()
        if href.lower().startswith("webcal:"):
            href = "http:" + href[len("webcal:"):]
        target = urlsplit(urljoin(url, href))
        if own_query is None:
            own_query = set(parse_qsl(page.query))  # (read once a link may be one: most pages have none)
        if not target.path.startswith(own) or (own_query and not own_query <= set(parse_qsl(target.query))):
            continue
        tail = target.path[len(own):]
        if _CALENDAR_TAIL.fullmatch(tail) or (tail in ("", "/") and _CALENDAR_QUERY.search(target.query)):
            return True
    return False


# MediaWiki names the namespace of the page in the <body>'s classes ("mediawiki … ns-1 ns-talk", "ns--1
# ns-special") and in its script config ("wgNamespaceNumber":1)
_WIKI_NS_CLASS = re.compile(r"ns-(-?\d+)$")
_WIKI_NS_CONFIG = re.compile(r'"wgNamespaceNumber"\s?:\s?(-?\d+)')
_WIKI_CONFIG_SCRIPTS = etree.XPath("//script[not(@src)][contains(., 'wgNamespaceNumber')]")


def _wiki_namespace(body: etree._Element | None) -> int | None:
    """The namespace number of a MediaWiki page (its <body> classed "mediawiki"), else None: a talk page
    ("Талкуу:…", "Diskussion:…"), a user's, a category's or a special page is no article even when it reads like
    one (a talk page's signed comments are dated).  The class first; the script's config when the skin omits it."""
    if body is None:
        return None
    classes = (body.get("class") or "").split()
    if "mediawiki" not in classes:
        return None
    for word in classes:
        if word.startswith("ns-") and (match := _WIKI_NS_CLASS.match(word)):
            return int(match.group(1))
    for script in _WIKI_CONFIG_SCRIPTS(body.getroottree()):
        if match := _WIKI_NS_CONFIG.search(script.text or ""):
            return int(match.group(1))
    return None


# "Politik", "Q&A"; not "More: Economy", nor a script's own stop ("খেলা।", "កីឡា។").  The vowel signs and viramas
# of Indic, Southeast Asian and other scripts are marks, not \w: "ଓଡ଼ିଶା" (Odia), "खेल" (Hindi), "กีฬา" (Thai),
# "ᬩᬮᬶ" (Balinese) are names too (a character of Unicode category M passes, see _section_name); Tibetan's tsheg
# "་" parts the syllables of a word ("གནས་ཚུལ", news), no punctuation of a name's end
_SECTION_NAME = re.compile(r"[^\W_][\w &'’.\u0f0b-]*$")


def _short_section_name(text: str) -> bool:
    """``text`` is a section's name short enough for a menu link or a label: 30 characters, three words at most."""
    return bool(text) and len(text) <= 30 and len(text.split()) <= 3 and _section_name(text)


def _section_name(text: str) -> bool:
    """``text`` reads as a section's name (see _SECTION_NAME), marks (category M) allowed among its letters."""
    if _SECTION_NAME.match(text):
        return True
    return bool(_SECTION_NAME.match(text[:1])) and _SECTION_NAME.match(
        "".join("a" if unicodedata.category(ch)[0] == "M" else ch for ch in text)) is not None
# (and an author's page in other languages: a footer menu's "<a href="/autor/redakcia/">Redakcia</a>" names the
# newsroom as an author, not a section)
_NOT_SECTION = frozenset(
    "tag tags author authors search page user users profile autor autoren autores autori autore auteur auteurs "
    "autorzy avtor avtorji yazar yazarlar writer writers journalist journalists reporter reporters contributor "
    "contributors".split()  # (not "columnists": a real opinion section on many sites)
    # (Shopify's static pages, "/pages/<handle>": an about page, a writer's page in Hydrogen's footer menu, "<a
    # href="/pages/sunil-munda">सुनील मुंडा</a>", no section's listing, which lives under "/blogs/<blog>/")
    + ["pages"])


@lru_cache(maxsize=512)
def _section_href(href: str, host: str | None) -> bool:
    """A link to a section of the site (cached: a site's navigation repeats on every page;
    its story links, each seen a few times, come and go: with 8,192 entries it was full of them,
    6,335 links at 2,300 pages of the benchmark crawl)."""
    if href.startswith(("#", "mailto:", "javascript:")):
        return False
    parts = urlsplit(href)
    if parts.hostname not in (None, host) or parts.query:
        return False
    segments = [x for x in parts.path.split("/") if x]
    if len(segments) > 1 and INDEX_FILE.fullmatch(segments[-1]):
        segments.pop()  # a folder's index file is the folder's page: mdBook's chapter "<a href="/kultura/index.html">"
    return not (not 1 <= len(segments) <= 2 or any(ch.isdigit() for ch in parts.path) or "." in segments[-1]
                or segments[0].lower() in _NOT_SECTION or segments[0].startswith(("@", "~"))  # "/@user/": a profile
                # (a taxonomy filter written as a parameter, Grav's "/blog/tag:chunav" and "/blog/author:rina": a
                # tag's or an author's listing; its "/blog/category:rajniti" is a section's)
                or (":" in segments[-1] and segments[-1].partition(":")[0].lower() in _NOT_SECTION))


# the links of the site's menu (nav, header, a "menu"/"nav" box) whose address holds $seg
_MENU_LINKS = etree.XPath(
    "//a[@href][contains(@href, $seg)][ancestor::nav or ancestor::header or ancestor::*[@role='navigation']"
    " or ancestor::*[contains(@class, 'menu') or contains(@class, 'nav')]]")


# the front script a CMS without rewritten addresses routes every page through ("/index.php/khabarona/<slug>/",
# Concrete CMS, Joomla, MediaWiki's "/index.php/Title"): no segment of the site's own (data: lower-case endings)
_DISPATCHER_ENDINGS = (".php", ".asp", ".aspx", ".cgi", ".jsp", ".pl")


# the path a blog files every post under, its menu link the archive of all posts, no section: eleventy-base-blog's
# "/blog/<slug>/" (menu "<a href="/blog/">ཡིག་ཚགས།</a>", archive), Hugo's "/posts/<slug>/" (data: lower case)
_ALL_POSTS = frozenset(("blog", "posts", "post", "entries", "entry")) | ARCHIVE_FOLDERS


def _url_section(root: etree._Element, page_url: str, blog_home: str | None = None,
                 authors: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The section the page's address files it under, named by the site's menu: the first segment of a path of
    two or more ("/dhaqaalaha/dekedda-berbera/", after a language's "/uz/" on a page of that language, after the
    front script "/index.php/"), when a menu link leads to that segment alone ("<nav><a href="/dhaqaalaha/">
    Dhaqaalaha</a>").  A segment no menu links, or one of the site's utility paths ("/tag/", "/author/"), names no
    section, nor does the page of one of the post's ``authors`` (Forem's "/<username>/<slug>")."""
    parts = urlsplit(page_url)
    segments = [x for x in parts.path.split("/") if x]
    lang = (root.get("lang") or "").split("-")[0].lower()
    prefix = "/"
    if len(segments) > 2 and segments[0].lower().endswith(_DISPATCHER_ENDINGS):
        prefix += segments.pop(0) + "/"
    if segments and lang and segments[0].lower() == lang:
        prefix += segments.pop(0) + "/"
    if len(segments) < 2:
        return None
    # the deepest folder first: "/blog/xewerler-1/<slug>/" (Odoo files a post under its blog, "<name>-<id>") is in
    # the blog the menu or trail names ("<a href="/blog/xewerler-1/">خەۋەرلەر</a>"), not in "/blog/" (all blogs); a
    # folder deeper than the first may carry a numeric id after its name, not be a number ("/2026/03/")
    base_url = _base_url(root, page_url)
    for depth in range(len(segments) - 1, 0, -1):
        seg = segments[depth - 1]
        if seg.lower() == "wiki":
            # a wiki's folder ("/<owner>/<repo>/wiki/<Page>", Gitea's, its repository tab "Wiki" linking it; MediaWiki's
            # "/wiki/<Page>"): every page of the wiki is in it, and what holds it is the wiki's owner, no section
            return None
        if depth == 1 and (seg.lower() in _NOT_SECTION or seg.lower() in _ALL_POSTS or any(ch.isdigit() for ch in seg)):
            continue
        if depth > 1 and (seg.lower() in _NOT_SECTION or any(ch.isdigit() for ch in seg.rstrip("0123456789").rstrip("-_"))
                          or not any(ch.isalpha() for ch in seg)):
            continue
        wanted = prefix + "/".join(segments[:depth])
        if wanted in authors:
            continue
        if depth == 1 and blog_home == wanted + "/":
            # the folder a blog is mounted in is its home, not a section: Typepad's "/akuko/" (its banner reads the
            # blog's name), linked from the "« prev | Isi | next »" bar as "Isi" (Igbo: home)
            continue
        for a in _MENU_LINKS(root, seg=seg):
            target = urlsplit(urljoin(base_url, a.get("href").strip()))
            if target.netloc == parts.netloc and not target.query and target.path.rstrip("/") in (wanted, wanted + ".html"):
                text = _text(a).rstrip("།")
                if _short_section_name(text) and text.casefold() not in authors:
                    return text
    return None


# a tag link: rel="tag", a "tag" class (eleventy-base-blog's "post-tag", Hugo themes' "tag"), a "/tags/" address
_TAG_LINK_TEST = ("[contains(concat(' ', normalize-space(@rel), ' '), ' tag ') or contains(@class, 'tag')"
                  " or contains(@href, '/tag/') or contains(@href, '/tags/')]")
_TAG_LINKS = etree.XPath(".//a[@href]" + _TAG_LINK_TEST)
# ... in the headline's row, or any link of a box of the row classed as its tags (Lume simple-blog's "<div
# class="post-tags"><a class="badge" href="/archive/medeniet/">Медениет</a>"; a page's "popular-tags" box elsewhere
# is no row's)
_ROW_TAG_LINKS = etree.XPath(".//a[@href]" + _TAG_LINK_TEST + " | .//*[contains(@class, 'tags')]//a[@href]")


def _headline_row_tag(h1: etree._Element | None) -> str | None:
    """The first tag of the post's metadata row just under its headline, the row holding the post's <time>:
    eleventy-base-blog's "<h1>…</h1><ul class="post-metadata"><li><time>…</time></li><li><a href="/tags/gnas-tshul/"
    class="post-tag">གནས་ཚུལ</a>, </li>…": a blog whose only taxonomy is its tags shows the post's section first.
    A last resort for the category, before _menu_named_tag (a tag after the text, only when the site's menu has a
    section of its name: other tags listed after the text name topics, not a section).  The post's <time> may head
    the headline's short box instead, the tags row closing it: Forem's "<div class="crayons-article__header__meta">…
    Publicà el <time>…</time> <h1>…</h1> <div class="spec__tags"><a class="crayons-tag"><span>#</span> sport</a>…"
    (the tag without its "#" prefix).  The time may be a script's relative one in a box classed so, no <time>: Ghost
    Liebling's "<div class="m-heading__meta"><a href="/tag/kodoro/" class="m-heading__meta__tag">Kodoro</a> •
    <span class="m-heading__meta__time">a month ago</span></div>"."""
    if h1 is None:
        return None
    row = h1.getnext()
    while row is not None and not isinstance(row.tag, str):
        row = row.getnext()  # (a comment)
    if row is None or _longer_than(row, 200):
        return None
    if next(row.iter("time"), None) is None and not any(
            isinstance(el.tag, str) and "time" in _class_words(el.get("class"), None) for el in row.iterdescendants()):
        box = h1.getparent()
        if box is None or row.getnext() is not None or _longer_than(box, 200 + len(_text(h1))) \
                or not any(_document_path(t) < _document_path(h1) for t in box.iter("time")):
            return None
    for a in _ROW_TAG_LINKS(row):
        text = _text(a).rstrip("།,").removeprefix("#").strip()
        return text if _short_section_name(text) else None
    return None


# a link into a tag's or a category's archive ("/tag/atualite/", "/categories/naujienas/")
_ARCHIVE_PATH_WORDS = frozenset(CATEGORY_PATH_WORDS) | {"tag", "tags"}


# the first tag pill of the story's frame, the frame naming its tags (TiddlyWiki's static export: "<div
# class="tc-tiddler-frame …" data-tags="Жамигат Сагъдеш" role="article">…<h2 class="tc-title">…</h2>…<div
# class="tc-tags-wrapper"><span class="tc-tag-list-item" data-tag-title="Жамигат">", pills, not links; the first the
# section the site files the tiddler under)
_FRAME_TAG_PILL = etree.XPath("(ancestor::*[@data-tags][1]//*[@data-tag-title])[1]/@data-tag-title")


def _frame_tag_pill(h1: etree._Element | None) -> str | None:
    """The story frame's first tag pill (_FRAME_TAG_PILL), a section's short name.  A last resort for the category,
    as _headline_row_tag."""
    found = _FRAME_TAG_PILL(h1) if h1 is not None else []
    text = normalize_inline(str(found[0])) if found else ""
    return text if text and _short_section_name(text) else None


def _tag_above_headline(h1: etree._Element | None) -> str | None:
    """The post's primary tag or category in the short line just above its headline (or above the headline's box,
    the headline first in it), a link into a tag's or a category's archive: Ghost's Edition "<div class="single-meta">
    <time>…</time> … <a class="post-tag" href="/tag/atualite/">Atualité</a></div><h1>…", Hugo Stack's "<header
    class="article-category"><a href="/categories/naujienas/">Naujienas</a></header><div class="article-title-wrapper">
    <h2>…".  A last resort for the category, as _headline_row_tag; not a strip of other stories' cards above it."""
    if h1 is None:
        return None
    lines = [h1.getprevious()]
    parent = h1.getparent()
    if parent is not None and h1 is next((c for c in parent if isinstance(c.tag, str)), None):
        lines.append(parent.getprevious())
    for line in lines:
        while line is not None and not isinstance(line.tag, str):
            line = line.getprevious()  # (a comment)
        if line is None or line.tag in ("nav", "aside", "script", "style") or _longer_than(line, 200):
            continue
        for a in line.iter("a"):
            segments = [seg.lower() for seg in urlsplit((a.get("href") or "").strip()).path.split("/") if seg]
            if len(segments) >= 2 and segments[-2] in _ARCHIVE_PATH_WORDS and not _in_story_strip(a, line.getparent()):
                text = _text(a).removeprefix("#").strip()
                return text if _short_section_name(text) else None
    return None


def _back_links(h1: etree._Element | None, page_url: str) -> set[str]:
    """The texts of the links back to the listing the post is in, in the row under its headline that holds the post's
    <time> and its tag (Nextra's blog: "<div>… <time>…</time> • <a href="/tags/ꁧꄿ">ꁧꄿ</a></div><div><a
    href="/posts">ꀨꏦ</a></div>" on /posts/<slug>): a box of one link to a folder above the page's address, the way
    back to the posts, no section (the tag is: _headline_row_tag)."""
    row = h1.getnext() if h1 is not None else None
    while row is not None and not isinstance(row.tag, str):
        row = row.getnext()  # (a comment)
    if row is None or _longer_than(row, 200) or next(row.iter("time"), None) is None:
        return set()
    tags = _TAG_LINKS(row)
    if not tags:
        return set()
    here = urlsplit(page_url)
    own = _path_key(here.path)
    back: set[str] = set()
    for a in row.iter("a"):
        href = (a.get("href") or "").strip()
        if a in tags or not href or href.startswith("#"):
            continue
        target = urlsplit(urljoin(page_url, href))
        folder = _path_key(target.path)
        text = _text(a)
        if text and folder and own.startswith(folder + "/") and target.hostname == here.hostname \
                and _text(a.getparent()) == text:
            back.add(text)
    return back


def _menu_named_tag(root: etree._Element, h1: etree._Element | None, sections: list[str], page_url: str) -> str | None:
    """The post's first tag after its headline when the site's menu has a section of that name: Medium's tags under
    the text ("<a href="https://medium.com/tag/cultura">Cultura</a>", the publication's tab "<a href="/tagged/cultura">
    Cultura</a>").  Only the first tag (a list of tags names topics after the section); not one in an aside, a nav, a
    header or a footer, nor in a box named for other stories ("div.sidebar", "related": a tag cloud), nor in another
    story's card (_card_tag: a "More stories" card's "<a class="story-tag">Sport</a>"); a first tag no menu names
    gives none."""
    if h1 is None or not sections:
        return None
    names = {name.casefold() for name in sections}
    tags = _TAG_LINKS(root)
    if not any(_text(a).casefold() in names for a in tags):
        return None  # (no tag a menu names: none, whichever is first; the walks below cost ~50 µs a page)
    headline = _document_path(h1)
    around = set(h1.iterancestors())  # (a box holding the headline is the page's layout, whatever its name)
    for a in tags:
        if _document_path(a) < headline or any(
                x.tag in ("aside", "nav", "footer", "header")
                or (x not in around and not _OTHER_STORIES.isdisjoint(_naming_words(x.get("class"), x.get("id"))))
                for x in a.iterancestors()) or _card_tag(a, page_url):
            continue
        text = _text(a)
        return text if text.casefold() in names and _short_section_name(text) else None
    return None


def _card_tag(a: etree._Element, page_url: str) -> bool:
    """A tag in another story's card: a box around it, a card's length (_CARD_CHARS), holds a link of a headline's
    length to another page of the site (not to an archive)."""
    for box in a.iterancestors():
        if box.tag in ("body", "html") or _longer_than(box, _CARD_CHARS):
            return False
        if any(_card_headline(link) and _same_page(link.get("href"), page_url) is False
               for link in box.iter("a") if link is not a and link.get("href")):
            return True
    return False


def _section_names(root: etree._Element, page_url: str, outside: etree._Element | None = None,
                   links: list[tuple[etree._Element, str]] | None = None) -> list[str]:
    """Texts of links to the site's sections (``<a href="/ressort/politik/">Politik</a>``):
    a short name on a path of one or two segments without digits (not the links inside ``outside``).
    ``links``: _page_links(root), when the caller has it."""
    host = urlsplit(page_url).hostname
    names: list[str] = []
    own = set(outside.iter("a")) if outside is not None else ()
    for a, href in _page_links(root) if links is None else links:
        if a in own:
            continue
        if not href or not (_section_href(href, host) or (_flat_section_href(href, host) and _in_menu(a)
                                                           and _same_page(href, page_url) is False)):
            # (a flat page's link to the page itself is no section's: a story the menu links, "hochwasser-im-tal.html")
            continue
        if a.get("rel") == "author" or _in_byline(a):
            continue
        if "#" in href and _same_page(href, page_url):
            continue  # an anchor of the page itself, as "#…" is: Weebly's "<a href="/blog/<slug>#comments">2 Comments</a>"
        text = _text(a)
        if (number := _CHAPTER_NUMBER.match(text)) and _section_href(href, host):
            # a book's sidebar numbers its chapters, the number no part of the name: mdBook's "<a href="/kultura/
            # index.html"><strong>2.</strong> Культура</a>", GitBook's "<b>2.1.</b>"; only a chapter leading to a
            # folder is a section (a numbered flat page, "<a href="/lahu.html">9. Ляхъан</a>", is one of the book's
            # pages and keeps its number: no line naming it reads as a category)
            text = text[number.end():]
        if _short_section_name(text) and text not in names:
            names.append(text)
    if names:
        # a name another link of the page leads into an author's archive with is a person's, wherever else it links
        # (Hexo Sakura's byline "<a href="/authors/hem-pant/">हेम पंत</a>", its sidebar's "<a href="/about/">हेम
        # पंत</a>": the about page, no section)
        people = {_text(a) for a, href in (_page_links(root) if links is None else links)
                  if href and _person_archive(href, host)}
        names = [name for name in names if name not in people]
    return names[:100]


# a book's chapter number before a menu item's words ("2. ", "2.1. ": mdBook, GitBook, Docusaurus sidebars)
_CHAPTER_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.\s+(?=[^\W\d_])")


# the first segments of a person's archive among _NOT_SECTION's ("/authors/hem-pant/", "/autor/redakcia/")
# (a member's page of a CMS with accounts is its writer's archive too: Subrion's "/member/tamag.html", XenForo's
# "/members/…")
_PERSON_FOLDERS = _NOT_SECTION - {"tag", "tags", "search", "page", "pages"} | {"member", "members"}


@lru_cache(maxsize=512)
def _person_archive(href: str, host: str | None) -> bool:
    """``href`` leads into an author's or a user's archive of the site ("/authors/hem-pant/", "/blog/author/…").  Cached as
    _section_href is: every link of every page is asked about twice (_section_names, _author_slugs), and a site's
    navigation repeats on every page."""
    parts = urlsplit(href)
    segments = [x for x in parts.path.split("/") if x]
    # (the folder first, or right above the name under a blog's own folder: Winter CMS's RainLab.Blog
    # "/blog/author/shija-masanja")
    # (or named flat, its word and its number: Z-BlogPHP's "/author-2.html", footer.flat_archive)
    return parts.hostname in (None, host) and (
        (len(segments) >= 2 and (segments[0].lower() in _PERSON_FOLDERS or segments[-2].lower() in _PERSON_FOLDERS))
        or (len(segments) == 1 and flat_archive(segments[0]) in _PERSON_FOLDERS))


_LINKED_NAME = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*){1,3}")


def _author_slugs(root: etree._Element, url: str) -> list[str]:
    """The last segments of the page's links to a writer's archive of the site, rel="author" or under an author's
    folder (_PERSON_FOLDERS: Saber's footer "<a href="/authors/mali-paul">Wi'kiketijik</a>"), its extension off;
    and the name such a link reads, two to four words, spelled as a slug (Subrion's info line "by <a
    href="/member/tamag.html">Tamag Gilmar</a> on Mar 19, 2026": "Tamag-Gilmar"), the address spelling a user's
    login only."""
    host = urlsplit(url).hostname
    slugs: list[str] = []
    for link in root.iter("a"):
        href = link.get("href") or ""
        if "author" in (link.get("rel") or "") or _person_archive(href, host):
            segments = [x for x in urlsplit(href).path.split("/") if x]
            if segments and (slug := segments[-1].rsplit(".", 1)[0]) not in slugs:
                slugs.append(slug)
            if _LINKED_NAME.fullmatch(name := _text(link)) and (slug := name.replace(" ", "-")) not in slugs:
                slugs.append(slug)
    return slugs


# a flat site's page of one word or a few, no digits ("mboka.html", "mpo-na-biso.html"): a section when the menu links it
_FLAT_PAGE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+){0,2}\.html?", re.IGNORECASE)


@lru_cache(maxsize=512)
def _flat_section_href(href: str, host: str | None) -> bool:
    """A link to a page of one segment of a site exported as flat files (Mobirise's "<a href="mboka.html">Mboka</a>"),
    or of two, its folder no listing word's nor the posts' (_ALL_POSTS): Hakyll's "/tasga/tamazirt.html"; not its
    home ("index.html") nor a listing word's page (_NOT_SECTION)."""
    parts = urlsplit(href)
    segments = [x for x in parts.path.split("/") if x]
    if parts.hostname not in (None, host) or parts.query or not 1 <= len(segments) <= 2 \
            or not _FLAT_PAGE.fullmatch(segments[-1]):
        return False
    # (or in a folder of sections: Hakyll's "/tasga/tamazirt.html", not a folder of posts, of tags or of the site's
    # own pages, Pelican's "/pages/wer-wir-sind.html")
    stem = segments[-1].rsplit(".", 1)[0].lower()
    return stem not in _NOT_SECTION and stem not in ("index", "default", "home") and (
        len(segments) == 1 or segments[0].lower() not in _NOT_SECTION | _ALL_POSTS | {"pages"})


def _in_menu(a: etree._Element) -> bool:
    """The link sits in the site's navigation: a nav, a header or a navigation role, or a box whose id names the
    menu (_MENU_IDS) (the kicker's and the section's test; the menu lists of _MENU_UL, outside those, are read by the
    site's-own-page rules: _site_menu_link, _MENU_TITLE_LINKS, _MENU_OR_FOOTER_LINKS)."""
    return bool(_IN_NAV(a))


# where a site's menus and footer sit (XPath conditions on a link, shared by the paths below).  A menu list is
# classed "menu", or its items are wp_nav_menu's "menu-item" whatever the theme classes the list (Newsmag's
# "<ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="/waa-ee-keenya/">")
# (or a box whose id names the site's menu in a layout older than HTML5's <nav>: Wolf CMS's and Frog's "<div id="nav">
# <ul><li><a href="/thanzi.html" class="current">Thanzi</a>", "<div id="main-menu">"; an id, not a class: a class
# "nav-previous" is a post's link to the one before)
_MENU_IDS = frozenset(("nav", "navigation", "navbar", "menu", "mainmenu", "mainnav", "main-nav", "main-menu",
                       "main-navigation"))
_NAV_ANCESTOR = ("ancestor::nav or ancestor::header or ancestor::*[@role='navigation']"
                 " or ancestor::*[" + " or ".join(f"@id='{ident}'" for ident in sorted(_MENU_IDS)) + "]")
_FOOTER_ANCESTOR = "ancestor::footer or ancestor::*[@role='contentinfo']"
# (a list classed "nav" or "…-nav" too: Bootstrap's "ul.nav", livedoor's "ul.global-nav" of the blog's own pages)
_MENU_UL = ("ancestor::ul[contains(concat(' ', normalize-space(@class), ' '), ' menu ')"
            " or contains(concat(' ', normalize-space(@class), ' '), ' nav ')"
            " or contains(concat(' ', normalize-space(@class), ' '), '-nav ')"
            " or li[contains(concat(' ', normalize-space(@class), ' '), ' menu-item ')]]")
# the links of the site's menu (nav, header, a navigation role, or a menu list: WordPress's wp_nav_menu, "<div
# class="menu-footer-container"><ul class="menu"><li><a href="/about/">About</a>" in a footer widget) reading $title
# exactly
# a line of links in the site's sidebar (ikiwiki's sidebar page, "<div class="sidebar">…<p><a href="../khabran/">khabran
# </a> · … · <a href="./">baare</a></p>", the wiki's menu where its template has no <nav>: see _menu_line)
_SIDEBAR_LINE = ("parent::p[ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' sidebar ')"
                 " or @id='sidebar']]")
# ... or a list in the sidebar (its box's id or class holding "sidebar", whatever its case: Foswiki's "<div
# id="patternSideBar">…<ul><li><a>Ehokololo letu</a></li><li><a>Kwatafana nafye</a></li><li><a>Users</a></li></ul>",
# about, contact; see _sidebar_pages)
_SIDEBAR_LIST = ("parent::li/parent::ul[ancestor::*[contains(translate(concat(@id, ' ', @class), 'SIDEBAR', 'sidebar'),"
                 " 'sidebar')]]")
_MENU_TITLE_LINKS = etree.XPath(f"//a[@href][normalize-space(.) = $title][{_NAV_ANCESTOR} or {_MENU_UL} or {_SIDEBAR_LINE}"
                                f" or {_SIDEBAR_LIST}]")
_IN_NAV = etree.XPath(f"boolean({_NAV_ANCESTOR})")
_IN_SIDEBAR_LINE = etree.XPath(f"boolean({_SIDEBAR_LINE})")
_SIDEBAR_LIST_OF = etree.XPath(_SIDEBAR_LIST)
_MENU_LIST = etree.XPath(f"{_MENU_UL}[1]")
# a link's place that is no page's stamp (_titled_stamp): the site's menu, or a header not the post's (the menu's
# "<nav><a href="/today" title="Monday, 16 March 2026">Today</a></nav>", the day the page is served; a "<header>"
# holding the "<h1>" is the post's own)
_STAMP_LINK_MENU = etree.XPath("boolean(ancestor::nav or ancestor::*[@role='navigation'] or ancestor::header[not(.//h1)]"
                               f" or {_MENU_UL})")
# the most words in the address of a site's own page a list classed "menu" links ("/nga-ha-rine/", "/privacy-policy/"):
# a longer one is a story's slug
_PAGE_SLUG_WORDS = 4


# a nav inside a widget whose list is no menu list: WordPress (5.5 and up, themes with "navigation-widgets") wraps
# its widgets' lists in "<nav aria-label>" (Twenty Twenty's footer "<div class="widget widget_recent_entries"><nav>
# <ul><li><a href="/2026/03/09/…/">Headline</a>"): the site's latest posts or archives, not its menu; a Navigation
# Menu widget's list ("<ul class="menu">") is judged as a menu list below, and a Navigation block in a block widget
# ("<nav class="wp-block-navigation">") is the site's menu
_WIDGET_LIST_NAV = etree.XPath(
    "boolean(ancestor::nav[ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' widget ')]"
    " and not(contains(@class, 'navigation'))]"
    f" and not({_MENU_UL}))")


def _site_menu_link(a: etree._Element, lists: etree.XPath = _MENU_LIST) -> bool:
    """A link of the site's menu: in a nav, a header or a navigation role; or in a list classed "menu" shaped as the
    site's menu of its own pages (several links, each a menu's label; About, Contact, Privacy), this link's address a
    page's short name, not a story's slug (a footer widget's "Flood updates" list pinning "<a href="/floods-what-to-do-
    if-your-house-is-under-water/">Flood advice</a>" is no menu of the site's pages), its label no number (a story
    pinned in a theme's top menu, "Budget 2026 explained"; the site's pages are named by words) and its item no post
    of WordPress's ("li.menu-item-object-post": wp_nav_menu names the kind of what an item links, a page's
    "menu-item-object-page")."""
    if _IN_NAV(a) and not _WIDGET_LIST_NAV(a):
        return True
    if _IN_SIDEBAR_LINE(a):
        return _menu_line(a.getparent())
    if (side := next(iter(_SIDEBAR_LIST_OF(a)), None)) is not None and _sidebar_pages(side):
        return True
    ul = next(iter(lists(a)), None)
    if ul is None or any(ch.isdigit() for ch in _text(a)):
        return False
    item = next(a.iterancestors("li"), None)
    if item is not None and "menu-item-object-post" in (item.get("class") or "").split():
        return False
    items = [x for x in ul.iter("a") if x.get("href")]
    segments = [x for x in urlsplit(a.get("href", "").strip()).path.split("/") if x]
    return (len(items) >= 3 and all(_menu_label(_text(x)) for x in items) and bool(segments)
            and len(re.split(r"[-_+.]+", segments[-1])) <= _PAGE_SLUG_WORDS)


def _sidebar_pages(ul: etree._Element) -> bool:
    """``ul``, a list in the sidebar, is the site's list of its own pages: untitled, right after another list (a
    widget's "Recent posts" has its title above it, or over the box it is first in: DedeCMS's "<dl><dt>最新文章</dt>
    <dd><ul>…"), three links or more, each a menu's label with no figure, none into a dated folder (Foswiki's
    WebLeftBar closing with "Ehokololo letu", "Kwatafana nafye", "Users": about, contact)."""
    if (before := _previous_element(ul)) is None or before.tag != "ul":
        return False
    links = [x for x in ul.iter("a") if x.get("href")]
    return len(links) >= 3 and _menu_labels(links, figures=False)


def _menu_line(line: etree._Element) -> bool:
    """``line`` is a menu typed as a line of links (_line_links), each a menu's label, none into a dated folder (a
    sidebar's line of the latest stories is no menu)."""
    links = _line_links(line)
    return bool(links) and _menu_labels(links)


def _menu_labels(links: list[etree._Element], figures: bool = True) -> bool:
    """Each of ``links`` reads a menu's label (with no figure, unless ``figures``) and leads into no dated folder:
    the links of a menu, not the latest stories (_menu_line, _sidebar_pages)."""
    return all(_menu_label(text := _text(x)) and (figures or not any(ch.isdigit() for ch in text))
               and not _DATED_FOLDER.search(x.get("href")) for x in links)


def _line_links(line: etree._Element) -> list[etree._Element]:
    """The links of ``line`` when it is a line of links, five at least, their text most of its own (the rest a label
    and separators); else none."""
    links = [x for x in line.iter("a") if x.get("href")]
    if len(links) < _LINE_MENU_LINKS or sum(len(_text(x)) for x in links) < _LINE_LINK_SHARE * len(_text(line)):
        return []
    return links


# links reading the headline or its first words (filtered to whole words by the caller)
_TITLE_LINKS = etree.XPath("//a[@href][normalize-space(.) != ''][starts-with($title, normalize-space(.))]")
# the fewest links a line of the site's pages holds (home, listing, sections, about, contact)
_LINE_MENU_LINKS = 5
_LINE_LINK_SHARE = 0.6  # the share of a menu's line its links' text is (the rest its label and separators)


def _line_menu_names_page(root: etree._Element, page_url: str, title: str) -> bool:
    """A line of links to the site's pages, typed into a paragraph of the text where the platform has no menu, leads
    to this page under its headline (Telegraph's pages, no <nav>: "<p><strong>Kaca:</strong> <a href="/">Bârândâ</a>
    · … · <a href="/Parkara-Kabar-Madhura-01-10">Parkara Kabar Madhura</a> · …</p>" on every page of the site, the
    about page among them): the page is one of the site's own, as a menu's link says (see _menu_links_to_page).  The
    line is all links but its label and separators, five at least; a story is linked from its site's listings, not
    from the line every page repeats.  A menu's line goes home ("/"), and none of its links to a dated folder ("/2026/03/
    12/…"): a series' or a package's line ("The series: Day one · Day two · …") lists its stories, the page too.  The
    link may read the headline's first words only, as a menu shortens it ("Kontak" leading to "Kontak Redaksi")."""
    base_url = _base_url(root, page_url)
    title = " ".join(title.split())
    for a in _TITLE_LINKS(root, title=title):
        name = " ".join(_text(a).split())
        if name != title and not title.startswith(name + " "):
            continue
        line = a.getparent()
        while line is not None and line.tag not in ("p", "div", "li", "td"):
            line = line.getparent()
        if line is None or line.tag != "p" or not _same_page(urljoin(base_url, a.get("href").strip()), page_url):
            continue
        if links := _line_links(line):
            paths = [urlsplit(urljoin(base_url, x.get("href").strip())).path for x in links]
            if any(path in ("", "/") for path in paths) and not any(_DATED_FOLDER.search(path) for path in paths):
                return True
    return False


def _menu_links_to_page(root: etree._Element, page_url: str, title: str, names: tuple = ()) -> Iterator:
    """The links of the site's menu that lead to this page and read its headline: one of the site's own pages (Pelican's
    "<nav><a href="/pages/about.html">About</a>" over "<h1>About</h1>", Serendipity's static pages, WordPress pages
    in the main menu), or its headline without the site's name (``names``) joined to it (October CMS's "<a
    href="/babagan">Babagan</a>" over "<h1>Babagan Warta Jawi</h1>": "About Warta Jawi").  The XPath compares the
    text in C; only the few links reading the headline are resolved, one by one as the caller asks."""
    title = " ".join(title.split())
    links = [a for t in (title, *_without_names(title, names)) for a in _MENU_TITLE_LINKS(root, title=t)
             if _site_menu_link(a)]
    if not links:
        return iter(())
    base_url = _base_url(root, page_url)
    return (a for a in links if _same_page(urljoin(base_url, a.get("href").strip()), page_url))


# links of the site's menu or its footer (see _menu_opens_headline)
_MENU_OR_FOOTER_LINKS = etree.XPath(f"//a[@href][{_NAV_ANCESTOR} or {_FOOTER_ANCESTOR} or {_MENU_UL}]")


# (the footer test of _menu_opens_headline's links, and of printed addresses below)
def _in_footer(el: etree._Element, itself: bool = False) -> bool:
    """``el`` sits in a <footer> or in a box whose class or id word names a footer ("site-footer", "footer-widgets",
    "gridlove-footer"), or is one (``itself``); not a modifier's word (Gollum's content wrapper "has-footer", see
    _naming_tokens)."""
    return any(a.tag == "footer" or any("footer" in token for token in _naming_tokens(a.get("class"), a.get("id")))
               for a in (el.iterancestors() if not itself else (el, *el.iterancestors())))


def _label_fits(label: list[str], words: list[str], shortened: bool) -> bool:
    """A menu's label (its words) names the headline (its words): its first words, or (``shortened``) its words in
    order, two at least, the first and the last kept (see _menu_opens_headline)."""
    if not shortened:
        return label == words[:len(label)]
    return len(label) >= 2 and label[0] == words[0] and label[-1] == words[-1] and _in_order(label, words)


def _menu_opens_headline(root: etree._Element, page_url: str, title: str, shortened: bool = False) -> bool:
    """A link of the site's menu (see _site_menu_link) or footer leads to this page under a menu's label made of the
    headline's first words, or all of them ("Regulis" over "Regulis de comunitât", "Privacy" over "Privacy Policy");
    ``shortened``: made of its words in order, two at least, its first and last kept and others perhaps left out
    ("Pedoman Media Siber" over "Pedoman Pemberitaan Media Siber"; the whole headline too); compared word by word,
    case aside."""
    if not (words := re.findall(r"\w+", title.casefold())):
        return False
    base_url = None
    for a in _MENU_OR_FOOTER_LINKS(root):
        text = _text(a)
        label = re.findall(r"\w+", text.casefold())
        if not label or not _menu_label(text):
            continue
        if _label_fits(label, words, shortened) and (_in_footer(a) or _site_menu_link(a)):
            pass
        elif not (shortened and label == words and _in_footer(a)):
            # (the whole headline of one word, in a script writing none apart, when the footer links it: BookStack's
            # "<footer><a href="/books/guanyu/page/guanyu-women">关于我们</a> · …" over "<h1>关于我们</h1>")
            continue
        base_url = base_url or _base_url(root, page_url)
        if _same_page(urljoin(base_url, a.get("href").strip()), page_url):
            return True
    return False


def _in_order(words: list[str], among: list[str]) -> bool:
    """Each of ``words`` is in ``among``, in the same order (others between them)."""
    rest = iter(among)
    return all(word in rest for word in words)


# a list classed as a menu in a theme's own words too ("ul.jeg_menu.jeg_main_menu", JNews's main menu without
# wp_nav_menu's item classes): a class word "menu" once "_" and "-" are spaces
_LOOSE_MENU_UL = "ancestor::ul[contains(concat(' ', translate(normalize-space(@class), '_-', '  '), ' '), ' menu ')]"
_LOOSE_MENU_LIST = etree.XPath(f"{_LOOSE_MENU_UL}[1]")
_LOOSE_MENU_LINKS = etree.XPath(f"//a[@href][{_NAV_ANCESTOR} or {_LOOSE_MENU_UL}]")


def _menu_links_here(root: etree._Element, page_url: str) -> bool:
    """A link of the site's menu (see _site_menu_link; a list classed in the theme's words too) leads to this page
    under a menu's label, whatever its words (JNews's "<a href="/ukulanda-pali-ifwe/">Pali Ifwe</a>", about us,
    over "<h1>Ukulanda pali Ifwe</h1>")."""
    base_url = None
    for a in _LOOSE_MENU_LINKS(root):
        if not _menu_label(_text(a)) or not _site_menu_link(a, _LOOSE_MENU_LIST):
            continue
        base_url = base_url or _base_url(root, page_url)
        if _same_page(urljoin(base_url, a.get("href").strip()), page_url):
            return True
    return False


# the site's home page as a link writes it: the root, or the root's index file ("/index.php": MyBB's logo, "/index.html":
# org-publish's header)
_HOME_PATHS = ("", "/", "/index.php", "/index.html", "/index.htm")


# the most characters of a page's text for _home_names to be asked (classify's rule wants under 800 by weight)
_SHORT_PAGE_CHARS = 800


def _home_names(root: etree._Element, page_url: str) -> list[str]:
    """The names the page's links to the site's home read, their text or their logo's ``alt``: two words or more (a
    menu's "Home", "ہوم" is no name), a few only."""
    here, found = urlsplit(page_url).netloc.lower(), []
    for a in root.iter("a"):
        parts = urlsplit(urljoin(page_url, (a.get("href") or "").strip()))
        if not a.get("href") or parts.netloc.lower() != here or parts.path not in _HOME_PATHS or parts.query:
            continue
        for name in (_text(a), *(img.get("alt") or "" for img in a.iter("img"))):
            name = " ".join(name.split())
            if len(name.split()) >= 2 and len(name) <= 60 and name not in found:
                found.append(name)
        if len(found) >= 4:
            break
    return found


def _menu_label(text: str) -> bool:
    """``text`` is short as a menu's label is ("About", "Бидн тускар", "关于我们"): three words, 30 columns at most
    (a wide character takes two), not a story's headline (a header's "Trending: <a>Flood waters recede in …</a>")."""
    width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return bool(text) and len(text.split()) <= 3 and width <= 30


# what may join a page's name to the site's in a headline: a space, a dash, a bar, a colon
_NAME_JOIN = " -–—|:·"


def _without_names(title: str, names: tuple) -> list[str]:
    """``title`` without one of the site's ``names`` opening or closing it after a space or a joiner ("Babagan
    Warta Jawi", "Warta Jawi: Kontak"): the words left, if any (not a word's part: "Warta Jawian")."""
    found = []
    folded = title.casefold()
    for name in names:
        key = " ".join((name or "").split()).casefold()
        if len(key) < 3 or key == folded:
            continue
        if folded.endswith(key) and title[-len(key) - 1:-len(key)] in _NAME_JOIN:
            found.append(title[:-len(key)].rstrip(_NAME_JOIN))
        if folded.startswith(key) and title[len(key):len(key) + 1] in _NAME_JOIN:
            found.append(title[len(key):].lstrip(_NAME_JOIN))
    return [t for t in found if t]


_BYLINE_ATTR = re.compile(r"byline|author|writer|autor|auteur", re.IGNORECASE)


# the words of _NOT_SECTION that name a writer's page (not a tag's, a search's or a pager's)
_AUTHOR_SEGMENTS = _NOT_SECTION - {"tag", "tags", "search", "page"}


def _author_link(a: etree._Element) -> bool:
    """A link to a writer's page: rel="author", or a path segment naming one ("/author/jane-doe", "/profile/…",
    "/@jane")."""
    if "author" in a.get("rel", "").lower().split():
        return True
    segments = [x.lower() for x in urlsplit(a.get("href", "").strip()).path.split("/") if x]
    return any(seg in _AUTHOR_SEGMENTS or seg.startswith(("@", "~")) for seg in segments)


def _names_author(el: etree._Element) -> bool:
    """The element is, or sits in, a link to a writer's page (_author_link): a byline's name, never an entry's
    headline (Bimber's card "<a rel=author href=/author/bida-ilonggo/><strong>Bida Ilonggo</strong></a>" on the
    page titled "Trending – Bida Ilonggo")."""
    # (not "/@jane/…": a blog platform's post is at its writer's address too)
    return any(a.tag == "a" and _author_link(a) and "/@" not in (a.get("href") or "") and "/~" not in (a.get("href") or "")
               for a in chain((el,), el.iterancestors()))


_BYLINE_DEPTH = 5


def _in_byline(a: etree._Element) -> bool:
    """A link in the byline names a writer, even on a short path (Substack's ``<div
    class="byline-names"><a href="/about/">Erik Sundström</a></div>``): not a section.  The byline's box may hold the
    link a few levels down (Ibexa's author field "<div class="article-author"><div class="ezauthor-field"><ul><li><a
    href="/insurat/peter-dumalo/">Peter Dumalo</a></li></ul></div></div>", the writer's page one level under a folder
    the menu links)."""
    el = a
    for _ in range(_BYLINE_DEPTH):
        cls, ident = el.get("class"), el.get("id")
        if (cls or ident) and _BYLINE_ATTR.search(f"{cls or ''} {ident or ''}"):
            return True
        el = el.getparent()
        if el is None:
            return False
    return False


_LINKED_HEADINGS = _Gated("descendant-or-self::*[" + " or ".join(f"self::{tag}" for tag in sorted(_HEADING_TAGS)) + "]"
                          "[.//a[@href] or parent::a[@href]]", tuple(sorted(_HEADING_TAGS)))


def _same_page(href: str, page_url: str) -> bool | None:
    """Whether a link leads to the page itself (fragment and trailing slash aside);
    None when it leaves the site."""
    target = urlsplit(urljoin(page_url, href))
    here = urlsplit(page_url)
    if (target.hostname or "").removeprefix("www.") != (here.hostname or "").removeprefix("www."):
        return None
    return _path_key(target.path) == _path_key(here.path) and target.query == here.query


def _sub_page(href: str | None, page_url: str) -> bool:
    """A link to a page under the page's own address (a gallery's "/…/theatre-reopens/photo-2/" under
    "/…/theatre-reopens/"): the article's own, not another story's."""
    target = urlsplit(urljoin(page_url, (href or "").strip()))
    here = urlsplit(page_url)
    if (target.hostname or "").removeprefix("www.") != (here.hostname or "").removeprefix("www."):
        return False
    own = _path_key(here.path)
    return bool(own) and _path_key(target.path).startswith(own + "/")


def _path_key(path: str) -> str:
    """``/a/``, ``/a`` and ``/a/index.html`` are one page."""
    path = unquote(path)
    for index in ("index.html", "index.htm", "index.php"):
        if path.endswith("/" + index):
            path = path[: -len(index)]
    return path.rstrip("/")


def _chapter_headings(h1: etree._Element, linked: list[tuple[str, str]]) -> int:
    """How many headings of the headline's rank on the page, besides the headline, are headlines the page's links
    name (a link's headline-long text closing with the heading's, after its numbering "2.1."), each linking another
    address than the page's own "#anchor": the chapters of a whole book's print view, each at its own page too
    (mdBook's print.html: every chapter's "<h1>" one after another, the sidebar linking each chapter's page).
    Headings outside the text's box too: GitBook's PDF view "/~gitbook/pdf?page=…" sets each chapter in a
    "<section>" of its own, the text found in the first one, a teaser list under it linking the others."""
    root = h1.getroottree().getroot()
    names = [" ".join(text.split()).casefold() for text, href in linked if href]
    # ... and links headline-long by weight, a CJK headline's 17 characters ("湘江治理十年：江水清哒，鱼也回来哒", in a
    # BookStack export's teaser list) under link_headlines's 20
    names += [" ".join(_text(a).split()).casefold() for a in root.iter("a")
              if (a.get("href") or "#").strip()[:1] not in ("#", "") and 20 <= text_weight(_text(a)) and len(_text(a)) < 20]
    count = 0
    for heading in root.iter(h1.tag):
        text = " ".join(_text(heading).split()).casefold()
        # a heading linking another page is a teaser's (a sidebar's "<h1><a href=/news/…>…</a></h1>"), no chapter
        if heading is not h1 and text_weight(text) >= 20 and _links_only_within(heading) \
                and any(name.endswith(text) for name in names):
            count += 1
    return count


def _links_only_within(heading: etree._Element) -> bool:
    """Every link in ``heading`` points into the page ("#anchor", a chapter's own permalink), none elsewhere."""
    return all((a.get("href") or "#").strip().startswith("#") for a in heading.iter("a"))


_ENTRY_HEADLINE_CHARS = 20  # the least length of a headline heading a listing's entry (_entry_link_above)


def _entry_link_above(container: etree._Element, page_url: str) -> str | None:
    """The headline of another page of the site right above the box the text is read from, or above the box holding
    it (two boxes up at most): a box of nothing but that one link, the entry's dated line after the text (ikiwiki's
    inline entry, "<div class="inlinepage"><div class="inlineheader"><span class="header"><a href="../../khabran/…/">
    Headline</a></span></div><div class="inlinecontent">…</div><div class="inlinefooter">Posted …", a category page's
    entry in full).  The text is an entry of a listing, another page's;
    None when no such box heads it (an article's own headline is no link elsewhere, a kicker's section is short)."""
    el = container
    for _ in range(3):
        sib = _previous_element(el)
        dated_line = sib is not None and _dated_line(sib)
        if dated_line:
            # the entry's dated line between its headline and its text (Foswiki's included topic, under the page's
            # own lines); not a series' link right under the page's headline over the story's date
            sib = _previous_element(sib)
            if sib is not None and ((above := _previous_element(sib)) is None or above.tag == "h1"):
                return None
        if sib is not None:
            return headline if sib.tag in _ENTRY_HEADER_TAGS and (headline := _other_headline(sib, page_url)) \
                and (dated_line or _dated_after(el)) else None
        el = el.getparent()
        if el is None or el.tag not in ("div", "section", "article"):
            return None
    return None


def _entry_inside(container: etree._Element, page_url: str) -> str | None:
    """The headline of another page of the site heading an entry that holds most of the text of ``container`` (the
    box a site's learned template reads: ikiwiki's "div#content" around the category page's description, its feed
    buttons and its one inline entry): see _entry_link_above."""
    for box in container.iterdescendants("div", "section", "article"):
        kids = [kid for kid in box if isinstance(kid.tag, str)]
        if len(kids) >= 3 and kids[0].tag in _ENTRY_HEADER_TAGS \
                and (headline := _other_headline(kids[0], page_url)) is not None and _dated_after(kids[1]) \
                and len(_text(box)) >= _ENTRY_SHARE * len(_text(container)):
            return headline
    return None


def _dated_after(el: etree._Element) -> bool:
    """A short line holding a date after ``el`` in its box: the entry's footer ("<div class="inlinefooter"><span
    class="pagedate">Posted <span class="date">…</span></span> by …</div>"), which a box of the story's own text
    followed by nothing, or by its comments, has not (a "Previous: <a>…</a>" box over a story is navigation)."""
    return any(isinstance(sib.tag, str) and _dated_line(sib) for sib in el.itersiblings())


def _dated_line(el: etree._Element) -> bool:
    """``el`` a short line holding a date: an entry's dated line ("08 Mar 2026 - 11:45 - Ndapewa Haufiku")."""
    return len(text := _text(el)) <= _META_ROW_CHARS and find_date(text) is not None


# the boxes an entry's headline stands in (not a paragraph of the text linking another story: a follow-up's "<p><a
# href=…>Headline of the first story</a></p>" over its own text)
_ENTRY_HEADER_TAGS = frozenset(("div", "span", "header", "h1", "h2", "h3", "h4", "h5", "h6"))
_ENTRY_HEADER_WORDS = ("header", "title", "heading")  # (in a class word: "inlineheader", "entry-title")


_ENTRY_SHARE = 0.6  # the share of the text read an entry holds (_entry_inside)


def _other_headline(box: etree._Element, page_url: str) -> str | None:
    """The text of ``box`` when it is nothing but one link to another page of the site, long enough for a headline,
    and the box a heading or classed as an entry's header or title ("div.inlineheader"): not a series' tag or a link
    back to a section over a story's text ("<div class=tagline><a href=/elections-2026/>Special report: …</a>")."""
    if box.tag not in _HEADING_TAGS and not any(word in token for token in _class_words(box.get("class"), None)
                                                for word in _ENTRY_HEADER_WORDS):
        return None
    links = box.findall(".//a[@href]")
    text = _text(box)
    if len(links) != 1 or len(text) < _ENTRY_HEADLINE_CHARS or _text(links[0]) != text:
        return None
    parts = urlsplit(page_url)
    target = urlsplit(urljoin(page_url, links[0].get("href").strip()))
    return text if target.netloc == parts.netloc and target.path.strip("/") \
        and target.path.rstrip("/") != parts.path.rstrip("/") else None


def _teaser_headings(container: etree._Element, page_url: str) -> list[str]:
    """Headings, headline-long, that are (mostly) a link to another page of the same site:
    a listing's teasers.  An article's own heading links to itself (``<a href="#p5012">``)
    when it links at all."""
    found = []
    for h in _LINKED_HEADINGS(container):
        text = _text(h)
        outer = h.getparent()
        if outer.tag == "a" and outer.get("href"):
            hrefs = [outer.get("href")]  # a card's headline inside its link ("<a href=/post/x><h2>…</h2></a>")
        elif len(text) < 20 or _link_chars(h) < 0.8 * len(text):
            continue
        else:
            hrefs = [a.get("href") for a in h.iter("a") if a.get("href")]
        if len(text) < 20:
            continue
        if hrefs and _same_page(hrefs[0], page_url) is False:
            found.append(text)
    return found


def _canonical(root: etree._Element, page_url: str) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return urljoin(page_url, link.get("href").strip())
    return None


_OG_URL = etree.XPath("//meta[@property='og:url']/@content")


def _headline_og_url(root: etree._Element, page_url: str, title: str | None) -> str | None:
    """No <link rel=canonical>: the og:url naming another page of the site that the headline links to, the page
    a view of that one's (Friendica's comment permalink "/display/<comment's guid>" renders the whole thread, its
    og:url and its post's "<h4><a class=p-name href=/display/<post's guid>>Headline</a></h4>" naming the post)."""
    found = _OG_URL(root)
    if not found or not title or not (href := found[0].strip()) or _same_page(href, page_url) is not False:
        return None
    key = _path_key(urlsplit(urljoin(page_url, href)).path)
    if not key:
        return None
    for a in root.iter("a"):
        text = _text(a).casefold()
        # (the link reading the title, or ending as it does: a spam prefix written otherwise in each)
        if len(text) >= 10 and a.get("href") and _path_key(urlsplit(urljoin(page_url, a.get("href").strip())).path) == key \
                and (text in title.casefold() or title.casefold() in text or text[-15:] == title.casefold()[-15:]):
            return urljoin(page_url, href)
    return None


def _html_alternates(root: etree._Element, page_url: str) -> list[str]:
    """The page's ``<link rel=alternate type=text/html href=…>`` on its own host, absolute: another HTML view of its
    text (DokuWiki's "Plain HTML" export).  Not one with ``hreflang`` (a translation is another article) nor a feed."""
    here, out = urlsplit(page_url).netloc.lower(), []
    for link in root.iter("link"):
        if "alternate" in (link.get("rel") or "").lower().split() and link.get("href") and link.get("hreflang") is None \
                and (link.get("type") or "").strip().lower() in ("text/html", "application/xhtml+xml"):
            url = urljoin(page_url, link.get("href").strip())
            if urlsplit(url).netloc.lower() == here and _path_key(urlsplit(url).path) != _path_key(urlsplit(page_url).path):
                out.append(url)
    return out


# a link showing its own address as its text ("<a href=/sport/18490-x.html>https://site.kz/sport/18490-x.html</a>"),
# outside the page's chrome (a footer's "Contact us: <a>https://site/contact</a>" is the site's, on every page)
_ADDRESS_LINKS = etree.XPath(
    "//a[@href][starts-with(normalize-space(.), 'http') or starts-with(normalize-space(.), '/')]"
    "[not(ancestor::nav or ancestor::header or ancestor::aside)]")
# an export's address, the site's own pages in one bare document whatever robots tag it carries (BookStack's whole
# book "/books/<book>/export/html": every chapter's and page's headline an "<h1>" under the book's, no canonical, no
# noindex): counted as a print view is (_chapter_headings)
_EXPORT_PATH = re.compile(r"/_?export(?:/|$)", re.IGNORECASE)
# a print view's own script or page, named so whatever robots tag it carries (MyBB's "/printthread.php?tid=12", no
# noindex and no canonical, printing "<a href="/thread-12.html">/thread-12.html</a>" under "Версия для печати"; a
# "/print.php?id=", "/print.html"): the address it prints is its original's
_PRINT_SCRIPT = re.compile(r"/print(?:thread|page|view|able|er)?(?:\.\w+)?/?$", re.IGNORECASE)
# ... in the page's footer only under a label of its own and naming a story's page, its last segment holding a digit
# or a slug of three words (NukeViet's print view "<div id=footer><div id=url><strong>URL berite nih: </strong><a
# href=/news/kabar-kote/banjir-rob-12.html>http://site/news/kabar-kote/banjir-rob-12.html</a>"): a site footer's
# written-out addresses (its home, "Contact us: https://site/contact") name its own pages
_STORY_SEGMENT = re.compile(r"\d|[^\W\d_]+-[^\W\d_]+-[^\W\d_]")
# the label of a printed address's line: a word or a few ("Толығырақ:", "Source:", "Адрес новости:")
_ADDRESS_LABEL_CHARS = 40
_ADDRESS_LABEL_WORDS = 4
# a printed address closes the text: what follows it are short lines (the date, the address again), no paragraph
_ADDRESS_AFTER_CHARS = 100


def _printed_address(root: etree._Element, page_url: str, blocks: list[Block]) -> str | None:
    """The address of the original a ``noindex`` page prints: a print view without a
    canonical ends with its article's address written out as a link on a line of its own
    (DLE's "Толығырақ: <a href=/sport/18490-x.html>https://site/sport/18490-x.html</a>",
    Joomla's and vBulletin's print pages).  The page, kept out of search engines by its own
    robots tag, is a copy of that page of the crawled site.  An address inside a sentence
    ("published at <a>https://site/documents/budget</a> for residents") or in the middle of
    the text is cited, not printed; one on another host (a mirror's print page writing the
    production host) names no page of this crawl; the page's own address is no original."""
    for a in _ADDRESS_LINKS(root):
        printed = normalize_inline(a.text_content())
        shown = urlsplit(printed)
        if (shown.scheme not in ("http", "https") or not shown.netloc) \
                and not (printed.startswith("/") and not printed.startswith("//") and _path_key(shown.path)) \
                or " " in shown.path:
            continue  # (a path alone, "/thread-12.html", is the address written without its host)
        target = urljoin(page_url, a.get("href").strip())
        if _path_key(urlsplit(target).path) != _path_key(shown.path) or not _path_key(shown.path):
            continue  # a link reading one address and leading to another: no printed address
        if _same_page(target, page_url) is not False:
            continue  # the page itself, or another host
        footer = bool(_in_footer(a))
        if footer and not _STORY_SEGMENT.search(_path_key(shown.path).rsplit("/", 1)[-1]):
            continue
        if not _address_line(a, labelled=footer):
            continue
        at = next((i for i in range(len(blocks) - 1, -1, -1) if printed in blocks[i].text), len(blocks))
        if any(len(b.text) > _ADDRESS_AFTER_CHARS for b in blocks[at + 1:]):
            continue  # cited in the text, more of it following ("Source: <a>https://…</a>" mid-story)
        return target
    return None


def _address_line(a: etree._Element, labelled: bool = False) -> bool:
    """Whether the line of a printed address (between ``<br>``/``<hr>`` or the edges of its block)
    holds nothing but a short label and the address ("Толығырақ: https://…", the address alone);
    not when the address is part of a sentence ("published at https://… for residents").  ``labelled``: the label
    ("URL berite nih:") must be there."""
    node, before, after = a, [], []
    for _ in range(3):  # up through inline wrappers ("<b>Source: <a>…</a></b>")
        following, end = _inline_run(node, False)
        after += [node.tail or "", *following]
        preceding, start = _inline_run(node, True)
        parent = node.getparent()
        before[:0] = [(start.tail if start is not None else parent.text if parent is not None else "") or "",
                      *reversed(preceding)]
        if end is not None or start is not None or parent is None or parent.tag not in _INLINE_TAGS:
            break
        node = parent
    label = normalize_inline(" ".join(before))
    return (not normalize_inline(" ".join(after)).strip(" .;,") and len(label) <= _ADDRESS_LABEL_CHARS
            and len(label.split()) <= _ADDRESS_LABEL_WORDS and (not labelled or label.endswith(":")))


def _inline_run(node: etree._Element, preceding: bool) -> tuple[list[str], etree._Element | None]:
    """The texts (with their tails) of the inline siblings after (or before) ``node``, nearest first,
    and the sibling ending the line (a ``<br>``, an ``<hr>``, a block), None at the edge of the parent."""
    texts = []
    sib = node.getprevious() if preceding else node.getnext()
    while sib is not None and (not isinstance(sib.tag, str) or sib.tag in _INLINE_TAGS):
        texts.append((_text(sib) if isinstance(sib.tag, str) else "") + (sib.tail or ""))
        sib = sib.getprevious() if preceding else sib.getnext()
    return texts, sib


# levels above the text's box where its item's headline may sit (DLE's "div.story > h2.title + div.story_cont >
# div.text", Blogger's "div.post > h3.post-title + div.post-body > div", Wix's "div > a > h2 + div.post-description")
_ITEM_DEPTH = 3
_ITEM_BOXES = 8


def _heading_before(container: etree._Element) -> tuple[etree._Element | None, etree._Element | None]:
    """The last heading before the text's box inside its item (the boxes up to _ITEM_DEPTH levels
    above it), nearest first, and the item (the box holding both); a heading further up or elsewhere
    on the page is not its item's."""
    el = container
    for _ in range(_ITEM_DEPTH):
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None, None  # the page's column, not an item
        for n, sib in enumerate(el.itersiblings(preceding=True)):
            if n == _ITEM_BOXES:
                break  # an item's headline is a few boxes above its text (its date, its picture between)
            if (heading := _last_heading(sib, 2)) is not None:
                return heading, parent
        el = parent
    return None, None


_FIRST_HEADING_OR_PARAGRAPH = etree.XPath("(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//p)[1]")
_INTRO_LINE_CHARS = 80  # (a digest's line introducing its items: _heading_inside)


def _heading_inside(container: etree._Element) -> tuple[etree._Element | None, etree._Element | None]:
    """The heading opening the text's box itself, before any paragraph, when the box is a listing's item: the
    heading links to a page and a "read more" link in the box leads there too (Publii's search results with one
    hit: "<div class=feed__content><header>…<h2><a href=/x.html>Title</a></h2></header><p>…</p><a href=/x.html
    class=readmore>Jàngaat li des</a></div>"), or a plain heading over a box whose last link is such a "read more"
    (:func:`_stretched_link`); and the box."""
    first = next(iter(_FIRST_HEADING_OR_PARAGRAPH(container)), None)
    if first is not None and first.tag == "p" and (nxt := first.getnext()) is not None and nxt.tag in _HEADING_TAGS \
            and len(intro := _text(first)) <= _INTRO_LINE_CHARS and intro.endswith((":", "：")):
        # (a digest's line introducing its items, a colon closing it: Mailchimp's RSS campaign "<p>Eby'obuhangwa bya
        # wiiki egi:</p><h2 class="mc-toc-title"><a href=…>Headline</a></h2>…<a href=…>Read in browser »</a>",
        # Rukiga: this week's culture)
        first = nxt
    if first is None or first.tag == "p":
        return None, None
    link = next((a for a in first.iter("a") if a.get("href")), None)
    if link is None and _stretched_link(first, container) is not None:
        return first, container  # (a plain heading over the card's one link: Gridsome's post card)
    parent = container.getparent()
    if link is None and next(container.iter("a"), None) is None and parent is not None \
            and parent.tag not in ("body", "html") and _stretched_link(first, parent, after=container) is not None:
        # the card's link in a box of its own after the text's (Mobirise's "<div class=item-wrapper><div
        # class=item-content><h5>Title</h5><h6>…</h6><p>…</p></div><div class=item-footer><a href=x.html>Tanga
        # mingi &gt;</a></div></div>"): the card is the box above
        return first, parent
    if link is None or not any(a.get("href") == link.get("href") and a is not link and _read_more_link(a)
                               for a in container.iter("a")):
        return None, None
    return first, container


def _last_heading(el: etree._Element, depth: int) -> etree._Element | None:
    """``el`` if a heading, else the last heading among its children and grandchildren (a card's
    "<a><h2>", "<div class=title><h2>"): a headline box is shallow, and the rest of the page is not walked."""
    if not isinstance(el.tag, str):
        return None
    if el.tag in _ANY_HEADING:
        return el
    if depth:
        for child in el.iterchildren(reversed=True):
            if (heading := _last_heading(child, depth - 1)) is not None:
                return heading
    return None


_HEADINGS_IN = etree.XPath("(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)[1]")


def _card_heading(container: etree._Element) -> tuple[etree._Element | None, etree._Element | None]:
    """The heading of the link the text's box sits in (itself, or up to _ITEM_DEPTH levels above it), and
    that link: a card that is one block link holding a headline and more text ("<a class=news-card><h3>…</h3>
    <p>…</p></a>") is a listing's item, whatever the length of its summary."""
    el = container
    for _ in range(_ITEM_DEPTH + 1):
        if el is None or el.tag in ("body", "html"):
            return None, None
        if el.tag == "a" and el.get("href"):
            heading = next(iter(_HEADINGS_IN(el)), None)
            return (heading, el) if heading is not None else (None, None)
        el = el.getparent()
    return None, None


def _title_link(container: etree._Element) -> tuple[etree._Element | None, etree._Element | None]:
    """The link holding the first text of the text's box when that text is the item's headline written in a plain
    box, no heading, on a line of its own (Tilda Feeds' card: "<div class=t-feed__textwrapper><a href=/novice/tpost/x
    class=t-feed__link><div class=t-feed__post-title>Murska Sobota dobi …</div></a><div class=t-feed__post-descr>…
    </div><span>04.03.2026</span><a href=/novice/tpost/x>Preberi več</a></div>"; Plone's collection: "<article
    class=entry><header><span class=summary><a href=/albisteak/x/>Title</a></span>…</header><p class=description>
    …</p><a class=read-more href=/albisteak/x/>Irakurri gehiago…</a></article>"), and the item: the box (the text's
    or the one above it) holding a second link to the same page (its "read more", its picture's link): a listing's
    card however long its snippet.  A sibling of _card_heading, which finds a heading inside the link around the
    box: the two read a card's link, and could share one function returning the title a card's link shows (its
    heading, or its one line of text).  The title may stand in a box of its own over the text's, the item's first
    text (nopCommerce's blog list: "<div class=post><div class=post-head><a class=post-title href=/x>Title</a><span
    class=post-date>…</span></div><div class=post-body>…</div>…<a class=read-more href=/x>details</a></div>")."""
    found = _title_link_in(container, container)
    parent = container.getparent()
    if found[0] is None and parent is not None and parent.tag not in ("body", "html") \
            and container.getprevious() is not None:
        found = _title_link_in(parent, container)
    return found


def _title_link_in(scope: etree._Element,
                   container: etree._Element) -> tuple[etree._Element | None, etree._Element | None]:
    """_title_link's reading of ``scope``'s first text: the text's box, or the item holding it (the title then in a
    box before the text's, never inside it)."""
    first = next(iter(_FIRST_TEXT(scope)), None)
    if first is None:
        return None, None
    holder = first.getparent()  # (the element whose text it is; a tail's is the one around that element)
    if first.is_tail and holder is not None:
        holder = holder.getparent()
    if holder is None:
        return None, None
    link = None
    for el in (holder, *holder.iterancestors()):
        if el.tag in _ANY_HEADING or (el is container and scope is not container):
            # a heading: _card_heading's, _heading_before's, _teaser_headings' (the item's first text inside the
            # text's box: the box's own reading)
            return None, None
        if el.tag == "a" and el.get("href"):
            link = el
            break
        if el is scope:
            return None, None
    if link is None or len(_text(link)) < _HEADLINE_CHARS:
        return None, None
    el = link
    while el is not scope:  # the headline on a line of its own: no text after it in its inline wrappers
        if (el.tail or "").strip():
            return None, None  # ("<p><a href=/people/x>The finance minister Jane Doe</a> said …": a sentence)
        el = el.getparent()
        if el is None or el.tag not in _INLINE_TAGS:
            break
    href = link.get("href")
    for box in (scope, scope.getparent()):
        if box is None or box.tag in ("body", "html"):
            break
        others = [a for a in box.iter("a") if a.get("href") == href and a is not link]
        if not others:
            continue
        # what a card is: its title over a teaser-length snippet (a small box), or a short "read more" (or picture)
        # link on a line of its own to the same page; not a story opening with a linked byline or name linked again
        # lower down ("More from Jane Doe-Smith", "… the full profile of <a>Maria Kowalska</a> in our archive")
        if (_small_item(box) and len(_text(box)) - len(_text(link)) <= _SNIPPET_CHARS) \
                or any(_read_more_link(a) for a in others):
            return link, box
        return None, None
    return None, None


# a card's snippet: a paragraph or two, at most
_SNIPPET_CHARS = 500
_SNIPPET_PARAGRAPHS = 2


def _read_more_link(a: etree._Element) -> bool:
    """A "read more" link: shorter than a headline ("Preberi več", "Irakurri gehiago…") or a picture only, and alone
    on its line (no text of its parent right before or after it: not a name linked in a sentence)."""
    text = _text(a)
    if len(text) >= _HEADLINE_CHARS or (not text and next(a.iter("img", "picture"), None) is None):
        return False
    if (a.tail or "").strip():
        return False
    before = a.getprevious()
    parent = a.getparent()
    return not ((before.tail if before is not None else parent.text if parent is not None else "") or "").strip()


_FIRST_TEXT = etree.XPath("(.//text()[normalize-space()][not(ancestor::script or ancestor::style)])[1]")


def _teaser_over(container: etree._Element, page_url: str, canonical: str | None, title: str | None,
                 h1: etree._Element | None = None) -> str | None:
    """The headline above the text's box, in the same item, when it links to another page of
    the site: the text is that page's teaser, the page a listing showing one to three of them
    (a month archive, a hashtag feed; "<h2 class=title><a href=/sport/18490-x.html>…</a></h2>
    <div class=text>Павлодардың …</div><a href=/sport/18490-x.html>Толығырақ</a>").  An
    article's headline above its text does not link away (or links to the page itself).  The item
    may be one link around it all, the heading inside with the text (Webflow's card: "<a href=/xeberler/x/
    class=news-card><div class=card-content><h3>…</h3><p class=card-summary>…</p><div>22.03.2026</div>
    </div></a>", the text's box the card's content): the text is that heading's page's teaser all the
    same."""
    heading, item = _card_heading(container)
    if (heading is not None and h1 is not None and not (is_name(_text(h1)) and not _dated_headline(h1))
            and _own_prose(h1, item) >= _OWN_PROSE_CHARS):
        # a short article ("<h1>Yeni park açıldı</h1><div>14.03.2026</div><div class=w-richtext><p>…140
        # characters…</p></div>") followed by a related card whose summary is longer: the card's content was
        # picked as the text's box, but the page's headline has prose of its own outside the card (an author's
        # page has its biography there, under the author's name: "<h1>Aysel Hüseynova</h1><p>…</p>" then cards)
        return None
    if heading is None:
        heading, item = _heading_before(container)
    if heading is None or heading is h1 or _linkless(heading):
        # (a plain heading above the box is an earlier card's, Gridsome's "<div class=post-card>…<h2>Title</h2>…
        # </div><div class=post-card>…": the box's own heading first)
        inside, box = _heading_inside(container)
        if inside is not None and not (h1 is not None and _own_prose(h1, box) >= _OWN_PROSE_CHARS):
            heading, item = inside, box  # (not when the page's headline has prose of its own before it, as above)
    if heading is None or heading is h1:
        # (the page's own headline above a box of cards: Plone's "<h1>Gaia: Albisteak</h1><div id=content-core>
        # <section class=entries><article class=entry>…")
        linked, box = _title_link(container)
        if linked is not None and not (h1 is not None and not any(el is box for el in h1.iterancestors())
                                       and _own_prose(h1, box) > len(_text(box))):
            # (never when the page's headline, outside the item, has prose of its own longer than the item)
            heading, item = linked, box
    if heading is None or heading is h1:
        heading, item = _repeated_item(container, page_url)
    if heading is None or heading is h1:
        heading, item = _block_link_card(container, page_url)
    if heading is None:
        return None
    text = _text(heading)
    if len(text) < 20 or text == title:
        return None
    link = next((a for a in heading.iter("a") if a.get("href")), None)
    if link is None or _link_chars(heading) < 0.8 * len(text):
        # the headline inside its link ("<a href=/post/x><h2>Title</h2></a>")
        link = next((a for a in heading.iterancestors("a") if a.get("href")), None)
        if link is None:
            # (the card's link in a box after the text's: _heading_inside)
            inner = item is not None and item is container.getparent() \
                and any(el is container for el in heading.iterancestors())
            link = _stretched_link(heading, item, after=container if inner else None)
        if link is None:
            return None
    href = link.get("href")
    if _same_page(href, page_url) is not False:
        return None  # the page itself, or another site
    if _own_address(urlsplit(urljoin(page_url, href)), page_url, canonical):
        return None
    if h1 is not None and _owns_text(h1, item, container):
        return None
    return text


def _own_address(target: SplitResult, page_url: str, canonical: str | None) -> bool:
    """``target``, a link's address on the site, is the page's own: its path with another query (an article fetched
    as "/budget?utm_source=feed", no canonical, whose headline links to "/budget"; a script's "/index.php?id=5" is
    another page), or its canonical's path (a mirror's canonical names the production host)."""
    if _path_key(target.path) == _path_key(urlsplit(page_url).path) and not _SCRIPT_PATH.search(target.path):
        return True
    return bool(canonical) and _path_key(target.path) == _path_key(urlsplit(canonical).path)


_ENTRY_NUMBER = re.compile(r"(?<!\d)\d{3,}(?!\d)")  # an entry's number in an address ("/topic/1047-…/")


def _headline_links_away(h1: etree._Element | None, container: etree._Element, page_url: str,
                         canonical: str | None) -> str | None:
    """The page's headline when it is all one link to another page of the site, over the text's box (LiveStreet's
    collective blog showing its one topic: "<article class="topic"><h1 class="topic-title"><a
    href="/blog/bajar/2831.html">…</a></h1><div class="topic-content">…" at "/blog/bajar/"): the text is that page's,
    the page a listing.  An article's headline links to nothing, or to the page itself; and the page's address is a
    section's, a name of two words at most ("/blog/bajar/", "/blog/kokborok-kok/"), not an entry's slug or number
    (a topic reached at another of its addresses, "/archives/intamba-zatsinze-tanzaniya", links its headline to the
    one it prefers)."""
    path = unquote(urlsplit(page_url).path)  # (a section's name in another script is fetched percent-encoded)
    segments = [x for x in path.split("/") if x]
    if segments and (len(re.split(r"[-_+]+", segments[-1].rsplit(".", 1)[0])) > 2
                     or any(ch.isdigit() for ch in segments[-1])) or _SCRIPT_PATH.search(path):
        return None  # (nor a script's page, addressed by its query: phpBB's "viewtopic.php?t=1047" linking "?f=3&t=1047")
    if h1 is None or len(text := _text(h1)) < 20 or _link_chars(h1) < 0.8 * len(text) \
            or (link := next((a for a in h1.iter("a") if a.get("href")), None)) is None \
            or _same_page(link.get("href"), page_url) is not False:
        return None
    target = urlsplit(urljoin(page_url, link.get("href")))
    if _own_address(target, page_url, canonical):
        return None
    if set(_ENTRY_NUMBER.findall(path)) & set(_ENTRY_NUMBER.findall(target.path)) \
            or segments and _path_key(target.path).rsplit("/", 1)[-1] == _path_key(path).rsplit("/", 1)[-1]:
        # (the same entry's number, a forum topic reached by a longer slug, "/topic/1047-nueva-linea/"; or its name
        # under another folder, a CMS's second menu route to the story, "/health/kakuma-cholera" for "/news/…")
        return None
    # (the headline and the text in one item: a box a few levels above the headline holds the text)
    boxes = [el for el in islice(h1.iterancestors(), _ITEM_DEPTH + 1) if el.tag not in ("body", "html")]
    return text if any(el is box for el in container.iterancestors() for box in boxes) else None


def _block_link_card(container: etree._Element, page_url: str) -> tuple[etree._Element | None, etree._Element | None]:
    """The title box of a card that is one link to another page of the site, its title a line in a plain box (no
    heading) over its snippet, the text's box that link or inside it; and the card: the link, or a box up to
    _ITEM_DEPTH levels above it, one of a row of sibling boxes of its tag each linking to another page (Dzen's feed:
    "<div class=card><a href=/a/x><div class=card-title>Title</div><div class=card-snippet>two paragraphs of the
    story</div></a><div class=card-meta>…</div></div>" three times).  An article's text is no link's."""
    link = next((el for el in islice(chain((container,), container.iterancestors()), _ITEM_DEPTH + 1)
                 if el.tag == "a" and el.get("href")), None)
    if link is None or _same_page(link.get("href"), page_url) is not False:
        return None, None
    first = next(iter(_FIRST_TEXT(link)), None)
    holder = first.getparent() if first is not None else None
    if holder is None or first.is_tail or holder is link or holder.tag in _INLINE_TAGS:
        return None, None
    title = _text(holder)
    if len(title) < _HEADLINE_CHARS or len(_text(link)) - len(title) < _HEADLINE_CHARS:
        return None, None  # (a title over a snippet)
    item = link
    for _ in range(_ITEM_DEPTH + 1):
        parent = item.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None, None
        row = list(parent.iterchildren(item.tag))
        if len(row) >= 2:
            hrefs = [next((a.get("href") for a in sib.iter("a") if a.get("href")), None) for sib in row]
            if len(set(hrefs)) == len(row) and all(h and _same_page(h, page_url) is False for h in hrefs):
                return holder, item
            return None, None
        item = parent
    return None, None


def _linkless(heading: etree._Element) -> bool:
    """No link in or around the heading."""
    return next(heading.iter("a"), None) is None and next(heading.iterancestors("a"), None) is None


def _stretched_link(heading: etree._Element, item: etree._Element | None,
                    after: etree._Element | None = None) -> etree._Element | None:
    """The link of a card whose headline is plain text: the item's last link, a "read more" (or a picture) alone on
    its line after the heading, whose label is no headline (Gridsome's "<div class=post-card__content><h2>Title</h2>
    <p>…</p><div class=post-meta>…</div><a href=/haberler/x/ class=post-card__link>Link</a></div>", a link stretched
    over the card); a card's heading links nowhere itself.  None when the heading holds or sits in a link.
    ``after``: the box (holding the heading) whose following boxes hold the link, the heading itself by default."""
    if item is None or next(heading.iter("a"), None) is not None:
        return None
    links = [a for a in item.iter("a") if a.get("href")]
    if not links or not _read_more_link(links[-1]):
        return None
    last = links[-1]
    if not any(el is last for sib in (after if after is not None else heading).itersiblings() for el in sib.iter("a")):
        return None  # (after the heading, in its box)
    if next(last.iterancestors("p"), None) is not None or any(_text(el) for el in last.itersiblings("*")):
        return None  # (a card's own line closing it, not a story's last paragraph: "<p><a href=/x>More</a></p>")
    return last


def _repeated_item(container: etree._Element, page_url: str) -> tuple[etree._Element | None, etree._Element | None]:
    """The headline link of the text's item when the item (the box or one up to _ITEM_DEPTH levels above it) is one
    of a row of sibling boxes of its tag and class, each a small teaser: a headline-long link to another page of the
    site and a snippet paragraph (InstantCMS's activity stream: "<div class='activity_item media'><div class=
    media-body><div>18.03.2026</div><a href=/users/31>Name</a> wrote new material <a href=/news/x.html>Title</a><p
    class=small>…</p></div></div>" three times; vuepress-theme-hope's "<article class=vp-article-wrapper><div class=
    vp-article-item><a class=vp-article-title href=/posts/x.html>…</a><div class=vp-article-excerpt><p>…</p><p>…</p>
    </div>…"); and the item.  An article's boxes hold more text than a snippet."""
    el = container
    for _ in range(_ITEM_DEPTH + 1):
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None, None
        kind = el.get("class")
        if kind:
            row = [sib for sib in parent.iterchildren(el.tag) if sib.get("class") == kind]
            if len(row) >= 2:
                links = [_teaser_link(item, page_url) for item in row]
                if all(link is not None for link in links):
                    return next(link for link, item in zip(links, row) if item is el), el
                return None, None
        el = parent
    return None, None


def _teaser_link(item: etree._Element, page_url: str) -> etree._Element | None:
    """The headline-long link to another page of the site, outside a paragraph, of a small item whose snippet is a
    paragraph after it (see :func:`_repeated_item`), else None."""
    link = next((a for a in item.iter("a") if a.get("href") and len(_text(a)) >= _HEADLINE_CHARS
                 and next(a.iterancestors("p"), None) is None), None)
    if link is None or _same_page(link.get("href"), page_url) is not False:
        return None
    if len(_text(item)) - len(_text(link)) > 2 * _SNIPPET_CHARS \
            or next(islice(item.iter("p"), _SNIPPET_PARAGRAPHS, None), None) is not None:
        return None  # (a snippet of a paragraph or two, not a story: the next one of an endless article page)
    after = False
    for el in item.iter("a", "p"):
        if el is link:
            after = True
        elif after and el.tag == "p" and _text(el):
            return link
    return None


_READ_ON_CHARS = 40  # a label, not a headline
_READ_ON_END = ("...", "…")


def _read_on_links(containers: list[etree._Element], page_url: str) -> int:
    """The links in the text whose short label ends with an ellipsis and that lead to another page of the site:
    a "read more…" after a listing's snippet ("Padayon sa pagbasa...", "Weiterlesen…")."""
    count = 0
    for c in containers:
        for a in c.iter("a"):
            label = _text(a)
            if 3 <= len(label) <= _READ_ON_CHARS and label.endswith(_READ_ON_END) and (href := a.get("href")) \
                    and _same_page(href, page_url) is False and not _later_page(href, page_url):
                count += 1
    return count


# a page number's parameter in a query ("?id=1204&page=2") or its word in a path ("/slug/page/2/")
_PAGE_PARAM = re.compile(r"page|pg|paged|pagina|página|seite|pagenum|pageno|page_no", re.IGNORECASE)
_PAGE_SUFFIX = re.compile(r"[/_-](?:(?:page|seite|pagina)[/_-]?)?\d{1,3}", re.IGNORECASE)


def _later_page(href: str, page_url: str) -> bool:
    """A link to a later page of the page's own text, not to another page (a multi-page story's "Page 1 of 2.
    <a href=?id=1204&page=2>Continue reading…</a>", WordPress's "/slug/2/"): its address with a page number."""
    target, here = urlsplit(urljoin(page_url, href)), urlsplit(page_url)
    if target.netloc != here.netloc:
        return False
    path, own = _path_key(target.path), _path_key(here.path)
    if path == own:
        mine, theirs = dict(parse_qsl(here.query)), dict(parse_qsl(target.query))
        changed = {k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)}
        return len(changed) == 1 and _PAGE_PARAM.fullmatch(key := changed.pop()) is not None \
            and theirs.get(key, "").isdigit()
    stem = own.rsplit(".", 1)[0] if "." in own.rsplit("/", 1)[-1] else own
    return target.query == here.query and path.startswith(stem) \
        and _PAGE_SUFFIX.fullmatch(path[len(stem):].rsplit(".", 1)[0]) is not None


# a headline is longer than a "read more" label ("Skaitykite daugiau", "Loe edasi", "पुढे वाचा »", "Читать далее")
_HEADLINE_CHARS = 20


def _teaser_items(container: etree._Element, page_url: str, h1: etree._Element | None,
                  canonical: str | None = None) -> list[str]:
    """The texts of the listing items around the page's text: an item opens with a headline linking to
    another page of the site and closes with a second, short link to the same page after its snippet
    (uCoz's "<div class=eTitle><a href=/news/x/…>Title</a></div><div class=eMessage>…</div><div
    class=eDetails>… <a href=/news/x/…>पुढे वाचा »</a>", Bitrix's "<p class=news-item><a><b>Title</b></a><br>
    …<a class=more>Skaitykite daugiau</a>", Squarespace's "BlogList-item-title … BlogList-item-readmore").
    The item is the box holding both links; an article's own text sits under its own headline, outside
    such boxes (a "related" box after it holds its own snippets only).  Items whose two links lead to the page
    itself count only when there are two or more (an archive's entries, none with a page of its own: Ameba's month
    archive); one is the post's own permalink and comments link.  Searched in the text's box and
    the boxes up to _ITEM_DEPTH levels above it (a box holding one item's snippet, or all items), not the
    whole page: its navigation repeats links too."""
    scope = container
    for _ in range(_ITEM_DEPTH):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    # (a target linked twice, with or without a fragment: uCoz's "#comments" link beside "read more")
    links = [(a, href.split("#", 1)[0].strip()) for a in scope.iter("a") if (href := a.get("href"))]
    seen: set[str] = set()
    repeated = {href for _, href in links if href in seen or seen.add(href)}
    repeated.discard("")  # ("#top", "#comments": the page itself)
    if not repeated:
        return []  # (most articles: no target linked twice near the text, no link's text read)
    # link target -> the last headline-long link to it so far, and its length
    last: dict[str, tuple[etree._Element, int]] = {}
    items: list[etree._Element] = []
    # items whose two links lead to the page itself: one is a post's own permalink and "comments" link; two or more
    # are the entries of an archive whose entries have no pages of their own (an Ameba blog's month archive,
    # "<h2 class=skin-entryTitle><a href=/archive1-202602.html>…</a></h2>…<a href=/archive1-202602.html>続きをみる</a>"
    # per entry)
    own: list[etree._Element] = []
    canonical_key = _path_key(urlsplit(canonical).path) if canonical else None
    for a, href in links:
        if href not in repeated:
            continue
        chars = len(_text(a))
        # a later, shorter link to the headline's page closes the item ("Прочитать полностью »" is a label
        # too, shorter than the headline); one as long is that page's headline again (a sidebar's)
        if href not in last or chars >= last[href][1]:
            if chars >= _HEADLINE_CHARS:
                last[href] = (a, chars)
            continue
        first = last.pop(href)[0]
        same = _same_page(href, page_url)
        if same is None:
            continue
        item = _common_box(first, a)
        if item is None or item.tag in ("body", "html") or any(item is i for i in (*items, *own)):
            continue
        if same:
            if item is not container and _small_item(item) \
                    and (h1 is None or not any(el is item for el in h1.iterancestors())):
                own.append(item)
            continue
        if item is container or not (_small_item(item) or _headed_item(item, first, a)):
            # the box of the page's own text, or a box of more text blocks than an item has: an article linking a
            # story twice ("As we reported in <a>Parliament approves the budget</a> …" … "published <a>here</a>")
            continue
        if h1 is not None and any(el is item for el in h1.iterancestors()) \
                and not (any(el is h1 for el in first.iterancestors()) and _headed_item(item, first, a)
                         and not (canonical_key is not None
                                  and _path_key(urlsplit(urljoin(page_url, href)).path) == canonical_key)):
            # the page's own headline in the box: its navigation ("Previous: …" … "previous"); unless that headline
            # is the item's own, linking to another page that the item's closing "read more" leads to too (Zola's
            # Even theme: every entry of a section or an author's page "<article class=post><h1 class=post__title>
            # <a href=/xeberi/x/>…</a></h1>…<div class=read-more><a href=/xeberi/x/>Dewamê ci bıwanê</a></div>",
            # the first entry's <h1> taken for the page's), not the page's own permalink
            continue
        items.append(item)
    if len(own) >= 2:
        items += own
    return ["".join(_text(item).split()) for item in items]


# a listing's item is small: a headline, a date, a snippet of a paragraph or two, a "read more" line (uCoz's
# eTitle/eMessage/eDetails, Bitrix's "<p class=news-item>…<br>…", a blog list's <article>); more text blocks
# than that are an article's text
_ITEM_BLOCKS = 3
_ITEM_BLOCK_TAGS = tuple(sorted((_BLOCK_TAGS - {"dd"}) | {"br"}))  # (a <br> parts text blocks too)


def _headed_item(item: etree._Element, headline: etree._Element, more: etree._Element) -> bool:
    """``item`` opens with a heading holding the link ``headline`` (:func:`_heading_inside`), or with that link as a
    plain line (:func:`_opening_link`) in a row of items (:func:`_in_row`), and closes with ``more``, a "read more"
    to the same page: a teaser however many paragraphs its snippet has (Neos' text node "<div><h2><a
    href=/actualitat/x.html>…</a></h2><p>…</p><p>…</p><p><a class=more href=/actualitat/x.html>Legir la seguida
    →</a></p></div>" on an author's page); an article's text opens with its own words, not another page's
    headline."""
    heading, _ = _heading_inside(item)
    return ((heading is not None and any(el is headline for el in heading.iter("a"))
             or _opening_link(item, headline) and _in_row(item))
            and _read_more_link(more) and list(item.iter("a"))[-1] is more)


def _in_row(item: etree._Element) -> bool:
    """``item`` has a sibling of its shape (tag and class): one of a row of items, as a listing's are (Bear Blog's
    "<ul class=embedded><li>…</li><li>…</li></ul>"); a story's box under its headline stands alone, though it opens
    with a series banner's link and ends with "More in this series" to that page."""
    parent = item.getparent()
    return parent is not None and any(
        sib is not item and sib.tag == item.tag and sib.get("class") == item.get("class") for sib in parent)


_ITEM_TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "a")


def _opening_link(item: etree._Element, headline: etree._Element) -> bool:
    """The link ``headline`` opens ``item`` as its headline written as a plain link on a line of its own: no
    paragraph, heading or link of the item before it (its date may be), no text right after it (Bear Blog's
    embedded posts: "<li><span><time>11 Mar, 2026</time></span><a href=/x/>Title</a><div class=post-content>
    <p>…</p><p><a href=/x/>Read more →</a></p></div></li>"); not a name linked in a story's sentence."""
    before = headline.getprevious()
    parent = headline.getparent()
    if (headline.tail or "").strip() or ((before.tail if before is not None else parent.text if parent is not None
                                          else "") or "").strip():
        return False
    first = next(item.iter(_ITEM_TEXT_TAGS), None)
    return first is headline


def _small_item(item: etree._Element) -> bool:
    """At most _ITEM_BLOCKS text blocks (paragraphs, list items, line breaks, headings) in ``item``,
    itself included; the count stops past the limit."""
    return next(islice(item.iter(_ITEM_BLOCK_TAGS), _ITEM_BLOCKS, None), None) is None


def _common_box(a: etree._Element, b: etree._Element) -> etree._Element | None:
    """The nearest element holding both, neither itself: _common_ancestor of their parents."""
    pa, pb = a.getparent(), b.getparent()
    return None if pa is None or pb is None else _common_ancestor(pa, pb)


# boxes between the page's headline and the box holding its text that may carry its date ("<h1>…</h1><p>March
# 14, 2026</p><div class=wrap>…"): the headline, its byline, date, picture and lead
_HEADLINE_BOXES = 4


# a person's or a section's name as a page's headline: "Вольга Марозава", "María José García López", "Sport"
_NAME_WORDS = 4
_NAME_CHARS = 40


def is_name(headline: str | None) -> bool:
    """A headline that is a name, not a story's: one to four words, each capitalised, no digit or
    sentence punctuation ("Aysel Hüseynova", not "У Гродне пачаўся кірмаш")."""
    words = (headline or "").split()
    return (0 < len(words) <= _NAME_WORDS and len(headline) <= _NAME_CHARS
            and all(w[0].isupper() and not any(c.isdigit() or c in ".!?:," for c in w) for w in words))


# a date line: "14.03.2026", "By Jane Doe | March 14, 2026 10:15" (as _DATE_XPATH's texts)
_DATE_LINE_CHARS = 60


def _dated_headline(h1: etree._Element) -> bool:
    """A short date line among the _HEADLINE_BOXES boxes after the headline, or after its box ("<h1>Council
    Approves Tram Line</h1><div class=meta>14.03.2026</div>", "<header><h1>…</h1></header><time>…"): a story's
    headline, however capitalised.  An author's or a section's name heads an undated biography or introduction."""
    for el in (h1, h1.getparent()):
        if el is None or el.tag in ("body", "html"):
            break
        for n, sib in enumerate(el.itersiblings()):
            if n == _HEADLINE_BOXES:
                break
            # (a line, not a biography naming a year: "… at the city council since 2018, after ten years …")
            if (isinstance(sib.tag, str) and (text := _text(sib)) and len(text) <= _DATE_LINE_CHARS
                    and _DATE_HINT.search(text) and find_date(text) is not None):
                return True
    return False


# the prose a page's headline must have of its own, outside a card, to be an article (the default
# min_body_chars): a listing's name has at most a line of introduction above its cards
_OWN_PROSE_CHARS = 120


def _own_prose(h1: etree._Element, item: etree._Element) -> int:
    """The characters of the paragraphs after the page's headline and before a card (``item``, the link
    around it, or the box of a card's title link), outside any link: the page's own text.  Only the <p> of the smallest box holding both are
    walked, once the card rule has fired."""
    common = _common_ancestor(h1, item)  # (the item itself when it holds the headline: nothing before it)
    if common is None:
        return 0
    # the card's boxes, by tag and class: a paragraph in a box like them is an earlier card's snippet, not the
    # headline's prose (an author's page: "<h1>Name</h1><p>bio</p><div class=post-card>…<p>snippet</p></div>
    # <div class=post-card>…")
    kinds = set()
    for el in (item, *item.iterancestors()):
        if el is common:
            break
        if el.get("class"):
            kinds.add((el.tag, el.get("class")))
    chars, started = 0, False
    for el in common.iter(h1.tag, "p", "a", item.tag):
        if el is h1:
            started = True
        elif el is item:
            break
        elif started and el.tag == "p" and next(el.iterancestors("a"), None) is None \
                and not any((box.tag, box.get("class")) in kinds for box in el.iterancestors()):
            chars += len(_text(el))
    return chars


def _owns_text(h1: etree._Element, item: etree._Element, container: etree._Element) -> bool:
    """Whether the page's own headline owns the text under a linked heading of another page: it sits in
    the item with that heading ("<div class=wrap><h1>…</h1><div class=prevnext><h4><a href=/storm-…>Previous:
    Storm …</a></h4></div><div class=text>"), or right above the box holding the text with its own date
    between them ("<h1>Council approves budget</h1><p>March 14, 2026</p><div class=wrap><div class=prevnext>…"):
    the linked heading is the article's navigation.  A listing's name is dated by its items, not by a line
    of its own ("<h1>Спорт</h1><div class=story><h2><a>…</a></h2><div class=story_info>20-03-2026…")."""
    chain = [h1, *h1.iterancestors()]
    if any(el is item for el in chain):
        return True
    el = container
    for _ in range(_ITEM_DEPTH + 1):
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return False
        between = []
        for n, sib in enumerate(el.itersiblings(preceding=True)):
            if n == _HEADLINE_BOXES:
                break
            if any(sib is x for x in chain):
                return any(len(t) <= 200 and _DATE_HINT.search(t) for t in between)  # a date line is short
            if isinstance(sib.tag, str):
                between.append(_text(sib))
        el = parent
    return False


_SCRIPT_PATH = re.compile(r"\.(?:php\d?|aspx?|jsp|cgi|cfm|pl|do)$", re.IGNORECASE)


def copy_of(page: ExtractedPage) -> str | None:
    """The URL this page is a copy of: its ``<link rel=canonical>`` names another page of the
    same site (a print view, an AMP or mobile copy), or names this page's own path without
    its query: the page is a view of that one (``post.html?m=1``, ``story.html?utm_source=feed``,
    ``?output=amp``), whose original is this site's page at the bare path, whatever host the
    canonical gives (a blog mirrored from its production host names that host).
    A canonical on another site at another path (a syndicated story naming its publisher),
    differing only in a trailing slash, or keeping a query of its own is not counted."""
    if not page.canonical:
        return None
    target, here = urlsplit(page.canonical), urlsplit(page.url)
    if here.query and not target.query and _path_key(target.path) == _path_key(here.path) \
            and _path_key(here.path) and not _SCRIPT_PATH.search(here.path):
        # (a script's path, "/article.php?id=5" naming "/article.php", is no page without its query)
        return urlunsplit((here.scheme, here.netloc, here.path, "", ""))
    if _same_page(page.canonical, page.url) is not False:
        return None
    if _path_key(target.path) == _path_key(here.path):
        return None  # the same path, another query of its own: the same page
    if _path_key(target.path) == "":
        return None  # a misconfigured canonical (every page naming the home page): no original named
    return page.canonical
