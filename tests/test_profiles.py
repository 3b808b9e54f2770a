"""Site profiles: data, checked, with file and line in every error."""

from __future__ import annotations

import pytest

from newsbot.profiles import GENERIC, ProfileError, load_profiles, parse_profile, profile_for_url
from newsbot.targets import ArgumentError, resolve_targets


def test_the_bundled_demo_profile():
    demo = load_profiles()["demo"]
    assert demo.enabled and demo.start_urls == ("https://demo.newsbot.invalid/",)
    assert demo.is_article_url("https://demo.newsbot.invalid/news/2025/05/01/x.html") is True
    assert demo.is_article_url("https://demo.newsbot.invalid/about/") is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('name = "x"\nstart_urls = ["https://ex.com/"\nlanguage = "en"\n', "sites/x.toml: Unclosed array (at line 3"),
        ('nmae = "x"\n', "unknown key 'nmae'"),
        ('start_urls = "https://ex.com/"\n', "start_urls must be a list, not str"),
        ('start_urls = ["ex.com"]\n', "is not an http(s) URL"),
        ('timezone = "Mars/Olympus"\n', "is not an IANA time zone name"),
        ("[articles]\nallow = ['(']\n", "bad regular expression"),
        ("[selectors]\nbody = 3\n", "selectors.body must be a str"),
        ("[validation]\nmin_body_chars = -1\n", "must be >= 0"),
    ],
)
def test_malformed_profiles_are_named(text, message):
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, "sites/x.toml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("sites/x.toml: ")


def test_a_user_profile_replaces_a_bundled_one(tmp_path):
    (tmp_path / "demo.toml").write_text('name = "demo"\nstart_urls = ["https://mirror.example/"]\n')
    assert load_profiles(str(tmp_path))["demo"].start_urls == ("https://mirror.example/",)


def test_profiles_match_hosts_and_subdomains():
    profiles = load_profiles()
    assert profile_for_url(profiles, "https://demo.newsbot.invalid/a").name == "demo"
    assert profile_for_url(profiles, "https://www.demo.newsbot.invalid/a").name == "demo"
    assert profile_for_url(profiles, "https://other.example/") is GENERIC


@pytest.mark.parametrize(
    ("start_urls", "site", "expected"),
    [
        (None, None, ["https://demo.newsbot.invalid/"]),
        (None, "demo", ["https://demo.newsbot.invalid/"]),
        ("https://a.example/, https://b.example/x", None, ["https://a.example/", "https://b.example/x"]),
    ],
)
def test_targets(start_urls, site, expected):
    assert [t.url for t in resolve_targets(load_profiles(), start_urls, site)] == expected


def test_no_enabled_site_is_an_argument_error(tmp_path):
    (tmp_path / "demo.toml").write_text('name = "demo"\nenabled = false\nstart_urls = ["https://x.example/"]\n')
    with pytest.raises(ArgumentError, match="no site is enabled"):
        resolve_targets(load_profiles(str(tmp_path)))
