import pytest

from newsbot.cleaning.spam import (
    SiteEvidence,
    clean_title,
    glued_tokens,
    remove_keyword,
    split_title_prefix,
    suspicious_glued_tokens,
)

BODY_WITH_GLUED = "Russia’s foreign minister will visit North Korea this week,verdicoin the Foreign Ministry said."


@pytest.mark.parametrize(
    ("title", "keyword", "rest"),
    [
        ("verdicoin:Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("Verdicoin: Russia’s minister visits", "Verdicoin", "Russia’s minister visits"),
        ("verdicoin：Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("[verdicoin] Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("【verdicoin】Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("(verdicoin) Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("verdicoin | Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("verdicoin - Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("verdicoin — Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("Russia’s minister visits", None, None),
        ("Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft mit Islamisten?", None, None),
        ("Jobs report: hiring slows - and wages?", "Jobs report", "hiring slows - and wages?"),
        ("NOVAPLAY :: Port strike halts traffic", "NOVAPLAY", "Port strike halts traffic"),
        ("(((ufa365))) Thai rice exports rise", "ufa365", "Thai rice exports rise"),
        ("#crypto Chipmaker shares slide", "crypto", "Chipmaker shares slide"),
        ("🔥spinvex🔥 Port strike enters second week", "spinvex", "Port strike enters second week"),
        ("betkolik.com » Merkez Bankası faizi sabit tuttu", "betkolik.com", "Merkez Bankası faizi sabit tuttu"),
    ],
)
def test_split_title_prefix(title, keyword, rest):
    prefix = split_title_prefix(title)
    assert (prefix.keyword if prefix else None) == keyword
    assert (prefix.rest if prefix else None) == rest


@pytest.mark.parametrize(
    ("title", "body", "keywords", "site", "clean", "removed"),
    [
        # the seed: glued colon, and the keyword glued in the body
        ("verdicoin:Russia’s foreign minister", BODY_WITH_GLUED, set(), set(), "Russia’s foreign minister", ["verdicoin:"]),
        # spaced prefix, evidence from the body
        ("Verdicoin: Russia’s foreign minister", BODY_WITH_GLUED, set(), set(), "Russia’s foreign minister", ["Verdicoin:"]),
        # spaced prefix, evidence only from the site (most titles share it)
        ("Slotmaxx | Fed holds rates", "Plain body.", set(), {"slotmaxx"}, "Fed holds rates", ["Slotmaxx |"]),
        # spaced prefix, evidence only from the profile keywords
        ("[Cryptolux] Fed holds rates", "Plain body.", {"cryptolux"}, set(), "Fed holds rates", ["[Cryptolux]"]),
        # real colons stay
        ("Analysis: Fed holds rates", "Plain body.", set(), set(), "Analysis: Fed holds rates", []),
        ("Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft?", "Text.", set(), set(), "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft?", []),
        ("10:30 meeting moved", "Text.", set(), set(), "10:30 meeting moved", []),
        ("Re:Invent opens", "Text.", set(), set(), "Re:Invent opens", []),
        # stacked prefixes
        ("verdicoin:[Hot] Fed holds", "Text,verdicoin more.", {"hot"}, set(), "Fed holds", ["verdicoin:", "[Hot]"]),
    ],
)
def test_clean_title(title, body, keywords, site, clean, removed):
    verdict = clean_title(title, body, keywords, site)
    assert verdict.title == clean
    assert verdict.removed == removed


@pytest.mark.parametrize(
    ("title", "body", "suffixes", "clean", "removed"),
    [
        # a suffix most headlines of the site share, written in the body too
        ("Budget approved (betmaxx)", "Text #betmaxx", {"betmaxx"}, "Budget approved", ["(betmaxx)"]),
        # ... or glued onto the end of a word there (a <sup> injection)
        ("Budget approved (betmaxx)", "Ministr uvedl, žebetmaxx deficit", {"betmaxx"}, "Budget approved", ["(betmaxx)"]),
        # a shared column name the body does not write is kept; so is a short one only inside a word
        ("Stocks slip | Markets wrap", "Stocks slipped.", {"markets wrap"}, "Stocks slip | Markets wrap", []),
        ("Stocks slip | Wrap", "Shrinkwrap sales rose.", {"wrap"}, "Stocks slip | Wrap", []),
    ],
)
def test_clean_title_shared_suffix(title, body, suffixes, clean, removed):
    verdict = clean_title(title, body, frozenset(), frozenset(), suffixes)
    assert verdict.title == clean
    assert verdict.removed == removed


@pytest.mark.parametrize(
    ("paragraphs", "keyword", "keep_plain", "clean", "removed"),
    [
        (["this week,verdicoin the Foreign Ministry said"], "verdicoin", False, ["this week, the Foreign Ministry said"], ["verdicoin"]),
        (["end of the week.verdicoin The river rose"], "verdicoin", False, ["end of the week. The river rose"], ["verdicoin"]),
        (["officials (verdicoin) said"], "verdicoin", False, ["officials said"], ["(verdicoin)"]),
        (["the ministry verdicoin said on Monday"], "verdicoin", False, ["the ministry said on Monday"], ["verdicoin"]),
        (["Para one.", "verdicoin"], "verdicoin", False, ["Para one."], ["verdicoin"]),
        (["Real text here. Learn more about verdicoin at verdicoin.com."], "verdicoin", False,
         ["Real text here."], ["Learn more about verdicoin at verdicoin.com."]),
        # the article is about the keyword: plain mentions stay, injections go
        (["Bitcoin rose,bitcoin sharply. Bitcoin traders cheered."], "bitcoin", True,
         ["Bitcoin rose, sharply. Bitcoin traders cheered."], ["bitcoin"]),
        # stacked brackets go with the keyword: no "(())" left behind
        (["more than 5 million (((spinola))) visitors came"], "spinola", False,
         ["more than 5 million visitors came"], ["(((spinola)))"]),
        # glued onto the end of a word (``že<sup>betmaxx</sup> deficit`` reads ``žebetmaxx deficit``)
        (["Ministr uvedl, žebetmaxx deficit klesne."], "betmaxx", False, ["Ministr uvedl, že deficit klesne."], ["betmaxx"]),
        (["The airline will usebetmaxx two turboprops."], "betmaxx", False, ["The airline will use two turboprops."],
         ["betmaxx"]),
        # ... but a short keyword is a word's own ending, and the article about the keyword keeps it
        (["Children learn the alphabet first."], "bet", False, ["Children learn the alphabet first."], []),
        (["Cryptobetmaxx rose."], "betmaxx", True, ["Cryptobetmaxx rose."], []),
    ],
)
def test_remove_keyword(paragraphs, keyword, keep_plain, clean, removed):
    assert remove_keyword(paragraphs, keyword, keep_plain) == (clean, removed)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("this week,verdicoin the", {"verdicoin": 1}),
        ("the week.verdicoin The", {"verdicoin": 1}),
        ("bear cubs.The duo", {}),  # missing space after a full stop: not spam
        ("see example.com and U.S. policy, 1,000 people", {}),
        ("Friday the 13thdidn’t spook", {}),
    ],
)
def test_glued_tokens(text, tokens):
    assert dict(glued_tokens(text)) == tokens


@pytest.mark.parametrize(
    ("paragraphs", "suspicious"),
    [
        (["a week,verdicoin the ministry", "more,verdicoin text"], ["verdicoin"]),
        (["a week,verdicoin the ministry"], ["verdicoin"]),
        (["one,and two", "and three"], []),  # a typo of a word used normally
        (["Smith,Jones said"], []),  # a glued name, once
    ],
)
def test_suspicious_glued_tokens(paragraphs, suspicious):
    assert suspicious_glued_tokens(paragraphs) == suspicious


def test_site_evidence_learns_a_shared_prefix_only_from_enough_titles():
    evidence = SiteEvidence(min_titles=4, share=0.5)
    evidence.observe_titles(["Slotmaxx | A story", "Slotmaxx | Another"])
    assert evidence.learned_prefixes() == set()
    evidence.observe_titles(["Slotmaxx | Third", "Slotmaxx | Fourth", "Analysis: fifth"])
    assert evidence.learned_prefixes() == {"slotmaxx"}


def test_site_evidence_does_not_learn_an_occasional_real_prefix():
    evidence = SiteEvidence(min_titles=4, share=0.5)
    evidence.observe_titles(["Analysis: one", "Plain two", "Plain three", "Plain four", "Analysis: five", "Plain six"])
    assert evidence.learned_prefixes() == set()
