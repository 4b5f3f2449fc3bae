"""Whom a "he" or "she" by a quote means: the person the sentences before are about.

Writers use "he" and "she" for the subject of the story's last sentences, not for whoever was
mentioned last: "Christie, who campaigned for Donald Trump, blasted Clinton. "…," he said" is
Christie; "Clinton criticized officer Betty Shelby for killing Terence Crutcher. "…," she said" is
Clinton. The sentences before the pronoun are read back one by one: a sentence whose quote was
given to a person, or whose subject is a named person, gives the antecedent if the gender fits;
a subject that is the same pronoun passes the question to the sentence before it. Anything else
(an unnamed "a school official", a woman where "he" is asked) leaves it to `Resolver`'s last
compatible person, with its checks for unnamed speakers and rivals.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from ..lexicon.words import DETERMINERS
from ..text.tokens import tokenize
from .attribution import sentence_subject
from .cast import Cast
from .mentions import Mention

_BACK = 3  # sentences read back from the pronoun's
_SUBJECT_REACH = 160  # characters at a sentence's start in which its subject is read
_KINDS = ("person", "pronoun", "role", "org", "group", "anaphor", "doc")


class Antecedent(NamedTuple):
    name: str
    gender: str | None  # the person's gender as the article gives it (None: not known)


class Salience:
    """One article's sentences as antecedents for "he" and "she": the person each sentence's quote
    was given to (`heard`, in reading order) and each sentence's subject (read once)."""

    def __init__(self, masked: str, sents: list[tuple[int, int]], cast: Cast) -> None:
        self.masked, self.sents, self.cast = masked, sents, cast
        self.voices: dict[int, str | None] = {}  # sentence start → the person its quote was given to
        self._subjects: dict[int, tuple[Mention | None, bool]] = {}

    def heard(self, sentence_start: int, speaker: str | None) -> None:
        """Record whom a quote in the sentence starting at an offset was given to (None: no person)."""
        self.voices.setdefault(sentence_start, speaker)

    def _subject(self, a: int, b: int) -> tuple[Mention | None, bool]:
        """The subject of the sentence [a, b), and whether it opens with a determiner."""
        if a not in self._subjects:
            toks = tokenize(self.masked, a, min(b, a + _SUBJECT_REACH))
            self._subjects[a] = sentence_subject(self.masked, toks, _KINDS), bool(toks) and toks[0].low in DETERMINERS
        return self._subjects[a]

    def person(self, pos: int, gender: str) -> Antecedent | None:
        """The person a pronoun of `gender` at offset `pos` refers to, read from the sentences
        before it; None when they do not say."""
        cast = self.cast
        k = bisect_right(self.sents, (pos, len(self.masked) + 1)) - 1
        for a, b in reversed(self.sents[max(0, k - _BACK) : max(0, k)]):
            if a in self.voices:  # a quote's sentence: its speaker, unless it is no one named
                voice = self.voices[a]
                found = cast.gender(voice) if voice else gender
                return Antecedent(voice, found) if voice and found in (gender, None) else None
            m, determiner = self._subject(a, b)
            if m is None:
                if determiner or bisect_left(cast.people, (a,)) < bisect_left(cast.people, (b,)):
                    return None  # "A foreman who asked not to be named says …": someone not named
                continue
            if m.kind == "pronoun":
                if m.gender != gender:
                    return None
                continue  # "He said …": the same person, introduced further back
            if m.kind != "person" or not m.name or not cast.known(m.name):
                return None
            name = cast.full_name(m.name, m.role)
            found = cast.gender(name)
            return Antecedent(name, found) if found in (gender, None) else None
        return None
