"""The embedded demo aggregator site (package data under ``site/``).

Rebuild it with ``python scripts/build_demo.py``.
"""
