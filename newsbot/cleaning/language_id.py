"""A second language identifier, asked only where CLD2 and the word tables name no language.

Why a library: CLD2 (pycld2) knows ~83 languages, and each blind round brought languages it does not know (Tuvaluan,
Ngaju, Khakas, Tzeltal ...), which the hand-written word tables of newsbot/cleaning/article.py (_OWN_WORDS,
_MEMBER_WORDS) learn one at a time and never for the next round's.  pyfranc (MIT; a Python port of franc-all: trigram
profiles of ~380 languages built from the Universal Declaration of Human Rights) covers about half of such languages;
on the holdout's gold bodies of languages CLD2 does not know and franc does, its first answer is right on 87%.  It
costs 20-33 ms a text, measured (a Python loop over ~380 profiles), so choose_language asks it only where it would otherwise
answer None or keep a declaration the text does not show, never on every page.

Pure: no Scrapy, no page; the thresholds below are measured by scripts/language_fallback_sweep.py.
"""

from __future__ import annotations

# the characters a text needs for franc's answer to count: on shorter texts its first answer is right too rarely
# (scripts/language_fallback_sweep.py: see the README's "Language" paragraph)
FALLBACK_MIN_CHARS = 200
# ... and the margin between its first and second scores (franc normalises the first to 1.0; the second's distance
# below it): a near tie is two neighbours franc cannot tell apart, not an answer
FALLBACK_MIN_MARGIN = 0.02
# franc reads at most this many characters (its own MAX_LENGTH is 2,048); a prefix keeps the cost bounded
_FRANC_CHARS = 2048

# franc's codes of individual languages that CLDR's aliases (babel) do not send to the code the record uses; and
# franc's one Dinka profile (Northeastern Dinka's UDHR, "dip"), which it answers for any Dinka text (a Bor story reads
# "dip"): the macrolanguage, as CLDR sends "dik" to "din"
FRANC_CODES = {"zlm": "ms", "gax": "om", "nob": "nb", "dip": "din"}


def franc_ranking(text: str) -> list[tuple[str, float]]:
    """franc's languages for ``text`` (ISO 639-3 codes, best first, scores 0-1 with the first at 1.0); empty for a
    text it reads none in ("und")."""
    from pyfranc import franc

    ranking = franc.lang_detect(text[:_FRANC_CHARS])
    if not ranking or ranking[0][0] == "und":
        return []
    return [(code, float(score)) for code, score in ranking]


def fallback_language(text: str) -> tuple[str, float] | None:
    """franc's first answer for ``text`` (its ISO 639-3 code, unmapped) and its margin over the second, when the text is
    long enough and the margin wide enough to count (FALLBACK_MIN_CHARS, FALLBACK_MIN_MARGIN); else None.  The caller
    maps the code to the record's and rejects a language CLD2 knows (had CLD2 known it, it would have said so)."""
    if len(text) < FALLBACK_MIN_CHARS:
        return None
    ranking = franc_ranking(text)
    # (a single answer is franc's reading of a script with one language and no profile: CLD2 reads scripts itself)
    if len(ranking) < 2:
        return None
    margin = ranking[0][1] - ranking[1][1]
    return (ranking[0][0], margin) if margin >= FALLBACK_MIN_MARGIN else None

