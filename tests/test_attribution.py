"""Attribution: each cue shape on its own, then speakers resolved through the whole pipeline."""

from __future__ import annotations

import pytest
from icereader.index.extract import extract
from icereader.index.quotes.attribution import after_quote, before_quote
from icereader.index.quotes.mentions import interpret
from icereader.index.text.clean import Cleaned
from icereader.index.text.tokens import tokenize


def _after(text: str) -> tuple[str | None, str | None, str] | None:
    found = after_quote(text, tokenize(text, 0, len(text)))
    return (found[0].kind, found[0].name or found[0].head, found[1]) if found else None


def _before(text: str) -> tuple[str | None, str | None, str] | None:
    found = before_quote(text, tokenize(text, 0, len(text)))
    return (found[0].kind, found[0].name or found[0].head, found[1]) if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        (", ICE spokesman Mike Alvarez said Tuesday.", ("person", "Mike Alvarez", "quote-name-said")),
        (", said Jorge Field, assistant field office director for ICE.", ("person", "Jorge Field", "quote-said-name")),
        (", he said.", ("pronoun", "he", "quote-name-said")),
        (", the agency said in a statement.", ("anaphor", "agency", "quote-name-said")),
        (", according to the agency.", ("anaphor", "agency", "according-to")),
        (", Fisher.", ("person", "Fisher", "quote-name")),
        (", Sen. James Lankford (R-Okla.) wrote on X.", ("person", "James Lankford", "quote-name-said")),
        (", an ICE spokesperson said.", ("org", "ICE", "quote-name-said")),
        (
            ", said a statement from the Mississippi Immigrant Rights Alliance.",
            ("doc", "Mississippi Immigrant Rights Alliance", "quote-said-name"),
        ),
        (", according to a letter signed by 25 state judges.", ("group", "letter", "according-to")),
        (", said one woman who gave only her first name.", ("group", None, "quote-said-name")),
        (", one neighbor said.", ("group", None, "quote-name-said")),
        (
            ", said U.S. Attorney for the District of Massachusetts Leah B. Foley.",
            ("person", "Leah B. Foley", "quote-said-name"),
        ),
        (", the Democratic mayor of San Diego, Todd Gloria, says.", ("person", "Todd Gloria", "quote-name-said")),
        (", the DHS web page acknowledged.", ("doc", "DHS", "quote-name-said")),
        (
            ", Ambar Tovar, director of legal services for the UFW Foundation, said during a news conference.",
            ("person", "Ambar Tovar", "quote-name-said"),
        ),
        (", said Director of Field Operations Marty C. Raybon.", ("person", "Marty C. Raybon", "quote-said-name")),
        (
            " Acting Department of Homeland Security (DHS) Secretary Kevin K. McAleenan said in a written statement,",
            ("person", "Kevin K. McAleenan", "quote-name-said"),
        ),
        (
            ", said an undocumented farm worker in Ventura county, California, who asked not to be named.",
            ("group", None, "quote-said-name"),
        ),
        (" and left the room.", None),
        (", but Homan said the agency would go on.", None),
    ],
)
def test_after_quote(text: str, expected: tuple | None) -> None:
    assert _after(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Alexei Voltornist, a spokesman for DHS, said the department ",
            ("person", "Alexei Voltornist", "name-said-quote"),
        ),
        ("In a statement, ICE spokesman Henry Lucero said the agency ", ("person", "Henry Lucero", "name-said-quote")),
        ("She said that that the data ", ("pronoun", "she", "name-said-quote")),
        ("Homan told reporters: ", ("person", "Homan", "name-said-quote")),
        ("According to ICE, ", ("org", "ICE", "according-to")),
        ("An ICE spokesman, Carl Benson, said ", ("person", "Carl Benson", "name-said-quote")),
        (
            "A Department of Homeland Security memo obtained by reporters described the raids as ",
            ("doc", "DHS", "name-said-quote"),
        ),
        (
            "Former President Donald Trump weighed in on Truth Social, writing that the deal was ",
            ("person", "Donald Trump", "participle"),
        ),
        ("Homan: ", ("person", "Homan", "colon-name")),
        ("Lyons: ERO Boston ", ("person", "Lyons", "colon-name")),
        (
            "According to a sworn declaration from Robert Cerna, the acting field office director, the two planes ",
            ("doc", "Robert Cerna", "according-to"),
        ),
        (
            "Special Agent in Charge of the FBI Boston Division Jodi Cohen said ",
            ("person", "Jodi Cohen", "name-said-quote"),
        ),
        ("As the Center reported here, the original release listed the places DHS considered to be ", None),
        ("The operation targeted communities where agents are ", None),
    ],
)
def test_before_quote(text: str, expected: tuple | None) -> None:
    assert _before(text) == expected


@pytest.mark.parametrize(
    "phrase, kind, name",
    [
        ("Philadelphia Mayor Jim Kenney", "person", "Jim Kenney"),
        ("two officials", "group", None),
        ("ICE officials", "org", "ICE"),
        ("a Border Patrol agent", "role", None),
        ("the U.S. Immigration and Customs Enforcement", "org", "ICE"),
        ("TRAC", "org", "TRAC"),
        ("US", None, None),
        ("the National Sheriff’s Association", "org", "National Sheriff’s Association"),
        ("Sheriff Sam Page", "person", "Sam Page"),
        ("the Declined Detainer Outcome Report", "doc", None),
    ],
)
def test_interpret(phrase: str, kind: str | None, name: str | None) -> None:
    m = interpret(tokenize(phrase, 0, len(phrase)))
    assert (m.kind if m else None, m.name if m else None) == (kind, name)


def _speakers(*paragraphs: str) -> list[tuple[str | None, str]]:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    quotes, _ = extract(Cleaned(title="", text=text, spans=spans))
    return [(q.speaker, q.rule) for q in quotes]


def test_surname_resolves_to_the_fullest_name_in_the_article() -> None:
    assert _speakers(
        "ICE Director Tom Homan visited Chicago.", '"We will keep doing this every single day," Homan said.'
    ) == [("Tom Homan", "quote-name-said")]


def test_pronoun_prefers_a_compatible_person_but_falls_back_to_the_last() -> None:
    got = _speakers(
        "Rep. Linda Vasquez spoke first. Mayor Michael Chen spoke next.",
        '"Cities should not have to pay for this," she said.',
    )
    assert got == [("Linda Vasquez", "pronoun")]  # the only woman named, though the sentence before is about a man
    got = _speakers(
        "But Carolina Maluje, an immigration attorney in Miami, says he has seen a change.",
        'She said the data "confirms our worst fears about this administration".',
    )
    assert got == [("Carolina Maluje", "pronoun")]


def test_split_quote_and_following_quote_share_the_speaker() -> None:
    got = _speakers(
        '"We drove 12 hours to get here," said Gloria Paredes. "Nobody will tell us where he is."',
        '"We have been coming back every day for a week."',
    )
    assert [s for s, _ in got] == ["Gloria Paredes"] * 3
    assert [r for _, r in got][1:] == ["continuation", "continuation"]


def test_speaker_in_the_previous_sentence() -> None:
    assert _speakers('Paredes said her son crossed with two cousins. "He is a good boy who never hurt anybody."') == [
        ("Paredes", "prev-sentence")
    ]


def test_colon_intro_on_its_own_line() -> None:
    assert _speakers(
        "Commissioner Janet Ruiz read from a prepared statement:", '"This county should not profit from detention."'
    ) == [("Janet Ruiz", "colon-intro")]


def test_unnamed_spokesperson_is_the_organisation_and_anaphor_finds_it() -> None:
    got = _speakers(
        "An ICE spokesperson said the raid was planned for a year.",
        '"Our agents followed established procedures at every site," the spokesperson said.',
        'ICE said agents arrested 680 people. "Worksite enforcement protects American jobs," the agency said.',
    )
    assert [s for s, _ in got] == ["ICE", "ICE"]


def test_no_supported_speaker_is_null() -> None:
    assert _speakers('The crowd sang hymns. "Free our pastor, free our neighbor, free our friend."') == [
        (None, "unattributed")
    ]
    assert _speakers('Two officials said the plan was "a political communications campaign above all."') == [
        (None, "unnamed")
    ]


def test_an_unnamed_speaker_stops_the_previous_speaker_carrying_over() -> None:
    got = _speakers(
        '"We will not back down from this fight," Homan said.',
        '"They took my husband away in front of our children," said one woman.',
    )
    assert got == [("Homan", "quote-name-said"), (None, "unnamed")]


def test_headline_name_colon_quote() -> None:
    assert _speakers("Homan: 'We will not back down from sanctuary cities'") == [("Homan", "colon-name")]


def test_a_description_takes_the_person_named_right_after_it() -> None:
    got = _speakers(
        "The administration's top border official defended the flights on Sunday, telling CBS News "
        'that they were "the fastest and safest way to get people home."',
        '"We\'re not going to apologize for enforcing the law," Tom Homan said.',
    )
    assert got == [("Tom Homan", "role-cataphor"), ("Tom Homan", "quote-name-said")]
    assert _speakers(
        'A Border Patrol agent said agents were "working around the clock every day."',
        '"We did our jobs," Tom Homan said.',
    )[0] == (None, "unnamed")


def test_a_paragraph_that_introduces_the_quote_below_it() -> None:
    assert _speakers(
        "The president of the National Sheriffs' Association, Kieran Donahue, stated,",
        '"This list was created without any input or criteria of compliance."',
    ) == [("Kieran Donahue", "colon-intro")]
    assert _speakers(
        "A senior DHS official provided the following statement to NPR.",
        '"Designation of a sanctuary jurisdiction is based on numerous factors."',
    ) == [("DHS", "colon-intro")]


def test_the_organisation_in_the_sentence_speaks_only_as_its_subject() -> None:
    assert _speakers(
        'The operation targeted communities where ICE agents are "denied access to jails and '
        'prisons to interview suspects."'
    ) == [("ICE", "org-implicit")]
    assert _speakers('Cities prepare for a showdown over ICE raids: You "have to come through us first"') == [
        (None, "unattributed")
    ]


def test_speaker_kind_says_person_or_organisation() -> None:
    text = '"We will keep going," ICE Director Tom Homan said. "Public safety comes first for us," the agency said.'
    quotes, _ = extract(Cleaned(title="", text=text, spans=[(0, len(text))]))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Tom Homan", "person"), ("ICE", "organisation")]


def test_a_day_word_is_no_speaker() -> None:
    assert _speakers(
        'Today, the rule of law suffered another blow. "The ruling is a gift to gangs and cartels everywhere."'
    ) == [(None, "unattributed")]


def test_a_group_introducing_a_quote_names_no_one() -> None:
    assert _speakers(
        "The attorneys representing the migrants stated in a filing to the court on Tuesday:",
        '"The ramifications of the government\'s stance are immense."',
    ) == [(None, "unnamed")]


def test_the_one_voice_of_a_sentence_without_a_cue() -> None:
    got = _speakers(
        "The case was heard on Saturday by U.S. District Judge James Boasberg.",
        "Finding the deportations would cause irreparable harm, Boasberg barred the administration from "
        'deporting "all non-citizens who are subject to the proclamation" for at least 14 days.',
    )
    assert got == [("James Boasberg", "person-implicit")]


def test_a_document_speaks_on_when_its_sentence_reports_speech() -> None:
    got = _speakers('The press release from CBP reported three seizures. Officers confiscated "37 pounds of fentanyl".')
    assert got == [("CBP", "prev-sentence")]
    assert _speakers('CBP opened a new crossing. Officers called it "a bridge to the future".')[0][0] is None


def test_initials_do_not_end_a_sentence() -> None:
    got = _speakers('"If you came here illegally, pack your bags," Sen. J.D. Vance told a rally on Nov. 2.')
    assert got == [("J.D. Vance", "quote-name-said")]


def test_a_participle_opening_the_sentence_is_no_speaker() -> None:
    got = _speakers(
        "CBP released its June numbers.",
        'Taking a victory lap, the agency proclaimed: "Recent border security measures have made an impact."',
    )
    assert got == [("CBP", "org-anaphor")]


def test_a_document_opening_a_cue_less_sentence_speaks_for_its_owner() -> None:
    got = _speakers(
        "The plan is also backed by Sen. Ted Cruz.",
        'Cruz\'s campaign website dismisses the millions removed as merely "a fraction of what we could accomplish."',
    )
    assert got == [("Ted Cruz", "document")]


@pytest.mark.parametrize(
    "sentence",
    [
        'An ICE spokesman, Carl Benson, said: "We will keep working with local jails every day."',
        '"We will keep working with local jails every day," said An ICE spokesman, Carl Benson.',
    ],
)
def test_a_role_loses_its_article_whatever_its_case(sentence: str) -> None:
    """One `strip_article` for every role: "An ICE spokesman" is the role "ICE spokesman" (a
    copy that stripped only lower-case articles kept "An")."""
    text = f"Headline\n\n{sentence}"
    quotes, _ = extract(Cleaned(title="Headline", text=text, spans=[(0, 8), (10, len(text))]))
    assert [(q.speaker, q.role) for q in quotes] == [("Carl Benson", "ICE spokesman")]
