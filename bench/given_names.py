"""Write the given-name list the engine ships (index/lexicon/ssa_names.py) from public birth counts.

    python -m bench.given_names SSA_DIR --words DIR ... [--write]

SSA_DIR holds the US Social Security Administration's national birth counts per name and year
(`yobYYYY.txt`: name,sex,count; public domain, catalog.data.gov "Baby Names from Social Security
Card Applications - National Data"). People in the news were born about 1925-2005: a name given at
least `--min` times in those years is a given name; one sex at least 95% of the time gives it a
gender (a pronoun tie-breaker), else it is given to both and has none ("Dana", "Jordan").

A given name that is also a word (`Will`, `Hope`, `Bill`, `Chase`) or a place (`Austin`) would
turn sentence openers and towns into people, so names are checked against how news text writes
them: the texts under each `--words` DIR (PolNeAR train, say) count each word's lower-case uses
and its capitalised uses inside a sentence; a name written lower case in a tenth or more of its
uses is a word and left out, and so is any word of the engine's own lists of places, roles and
capitalised non-names.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from icereader.index.lexicon.names import PLACE_WORDS, US_STATES
from icereader.index.lexicon.words import CAP_STOP, ROLE_WORDS

OUT = Path(__file__).resolve().parent.parent / "index" / "lexicon" / "ssa_names.py"
YEARS = range(1925, 2006)
ONE_SEX = 0.95
WORD_SHARE = 0.1  # lower-case share of uses above which a name is a word
_WORD = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+|\b[a-z]+\b")


def birth_counts(ssa: Path) -> dict[str, Counter[str]]:
    """name → births per sex over YEARS."""
    counts: dict[str, Counter[str]] = {}
    for year in YEARS:
        for line in (ssa / f"yob{year}.txt").read_text(encoding="utf-8").splitlines():
            name, sex, n = line.split(",")
            counts.setdefault(name, Counter())[sex] += int(n)
    return counts


def word_uses(dirs: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """Lower-case uses and mid-sentence capitalised uses of each word (keyed by its title case)."""
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for d in dirs:
        for path in sorted(d.glob("*.txt")):
            for w in _WORD.findall(path.read_text(encoding="utf-8", errors="replace")):
                (cap if w[0].isupper() else low)[w.title()] += 1
    return low, cap


def given_names(ssa: Path, dirs: list[Path], fewest: int) -> dict[str, str]:
    """name → "f", "m" or "" (both)."""
    low, cap = word_uses(dirs)
    states = {w.title() for full in US_STATES.values() for w in full.split()}
    stop = PLACE_WORDS | CAP_STOP | states | {w.title() for w in ROLE_WORDS}
    out: dict[str, str] = {}
    for name, by_sex in birth_counts(ssa).items():
        total = by_sex["F"] + by_sex["M"]
        if total < fewest or len(name) < 3 or name in stop:
            continue
        if low[name] > WORD_SHARE * (low[name] + cap[name]):
            continue
        out[name] = "f" if by_sex["F"] >= ONE_SEX * total else "m" if by_sex["M"] >= ONE_SEX * total else ""
    return out


def render(names: dict[str, str], fewest: int) -> str:
    def block(label: str, sex: str) -> str:
        chosen = sorted(n for n, s in names.items() if s == sex)
        lines, line = [], ""
        for n in chosen:
            if len(line) + len(n) + 1 > 96:
                lines.append(line)
                line = ""
            line = f"{line} {n}".strip()
        lines.append(line)
        body = "\n".join(f"    {ln}" for ln in lines)
        return f'{label} = frozenset(\n    """\n{body}\n    """.split()\n)\n'

    return (
        '"""Given names from the US Social Security Administration\'s birth counts (public domain),\n'
        f"{min(YEARS)}-{max(YEARS)}, given at least {fewest} times; written by bench/given_names.py, "
        "do not edit.\nFEMALE and MALE: one sex at least 95% of the time; EITHER: both."
        '"""\n\n' + block("FEMALE", "f") + "\n" + block("MALE", "m") + "\n" + block("EITHER", "")
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ssa", type=Path)
    ap.add_argument("--words", type=Path, nargs="+", required=True)
    ap.add_argument("--min", type=int, default=2000, help="fewest births over the years for a given name")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name} (else print counts and a sample)")
    a = ap.parse_args(argv)
    names = given_names(a.ssa, a.words, a.min)
    by = Counter(names.values())
    print(f"{len(names)} given names: {by['f']} female, {by['m']} male, {by['']} both")
    if a.write:
        OUT.write_text(render(names, a.min), encoding="utf-8")
        print(f"wrote {OUT}")
    else:
        print(" ".join(sorted(names)[:: max(1, len(names) // 80)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
