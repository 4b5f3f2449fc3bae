"""Number words, qualifiers, units and the context words that make a numeral part of a name or date."""

from __future__ import annotations

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
# Vague quantities: the value is one unit of the quantity (a lower bound): "hundreds" → 100.
VAGUE = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
         "billions": 1_000_000_000, "tens": 10}
# Fractions by denominator word; "a third" → 1/3, "two-thirds" → 2/3.
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10}
# Qualifiers, longest first so "just over" wins over "over".
QUALIFIERS = tuple(sorted((
    "more than", "less than", "fewer than", "greater than", "at least", "at most", "as many as",
    "as few as", "as much as", "up to", "close to", "upwards of", "just over", "just under",
    "well over", "nearly", "almost", "about", "around", "roughly", "approximately", "some",
    "over", "under", "an estimated", "only",
), key=len, reverse=True))
CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "cents": "USD-cents", "pesos": "MXN", "euros": "EUR"}
PERCENT_WORDS = ("percentage points", "percentage point", "per cent", "percent", "pct")
# Units a hyphenated compound can end in: "four-day", "10-year-old", "30-foot".
COMPOUND_UNITS = frozenset(
    """day days week weeks month months year years hour hours minute minutes second mile miles
    foot feet inch meter metre kilometer kilometre pound ton acre bed member person man woman page
    count point year-old month-old week-day time story""".split()
)
TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades".split())
# A numeral right after one of these is part of a name, a statute or an address.
NAME_BEFORE = frozenset(
    """section sections title prop. proposition rule form code chapter article amendment bill law
    act sb hb ab route highway interstate local district precinct ward station flight channel gate
    room suite unit building pier terminal box no. number docket case u.s.c. §§ § page pages
    exhibit phase tier level grade region zone squad floor apartment apt. lot plot version
    executive order category class""".split()
)
MONTHS = frozenset(
    """january february march april may june july august september october november december jan
    jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sept sept. sep sep. oct oct. nov nov.
    dec dec.""".split()
)
# Nouns after a four-digit number that make it a count ("2000 people"), not a year.
COUNT_NOUNS = frozenset(
    """people persons immigrants migrants arrests deportations cases children kids families
    detainees agents officers beds dollars residents workers members individuals adults men women
    students applicants asylum-seekers seekers removals apprehensions encounters crossings
    pages troops soldiers employees jobs visas green petitions complaints lawsuits""".split()
)
# Words after "N units" that make the phrase a point in time ("three weeks before the end").
RELATIVE_TIME_AFTER = frozenset("ago earlier later before after prior".split())

# "one" is a figure before these units ("one year since"); these compounds are idioms ("one-time").
ONE_UNITS = frozenset("year month week hour minute decade percent".split())
ONE_IDIOMS = frozenset("time on way sided stop off size man woman two".split())
# Reading what a figure counts from the words after it: auxiliaries and function words skipped at
# the start, words that end the phrase, prepositions that need the noun of the figure before.
COUNTS_AUX = frozenset("is are was were be been being has have had will would could can may might should do does did"
                       .split())
COUNTS_SKIP = frozenset("of the such a an".split())
COUNTS_STOPS = frozenset("and or but while which who that when where because since as if than".split())
COUNTS_LEADS = frozenset("in at from across around during for on by".split())
