"""Extraction against the gold annotations of the bundled corpus, plus robustness (speed is measured in bench/)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from icereader.index.extract import extract  # noqa: E402
from icereader.index.text.clean import Cleaned, clean  # noqa: E402
from scoring import Score, score_figures, score_quotes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "index" / "data" / "corpus"
GOLD = json.loads((ROOT / "tests" / "gold" / "seeds.json").read_text())


def _score_all() -> tuple[Score, Score]:
    quotes, figures = Score(), Score()
    for entry in GOLD:
        cleaned = clean((CORPUS / entry["file"]).read_text(encoding="utf-8"))
        qs, fs = extract(cleaned)
        sq = score_quotes([q.to_json() for q in qs], entry["quotes"])
        sf = score_figures([f.to_json() for f in fs], entry["figures"])
        print(sq.line(f"{entry['file'][:12]} quotes", speakers=True))
        print(sf.line(f"{entry['file'][:12]} figures"))
        for err in sq.errors + sf.errors:
            print("    ", err)
        quotes.add(sq)
        figures.add(sf)
    print(quotes.line("overall quotes", speakers=True))
    print(figures.line("overall figures"))
    return quotes, figures


def test_gold_scores() -> None:
    quotes, figures = _score_all()
    assert quotes.f1 >= 0.95
    assert quotes.speaker_accuracy >= 0.95
    assert figures.f1 >= 0.95


def test_offsets_and_paragraphs_index_cleaned_text() -> None:
    for entry in GOLD:
        cleaned = clean((CORPUS / entry["file"]).read_text(encoding="utf-8"))
        qs, fs = extract(cleaned)
        for item in [*qs, *fs]:
            assert cleaned.text[item.start : item.end] == item.text
            lo, hi = cleaned.spans[item.paragraph]
            assert lo <= item.start <= item.end <= hi


def _check(cleaned: Cleaned) -> None:
    qs, fs = extract(cleaned)
    for item in [*qs, *fs]:
        assert 0 <= item.start <= item.end <= len(cleaned.text)
        assert cleaned.text[item.start : item.end] == item.text
        assert 0 <= item.paragraph < len(cleaned.spans)


_PIECES = list("\"'“”‘’«» .,:;!?-—()\naAbZ019$%") + ["\n\n", "said", " he ", "Homan", " percent", "one", "ICE"]
_MARKY = st.lists(st.sampled_from(_PIECES), max_size=150).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=500), _MARKY))
def test_never_raises_on_arbitrary_text(raw: str) -> None:
    _check(clean(raw))
    paragraphs, spans, pos = raw.split("\n\n"), [], 0
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    _check(Cleaned(title="", text=raw, spans=spans))


def test_hostile_inputs() -> None:
    for raw in [
        '"' * 10_000,
        "'" * 10_000,
        "“" * 5_000 + "”" * 5_000,
        "",
        "\n\n",
        '"a' * 3_000,
        "said " * 2_000,
        "1" * 5_000,
        "one two three " * 1_000,
        "'s " * 3_000,
        '"a b c d" and ' * 3_000,
        "A B C D E " * 3_000,
        "$1 " * 5_000,
        "(1) " * 5_000,
        '"a b c d," he said, ' * 3_000,
    ]:
        _check(clean(raw))
