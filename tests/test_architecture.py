"""The house rules: the engine never loads Textual, the reader loads Whoosh only after first paint,
Whoosh is imported by one module, and the package installs under `icereader.` only."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    return set(out.stdout.split())


def test_engine_does_not_import_textual():
    mods = imported(
        "from icereader.index.engine import Engine; e = Engine(); e.sync(); e.search('homan'); e.speakers()"
    )
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)
    assert "whoosh" in mods  # the engine really ran


def test_reader_start_up_imports_neither_whoosh_nor_the_extractor():
    """What the reader needs before its first paint; the rest loads in the indexing worker."""
    mods = imported("import icereader.tui.app, icereader.tui.cli.main")
    assert not any(m == "whoosh" or m.startswith("whoosh.") for m in mods)
    assert "icereader.index.extract" not in mods and "importlib.metadata" not in mods


def test_whoosh_is_imported_in_one_module():
    users = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "index").rglob("*.py")
        if re.search(r"^\s*(from|import) whoosh", p.read_text(), re.M)
    ]
    users += [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "tui").rglob("*.py")
        if re.search(r"^\s*(from|import) whoosh", p.read_text(), re.M)
    ]
    assert users == ["index/storage/whoosh_index.py"]


def test_installed_under_one_namespace():
    """Run from `/` so the checkout itself is not on the path: only what pip installed counts."""
    code = (
        "import importlib.util as u; from importlib.metadata import files; "
        "print(u.find_spec('index'), u.find_spec('tui'), u.find_spec('icereader.index') is not None); "
        "print(sorted({str(f).split('/')[0] for f in files('icereader')}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/")
    specs, tops = out.stdout.splitlines()
    assert specs == "None None True"
    assert "'index'" not in tops and "'tui'" not in tops


def test_bundled_corpus_ships_with_the_package():
    from icereader.index.sync.scan import bundled_corpus

    assert len(list(bundled_corpus().glob("*.txt"))) == 5


def test_readme_commands_are_what_ci_runs():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    blocks = re.findall(r"```(?:sh|bash|console)\n(.*?)```", readme, re.S)
    setup = [b.strip() for b in blocks if "pip install" in b]
    assert len(setup) == 2, "the README holds exactly two set-up commands"
    test_cmd = next(b for b in setup if "pytest" in b)
    for line in test_cmd.splitlines():
        assert line.strip() in ci, f"README step not run by CI: {line}"
