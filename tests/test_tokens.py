"""The one tokenizer (text/tokens.py): the token streams quotes and figures read, and the word
shapes both ask about."""

from __future__ import annotations

import pytest
from icereader.index.text.tokens import (
    WORD_TOKEN,
    Tokens,
    looks_title_case,
    sentence_words,
    strip_article,
    tokenize,
    without_possessive,
)


def test_a_word_keeps_only_the_full_stop_it_owns() -> None:
    text = "Sen. J. Smith of the U.S. said Lucero."
    assert [t.text for t in tokenize(text, 0, len(text))] == [
        "Sen.",
        "J.",
        "Smith",
        "of",
        "the",
        "U.S.",
        "said",
        "Lucero",
        ".",
    ]


def test_a_window_is_read_once_and_as_tokenize_reads_it() -> None:
    text = "ICE spokesman Mike Alvarez said Tuesday. He said more."
    tokens = Tokens(text)
    first = tokens.between(4, 39)
    assert [(t.text, t.start) for t in first] == [(t.text, t.start) for t in tokenize(text, 4, 39)]
    assert tokens.between(4, 39) is first


def test_sentence_words_give_the_offsets_of_the_plain_words() -> None:
    text = "Agents arrested 21,362 people in the U.S. last year."
    words, starts = sentence_words(text, 0, len(text))
    assert words == ["Agents", "arrested", "21,362", "people", "in", "the", "U.S.", "last", "year"]
    assert starts == [m.start() for m in WORD_TOKEN.finditer(text)]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("An ICE spokesman", "ICE spokesman"),
        ("the acting director", "acting director"),
        ("THE mayor", "mayor"),
        ("another official", "another official"),
        ("theater director", "theater director"),
    ],
)
def test_a_leading_article_goes_whatever_its_case(phrase: str, expected: str) -> None:
    assert strip_article(phrase) == expected


def test_possessives_straight_and_curly() -> None:
    assert [without_possessive(w) for w in ("Trump’s", "ICE's", "boss")] == ["Trump", "ICE", "boss"]


def test_title_case_needs_enough_long_words() -> None:
    assert looks_title_case("Border Agents Arrest Hundreds In Chicago Raids")
    assert not looks_title_case("Agents arrested hundreds of people in Chicago")
    assert not looks_title_case("ICE Raids")  # one word longer than three letters
    assert looks_title_case("ICE Raids", fewest=1)
