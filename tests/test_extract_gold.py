"""Extraction against the gold annotations of the bundled corpus, plus robustness and speed."""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from icereader.index.clean import Cleaned, clean  # noqa: E402
from icereader.index.extract import extract  # noqa: E402
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
            assert cleaned.text[item.start:item.end] == item.text
            lo, hi = cleaned.spans[item.paragraph]
            assert lo <= item.start <= item.end <= hi


def _check(cleaned: Cleaned) -> None:
    qs, fs = extract(cleaned)
    for item in [*qs, *fs]:
        assert 0 <= item.start <= item.end <= len(cleaned.text)
        assert cleaned.text[item.start:item.end] == item.text
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
    for raw in ['"' * 10_000, "'" * 10_000, "“" * 5_000 + "”" * 5_000, "", "\n\n", '"a' * 3_000,
                "said " * 2_000, "1" * 5_000, "one two three " * 1_000, "'s " * 3_000, '"a b c d" and ' * 3_000,
                "A B C D E " * 3_000, "$1 " * 5_000, "(1) " * 5_000, '"a b c d," he said, ' * 3_000]:
        start = time.perf_counter()
        _check(clean(raw))
        assert time.perf_counter() - start < 2.0


_CALIBRATION_ITEMS = list(range(10_000))
_IDLE_CALIBRATION_US = 42.0


def _calibration_us() -> float:
    """CPU time of a fixed pure-Python workload (µs per 1,000 items), to tell a busy machine
    from slow code: about 42 on this machine when idle."""
    start = time.process_time()
    sum(i * i for i in _CALIBRATION_ITEMS)
    return (time.process_time() - start) * 1e5


def test_speed_per_thousand_words() -> None:
    """CPU time of this process over the bundled corpus and over one dense 1,000-word article
    built from the long regression stories (three times the figures and quotes of a typical one).

    The machine is shared: each round is timed next to a calibration workload, the quietest
    round counts, and its time is scaled to the idle machine (calibration about 42 µs) before it
    is held to the 5 ms budget. When even the quietest round runs at under half speed, timing
    says nothing about the code and the test is skipped."""
    dense = clean("\n\n".join(p.read_text(encoding="utf-8")
                              for p in sorted((ROOT / "tests" / "extraction").glob("2*.txt"))))
    for label, cleaned in (("corpus", [clean((CORPUS / e["file"]).read_text(encoding="utf-8")) for e in GOLD]),
                           ("dense article", [dense])):
        words = sum(len(c.text.split()) for c in cleaned)
        gc.collect()
        rounds = []
        for _ in range(25):
            calibration = _calibration_us()
            start = time.process_time()
            for _ in range(3):
                for c in cleaned:
                    extract(c)
            rounds.append(((calibration + _calibration_us()) / 2, (time.process_time() - start) / 3))
        calibration, best = min(rounds)
        if calibration > 2 * _IDLE_CALIBRATION_US:
            pytest.skip(f"machine busy: calibration {calibration:.0f} µs per 1,000 items (about 42 idle)")
        ms = best * 1000 / words * 1000
        idle_ms = ms * min(1.0, _IDLE_CALIBRATION_US / calibration)
        print(f"extract, {label} ({words} words): {ms:.2f} ms per 1,000 words at calibration {calibration:.0f} µs, "
              f"{idle_ms:.2f} ms scaled to the idle machine")
        assert idle_ms < 5.0
