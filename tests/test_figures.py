"""Figures: what counts as a number that quantifies, its text, value, qualifier and unit."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from icereader.index.extract import extract  # noqa: E402
from icereader.index.figures.find import find_figures  # noqa: E402
from icereader.index.model import Figure  # noqa: E402
from icereader.index.text.clean import Cleaned, clean  # noqa: E402
from scoring import counts_ok  # noqa: E402


def _figures(text: str) -> list[Figure]:
    return find_figures(text, [(0, len(text))], [[(0, len(text))]])


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


@pytest.mark.parametrize(
    "sentence, text, value, qualifier, unit",
    [
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
        ("Several hundred people marched.", "Several hundred", 100.0, None, None),
        ("Agents detained a few dozen workers.", "a few dozen", 12.0, None, None),
        ("Tens of thousands of people marched.", "Tens of thousands", 10_000.0, None, None),
        ("They held as many as 3 million people.", "as many as 3 million", 3_000_000.0, "as many as", None),
        ("It holds between 800 and 1,000 people.", "between 800 and 1,000", 800.0, "between", None),
        ("It ended a four-day operation.", "four-day", 4.0, None, "days"),
        ("A 34-year-old man was held.", "34-year-old", 34.0, None, "years"),
        ("At least one of the jails is full.", "At least one", 1.0, "at least", None),
        ("Fewer than 1 percent were minors.", "Fewer than 1 percent", 1.0, "fewer than", "percent"),
        ("He was sentenced to two and a half years.", "two and a half years", 2.5, None, "years"),
        ("She was sentenced to 31 months in prison.", "31 months", 31.0, None, "months"),
        ("He moved here when he was 17 years old.", "17 years old", 17.0, None, "years"),
        ("She worked seven days a week.", "seven days a week", 7.0, None, "days"),
        ("It took three or four years.", "three or four years", 3.0, "between", "years"),
        ("He was sentenced to one year and one day.", "one year and one day", 1.0, None, "years"),
        ("He has lived here for nearly a decade.", "nearly a decade", 10.0, "nearly", "years"),
        ("He became a citizen 42 years ago.", "42 years", 42.0, None, "years"),  # as blind annotators list it
        ("Anywhere from 100 to 200 were held.", "100 to 200", 100.0, "between", None),
        ("He was held for two-and-a-half hours.", "two-and-a-half hours", 2.5, None, "hours"),
        ("An eight-to-ten lawyer rotation went on.", "eight-to-ten", 8.0, "between", None),
        ("They train thousands and thousands of staff.", "thousands and thousands", 1000.0, None, None),
        ("More than 4,000+ were held.", "More than 4,000", 4000.0, "more than", None),
        (
            "It received two hundred fifty thousand dollars.",
            "two hundred fifty thousand dollars",
            250_000.0,
            None,
            "USD",
        ),
    ],
)
def test_figure_forms(sentence: str, text: str, value: float, qualifier: str | None, unit: str | None) -> None:
    figures = _figures(sentence)
    assert len(figures) == 1
    f = figures[0]
    assert (f.text, f.value, f.qualifier, f.unit) == (text, value, qualifier, unit)
    assert sentence[f.start : f.end] == f.text


@pytest.mark.parametrize(
    "sentence, value, value_max",
    [
        ("It holds between 800 and 1,000 people.", 800.0, 1000.0),
        ("Sentences ranged from nine to 35 months.", 9.0, 35.0),
        ("About 10-12 percent were held.", 10.0, 12.0),
        ("Estimates vary from 400,000 to 900,000.", 400_000.0, 900_000.0),
        ("Workers were between the ages of 40 and 60.", 40.0, 60.0),
        ("It holds 800 people.", 800.0, None),
    ],
)
def test_ranges_keep_their_upper_end(sentence: str, value: float, value_max: float | None) -> None:
    (f,) = _figures(sentence)
    assert (f.value, f.value_max) == (value, value_max)


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 3, 2020, at 9:30 a.m., lawyers met.",
        "The Section 287(g) program began in 2017.",
        "He had no ties to MS-13 and filled out an I-9 form after the COVID-19 pandemic.",
        "It was the first hearing, and the second is set for Oct. 12.",
        "Call (602) 555-0143 or 1-866-347-2423 to report it.",
        "The office is at 401 W. Washington St. in Phoenix.",
        "Under 8 U.S.C. 1357, officers may question anyone.",
        "One of the attorneys said it was one of the worst cases.",
        "The week-long trial doubled the backlog after 9/11.",
        "Three weeks before the end of the year, they left. Two years later it began.",
        "People were afraid to call 911 in the 1990s.",
        "A zero tolerance policy and a one-time payment.",
        "Fox 5 reported it from Courtroom 5.",
        "The judge ruled under the 1798 law, invoking the historic 1798 Alien Enemies Act.",
        "The operation ran between January 6 and 8.",
        "What to do if a loved one dies, and how their loved one is treated.",
        "Lawyers waited at Terminals 1, 4, 5, 7 and 8 from 11:00 a.m. until 4:30 p.m.",
        "She was rounded up in a post-September 11 raid. [Update 12:10] It's not like on day 121 things restart.",
        "One religious denomination cannot be officially preferred over another.",
        "Aden was held for an hour and a half at the shelter at 2716 W. Division.",
        # the walk-through: a tip line spelled in letters, a statute's subsection, a period of years
        "Report it to the tip line at 1-866-DHS-2-ICE, the agency said.",
        "The law, section 212(a)(3)(C) of the act, bars their entry.",
        "He worked there from approximately 1989 through 1990.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert _texts(sentence) == []


def _article(text: str) -> dict[str, str]:
    """Figure text → counts, through the whole pipeline (paragraphs split on blank lines)."""
    spans, pos = [], 0
    for para in text.split("\n\n"):
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    return {f.text: f.counts for f in extract(Cleaned(title="", text=text, spans=spans))[1]}


# (text, figure, head words the counts must hold, place or time it must keep): the counts is free
# text for the ledger, so it is checked for what it says, never for exact wording.
@pytest.mark.parametrize(
    "text, figure, head, place",
    [
        (
            "ICE said 50 people were arrested in MA on federal immigration violations as part of an operation.",
            "50",
            "people arrested",
            "MA",
        ),
        (
            "Los Angeles saw 101 people arrested, while 107 were arrested in Philadelphia.",
            "101",
            "people arrested",
            "Los Angeles",
        ),
        (
            "Los Angeles saw 101 people arrested, while 107 were arrested in Philadelphia.",
            "107",
            "people arrested",
            "Philadelphia",
        ),
        (
            "ICE said that more than 450 people had been arrested around the country this week, including 28 in "
            "Maryland and 14 in Washington, D.C.",
            "more than 450",
            "people arrested",
            "around the country|this week",
        ),
        (
            "ICE said that more than 450 people had been arrested around the country this week, including 28 in "
            "Maryland and 14 in Washington, D.C.",
            "28",
            "people arrested",
            "Maryland",
        ),
        (
            "ICE announced Thursday that it had arrested 498 people in a four-day operation.",
            "498",
            "people arrested",
            "four-day operation",
        ),
        (
            "ICE said 317 of the nearly 500 people arrested had criminal convictions.",
            "317",
            "of the nearly 500|arrested|convictions",
            None,
        ),
        (
            "Of the 498 immigrants arrested in the operation, 317 had prior criminal convictions, "
            "and 104 had previously been deported.",
            "317",
            "arrested|convictions",
            None,
        ),
        (
            "Of the 498 immigrants arrested in the operation, 317 had prior criminal convictions, "
            "and 104 had previously been deported.",
            "104",
            "arrested|deported",
            None,
        ),
        (
            "Of the 498 immigrants arrested in the operation, 317 had prior criminal convictions.",
            "498",
            "immigrants arrested",
            "in the operation",
        ),
        ("The 675 people in the raid represent a small part of the total.", "675", "people", "in the raid"),
        (
            "According to the latest statistics, 70 percent of ICE’s arrests occur after a release.",
            "70 percent",
            "arrests",
            None,
        ),
        (
            "Following the outbreak, the agency’s arrests fell by about a third, statistics show.",
            "about a third",
            "fall|arrests",
            None,
        ),
        (
            "Immigration arrests jumped almost 40 percent in the first three months of the year.",
            "almost 40 percent",
            "rise|arrests",
            "first three months",
        ),
        ("Such cases have increased 8.6 percent since FY 2014.", "8.6 percent", "rise|cases", "2014"),
        (
            "In Fiscal Year 2018, 82.4 percent of 22,136 known immigration offenses were from illegal reentry.",
            "22,136",
            "offenses",
            "2018",
        ),
        (
            "Clark County in Nevada had the most declined detainers with 51. Nassau County in New York had 38.",
            "38",
            "detainers",
            "Nassau County",
        ),
        ("Nearly 500 Arrested in Sanctuary City Cases", "Nearly 500", "people arrested", "Sanctuary City"),
        ("ICE arrests 58 in New England enforcement action", "58", "people arrested", "New England"),
        (
            "ERO detained 46,396 noncitizens with criminal backgrounds for the fiscal year 2022.",
            "46,396",
            "noncitizens|detained",
            "2022",
        ),
        ("Milton Carvajal, 39, entered the country illegally.", "39", "age|Carvajal", None),
        ("ICE arrested a 21-year-old illegal alien from Guatemala.", "21-year-old", "age|alien", "Guatemala"),
        (
            "During the operation, of the 58 individuals arrested by ICE:\n\n• 30 had prior felony convictions;\n\n"
            "• 9 were referred for criminal prosecution;",
            "30",
            "58 individuals arrested|felony convictions",
            None,
        ),
        (
            "During the operation, of the 58 individuals arrested by ICE:\n\n• 30 had prior felony convictions;\n\n"
            "• 9 were referred for criminal prosecution;",
            "9",
            "58 individuals arrested|referred",
            None,
        ),
        ("There were 28 arrests in Baltimore, 30 in Cook County and 63 in Denver.", "30", "arrests", "Cook County"),
        ("Arrests by city: Atlanta (61), Charlotte (44).", "44", "", "Charlotte"),
        ('"We had one officer watching a unit of 120 men on some nights," he said.', "one", "officer", None),
        ("Peligro's mother, who is 81, has a visa.", "81", "age|mother", None),
        ("Two U.S. citizens arrived on foot, aged 45 and 26.", "26", "age", None),
        ("He moved to Salinas from Guadalajara at 18.", "18", "age", None),
        (
            "Officers seized nearly six pounds of fentanyl at the Fort Street facility in Detroit.",
            "nearly six",
            "pounds of fentanyl",
            "Detroit",
        ),
        (
            "CBP Officers Seize Fentanyl Worth Over $384K - Customs and Border Protection",
            "Over $384K",
            "Fentanyl worth",
            None,
        ),
        ("Officers stopped two separate failed smuggling attempts.", "two", "smuggling attempts", None),
        ("The number of farmworkers varies from 400,000 to 900,000.", "400,000 to 900,000", "farmworkers", None),
        (
            "The apprehension of migrants dropped from 132,880 in May to 94,897 in June.",
            "132,880",
            "apprehension of migrants",
            "May",
        ),
        (
            "The apprehension of migrants dropped from 132,880 in May to 94,897 in June.",
            "94,897",
            "apprehension of migrants",
            "June",
        ),
        ("Border apprehensions down 60% since May", "60%", "fall|apprehensions", "May"),
        ("In the years since then, that budget has gone up by 20% to $4.5 billion.", "20%", "rise|budget", None),
        ("In the years since then, that budget has gone up by 20% to $4.5 billion.", "$4.5 billion", "budget", None),
        (
            "The budget for these deportations was $7.5 billion over two years or $3.74 billion annually.",
            "$3.74 billion",
            "budget|annually",
            None,
        ),
        (
            "For the month of September, total encounters, which include apprehensions and cases, were 52,546.",
            "52,546",
            "encounters",
            None,
        ),
        ("The number for June, 21,659, was down about 52% from last year.", "21,659", "number for June", None),
        (
            "This represents an overall decrease of almost 70 percent since the peak in May.",
            "almost 70 percent",
            "decrease",
            "May",
        ),
        ("It would reduce U.S. GDP by about $1 trillion.", "about $1 trillion", "fall|GDP", None),
        ("That still leaves about nine million to find and deport.", "about nine million", "find and deport", None),
        (
            "They say they would deport all of the 11.3 million or so undocumented immigrants.",
            "11.3 million",
            "undocumented immigrants",
            None,
        ),
    ],
)
def test_counts_names_the_noun_event_and_place(text: str, figure: str, head: str, place: str | None) -> None:
    counts = _article(text)[figure]
    for word in filter(None, head.split("|")):
        assert counts_ok(counts, word), (word, counts)
    assert place is None or counts_ok(counts, place.split("|")[0]) and counts_ok(counts, place.split("|")[-1]), counts


_ENDS_BADLY = re.compile(
    r"\b(?:a|an|the|of|in|to|for|with|by|on|at|and|or|that|who|had|were|was|is|are|has|"
    r"represent|occur|expected)$"
)


def test_counts_never_end_on_a_verb_preposition_or_article() -> None:
    text = (
        "The 675 people in the raid represent a small part of the 21,362 immigrants rounded up into custody. "
        "According to the latest statistics, 70 percent of ICE’s arrests occur after the agency has been "
        "notified. And 50 more immigration judges are expected to be on the bench this year, with 75 more "
        "next year."
    )
    for figure, counts in _article(text).items():
        assert counts and not _ENDS_BADLY.search(counts), (figure, counts)


def test_year_is_a_count_when_it_counts_something() -> None:
    assert _texts("In 2019, officers moved 2000 detainees.") == ["2000"]


def test_headline_title_case_number_words_count() -> None:
    assert _texts("Two Officials Say ICE Will Expand Raids") == ["Two"]
    assert _texts("He joined the Chicago Seven protest.") == []


REGRESSION = sorted((Path(__file__).parent / "extraction").glob("2[0-9][0-9]_*.txt"))


@pytest.mark.parametrize("path", REGRESSION, ids=[p.stem for p in REGRESSION])
def test_regression_article_reads_exactly_what_each_figure_counts(path: Path) -> None:
    """Articles 200-299: exactly these figures, in order, each read as written there: kind,
    unit, the person a term or sum attaches to, the direction of a change, the subset it counts."""
    import json

    from icereader.index.text.clean import clean

    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    figures = extract(clean(path.read_text(encoding="utf-8")))[1]
    assert [f.text for f in figures] == [e["text"] for e in expected["figures"]]
    for f, e in zip(figures, expected["figures"]):
        for key in ("kind", "person", "direction", "event", "thing"):
            if key in e:
                assert getattr(f.reading, key) == e[key], (f.text, key, f.reading)
        assert "unit" not in e or f.unit == e["unit"], (f.text, f.unit)
        assert "scope" not in e or (e["scope"] in f.reading.scope if e["scope"] else not f.reading.scope), f.reading
        assert counts_ok(f.counts, e["head"], e.get("place")), (f.text, f.counts)
    assert not {f.text for f in figures} & set(expected.get("not_figures", []))


def test_a_span_does_not_take_the_verb_of_the_sentence_subject():
    """ "NTAs appearing during Trump's first three months were initiated under Obama": the NTAs
    were initiated, not the three months (the reader's first screen showed "months initiated")."""
    counts = _article("Numerous NTAs appearing during Trump's first three months were initiated under Obama.")
    assert counts["three months"] == "months"


def _reading(sentence: str, text: str):
    [f] = [f for f in _figures(sentence) if f.text == text]
    return f.reading


def test_a_place_phrase_ends_before_during():
    """ "near Savannah during a Thursday operation" was one place, so the ledger saw a place
    that no other story named."""
    r = _reading("Agents detained 475 people at a site near Savannah during a Thursday operation.", "475")
    assert r.place == "near Savannah"


def test_two_terms_of_one_unit_are_two_figures_and_a_compound_term_one():
    """ "sentenced to serve 60 months and 36 months in prison, respectively" was one figure;
    "5 years and 3 months" is one term."""
    two = _article("Urquizo and Burrows were sentenced to serve 60 months and 36 months in prison, respectively.")
    assert {"60 months", "36 months"} <= set(two)
    assert "5 years and 3 months" in _article("He was sentenced to 5 years and 3 months in prison.")


def test_ordinals_and_years_in_words_are_no_figures():
    """A proclamation's date ("in the year of our Lord two thousand twenty-five … the two hundred
    and forty-ninth") was two figures the ledger joined across proclamations."""
    text = (
        "I have hereunto set my hand this first day of March, in the year of our Lord two thousand twenty-five, "
        "and of the Independence of the United States of America the two hundred and forty-ninth."
    )
    assert _article(text) == {}
    assert set(_article("It was the twenty-first case. Twenty-two people were arrested.")) == {"Twenty-two"}


def test_bill_numbers_are_no_figures_and_a_label_is_never_a_filler_word():
    """The user folder's sidebar: "450 S.", "680 H.R." (bills signed), "25 percent just",
    "$200 billion another"."""
    assert set(_article("The President signed H.R. 680 and S. 450 into law.")) == set()
    figures = _article("If they just paid 25 percent, it would save taxpayers another $200 billion.")
    assert figures["25 percent"] != "just" and figures["$200 billion"] != "another"


def test_vanity_numbers_courtrooms_and_one_who_speaks_are_no_figures():
    """news7 (after its first pass): "the HSI tip line at 866-DHS-2-ICE" gave 866, "courtroom 615"
    gave 615, "Two refugees addressed the court. One said …" gave One."""
    figures = _article(
        "Please call the HSI tip line at 866-DHS-2-ICE. Come to courtroom 615. "
        "Two refugees addressed the court. One said that he would never forget."
    )
    assert set(figures) == {"Two"}


def test_an_age_after_an_alias_is_the_named_persons():
    """ "Annita Devi Gerald, aka Annita Rampersad, 52" gave the age to "Rampersad", so the plea
    release's "Gerald, 52" stayed a different person's age."""
    text = "Annita Devi Gerald, aka Annita Rampersad, 52, was charged in a nine-count indictment."
    assert _reading(text, "52").person == "Annita Devi Gerald"


def test_a_day_after_a_place_says_when_not_where():
    """ "at a Sandusky-area gardening company Tuesday morning" was one place: the ledger read
    "tuesday" as a place no other story named."""
    r = _reading(
        "Agents made more than 100 arrests at a Sandusky-area gardening company Tuesday morning.", "more than 100"
    )
    assert (r.place, r.time) == ("at a Sandusky-area gardening company", "Tuesday morning")


def test_what_is_said_of_a_majority_of_a_group_is_not_said_of_the_group():
    """ "a “majority” of the 475 arrests were Korean nationals" read the 475 as the subset
    "who were Korean nationals", and kept it apart from the 475 arrested in other stories."""
    assert _reading("Officials said a “majority” of the 475 arrests were Korean nationals.", "475").scope == ""
    assert _reading("He confirmed that the majority of the 475 were South Korean nationals.", "475").scope == ""
    assert _reading("The agency said 317 of the 498 people arrested had convictions.", "317").scope


def test_what_is_said_of_a_share_after_two_times_is_its_scope():
    """The bundled corpus's first screen read "about a third of those arrested in 2014 in 2017":
    the third "were not criminals" was lost after the second time."""
    r = _reading(
        "About a third of those arrested in 2014 and in 2017 were not criminals, the data show.", "About a third"
    )
    assert (r.scope, r.time) == ("who were not criminals", "in 2014; in 2017")


def test_what_a_group_is_believed_to_be_is_no_event_or_subset():
    r = _reading(
        "Agents arrested approximately 680 people believed to be working without authorization.", "approximately 680"
    )
    assert (r.event, r.scope) == ("arrested", "")
    r = _reading("Of those encountered, 475 people were found to be in the country illegally.", "475")
    assert (r.event, r.scope) == ("", "")


def test_the_event_of_a_numbered_group_is_the_groups():
    """ "Three hundred of 680 people detained … were released": the 680 were detained."""
    r = _reading(
        "Three hundred of 680 people detained by agents (ICE) across the state were released.", "Three hundred"
    )
    assert r.event == ""
    assert _reading("Of them, 205 of the 498 arrested had been deported.", "498").event == "arrested"


def test_two_words_paired_by_or_before_one_noun():
    assert (
        _reading('The city keeps a list of 170 "violent or serious" felonies.', "170").thing
        == "violent or serious felonies"
    )
    assert _reading("Agents held 12 men or women overnight.", "12").thing == "men"


def test_day_laborers_are_no_duration():
    f = _figures("Activists marched in defense of 11 day laborers detained by agents.")[0]
    assert (f.text, f.unit, f.reading.kind, f.reading.event) == ("11", None, "count", "detained")


@pytest.mark.parametrize(
    "text, person, event",
    [
        (  # the one person the sentence gives an age to, and the counts of a list far from its verb
            "Maria Elena Torres, 41, of Laredo, pleaded guilty today before U.S. District Judge Ann Cole in the "
            "Southern District of Texas to one count of bribery, one count of conspiracy to commit bribery and "
            "one count of alien smuggling conspiracy.",
            "Maria Elena Torres",
            "pleaded",
        ),
        (
            "A third co-conspirator, Maria Elena Torres, pleaded guilty on Nov. 9 to one count of harboring.",
            "Maria Elena Torres",
            "pleaded",
        ),
        (
            "Co-conspirator Pedro Ruiz Lara has been charged with one count of conspiracy.",
            "Co-conspirator Pedro Ruiz Lara",
            "charged",
        ),
        ("Torres and Ruiz each pleaded guilty to one count of conspiracy.", "", ""),
        ("They each were charged with one count of conspiracy.", "", ""),
    ],
)
def test_a_count_of_a_charge_is_its_defendants(text: str, person: str, event: str):
    counts = [f for f in _figures(text) if f.reading.thing.startswith("count")]
    assert counts and {(f.reading.person, f.reading.event) for f in counts} == {(person, event)}


def test_an_ing_word_before_a_plural_noun_names_the_thing():
    assert (
        _reading("Agents raided seven food processing plants in Mississippi.", "seven").thing
        == "food processing plants"
    )
    assert _reading("About 500 agents conducting raids were deployed.", "About 500").thing == "agents"


def test_a_term_or_sum_is_not_the_judges():
    text = "District Court Judge Lauri Smith Camp sentenced both of the defendants to one year and one day in prison."
    assert _reading(text, "one year and one day").person == ""


def test_a_sum_their_sentence_speaks_of_is_no_one_defendants():
    head, body = (
        "Couple sentenced",
        (
            "Maria Lopez, 41, was sentenced to one year in prison. The defendants also agreed to removal at the "
            "completion of their sentences and paid the victim $40,000 in restitution as a condition of their pleas."
        ),
    )
    text = f"{head}\n\n{body}"
    figures = extract(Cleaned(title="", text=text, spans=[(0, len(head)), (len(head) + 2, len(text))]))[1]
    [f] = [f for f in figures if f.text == "$40,000"]
    assert f.reading.person == ""


def test_label_does_not_repeat_the_figures_unit() -> None:
    """The sidebar, ledger, citations and CLI show `label`: "three months  sentenced in prison",
    not "three months  months sentenced in prison" (the walk-through found the repeat in most
    articles)."""
    text = (
        "Man Sentenced\n\nA man was sentenced to three months in prison. Agents arrested 25 people."
        " He lived here for 13 years."
    )
    labels = {f.text: f.label for f in extract(clean(text))[1]}
    assert labels == {"three months": "sentenced in prison", "25": "people arrested", "13 years": ""}
