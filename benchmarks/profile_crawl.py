"""Where does newsbot's CPU go?  Profile one ``scrapy crawl aggregator`` run.

    pip install py-spy            # once (any venv: it is a standalone binary)
    python benchmarks/profile_crawl.py [--articles 2000] [--py-spy PATH] [--top 15]

Serves the benchmark site (as run.py does), records the crawl with py-spy
(sampling, so the profile does not slow Python code down unevenly), and
prints the top inclusive ("cumulative") hotspots:

- inside newsbot/ (share of all samples of the crawl that have the function on the stack);
- in libraries *called from newsbot code* (frames below a newsbot frame).

Without py-spy, falls back to cProfile (which inflates small Python functions).
Writes the raw profile to benchmarks/.work/.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import run  # noqa: E402

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>.*?)(?::(?P<line>\d+))?\)$")


def _where(file: str) -> str | None:
    """'newsbot', a library's name, or None (stdlib, or newsbot's `crawl` command,
    which is on every stack as the process's entry point).  py-spy shortens
    paths to ``package/module.py``; full paths are handled too."""
    if "site-packages/" in file:
        file = file.split("site-packages/", 1)[1]
    elif "/newsbot/" in file and "/benchmarks/" not in file:
        file = "newsbot/" + file.rsplit("/newsbot/", 1)[1]
    if file.startswith("newsbot/commands/"):
        return None
    top = file.split("/", 1)[0].removesuffix(".py")
    if top == "newsbot":
        return "newsbot"
    if not top or top.startswith("<") or top in sys.stdlib_module_names or "/" not in file and top == file:
        return None
    return top


def _short(file: str) -> str:
    if "site-packages/" in file:
        return file.split("site-packages/", 1)[1]
    if "/newsbot/" in file:
        return "newsbot/" + file.rsplit("/newsbot/", 1)[1]
    return file


def aggregate(raw: Path, top: int) -> str:
    total = 0
    ours: collections.Counter = collections.Counter()
    libs: collections.Counter = collections.Counter()
    libs_by_package: collections.Counter = collections.Counter()
    in_newsbot = 0
    deepest: collections.Counter = collections.Counter()
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = []
        for f in stack.split(";"):
            m = _FRAME.match(f.strip())
            frames.append((m.group("func"), m.group("file")) if m else (f, ""))
        marks = [i for i, (_, file) in enumerate(frames) if _where(file) == "newsbot"]
        if not marks:
            continue
        in_newsbot += n
        func, file = frames[marks[-1]]
        deepest[f"{func} ({_short(file)})"] += n
        seen_ours, seen_libs, seen_pkgs = set(), set(), set()
        # newsbot frames anywhere on the stack; library frames only below the
        # deepest newsbot frame (what newsbot calls, not the Scrapy machinery
        # that calls newsbot's callbacks and middlewares)
        for k, (func, file) in enumerate(frames[marks[0]:], start=marks[0]):
            if k < marks[-1] and _where(file) != "newsbot":
                continue
            where = _where(file)
            key = f"{func} ({_short(file)})"
            if where == "newsbot":
                seen_ours.add(key)
            elif where is not None:
                seen_libs.add(key)
                seen_pkgs.add(where)
        for k in seen_ours:
            ours[k] += n
        for k in seen_libs:
            libs[k] += n
        for k in seen_pkgs:
            libs_by_package[k] += n
    out = [f"{total} samples; {in_newsbot} ({100 * in_newsbot / max(total, 1):.1f}%) with newsbot code on the stack", "",
           f"Top {top} inclusive hotspots inside newsbot/ (% of all samples of the crawl):"]
    out += [f"  {100 * c / total:5.1f}%  {k}" for k, c in ours.most_common(top)]
    out += ["", f"Top {top} newsbot functions by samples where they are the deepest newsbot frame "
                "(own time + the library calls they make directly):"]
    out += [f"  {100 * c / total:5.1f}%  {k}" for k, c in deepest.most_common(top)]
    out += ["", f"Top {top} library functions called from newsbot code (below the deepest newsbot frame; inclusive):"]
    out += [f"  {100 * c / total:5.1f}%  {k}" for k, c in libs.most_common(top)]
    out += ["", "Libraries called from newsbot code, by package (inclusive):"]
    out += [f"  {100 * c / total:5.1f}%  {k}" for k, c in libs_by_package.most_common(12)]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--py-spy", default=shutil.which("py-spy") or "/tmp/pyspy/bin/py-spy")
    parser.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--reactorless", action="store_true")
    args = parser.parse_args()

    site_dir, manifest = run.ensure_site(args.articles)
    workdir = HERE / ".work"
    workdir.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="newsbot-profile-"))
    settings = run.common_settings(None, None)
    if args.reactorless:
        settings["TWISTED_REACTOR_ENABLED"] = "False"
    server = run.Server(site_dir)
    try:
        crawl = ["-m", "scrapy", "crawl", "aggregator", "-a", f"start_urls={server.url}", "-O", str(tmp / "out.jsonl"),
                 "-s", f"NEWSBOT_QUARANTINE_URI={tmp / 'q.jsonl'}"]
        for k, v in {**settings, **run.private_files(tmp, "profile")}.items():
            crawl += ["-s", f"{k}={v}"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        if Path(args.py_spy).exists():
            raw = workdir / "profile.pyspy.txt"
            cmd = [args.py_spy, "record", "--format", "raw", "--rate", str(args.rate), "--nonblocking",
                   "-o", str(raw), "--", run.PY, *crawl]
            subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
                           stderr=open(workdir / "profile.log", "wb"))
            report = aggregate(raw, args.top)
        else:
            prof = workdir / "profile.cprofile"
            subprocess.run([run.PY, "-m", "cProfile", "-o", str(prof), *crawl], cwd=ROOT, env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=open(workdir / "profile.log", "wb"))
            import io
            import pstats

            s = io.StringIO()
            stats = pstats.Stats(str(prof), stream=s)
            stats.sort_stats("cumulative").print_stats("newsbot/", args.top)
            report = "py-spy not found: cProfile (inflates small Python functions)\n" + s.getvalue()
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    (workdir / "profile.txt").write_text(report + "\n", encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
