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
        # one entry of a blog archive (Livedoor, WordPress default permalinks) is an article
        ("https://ex.com/archives/20250303-140512.html", None),
        ("https://ex.com/archives/52345678.html", None),
        ("https://ex.com/archives/123", None),
        # the archive itself, by year or month, is not
        ("https://ex.com/archives/2025/", "listing"),
        ("https://ex.com/archives/202503", "listing"),
        ("https://ex.com/archives/", "listing"),
        ("https://ex.com/tag/12345/", "listing"),
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


DL_PAGE = """<html lang="ja"><head><title>kw：日銀、追加利上げを見送り　物価動向を見極め｜まとめ速報</title></head><body>
<div id="head"><a href="/">まとめ速報</a>｜<a href="/category/keizai/">経済</a></div>
<dl class="entry">
<dt>見出し</dt><dd class="ttl"><strong>kw：日銀、追加利上げを見送り　物価動向を見極め</strong></dd>
<dt>配信日時</dt><dd class="date">2025年3月12日(水) 午後7時20分</dd>
<dt>提供</dt><dd>共同通信</dd>
<dt>カテゴリ</dt><dd><a href="/category/keizai/">経済</a></dd>
<dt>本文</dt><dd class="body">
<p>日銀は3日、金融政策決定会合を開き、政策金利を0.5％程度に据え置くことを決めた。米国の関税政策を巡る不透明感が強まる中、物価や景気への影響を慎重に見極める必要があると判断した。</p>
<h3>賃上げの動向を注視</h3>
<p>今年の春闘では、大手企業を中心に5％を超える賃上げ回答が相次いでいる。</p>
</dd></dl></body></html>"""


def test_definition_list_layout():
    """<dt>label</dt><dd>value</dd> fields, the text in a <dd> holding paragraphs."""
    extracted = extract_page(DL_PAGE, "https://ex.jp/archives/20250312-192045.html")
    # the title tag's site name after a full-width bar goes, with no spaces around it
    assert extracted.title == "kw：日銀、追加利上げを見送り 物価動向を見極め"
    assert [(b.text[:6], b.kind) for b in extracted.blocks] == [("日銀は3日、", "p"), ("賃上げの動向", "h"), ("今年の春闘で", "p")]
    # the metadata follows the element wrapping the headline; a <dt> and its <dd> read as one labelled line
    assert extracted.meta_lines[:3] == ["配信日時: 2025年3月12日(水) 午後7時20分", "提供: 共同通信", "カテゴリ: 経済"]
    assert classify(extracted).is_article


def test_breadcrumb_without_a_class_is_a_run_of_links_from_home():
    html = ("<html><body><div class='side'><a href='/news/1.html'>Other story</a></div><div class='loc'>"
            "<a href='/'>홈</a> &gt; <a href='/section/estate/'>부동산</a></div><h2>서울 아파트값 3주 연속 상승</h2>"
            "<p>" + "서울 아파트값이 3주 연속 오름세를 이어갔다. " * 5 + "</p></body></html>")
    extracted = extract_page(html, "https://ex.kr/news/102755.html")
    assert (extracted.breadcrumbs, extracted.breadcrumb_text) == (["부동산"], "홈 > 부동산")


def test_headline_element_found_when_the_title_tag_writes_the_prefix_differently():
    html = ("<html><head><title>Kw24.de | EZB senkt Leitzins erneut - Blitz</title></head><body>"
            "<div class='t1'>Kw24.de:EZB senkt Leitzins erneut</div><div class='inf'>03.03.2025, 14:05 Uhr</div>"
            "<div class='txt'><div>" + "Die Europäische Zentralbank hat den Leitzins gesenkt, wie sie mitteilte. " * 3
            + "</div></div></body></html>")
    extracted = extract_page(html, "https://ex.de/wirtschaft/2025/03/03/ezb-senkt-leitzins-a81723.html")
    assert "03.03.2025, 14:05 Uhr" in extracted.meta_lines


def test_section_names_are_short_links_to_section_paths():
    html = ("<html><body><nav><a href='/'>Start</a> <a href='/ressort/politik/'>Politik</a> "
            "<a href='/sport/'>Sport</a> <a href='/tag/ezb/'>EZB</a> <a href='/wirtschaft/'>Mehr: Wirtschaft</a> "
            "<a href='/politik/2025/03/18/story-a1.html'>Bundestag beschließt</a></nav></body></html>")
    assert extract_page(html, "https://ex.de/a").section_names == ["Politik", "Sport"]


def test_unspaced_headlines_of_links_are_seen():
    html = "<html><body><a href='/archives/1.html'>【kw】解説：能登半島地震から1年余、仮設住宅の課題浮き彫りに</a></body></html>"
    assert extract_page(html, "https://ex.jp/").link_texts == ["【kw】解説：能登半島地震から1年余、仮設住宅の課題浮き彫りに"]
