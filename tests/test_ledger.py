"""The figures ledger: figures that state one fact grouped across articles, with a verdict that
claims a possible conflict only between articles whose values cannot both hold."""

from __future__ import annotations

import pytest
from icereader.index.extract import extract
from icereader.index.ledger.figures import group_figures
from icereader.index.ledger.values import interval
from icereader.index.model import ArticleMeta, Figure, FigureGroup, Reading
from icereader.index.text.clean import Cleaned


def _cleaned(text: str) -> Cleaned:
    spans, pos = [], 0
    for para in text.split("\n\n"):
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    return Cleaned("", text, spans)


def ledger(articles: dict[str, str], dates: dict[str, str] | None = None) -> list[FigureGroup]:
    """The facts of a small corpus, each article read through the whole pipeline."""
    figures, metas = [], {}
    for aid, text in articles.items():
        for f in extract(_cleaned(text))[1]:
            f.article_id = aid
            figures.append(f)
        metas[aid] = ArticleMeta(aid, aid, f"Story {aid}", outlet=f"Outlet {aid.upper()}", date=(dates or {}).get(aid))
    return group_figures(figures, metas, lambda aid: articles[aid])


def together(groups: list[FigureGroup], *members: tuple[str, str]) -> bool:
    """Whether the (article, figure text) members are all in one fact."""
    for g in groups:
        found = {(f.article_id, f.text) for f in g.figures}
        if set(members) <= found:
            return True
    return False


def fig(text: str, value: float, qualifier: str | None = None, value_max: float | None = None) -> Figure:
    return Figure(text, 0, len(text), 0, value, qualifier, value_max=value_max)


@pytest.mark.parametrize(
    "text, value, qualifier, low, high",
    [
        ("nearly 500", 500, "nearly", 425, 500),
        ("more than 450", 450, "more than", 450, 675),
        ("498", 498, None, 498, 498),
        ("about 11 million", 11e6, "about", 10.45e6, 11.55e6),  # said to the nearest million
        ("11.7 million", 11.7e6, None, 11.65e6, 11.75e6),  # rounded to its last digit
        ("roughly 40", 40, "roughly", 35, 45),
    ],
)
def test_wording_and_rounding_become_intervals(text: str, value: float, qualifier: str | None, low: float, high: float):
    assert interval(fig(text, value, qualifier)) == pytest.approx((low, high))


@pytest.mark.parametrize(
    "words, low, high",
    [
        ("hundreds", 100, 999),
        ("several hundred", 100, 999),
        ("thousands", 1000, 9999),
        ("tens of thousands", 10_000, 99_999),
        ("dozens", 12, 143),
        ("a few dozen", 12, 143),
    ],
)
def test_vague_amounts_are_ranges_read_from_one_table(words: str, low: float, high: float):
    """The ledger read "several hundred" as exactly 100: extraction and the ledger now read one
    table, and the figure carries its range."""
    [f] = extract(
        Cleaned(
            "t",
            f"Police said {words} people were arrested on Sunday.",
            [(0, len(f"Police said {words} people were arrested on Sunday."))],
        )
    )[1]
    assert (f.text, f.value, f.value_max) == (words, low, high)
    assert interval(f) == (low, high)


SAFE_CITY = {
    "wire": (
        "ICE arrests 498 in Operation Safe City\n\n"
        "U.S. Immigration and Customs Enforcement arrested 498 people in a four-day operation targeting "
        "sanctuary cities, the agency said Thursday. Of the 498 immigrants arrested, 317 had criminal convictions."
    ),
    "daily": (
        "Nearly 500 arrested in sanctuary city sweep\n\n"
        "Nearly 500 people were arrested in Operation Safe City, a four-day operation targeting sanctuary "
        "cities, ICE said. Of the nearly 500 people arrested, 317 had criminal convictions."
    ),
    "local": (
        "ICE targets SoCal cities\n\n"
        "More than 450 people were arrested around the country in the operation targeting sanctuary cities, "
        "according to ICE."
    ),
}


def test_one_operation_told_three_ways_is_one_fact_that_fits_together():
    groups = ledger(SAFE_CITY)
    assert together(groups, ("wire", "498"), ("daily", "Nearly 500"), ("local", "More than 450"))
    op = next(g for g in groups if any(f.text == "498" for f in g.figures))
    assert op.verdict == "consistent" and not op.conflicts


def test_a_subset_is_its_own_fact_and_never_a_disagreement():
    """ "more than 450" (all arrested) and 317 (those with convictions) are two facts: the old
    ledger said "does not fit 317: the articles disagree"."""
    groups = ledger(SAFE_CITY)
    assert together(groups, ("wire", "317"), ("daily", "317"))
    assert not together(groups, ("wire", "317"), ("local", "More than 450"))
    assert all(not g.conflicts for g in groups)


def test_the_bundled_corpus_claims_no_conflict(bundled_engine):
    groups = bundled_engine.figure_groups()
    assert all(g.verdict != "conflict" for g in groups)
    assert not any({"more than 450", "317"} <= {f.text for f in g.figures} for g in groups)
    assert any({"101"} == {f.text for f in g.figures} and len(g.article_ids) == 2 for g in groups)


def test_repeats_inside_one_article_are_one_fact_never_a_conflict():
    groups = ledger(
        {
            "memo": (
                "ICE Confirms 40 Immigration Arrests In NYC Area Last Week\n\n"
                "Immigration and Customs Enforcement arrested approximately 40 people in the New York City area "
                "last week, according to a leaked ICE memo. Nine of them were detained in Queens."
            )
        }
    )
    memo = next(g for g in groups if len(g.figures) > 1)
    assert {f.text for f in memo.figures} == {"40", "approximately 40"}
    assert memo.verdict != "conflict" and memo.notes == ["stated 2 times in one article"]


def test_values_that_cannot_both_hold_are_a_possible_conflict_with_both_sentences():
    sweep = "in the first full week of February during Operation Cross Check, the agency said."
    groups = ledger(
        {
            "a": f"Agents made more than 680 arrests nationwide {sweep}",
            "b": f"Agents made 608 arrests nationwide {sweep} Critics disputed it.",
        },
        {"a": "2017-02-13", "b": "2017-02-17"},
    )
    fact = next(g for g in groups if len(g.article_ids) == 2)
    assert fact.verdict == "conflict"
    [c] = fact.conflicts
    assert {c.a.text, c.b.text} == {"more than 680", "608"}
    assert "possible conflict" in c.note and "Outlet A, 2017-02-13" in c.note and "Outlet B, 2017-02-17" in c.note
    assert c.a_sentence.startswith("Agents made") and c.b_sentence.endswith("the agency said.")
    assert "disagree" not in " ".join(fact.notes)


def test_exact_counts_that_differ_are_two_facts_not_a_conflict():
    """9 and 10 jurisdictions, 107 and 110 arrests: exact counts of two things, never one fact."""
    groups = ledger(
        {
            "a": "The Justice Department sent letters to nine jurisdictions requiring proof of compliance.",
            "b": "The Justice Department reviewed letters from ten jurisdictions on compliance.",
        }
    )
    assert not together(groups, ("a", "nine"), ("b", "ten"))


def test_ages_attach_to_their_person():
    groups = ledger(
        {
            "plea": "Defendants Vishnubhai Chaudhari, 50, and Leelabahen Chaudhari, 44, of Kimball pleaded guilty.",
            "sentence": "Vishnubhai Chaudhari, 50, and Leelabahen Chaudhari, 44, of Kimball were sentenced today.",
            "other": "Noe Aranda-Soto, 50, of Houston pleaded guilty to smuggling.",
        }
    )
    assert together(groups, ("plea", "50"), ("sentence", "50"))
    assert together(groups, ("plea", "44"), ("sentence", "44"))
    assert not together(groups, ("plea", "50"), ("other", "50"))


def test_terms_fines_and_charges_of_no_one_named_are_never_one_fact():
    """Every smuggling release says a conspiracy count "carries up to 15 years in prison and a
    fine of up to $250,000": the boilerplate of two cases is not one fact."""
    boiler = (
        "The defendant pleaded guilty to one count of conspiracy to smuggle undocumented immigrants. "
        "The charge carries a maximum penalty of 15 years in prison and a fine of up to $250,000."
    )
    groups = ledger(
        {
            "houston": "A Houston smuggling ring was charged after agents found migrants in a truck. " + boiler,
            "laredo": "A Laredo smuggling ring was charged after agents found migrants in a trailer. " + boiler,
        }
    )
    for text in ("one", "15 years", "up to $250,000"):
        assert not together(groups, ("houston", text), ("laredo", text)), text


def test_a_span_that_says_not_what_it_measures_ties_no_two_raids():
    groups = ledger(
        {
            "tennessee": (
                "The raid at the meatpacking plant was the largest workplace raid in almost a decade, officials said."
            ),
            "mississippi": (
                "The raids on seven food plants were the largest workplace raids in at least a decade, officials said."
            ),
        }
    )
    assert not together(groups, ("tennessee", "almost a decade"), ("mississippi", "at least a decade"))


def test_a_share_and_an_age_or_two_poll_questions_are_never_one_fact():
    groups = ledger(
        {
            "poll": (
                "In the poll, 50% of voters backed the governor and 48% backed his rival. "
                "Another 50% said ICE should be defunded."
            ),
            "court": "Jose Perez, 50, was sentenced to 48 months in prison for smuggling voters.",
        }
    )
    assert all(len(g.figures) == 1 for g in groups)


def test_counts_a_decade_apart_are_two_facts():
    groups = ledger(
        {
            "old": "ICE agents arrested 680 fugitives nationwide in Operation Cross Check, officials said.",
            "new": "ICE agents arrested 680 fugitives nationwide in Operation Cross Check, officials said.",
        },
        {"old": "2010-03-01", "new": "2020-03-01"},
    )
    assert not together(groups, ("old", "680"), ("new", "680"))


def test_a_count_from_last_year_is_not_this_weeks():
    """The walk-through's folder: "101 people were arrested in Los Angeles" (this operation) and
    "In Los Angeles, 101 people were arrested last year in a similar operation" were one fact."""
    groups = ledger(
        {
            "a": "The agency said 101 people were arrested in Los Angeles during the four-day operation.",
            "c": "In Los Angeles, 101 people were arrested last year in a similar operation.",
            "d": "Agents arrested 101 people in Los Angeles this week, the agency said.",
        }
    )
    assert not together(groups, ("a", "101"), ("c", "101"))
    assert together(groups, ("a", "101"), ("d", "101"))


def test_an_open_bound_ties_another_article_only_by_much_the_same_wording():
    """news6's first pass: "over 100" arrested at a meat plant was joined to the 114 arrested at a
    landscaping company two weeks before (two Ohio raids)."""
    groups = ledger(
        {
            "corso": "Federal agents arrested 114 workers at Corso's Flower and Garden Center in Castalia, Ohio.",
            "fresh": "Over 100 undocumented workers were arrested during the raid of the Fresh Mark meat plant.",
            "corso2": "More than 100 workers were arrested at Corso's Flower and Garden Center in Castalia, Ohio.",
        },
        {"corso": "2018-06-05", "fresh": "2018-06-20", "corso2": "2018-06-06"},
    )
    assert not together(groups, ("corso", "114"), ("fresh", "Over 100"))
    assert together(groups, ("corso", "114"), ("corso2", "More than 100"))


def test_a_fact_is_headed_by_the_wording_most_of_its_figures_read():
    """news1's 500,000 undocumented residents was headed "The legal term alien in NYC", the odd
    reading of one of its three figures, because that one named a place."""
    figures = [
        Figure(
            "500,000",
            0,
            7,
            0,
            500000.0,
            counts="undocumented residents",
            article_id=a,
            reading=Reading("count", "undocumented residents"),
            context="undocumented residents city",
        )
        for a in ("a", "b")
    ]
    odd = Reading("count", "legal term alien", place="in NYC")
    figures.append(
        Figure(
            "an estimated 500,000",
            0,
            20,
            0,
            500000.0,
            "an estimated",
            counts="The legal term alien in NYC",
            article_id="c",
            reading=odd,
            context="undocumented residents city",
        )
    )
    fact = next(g for g in group_figures(figures) if len(g.figures) == 3)
    assert fact.label == "undocumented residents"


def test_small_counts_in_two_stories_are_not_one_fact():
    groups = ledger({"a": "Two officials said the raids would start.", "b": "Two officials said it was over."})
    assert not together(groups, ("a", "Two"), ("b", "Two"))


def test_similar_counts_do_not_chain_into_one_group():
    text = "Agents said {} arrests were made in the sweep of Cook County."
    groups = ledger({f"a{i}": text.format(v) for i, v in enumerate(["100", "120", "144", "173", "207", "249"])})
    for g in groups:
        assert len(g.figures) == 1  # exact counts that differ are different facts


def test_speaker_organisation_from_roles():
    from icereader.index.ledger.speakers import speaker_organisation
    from icereader.index.model import Speaker

    def org(*roles, kind="person", name="X Y"):
        return speaker_organisation(Speaker(id="x", name=name, kind=kind, roles=list(roles)))

    assert org("ICE spokesman") == "ICE"
    assert org("assistant field office director for ICE in Los Angeles") == "ICE"
    assert org("former president of the American Immigration Lawyers Association") == "AILA"
    assert org("spokesman for the Department of Homeland Security") == "DHS"
    assert org("director of the Florida Immigrant Coalition") == "Florida Immigrant Coalition"
    assert org("Philadelphia Mayor") is None
    assert org(kind="organisation", name="ICE") == "ICE"


def test_colour_slots_differ_within_an_article_and_hold_across_articles():
    from icereader.index.ledger.colours import colour_slots
    from icereader.index.model import Speaker

    speakers = [
        Speaker(
            id=f"s{i}", name=f"Person {i}", aliases=[f"P{i}"], quote_count=10 - i, article_ids=["a"] if i < 4 else ["b"]
        )
        for i in range(8)
    ]
    speakers.append(Speaker(id="both", name="Tom Homan", aliases=["Homan"], quote_count=20, article_ids=["a", "b"]))
    slots = colour_slots(speakers, 10)
    in_a = [slots[s.name] for s in speakers if "a" in s.article_ids]
    in_b = [slots[s.name] for s in speakers if "b" in s.article_ids]
    assert len(set(in_a)) == len(in_a) and len(set(in_b)) == len(in_b)
    assert slots["Homan"] == slots["Tom Homan"] == 0  # the busiest speaker keeps the first colour


BEAN_STATION = {
    "release": (
        "According to a statement from ICE spokeswoman Tammy Spicer, 97 people were arrested during a search "
        "by Homeland Security Investigations at the Southeastern Provision meatpacking plant."
    ),
    "paper": (
        "Federal agents from Homeland Security Investigations detained 97 undocumented people at the "
        "Southeastern Provision meatpacking plant, according to a statement from ICE."
    ),
}


def test_arrested_and_detained_in_one_raid_are_one_fact():
    """News calls the same people "arrested" in one story and "detained" in the next: the ledger
    read them as two events and kept the raid's 97 apart."""
    assert together(ledger(BEAN_STATION), ("release", "97"), ("paper", "97"))


def test_arrested_and_released_stay_two_facts():
    groups = ledger({**BEAN_STATION, "paper": BEAN_STATION["paper"].replace("detained", "released")})
    assert not together(groups, ("release", "97"), ("paper", "97"))


TRAVEL_BAN = {
    "courthouse": (
        "Angered by President Trump's immigration ban focused on seven Muslim-majority countries, people "
        "flocked to the courthouse in Brooklyn to show support for a detainee at an emergency hearing."
    ),
    "airport": (
        "A rotating team of lawyers remained at the airport to help travelers caught in the crosshairs of the "
        "President Trump's order barring foreigners from seven majority-Muslim nations."
    ),
}


def test_a_small_count_of_one_thing_in_one_week_is_one_fact_however_worded():
    """ "seven Muslim-majority countries" and "seven majority-Muslim nations": the same counted
    thing with the same modifiers in long sentences that share little else, a day apart."""
    groups = ledger(TRAVEL_BAN, {"courthouse": "2017-01-28", "airport": "2017-01-29"})
    assert together(groups, ("courthouse", "seven"), ("airport", "seven"))


def test_the_same_counted_thing_undated_or_years_apart_needs_its_sentences():
    """The modifiers alone tie only articles of the same fortnight: "11 million undocumented
    immigrants" was cited in 2017 and again in 2025."""
    census = {
        "deal": "About 11 million undocumented migrants are believed to be living in the U.S., officials said.",
        "memo": "The memos could affect an estimated 11 million undocumented immigrants in the US.",
    }
    assert not together(ledger(census), ("deal", "About 11 million"), ("memo", "an estimated 11 million"))
    groups = ledger(census, {"deal": "2025-01-27", "memo": "2017-02-21"})
    assert not together(groups, ("deal", "About 11 million"), ("memo", "an estimated 11 million"))
    groups = ledger(census, {"deal": "2017-02-20", "memo": "2017-02-21"})
    assert together(groups, ("deal", "About 11 million"), ("memo", "an estimated 11 million"))


def test_a_counted_things_modifiers_make_candidates_when_its_sentence_is_common_talk():
    """In a week of travel-ban stories "Muslim" and "majority" are in every article: a figure's
    rarest sentence words tie it to other stories, so the counted thing's own modifiers must
    make the candidate pair."""
    week = {
        **TRAVEL_BAN,
        "rally": "About 200 protesters at the courthouse in Brooklyn showed support at the emergency hearing, "
        "angered by President Trump's order on Muslim-majority travelers.",
        "desk": "A rotating team of 40 lawyers helped travelers in the crosshairs at the airport as President Trump's "
        "order held Muslim-majority families.",
    }
    dates = dict.fromkeys(week, "2017-01-29")
    assert together(ledger(week, dates), ("courthouse", "seven"), ("airport", "seven"))


def test_the_same_exact_count_of_the_same_people_and_event_is_one_fact_in_other_words():
    """ "97 people were arrested" and "arrested 97 immigrants": an exact count of one event,
    repeated by many stories (so no rare value) in sentences that share few words; 97 people
    on a list is not that count."""
    groups = ledger(
        {
            "release": "According to spokeswoman Tammy Spicer, 97 people were arrested in a search of the plant.",
            "paper": "Federal officials arrested 97 immigrants at a meat-processing plant in rural Tennessee.",
            "tv": "ICE Arrested 97 Undocumented Immigrants In A Massive Raid On A Tennessee Plant",
            "weekly": "The raid at Southeastern Provision led to the arrests of 97 undocumented immigrants.",
            "omaha": "Agents came to Glenn Valley Foods with a list of 97 people, the company said.",
        }
    )
    assert together(groups, ("release", "97"), ("paper", "97"), ("tv", "97"), ("weekly", "97"))
    assert not together(groups, ("release", "97"), ("omaha", "97"))


def test_a_place_with_a_possessive_is_the_place():
    """ "Georgia's Hyundai site" is in Georgia: read as "georgia's" it vetoed "in Georgia"."""
    groups = ledger(
        {
            "a": "Agents arrested 475 people at Georgia's Hyundai battery site on Thursday.",
            "b": "Officials said 475 people were arrested in Georgia, most of them South Korean.",
        }
    )
    assert together(groups, ("a", "475"), ("b", "475"))


def test_workers_detained_on_a_weekday_are_the_people_arrested():
    """ "475 workers Thursday detained" counted "Thursday" and workers were no people."""
    groups = ledger(
        {
            "a": "Immigration agents had 475 workers Thursday detained at the Hyundai plant.",
            "b": "Officials said 475 people were arrested at the Hyundai plant.",
        }
    )
    assert together(groups, ("a", "475"), ("b", "475"))


def test_small_counts_of_people_described_apart_are_two_facts():
    """ "Two Foreign Nationals" in a headline and "two undocumented migrants" below are both
    people, but the words that describe them share nothing: two facts, not a repeat."""
    groups = ledger(
        {
            "release": (
                "Two Foreign Nationals Sentenced in Houston to Prison for Human Smuggling\n\n"
                "Each pleaded guilty to one count of unlawfully bringing two undocumented migrants into the "
                "United States for profit."
            )
        }
    )
    assert not together(groups, ("release", "Two"), ("release", "two"))


def test_a_population_and_laborers_are_people():
    """ "The undocumented population" is the undocumented immigrants; laborers are people."""
    census = {
        "courts": "The undocumented population, around 11 million, faces new hurdles in the courts.",
        "memo": "The memos could affect an estimated 11 million undocumented immigrants in the US.",
    }
    groups = ledger(census, {"courts": "2017-02-17", "memo": "2017-02-21"})
    assert together(groups, ("courts", "around 11 million"), ("memo", "an estimated 11 million"))
    groups = ledger(
        {
            "a": "Agents detained 16 laborers waiting for work outside a Rochester store.",
            "b": "Sixteen people were detained by agents outside the store in Rochester.",
        }
    )
    assert together(groups, ("a", "16"), ("b", "Sixteen"))


def test_a_pleas_small_counts_are_not_one_fact_across_two_defendants_releases():
    """Each co-defendant's release repeats the plea word for word: "two undocumented migrants"
    in Thakkar's count and in Amorim's are two facts that no name ties."""
    plea = (
        "pleaded guilty today in Houston to one count of conspiracy and to one count of unlawfully bringing "
        "two undocumented migrants into the United States for profit."
    )
    groups = ledger({"thakkar": f"Kaushik Thakkar, 33, {plea}", "amorim": f"Fabiano Amorim, 28, {plea}"})
    assert not together(groups, ("thakkar", "two"), ("amorim", "two"))


def test_people_who_were_detained_were_detained():
    """ "475 people were detained this week" was read as people "who were detained", a subset's
    wording: the people were detained, like the 475 arrested in the other stories."""
    groups = ledger(
        {
            "a": "Federal agents arrested 475 people in the raid on the Hyundai battery plant.",
            "b": "ICE said 475 people were arrested in the raid, most of them South Korean.",
            "c": "Seoul said it would fly home the 475 people arrested in the raid.",
            "d": "Federal authorities say 475 people were detained this week in the raid, the largest single-site "
            "enforcement operation in its history.",
        }
    )
    assert together(groups, ("a", "475"), ("b", "475"), ("d", "475"))


def test_a_pleas_small_counts_join_the_releases_of_one_defendant():
    """The plea and the sentencing of Noe Aranda-Soto name the same one person: "the deaths of
    two" in both is one fact of his case."""
    groups = ledger(
        {
            "plea": (
                "Noe Aranda-Soto, 36, pleaded guilty to an alien smuggling conspiracy that resulted in two deaths, "
                "admitting he kidnapped women who were later killed."
            ),
            "sentence": (
                "Noe Aranda-Soto, 36, was sentenced to life after pleading guilty to an alien smuggling conspiracy "
                "that resulted in two deaths and to kidnapping women who were killed."
            ),
        }
    )
    assert together(groups, ("plea", "two"), ("sentence", "two"))


def test_one_persons_age_under_two_titles_is_one_fact():
    """ "Border Protection Officer Juan Carlos Guerrero, 39" and "Former CBP Officer Juan
    Carlos Guerrero, 39": the titles before the role are no part of his name, and the age of
    one named person ties two releases that share little else."""
    groups = ledger(
        {
            "charged": "Customs and Border Protection Officer Juan Carlos Guerrero, 39, of Mission, Texas, was "
            "charged with bribery in an indictment unsealed today.",
            "sentenced": "Former CBP Officer Juan Carlos Guerrero, 39, was sentenced today to 15 years.",
        }
    )
    assert together(groups, ("charged", "39"), ("sentenced", "39"))


def test_the_same_persons_age_in_sentences_sharing_little_is_one_fact():
    groups = ledger(
        {
            "charged": "Juan Carlos Guerrero, 39, of Mission, Texas, was charged with bribery in an indictment.",
            "sentenced": "Juan Carlos Guerrero, 39, will spend 15 years in prison, the judge ruled on Thursday.",
        }
    )
    assert together(groups, ("charged", "39"), ("sentenced", "39"))


def test_a_charge_of_no_one_named_joins_the_releases_of_one_defendant():
    """ "one count of conspiracy" names no one, but the plea and the sentencing of Sharafat Ali
    Khan name only him: the count is his in both."""
    groups = ledger(
        {
            "plea": "Sharafat Ali Khan, 32, pleaded guilty to one count of conspiracy to smuggle aliens for profit.",
            "sentence": "Sharafat Ali Khan, 32, was sentenced to 31 months after pleading guilty to one count of "
            "conspiracy to smuggle aliens for profit.",
        }
    )
    assert together(groups, ("plea", "one"), ("sentence", "one"))


def test_a_place_the_other_story_also_names_is_no_veto():
    """ "near Savannah" and "in South Georgia" name no word in common, but the first story's
    headline puts the raid in Georgia: the 475 arrested are one fact."""
    groups = ledger(
        {
            "a": "475 arrested in immigration raid at Georgia’s Hyundai site\n\n"
            "Federal officials said they detained 475 people at a construction site near Savannah during a "
            "Thursday operation at the Hyundai battery plant.",
            "b": "475 arrested during federal raid of Hyundai battery site in South Georgia",
        }
    )
    assert together(groups, ("a", "475"), ("b", "475"))


def test_places_no_story_shares_stay_apart():
    groups = ledger(
        {
            "a": "Federal agents arrested 41 people in Chicago in a raid on a meat plant on Tuesday.",
            "b": "Federal agents arrested 41 people in Omaha in a raid on a meat plant on Tuesday.",
        }
    )
    assert not together(groups, ("a", "41"), ("b", "41"))


def test_a_business_and_the_state_it_lies_in_are_no_veto():
    """ "at two locations of Corso's Flower" and "at an Ohio garden center" are not different
    places: one names a state, the other a business that may lie in it. Two businesses, or two
    states, still are."""
    groups = ledger(
        {
            "a": "ICE arrests 114 at Ohio garden center\n\nImmigration agents arrested 114 people at an Ohio "
            "garden center on Tuesday in one of the largest workplace raids in years.",
            "b": "Agents said 114 arrests happened this morning at two locations of Corso's Flower and Garden Center, "
            "one of the largest workplace raids in years.",
            "c": "Agents said 114 arrests happened this morning at two locations of Fresh Mark, one of the "
            "largest workplace raids in years.",
        }
    )
    assert together(groups, ("a", "114"), ("b", "114"))
    assert not together(groups, ("b", "114"), ("c", "114"))


def test_two_ranges_of_one_article_are_two_statements():
    """A plea release gives one smuggler's "approximately 50 to 100 aliens" and another's
    "approximately 45 to 60": the two overlapping ranges were one fact, across and inside it."""
    flores = "Flores helped organize crossings in which approximately 50 to 100 aliens from Mexico gained entry. "
    cantu = "Cantu helped organize crossings in which approximately 45 to 60 aliens from Mexico gained entry."
    groups = ledger({"plea": flores + cantu, "sentence": flores + cantu})
    assert together(groups, ("plea", "50 to 100"), ("sentence", "50 to 100"))
    assert not together(groups, ("plea", "50 to 100"), ("plea", "45 to 60"))
    assert not together(groups, ("plea", "50 to 100"), ("sentence", "45 to 60"))


def test_a_count_in_one_state_is_not_an_equal_count_of_an_article_about_another():
    """Two releases of one folder: 26 defendants of an Indiana conspiracy and 26 of a North
    Carolina gang indictment were one fact, tied by "defendants" and "charged"."""
    groups = ledger(
        {
            "in": "Federal prosecutors said 26 defendants were charged in the Southern District of Indiana "
            "in the child exploitation conspiracy.",
            "nc": "Prosecutors in Charlotte, North Carolina, said 26 defendants were charged in the June 2008 "
            "indictment of the gang.",
        }
    )
    assert not together(groups, ("in", "26"), ("nc", "26"))


def test_small_counts_in_speeches_need_more_than_a_word_or_two_in_common():
    """ "Four more years!" chanted at two speeches, "Let me give you one example" said in two:
    the ledger showed them as facts the articles agree on."""
    groups = ledger(
        {
            "a": "AUDIENCE: Four more years!\n\nTHE PRESIDENT: Let me give you one example of what we did.",
            "b": "AUDIENCE: Four more years!\n\nTHE PRESIDENT: Let me give you one example of the tax plan.",
        }
    )
    assert not together(groups, ("a", "Four"), ("b", "Four"))
    assert not together(groups, ("a", "one"), ("b", "one"))


def test_counts_of_two_named_operations_are_no_conflict():
    """The walk-through's only POSSIBLE CONFLICT: "Approximately 1,985" arrested in Project
    Delirium and "more than 2,200" in Project Deliverance, two operations against one cartel."""
    groups = ledger(
        {
            "a": "Approximately 1,985 individuals have been arrested on narcotics-related charges as part of a "
            "multi-agency investigation known as Project Delirium, the Department of Justice announced.",
            "b": "Project Deliverance led to the arrest of more than 2,200 individuals on narcotics-related charges "
            "as part of a multi-agency investigation, the Department of Justice announced.",
        }
    )
    assert not any(g.verdict == "conflict" for g in groups)
    assert not together(groups, ("a", "Approximately 1,985"), ("b", "more than 2,200"))


def test_a_term_in_the_headline_and_body_of_a_release_naming_one_person_is_one_fact():
    groups = ledger(
        {
            "r": "Pakistani Man Sentenced to 31 Months in Prison for Human Smuggling\n\n"
            "Sharafat Ali Khan, 32, was sentenced today to 31 months in prison for leading a smuggling ring."
        }
    )
    assert together(groups, ("r", "31 Months"), ("r", "31 months"))


def test_one_defendants_plea_counts_join_across_releases_and_not_inside_one():
    """The counts one defendant pleaded to are one fact in the plea and the sentencing release;
    inside one release, the count charged and the count pleaded to are two."""
    groups = ledger(
        {
            "plea": "Maria Elena Torres, 41, of Laredo, pleaded guilty today before U.S. District Judge Ann Cole to "
            "one count of conspiracy to commit bribery.\n\n"
            "Torres was charged in May with one count of conspiracy to smuggle aliens.",
            "sentence": "Maria Elena Torres, 42, was sentenced today to 60 months in prison after pleading guilty "
            "last year to one count of conspiracy to commit bribery.",
        }
    )
    plea = [f for g in groups for f in g.figures if f.article_id == "plea" and f.text == "one"]
    assert len(plea) == 2
    assert together(groups, ("plea", "one"), ("sentence", "one"))
    assert not any({f.article_id for f in g.figures} == {"plea"} and len(g.figures) == 2 for g in groups)


def test_co_defendants_counts_stay_apart():
    plea = "pleaded guilty today to one count of conspiracy to bring aliens into the United States for profit."
    groups = ledger({"a": f"Maria Elena Torres, 41, {plea}", "b": f"Pedro Ruiz Lara, 28, {plea}"})
    assert not together(groups, ("a", "one"), ("b", "one"))


def test_a_value_rare_for_its_counted_thing_ties_two_stories():
    """170 felonies in three stories is a sign of one fact, whatever else another story counts 170."""
    groups = ledger(
        {
            "a": 'The city keeps a list of 170 "violent or serious" felonies for which police honor detainers.',
            "b": 'Police hold no one for ICE unless convicted of one of 170 "violent or serious" felonies, Byrne said.',
            "c": "By that calculation, roughly 170 individuals had no criminal convictions.",
            "d": "About 170 individuals were released from the county jail last month.",
        }
    )
    assert together(groups, ("a", "170"), ("b", "170"))


def test_the_same_long_duration_in_one_article_is_one_fact_and_a_short_one_is_not():
    groups = ledger(
        {
            "a": "The order bars all refugees for 120 days.\n\n"
            'Lawyers warned that families would wait well beyond the "120 day window" before any review.\n\n'
            "She is six months pregnant.\n\nHe must report to ICE every six months.",
        }
    )
    assert together(groups, ("a", "120 days"), ("a", "120 day"))
    assert not any([f.text for f in g.figures] == ["six months"] * 2 for g in groups)


def test_more_of_something_is_not_the_count_before_it():
    groups = ledger(
        {"a": "Agents loaded the men onto two buses at the plant.\n\nLater, two more buses arrived for the women."}
    )
    assert not any(len(g.figures) > 1 for g in groups if g.figures[0].text == "two")


def test_a_value_and_its_rounding_of_one_thing_in_one_article_is_one_fact():
    groups = ledger(
        {
            "a": "Noem strips protection from 348,000 Venezuelans\n\n"
            "The Trump administration ended the program on Monday, and about 348,000 Venezuelans with Temporary "
            "Protected Status could face deportation within months, lawyers for several advocacy groups warned."
        }
    )
    assert together(groups, ("a", "348,000"), ("a", "about 348,000"))


def test_a_possible_conflict_needs_its_own_evidence_not_a_chain():
    """ "more than 300" fits "nearly 300", which fits 271; "more than 300" and 271 share too few
    words to be compared, so no conflict is claimed between them through the middle one."""
    groups = ledger(
        {
            "a": "Clinton leads by more than 300 pledged delegates, the AP count of superdelegates shows.",
            "b": "Clinton leads by nearly 300 pledged delegates, the AP count shows, after wins in Kentucky "
            "and Oregon.",
            "c": "Clinton leads by 271 pledged delegates after wins in Kentucky and Oregon.",
        }
    )
    assert not any(g.conflicts for g in groups)
    assert together(groups, ("b", "nearly 300"), ("c", "271"))


def test_a_detail_of_a_defendants_count_is_that_defendants():
    """ "one count of unlawfully bringing two undocumented migrants": the two are Thakkar's in his
    plea and in the co-defendant's release that retells it, not the co-defendant's own two."""
    plea = "pleaded guilty today to one count of unlawfully bringing two undocumented migrants into the country."
    groups = ledger(
        {
            "thakkar": f"Kaushik Thakkar, 33, {plea}",
            "amorim": f"Fabiano Amorim, 28, {plea}\n\nCo-conspirator Kaushik Thakkar, 33, {plea}",
        }
    )
    [fact] = [g for g in groups if ("thakkar", "two") in {(f.article_id, f.text) for f in g.figures}]
    assert [(f.article_id, f.reading.person.split()[-1]) for f in fact.figures] == [
        ("amorim", "Thakkar"),
        ("thakkar", "Thakkar"),
    ]


_RAIDS = {
    "a": "Immigration agents raided the Fresh Mark meat plant in Salem, Ohio, on Tuesday.\n\n"
    "In all, 146 workers were arrested at the plant, Homeland Security Investigations said.\n\n"
    "Mayor John Berlin said Salem families were afraid.",
    "b": "Federal agents arrested over 100 employees on Tuesday during a raid at a meat plant.\n\n"
    "The raid at Fresh Mark shook Salem, where Mayor John Berlin asked for calm.\n\n"
    "Homeland Security Investigations led the raid.",
    "c": "Immigration agents raided Corso's Flower and Garden Center in Sandusky, Ohio.\n\n"
    "Agents arrested 114 workers at the garden center, Homeland Security Investigations said.\n\n"
    "Sheriff Paul Sigsworth said Sandusky had not been told.",
}


def test_a_count_and_its_rounding_join_when_their_articles_tell_one_story():
    """The "over 100 employees arrested" are the 146 workers arrested at Fresh Mark in a story naming
    Fresh Mark, Salem and its mayor; their sentences alone share too little to say so (news6)."""
    groups = ledger(_RAIDS)
    assert together(groups, ("a", "146"), ("b", "over 100"))
    assert not together(groups, ("c", "114"), ("b", "over 100"))
    assert not together(groups, ("c", "114"), ("a", "146"))


def test_another_raid_in_the_same_state_is_not_the_same_story():
    """Without the article naming Fresh Mark's raid, "over 100" arrested in a meat plant raid
    stays apart from the 114 arrested at a garden center: Ohio and Homeland Security name both."""
    groups = ledger({"b": _RAIDS["b"], "c": _RAIDS["c"]})
    assert not together(groups, ("c", "114"), ("b", "over 100"))


def test_a_small_count_joins_across_articles_of_one_story():
    """Two is no rare value, but two articles about Guadalupe Garcia de Rayos in Phoenix both
    counting her two U.S.-born children count one thing (news7); a story about someone else's
    two children stays apart."""
    groups = ledger(
        {
            "a": "Guadalupe Garcia de Rayos was deported to Nogales from Phoenix on Thursday.\n\n"
            "Garcia de Rayos, who came from Mexico, has two U.S.-born children in Phoenix.",
            "b": "Supporters of Garcia de Rayos blocked an ICE van in Phoenix.\n\n"
            "Her two children, both born in the U.S., spoke outside the office in Phoenix.\n\n"
            "Garcia de Rayos came from Mexico at 14.",
            "c": "Maria Lopez of Tucson said her two children were born in Arizona.\n\n"
            "Lopez spoke at a church in Tucson on Sunday.",
        }
    )
    assert together(groups, ("a", "two"), ("b", "two"))
    assert not together(groups, ("a", "two"), ("c", "two"))
