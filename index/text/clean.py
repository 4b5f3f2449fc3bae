"""Raw article text → clean paragraphs and metadata.

Saved news pages carry damage and furniture: terminal escapes, half-decoded character references,
share widgets, comment forms, breadcrumb lines, the headline printed twice. Each step below is a
general rule about how such pages are made, applied in order, so the text the reader shows and the
offsets extraction reports all refer to one cleaned string.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import islice

from ..lexicon.furniture import FUNCTION_WORDS, MEDIUM_WORDS, PAGE_WORDS
from ..lexicon.names import PLACE_WORDS, STATE_NAME_WORDS, US_STATES
from .provenance import (
    BYLINE,
    Provenance,
    byline_of_date_line,
    date_of_line,
    dateline_date,
    iso_date,
    masthead_of_line,
    outlet_name,
    url_of_line,
)

# --- terminal escapes and invisible characters -------------------------------------------------

_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC … BEL / ST (title changes, hyperlinks)
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS, PM, APC, SOS strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves, clear screen)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x1b[ -/]*[0-~]?"  # two-character escapes and a lone ESC
)
# C0 and C1 controls except tab and newline; bidi embeddings/overrides/isolates; zero-width
# space, word joiner and BOM (invisible, and they break word matching).
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

# --- character references ----------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A numeric reference cut short ("&#821" + "7;") decodes to an implausible character (a control
# or a combining mark) and leaves its last digits and the semicolon behind, sometimes after a
# line break. Rejoin the digits and decode the reference that was meant.
_BROKEN_REF = re.compile(r"([\x00-\x1f\x7f-\x9f\u0300-\u036f])\s*([0-9]{1,3});")


def _repair_broken_ref(m: re.Match[str]) -> str:
    ch, tail = m.group(1), m.group(2)
    code = int(f"{ord(ch)}{tail}")
    if code <= 0x10FFFF:
        fixed = chr(code)
        if unicodedata.category(fixed)[0] not in "CM":
            return fixed
    return m.group(0)


def repair_references(text: str) -> str:
    """Decode character references, rejoining cut ones first. Both patterns end with ";" and a
    reference starts with "&": most texts have neither, and `in` is far cheaper than a scan."""
    if ";" not in text:
        return text
    text = _BROKEN_REF.sub(_repair_broken_ref, text)
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


def strip_controls(text: str) -> str:
    """Remove escape sequences and control characters; keep newlines and tabs. Every escape
    sequence starts with ESC or the 8-bit CSI, so a text without either skips that pattern."""
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPES.sub("", text)
    return _INVISIBLE.sub("", text)


# --- page furniture ----------------------------------------------------------------------------

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# Sentences that only occur in comment forms and spam-filter notices.
_FORM_TEXT = (
    r"your email address will not be published|required fields are marked"
    r"|uses akismet|comment data is processed|please enter your \w+"
    r"|save my name,? email|notify me of (?:new|follow-up)|you must be logged in to post"
    r"|log in to (?:reply|comment)|all rights reserved|cookie policy|accept cookies"
)
_FORM_PHRASES = re.compile(_FORM_TEXT, re.I)
# The same phrases searched in lower-cased text: a case-insensitive alternation gets no fast scan
# for its first letters and cost most of the time cleaning took.
_FORM_PHRASES_LOWER = re.compile(_FORM_TEXT)
# A piece of each phrase without its pattern parts: a line holding none of them holds no phrase,
# and `in` (a fast substring search) rules out most lines far more cheaply than the alternation,
# which tries a match at every letter a phrase starts with.
_FORM_PIECES = (
    "your email address will not be published",
    "required fields are marked",
    "uses akismet",
    "comment data is processed",
    "please enter your ",
    "save my name",
    "notify me of ",
    "you must be logged in to post",
    "log in to ",
    "all rights reserved",
    "cookie policy",
    "accept cookies",
)
# The only characters that are not ASCII and still match an ASCII letter case-insensitively
# (dotted and dotless i, long s, Kelvin sign): a line holding one keeps the slow search.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")


def _form_text(s: str, low: str) -> bool:
    """Whether line s (lower-cased: low) holds a comment-form or spam-filter sentence."""
    if s.isascii() or not _FOLDS_TO_ASCII.search(s):
        return any(p in low for p in _FORM_PIECES) and _FORM_PHRASES_LOWER.search(low) is not None
    return _FORM_PHRASES.search(s) is not None


def _may_hold_url(s: str, low: str) -> bool:
    """Whether _URL can match in s: it needs "://" or "www." (no other letter folds to "w")."""
    return "://" in s or "www." in low


_FURNITURE_WORDS = 14  # a furniture line is short: navigation, a prompt, a label, a banner
_FURNITURE_CHARS = 300  # no line of 14 words (without urls or addresses) is longer
_MEDIUM_SHARE = 0.6
_CONTACT = re.compile(
    r"^(?:(?:media|press|public affairs|news)\s+)?(?:contacts?|phone|tel|fax|e-?mail|inquiries)\s*:", re.I
)
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def is_furniture(line: str) -> bool:
    """A line that belongs to the page, the e-mail or the release, not the story: a comment
    form, a contact line, a short line made only of words pages say about themselves ("Skip to
    main content", "Having trouble viewing this email?", "For Immediate Release", "Print More")."""
    s = line.strip()
    if not s:
        return True
    low = s.lower()
    if _form_text(s, low) or _CONTACT.match(s):
        return True
    if len(s) > _FURNITURE_CHARS and "@" not in s and not _may_hold_url(s, low):
        return False  # a story paragraph: far too long to be a short line of page words
    if _may_hold_url(s, low):
        low = _URL.sub(" ", s).lower()
    if "@" in low:
        low = _EMAIL_ADDRESS.sub(" ", low)
    low = low.replace("’", "'")
    # Most lines are story paragraphs: pieces between blanks made only of letters and digits are
    # words _WORD reads too, so counting them (far cheaper than reading words) rules most out.
    if sum(map(str.isalnum, low.split(None, 2 * _FURNITURE_WORDS))) > _FURNITURE_WORDS:
        return False
    words = [m.group() for m in islice(_WORD.finditer(low), _FURNITURE_WORDS + 1)]
    if not words:
        return True  # only URLs, addresses, symbols or numbers
    if len(words) > _FURNITURE_WORDS:
        return False
    content = [w for w in words if w not in FUNCTION_WORDS and not w.isdigit()]
    if not content:
        return not s.endswith((".", "?", "!"))
    page = sum(w in PAGE_WORDS for w in content)
    return page == len(content) or page >= _MEDIUM_SHARE * len(content) and not MEDIUM_WORDS.isdisjoint(content)


def place_line(line: str) -> bool:
    """A line that only names a place, as datelines and release headers do ("WASHINGTON",
    "New York, NY, United States", "Washington, D.C."): capitalised parts separated by commas,
    most of their words places, or one all-capital place."""
    if len(line.replace(",", " ").split(None, 8)) > 8:
        return False  # more than eight words: most lines asked are paragraphs, not worth splitting whole
    parts = [p.split() for p in line.split(",")]
    words = [w for p in parts for w in p]
    if not words or any(not w[:1].isupper() for w in words) or any(ch.isdigit() for ch in line):
        return False
    places = sum(_is_place(w) for w in words)
    if len(parts) == 1:
        return line.isupper() and places == len(words)
    return all(1 <= len(p) <= 3 for p in parts) and places * 2 >= len(words)


def _is_place(word: str) -> bool:
    w = word.strip(".")
    return (
        w.title() in PLACE_WORDS
        or w.lower() in US_STATES
        or w.lower() in STATE_NAME_WORDS
        or len(w) == 2
        and w.isupper()
        or word in ("D.C.", "U.S.")
    )


# --- metadata ------------------------------------------------------------------------------

_FIELD = re.compile(r"^(title|headline|author|byline|by|date|published|outlet|publication|site)\s*:\s*(.+)$", re.I)
_FIELD_OF = {
    "headline": "title",
    "author": "byline",
    "by": "byline",
    "published": "date",
    "publication": "outlet",
    "site": "outlet",
}
_TOP = 8  # metadata lines are read among the first lines of an article
_EDGE_URL = 3  # a bare url is the article's own only among the first or last lines


@dataclass(slots=True)
class Cleaned:
    """An article's clean text, its paragraphs (spans of `text`) and where it came from."""

    title: str
    text: str
    spans: list[tuple[int, int]]
    meta: Provenance = field(default_factory=Provenance)


def _lines(text: str) -> list[str]:
    """Paragraph candidates: blank-line blocks, unwrapped when the file is hard-wrapped."""
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    multi = [ln for b in blocks for ln in b.split("\n")[:-1] if "\n" in b]
    wrapped = len(multi) >= 3 and sum(40 <= len(ln) <= 100 for ln in multi) >= 0.8 * len(multi)
    out: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if wrapped:
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _collapse_spaces(lines: list[str]) -> list[str]:
    """Each line with its runs of blanks as one space, trimmed. The lines hold no newline and no
    control `strip_controls` removes, so the only whitespace str.split knows and _SPACES does not
    is the line and paragraph separator: without those, split-and-join (far cheaper) is the same.
    Most lines need neither: a printable line (whose only blank is the ASCII space) with no double
    space and none at either end is kept as it is, a test far cheaper than splitting it."""
    return [
        ln
        if ln.isprintable() and "  " not in ln and ln[:1] != " " != ln[-1:]
        else _SPACES.sub(" ", ln).strip()
        if "\u2028" in ln or "\u2029" in ln
        else " ".join(ln.split())
        for ln in lines
    ]


def _take_urls(lines: list[str], meta: Provenance) -> list[str]:
    """Lines that give the article's url (`SOURCE: <url>`, `URL: <url>`, a bare url at the top
    or bottom) are metadata, wherever the saving tool put them."""
    keep: list[str] = []
    for i, line in enumerate(lines):
        url = url_of_line(line) if "://" in line else None
        labelled = url is not None and not line.lstrip("<").startswith("http")
        if url and (labelled or i < _EDGE_URL or i >= len(lines) - _EDGE_URL):
            meta.url = meta.url or url
        else:
            keep.append(line)
    return keep


def _take_metadata(lines: list[str], meta: Provenance) -> list[str]:
    """Pull labelled fields, date lines, bylines and place lines from the top of the article."""
    keep: list[str] = []
    found = Provenance()
    for i, line in enumerate(lines):
        if i >= _TOP:
            keep.extend(lines[i:])
            break
        f = _FIELD.match(line)
        b = BYLINE.match(line)
        if f and len(line) < 200:
            name = _FIELD_OF.get(f.group(1).lower(), f.group(1).lower())
            value = f.group(2).strip()
            if name == "date":
                value = iso_date(value) or date_of_line(value) or ""
            if value and getattr(found, name) is None:
                setattr(found, name, value)
        elif date := date_of_line(line):
            found.date = found.date or date
            found.byline = found.byline or byline_of_date_line(line)
        elif b:
            found.byline = found.byline or b.group("name").strip()
        elif "|" in line and (mast := masthead_of_line(line)):
            found.byline, found.date = found.byline or mast[0], found.date or mast[1]
        elif not place_line(line):
            keep.append(line)
    meta.fill(found)
    return keep


_NON_WORDS = re.compile(r"\W+")


def _norm(s: str) -> str:
    return _NON_WORDS.sub(" ", s).strip().lower()


def _last_word_char(s: str) -> str:
    """The last character of s that _NON_WORDS keeps ("" if none)."""
    for ch in reversed(s):
        if ch.isalnum() or ch == "_":
            return ch
    return ""


def _ends_apart(line: str, nxt: str) -> bool:
    """Whether the normalised line can neither equal nor end with the normalised next line, told
    without normalising either (most lines are paragraphs): a normalised line ends with its last
    word character in lower case, so two ASCII ones that differ settle it. A line holding a url
    is compared without the url, so it is always normalised."""
    a, b = _last_word_char(line), _last_word_char(nxt)
    return bool(a and b) and (a + b).isascii() and a.lower() != b.lower() and not _may_hold_url(line, line.lower())


def _drop_breadcrumbs(lines: list[str]) -> list[str]:
    """Drop lines at the top that repeat the next line, alone or behind a navigation trail."""
    out = list(lines)
    norms: dict[str, str] = {}  # a line is read as the next line, then as the current one

    def norm(line: str, urls: bool = False) -> str:
        if urls and _may_hold_url(line, line.lower()):
            return _norm(_URL.sub(" ", line))
        if line not in norms:
            norms[line] = _norm(line)
        return norms[line]

    i = 0
    while i < min(len(out) - 1, 6):
        if _ends_apart(out[i], out[i + 1]):
            i += 1  # no repeat: most pairs are told apart without normalising two paragraphs
            continue
        cur, nxt = norm(out[i], urls=True), norm(out[i + 1])
        if nxt and (cur == nxt or (cur.endswith(" " + nxt) and len(cur.split()) - len(nxt.split()) <= 6)):
            out.pop(i)
            i = max(i - 1, 0)
            continue
        i += 1
    return out


_TERMINAL = frozenset(".!?:;\"”’')]…")


def _join_broken(paras: list[str]) -> list[str]:
    """Rejoin a paragraph split mid-sentence (no closing punctuation, next starts lower-case)."""
    out: list[str] = []
    for p in paras:
        if len(out) > 1 and "a" <= p[:1] <= "z" and out[-1].rstrip()[-1:] not in _TERMINAL:
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


_HEADLINE_WITH_STOP = 15  # a first line ending in a full stop is a headline only when this short


def reads_as_headline(line: str, following: str | None) -> bool:
    """Whether an article's first line is its headline: short, not a label, a date or a place,
    and, if it ends with a full stop, shorter than the paragraph after it (a lede is not)."""
    words = line.split()
    if len(line) > 200 or len(words) > 30 or is_furniture(line):
        return False
    if line.endswith("."):
        return len(words) <= _HEADLINE_WITH_STOP and following is not None and len(following) > len(line)
    return True


def clean(raw: str, *, meta: Provenance | None = None, fallback_title: str = "") -> Cleaned:
    """Clean one article's text. `meta` is what its format already told (front matter, a page's
    metadata); lines of the text fill what it leaves open."""
    meta = Provenance() if meta is None else meta
    if meta.title and is_furniture(meta.title):
        meta.title = None  # a page titled "Press Release" or "News"
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = repair_references(text)
    text = strip_controls(text)
    text = unicodedata.normalize("NFC", text)
    lines = _take_urls(_collapse_spaces(_lines(text)), meta)
    # A date alone on a line near the top ("2017-02-13") is no furniture: it dates the article.
    kept = [ln for i, ln in enumerate(lines) if not is_furniture(ln) or i < _TOP and date_of_line(ln)]
    kept = _take_metadata(kept, meta)
    kept = _drop_breadcrumbs(kept)

    title = meta.title or ""
    if not title and kept and reads_as_headline(kept[0], kept[1] if len(kept) > 1 else None):
        title = kept[0]
    if title and (not kept or _norm(kept[0]) != _norm(title)):
        kept.insert(0, title)
    if not title:
        title = fallback_title or (kept[0][:80] if kept else "")
    while len(kept) > 1 and not _ends_apart(kept[0], kept[1]) and _norm(kept[1]) == _norm(kept[0]):
        kept.pop(1)
    paras = _join_broken(kept)
    if meta.date is None and len(paras) > 1:
        meta.date = dateline_date(paras[1])
    meta.outlet = outlet_name(meta.outlet, meta.url)
    meta.title = title

    spans: list[tuple[int, int]] = []
    pos = 0
    for p in paras:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return Cleaned(title=title, text="\n\n".join(paras), spans=spans, meta=meta)
