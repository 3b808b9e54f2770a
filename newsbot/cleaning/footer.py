"""Cut aggregator blocks out of the article: teaser lists, "More:" lines,
share bars, tag lines, copyright and reprint notices.

Works on :class:`Block` lists, so it can use what the page structure says
(headings, link density) as well as the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from newsbot.cleaning.metadata import LABEL_COLONS, LABEL_WORD_PLAIN
from newsbot.cleaning.spam import title_prefix_candidates
from newsbot.cleaning.text import (
    LETTER,
    NO_SPACE_SCRIPTS,
    SCRIPT_STOPS,
    LowerScan,
    is_word_char,
    letter_length,
    text_weight,
)

# a paragraph of prose: this long at least, in characters (a byline's, a label's, a notice's or a menu's line is
# shorter); the one per-paragraph measure the cleaning and the extractor share (page.py's other lengths bound other
# things: a box's whole text, a field line, a caption).  Counted in code points everywhere but strip_footers' prose
# above a closing line, counted in letters (text.letter_length: a syllabary's character writes a syllable, and a
# Tigre story's paragraphs of seventy-odd Ge'ez characters are prose); the other counts were left as they are
PROSE_PARAGRAPH_CHARS = 100


@dataclass
class Block:
    """One paragraph-level piece of the extracted article."""

    text: str
    kind: str = "p"  # p, h (heading), li, quote, pre
    link_ratio: float = 0.0  # share of the text inside links
    # the address of the block's one link: a path when it leads to the page's own site, the whole URL
    # when elsewhere (set by the extractor; None: no one link, or not known)
    link: str | None = None
    # the address of the link a partly linked list item opens with, made a path or a URL as ``link`` is ("<li><a
    # href=/2026/03/08/malaria-i-kitgum/>Headline</a><br>Snippet cut sho</li>", a teaser; set by the extractor)
    lead: str | None = None


# Headings that open a block of teasers for other stories, many languages.
_TEASER_HEADINGS = re.compile(
    r"^(?:recommend(?:ed)?(?: for you| stories| articles| reading)?|related(?: articles| stories| news| posts| content| coverage)?|"
    r"read (?:more|also|next)|now read this|more (?:stories|news|articles|from .{1,30}|on this(?: story| topic)?)|see also|also read|"
    r"you (?:may|might) (?:also )?(?:like|be interested in|have missed)|popular(?: now| stories| posts)?|most (?:read|popular|viewed|shared)|"
    r"trending(?: now| stories)?|latest(?: news| stories| posts)?|top stories|editor'?s? picks|don'?t miss|further reading|what to read next|"
    r"hot(?: topics| news)?|recent posts|δημοφιλή(?: τώρα)?|τελευταία νέα|διαβάστε επίσης|související|nejčtenější|"
    r"ข่าวยอดนิยม|ข่าวล่าสุด|ข่าวที่เกี่ยวข้อง|הכי נקראים|כתבות נוספות|פופולרי|"
    r"empfohlen|empfehlungen|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|weitere artikel|auch interessant|"
    # Swiss German "that might interest you too" ("Das chönnt di o interessiere", Bernese; Zurich "au")
    r"das chönnt di(?:ch)? (?:o|au|ou) interessiere|"
    r"te puede interesar|relacionad[oa]s?|noticias relacionadas|más noticias|lee también|lo más leído|leia também|veja também|"
    r"à lire aussi|a lire aussi|voir aussi|sur le même sujet|articles similaires|"
    r"推荐(?:阅读)?|相关(?:阅读|文章|新闻)?|猜你喜欢|热门(?:文章|新闻)?|延伸阅读|おすすめ(?:記事)?|関連記事|人気(?:記事)?|"
    # Tagalog, Waray "related articles/news" ("Mga may kalabotan nga barita")
    r"mga kaugnay na (?:artikulo|balita)|mga (?:may )?kalabotan nga (?:barita|artikulo)|এই বিভাগের আরও খবর|আরও পড়ুন|সম্পর্কিত খবর|"
    # Odia "read more" (written with or without the nukta: "ଆହୁରି ପଢନ୍ତୁ", "ଆହୁରି ପଢ଼ନ୍ତୁ"), "related news"
    r"ଆହୁରି ପଢ଼?ନ୍ତୁ|ସମ୍ବନ୍ଧିତ ଖବର|"
    r"ajánló|kapcsolódó (?:cikkek|bejegyzések|hírek)|ezt is olvasta már\?|olvasd el ezt is|"
    r"관련 ?기사|추천 ?기사|читайте также|похожие новости|ilgili haberler|(?:bunlar da )?ilginizi çekebilir|"
    r"articoli correlati|potrebbe interessarti|ti potrebbe interessare|leggi anche|i più letti|"
    r"mais lidas|você também pode gostar|notícias relacionadas|matérias relacionadas|"
    r"tin liên quan|đọc nhiều|xem thêm|tin khác|популярное|по теме|другие новости|"
    # Tetum "other news", "related news", "read also" (accents typed or not); Dutch "more on this subject",
    # "related articles", "other news"
    r"not[ií]sia (?:seluk|relasionadu)|lee m[oó]s|meer over dit onderwerp|gerelateerde artikelen|ander nieuws|"
    # Manx "read also"; Limburgish and Dutch "this may interest you too"; Adyghe "read more" (WordPress Publisher's
    # inline related box, "Джыри еджэ")
    r"lhaih myrgeddin|dit kin dich ouch interessere|dit vind je misschien ook interessant|джыри еджэ|"
    # Guianan Creole "we recommend to you" (a WordPress heading over a Latest Posts block), Pennsylvania German "we
    # recommend"
    r"nou ka konséyé zòt|mir empfehle|"
    # Lower Sorbian "we recommend" (a bold paragraph over a WordPress post's teasers), Nogai "you will like" (a
    # Naver blog's bold line over its link cards)
    r"pórucujomy|сизге унаяк|"
    # Madurese "recommended" (a Telegraph page's "<h4>Sè Èsaranaghi</h4>" over teasers), Kimbundu "the news we
    # recommend to you" (Velog's markdown "### Ma-sangu ma tu ku sunisa"), Jèrriais "you might also like" (Chyrp's
    # "<h3>Vos pouorriez aussi aimer</h3>")
    r"sè èsaranaghi|ma-sangu ma tu ku sunisa|vos pouorriez aussi aimer|"
    # Dutch "recommended" and Zeelandic's spelling of it (Twenty Thirteen's "<h3>Anbevole</h3>" over a teaser list
    # inside the entry's content)
    r"aanbevolen|anbevole|"
    # West Flemish "recommended" (an <h3> over a Jekyll Minima post's teaser list), Umbundu "we recommend to you" (an
    # <h2> over WordPress's Latest Posts block), Mirandese "you may also be interested in" (Twenty Ten's <h4> over a
    # related-posts list)
    r"anbevooln|tu ku sapela|tamien le puode antressar|"
    # Extremaduran "recommended" (Twenty Sixteen's "<h3>Recomendau</h3>" over a teaser list in the entry's content),
    # Tshiluba "we recommend you read" (a Blot entry's "<h3>Tudi tukubela bua kubala</h3>"), Amis "you will like to
    # read" (a Svbtle post's "<h3>Maolah kiso a mitilid</h3>")
    r"recomendau|tudi tukubela bua kubala|maolah kiso a mitilid|"
    # Colognian "recommended" (a Hexo post's "<h3>Empfohle</h3>" over teaser links inside Butterfly's
    # #article-container), Laz "we recommend" (an Obsidian Publish note's "### Tavsiye ikipt" over a teaser list)
    r"empfohle|tavsiye ikipt|"
    # Emilian "recommended" (Italian "consigliati": a Quartz note's "<h3>Cunsigliè</h3>" over a teaser list), Pontic
    # Greek "you will like these too" (a Scribbles post's "<h3>Θα αρέσ' σε κι αυτά</h3>"), either apostrophe
    r"cunsigliè|θα αρέσ['’] σε κι αυτά|"
    # Talysh and Azerbaijani "recommendation" (a Typlog post's "<h3>Tövsiyə</h3>" over teasers inside its content),
    # Aromanian "we recommend" (a Hugo post's "<h3>Ricumandãm</h3>", either breve or tilde on its a), Ingush "see also"
    # (a WordPress post's "<h3>Вешта хьажа</h3>")
    r"tövsiyə|ricumand[ãă]m|вешта хьажа|"
    # Romani "recommended for you" (a Hexo Icarus post's "<h3>Rekomandime tuke</h3>" over a teaser list in its
    # content)
    r"rekomandime tuke|"
    # Krio "recommend" (a Ghost Wave post's "<h3>Rekɔmɛnd</h3>" over teasers with cut snippets), Seychellois and
    # Haitian Creole "we recommend" (a Hexo Stellar post's "<h3>Nou rekomande</h3>"); Chhattisgarhi and Hindi
    # "suggestions" only over teasers (_TEASER_HEADINGS_OVER_TEASERS)
    r"rek[ɔo]m[ɛe]nd|nou rek[oò]mand[eé]?|"
    # Makasar "related news" (a Typemill page's "<h2>Kabara' Sikaitang</h2>" over a teaser list), either apostrophe
    r"kabara['’] sikaitang|"
    # Bhojpuri "read this too" (an Emlog post's bold paragraph "<p><strong>इहो पढ़ीं</strong></p>" over teasers)
    r"इहो पढ़ीं|"
    # Hindi "related news" (also on Magahi and other Hindi-belt sites: a Hexo Matery post's "<h3>संबंधित खबर</h3>" over
    # a teaser list in #articleContent), singular and plural, the anusvara or the half-m spelling (सम्बन्धित)
    r"(?:संबंधित|सम्बन्धित) (?:खबर|खबरें|ख़बर|ख़बरें|समाचार)|"
    # Twents "recommended" (a Hugo Coder post's "<h3>Anbevolen</h3>" over teasers), Saraiki "read this too" (a Zeen
    # post's "<h3>اے وی پڑھو</h3>"; Urdu "یہ بھی پڑھیں"), Morisien "you may also like" (a Hexo Fluid post's "<h3>Ou
    # kapav osi kontan</h3>") and Saint Lucian Kwéyòl's (a WordPress Newsup post's "<h4>Ou pé enmé osi</h4>" over
    # pairs of a link paragraph and a cut snippet), Koyraboro Senni "we recommend to you" (a Hugo Doks post's
    # "<h2>Iri ga war saaw</h2>" over a teaser list)
    r"anbevolen|اے وی پڑھو|ou kapav osi kontan|ou pé enmé osi|iri ga war saaw|"
    # Louisiana Creole "you may like too" (an Eleventy Duo post's "<h3>To sa kapab linmen osi</h3>" over a list of
    # "headline — cut snippet…" items), Maranao "recommended" (a Hugo Anatole post's "<h4>Pagisogoon</h4>" over a
    # teaser list)
    r"to sa kapab linmen osi|pagisogoon|"
    # Temne "we recommend" and "related stories" (a Hugo Bear Cub post's "<h3>Ta sɛnɛ</h3>" and "<h3>Aŋ-lɛtɛ aŋ
    # ŋ-yɔkɔ</h3>" over teaser lists inside <content>)
    r"ta sɛnɛ|aŋ-lɛtɛ aŋ ŋ-yɔkɔ|"
    # Serer "see also" (a Docsify post's "<h3>A lu yaa</h3>" over teasers with cut snippets)
    r"a lu yaa|"
    # Urdu and Shahmukhi Punjabi "recommended" (a WordPress Zakra post's "<h3>سفارش کردہ</h3>" over a Latest Posts
    # block)
    r"سفارش کردہ|"
    # Dagbani "we recommend you read" (an AstroPaper post's "<h3>Ti saɣi ka a karim</h3>" over teasers), Hakka
    # Pha̍k-fa-sṳ "related articles" (相關文章: a Hugo Terminal post's "<h3>Siông-kôan vùn-chông</h3>")
    r"ti saɣi ka a karim|siông-kôan vùn-chông|"
    # Hindi "you will like this too" ("आपको यह भी पसंद आएगा") and the Hindi-belt languages' spellings of it, any
    # pronoun before, the future of "come" after: Haryanvi's "थमनै यो भी पसंद आवैगा" (a Jekyll Hydeout post's <h3> over
    # a teaser list of a link and a cut snippet); not a quoted "मुझे यह भी पसंद आया।" (I liked this too)
    r"\S+ (?:यह|यो|ये|ई) भी पसंद (?:आएगा|आएगी|आएंगे|आयेगा|आयेगी|आवैगा|आवैगी|आवैंगे)|"
    # Kumaoni's "you will like this too" ("तुमन कैं यो लै भल लागल", its "लै" for भी and "भल लागल" for पसंद आएगा: a Hexo
    # Sakura post's <p> over a teaser list of a link and a cut snippet)
    r"\S+ कैं (?:यो|य) लै भल लागल|"
    # Persian "recommendation", "our / the editor's suggestion" (Ghost's "<h3>پیشنهاد</h3>" over teasers on a
    # Mazanderani site), "you may like" and Gilaki's "you may like" (Joomla's "<h3>شیمی ره شاید خوش بأیه</h3>")
    r"پیشنهاد(?: ما| سردبیر)?|شاید خوشتان بیاید|شیمی ره شاید خوش بأیه|"
    r"مطالب مرتبط|اخبار مرتبط|پربازدیدترین|بیشتر بخوانید)\s*[:：]?$",
    re.IGNORECASE,
)
# Words for "more" that open a "More: <category>" line only before a colon, as regex alternatives: in prose they
# open sentences ("Wäl moor wiete wol …", "Коьбирек билмеге истегенлер …", whoever wants to know more; "mier of
# verleden joar", more than last year; "Taa çok bilgi …", more information)
# a heading that is also an article's ordinary subhead, a teaser box's title only over teaser items (_teasers_follow):
# Chhattisgarhi and Hindi "suggestions" (a Hugo Clarity post's "<h4>सुझाव</h4>" over <p> pairs of a link and a cut
# snippet; a heat-wave story's "<h3>सुझाव</h3>" over advice paragraphs stays)
# Garhwali and Hindi "recommendation" (a WordPress Argon post's "<p>सिफारिश</p>" over pairs of a linked headline and a
# cut snippet; a letter's "सिफारिश" in prose stays)
_TEASER_HEADINGS_OVER_TEASERS = re.compile(r"^(?:सुझाव|सिफारिश)\s*[:：]?$")
_TEASERS_FOLLOW_LOOK = 4  # blocks after the heading looked at for its items


def _teasers_follow(blocks: list[Block], index: int) -> bool:
    """The heading at ``index`` is over teaser items: its next block is a linked headline, and one such is followed by
    its snippet cut short (no sentence's stop, or an ellipsis)."""
    after = blocks[index + 1:index + 1 + _TEASERS_FOLLOW_LOOK]
    if not after or after[0].link_ratio < 0.6:
        return False
    return any(link.link_ratio >= 0.6 and snippet.link_ratio < 0.6
               and (not _TERMINAL.search(snippet.text) or _CUT_OFF.search(snippet.text) is not None)
               for link, snippet in pairwise(after))


_MORE_BEFORE_A_COLON = (
    "meh",  # Pennsylvania German (a Posthaven post's "Meh:Wedder")
    "més",  # Arpitan ("Més : Transpôrts", French spacing)
    "plis",  # Guianan and Haitian Creole ("Plis:Météo")
    "wěcej",  # Lower Sorbian
    "moor",  # Saterland Frisian
    "коьбирек",  # Nogai
    "laen",  # Madurese
    "dingi",  # Kimbundu
    "pus",  # Jèrriais ("Pus d'chent …" is prose)
    "meêr",  # Zeelandic
    "taa çok",  # Gagauz (Nucleus's "Taa çok:Politika" after the text's last line break)
    "унджык",  # Komi-Permyak
    "mier",  # West Flemish ("Mier:Economie")
    "vali",  # Umbundu ("Vali: Ekonomia"; "ka va kuete vali", they no longer have, is prose)
    "adihay",  # Amis (a Svbtle post's "Adihay: Niyaro'"; "Adihay ko …", many are …, is prose)
    "adihay ho",  # Sakizaya (a Gridea post's "Adihay ho:<a>Niyaru'</a>"; "adihay ho ku urad" is prose)
    "vielie",  # Southern Sami ("Vielie: Kultuvre")
    "эче",  # Hill Mari ("Эче: Культура"; "Эче шукырак …" is prose)
    "mieh",  # Colognian ("Mieh: <a>Stadt</a>" closing a Hexo post; "Mieh wie 60 Pänz …" is prose)
    "inämb",  # Võro ("Inämb: <a>Liin</a>"; "Inämb ei piä …" is prose)
    "umosi",  # Laz ("Umosi: Ekonomi" closing an Obsidian Publish note)
    "ed pió",  # Emilian (a Quartz note's "Ed pió:<a>Crònaca</a>"; "ed pió …", of more, is prose)
    "κι άλλα",  # Pontic Greek, "and others" (a Scribbles post's "Κι άλλα:<a>Κοινωνία</a>")
    "daugiau",  # Samogitian and Lithuanian ("Daugiau:Naujienas"; "Daugiau nego pernā …" is prose)
    "piò",  # Romagnol ("Piò: Crònaca"; "piò o manc …" is prose)
    "plü",  # Ladin ("Plü:Atualité"; "Plü co trëcënt ogez …" is prose)
    "vey",  # Talysh ("Vey:Cəmiyyət"; "vey bəşə", many go, is prose)
    "ma multu",  # Aromanian ("Ma multu:Comunitate"; "ma multu di 300" is prose)
    "дукхаг[ӏi1]а",  # Ingush ("ДукхагӀа:Юкъаралла", its palochka typed as the letter, a Latin I or 1)
    "meer",  # Dutch and Gronings (Twenty Eleven's "Meer: <a>Stad</a>" closing a post; "Meer dan 300 …" is prose)
    "lebih",  # Sasak and Indonesian (an Eleventy post's "<strong>Lebih:</strong> <a>Ekonomi</a>"; "lebih dari" is prose)
    "jaiangngang",  # Makasar, "more" (a Typemill page's "Jaiangngang:Pamarentah"; "jaiangngang pa'jama" is prose)
    "mejer",  # Wymysorys (a Hugo Mainroad post's "Mejer: <a>Gmina</a>"; "Mejer wi 500 Lojt …" is prose)
    "majbut",  # Romani (a Hexo Icarus post's "Majbut: <a>Them</a>"; "Majbut sar 40 …", more than 40, is prose)
    "pahi",  # Dagbani, "add, more" (an AstroPaper post's "<strong>Pahi:</strong> <a>Pukparigu</a>"; "pahi" is prose)
    "kang-tô",  # Hakka Pha̍k-fa-sṳ, 更多 (a Hugo post's "Kang-tô：<a>Sâng-fa̍t</a>", full-width colon)
    "kɩtɛ ɖɔɖɔ",  # Kabiyè, "other kind" (a Ghost callout card's "Kɩtɛ ɖɔɖɔ: Kpaagbaa")
    "mɔ",  # Krio (a Ghost post's "Mɔ:Salone"; "Mɔ pas tri ɔndrɛd …", more than three hundred, is prose)
    "अउ",  # Chhattisgarhi, "and, more" (a Hugo post's "अउ:खेती-किसानी"; "अउ 31 जनवरी तक" is prose)
    "soma ebindi",  # Luhya, "read others" (a Jekyll Lanyon post's "Soma ebindi:Obulimi"; Swahili "soma", read)
    "आउर",  # Magahi, "and, more" (a Hexo Matery post's "आउर:खेती-बारी"; "आउर" is "and" in prose: "धान आउर गेहूँ")
    "अउरी",  # Bhojpuri (an Emlog post's "अउरी:बिहार"; "अउरी" is "and" in prose: "किसान अउरी मजदूर")
    "mear",  # Twents (a Hugo Coder post's "Mear: <a>Regio</a>"; "mear as 140 leu", more than 140 people, is prose)
    "ٻیاں خبراں",  # Saraiki, "other news" (a Zeen post's "ٻیاں خبراں: <a>زراعت</a>")
    "ہور",  # Shahmukhi Punjabi, "more" (a WordPress Zakra post's "ہور:زراعت"; "ہور" is "and, more" in prose)
    # Gusii, "other" (a Ghost Edge post's "Ende:Oborimi"), only glued to its word: German's "Ende: 18 Uhr" is a time
    r"ende(?=[:：][^\W\d])",
    "ویشتر",  # Mazanderani and Gilaki ("ویشتر:کشاورزی" closing a Ghost post; "ویشتر از چهل درصد …" is prose)
    "selengkapnya",  # Indonesian and Malay, "in full" (Hexo Redefine's "Selengkapnya: <a>Ekonomi</a>" closing a post
    # on a Nias site; "Selengkapnya dapat dibaca …" is prose)
    "tonton",  # Koyraboro Senni, "add, more" (a Hugo Doks post's "Tonton:Fari-goy"; "ka tonton" is prose)
    "dɔ wɛrɛ",  # Dyula, "another, others" (a Publii Mercury post's "Dɔ wɛrɛ: Sɛnɛ"; "dɔ wɛrɛ bɛ …" is prose)
    "njepe kpɛlɛ",  # Mende, "all the news" (a Ghost Taste post's "Njepe kpɛlɛ: Salone" closing its text)
    "lalo",  # Maranao, "more" (a Hugo Anatole post's "Lalo:Inged"; "sa lalo a manga programa" is prose)
    "होर",  # Dogri, "more, and" (a WordPress Ashe post's "होर:जम्मू"; "होर" is "and" in prose: "सड़कां होर पुल")
    "और खबर",  # Hindi and Haryanvi, "more news" (a Jekyll Hydeout post's "<p>और खबर: खेती</p>"; "और खबर है कि …" is prose)
    "moa",  # Belize Kriol, "more" (a Ghost Headline post's "<p>Moa: Bizniz</p>"; "moa dan tirty yaa" is prose)
    "tše dingwe",  # Northern Sotho, "others" (a Jekyll Pixyll post's "<p>Tše dingwe: <a>Thuto</a></p>"; "tše dingwe
    # di …", others are …, is prose)
    "dangi",  # Soninke, "more, other" (a Ghost Ease post's "Dangi:<a>Debu xibaare</a>"; "dangi" is prose too)
    "kɛrɛ",  # Temne, "more" (a Hugo Bear Cub post's "Kɛrɛ:<a>Ka-lumɔ</a>"; "ŋ-kɛrɛ", "aŋ-kɛrɛ" are prose)
    "हौर",  # Garhwali, "more, and" (a WordPress Argon post's "हौर:समाचार"; "हौर" is "and" in prose)
    "और",  # Hindi and Kumaoni, "more, and" (a Hexo Sakura post's "और:समाचार"; "और" is "and" in prose, never before a colon)
    "ahön",  # Sango, "more than" (a Ghost Liebling post's "<strong>Ahön:</strong> <a>Kodoro</a>"; "ahön 4 000" is prose)
    "ọ\u0300? vbe rre",  # Edo, "it is also there" (a DocFX article's closing "<p>Ọ̀ vbe rre: <a>Ugie</a></p>")
    "tjaliyav",  # Paiwan, "more" (a Gitea wiki page's closing "<p>Tjaliyav: <a>Kakudan</a></p>"; "tjaliyav a
    # kakeḍiyan …", many children, is prose)
)
# "More: <category>", a link to the rest of the story's section closing it (the seed's glued "More:News"); the words
# above only before a colon
_MORE_LINE = re.compile(r"^(?:(?:more|mehr|más|mais|altro|plus|ещё|еще|thêm|بیشتر|更多)\s*(?:[:：]|\bfrom\b|\bin\b)|"
                        rf"(?:{'|'.join(_MORE_BEFORE_A_COLON)})\s*[:：])\s*(?P<cat>[^.!?]{{1,40}})$", re.IGNORECASE)
# A notice, not prose about copyright: the sign, "Copyright 2025", "(c) 2025", ...
# copyright and reprint notices: alternations written in lower case, matched on
# lower-cased lines (text.LowerScan), both in one scan
_COPYRIGHT = (
    r"(?:©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\))?\s*(?:\d{4}|by\b)|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|"
    r"tous droits réservés|tous drouaits réservés|版权所有|著作権|무단 ?전재)"
)
# A line of hashtags and nothing else ("#news #world #brand"), in any language, a one-word label before them or
# not ("Teg: #Goroka #HausSik #Kensa", Tok Pisin: tags)
# (or two words: Kabiyè "Tɔm kɩtɛ: #tadaa #Lomɛ", news kinds, a Ghost post's last paragraph; "Post tags: #a #b")
# (a label's colon any script's, metadata.LABEL_COLONS: the Ethiopic wordspace after a label, "ታጋት፡ #ሓሰባ #ከረን",
# Tigre: tags)
_COLON = "[" + re.escape(LABEL_COLONS) + "]"
_HASHTAG_LINE = re.compile(r"^(?:[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?\s?" + _COLON + r"\s*)?(?:#[^\s#]+[\s,·|]*){2,}$")
# (Tagalog, Waray "mga tag", tags; Tok Pisin "teg", tag; Scots "mairkers", markers: "Mairkers: sea defences,
# Kirkcaldy, …"; Inuktitut "markers", "ᓇᓗᓇᐃᒃᑯᑕᐃᑦ: ᓂᕿ, ᐊᖑᓇᓱᒃᑏᑦ"; Italian and Ligurian "labels", FC2's tag line
# "Etichette: porto diga Zena"; Lithuanian "žymės" and Samogitian's "žīmės", marks: "Žīmės: Telšē · transpuorts ·
# savivaldībė", a Hugo Stack post's tag line inside its text; Romani and Albanian "label, tag", "Etiketa: sikljovipe ·
# studentura · Rumunija", a Hexo Icarus post's tag line; German's other "keyword(s)", "Stichwort: Langlauf · Davos ·
# Obersaxa", a Sculpin page's tag paragraph closing its text)
_TAGS = re.compile(r"^(?:tags?|mga tag|keywords|topics|schlagwörter|schlagworte|stichwort|stichwörter|stichworte|etiquetas|mots-clés|teg|mairkers|ᓇᓗᓇᐃᒃᑯᑕᐃᑦ|etichette|"
                   r"žymės|žīmės|etiketa|标签|"
    # Koyraboro Senni "tags, marks" ("Kaadey: Isa, hari beeri, Gao", a Hugo Doks post's tag line inside its text)
    r"kaadey|"
    # Belize Kriol "tags" ("<strong>Taigz:</strong> <a>lobsta</a>, …", a Ghost Headline post's tag line in its text)
    r"taigz|"
    # Dargwa "tags" ("Тегани: мез, школа", the plural of the loanword "тег": a TiddlyWiki tiddler's tag line closing
    # its text)
    r"тегани|"
    # Hindi and Bhojpuri "tag" (Emlog's "<p class="tag">टैग: बजट किसान</p>" after a post's text), "tags"
    r"टैग(?:्स)?|"
    # Persian "tags" with its zero-width non-joiner, a space or neither ("برچسب‌ها: شالی، هراز"), and the loanword, with
    # Persian's plural and Gilaki's "-أن" ("تگ‌أن: انزلی، تالاب", Joomla's Persian pack on a Gilaki site)
    r"(?:برچسب|تگ)(?:[\u200c ]?(?:ها|أن|ان))?|"
                   r"関連タグ|タグ)"
                   r"\s*[:：]",
                   re.IGNORECASE)
_SHARE_WORDS = re.compile(
    r"^(?:(?:share(?: this(?: article| story)?)?|share on|follow us|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|"
    r"reddit|pinterest|email|e-mail|print|copy link|teilen|compartir|partager|paylaş|مشاركة|分享|공유|"
    # Sundanese "share (to)" ("Bagikeun ka: Facebook | WhatsApp | X"), Indonesian "share"
    r"bagikeun(?: ka)?|bagikan|"
    # Jèrriais "share" ("Partagi: Facebook | X | WhatsApp | Couôrriel", e-mail)
    r"partagi|couôrriel|"
    # Louisiana and Haitian Creole "share", "e-mail" ("Pataj: Facebook · X · WhatsApp · Imèl", a typed line closing an
    # Eleventy Duo post)
    r"pataj|imèl|"
    # Waray "share", "copy the link" ("Ipaambit: Facebook | Messenger | Kopyaha an link")
    r"ipaambit|kopyaha an link|messenger|"
    # Viber (a Scribbles post's Pontic "Μοίρασον: Facebook | X | Viber", share; the messenger Greek and Balkan sites
    # offer beside WhatsApp)
    r"viber|"
    # Hakka Pha̍k-fa-sṳ "share" (分享: a Hugo post's "Fûn-hióng: Facebook | LINE | X")
    r"fûn-hióng|"
    # Samogitian "share", "copy the link" ("Pasėdalink: Facebook | X | Telegram | Nokopėjuok nuoruoda", Lithuanian
    # "pasidalink", "nukopijuok nuorodą")
    r"pasėdalink|pasidalink|nokopėjuok nuoruoda|nukopijuok nuorodą|"
    # Chinese networks' names ("ꄮꈌ：X · 微博 · 微信", a Yi site's share line: Weibo, WeChat, QQ Zone, WeChat Moments)
    r"微博|微信|qq空间|朋友圈|"
    # Hindi and Bhojpuri "share (do)" and the networks in Devanagari ("शेयर करीं: फेसबुक | ट्विटर | व्हाट्सएप", a
    # plain paragraph closing an Emlog post)
    r"शेयर(?: कर(?:ीं|ें|ीं))?|फेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|"
    r"(?:この)?(?:記事|ニュース)を(?:シェア|共有)(?:する|しよう)?|シェア(?:する)?|ポスト|はてブ|はてなブックマーク|line)[\s:：|·•,/]*)+$",
    re.IGNORECASE,
)
_REPRINT = (
    r"(?:this (?:article|story|content) (?:is|was|has been) (?:reprinted|republished|reproduced)|reprinted (?:from|with permission)|"
    r"republished (?:from|with permission)|the views expressed|disclaimer\s*[:：]|does not represent the (?:views|position)|"
    r"转载|免责声明|無断転載|免責事項|本文来源|版权归原作者|für den inhalt .{0,30}verantwortlich|originally published|"
    r"first published (?:on|at|in) |publicado originalmente|ursprünglich veröffentlicht|publié initialement|"
    r"הכתבה פורסמה לראשונה|δημοσιεύτηκε αρχικά|αποποίηση ευθύνης|zřeknutí se odpovědnosti|ข้อจำกัดความรับผิดชอบ|"
    r"nachdruck (?:nur mit (?:genehmigung|erlaubnis)|verboten|untersagt)|nachdruck numm?e mit (?:erloubnis|erlaubnis|bewilligung)|automatisch (?:von|aus) de[rmn] .{0,40}übernommen|"
    r"reproducción prohibida|prohibida su reproducción|izinsiz kullanılamaz|"
    # "Reproduction interdite sans autorisation.", "Riproduzione riservata", "Reprodução proibida"
    r"reproduction interdite|riproduzione riservata|reprodução proibida|proibida a reprodução|"
    # "all reproduction, even partial, is forbidden": French "Toute reproduction, même partielle, est interdite",
    # Arpitan and Occitan "Tota reproduccion, mémo partièla, est dèfendua" / "… quitament parciala, es interdicha"
    r"(?:toute|tota) reproduc(?:tion|cion)\b.{0,40}\b(?:interdite|dèfendua|defendua|interdicha|interdita)|"
    r"may not be (?:reproduced|republished|redistributed)|"
    # Russian "reprinting without a link is forbidden", "when reprinting, a link is required" (the notice closing
    # Russian-language and bilingual posts: "Перепечатка без ссылки запрещена."); Romanian "all rights reserved" and
    # Aromanian "all rights are the author's", "taking the text without permission is forbidden" ("Tuti ndreptsãli
    # suntu a autorlui. Pãrtãrsirea a textului fãrã izinu easti ascumtã.")
    r"перепечатка\b.{0,40}\bзапрещена|при перепечатке .{0,40}ссылка .{0,30}обязательна|toate drepturile rezervate|"
    r"tuti ndreptsãli suntu|fãrã izinu easti ascumtã|"
    # Hakka Pha̍k-fa-sṳ "this article's copyright is reserved", "not to be reprinted" (本文版權所有, 不得轉載: "Pún-vùn
    # pán-khiòn sú-yû, mò tshṳ̍t-khó put-tet tsón-tái."); Dagbani "… owns this news; let no one take it to write it
    # again" ("Dagbaŋ Labaari n-su labaari ŋɔ. So ku zaŋ li n-lahi sabi shɛli …", an AstroPaper post's <small>)
    r"pán-khiòn sú-yû|put-tet tsón-tái|n-su labaari ŋɔ|so ku zaŋ li n-lahi sabi|"
    # Temne "do not copy from the story" ("Ŋ-lɛtɛ ŋɛ ŋ yi ta Makɛni Lɛtɛ. Ŋ-gbɔ ŋ-kom ŋ-kɔ ŋ-thɔf ta ɔ-sɔ ɔ ŋ-lɛtɛ.",
    # the line closing a Hugo Bear Cub post) and Soninke "let no one take it without permission" ("Xibaare ke ya ni
    # Sooninkara Xibaare na yi. A nokondi ra na ni baawo o ma taaxu.", a Ghost callout card closing the text)
    r"ŋ-gbɔ ŋ-kom ŋ-kɔ ŋ-thɔf|a nokondi ra na ni baawo|"
    # Persian "reprinting … (only) with mention of the source" ("بازنشر مطالب با ذکر منبع آزاد است"), as Mazanderani and
    # Gilaki sites word it ("ای خبر بازنشر فقط منبع ذکر أمرا آزاده.", "هر جور بازنشر این خور بی ذکر منبع ممنوعه"), and
    # "all (the) rights … reserved / belong to …" ("کلیه حقوق … محفوظ است", Gilaki "همه حقوق گیلٚه خبر مال ایسه")
    # Seychellois Creole "all reproduction rights reserved", "do not copy without permission" ("Tou drwa reprodiksyon
    # rezerve. Pa kopye san lotorizasyon …", an italic line closing a Hexo post)
    # and Saint Lucian Kwéyòl's and Réunion Creole's spellings of them ("Tout dwa wézèvé; pa kopyé san pèmisyon.",
    # a WordPress Newsup post's credit paragraph; "Tout droi rézèrvé. Lartik-la i pé pa èt kopié san lotorizasyon.",
    # a Hugo post's italic line)
    r"tou(?:t)? (?:drwa|dwa|droi)\b.{0,20}\b(?:rezerve|wézèvé|rézèrvé)|pa kopy[eé] san (?:lotorizasyon|pèmisyon)|"
    r"pé pa èt kopié san lotorizasyon|"
    # Indonesian "copyright … protected / belongs to" ("Hak cipta dilindungi undang-undang"), as Makasar sites word it
    # ("Sikamma hak cipta napunnai pa'balli kabara'na.", all copyright is the news's buyer's: a Typemill page's
    # italic reprint notice)
    r"hak cipta\b.{0,30}\b(?:dilindungi|milik|napunnai)\b|"
    # Urdu "the institution need not agree with the writer's opinion" ("ادارے کا مصنف کی رائے سے متفق ہونا ضروری نہیں")
    # and Saraiki's wording of it ("ادارے دا مصنف دی رائے نال متفق ہووݨ ضروری کائنی۔"), Saraiki "copying this news
    # without permission is forbidden" ("اجازت بغیر ایں خبر کوں نقل کرݨ منع ہے۔", Urdu "بغیر اجازت … نقل کرنا منع ہے"),
    # and "reprinting / publishing without permission" (Shahmukhi Punjabi "بغیر اجازت دوبارہ چھاپنا منع اے۔", Urdu
    # "بغیر اجازت شائع کرنا منع ہے"): reprinting and publishing only with the ban after them, a notice's shape ("… کی
    # بغیر اجازت شائع کی گئی تصاویر …", pictures published without permission, is a court story's sentence)
    r"مصنف (?:کی|دی) رائے (?:سے|نال) متفق|"
    r"(?:اجازت بغیر|بغیر اجازت)\b.{0,40}\b(?:نقل\b|(?:چھاپ\w*|شائع)\s+(?:\S+\s+){0,2}(?:منع|ممنوع))|"
    # Hindi "printing / publishing without permission is forbidden" ("बिना अनुमति प्रकाशन वर्जित है") and Rajasthani's
    # wording of it ("(आ खबर दैनिक मरुवाणी सूं ली गी है। बिना इजाजत छापणो मना है।)", the credit closing a Joomla
    # Astroid post): a notice's ban word after it; "बिना अनुमति के …" alone is prose
    r"बिना (?:इजाजत|अनुमति)[^।.]{0,30}(?:छाप|प्रकाश)[^।.]{0,20}(?:मना|वर्जित|निषिद्ध)|"
    r"بازنشر\b.{0,30}\bمنبع|(?:کلیه|تمامی|همه) حقوق\b.{0,40}\b(?:محفوظ|مال|متعلق)\b|"
    # Sorani and Southern Kurdish "any copying (republishing) of this news without the source('s name) is forbidden"
    # ("هەر جۆرە کۆپی کردن لە ئی خەوەرە بێ ناو سەرچاوە قەدەغەیە.", the line closing a Vanilla forum's news post): the
    # ban after "without"; copying alone is prose
    r"(?:کۆپی ?کردن|بڵاو ?کردنەوە)[^.؟!]{0,60}(?:بێ|بەبێ) [^.؟!]{0,40}قەدەغە)"
)
_COPYRIGHT_OR_REPRINT = LowerScan(_COPYRIGHT + "|" + _REPRINT)
COPYRIGHT_NOTICE = LowerScan(_COPYRIGHT)  # (searched in lower-cased text)
# "Read also: <headline>", the cross-promotion line an aggregator puts inside the text, in many
# languages ("Lees ook: …", "Citește și: …", "यह भी पढ़ें: …"): the label, then a separator and at most a
# headline.  Only with the separator: "Lees ook de column van …" is a sentence.
_READ_ALSO = (
    r"(?:read|see) (?:also|more)|also read|also see|more on this|"
    r"basahin (?:din|rin|ang)|leggi anche|lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|"
    r"lee también|lea también|ver también|te puede interesar|leia também|leia mais|veja também|"
    r"à lire aussi|a lire aussi|lire aussi|à lire également|voir aussi|"
    r"lees ook|lees meer|zie ook|ook interessant|læs også|les også|läs också|läs även|lue myös|"
    r"lestu (?:líka|einnig|meira)|sjá (?:einnig|líka)|lhaih myrgeddin|"
    r"zobacz (?:także|też)|czytaj (?:także|też|więcej)|čtěte (?:také|též|více)|přečtěte si (?:také|též|více)|"
    r"čítajte (?:aj|tiež|viac)|prečítajte si (?:aj|tiež)|olvassa el|ezt is olvassa el|"
    r"citește și|citeste si|citiți și|citeşte şi|vezi și|vezi si|"
    r"pročitajte (?:i|još|također)|preberite (?:še|tudi)|прочетете (?:още|също)|вижте (?:още|също)|"
    r"прочитајте (?:још|и)|читајте (?:још|и)|читайте (?:также|еще|ещё|також)|"
    r"διαβάστε (?:επίσης|ακόμα|ακόμη)|taip pat skaitykite|lasiet arī|lasi arī|loe ka|lexo edhe|"
    r"ayrıca (?:okuyun|bakınız)|bunu da okuyun|xem thêm|đọc thêm|baca juga|soma pia|soma zaidi|"
    r"اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|بیشتر بخوانید|یہ بھی پڑھیں|קראו גם|"
    r"यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|और पढ़ें|और पढ़ो|हेही वाचा|यो पनि पढ्नुहोस्|আরও পড়ুন|আরো পড়ুন|"
    r"இதையும் (?:படிக்க|படியுங்கள்)|ఇది కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|ഇതും (?:വായിക്കുക|വായിക്കൂ)|આ પણ વાંચો|"
    r"ਇਹ ਵੀ ਪੜ੍ਹੋ|ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ|ଆହୁରି ପଢ଼?ନ୍ତୁ|อ่านเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง|"
    r"延伸阅读|相关阅读|相关新闻|あわせて読みたい|関連記事|관련 ?기사|함께 보면 좋은 기사"
)
# The same label with no separator, the headline after it a link: "À lire aussi <a>Tempête en
# Bretagne : …</a>" as a box inside the text ("Lees ook de column van …" is a sentence: no link).
_READ_ALSO_LEAD = re.compile(r"(?:" + _READ_ALSO + r")\s", re.IGNORECASE)
# The label of an ad slot, left alone on a line of the text when the ad itself is not (data, lower case, any
# language): "Advertisement", "Publicitat" (Catalan), "Anzeige", "Рэклама" (Belarusian), "പരസ്യം" (Malayalam).
# A whole line only, never a heading: "Reklama na Facebooku kosztuje …" is a sentence about advertising.  Only
# words that mean nothing but "advertisement": not "promoted" (a season round-up's subheading), "anuncio"/"oglas"/
# "annonce"/"fógra"/"tangazo" (announcement, notice), which a story's own section may be headed with.
AD_LABELS = frozenset("""
    advertisement advertisements advert sponsored anzeige werbung publicidad publicitat publicidade
    publicité pubblicità reklama reklam reklamë reklaam reklāma reklame reklamo advertentie advertensie
    annons annonse auglýsing mainos hirdetés inzerce inzercia publicitate reclamă publizitatea
    iragarkia hysbyseb реклама рэклама жарнама сурталчилгаа διαφήμιση գովազդ რეკლამა פרסומת إعلان
    اعلان تبلیغات آگهی اشتہار iklan विज्ञापन जाहिरात বিজ্ঞাপন ਇਸ਼ਤਿਹਾਰ જાહેરાત
    ବିଜ୍ଞାପନ விளம்பரம் ಜಾಹೀರಾತು പരസ്യം โฆษณา ໂຄສະນາ ကြော်ငြာ ការផ្សាយពាណិជ្ជកម្ម
    広告 광고 广告 廣告 nyambedzo
""".split()) | {"quảng cáo", "sponsored content", "paid content", "contenido patrocinado", "contingut patrocinat",
                 "contenu sponsorisé", "contenuto sponsorizzato", "conteúdo patrocinado", "gesponserter inhalt"}
# The label of a photo (or image) credit: "Фота: Ігар Лапко" (Belarusian), "Foto: EFE", "Llun: …" (Welsh),
# "ഫോട്ടോ: …" (Malayalam).  The line credits a picture the text has lost, whoever took it: not the story,
# nor its source (a "Source:"/"Крыніца:" credit is metadata's).  (data, lower case, any language)
# Public: the one list of photo words (metadata's dateline markers may import it).  "Credit"/"crédito" alone
# are no photo word ("Crédito: la cartera de préstamos …" is a paragraph about lending): only with one.  Persian
# "photographer" (عکاس) beside "photo" (عکس): "بنویشته: رقیه حسینی | عکاس: علی نوری" on a Mazanderani Ghost site.
PHOTO_LABELS = frozenset("""
    photo photos photograph image images picture pictures foto fotos fotó fotók fotografia fotografía fotografie
    fotograf fotoğraf fotoğraflar bild bilder bildquelle imagen imagem immagine zdjęcie zdjęcia fot ảnh фото фота
    світлина снимка слика slika kuva pilt attēls nuotrauka nuotr φωτογραφία φωτ llun grianghraf mynd billede
    bilde resim şəkil სურათი ფოტო լուսանկար צילום صورة عکس تصویر फोटो चित्र ছবি படம் ఫోటో ಫೋಟೋ ഫോട്ടോ
    ചിത്രം ફોટો ਫੋਟੋ ଫଟୋ ඡායාරූපය รูป ภาพ ຮູບ ဓာတ်ပုံ រូបថត 写真 사진 图片 图 照片 gambar larawan picha
    عکاس
""".split()) | {"photo credit", "photo credits", "image credit", "image credits", "crédit photo", "crédito foto",
                 "foto credit"}
# a photo label and its separator opening a line ("Foto: …", "Фота: …"); a slash only with spaces around it
# ("Photo / Reuters": "Images/video of the crash were shared …" is a sentence)
_PHOTO_SEPARATORS = (":", "：", " / ")
# A credit's value is a name or an agency, a few words ("Marc Martí / ACN", "John Smith for The Times"), no
# sentence: "Picture: a crowd of 40,000 in the square, police said." is a caption that tells the story.  A value of
# a few words is a credit whatever its case ("courtesy of the family", "из открытых источников": from open
# sources, "privat arkiv"); a longer one is a name's, at most one long word in lower case
_CREDIT_WORDS_MAX = 8
_CREDIT_WORDS_SHORT = 5
# ... after a slash glued to the photo word ("Foto/NTB"), names only: capitalised, at most this many words
# ("Images/footage of the flood were posted …" is a sentence)
_GLUED_CREDIT_WORDS_MAX = 4
_SENTENCE_END = "!?…。！？" + SCRIPT_STOPS
# A caption closing with its photo credit after the caption's own sentence ("Ju oolde Skoule in Roomelse. Foto:
# Gemeente Seelterlound", a Markdown post's "![…](…)<br>*caption*" on WriteFreely; "Das Rathaus am Markt. Foto: dpa"):
# the picture's caption, whatever it says (a line of 140 characters at most, _is_label_line)
# (or the credit in brackets: "Kawana buɣa Tamali daa puuni. (Foto: Dagbaŋ Labaari)", an AstroPaper post's italic
# paragraph under its Markdown image)
_CAPTION_CREDIT = re.compile(r"[.!?]\s+(?P<open>\()?(?P<label>[^\W\d_]{2,20}(?: [^\W\d_]{2,10})?)\s?[:：]\s*"
                             r"(?P<value>[^:：]+?)(?(open)\))$")


def _is_label_line(block: Block) -> bool:
    """An ad slot's label alone on the line, or a photo credit (AD_LABELS, PHOTO_LABELS): set look-ups,
    no scan of the line."""
    text = block.text
    if len(text) <= 40 and block.kind != "h" and text.strip(" -–—*·•|:.()[]").lower() in AD_LABELS:
        return True
    if len(text) > 140:
        return False
    for sep in _PHOTO_SEPARATORS:
        at = text.find(sep, 0, 32)
        if at > 0 and text[:at].strip(" *(").lower() in PHOTO_LABELS and _credit_value(text[at + len(sep):]):
            return True
    if (credit := _CAPTION_CREDIT.search(text)) and credit.group("label").lower() in PHOTO_LABELS \
            and _credit_value(credit.group("value")):
        return True
    at = text.find("/", 0, 32)
    if at > 0 and text[at - 1] != " " and text[:at].strip(" *(").lower() in PHOTO_LABELS:
        words = text[at + 1:].replace("/", " ").split()
        return 0 < len(words) <= _GLUED_CREDIT_WORDS_MAX and not any(w[:1].islower() for w in words) \
            and text[-1] not in _SENTENCE_END
    return False


def _credit_value(value: str) -> bool:
    """``value`` reads as a credit: a few words in any case ("Фото: из открытых источников", "Photo: courtesy of
    the family"), or a name or an agency of up to eight, at most one of them a long word in lower case; not a
    sentence (its end's punctuation, or the lower-case words of prose: "Foto: die Feuerwehr löschte den Brand
    nach zwei Stunden")."""
    value = value.strip()
    if not value or value[-1] in _SENTENCE_END:
        return False
    words = value.replace("/", " ").replace("|", " ").replace(",", " ").split()
    if len(words) <= _CREDIT_WORDS_SHORT:
        return True  # a few words: a credit in any case, a name closed by a full stop ("Photo: Jane Smith.")
    if len(words) > _CREDIT_WORDS_MAX or sum(1 for w in words if len(w) > 3 and w[:1].islower()) > 1:
        return False
    # a full stop after a word, not an initial or an abbreviation ("J. Scott Applewhite", "Reuters/Inc.")
    return value[-1] != "." or len(words[-1]) <= 4


# Lines that are never article text wherever they sit: "read also: <headline>", calls to subscribe,
# follow, download, comment counters, poll widgets, "continue reading" (ad labels and photo credits:
# _is_label_line, set look-ups).
_CHROME_LINE = re.compile(
    r"^(?:(?:" + _READ_ALSO + r")\s*[:：|»›]\s*.{0,200}|"
    r"(?:video|watch)\s*[:：/]\s*\S.{0,120}|"
    r"related\s*[:：]\s*.{0,150}\S$(?<![.!?])|[（(]?責任編集\s*[:：].{0,60}|"
    r"source link|original (?:article|source)|แหล่งที่มา\s*[:：]?\s*ลิงก์ต้นฉบับ|ลิงก์ต้นฉบับ|קישור למקור|"
    r"continue reading.{0,40}|read the full (?:story|article).{0,40}|click here to .{0,80}|weiterlesen.{0,20}|"
    r"haberin devamı.{0,60}|"
    r"(?:subscribe|sign up) (?:to|for) (?:our|the) (?:newsletter|daily|weekly).{0,200}|"
    # French "subscribe to (our) newsletter", whatever the preposition (a Senegalese Docsify blog's tip box "Abonnez-vous
    # fa lettre o Siin Info: …", Serer's "fa" for "à")
    r"abonnez-vous \S+ (?:(?:la|notre|nos) )?(?:lettre|newsletter)\b.{0,200}|"
    r"(?:follow us|find us|like us|join us) on .{0,120}|(?:download|get) (?:our|the) app.{0,120}|"
    r"bizi takip edin.{0,120}|uygulamamızı indirin.{0,120}|folgen sie uns.{0,120}|síguenos en.{0,120}|"
    r"(?:comments?|yorumlar|kommentare|comentarios|commenti|komentarze|bình luận|تعليقات|댓글|评论)\s*\(\d+\)|"
    r"(?:\d+\s+)?comments?|leave a (?:comment|reply)|"
    # a counter standing alone with its K/M/B ("1.2K" claps, likes) or a read counter; a
    # bare number is not junk (a data table's cells: scores, points, votes)
    r"\d[\d.,]*\s?[kmb]|(?:bu haber )?(?:toplam )?[\d.,]+ kez okundu|(?:read|viewed) [\d.,]+ times|"
    # (after another count of a forum's posts or replies: a topic's "4 пости 1284 переглядів", "12 replies 340
    # views"; not "1 million 500 views")
    r"(?:[\d.,]+ (?:posts?|replies|reply|answers?|comments?|topics?|beiträge|antworten|respuestas|mensajes|"
    r"réponses|messages|respostas|mensagens|yanıt|cevap|mesaj|пости|постів|поста|постов|відповід[ьіей]+|"
    r"ответ(?:а|ов)?|сообщени[йея]|повідомлен[ья]) )?"
    r"[\d.,]+ (?:views|reads|lecturas|aufrufe|visualizações|lectures|okunma|переглядів|переглядов|просмотров)|"
    r"(?:poll|umfrage|encuesta|sondage|sondaggio|ankieta|anket|опрос|استطلاع رأي|استطلاع)\s*[:：].{0,300}|"
    r"(?:(?:yes|no|ja|nein|sí|oui|non|sì|tak|nie|evet|hayır|да|нет|نعم|لا)\b.{0,40})?[\d,.]+\s*(?:votes?|stimmen|votos|voix|voti|głosów|oy|голосов|صوت|أصوات)(?: so far)?\.?|"
    r"(?:نعم|yes|ja|sí|oui)\s+[\d٠-٩]+\s*[%٪].{0,40}|(?:previous|next) (?:article|post|story)\s*[:：]?.{0,200})$",
    re.IGNORECASE,
)
# A reporter's sign-off with an e-mail address ("김민수 기자 minsu@news.kr").
_EMAIL_LINE = re.compile(r"^.{0,60}\b[\w.+-]+@[\w-]+\.[\w.-]+\b.{0,30}$")
_NO_FULL_STOP = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# A sentence's end in any script: Urdu's "۔" and "؟", Devanagari's "।", Ethiopic "።", Armenian "։",
# Tibetan "།", and the closing quotes a story ends on ("… حوصلہ افزا ہے۔‘"): a paragraph ending so is
# finished, not a teaser cut to length (four Urdu paragraphs of 142–195 characters read as teasers)
_TERMINAL = re.compile(r"[.!?。！？．｡\"'”’‘)）»›」』" + SCRIPT_STOPS + "]$")


@dataclass
class FooterResult:
    blocks: list[Block]
    removed: list[str]
    category: str | None = None  # from a "More:Category" line


def _is_junk_line(block: Block) -> bool:
    text = block.text
    if len(text) > 320:
        return False  # a paragraph of prose
    if len(text) <= 300 and _COPYRIGHT_OR_REPRINT.search(text.lower()):
        return True
    if block.link_ratio >= 0.5 and (_READ_ALSO_LEAD.match(text) or _linked_after_label(text, block.link_ratio, block.link)):
        return True
    if block.link is not None and _share_button(block):
        return True
    if block.link_ratio >= 0.3 and (_labelled_share_bar(text) or _share_links_after_label(block)):
        return True
    return bool(_is_label_line(block) or _CHROME_LINE.match(text) or _EMAIL_LINE.match(text) or _TAGS.match(text) or _SHARE_WORDS.match(text)
                or ("#" in text and _HASHTAG_LINE.match(text)))  # (its label's letters tried first: ~0.8 µs a line)


# Where a share button leads: a sharing endpoint, not a page to read (Substack's "?…&action=share" on the post's own
# address, WordPress's "?share=twitter", facebook.com/sharer.php, x.com/intent/post, bsky.app/intent/compose,
# t.me/share/url, wa.me/?text=, a mail with no addressee "mailto:?subject=…"); not a post's own address under
# "/share/" (Facebook's "copy link": facebook.com/share/p/…, /share/v/…, a page to read)
# (its query forms alone: the spider follows no link asking to share the page, newsbot.spiders.aggregator; a parameter,
# not a path inside another one's value, "?next=/news/share/")
SHARE_QUERY = re.compile(r"[?&](?:action=share|share=|utm_content=share)", re.IGNORECASE)
_SHARE_TARGET = SHARE_TARGET = re.compile(
    SHARE_QUERY.pattern + r"|/sharer|/intent/(?:tweet|post|compose)|"
    r"/share(?:/url|article)?/?(?:[?#]|$)|"
    r"wa\.me/\?|whatsapp://send|^mailto:\?",
    re.IGNORECASE,
)
_SHARE_BUTTON_MAX = 100
# Where a print button leads: the page's print view (WP-Print's "<p class=wp-print><a href=/2026/03/14/slug/print/
# rel=nofollow>Eimprimir esta antrada</a>", Mirandese: print this entry; Drupal's and Nucleus's "/print/123",
# "?print=1", "print.php?id=…")
_PRINT_TARGET = re.compile(r"(?:^|/)print(?:/\d+)?/?(?:[?#]|$)|[?&](?:print|printable|printer_friendly)=|/print\.php\b",
                           re.IGNORECASE)


def _share_button(block: Block) -> bool:
    """A short line that is one link and nothing else, to a sharing endpoint or the page's print view: a share or
    print button inside the text, whatever its words ("<p class=button-wrapper><a href=…?action=share>ਸਾਂਝਾ ਕਰੋ ਪੰਜ
    ਦਰਿਆ ਖ਼ਬਰਨਾਮਾ</a></p>": Punjabi, share <the newsletter>)."""
    return (block.link_ratio >= 0.9 and len(block.text) <= _SHARE_BUTTON_MAX and block.link is not None
            and (_SHARE_TARGET.search(block.link) is not None or _PRINT_TARGET.search(block.link) is not None))


# A short label and a colon opening a line ("Оқи отырыңыз: …", "මෙයත් කියවන්න: …"; vowel signs too)
_LABEL_COLON = re.compile(r"(?:" + LETTER + r"|[ '’])" + r"{2,30}?[:：]\s*")


# the names of three networks or more between a share bar's separators, a middle dot, a bullet or a bar ("Facebook ·
# WhatsApp · Telegram"), as a typed share bar writes them; not a list's commas ("Apps: Facebook, WhatsApp, Telegram")
_TYPED_NAMES = re.compile(r"^[^·•|]+(?:\s[·•|]\s[^·•|]+){2,}$")


# the networks' own names, which no language translates (Latin script as the networks write them; VKontakte and
# Odnoklassniki are the Russian-speaking world's, offered first on Karelian, Komi and Sámi sites)
_NETWORK_NAMES = frozenset("facebook x twitter whatsapp telegram linkedin reddit pinterest viber messenger line "
                           "vkontakte vk odnoklassniki ok threads bluesky mastodon tumblr".split())
_TYPED_SEPARATOR = re.compile(r"\s[·•|]\s")


def _typed_network_names(rest: str) -> bool:
    """Three names or more between a share bar's separators, all but one of them networks' own names: the
    share bar of any language, its one other button in the site's words ("Jaa: VKontakte · Telegram · WhatsApp ·
    Kopiiruiče linkku", Karelian: share, copy the link; "Jueʹhǩ: Facebook | X | WhatsApp | Teleǥram", Skolt Sámi,
    the last name in its spelling)."""
    items = [item.strip().casefold() for item in _TYPED_SEPARATOR.split(rest)]
    known = sum(item in _NETWORK_NAMES for item in items)
    return len(items) >= 3 and known >= 2 and known >= len(items) - 1 and all(len(i.split()) <= 3 for i in items)


def _labelled_share_bar(text: str, typed: bool = False) -> bool:
    """A label of a few words in any language, a colon, then the linked names of two networks or more and nothing
    else: a share bar written as a paragraph ("Parta quest artitgel: Facebook · WhatsApp · E-mail", Romansh: share
    this article); not "Platforms: Facebook and WhatsApp", whose "and" is no network's name.  ``typed``: the names
    unlinked, three at least between a share bar's separators (_TYPED_NAMES)."""
    label = _LABEL_COLON.match(text)
    if label is None or len(label.group(0).split()) > 4:
        return False
    rest = text[label.end():]
    if typed and _TYPED_NAMES.match(rest) is None:
        return False
    if typed and _typed_network_names(rest):
        return True
    return len(rest.split()) >= 2 and _SHARE_WORDS.match(rest) is not None


def _share_links_after_label(block: Block) -> bool:
    """A short line of a label and its colon, then links that all lead to sharing endpoints (the extractor gives
    such a line the first one as its link): "Cur eh da dty charrey: <a href=…/sharer.php…>Facebook</a> · <a
    href=https://x.com/intent/post…>X</a> · …" (Manx: share it with your friend), whatever the label's words and the
    networks' names."""
    if block.link is None or len(block.text) > _SHARE_BUTTON_MAX or _SHARE_TARGET.search(block.link) is None:
        return False
    label = _LABEL_COLON.match(block.text)
    return label is not None and len(label.group(0).split()) <= 6


def _linked_after_label(text: str, link_ratio: float, link: str | None = None) -> bool:
    """A line that is a label of a few words, a colon, and a link to a headline, nothing else:
    "<b>Оқи отырыңыз:</b> <a>Ертіс арқылы салынған жаңа көпір …</a>" (Kazakh: read also), "මෙයත්
    කියවන්න: <a>…</a>" (Sinhala: read this too).  The cross-promotion line in any language, its label
    unknown: what the label is followed by (only a link, and that a headline of three words or more, not
    a name: "Source: <a>Reuters</a>") says so, and where the link leads when that is known: to a story
    of the site itself ("/qogam/18452-ertis-arqyly-….html", "/2026/03/colombo-kandy-train.html"), not to
    another site ("Full report: <a href=https://www.who.int/…>World Health Statistics 2024</a>") nor to a
    page of the site that is no story ("Friday: <a href=/events/opening>Opening Concert at City Hall</a>")."""
    if len(text) > 200 or (link is not None and not _story_path(link)):
        return False
    label = _LABEL_COLON.match(text)
    if label is None or len(label.group(0).split()) > 4:
        return False
    rest = text[label.end():]
    # the link covers what follows the label (a link_ratio of the whole line; a space's slack)
    if link_ratio * len(text) < len(rest) - 2:
        return False
    # ... a headline's opening, not a sentence's words in lower case ("He said: <a>the deal is done</a>"); the
    # headline may carry the aggregator's keyword before it, as its titles do ("Les eisini: <a>spilavíti - Nýggj
    # brúgv …</a>": Faroese read also under a label of no list, kw - headline)
    if rest[:1].islower() and not any(p.rest[:1].isupper() for p in title_prefix_candidates(rest)):
        return False
    return (len(rest) >= 15 and len(rest.split()) >= 3) or (len(rest) >= 8 and _NO_SPACES.search(rest) is not None)


def _story_path(link: str) -> bool:
    """A path of the page's own site that names a story: a number in it (an id, a date) or a slug of
    three words or more ("/2026/03/colombo-kandy-train.html"); not "/events/opening", not "https://…"
    (:class:`Block` keeps the whole URL of a link to another site)."""
    if link[:1] != "/" or link[:2] == "//":
        return False
    if any(ch.isdigit() for ch in link):
        return True
    last = link.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
    return last.count("-") + last.count("_") >= 2


# scripts written without spaces between words (and Chinese, Japanese): a headline there is one "word"
_NO_SPACES = re.compile("[" + NO_SPACE_SCRIPTS + "]")
_LABEL_LEAD = re.compile(r"^" + LETTER + r"{3,20}\s*[:：]\s")  # (vowel signs too: "सूचना: …")


def is_site_notice(text: str, site_name: str | None, italic: bool = False) -> bool:
    """A labelled notice that names the site itself (``Upozornění: … redakce TablePress
    neodpovídá …``): the aggregator speaking about its copy, not the story.  Any
    language: the evidence is the page's own name (og:site_name, the ``<title>``
    suffix), not the wording.  ``italic``: the line is set wholly in italics, a notice's type, which needs no
    label then (Genesis's "<p class="aviso"><em>Ma' a ch'a'ik le péektsila' wa mina'an u páajtalil ti' La Jornada
    Maya yéetel Péektsil Maaya.</em></p>", Yucatec Maya: do not take this news without permission of …; Ga "<em>Hegbɛ
    fɛɛ yɛ Nkran Sanegbai dɛŋ. …</em>", all rights are Nkran Sanegbai's), two sentences at most."""
    # (a name of three capitals is an outlet's initials, "URN", "AIM": named so, a word's letters it is not)
    if not site_name or len(site_name) < (3 if site_name.isupper() else 4) or len(text) > 300:
        return False
    if not _LABEL_LEAD.match(text) and not (italic and len(text) <= 200
                                            and len(re.findall(r"[.!?](?:\s|$)", text)) <= 2):
        return False
    # (in a script without spaces the name is glued to the words before it: "ข่าวนี้มาแต่สำนักข่าวไทย ห้าม…", Northern
    # Thai: this news comes from Thai News Agency; not to a word after it, a longer name it opens: "ဧရာဝတီတိုင်း",
    # the Ayeyarwady Region, beside the site "ဧရာဝတီ")
    unspaced = _NO_SPACES.match(site_name[0]) is not None and _NO_SPACES.match(site_name[-1]) is not None
    at = text.find(site_name)
    while at >= 0:
        end = at + len(site_name)
        if (unspaced or not is_word_char(text[at - 1:at])) and not is_word_char(text[end:end + 1]):
            return True
        at = text.find(site_name, end)
    return False


# A "More: <category>" line whatever its word: a label of one to three words, a colon and one link whose text is the
# whole rest of the line and names a section of the site (its menu's, lower-cased ``sections``) or leads to a
# category or tag archive ("Ekomɛi:<a href=/categories/man-sane/>Maŋ Sane</a>", Ga: others, a Hugo LoveIt post;
# Acholi "Mukene:", Lozi "Ze ñwi:", Batak Toba "<p>Lobi: <a>Huta</a></p>" in a Zola Duckquill <article>).  A label
# before a link elsewhere ("Read the report: <a href=https://…>…</a>") or a mail address is no such line
# (its words may each close on an apostrophe, a glottal stop: Kaqchikel "Ch'aqa' chik:"; the section's name may hold
# a colon inside a word, Mohawk's long vowel: "Sénha: <a href=/category/tsi-kanatake/>Tsi Kanatà:ke</a>")
# (a word's marks its own, metadata.LABEL_WORD_PLAIN: an abugida's vowel signs and virama, Kodava "<b>ಇಂಞು ಇದ್ಲ್:</b>
# <a>ಆರೋಗ್ಯ</a>", more in)
_ANY_MORE_LABEL = re.compile(r"^(?P<label>" + LABEL_WORD_PLAIN + r"(?:['’]?[ '’]" + LABEL_WORD_PLAIN + r"){0,4}['’]?)"
                             r"\s*" + _COLON + r"\s*"
                             r"(?P<cat>(?:[^" + re.escape(LABEL_COLONS) + r".!?]|(?<=[^\W\d_]):(?=[^\W\d_])){1,40})$")
_ARCHIVE_SEGMENTS = frozenset(("category", "categories", "kategori", "kategorie", "kategoria", "categoria", "categorie",
                               "rubrique"))


# a link into a tag's archive: "/tags/<tag>/", "/tag/<tag>" (Hugo, WordPress, Ghost), the host's or not: its path's
# last two segments
_TAG_ARCHIVE = re.compile(r"/tags?/[^/?#]+/?$", re.IGNORECASE)


def tag_archive(href: str) -> bool:
    """``href`` (a path or a whole URL) leads into a tag's archive: "/tags/<tag>/", "https://ex.com/tag/<tag>"."""
    return _TAG_ARCHIVE.search(href) is not None


# an archive's page named flat: its kind's word, a dash or an underscore and its number (Z-BlogPHP's rewritten
# "/category-1.html", "/author-2.html", "/tags-4.html"); not a story's slug opening with the word ("kategori-penerima-…")
_FLAT_ARCHIVE = re.compile(r"([a-z]+)[-_]\d+(?:\.html?)?")


# ... or a wiki's category page, the word run into the category's name, one word (MoinMoin's "/CategorySwasthya"; not
# a page named by a phrase, "CategoryFiveStormHitsCoast")
_CAMEL_ARCHIVE = re.compile(r"([A-Z][a-z]+)[A-Z][^\W\d_A-Z]*")


def flat_archive(segment: str) -> str | None:
    """The kind's word of an archive page named flat (_FLAT_ARCHIVE), lower-cased: "category" for "category-1.html";
    or a category's word run into its name ("CategorySwasthya")."""
    if match := _FLAT_ARCHIVE.fullmatch(segment.lower()):
        return match.group(1)
    camel = _CAMEL_ARCHIVE.fullmatch(segment)
    return camel.group(1).lower() if camel and camel.group(1).lower() in _ARCHIVE_SEGMENTS else None


def category_archive(path: str) -> bool:
    """``path`` leads into a category's archive: a folder of the word ("/category/sport/"), or a page named flat by it
    and its number (flat_archive: Z-BlogPHP's "/category-1.html")."""
    segments = path.split("?", 1)[0].split("/")
    return any(seg.lower() in _ARCHIVE_SEGMENTS for seg in segments[:-1]) or flat_archive(segments[-1]) in _ARCHIVE_SEGMENTS


def tag_row(block: Block) -> bool:
    """A short line that is links into tags' archives and nothing else but their separators (Hugo Book's "<div><a
    href=/tags/saamkiol/>sääʹmǩiõll</a></div>" under the headline; the extractor gives a row of them its first link)."""
    return (block.kind != "h" and block.link_ratio >= 0.8 and block.link is not None and len(block.text) <= 100
            and tag_archive(block.link))


def _closing_line(blocks: list[Block], index: int) -> bool:
    """No paragraph of prose after ``index`` until the next heading (the box a page's teasers sit in): a line closing
    the text, not one of a list inside it ("<li>Best Actor: <a href=/tag/cillian-murphy/>Cillian Murphy</a></li>"
    among the winners, the story's closing paragraph after them)."""
    for block in blocks[index + 1:]:
        if block.kind == "h":
            return True
        if len(block.text) >= PROSE_PARAGRAPH_CHARS:
            return False
    return True


def _opening_line(blocks: list[Block], index: int) -> bool:
    """The block at ``index`` opens the text, headings alone above it and a paragraph of prose under it: the line a
    section's label stands on over the dateline ("<p><em>БутӀа: Экономика</em></p>" over "МахӀачкъала (ТАСС) — …",
    Lak: section, an mdBook digest's chapter), not one of a list inside the text."""
    return all(b.kind == "h" for b in blocks[:index]) and index + 1 < len(blocks) \
        and blocks[index + 1].kind != "h" and len(blocks[index + 1].text) >= PROSE_PARAGRAPH_CHARS


# the most words of a "More" line's label before a section's name the page's menu lists (_any_more_line)
_MORE_LABEL_WORDS = 3


def _any_more_line(block: Block, sections: frozenset[str]) -> str | None:
    """The category a closing "Word: <a>Section</a>" line names (or one opening the text: _opening_line), its word
    any language's (_ANY_MORE_LABEL), or None.
    Unlinked, the value is exactly a section's name of the site's menu: the line pasted as a plain paragraph
    ("<p>Loga atu:Tala Fou</p>", Niuean: more, a WordPress MoreNews post; Kaqchikel "Ch'aqa' chik:Tinamit" in a
    Jekyll Now post, Palauan "Betok el chais:Ureor" in a Hugo Blox one); "Venue: Wembley" names no section."""
    match = _ANY_MORE_LABEL.match(block.text) if block.kind != "h" else None
    if match is None:
        return _bare_more_line(block)
    cat = match.group("cat").strip()
    # (a label of four or five words only before a category archive's link: Angika "ई कोना रऽ आरो खबर: <a
    # href="/CategorySwasthya">स्वास्थ्य</a>", more news of this corner, a MoinMoin page's)
    # (unlinked, a label of plain words: "Follow-up: Health", "Pro-government: Politics" close a story's list)
    long_label = len(match.group("label").split()) > _MORE_LABEL_WORDS
    if block.link_ratio == 0:
        return cat if cat.casefold() in sections and not long_label and "-" not in match.group("label") else None
    # the link covers the value, no more and no less (a space's slack)
    if abs(block.link_ratio * len(block.text) - len(cat)) > 2:
        return None
    archive = block.link is not None and block.link[:1] == "/" and category_archive(block.link)
    return cat if archive or (cat.casefold() in sections and not long_label) else None


# a "More" line and the share bar typed after it on one line, parted by a bar ("<p class="more">Aru pa du Sports: <a
# href=/roller/ivatan/category/Sports>Sports</a> | Share: Facebook · Messenger</p>", Ivatan: more of, an Apache Roller
# post): the More line's words before the first bar, a labelled share bar after it
_PARTS_BAR = " | "


def _more_then_share(block: Block, sections: frozenset[str]) -> str | None:
    """The category a "Label: <a>Section</a> | Share: Facebook · …" line names, or None: before the bar a label of a
    few words (_LABEL_COLON's, its last word may be the section's own: "Aru pa du Sports:") and a section of the site's
    menu (lower-cased ``sections``), after it a labelled share bar (_labelled_share_bar)."""
    more, bar, rest = block.text.partition(_PARTS_BAR)
    if not bar or block.kind == "h" or not _labelled_share_bar(rest):
        return None
    label = _LABEL_COLON.match(more)
    cat = more[label.end():].strip() if label is not None else ""
    return cat if cat and (cat.casefold() in sections or cat.lower() in sections) else None


# "Word word <a href=/category/x>Section</a>" with no colon: one to three short words before the link ("Moo fu
# <a href="/category/politiki">Politiki</a>", Ndyuka: more of, a DatoCMS post's closing paragraph)
_BARE_MORE_LABEL = re.compile(r"^(?:[^\W\d_]{1,6} ){1,3}(?P<cat>[^\W\d_][^:：.!?]{0,39})$")


def _bare_more_line(block: Block) -> str | None:
    """The category a "More of <a>Section</a>" line names without a colon (_BARE_MORE_LABEL): its one link covers the
    value and leads into a category's archive (no section's name alone: "Thanks to <a>Sport</a>" may be a club's)."""
    match = _BARE_MORE_LABEL.match(block.text) if block.kind != "h" and block.link else None
    if match is None or not block.link or block.link[:1] != "/":
        return None
    cat = match.group("cat").strip()
    if abs(block.link_ratio * len(block.text) - len(cat)) > 2:
        return None
    return cat if category_archive(block.link) else None


def _labelled_tag_link(block: Block) -> bool:
    """A "Word: <a href=/tag/x/>Tag</a>" line, its one link into a tag's archive covering the value (FlatPress's
    Tag plugin closing a post with one tag: "<div class="tag-list"><p>Теги: <a rel=tag>Хучни</a></p></div>",
    Tabasaran and Russian: tags): the post's tag, no text."""
    match = _ANY_MORE_LABEL.match(block.text) if block.kind != "h" else None
    return match is not None and len(match.group("label").split()) <= _MORE_LABEL_WORDS \
        and block.link is not None and tag_archive(block.link) \
        and abs(block.link_ratio * len(block.text) - len(match.group("cat").strip())) <= 2


# A teaser list under a heading of any words: two list items or more each opening with a link to a story of the site
# and going on to a snippet cut short ("<h3>Wacwako ni ikwan</h3><ul><li><a href=/2026/03/08/malaria-i-kitgum/>…</a>
# <br>Ludakatal … bino ki two</li>", Acholi: we recommend you read, a Hexo NexT post; Gilbertese "Kaungaaki" on Hugo
# Tranquilpeak, Batak Toba "Na Boi Dijaha Muse" on Zola Duckquill), or pairs of a linked headline of the site's and
# its cut snippet (Ga "<h3>Ŋaawoo</h3>", recommended, a Hugo LoveIt post).  A heading over a list of links of the
# text's own ("Sources", "<li><a>Report</a> by the ministry.</li>") has no such items
_TEASER_ITEMS_MIN = 2


def _slug_path(link: str) -> bool:
    """A path of the page's own site whose last segment is a slug or an id ("/post/katamneia-betio/"), no section's
    one word ("/about/")."""
    if link[:1] != "/" or link[:2] == "//":
        return False
    last = link.rstrip("/").rsplit("/", 1)[-1]
    return any(ch.isdigit() or ch in "-_" for ch in last)


def _item_lead(block: Block) -> str | None:
    """The link a teaser item opens with: its lead, or the one link of a list item mostly linked whose snippet after
    it is cut off ("<li><a href=/news/39>Headline of some length</a> – Snippet cut sho…</li>", a Redmine wiki's
    textile list under "Ẹmro ri ma ta kẹ wẹ", Urhobo: news we recommend to you: a long headline over a short snippet;
    the extractor keeps no lead for a line that much linked)."""
    if block.lead is not None:
        return block.lead
    if block.kind == "li" and block.link is not None and 0.6 <= block.link_ratio < 0.9 \
            and _CUT_OFF.search(block.text) is not None:
        return block.link
    return None


def _teaser_item(block: Block, own: bool = True) -> bool:
    """A list item opening with a link and going on to a snippet cut short; ``own``: the link a story of the site's
    (_slug_path)."""
    if block.lead is None:
        return (lead := _item_lead(block)) is not None and (not own or _slug_path(lead))
    return ((not own or _slug_path(block.lead)) and 0.1 <= block.link_ratio < 0.6
            and (not _TERMINAL.search(block.text) or _CUT_OFF.search(block.text) is not None))


def _prose_after(blocks: list[Block]) -> bool:
    """Paragraphs of prose among ``blocks``, two at least: the story going on under the list ("<h2>Key dates</h2>"
    over linked dates, then "<h2>What the report found</h2>" and its paragraphs), which teasers closing a page never
    have; one is the site's closing notice ("Barita on dipatorang sian Harian SIB. Ndang jadi dikopi …", reprinted
    from …, no copying, under a Zola Duckquill post's teasers).  A copyright notice is none, whatever its length
    ("© Karjalan Uudizet. Kai oigeuksien suojattu. …" under a GitBook page's teasers, a newsletter's box after it)."""
    return sum(b.kind == "p" and len(b.text) >= PROSE_PARAGRAPH_CHARS and not b.text.lstrip().startswith("©") for b in blocks) >= 2


def _teaser_list_follows(blocks: list[Block], index: int) -> bool:
    after = blocks[index + 1:]
    items = own = 0
    for block in after:
        # (an item among them may link off the site, a partner's or a mirror's story: Invision Community's
        # "<h3>Esikuncomako</h3>" box, South Ndebele: what we recommend, its second item on another host)
        if not _teaser_item(block, own=False):
            break
        items += 1
        own += _slug_path(_item_lead(block))  # (the item's test passed: it opens with a link)
    if own >= _TEASER_ITEMS_MIN:
        return not _prose_after(after[items:])
    if own == 1 and items == 1 and _CUT_OFF.search(after[0].text) is not None \
            and not any(b.kind == "p" and len(b.text) >= PROSE_PARAGRAPH_CHARS for b in after[1:]):
        # ... or one teaser closing the text, a story of the site's and its snippet cut with an ellipsis (Cotonti's
        # "<h3>Nhau dzinoenderana</h3><ul><li><a href="/nhau/utano/…">Headline</a> — Vana vanodarika 2 000
        # muCipinge vakapiwa mushonga…</li></ul>", Ndau: related news): a box of one related story, short lines at
        # most under it; a list the text goes on under, or whose item ends on a sentence's stop, is the story's
        return True
    pairs = 0
    for at in range(0, len(after) - 1, 2):
        link, snippet = after[at], after[at + 1]
        if not (link.link_ratio >= 0.6 and link.link is not None and _slug_path(link.link)
                and snippet.link_ratio < 0.1 and (not _TERMINAL.search(snippet.text) or _CUT_OFF.search(snippet.text))):
            break
        pairs += 1
    return pairs >= _TEASER_ITEMS_MIN and not _prose_after(after[2 * pairs:])


def strip_footers(blocks: list[Block], markers: tuple[str, ...] = (),
                  sections: frozenset[str] = frozenset()) -> FooterResult:
    """Remove aggregator blocks; ``markers`` (from the site profile) start a footer.

    A teaser heading ends the article: it and everything after go.  Elsewhere
    only lines that are junk whatever their position are dropped, so a
    paragraph that merely uses the word "recommend" stays.
    """
    removed: list[str] = []
    kept: list[Block] = []
    category = None
    lowered = tuple(m.lower() for m in markers)
    box = _leading_link_box(blocks)
    if box is not None:
        removed.extend(b.text for b in blocks[box[0]:box[1]])
        blocks = blocks[:box[0]] + blocks[box[1]:]
    # where a box of teasers opens: a line closing the text closes what is left above it
    end = next((index for index in range(1, len(blocks)) if _opens_footer(blocks, index, lowered)), len(blocks))
    head = blocks[:end]
    boxed = _inline_teaser_boxes(head)
    long_before = False  # a paragraph of prose (PROSE_PARAGRAPH_CHARS or more) above this block
    for index, block in enumerate(blocks):
        # (in letters: a syllabary's character writes a syllable, text.letter_length; a Tigre story's paragraphs of
        # seventy-odd Ge'ez characters are prose)
        long_before = long_before or (index > 0 and letter_length(blocks[index - 1].text) >= PROSE_PARAGRAPH_CHARS)
        text = block.text
        short = _short(text)
        if index == end:
            more = _MORE_LINE.match(text)
            if more and category is None:
                category = more.group("cat").strip()
            removed.extend(b.text for b in blocks[index:])
            break
        if index in boxed:
            removed.append(text)
            continue
        more = _MORE_LINE.match(text) if short else None
        if more:
            category = category or more.group("cat").strip()
            removed.append(text)
            continue
        # a short line closing the text, under prose (the two rules below read it)
        closing = short and long_before and _closing_line(head, index)
        if short and (closing or _opening_line(head, index)) and (any_more := _any_more_line(block, sections)):
            category = category or any_more
            removed.append(text)
            continue
        if long_before and _closing_line(head, index) and (any_more := _more_then_share(block, sections)):
            category = category or any_more
            removed.append(text)
            # ... and what follows it to the end of the text, short lines all (_closing_line): the footer's notices
            # ("<p class="note">Su chirin ya ay dipanin a ipaychasa du sabali a website.</p>", Ivatan: this story
            # may not be copied to another website), no heading among them
            if all(b.kind != "h" for b in blocks[index + 1:end]):
                end = index + 1
            continue
        if closing and _labelled_tag_link(block):
            removed.append(text)  # (a tag's name, no category)
            continue
        if _is_junk_line(block):
            removed.append(text)
            continue
        kept.append(block)
    # an unlinked share bar the text ends on, the buttons a script draws over a typed line ("<p>Ka fay: Facebook ·
    # WhatsApp · Telegram</p>", Koyraboro Senni: share it, among a Hugo Doks post's closing tag line and copyright):
    # only among footer lines cut after it; inside the text, or closing it ("Hotline: WhatsApp | Telegram | Viber"),
    # a line naming networks is the story's
    while len(kept) > 1 and kept[-1] is not blocks[-1] and _labelled_share_bar(kept[-1].text, typed=True):
        removed.append(kept.pop().text)
    sources = _sources_section(kept)
    if sources is not None:
        removed.extend(b.text for b in kept[sources:])
        kept = kept[:sources]
    kept, tail = _strip_teaser_tail(kept)
    removed.extend(tail)
    # a newsletter's sign-up line among the footer lines cut after it, with its box's title over it (FixIt's tip box
    # "Ĩyandĩkithye ũkwate ũvoo" over "Ĩkia email yaku vaa …", Kamba: enter your email here; a Hexo Keep post's "<p>
    # <strong>Jasin'n i email:</strong> Fa wɔ email'n wla …</p>", Baoulé: news by email); closing the text, a line
    # naming e-mail is the story's ("Complaints can be sent by email until Friday."), and so is one over footer lines
    # unless it carries a label or a box's title stands over it
    # (or closing the text, one that names e-mail twice, its box's title run into it: PHP-Fusion's "<div class="well">
    # <p><strong>Vilobe mu e-mail</strong><br>Nnembe e-mail yako, tuchakutumila vilobe vya kila lishuku.</p></div>",
    # Makonde: news by e-mail; enter your e-mail, we will send you the news every day)
    while len(kept) > 1 and _sign_up_line(kept[-1]) \
            and (kept[-1] is not blocks[-1] and (_SIGN_UP_LABEL.match(kept[-1].text) is not None
                                                 or _sign_up_title(kept[-2]))
                 or len(EMAIL_WORD.findall(kept[-1].text)) >= 2):
        removed.append(kept.pop().text)
        if len(kept) > 1 and _sign_up_title(kept[-1]):
            removed.append(kept.pop().text)
    # a heading left last heads what was cut under it: a wiki's sources ("Булактар", Kyrgyz: Sources) over its
    # list of cited links, a box's title over its teasers; a heading the text itself ends on stays, and so does one
    # with a sentence's shape ("Correction: An earlier version of this story misstated …" over a share bar)
    if len(kept) > 1 and kept[-1].kind == "h" and kept[-1] is not blocks[-1] and not _sentence_shaped(kept[-1].text):
        removed.append(kept.pop().text)
    return FooterResult(kept, removed, category)


def _inline_teaser_boxes(blocks: list[Block]) -> set[int]:
    """The indices of teaser boxes set inside the text, the story going on under them: a short heading over two
    items or more, each opening with a link to a story of the site and its snippet cut off with an ellipsis
    (Refinery CMS's "<h3>Hama lanina</h3><ul><li><a href=/blog/posts/…>Fiesta Wanaragua 2026 —</a> Ñein gürigia
    hídiha …, hama abeimahani…</li>…</ul>" between a post's paragraphs, Garifuna: more of the same), whatever the
    heading's words.  A list of the story's own ends its items on their stops, or links none."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind != "h" or not _short(block.text) or _sentence_shaped(block.text):
            continue
        end = index + 1
        while end < len(blocks) and _teaser_item(blocks[end]) and _CUT_OFF.search(blocks[end].text):
            end += 1
        if end - index - 1 >= _TEASER_ITEMS_MIN:
            found.update(range(index, end))
    return found


def _opens_footer(blocks: list[Block], index: int, lowered: tuple[str, ...]) -> bool:
    """The block at ``index`` opens the text's footer: a teaser box's heading (by its words, or by the teaser items
    under it), or a marker of the site's profile."""
    block = blocks[index]
    text = block.text
    short = _short(text)
    return bool(
        (short and _TEASER_HEADINGS.match(text))
        or (short and _TEASER_HEADINGS_OVER_TEASERS.match(text) and _teasers_follow(blocks, index))
        or (lowered and any(text.lower().startswith(m) for m in lowered) and short)
        or (_teaser_box_title(text) and block.kind == "h" and not _sentence_shaped(text)
            and _teaser_list_follows(blocks, index))
        or (short and (block.kind == "h" or _box_label(block)) and not _sentence_shaped(text)
            and _pasted_teasers_follow(blocks, index))
    )


# Teasers pasted into the text as plain paragraphs or list items, their links gone or leading to a section's page
# (Kamba "<p><strong>Tũkũtaa</strong></p>" over pairs of a headline paragraph and its snippet cut at a length,
# a FixIt post; Kaqchikel "<p>Nqapixab'aj</p>" over the same, unlinked, a Jekyll Now post; Palauan "<h3>Kede
# ochotii</h3>" over "<li><strong>Headline</strong> — snippet cut sho</li>", Hugo Blox; Maasai "<h3>Naitodolu
# Iyiook</h3>" over items opening with a link to a category archive, WordPress Spacious): a snippet this long at
# least, ending on no sentence's stop; a headline a few words with no digit (a story's own timeline, "<li>12 March
# 2024 — the council approves the bridge …</li>", has its dates)
_PASTED_SNIPPET_MIN = 80
_PASTED_HEADLINE_MAX = 120
_HEADLINE_DASH = re.compile(r"^(?P<head>[^—–]{10,120}?)\s[—–]\s(?P<snippet>\S.*)$")


_CLOSING_QUOTES = "\"'”’»)）›」』"


def _ends_sentence(text: str) -> bool:
    """``text`` ends on a sentence's stop, a closing quotation mark after it or not (an apostrophe closing the last
    word is a letter there: Kaqchikel's glottal stop, "… ri ixim chuqa' ri kinäq'")."""
    return _TERMINAL.search(text.rstrip(_CLOSING_QUOTES)) is not None


def _cut_snippet(text: str, least: int = _PASTED_SNIPPET_MIN) -> bool:
    # (as long in any script: a Hangul snippet of 75 characters, "… 축제 기간에는 해", is one)
    return text_weight(text) >= least and (not _ends_sentence(text) or _CUT_OFF.search(text) is not None)


def _pasted_headline(text: str) -> bool:
    return (len(text) <= _PASTED_HEADLINE_MAX and len(text.split()) >= 3 and not _ends_sentence(text)
            and not any(ch.isdigit() for ch in text))


def _teaser_snippet(head: str, snippet: str) -> bool:
    """A teaser's snippet after its headline, not a gloss of a topic ("Who was involved — two men in their twenties,
    according to police …", an explainer's list): it repeats most of the headline's words, as a story's lead does
    (Palauan "A diall er a Yap … — A eru el diall er a Yap …"), or it is cut with an ellipsis."""
    repeated, wanted = _repeated_words(head, snippet)
    return (wanted > 0 and 2 * repeated > wanted) or _CUT_OFF.search(snippet) is not None


def _repeated_words(head: str, lead: str) -> tuple[int, int]:
    """How many of the headline's distinct words (casefolded) the lead repeats, and of how many: a story's lead
    repeats most of its headline's words (see _teaser_snippet, _glued_teaser)."""
    wanted = {w.casefold() for w in re.findall(r"\w+", head)}
    return len(wanted & {w.casefold() for w in re.findall(r"\w+", lead)}), len(wanted)


_GLUED_HEADLINE_WORDS = (4, 16)  # the fewest and most words of a headline a snippet follows in one paragraph


def _glued_teaser(text: str) -> bool:
    """A headline and its snippet in one paragraph, a line break read as a space between them (Magefan's "<p><strong>
    Ngando ya Bonanjo e bandi ebolo ya ekitete</strong><br>Bato ba ebolo ba ngando ya Bonanjo ba bandi …</p>"): the
    first words, four or more with no digit, then a capitalised word opening a lead that repeats two thirds of them
    within as many words and a few more, as a story's lead does."""
    words = text.split()
    for k in range(_GLUED_HEADLINE_WORDS[0], min(len(words) - _GLUED_HEADLINE_WORDS[0], _GLUED_HEADLINE_WORDS[1])):
        head = " ".join(words[:k])
        if not _pasted_headline(head):
            return False
        if not words[k][:1].isupper():
            continue
        repeated, wanted = _repeated_words(head, " ".join(words[k:2 * k + 4]))
        if 3 * repeated >= 2 * wanted:
            return True
    return False


def _pasted_teasers_follow(blocks: list[Block], index: int) -> bool:
    after = blocks[index + 1:]
    items = at = 0
    while at < len(after):
        block = after[at]
        dash = _HEADLINE_DASH.match(block.text)
        own_lead = block.lead is not None and block.lead[:1] == "/" and block.lead[:2] != "//"
        if block.link_ratio < 0.6 and _cut_snippet(block.text) and (
                (own_lead and block.link_ratio >= 0.1)
                or (dash is not None and _pasted_headline(dash.group("head")) and _cut_snippet(dash.group("snippet"), 40)
                    and _teaser_snippet(dash.group("head"), dash.group("snippet")))):
            items, at = items + 1, at + 1  # one item: a headline and its snippet
            continue
        if block.link_ratio == 0 and _cut_snippet(block.text) and _glued_teaser(block.text):
            items, at = items + 1, at + 1  # one item: a headline and its snippet, a line break between them
            continue
        if at + 1 < len(after) and _pasted_headline(block.text) and (
                block.link_ratio == 0 or (block.link_ratio >= 0.6 and block.link is not None and block.link[:1] == "/"
                                          and block.link[:2] != "//")) \
                and after[at + 1].link_ratio < 0.1 and _cut_snippet(after[at + 1].text):
            items, at = items + 1, at + 2  # a headline's line, then its snippet's
            continue
        break
    return items >= _TEASER_ITEMS_MIN and not _prose_after(after[at:])


# e-mail as a word, as many languages write the loanword ("email", "e-mail", Baoulé "email'n"); no address
EMAIL_WORD = re.compile(r"(?<![\w@.-])e-?mail(?![\w@-])", re.IGNORECASE)
_SIGN_UP_MAX = 120
# a sign-up line's label, a colon early in it (Baoulé "Jasin'n i email: …")
_SIGN_UP_LABEL = re.compile(r"^[^:：.!?]{1,40}[:：]")


def _sign_up_title(block: Block) -> bool:
    """``block`` is a sign-up box's title: a box's (_box_label), or a heading's length, set as a title, naming e-mail
    (Sphinx's tip box "<p class="admonition-title">Wël ke Bor në email</p>", Dinka: Wël ke Bor by e-mail)."""
    return _box_label(block) or (block.kind == "h" and _short(block.text) and block.link_ratio == 0
                                 and EMAIL_WORD.search(block.text) is not None)


def _sign_up_line(block: Block) -> bool:
    """A short line naming e-mail, no address in it, at most two sentences: a newsletter's sign-up."""
    text = block.text
    return (len(text) <= _SIGN_UP_MAX and block.link_ratio < 0.5 and "@" not in text
            and EMAIL_WORD.search(text) is not None and len(re.findall(r"[.!?](?:\s|$)", text)) <= 2)


def more_line_category(text: str) -> str | None:
    """The category a "More: <category>" line names ("Tše dingwe: Thuto"), or None."""
    more = _MORE_LINE.match(text) if _short(text) else None
    return more.group("cat").strip() if more else None


def _short(text: str) -> bool:
    """A box title's length: six words, sixty characters at most."""
    return len(text) <= 60 and len(text.split()) <= 6


# a heading over a list of the site's teasers cut short may be a few words longer than a box title elsewhere: a
# language of short words says "related" in seven ("Den tori di e waka anga en", Ndyuka: the stories that go with it,
# a DatoCMS post's <h3> over two cut teasers); the items under it are the evidence
_TEASER_BOX_TITLE_WORDS = 8


def _teaser_box_title(text: str) -> bool:
    """A heading's length over teaser items (_teaser_list_follows): sixty characters, eight words at most."""
    return len(text) <= 60 and len(text.split()) <= _TEASER_BOX_TITLE_WORDS


def teaser_heading(text: str) -> bool:
    """``text`` is a short heading opening a block of teasers ("Related articles", Tetum "Notísia seluk")."""
    return _short(text) and _TEASER_HEADINGS.match(text) is not None


# a clause after a colon ("Correction: An earlier version …"), a sentence's stop closing the text
_CLAUSE_AFTER_COLON = re.compile(r"[:：]\s*\S+(?:\s+\S+){3,}")
_SENTENCE_STOPS = ".!?。।"


def _sentence_shaped(text: str) -> bool:
    """``text`` has a sentence's shape, no box title's: six words or more, with a clause after a colon or a
    sentence's stop at its end."""
    return len(text.split()) >= 6 and (_CLAUSE_AFTER_COLON.search(text) is not None
                                       or text.rstrip("\"”’»)").endswith(tuple(_SENTENCE_STOPS)))


# One cited source: a title linking to another site, then a dash, the outlet, a comma and a date with a digit:
# "«Мэрия: трамвай 2028-жылы жүрөт» — Kaktus.media, 9-март 2026", "Tram works begin – Reuters, March 9, 2026".
# The shape any wiki's or paper's reference list writes, whatever the language of its heading.
# A date is a citation's when it holds a year (19xx, 20xx): a story's closing list of results or fixtures ("Liverpool
# – Everton, 2–1", "Rosenborg – Brann, 12 April") or key figures ("Unemployment – euro area, 6.1% in January") has
# the same dash and comma but no year; and the title is a headline of two words or more, the outlet a name
# (capitalised, or the lower case of an address: "kaktus.media")
_CITATION = re.compile(r"^(?P<title>.{4,200}?)\s[—–-]\s+(?P<outlet>[^,—–]{1,60}),")
_CITATION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CITATION_DATE_MAX = 40
_SOURCES_HEADING_MAX = 40
_SOURCES_AFTER_MAX = 3  # blocks after the list: a share line, a "discuss this article" link ...
_SOURCES_AFTER_LEN = 40  # ... each mostly links, or this short: not a sentence of the text


def _citation(block: Block) -> bool:
    """A list item citing a source elsewhere: its link leads off the site (the extractor gives a whole URL
    then, a path for the site's own pages) and holds the title only, the outlet and date following it
    ("«Бишкекте трамвай курулушу башталды» — Азаттык, 9-март 2026").  A story of the site's own, or a line
    wholly a link, is a teaser, not a citation."""
    if not (block.kind == "li" and block.link is not None and "://" in block.link and 0.2 <= block.link_ratio < 0.95):
        return False
    match = _CITATION.match(block.text)
    if match is None or len(match.group("title").split()) < 2:
        return False
    outlet = match.group("outlet").strip()
    return (bool(outlet) and (not outlet[0].islower() or "." in outlet)
            and _CITATION_YEAR.search(block.text, match.end(), match.end() + _CITATION_DATE_MAX) is not None)


def _sources_section(blocks: list[Block]) -> int | None:
    """Where a sources section closes the text: a short heading ("Булактар", "Sources", "Quellen": whatever the
    word) over a list of citations (:func:`_citation`), with at most a few short lines after it (a share line,
    "Бул макаланы талкуулаңыз": discuss this article).  The list's shape is the evidence, not the heading's word:
    a "Sources" heading over prose stays, and so does a list of citations in the middle of the text."""
    for index in range(len(blocks) - 2, 0, -1):
        if blocks[index].kind != "h":
            continue
        if len(blocks[index].text) > _SOURCES_HEADING_MAX:
            return None
        end = index + 1
        while end < len(blocks) and _citation(blocks[end]):
            end += 1
        after = blocks[end:]
        if end > index + 1 and len(after) <= _SOURCES_AFTER_MAX and all(
                b.link_ratio >= 0.5 or len(b.text) <= _SOURCES_AFTER_LEN for b in after):
            return index
        return None  # (the last heading only: one before it heads a section of the text)
    return None


# A box of links heading the text: at most this many blocks before it, and its lines at most this long
_BOX_START_MAX = 4
_BOX_LINE_MAX = 200
_BOX_LABEL_MAX = 40


def _leading_link_box(blocks: list[Block]) -> tuple[int, int] | None:
    """Where a box of links to other stories opens the text, before its first paragraph of prose: one or more
    lines each wholly a link to a story of the site, under a short label of their own ("Тектеш жаңылыктар",
    Kyrgyz: related news, the title of a wiki's infobox floated first in its text), or two or more without
    one; with the short mostly linked lines closing the box ("Портал: <a>Экология</a>").  No story opens on a
    line that is only a link to another one.  None: no such box."""
    first = None
    for index, block in enumerate(blocks[:_BOX_START_MAX]):
        if len(block.text) >= PROSE_PARAGRAPH_CHARS and block.link_ratio < 0.5:
            return None  # prose before any box (most texts: their first block)
        if _story_link_line(block):
            first = index
            break
    if first is None:
        return None
    end = first
    while end < len(blocks) and _story_link_line(blocks[end]):
        end += 1
    start = first
    if first > 0 and _box_label(blocks[first - 1]):
        start = first - 1
    elif end - first < 2:
        return None
    while (end < len(blocks) and blocks[end].link_ratio >= 0.4 and len(blocks[end].text) <= 60
           and not _TERMINAL.search(blocks[end].text)):
        end += 1
    # ... and prose follows: a page of nothing but links is a listing, not a text with a box
    if not any(len(b.text) >= PROSE_PARAGRAPH_CHARS and b.link_ratio < 0.5 for b in blocks[end:]):
        return None
    return start, end


def _story_link_line(block: Block) -> bool:
    return (block.link_ratio >= 0.9 and block.link is not None and len(block.text) <= _BOX_LINE_MAX
            and _story_path(block.link))


def _box_label(block: Block) -> bool:
    """A box's title: a few words, no link, no sentence's end, no digit ("Related news", "Тектеш жаңылыктар";
    not the date line above the box, "14-март, 2026-жыл")."""
    text = block.text
    return (block.link_ratio == 0 and len(text) <= _BOX_LABEL_MAX and len(text.split()) <= 4
            and not _TERMINAL.search(text) and not any(ch.isdigit() for ch in text))


_QUOTE_MARKS = " \t\"'“”„«»‘’‚‹›「」『』.,…"


def pull_quotes(blocks: list[Block]) -> set[int]:
    """Indexes of pull quotes: a quote block of at most 200 characters whose
    words (without quotation marks) stand in another, longer paragraph."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind != "quote" or len(block.text) > 200:
            continue
        core = block.text.strip(_QUOTE_MARKS)
        if len(core) >= 15 and any(j != i and len(other.text) > len(block.text) and core in other.text
                                   for j, other in enumerate(blocks)):
            found.add(i)
    return found


_CUT_OFF = re.compile(r"\s*(?:\.\.\.|…|\[(?:\.\.\.|…)\])$")


def cut_off_copies(blocks: list[Block]) -> set[int]:
    """Indexes of cut-off copies: a block ending with an ellipsis whose text, without it,
    stands in a longer block (the spot under the headline that repeats the lead's start)."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if len(block.text) > 400 or not (block.text.endswith("...") or block.text.endswith("…")
                                         or block.text.endswith("]")):
            continue
        stem = _CUT_OFF.sub("", block.text)
        if len(stem) >= 30 and stem != block.text and any(
                j != i and len(other.text) > len(stem) and stem in other.text for j, other in enumerate(blocks)):
            found.add(i)
    return found


def _strip_teaser_tail(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Cut a trailing run of teasers: link-dense blocks, or snippets cut to one length.

    Teaser snippets are cut at a fixed number of characters mid-sentence (a
    trailing space trimmed makes one a character shorter), so two or more
    unfinished blocks of about the same length in a teaser-only tail are a
    teaser list, together with the headline before each.
    """
    end = len(blocks)
    while end > 1 and blocks[end - 1].link_ratio >= 0.6:
        end -= 1

    # Thai, Lao, Khmer, Burmese end sentences without punctuation: "unfinished" says nothing there
    unpunctuated_script = any(_NO_FULL_STOP.search(b.text) for b in blocks[-4:])

    def teaserish(b: Block) -> bool:
        # (an item with a linked headline cut with "...": its last dot is no full stop, "<li><a>Nuuj brök …</a> –
        # De gemeinte wilt … door e breier...</li>")
        return b.link_ratio >= 0.6 or (not unpunctuated_script and (
            not _TERMINAL.search(b.text) or (b.link_ratio >= _TEASER_ITEM_LINKED and _CUT_OFF.search(b.text) is not None)))

    start = end
    while start > 1 and teaserish(blocks[start - 1]):
        start -= 1
    snippets = [i for i in range(start, end) if blocks[i].link_ratio < 0.6 and len(blocks[i].text) >= 40
                and not unpunctuated_script]
    cut: list[int] = []
    if len(snippets) >= 2:
        longest = max(len(blocks[i].text) for i in snippets)
        cut = [i for i in snippets if len(blocks[i].text) >= longest - 3]
    if len(cut) < 2 and not unpunctuated_script:
        # ... or items each holding a linked headline and its snippet cut with an ellipsis, whatever their
        # lengths (a hand-made list "<li><a href=/2026/03/11/…>Title</a><br>Snippet…</li>"), the text's last
        # blocks but for short linked lines after them (a share line, an ad's link: "ꌦꌠ ꀒꃅ：<a>…</a>")
        cut = [i for i in range(start, end) if _TEASER_ITEM_LINKED <= blocks[i].link_ratio < 0.6
               and len(blocks[i].text) >= _TEASER_ITEM_MIN and _CUT_OFF.search(blocks[i].text)]
        cut = cut if len(cut) >= 2 and all(map(_closing_link_line, blocks[cut[-1] + 1:end])) else []
    if len(cut) >= 2:
        first = cut[0]
        # the headline of the first teaser sits just before its snippet
        if first - 1 >= max(start, 1) and len(blocks[first - 1].text) < 200:
            first -= 1
        end = max(first, 1)
    return blocks[:end], [b.text for b in blocks[end:]]


_TEASER_ITEM_LINKED = 0.15  # a teaser item's linked headline: this share of its text at least
_TEASER_ITEM_MIN = 20  # ... and its length at least (a Yi item "ꆃꎭ ꐯꌋ ꂷꆹ ꅝꀨ ꈬꎭ — ꆃꎭ ꐯꌋ ꂷꆹ ꅝꀨ…": 29)
_CLOSING_LINK_LINE_MAX = 100


def _closing_link_line(block: Block) -> bool:
    """A short line after a teaser list, a third of it linked or more and no sentence (a share line, an ad's
    labelled link "ꌦꌠ ꀒꃅ：<a>鑫彩88 ꏂꉬ</a>"): the list's box goes on to the page's end."""
    return block.link_ratio >= 0.3 and len(block.text) <= _CLOSING_LINK_LINE_MAX and not _TERMINAL.search(block.text)
