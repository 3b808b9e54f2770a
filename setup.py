"""Packaging for scrapyd: ``scrapyd-deploy`` runs ``python setup.py bdist_egg``.

Without this file scrapyd-deploy writes a bare setup.py that leaves out every
non-Python file, and the deployed spider then fails on its first
``importlib.resources`` read.  Every non-Python file under ``newsbot/`` is
package data, found by walking the tree (so new demo pages, site profiles or
data folders are picked up without editing this file), among them:

- ``newsbot/sites/*.toml``       bundled site profiles
- ``newsbot/schema/*.json``      the article record schema
- ``newsbot/demo/site/**``       the embedded demo site (html + robots.txt, nested folders)

The ``scrapy`` entry point tells scrapyd which settings module the egg uses.
See README, "Deploying to Scrapyd".
"""

from __future__ import annotations

import os
import re

from setuptools import find_packages, setup

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.join(HERE, "newsbot")
# Never package data: code (packaged as modules), caches, editor droppings.
SKIP_SUFFIXES = (".py", ".pyc", ".pyo", "~", ".swp", ".orig", ".rej")
SKIP_NAMES = {".DS_Store", "Thumbs.db"}
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache"}


def package_data() -> list[str]:
    """Every data file under newsbot/, relative to it, in a stable order."""
    files = []
    for dirpath, dirnames, filenames in os.walk(PACKAGE):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
        for name in sorted(filenames):
            if name.endswith(SKIP_SUFFIXES) or name in SKIP_NAMES:
                continue
            files.append(os.path.relpath(os.path.join(dirpath, name), PACKAGE).replace(os.sep, "/"))
    return files


def version() -> str:
    with open(os.path.join(PACKAGE, "__init__.py"), encoding="utf-8") as f:
        return re.search(r'^__version__ = "([^"]+)"', f.read(), re.M).group(1)


setup(
    name="newsbot",
    version=version(),
    description="Crawl news aggregator sites into clean, validated JSON Lines",
    packages=find_packages(include=["newsbot", "newsbot.*"]),
    package_data={"newsbot": package_data()},
    include_package_data=False,
    zip_safe=True,  # all data is read through importlib.resources
    python_requires=">=3.11",
    entry_points={"scrapy": ["settings = newsbot.settings"]},
)
