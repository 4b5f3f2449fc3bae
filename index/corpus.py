"""A folder of articles: finding files, decoding bytes, and knowing what changed since last time.

Users point icereader at whatever folder they have: saved pages, renamed PDFs, half-downloaded
files. Reading one file never stops the others; each failure becomes a `Skipped` with a reason a
person can act on.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

SUFFIXES = (".txt", ".md", ".markdown")
MAX_BYTES = 8 * 1024 * 1024  # ~1.3 million words: far past any article; a dump would take minutes to extract


class CorpusError(Exception):
    """The corpus as a whole cannot be read (missing folder, a file instead of a folder)."""


class UnreadableFile(Exception):
    """One file cannot be used as an article; the message says why."""


class FileStat(NamedTuple):
    size: int
    mtime_ns: int


@dataclass(slots=True, frozen=True)
class Skipped:
    path: str
    reason: str


def bundled_corpus() -> Path:
    """The articles shipped inside the package: the default corpus."""
    return Path(__file__).resolve().parent / "data" / "corpus"


def resolve_root(root: str | os.PathLike[str] | None) -> Path:
    path = bundled_corpus() if root is None else Path(root).expanduser()
    if not path.exists():
        raise CorpusError(f"corpus folder not found: {path}")
    if not path.is_dir():
        raise CorpusError(f"--corpus needs a folder of .txt/.md articles, not a file: {path}")
    return path.resolve()


def scan(root: Path) -> tuple[dict[str, FileStat], list[Skipped]]:
    """Every article file under `root` (relative POSIX path → size and mtime), following folder
    symlinks once each so a symlink loop cannot trap the walk. Plain strings, not Path objects:
    this walk is most of the start-up check of a large unchanged corpus."""
    found: dict[str, FileStat] = {}
    skipped: list[Skipped] = []
    seen: set[tuple[int, int]] = set()
    stack = [(str(root), "")]  # (folder, its path relative to root, ending in "/")
    while stack:
        folder, rel = stack.pop()
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                skipped.append(Skipped(rel.rstrip("/") or ".", "folder visited twice (symlink loop)"))
                continue
            seen.add(key)
            entries = list(os.scandir(folder))
        except OSError as e:
            skipped.append(Skipped(rel.rstrip("/") or ".", f"cannot list folder: {e.strerror or e}"))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    stack.append((entry.path, f"{rel}{name}/"))
                elif name.lower().endswith(SUFFIXES) and entry.is_file():
                    st = entry.stat()
                    found[rel + name] = FileStat(st.st_size, st.st_mtime_ns)
            except OSError as e:
                skipped.append(Skipped(rel + name, f"cannot read: {e.strerror or e}"))
    return {rel: found[rel] for rel in sorted(found)}, skipped


def read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableFile("file not found") from None
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder") from None
    except OSError as e:
        raise UnreadableFile(f"cannot read: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"larger than {MAX_BYTES // (1024 * 1024)} MB: not one article (split it into articles)")
    return data


_MAGIC = {
    b"%PDF-": "a PDF, not text",
    b"PK\x03\x04": "a ZIP/Office file, not text",
    b"\x89PNG": "a PNG image, not text",
    b"\xff\xd8\xff": "a JPEG image, not text",
    b"GIF8": "a GIF image, not text",
    b"\x7fELF": "a program, not text",
}


def decode(data: bytes) -> str:
    """Bytes → text: BOMs honoured, UTF-8 first, then Windows-1252 (a superset of Latin-1's
    printable range, and what mislabelled Western pages really are)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise UnreadableFile(f"binary file: {what}")
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


# The five bytes cp1252 leaves undefined would show as U+FFFD: drop them.
_CP1252_HOLES = {0xFFFD: None}


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


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()
