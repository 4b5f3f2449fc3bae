"""Measure how often each attribution rule names the right speaker, and write the confidences.

    python -m bench.calibrate DIR ... [--check DIR ...] [--write]

Each DIR is an annotated set outside the repository that may be tuned on (PolNeAR train, and the
blind sets news1/gov1 for the shapes PolNeAR rarely has: transcripts, statement lists). Every
matched quote to which icereader gives a speaker and whose gold source is a name, a resolved
pronoun or none is counted under its rule, apart for attributions with and without doubt
(`Attribution.doubt`); the share right (with add-one smoothing toward 0.5, so a rule seen a few
times is not trusted fully) becomes the confidence in index/quotes/confidence.py (`--write`).
`--check` sets report accuracy per confidence band, so "doubtful" can be seen to mean less
likely right on text the table was not made from.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from icereader.index.quotes import confidence as conf

from bench.accuracy import MIN_WORDS, _articles

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from scoring import match, speaker_ok, words  # noqa: E402

MIN_SEEN = 20  # fewer attributions than this for a rule: too few to measure, the stand-in applies
BANDS = ((0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def _outcomes(root: Path) -> list[tuple[str, bool, float, bool]]:
    """(rule, doubted, confidence, right) for every attribution icereader makes on matched quotes."""
    gold, found = _articles(root)
    out = []
    for entry in gold:
        pred = [q for q in found[entry["file"]].quotes if q.speaker and len(words(q.text)) >= MIN_WORDS]
        golds = entry["quotes"]
        for i, j in match([q.text for q in pred], [g["text"] for g in golds]):
            q, g = pred[i], golds[j]
            if g.get("resolved", "name" if g.get("speaker") else "none") in ("name", "coref", "none"):
                out.append((q.rule, "; but " in q.reason, q.confidence, speaker_ok(q.speaker, g.get("speaker"))))
    return out


def table(roots: list[Path]) -> dict[str, tuple[float, float]]:
    counts: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
    for rule, doubted, _, right in (o for root in roots for o in _outcomes(root)):
        counts[(rule, doubted)][0] += right
        counts[(rule, doubted)][1] += 1
    out = {}
    for rule in sorted({r for r, _ in counts}):
        if counts[(rule, False)][1] < MIN_SEEN:
            continue  # too rare to measure: confidence.py's stand-in rule or default applies
        shares = []
        for doubted in (False, True):
            right, seen = counts.get((rule, doubted), (0, 0))
            shares.append(round((right + 1) / (seen + 2), 2) if seen >= MIN_SEEN else 0.5)
        clear, doubted_share = shares
        out[rule] = (clear, min(doubted_share, clear))
        print(f"  {rule:16} clear {counts[(rule, False)]}  doubted {counts[(rule, True)]}  -> {out[rule]}")
    return out


def bands(root: Path) -> str:
    rows = defaultdict(lambda: [0, 0])
    doubt = [0, 0, 0, 0]  # right, all among doubtful; right, all among sure
    for _, _, c, right in _outcomes(root):
        band = next(b for b in BANDS if b[0] <= c < b[1])
        rows[band][0] += right
        rows[band][1] += 1
        k = 0 if c < conf_threshold() else 2
        doubt[k] += right
        doubt[k + 1] += 1
    lines = [f"== {root}: accuracy per confidence band"]
    for b in BANDS:
        r, n = rows.get(b, (0, 0))
        lines.append(f"  {b[0]:.1f}-{min(b[1], 1.0):.1f}  {r / n if n else 0:.3f} ({r}/{n})")
    lines.append(f"  doubtful  {doubt[0] / max(doubt[1], 1):.3f} ({doubt[0]}/{doubt[1]})")
    lines.append(f"  sure      {doubt[2] / max(doubt[3], 1):.3f} ({doubt[2]}/{doubt[3]})")
    return "\n".join(lines)


def conf_threshold() -> float:
    from icereader.index.model import DOUBTFUL

    return DOUBTFUL


_TABLE = re.compile(r"(?<=# calibration: begin\n).*?(?=# calibration: end\n)", re.S)


def write(values: dict[str, tuple[float, float]]) -> None:
    path = Path(conf.__file__)
    body = "".join(f'    "{rule}": {values[rule]},\n' for rule in sorted(values))
    new = f"CALIBRATION: dict[str, tuple[float, float]] = {{\n{body}}}\n"
    path.write_text(_TABLE.sub(new, path.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.calibrate", description=__doc__.split("\n\n")[0])
    p.add_argument("train", type=Path, nargs="+")
    p.add_argument("--check", type=Path, nargs="*", default=[])
    p.add_argument("--write", action="store_true")
    args = p.parse_args(argv)
    floor, conf.FLOOR = conf.FLOOR, 0.0  # measure every rule's candidates, weak ones too
    values = table(args.train)
    conf.FLOOR = floor
    if args.write:
        write(values)
    for root in args.check:
        print(bands(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
