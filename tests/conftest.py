"""Shared fixtures. Every test gets its own index folder, so nothing touches the user's cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from icereader.index.engine import Engine
from icereader.index.sync.scan import bundled_corpus

SEEDS = sorted(p.name for p in bundled_corpus().glob("*.txt"))


@pytest.fixture(autouse=True)
def _private_index_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("ICEREADER_INDEX_DIR", str(tmp_path_factory.mktemp("index-root")))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the bundled articles."""
    dest = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), dest)
    return dest


@pytest.fixture
def engine(corpus: Path, tmp_path: Path) -> Engine:
    e = Engine(corpus, tmp_path / "idx")
    e.sync()
    yield e
    e.close()


@pytest.fixture(scope="session")
def bundled_engine(tmp_path_factory) -> Engine:
    """The bundled corpus indexed once, for read-only tests."""
    e = Engine(None, tmp_path_factory.mktemp("bundled-idx"))
    e.sync()
    yield e
    e.close()
