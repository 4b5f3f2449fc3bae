"""Ledger accuracy on a blind set loaded as ONE corpus: which figures count the same fact.

    python -m bench.ledger DIR... [--errors N] [--related]

DIR has articles/, gold.json (figures in reading order), facts.json (same-fact groups with an
`agree` flag) and hard_negatives.json (pairs that count different facts), as written from
/work/data/FACTS_GUIDELINES.md. The set is indexed by an Engine into a temporary index folder,
and the ledger's facts are read back as the reader and `figures --by-topic` would show them.

Each figure the ledger places is mapped to a gold figure of the same file by where it sits: the
gold texts are found in reading order in the article's cleaned text and matched by overlapping
span (`file` + `text` + occurrence). Reported:
- pair precision and recall over same-fact pairs, across articles and within one article apart
  (a ledger pair holding a figure gold does not list, or two gold figures of different facts, is
  a false pair; recall counts every gold pair, extracted or not);
- claimed conflicts, true when both sides belong to one gold fact marked `agree: false`;
- hard negatives joined into one fact;
- with --related, "same fact" links of related passages: precision (the two passages hold
  mentions of one gold fact) and recall over such passage pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from icereader.index.engine import Engine
from icereader.index.model import Article, Figure, FigureGroup

Mention = tuple[str, str, int]  # file, text, occurrence of that text in the file's gold figure list


@dataclass
class PairTally:
    right: int = 0
    claimed: int = 0
    gold: int = 0
    found: int = 0

    def line(self, label: str) -> str:
        p = self.right / self.claimed if self.claimed else 1.0
        r = self.found / self.gold if self.gold else 1.0
        return f"{label:<28} P={p:.3f} ({self.right}/{self.claimed})  R={r:.3f} ({self.found}/{self.gold})"


@dataclass
class Report:
    cross: PairTally = field(default_factory=PairTally)
    within: PairTally = field(default_factory=PairTally)
    conflicts_true: int = 0
    conflicts_false: int = 0
    conflicts_gold: int = 0
    negatives_joined: int = 0
    negatives: int = 0
    related: PairTally | None = None
    errors: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            self.cross.line("same-fact pairs, across"),
            self.within.line("same-fact pairs, within"),
            f"conflicts claimed: {self.conflicts_true} true, {self.conflicts_false} false "
            f"(gold facts that disagree: {self.conflicts_gold})",
            f"hard negatives joined: {self.negatives_joined}/{self.negatives}",
        ]
        if self.related is not None:
            out.append(self.related.line("related 'same fact' links"))
        return out


def _locate(article: Article, gold: list[dict]) -> list[tuple[int, int] | None]:
    """The span of each gold figure in the cleaned text, found as whole words in reading order."""
    spans: list[tuple[int, int] | None] = []
    pos = 0
    for g in gold:
        word = re.compile(r"(?<![\w$])" + re.escape(g["text"]) + r"(?!\w)")
        m = word.search(article.text, pos) or word.search(article.text)  # a headline may move
        spans.append((m.start(), m.end()) if m else None)
        if m:
            pos = m.start() + 1
    return spans


def _mapping(article: Article, gold: list[dict]) -> dict[int, int]:
    """Predicted figure index → gold figure index, one to one, by the longest span overlap."""
    spans = _locate(article, gold)
    pairs = []
    for i, f in enumerate(article.figures):
        for j, s in enumerate(spans):
            if s and f.start < s[1] and s[0] < f.end:
                pairs.append((min(f.end, s[1]) - max(f.start, s[0]), i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = {}
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out[i] = j
    return out


def _mentions(gold: list[dict], file: str) -> list[Mention]:
    seen: dict[str, int] = defaultdict(int)
    out = []
    for g in gold:
        out.append((file, g["text"], seen[g["text"]]))
        seen[g["text"]] += 1
    return out


def _key(f: Figure) -> tuple[str, int, int]:
    return f.article_id, f.start, f.end


def _conflicts(group: FigureGroup) -> list[tuple[Figure, Figure]]:
    """The pairs of figures a fact's verdict says cannot both be true."""
    return [(c.a, c.b) for c in group.conflicts]


def _fits(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def score(root: Path, related: bool) -> Report:
    gold_files = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    facts = json.loads((root / "facts.json").read_text(encoding="utf-8"))
    negatives = json.loads((root / "hard_negatives.json").read_text(encoding="utf-8"))
    fact_of: dict[Mention, str] = {}
    disagree = set()
    for fact in facts:
        for m in fact["mentions"]:
            fact_of[(m["file"], m["text"], m["n"])] = fact["id"]
        if not fact.get("agree", True):
            disagree.add(fact["id"])
    rep = Report(conflicts_gold=len(disagree), negatives=len(negatives))
    with tempfile.TemporaryDirectory() as tmp:
        engine = Engine(root / "articles", tmp)
        engine.sync()
        by_path = {m.path: m.id for m in engine.articles()}
        mention_of: dict[tuple[str, int, int], Mention] = {}  # predicted figure → gold mention
        mention_para: dict[Mention, tuple[str, int]] = {}
        file_of: dict[str, str] = {}
        for entry in gold_files:
            aid = by_path.get(entry["file"])
            article = engine.article(aid) if aid else None
            if article is None:
                rep.errors.append(f"{entry['file']}: not indexed")
                continue
            file_of[article.id] = entry["file"]
            mentions = _mentions(entry["figures"], entry["file"])
            for i, j in _mapping(article, entry["figures"]).items():
                f = article.figures[i]
                mention_of[_key(f)] = mentions[j]
                mention_para[mentions[j]] = (article.id, f.paragraph)
        groups = engine.figure_groups()
        group_of: dict[Mention, int] = {}
        for n, g in enumerate(groups):
            for f in g.figures:
                if (m := mention_of.get(_key(f))) is not None:
                    group_of[m] = n
            for a, b in combinations(g.figures, 2):
                tally = rep.cross if a.article_id != b.article_id else rep.within
                tally.claimed += 1
                ma, mb = mention_of.get(_key(a)), mention_of.get(_key(b))
                same = (
                    ma is not None
                    and mb is not None
                    and fact_of.get(ma) is not None
                    and fact_of.get(ma) == fact_of.get(mb)
                )
                tally.right += same
                if not same:
                    rep.errors.append(
                        f"joined {a.text!r} ({file_of.get(a.article_id)}: {a.counts}) + {b.text!r} "
                        f"({file_of.get(b.article_id)}: {b.counts}) [{fact_of.get(ma) if ma else 'no gold'}"
                        f" / {fact_of.get(mb) if mb else 'no gold'}]"
                    )
            for a, b in _conflicts(g):
                ma, mb = mention_of.get(_key(a)), mention_of.get(_key(b))
                fa = fact_of.get(ma) if ma else None
                true = fa is not None and fa == fact_of.get(mb) if mb else False
                if true and fa in disagree:
                    rep.conflicts_true += 1
                else:
                    rep.conflicts_false += 1
                    rep.errors.append(f"false conflict {a.text!r} ({a.counts}) vs {b.text!r} ({b.counts})")
        for fact in facts:
            ms = [(m["file"], m["text"], m["n"]) for m in fact["mentions"]]
            for a, b in combinations(ms, 2):
                tally = rep.cross if a[0] != b[0] else rep.within
                tally.gold += 1
                joined = a in group_of and group_of.get(a) == group_of.get(b)
                tally.found += joined
                if not joined:
                    rep.errors.append(f"missed {fact['id']} {a[1]!r} ({a[0]}) + {b[1]!r} ({b[0]}): {fact['fact'][:60]}")
        for neg in negatives:
            a = (neg["a"]["file"], neg["a"]["text"], neg["a"]["n"])
            b = (neg["b"]["file"], neg["b"]["text"], neg["b"]["n"])
            if a in group_of and group_of.get(a) == group_of.get(b):
                rep.negatives_joined += 1
                rep.errors.append(f"hard negative joined {a} + {b}: {neg['why'][:70]}")
        if related:
            rep.related = _related(engine, facts, mention_para, rep.errors)
        engine.close()
    return rep


def _related(
    engine: Engine, facts: list[dict], mention_para: dict[Mention, tuple[str, int]], errors: list[str]
) -> PairTally:
    """Precision and recall of "same fact" links between passages of different articles."""
    facts_at: dict[tuple[str, int], set[str]] = defaultdict(set)
    for fact in facts:
        for m in fact["mentions"]:
            if (where := mention_para.get((m["file"], m["text"], m["n"]))) is not None:
                facts_at[where].add(fact["id"])
    gold_links = {(a, b) for a in facts_at for b in facts_at if a[0] != b[0] and facts_at[a] & facts_at[b]}
    tally = PairTally(gold=len(gold_links))
    for meta in engine.articles():
        article = engine.article(meta.id)
        assert article is not None
        for p in article.passages:
            for r in engine.related(meta.id, p.index, limit=10):
                if not any(reason.startswith(("same fact", "same figure")) for reason in r.reasons):
                    continue
                link = ((meta.id, p.index), (r.article_id, r.paragraph))
                tally.claimed += 1
                if link in gold_links:
                    tally.right += 1
                    tally.found += 1
                else:
                    errors.append(f"related link {link}: {r.reason}")
    return tally


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ledger", description=__doc__.split("\n\n")[0])
    p.add_argument("dirs", nargs="+", type=Path)
    p.add_argument("--errors", type=int, default=0, help="list this many errors")
    p.add_argument("--related", action="store_true", help="also score related passages' same-fact links")
    args = p.parse_args(argv)
    for root in args.dirs:
        rep = score(root, args.related)
        print(f"== {root}")
        print("\n".join(rep.lines()))
        print("\n".join(rep.errors[: args.errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
