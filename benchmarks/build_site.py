"""Build a large, deterministic aggregator site for the benchmarks (issue 8).

The pages imitate the demo site (newsbot/demo/site/) and the junk of real
aggregators: spam prefixes on titles ("verdicoin:"), spam keywords glued into
the text (",verdicoin the"), run-together metadata ("2025-05-01 21:15:45source:
Metro Feedcategory:News"), "More:" and "Recommend" footers, listing pages with
pagination, tag pages, information pages and short non-article pages.

Article text is put together from sentence pools with a seeded RNG: every page
is different, the same command always writes the same bytes.  Article text is
2-6 KB, like a real news story.

    python benchmarks/build_site.py                      # 2,000 articles -> benchmarks/.site/
    python benchmarks/build_site.py --articles 20000 --out benchmarks/.site-20000

Writes ``manifest.json`` at the root of the site (counts and the paths of the
article pages), which run.py reads.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATOR_VERSION = 1  # bump when the output changes, so run.py rebuilds old sites

SITE_NAME = "SCA Daily"
CATEGORIES = ["news", "business", "world", "sports", "technology", "lifestyle"]
TAGS = [
    "markets", "europe", "north-korea", "weather", "transport", "health", "energy", "housing",
    "football", "running", "chips", "software", "wildlife", "social-media", "russia", "elections",
    "climate", "aviation", "banking", "education",
]
SPAM_KEYWORDS = ["verdicoin", "cryptolux", "betzoria", "slotmaxx", "lotoprime"]
SOURCES = ["SCA Community", "Metro Feed", "Daily Wire Desk", "Global Newsroom", "Regional Partner"]
PER_LISTING_PAGE = 20

STYLE = (
    "body{font-family:Georgia,serif;margin:0;color:#222}.site-header,.site-footer{background:#1d3557;"
    "color:#fff;padding:.6em 1em}.site-header a,.site-footer a{color:#fff}.site-header ul{list-style:none;"
    "margin:0;padding:0;display:flex;gap:1em;flex-wrap:wrap}main{display:flex;gap:2em;padding:1em;"
    "max-width:70em;margin:auto}main>article,main>section,main>div{flex:3}aside{flex:1;border-left:1px "
    "solid #ddd;padding-left:1em}.post-meta span{color:#666;font-size:.9em}"
)

# --- sentence pools ----------------------------------------------------------

EN_PLACES = [
    ("MOSCOW", "AP"), ("LONDON", "Reuters"), ("PARIS", "AFP"), ("TOKYO", "Reuters"), ("WASHINGTON", "AP"),
    ("BERLIN", "dpa"), ("NAIROBI, Kenya", "AP"), ("SYDNEY", "AAP"), ("TORONTO", "CP"), ("MADRID", "EFE"),
    ("SAO PAULO", "Reuters"), ("SEOUL, South Korea", "Yonhap"), ("CHICAGO", "AP"), ("MUMBAI", "PTI"),
    ("ROME", "ANSA"), ("DUBLIN", "AP"), ("OSLO, Norway", "NTB"), ("LISBON, Portugal", "AFP"),
]
EN_SUBJECTS = [
    "The city council", "Officials in the region", "A spokesperson for the company", "The central bank",
    "Local residents", "The transport ministry", "Investigators", "Union leaders", "The health agency",
    "Analysts at several banks", "The opposition party", "Emergency services", "The national weather service",
    "The club's manager", "Researchers at the university", "Environmental groups", "The airline",
    "Shareholders", "The prime minister's office", "A panel of independent experts", "Farmers in the valley",
    "The school board", "Police", "The mayor", "Executives at the chipmaker", "Fire crews", "The court",
    "Regulators", "Tour operators", "Doctors at the regional hospital", "The finance minister",
    "Residents of the coastal town", "The organisers", "Energy traders", "The software company",
]
EN_PREDICATES = [
    "said on {day} that the plan would cost about {money}",
    "warned that prices could rise by as much as {pct}% before the end of the year",
    "approved a proposal to expand the network by {n} kilometres",
    "announced that {n} new jobs would be created over the next three years",
    "rejected claims that the project had been delayed by poor planning",
    "confirmed that at least {small} people had been taken to hospital",
    "called for an independent review of the decision",
    "said the figures were the highest since records began in {year}",
    "described the talks as difficult but constructive",
    "said it expected the work to be finished by {month}",
    "declined to comment on the report",
    "urged residents to stay indoors until the warning was lifted",
    "estimated that the damage would run into the hundreds of millions",
    "said demand had grown faster than expected in recent months",
    "promised to publish the full results later this month",
    "voted {small} to {smaller} in favour of the measure",
    "said more than {n} people had signed the petition",
    "pointed to a {pct}% fall in sales during the first quarter",
    "said negotiations would resume on {day}",
    "added that no decision had yet been taken on the funding",
    "said the new rules would take effect in {month}",
    "reported a profit of {money} for the period",
    "said the service would run every {small} minutes at peak times",
    "expressed concern about the pace of the changes",
    "argued that the cuts would hit smaller towns hardest",
    "said the season had been the busiest in a decade",
    "said the vote had been postponed until after the summer",
    "reported that water levels had risen by {small} centimetres overnight",
]
EN_TAILS = [
    "", "", "", ", according to a statement released late on {day}", ", officials said",
    " after weeks of negotiations", ", a move that surprised many observers", " despite strong opposition",
    ", the second such announcement this year", " in a brief statement", ", according to local media",
    " as pressure mounted on the government", ", people familiar with the matter said",
    " in an interview with a local radio station", ", citing figures from the statistics office",
]
EN_QUOTES = [
    "“We have listened to people's concerns and we think this is a fair outcome,” {who} said.",
    "“It is too early to say what the long-term effects will be,” said {who}.",
    "“Nobody expected the numbers to move this quickly,” {who} told reporters.",
    "“We will keep working until every family has been reached,” {who} said.",
    "“This is a good day for the region, but there is still a lot of work to do,” said {who}.",
]
EN_PEOPLE = [
    "Maria Lopez, a local business owner", "John Carter, a senior analyst", "Aiko Tanaka, the project's director",
    "Peter Novak, a union representative", "Sara Lindqvist, a spokeswoman for the ministry",
    "David Okafor, the club's captain", "Elena Rossi, a researcher", "Tom Becker, a resident",
]
EN_TITLE_START = [
    "City council approves", "Officials warn of", "Company announces", "Residents protest", "Report shows",
    "Regulators probe", "Flooding forces", "Star striker signs", "Chipmaker plans", "Panel calls for",
    "Airline orders", "Stocks slip as", "Heatwave brings", "New study links", "Minister defends",
]
EN_TITLE_END = [
    "new bike lanes along river", "rising energy prices", "plan to cut 500 jobs", "new airport runway",
    "record rainfall in the south", "merger of two regional banks", "thousands from their homes",
    "three-year deal with rivals", "$4 billion plant in Kyushu", "earlier heart disease screening",
    "40 narrow-body jets", "investors await inflation data", "travel chaos across Europe",
    "screen time and poor sleep", "controversial housing reform",
]

DE_SENTENCES = [
    "Die Regierung will die Regelung bis Ende {year} verlängern und zugleich Ausnahmen deutlich einschränken.",
    "Mieterinitiativen begrüßten den Vorstoß, forderten aber weitergehende Schritte.",
    "In vielen Städten zahlen Familien inzwischen mehr als die Hälfte ihres Einkommens für die Miete.",
    "Die Opposition kritisierte die Pläne als Eingriff in den Markt, der den Neubau bremse.",
    "Ökonomen sind in der Frage gespalten.",
    "Nach Angaben der Behörden waren rund {n} Menschen von den Ausfällen betroffen.",
    "Der Stadtrat stimmte mit {small} zu {smaller} Stimmen für den Vorschlag.",
    "Die Arbeiten sollen im {month_de} beginnen und etwa zwei Jahre dauern.",
    "Ein Sprecher des Ministeriums wollte sich zu den Einzelheiten nicht äußern.",
    "Die Preise stiegen im Vergleich zum Vorjahr um {pct} Prozent.",
    "Viele Anwohner zeigten sich erleichtert, andere blieben skeptisch.",
    "Die Polizei sperrte die Straße für mehrere Stunden.",
    "Der Verband rechnet in diesem Jahr mit deutlich mehr Besuchern als im Vorjahr.",
    "Die Entscheidung soll nach der Sommerpause fallen.",
    "Experten warnen vor den Folgen für kleinere Gemeinden.",
]
ES_SENTENCES = [
    "El ayuntamiento aprobó el plan con {small} votos a favor y {smaller} en contra.",
    "Según las autoridades, unas {n} personas se vieron afectadas por los cortes.",
    "Los vecinos expresaron su preocupación por el aumento de los precios.",
    "La empresa prevé contratar a {n} trabajadores en los próximos tres años.",
    "Las obras comenzarán en {month_es} y durarán unos dos años.",
    "El portavoz del ministerio no quiso hacer comentarios sobre el informe.",
    "Los precios subieron un {pct} por ciento respecto al año anterior.",
    "La oposición calificó la medida de insuficiente.",
    "Los expertos advierten de las consecuencias para los pueblos más pequeños.",
    "La decisión se tomará después del verano.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(rng: random.Random, template: str) -> str:
    small = rng.randint(3, 60)
    return template.format(
        day=rng.choice(DAYS), money=f"${rng.randint(2, 900)} million", pct=rng.randint(1, 40),
        n=f"{rng.randint(2, 90) * 100:,}", small=small, smaller=rng.randint(1, small - 1) if small > 1 else 0,
        year=rng.randint(1990, 2030), month=rng.choice(MONTHS), month_de=rng.choice(MONTHS_DE),
        month_es=rng.choice(MONTHS_ES), who=rng.choice(EN_PEOPLE),
    )


def _en_sentence(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return _fill(rng, rng.choice(EN_QUOTES))
    return _fill(rng, f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_PREDICATES)}{rng.choice(EN_TAILS)}.")


def _paragraphs(rng: random.Random, lang: str, target_chars: int, dateline: str) -> list[str]:
    paras: list[str] = []
    total = 0
    first = True
    while total < target_chars:
        count = rng.randint(2, 5)
        if lang == "en":
            sentences = [_en_sentence(rng) for _ in range(count)]
        else:
            pool = DE_SENTENCES if lang == "de" else ES_SENTENCES
            sentences = [_fill(rng, s) for s in rng.sample(pool, min(count, len(pool)))]
        text = " ".join(sentences)
        if first:
            text = f"{dateline} — {text}"
            first = False
        paras.append(text)
        total += len(text)
    return paras


def _inject_spam(rng: random.Random, paras: list[str], keyword: str, times: int) -> list[str]:
    """Glue the keyword after a comma or a full stop, as the demo's spam does."""
    paras = list(paras)
    for _ in range(times):
        i = rng.randrange(len(paras))
        spots = [m.end() for m in re.finditer(r"[a-z][,.](?= [A-Za-z])", paras[i])]
        if not spots:
            continue
        at = rng.choice(spots)
        paras[i] = paras[i][:at] + keyword + paras[i][at:]  # ",verdicoin the", as in the seed
    return paras


# --- page templates ------------------------------------------------------------

def _layout(title: str, main: str, lang: str = "en") -> str:
    nav = "".join(
        f'<li><a href="{href}">{label}</a></li>'
        for href, label in [("/", "Home")] + [(f"/category/{c}/", c.capitalize()) for c in CATEGORIES]
        + [("/about/", "About"), ("/contact/", "Contact")]
    )
    hot = "".join(f'<li><a href="/tag/{t}/">{t.replace("-", " ").title()}</a></li>' for t in TAGS[:5])
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title, quote=False)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<header class="site-header"><div class="site-name"><a href="/">{SITE_NAME}</a></div>'
        f"<nav><ul>{nav}</ul></nav></header>\n"
        f"<main>{main}<aside class=\"sidebar\"><h3>Hot topics</h3><ul>{hot}</ul></aside></main>\n"
        f'<footer class="site-footer"><p>© 2025 {SITE_NAME}. All rights reserved.</p><p><a href="/">Home</a> | '
        f'<a href="/about/">About us</a> | <a href="/contact/">Contact</a> | <a href="/privacy/">Privacy</a></p>'
        f"</footer>\n</body>\n</html>\n"
    )


def _article(a: dict, articles: list[dict], rng: random.Random) -> str:
    esc = html.escape
    title = a["shown_title"]
    cat = a["category"]
    date = a["published"]
    variant = a["id"] % 5
    if variant in (0, 1, 2):  # the demo's spans: text runs together
        meta = (
            f'<div class="post-meta"><span class="post-date">{date:%Y-%m-%d %H:%M:%S}</span>'
            f'<span class="post-source">source:{a["source"]}</span>'
            f'<span class="post-category">category:<a href="/category/{cat}/">{cat.capitalize()}</a></span></div>'
        )
        first = ""
    elif variant == 3:  # run-together metadata as the first paragraph of the body
        meta = ""
        first = f"<p>{date:%Y-%m-%d %H:%M}source:{a['source']}category:{cat.capitalize()}</p>\n    "
    else:  # English prose date
        meta = (
            f'<div class="byline">Posted on {MONTHS[date.month - 1]} {date.day}, {date.year} at '
            f'{date:%H:%M} by {a["source"]}</div>'
        )
        first = ""
    body = "\n    ".join(f"<p>{esc(p, quote=False)}</p>" for p in a["paragraphs"])
    if a["id"] % 2:
        more = f'<div class="post-more">More:<a href="/category/{cat}/">{cat.capitalize()}</a></div>'
    else:
        more = f'<p class="more">More:<a href="/category/{cat}/">{cat.capitalize()}</a></p>'
    recs = []
    for other in rng.sample(articles, 3):
        if other is a:
            continue
        teaser = other["paragraphs"][0][:100]
        recs.append(f'<li><a href="{other["path"]}">{esc(other["title"], quote=False)}</a>'
                    f"<p>{esc(teaser, quote=False)}</p></li>")
    tags = " ".join(f'<a href="/tag/{t}/">{t}</a>' for t in a["tags"])
    main = (
        f'<article class="post">\n  <h1 class="post-title">{esc(title, quote=False)}</h1>\n  {meta}\n'
        f'  <div class="post-content">\n    {first}{body}\n  </div>\n  {more}\n'
        f'  <div class="post-tags">Tags: {tags}</div>\n'
        f'  <div class="recommend"><h3>Recommend</h3><ul>\n    ' + "\n    ".join(recs) + "\n  </ul></div>\n"
        "</article>"
    )
    return _layout(f"{title} - {SITE_NAME}", main, a["lang"])


def _listing(heading: str, items: list[dict], base: str, page: int, pages: int) -> str:
    esc = html.escape
    lis = "\n".join(
        f'<li class="item"><h2 class="item-title"><a href="{a["path"]}">{esc(a["shown_title"], quote=False)}</a></h2>'
        f'<p class="teaser">{esc(a["paragraphs"][0][:160], quote=False)}…</p>'
        f'<span class="date">{a["published"]:%Y-%m-%d}</span></li>'
        for a in items
    )
    nav = ""
    if pages > 1:
        def href(k: int) -> str:
            return base if k == 1 else f"{base}page/{k}/"
        parts = []
        if page > 1:
            parts.append(f'<a class="prev" rel="prev" href="{href(page - 1)}">Prev</a>')
        for k in range(max(1, page - 3), min(pages, page + 3) + 1):
            parts.append(f'<span class="current">{k}</span>' if k == page else
                         f'<a class="page-number" href="{href(k)}">{k}</a>')
        if page < pages:
            parts.append(f'<a class="next" rel="next" href="{href(page + 1)}">Next</a>')
        nav = f'\n<nav class="pagination">{" ".join(parts)}</nav>'
    title = heading if page == 1 else f"{heading} - Page {page}"
    main = (f'<section class="listing">\n<h1 class="listing-title">{esc(heading)}</h1>\n'
            f'<ul class="items">\n{lis}\n</ul>{nav}\n</section>')
    return _layout(f"{title} - {SITE_NAME}", main)


def _info_page(heading: str, paras: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)
    main = f'<div class="page">\n<h1 class="page-title">{heading}</h1>\n<div class="page-content">\n{body}\n</div>\n</div>'
    return _layout(f"{heading} - {SITE_NAME}", main)


def _short_page(heading: str, caption: str) -> str:
    main = (f'<article class="post video">\n  <h1 class="post-title">{html.escape(heading, quote=False)}</h1>\n'
            f'  <div class="video-player">[video]</div>\n  <p class="caption">{html.escape(caption, quote=False)}</p>\n'
            f"</article>")
    return _layout(f"{heading} - {SITE_NAME}", main)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --- the site ------------------------------------------------------------------

def make_articles(count: int, seed: int) -> list[dict]:
    base = datetime(2025, 5, 31, 23, 0, 0)
    articles = []
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        lang = "de" if i % 10 == 7 else "es" if i % 20 == 13 else "en"
        published = base - timedelta(minutes=37 * i + rng.randint(0, 30), seconds=rng.randint(0, 59))
        if lang == "en":
            title = f"{rng.choice(EN_TITLE_START)} {rng.choice(EN_TITLE_END)}"
            place, agency = rng.choice(EN_PLACES)
        elif lang == "de":
            title = rng.choice(["Bundestag streitet über", "Stadtrat beschließt", "Neue Studie zu",
                                "Verband warnt vor"]) + " " + rng.choice(
                ["schärfere Mietpreisbremse", "Ausbau der Radwege", "steigende Energiepreise", "Zukunft der Bahn"])
            place, agency = "BERLIN", "dpa"
        else:
            title = rng.choice(["El Gobierno aprueba", "Los vecinos protestan por", "Nuevo estudio sobre"]) + " " + \
                rng.choice(["la subida de precios", "el nuevo aeropuerto", "la reforma de la vivienda"])
            place, agency = "MADRID", "EFE"
        paras = _paragraphs(rng, lang, rng.randint(2000, 6000), f"{place} ({agency})")
        spam = None
        if rng.random() < 0.6:
            spam = rng.choice(SPAM_KEYWORDS)
            paras = _inject_spam(rng, paras, spam, rng.randint(1, 3))
        category = CATEGORIES[i % len(CATEGORIES)]
        slug = _slug(title)[:60].strip("-")
        path = f"/news/{published:%Y/%m/%d}/{slug}-{i + 1}.html"
        articles.append({
            "id": i, "lang": lang, "title": title, "shown_title": f"{spam}:{title}" if spam else title,
            "published": published, "source": rng.choice(SOURCES), "category": category,
            "tags": rng.sample(TAGS, 3), "paragraphs": paras, "path": path,
        })
    return articles


def _write(root: Path, path: str, text: str) -> None:
    target = root / (path.lstrip("/") + "index.html" if path.endswith("/") else path.lstrip("/"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def build(out: Path, count: int, seed: int = 8) -> dict:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    articles = make_articles(count, seed)
    rng = random.Random(seed)
    text_bytes = []
    for a in articles:
        _write(out, a["path"], _article(a, articles, random.Random(seed * 7 + a["id"])))
        text_bytes.append(len("\n\n".join(a["paragraphs"]).encode("utf-8")))

    listing_paths = []

    def paginate(heading: str, base: str, items: list[dict]) -> None:
        pages = max(1, -(-len(items) // PER_LISTING_PAGE))
        for k in range(1, pages + 1):
            path = base if k == 1 else f"{base}page/{k}/"
            _write(out, path, _listing(heading, items[(k - 1) * PER_LISTING_PAGE:k * PER_LISTING_PAGE], base, k, pages))
            listing_paths.append(path)

    paginate("Latest news", "/", articles)
    for cat in CATEGORIES:
        paginate(cat.capitalize(), f"/category/{cat}/", [a for a in articles if a["category"] == cat])
    for tag in TAGS:  # tag pages: the latest 20 only, no pagination
        items = [a for a in articles if tag in a["tags"]][:PER_LISTING_PAGE]
        _write(out, f"/tag/{tag}/", _listing(tag.replace("-", " ").title(), items, f"/tag/{tag}/", 1, 1))
        listing_paths.append(f"/tag/{tag}/")

    info = {
        "/about/": ("About us", [
            f"{SITE_NAME} started in 2019 as a small newsletter put together by a handful of volunteers who wanted "
            "a single place to follow the stories their community cared about.",
            "Our editors do not write most of the stories you see here. Instead, we work with wire services, "
            "community contributors and regional outlets, and we credit each item to the source that supplied it.",
            "We believe that good information should be free to read. The site is supported by advertising and by "
            "the readers who choose to become members.",
        ]),
        "/contact/": ("Contact", ["Write to us at the address below. We read every message.",
                                  "Corrections: please name the story and the error."]),
        "/privacy/": ("Privacy policy", ["We use cookies to measure how the site is used and to show advertising. "
                                         "You can refuse them in your browser's settings at any time."] * 3),
    }
    for path, (heading, paras) in info.items():
        _write(out, path, _info_page(heading, paras))
    # short non-article pages (video clips with a caption), linked from the home page's sidebar-free footer
    short_paths = []
    for k in range(max(1, count // 50)):
        a = articles[(k * 37) % count]
        path = f"/video/{a['published']:%Y/%m/%d}/clip-{k + 1}.html"
        _write(out, path, _short_page(f"Video: {a['title']}", "Watch the clip. Autoplay is on."))
        short_paths.append(path)
    _write(out, "/video/", _info_page("Videos", ["The latest clips."]).replace(
        "</div>\n</div>", "".join(f'<p><a href="{p}">Clip {i + 1}</a></p>' for i, p in enumerate(short_paths))
        + "</div>\n</div>", 1))
    # a page without links: run.py crawls it alone to measure each crawler's fixed cost
    (out / "bench-empty.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Empty</title></head>'
        "<body><p>Nothing here.</p></body></html>\n", encoding="utf-8")
    (out / "robots.txt").write_text("User-agent: *\nDisallow: /search/\nAllow: /\n", encoding="utf-8")
    # the home page links the videos and the privacy page (so the crawl reaches them)
    home = (out / "index.html").read_text(encoding="utf-8")
    home = home.replace("</footer>", '<p><a href="/video/">Videos</a></p></footer>', 1)
    (out / "index.html").write_text(home, encoding="utf-8")

    text_bytes.sort()
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "articles": count,
        "seed": seed,
        "article_paths": [a["path"] for a in articles],
        "listing_paths": listing_paths,
        "other_paths": list(info) + ["/video/"] + short_paths,
        "pages": count + len(listing_paths) + len(info) + 1 + len(short_paths),
        "article_text_bytes": {"min": text_bytes[0], "median": text_bytes[len(text_bytes) // 2],
                               "max": text_bytes[-1]},
        "html_bytes": sum(p.stat().st_size for p in out.rglob("*.html")),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def default_out(count: int) -> Path:
    return HERE / ".site" if count == 2000 else HERE / f".site-{count}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or default_out(args.articles)
    m = build(out, args.articles, args.seed)
    print(f"wrote {m['pages']} pages ({m['articles']} articles, {len(m['listing_paths'])} listings, "
          f"{len(m['other_paths'])} other) to {out}; article text {m['article_text_bytes']} bytes; "
          f"{m['html_bytes'] / 1e6:.1f} MB of HTML")


if __name__ == "__main__":
    main()
