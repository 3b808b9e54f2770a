"""Score newsbot's generic extraction on the article-extraction-benchmark, in process.

    python benchmarks/extraction.py [CORPUS | --holdout] [--extractor E] [--worst N]

Same measure as ../shared/tools/eval_extraction.py (4-token shingles, precision
and recall averaged over pages); in process, so it runs in seconds and can list
the worst pages.  The official figure is the shared tool's, run on
`python -m newsbot.extract --format text`.  ``--holdout`` scores the article
pages of tests/holdout/sites (many languages, junk included) one page at a
time, without what a crawl learns from a site's other pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from w3lib.encoding import html_to_unicode  # noqa: E402

from newsbot.cleaning.article import CleaningOptions, clean_article, utc_now  # noqa: E402
from newsbot.cleaning.spam import SiteEvidence  # noqa: E402
from newsbot.extraction.classify import classify  # noqa: E402
from newsbot.extraction.hybrid import read_verdict  # noqa: E402
from newsbot.extraction.page import extract_page  # noqa: E402

TOKEN = re.compile(r"\w+")
N = 4
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "article-extraction-benchmark"
HOLDOUT = Path(__file__).resolve().parent.parent / "tests" / "holdout" / "sites"


def shingles(text: str) -> Counter:
    toks = TOKEN.findall(text or "")
    if len(toks) < N:
        return Counter([tuple(toks)] if toks else [])
    return Counter(tuple(toks[i:i + N]) for i in range(len(toks) - N + 1))


def page_prf(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    precision = 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)
    recall = 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)
    return precision, recall, (tp + fp > 0)


def newsbot_text(html: str, hybrid: bool = False) -> tuple[str, str]:
    page = extract_page(html, "http://localhost/page")

    def reclassify():
        return classify(page, use_url=False)

    verdict, _ = read_verdict(page, html, reclassify, hybrid=hybrid)  # as `python -m newsbot.extract` does
    if not verdict.is_article:
        return "", verdict.reason
    cleaned = clean_article(page.to_raw("localhost", utc_now()), CleaningOptions(), SiteEvidence())
    return cleaned.record["body"] or "", "article"


def trafilatura_text(html: str) -> tuple[str, str]:
    import trafilatura

    return trafilatura.extract(html) or "", "article"


def corpus_pages(corpus: Path):
    """(id, gold body, HTML bytes) of a corpus laid out like the article-extraction-benchmark."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, gold in sorted(truth.items()):
        path = corpus / "html" / f"{page_id}.html.gz"
        data = gzip.decompress(path.read_bytes()) if path.exists() else (corpus / "html" / f"{page_id}.html").read_bytes()
        yield page_id, gold.get("articleBody", ""), data


def holdout_pages():
    """(id, gold body, HTML bytes) of every article page of the holdout sites."""
    for expected in sorted(HOLDOUT.glob("*/expected.jsonl")):
        for n, line in enumerate(expected.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            path = expected.parent / unquote(urlsplit(record["path"]).path).lstrip("/")  # as the site server maps it
            if path.is_dir():
                path = path / "index.html"
            yield f"{expected.parent.name}-{n}", record["body"], path.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--holdout", action="store_true", help="the holdout sites' article pages instead of CORPUS")
    parser.add_argument("--extractor", choices=("newsbot", "hybrid", "trafilatura"), default="hybrid",
                        help="hybrid: what `python -m newsbot.extract` does; newsbot: the crawl's fast extractor")
    parser.add_argument("--worst", type=int, default=0)
    args = parser.parse_args()
    pages = holdout_pages() if args.holdout else corpus_pages(Path(args.corpus))
    fn = {"newsbot": newsbot_text, "hybrid": lambda html: newsbot_text(html, hybrid=True),
          "trafilatura": trafilatura_text}[args.extractor]
    rows = []
    started = time.perf_counter()
    for page_id, gold, data in pages:
        _, html = html_to_unicode(None, data)
        text, reason = fn(html)
        p, r, predicted = page_prf(gold, text)
        rows.append((page_id, p, r, predicted, reason))
    elapsed = time.perf_counter() - started
    ps = [p for _, p, _, predicted, _ in rows if predicted]
    rs = [r for _, _, r, _, _ in rows]
    precision, recall = sum(ps) / len(ps), sum(rs) / len(rs)
    f1 = 2 * precision * recall / (precision + recall)
    fails = Counter(reason for *_, reason in rows if reason != "article")
    print(f"{args.extractor}: pages {len(rows)}  F1 {f1:.3f}  precision {precision:.3f}  recall {recall:.3f}  "
          f"{elapsed / len(rows) * 1000:.1f} ms/page  not-article {dict(fails)}")
    if args.worst:
        for page_id, p, r, _, reason in sorted(rows, key=lambda row: 2 * row[1] * row[2] / (row[1] + row[2] or 1))[: args.worst]:
            print(f"  {page_id[:16]}  P {p:.2f}  R {r:.2f}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
