"""Deterministic news-like corpora of a given number of passages (1k, 10k, 100k …).

Why generated rather than scraped: the benchmark needs the same corpus at three sizes on every
machine, without licensing questions, and with the structures the engine works hardest on:
quotes in curly and straight marks attributed after the quote ("X said"), before it ("said X,
role"), by pronoun ("she added"), by continuation, by a colon intro in the previous paragraph;
recurring speakers with roles and agencies; figures ("498 people", "nearly 500", "about a third",
"40 percent", "$16.4 million", "a dozen") shared between articles about the same event, so related
passages find something; dates, bylines, outlets and headlines.

Each article is generated from its own RNG seeded by (seed, index), so the 1k corpus is a prefix
of the 10k one; passages = the title plus each body paragraph, as `clean()` splits them.

    python -m bench.generate --passages 10000 --out /tmp/bench-corpora/p10000-s7
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import time
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from . import vocab as V

DEFAULT_ROOT = Path("/tmp/bench-corpora")
N_SPEAKERS = 420
N_EVENTS = 2500
N_REPORTERS = 60
MARKER = ".bench-corpus.json"  # dotfiles are not articles: the engine's scan skips them


@dataclass(frozen=True, slots=True)
class Speaker:
    first: str
    last: str
    female: bool
    kind: str
    role: str
    city: str
    state: str
    county: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pron(self) -> str:
        return "she" if self.female else "he"

    @property
    def titled(self) -> str:
        title = V.TITLES.get(self.kind, "")
        return f"{title} {self.full}" if title else self.full


@dataclass(frozen=True, slots=True)
class Event:
    """One news event several articles report: the figures they share tie them together."""

    city: str
    state: str
    county: str
    topic: str
    business: str
    arrested: int
    money: str
    pct: int
    country: str
    month: str


def _zipf(n: int, s: float = 0.9) -> list[float]:
    return list(accumulate(1.0 / (r + 1) ** s for r in range(n)))


class Pools:
    """Fixed speakers, events and reporters for one seed (independent of the corpus size)."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"pools-{seed}")
        kinds, weights = zip(*V.KIND_WEIGHTS.items())
        self.speakers: list[Speaker] = []
        used: set[str] = set()
        while len(self.speakers) < N_SPEAKERS:
            female = rng.random() < 0.5
            first = rng.choice(V.GIVEN_F if female else V.GIVEN_M)
            last = rng.choice(V.SURNAMES)
            if f"{first} {last}" in used:
                continue
            used.add(f"{first} {last}")
            kind = rng.choices(kinds, weights)[0]
            city, state, county = rng.choice(V.CITIES)
            role = rng.choice(V.ROLES[kind]).format(
                city=city,
                state=state,
                county=county,
                age=rng.randint(19, 64),
                kids=rng.randint(2, 5),
                country=rng.choice(V.COUNTRIES),
            )
            self.speakers.append(Speaker(first, last, female, kind, role, city, state, county))
        self.speaker_cum = _zipf(N_SPEAKERS)
        self.events: list[Event] = []
        for _ in range(N_EVENTS):
            city, state, county = rng.choice(V.CITIES)
            self.events.append(
                Event(
                    city,
                    state,
                    county,
                    rng.choice(V.TOPICS),
                    rng.choice(V.BUSINESSES),
                    rng.choice([rng.randint(12, 99), rng.randint(100, 999), rng.randint(1000, 4000)]),
                    f"${rng.randint(1, 99)}.{rng.randint(1, 9)} million",
                    rng.randint(5, 85),
                    rng.choice(V.COUNTRIES),
                    rng.choice(V.MONTHS),
                )
            )
        self.event_cum = _zipf(N_EVENTS, 0.6)
        self.reporters = [f"{rng.choice(V.GIVEN_F + V.GIVEN_M)} {rng.choice(V.SURNAMES)}" for _ in range(N_REPORTERS)]


class _Writer:
    """One article: its event, its speakers, its quotation marks and what was said so far."""

    def __init__(self, pools: Pools, rng: random.Random) -> None:
        self.p, self.rng = pools, rng
        r = rng.random()
        self.style = "curly" if r < 0.6 else "straight" if r < 0.95 else "mixed"
        self.event = rng.choices(pools.events, cum_weights=pools.event_cum)[0]
        self.cast = []
        for sp in rng.choices(pools.speakers, cum_weights=pools.speaker_cum, k=rng.randint(2, 5)):
            if sp not in self.cast:
                self.cast.append(sp)
        self.introduced: set[str] = set()
        self.deck: list[str] = []

    def next_narrative(self) -> str:
        """Narrative sentences dealt from a shuffled deck: an article rarely repeats one."""
        if not self.deck:
            self.deck = list(V.NARRATIVE)
            self.rng.shuffle(self.deck)
        return self.deck.pop()

    # --- small parts ---------------------------------------------------------------------------

    def marks(self) -> tuple[str, str]:
        style = self.style if self.style != "mixed" else self.rng.choice(["curly", "straight"])
        return ("\u201c", "\u201d") if style == "curly" else ('"', '"')

    def apos(self, s: str) -> str:
        return s.replace("'", "\u2019") if self.style == "curly" else s

    def slots(self) -> dict[str, object]:
        rng, ev = self.rng, self.event
        city2 = rng.choice(V.CITIES)[0]
        n = ev.arrested if rng.random() < 0.6 else rng.randint(12, 2400)
        noun = rng.choice(V.FIG_PEOPLE_NOUN)
        people = rng.choice(
            [
                f"{n:,} {noun}",
                f"nearly {round(n, -1 if n < 100 else -2):,} {noun}",
                f"more than {round(n, -1):,} {noun}",
                f"at least {n:,} {noun}",
            ]
        )
        return {
            "city": ev.city,
            "state": ev.state,
            "county": ev.county,
            "topic": ev.topic,
            "business": ev.business,
            "country": ev.country if rng.random() < 0.7 else rng.choice(V.COUNTRIES),
            "city2": city2,
            "agency": rng.choice(V.AGENCIES),
            "outlet": rng.choice(V.OUTLETS),
            "fig_people": people,
            "fig_fraction": rng.choice(V.FRACTIONS),
            "fig_pct": f"{ev.pct if rng.random() < 0.6 else rng.randint(3, 95)} percent",
            "pct": ev.pct if rng.random() < 0.5 else rng.randint(3, 95),
            "fig_money": ev.money if rng.random() < 0.6 else f"${rng.randint(1, 900)}.{rng.randint(1, 9)} million",
            "fig_vague": rng.choice(V.VAGUE),
            "fig_dozen": rng.choice(["a dozen", "two dozen", "about a dozen", "half a dozen"]),
            "days": rng.randint(2, 12),
            "weeks": rng.randint(2, 9),
            "months": rng.randint(4, 40),
            "years": rng.randint(5, 30),
            "big": rng.randint(2, 400) * 1000 + rng.randint(0, 999),
            "n_small": rng.randint(3, 14),
            "year": rng.randint(2014, 2024),
            "year2": rng.randint(2025, 2030),
            "weekday": rng.choice(V.WEEKDAYS),
            "month_name": ev.month,
            "round": rng.choice([200, 300, 500, 1000]),
            "age_child": rng.randint(2, 12),
            "street": rng.choice(V.SURNAMES),
            "street2": rng.choice(V.SURNAMES),
            "n": n,
            "council": rng.choice(V.COUNCIL),
        }

    def coined(self) -> str:
        """An invented proper noun ("Delmaros"): the long tail of real news vocabulary."""
        return "".join(self.rng.choice(V.SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()

    def place(self) -> str:
        return f"{self.coined()} {self.rng.choice(V.PLACE_KINDS)}"

    def local_scene(self) -> str:
        return self.fill(
            self.rng.choice(V.LOCAL_SCENES).replace("{place}", self.place()).replace("{surname}", self.coined())
        )

    def fill(self, template: str) -> str:
        return self.apos(template.format(**self.slots()))

    def quote_text(self, sp: Speaker, sentences: int) -> str:
        pool = V.QUOTE_SENTENCES[V.KIND_STANCE[sp.kind]]
        if self.rng.random() < 0.2:
            pool = V.QUOTE_SENTENCES["neutral"]
        picked = self.rng.sample(pool, min(sentences, len(pool)))
        if self.rng.random() < 0.5:
            picked[-1] += self.rng.choice(V.QUOTE_TAILS)
        return ". ".join(self.fill(s) for s in picked)

    def clause(self) -> str:
        rng = self.rng
        return f"{rng.choice(V.FILLER_SUBJECTS).lower()} {rng.choice(V.FILLER_VERBS)} {rng.choice(V.FILLER_OBJECTS)}"

    def filler(self) -> str:
        rng = self.rng
        return (
            f"{rng.choice(V.FILLER_SUBJECTS)} {rng.choice(V.FILLER_VERBS)} {rng.choice(V.FILLER_OBJECTS)}, "
            f"{rng.choice(V.FILLER_TAILS)}."
        )

    def speaker(self) -> Speaker:
        if self.rng.random() < 0.15:  # a one-off local voice, quoted once and never again
            female = self.rng.random() < 0.5
            role = self.rng.choice(V.LOCAL_ROLES).replace("{place}", self.place())
            city, state, county = self.event.city, self.event.state, self.event.county
            return Speaker(
                self.rng.choice(V.GIVEN_F if female else V.GIVEN_M),
                self.coined(),
                female,
                "resident",
                role,
                city,
                state,
                county,
            )
        return self.rng.choice(self.cast)

    def name(self, sp: Speaker) -> tuple[str, bool]:
        """(how to write the speaker now, whether this is the first mention)."""
        first = sp.full not in self.introduced
        self.introduced.add(sp.full)
        return (sp.titled if first else sp.last), first

    # --- paragraphs ------------------------------------------------------------------------------

    def narrative(self) -> str:
        rng = self.rng
        sents = [self.fill(self.next_narrative()) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.7:
            sents.insert(rng.randint(0, len(sents)), self.filler())
        if rng.random() < 0.35:
            sents.insert(rng.randint(0, len(sents)), self.local_scene())
        return " ".join(sents)

    def quote_paragraph(self) -> list[str]:
        rng = self.rng
        sp = self.speaker()
        o, c = self.marks()
        form = rng.randrange(10)
        name, first = self.name(sp) if form != 5 else ("", False)
        role = self.apos(sp.role)
        q = self.quote_text(sp, rng.randint(1, 2))
        say = rng.choice(V.SAY)
        if form == 0:
            body = f"{o}{q},{c} {'said ' + name + ', ' + role if first else name + ' ' + say}."
        elif form == 1:
            body = f"{o}{q},{c} {name}{', ' + role + ',' if first else ''} {say}."
        elif form == 2:
            body = f"{name}{', ' + role + ',' if first else ''} said: {o}{q}.{c}"
        elif form == 3:
            body = f"{name}{', ' + role + ',' if first else ''} said {self.clause()}. {o}{q},{c} {sp.pron} added."
        elif form == 4:
            q2 = self.quote_text(sp, 1)
            body = f"{o}{q},{c} {name} said. {o}{q2}.{c}"
        elif form == 5:
            agency = rng.choice(V.AGENCIES)
            body = f"In a statement, {agency} said {self.clause()}. {o}{self.quote_text(sp, 1)}.{c}"
        elif form == 6:
            short = rng.choice(
                [
                    "reckless",
                    "long overdue",
                    "a betrayal",
                    "cruel and unnecessary",
                    "a matter of public safety",
                    "political theater",
                    "a first step",
                ]
            )
            body = f"{name} called the decision {o}{short}{c} and said {self.clause()}."
        elif form == 7:
            body = f"{o}{q},{c} said {name}{', ' + role if first else ''}. {self.filler()}"
        elif form == 8:
            body = f"{self.fill(self.next_narrative())} {o}{q},{c} {name} {say}."
        else:
            return [f"{name}{', ' + role + ',' if first else ''} put it this way:", f"{o}{q}.{c}"]
        if rng.random() < 0.4:
            body += " " + self.fill(self.next_narrative())
        return [body]

    def headline(self) -> str:
        return self.fill(self.rng.choice(V.HEADLINES))

    def header(self) -> list[str]:
        rng = self.rng
        y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
        month = V.MONTHS[m - 1]
        wd = V.WEEKDAYS[(y * 7 + m * 31 + d) % 7][:3]
        date = rng.choice(
            [
                f"Published: {wd}, {month[:3]} {d:02d}, {y}",
                f"{month} {d}, {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"Updated: {month} {d}, {y} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM",
            ]
        )
        lines = [date, f"{rng.choice(V.SECTIONS)} | By {rng.choice(self.p.reporters)}"]
        if rng.random() < 0.4:
            lines.append(f"Outlet: {rng.choice(V.OUTLETS)}")
        return lines

    def article(self, body_paragraphs: int) -> str:
        paras: list[str] = []
        while len(paras) < body_paragraphs:
            if self.rng.random() < 0.45:
                paras.append(self.narrative())
            else:
                more = self.quote_paragraph()
                if len(paras) + len(more) <= body_paragraphs:
                    paras.extend(more)
        return "\n\n".join(["\n".join(self.header()), self.headline(), *paras]) + "\n"


def article_text(seed: int, index: int, body_paragraphs: int, pools: Pools | None = None) -> str:
    return _Writer(pools or Pools(seed), random.Random(f"{seed}-{index}")).article(body_paragraphs)


def long_article(seed: int, index: int, words: int = 1000, pools: Pools | None = None) -> str:
    """An article of at least `words` words, for extraction throughput per 1,000 words."""
    pools = pools or Pools(seed)
    n = 8
    while True:
        text = article_text(seed, index, n, pools)
        if len(text.split()) >= words:
            return text
        n += 2


def plan(passages: int, seed: int) -> list[int]:
    """Body paragraphs per article so that titles + paragraphs add up to exactly `passages`."""
    rng = random.Random(f"plan-{seed}")
    out: list[int] = []
    left = passages
    while left > 0:
        k = rng.randint(6, 12)  # + the title: 10 passages on average
        if left - (k + 1) < 4:
            k = max(left - 1, 1)
        out.append(k)
        left -= k + 1
    return out


def corpus_dir(passages: int, seed: int, root: Path = DEFAULT_ROOT) -> Path:
    return root / f"p{passages}-s{seed}"


def generate(passages: int, seed: int = 7, out: Path | None = None, force: bool = False) -> Path:
    """Write the corpus (once: an existing complete folder is reused) and return its folder."""
    out = out or corpus_dir(passages, seed)
    if (out / MARKER).exists() and not force:
        return out
    t0 = time.perf_counter()
    tmp = out.with_name(out.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    pools = Pools(seed)
    counts = plan(passages, seed)
    words = 0
    for i, k in enumerate(counts):
        text = article_text(seed, i, k, pools)
        words += len(text.split())
        h = hashlib.blake2b(f"{seed}-{i}".encode(), digest_size=8).hexdigest()
        (tmp / f"{i:05d}_{h}.txt").write_text(text, encoding="utf-8")
    meta = {
        "passages": passages,
        "articles": len(counts),
        "seed": seed,
        "words": words,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    (tmp / MARKER).write_text(json.dumps(meta))
    shutil.rmtree(out, ignore_errors=True)
    os.replace(tmp, out)
    return out


def info(folder: Path) -> dict:
    return json.loads((folder / MARKER).read_text())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--passages", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args(argv)
    folder = generate(a.passages, a.seed, a.out, a.force)
    print(folder, info(folder))


if __name__ == "__main__":
    main()
