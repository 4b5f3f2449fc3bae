"""Accuracy on annotated articles someone else wrote: who said what, and which figures.

    python -m bench.accuracy quotes DIR [--errors N]   # DIR: articles/ and gold.json (our gold format)
    python -m bench.accuracy figures DIR [--errors N]

DIR is a data set kept outside the repository (PolNeAR's train/dev splits written by
polnear_gold.py, blind sets annotated from the guidelines). Articles go through the same path as
the reader's (`article_from_bytes`), and are scored with the tests' scorer (tests/scoring.py), so
the numbers here and the thresholds there mean the same thing.

Quotes: P/R/F1 over quotes of 4 or more words; for matched quotes whose gold speaker is a name
("named"; PolNeAR's `resolved: name`), the share whose speaker is right, and naming precision:
of the matched quotes to which icereader gives a speaker, the share that are right (a speaker
given where gold has none counts as wrong). PolNeAR's coreference-resolved speakers are scored
apart (about 80% right themselves). Errors are counted by kind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from icereader.index.model import Figure  # noqa: E402
from icereader.index.sync.ingest import article_from_bytes  # noqa: E402
from scoring import Score, match, score_figures, scored_quotes, speaker_ok  # noqa: E402


def _articles(root: Path) -> tuple[list[dict], dict]:
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    found = {}
    for entry in gold:
        path = root / "articles" / entry["file"]
        found[entry["file"]] = article_from_bytes(path.read_bytes(), entry["file"], entry["file"])
    return gold, found


class QuoteTally:
    def __init__(self) -> None:
        self.score = Score()
        self.named = self.named_right = 0
        self.coref = self.coref_right = 0
        self.given = self.given_right = 0
        self.kinds: Counter[str] = Counter()
        self.examples: list[str] = []

    def add(self, file: str, pred: list[dict], gold: list[dict]) -> None:
        pred, gold = scored_quotes(pred), scored_quotes(gold)
        pairs = match([p["text"] for p in pred], [g["text"] for g in gold])
        self.score.add(Score(len(pairs), len(pred), len(gold)))
        matched = {j for _, j in pairs}
        for j, g in enumerate(gold):
            if j not in matched and g.get("speaker") and g.get("resolved", "name") == "name":
                self.kinds["named quote missed"] += 1
                self.examples.append(f"{file}: named quote missed: {g.get('speaker')!r}: {g['text'][:70]!r}")
        for i, j in pairs:
            p, g = pred[i], gold[j]
            kind = g.get("resolved", "name" if g.get("speaker") else "none")
            right = speaker_ok(p.get("speaker"), g.get("speaker")) if kind in ("name", "coref", "none") else None
            if kind == "name":
                self.named += 1
                self.named_right += bool(right)
            elif kind == "coref":
                self.coref += 1
                self.coref_right += bool(right)
            if p.get("speaker") and kind in ("name", "coref", "none"):
                self.given += 1
                self.given_right += bool(right)
            if right is False:
                error = (
                    "unattributed"
                    if not p.get("speaker")
                    else "named where gold has none"
                    if not g.get("speaker")
                    else f"wrong speaker ({kind})"
                )
                self.kinds[f"{error} [{p.get('rule') or '?'}]"] += 1
                self.examples.append(
                    f"{file}: {error}: {p.get('speaker')!r} for {g.get('speaker')!r} "
                    f"({g.get('speaker_surface')!r}) via {p.get('rule')}: {g['text'][:70]!r}"
                )

    def report(self, errors: int) -> str:
        s = self.score
        lines = [
            f"quotes      P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} ({s.tp}/{s.predicted}/{s.gold})",
            f"named speakers right   {_share(self.named_right, self.named)}",
            f"naming precision       {_share(self.given_right, self.given)}",
        ]
        if self.coref:
            lines.append(f"coref speakers right   {_share(self.coref_right, self.coref)}")
        lines.append("errors by kind (rule that made them):")
        lines += [f"  {n:4}  {k}" for k, n in self.kinds.most_common()]
        lines += self.examples[:errors]
        return "\n".join(lines)


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "n/a"


def quotes(root: Path, errors: int) -> str:
    gold, found = _articles(root)
    tally = QuoteTally()
    for entry in gold:
        a = found[entry["file"]]
        tally.add(
            entry["file"], [{"text": q.text, "speaker": q.speaker, "rule": q.rule} for q in a.quotes], entry["quotes"]
        )
    return tally.report(errors)


_RANGE_LINK = re.compile(r"\s+(?:to|and|or)\s+|\s*[-–]\s*(?=\S*\d)")


def _as_gold_writes_ranges(figures: list[Figure], gold: list[dict]) -> list[dict]:
    """The extractor's figures, a range ("80 to 165") cut into its two ends where the gold lists
    them as two figures: annotators differ on this (news2 keeps "between $150 and $160 million"
    whole, gov3 and news3 list both ends), and the extractor keeps a range whole on purpose."""
    texts = {g["text"] for g in gold}
    out = []
    for f in figures:
        ends = _RANGE_LINK.split(f.text, maxsplit=1) if f.value_max is not None else []
        if len(ends) == 2 and f.text not in texts and ends[1] in texts:
            out += [{"text": ends[0], "counts": f.counts}, {"text": ends[1], "counts": f.counts}]
        else:
            out.append({"text": f.text, "counts": f.counts})
    return out


def figures(root: Path, errors: int) -> str:
    gold, found = _articles(root)
    total = Score()
    for entry in gold:
        a = found[entry["file"]]
        s = score_figures(_as_gold_writes_ranges(a.figures, entry["figures"]), entry["figures"])
        s.errors = [f"{entry['file']}: {e}" for e in s.errors]
        total.add(s)
    return "\n".join([total.line("figures"), *total.errors[:errors]])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.accuracy", description=__doc__.split("\n\n")[0])
    p.add_argument("what", choices=("quotes", "figures"))
    p.add_argument("dirs", nargs="+", type=Path)
    p.add_argument("--errors", type=int, default=0, help="list this many errors")
    args = p.parse_args(argv)
    for root in args.dirs:
        print(f"== {root}")
        print(quotes(root, args.errors) if args.what == "quotes" else figures(root, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
