"""Where each article came from, read from the lines saved articles carry, and headlines that are
headlines."""

from __future__ import annotations

import os

import pytest
from icereader.index.errors import UnreadableFile
from icereader.index.sync.ingest import article_from_bytes
from icereader.index.text.clean import clean, is_furniture, place_line
from icereader.index.text.provenance import date_of_line, iso_date, outlet_of, parsed_date

BODY = (
    "U.S. Immigration and Customs Enforcement officers arrested 42 people during a three-day operation, "
    'the agency said.\n\n"We will continue to enforce the law," said Field Office Director Ana Ruiz.\n'
)


def test_a_release_saved_as_text():
    raw = (
        "Skip to main content\n\nAn official website of the United States government\n\nHere's how you know\n\n"
        "Press Release\n\nICE arrests 42 in three-day operation in North Texas.\n\n"
        "July 25, 2018Dallas, TX, United StatesEnforcement and Removal Operations\n\n"
        + BODY
        + "\n###\n\nSOURCE: https://www.ice.gov/news/releases/ice-arrests-42-north-texas\n"
    )
    c = clean(raw)
    assert c.title == "ICE arrests 42 in three-day operation in North Texas."
    assert (c.meta.date, c.meta.url, c.meta.outlet) == (
        "2018-07-25",
        "https://www.ice.gov/news/releases/ice-arrests-42-north-texas",
        "ICE",
    )
    for furniture in (
        "Skip to",
        "official website",
        "how you know",
        "Press Release",
        "SOURCE",
        "###",
        "Enforcement and Removal Operations",
    ):
        assert furniture not in c.text, furniture


def test_release_date_label_and_wire_dateline():
    c = clean("ICE removes fugitive wanted for homicide\n\nRelease Date: November 4, 2013\n\n" + BODY)
    assert c.meta.date == "2013-11-04" and "Release Date" not in c.text
    c = clean("Agents arrest 42 in raid\n\nWASHINGTON, Sept. 28, 2017 — " + BODY)
    assert c.meta.date == "2017-09-28"
    assert c.text.split("\n\n")[1].startswith("WASHINGTON, Sept. 28, 2017 —")  # the dateline is the story's


def test_a_masthead_line_of_byline_date_and_pages():
    """A print archive's "By … | date | Pages 1 and 4" line is the byline and date, not prose
    whose year and page numbers become figures."""
    c = clean("Feds' raids designed to spread fear\nBy Nicole Colson | April 28, 2006 | Pages 1 and 4\n\n" + BODY)
    assert (c.meta.byline, c.meta.date) == ("Nicole Colson", "2006-04-28")
    assert "Pages" not in c.text
    c = clean("Raids spread fear\n\nThe raids | the response | and what comes next were debated for hours.\n\n" + BODY)
    assert "what comes next" in c.text  # bars inside a long sentence make no masthead


def test_a_date_alone_on_a_line_near_the_top_dates_the_article():
    c = clean("Agents arrest 42 in raid\n\n2017-02-13\n\n" + BODY)
    assert c.meta.date == "2017-02-13" and "2017-02-13" not in c.text


def test_an_email_newsletter_loses_its_furniture():
    raw = (
        "Having trouble viewing this email? View it in your browser.\n\nFor Immediate Release\n\n"
        "Mayor responds to ICE operation\n\nContact: Press Office, press@city.example, 555-0100\n\n"
        + BODY
        + "\nForward to a friend | Unsubscribe | Update your preferences\n\nThis email was sent to you@example.com\n"
    )
    c = clean(raw)
    assert c.title == "Mayor responds to ICE operation"
    for furniture in ("trouble viewing", "Immediate Release", "Contact:", "Unsubscribe", "email was sent"):
        assert furniture not in c.text, furniture


def test_labels_dates_and_places_are_never_headlines():
    for line in ("Press Release", "News Release", "For Immediate Release", "Media Advisory"):
        assert is_furniture(line), line
    assert place_line("WASHINGTON") and place_line("New York, NY, United States") and place_line("Washington, D.C.")
    assert not place_line("Trump, Sessions Target Sanctuary Cities") and not place_line("Raids In Chicago")
    c = clean("Press Release\n\nNew York, NY, United States\n\nAugust 1, 2019\n\n" + BODY, fallback_title="release-17")
    assert c.title == "release-17"  # nothing reads as a headline: the file name


def test_a_headline_may_end_with_a_full_stop_but_a_lede_is_no_headline():
    assert clean("Agents arrest 42 in North Texas.\n\n" + BODY).title == "Agents arrest 42 in North Texas."
    lede = (
        "U.S. Immigration and Customs Enforcement officers arrested 42 people in North Texas during an "
        "operation that ended Friday, the agency said."
    )
    assert clean(lede + "\n\n" + BODY, fallback_title="file-name").title == "file-name"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Mon, May 01, 2017", "2017-05-01"),
        ("Published: 2017-09-28T10:00:00Z", "2017-09-28"),
        ("Updated 3:45 PM EST, Thu September 28, 2017", "2017-09-28"),
        ("Posted: 12/03/2019", "2019-12-03"),
        ("SEPTEMBER 28, 2017 | WASHINGTON, D.C.", "2017-09-28"),
        ("The raid happened on May 3, 2017.", None),
        ("Release Date: November 4, 2013 and more words here", None),
    ],
)
def test_date_lines(text: str, iso: str | None):
    assert date_of_line(text) == iso


def test_dates_without_a_day_or_year_are_not_made_up():
    assert iso_date("May 2017") == "2017-05" and iso_date("May 3") is None


@pytest.mark.parametrize("weekday", ["", "Monday, ", "thu, ", "Sun,  "])
@pytest.mark.parametrize("month", ["May", "Sept.", "SEPT", "September", "feb", "Jun", "Dec."])
@pytest.mark.parametrize("year", ["2016", "2017", "1799", "2100", "2101", "0099", "0999"])
def test_common_dates_are_read_as_dateutil_reads_them(weekday: str, month: str, year: str):
    for day in ["0", "01", "9", "29", "30", "31", "32"]:
        for text in (f"{weekday}{month} {day}, {year}", f"{weekday}{month} {day} {year}"):
            assert iso_date(text) == parsed_date(text), text
    for text in (f"{year}-{m}-{d}" for m in ["00", "02", "12", "13"] for d in ["00", "01", "29", "31", "32"]):
        assert iso_date(text) == parsed_date(text), text


def test_outlets_from_urls():
    assert outlet_of("https://www.justice.gov/usao-ndtx/pr/x") == "Department of Justice"
    assert outlet_of("https://learningenglish.voanews.com/a/x.html") == "VOA"
    assert outlet_of("https://news.example.co.uk/story") == "news.example.co.uk"


def test_front_matter_and_labelled_lines_of_a_text_file():
    raw = "Title: Raids in Denver\nAuthor: Ana Ruiz\nDate: March 1, 2024\nURL: https://denver.example/raids\n\n" + BODY
    a = article_from_bytes(raw.encode(), "raids.txt", "raids.txt")
    assert (a.title, a.byline, a.date, a.url, a.outlet) == (
        "Raids in Denver",
        "Ana Ruiz",
        "2024-03-01",
        "https://denver.example/raids",
        "denver.example",
    )


def test_random_bytes_are_no_article_whatever_the_name():
    data = bytes(b for b in os.urandom(40_000) if b >= 32)  # no control bytes to give it away
    for name in ("notes.txt", "page.md"):
        with pytest.raises(UnreadableFile, match="not text: .* prose has"):
            article_from_bytes(data, name, name)
