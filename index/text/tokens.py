"""The one tokenizer: an article's words and marks with their offsets, read once and shared.

Quotes and figures both read an article word by word. Attribution reads names and cue verbs
(`Token`: a word keeps a full stop only when it owns it, "U.S.", "Sen."); figures read the plain
words around a number (`sentence_words`: numbers keep their separators, "21,362"). Both live here,
and each stretch is read once: `Tokens` tokenises a window of an article (the words after a
closing mark, the sentence before a quote) once however many attribution rules read it, and a
sentence's plain words are read once for all its figures.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..lexicon.names import NAME_SUFFIXES
from ..lexicon.words import CAP_STOP, TITLE_ABBREVIATIONS

# A token, in one group: split on it, a text alternates gaps and tokens, so offsets are running
# sums of lengths, far cheaper than a match object per token. It never looks behind, so a slice
# splits as a search between offsets reads.
_TOKEN = re.compile(r"((?:[^\W\d_]\.){2,}|[^\W_][\w'’]*(?:[-&][\w'’]+|\.(?![A-Z])[\w'’]+)*\.?|[^\w\s])")


class Token:
    """A word or mark; `low` is its lower case, `cap` says it is a capitalised word that can be
    part of a name (not a sentence opener such as "The" or "However")."""

    __slots__ = ("text", "start", "end", "low", "cap")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end, self.low = text, start, end, text.lower()
        # An initial is a name's even when the letter is a stop word's ("Christine A. Varney")
        self.cap = text[:1].isupper() and (
            text not in CAP_STOP and text.rstrip(".") not in CAP_STOP or len(text) == 2 and text[1] == "."
        )


_PARTY = re.compile(r"[DRI]-[A-Z][a-z]{1,4}\.")


@lru_cache(maxsize=1 << 14)
def keeps_full_stop(word: str) -> bool:
    """Whether a word ending in a full stop owns it ("U.S.", "Sen.", "J.", "D-Calif."), rather
    than ending a sentence with it (cached: the same words recur)."""
    return (
        len(word) <= 2
        or "." in word[:-1]
        or word[:-1].lower() in TITLE_ABBREVIATIONS
        or word.lower() in NAME_SUFFIXES
        or bool(_PARTY.fullmatch(word))
    )


def tokenize(text: str, lo: int, hi: int) -> list[Token]:
    """Words and punctuation marks of text[lo:hi]; a word keeps a full stop only when it belongs
    to it ("U.S.", "Sen.", "J.", "D-Calif."), not when it ends the sentence ("said Lucero.")."""
    parts = _TOKEN.split(text[lo:hi])
    out: list[Token] = []
    end = lo
    for gap, t in zip(parts[::2], parts[1::2]):
        start = end + len(gap)
        end = start + len(t)
        if t[-1] == "." and not keeps_full_stop(t):
            out += (Token(t[:-1], start, end - 1), Token(".", end - 1, end))
        else:
            out.append(Token(t, start, end))
    return out


class Tokens:
    """The tokens of one text, read once per window a rule asks for: attribution reads the same
    stretches (a quote's sentence before its mark, the words after it, the sentence before) for
    several rules, and each is tokenised once. Windows, not whole paragraphs: attribution reads
    about 0.4 of a quoted paragraph's characters (quote interiors are blank, and it looks no
    further than 200 characters from a mark), and tokenising whole paragraphs measured 10-15%
    slower. The lists are shared: callers do not change them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._windows: dict[tuple[int, int], list[Token]] = {}

    def between(self, a: int, b: int) -> list[Token]:
        """The tokens of text[a:b]."""
        if (found := self._windows.get((a, b))) is None:
            found = self._windows[a, b] = tokenize(self.text, a, b)
        return found


# --- word shapes, asked by quotes and figures alike ---------------------------------------

_ARTICLE = re.compile(r"(?:an?|the)\s+", re.I)


def strip_article(phrase: str) -> str:
    """A phrase without its leading article, whatever its case: "the acting director" and "An ICE
    spokesman" are roles "acting director" and "ICE spokesman"."""
    m = _ARTICLE.match(phrase)
    return phrase[m.end() :] if m else phrase


def is_possessive(word: str) -> bool:
    """Whether a word ends in a possessive "'s" (straight or curly apostrophe)."""
    return word.endswith(("’s", "'s"))


def without_possessive(word: str) -> str:
    """A word without its possessive "'s" ("Trump’s" → "Trump")."""
    return word.removesuffix("’s").removesuffix("'s")


_LETTERS = re.compile(r"[^\W\d_]+")


def looks_title_case(s: str, fewest: int = 2) -> bool:
    """Whether a line is written in Title Case: of its words longer than three letters (at least
    `fewest` of them), three in five or more are capitalised. Headlines are written so; capitals
    there say nothing about names, titles or quotes."""
    words = [w for w in _LETTERS.findall(s) if len(w) > 3]
    return len(words) >= fewest and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# --- plain words, for what a figure counts ---------------------------------------------------

_NOT_IN_WORD = r"""\s,;:()\[\]—–%"“”‘’'$!?"""
# Numbers with their separators, words (an apostrophe inside: "ICE’s"), and the marks that matter.
WORD_TOKEN = re.compile(
    rf"\d+(?:[,.]\d+)+(?![\w-])|[^{_NOT_IN_WORD}.][^{_NOT_IN_WORD}]*(?:['’][^{_NOT_IN_WORD}]+)*"
    r"|[,;:()—–%]"
)
_WORD_SPLIT = re.compile(f"({WORD_TOKEN.pattern})")


def word(w: str) -> str:
    """A plain word without the full stop that ends its sentence ("U.S." keeps its own)."""
    return w[:-1] if w[-1] == "." and len(w) > 1 and not keeps_full_stop(w) else w


@lru_cache(maxsize=16384)
def _plain(w: str) -> str:
    """`word` of a token, cached: the same tokens recur in every sentence, and mapping a cached
    function over a sentence's tokens is cheaper than testing each one in a comprehension."""
    return word(w) if w[-1] == "." else w


def plain_words(text: str) -> list[str]:
    """The plain words of a piece of text, each without a sentence's full stop."""
    return list(map(_plain, WORD_TOKEN.findall(text)))


def sentence_words(text: str, a: int, b: int) -> tuple[list[str], list[int]]:
    """The plain words of text[a:b] (without a sentence's full stop) and their offsets. WORD_TOKEN
    never matches across a blank and looks neither behind nor past its match, so each piece
    between spaces tokenises as the whole text would. Most pieces are a plain word ("arrested"),
    or one with a comma or full stop after it: taken as they are, far cheaper than a regex match
    per token. The rest are split on WORD_TOKEN (which has no groups of its own): the piece then
    alternates gaps and tokens, so the offsets are running sums of lengths."""
    words: list[str] = []
    starts: list[int] = []
    pos = a
    for piece in text[a:b].split(" "):
        if piece.isalnum():
            words.append(piece)
            starts.append(pos)
        elif piece[-1:] == "," and piece[:-1].isalnum():
            words += (piece[:-1], ",")
            starts += (pos, pos + len(piece) - 1)
        elif piece[-1:] == "." and piece[:-1].isalnum():
            words.append(_plain(piece))
            starts.append(pos)
        elif piece:
            parts = _WORD_SPLIT.split(piece)
            words += map(_plain, parts[1::2])
            starts += list(accumulate(map(len, parts), initial=pos))[1:-1:2]
        pos += len(piece) + 1
    return words, starts
