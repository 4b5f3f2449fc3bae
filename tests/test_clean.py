"""Cleaning: the seed damage, page furniture, metadata, control characters."""

from __future__ import annotations

import pytest
from icereader.index.sync.scan import bundled_corpus
from icereader.index.text.clean import clean, is_furniture, repair_references, strip_controls
from icereader.index.text.source import read_source


def seed(prefix: str):
    path = next(bundled_corpus().glob(f"{prefix}_*.txt"))
    return clean(path.read_text(encoding="utf-8"))


def paragraphs(c):
    return [c.text[s:e] for s, e in c.spans]


def test_broken_character_reference_is_repaired_and_paragraph_rejoined():
    c = seed("001")
    joined = [p for p in paragraphs(c) if "re-election campaign" in p]
    assert len(joined) == 1
    assert "two themes in Trump’s re-election campaign: his crackdown" in joined[0]
    assert "\u0335" not in c.text and "7;s" not in c.text


@pytest.mark.parametrize(
    "raw, fixed",
    [
        ("Trump\u0335\n\n7;s campaign", "Trump’s campaign"),  # &#8217; cut after 821
        ("caf&#233; &amp; bar", "café & bar"),
        ("&#8220;Hi,&#8221; she said", "“Hi,” she said"),
    ],
)
def test_references(raw, fixed):
    assert repair_references(raw) == fixed


def test_spans_index_the_clean_text():
    for p in bundled_corpus().glob("*.txt"):
        c = clean(p.read_text(encoding="utf-8"))
        assert c.text == "\n\n".join(c.text[s:e] for s, e in c.spans)


@pytest.mark.parametrize(
    "prefix, gone",
    [
        ("000", ["Like this:"]),
        ("001", ["Source link", "kproxy", "Home https"]),
        ("003", ["Print More", "Leave a Reply", "Your email address", "Akismet"]),
        (
            "004",
            ["Please enter your comment", "Please enter your name", "Pin It on Pinterest", "Share This", "Home News"],
        ),
    ],
)
def test_furniture_removed(prefix, gone):
    c = seed(prefix)
    for text in gone:
        assert text not in c.text


def test_repeated_titles_and_breadcrumbs_leave_one_headline():
    c = seed("004")
    assert c.title == "ICE Is Making An Example of ‘Safe Cities’"
    assert paragraphs(c)[0] == c.title
    assert c.text.count("ICE Is Making An Example") == 1
    c = seed("001")
    assert c.title.startswith("ICE prepares targeted arrests in “sanctuary cities”")
    assert c.text.count("ICE prepares targeted arrests") == 1


def test_metadata_from_the_top_of_the_page():
    c = seed("000")
    assert c.meta.date == "2017-05-01"
    assert c.meta.byline == "Eddie Scott"
    assert c.title == "Days In: How's Trump Doing on Immigration?"
    assert "Published:" not in c.text and "By Eddie Scott" not in c.text


def test_story_lines_are_not_furniture():
    for line in [
        "Share prices fell 40 percent after the raid.",
        "Print media reported the arrests.",
        "Who Was Targeted?",
        "ICE said 50 people were arrested.",
    ]:
        assert not is_furniture(line)
    for line in [
        "Share this:",
        "Like this:",
        "Tweet",
        "Pin It on Pinterest",
        "Leave a Reply",
        "12 Comments",
        "Source link",
        "https://example.com/x",
    ]:
        assert is_furniture(line)


@pytest.mark.parametrize(
    "phrase",
    [
        "Your email address will not be published.",
        "Required fields are marked *",
        "This site uses Akismet to reduce spam.",
        "Learn how your comment data is processed.",
        "Please enter your name here",
        "Save my name, email, and website in this browser",
        "Notify me of follow-up comments by email.",
        "Notify me of new posts by email.",
        "You must be logged in to post a comment.",
        "Log in to reply",
        "Log in to comment",
        "All Rights Reserved.",
        "Read our cookie policy",
        "Accept cookies",
    ],
)
def test_comment_form_phrases_are_furniture_even_in_a_long_story_line(phrase: str):
    story = "Agents arrested 40 people in the raid, officials said on Tuesday, and more arrests followed. " * 4
    assert is_furniture(phrase) and is_furniture(f"{story}{phrase}")


def test_escapes_and_controls_are_stripped():
    hostile = "A\x1b[31mred\x1b[0m \x1b]0;pwned\x07title \x1b[2Jclear\x00\x07\x08 \u202eevil\u200b ok\ttab"
    out = strip_controls(hostile)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\u200b" not in out
    assert out == "Ared title clear evil ok\ttab"


def test_markup_like_text_is_kept_verbatim():
    c = clean("Title here\n\nHe wrote [bold]x[/] and [/] and [link=https://e.x]y[/link].")
    assert "[bold]x[/] and [/] and [link=https://e.x]y[/link]" in c.text


def test_hard_wrapped_paragraphs_are_unwrapped():
    body = (
        "The agency said on Thursday that it had arrested dozens of people in\n"
        "a week-long operation across the region, and that more arrests were\n"
        "expected in the coming days as the operation continued.\n\n"
        "Officials in the city said they had not been told about the operation\n"
        "in advance and criticised the way it had been carried out by agents.\n"
    )
    c = clean("Arrests in the region\n\n" + body)
    assert len(c.spans) == 3
    assert "people in a week-long" in c.text


def test_markdown_front_matter_and_links():
    raw = (
        "---\ntitle: Raids in Denver\nauthor: Ana Ruiz\ndate: 2024-03-01\n---\n"
        "# Raids in Denver\n\nICE [said](https://x.y) **63** were arrested."
    )
    source = read_source(raw.encode(), "raids.md")
    c = clean(source.text, meta=source.meta)
    assert (c.title, c.meta.byline, c.meta.date) == ("Raids in Denver", "Ana Ruiz", "2024-03-01")
    assert "ICE said 63 were arrested." in c.text
    assert c.text.count("Raids in Denver") == 1
