"""``scrapy state``: inspect, expire or reset what earlier runs emitted.

    scrapy state                  # summary: articles remembered, per site
    scrapy state --site HOST      # one site only
    scrapy state --reset [--site HOST]   # forget (everything, or one site)

Reads the same settings as the crawl (NEWSBOT_STATE, REDIS_URL, retention).
"""

from __future__ import annotations

import json
import sys
from typing import ClassVar

from scrapy.commands import ScrapyCommand

from newsbot.recurring import describe, open_state


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--site HOST] [--reset]"

    def short_desc(self) -> str:
        return "Show or reset newsbot's memory of emitted articles"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--site", help="only this site (the record's `site`, e.g. example.com)")
        parser.add_argument("--reset", action="store_true", help="forget the emitted articles")

    def run(self, args, opts) -> None:
        assert self.settings is not None
        try:
            state = open_state(self.settings)
        except Exception as exc:  # noqa: BLE001 - one clear line for any store error
            print(f"newsbot: error: cannot open the state ({describe(self.settings)}): {exc}", file=sys.stderr)
            self.exitcode = 2
            return
        if state is None:
            print("newsbot: the state is off (NEWSBOT_STATE is empty)")
            return
        try:
            if opts.reset:
                n = state.reset(opts.site)
                print(f"forgot {n} articles" + (f" of {opts.site}" if opts.site else "") + f" ({describe(self.settings)})")
                return
            summary = state.summary()
            if opts.site:
                summary["sites"] = {k: v for k, v in summary["sites"].items() if k == opts.site}
            print(json.dumps(summary, indent=2, ensure_ascii=False))
        finally:
            state.close()
