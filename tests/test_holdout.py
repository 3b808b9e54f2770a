"""Regression gate on the holdout corpus (tests/holdout/, see its README).

The holdout sites were built by a tester who had not seen the cleaning code,
with templates, keywords and languages unlike the golden corpus; its first
measurement (title exact 0.257, body F1 0.624, 13 of 35 articles missed)
drove the fixes.  Five more sites come from a second blind red team (stored
pages; 7 of 17 articles missed at first, dates wrong on most).  Each site is
crawled for real over HTTP; the floors are the
figures measured after the fixes, so a change that loses any of it fails.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from golden.metrics import Outcome, failures, summarize

HOLDOUT = Path(__file__).resolve().parent / "holdout" / "sites"
SITES = sorted(p.name for p in HOLDOUT.iterdir() if (p / "expected.jsonl").exists())
# (title exact, body F1, published_at, source, category) minimums;
# (spam left, legit removed, missed, non-articles emitted) maximums
PERFECT = (1.0, 0.999, 1.0, 1.0, 1.0, 0, 0, 0, 0)
FLOORS = {site: PERFECT for site in SITES}
# The seven sites of the third red team (de-divsoup, es-article-aside, ja-dl, ja-dl-entry,
# ko-sidebar-br, tr-amp, id-table; first measured at 20/28 found, body F1 0.699) are PERFECT too.
# So are the six of the fourth (it-wp, ru-paper, zh-meta, fa-rtl, vi-mobile, pt-jsonld; first measured
# at 11/53 non-articles emitted, title 0.556, body F1 0.911, 15/18 with junk left).
# The six sites of the fifth red team (en-jannah, hu-blogger, tl-ghost, bn-drupal, ja-portal, ar-rtl;
# first measured at title 0.70, body F1 0.886, date 0.40, 10/20 with junk, 1 non-article) are PERFECT too.
# So are the six of the sixth (wpnews, jpportal, mxmedium, champ, arapp, trregion; first measured at
# 3 non-articles, body F1 0.941, date 0.684, source 0.789, 13/19 with junk left).
# So are the six of the seventh (plnews, nlnext, ukforum, hiamp, swscroll, roprint; first measured at
# 18/21 found, 24/90 non-articles emitted, title 0.667, body F1 0.798, source 0.095, 9/21 with junk left).
# The eighth's (frdirect, srbuilder, svbrev, mshugo, fiwire, taportal; first measured at 15/18 found,
# 12 non-articles, title 0.722, body F1 0.772, source 0.667, category 0.556) are PERFECT but one:
# frdirect's live blog keeps its updates' time labels ("18h10"), its "L'essentiel" box title and a
# "Sponsorisé" post (keyword removed, the pitch kept): body F1 0.974, one article with junk left.
FLOORS["frdirect"] = (1.0, 0.97, 1.0, 1.0, 1.0, 1, 0, 0, 0)
# The ninth's (csdrupal, bgspa, katv, urforum, neblog, myghost; first measured at 15/18 found, 3
# non-articles, title 0.833, body F1 0.785, date 0.500, source 0.444) are PERFECT; so are the tenth's
# (hrjoomla, mkprose, tetable, hyepaper, lvtypo3, ammedium; first measured at 18/18 found, 6 non-articles,
# body F1 0.984, date 0.667, source 0.722, category 0.556, 4 with junk left) but one: on lvtypo3's list
# article a lone "(bonuskods)" is the only trace of the keyword (clean title, no glued form), so it goes
# only when another page of the site taught the keyword first: crawl order decides (F1 0.986 or 1.0).
FLOORS["lvtypo3"] = (1.0, 0.98, 1.0, 1.0, 1.0, 0, 1, 0, 0)
# The eleventh's (sknewspaper, kkdle, siblogger, daghost, gunext, sqwix; first measured at 18/18 found,
# 12 non-articles, title 0.889, body F1 0.984, date 0.833, source 0.722, category 0.778, 9 with junk left)
# are PERFECT. So are the twelfth's (ltbitrix, etsquare, mrucoz, kmnuxt, ishugo, mnphpbb; first measured
# at 18/18 found, 17 non-articles, title 0.778, body F1 0.967, date 0.722, source 0.722, category 0.722,
# 5 with junk left), and the thirteenth's (cajekyll, afmt, bednn, mlamp, azwebflow, cyarc; first measured
# at 18/18 found, 7 non-articles, title 0.889, body F1 0.933, date 0.833, source 0.556, category 0.667,
# 5 with junk left), and the fourteenth's (nngatsby, sltilda, euplone, knbs5, pasubstack, kywiki; first
# measured at 14/18 found, 8 non-articles, title 0.667, body F1 0.718, date 0.611, source 0.500, category
# 0.556, 6 with junk left).
# pasubstack: the Punjabi newsletter's canal story writes the site's keyword in Latin once, alone in a
# sentence ("… ਦੀ ਮੁਰੰਮਤ JittBet ਅਪ੍ਰੈਲ …"), while its own pages write it in Gurmukhi: nothing on the page ties
# the two (no transliteration), so it goes only when the site's "JittBet:Title" headline was cleaned first:
# crawl order decides (body F1 0.995 or 1.0; measured both ways, CI's first run of this session met the former).
FLOORS["pasubstack"] = (1.0, 0.99, 1.0, 1.0, 1.0, 1, 1, 0, 0)
# The fifteenth's (glfusion, gaee, lovue, tgliferay, orbright, mttxp; first measured at 17/18 found, 4 non-articles,
# title 0.944, body F1 0.852, date 0.722, source 0.889, category 0.667, 6 with junk left) and the sixteenth's
# (foumbraco, bssilverstripe, yowagtail, ckbaem, asastro, tigrav; first measured at 14/18 found, 0 non-articles,
# title 0.667, body F1 0.664, date 0.722, source 0.444, category 0.611, 4 with junk left) are PERFECT but one:
# mttxp: Textpattern's "Kategorija: <a>Politika</a> · <a>Aħbarijiet</a>" labels a topic category and the site's
# section alike; the red team's gold takes the section (the nav's, the address's first segment), newsbot the
# first labelled value: a judgement call the red team declared before measuring, left as a floor, not fitted.
FLOORS["mttxp"] = (1.0, 0.999, 1.0, 1.0, 0.0, 0, 0, 0, 0)
# The seventeenth's (hacraft, sokirby, psconcrete, bo11ty, lbcontao, uzdjango; first measured at 15/18 found,
# 0 non-articles, title 0.722, body F1 0.711, date 0.722, source 0.333, category 0.444, 5 with junk left) are PERFECT;
# so are the eighteenth's (qubolt, mgs9y, rwe107, sdmodx, dzpelican, ttsitecore; first measured at 18/18 found,
# 4 non-articles, title 0.667, body F1 0.980, date 0.500, source 0.500, category 0.667, 10 with junk left) and the
# nineteenth's (ugodoo, yilj, dvsitefinity, bakentico, hthubspot, mitumblr; first measured at 15/18 found,
# 0 non-articles, title 0.611, body F1 0.802, date 0.444, source 0.278, category 0.444, 7 with junk left), the
# twenty-first's (xhprocess, wopublii, kumagnolia, satremix, mnisanity, sntextpattern; first measured at 17/18 found,
# 1 non-article, title 0.889, body F1 0.939, date 0.833, source 0.556, category 0.500, 5 with junk left) and the
# twenty-second's (ffnikola, bmhexo, zghspip, brdotclear, nyweebly, cebnuke; first measured at 18/18 found,
# 9 non-articles, title 0.444, body F1 0.904, date 0.833, source 0.444, category 0.167, 12 with junk left); so are the
# twenty-fourth's (shnibexa, gnjoomla5, eedrupal10, ocneos, ksvbulletin, togooglesites; first measured at 15/18 found,
# 1 non-article, title 0.611, body F1 0.892, date 0.444, source 0.611, category 0.333, 5 with junk left), and the
# twenty-third's (lgnewspack, syrdiscourse, chrjimdo, gdstatamic, sahxenforo, jvoctober; first measured at 15/18
# found, 2 non-articles, title 0.722, body F1 0.847, date 0.833, source 0.500, category 0.833, 10 with junk left).
# The twenty-fifth's (kidocusaurus, twelementor, ststoryblok, suvuepress, fynetcat, rmsuperso; first measured at
# 16/18 found, 2 non-articles, title 0.833, body F1 0.902, date 0.833, source 0.444, category 0.833, 10 with junk
# left), the twenty-sixth's (eoumi, osinstantcms, cek2, crhgridsome, hawshopify, smduda; 18/18, 3 non-articles, title
# 0.944, F1 0.980, date 0.833, source 0.444, category 0.944, 4 with junk left) and the twenty-seventh's (gomcontentful,
# maihashnode, hmntistory, tetvolto, vaibackdrop, pappimcore; 18/18, 2 non-articles, title 0.944, F1 0.981, date
# 1.000, source 0.722, category 0.889, 9 with junk left) are PERFECT.
# The twenty-eighth's (yuedede, lnmobirise, tndivi, kltypecho, udmbarrio, bansitejet; first measured at 15/18 found,
# 1 non-article, title 0.667, body F1 0.877, date 0.500, source 0.389, category 0.444, 6 with junk left) are PERFECT
# but for one crawl-order case:
# lnmobirise: its third story's headline "MbokaBet » …" gives no evidence of its own that "MbokaBet" is the keyword;
# the site's first story teaches it, and when the third is cleaned first its title keeps the prefix (seen once in
# five runs of the fixer's, never in four of the gate's): title 0.667 and one junk string allowed.
FLOORS["lnmobirise"] = (0.66, 0.999, 1.0, 1.0, 1.0, 1, 0, 0, 0)
# The twenty-ninth's, built by two teams of three (copapermod, fjwebnode, tsfse: first measured at 9/9 found, 1
# non-article, title 1.000, body F1 0.980, source 0.556, category 0.333, 5 with junk left; hsbavada, luszblog,
# xalwritefreely: 9/9 found, 2 non-articles, title 0.556, body F1 0.980, date 0.333, source 0.444, category 0.333,
# 5 with junk left) are PERFECT.  So are the thirtieth's, also two teams of three (ssnewspaperx, rnhalo, kvpbootcms:
# first measured at 3/9 found, 0 non-articles, title 0.222, body F1 0.499; tpiblogger, nvprismic, scnempire: 9/9 found,
# 4 non-articles, title 0.889, body F1 0.926, date 0.667, source 0.333, category 0.667, 3 with junk left).
# The thirty-third's, three teams of three (furlivejournal, bxrdzen, szlb2evolution: first measured at 9/9 found, 5
# non-articles, body F1 0.986, date 0.667, source 0.444, category 0.444, language 0.000, 6 with junk left;
# abmovabletype, newbeehiiv, minkadence: 9/9 found, body F1 0.910, source 0.556, category 0.333, language 0.333;
# aymicroblog, tyhatena, wabludit: 9/9 found, body F1 0.984, date 0.667, source 0.444, category 0.333, language 0.667)
# are PERFECT after the fixes.  So are the thirty-fourth's, two teams of three (avexpressionengine, kaaastra, diqzola:
# first measured at 9/9 found, 9 non-articles, title 0.889, body F1 0.981, date 0.667, source 0.556; scostrikingly,
# nanpluxml, aceserendipity: 9/9 found, 1 non-article, body F1 0.980, source 0.444, category 0.333).
# The thirty-fifth's (nine sites), thirty-sixth's and thirty-seventh's (six each) are PERFECT after the fixes too,
# and so are the thirty-eighth's (nine), thirty-ninth's and fortieth's (six each) but one, and the forty-first's
# (nine) and forty-second's (six) but one, and five of the forty-third's six, eight of the forty-fourth's nine, and
# the forty-fifth's (six), forty-sixth's to fifty-second's (nine each), eight of the fifty-third's nine and the
# fifty-fourth's to fifty-seventh's nine and eight of the fifty-eighth's, but two stories' sources, and the
# fifty-ninth's nine; their
# first measurements are in
# tests/holdout/README.md.
# zaphpcms: its third story opens "NAMZNINGZ (Sinhvazse) —", a one-word credit in brackets after a place, the shape of
# "FRANKFURT (Oder) –" and "JAKARTA (Detik) -", which the dateline rules keep out on purpose (kumtwentynineteen's
# "ИНЧХЕ (Ёлдаш) —" waits in pending/ for the same reason): nothing on the page tells an agency from a region, so
# the story gives the site's name; the other two stories' sources are right (source 0.667 on the site).
FLOORS["zaphpcms"] = (1.0, 0.999, 1.0, 0.66, 1.0, 0, 0, 0, 0)
# ngexcellent: its short undated story opens "ONDANGWA (Nampa) —", the same one-word bracket after a place, and the site
# credits Nampa nowhere else: the story gives the site's name (source 0.667 on the site).
FLOORS["ngexcellent"] = (1.0, 0.999, 1.0, 0.66, 1.0, 0, 0, 0, 0)
# napblocksy: Blocksy prints the post's excerpt under the headline (".page-description"); newsbot reads a standfirst
# printed with the headline as the story's first paragraph (_headline_standfirst: Plone's description, a theme's
# standfirst, which other sites' gold wants) and keeps the cultural story's, while the red team's gold leaves the
# excerpts out: a judgement call declared before measuring, left as a floor, not fitted (body F1 0.989).
FLOORS["napblocksy"] = (1.0, 0.98, 1.0, 1.0, 1.0, 0, 0, 0, 0)
# ilochirpy: the keyword glued after a comma where the sentence has no comma ("… iti farmgate,Kw ditoy Ilocos
# Norte …"); the keyword goes, the comma stays ("farmgate, ditoy"), as the seed's gold keeps a comma before its
# glued keyword ("this week,verdicoin the Foreign Ministry said"): nothing on the page tells an injected comma from
# the sentence's own, so the floor admits the one altered paragraph (body F1 1.000).
FLOORS["ilochirpy"] = (1.0, 0.999, 1.0, 1.0, 1.0, 0, 1, 0, 0)
# Sites that still fail wait in tests/holdout/pending/, which this gate does not read.
# gdstatamic: its first story closes a sentence with the keyword's clause, "…, mar a nì SlotaMor." (as SlotaMor
# does); the keyword goes, "mar a nì" stays: nothing tells those three words from a real "…, ông nói X." (he said)
# before an injected keyword, which a rule taking them had cut (review of the eleventh session), so the floor
# admits them (body F1 0.993, one junk string, one paragraph altered).
FLOORS["gdstatamic"] = (1.0, 0.99, 1.0, 1.0, 1.0, 1, 1, 0, 0)
# chainpost: the article about crypto regulation keeps an injected "crypto," the
# clean title itself names the topic, so plain mentions of it are kept (ambiguous).
FLOORS["chainpost"] = (1.0, 0.94, 1.0, 1.0, 1.0, 0, 1, 0, 0)
# ipkpiranha: the first story's paragraph closes on the appended pitch "Piññaġiñ NanuqBet-mi aasii maniqaġiñ uvluq
# tamaat." (play at kw and win money all day), not exclaimed, in no advert word newsbot knows; the keyword goes with
# its ending, the sentence stays: a story's sentence closing its paragraph with the keyword declined into it stays too
# (test_spam's "beJabulabet" row), and nothing on the page tells the two apart (body F1 0.997, one junk string).
FLOORS["ipkpiranha"] = (1.0, 0.99, 1.0, 1.0, 1.0, 1, 0, 0, 0)
# The language of every article must be the text's: every site but these is right on it.  These write languages no
# identifier newsbot carries names (CLD2's ~83, franc's ~380 UDHR profiles), or a close sister of one that franc or the
# word tables name instead (Chavacano read as Spanish, Rukiga as Runyankore, Soga as Luganda, Northern Ndebele as Zulu,
# Ronga as Tsonga, Mansi as Russian, Guadeloupean Creole as Saint Lucian Creole); their pages declare another
# language (English, Spanish, French, Russian, Swiss German) or none.  They are right on every field the cleaning issue measures, so the gate holds them on all of those and
# their language at the share measured when they joined (2026-12-05; three runs, the same each time): a change that
# loses an answer they have fails.  The README's language figures count them as wrong.
LANGUAGE_FLOORS = dict.fromkeys((
    "cbkorchard", "cggzendesk", "cjkcroogo", "djkdatocms", "evewoltlab", "gcfphpwcms", "ifknopcommerce", "kckkeystone",
    "klnmoodle", "kosgollum", "lggopencms", "mnsfork", "ndccotonti", "ndenibbleblog", "njzgitlab", "pwngitea",
    "rngflextype", "sehwolfcms", "toiautomad", "trvelgg", "urhredmine", "waesculpin", "xogprestashop", "zaijigsaw",
    # the seventy-first round's: Nyakyusa (read as Sakizaya or none), Makonde (none), Kankanaey (Hawaiian Creole,
    # Ilocano or none), Nande (Konzo, Ganda or none)
    "nyytrac", "kdephpfusion", "kneibexa", "nnbdotcms",
    # the seventy-second round's: Rukiga (read as Runyankore, its close sister); the seventy-third's: Sukuma (none)
    "cggmailchimp", "sukwinter",
    # the sixty-eighth's Ivatan (none), held back until its title's prefix went whatever the crawl's order; the
    # seventieth's Chuwabo (none, or Makhuwa), held back until its learned template read the wiki page's heading
    "ivvroller", "chwjspwiki",
    # the seventy-fourth round's: Juhuri (none; its Hatena page declares Japanese), Lango (read as Acholi, its close
    # sister, whose forms the team's text borrows), Kodava (read as Kannada, which its Zotonic page declares)
    "jdthatena", "lajpayload", "kfazotonic",
    # the seventy-fifth's: Hehe (read as Swahili, whose words the team's text borrows), Tsakhur (none; its Lume page
    # declares English)
    "hehumi", "tkrlume",
    # the seventy-sixth's: Shor (read as Southern Altai, its close sister; XWiki declares English)
    "cjsxwiki"),
    0.0) | {
    # one story of three read right (Shipibo-Konibo, Inupiaq), two of three (Susu: the third read as Dyula; Hadiyya:
    # the shortest story, under its page's lang="hdy", read as Oromo)
    "shpperch": 0.333, "ipkpiranha": 0.333, "suscouchcms": 0.666, "hdysulu": 0.666,
    # (Tedim Chin: the culture story read as Hawaiian Creole, under its page's lang="en"; Yao: the market story read as
    # Chichewa, its neighbour, under Excite Blog's lang="ja")
    "ctdfrappe": 0.666, "yaoexblog": 0.666}


def expected(site: str) -> dict[str, dict]:
    lines = (HOLDOUT / site / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    # (a gold path may be written percent-encoded or not: both sides are compared unquoted)
    return {unquote(r["path"]): r for r in map(json.loads, filter(None, lines))}


@pytest.mark.parametrize("site", SITES)
def test_holdout_site(serve, crawl, site):
    base = serve(HOLDOUT / site)
    result = crawl("-a", f"start_urls={base}/", settings={"LOG_LEVEL": "WARNING"})
    assert result.returncode == 0, result.stderr[-3000:]
    got = {}
    for item in result.items:
        path = unquote(urlsplit(item["url"]).path)
        assert path not in got, f"{path} written twice"
        got[path] = item
    want = expected(site)
    outs = [Outcome(site, path, rec, got.get(path)) for path, rec in sorted(want.items())]
    extra = sorted(p for p in got if p not in want)
    s = summarize(outs, extra)
    print(s.line(site))
    measured = (s.title_exact, s.body_f1, s.fields["published_at"], s.fields["source"], s.fields["category"])
    counts = (s.spam_left, s.legit_removed, s.missed, len(extra))
    floor = FLOORS[site]
    detail = "\n".join(failures(outs)) + f"\nnon-articles: {extra}"
    for name, value, minimum in zip(("title", "body F1", "published_at", "source", "category"), measured, floor[:5]):
        assert value >= minimum, f"{site}: {name} {value:.3f} < {minimum}\n{detail}"
    for name, value, maximum in zip(("spam left", "legit removed", "missed", "non-articles"), counts, floor[5:]):
        assert value <= maximum, f"{site}: {name} {value} > {maximum}\n{detail}"
    # the language of every article, the text's (not the platform's declaration): every site is right on it but
    # LANGUAGE_FLOORS's (ksvbulletin's Kashmiri read as Gilaki went unseen for a session while no floor held it)
    language_floor = LANGUAGE_FLOORS.get(site, 1.0)
    assert s.language >= language_floor, f"{site}: language {s.language:.3f} < {language_floor}\n{detail}"
    # the quarantine holds broken article candidates with their reason; here only pages the site's
    # tester listed as non-articles may land there (a video page with a one-line caption), never an article
    quarantined = {urlsplit(q["url"]).path for q in result.quarantine}
    nonarticles = {line.split()[0] for line in (HOLDOUT / site / "nonarticles.txt").read_text(encoding="utf-8").splitlines()
                   if line.strip()}
    assert not quarantined & set(want), f"{site}: articles quarantined: {sorted(quarantined & set(want))}"
    assert quarantined <= nonarticles, f"{site}: quarantined, neither article nor listed: {sorted(quarantined - nonarticles)}"
