"""News-style regression articles, one per pattern (01-15) plus long wire, release and feature
stories (20-99 and on); each `NN_name.txt` has its expected quotes, speakers and figures in
`NN_name.json`, annotated by tests/gold/GUIDELINES.md and scored with the same tolerant scorer as
the gold. Each article must come out exactly: every quote with its speaker, every figure, nothing
extra; an error still open is listed in the article's `known` (and must still occur, so a fix is
noticed). Figures of some articles also say what their counts must name (`head`, and `place` where
the sentence gives one), scored as counts quality over all articles. Articles 100-199 each guard an
attribution shape from real news and are also checked for the exact speaker string and, where the
gold says `sure`, whether the reader shows the speaker as sure or doubtful."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from icereader.index.extract import extract  # noqa: E402
from icereader.index.text.clean import clean  # noqa: E402
from scoring import Score, score_figures, score_quotes  # noqa: E402

ARTICLES = sorted(HERE.glob("*.txt"))


def _errors(sq: Score, sf: Score) -> list[str]:
    """Every error but counts quality (judged over all articles together)."""
    return [e for e in sq.errors + sf.errors if not e.startswith("counts ")]


def _score(path: Path) -> tuple[Score, Score]:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    cleaned = clean(path.read_text(encoding="utf-8"))
    quotes, figures = extract(cleaned)
    for item in [*quotes, *figures]:
        assert cleaned.text[item.start : item.end] == item.text
    sq = score_quotes([q.to_json() for q in quotes], expected["quotes"])
    sf = score_figures([f.to_json() for f in figures], expected["figures"])
    print(sq.line(f"{path.stem[:26]} quotes", speakers=True))
    print(sf.line(f"{path.stem[:26]} figures"))
    for err in sq.errors + sf.errors:
        print("    ", err)
    return sq, sf


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article(path: Path) -> None:
    known = json.loads(path.with_suffix(".json").read_text(encoding="utf-8")).get("known", [])
    sq, sf = _score(path)
    assert _errors(sq, sf) == [k["error"] for k in known]


def test_all_articles_together() -> None:
    quotes, figures = Score(), Score()
    for path in ARTICLES:
        sq, sf = _score(path)
        quotes.add(sq)
        figures.add(sf)
    print(quotes.line("all quotes", speakers=True))
    print(figures.line("all figures"))
    assert quotes.f1 >= 0.95 and quotes.speaker_accuracy >= 0.95 and figures.f1 >= 0.95
    assert figures.counts_checked >= 100 and figures.counts_quality >= 0.9


EXACT = [p for p in ARTICLES if int(p.stem.split("_")[0]) >= 100]


@pytest.mark.parametrize("path", EXACT, ids=[p.stem for p in EXACT])
def test_attribution_exactly(path: Path) -> None:
    """Every quote with its exact speaker (None: left unattributed) and, where the gold says
    `sure`, whether the reader shows the speaker as sure or doubtful, and where it gives a
    `role`, the speaker's role; no other quote."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["quotes"]
    quotes, _ = extract(clean(path.read_text(encoding="utf-8")))
    assert [q.text for q in quotes] == [e["text"] for e in expected]
    for q, e in zip(quotes, expected):
        assert q.speaker == e["speaker"], (q.text, q.rule, q.reason)
        if "sure" in e:
            assert q.doubtful is not e["sure"], (q.text, q.confidence, q.reason)
        if "role" in e:
            assert q.role == e["role"], (q.text, q.role)
