"""The scorer itself: a wrong verdict here would move every accuracy number."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from scoring import speaker_ok  # noqa: E402


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("Bernie Sanders", "Vermont Sen. Bernie Sanders", True),  # a place before a title is no given name
        ("Nihad Awad", "American-Islamic Relations National Executive Director Nihad Awad", True),
        ("Wasserman Schultz", "Debbie Wasserman Schultz", True),  # a two-word surname
        ("Sanders", "Vermont Sen. Bernie Sanders", True),
        ("Jane Sanders", "Vermont Sen. Bernie Sanders", False),
        ("Ivanka Trump", "Donald Trump", False),
        ("Donald Trump", "Donald Trump Jr.", False),
        ("Donald Trump Jr.", "Donald Trump Jr.", True),
        ("Joseph R. Biden Jr.", "Mr. Biden", True),  # a surname alone names whoever the article means
        ("Debbie Wasserman Schultz", "Wasserman Schultz", True),
        ("Debbie Schultz", "Debbie Wasserman Schultz", True),
        ("Associated Press", "AP", True),  # an organisation by its initials
        ("Associated Press", "ACLU", False),
        (None, "Donald Trump", False),
        ("Donald Trump", None, False),
    ],
)
def test_speaker_verdicts(predicted: str | None, gold: str | None, right: bool) -> None:
    assert speaker_ok(predicted, gold) is right
