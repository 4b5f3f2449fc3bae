"""Number words, qualifiers, units and the context words that make a numeral part of a name or date."""

from __future__ import annotations

import re

UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
# Vague quantities: the value is one unit of the quantity (a lower bound): "hundreds" → 100.
# Vague amounts, the one table extraction and the ledger read: a plural or a "several"/"a few"
# of a unit is at least one of the unit and less than the next order of magnitude ("hundreds":
# 100 to 999; "dozens": 12 to 143, a dozen dozens).
VAGUE = {
    "dozens": 12,
    "decades": 10,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "tens": 10,
}
VAGUE_SPAN = {12: 12}  # unit → how many units the amount stays under (default: 10, the next order)
# A year as a bare numeral ("in 2019", "the 1798 law"): one pattern for extraction and counts.
YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# Fractions by denominator word; "a third" → 1/3, "two-thirds" → 2/3.
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "tenth": 10,
    "tenths": 10,
}
# Qualifiers with the values they allow, as (low, high) multiples of the stated value ("nearly
# 500" is 425 to 500, "more than 450" above 450): the one table extraction and the ledger read.
QUALIFIER_RANGES: dict[str, tuple[float, float]] = {
    "nearly": (0.85, 1.0),
    "almost": (0.85, 1.0),
    "close to": (0.85, 1.0),
    "just under": (0.9, 1.0),
    "more than": (1.0, 1.5),
    "over": (1.0, 1.5),
    "greater than": (1.0, 1.5),
    "upwards of": (1.0, 1.5),
    "just over": (1.0, 1.1),
    "well over": (1.1, 2.0),
    "at least": (1.0, 2.0),
    "about": (0.85, 1.15),
    "around": (0.85, 1.15),
    "roughly": (0.85, 1.15),
    "approximately": (0.85, 1.15),
    "some": (0.85, 1.15),
    "an estimated": (0.8, 1.2),
    "as many as": (0.6, 1.0),
    "as much as": (0.6, 1.0),
    "as few as": (1.0, 1.6),
    "up to": (0.5, 1.0),
    "fewer than": (0.5, 1.0),
    "less than": (0.5, 1.0),
    "under": (0.5, 1.0),
    "at most": (0.5, 1.0),
    "only": (1.0, 1.0),
}
# Longest first, so "just over" wins over "over".
QUALIFIERS = tuple(sorted(QUALIFIER_RANGES, key=len, reverse=True))
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
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades".split()
)
# A numeral right after one of these is part of a name, a statute or an address.
NAME_BEFORE = frozenset(
    """section sections title prop. proposition rule form code chapter article amendment bill law
    act sb hb ab route highway interstate local district precinct ward station flight channel gate
    room courtroom suite unit building pier terminal box no. number docket case u.s.c. §§ § page pages
    exhibit phase tier level grade region zone squad floor apartment apt. lot plot version
    executive order category class day sec. h.r. s. h.res. s.res. h.j.res. s.j.res.""".split()
)
MONTHS = frozenset(
    """january february march april may june july august september october november december jan
    jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sept sept. sep sep. oct oct. nov nov.
    dec dec.""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Nouns after a four-digit number that make it a count ("2000 people"), not a year.
COUNT_NOUNS = frozenset(
    """people persons immigrants migrants arrests deportations cases children kids families
    detainees agents officers beds dollars residents workers members individuals adults men women
    students applicants asylum-seekers seekers removals apprehensions encounters crossings
    pages troops soldiers employees jobs visas green petitions complaints lawsuits""".split()
)
# Words after "N units" that make the phrase a point in time ("three weeks before the end").
RELATIVE_TIME_AFTER = frozenset("ago earlier later before after prior".split())

# "one" is no count after these words ("no one", "the one") or before these ("one of", "one day",
# "one should"); these compounds with "one" are idioms ("one-time").
ONE_BEFORE = frozenset("no any every each the this that which at someone anyone one like loved little young".split())
ONE_IDIOMS_AFTER = frozenset(
    """of another after by day time way thing point hand side kind sort such who that occasion
    which can could should would must might may will does do""".split()
)
# "a third victim", "a fourth remains a fugitive": these denominators are also ordinals.
ORDINAL_FRACTIONS = frozenset("third fourth fifth sixth tenth".split())
ZERO_IDIOMS = frozenset("tolerance help sum chance interest".split())  # "zero tolerance", "with zero help"
ONE_IDIOMS = frozenset("time on way sided stop off size man woman two".split())
# Reading what a figure counts: auxiliaries (a verb group, never the end of the phrase) and the
# words that end a clause.
COUNTS_AUX = frozenset(
    "is are was were be been being has have had will would could can may might should do does did".split()
)
COUNTS_STOPS = frozenset("and or but while which who that when where because as if than whom whose".split())

# --- what a figure counts (counts.py) ------------------------------------------------------------
# Event words → the participle a count takes ("ICE arrested 498 people" → "people arrested"; "the
# apprehension of 170 aliens" → "aliens apprehended").
EVENTS = {
    **{w: "arrested" for w in "arrest arrests arrested arresting".split()},
    **{w: "detained" for w in "detain detains detained detaining detention detentions".split()},
    **{w: "deported" for w in "deport deports deported deporting deportation deportations".split()},
    **{w: "removed" for w in "remove removes removed removing removal removals".split()},
    **{w: "released" for w in "release releases released releasing".split()},
    **{w: "charged" for w in "charge charged charging".split()},
    **{w: "apprehended" for w in "apprehend apprehends apprehended apprehension apprehensions".split()},
    **{w: "booked" for w in "book books booked booking bookings".split()},
    **{w: "expelled" for w in "expel expels expelled expulsion expulsions".split()},
    **{w: "encountered" for w in "encounter encounters encountered".split()},
    **{w: "processed" for w in "process processes processed".split()},
    **{w: "seized" for w in "seize seizes seized seizure seizures".split()},
    **{w: "held" for w in "hold holds held holding".split()},
    **{w: "issued" for w in "issue issues issued issuing".split()},
    **{w: "filed" for w in "file files filed filing".split()},
    **{w: "targeted" for w in "target targets targeted targeting".split()},
    **{w: "identified" for w in "identify identifies identified".split()},
    **{w: "sentenced" for w in "sentence sentences sentenced".split()},
    **{w: "convicted" for w in "convict convicts convicted conviction".split()},
    **{w: "killed" for w in "kill kills killed killing".split()},
    **{w: "rescued" for w in "rescue rescues rescued".split()},
    **{w: "transferred" for w in "transfer transfers transferred".split()},
    **{w: "sent" for w in "send sends sent sending".split()},
    **{w: "hired" for w in "hire hires hired hiring".split()},
}
# Events news uses for one act: the same people are "arrested", "detained", "apprehended" or
# "taken" in one raid; the ledger reads them all as "arrested" (released, deported are others).
CUSTODY = frozenset("arrested detained apprehended booked taken".split())
# Nouns news uses for one counted thing: "seven Muslim-majority nations" are the seven countries.
SAME_NOUNS = {"nation": "country", "nations": "countries"}
# Nouns for people: a count of any of them counts people ("498 immigrants", "nearly 500 people").
PEOPLE_NOUNS = frozenset(
    """people persons individuals immigrants migrants aliens noncitizens non-citizens residents men
    women adults deportees detainees arrestees illegals foreigners nationals workers employees laborers
    population udas""".split()
)
# Nouns that count people by what happened to them: "40 arrests" are 40 people arrested.
EVENT_NOUNS = frozenset("arrests deportations removals apprehensions detentions expulsions encounters bookings".split())
# Events that happen to people: a count with no noun of its own counts people ("ICE arrests 58").
PEOPLE_EVENTS = frozenset(
    "arrested detained deported removed released charged apprehended booked expelled "
    "rescued transferred sentenced convicted killed".split()
)
# Participles that do not end in -ed.
PARTICIPLES = frozenset(
    """held taken sent brought caught kept seen found shot hurt born struck hit put
    rounded picked swept""".split()
)
# Verbs whose object is a change, and the change they make: "arrests fell by a third" → "fall in arrests".
CHANGE_VERBS = {
    **{
        w: "rise"
        for w in "rose rise rises risen jumped jumps climbed climbs soared soars surged surges grew "
        "grows grown spiked increased increases doubled tripled".split()
    },
    **{
        w: "fall"
        for w in "fell fall falls fallen dropped drops declined declines decreased decreases plunged "
        "plummeted dipped slid shrank shrunk".split()
    },
}
# Verbs that end a counted noun phrase and may not end a counts phrase.
VERB_WORDS = frozenset(
    """represent represents include includes including included remain remains face faces
    live lives lived come comes came go goes went make makes made take takes took get gets got show shows showed
    occur occurs occurred need needs want wants seek seeks lack lacks account accounts receive receives
    received say says said told expect expects expected appear appears appeared continue continues become
    became stay stays stayed wait waits waited work works worked fled flee flees enter enters entered
    arrive arrives arrived pay pays paid owe owes owed""".split()
)
# Words of time that a count keeps after "this", "last" or "next" ("this week", "last fiscal year").
TIME_WORDS = frozenset(
    "week weekend month year years fiscal quarter summer spring fall winter day night morning decade century".split()
)
# Prepositions whose phrase says where or when, kept in counts ("in MA", "during a four-day operation").
KEPT_PREPS = frozenset(
    "in at across around throughout during since near along outside inside within from over "
    "between until through nationwide".split()
)
HAVE = frozenset("had have has".split())
AGES = ("year-old", "years-old", "year old", "years old")
# Words ending in -ly that are nouns or adjectives, not adverbs ("family members", "elderly detainees").
LY_NOUNS = frozenset(
    """family assembly supply rally ally reply italy july elderly early daily weekly monthly yearly
    quarterly deadly costly friendly holy lonely only orderly""".split()
)
# Verbs whose object is the level their subject reaches: "detention costs reached $3.4 billion".
LEVEL_VERBS = frozenset(
    """reached reach reaches totaled totalled totals total topped tops hit hits averaged averages
    exceeded exceeds surpassed varies vary varied ranges ranged range stands stood hovered hovers hover""".split()
)

# Words that say nothing about which event a figure reports (the ledger compares the rest of a
# figure's sentence): function words, reporting verbs, and words every immigration story has.
CONTEXT_STOP = frozenset(
    """the and for with that this these those from into onto over under than then there their
    they them its his her him she who whom whose which what when where while why how also about
    after before been being have has had was were are will would could should can may might must
    not but nor yet all any each every some such more most other another only just very said says
    say told tells according announced statement today yesterday week month year years months
    weeks days day percent per cent one two three four five six seven eight nine ten hundred
    thousand million billion dozens hundreds thousands millions nearly almost about more than
    least less fewer approximately roughly around some estimated total including include includes
    our out off did does doing our your you we our it's he's she's mr mrs ms let give going get
    got know think want i'm i’m it’s he’s she’s that's that’s you're you’re we're we’re""".split()
)
