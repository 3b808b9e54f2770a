"""Is this page an article?  A verdict with a machine-readable reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from newsbot.cleaning.footer import PROSE_PARAGRAPH_CHARS, Block
from newsbot.cleaning.metadata import LABEL_LINKS, dateline_credit, find_date, names_an_update, parse_meta_line
from newsbot.cleaning.text import text_weight
from newsbot.extraction.copies import url_marks_copy
from newsbot.extraction.page import (
    _NAME_WORDS,
    ARCHIVE_FOLDERS,
    ARTICLE_TYPES,
    INDEX_FILE,
    ExtractedPage,
    copy_of,
    is_logo,
    is_name,
)

# Path words of pages that are not articles, in several languages.
_NON_ARTICLE_SEGMENTS = frozenset(
    "tag tags category categories topic topics author authors page search about about-us aboutus "
    "contact contact-us contacts privacy privacy-policy terms terms-of-service imprint impressum "
    "legal login register signup archive archives feed rss sitemap index kontakt ueber-uns uber-uns "
    "datenschutz acerca contacto aviso-legal politica-de-privacidad qui-sommes-nous mentions-legales "
    "faq help advertise careers jobs subscribe newsletter comments comment commentaires kommentare "
    "comentarios comentários reviews login signin sign-in account user users profile live liveblog "
    "live-blog kunye künye iletisim iletişim hakkimizda hakkımızda gizlilik gizlilik-politikasi kvkk "
    "cerez-politikasi yayin-ilkeleri a-propos apropos o-nama om-oss tietoa tentang chi-siamo quem-somos "
    # tag, author, member, search and rules pages in more languages (pl, ro, nl, sw, es, it, de, uk/ru transliterated)
    "tagi tag-archive etykieta etykiety eticheta etichete etiquetas etiqueta lebo schlagwort stichwort thema-tag "
    # tags and archives in more languages (cs/sk "tagy", "štítky"; cs/de "archiv"; pl "archiwum"; ro "arhiva")
    "tagy stitky štítky archiv archiwum arhiva arkiv arkisto archivio "
    # a hashtag's feed (Wix Blog "/blog/hashtags/Durrës", "/hashtag/climate")
    "hashtag hashtags "
    "autor autorzy autori autore auteur auteurs autoren mwandishi waandishi yazar penulis avtor "
    # a press-release wire's page of one issuing organisation (its profile and its releases)
    "publishers julkaisijat "
    "member members memberlist mitglied mitglieder membre membres miembro usuario uzytkownik profil profiles "
    "szukaj wyszukaj cauta cautare zoeken suche recherche buscar busqueda cerca ricerca tafuta poisk "
    "rules regulamin regulament regeln regole reglas "
    # a wiki's log of its latest edits (ikiwiki's and MoinMoin's "/recentchanges/", PmWiki's "Site/AllRecentChanges",
    # Foswiki's "WebChanges", MediaWiki's "Special:RecentChanges"): its rows name pages and dates
    "recentchanges recent-changes allrecentchanges webchanges special:recentchanges".split()
)
# Words of the slug of a policy page ("polityka-prywatnosci", "politica-de-confidentialitate",
# "sera-ya-faragha", "privacy-policy", "termeni-si-conditii"): the slug is made of them only,
# so that a story's slug naming privacy ("google-privacy-fine-2025") is not one.
_POLICY_CORE = frozenset(
    "privacy prywatnosci prywatnosc confidentialitate privacidad privacidade riservatezza datenschutz "
    "datenschutzerklarung datenschutzerklaerung privacybeleid faragha gizlilik cookies cookie cookie-uri "
    "terms voorwaarden nutzungsbedingungen termeni conditii condiciones regulamin regulament rules gdpr rodo rgpd "
    # a community's rules (it, es, de, fur "Regulis de comunitât")
    "regole reglas regeln regulis".split()
)
_POLICY_WORDS = _POLICY_CORE | frozenset(
    "policy polityka politica politique politika beleid sera ya de di la si y e und et of our site forum "
    "notice statement use uso utilizare and data protection ochrony danych "
    "community comunitat comunitât comunità comunidad comunidade gemeinschaft des del della dal".split()
)
# a policy page's name as its headline has two words at least: one alone may be a story's ("Cookies", a recipe)
_POLICY_HEADLINE_WORDS = 2
# Headlines of error pages served with status 200: an error word or number opening it ("404", "Error :: Site"), or
# the word "error" alone (at the end) ...
_ERROR_START = re.compile(
    # an error word or number opening the headline as its message: alone, before a break, a number or an error
    # page's words ("Error 404", "404 – Page not found", "500 Internal Server Error", "Error: the page …"), not a
    # story's subject ("500 jobs cut as plant closes", "Error in vote count delays result")
    # (a number ends there: "4000 jobs", "500,000 people", "400.000 Menschen", "500-year-old bridge" are stories)
    r"^(?:error(?=\s*\d)|(?:error|40[0-9]|50[0-9])(?![\d,.]\d)(?=\s*(?:$|[:!|(\[]|\.(?!\d)|\s[-–—]|(?:page|pagina|"
    r"página|seite|sayfa|halaman|страниц|not\b|forbidden|internal|server|service|bad\b|gateway|unauthori[sz]ed|method|"
    r"request|fehler|erreur|errore|hata|ошибка|помилка|błąd|error|code))))|(?:oops|oups)\b(?=.*\b(?:page|pagina|página|"
    r"seite|sayfa|halaman|страниц))|"
    # the headline is the word "error" alone ("Eroare", "Fehler", "Помилка", "エラー"; Hindi "त्रुटि", Marathi "त्रुटी")
    r"^(?:eroare|erreur|fehler|errore|błąd|fout|помилка|ошибка|hata|chyba|greška|hiba|virhe|fejl|feil|σφάλμα|"
    r"lỗi|hitilafu|त्रुटि|त्रुटी|エラー|错误|錯誤|오류|خطأ)[\s!.:0-9-]*$",
    re.IGNORECASE,
)
# ... or a fixed "not found" phrase closing a short headline (see _error_title)
_ERROR_PHRASE = (
    r"page n[’']existe (?:plus|pas)|page (?:not found|introuvable|non trouvée)|not found|"
    r"(?:can[’']?t|cannot|could not|couldn[’']?t) be found|(?:does not|doesn[’']?t) exist|no longer (?:exists|available)|"
    r"seite (?:nicht gefunden|existiert nicht)|página no (?:encontrada|existe)|página não encontrada|"
    r"pagina non trovata|页面(?:不存在|未找到)|找不到(?:页面|網頁)|ページが見つかりません|(?:ページ|記事)(?:は|が)?見つかりませんでした|お探しのページ|페이지를 찾을 수 없습니다|"
    r"страница не найдена|sayfa bulunamadı|haber bulunamadı|halaman tidak ditemukan|الصفحة غير موجودة|الصفحة المطلوبة غير|"
    r"(?:الخبر|المقال|الصفحة|المحتوى) غير (?:متوفر|متاح|موجود)|(?:article|story) (?:is )?(?:no longer|not) available|"
    r"nem található|nem létezik|hindi (?:nahanap|matagpuan)|খুঁজে পাওয়া যায়নি|"
    r"nie znaleziono strony|strona nie istnieje|không tìm thấy trang|ukurasa haupatikani|"
    r"ошибка\s*404|материал удал[её]н|страница удалена|صفحه مورد نظر یافت نشد|خطای\s*(?:۴۰۴|404)|"
    r"pagina nu (?:a fost găsită|există)|articolul (?:căutat )?nu (?:mai )?(?:este disponibil|există)|"
    r"pagina niet gevonden|artikel niet gevonden|сторінк[уа] не знайдено|сторінка не існує|"
    r"(?:पेज|पृष्ठ) नहीं मिला|nie znaleziono artykułu|"
    # Saterland Frisian "page not found" (a WriteFreely blog's not-found page, typed og:type "article" as all its
    # pages are)
    r"siede nit fuunen|"
    # Seychellois Creole "page not found" (a Hexo Stellar site's not-found page, status 200, at a dated post address)
    r"paz pa trouve|"
    # Bhojpuri "page not found" (Emlog's not-found page served with status 200: "<h2>माफ करीं, पन्ना ना मिलल</h2>")
    r"पन्ना ना मिलल|"
    # Kumaoni "page not found" (a Hexo Sakura not-found page served with status 200 at a dated post address: "यो पन्न
    # नि मिलौ।")
    r"पन्न नि मिलौ"
)
# the phrase is the headline's message when nothing but a break follows it ("Page not found", "Page not found | Site",
# "Cette page n'existe plus.", "… could not be found. Try the search"), in a headline of few words: not a story saying
# so of something ("Council page no longer exists after hack", "Serious side effects not found in year-long trial")
# (one pattern: the engine tries every start, so "お探しのページは見つかりませんでした" finds its closing phrase)
_ERROR_CLOSING = re.compile(rf"(?:{_ERROR_PHRASE})(?=\s*(?:$|[.!?…|:;,–—·(\[-]))", re.IGNORECASE)
_ERROR_HEADLINE_WORDS = 12
# ... or the phrase going on, when the page itself is its subject, a few words before it ("Sorry, the page you are
# looking for does not exist or has been moved", "Esta página no existe o ha sido eliminada"): "the page", "this
# page", "the page you…", "the requested page", "you are looking for", "you requested" (not "Ministry's Facebook
# page no longer exists after hack", a story about a page) ...
# (the hedged "does not seem / appear to exist" only so, never closing: Plone's "This page does not seem to exist…",
# not a story's "Planet Nine does not seem to exist")
_ERROR_HEDGED = r"(?:does not|doesn[’']?t) (?:seem|appear) to exist"
_ERROR_ANYWHERE = re.compile(rf"(?:{_ERROR_PHRASE}|{_ERROR_HEDGED})", re.IGNORECASE)
_ERROR_SUBJECT = re.compile(
    r"\b(?:(?:the|this) (?:page|url)\b|requested (?:page|url)\b|page you\b|"
    r"you(?:[’']re| are) (?:looking|searching) for|"
    r"you (?:requested|tried to (?:reach|access|open))|(?:la|cette) page\b|(?:die|diese) seite\b|(?:la|esta|a) página\b|"
    r"(?:la|questa) pagina\b|(?:de|deze) pagina\b|(?:эта|запрашиваемая|искомая) страница|aradığınız sayfa|halaman yang|"
    r"(?:ta|szukana) strona|(?:ця|запитувана) сторінка|trang bạn)",
    re.IGNORECASE,
)
_ERROR_SUBJECT_CHARS = 40
# ... or an error page's own words right after it, closing the headline ("… could not be found on this server",
# "… does not exist or has been moved"), not a story's ("… not found in year-long trial")
_ERROR_AFTER = re.compile(
    r"\s*,?\s*(?:or (?:has|may have) been (?:moved|removed|deleted|renamed)|or (?:was|is) (?:moved|removed|deleted)|"
    r"on (?:this|our) (?:server|site|website)|o (?:ha sido|fue) (?:movida|eliminada|borrada)|"
    r"ou (?:a été|est) (?:déplacée|supprimée)|oder wurde (?:verschoben|gelöscht|entfernt)|"
    r"ou foi (?:movida|removida|excluída)|o è stata (?:spostata|rimossa|eliminata)|"
    r"или (?:была )?(?:удалена|перемещена)|lub została (?:usunięta|przeniesiona))(?=\s*(?:$|[.!?…|:;,–—·(\[-]))",
    re.IGNORECASE,
)


def _error_title(title: str) -> bool:
    """The headline is an error page's (see _ERROR_START, _ERROR_CLOSING, _ERROR_SUBJECT, _ERROR_AFTER)."""
    if _ERROR_START.search(title):
        return True
    m = _ERROR_CLOSING.search(title) or _ERROR_ANYWHERE.search(title)
    if m is None or len(title[:m.end()].split()) > _ERROR_HEADLINE_WORDS:
        return False
    return (m.re is _ERROR_CLOSING or _ERROR_SUBJECT.search(title, max(0, m.start() - _ERROR_SUBJECT_CHARS), m.end())
            is not None or _ERROR_AFTER.match(title, m.end()) is not None)
# An error number standing alone, in any script's digits (404, ۴۰۴, ٤٠٤, ４０４, 410).
_ERROR_NUMBER = re.compile(r"(?<![\d۰-۹٠-٩０-９])(?:404|410|۴۰۴|۴۱۰|٤٠٤|٤١٠|４０４)(?![\d۰-۹٠-٩０-９])")
# ... closing a headline between brackets: "Rûkurasa rûtiûmîîkîre (404)" (Meru: the page was not found; R distill's
# not-found page served with status 200 at a post's dated address), "Seite nicht gefunden [404]"
_BRACKETED_ERROR_NUMBER = re.compile(r"[(\[（]\s*(?:" + _ERROR_NUMBER.pattern + r")\s*[)\]）]\s*$")
# A reply's subject prefix in several languages (en/it "Re:", de "AW:", sv/da/no "SV:", fi "VS:", pl "Odp:", nl "Antw:",
# A label before a headline: a word or three and a colon ("Cummenti: …", "Comments: …", "Kommentare: …")
_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2})\s?[:：]\s*(?=\S)")
# The label's word for readers' comments on a page, in several languages (data: add a language's word)
_COMMENT_WORDS = frozenset(
    "comments comment commentaires commentaire kommentare kommentar comentarios comentários comentarii commenti "
    "cummenti komentarze komentari komentar kommentarer reacties reactions yorumlar коментарі комментарии "
    "bình luận 评论 評論 댓글".split()
)


def _comments_page(page: ExtractedPage) -> bool:
    """The headline is a label and the headline of another page the page links to ("Cummenti: [TrinacriaBet]
    Catania, l'Etna …", the link reading "[TrinacriaBet]Catania, l'Etna …"), the label a word for comments or the
    text under readers' signed, dated lines (two or more metadata lines alike: "Utenti: ninu_ct 2026-03-14 11:02",
    "Utenti: rosalia78 2026-03-14 15:21"): the comments on that page.  An editor's kicker before a linked headline
    ("Analysis: …", "Update: …") is one story's, dated once; a rubric's ("Commenti: …") over the page's own headline,
    which a box of the page links to, is the story's own."""
    match = _LABEL.match(page.title or "")
    if match is None:
        return False
    rest = page.title[match.end():].strip().casefold()
    if not any(rest.startswith(t.casefold()) for t in page.away_link_texts):
        return False
    if match.group("label").casefold() in _COMMENT_WORDS:
        return True
    lines = dict.fromkeys([*page.meta_lines, *(b.text for b in page.blocks if len(b.text) <= _SIGNATURE_CHARS)])
    signed = [line.split()[0].casefold() for line in lines
              if line.split() and any(ch.isalpha() for ch in line.split()[0]) and find_date(line) is not None]
    return any(signed.count(word) >= 2 for word in set(signed))


_SIGNATURE_CHARS = 80  # a post's signed line: a label, a name, a date


# pt "RES:", tr "YNT:", ru "Отв:"/"Ответ:", el "ΑΠ:", zh "回复："), maybe numbered ("Re[2]:", "Re^3:")
# (a space after a Latin colon: "re:Invent 2025: …", "RE:BORN festival" are names).  The prefix alone is no
# evidence: "SV: Regjeringen svikter …" (a party's quote), "Vs: Italy beat France", "回复：关于…" (a ministry's
# reply) are headlines; see _forum_reply.
_REPLY = re.compile(r"(?:re|aw|sv|vs|odp|antw|res|ynt|отв|ответ|απ|回复|回覆)(?:\[\d+\]|\^\d+)?\s?(?::\s|：\s?)(?=\S)",
                    re.IGNORECASE)
# Contact details: an e-mail address or a telephone number.
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+\d{1,3}[\s(]*\d{2,4}\)?[\s-]*\d{2,4}[\s-]*\d{2,4}")
# A teaser's snippet: cut off with an ellipsis ("… ra....", "… hạ...", "… годо…").
_TRUNCATED = re.compile(r"\S\s?(?:\.\.\.|…|\[(?:\.\.\.|…)\])$")


def _dateline_opens(prose: list[Block], title: str | None = None) -> bool:
    """The first paragraph of the page's text (past short lines: a date, a tag; past the headline repeated as a
    paragraph, Zola Serene's "<p>" of the title over a short undated post) opens with a wire dateline crediting an
    agency (metadata.dateline_credit: "KRAKÓW (PAP) – …", "শিলচর (ইউএনবি) — …"), the paragraph whole, no teaser's
    snippet cut off with an ellipsis."""
    first = next((b.text for b in prose if len(b.text) >= 40 and b.text.strip() != (title or "").strip()), None)
    return first is not None and not _truncated(first) and dateline_credit(first) is not None


def _truncated(text: str) -> bool:
    """Cut off with an ellipsis ("… b…", "… [...]").  The pattern is searched in the last
    8 characters only (its longest match, 7, plus the newline "$" may stand before): searched
    in the whole paragraph it was tried at every position."""
    return _TRUNCATED.search(text[-8:]) is not None

_DATE_IN_PATH = re.compile(r"/(?:19|20)\d{2}[/-]?(?:0?[1-9]|1[0-2])[/-]?(?:[0-2]?\d|3[01])?(?:/|$|-)")
# a path ending in a year and a month (and a day): the archive of that month or day (WordPress,
# Blogger, DLE "/2026/03/", "/news/2025/11/04/"), not one of its entries
_DATE_ARCHIVE = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?/?$")
# (or the day written as one segment: uCoz's calendar "/news/2026-03-14/", an entry being "/news/slug/2026-03-14-4821";
# a weak hint: a post named by its date, "/posts/2026-03-14/", "/briefing/2026-03-14", is one too)
_DAY_SEGMENT = re.compile(r"/(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?/?$")
# an entry's number right under a day's folder: one post, even under an archive word (Canalblog's
# "/archives/2026/03/11/43151207.html"); the day's folder itself is its archive (_DATE_ARCHIVE)
_DAY_ENTRY = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/\d{4,}(?:\.\w+)?/?$")
_SLUG = re.compile(r"[^/]*[\w]+(?:[-_][\w]+){3,}[^/]*$")
# an entry's number in the path ("/news/15602-tram.html", "/a/4835911")
_NUMBER_IN_PATH = re.compile(r"/\d{5,}|[-_]\d{4,}(?:\.\w+)?$")
_ID_IN_PATH = re.compile(_NUMBER_IN_PATH.pattern + r"|\.s?html?$")
# "?page=2", "&start=20"; uCoz writes the number after the word ("/news/?page2")
_PAGINATION_QUERY = re.compile(r"(?:^|&)(?:page|p|paged|pg|offset|start)=\d+", re.IGNORECASE)
# a comment form's reply link: the article again under a query (Typecho's "/archives/41/?replyTo=15", WordPress's
# "?replytocom=15"), never a page of its own
_REPLY_QUERY = re.compile(r"(?:^|&)(?:replyto|replytocom)=", re.IGNORECASE)
# a wiki page's history, an old revision, its source or its edit form: MediaWiki's "?action=history|edit|raw", Gitea's
# "/wiki/<Page>?action=_revision" ("Revision History", "_edit"), DokuWiki's "?do=revisions|diff|edit": no page of its own
_WIKI_ACTION_QUERY = re.compile(r"(?:^|&)(?:action|do)=_?(?:history|revisions?|diff|edit|raw|delete)(?:&|$)",
                                re.IGNORECASE)
# ... and WordPress's paginated comments ("/<post>/comment-page-2/", its "Older comments" link; rel=canonical to
# itself with "#comments"): the whole post again over another page of its comments
_COMMENT_PAGE_PATH = re.compile(r"/comment-page-\d+/?$", re.IGNORECASE)
_PAGE_QUERY_WORD = re.compile(r"(?:^|&)page\d+$", re.IGNORECASE)
def _pagination_path(words: str, glued: str = "") -> re.Pattern[str]:
    """A path ending in one of ``words`` ("a|b") and a page number, or in one of ``glued`` and a number written
    in the same segment."""
    glued_words = r"|(?:" + glued + r")[-_]?" if glued else ""
    return re.compile(r"/(?:(?:" + words + r")[-_/]?" + glued_words + r")\d{1,3}(?:\.\w+)?/?$", re.IGNORECASE)


# /page/2/, /page-2.html, /list/3.html, /seite/2, /pagina-4: pagination
# (and "index" numbered in its own segment: static generators and CMSs number a listing's later pages after its
# first, index.html: Pelican's "/index2.html", Chinese CMSs' "/xinwen/index_3.html", "/news/index-2.shtml"; not
# "/index/245", a PHP router's entry id: ThinkPHP's "/article/index/245" is one article)
_PAGINATION_PATH = _pagination_path(
    "page|pages|seite|pagina|página|strona|strana|stranica|sivu|halaman|sayfa|trang|list|liste|lista|archive|p",
    glued="index")
# ... and the word for "page" in more languages, a weak hint ("side" and "lapa" are words of English and
# Portuguese too): lt "puslapis" (Bitrix "/naujienos/puslapis-2/"), lv "lapa", et "leht", hu "oldal", cs/sk
# "stránka", sv "sida", da/no "side", ru/bg "stranitsa", mn "huudas"
_PAGINATION_PATH_MORE = _pagination_path("stránka|stranka|puslapis|lapa|leht|oldal|sida|side|stranitsa|huudas")
# /archives/52345678.html, /archives/20250303-140512.html, /archives/123: one entry
# of a blog archive (Livedoor, WordPress default permalinks; Typecho's "/archives/41/", a bare id of any length),
# not the archive; a year or year-month (/archives/2025/, /archives/202503) is the archive itself.
_ARCHIVE_ENTRY = re.compile(r"^(?!(?:19|20)\d{2}(?:0[1-9]|1[0-2])?$)(?:\d[\d_-]+\d|\d+)$")


def _archive_entry_path(segments: list[str]) -> bool:
    """The path names one entry of a blog's archive: "/archives/41/", "/archives/intamba-zatsinze-tanzaniya"."""
    return (len(segments) >= 2 and segments[-2] in ARCHIVE_FOLDERS
            and _archive_entry(segments[-1].rsplit(".", 1)[0]))


def _archive_entry(last: str) -> bool:
    """The last segment under an archive word names one entry: an id (see _ARCHIVE_ENTRY) or a slug of a
    headline's words, three or more (Halo's "/archives/intamba-zatsinze-tanzaniya"), not a listing word's slug."""
    if _ARCHIVE_ENTRY.match(last):
        return sum(ch.isdigit() for ch in last) >= 3 or last.isdigit()
    words = [w for w in _SEGMENT_WORD.split(last) if w]
    return (len(words) >= 3 and any(len(w) >= 4 and not w.isdigit() for w in words)
            and not all(w in _NON_ARTICLE_SEGMENTS or w.isdigit() for w in words) and last not in _NON_ARTICLE_SEGMENTS and not _is_policy(last))


# Blogger's static pages ("/p/about.html", "/p/rolunk.html"): a slug without digits under /p/
_STATIC_PAGE = re.compile(r"^/p/[^/\d]+\.html?$")


@dataclass(frozen=True)
class Verdict:
    is_article: bool
    reason: str  # machine-readable: "article", "url-not-article", "no-title", "no-text", ...
    detail: str = ""


@lru_cache(maxsize=64)  # (the spider asks before extracting, classify after: one answer per page)
def url_kind(url: str, weak: bool = True) -> str | None:
    """``"listing"`` when the URL alone says the page is not an article.  ``weak`` False: only what the
    URL says for sure, not its weak hints (_weak_listing), which yield to the page's strong evidence that it
    is an article (og:type, JSON-LD: classify) and so cannot spare the page's extraction (the spider)."""
    parts = urlsplit(url)
    path = parts.path.lower()
    segments = _path_segments(path)
    if not segments:
        return "listing"  # the home page
    if weak and _weak_listing(parts.query, path, segments):
        return "listing"
    if ":" in path and any(s.partition(":")[0] in _NON_ARTICLE_SEGMENTS for s in segments if ":" in s):
        # Grav's parameters, a listing word and its value in one segment: "/blog/tag:climate/", "/blog/page:2/",
        # "/blog/category:ሕርሻ/" (the blog filtered, paged)
        return "listing"
    if any(s.startswith("option,com_") and s[len("option,com_"):] in _NON_ARTICLE_SEGMENTS for s in segments):
        # Mambo's and Joomla 1.0's search-engine-friendly parameters, "name,value" per segment, the component a
        # listing word: "/component/option,com_search/searchword,buna/" (search results), "option,com_contact"
        return "listing"
    if _PAGINATION_QUERY.search(parts.query) or _REPLY_QUERY.search(parts.query) or _PAGINATION_PATH.search(path) \
            or _WIKI_ACTION_QUERY.search(parts.query) \
            or _COMMENT_PAGE_PATH.search(path):
        return "listing"
    if any(s == "forum" and segments[i + 1].isdigit() and len(segments) <= i + 3
           and not re.fullmatch(r"(?:19|20)\d{2}", segments[i + 1])  # a year is no forum's number
           for i, s in enumerate(segments[:-1])):
        # one forum's list of topics at its number and slug: PunBB's and FluxBB's friendly addresses
        # "/forum/3/nius-blong-pasifik/" (their topics are at "/topic/9/<slug>/"), however few topics it lists
        return "listing"
    folder = _folder_path(path)
    if _STATIC_PAGE.match(path) or _DATE_ARCHIVE.search(folder):
        return "listing"
    last = segments[-1].rsplit(".", 1)[0]
    if (_DATE_IN_PATH.search(folder) and _SLUG.search(last)) or _DAY_ENTRY.search(folder):
        return None
    if _archive_entry_path(segments):
        return None
    if last in _NON_ARTICLE_SEGMENTS or _is_policy(last):
        return "listing"
    if (any(s.rsplit(".", 1)[0] in _NON_ARTICLE_SEGMENTS for s in segments[:-1]) and not _is_entry_path(segments)
            and not _blog_post_path(segments) and not _page_slug_path(segments)):
        return "listing"
    return None


# A CMS's folder of single pages, posts and the site's own pages alike: MaxSite CMS's "/page/<slug>"
_PAGE_FOLDERS = frozenset(("page",))


def _page_slug_path(segments: list[str]) -> bool:
    """A slug right under a page folder at the site's root (MaxSite's "/page/cziyi-yad-magaramkent"): one
    page, a post or the site's own, the URL not telling which; judged by the page.  Its number ("/page/2") is
    pagination (_PAGINATION_PATH), a listing word's ("/page/tag") a listing."""
    if len(segments) == 4 and segments[2] in _PAGE_FOLDERS and not any(s in _NON_ARTICLE_SEGMENTS for s in segments[:2]):
        # ... or a page of a named book: BookStack's "/books/<book>/page/<slug>" (shelf › book › chapter › page), the
        # book's slug between its folder and the page folder; the page's slug a headline's words, two or more
        last = segments[-1].rsplit(".", 1)[0]
        return (len([w for w in _SEGMENT_WORD.split(last) if w]) >= 2 and any(ch.isalpha() for ch in last)
                and last not in _NON_ARTICLE_SEGMENTS and not _is_policy(last))
    if len(segments) != 2 or segments[0] not in _PAGE_FOLDERS:  # at the site's root, as MaxSite puts it
        return False
    last = segments[-1].rsplit(".", 1)[0]
    return any(ch.isalpha() for ch in last) and last not in _NON_ARTICLE_SEGMENTS and not _is_policy(last)


# The folder of a site's blog posts: a slug right under it is one post
_BLOG_FOLDERS = frozenset("blog blogs weblog weblogs blogi blogit blogue blogues".split())


def _blog_post_path(segments: list[str]) -> bool:
    """One blog post whose folder sits under a person's listing word: a social network's members' blogs (Ning's
    "/profiles/blogs/eskom-ukucishwa-kukagesi/", "/members/blogs/la-sequia-del-norte"): a slug of three words or
    more right under the blog folder, the only listing words before it a person's.  The blog folder itself
    ("/profiles/blogs/"), a member's page ("/profiles/jane-doe/") or a tag's ("/tag/blog/solar-farm-news/")
    stay listings."""
    if len(segments) < 3 or segments[-2] not in _BLOG_FOLDERS:
        return False
    if len(_SEGMENT_WORD.split(segments[-1].rsplit(".", 1)[0])) < 3:
        return False
    return all(s not in _NON_ARTICLE_SEGMENTS or s in _PERSON_SEGMENTS for s in segments[:-2])


# A front controller's script in the middle of the path, its "path info" after it: Concrete CMS, Joomla, CodeIgniter
# or Kohana with pretty URLs off ("/index.php/khabarona/kabul-aobo-shabaka/", "/index.php/vesti/123-naslov"). It names
# the program, not a section: read as the word "index" it made every page of such a site an index page.
_DISPATCHER = INDEX_FILE


def _path_segments(path: str) -> list[str]:
    """The path's segments, without a front controller's script followed by more path (see _DISPATCHER); the
    script alone ("/index.php") stays: the home page.  A folder's index file closing the path is the folder's own
    page, a post's as much as a section's (Quarto's "/posts/2026-11-10-slug/index.html" is "/posts/2026-11-10-slug/");
    the rules reading the path's text read it so too (_folder_path)."""
    segments = [s for s in path.split("/") if s]
    if len(segments) > 1 and "index." in path:
        segments = [s for s in segments[:-1] if not _DISPATCHER.match(s)] + segments[-1:]
        if len(segments) > 1 and _DISPATCHER.match(segments[-1]):
            segments.pop()
    return segments


def _folder_path(path: str) -> str:
    """The path with a folder's index file closing it dropped ("/2026/03/index.html" is "/2026/03/"), as
    _path_segments reads it: the date, day and file-name rules see the folder's address."""
    segments = [s for s in path.split("/") if s]
    if len(segments) > 1 and not path.endswith("/") and _DISPATCHER.match(segments[-1].lower()):
        return path[: len(path) - len(segments[-1])]
    return path


def _weak_url_listing(url: str) -> bool:
    """:func:`_weak_listing` of a URL (what ``url_kind(url)`` adds to ``url_kind(url, weak=False)``)."""
    parts = urlsplit(url)
    path = parts.path.lower()
    segments = _path_segments(path)
    return bool(segments) and _weak_listing(parts.query, path, segments)


# A blog's notices to its readers, under their own path word: Tistory's "/notice/3" (공지사항, "the blog is moving"),
# housekeeping, not a story.  A weak hint: a news site's article under such a folder says it is one (og:type, JSON-LD)
_NOTICE_SEGMENTS = frozenset(("notice", "notices"))


def _weak_listing(query: str, path: str, segments: list[str]) -> bool:
    """The URL's weak hints of a listing: a day or month as one segment ("/news/2026-03-14/"), pagination in
    words of other languages ("/puslapis-2/", "/side/3") or uCoz's "?page2", a policy slug ending in an id
    ("/forum-rules-t5.html"), a blog's notice ("/notice/3"): a post named by its date ("/posts/2026-03-14/") or an
    article at such a path has them too."""
    if (_PAGE_QUERY_WORD.search(query) or _PAGINATION_PATH_MORE.search(path)
            or _DAY_SEGMENT.search(_folder_path(path))):
        return True
    if any(segment in _NOTICE_SEGMENTS for segment in segments):
        return True
    last = segments[-1].rsplit(".", 1)[0]
    return _is_policy(last, with_id=True) and not _is_policy(last)


# Path words of pages about one person: a numbered member's or author's page is a profile
# ("/members/1284-ahmad-raza/"), not an entry like a forum topic's
_PERSON_SEGMENTS = frozenset(
    "author authors autor autorzy autori autore auteur auteurs autoren mwandishi waandishi yazar penulis avtor "
    "member members memberlist mitglied mitglieder membre membres miembro usuario uzytkownik profil profile profiles "
    "user users account publishers julkaisijat "
    # writers in Kurdish (Sorani "nûseran", Kurmanji "nivîskar"), Persian ("nevisandegan") and Arabic ("kuttab"),
    # transliterated
    "nuser nuseran nûser nûseran niviskar nivîskar niviskaran nivîskaran nevisande nevisandegan kuttab".split()
)


def _is_entry_path(segments: list[str]) -> bool:
    """The last segment is one numbered entry under a listing word (a forum topic), or a topic's number then its
    slug (_numbered_topic_slug), not under a person's listing word (a member's profile)."""
    forum = any(s.rsplit(".", 1)[0] in _FORUM_SEGMENTS for s in segments[:-1])
    return ((_is_entry(segments[-1].rsplit(".", 1)[0], forum) or _numbered_topic(segments)
             or _numbered_topic_slug(segments))
            and not any(s.rsplit(".", 1)[0] in _PERSON_SEGMENTS for s in segments[:-1]))


# Listing words (see _NON_ARTICLE_SEGMENTS) naming one topic right before its number (bare, or followed by its slug:
# _numbered_topic_slug): Discourse's "/t/topic/214"
# (the slug it gives a title in a script without Latin letters).  A forum's or a board's number ("/forum/12") is its
# list of topics, a tag's ("/tag/12345/") or a comment feed's ("/comments/7781.html") a listing
_TOPIC_WORDS = frozenset(("topic",))


def _numbered_topic(segments: list[str]) -> bool:
    """A bare number, not a year, right after a topic's path word: one forum topic ("/t/topic/214"), or a news
    site's page of one topic ("/topic/214"), a listing: the URL does not tell them apart (see _bare_topic)."""
    last = segments[-1].rsplit(".", 1)[0]
    if (len(segments) >= 3 and segments[-3] in _TOPIC_WORDS and _topic_number(segments[-2])
            and last not in _NON_ARTICLE_SEGMENTS and not _numbered_topic_slug(segments)):
        # ... or its number then a short slug, a word or digits: FluxBB's and PunBB's rewritten addresses
        # ("/topic/12/hallabet/", "/topic/11/19/": the subject's ASCII letters only), a news site's topic page alike
        # ("/topic/12/elections"): judged by the page's own date as the bare number is
        return True
    return len(segments) >= 2 and segments[-2].rsplit(".", 1)[0] in _TOPIC_WORDS and _topic_number(last)


def _topic_number(segment: str) -> bool:
    """A topic's number, not a year."""
    return segment.isascii() and segment.isdigit() and not _YEAR.match(segment)


# the fewest words of a forum topic's slug, its title's: a news site's page of one topic is named by a word or two
# ("/topic/12/elections", "/topic/7/climate-change")
_TOPIC_SLUG_WORDS = 3


def _numbered_topic_slug(segments: list[str]) -> bool:
    """A topic's number, then its slug of three words or more, after a topic's path word: one forum topic (NodeBB's
    "/topic/15/у-свиднику-отворили-павільйон", the slug in any script); a number closing the path
    ("/topic/15/slug/2", a later post), a slug of digits or a topic's name ("/topic/12/elections") is not one."""
    if len(segments) < 3 or segments[-3] not in _TOPIC_WORDS:
        return False
    number, slug = segments[-2], segments[-1].rsplit(".", 1)[0]
    return (number.isascii() and number.isdigit() and not _YEAR.match(number)
            and any(ch.isalpha() for ch in slug)
            and len([w for w in re.split(r"[-_+\s]+", slug) if w]) >= _TOPIC_SLUG_WORDS)


def _bare_topic(url: str) -> bool:
    """The URL is a topic's bare number (see _numbered_topic), not under a person's path word."""
    segments = _path_segments(urlsplit(url).path.lower())
    return len(segments) >= 2 and _numbered_topic(segments) and _is_entry_path(segments)


def _entry_evidence(path: str) -> bool:
    """The URL names one numbered entry under a listing word: a forum's topic
    ``/topic/1041-solar-net-metering/`` (IPB, phpBB SEO URLs), ``/comments/8812-council-budget``.
    The board's lists of topics have no such id-and-slug segment, nor is a topic's bare number
    evidence (``/topic/214``: see _bare_topic)."""
    segments = [s for s in path.lower().split("/") if s]
    return (len(segments) >= 2 and _is_entry_path(segments) and not _numbered_topic(segments)
            and any(s.rsplit(".", 1)[0] in _NON_ARTICLE_SEGMENTS for s in segments[:-1]))


# an id ("t5", "12"), not a year ("privacy-policy-2026": a story about that year's policy)
_ID_PART = re.compile(r"(?!(?:19|20)\d\d$)[a-z]{0,2}\d+$")


def _policy_name(words: list[str]) -> bool:
    """``words`` (casefolded) name a policy page: five at most, all _POLICY_WORDS, one of them a core word."""
    return len(words) <= 5 and all(w in _POLICY_WORDS for w in words) and any(w in _POLICY_CORE for w in words)


def _is_policy(segment: str, with_id: bool = False) -> bool:
    """A policy page's slug, in several languages (see _POLICY_WORDS); ``with_id``: maybe ending in an id."""
    parts = segment.replace("_", "-").split("-")
    if with_id and len(parts) > 2 and _ID_PART.match(parts[-1]):
        # the id a forum or a CMS appends to every slug (phpBB SEO's "/forum-rules-t5.html", "/privacy-policy-12/")
        parts = parts[:-1]
    return _policy_name(parts)


def _policy_headline(title: str) -> bool:
    """The headline is a policy page's name, made of _POLICY_WORDS only with a core word ("Privacy Policy",
    "Terms of Use", "Regulis de comunitât"); a story's may be too ("Data protection rules", see classify)."""
    words = re.findall(r"\w+", title.casefold())
    return len(words) >= _POLICY_HEADLINE_WORDS and _policy_name(words)


def _forum_reply(page: ExtractedPage, use_url: bool) -> bool:
    """The headline is a reply's ("Re: …", "AW: …", "Отв: …") on a forum's page: the rest of it is the topic's
    title, which the page shows as a link or a breadcrumb too (phpBB's "<h2 class=topic-title><a>…", vBulletin's
    and SMF's link trees), or the URL names a forum's topic ("/forum-f2/topic-t1284-15.html", "viewtopic.php").
    Only read for a title with a reply's prefix."""
    match = _REPLY.match(page.title or "")
    if match is None:
        return False
    rest = page.title[match.end():].strip().casefold()
    if any(rest.startswith(t.casefold()) for t in (*page.link_texts, *page.breadcrumbs) if len(t) >= 8):
        return True  # (the reply's title may go on with its page: "… - Page 2")
    return use_url and _forum_path(page.url)


_SEGMENT_WORD = re.compile(r"[-_.]")  # a path segment's first word: "forum-f2", "topic-t1284-15.html"


def _forum_path(url: str) -> bool:
    """A segment of the URL's path opens with a forum's path word ("/threads/slug.1150/", "/forum-f2/")."""
    return any(_SEGMENT_WORD.split(s, maxsplit=1)[0] in _FORUM_SEGMENTS for s in urlsplit(url).path.lower().split("/") if s)


# a question mark closing a headline or a post (Latin, Arabic "؟", full-width "？"), maybe before a closing quote
_QUESTION_END = re.compile(r"[?؟？][\s\"'»”’)\]]*$")
# a question put to a forum: a few lines (a story under a question headline runs on for paragraphs)
_QUESTION_POST_CHARS = 400


def _forum_question(page: ExtractedPage, prose: list, chars: int, use_url: bool) -> bool:
    """The headline asks a question and the text under it is a few lines ending with a question too, at a forum
    topic's address: a member's question to the board ("Ким оҕотугар саха тылын дьиэтигэр үөрэтэр?" over
    "Оҕом үс саастаах. … Ким хайдах гынар?" at "/threads/kim-saha-tylyn-uoreter.1150/", the replies after it).
    Not a story posted as a topic, whose text runs on under whatever headline, nor a news brief under a question
    headline, asking or not ("Is the Mill Street bridge safe?" at "/news/2025/05/02/bridge")."""
    if chars >= _QUESTION_POST_CHARS or not prose or not _QUESTION_END.search(page.title or ""):
        return False
    return _QUESTION_END.search(prose[-1].text) is not None and use_url and _forum_topic_url(page.url)


# a topic's number in its address: in the path (XenForo's "/threads/slug.1150/", IPB's "/topic/1047-slug/", MyBB's
# "/thread-88.html", phpBB SEO's "/topic-t1284.html") or as the query's topic (phpBB's "viewtopic.php?f=2&t=5",
# SMF's "?topic=123.0", vBulletin's "showthread.php?t=8812")
_TOPIC_QUERY = re.compile(r"(?:^|&)(?:t|topic|tid|threadid)=\d", re.IGNORECASE)


def _forum_topic_url(url: str) -> bool:
    """The address is one forum topic's: a forum's path word ("threads", "topic", "viewtopic.php", see
    _FORUM_SEGMENTS; Discourse's "/t/slug/214") and a topic's number after it or in the query, no date in the path
    (a news site's dated story is no topic, whatever its section: "/discussion/2025/05/02/bridge")."""
    parts = urlsplit(url)
    path = parts.path.lower()
    if _DATE_IN_PATH.search(path):
        return False
    segments = [s for s in path.split("/") if s]
    for i, segment in enumerate(segments):
        if segment == "t" and len(segments) in (i + 3, i + 4):
            return segments[i + 2].isdigit()  # Discourse's "/t/<slug>/<id>" (and "/<post>")
        if segment == "community" and segments[i + 1:i + 2] == ["posts"] and len(segments) == i + 3:
            return segments[i + 2][:1].isdigit()  # a help center's community post: Zendesk's "/community/posts/<id>-slug"
        if _SEGMENT_WORD.split(segment, maxsplit=1)[0] in _FORUM_SEGMENTS:
            return any(c.isdigit() for c in "".join(segments[i:])) or _TOPIC_QUERY.search(parts.query) is not None
    return False


# Path words of a forum's topics, under which "/1047-karachi-heatwave/" (an id and two words) is one
# topic; under a tag or a category such a slug names the topic of a listing ("/tag/737-max-crash/")
_FORUM_SEGMENTS = frozenset("topic topics thread threads comments discussion discussions viewtopic showthread "
                            "forum forums board boards temat tema tematy sujet sujets".split())


def _is_entry(segment: str, forum: bool = False) -> bool:
    """One numbered entry under a listing word: a forum's ``/topic/1201-tsiny-na-ovochi.html``
    (phpBB, SMF), ``/comments/8812-council-budget-approved``: an id and a slug of three
    words or more, or a slug of two words led by an id of three digits or more (IPB's
    ``/topic/1047-karachi-heatwave/``, under a forum's path word only; not a year: ``/tag/2024-us-election/``
    is a tag).
    ``/tag/12345/`` or ``/topic/climate-change/`` stay listings."""
    parts = re.split(r"[-_]", segment)
    words = sum(1 for p in parts if p.isalpha())
    if len(parts) >= 4 and any(p.isdigit() and len(p) >= 2 for p in parts) and words >= 3:
        return True
    return (forum and len(parts) >= 3 and parts[0].isdigit() and len(parts[0]) >= 3 and words >= 2
            and not _YEAR.match(parts[0]))


_YEAR = re.compile(r"(?:19|20)\d\d$")


def url_looks_like_article(url: str) -> bool:
    """A dated path ending in a slug: ``/news/2025/05/01/some-story-title.html``."""
    path = urlsplit(url).path
    last = [s for s in path.split("/") if s][-1:] or [""]
    return bool(_DATE_IN_PATH.search(path) and _SLUG.search(last[0].rsplit(".", 1)[0]))


def classify(page: ExtractedPage, min_body_chars: int = 120, article_url: bool | None = None,
             use_url: bool = True) -> Verdict:
    """Decide from the extracted page.  ``article_url`` is the site profile's
    verdict on the URL when it has one (True/False), else None.  ``use_url``
    False: the URL is unknown (a saved page), judge from the content alone."""
    own_dated: list[bool] = []

    def own_date() -> bool:
        # (_own_date, read once: up to five rules below ask it of an undated page)
        if not own_dated:
            own_dated.append(_own_date(page))
        return own_dated[0]

    if article_url is False:
        return Verdict(False, "url-not-article", "the site profile's article patterns do not match")
    if use_url and article_url is None and url_kind(page.url, weak=False):
        return Verdict(False, "url-not-article", "the URL is a listing, tag, category or information page")
    if page.wiki_namespace and page.wiki_namespace <= 15:
        # a wiki page in one of MediaWiki's own namespaces, not the articles' (0): a talk page with signed, dated
        # comments ("Нурлан 10:12, 9 Март 2026 (UTC)": every odd number), a user's, the project's, a file's, a
        # template's, a help or category page (1-15), a special or media page (-1, -2).  A site's own namespaces
        # (100 and up: a wiki's "News:") hold its stories
        return Verdict(False, "wiki-namespace", f"a wiki page of namespace {page.wiki_namespace}, not the articles'")
    says_article = page.og_type == "article" or bool(page.jsonld_types & ARTICLE_TYPES)
    if page.docs_page and not says_article:
        # a documentation page (Docusaurus's docs plugin marks its pages "<html class='plugin-docs docs-doc-page'>"):
        # a site's guides and rules written as prose under headings, dated by their last edit (not one a site
        # publishing its stories as docs says is an article)
        return Verdict(False, "docs-page", "a page of the site's documentation, not a story")
    if page.og_type in _PRODUCT_TYPES and not page.jsonld_types & ARTICLE_TYPES:
        # a shop's product page (WooCommerce's single product, "<meta property="og:type" content="product">" over a
        # price, an "add to cart" button and a long description tab; Shopify's and Magento's the same): not a story,
        # however long its description reads
        return Verdict(False, "product-page", "a shop's product page (og:type product)")
    if page.shop_product and not says_article:
        # ... or marked so on <body> with no og:type (Magento 2's "<body class="catalog-product-view">": an h1, a
        # description of two paragraphs, a price box and "Ajouter au panier", undated), or by a form to buy it beside
        # its headline (OpenCart's quantity field and cart button: page._buy_form_beside)
        return Verdict(False, "product-page", "a shop's product page (marked on <body>, or a buy form by its headline)")
    if page.shop_cms_page and not says_article and not own_date():
        # a shop's CMS page (Magento's "<body class="cms-page-view">": its about, contact and default privacy pages,
        # French boilerplate under "Politique de confidentialité et de cookies"), undated: the shop's own page
        return Verdict(False, "site-information", "an undated CMS page of a shop (<body class='cms-page-view'>)")
    if page.notebook_output and not says_article and not own_date():
        # an executed notebook rendered as a page (Jupyter Book's "<div class='cell_output'>" under its code
        # cells): code, its tables and plots between a few lines, undated; not a story
        return Verdict(False, "notebook", "an undated page of a notebook's code cells and their output")
    if page.not_found_template and not says_article:
        # the software's not-found template served with status 200 (WordPress's <body class="error404">: "Tluka a
        # ri kumiwanga" at a dated, post-like address), whatever language its headline is in
        return Verdict(False, "error-page", "the page is the site's not-found template (<body class='error404'>, 'error-404', "
                                            "'error-view')")
    if page.wordpress_attachment and not says_article:
        # WordPress's page of one uploaded file (<body class="attachment single-attachment">: a Gridlove site's
        # "/gallery/ikorodu-brt-bus/", the picture, a one-line caption and its upload date, under the file's slug):
        # no story, whatever text the site's footer lends it
        return Verdict(False, "attachment-page", "WordPress's page of one uploaded file (<body class='single-attachment'>)")
    if page.footer_text and not says_article:
        # the only text is the site's footer's, repeated on every page (Gridlove's "About <site>" widget under a
        # gallery page of captions and a link): the page has no text of its own
        return Verdict(False, "footer-text", "the page's only text is in the site's footer")
    if page.calendar_entry and not says_article:
        # an event's page (when, where, a contact, a line about it) linking its own iCalendar entry ("Download
        # Event": Plone's "<page>/ics_view"): not a story, though as dated and as long as a short one
        return Verdict(False, "event-page", "it links its own calendar entry (iCalendar): an event's page")
    # Strong evidence: the page is meant to be an article even if it is
    # broken (no headline, no text).  Such pages are kept as articles so that
    # validation puts them in the quarantine with a reason, not lost.
    strong = bool(
        article_url
        or says_article
        or (use_url and article_url is None and url_looks_like_article(page.url))
    )
    # only og:type says it is an article (or nothing strong does): the rules below for a site's own pages apply
    weak = not strong or _og_type_only(page, article_url)
    if not strong and use_url and article_url is None and _weak_url_listing(page.url):
        # the URL's weak hints (a day as one segment, pagination words, a policy slug with an id): a listing,
        # unless the page says it is an article
        return Verdict(False, "url-not-article", "the URL is a listing, pagination or information page")
    if (not strong and use_url and article_url is None and _bare_topic(page.url) and not page.published_hint
            and not any(find_date(line) is not None for line in page.meta_lines)
            and not (page.dated_texts and _publication_line(page.dated_texts[0]) and len(page.dated_texts[0]) <= 40)):
        # a topic's bare number ("/topic/214") with no date of its own: a news site's topic page (an intro over
        # teaser cards), a listing; a forum topic there is dated (Discourse's article:published_time, or its first
        # post's header, the page's first date standing alone: FluxBB's "<h2><a>2026-03-14 09:10:22</a></h2>" at
        # "/topic/12/hallabet/")
        return Verdict(False, "url-not-article", "a topic's bare number and no date of its own: the topic's listing")
    if (use_url and article_url is None and weak and not page.jsonld_types & ARTICLE_TYPES
            and _page_slug_path(_path_segments(urlsplit(page.url).path.lower())) and not own_date()):
        # a slug under a page folder (MaxSite's posts and the site's own pages alike, _page_slug_path) with no date
        # of its own: one of the site's pages ("/page/team"), whatever og:type a template prints on every page
        return Verdict(False, "url-not-article", "a page folder's slug with no date of its own: one of the site's pages")
    if use_url and (canonical := copy_of(page)):
        # a print view, AMP or mobile copy whose <link rel=canonical> names the article on the
        # same site: the copy is not emitted (the article is, at its own URL)
        return Verdict(False, "copy", f"a copy of {canonical}")
    if use_url and not strong and not page.canonical and _unshown_headline(page) \
            and url_marks_copy(page.url, marked=page.print_class or page.noindex):
        # a print or AMP view naming no original, whose headline no element of the page shows: the title is its
        # <title>'s "Site - Print" (PHP-Fusion's "/print/news/14/": "<strong>Headline</strong>", the article's
        # address only in its closing text).  Its article is at its own address; a record titled with the site's
        # name is no record of it
        return Verdict(False, "copy", "a print or AMP view with no headline of its own")
    if not page.canonical and not says_article and page.chapter_headings >= 2:
        # a page kept out of search engines (or at an export's address: BookStack's "/books/<book>/export/html"),
        # naming no original, whose text holds two or more headlines the page's links name as pages of their own,
        # at the headline's rank: the whole book (or issue) one chapter after another (mdBook's print.html), each
        # chapter's article at its own address (chapter_headings is counted on such pages only)
        return Verdict(False, "copy", "a print view of many pages kept out of search engines, their headlines "
                                      "its headings")
    if page.noindex and not page.canonical and not says_article and _masthead_over_headline(page):
        # a page kept out of search engines, naming no original, whose headline is the masthead its <title> opens
        # with, the story's headline closing the <title> and shown under it (NP_Print's "/print/21": "<h1>Gagauz
        # Haberleri</h1><h2>Headline</h2>" under "<title>Gagauz Haberleri :: Yazdır :: Headline</title>"): a print
        # view; its article is at its own address, and a record titled with the site's name is no record of it
        return Verdict(False, "copy", "a print view kept out of search engines, headed by the site's masthead")
    if not strong and _site_name_headline(page) and not own_date() and not _entry_path(page.url):
        # the only headline is the site's own name and nothing dates the page's text (a sidebar's shoutbox or
        # latest items may carry dates): the site talking about itself (PHP-Fusion's custom page "Quen somos"
        # under "<title>Site - Quen somos</title>", its heading a panel's title), however long its prose; not at
        # an entry's dated or numbered address (a daily "Morning Briefing" on morningbriefing.ex at /2026/03/14/…)
        return Verdict(False, "site-information", "the headline is the site's name and the page has no date")
    if not strong and page.title and page.title.casefold() in {n.casefold() for n in page.section_names}:
        # the headline is the name of one of the site's sections, as its navigation links it
        # ("Monde", "Друштво", "Berita", "Tapahtumat"): the section's own page, a listing however
        # few teasers it shows (one lead of a thin section reads like an article's text)
        return Verdict(False, "section-page", f"the headline {page.title[:40]!r} names a section of the site")
    if (use_url and page.menu_names_page
            and (not own_date() or page.stamp_dated and page.menu_label_names_page
                 and page.title not in (page.breadcrumb_text or ""))
            and not page.agency_credit and weak and (not strong or page.menu_label_names_page)
            and not _dated_wordpress_post(page)):
        # the site's menu links this page by its headline and nothing dates its text: one of the site's own pages
        # (Pelican's "/pages/about.html", a Serendipity static page "Momba anay", "Über uns", "ང་བཅས་ཀྱི་སྐོར"), however
        # its prose reads; a story is dated, or not in the menu under its headline (a saved page given without its
        # address cannot tell which link leads to it).  An og:type "article" alone does not outweigh it: a template
        # types every page so (WriteFreely's pinned pages, "<nav><a class="pinned" href="/bidn-tuskar">Бидн
        # тускар</a>", with no article:published_time) when the menu's link reads as a label, not as a headline a
        # header's "Trending" ticker shows
        # (not a WordPress post at a dated address, "<body class="single-post">" at "/2026/03/09/kuej-deref-lazhe/",
        # whatever links it: a post, dated by its address, however its own date is written)
        # (nor a text a credit line closing it gives to a news agency, "Pulttuwaa: ENA": a wire story, undated, which
        # Antora's navigation and breadcrumb link by its headline as they link every page)
        # (the stamp a platform prints under every page's text, its last edit, dates no page the menu links by a
        # label: a wiki's "Last edited <span class="date">…</span>" under its about page "baare", linked so from its
        # <nav>; a story the menu's list of news links by its headline stays dated by it, and so does one a trail
        # ends with, BookStack's "书 › 湘西州启动油菜花旅游季" over its "创建于 <span title=…>".  ikiwiki's sidebar line
        # of links, "<div class="sidebar"><p><a>khabran</a> · … · <a>baare</a></p>", is its menu: page.py's
        # _menu_line)
        return Verdict(False, "site-information", "the site's menu links this undated page by its headline")
    if (use_url and not strong and page.menu_names_page and page.teaser_headings
            and (first := next((b for b in page.blocks if b.text != page.title), None)) is not None
            and first.kind == "h" and first.text in page.teaser_headings):
        # ... or dated, its text opening with a headline that links to another page of the site: a listing the menu
        # names, however whole its entries' text and however they are dated (Wolf CMS's archive page "/nyimbo.html",
        # the menu's "<a href="/nyimbo.html" class="current">Nyimbo</a>", its one entry "<h3><a href="/nyimbo/2026/
        # 03/12/…">Headline</a></h3>" over the story's whole body part and its "Posted by … on …" line; the
        # all-news page "Nkhani zonsene" the same, three entries)
        return Verdict(False, "section-page", "the site's menu links this page by its headline, its text opens "
                                              "with a headline linking to another page: a listing")
    if (use_url and not strong and (not own_date() or page.stamp_dated) and not _dated_wordpress_post(page)
            and page.menu_opens_headline(shortened=True)):
        # ... or by its headline with words between left out, in its menu or footer (Sahifa's "Pedoman Media Siber"
        # over the page "Pedoman Pemberitaan Media Siber", media guidelines in a post's markup, undated); not a
        # WordPress post at a dated address either.  The stamp a platform prints beside every page's text, its own
        # pages' too, dates no text (BookStack's "创建于 <span title="…">2 个月前</span>" beside the About page
        # "关于我们" its footer links on every page)
        return Verdict(False, "site-information", "the site's menu or footer links this undated page by its "
                                                  "headline shortened")
    if use_url and weak and page.menu_static_page and not own_date():
        # WordPress's static page (<body class="page-template-default page …">) that the site's menu links under
        # another label, nothing dating its text: the site's own page (JNews's About page "Ukulanda pali Ifwe" in
        # its post's markup, the menu's "Pali Ifwe"); a story published as a page is dated, or not in the menu
        return Verdict(False, "site-information", "an undated WordPress page (<body class='page'>) the menu links")
    if not strong and page.title and _forum_reply(page, use_url):
        # a reply's title ("Re: Coal exports up 11%", "Отв: …", "AW: …"): a forum topic's later page, holding
        # replies only (its first page, under the topic's own title, is the article)
        return Verdict(False, "forum-reply", f"the headline is a reply's: {page.title[:60]!r}")
    if not says_article and page.title and _comments_page(page):
        # "Comments: <another page's headline>", the headline linked on the page, over readers' signed, dated posts
        # (EmpireCMS's "/e/pl/?classid=3&id=105"): the comments on that page, not a story
        return Verdict(False, "comments-page", f"the headline names another page's comments: {page.title[:60]!r}")
    if (weak and page.title and _policy_headline(page.title)
            and use_url and page.menu_opens_headline()):
        # a community's rules as one of its entries (LiveJournal's "Regulis de comunitât", dated and signed as its
        # news are), the site's menu or footer linking it under its headline's first words ("Regulis"): an og:type
        # "article" alone does not outweigh the name (a template types every page so).  A story headlined so
        # ("Datenschutz-Regeln", "Data protection rules") is no page of the menu
        return Verdict(False, "site-information", f"the headline names the site's rules: {page.title[:60]!r}")
    if page.title and _error_title(page.title):
        return Verdict(False, "error-page", f"the headline says so: {page.title[:60]!r}")
    if not strong and page.html_title and _error_title(stripped := _TITLE_SITE.sub("", page.html_title).strip()) \
            and _headline_mute(page.title, page.site_name, stripped):
        # the <title> before the site's name says so ("त्रुटि - भोजपुरी खबर", error: Emlog's not-found page served
        # with status 200), whatever heading the headline was taken from (the masthead's site name).  Not when the
        # headline speaks for the page: a story's own headline the <title> shortens ("Missing hiker still not found
        # - Daily Post" over "<h1>Missing hiker still not found after three days…", "Fehler | Der Dorfbote" over
        # "<h1>Fehler bei der Stimmauszählung: …")
        return Verdict(False, "error-page", f"the <title> says so: {page.html_title[:60]!r}")
    if not strong and (own := _title_names_other(page)) is not None:
        # the headline is the site's name the <title> closes with, and the <title> opens with another: the page's
        # own name, which no heading of it shows (Excite Blog's category page "<title>Ndamo : Ngani sya ku
        # Mangochi</title>", its one entry in full under the blog's "<h1><a href=/>Ngani sya ku Mangochi</a></h1>");
        # an article's <title> opens with the headline it shows
        return Verdict(False, "section-page", f"the headline is the site's name; the <title> names the page {own!r}")
    if not says_article and (not page.title or _unshown_headline(page)) and not any(b.text.strip() for b in page.blocks) \
            and not _dated(page):
        # no element shows a headline, no text at all, no date anywhere, nothing typing it an article: the layout around an
        # empty post, which the platform serves with status 200 for an unknown slug at a post's address (Perch's
        # "/blog/<date>-<slug>": header, menu, an empty "<div class="post">" and the sidebar, under "<title> - Site
        # </title>"), no story to quarantine.  A story's page broken in one way only (a headline over no text, a text
        # under no headline) still goes to the quarantine
        return Verdict(False, "empty-page", "no headline, text or date of its own: an empty page")
    if not page.title:
        if strong:
            return Verdict(True, "broken-article", "no headline found")
        return Verdict(False, "no-title", "no headline found")
    prose = [b for b in page.blocks if b.kind in ("p", "quote", "pre") and b.link_ratio < 0.5]
    chars = sum(text_weight(b.text) for b in prose)
    if strong and prose and page.media_text and max(text_weight(b.text) for b in prose) < _PARAGRAPH_CHARS:
        # the post's text is short lines beside its pictures or video, no paragraph: a photo or video post at an
        # article's address, typed an article as every post is (Blogger's BlogPosting), its captions or one line
        # under the video no story (a page without that evidence is judged by its text's length below)
        return Verdict(False, "no-paragraph", "short lines beside the post's pictures or video: a photo or video post")
    if strong and chars < min_body_chars and page.captions_only:
        # a photo post at an article's address (R distill's gallery post, dated and typed an article as every post
        # is): pictures and their captions, which the text leaves out, and nothing else; no story to quarantine
        return Verdict(False, "no-paragraph", "pictures with their captions and no text: a photo post")
    if chars < min_body_chars and not says_article and _BRACKETED_ERROR_NUMBER.search(page.title):
        # a short page whose headline closes with an error number between brackets, not typed an article, at a post's
        # address (R distill's not-found page served with status 200): no story to quarantine, in any language
        return Verdict(False, "error-page", f"a short page whose headline closes with an error number: {page.title[:60]!r}")
    if chars < min_body_chars and any(_ERROR_NUMBER.fullmatch(b.text.strip()) for b in prose[:2]) \
            and any(_ERROR_ANYWHERE.search(b.text) for b in prose[:3]):
        # the error's number alone over a line saying the page is missing, at a post's dated address (a Hexo Sakura
        # not-found page served with status 200: "<h1>404</h1><p>यो पन्न नि मिलौ। …</p>", the site's name the headline)
        return Verdict(False, "error-page", "an error number over a line saying the page is missing")
    if chars < min_body_chars and any(_CONTACT.search(b.text) for b in prose) \
            and (own_name := _own_name(page)) and any(own_name in b.text for b in prose):
        # a few lines of the site's own telephone, e-mail and address under its name, however the platform types
        # the page (Friendica's pinned post "Kojaikin kosi", og:type article: "Kojaikin akiro kanu aboli Akiro
        # Teso:<br>Simu: +256 …<br>Email: …"): the site's contact details, no broken story to quarantine
        return Verdict(False, "site-information", "a short page of the site's own contact details")
    if chars < min_body_chars:
        if strong:
            return Verdict(True, "broken-article", f"{chars} characters of article text")
        return Verdict(False, "no-text", f"{chars} characters of article text, fewer than {min_body_chars}")
    if not strong and chars < 600 and _missing_page(page.title, page.site_name):
        # (dated or not: the sidebar's latest news gives a "not found" page the dates of its items)
        return Verdict(False, "error-page", f"a short page whose headline says it is missing: {page.title[:60]!r}")
    if not strong and chars < 600 and len(prose) <= 2 and any(_GLOSSED_MISSING.search(b.text) for b in prose) \
            and not own_date():
        # a short undated page whose text glosses its message in English between brackets, "(not found)" (bookdown's
        # 404.html served with status 200: "Su palid a pangilayin nengka i dala matagu (not found).", Maguindanao)
        return Verdict(False, "error-page", "a short undated page saying '(not found)'")
    if use_url and page.line_menu_names_page and chars < 600 and not page.agency_credit:
        # the line of the site's pages typed into every page's text links this short page by its headline: one of
        # the site's own pages (Telegraph's "Parkara Kabar Madhura", about, under the "Kaca: … · Parkara Kabar
        # Madhura · Kontak" line), however the platform dates and types it (Telegraph dates and types every page an
        # article, and has no menu)
        return Verdict(False, "site-information", "a line of the site's pages in its text links it by its headline")
    if not strong and max((text_weight(b.text) for b in prose if not _code_listing(b)), default=0) < _PARAGRAPH_CHARS:
        # no paragraph, only short lines: the captions of a gallery or a video page, a box of
        # the sidebar ("Bij Nijmegen vaart … een elektrische veerpont (0:58).")
        # (nor a code listing: GitLab's "Clone repository" page of a wiki, "<h3>Clone your wiki:</h3><pre>git clone
        # http://…/x.wiki.git</pre>" under headings only, is instructions, dated by the wiki's last edit)
        return Verdict(False, "no-paragraph", "short lines only, no paragraph of text")
    if not strong and _forum_question(page, prose, chars, use_url):
        # a few lines under a question ("Ким оҕотугар саха тылын дьиэтигэр үөрэтэр?"): a member asking the forum
        return Verdict(False, "forum-question", f"a short post under a question: {page.title[:60]!r}")
    if not strong and _teaser_text(prose):
        # its text is one long snippet cut off with an ellipsis under a line or two of its own: a section's page
        # showing one story's teaser whose headline it does not link (a wiki's hand-made "category-sport" page:
        # "Sport news. …", "<h3>…</h3><p>… ticket si Rs 20 dungnam…</p><p><em>Not written yet.</em></p>")
        return Verdict(False, "link-list", "its text is a snippet cut off with an ellipsis: a section's teaser")
    if not strong and all(_truncated(b.text) for b in prose):
        # all its text is cut off with an ellipsis: the snippets of a listing's teasers (a tag or monthly
        # archive of Drupal views, "… kterou z velké části zaplatil Kraj Vysočina, b…"), whose linked
        # headlines sit outside the box the text was found in
        return Verdict(False, "link-list", "its only text is snippets cut off with an ellipsis: a listing")
    if _teaser_listing(page.blocks, min_body_chars):
        return Verdict(False, "link-list", "link teasers with cut-off snippets and no text of its own: a listing")
    if not strong and page.read_on_links and _unshown_headline(page):
        # no element shows the headline (the <title>'s "Site - Archive"), the text leads on to other pages with a
        # "read more…" (PHP-Nuke's index and archive: "Topic: Headline", snippet, "(Read more... | 1202 bytes more)")
        return Verdict(False, "link-list", "no headline of its own, its text reads on to other pages: a listing")
    if weak and page.teaser_of:
        # its text sits under another page's headline in the same item: that page's teaser, on a
        # listing with one to three items (a month archive, a hashtag feed), not an article.  An og:type
        # "article" alone does not outweigh it: a template types every page so (Dzen's channel feed and topic
        # pages, their text a card's snippet inside the card's link to its story)
        return Verdict(False, "link-list", f"its text is the teaser of {page.teaser_of[:60]!r}: a listing")
    if not strong and page.teaser_items and (_in_teaser_items(prose, page.teaser_items, min_body_chars)
                                             or _blurb_and_items(page, prose, page.teaser_items)):
        # each snippet sits between its item's headline and a "read more" link to the same page (a news
        # module's list, a category, a day's archive with one entry): however long, a listing's text
        return Verdict(False, "link-list", "its text is the snippets of items linking to other pages: a listing")
    if not strong and page.teaser_headings and _teaser_sections(page.blocks, page.teaser_headings, min_body_chars):
        return Verdict(False, "link-list", "headlines linking to other pages, each with a short teaser: a listing")
    if (use_url and not strong and page.home_names and chars < 800 and prose
            and next((b.text for b in prose if b.text != page.title), "").startswith(tuple(page.home_names))
            and not any(find_date(b.text) is not None for b in prose)
            and not any(_publication_line(line) and not _names_site(line, page)
                        for line in page.meta_lines)):
        # a short page typed nothing, whose text opens with the site's own name as its links to the home page read
        # it, no date in its text: the site telling about itself (MyBB's "/misc.php?page=about" "Ненэця Вада — …",
        # TinyPortal's "ننا باروٹ", org-publish's "Meistä": "Väylän Viesti on …"), however its chrome dates it (a
        # header's clock, MyBB's "Текущее время", ox-html's "Author: <site> | Created:" export stamp signed by the
        # site itself); not at an article's address, nor one whose metadata line dates its posting by someone
        # (Serendipity's "Geupost lé admin, 02.01.2026 10:00")
        return Verdict(False, "site-information", "a short undated page opening with the site's own name")
    dated = _dated(page) if weak or not says_article else None  # (asked once, and only by the two rules below)
    if weak and not dated and _summary_over_sources(page, prose):
        return Verdict(False, "link-list", "one undated paragraph over a list of links to other pages: a digest")
    if not says_article and not dated:
        # an undated short page: an error page served with status 200, or the site talking about itself
        if chars < 600 and _ERROR_NUMBER.search(" ".join([page.title] + [b.text for b in prose[:3]])):
            return Verdict(False, "error-page", "a short undated page with an error number")
        own_name = _own_name(page)
        if chars < 800 and any((own_name and own_name in b.text) or _CONTACT.search(b.text) for b in prose):
            return Verdict(False, "site-information", "a short undated page about the site itself or its contacts")
    if page.container_link_ratio > 0.5:
        return Verdict(False, "link-list", f"{page.container_link_ratio:.0%} of the main text is links")
    linked_headings = sum(1 for b in page.blocks if b.kind == "h" and b.link_ratio > 0.8)
    if linked_headings >= 3 and linked_headings >= 0.25 * len(page.blocks):
        return Verdict(False, "link-list", f"{linked_headings} headlines linking elsewhere: a listing")
    if (use_url and not strong and page.teaser_headings and (entry := _entry_opening(page)) is not None):
        # ... or, whatever names it, its text opening (under a short line at most) with another page's headline
        # linking to it and that entry's dated line under it: a listing of entries in full (Fossil's wiki page
        # "Ekategoria Ekultura": "Ihapari sa ekultura (enamuna yotheene):" over "<h2><a href="/technote/…">Efestivali
        # ya Elomwe 2026: …</a></h2><p>2026-03-08 11:45 · amina</p>" and the technote's whole text); an article's
        # text opens with its own words, a heading of its own
        return Verdict(False, "section-page", f"its text opens with another page's headline and date: {entry[:40]!r}")
    if use_url and not strong and page.entry_above is not None and page.entry_above != page.title:
        # ... or its text is read from an entry headed by another page's headline linking there (ikiwiki's category
        # page "/khane/sabhyachar/": "<div class="inlineheader"><span class="header"><a href="../../khabran/…/">
        # Headline</a></span></div><div class="inlinecontent">" and the story's whole text): a listing's entry
        return Verdict(False, "section-page", f"its text is an entry under another page's headline: "
                                              f"{page.entry_above[:40]!r}")
    if article_url:
        return Verdict(True, "article")
    # A slug alone is no evidence: "/info/who-we-are-and-what-we-do/" has one.  A folder's index file is read as
    # the folder ("/en/index.html" is "/en/"): its ".html" is no article's file name
    path = urlsplit(page.url).path
    url_path = _folder_path(path)
    url_evidence = use_url and (
        bool(_DATE_IN_PATH.search(url_path))
        or bool(_ID_IN_PATH.search(url_path))
        or _entry_evidence(url_path)
        or _archive_entry_path(_path_segments(path.lower()))
    )
    evidence = (
        url_evidence
        or page.og_type == "article"
        or bool(page.jsonld_types & ARTICLE_TYPES)
        # ... or typed so in microdata, the one item of the page (Tranquilpeak's BlogPosting under og:type "blog")
        or page.microdata_article
        or bool(page.published_hint)
        or any(_looks_like_metadata(line) for line in page.meta_lines)
        # a wire dateline opening the page's own text ("MNÍLUZAHAŊ OTȞÚŊWAHE (AP) — …"): a story as the agency
        # filed it, undated and typed "website" as Anchor's theme types every page; not a teaser's cut snippet
        or _dateline_opens(prose, page.title)
        # ... or a credit line closing it names an agency ("Pulttuwaa: ENA" after an undated Antora story: source,
        # the Ethiopian News Agency), as a wire dateline does
        or bool(page.agency_credit)
        # ... or the line under its headline files it under one of the site's categories, a link into its archive
        # (Docsify's undated Markdown post "<p><em><a href="/categories/politik">Politik</a></em></p>"): a post
        or bool(page.filed_under)
        # ... or the line under its headline is the platform's post line, its writer or its community linked (Lemmy's
        # "@ahimo mu !esaude@vmwlemmy", Batflat's "<p class="post-info">Walembele: <a>Chanda Mulenga</a></p>"): an
        # undated post
        or page.post_line
        # a dated line at either end of the text ("First published: 3 Nov 2025"; not a code listing's line, a docs
        # page's front-matter example "date: 2026-03-12")
        or any(len(b.text) <= 200 and b.kind != "pre" and _looks_like_metadata(b.text)
               for b in page.blocks[:3] + page.blocks[-4:])
        # a date standing on its own somewhere in the page (old table layouts); not an edit's stamp alone, which
        # dates a change to a page, no publication (Docsy's "Last modified February 02, 2026: <a>docs (0aa12bc)</a>"
        # under a documentation page typed og:type "website")
        or any(find_date(text) is not None and len(text) <= 40 and not _edit_stamp(text) for text in page.dated_texts)
        or (not use_url and page.has_article_element)
    )
    if not evidence and use_url:
        # (a page given on its own, with no URL, is judged by its text alone)
        return Verdict(False, "no-article-evidence", "no date, article markup or article-like URL")
    return Verdict(True, "article")


# A "page" and a "not found / does not exist" in the headline of a short undated page: a "not found" page served
# with status 200 (Plone's "Barkatu, bilatzen ari zaren orria ez da existitzen." = "Sorry, the page you are
# looking for does not exist"), in any language of these lists (data: add a language's words).  The pair, on a
# page that short, is no story's headline ("Page not found: the lost archive of …" runs on for paragraphs).
_PAGE_WORDS = frozenset(
    "page pages pagina pagină página pàgina pagine seite strona stronę stránka stránku stranka stran strani "
    "stranica stranicu straniță страница страницу страницата сторінка сторінку старонка старонку σελίδα faqja "
    "faqe sayfa sayfası halaman trang sivu sivua siden sida sidan oldal oldalt lapa lapu leht lehte "
    "puslapis puslapio orria orrialdea rũrenda tluka "
    # Bavarian "Seitn" (Jupyter Book's 404 page "Seitn ned gfundn"), Saterland Frisian "Siede" (a WriteFreely
    # blog's "Siede nit fuunen")
    "seitn siede".split()
)
_MISSING_WORDS = (
    "not found", "not exist", "n't exist", "no longer exist", "nicht gefunden", "existiert nicht", "introuvable",
    "n'existe", "n’existe", "non trouvée", "no existe", "no encontrada", "não existe", "não encontrada",
    "non esiste", "non trovata", "no existeix", "no s'ha trobat", "nu există", "nu a fost găsită",
    "nie istnieje", "nie znaleziono", "neexistuje", "nebyla nalezena", "nenájdená", "ne obstaja",
    "ni mogoče najti", "ne postoji", "nije pronađena", "не найдена", "не существует", "не знайдено", "не існує",
    "не знойдзена", "не існуе", "не е намерена", "не постои", "δεν βρέθηκε", "δεν υπάρχει", "nuk u gjet",
    "nuk ekziston", "bulunamadı", "mevcut değil", "tidak ditemukan", "không tìm thấy",
    "không tồn tại", "nem található", "nem létezik", "ei löytynyt", "ei löydy", "ei ole olemassa",
    "finns inte", "hittades inte", "findes ikke", "finnes ikke", "bestaat niet", "niet gevonden",
    "neegzistuoja", "nerastas", "nav atrasta", "neeksisteerib", "ei leitud", "ez da existitzen",
    "ez da aurkitu", "rũtionekanire",
    # Xitsonga "(the page) was not found" ("Tluka a ri kumiwanga", WordPress's not-found template)
    "a ri kumiwanga",
    # Bavarian "(page) not found"
    "ned gfundn", "ned gfunden",
    # Saterland Frisian "(page) not found"
    "nit fuunen",
)
_WORDS = re.compile(r"\w+")


def _headline_mute(title: str | None, site_name: str | None, html_title: str) -> bool:
    """The headline cannot speak for the page, so its <title> (the site's name taken off) may: there is none, it is
    the site's name (a masthead's heading), or it shares no word with the <title>."""
    if not title or (site_name and title.casefold() == site_name.casefold()):
        return True
    return not _title_words(title) & _title_words(html_title)


def _title_words(text: str) -> set[str]:
    # whitespace-parted words, punctuation off their ends (\w+ would part a Devanagari word at its vowel signs)
    return {w for word in text.casefold().split() if (w := word.strip(_WORD_EDGE))}


_WORD_EDGE = "\"'“”‘’«»„()[]{}.,:;!?¿¡…-–—|/·।"
# the pair is the headline's subject: a short headline ("Sidan du söker finns inte"), the page word before the
# phrase, at most a relative clause between them ("Stran, ki jo iščete, ne obstaja") and no sentence break, the
# phrase closing it.  Not a brief's headline holding both as ordinary words ("Ingen bompenger siden januar:
# bomstasjonen finnes ikke lenger", "Thời trang xanh: quy định về nhãn sinh thái không tồn tại")
_MISSING_HEADLINE_WORDS = 10
_GLOSSED_MISSING = re.compile(r"\((?:page |file )?not found\)|\(404\)", re.IGNORECASE)
_MISSING_GAP_WORDS = 4
_MISSING_END = re.compile(r"[\s.!…]*$")
_SENTENCE_BREAK = re.compile(r"[.!?:;|–—]")
_NAME_BREAK = re.compile(r"\s*[-–—|·:»]\s*$")


def _missing_page(title: str, site_name: str | None = None) -> bool:
    """The headline names a page and says it is not found or does not exist (see _PAGE_WORDS); the site's name
    closing it is left out, with the break before it if any ("Seitn ned gfundn — Oberlandler Blattl", the <title>'s
    form)."""
    lowered = " ".join(title.lower().split())
    name = " ".join((site_name or "").lower().split())
    if name and lowered.endswith(name) and lowered != name:
        lowered = _NAME_BREAK.sub("", lowered[: -len(name)])
    words = _WORDS.findall(lowered)
    if len(words) > _MISSING_HEADLINE_WORDS or _PAGE_WORDS.isdisjoint(words):
        return False
    for phrase in _MISSING_WORDS:
        at = lowered.rfind(phrase)
        if at < 0 or not _MISSING_END.match(lowered, at + len(phrase)):
            continue
        before = lowered[:at]
        for m in _WORDS.finditer(before):
            if m.group() in _PAGE_WORDS:
                gap = before[m.end():]
                if len(_WORDS.findall(gap)) <= _MISSING_GAP_WORDS and not _SENTENCE_BREAK.search(gap):
                    return True
    return False


def _teaser_listing(blocks: list, min_body_chars: int) -> bool:
    """One or more link teasers, each a linked headline followed by a snippet cut off
    with an ellipsis, and no other text worth an article: a section listing
    with few entries (a long listing is caught by its share of links)."""
    snippets = 0
    entries = 0  # (snippets under an entry's dated line)
    entries_weight = 0
    rest = 0
    own = 0  # (the weight of all the page's own prose, short lines too, its paragraphs, and the list items of teasers)
    paragraphs = 0
    items = []
    previous = dated = None
    for b in blocks:
        if _entry_line(b, previous):
            dated = previous  # (the entry's dated line between its headline and its snippet: Foswiki's blog entries)
            continue
        if b.kind in ("p", "quote") and b.link_ratio < 0.5:
            if previous is not None and previous.link_ratio >= 0.6 and _truncated(b.text):
                snippets += 1
                if previous is dated:
                    entries += 1
                    entries_weight += text_weight(b.text)
                previous = b
                continue
            if len(b.text) >= 60 and "©" not in b.text:
                rest += text_weight(b.text)
            if "©" not in b.text:
                own += text_weight(b.text)
                paragraphs += text_weight(b.text) >= _PARAGRAPH_CHARS
        elif b.kind == "li" and b.lead is not None and _truncated(b.text):
            # a list item opening with a link to another page, its snippet after it in the item: a teaser (a
            # wiki's home page, "<li><a href=news/x>Headline</a> — snippet cut sho…</li>")
            items.append(text_weight(b.text))
        previous = b
    # (two or more such items weighing twice all the page's own prose, one paragraph at most, a line of introduction
    # above them, a blurb's: "This wiki brings the news of …" over the list of stories; not a short story's lines or
    # two paragraphs over two teasers of related stories, in a script whose lines are short or not)
    # (two or more dated entries' snippets weighing twice the page's paragraphs, a blurb's line over them: "Welcome to
    # … news" over its latest entries, each "<h3><a>Headline</a></h3><p>10 Mar 2026 - Writer</p><p>Snippet… Read
    # on…</p>"; not a short story over two teasers of related stories)
    return snippets >= 1 and rest < min_body_chars or entries >= 2 and paragraphs <= 1 and 2 * rest < entries_weight \
        or len(items) >= 2 and paragraphs <= 1 and own < _BLURB_CHARS and 2 * own < sum(items)


_ENTRY_LINE_CHARS = 60  # an entry's dated line: a date and a writer's name


def _entry_line(block: Block, previous: Block | None) -> bool:
    """``block`` is an entry's dated line right under its linked headline (``previous``): short, dated, the writer's
    name its link if any ("<h3><a>Headline</a></h3><p class="foswikiGrayText">10 Mar 2026 - <a>Writer</a></p>")."""
    return (previous is not None and previous.kind == "h" and previous.link_ratio >= 0.6 and block.kind == "p"
            and len(block.text) <= _ENTRY_LINE_CHARS and find_date(block.text) is not None)


def _code_listing(block: Block) -> bool:
    """A ``<pre>`` block of commands or code, no sentence in it ("git clone http://…/x.wiki.git cd x.wiki"): no
    paragraph of a story (a mail archive's message in a <pre> writes sentences)."""
    return block.kind == "pre" and _SENTENCE_END.search(block.text) is None


_SENTENCE_END = re.compile(r"[^\W\d_]{2,}[.!?。।](?:\s|$)")


def _teaser_text(prose: list[Block]) -> bool:
    """The page's text is one snippet cut off with an ellipsis in the middle of a word or sentence, holding most of
    its text, the rest short lines (an introduction, a note): a teaser of a story not on the page."""
    if not prose:
        return False
    longest = max(prose, key=lambda b: text_weight(b.text))
    weight = text_weight(longest.text)
    return (_truncated(longest.text) and longest.text.rstrip(".… ")[-1:].isalpha()
            and 2 * weight > sum(text_weight(b.text) for b in prose)
            and all(text_weight(b.text) < _BLURB_CHARS for b in prose if b is not longest))


# characters (spaces removed) of a paragraph looked up in the items' texts: enough to tell paragraphs apart
_KEY_CHARS = 60


def _outside_items(texts, items: list[str]):
    """The texts not found in the listing items' texts (page.teaser_items), looked up by their first
    _KEY_CHARS characters without spaces: the page's own."""
    return [t for t in texts if not any("".join(t.split())[:_KEY_CHARS] in item for item in items)]


def _in_teaser_items(prose: list, items: list[str], min_body_chars: int) -> bool:
    """The page's own text, outside the listing items (page.teaser_items), is too short for an article
    (an author's page: a line of biography above its items)."""
    return sum(text_weight(t) for t in _outside_items([b.text for b in prose], items)) < min_body_chars


# an author's biography, a tag's or section's description: a paragraph of a few lines
_BLURB_CHARS = 400


def _blurb_and_items(page: ExtractedPage, prose: list, items: list[str]) -> bool:
    """An author's page (or a tag's, a section's): one short paragraph of its own, the author's biography
    ("Журналістка аддзела «Горад». Піша пра … У рэдакцыі з 2018 года."), above listing items, no date
    of its own, and a page saying it is about a person or a topic: its headline a name (every word
    capitalised, no sentence: "Вольга Марозава"), a person's path word ("/author/…"), or a profile's
    JSON-LD.  An undated short article with a "more from this author" item after it has a story's
    headline ("У Гродне пачаўся кірмаш"): a short paragraph and an item alone do not tell them apart."""
    own_texts = _outside_items([b.text for b in prose], items)
    own = [text_weight(t) for t in own_texts]
    # (its short lines beside: the name repeated, a role)
    if sum(w >= _PARAGRAPH_CHARS for w in own) != 1 or sum(own) > _BLURB_CHARS or page.published_hint:
        return False
    if _outside_items([line for line in page.meta_lines if find_date(line) is not None], items):
        return False
    return _names_someone(page, own_texts)


def _summary_over_sources(page: ExtractedPage, prose: list) -> bool:
    """One paragraph of a few lines (under _BLURB_CHARS) and after it only a list of two or more items, each
    holding a link: a news aggregator's story page, its summary over the outlets' stories it gathers (Dzen.News'
    "<h1>…</h1><p class=news-story__annot>…</p><ul class=news-story__sources><li><a href=/a/x>Outlet: its
    headline</a></li>…").  Each item credits an outlet's story: it links to another site, or reads "Outlet:
    headline"; and no item links to a file.  An article's text runs on past a first paragraph, or is dated (see
    classify); a short brief's list links to its own documents ("Independent flood review (PDF, 2.1 MB)")."""
    paragraphs = [b for b in prose if text_weight(b.text) >= _PARAGRAPH_CHARS]
    if len(paragraphs) != 1 or sum(text_weight(b.text) for b in prose) > _BLURB_CHARS:
        return False
    after = page.blocks[page.blocks.index(paragraphs[0]) + 1:]
    return len(after) >= 2 and all(b.kind == "li" and b.link_ratio > 0 and _credits_source(b) for b in after)


# a document's or a download's file ending in a link's path (a report, a spreadsheet, an archive, a recording)
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|zip|rar|7z|gz|epub|mp3|mp4|jpe?g|png)$",
                        re.IGNORECASE)
# ... or named in the link's text ("Independent flood review (PDF, 2.1 MB)", "Antwort des Rates [DOCX]")
_FILE_WORD = re.compile(r"\b(?:PDF|DOCX?|ODT|RTF|XLSX?|ODS|CSV|PPTX?|ZIP)\b|\d\s?[KMG]B\b")
# an item crediting its outlet: a name of one to five words, a colon (or a dash), the story's headline
_CREDIT_LINE = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,4}\s*(?::|\s[–—]\s)\s*\S")


def _credits_source(item: Block) -> bool:
    """A list item of an aggregator's story page: it reads "Outlet: headline", or its link leads to another site
    (kept whole, see page._resolve_links); its link (when the item is mostly one, else unknown) leads to no file,
    nor does its text name one."""
    if _FILE_WORD.search(item.text) or (item.link is not None and _FILE_LINK.search(urlsplit(item.link).path)):
        return False
    return _CREDIT_LINE.match(item.text) is not None or (item.link is not None and "://" in item.link)


def _names_someone(page: ExtractedPage, own_texts: list[str]) -> bool:
    """The page is about a person or a topic: its headline is a name, its path has a person's word
    ("/author/", "/autor/", "/members/"), or its JSON-LD is a ProfilePage.  ``own_texts``: the page's own
    paragraphs (outside its items)."""
    if "profilepage" in page.jsonld_types:
        return True
    if _name_opens_biography(page.title or "", own_texts):
        return True
    path = urlsplit(page.url).path
    if any(s in _PERSON_SEGMENTS for s in path.lower().split("/")):
        return True
    # capitals alone are no name where the URL is an entry's, dated or numbered: an English headline in Title
    # Case ("/news/15602-tram.html" under "Council Approves Tram Line") is a story's; a name's page has its slug
    # ("/muellif/aysel-huseynova/")
    return is_name(page.title) and not _entry_path(page.url)


def _entry_path(url: str) -> bool:
    """The address is an entry's: dated ("/2026/03/14/…") or numbered ("/news/15602-tram.html")."""
    path = urlsplit(url).path
    return bool(_DATE_IN_PATH.search(path) or _NUMBER_IN_PATH.search(path))


# a name has no digit nor sentence punctuation (and one to four words: page._NAME_WORDS, as is_name counts them)
_NAME_PUNCTUATION = frozenset(".!?:,،؟。！？：，")


def _name_opens_biography(title: str, own_texts: list[str]) -> bool:
    """A headline in a script without capitals (Arabic, Hebrew, CJK, Indic: "شیلان ئەحمەد", "张伟"), which
    is_name's capitals cannot call a name, that has a name's shape and opens the page's biography as its
    subject ("شیلان ئەحمەد ڕۆژنامەنووسی هەواڵی ڕۆژە …", Shilan Ahmed is a journalist of …; "张伟，本报记者…").  A
    story's headline is not repeated word for word as its text's first words."""
    words = title.split()
    if not 0 < len(words) <= _NAME_WORDS or title.upper() != title.lower():
        return False
    if any(c.isdigit() or c in _NAME_PUNCTUATION for c in title):
        return False
    return any(t.startswith(title) and not t[len(title):len(title) + 1].isalnum() for t in own_texts)


# a paragraph of prose is longer than a caption or a one-line box (CJK characters count three)
_PARAGRAPH_CHARS = 80
# a teaser's own text: a date line, a snippet of one to three paragraphs; more is an article's
# text under a heading that happens to be a link
_TEASER_BLOCKS = 4


def _teaser_sections(blocks: list, headings: list[str], min_body_chars: int) -> bool:
    """Headlines linking to other pages of the site, each followed by a short teaser, and
    little text outside them: a section, tag, author or search listing however long its
    snippets ("<h2><a href=/kraj/1428-…>Powódź …</a></h2><p>RZESZÓW (PAP) – …</p>").  An
    article keeps its own text before such headings (a "related" box at its end) or its
    paragraphs run on under one."""
    heads = set(headings)
    own = 0
    section: list[int] | None = None
    teasers = 0

    def close() -> int:
        # a "teaser" running on for more paragraphs than a teaser has is the page's own text
        return sum(section) if section is not None and len(section) > _TEASER_BLOCKS else 0

    for b in blocks:
        # (a card's headline inside its link reads as a linked line: "<a href=/post/x><h2>…</h2></a>")
        if b.kind == "h" or (b.link_ratio >= 0.8 and b.text in heads):
            own += close()
            section = [] if b.text in heads else None
            teasers += section is not None
        elif b.kind in ("p", "quote", "pre") and b.link_ratio < 0.5:
            if section is not None:
                section.append(text_weight(b.text))
            else:
                own += text_weight(b.text)
    own += close()
    return teasers >= 1 and own < min_body_chars


# "Page - Site", "页面_网站": the site's name after the last separator of <title>
_TITLE_SITE = re.compile(r"(?:\s[-–—|｜:»]{1,2}\s|[_｜])\s*([^-–—|｜_:»]{2,40})$")


def _own_name(page: ExtractedPage) -> str | None:
    """The site's own name (og:site_name, or after the last separator of <title>), if distinctive."""
    name = page.site_name
    if not name and page.html_title and (match := _TITLE_SITE.search(page.html_title)):
        name = match.group(1).strip()
    return name if name and len(name) >= 3 and name != page.title else None


def _unshown_headline(page: ExtractedPage) -> bool:
    """No element of the page shows its headline: it was taken from the head (<title>, og:title)."""
    return bool(page.title) and bool(page.parts) and page.parts[0] is None


# the separators between a <title>'s segments ("Site :: Print :: Headline", "Site - Headline", "Site | Headline")
_TITLE_SEPARATORS = re.compile(r"\s+(?:::|[-–—|»·/:])\s+")


def _masthead_over_headline(page: ExtractedPage) -> bool:
    """The headline is the <title>'s first segment, and its last segment is a longer text the page shows on a line
    of its own (a heading under the headline, read as a metadata line or a block): the headline is the site's
    masthead over the story's.  An article's "<title>Headline - Site</title>" closes with the shorter name."""
    title, head = page.title or "", page.html_title or ""
    opening = _TITLE_SEPARATORS.match(head, len(title)) if title and head.startswith(title) else None
    if opening is None:
        return False
    last = _TITLE_SEPARATORS.split(head[opening.end():])[-1].strip()
    return len(last) > len(title) and (last in page.meta_lines or any(b.text == last for b in page.blocks))


def _site_name_headline(page: ExtractedPage) -> bool:
    """The headline is the site's own name (og:site_name, the name <title> gives, the masthead's)."""
    title = (page.title or "").casefold()
    return bool(title) and any(name and name.casefold() == title for name in (page.site_name, page.publisher))


def _title_names_other(page: ExtractedPage) -> str | None:
    """The name the <title> gives the page before the site's name it closes with, when the headline is that site's
    name, its heading the masthead's one link home (is_logo), and a link of the page to itself reads the name (see
    classify): "Ndamo" in "Ndamo : Ngani sya ku Mangochi" under the masthead "<h1><a href="/">Ngani sya ku
    Mangochi</a></h1>", the sidebar's "<a href="/i3/">Ndamo</a>" on "/i3/"; not a <title> of the site's name, then
    the headline ("Isallan n Sus - Amuggar n tfyaz gh Agadir"), nor a post whose headline no heading shows ("<div
    class=POST_TTL>Mvula</div>"), linking itself by no such name."""
    head, title = page.html_title or "", (page.title or "").casefold()
    if not title or (match := _TITLE_SITE.search(head)) is None or match.group(1).strip().casefold() != title \
            or not page.parts or page.parts[0] is None or not is_logo(page.parts[0]):
        return None
    own = head[:match.start()].strip()
    return own if own and own.casefold() != title and own in page.self_link_texts else None


def _entry_opening(page: ExtractedPage) -> str | None:
    """The headline of another page opening the text (see classify): a heading among its first blocks that links to
    another page (page.teaser_headings), no line of prose above it, a short line under it holding a date."""
    for at, block in enumerate(page.blocks[:3]):
        if block.kind == "h":
            following = page.blocks[at + 1] if at + 1 < len(page.blocks) else None
            return block.text if (block.text in page.teaser_headings and block.text != page.title
                                  and following is not None and len(following.text) <= 80
                                  and find_date(following.text) is not None) else None
        if len(block.text) >= PROSE_PARAGRAPH_CHARS:
            return None
    return None


def _names_site(line: str, page: ExtractedPage) -> bool:
    """A metadata line naming the site itself as its author, its home link's name (ox-html's postamble "Author:
    Väylän Viesti | Created: …" on the site's own page)."""
    return any(name in line for name in page.home_names)


def _dated_wordpress_post(page: ExtractedPage) -> bool:
    """WordPress's single post (<body class="single-post">) at a dated address ("/2026/03/09/slug/")."""
    return page.wordpress_post and bool(_DATE_IN_PATH.search(urlsplit(page.url).path))


def _og_type_only(page: ExtractedPage, article_url: bool | None) -> bool:
    """The page is an article only by its og:type: no JSON-LD article type, no profile's or address's word for it."""
    return (page.og_type == "article" and not article_url and not page.jsonld_types & ARTICLE_TYPES
            and not url_looks_like_article(page.url))


# the words between an update's label and its date that name who made it: a "by" word and a name of one or two
# words ("Last updated by admin, 02.01.2026")
_UPDATER_WORDS = (2, 3)


def _updater(words: list[str]) -> bool:
    """``words``, between an update's label and its date, name who made the change: a "by" word (letters, not a
    label's link word: "Updated on …") then a name, no digit among them ("Last updated: 10:00 AM, …" is a time)."""
    return (_UPDATER_WORDS[0] <= len(words) <= _UPDATER_WORDS[1] and words[0].isalpha()
            and words[0].casefold() not in LABEL_LINKS and not any(ch.isdigit() for w in words for ch in w))


# og:type values of a product (the Open Graph product type, Facebook's catalog's item and group, the "og:product"
# some shop plugins print)
_PRODUCT_TYPES = frozenset({"product", "product.item", "product.group", "og:product"})


def _edit_stamp(line: str) -> bool:
    """A date under an update label and no other ("Last modified February 02, 2026:", "Zuletzt geändert: …"): the
    page's last change."""
    fields = parse_meta_line(line)
    return fields.updated_at is not None and fields.published_at is None


def _publication_line(line: str) -> bool:
    """A metadata line with a date that is not only the page's last change by someone: a static page's "Last
    updated by admin, 02.01.2026 10:00" (Serendipity's staticpage, localised: an update label of
    metadata.UPDATE_LABELS, a "by" word and a name, the date) dates an edit, not a publication.  A bare update
    label ("Last updated: 12 March 2026 10:00", a story's only date on many templates) still dates the page."""
    found = find_date(line)
    if found is None:
        return False
    words = line[:found.start].strip(" ,·|-–—:").split()
    return not any(names_an_update(" ".join(words[:i])) and _updater(words[i:])
                   for i in range(1, min(len(words), 3) + 1))


def _own_date(page: ExtractedPage) -> bool:
    """A date of the page's own text: machine-readable, in its metadata lines, or a dated line at either end
    of its text (not a date standing anywhere on the page, as _dated counts: a sidebar's)."""
    return bool(
        page.published_hint
        or any(_publication_line(line) for line in page.meta_lines)
        or any(len(b.text) <= 200 and find_date(b.text) is not None for b in page.blocks[:3] + page.blocks[-4:])
    )


def _dated(page: ExtractedPage) -> bool:
    """A publication date somewhere: machine-readable, in the metadata, or standing alone."""
    return bool(
        page.published_hint
        or any(_publication_line(line) for line in page.meta_lines)
        or any(len(text) <= 40 and _publication_line(text) for text in page.dated_texts)
        or any(len(b.text) <= 200 and find_date(b.text) is not None for b in page.blocks[:3] + page.blocks[-4:])
    )


def _looks_like_metadata(line: str) -> bool:
    """A date, or labelled source/category/author, near the headline."""
    if find_date(line) is not None:
        return True
    fields = parse_meta_line(line)
    return bool(fields.labels) and (fields.source or fields.category or fields.author) is not None
