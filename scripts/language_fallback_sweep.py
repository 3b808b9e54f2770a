"""Sweep choose_language's second identifier (newsbot/cleaning/language_id.py, pyfranc) over the holdout's gold bodies.

For every gold body (tests/holdout/sites/*/expected.jsonl and tests/holdout/pending/*/expected.jsonl), each under
declared = its gold language, None and "en": choose_language without the fallback and with it, at the module's
thresholds or at each of a grid (--grid).  Counts regressions (right without, not right with: must be 0), the
wrong/None made right, None made a wrong code; the first-contact proxy (the fallback's own answer on every body
whose gold language CLD2 does not know); how often the fallback fires and its time per call.

    /tmp/venv/bin/python scripts/language_fallback_sweep.py [--grid] [--show 20]
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsbot.cleaning import article, language_id


def gold_bodies() -> list[tuple[str, str, str]]:
    rows = []
    for path in sorted(glob.glob(str(ROOT / "tests/holdout/sites/*/expected.jsonl"))
                       + glob.glob(str(ROOT / "tests/holdout/pending/*/expected.jsonl"))):
        site = Path(path).parent.name
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("language") and record.get("body"):
                    rows.append((site, record["language"], record["body"]))
    return rows


def run(rows, baseline, min_chars: int, min_margin: float, show: int) -> dict:
    language_id.FALLBACK_MIN_CHARS, language_id.FALLBACK_MIN_MARGIN = min_chars, min_margin
    calls, reached = [0], set()
    real = article._fallback_language

    def counted(body: str) -> str | None:
        calls[0] += 1
        reached.add(body)
        return real(body)

    article._fallback_language = counted
    try:
        stats, examples = Counter(), []
        for (site, gold, body), (declared, before) in zip(
                [row for row in rows for _ in range(3)], baseline, strict=True):
            after = article.choose_language(declared, body)
            key = "right" if before == gold else "none" if before is None else "wrong"
            if after == before:
                continue
            if before == gold:
                stats["regressions"] += 1
                examples.append(("REGRESSION", site, gold, declared, before, after))
            elif after == gold:
                stats[f"{key} -> right"] += 1
            elif after is None:
                stats[f"{key} -> None"] += 1
            else:
                stats[f"{key} -> wrong"] += 1
                examples.append(("wrong", site, gold, declared, before, after))
    finally:
        article._fallback_language = real
    stats["regressions"] += 0  # (printed when none)
    stats["fallback calls"] = calls[0]
    stats["bodies reaching the fallback"] = len(reached)
    for example in examples[:show]:
        print("   ", *example)
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--grid", action="store_true", help="sweep a grid of thresholds (cached franc rankings)")
    parser.add_argument("--show", type=int, default=20, help="examples of regressions and wrong codes to print")
    args = parser.parse_args()
    rows = gold_bodies()
    known = article._detector_languages()
    print(f"{len(rows)} gold bodies, {len({site for site, _, _ in rows})} sites; CLD2 does not know the gold "
          f"language of {sum(gold not in known for _, gold, _ in rows)}")

    # the time of one call, on the bodies that reach it (uncached), then cache franc for the grid
    real_ranking = language_id.franc_ranking
    start = time.perf_counter()
    cache = {body: real_ranking(body) for _, _, body in rows}
    per_call = (time.perf_counter() - start) / len(rows) * 1000
    language_id.franc_ranking = cache.__getitem__  # type: ignore[assignment]

    # without the fallback
    real_fallback = article._fallback_language
    article._fallback_language = lambda body: None
    baseline = [(declared, article.choose_language(declared, body))
                for _, gold, body in rows for declared in (gold, None, "en")]
    article._fallback_language = real_fallback
    print(f"without the fallback: {sum(before == gold for (_, gold, _), (_, before) in zip([r for r in rows for _ in range(3)], baseline, strict=True))}"
          f" of {len(baseline)} (body, declared) right")

    defaults = language_id.FALLBACK_MIN_CHARS, language_id.FALLBACK_MIN_MARGIN
    grid = [(c, m) for c in (0, 100, 200, 300) for m in (0.0, 0.01, 0.02, 0.04)] if args.grid else [defaults]
    for min_chars, min_margin in grid:
        print(f"min_chars={min_chars} min_margin={min_margin}:")
        stats = run(rows, baseline, min_chars, min_margin, args.show if not args.grid else 0)
        print("   ", dict(sorted(stats.items())))
    language_id.FALLBACK_MIN_CHARS, language_id.FALLBACK_MIN_MARGIN = defaults

    # the first-contact proxy: the fallback's own answer on each body whose gold language CLD2 does not know
    unknown = [(gold, body) for _, gold, body in rows if gold not in known]
    answers = Counter()
    for gold, body in unknown:
        found = article._fallback_language(body)
        answers["right" if found == gold else "None" if found is None else "wrong"] += 1
    print(f"first contact (fallback alone, {len(unknown)} bodies in languages CLD2 does not know): {dict(answers)}")
    for declared in ("en", None):
        got = Counter()
        for gold, body in unknown:
            found = article.choose_language(declared, body)
            got["right" if found == gold else "None" if found is None else "en" if found == "en" else "wrong"] += 1
        print(f"    choose_language(declared={declared!r}) on them: {dict(got)}")

    language_id.franc_ranking = real_ranking
    print(f"franc: {per_call:.1f} ms a call (mean over the {len(rows)} bodies, first 2,048 characters)")


if __name__ == "__main__":
    main()
