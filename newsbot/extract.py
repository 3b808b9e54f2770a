"""Run newsbot's extraction and cleaning on one saved page.

    python -m newsbot.extract [--url URL] [--site NAME] [--format json|text] [--explain] [FILE|-]

Prints the record (``json``) or only the body (``text``).  A page that is not
an article exits 1 with a one-line reason on stderr.  It is the crawl's code
path without the crawl: the answer to "why did this page come out like this?".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from w3lib.encoding import html_to_unicode

from newsbot.cleaning.article import CleaningOptions, clean_article, utc_now
from newsbot.cleaning.spam import SiteEvidence
from newsbot.extraction.classify import classify
from newsbot.extraction.hybrid import read_verdict
from newsbot.extraction.page import ExtractionError, extract_page
from newsbot.profiles import GENERIC, ProfileError, load_profiles, profile_for_url
from newsbot.validation import validate_record


def _fail(message: str, code: int) -> int:
    print(f"newsbot.extract: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsbot.extract", description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default="-", help="saved HTML page, or - for stdin (default)")
    parser.add_argument("--url", help="the page's URL (used for the record, the site profile and URL rules)")
    parser.add_argument("--site", help="use this site profile (default: by the URL's host, else generic)")
    parser.add_argument("--sites-dir", help="extra site profiles folder (like NEWSBOT_SITES_DIR)")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument("--fast", action="store_true",
                        help="newsbot's own extractor only, as the crawl uses it (no trafilatura second opinion)")
    parser.add_argument("--explain", action="store_true",
                        help="also show what was removed: footer blocks, metadata lines, validation problems")
    args = parser.parse_args(argv)

    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror}", 2)
    try:
        profiles = load_profiles(args.sites_dir)
    except ProfileError as exc:
        return _fail(str(exc), 2)
    if args.site and args.site not in profiles:
        return _fail(f"site {args.site!r} is not a configured site (known: {', '.join(sorted(profiles))})", 2)
    url = args.url or (Path(args.file).resolve().as_uri() if args.file != "-" else "http://localhost/page")
    profile = profiles[args.site] if args.site else profile_for_url(profiles, url) if args.url else GENERIC

    _, text = html_to_unicode(None, data)
    try:
        page = extract_page(text, url, title_css=profile.title_selector, body_css=profile.body_selector,
                            meta_css=profile.meta_selector)
    except ExtractionError as exc:
        return _fail(f"not an article: {exc}", 1)
    how = {"min_body_chars": profile.min_body_chars,
           "article_url": profile.is_article_url(url) if args.url else None, "use_url": bool(args.url)}
    # as the crawl reads it (newsbot/extraction/hybrid.py): by default with trafilatura's second opinion on an
    # article ours found; --fast, ours alone
    verdict, _ = read_verdict(page, text, lambda: classify(page, **how), hybrid=not args.fast,
                              fixed_body=bool(profile.body_selector))
    if not verdict.is_article:
        return _fail(f"not an article ({verdict.reason}): {verdict.detail}", 1)
    options = CleaningOptions(profile.spam_keywords, profile.footer_markers, profile.timezone, profile.language)
    site = urlsplit(url).netloc.lower() or "localhost"
    cleaned = clean_article(page.to_raw(site, utc_now()), options, SiteEvidence())
    record = cleaned.record
    if args.format == "text":
        sys.stdout.write((record["body"] or "") + "\n")
        return 0
    if args.explain:
        record = {**record, "_explain": {
            "profile": profile.name,
            "footer_blocks_removed": cleaned.footer_blocks,
            "metadata_lines": cleaned.meta_blocks + page.meta_lines,
            "validation": [p.as_dict() for p in validate_record(record, profile.min_body_chars)],
        }}
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader stopped early (`… | head`): no traceback, Python's documented way out
        # (https://docs.python.org/3/library/signal.html#note-on-sigpipe), the shells' status for it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 141
    sys.exit(code)
