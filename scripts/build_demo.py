#!/usr/bin/env python3
"""Build the embedded demo aggregator site and its expected clean records.

Stdlib only.  Run from anywhere:

    python scripts/build_demo.py

Writes (all paths relative to the repository root):

* newsbot/demo/site/...                  static HTML site (serve with
                                          ``python -m http.server -d newsbot/demo/site``)
* tests/fixtures/demo_expected.jsonl     one clean record per demo article
* tests/fixtures/demo_nonarticles.txt    URL paths of the non-article pages

Output is deterministic: rerunning reproduces byte-identical files.  The
site directory is wiped and rebuilt on every run so no stale page survives.

Story text notation
-------------------
Each story body is a list of blocks.  A plain string is a ``<p>``; a tuple
``("h2", text)`` is an in-article ``<h2>`` heading.  Injected spam keywords are
written as ``[[keyword]]`` directly after a comma or period and before a
space, e.g. ``"this week,[[verdicoin]] the"``.  The published page shows
``this week,verdicoin the``; the clean record shows ``this week, the``.
"""

import html
import json
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITE_DIR = os.path.join(ROOT, "newsbot", "demo", "site")
FIXTURES_DIR = os.path.join(ROOT, "tests", "fixtures")
EXPECTED_PATH = os.path.join(FIXTURES_DIR, "demo_expected.jsonl")
NONARTICLES_PATH = os.path.join(FIXTURES_DIR, "demo_nonarticles.txt")

SITE_NAME = "SCA Daily"
PER_PAGE = 5
RECOMMEND_CHARS = 100
TEASER_MIN_CHARS = 160

# Invented spam keywords used across the site.
KEYWORDS = ("verdicoin", "slotmaxx", "cryptolux", "betzoria")

# Category display name -> slug (order = nav order).
CATEGORIES = [
    ("News", "news"),
    ("Business", "business"),
    ("World", "world"),
    ("Sports", "sports"),
    ("Technology", "technology"),
    ("Lifestyle", "lifestyle"),
]
CATEGORY_SLUG = dict(CATEGORIES)

TAG_LABELS = {
    "markets": "Markets",
    "europe": "Europe",
    "north-korea": "North Korea",
    "russia": "Russia",
    "weather": "Weather",
    "transport": "Transport",
    "energy": "Energy",
    "housing": "Housing",
    "health": "Health",
    "football": "Football",
    "running": "Running",
    "chips": "Chips",
    "software": "Software",
    "social-media": "Social media",
    "wildlife": "Wildlife",
}
HOT_TOPICS = ["markets", "europe", "north-korea", "weather", "transport"]

# ---------------------------------------------------------------------------
# Stories.  The first one is the real seed page (see module docstring of the
# tests that use it); every other story is original demo text.
# ---------------------------------------------------------------------------

SEED_PATH = "/news/2025/05/01/russia-foreign-minister-north-korea.html"

STORIES = [
    {
        "path": SEED_PATH,
        "title": "Russia’s foreign minister will visit North Korea amid claims of weapons supplied to Moscow",
        "spam_prefix": "verdicoin",
        "published": "2025-05-01 21:15:45",
        "source": "SCA Community",
        "category": "News",
        "language": "en",
        "tags": ["north-korea", "russia"],
        "body": [
            "MOSCOW (AP) — Russia’s foreign minister will visit North Korea this week,[[verdicoin]] the Foreign Ministry said Monday, days after the United States claimed Pyongyang had delivered munitions and military equipment to Russia for use in the fighting in Ukraine.",
            "Sergey Lavrov will be in North Korea on Wednesday and Thursday, the ministry said in a brief statement that did not specify whom he would meet or the aims of the trip.",
            "The White House said Friday that more than 1,000 containers of equipment and ammunition have been sent to Russia from North Korea.",
            "North Korean leader Kim Jong Un traveled to Russia last month to meet President Vladimir Putin and visit key military sites, triggering speculation about a possible North Korean plan to refill Russia’s munition stores that have been drained by the protracted conflict with Ukraine.",
            "White House National Security Council spokesman John Kirby said that the U.S. believes Kim is seeking sophisticated Russian weapons technologies in return for the munitions to boost North Korea’s military and nuclear program.",
            "The White House released images that it said show the containers were loaded onto a Russian-flagged ship before being moved via train to southwestern Russia. The containers were shipped between Sept. 7 and Oct. 1, according to the White House.",
        ],
        # The seed page's Recommend block, in the seed's order.
        "recommend": [
            "/news/2025/04/11/warm-inflation-data-stocks-fed-meeting.html",
            "/news/2025/04/22/ballerina-farm-blasts-article.html",
            "/news/2025/04/27/bear-cubs-backyard-play-set.html",
        ],
    },
    {
        # Seed teaser 1.  "13thdidn’t" is glued in the source text itself
        # (it is not spam and stays in the clean body).
        "path": "/news/2025/04/11/warm-inflation-data-stocks-fed-meeting.html",
        "title": "Warm inflation data keep S&P 500, Dow, Nasdaq under wraps before Fed meeting next week",
        "spam_prefix": "verdicoin",
        "published": "2025-04-11 22:10:05",
        "source": "Daily Wire Desk",
        "category": "Business",
        "language": "en",
        "tags": ["markets"],
        "body": [
            "Friday the 13thdidn’t spook investors with U.S. stocks little changed on the day as investors bided their time ahead of next week’s Federal Reserve policy meeting.",
            "The S&P 500 finished within a few points of where it started, while the Dow Jones Industrial Average slipped 0.1% and the Nasdaq composite edged up 0.2%. Trading volume was light,[[verdicoin]] with many desks thinned out ahead of the weekend.",
            "A report on producer prices came in slightly warmer than economists had forecast, adding to signs that the last stretch of the fight against inflation may be the hardest. Wholesale prices rose 0.3% from the month before, led by services.",
            "“Nobody wants to make a big bet two business days before the Fed speaks,” said Marta Ellison, chief market strategist at Harborline Capital. “The data didn’t change the story. It just reminded everyone that the story isn’t finished.”",
            "Treasury yields ticked higher after the report. The yield on the 10-year Treasury rose to 4.31% from 4.27% late Thursday. Oil prices fell for a third straight day, and gold was steady.",
        ],
    },
    {
        # Seed teaser 2.  Real title contains a legit colon.
        "path": "/news/2025/04/22/ballerina-farm-blasts-article.html",
        "title": "Ballerina Farm blasts article as 'an attack on our family': Everything to know",
        "spam_prefix": "slotmaxx",
        "published": "2025-04-22 14:02:10",
        "source": "Metro Feed",
        "category": "Lifestyle",
        "language": "en",
        "tags": ["social-media"],
        "body": [
            "After garnering more than 18 million followers across social media in part due to the interest in \"the slow life\" they share from their Utah farm, the family behind the Ballerina Farm brand is pushing back against a newspaper profile that they say painted an unfair picture of their home.",
            "In a video posted to their accounts, the couple said they viewed the piece as “an attack on our family” and asked followers not to draw conclusions from a single article. The publication did not immediately respond to a request for comment.",
            "The account mixes cooking videos, dairy chores and glimpses of life with a large family, and it has become a flashpoint in a wider online debate over how domestic life is presented on social media.",
            "Fans filled the comments with messages of support within hours of the video going up, while critics argued that a public brand invites public scrutiny.[[slotmaxx]] Both camps agreed on one thing: the clip was watched millions of times on its first day.",
        ],
    },
    {
        # Seed teaser 3.  Short article: two paragraphs.  The Recommend
        # snippet joins paragraphs with no separator, hence "cubs.The".
        "path": "/news/2025/04/27/bear-cubs-backyard-play-set.html",
        "title": "Watch as adorable bear cubs are spotted having fun with backyard play set",
        "spam_prefix": "verdicoin",
        "published": "2025-04-27 19:40:00",
        "source": "SCA Community",
        "category": "Lifestyle",
        "language": "en",
        "tags": ["wildlife"],
        "body": [
            "Play time can happen any time, at least for one pair of bear cubs.",
            "The duo was spotted having a nighttime romp on a backyard play set outside Asheville, North Carolina, taking turns on the slide while a doorbell camera rolled. Homeowner Dana Whitfield said she found the footage the next morning and at first assumed neighborhood kids had been in the yard. Wildlife officials reminded residents to secure trash cans and bird feeders, saying bears that grow comfortable around homes are more likely to get into trouble.",
        ],
    },
    {
        # German-language article.
        "path": "/news/2025/04/29/bundestag-mietpreisbremse-grossstaedte.html",
        "title": "Bundestag streitet über schärfere Mietpreisbremse für Großstädte",
        "spam_prefix": "verdicoin",
        "published": "2025-04-29 10:05:00",
        "source": "Metro Feed",
        "category": "World",
        "language": "de",
        "tags": ["europe", "housing"],
        "body": [
            "BERLIN (dpa) – Im Bundestag ist am Dienstag ein heftiger Streit über eine Verschärfung der Mietpreisbremse entbrannt. Die Regierungsfraktionen wollen die Regelung bis Ende 2029 verlängern und zugleich Ausnahmen für möblierte Wohnungen deutlich einschränken.",
            "Mieterinitiativen begrüßten den Vorstoß,[[verdicoin]] forderten aber weitergehende Schritte. „In vielen Städten zahlen Familien inzwischen mehr als die Hälfte ihres Einkommens für die Miete“, sagte eine Sprecherin des Bündnisses Bezahlbares Wohnen.",
            "Die Opposition kritisierte die Pläne als Eingriff in den Markt, der den Neubau bremse. Vermieter würden sich zurückziehen, wenn sich Investitionen nicht mehr rechneten, warnte ein Abgeordneter in der Debatte.[[verdicoin]] Ökonomen sind in der Frage gespalten.",
            "Eine Abstimmung ist für Anfang Juni geplant. Anschließend befasst sich der Bundesrat mit dem Gesetz.",
        ],
    },
    {
        # Legit "Analysis:" colon in the real title, plus the spam prefix.
        "path": "/news/2025/04/30/analysis-europe-gas-storage-race.html",
        "title": "Analysis: Why Europe’s gas storage race is starting earlier this year",
        "spam_prefix": "verdicoin",
        "published": "2025-04-30 07:45:12",
        "source": "Daily Wire Desk",
        "category": "Business",
        "language": "en",
        "tags": ["markets", "europe", "energy"],
        "body": [
            "LONDON (Reuters) - European utilities and traders are scrambling to refill gas storage sites weeks earlier than usual, betting that an early start will shield them from the kind of price spikes that rattled the market during recent winters.",
            "Storage across the European Union stood at roughly 38% of capacity at the end of April, according to industry data, well below the level a year earlier after a colder-than-expected March drew down reserves.[[verdicoin]] That leaves buyers needing to inject large volumes over the summer to meet the bloc’s 90% target by November.",
            "“The summer-winter spread has basically vanished, so there is no reward for waiting,” said a gas trader at a European utility, who asked not to be named because he was not authorised to speak to the media.",
            "Some governments have signalled they could loosen the target,[[verdicoin]] arguing that rigid deadlines hand sellers too much leverage. Analysts say any change would likely come too late to affect buying this season.",
            "For households, the effect may be muted. Retail tariffs in most countries are set months in advance, and suppliers have largely hedged their exposure for the coming winter.",
        ],
    },
    {
        # In-article section headings; three injected keywords.
        "path": "/news/2025/04/28/japanese-chipmaker-kyushu-plant.html",
        "title": "Japanese chipmaker to build $4 billion plant in Kyushu as demand for AI chips grows",
        "spam_prefix": "cryptolux",
        "published": "2025-04-28 03:12:40",
        "source": "SCA Community",
        "category": "Technology",
        "language": "en",
        "tags": ["markets", "chips"],
        "body": [
            "TOKYO (Reuters) - Hoshida Semiconductor said on Monday it would spend about 600 billion yen ($4 billion) on a new factory in Kyushu, southern Japan, as the company races to expand capacity for memory chips used in artificial intelligence servers.",
            "The plant is scheduled to begin production in late 2027 and will employ about 1,200 people,[[cryptolux]] the company said in a statement. Japan’s industry ministry is expected to cover up to a third of the cost through subsidies.",
            "Shares of Hoshida rose 6.2% in Tokyo trading after the announcement, outpacing a 0.8% gain in the benchmark Nikkei average.",
            ("h2", "A bet on AI demand"),
            "Chief Executive Kenji Morimoto told reporters the company had received more orders for high-bandwidth memory than it could fill this year.[[cryptolux]] He declined to name customers but said most were data center operators in the United States and Asia.",
            "Analysts cautioned that the memory market has historically swung between shortage and glut,[[cryptolux]] and that a slowdown in AI spending could leave new capacity underused.",
            ("h2", "What happens next"),
            "Construction is set to begin in the autumn, pending environmental approvals from the prefectural government. Hoshida said it would announce equipment suppliers for the site by the end of the year.",
        ],
    },
    {
        # Quote-heavy paragraph.
        "path": "/news/2025/04/26/late-penalty-ribeira-cup-final.html",
        "title": "Late penalty sends Ribeira into Portuguese Cup final",
        "spam_prefix": "verdicoin",
        "published": "2025-04-26 22:58:03",
        "source": "SCA Community",
        "category": "Sports",
        "language": "en",
        "tags": ["football", "europe"],
        "body": [
            "LISBON, Portugal (AFP) - A stoppage-time penalty from substitute Tiago Marques sent Atlético Ribeira into the Portuguese Cup final on Saturday, ending a semifinal that had looked destined for extra time after a goalless 90 minutes.",
            "Marques, 19, had been on the field for less than ten minutes when he was brought down in the area by Vila Franca defender Rui Pacheco after a quick break down the left. He picked himself up, placed the ball and sent the goalkeeper the wrong way.",
            "“I told him, ‘You take it, you’ve earned it,’” captain André Lobo said. “He didn’t even look nervous. I was more nervous than him.” Marques said only: “I just picked a corner and hit it.” Coach Helena Sousa was more measured: “We were not good enough for long spells. We will enjoy tonight, and tomorrow we think about the final.”",
            "Ribeira will face the winner of Sunday’s other semifinal at the national stadium next month.[[verdicoin]] It will be the club’s first appearance in the final since 1998.",
        ],
    },
    {
        # The one article with NO spam at all.
        "path": "/news/2025/04/25/city-council-bike-lanes-river.html",
        "title": "City council approves new protected bike lanes along river corridor",
        "spam_prefix": None,
        "published": "2025-04-25 16:20:00",
        "source": "Metro Feed",
        "category": "News",
        "language": "en",
        "tags": ["transport"],
        "body": [
            "PORTLAND, Ore. (AP) — The city council voted 9-3 on Thursday to build nearly 6 miles of protected bike lanes along the riverfront, a project supporters say will close one of the most dangerous gaps in the city’s cycling network.",
            "The plan replaces a lane of street parking with concrete barriers and adds new signals at six intersections. Construction is expected to start next spring and take about 18 months, according to the city’s transportation bureau.",
            "Some business owners along the route opposed the loss of parking, saying customers already struggle to find spaces. Council members added an amendment requiring loading zones on every block with ground-floor shops.",
            "The project will cost an estimated $14.5 million, most of it covered by a state grant awarded last year.",
        ],
    },
    {
        # Paragraph that legitimately uses "recommend" and "related".
        "path": "/news/2025/04/24/health-panel-heart-screening.html",
        "title": "Health panel calls for earlier heart disease screening in adults over 40",
        "spam_prefix": "verdicoin",
        "published": "2025-04-24 09:30:27",
        "source": "Daily Wire Desk",
        "category": "News",
        "language": "en",
        "tags": ["health"],
        "body": [
            "WASHINGTON (AP) — An independent panel of medical experts said Wednesday that adults should begin regular screening for heart disease risk at age 40, five years earlier than many doctors now advise.",
            "The group, known as the Heart Health Advisory Panel, reviewed more than 200 studies before issuing its draft guidance.[[verdicoin]] Members said the evidence showed that early detection of high blood pressure and cholesterol could prevent thousands of heart attacks each year.",
            "The panel did not recommend any new medications. Instead, it urged doctors to use existing checkups to measure blood pressure, cholesterol and blood sugar, and to discuss related risks such as smoking and lack of exercise with their patients.",
            "The draft will be open for public comment for four weeks. A final version is expected later this year.",
        ],
    },
    {
        # Two different keywords injected in one article.
        "path": "/news/2025/04/23/flooding-southern-brazil.html",
        "title": "Flooding forces thousands from their homes in southern Brazil",
        "spam_prefix": "betzoria",
        "published": "2025-04-23 05:50:00",
        "source": "SCA Community",
        "category": "World",
        "language": "en",
        "tags": ["weather"],
        "body": [
            "PORTO ALEGRE, Brazil (AP) — Heavy rains swelled rivers across Brazil’s southernmost state on Tuesday, forcing more than 9,000 people from their homes and cutting off roads to dozens of towns, civil defense officials said.",
            "Rescue teams used boats to reach families stranded on rooftops in low-lying neighborhoods,[[betzoria]] and the state government declared an emergency in 31 municipalities. At least four people were confirmed dead and several others were missing.",
            "Forecasters warned that more rain was expected through the end of the week.[[verdicoin]] The Guaíba, which runs along the edge of the state capital, was approaching the level at which the city’s flood gates are closed.",
            "The region is still rebuilding from catastrophic floods in 2024 that damaged or destroyed hundreds of thousands of homes.",
        ],
    },
    {
        # Spam prefix only, nothing injected in the body.
        "path": "/news/2025/04/21/nordvik-air-orders-jets.html",
        "title": "Nordic carrier orders 40 narrow-body jets as travel demand holds up",
        "spam_prefix": "verdicoin",
        "published": "2025-04-21 13:00:00",
        "source": "Metro Feed",
        "category": "Business",
        "language": "en",
        "tags": ["markets", "transport"],
        "body": [
            "PARIS (Reuters) - Nordvik Air has ordered 40 narrow-body jets in a deal worth about $4.8 billion at list prices, the Scandinavian carrier said on Monday, betting that strong demand for leisure travel will outlast worries about the economy.",
            "The order includes options for 20 more aircraft, with deliveries scheduled between 2028 and 2032. Airlines typically negotiate steep discounts from list prices on orders of this size.",
            "Chief Executive Lena Halvorsen said the new planes would burn about 20% less fuel than the ones they replace, helping the airline meet emissions targets while adding routes to southern Europe.",
            "Shares in the airline rose 3.1% in Oslo. The company will publish first-quarter results next week.",
        ],
    },
    {
        "path": "/news/2025/04/20/open-source-browser-drops-older-systems.html",
        "title": "Open-source browser project to drop support for older operating systems",
        "spam_prefix": "slotmaxx",
        "published": "2025-04-20 18:45:30",
        "source": "Daily Wire Desk",
        "category": "Technology",
        "language": "en",
        "tags": ["software"],
        "body": [
            "SAN FRANCISCO (AP) — The volunteer team behind the Driftwood web browser said Sunday it will stop releasing updates for computers running operating systems more than ten years old, a change that could leave several million users without new features.",
            "The project’s maintainers said supporting older systems had consumed a growing share of their limited time,[[slotmaxx]] and that modern security protections in the browser could not be made to work safely on outdated software.",
            "Users on affected machines will continue to receive critical security patches until the end of September. After that, the browser will keep working but will no longer be updated.",
            "Digital rights groups urged people who cannot afford new hardware to look into lightweight operating systems that still run on older computers.",
        ],
    },
    {
        "path": "/news/2025/04/13/rotterdam-marathon-course-record.html",
        "title": "Course record falls as runners enjoy cool conditions in Rotterdam",
        "spam_prefix": "verdicoin",
        "published": "2025-04-13 12:34:56",
        "source": "SCA Community",
        "category": "Sports",
        "language": "en",
        "tags": ["running", "europe"],
        "body": [
            "ROTTERDAM, Netherlands (AP) — Kenyan runner Elias Kiptanui broke the Rotterdam Marathon course record on Sunday, finishing in 2 hours, 3 minutes and 11 seconds as cool, still weather produced fast times throughout the field.",
            "Kiptanui broke away from a lead group of five shortly after the 30-kilometer mark,[[verdicoin]] and ran the final stretch along the Coolsingel alone, waving to the crowd before crossing the line.",
            "In the women’s race, Meron Tesfaye of Ethiopia won in 2:19:48, holding off a late challenge from compatriot Hiwot Alemu by nine seconds.[[verdicoin]] Both women set personal bests.",
            "Organizers said a record 17,500 runners started the race. Temperatures hovered around 9 degrees Celsius (48 degrees Fahrenheit) at the start.",
        ],
    },
    {
        "path": "/news/2025/04/18/new-zealand-volcano-alert.html",
        "title": "Scientists raise alert level for volcano off New Zealand coast",
        "spam_prefix": "cryptolux",
        "published": "2025-04-18 06:05:44",
        "source": "Metro Feed",
        "category": "World",
        "language": "en",
        "tags": ["weather"],
        "body": [
            "WELLINGTON, New Zealand (AP) — Scientists raised the alert level for a volcanic island off New Zealand’s east coast on Friday after detecting a rise in gas emissions and a swarm of small earthquakes beneath the crater.",
            "The uninhabited island has been closed to visitors for several years,[[cryptolux]] and no one was believed to be on it. Authorities said there was no immediate risk to towns on the mainland.",
            "The national monitoring agency said the activity was consistent with moderate volcanic unrest and that an eruption was possible but not certain in the coming weeks. Flights in the area were not affected.",
        ],
    },
]

ABOUT_PARAGRAPHS = [
    "SCA Daily started in 2019 as a small newsletter put together by a handful of volunteers who wanted a single place to follow the stories their community cared about. What began as a weekly email to a few hundred readers has grown into a site that gathers news, business, sports and technology coverage from partner feeds around the world and publishes it around the clock.",
    "Our editors do not write most of the stories you see here. Instead, we work with wire services, community contributors and regional outlets, and we credit each item to the source that supplied it. When a story is updated by its source, we aim to refresh our copy within the hour so that readers always see the latest version.",
    "We believe that good information should be free to read. The site is supported by advertising and by the readers who choose to become members. Members get an ad-light version of the site, early access to our weekly briefing and an invitation to the annual readers’ meeting, where we share what we have learned and what we plan to change.",
    "We take corrections seriously. If you spot an error in a headline, a date or a source credit, please tell us through the contact page. Every correction request is read by a member of the editorial team, and we publish a note at the bottom of any story we change after it goes live.",
    "SCA Daily is run by a team of seven people spread across three time zones. We are always glad to hear from readers, partners and anyone who would like to contribute to the community section of the site.",
]

CONTACT_PARAGRAPHS = [
    "Questions, corrections or partnership ideas? We would like to hear from you.",
    "Editorial desk: editors at scadaily dot example. Advertising: ads at scadaily dot example.",
    "We usually reply within two working days.",
]

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

MARKER_RE = re.compile(r"\[\[([^\]]*)\]\]")
VALID_MARKER_RE = re.compile(r"(?<=[,.])\[\[([a-z]+)\]\](?= \S)")


def esc(text):
    """Escape text content (&, <, >); quotes are left as they are."""
    return html.escape(text, quote=False)


def esc_attr(text):
    return html.escape(text, quote=True)


def published_text(block):
    """Block text as it appears on the page (keywords glued in)."""
    return MARKER_RE.sub(lambda m: m.group(1), block)


def clean_text(block):
    """Block text with the injected keywords removed.

    ``week,[[kw]] the`` -> ``week, the``: the keyword sits between the
    punctuation and an existing space, so dropping it restores the gap.
    """
    return MARKER_RE.sub("", block)


def block_text(block):
    return block[1] if isinstance(block, tuple) else block


def paragraphs(story):
    return [b for b in story["body"] if not isinstance(b, tuple)]


def published_title(story):
    if story["spam_prefix"]:
        return story["spam_prefix"] + ":" + story["title"]
    return story["title"]


def run_together(story):
    """Published paragraph text joined with no separator, the way the
    aggregator builds its snippets (hence ``cubs.The`` in the seed)."""
    return "".join(published_text(p) for p in paragraphs(story))


def recommend_snippet(story):
    """First 100 characters of the body, trailing whitespace dropped."""
    return run_together(story)[:RECOMMEND_CHARS].rstrip()


def listing_teaser(story):
    """150+ character teaser, cut in the middle of a word."""
    text = run_together(story)
    n = TEASER_MIN_CHARS
    while n < len(text) and not (text[n - 1].isalnum() and text[n].isalnum()):
        n += 1
    assert n < len(text), story["path"]
    return text[:n] + "…"


def spam_removed(story):
    removed = []
    if story["spam_prefix"]:
        removed.append(story["spam_prefix"] + ":")
    for block in story["body"]:
        removed.extend(MARKER_RE.findall(block_text(block)))
    return removed


def clean_record(story):
    return {
        "path": story["path"],
        "title": story["title"],
        "body": "\n\n".join(clean_text(block_text(b)) for b in story["body"]),
        "published_at": story["published"].replace(" ", "T"),
        "source": story["source"],
        "category": story["category"],
        "language": story["language"],
        "spam_removed": spam_removed(story),
    }


def validate(stories):
    paths = [s["path"] for s in stories]
    assert len(set(paths)) == len(paths), "duplicate article paths"
    path_re = re.compile(r"^/news/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+\.html$")
    for s in stories:
        m = path_re.match(s["path"])
        assert m, s["path"]
        assert s["published"].startswith("-".join(m.groups()) + " "), s["path"]
        assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", s["published"])
        assert s["category"] in CATEGORY_SLUG, s["category"]
        assert s["language"] in ("en", "de")
        assert s["spam_prefix"] in (None,) + KEYWORDS
        for tag in s["tags"]:
            assert tag in TAG_LABELS, tag
        for block in s["body"]:
            text = block_text(block)
            if isinstance(block, tuple):
                assert block[0] == "h2" and "[[" not in text, s["path"]
            # every marker must be a known keyword glued after , or . and
            # followed by a space and more text
            assert len(MARKER_RE.findall(text)) == len(VALID_MARKER_RE.findall(text)), text
            for kw in MARKER_RE.findall(text):
                assert kw in KEYWORDS, kw
            cleaned = clean_text(text)
            assert "[[" not in cleaned and "]]" not in cleaned
            for kw in KEYWORDS:
                assert kw not in cleaned.lower(), (s["path"], kw)
        for kw in KEYWORDS:
            assert kw not in s["title"].lower()
        n_para = len(paragraphs(s))
        assert 2 <= n_para <= 8, (s["path"], n_para)
        for other in s.get("recommend", []):
            assert other in paths and other != s["path"], other


# ---------------------------------------------------------------------------
# HTML templates
# ---------------------------------------------------------------------------

STYLE = (
    "body{font-family:Georgia,serif;margin:0;color:#222}"
    ".site-header,.site-footer{background:#1d3557;color:#fff;padding:.6em 1em}"
    ".site-header a,.site-footer a{color:#fff}"
    ".site-header ul{list-style:none;margin:0;padding:0;display:flex;gap:1em;flex-wrap:wrap}"
    "main{display:flex;gap:2em;padding:1em;max-width:70em;margin:auto}"
    "main>article,main>section,main>div{flex:3}"
    "aside{flex:1;border-left:1px solid #ddd;padding-left:1em}"
    ".post-meta span{color:#666;font-size:.9em}"
)


def nav_html():
    items = ['<li><a href="/">Home</a></li>']
    for name, slug in CATEGORIES:
        items.append('<li><a href="/category/%s/">%s</a></li>' % (slug, esc(name)))
    items.append('<li><a href="/about/">About</a></li>')
    items.append('<li><a href="/contact/">Contact</a></li>')
    return "".join(items)


def aside_html():
    items = "".join(
        '<li><a href="/tag/%s/">%s</a></li>' % (t, esc(TAG_LABELS[t])) for t in HOT_TOPICS
    )
    return '<aside class="sidebar"><h3>Hot topics</h3><ul>%s</ul></aside>' % items


def page_html(title, main, lang="en"):
    return (
        "<!DOCTYPE html>\n"
        '<html lang="%s">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>%s</title>\n"
        "<style>%s</style>\n"
        "</head>\n"
        "<body>\n"
        '<header class="site-header"><div class="site-name"><a href="/">%s</a></div>'
        "<nav><ul>%s</ul></nav></header>\n"
        "%s\n"
        '<footer class="site-footer"><p>© 2025 SCA Daily. All rights reserved.</p>'
        '<p><a href="/">Home</a> | <a href="/about/">About us</a> | <a href="/contact/">Contact</a>'
        ' | <a href="/category/news/">News</a></p></footer>\n'
        "</body>\n"
        "</html>\n"
    ) % (lang, esc(title), STYLE, SITE_NAME, nav_html(), main)


def category_link(name):
    return '<a href="/category/%s/">%s</a>' % (CATEGORY_SLUG[name], esc(name))


def article_html(story, by_path, recommend_paths):
    lines = [
        '<main><article class="post">',
        '  <h1 class="post-title">%s</h1>' % esc(published_title(story)),
        '  <div class="post-meta"><span class="post-date">%s</span>'
        '<span class="post-source">source:%s</span>'
        '<span class="post-category">category:%s</span></div>'
        % (esc(story["published"]), esc(story["source"]), category_link(story["category"])),
        '  <div class="post-content">',
    ]
    for block in story["body"]:
        if isinstance(block, tuple):
            lines.append("    <h2>%s</h2>" % esc(block[1]))
        else:
            lines.append("    <p>%s</p>" % esc(published_text(block)))
    lines.append("  </div>")
    lines.append('  <div class="post-more">More:%s</div>' % category_link(story["category"]))
    lines.append('  <div class="recommend"><h3>Recommend</h3><ul>')
    for path in recommend_paths:
        other = by_path[path]
        lines.append(
            '    <li><a href="%s">%s</a><p>%s</p></li>'
            % (esc_attr(path), esc(other["title"]), esc(recommend_snippet(other)))
        )
    lines.append("  </ul></div>")
    lines.append("</article>" + aside_html() + "</main>")
    return page_html(published_title(story) + " - " + SITE_NAME, "\n".join(lines), story["language"])


def listing_items_html(stories):
    out = ['<ul class="items">']
    for s in stories:
        out.append(
            '<li class="item"><h2 class="item-title"><a href="%s">%s</a></h2>'
            '<p class="teaser">%s</p><span class="date">%s</span></li>'
            % (esc_attr(s["path"]), esc(published_title(s)), esc(listing_teaser(s)),
               esc(s["published"][:10]))
        )
    out.append("</ul>")
    return "\n".join(out)


def home_url(page):
    return "/" if page == 1 else "/page/%d/" % page


def pagination_html(page, pages):
    parts = []
    if page > 1:
        parts.append('<a class="prev" rel="prev" href="%s">Prev</a>' % home_url(page - 1))
    for p in range(1, pages + 1):
        if p == page:
            parts.append('<span class="current">%d</span>' % p)
        else:
            parts.append('<a class="page-number" href="%s">%d</a>' % (home_url(p), p))
    if page < pages:
        parts.append('<a class="next" rel="next" href="%s">Next</a>' % home_url(page + 1))
    return '<nav class="pagination">%s</nav>' % " ".join(parts)


def listing_page_html(heading, title, stories, extra=""):
    main = (
        '<main><section class="listing">\n<h1 class="listing-title">%s</h1>\n%s\n%s</section>%s</main>'
        % (esc(heading), listing_items_html(stories), extra, aside_html())
    )
    return page_html(title, main)


def static_page_html(heading, paras):
    body = "\n".join("<p>%s</p>" % esc(p) for p in paras)
    main = (
        '<main><div class="page">\n<h1 class="page-title">%s</h1>\n'
        '<div class="page-content">\n%s\n</div>\n</div>%s</main>'
        % (esc(heading), body, aside_html())
    )
    return page_html(heading + " - " + SITE_NAME, main)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def url_to_file(url):
    rel = url.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return os.path.join(SITE_DIR, *rel.split("/"))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build():
    validate(STORIES)
    by_path = {s["path"]: s for s in STORIES}
    # Newest first; path as a tie-breaker keeps the order stable.
    ordered = sorted(STORIES, key=lambda s: (s["published"], s["path"]), reverse=True)

    pages = {}  # url -> html
    nonarticles = []

    # Articles.
    n = len(ordered)
    for i, s in enumerate(ordered):
        rec = s.get("recommend")
        if rec is None:
            count = 3 + (i % 2)
            rec = [ordered[(i + 1 + k) % n]["path"] for k in range(count)]
        pages[s["path"]] = article_html(s, by_path, rec)

    # Home listing + pagination.
    n_pages = (n + PER_PAGE - 1) // PER_PAGE
    for p in range(1, n_pages + 1):
        chunk = ordered[(p - 1) * PER_PAGE: p * PER_PAGE]
        title = SITE_NAME + " - Latest news" if p == 1 else "Latest news - Page %d - %s" % (p, SITE_NAME)
        pages[home_url(p)] = listing_page_html(
            "Latest news", title, chunk, pagination_html(p, n_pages) + "\n")
        nonarticles.append(home_url(p))

    # Categories.
    for name, slug in CATEGORIES:
        items = [s for s in ordered if s["category"] == name]
        assert items, name
        url = "/category/%s/" % slug
        pages[url] = listing_page_html(name, name + " - " + SITE_NAME, items)
        nonarticles.append(url)

    # Tags.
    for tag in sorted(TAG_LABELS):
        items = [s for s in ordered if tag in s["tags"]]
        assert items, tag
        url = "/tag/%s/" % tag
        pages[url] = listing_page_html(
            "Tag: " + TAG_LABELS[tag], "Tag: %s - %s" % (TAG_LABELS[tag], SITE_NAME), items)
        nonarticles.append(url)

    pages["/about/"] = static_page_html("About us", ABOUT_PARAGRAPHS)
    pages["/contact/"] = static_page_html("Contact", CONTACT_PARAGRAPHS)
    nonarticles += ["/about/", "/contact/"]

    # Write the site from scratch.
    norm = os.path.normpath(SITE_DIR)
    assert norm.endswith(os.path.join("newsbot", "demo", "site")), norm
    if os.path.isdir(SITE_DIR):
        shutil.rmtree(SITE_DIR)
    for url in sorted(pages):
        write(url_to_file(url), pages[url])
    write(os.path.join(SITE_DIR, "robots.txt"), "User-agent: *\nAllow: /\n")

    # Fixtures.
    records = [clean_record(s) for s in sorted(STORIES, key=lambda s: s["path"])]
    write(EXPECTED_PATH, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    write(NONARTICLES_PATH, "".join(u + "\n" for u in nonarticles))

    return len(STORIES), len(nonarticles)


def main():
    n_articles, n_other = build()
    print("wrote %d articles and %d other pages to %s"
          % (n_articles, n_other, os.path.relpath(SITE_DIR, ROOT)))
    print("wrote %s and %s" % (os.path.relpath(EXPECTED_PATH, ROOT),
                               os.path.relpath(NONARTICLES_PATH, ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
