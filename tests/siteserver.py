"""A static site server on 127.0.0.1 for the crawl tests (run as a process).

Like Scrapy's own tests/mockserver: a real HTTP server in its own process,
so the crawler under test talks real HTTP.  Prints ``PORT <n>`` once listening.

    python tests/siteserver.py ROOT [--port N] [--access-log FILE]
"""

from __future__ import annotations

import argparse
import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(SimpleHTTPRequestHandler):
    access_log = None  # path: one requested path per line, for the tests to read
    # a file without an extension is a page (sites with URLs like /news/detail/88101)
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, "": "text/html; charset=utf-8"}

    def log_message(self, format, *args):
        pass

    def log_request(self, code="-", size="-"):
        if self.access_log:
            with open(self.access_log, "a", encoding="utf-8") as log:
                log.write(f"{self.command} {self.path} {code}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--access-log")
    args = parser.parse_args()
    QuietHandler.access_log = args.access_log
    handler = functools.partial(QuietHandler, directory=args.root)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    sys.exit(0)


if __name__ == "__main__":
    main()
