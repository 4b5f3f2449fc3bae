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
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
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
# Words that make up share bars, comment prompts and navigation, and nothing else.
_WIDGET_WORDS = frozenset(
    """like share this print more pin it on pinterest facebook twitter x tweet email e-mail
    whatsapp linkedin reddit telegram copy link save reply leave a comment comments post
    source read related articles stories posts subscribe follow us sign up newsletter
    advertisement ad sponsored next previous prev article story home back to top view all
    show hide click here loading tags filed under continue reading you may also and or the
    of our with your"""
    .split()
)
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
# The only characters that are not ASCII and still match an ASCII letter case-insensitively
# (dotted and dotless i, long s, Kelvin sign): a line holding one keeps the slow search.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|\d+")
_SHORT = 6  # a line of at most this many words may be a widget


def _form_text(s: str, low: str) -> bool:
    """Whether line s (lower-cased: low) holds a comment-form or spam-filter sentence."""
    if s.isascii() or not _FOLDS_TO_ASCII.search(s):
        return _FORM_PHRASES_LOWER.search(low) is not None
    return _FORM_PHRASES.search(s) is not None


def _may_hold_url(s: str, low: str) -> bool:
    """Whether _URL can match in s: it needs "://" or "www." (no other letter folds to "w")."""
    return "://" in s or "www." in low


def is_furniture(line: str) -> bool:
    """A line that belongs to the page, not the story."""
    s = line.strip()
    if not s:
        return True
    low = s.lower()
    if _form_text(s, low):
        return True
    if _may_hold_url(s, low):
        low = _URL.sub(" ", s).lower()
    words = [m.group() for m in islice(_WORD.finditer(low), _SHORT + 1)]  # enough to tell short from long
    if not words:
        return True  # only URLs, symbols or numbers
    if len(words) <= _SHORT and not s.endswith((".", "?")):
        return all(w in _WIDGET_WORDS or w.isdigit() for w in words)
    return False


# --- metadata ------------------------------------------------------------------------------

_DATE_LABEL = re.compile(
    r"^(?:published|posted|updated|last updated|date|first published)(?: on)?\s*[:\-–]?\s*(.+)$", re.I
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_LINE = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:[ ,T]+\d{1,2}:\d{2}.*)?$",
    re.I,
)
_BYLINE = re.compile(r"^(?:(?P<section>[^|]{1,40})\s*\|\s*)?(?i:by)\s+(?P<name>[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,7})\s*$")
_FIELD = re.compile(r"^(title|headline|author|byline|by|date|published|outlet|source|publication|site)\s*:\s*(.+)$", re.I)


@dataclass(slots=True)
class Cleaned:
    title: str
    text: str
    spans: list[tuple[int, int]]
    byline: str | None = None
    date: str | None = None
    outlet: str | None = None
    dropped: list[str] = field(default_factory=list)


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
    is the line and paragraph separator: without those, split-and-join (far cheaper) is the same."""
    return [_SPACES.sub(" ", ln).strip() if "\u2028" in ln or "\u2029" in ln else " ".join(ln.split())
            for ln in lines]


def _markdown_inline(line: str) -> str:
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images
    line = re.sub(r"\[([^\]]+)\]\((?:[^)(]|\([^)]*\))*\)", r"\1", line)  # links keep their text
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
    return line.strip()


def _front_matter(text: str, meta: dict[str, str]) -> str:
    m = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.S)
    if not m:
        return text
    for line in m.group(1).split("\n"):
        f = _FIELD.match(line.strip())
        if f:
            meta.setdefault(f.group(1).lower(), f.group(2).strip().strip("\"'"))
    return text[m.end():]


def _take_metadata(lines: list[str], meta: dict[str, str]) -> list[str]:
    """Pull date, byline and labelled fields from the top of the article."""
    keep: list[str] = []
    for i, line in enumerate(lines):
        if i >= 8:
            keep.extend(lines[i:])
            break
        f = _FIELD.match(line)
        d = _DATE_LABEL.match(line)
        b = _BYLINE.match(line)
        if f and f.group(1).lower() not in ("source",) and len(line) < 200:
            meta.setdefault(f.group(1).lower(), f.group(2).strip())
        elif d and _DATE_LINE.match(d.group(1).strip()):
            meta.setdefault("date", d.group(1).strip())
        elif _DATE_LINE.match(line):
            meta.setdefault("date", line)
        elif b:
            meta.setdefault("byline", b.group("name").strip())
            if b.group("section"):
                meta.setdefault("section", b.group("section").strip())
        else:
            keep.append(line)
    return keep


_NON_WORDS = re.compile(r"\W+")


def _norm(s: str) -> str:
    return _NON_WORDS.sub(" ", s).strip().lower()


def _drop_breadcrumbs(lines: list[str], dropped: list[str]) -> list[str]:
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
        cur, nxt = norm(out[i], urls=True), norm(out[i + 1])
        if nxt and (cur == nxt or (cur.endswith(" " + nxt) and len(cur.split()) - len(nxt.split()) <= 6)):
            dropped.append(out.pop(i))
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


def _looks_like_title(line: str) -> bool:
    return len(line) <= 200 and len(line.split()) <= 30 and not re.search(r"[.]\s*$", line)


def clean(raw: str, *, markdown: bool = False, fallback_title: str = "") -> Cleaned:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = repair_references(text)
    text = strip_controls(text)
    text = unicodedata.normalize("NFC", text)
    meta: dict[str, str] = {}
    text = _front_matter(text, meta)
    lines = _collapse_spaces(_lines(text))
    if markdown:
        lines = [_markdown_inline(ln) for ln in lines]
    dropped: list[str] = []
    kept = []
    for ln in lines:
        (dropped if is_furniture(ln) else kept).append(ln)
    kept = _take_metadata(kept, meta)
    kept = _drop_breadcrumbs(kept, dropped)

    title = meta.get("title") or meta.get("headline") or ""
    if not title and kept and _looks_like_title(kept[0]):
        title = kept[0]
    if title and (not kept or _norm(kept[0]) != _norm(title)):
        kept.insert(0, title)
    if not title:
        title = fallback_title or (kept[0][:80] if kept else "")
    while len(kept) > 1 and _norm(kept[1]) == _norm(kept[0]):
        dropped.append(kept.pop(1))
    paras = _join_broken(kept)

    spans: list[tuple[int, int]] = []
    pos = 0
    for p in paras:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    outlet = meta.get("outlet") or meta.get("publication") or meta.get("site")
    return Cleaned(
        title=title,
        text="\n\n".join(paras),
        spans=spans,
        byline=meta.get("byline") or meta.get("author") or meta.get("by"),
        date=meta.get("date") or meta.get("published"),
        outlet=outlet,
        dropped=dropped,
    )
