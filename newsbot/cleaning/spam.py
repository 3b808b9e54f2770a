"""Find and remove injected SEO keywords, without being told the keyword.

Evidence, all deterministic:

- a prefix split off the title by a separator (``kw:Title``, ``[kw] Title``,
  ``kw | Title``) is spam when the same token turns up in the body where no
  writer would put it (glued to punctuation, alone in parentheses), when the
  colon is glued between two words (``verdicoin:Russia``), when the site
  profile lists it, or when most titles of the site share it (see
  :class:`SiteEvidence`);
- a token glued to punctuation (``week,verdicoin the``) twice or more on a
  page, and never written normally there, is spam even with a clean title.

A prefix with none of that evidence is kept: ``Analysis: …`` is a title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_OPEN = "[【(（<《「『〔"
_CLOSE = "]】)）>》」』〕"
_TOKEN = r"[^\s:：|｜" + re.escape(_OPEN + _CLOSE) + r"]"
_PREFIX_PATTERNS = [
    # [kw] Title, 【kw】Title, (kw): Title
    re.compile(
        r"^\s*[" + re.escape(_OPEN) + r"]\s*(?P<kw>[^" + re.escape(_CLOSE) + r"]{1,40}?)\s*["
        + re.escape(_CLOSE) + r"]\s*(?:[:：|｜\-–—]\s*)?(?P<rest>\S.*)$"
    ),
    # kw:Title, Kw: Title, kw：Title (at most three words before the colon)
    re.compile(r"^\s*(?P<kw>" + _TOKEN + r"{1,30}(?: " + _TOKEN + r"{1,20}){0,2}?)\s*(?P<sep>[:：])\s*(?P<rest>\S.*)$"),
    # kw | Title, kw - Title, kw — Title (spaces around the separator required)
    re.compile(r"^\s*(?P<kw>" + _TOKEN + r"{1,30}(?: " + _TOKEN + r"{1,20}){0,2}?)\s+(?P<sep>[|｜\-–—])\s+(?P<rest>\S.*)$"),
]
# Common top-level domains: a token glued after a dot that is one of these is
# a web address, not an injection.
_TLDS = frozenset(
    "com org net gov edu int mil io co uk de fr es it nl ru cn jp info biz us ca au in br news tv me ly".split()
)
_GLUED = re.compile(r"(?<=[^\W\d_])(?P<punct>[,.;!?，。、])(?P<tok>[^\W\d_][\w\-]{2,40})(?=[\s,.;:!?)\"'’”]|$)")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")


@dataclass
class TitlePrefix:
    keyword: str  # the token, e.g. "verdicoin"
    removed: str  # the text taken off, e.g. "verdicoin:"
    rest: str  # the title without it
    glued: bool  # ASCII colon with no space on either side


def split_title_prefix(title: str) -> TitlePrefix | None:
    """The candidate prefix of ``title``, if it has one; not yet a verdict."""
    for pattern in _PREFIX_PATTERNS:
        match = pattern.match(title)
        if match:
            keyword = match.group("kw").strip()
            rest = match.group("rest").strip()
            if not keyword or len(rest) < 3:
                continue
            sep = match.groupdict().get("sep") or ""
            glued = (
                sep == ":"
                and title[match.start("sep") - 1 : match.start("sep")].isalnum()
                and title[match.end("sep") : match.end("sep") + 1].isalpha()
            )
            return TitlePrefix(keyword, title[: match.start("rest")].strip(), rest, glued)
    return None


def glued_tokens(text: str) -> Counter[str]:
    """Tokens glued to the punctuation before them, e.g. ``,verdicoin``."""
    found: Counter[str] = Counter()
    for match in _GLUED.finditer(text):
        token = match.group("tok")
        if match.group("punct") == "." and (token.lower() in _TLDS or token[0].isupper()):
            # ``example.com`` or a missing space after a full stop: not spam.
            continue
        found[token] += 1
    return found


def _word_re(keyword: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(keyword) + r"(?![\w-])", re.IGNORECASE)


def keyword_in_odd_place(keyword: str, text: str) -> bool:
    """True when ``keyword`` appears glued to punctuation or alone in brackets."""
    if any(tok.lower() == keyword.lower() for tok in glued_tokens(text)):
        return True
    return re.search(r"[(\[]\s*" + re.escape(keyword) + r"\s*[)\]]", text, re.IGNORECASE) is not None


def suspicious_glued_tokens(paragraphs: list[str]) -> list[str]:
    """Tokens glued to punctuation and never written normally on the page.

    Twice or more is enough; once is enough for a lower-case token of four
    letters or more (a glued typo is usually a short word or a name).
    """
    text = "\n".join(paragraphs)
    result = []
    for token, count in glued_tokens(text).items():
        if count < 2 and not (token.islower() and len(token) >= 4):
            continue
        normal = len(_word_re(token).findall(text)) - count
        if normal == 0:
            result.append(token)
    return result


@dataclass
class SpamVerdict:
    title: str
    keywords: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def clean_title(
    title: str,
    body_text: str,
    keywords: set[str] | frozenset[str] = frozenset(),
    site_prefixes: set[str] | frozenset[str] = frozenset(),
) -> SpamVerdict:
    """Strip a spam prefix from ``title`` when the evidence says it is spam.

    ``keywords`` come from the site profile, ``site_prefixes`` from what the
    crawl learned about this site; both lower-case.
    """
    verdict = SpamVerdict(title=title)
    # Prefixes can stack (``verdicoin:[Hot] Title``): peel while evidence holds.
    for _ in range(3):
        prefix = split_title_prefix(verdict.title)
        if prefix is None:
            break
        key = prefix.keyword.lower()
        if not (
            key in keywords
            or key in site_prefixes
            or (prefix.glued and len(prefix.keyword) >= 4 and " " not in prefix.keyword)
            or keyword_in_odd_place(prefix.keyword, body_text)
        ):
            break
        verdict.title = prefix.rest
        verdict.keywords.append(prefix.keyword)
        verdict.removed.append(prefix.removed)
    return verdict


def remove_keyword(paragraphs: list[str], keyword: str, keep_plain: bool) -> tuple[list[str], list[str]]:
    """Take ``keyword`` out of the body.

    Always removed: glued to punctuation, alone in brackets, sentences that
    advertise it (a web address on it, or naming it twice).  Occurrences as a
    plain word are removed too unless ``keep_plain`` (the clean title names it,
    so the article is about it).
    Returns the new paragraphs and the strings removed, in order.
    """
    kw = re.escape(keyword)
    removed: list[str] = []
    glued = re.compile(r"(?<=[^\W\d_])([,.;!?，。、])" + kw + r"(?=[\s,.;:!?)\"'’”]|$)", re.IGNORECASE)
    bracketed = re.compile(r"\s*[(\[]\s*" + kw + r"\s*[)\]]", re.IGNORECASE)
    plain = re.compile(r"(?<![\w-])" + kw + r"(?![\w-])", re.IGNORECASE)
    advert = re.compile(r"(?:https?://|www\.)\S*" + kw + r"|" + kw + r"\.(?:" + "|".join(_TLDS) + r")\b", re.IGNORECASE)

    def _take(match: re.Match[str], keep: str = "") -> str:
        removed.append(match.group(0).strip(" ,.;!?，。、"))
        return keep

    out: list[str] = []
    for para in paragraphs:
        sentences = _SENTENCE_END.split(para)
        kept_sentences = []
        for sentence in sentences:
            if advert.search(sentence) or len(plain.findall(sentence)) >= 2 and not keep_plain:
                removed.append(sentence)
                continue
            kept_sentences.append(sentence)
        para = " ".join(kept_sentences)
        para = glued.sub(lambda m: _take(m, m.group(1)), para)
        para = bracketed.sub(_take, para)
        if not keep_plain:
            para = plain.sub(_take, para)
        para = _tidy(para)
        if para and not re.fullmatch(r"[\W_]*", para):
            out.append(para)
    return out, removed


def _tidy(text: str) -> str:
    """Repair the gap a removal leaves: double spaces, space before punctuation."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.;:!?，。])", r"\1", text)
    text = re.sub(r"([,;])(?=[^\W\d_])", r"\1 ", text)
    return text.strip()


class SiteEvidence:
    """What the crawl has learned about one site's spam, page by page.

    Pure data: the cleaning pipeline keeps one per site.  Title prefixes are
    counted from article titles and listing-page link texts; a prefix that
    most titles share is the site's spam keyword.  Keywords confirmed by
    page evidence are remembered so later pages are cleaned even when their
    own evidence is thin.
    """

    def __init__(self, min_titles: int = 4, share: float = 0.5) -> None:
        self.min_titles = min_titles
        self.share = share
        self.titles_seen = 0
        self.prefixes: Counter[str] = Counter()
        self.confirmed: set[str] = set()

    def observe_titles(self, titles: list[str]) -> None:
        for title in titles:
            self.titles_seen += 1
            prefix = split_title_prefix(title)
            if prefix is not None:
                self.prefixes[prefix.keyword.lower()] += 1

    def confirm(self, keywords: list[str]) -> None:
        self.confirmed.update(k.lower() for k in keywords)

    def learned_prefixes(self) -> set[str]:
        if self.titles_seen < self.min_titles:
            return set(self.confirmed)
        shared = {
            kw for kw, n in self.prefixes.items()
            if n >= self.min_titles and n / self.titles_seen >= self.share
        }
        return shared | self.confirmed
