"""Whatever a user's folder holds, each file gets a clear outcome and the rest is indexed."""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icereader.index.engine import Engine
from icereader.index.errors import CorpusError, UnreadableFile
from icereader.index.sync.scan import resolve_root
from icereader.index.text import decode as decode_module
from icereader.index.text.clean import clean
from icereader.index.text.decode import decode

STORY = "Raid in Denver\n\nICE said 63 people were arrested, officials said. Café owners were “surprised”.\n"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\n\t  \n", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "PDF"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        (b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
        (b"abc\x00def\x00" * 500, "binary"),
    ],
)
def test_unusable_bytes_are_refused_with_a_reason(data: bytes, reason: str):
    with pytest.raises(UnreadableFile, match=reason):
        decode(data)


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "latin-1"]
)
def test_encodings_decode_to_the_same_text(codec: str):
    text = STORY.replace("“", '"').replace("”", '"') if codec == "latin-1" else STORY
    if codec.endswith("-bom"):
        base = codec.removesuffix("-bom")
        data = ("\ufeff" + text).encode(base)
    else:
        data = text.encode(codec)
    assert decode(data).lstrip("\ufeff") == text


def test_invalid_utf8_in_a_mostly_utf8_file_keeps_the_accents():
    data = ("Café “raids” in São Paulo, naïve résumé. " * 20).encode() + b"\xff\xfe broken"
    out = decode(data)
    assert "São Paulo" in out and "“raids”" in out


def test_a_few_nul_bytes_do_not_lose_the_article():
    data = STORY.encode() * 50 + b"\x00"
    assert "arrested" in decode(data)


def test_no_paragraph_breaks_and_one_megabyte_line():
    one_line = ("ICE said 12 people were arrested. " * 32_000).strip()
    c = clean("Headline\n" + one_line)
    assert len(c.spans) == 2 and c.text.endswith("arrested.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=3000))
def test_cleaning_any_text_never_fails_and_spans_fit(raw: str):
    c = clean(raw)
    assert c.text == "\n\n".join(c.text[s:e] for s, e in c.spans)
    assert not any(ch in c.text for ch in "\x1b\x00\x07\u202e")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000))
def test_decoding_any_bytes_gives_text_or_a_reason(data: bytes):
    try:
        assert isinstance(decode(data), str)
    except UnreadableFile as e:
        assert str(e)


def test_corpus_path_errors():
    with pytest.raises(CorpusError, match="not found"):
        resolve_root("/definitely/not/here")
    with pytest.raises(CorpusError, match="not a file"):
        resolve_root(__file__)


def test_symlink_loop_and_odd_files_are_reported_not_fatal(tmp_path: Path):
    root = tmp_path / "c"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "good.txt").write_text(STORY, encoding="utf-8")
    (root / "sub" / "loop").symlink_to(root)
    (root / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (root / "notes.pdf").write_bytes(b"%PDF")  # a PDF cut short: skipped with the reason
    engine = Engine(root, tmp_path / "idx")
    report = engine.sync()
    assert [m.id for m in engine.articles()] == ["sub/good.txt"]
    assert any("symlink loop" in s.reason for s in report.skipped)
    assert {s.path: s.reason for s in report.skipped}["notes.pdf"].startswith("a damaged PDF")


def test_unreadable_and_vanishing_files(tmp_path: Path, monkeypatch):
    root = tmp_path / "c"
    root.mkdir()
    for name in ("ok.txt", "locked.txt", "gone.txt"):
        (root / name).write_text(STORY, encoding="utf-8")
    real_open = open

    def fake_open(path, *args, **kwargs):
        name = os.fspath(path)
        if name.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", name)
        if name.endswith("gone.txt"):
            raise FileNotFoundError(2, "No such file", name)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(decode_module, "open", fake_open, raising=False)
    engine = Engine(root, tmp_path / "idx")
    report = engine.sync()
    reasons = {s.path: s.reason for s in report.skipped}
    assert reasons == {"locked.txt": "permission denied", "gone.txt": "file not found"}
    assert [m.id for m in engine.articles()] == ["ok.txt"]


def test_a_fifty_megabyte_dump_is_skipped_with_its_size_and_the_rest_indexed(tmp_path: Path):
    root = tmp_path / "c"
    root.mkdir()
    (root / "ok.txt").write_text(STORY, encoding="utf-8")
    with open(root / "dump.txt", "w", encoding="utf-8") as fh:
        for _ in range(50):
            fh.write("ICE said 12 people were arrested in the county on Tuesday. " * 17_500 + "\n\n")
    assert (root / "dump.txt").stat().st_size > 50_000_000
    engine = Engine(root, tmp_path / "idx")
    report = engine.sync()
    assert [(s.path, s.reason) for s in report.skipped] == [
        ("dump.txt", "larger than 8 MB: not one article (split it into articles)")
    ]
    assert [m.id for m in engine.articles()] == ["ok.txt"]


def test_ten_thousand_small_files(tmp_path: Path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(10_000):
        (root / f"{i:05}.txt").write_text(f"Story {i}\n\nICE said {i} people were arrested.\n", encoding="utf-8")
    engine = Engine(root, tmp_path / "idx")
    assert engine.sync().rebuilt
    assert len(engine.articles()) == 10_000
    assert engine.sync().up_to_date


@contextmanager
def _bounded(seconds: int):
    """Fail instead of hanging: a pathological input that sends a pattern into backtracking or
    a quadratic loop must end the test, not the CI run. The bound is generous; speed itself is
    measured in bench/, not here."""

    def stop(signum, frame):
        raise TimeoutError(f"extraction still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize(
    "text",
    [
        "Marks\n\n" + '"' * 10_000,
        "Marks\n\n" + "“" * 5_000 + "”" * 5_000,
        "Nested\n\n" + "“a ‘b “c ‘d " * 2_000 + " he said.",
        "One line\n\n" + ('"We will," said Ana Ruiz, spokeswoman, and she said 500 more, ' * 4_000),
        "Numbers\n\n" + " ".join(f"{n:,}" for n in range(20_000)),
        "Capitals\n\n" + "Ana Ruiz Lopez Garcia " * 10_000 + "said.",
    ],
    ids=["straight-marks", "curly-marks", "nested", "one-long-line", "numbers", "capitals"],
)
def test_hostile_text_is_extracted_within_a_bound(text: str):
    from icereader.index.extract import extract

    with _bounded(20):
        cleaned = clean(text)
        quotes, figures = extract(cleaned)
    assert all(cleaned.text[q.start : q.end] == q.text for q in quotes)
