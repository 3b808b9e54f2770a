"""Pure cleaning functions over plain data: no Scrapy imports here.

Each module does one job:

- :mod:`.text`      normalise whitespace, entities, stray tags
- :mod:`.spam`      find and remove injected SEO keywords (title prefix, body)
- :mod:`.metadata`  parse run-together metadata lines into date/source/category
- :mod:`.footer`    cut teaser blocks, "More:" lines, share bars, copyright lines
- :mod:`.article`   the whole cleaning of one extracted page, in order
"""
