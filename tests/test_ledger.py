"""The figures ledger groups figures that count one thing and says whether articles agree."""

from __future__ import annotations

import pytest
from icereader.index.extract import extract
from icereader.index.ledger.figures import group_figures, interval
from icereader.index.model import Figure
from icereader.index.text.clean import Cleaned


def fig(
    article: str,
    text: str,
    value: float,
    counts: str,
    qualifier: str | None = None,
    unit: str | None = None,
    start: int = 0,
) -> Figure:
    return Figure(
        text=text,
        start=start,
        end=start + len(text),
        paragraph=0,
        value=value,
        qualifier=qualifier,
        unit=unit,
        counts=counts,
        article_id=article,
    )


OPERATION = [
    fig("a", "498", 498, "people arrested in a four-day operation"),
    fig("a", "nearly 500", 500, "people arrested", "nearly", start=50),
    fig("b", "almost 500", 500, "undocumented immigrants arrested in the operation", "almost"),
    fig("b", "498", 498, "immigrants arrested in the safe cities operation", start=90),
    fig("c", "more than 450", 450, "people arrested around the country this week", "more than"),
]
CITIES = [
    fig("c", "101", 101, "people arrested in Los Angeles", start=200),
    fig("b", "101", 101, "arrests in Los Angeles", start=300),
    fig("c", "107", 107, "people arrested in Philadelphia", start=250),
    fig("b", "110", 110, "arrests in Philadelphia", start=350),
    fig("c", "28", 28, "people arrested in Maryland", start=280),
    fig("b", "30", 30, "arrests in Cook County", start=380),
    fig("c", "50", 50, "people arrested in MA", start=290),
    fig("b", "50", 50, "arrests in the state of Massachusetts", start=390),
]


def groups_by_value(groups):
    return {tuple(sorted(f.text for f in g.figures)): g for g in groups}


def test_qualifiers_become_intervals():
    assert interval(OPERATION[1]) == (425.0, 500.0)
    assert interval(OPERATION[4])[0] == 450


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


def test_one_operation_told_five_ways_is_one_consistent_group():
    groups = group_figures(OPERATION + CITIES, {"a": "Nearly 500 arrested", "b": "Safe cities", "c": "SoCal"})
    op = groups_by_value(groups)[("498", "498", "almost 500", "more than 450", "nearly 500")]
    assert op.verdict == "consistent" and op.article_ids == ["a", "b", "c"]
    assert any("“more than 450” (SoCal) is consistent with 498" == n for n in op.notes)


def test_same_city_same_number_agrees_and_different_numbers_are_flagged():
    groups = groups_by_value(group_figures(OPERATION + CITIES))
    assert groups[("101", "101")].verdict == "agree"
    philly = groups[("107", "110")]
    assert philly.verdict == "differs" and any("disagree" in n for n in philly.notes)
    assert groups[("50", "50")].verdict == "agree"  # MA is Massachusetts


def test_different_places_or_events_are_not_merged():
    groups = groups_by_value(group_figures(OPERATION + CITIES))
    assert ("28",) in groups and ("30",) in groups
    deported = fig("d", "498", 498, "people deported last year")
    assert all(deported not in g.figures or len(g.figures) == 1 for g in group_figures(OPERATION + [deported]))


def test_small_counts_are_not_facts():
    assert group_figures([fig("a", "two", 2, "officials"), fig("b", "two", 2, "officials")]) == []


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


def test_shares_need_more_than_one_common_word():
    a = fig("a", "about a third", 0.333, "of those arrested who were not criminals", "about", "fraction")
    b = fig("b", "about a third", 0.333, "fall in ICE arrests after the outbreak", "about", "fraction")
    c = fig("c", "a third", 0.333, "of those arrested were not criminals", None, "fraction")
    groups = groups_by_value(group_figures([a, b, c]))
    assert ("a third", "about a third") in groups and ("about a third",) in groups


def test_approximations_alone_are_judged_against_each_other():
    fits = [
        fig("a", "nearly 500", 500, "people arrested", "nearly"),
        fig("b", "more than 450", 450, "people arrested", "more than"),
    ]
    assert group_figures(fits)[0].verdict == "consistent"
    clash = [
        fig("a", "fewer than 400", 400, "people arrested", "fewer than"),
        fig("b", "more than 450", 450, "people arrested", "more than"),
    ]
    assert group_figures(clash)[0].verdict == "differs"


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


def test_similar_counts_do_not_chain_into_one_group():
    chain = [fig(f"a{i}", str(v), v, "arrests") for i, v in enumerate([100, 120, 144, 173, 207, 249, 299])]
    for g in group_figures(chain):
        values = [f.value for f in g.figures]
        assert max(values) <= 1.5 * min(values)
