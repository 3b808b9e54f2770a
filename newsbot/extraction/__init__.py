"""Pure extraction over parsed HTML: no Scrapy imports here.

- :mod:`.page`      find the headline, the metadata area and the article blocks
- :mod:`.classify`  decide whether a page is an article, and say why not
"""
