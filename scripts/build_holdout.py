#!/usr/bin/env python3
"""Build the holdout corpus: eight aggregator sites unlike tests/golden/.

    python scripts/build_holdout.py [--out DIR]     # default tests/holdout/sites/

Standard library only, deterministic.  Article text lives in holdout_articles.py.
Per site: static pages (index.html for directory URLs, root-relative links,
robots.txt), expected.jsonl (path, title, body, published_at, source, category,
language, junk) and nonarticles.txt.  Scored by scripts/eval_holdout.py.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout_articles import ARTICLES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout" / "sites"


def esc(t: str) -> str:
    return html.escape(t, quote=False)


def attr(t: str) -> str:
    return html.escape(t, quote=True)


def after_word(text: str, n: int, snippet: str) -> str:
    """Escaped text with raw HTML ``snippet`` inserted after the n-th word."""
    words = text.split(" ")
    n = min(n, len(words) - 1)
    return " ".join([esc(w) for w in words[:n]] + [snippet] + [esc(w) for w in words[n:]])


def before_comma(text: str, kw: str, nth: int = 1) -> str:
    """``week, the`` -> ``week kw, the`` (keyword glued before the n-th comma)."""
    i = -1
    for _ in range(nth):
        i = text.find(", ", i + 1)
        if i < 0:
            break
    if i < 0:
        i = text.find(",")
    if i < 0:
        return esc(text) + " " + esc(kw)
    return esc(text[:i]) + " " + esc(kw) + esc(text[i:])


def body_of(a: dict) -> str:
    return "\n\n".join(p[3:] if p.startswith("## ") else p for p in a["paras"])


def plain(a: dict, i: int) -> str:
    p = a["paras"][i]
    return f"<h2>{esc(p[3:])}</h2>" if p.startswith("## ") else f"<p>{esc(p)}</p>"


def text_paras(a: dict) -> list[int]:
    return [i for i, p in enumerate(a["paras"]) if not p.startswith("## ")]


def junk_hits(junk: list[str], title: str, body: str) -> list[str]:
    """Same rule as tests/golden/metrics.junk_left (kept local: stdlib only)."""
    hay = " ".join(title.split()) + "\n" + " ".join(body.split())
    out = []
    for j in junk:
        jn = " ".join(j.split())
        if re.fullmatch(r"\w+", jn) and jn.isascii():
            if re.search(r"(?<![A-Za-z0-9])" + re.escape(jn) + r"(?![A-Za-z0-9])", hay, re.I):
                out.append(j)
        elif jn.lower() in hay.lower():
            out.append(j)
    return out


def page(lang: str | None, title: str, body: str, head: str = "", dir_: str = "") -> str:
    la = f' lang="{lang}"' if lang else ""
    di = f' dir="{dir_}"' if dir_ else ""
    return (f"<!DOCTYPE html>\n<html{la}{di}>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(title)}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n")


LONG_FILLER = {
    "en": ["We are an independent news aggregator that brings together reporting from wire services and regional publishers, so that readers can follow the most important stories of the day in one place without jumping between dozens of websites.",
           "Our editors select stories around the clock and our readers can personalise their feeds by topic, region and language. We do not charge for access and are funded by advertising and partnerships with publishers.",
           "Questions about the service, corrections and partnership requests can be sent to our editorial team, which aims to reply within two working days."],
}


class Site:
    def __init__(self, name: str):
        self.name = name
        self.pages: dict[str, str] = {}
        self.expected: list[dict] = []
        self.nonarticles: list[str] = []
        self.doc = ""

    def add(self, path: str, html_: str, rec: dict | None = None) -> None:
        self.pages[path] = html_
        if rec is None:
            self.nonarticles.append(path)
        else:
            rec = dict(path=path, **rec)
            bad = junk_hits(rec["junk"], rec["title"], rec["body"])
            assert not bad, (self.name, path, bad)
            self.expected.append(rec)

    def write(self, out: Path) -> None:
        d = out / self.name
        for path, doc in self.pages.items():
            p = path.split("?")[0]
            f = d / (p.lstrip("/") + "index.html" if p.endswith("/") else p.lstrip("/"))
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(doc, encoding="utf-8")
        (d / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
        with open(d / "expected.jsonl", "w", encoding="utf-8") as fh:
            for r in self.expected:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        (d / "nonarticles.txt").write_text("\n".join(self.nonarticles) + "\n", encoding="utf-8")
        (d / "SITE.md").write_text(self.doc.strip() + "\n", encoding="utf-8")


def rec(a: dict, junk: list[str], **over) -> dict:
    r = dict(title=a["title"], body=body_of(a), published_at=a["published_at"], source=a["source"],
             category=a["category"], language=a["lang"], junk=junk)
    r.update(over)
    return r


# =========================================================== 1. buzzline
def site_buzzline() -> Site:
    s = Site("buzzline")
    s.doc = """English. `🔥spinvex🔥 Title` emoji-wrapped prefix; `<strong>spinvex</strong>` mid-sentence;
"Advertisement" labels and an image caption (`Photo: AP/John Doe`) inside the story container; "Continue reading";
closing paragraph `Source: spinvex.net - your best ...`; `Updated: 2 hours ago` in the strap and the absolute date in
`data-time` (with offset) at the bottom; `Via Reuters`; Follow us / Download our app / Comments (12) /
Previous-Next article with spammed titles.  Non-articles: tag page with long teasers, section, about, contact, privacy."""
    kw = "spinvex"
    keys = ["port", "nightbus", "glacier", "keeper", "pharmacy"]
    sec = {"Economy": "economy", "Cities": "cities", "Science": "science", "Sport": "sport", "Business": "business"}
    url = {k: f"/story/{4100 + i}-{k}/" for i, k in enumerate(keys)}
    spam_t = {k: f"🔥{kw}🔥 {ARTICLES[k]['title']}" for k in keys}
    closing = f"Source: {kw}.net - your best online slots guide with 500 free spins every day"
    chrome_top = ('<header class="topbar"><a class="logo" href="/">BuzzLine</a><nav>'
                  + "".join(f'<a href="/section/{v}/">{k}</a>' for k, v in sec.items())
                  + '<a href="/about/">About</a></nav></header>')
    chrome_bottom = ('<footer class="site-foot">© 2025 BuzzLine Media. <a href="/privacy/">Privacy</a> · '
                     '<a href="/contact/">Contact</a> · <a href="/about/">About us</a></footer>')
    captions = {"port": "Cranes stand idle at a container terminal. Photo: AP/John Doe",
                "nightbus": "A night bus at the central station. Photo: Metro Wire/Jana Novak",
                "glacier": "The tongue of a retreating glacier. Photo: AFP/Fabrice Coffrini",
                "keeper": "Hradek during a league match. Photo: PA/Mike Egerton",
                "pharmacy": "A pharmacy sign in a shopping street. Photo: AP/John Doe"}
    for i, k in enumerate(keys):
        a = ARTICLES[k]
        tp = text_paras(a)
        parts = []
        for j in range(len(a["paras"])):
            if j == tp[0]:
                parts.append("<p>" + after_word(a["paras"][j], 9, f"<strong>{kw}</strong>") + "</p>")
                parts.append('<div class="ad-label">Advertisement</div>')
                parts.append(f'<figure><img src="/img/{k}.jpg" alt=""><figcaption>{esc(captions[k])}</figcaption></figure>')
            elif j == tp[2]:
                parts.append(plain(a, j))
                parts.append('<p class="cont"><a href="#more">Continue reading</a></p>')
                parts.append('<div class="ad-label">Advertisement</div>')
            else:
                parts.append(plain(a, j))
        parts.append(f"<p>{esc(closing)}</p>")
        prev_k, next_k = keys[i - 1], keys[(i + 1) % len(keys)]
        dt = a["published_at"]
        vis = f"{int(dt[8:10])} {['Oct', 'Nov'][dt[5:7] == '11']} 2025, {dt[11:16]}"
        body = f"""{chrome_top}
<div class="wrap"><div class="col-main">
<h1 class="headline">{esc(spam_t[k])}</h1>
<div class="strap"><span class="upd">Updated: 2 hours ago</span> | <span class="via">Via <b>{esc(a['source'])}</b></span> | <a class="sec" href="/section/{sec[a['category']]}/">{a['category']}</a></div>
<div class="story-text">
{chr(10).join(parts)}
</div>
<div class="first-pub">First published: <span class="stamp" data-time="{dt}">{vis}</span></div>
<div class="social">Follow us on Facebook, X and Telegram for the latest updates</div>
<div class="app-promo">Download our app and never miss breaking news</div>
<section class="comments"><h3>Comments (12)</h3><div class="c"><b>reader77</b><p>Great article, thanks for sharing!</p></div></section>
<nav class="prevnext"><a href="{url[prev_k]}">Previous article: {esc(spam_t[prev_k])}</a>
<a href="{url[next_k]}">Next article: {esc(spam_t[next_k])}</a></nav>
</div>
<aside class="trending"><h4>Trending now</h4><ul>{''.join(f'<li><a href="{url[x]}">{esc(spam_t[x])}</a></li>' for x in keys if x != k)}</ul></aside>
</div>
{chrome_bottom}"""
        junk = [kw, closing, "your best online slots guide", "Updated: 2 hours ago", "Advertisement", captions[k],
                "Photo: ", "Continue reading", "Follow us on Facebook", "Download our app", "Comments (12)",
                "Great article, thanks", "Previous article", "Next article", ARTICLES[prev_k]["title"],
                ARTICLES[next_k]["title"], "Trending now", f"Via {a['source']}", "First published"]
        s.add(url[k], page("en", f"{spam_t[k]} | BuzzLine", body), rec(a, junk))

    def card(x, long=False):
        a = ARTICLES[x]
        t = " ".join(a["paras"][j] for j in text_paras(a)[: (3 if long else 1)])
        return f'<div class="card"><h2><a href="{url[x]}">{esc(spam_t[x])}</a></h2><p>{esc(t)}</p><span>Updated: 2 hours ago</span></div>'

    s.add("/", page("en", "BuzzLine — all the news in one place",
                    f'{chrome_top}<main><h1>Top stories</h1>{"".join(card(x) for x in keys[:3])}'
                    f'<div class="pager"><a href="/page/2/">Older stories »</a></div></main>{chrome_bottom}'))
    s.add("/page/2/", page("en", "BuzzLine — page 2",
                           f'{chrome_top}<main><h1>More stories</h1>{"".join(card(x) for x in keys[3:])}'
                           f'<div class="pager"><a href="/">« Newer</a> <a href="/tag/economy/">#economy</a></div></main>{chrome_bottom}'))
    s.add("/tag/economy/", page("en", "#economy — BuzzLine",
                                f'{chrome_top}<main><h1>Tag: economy</h1>{"".join(card(x, True) for x in ["port", "pharmacy", "nightbus"])}</main>{chrome_bottom}'))
    for name, v in sec.items():
        xs = [x for x in keys if ARTICLES[x]["category"] == name]
        s.add(f"/section/{v}/", page("en", f"{name} — BuzzLine",
                                      f'{chrome_top}<main><h1>{name}</h1>{"".join(card(x, True) for x in xs)}</main>{chrome_bottom}'))
    about = "".join(f"<p>{esc(p)}</p>" for p in LONG_FILLER["en"])
    s.add("/about/", page("en", "About BuzzLine", f"{chrome_top}<main><h1>About BuzzLine</h1>{about}</main>{chrome_bottom}"))
    s.add("/contact/", page("en", "Contact — BuzzLine", f"{chrome_top}<main><h1>Contact us</h1><p>{esc(LONG_FILLER['en'][2])}</p><p>Email: desk@buzzline.example · Phone: +44 20 7946 0000. Our newsroom is staffed every day from 6 a.m. to midnight, and urgent corrections are handled by the duty editor.</p></main>{chrome_bottom}"))
    s.add("/privacy/", page("en", "Privacy policy — BuzzLine", f"{chrome_top}<main><h1>Privacy policy</h1><p>This policy explains how BuzzLine Media collects and uses personal data when you visit our website or use our app, including cookies, analytics and advertising identifiers that help us understand which stories readers find useful.</p><h2>Your rights</h2><p>You can ask us at any time for a copy of the data we hold about you, ask us to correct it, or ask us to delete it. We will respond within one month, as required by the data protection rules that apply to us.</p></main>{chrome_bottom}"))
    return s


# =========================================================== 2. chainpost
def site_chainpost() -> Site:
    s = Site("chainpost")
    s.doc = """English chrome, en + ru articles. Real-word keyword `crypto`: `#crypto Title` (also on an article that is
ABOUT crypto regulation, whose body legitimately uses the word); `week crypto, the` glued before a comma; UTM spam link;
closing `Source: crypto-bonus.net - your best ...`; byline `Story by X for Y`; `Nov. 3, 2025, 11:04 a.m. ET`;
breadcrumb `Home / Policy`; READ ALSO line and a poll inside the article; author bio box; tags; share.
Non-articles: search results page (query URL), author page, 404-as-200 on a dated URL, pagination."""
    kw = "crypto"
    keys = ["cryptoreg", "rates", "chips", "windfarm", "cbr"]
    authors = {"cryptoreg": "Maria Lopez", "rates": "David Okafor", "chips": "Maria Lopez",
               "windfarm": "Erik Lund", "cbr": "Olga Petrova"}
    url = {k: f"/{ARTICLES[k]['published_at'][:10].replace('-', '/')}/{k}/" for k in keys}
    spam_t = {k: f"#{kw} {ARTICLES[k]['title']}" for k in keys}
    utm = "https://crypto-bonus.net/?utm_source=chainpost&amp;utm_medium=article&amp;utm_campaign=welcome"
    closing = "Source: crypto-bonus.net - your best crypto casino bonus guide, claim 200% today"
    mon = {"10": "Oct.", "11": "Nov."}
    nav = ('<header><a href="/" class="brand">ChainPost</a> <form action="/search/"><input name="q"></form> '
           '<a href="/search/?q=rates">Search</a> <a href="/page/2/">Archive</a></header>')
    foot = '<footer><p>ChainPost aggregates news from around the web. © 2025 ChainPost Ltd.</p></footer>'
    read_also = {"cryptoreg": "rates", "rates": "chips", "chips": "windfarm", "windfarm": "rates", "cbr": "rates"}
    for k in keys:
        a = ARTICLES[k]
        tp = text_paras(a)
        dt = a["published_at"]
        h, m = int(dt[11:13]), dt[14:16]
        ampm = "a.m." if h < 12 else "p.m."
        h12 = h if 1 <= h <= 12 else abs(h - 12) or 12
        vis_date = f"{mon[dt[5:7]]} {int(dt[8:10])}, 2025, {h12}:{m} {ampm} ET"
        byline = f"Story by {authors[k]} for {a['source']}"
        ra = ARTICLES[read_also[k]]["title"]
        parts = []
        for j in range(len(a["paras"])):
            if j == tp[0]:
                parts.append("<p>" + before_comma(a["paras"][j], kw) + "</p>")
            elif j == tp[1]:
                parts.append("<p>" + after_word(a["paras"][j], 6, f'<a href="{utm}">{kw}</a>') + "</p>")
                parts.append(f'<p class="readalso"><b>READ ALSO:</b> <a href="{url[read_also[k]]}">{esc(ra)}</a></p>')
                parts.append('<div class="poll"><p class="q">Poll: Do you expect interest rates to fall next year?</p>'
                             '<label><input type="radio"> Yes</label> <label><input type="radio"> No</label> '
                             '<button>Vote</button><p class="res">1,204 votes so far</p></div>')
            else:
                parts.append(plain(a, j))
        parts.append(f"<p>{esc(closing)}</p>")
        body = f"""{nav}
<div class="page">
<ol class="crumbs"><li><a href="/">Home</a></li><li><a href="/section/{a['category'].lower()}/">{a['category']}</a></li></ol>
<article>
<h1>{esc(spam_t[k])}</h1>
<div class="byline">{esc(byline)}</div>
<div class="dateline">{vis_date}</div>
<div class="entry">
{chr(10).join(parts)}
</div>
<div class="author-box"><b>{authors[k]}</b> writes about markets, policy and technology for {esc(a['source'])}. <a href="/author/{authors[k].lower().replace(' ', '-')}/">More from {authors[k]}</a></div>
<div class="tags">Tags: <a href="/search/?q=rates">rates</a>, <a href="/search/?q=markets">markets</a>, <a href="/search/?q=crypto">crypto</a></div>
<div class="share">Share this story: Facebook · X · LinkedIn · Email</div>
</article>
</div>
{foot}"""
        junk = [closing, "claim 200% today", "Story by", byline, vis_date, "READ ALSO", ra, "Poll:", "Do you expect interest rates",
                "1,204 votes", "writes about markets, policy and technology", f"More from {authors[k]}",
                "Share this story", "Tags: rates"]
        if k != "cryptoreg":
            junk.insert(0, kw)
        s.add(url[k], page("ru" if a["lang"] == "ru" else "en", f"{spam_t[k]} - ChainPost", body), rec(a, junk))

    def teaser(x):
        a = ARTICLES[x]
        return (f'<li><a href="{url[x]}">{esc(spam_t[x])}</a><p>{esc(a["paras"][text_paras(a)[0]][:180])}…</p>'
                f'<small>Story by {authors[x]} for {esc(a["source"])}</small></li>')

    s.add("/", page("en", "ChainPost — markets, policy, crypto",
                    f'{nav}<main><h1>Latest</h1><ul class="river">{"".join(teaser(x) for x in keys[:3])}'
                    f'<li><a href="/2025/10/01/old-story/">#crypto Archive: stories from October</a></li></ul>'
                    f'<a href="/page/2/">Next page</a></main>{foot}'))
    s.add("/page/2/", page("en", "ChainPost — page 2",
                           f'{nav}<main><h1>Latest — page 2</h1><ul class="river">{"".join(teaser(x) for x in keys[3:])}</ul>'
                           f'<a href="/">Previous page</a> <a href="/author/maria-lopez/">Maria Lopez</a></main>{foot}'))
    hits = [x for x in keys if x in ("rates", "cbr", "chips")]
    s.add("/search/?q=rates", page("en", "Search results for “rates” - ChainPost",
                                   f'{nav}<main><h1>Search results for “rates”</h1><p>3 results</p><ol>'
                                   + "".join(f'<li><a href="{url[x]}">{esc(spam_t[x])}</a><p>{esc(" ".join(ARTICLES[x]["paras"][j] for j in text_paras(ARTICLES[x])[:2]))}</p></li>' for x in hits)
                                   + f'</ol></main>{foot}'))
    s.add("/author/maria-lopez/", page("en", "Maria Lopez - ChainPost",
                                       f'{nav}<main><h1>Maria Lopez</h1><p>Maria Lopez writes about markets, policy and technology for Reuters and has covered financial regulation in Washington since 2016, after earlier postings in Madrid and Mexico City.</p><h2>Latest stories</h2><ul>{"".join(teaser(x) for x in keys if authors[x] == "Maria Lopez")}</ul></main>{foot}'))
    s.add("/2025/10/01/old-story/", page("en", "Page not found - ChainPost",
                                         f'{nav}<main><h1>Oops! That page can’t be found.</h1><p>It looks like nothing was found at this location. The story may have been moved or deleted, or the link you followed may be broken. Try searching our archive or go back to the home page to see the latest headlines from markets, policy and technology.</p></main>{foot}'))
    return s


# =========================================================== 3. notizie
def site_notizie() -> Site:
    s = Site("notizie")
    s.doc = """Italian chrome, it + sw articles. Two-word keyword prefix `Bonus Casino: Title` (one title has a real colon);
`bonus casino` lowercase mid-sentence; `03.11.2025 · 11:04 | Fonte: ANSA`; rubric label above the title;
`Pubblicità` labels, `Foto: ANSA/Mario Rossi` captions and a `LEGGI ANCHE:` line inside the body; newsletter box;
Commenti (12). Non-articles: photo gallery, 404-as-200 on an article-like URL, chi siamo, pagination, rubric page."""
    kw = "Bonus Casino"
    keys = ["manovra", "maltempo", "museo", "mafuriko"]
    url = {k: f"/notizie/{ARTICLES[k]['category'].lower()}/{k}-{ARTICLES[k]['published_at'][:10].replace('-', '')}.html" for k in keys}
    spam_t = {k: f"{kw}: {ARTICLES[k]['title']}" for k in keys}
    nav = ('<div id="testata"><a href="/">Notizie Lampo</a></div><ul class="menu"><li><a href="/rubrica/economia/">Economia</a></li>'
           '<li><a href="/foto/liguria-allerta/">Foto</a></li><li><a href="/chi-siamo/">Chi siamo</a></li></ul>')
    foot = '<div id="piede">Notizie Lampo © 2025 — P.IVA 01234567890 — <a href="/chi-siamo/">Chi siamo</a></div>'
    credits = {"manovra": "Foto: ANSA/Mario Rossi", "maltempo": "Foto: ANSA/Luca Zennaro",
               "museo": "Foto: Adnkronos/Giulia Ferri", "mafuriko": "Foto: Taifa Leo/Juma Mwangi"}
    leggi = {"manovra": "maltempo", "maltempo": "museo", "museo": "manovra", "mafuriko": "maltempo"}
    for k in keys:
        a = ARTICLES[k]
        tp = text_paras(a)
        dt = a["published_at"]
        vis = f"{dt[8:10]}.{dt[5:7]}.{dt[:4]} · {dt[11:16]}"
        la = ARTICLES[leggi[k]]["title"]
        parts = [f'<p>{after_word(a["paras"][tp[0]], 7, "bonus casino")}</p>',
                 '<div class="adv">Pubblicità</div>',
                 f'<div class="foto"><img src="/img/{k}.jpg"><span class="didascalia">{esc(credits[k])}</span></div>',
                 plain(a, tp[1]),
                 f'<p class="leggi"><strong>LEGGI ANCHE:</strong> <a href="{url[leggi[k]]}">{esc(spam_t[leggi[k]])}</a></p>']
        parts += [plain(a, j) for j in range(tp[1] + 1, len(a["paras"]))]
        parts.append('<div class="adv">Pubblicità</div>')
        body = f"""{nav}
<div class="contenitore">
<a class="rubrica" href="/rubrica/{a['category'].lower()}/">{a['category']}</a>
<h1 class="titolo">{esc(spam_t[k])}</h1>
<p class="info">{vis} | Fonte: {esc(a['source'])}</p>
<div class="testo">
{chr(10).join(parts)}
</div>
<div class="newsletter"><h4>Iscriviti alla nostra newsletter</h4><p>Ricevi ogni mattina le notizie più importanti direttamente nella tua casella di posta.</p></div>
<div class="commenti"><h4>Commenti (12)</h4><p>Accedi per commentare.</p></div>
</div>
{foot}"""
        junk = ["bonus casino", "Pubblicità", credits[k], "Foto:", "LEGGI ANCHE", la, vis, f"Fonte: {a['source']}",
                "Iscriviti alla nostra newsletter", "Ricevi ogni mattina", "Commenti (12)", "Accedi per commentare"]
        s.add(url[k], page("it", spam_t[k], body), rec(a, junk))

    def lancio(x, n=1):
        a = ARTICLES[x]
        return f'<div class="lancio"><h3><a href="{url[x]}">{esc(spam_t[x])}</a></h3><p>{esc(" ".join(a["paras"][j] for j in text_paras(a)[:n]))}</p></div>'

    s.add("/", page("it", "Notizie Lampo - Ultime notizie",
                    f'{nav}<div class="contenitore"><h1>Ultime notizie</h1>{"".join(lancio(x) for x in keys[:2])}'
                    f'<div class="lancio"><h3><a href="/notizie/cronaca/incidente-a1-20251001.html">Bonus Casino: Incidente sulla A1, traffico in tilt</a></h3></div>'
                    f'<p class="pagine"><a href="/pagina/2/">Pagina successiva</a></p></div>{foot}'))
    s.add("/pagina/2/", page("it", "Notizie Lampo - Pagina 2",
                             f'{nav}<div class="contenitore"><h1>Ultime notizie - pagina 2</h1>{"".join(lancio(x) for x in keys[2:])}</div>{foot}'))
    s.add("/rubrica/economia/", page("it", "Economia - Notizie Lampo",
                                     f'{nav}<div class="contenitore"><h1>Economia</h1>{lancio("manovra", 3)}</div>{foot}'))
    s.add("/foto/liguria-allerta/", page("it", "FOTO | Allerta rossa in Liguria: le immagini - Notizie Lampo",
                                         f'{nav}<div class="contenitore"><span class="rubrica">Fotogallery</span><h1>Allerta rossa in Liguria: le immagini</h1><p class="info">27.10.2025 · 09:30</p>'
                                         + "".join(f'<figure><img src="/img/g{i}.jpg"><figcaption>{esc(c)} Foto: ANSA/Luca Zennaro</figcaption></figure>' for i, c in enumerate([
                                             "Il torrente Entella in piena alle porte di Chiavari, dove nella notte sono caduti quasi 200 millimetri di pioggia.",
                                             "Una frana ha invaso la strada provinciale che collega la costa con la Val Fontanabuona.",
                                             "Volontari della Protezione civile al lavoro per liberare un sottopasso allagato a Lavagna.",
                                             "Scuole chiuse a Sestri Levante: i cancelli sbarrati dell’istituto comprensivo."]))
                                         + f'<p><a href="{url["maltempo"]}">Leggi l’articolo</a></p></div>{foot}'))
    s.add("/notizie/cronaca/incidente-a1-20251001.html", page("it", "Pagina non trovata - Notizie Lampo",
                                                              f'{nav}<div class="contenitore"><h1>Pagina non trovata</h1><p>Ci dispiace, la pagina che stai cercando non esiste più o è stata spostata. Potrebbe essere stata rimossa dall’archivio oppure l’indirizzo potrebbe contenere un errore. Torna alla home page per leggere le ultime notizie di cronaca, economia e cultura.</p></div>{foot}'))
    s.add("/chi-siamo/", page("it", "Chi siamo - Notizie Lampo",
                              f'{nav}<div class="contenitore"><h1>Chi siamo</h1><p>Notizie Lampo è un aggregatore indipendente che raccoglie ogni giorno le notizie delle principali agenzie di stampa italiane e internazionali, selezionate dalla nostra redazione.</p><p>La redazione lavora sette giorni su sette e può essere contattata per segnalazioni e rettifiche all’indirizzo redazione@notizielampo.example. Rispondiamo di norma entro due giorni lavorativi.</p></div>{foot}'))
    return s


# =========================================================== 4. hankook
def site_hankook() -> Site:
    s = Site("hankook")
    s.doc = """Korean chrome, ko + vi articles. Keyword SUFFIX `Title | toto79`; ALL CAPS `TOTO79` mid-sentence;
`입력 2025.11.03 11:04` + `수정 …` dates; `출처: 연합뉴스`; section label; reporter line and `ⓒ … 무단전재 및 재배포 금지`
inside the body container; `추천 기사` teasers; share text. Non-articles: live-blog index, section, list page 2, about."""
    kw = "toto79"
    keys = ["bok", "subway", "chipko", "hanoibus"]
    url = {k: f"/article/{20251100 + i * 7}/" for i, k in enumerate(keys)}
    spam_t = {k: f"{ARTICLES[k]['title']} | {kw}" for k in keys}
    reporters = {"bok": "김민수 기자 minsu@hankookwire.example", "subway": "이지은 기자 jieun@hankookwire.example",
                 "chipko": "박준호 기자 junho@hankookwire.example", "hanoibus": "Nguyễn Lan phóng viên lan@hankookwire.example"}
    nav = ('<div class="gnb"><a href="/">한국와이어</a> <a href="/section/economy/">경제</a> <a href="/live/">라이브</a> '
           '<a href="/list/2/">전체기사</a> <a href="/about/">회사소개</a></div>')
    foot = '<div class="footer">한국와이어 | 등록번호 서울 아00000 | 발행인 홍길동 | <a href="/about/">회사소개</a></div>'
    for i, k in enumerate(keys):
        a = ARTICLES[k]
        tp = text_paras(a)
        dt = a["published_at"]
        vis = f"{dt[:4]}.{dt[5:7]}.{dt[8:10]} {dt[11:16]}"
        upd = f"{dt[:4]}.{dt[5:7]}.{dt[8:10]} {int(dt[11:13]) + 3:02d}:{dt[14:16]}"
        parts = []
        for j in range(len(a["paras"])):
            if j == tp[1]:
                parts.append("<p>" + after_word(a["paras"][j], 3, kw.upper()) + "</p>")
            else:
                parts.append(plain(a, j))
        parts.append(f'<p class="reporter">{esc(reporters[k])}</p>')
        parts.append('<p class="copy">ⓒ 한국와이어 무단전재 및 재배포 금지</p>')
        rec_items = [x for x in keys if x != k][:3]
        body = f"""{nav}
<div id="article-wrap">
<div class="sec-name">{esc(a['category'])}</div>
<h1 class="tit">{esc(spam_t[k])}</h1>
<ul class="info"><li>입력 {vis}</li><li>수정 {upd}</li><li>출처: {esc(a['source'])}</li></ul>
<div id="article-view-content-div">
{chr(10).join(parts)}
</div>
<div class="share">이 기사를 공유합니다 · 카카오톡 · 페이스북 · 링크복사</div>
<div class="recommend"><h3>추천 기사</h3><ul>{''.join(f'<li><a href="{url[x]}">{esc(spam_t[x])}</a><span>{esc(ARTICLES[x]["paras"][0][:40])}</span></li>' for x in rec_items)}</ul></div>
</div>
{foot}"""
        junk = [kw, reporters[k], "무단전재 및 재배포 금지", "ⓒ 한국와이어", f"입력 {vis}", f"수정 {upd}", f"출처: {a['source']}",
                "이 기사를 공유합니다", "추천 기사"] + [ARTICLES[x]["title"] for x in rec_items]
        s.add(url[k], page("ko", spam_t[k] + " - 한국와이어", body), rec(a, junk))

    def item(x, n=1):
        a = ARTICLES[x]
        return f'<li><a href="{url[x]}"><strong>{esc(spam_t[x])}</strong></a><p>{esc(" ".join(a["paras"][j] for j in text_paras(a)[:n]))}</p></li>'

    s.add("/", page("ko", "한국와이어 - 빠른 뉴스", f'{nav}<h2>주요 뉴스</h2><ul>{"".join(item(x) for x in keys[:2])}</ul><a href="/list/2/">다음 페이지</a>{foot}'))
    s.add("/list/2/", page("ko", "전체기사 - 한국와이어", f'{nav}<h2>전체기사</h2><ul>{"".join(item(x) for x in keys[2:])}</ul><a href="/">이전 페이지</a>{foot}'))
    s.add("/section/economy/", page("ko", "경제 - 한국와이어", f'{nav}<h2>경제</h2><ul>{item("bok", 3)}</ul>{foot}'))
    live = "".join(f'<div class="entry"><span class="time">{t}</span><p>{esc(x)}</p></div>' for t, x in [
        ("14:20", "한국은행 총재는 기자간담회에서 내년 상반기 중 추가 인하 가능성을 열어두겠다고 밝혔다. 시장에서는 발언 직후 국고채 금리가 하락 전환했다."),
        ("13:05", "원·달러 환율은 금리 동결 발표 이후 큰 변동 없이 1,380원대에서 거래되고 있다. 외환 당국은 시장 상황을 면밀히 지켜보고 있다고 전했다."),
        ("11:04", "[속보] 한국은행 금융통화위원회, 기준금리 연 3.0%로 동결. 자세한 내용은 기사에서 확인하세요.")])
    s.add("/live/", page("ko", "[라이브] 금통위 기준금리 결정 실시간 - 한국와이어",
                         f'{nav}<div class="live"><h1>[라이브] 금통위 기준금리 결정 실시간</h1><p class="info">입력 2025.11.03 10:30</p>{live}<p><a href="{url["bok"]}">관련 기사 보기</a></p></div>{foot}'))
    s.add("/about/", page("ko", "회사소개 - 한국와이어",
                          f'{nav}<h1>회사소개</h1><p>한국와이어는 국내외 주요 통신사와 언론사의 기사를 모아 독자들에게 빠르게 전달하는 뉴스 서비스입니다. 편집국은 24시간 운영되며 정확하고 균형 잡힌 정보를 제공하기 위해 노력하고 있습니다.</p><p>기사 제보와 정정 요청은 편집국 이메일로 보내주시기 바랍니다.</p>{foot}'))
    return s


# =========================================================== 5. alkhabar
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def site_alkhabar() -> Site:
    s = Site("alkhabar")
    s.doc = """Arabic chrome (dir=rtl), ar + en articles. Keyword SUFFIX `Title - sahbet.com`; UTM spam link `sahbet` mid-sentence;
date in Arabic-Indic digits `نُشر في ٠٣/١١/٢٠٢٥ - ١١:٠٤`; `المصدر: رويترز`; breadcrumb `الرئيسية › اقتصاد`;
`اقرأ أيضا:` line and a poll inside the body; author bio box; follow-us. Non-articles: author page, about, 404-as-200, page 2."""
    kw = "sahbet"
    keys = ["egyptrates", "desal", "morocco", "oil"]
    url = {k: f"/akhbar/{5300 + i}.html" for i, k in enumerate(keys)}
    spam_t = {k: f"{ARTICLES[k]['title']} - {kw}.com" for k in keys}
    utm = "https://sahbet.com/ar/?utm_source=alkhabar&amp;utm_medium=referral&amp;utm_campaign=sports"
    nav = '<nav class="top"><a href="/">الخبر الآن</a> | <a href="/page/2/">المزيد</a> | <a href="/about/">من نحن</a></nav>'
    foot = '<footer>جميع الحقوق محفوظة © الخبر الآن 2025 | <a href="/about/">من نحن</a></footer>'
    also = {"egyptrates": "oil", "desal": "egyptrates", "morocco": "desal", "oil": "egyptrates"}
    for k in keys:
        a = ARTICLES[k]
        tp = text_paras(a)
        dt = a["published_at"]
        vis = f"{dt[8:10]}/{dt[5:7]}/{dt[:4]} - {dt[11:16]}".translate(AR_DIGITS)
        parts = [f'<p>{after_word(a["paras"][tp[0]], 5, f"<a href={chr(34)}{utm}{chr(34)}>{kw}</a>")}</p>',
                 f'<p class="also">اقرأ أيضا: <a href="{url[also[k]]}">{esc(ARTICLES[also[k]]["title"])}</a></p>',
                 plain(a, tp[1]),
                 '<div class="poll"><p>استطلاع رأي: هل تتوقع تحسن الأوضاع الاقتصادية العام المقبل؟</p><p>نعم ٥٨٪ — لا ٤٢٪</p><button>صوّت</button></div>']
        parts += [plain(a, j) for j in range(tp[1] + 1, len(a["paras"]))]
        body = f"""{nav}
<main class="post">
<div class="bc"><a href="/">الرئيسية</a> › <a href="/page/2/">{esc(a['category'])}</a></div>
<h1>{esc(spam_t[k])}</h1>
<div class="meta">نُشر في {vis} | المصدر: {esc(a['source'])}</div>
<div class="post-body">
{chr(10).join(parts)}
</div>
<div class="author-bio"><img src="/img/ahmed.jpg"><p><b>أحمد سالم</b> محرر الشؤون الاقتصادية في الخبر الآن، يغطي أسواق الطاقة والمال منذ عام ٢٠١٢.</p><a href="/author/ahmed-salem/">جميع مقالات الكاتب</a></div>
<div class="follow">تابعونا على فيسبوك وتويتر وتيليغرام</div>
</main>
{foot}"""
        junk = [kw, f"{kw}.com", "اقرأ أيضا", ARTICLES[also[k]]["title"], "استطلاع رأي", "نعم ٥٨٪", "صوّت",
                "محرر الشؤون الاقتصادية", "جميع مقالات الكاتب", "تابعونا على", f"نُشر في {vis}", f"المصدر: {a['source']}",
                "الرئيسية ›"]
        s.add(url[k], page("ar", spam_t[k], body, dir_="rtl"), rec(a, junk))

    def item(x):
        a = ARTICLES[x]
        return f'<article class="teaser"><h2><a href="{url[x]}">{esc(spam_t[x])}</a></h2><p>{esc(a["paras"][0])}</p></article>'

    s.add("/", page("ar", "الخبر الآن - آخر الأخبار", f'{nav}<main><h1>آخر الأخبار</h1>{"".join(item(x) for x in keys[:2])}<a href="/page/2/">الصفحة التالية</a> <a href="/akhbar/5299.html">خبر قديم</a></main>{foot}', dir_="rtl"))
    s.add("/page/2/", page("ar", "الخبر الآن - الصفحة ٢", f'{nav}<main><h1>الصفحة ٢</h1>{"".join(item(x) for x in keys[2:])}<a href="/author/ahmed-salem/">أحمد سالم</a></main>{foot}', dir_="rtl"))
    s.add("/author/ahmed-salem/", page("ar", "أحمد سالم - الخبر الآن", f'{nav}<main><h1>أحمد سالم</h1><p>محرر الشؤون الاقتصادية في الخبر الآن، يغطي أسواق الطاقة والمال منذ عام ٢٠١٢، وعمل قبل ذلك مراسلا في القاهرة ودبي لعدد من الصحف العربية.</p>{item("egyptrates")}{item("oil")}</main>{foot}', dir_="rtl"))
    s.add("/about/", page("ar", "من نحن - الخبر الآن", f'{nav}<main><h1>من نحن</h1><p>الخبر الآن موقع إخباري يجمع أهم الأخبار العربية والعالمية من وكالات الأنباء والصحف، ويعمل فريق التحرير على مدار الساعة لتقديم الأخبار بسرعة ودقة.</p><p>للتواصل مع فريق التحرير أو لإرسال تصحيح، يرجى مراسلتنا عبر البريد الإلكتروني.</p></main>{foot}', dir_="rtl"))
    s.add("/akhbar/5299.html", page("ar", "الصفحة غير موجودة - الخبر الآن", f'{nav}<main><h1>عذرا، الصفحة غير موجودة</h1><p>الصفحة التي تبحث عنها ربما تم حذفها أو تغيير عنوانها أو أنها غير متاحة مؤقتا. يمكنك العودة إلى الصفحة الرئيسية لمتابعة آخر الأخبار.</p></main>{foot}', dir_="rtl"))
    return s


# =========================================================== 6. eurokurier
PL_MONTHS = {"10": "października", "11": "listopada"}


def site_eurokurier() -> Site:
    s = Site("eurokurier")
    s.doc = """Polish chrome, pl + nl articles. ALL-CAPS keyword prefix with an em dash `VAVADA — Title` (one title is
`Kraków: …`); `(VAVADA)` and lone `VAVADA` in the body; metadata in a `<dl>` (`3 listopada 2025, 11:04`, Źródło, Dział);
`Reklama` label and `Zobacz także:` line inside the body; closing spam paragraph `Źródło: vavada.net - …`; share/follow/comments.
Non-articles: tag page with long teasers, contact, privacy, page 2."""
    kw = "VAVADA"
    keys = ["sygnalisci", "tramwaj", "dijken", "musea"]
    url = {k: f"/artykul/{k}/" for k in keys}
    spam_t = {k: f"{kw} — {ARTICLES[k]['title']}" for k in keys}
    closing = "Źródło: vavada.net - najlepsze kasyno online w Polsce, odbierz bonus 500 zł na start"
    nav = '<div class="naglowek"><a href="/">EuroKurier</a> <a href="/tag/sejm/">#sejm</a> <a href="/strona/2/">Archiwum</a> <a href="/kontakt/">Kontakt</a></div>'
    foot = '<div class="stopka">© 2025 EuroKurier · <a href="/polityka-prywatnosci/">Polityka prywatności</a> · <a href="/kontakt/">Kontakt</a></div>'
    zob = {"sygnalisci": "tramwaj", "tramwaj": "sygnalisci", "dijken": "musea", "musea": "dijken"}
    for k in keys:
        a = ARTICLES[k]
        tp = text_paras(a)
        dt = a["published_at"]
        vis = f"{int(dt[8:10])} {PL_MONTHS[dt[5:7]]} {dt[:4]}, {dt[11:16]}"
        parts = [f'<p>{after_word(a["paras"][tp[0]], 4, "(" + kw + ")")}</p>',
                 '<div class="reklama">Reklama</div>',
                 f'<p>{after_word(a["paras"][tp[1]], 8, kw)}</p>',
                 f'<p class="zobacz">Zobacz także: <a href="{url[zob[k]]}">{esc(spam_t[zob[k]])}</a></p>']
        parts += [plain(a, j) for j in range(tp[1] + 1, len(a["paras"]))]
        parts.append(f"<p>{esc(closing)}</p>")
        body = f"""{nav}
<div class="kolumna">
<h1>{esc(spam_t[k])}</h1>
<dl class="meta"><dt>Data:</dt><dd>{vis}</dd><dt>Źródło:</dt><dd>{esc(a['source'])}</dd><dt>Dział:</dt><dd>{esc(a['category'])}</dd></dl>
<div class="tresc">
{chr(10).join(parts)}
</div>
<div class="udostepnij">Udostępnij: Facebook · X · WhatsApp</div>
<div class="obserwuj">Obserwuj nas w Google News</div>
<div class="komentarze">Komentarze (12) <a href="#">Dodaj komentarz</a></div>
</div>
{foot}"""
        junk = [kw, closing, "najlepsze kasyno online", "Reklama", "Zobacz także", ARTICLES[zob[k]]["title"], vis,
                "Udostępnij", "Obserwuj nas", "Komentarze (12)", "Dodaj komentarz"]
        s.add(url[k], page("pl", f"{spam_t[k]} – EuroKurier", body), rec(a, junk))

    def item(x, n=1):
        a = ARTICLES[x]
        return f'<div class="zajawka"><h2><a href="{url[x]}">{esc(spam_t[x])}</a></h2><p>{esc(" ".join(a["paras"][j] for j in text_paras(a)[:n]))}</p></div>'

    s.add("/", page("pl", "EuroKurier – wiadomości z kraju i ze świata", f'{nav}<div class="kolumna">{"".join(item(x) for x in keys[:2])}<a href="/strona/2/">Następna strona</a></div>{foot}'))
    s.add("/strona/2/", page("pl", "EuroKurier – strona 2", f'{nav}<div class="kolumna">{"".join(item(x) for x in keys[2:])}<a href="/">Poprzednia strona</a></div>{foot}'))
    s.add("/tag/sejm/", page("pl", "Tag: sejm – EuroKurier", f'{nav}<div class="kolumna"><h1>Tag: sejm</h1>{item("sygnalisci", 3)}{item("tramwaj", 3)}</div>{foot}'))
    s.add("/kontakt/", page("pl", "Kontakt – EuroKurier", f'{nav}<div class="kolumna"><h1>Kontakt</h1><p>Redakcja EuroKurier pracuje siedem dni w tygodniu. Informacje, sprostowania i propozycje współpracy prosimy kierować na adres redakcja@eurokurier.example. Odpowiadamy zwykle w ciągu dwóch dni roboczych.</p><p>Adres: ul. Przykładowa 1, 00-001 Warszawa.</p></div>{foot}'))
    s.add("/polityka-prywatnosci/", page("pl", "Polityka prywatności – EuroKurier", f'{nav}<div class="kolumna"><h1>Polityka prywatności</h1><p>Niniejsza polityka opisuje, w jaki sposób EuroKurier przetwarza dane osobowe użytkowników serwisu, w tym pliki cookies, identyfikatory reklamowe i dane analityczne, które pomagają nam ulepszać serwis.</p><p>Każdy użytkownik ma prawo dostępu do swoich danych, ich sprostowania oraz usunięcia.</p></div>{foot}'))
    return s


# =========================================================== 7. gundem
TR_MONTHS = {"10": "Ekim", "11": "Kasım"}
TR_DAYS = {"2025-11-03": "Pazartesi", "2025-10-29": "Çarşamba", "2025-10-31": "Cuma", "2025-11-01": "Cumartesi"}


def site_gundem() -> Site:
    s = Site("gundem")
    s.doc = """Turkish chrome, tr + en articles. Domain prefix with guillemet `betkolik.com » Title`; `<em>betkolik</em>` and
a `betkolik giriş` link mid-sentence; `03 Kasım 2025 Pazartesi 11:04`, `Kaynak: AA`; photo credit `Fotoğraf: AA / …`
and "Haberin devamı için tıklayın" inside the body; cookie banner; follow/app/comments; Önceki/Sonraki haber with titles.
Non-articles: photo gallery, imprint (künye), contact, page 2."""
    kw = "betkolik"
    keys = ["tcmb", "metro", "milli", "drill"]
    url = {k: f"/haber/{880 + i}/{k}/" for i, k in enumerate(keys)}
    spam_t = {k: f"{kw}.com » {ARTICLES[k]['title']}" for k in keys}
    nav = ('<div class="cookie">Bu sitede çerezler kullanılmaktadır. Devam ederek çerez politikamızı kabul etmiş olursunuz. <button>Tamam</button></div>'
           '<div class="ust"><a href="/">Gündem Hattı</a> <a href="/galeri/metro-acilis/">Galeri</a> <a href="/kunye/">Künye</a> <a href="/iletisim/">İletişim</a></div>')
    foot = '<div class="alt">© 2025 Gündem Hattı · Tüm hakları saklıdır.</div>'
    for i, k in enumerate(keys):
        a = ARTICLES[k]
        tp = text_paras(a)
        dt = a["published_at"]
        vis = f"{dt[8:10]} {TR_MONTHS[dt[5:7]]} {dt[:4]} {TR_DAYS[dt[:10]]} {dt[11:16]}"
        credit = f"Fotoğraf: {a['source']} / Ali Yılmaz"
        parts = [f'<p>{after_word(a["paras"][tp[0]], 5, f"<em>{kw}</em>")}</p>',
                 f'<div class="foto"><img src="/img/{k}.jpg"><small>{esc(credit)}</small></div>',
                 '<p class="devam"><a href="#">Haberin devamı için tıklayın</a></p>']
        for j in range(tp[1], len(a["paras"])):
            if j == tp[-1] and len(tp) > 2:
                parts.append(f'<p>{after_word(a["paras"][j], 3, f"<a href={chr(34)}https://betkolik.com/giris{chr(34)}>{kw} giriş</a>")}</p>')
            else:
                parts.append(plain(a, j))
        prev_k, next_k = keys[i - 1], keys[(i + 1) % len(keys)]
        body = f"""{nav}
<div class="haber">
<a class="kat" href="/">{esc(a['category'])}</a>
<h1>{esc(spam_t[k])}</h1>
<div class="tarih">{vis}</div><div class="kaynak">Kaynak: {esc(a['source'])}</div>
<div class="haber-metni">
{chr(10).join(parts)}
</div>
<div class="takip">Bizi takip edin: Facebook | X | Instagram | YouTube</div>
<div class="uygulama">Uygulamamızı indirin: App Store ve Google Play'de</div>
<div class="yorum">Yorumlar (12)</div>
<div class="gezinme"><a href="{url[prev_k]}">« Önceki haber: {esc(spam_t[prev_k])}</a> <a href="{url[next_k]}">Sonraki haber: {esc(spam_t[next_k])} »</a></div>
</div>
{foot}"""
        junk = [kw, f"{kw} giriş", credit, "Fotoğraf:", "Haberin devamı", "çerezler kullanılmaktadır", "Bizi takip edin",
                "Uygulamamızı indirin", "Yorumlar (12)", "Önceki haber", "Sonraki haber", ARTICLES[prev_k]["title"],
                ARTICLES[next_k]["title"], vis, f"Kaynak: {a['source']}"]
        s.add(url[k], page("tr", spam_t[k], body), rec(a, junk))

    def item(x):
        a = ARTICLES[x]
        return f'<div class="manset"><a href="{url[x]}">{esc(spam_t[x])}</a><p>{esc(a["paras"][0])}</p></div>'

    s.add("/", page("tr", "Gündem Hattı - Son dakika haberler", f'{nav}{"".join(item(x) for x in keys[:2])}<a href="/sayfa/2/">Sonraki sayfa</a>{foot}'))
    s.add("/sayfa/2/", page("tr", "Gündem Hattı - Sayfa 2", f'{nav}{"".join(item(x) for x in keys[2:])}<a href="/">Önceki sayfa</a>{foot}'))
    s.add("/galeri/metro-acilis/", page("tr", "FOTO GALERİ: Yeni metro hattı açıldı - Gündem Hattı",
                                        f'{nav}<div class="galeri"><h1>FOTO GALERİ: Yeni metro hattı açıldı</h1><div class="tarih">29 Ekim 2025 Çarşamba 18:00</div>'
                                        + "".join(f'<figure><img src="/img/m{j}.jpg"><figcaption>{esc(c)} Fotoğraf: DHA / Ali Yılmaz</figcaption></figure>' for j, c in enumerate([
                                            "Açılış törenine katılan vatandaşlar ilk seferi heyecanla bekledi; istasyon girişlerinde uzun kuyruklar oluştu.",
                                            "Yeni hattın 11 istasyonundan biri olan havalimanı istasyonu, yolcuları doğrudan terminal binasına taşıyor.",
                                            "Sürücüsüz trenler ilk gün boyunca her dört dakikada bir sefer yaptı ve yoğunluk akşam saatlerine kadar sürdü."]))
                                        + f'<a href="{url["metro"]}">Haberi oku</a></div>{foot}'))
    s.add("/kunye/", page("tr", "Künye - Gündem Hattı", f'{nav}<div class="sayfa"><h1>Künye</h1><p>Gündem Hattı, ulusal ve uluslararası haber ajanslarından derlenen haberleri okurlarına ulaştıran bağımsız bir haber sitesidir. Yayın ilkelerimiz doğrultusunda doğru, tarafsız ve hızlı habercilik yapmayı amaçlıyoruz.</p><p>İmtiyaz sahibi: Gündem Medya A.Ş. · Genel yayın yönetmeni: Ayşe Demir</p></div>{foot}'))
    s.add("/iletisim/", page("tr", "İletişim - Gündem Hattı", f'{nav}<div class="sayfa"><h1>İletişim</h1><p>Haber ihbarları, düzeltme talepleri ve reklam için bize e-posta ile ulaşabilirsiniz: iletisim@gundemhatti.example. Yazı işleri her gün 08.00 ile 24.00 arasında hizmet vermektedir.</p></div>{foot}'))
    return s


# =========================================================== 8. dailydigest
def site_dailydigest() -> Site:
    s = Site("dailydigest")
    s.doc = """English, legitimate-side traps. Clean <h1>; keyword only in <title> and listing links as a SUFFIX
(`Title | quickloanz`) plus a UTM link mid-sentence; JSON-LD datePublished with offset (publisher = the aggregator)
+ visible `Updated: 2 hours ago`; `Story by X for Y`; `Filed in: Science`; a one-paragraph article, a two-sentence
article shorter than the listing teasers, a `Lost in the archives: …` title, a quote paragraph starting “More …”, a
paragraph starting `More than …`, real `Related:` paragraphs; newsletter box inside the body; `More from DailyDigest`
teasers. Non-articles: home + page 2 + topic page with teasers longer than articles, newsletter page, privacy."""
    kw = "quickloanz"
    keys = ["river", "letters", "rota", "bridge", "sheep"]
    url = {k: f"/p/{k}-{ARTICLES[k]['published_at'][:10].replace('-', '')}/" for k in keys}
    spam_t = {k: f"{ARTICLES[k]['title']} | {kw}" for k in keys}
    utm = "https://quickloanz.com/apply?utm_source=dailydigest&amp;utm_medium=cpc&amp;utm_campaign=fast-cash"
    authors = {"river": "Lena Ortiz", "letters": "Sam Whitfield", "rota": "Jo Barnes", "bridge": "Tom Hale", "sheep": "Ana Ruiz"}
    topics = {"Science": "science", "Culture": "culture", "Health": "health", "Local": "local", "Rural": "rural"}
    nav = '<div class="masthead"><a href="/">DailyDigest</a><a href="/topics/science/">Science</a><a href="/newsletter/">Newsletter</a><a href="/privacy/">Privacy</a></div>'
    foot = '<div class="colophon">DailyDigest curates the best stories from trusted publishers. © 2025</div>'
    for k in keys:
        a = ARTICLES[k]
        tp = text_paras(a)
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": a["published_at"], "author": {"@type": "Person", "name": authors[k]},
                         "publisher": {"@type": "Organization", "name": "DailyDigest"}}, ensure_ascii=False)
        head = f'<script type="application/ld+json">{ld}</script>\n'
        parts = []
        for j in range(len(a["paras"])):
            if j == tp[0]:
                parts.append(f'<p>{after_word(a["paras"][j], 12, f"<a href={chr(34)}{utm}{chr(34)}>{kw}</a>")}</p>')
                if len(tp) > 1:
                    parts.append('<div class="nl-box"><b>Subscribe to our newsletter</b> — Get the day’s top stories in your inbox every morning. <a href="/newsletter/">Sign up</a></div>')
            else:
                parts.append(plain(a, j))
        others = [x for x in keys if x != k][:3]
        more = "".join(f'<li><a href="{url[x]}">{esc(spam_t[x])}</a><p>{esc(ARTICLES[x]["paras"][text_paras(ARTICLES[x])[0]][:120])}…</p></li>' for x in others)
        body = f"""{nav}
<div class="content">
<h1>{esc(a['title'])}</h1>
<p class="upd">Updated: 2 hours ago</p>
<p class="by">Story by {authors[k]} for {esc(a['source'])}</p>
<div class="post-content">
{chr(10).join(parts)}
</div>
<p class="filed">Filed in: <a href="/topics/{topics[a['category']]}/">{a['category']}</a></p>
<section class="more-from"><h3>More from DailyDigest</h3><ul>{more}</ul></section>
</div>
{foot}"""
        junk = [kw, "Updated: 2 hours ago", f"Story by {authors[k]}", "Subscribe to our newsletter", "top stories in your inbox",
                "Filed in:", "More from DailyDigest"] + [ARTICLES[x]["title"] for x in others]
        s.add(url[k], page("en", spam_t[k], body, head), rec(a, junk))

    def item(x, n=2):
        a = ARTICLES[x]
        # teasers: an editor's summary longer than the short articles
        t = " ".join(a["paras"][j] for j in text_paras(a)[:n])
        return (f'<div class="story"><h2><a href="{url[x]}">{esc(spam_t[x])}</a></h2><p>{esc(t)}</p>'
                f'<p>Our editors picked this story because it shows how communities adapt to change, and it is one of the most read on DailyDigest this week.</p>'
                f'<small>Story by {authors[x]} for {esc(a["source"])} · Updated: 2 hours ago</small></div>')

    s.add("/", page("en", "DailyDigest — the day in stories", f'{nav}<div class="content"><h1>Today</h1>{"".join(item(x) for x in keys[:3])}<a href="/page/2/">More stories</a></div>{foot}'))
    s.add("/page/2/", page("en", "DailyDigest — page 2", f'{nav}<div class="content"><h1>More stories</h1>{"".join(item(x) for x in keys[3:])}<a href="/">Back</a></div>{foot}'))
    s.add("/topics/science/", page("en", "Science — DailyDigest", f'{nav}<div class="content"><h1>Science</h1>{item("river", 1)}{item("sheep", 4)}</div>{foot}'))
    s.add("/newsletter/", page("en", "Newsletter — DailyDigest", f'{nav}<div class="content"><h1>Subscribe to our newsletter</h1><p>Get the day’s top stories in your inbox every morning. Our editors read hundreds of articles so you do not have to, and every issue takes less than five minutes to read over breakfast.</p><p>You can unsubscribe at any time with one click. We never share your email address with advertisers.</p><form><input name="email"><button>Sign up</button></form></div>{foot}'))
    s.add("/privacy/", page("en", "Privacy — DailyDigest", f'{nav}<div class="content"><h1>Privacy</h1><p>DailyDigest uses cookies to remember your preferences and to measure which stories are read. Advertising partners may also set cookies to show you relevant offers, which you can refuse in the cookie settings.</p></div>{foot}'))
    return s


SITES = [site_buzzline, site_chainpost, site_notizie, site_hankook, site_alkhabar, site_eurokurier, site_gundem, site_dailydigest]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(OUT))
    out = Path(ap.parse_args().out)
    for build in SITES:
        site = build()
        # only this script's sites: the folder also holds sites copied from red teams
        if (out / site.name).exists():
            shutil.rmtree(out / site.name)
        site.write(out)
        print(f"{site.name}: {len(site.expected)} articles, {len(site.nonarticles)} non-articles")


if __name__ == "__main__":
    main()
