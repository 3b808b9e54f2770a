"""newsbot's own signals (sent through ``crawler.signals``)."""

# Sent by the spider for every page it parses, with ``site`` and ``titles``:
# the headline-like link texts of the page, which the cleaning pipeline uses
# to learn the site's title spam prefix before its articles arrive.
titles_seen = object()

# Sent by the spider for a page that is no article (a listing, a tag's page), with ``site`` and ``orders``: the
# (shape, day first) of the numeric dates its teasers write that their numbers decide
# (newsbot.cleaning.metadata.decided_date_orders), which the cleaning pipeline learns as the site's order before its
# articles arrive.
dates_seen = object()
