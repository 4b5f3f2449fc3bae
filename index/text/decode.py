"""Bytes → text, or the reason a file is no article.

Users point icereader at whatever folder they have: renamed images, half-downloaded files, text in
the encoding of whatever machine saved it. Decoding never guesses silently: a file whose bytes are
mostly not text is refused with a reason a person can act on, whatever its name says it is.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from ..errors import UnreadableFile

MAX_BYTES = 8 * 1024 * 1024  # ~1.3 million words: far past any article; a dump would take minutes to extract
MAX_PDF_BYTES = 64 * 1024 * 1024  # scanned pages and images make PDFs big; their text is what counts


def read_bytes(path: Path) -> bytes:
    limit = MAX_PDF_BYTES if path.suffix.lower() == ".pdf" else MAX_BYTES
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise UnreadableFile("file not found") from None
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder") from None
    except OSError as e:
        raise UnreadableFile(f"cannot read: {e.strerror or e}") from None
    if len(data) > limit:
        raise UnreadableFile(f"larger than {limit // (1024 * 1024)} MB: not one article (split it into articles)")
    return data


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


_MAGIC = {
    b"PK\x03\x04": "a ZIP/Office file, not text",
    b"\x89PNG": "a PNG image, not text",
    b"\xff\xd8\xff": "a JPEG image, not text",
    b"GIF8": "a GIF image, not text",
    b"\x7fELF": "a program, not text",
    b"\x1f\x8b": "a gzip archive, not text",
    b"RIFF": "an audio or video file, not text",
    b"\xd0\xcf\x11\xe0": "an old Office document, not text",
}
# An article is mostly letters, spaces and punctuation; random or binary bytes decoded as
# Windows-1252 give symbols and accented capitals in every other character.
_MIN_PROSE = 0.85
# Random bytes read as Windows-1252 are nearly half accented letters and signs (U+00A0-U+00FF);
# French or Spanish prose has a few in a hundred, and other scripts lie outside that block.
_LATIN1_HIGH = re.compile(r"[\xa0-\xff]")
_MAX_LATIN1_HIGH = 0.2


def decode(data: bytes) -> str:
    """Bytes → text: BOMs honoured, UTF-8 first, then Windows-1252 (a superset of Latin-1's
    printable range, and what mislabelled Western pages really are)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise UnreadableFile(f"binary file: {what}")
    if data.startswith(b"%PDF-"):
        raise UnreadableFile("binary file: a PDF, not text")
    if not data.strip():
        raise UnreadableFile("empty file")
    sample = data[:65536]
    nul = sample.count(0)
    if nul and _looks_utf16(sample):
        codec = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        return data.decode(codec, errors="replace")
    controls = sum(sample.count(c) for c in range(32) if c not in (9, 10, 12, 13, 27))
    if nul > len(sample) // 100 or controls > len(sample) // 10:
        raise UnreadableFile("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(sample):
        return data.decode("utf-8", errors="replace")
    return data.decode("cp1252", errors="replace").translate(_CP1252_HOLES)


def check_prose(text: str) -> None:
    """Refuse a text that is mostly not prose (random or binary bytes that happened to decode):
    judged on its start and middle, after any markup was read."""
    sample = text[:2000] + text[len(text) // 2 : len(text) // 2 + 2000]
    high = len(_LATIN1_HIGH.findall(sample)) / max(len(sample), 1)
    if high > _MAX_LATIN1_HIGH:  # said first: random bytes pass for 80% "letters" (Ã, ¿, ø …)
        raise UnreadableFile(
            f"not text: {high:.0%} of its characters are accented letters and signs (Ã ¿ ø …), "
            f"as random or binary bytes give; prose has under {_MAX_LATIN1_HIGH:.0%}"
        )
    if (share := prose_share(sample)) < _MIN_PROSE:
        raise UnreadableFile(
            f"not text: {share:.0%} of its characters are letters, digits, spaces or punctuation; "
            f"prose has {_MIN_PROSE:.0%} or more"
        )


# The five bytes cp1252 leaves undefined would show as U+FFFD: drop them.
_CP1252_HOLES = {0xFFFD: None}
_PROSE_CATEGORIES = frozenset(
    ("Ll", "Lu", "Lt", "Lo", "Lm", "Mn", "Nd", "Zs", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sc")
)
_ASCII_NOT_PROSE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f<>=^|~+#*@\\`{}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def prose_share(text: str) -> float:
    """The share of characters that prose is made of (letters in any script, digits, spaces,
    punctuation, currency signs). ASCII is judged by one pattern; only the rest by its Unicode
    category, which is costlier and rare in prose."""
    if not text:
        return 1.0
    bad = len(_ASCII_NOT_PROSE.findall(text))
    bad += sum(1 for ch in _NON_ASCII.findall(text) if unicodedata.category(ch) not in _PROSE_CATEGORIES)
    return 1 - bad / len(text)


def _looks_utf16(sample: bytes) -> bool:
    """BOM-less UTF-16 of Western text: one byte of nearly every pair is NUL, the other almost never."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    return max(even, odd) > 0.6 * half and min(even, odd) < 0.05 * half


def _mostly_utf8(sample: bytes) -> bool:
    """A few bad bytes in an otherwise UTF-8 file: keep UTF-8 rather than misread every accent."""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127) - bad
    return multibyte > 4 * bad
