"""Extraction and page classification on tricky pages (fixtures as files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbot.cleaning.footer import Block
from newsbot.extraction.classify import classify, url_kind
from newsbot.extraction.hybrid import combine
from newsbot.extraction.page import extract_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str, url: str):
    return extract_page((PAGES / name).read_text(encoding="utf-8"), url)


@pytest.mark.parametrize(
    ("name", "url", "is_article", "reason"),
    [
        ("listing_long_teasers.html", "https://ex.com/tag/world/", False, "url-not-article"),
        # teasers longer than many articles, on a URL that says nothing
        ("listing_long_teasers.html", "https://ex.com/news/2025/05/01/world-news-digest.html", False, "link-list"),
        ("about.html", "https://ex.com/about-us/", False, "url-not-article"),
        ("about.html", "https://ex.com/info/who-we-are-and-what-we-do/", False, "no-article-evidence"),
        ("comments.html", "https://ex.com/comments/7781.html", False, "url-not-article"),
        ("not_found.html", "https://ex.com/2025/10/01/old-story/", False, "error-page"),
        ("short_article.html", "https://ex.com/news/2025/05/02/bridge-reopens.html", True, "article"),
        ("no_date_article.html", "https://ex.com/story/ferry-service-resumes", True, "article"),
        ("article_with_comments.html", "https://ex.com/news/2025/05/03/council-budget.html", True, "article"),
        ("broken_no_text.html", "https://ex.com/news/2025/05/04/video-only-story.html", True, "broken-article"),
        # an old table layout, no <h1>, the date in a table cell, on a slug URL
        ("table_layout.html", "https://ex.com/read.php/alpine-passes-close-early/", True, "article"),
    ],
)
def test_classification(name, url, is_article, reason):
    verdict = classify(page(name, url))
    assert (verdict.is_article, verdict.reason) == (is_article, reason), verdict.detail


def test_hidden_text_is_not_article_text():
    html = ("<html><body><h1>Talks continue</h1><div><p>Officials and<span style='display:none'>novaplay</span> "
            "the United States said on Monday that the talks would continue next week in Geneva.</p></div></body></html>")
    assert [b.text for b in extract_page(html, "https://ex.com/a").blocks] == [
        "Officials and the United States said on Monday that the talks would continue next week in Geneva."]


def test_without_h1_the_title_tag_loses_the_site_name():
    html = "<html><head><title>Thai rice exports set to fall :: ThaiDesk</title></head><body><p>x</p></body></html>"
    assert extract_page(html, "https://ex.com/a").title == "Thai rice exports set to fall"


_STORY = "<p>" + "The council approved the budget on Tuesday after a long debate about schools and parks. " * 3 + "</p>"


@pytest.mark.parametrize(
    ("meta_html", "lines"),
    [
        # a list of label-value items without colons: one line per item, not one run-on line
        ('<ul class="facts"><li>Date 2025-11-03T11:04:00+0200</li><li>Source Reuters</li><li>Category Business</li></ul>',
         ["Date 2025-11-03T11:04:00+0200", "Source Reuters", "Category Business"]),
        # a two-column label/value table: one line per row, its cells spaced
        ('<table class="meta"><tr><td>Zdroj</td><td>ČTK</td></tr><tr><td>Rubrika</td><td>Domácí</td></tr></table>',
         ["Zdroj ČTK", "Rubrika Domácí"]),
        ('<table><tr><td>Published</td><td>11/3/25 9:15 AM</td></tr><tr><td>Source</td><td>AP</td></tr></table>',
         ["Published 11/3/25 9:15 AM", "Source AP"]),
        # a single line stays one line
        ('<p class="byline">By Jane Doe | May 1, 2025 · Source: AP</p>', ["By Jane Doe | May 1, 2025 · Source: AP"]),
    ],
)
def test_metadata_items_are_lines_of_their_own(meta_html, lines):
    html = f"<html><body><div><h1>Council approves the budget</h1>{meta_html}<div>{_STORY}</div></div></body></html>"
    assert extract_page(html, "https://ex.com/a").meta_lines[:len(lines)] == lines


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        # label | value rows (no "meta" class to say so): one block per row, which the cleaning reads as metadata
        ("<tr><td>Publikováno</td><td>Tue, 04 Nov 2025 14:20:00 GMT</td></tr><tr><td>Zdroj</td><td>ČTK</td></tr>",
         ["Publikováno Tue, 04 Nov 2025 14:20:00 GMT", "Zdroj ČTK"]),
        ("<tr><th>Team</th><th>Points</th></tr><tr><td>Sparta</td><td>31</td></tr>", ["Team Points", "Sparta 31"]),
        # a cell of prose, or a cell holding blocks, is not a label or a value: its cells stay blocks of their own
        ("<tr><td>Note</td><td>" + "A long explanation of what the figure in the table means for readers. " * 2
         + "</td></tr>", ["Note", ("A long explanation of what the figure in the table means for readers. " * 2).strip()]),
        ("<tr><td><p>Left</p></td><td><p>Right</p></td></tr>", ["Left", "Right"]),
    ],
)
def test_short_table_rows_are_one_block(table, rows):
    html = f"<html><body><h1>Budget</h1><div><table>{table}</table>{_STORY}</div></body></html>"
    assert [b.text for b in extract_page(html, "https://ex.com/a").blocks][:len(rows)] == rows


@pytest.mark.parametrize(
    ("head", "site_name"),
    [
        ("<title>Vláda schválila rozpočet (betmaxx) - TablePress</title>", "TablePress"),
        ('<title>Budget - Daily</title><meta property="og:site_name" content="The Daily Star">', "The Daily Star"),
        ("<title>Budget approved</title>", None),
    ],
)
def test_site_name(head, site_name):
    html = f"<html><head>{head}</head><body><h1>Budget</h1>{_STORY}</body></html>"
    assert extract_page(html, "https://ex.com/a").site_name == site_name


def test_comments_are_not_article_text():
    extracted = page("article_with_comments.html", "https://ex.com/news/2025/05/03/council-budget.html")
    text = " ".join(b.text for b in extracted.blocks)
    assert "The council approved the budget" in text
    assert "Great article" not in text and "I disagree" not in text


def test_headings_inside_the_article_are_blocks():
    extracted = page("no_date_article.html", "https://ex.com/story/ferry-service-resumes")
    assert ("What changes for passengers", "h") in [(b.text, b.kind) for b in extracted.blocks]


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://ex.com/", "listing"),
        ("https://ex.com/page/2/", "listing"),
        ("https://ex.com/news?page=3", "listing"),
        ("https://ex.com/tag/europe/", "listing"),
        ("https://ex.com/news/2025/05/01/some-story-title.html", None),
        ("https://ex.com/p/40213/", None),
    ],
)
def test_url_kind(url, kind):
    assert url_kind(url) == kind


def test_combine_trims_foreign_ends_and_keeps_the_middle():
    ours = [Block("The council approved the budget on Tuesday after a long debate about schools."),
            Block("Opponents said the plan cut too deeply into the parks department budget.")]
    theirs = ["Sign up for our newsletter", ours[0].text, "A paragraph ours missed in the middle of the story, "
              "written by the same reporter.", ours[1].text, "Share this story"]
    assert [b.text for b in combine(ours, theirs)] == theirs[1:4]


def test_combine_falls_back_to_theirs_when_ours_missed_most():
    ours = [Block("Only a caption.")]
    theirs = ["A long first paragraph of the real story " * 5, "and a second one " * 10]
    assert [b.text for b in combine(ours, theirs)] == theirs


def test_combine_without_trafilatura_is_ours():
    ours = [Block("x" * 100)]
    assert combine(ours, []) == ours


_P1 = "The council approved the budget on Tuesday after a long debate about schools and parks."
_P2 = "Opponents said the plan cut too deeply into the parks department budget for next year."


@pytest.mark.parametrize(
    ("theirs", "expected"),
    [
        # the story inside a row of a layout table, with the nav and the metadata cells: ours
        (["| | Home | World | About | |", f"| {_P1} {_P2} Source link #news | |", "| Published | 11/3/25 9:15 AM |",
          "| Source | AP |"], [_P1, _P2]),
        # a data table in the story is no layout table: trafilatura's paragraphs as usual
        ([_P1, "| Team | Points |", "| Sparta | 31 |", _P2], [_P1, "| Team | Points |", "| Sparta | 31 |", _P2]),
    ],
)
def test_combine_prefers_ours_in_a_layout_table(theirs, expected):
    assert [b.text for b in combine([Block(_P1), Block(_P2)], theirs)] == expected
