"""A deterministic aggregator-style site of many articles, for scale tests and benchmarks.

    python tests/sites/bigsite.py OUTDIR [--articles N]

Pages look like the embedded demo's: articles at ``/news/YYYY/MM/DD/slug.html``
with an h1, a meta line (date, source, category) and several paragraphs;
listing pages at ``/page/N/`` (20 articles each) all linked from the home page;
every article links to three others ("Recommend") and to its category.
"""

from __future__ import annotations

import argparse
import html
import random
from datetime import datetime, timedelta
from pathlib import Path

PER_PAGE = 20
CATEGORIES = ["News", "Business", "World", "Sports", "Technology", "Lifestyle"]
WORDS = ["council", "market", "river", "station", "budget", "harbour", "festival", "minister", "school", "league", "weather", "bridge", "energy", "museum", "farmers", "airport", "election", "hospital", "library", "orchestra", "factory", "tunnel", "garden", "university", "coast", "railway", "village", "court", "science", "theatre", "highway", "forest", "island", "parliament"]

NAV = "".join(
    f'<li><a href="/category/{c.lower()}/">{c}</a></li>' for c in CATEGORIES
)


def _page(title: str, main: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)} - Big Daily</title>\n</head>\n<body>\n"
        '<header class="site-header"><div class="site-name"><a href="/">Big Daily</a></div>'
        f'<nav><ul><li><a href="/">Home</a></li>{NAV}</ul></nav></header>\n'
        f"<main>{main}</main>\n"
        '<footer class="site-footer"><p>© 2025 Big Daily. All rights reserved.</p>'
        '<p><a href="/">Home</a> | <a href="/category/news/">News</a></p></footer>\n'
        "</body>\n</html>\n"
    )


def articles(n: int) -> list[dict]:
    """The site's articles: path, title, date, category, paragraphs (deterministic)."""
    rng = random.Random(20250501)
    start = datetime(2025, 1, 1, 6, 0, 0)
    out = []
    for i in range(n):
        when = start + timedelta(hours=7 * i, minutes=i % 60)
        words = rng.sample(WORDS, 3)
        title = f"Story {i + 1}: {words[0].title()} {words[1]} and the {words[2]} question"
        slug = f"story-{i + 1:04d}-{words[0]}-{words[1]}"
        paragraphs = []
        for p in range(3 + i % 3):
            body = " ".join(rng.choice(WORDS) for _ in range(18 + p * 3))
            paragraphs.append(f"Report {i + 1}.{p + 1}: the {body.capitalize()}, officials said on {when:%A}.")
        out.append({
            "path": f"/news/{when:%Y/%m/%d}/{slug}.html",
            "title": title,
            "date": f"{when:%Y-%m-%d %H:%M:%S}",
            "category": CATEGORIES[i % len(CATEGORIES)],
            "paragraphs": paragraphs,
        })
    return out


def build(root: Path, n: int = 600) -> list[str]:
    """Write the site under ``root``; returns the article paths."""
    root = Path(root)
    items = articles(n)
    pages = (n + PER_PAGE - 1) // PER_PAGE
    for i, a in enumerate(items):
        recs = "".join(
            f'<li><a href="{items[j]["path"]}">{html.escape(items[j]["title"])}</a></li>'
            for j in ((i * 7 + 1) % n, (i * 13 + 5) % n, (i * 31 + 11) % n) if j != i
        )
        cat = a["category"]
        paras = "\n".join(f"    <p>{html.escape(p)}</p>" for p in a["paragraphs"])
        main = (
            f'<article class="post">\n  <h1 class="post-title">{html.escape(a["title"])}</h1>\n'
            f'  <div class="post-meta"><span class="post-date">{a["date"]}</span>'
            f'<span class="post-source">source:Big Wire</span>'
            f'<span class="post-category">category:<a href="/category/{cat.lower()}/">{cat}</a></span></div>\n'
            f'  <div class="post-content">\n{paras}\n  </div>\n'
            f'  <div class="recommend"><h3>Recommend</h3><ul>{recs}</ul></div>\n</article>'
        )
        path = root / a["path"].lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_page(a["title"], main), encoding="utf-8")

    def listing(title: str, chunk: list[dict], extra: str = "") -> str:
        lis = "".join(f'<li><a href="{a["path"]}">{html.escape(a["title"])}</a></li>' for a in chunk)
        return _page(title, f'<section class="listing"><h2>{html.escape(title)}</h2><ul>{lis}</ul>{extra}</section>')

    for p in range(pages):
        chunk = items[p * PER_PAGE:(p + 1) * PER_PAGE]
        nxt = f'<a class="next" href="/page/{p + 2}/">Next</a>' if p + 1 < pages else ""
        out = root / "page" / str(p + 1) / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(listing(f"Latest news, page {p + 1}", chunk, nxt), encoding="utf-8")
    for cat in CATEGORIES:
        out = root / "category" / cat.lower() / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(listing(cat, [a for a in items if a["category"] == cat][:PER_PAGE]), encoding="utf-8")
    links = "".join(f'<li><a href="/page/{p + 1}/">Page {p + 1}</a></li>' for p in range(pages))
    (root / "index.html").write_text(
        listing("Big Daily", items[:PER_PAGE], f'<ul class="pages">{links}</ul>'), encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return [a["path"] for a in items]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    print(len(build(Path(args.root), args.articles)), "articles written under", args.root)


if __name__ == "__main__":
    main()
