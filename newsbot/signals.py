"""newsbot's own signals (sent through ``crawler.signals``)."""

# Sent by the spider for every page it parses, with ``site`` and ``titles``:
# the headline-like link texts of the page, which the cleaning pipeline uses
# to learn the site's title spam prefix before its articles arrive.
titles_seen = object()
