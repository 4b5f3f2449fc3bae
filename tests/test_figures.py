"""Figures: what counts as a number that quantifies, its text, value, qualifier and unit."""

from __future__ import annotations

import pytest

from icereader.index.figures import find_figures
from icereader.index.model import Figure


def _figures(text: str) -> list[Figure]:
    return find_figures(text, [(0, len(text))], [[(0, len(text))]])


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


@pytest.mark.parametrize("sentence, text, value, qualifier, unit", [
    ("Agents arrested 21,362 immigrants.", "21,362", 21362.0, None, None),
    ("It costs $16.4 million a year.", "$16.4 million", 16_400_000.0, None, "USD"),
    ("About 40 percent were adults.", "About 40 percent", 40.0, "about", "percent"),
    ("Arrests rose 40% last year.", "40%", 40.0, None, "percent"),
    ("The rate fell 3.5 percentage points.", "3.5 percentage points", 3.5, None, "percentage points"),
    ("Roughly a third were families.", "Roughly a third", 0.333, "roughly", "fraction"),
    ("Two-thirds were men.", "Two-thirds", 0.667, None, "fraction"),
    ("Nearly half had no record.", "Nearly half", 0.5, "nearly", "fraction"),
    ("Roughly one in five had a conviction.", "Roughly one in five", 0.2, "roughly", "fraction"),
    ("Twenty-one children were held.", "Twenty-one", 21.0, None, None),
    ("A dozen arrests followed.", "A dozen", 12.0, None, None),
    ("Hundreds of people marched.", "Hundreds", 100.0, None, None),
    ("Tens of thousands of people marched.", "Tens of thousands", 10_000.0, None, None),
    ("They held as many as 3 million people.", "as many as 3 million", 3_000_000.0, "as many as", None),
    ("It holds between 800 and 1,000 people.", "between 800 and 1,000", 800.0, "between", None),
    ("It ended a four-day operation.", "four-day", 4.0, None, "days"),
    ("A 34-year-old man was held.", "34-year-old", 34.0, None, "years"),
    ("At least one of the jails is full.", "At least one", 1.0, "at least", None),
    ("Fewer than 1 percent were minors.", "Fewer than 1 percent", 1.0, "fewer than", "percent"),
    ("It received two hundred fifty thousand dollars.", "two hundred fifty thousand dollars", 250_000.0, None, "USD"),
])
def test_figure_forms(sentence: str, text: str, value: float, qualifier: str | None, unit: str | None) -> None:
    figures = _figures(sentence)
    assert len(figures) == 1
    f = figures[0]
    assert (f.text, f.value, f.qualifier, f.unit) == (text, value, qualifier, unit)
    assert sentence[f.start:f.end] == f.text


@pytest.mark.parametrize("sentence", [
    "On March 3, 2020, at 9:30 a.m., lawyers met.",
    "The Section 287(g) program began in 2017.",
    "He had no ties to MS-13 and filled out an I-9 form after the COVID-19 pandemic.",
    "It was the first hearing, and the second is set for Oct. 12.",
    "Call (602) 555-0143 or 1-866-347-2423 to report it.",
    "The office is at 401 W. Washington St. in Phoenix.",
    "Under 8 U.S.C. 1357, officers may question anyone.",
    "One of the attorneys said it was one of the worst cases.",
    "The week-long trial doubled the backlog after 9/11.",
    "Three weeks before the end of the year, they left. Two years ago it began.",
    "People were afraid to call 911 in the 1990s.",
    "A zero tolerance policy and a one-time payment.",
    "Fox 5 reported it from Courtroom 5.",
])
def test_not_figures(sentence: str) -> None:
    assert _texts(sentence) == []


def test_lists_count_what_the_sentence_counts() -> None:
    figures = _figures("There were 28 arrests in Baltimore, 30 in Cook County and 63 in Denver.")
    assert [(f.text, f.counts) for f in figures] == [
        ("28", "arrests in Baltimore"), ("30", "arrests in Cook County"), ("63", "arrests in Denver")]
    figures = _figures("Arrests by city: Atlanta (61), Charlotte (44).")
    assert [(f.text, f.counts) for f in figures] == [("61", "in Atlanta"), ("44", "in Charlotte")]


def test_year_is_a_count_when_it_counts_something() -> None:
    assert _texts("In 2019, officers moved 2000 detainees.") == ["2000"]


def test_headline_title_case_number_words_count() -> None:
    assert _texts("Two Officials Say ICE Will Expand Raids") == ["Two"]
    assert _texts("He joined the Chicago Seven protest.") == []
