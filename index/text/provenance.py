"""Where an article came from: its url, outlet, date and byline, read from the lines a saved
article carries (`SOURCE: <url>`, `Release Date: November 4, 2013`, `By Jane Roe`, a dateline)
and from a page's own metadata. A reporter cites what the reader shows, so a date is given only
when one is written, in ISO 8601, and an outlet is at least the url's domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from urllib.parse import urlsplit

from ..lexicon.outlets import OUTLETS


@dataclass(slots=True)
class Provenance:
    """What is known of an article's origin; None where nothing says."""

    title: str | None = None
    byline: str | None = None
    date: str | None = None  # ISO 8601: "2017-09-28", or "2017-09" when no day is written
    url: str | None = None
    outlet: str | None = None

    def fill(self, other: Provenance) -> None:
        """Take `other`'s values where this one has none (the first source to say wins)."""
        for f in fields(self):
            if getattr(self, f.name) is None and (value := getattr(other, f.name)):
                setattr(self, f.name, value)


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)"
DATE = (
    rf"{_WEEKDAY}?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?|\d{1,2}/\d{1,2}/\d{4})"
)
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}T?)?"
_TIME = rf"(?:[\s,]+(?:at\s+)?{_CLOCK})?"
_LABEL = r"(?:published|posted|updated|last updated|release date|released|date|first published|issued)"
# A line that only dates the article: "Release Date: November 4, 2013", "Mon, May 01, 2017",
# "Updated 3:45 PM EST, Thu September 28, 2017", ice.gov's "July 25, 2018New York, NY, United
# StatesEnforcement and Removal Operations" (a date glued to a place and a section). What follows
# the date is a few capitalised words.
DATE_LINE = re.compile(
    rf"^\W*(?:{_LABEL}(?:\s+on)?\s*[:\-–]?\s*(?:{_CLOCK}[\s,]+)?)?(?P<date>{DATE}){_TIME}"
    r"(?P<place>\s*[|,;·•–—-]?\s*(?-i:(?:[A-Z][\w.'’-]*|and|of|for|the|&)[,|]?\s*){0,12})"
    r"(?:\s*[|,;·•–—-]?\s*by\s+(?P<by>(?-i:[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,5})))?\s*$",
    re.I,
)
# A wire or release dateline opening the first paragraph: "WASHINGTON, Sept. 28, 2017 —",
# "NEW YORK (July 25, 2018) –".
DATELINE = re.compile(
    rf"^[A-Z][A-Za-z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.]{{1,20}})?\s*[,(]\s*(?P<date>{DATE})\)?\s*[-–—]", re.I
)
_DIGIT = re.compile(r"\d")
_URL_LABEL = re.compile(
    r"^(?:source|url|link|original(?:ly published)?(?: at| on)?|canonical|read (?:it|more) at)\s*[:\-–]?\s*"
    r"(?P<url>https?://\S+)\s*$",
    re.I,
)
_BARE_URL = re.compile(r"^<?(?P<url>https?://[^\s<>]+)>?$")
BYLINE = re.compile(
    r"^(?:(?P<section>[^|]{1,40})\s*\|\s*)?(?i:by)\s+(?P<name>[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?"
    r"[A-Z][\w.'’-]*){0,7})\s*$"
)


# The month and weekday names dateutil's parser knows (its `parserinfo`), for the common shapes
# `iso_date` reads itself.
_MONTH_NUMBER = {
    name: k
    for k, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
# "2017-09-28", "September 28, 2017", "Thursday, Sept. 28 2017": the shapes nearly every written
# date has, read without dateutil's parser (which cost a quarter of cleaning an article).
_COMMON_DATE = re.compile(
    r"(?P<y>[12]\d{3})-(?P<m>\d\d)-(?P<d>\d\d)"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+)?"
    rf"(?P<month>{'|'.join(sorted(_MONTH_NUMBER, key=len, reverse=True))})\.?"
    r"\s+(?P<day>\d{1,2}),?\s+(?P<year>[12]\d{3})",
    re.I,
)


def _common_date(m: re.Match[str]) -> str | None:
    """The ISO date of a _COMMON_DATE match, as dateutil reads it: a weekday is ignored when a
    day is given, an impossible day or a year outside 1800-2100 is no date (a year under 1000
    is left to dateutil, which reads "0099" as 1999)."""
    if m.group("y"):
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        year, month, day = int(m.group("year")), _MONTH_NUMBER[m.group("month").lower()], int(m.group("day"))
    try:
        written = date(year, month, day)
    except ValueError:
        return None
    return written.isoformat() if 1800 <= year <= 2100 else None


def iso_date(text: str) -> str | None:
    """A written date as ISO 8601 ("Mon, May 01, 2017" → "2017-05-01"); None for no full date.
    A year is written in digits, so a text without one is no full date; the common shapes are
    read directly, the rest by dateutil's parser."""
    text = text.strip().rstrip(".,;")
    if not _DIGIT.search(text):
        return None
    if m := _COMMON_DATE.fullmatch(text):
        return _common_date(m)
    return parsed_date(text)


def parsed_date(text: str) -> str | None:
    """`iso_date` by dateutil's parser. Parsed twice with different defaults, so a missing day
    or year shows instead of being made up."""
    from dateutil import parser

    try:
        a = parser.parse(text, default=datetime(1904, 1, 1), fuzzy=False)
        b = parser.parse(text, default=datetime(1908, 2, 2), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    if a.year != b.year or not 1800 <= a.year <= 2100:
        return None
    return a.strftime("%Y-%m") if a.day != b.day else a.strftime("%Y-%m-%d")


def date_of_line(line: str) -> str | None:
    """The date of a line that only dates the article (with a label, a time, a place or a byline)."""
    m = _date_line(line)
    return iso_date(m.group("date")) if m else None


def byline_of_date_line(line: str) -> str | None:
    """The author of a line such as "Posted on August 14, 2019 by Staff Writer"."""
    m = _date_line(line)
    return m.group("by") if m else None


def masthead_of_line(line: str) -> tuple[str | None, str | None] | None:
    """(byline, date) of a masthead line whose parts are set apart by bars, such as
    "By Nicole Colson | April 28, 2006 | Pages 1 and 4"; None unless a part is a byline or a
    date and every part is short (a sentence with a bar in it is no masthead)."""
    parts = [p.strip() for p in line.split("|")]
    if not 2 <= len(parts) <= 5 or any(not p or len(p) > 60 for p in parts):
        return None
    byline = next((m.group("name").strip() for p in parts if (m := BYLINE.match(p))), None)
    date = next((d for p in parts if (d := iso_date(p) or date_of_line(p))), None)
    return (byline, date) if byline or date else None


def _date_line(line: str) -> re.Match[str] | None:
    if len(line) > 160 or not _DIGIT.search(line):
        return None
    return DATE_LINE.match(line)


def dateline_date(paragraph: str) -> str | None:
    m = DATELINE.match(paragraph)
    return iso_date(m.group("date")) if m else None


def url_of_line(line: str) -> str | None:
    """The url of a `SOURCE: <url>` / `URL: <url>` line, or of a line that is only a url."""
    if "://" not in line:
        return None
    m = _URL_LABEL.match(line) or _BARE_URL.match(line)
    return m.group("url").rstrip(".,;)") if m else None


_OUTLET_WORDS = 6  # a site name longer than this is a page title the page gave as its name


def outlet_name(outlet: str | None, url: str | None) -> str | None:
    """The outlet to show: the one the page names (a bare domain there is read as a url's; a
    title standing in for a name, "… | OPA", is not one), else the url's."""
    if outlet and "." in outlet and " " not in outlet:
        return outlet_of(f"https://{outlet}")
    if outlet and ("|" in outlet or len(outlet.split()) > _OUTLET_WORDS):
        outlet = None
    return outlet or outlet_of(url)


def outlet_of(url: str | None) -> str | None:
    """The outlet a url belongs to: a known name for the domain ("ice.gov" → "ICE"), else the
    domain itself."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    parts = host.split(".")
    for k in range(len(parts) - 1):
        if (name := OUTLETS.get(".".join(parts[k:]))) is not None:
            return name
    return host
