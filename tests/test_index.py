"""The index: build, reuse, incremental updates, queries, related passages, damage recovery."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from icereader.index.engine import Engine
from icereader.index.errors import Cancelled
from icereader.index.storage import generations
from icereader.index.storage import whoosh_index as store

NEW_ARTICLE = """Raids reach Denver

ICE said 63 people were arrested in Denver during the operation.

"We will keep enforcing the law in every city," ICE Director Tom Homan said on Friday.
"""


def generation(engine: Engine) -> str:
    return (engine.base / "CURRENT").read_text()


def test_build_indexes_every_article(engine: Engine):
    metas = engine.articles()
    assert len(metas) == 5
    assert all(m.title for m in metas)
    assert sum(m.quote_count for m in metas) > 10
    article = engine.article(metas[0].id)
    assert article is not None and article.passages and article.text


def test_unchanged_corpus_is_reused_without_writing(engine: Engine):
    gen = generation(engine)
    before = {p.name: p.stat().st_mtime_ns for p in (engine.base / gen).iterdir()}
    report = engine.sync()
    assert report.up_to_date and not report.rebuilt
    assert generation(engine) == gen
    assert {p.name: p.stat().st_mtime_ns for p in (engine.base / gen).iterdir()} == before


def test_touched_but_identical_file_is_not_reindexed(engine: Engine, corpus: Path):
    path = next(corpus.glob("002_*.txt"))
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    report = engine.sync()
    assert not (report.added or report.changed or report.removed)
    assert engine.sync().up_to_date  # the new mtime was recorded


def test_incremental_add_change_remove(engine: Engine, corpus: Path):
    gen = generation(engine)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "denver.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    report = engine.sync()
    assert report.added == ["sub/denver.txt"] and not report.rebuilt
    assert generation(engine) == gen  # updated in place, not rebuilt
    assert [h.article_id for h in engine.search("Denver arrested").hits][0] == "sub/denver.txt"

    changed = next(corpus.glob("003_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("498 people", "499 people"), encoding="utf-8")
    report = engine.sync()
    assert report.changed == [changed.name]
    assert any("499" in h.text for h in engine.search("499").hits)
    assert not engine.search("498 four-day").hits

    (corpus / "sub" / "denver.txt").unlink()
    report = engine.sync()
    assert report.removed == ["sub/denver.txt"]
    assert engine.article("sub/denver.txt") is None
    assert not any(h.article_id == "sub/denver.txt" for h in engine.search("Denver").hits)
    assert len(engine.articles()) == 5


def test_ids_are_stable_relative_paths(corpus: Path, tmp_path: Path):
    a = Engine(corpus, tmp_path / "a")
    a.sync()
    b = Engine(corpus, tmp_path / "b")
    b.sync(rebuild=True)
    assert [m.id for m in a.articles()] == [m.id for m in b.articles()] == sorted(p.name for p in corpus.glob("*.txt"))


def test_search_highlights_match_the_passage(bundled_engine: Engine):
    result = bundled_engine.search("immigration arrests")
    assert result.hits and result.total >= len(result.hits)
    for hit in result.hits:
        assert hit.highlights
        for s, e in hit.highlights:
            assert hit.text[s:e].lower().startswith(("immigra", "arrest"))
    # stemming: "immigration" finds "immigrants"
    assert any("immigrants" in h.text[s:e] for h in bundled_engine.search("immigration").hits for s, e in h.highlights)


def test_speaker_field_query(bundled_engine: Engine):
    hits = bundled_engine.search("speaker:homan").hits
    assert hits and all("Homan" in h.text for h in hits)
    assert bundled_engine.search("speaker:lucero").hits
    assert not bundled_engine.search("speaker:nobodyatall").hits


@pytest.mark.parametrize(
    "query",
    [
        '"sanctuary cities',
        "a AND (b OR",
        "NOT OR foo",
        "*",
        "field:",
        "unknown:x",
        "x" * 10_000,
        "移民 局",
        "((((",
        "speaker:",
        "",
    ],
)
def test_bad_queries_never_raise(bundled_engine: Engine, query: str):
    result = bundled_engine.search(query)
    assert result.hits or result.message


def test_phrase_and_prefix_queries(bundled_engine: Engine):
    assert bundled_engine.search('"safe cities"').hits
    prefix = bundled_engine.search("deport*")
    assert prefix.hits and any("deport" in t for t in prefix.terms)


def test_article_highlights_for_hit_navigation(bundled_engine: Engine):
    article = bundled_engine.article("004_7c372853e00591b9.txt")
    spans = bundled_engine.term_spans(article.text, bundled_engine.search("arrests").terms)
    assert len(spans) >= 2 and all(article.text[s:e].lower().startswith("arrest") for s, e in spans)


def test_related_passages_share_a_figure_with_a_reason(bundled_engine: Engine):
    article = bundled_engine.article("004_7c372853e00591b9.txt")
    para = next(p.index for p in article.passages if "Of the 498 immigrants" in p.text)
    related = bundled_engine.related(article.id, para)
    assert related and all(r.article_id != article.id for r in related)
    assert related[0].reason.startswith("same fact")
    assert any(r.article_id.startswith("003_") and "498" in r.reason for r in related)
    assert all(r.reasons for r in related)


def test_related_by_same_speaker(corpus: Path, tmp_path: Path):
    (corpus / "homan2.txt").write_text(
        'Homan speaks again\n\n"We are going to keep arresting criminal aliens in every city," '
        "ICE Director Tom Homan said on Monday.\n",
        encoding="utf-8",
    )
    engine = Engine(corpus, tmp_path / "idx")
    engine.sync()
    article = engine.article("004_7c372853e00591b9.txt")
    para = next(p.index for p in article.passages if "He said" in p.text)
    reasons = [r.reason for r in engine.related(article.id, para) if r.article_id == "homan2.txt"]
    assert reasons and "same speaker: " in reasons[0] and "Homan" in reasons[0]


def test_speakers_merge_across_articles(corpus: Path, tmp_path: Path):
    (corpus / "homan2.txt").write_text(
        'Homan speaks again\n\n"We are going to keep arresting criminal aliens in every city," Homan said on Monday.\n',
        encoding="utf-8",
    )
    engine = Engine(corpus, tmp_path / "idx")
    engine.sync()
    homan = engine.find_speaker("homan")
    assert homan is not None and homan.name == "Tom Homan"
    assert len(homan.article_ids) == 2 and homan.quote_count == 2
    assert {q.article_id for q in engine.quotes("Tom Homan")} == {"homan2.txt", "004_7c372853e00591b9.txt"}


def test_interrupted_build_keeps_the_previous_index(engine: Engine, corpus: Path):
    gen = generation(engine)
    for n in range(60):  # enough changes to force a full rebuild
        (corpus / f"extra{n}.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 20

    with pytest.raises(Cancelled):
        engine.sync(cancel=cancel)
    assert generation(engine) == gen
    assert not [p for p in engine.base.iterdir() if p.name.endswith(".building")]
    assert len(engine.articles()) == 5
    report = engine.sync()
    assert report.rebuilt and len(report.added) == 60 and len(engine.articles()) == 65


def test_damaged_index_is_rebuilt(engine: Engine):
    gen = engine.base / generation(engine)
    for seg in gen.glob("passages_*.*"):
        if "WRITELOCK" not in seg.name:
            seg.write_bytes(b"garbage")
    engine.close()
    fresh = Engine(engine.root, engine.base.parent)
    report = fresh.sync()
    assert report.rebuilt and "rebuilding" in report.reason
    assert fresh.search("arrested").hits


def test_damaged_fact_store_is_rebuilt(engine: Engine):
    engine.close()
    (engine.base / generation(engine) / "facts.db").write_bytes(b"not a database at all" * 100)
    fresh = Engine(engine.root, engine.base.parent)
    report = fresh.sync()
    assert report.rebuilt and "fact store" in report.reason
    assert len(fresh.articles()) == 5


def test_garbage_manifest_is_rebuilt(engine: Engine):
    (engine.base / generation(engine) / "manifest.json").write_text("{not json")
    report = engine.sync()
    assert report.rebuilt and "manifest" in report.reason
    assert len(engine.articles()) == 5


def test_index_from_another_schema_version_is_rebuilt(engine: Engine):
    manifest_path = engine.base / generation(engine) / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["schema"] = generations.SCHEMA_VERSION - 1
    manifest_path.write_text(json.dumps(manifest))
    report = engine.sync()
    assert report.rebuilt and "version" in report.reason


def test_the_last_articles_are_listed_only_from_a_store_of_this_schema(engine: Engine):
    """The early list (before the sync) trusts the schema the fact store records, without the
    manifest; a store from before stores recorded it is judged by the manifest."""
    import sqlite3

    from icereader.index.storage.facts import FILENAME

    gen = engine.base / generation(engine)
    engine.close()
    (gen / "manifest.json").write_text("{not json")  # not read when the store says
    assert len(Engine(engine.root, engine.base.parent).last_articles() or []) == 5
    with sqlite3.connect(gen / FILENAME) as db:
        db.execute(f"PRAGMA user_version = {generations.SCHEMA_VERSION - 1}")
    assert Engine(engine.root, engine.base.parent).last_articles() is None
    with sqlite3.connect(gen / FILENAME) as db:
        db.execute("PRAGMA user_version = 0")
    assert Engine(engine.root, engine.base.parent).last_articles() is None  # the damaged manifest
    manifest = {"schema": generations.SCHEMA_VERSION, "files": {}, "skipped": {}}
    (gen / "manifest.json").write_text(json.dumps(manifest))
    assert len(Engine(engine.root, engine.base.parent).last_articles() or []) == 5


def test_the_article_list_is_read_from_an_index_of_its_own(engine: Engine):
    """Listing the articles must not read their texts beside them in the table."""
    import sqlite3

    from icereader.index.storage.facts import FILENAME

    with sqlite3.connect(engine.base / generation(engine) / FILENAME) as db:
        plan = db.execute(
            "EXPLAIN QUERY PLAN SELECT id, path, title, byline, date, outlet, url, quote_count, figure_count "
            "FROM articles ORDER BY path"
        ).fetchall()
    assert "COVERING INDEX articles_list" in str(plan)


def test_bad_files_are_skipped_and_the_rest_indexed(corpus: Path, tmp_path: Path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (corpus / "latin1.txt").write_bytes("Café raid\n\nThe café was raided, officials said.".encode("cp1252"))
    engine = Engine(corpus, tmp_path / "idx")
    report = engine.sync()
    reasons = {s.path: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.txt", "binary.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert engine.article("latin1.txt").title == "Café raid"
    again = engine.sync()  # skipped files are remembered, not re-read into a rebuild
    assert again.up_to_date and {s.path for s in again.skipped} == {"empty.txt", "binary.txt"}


def test_index_lives_in_the_override_dir(corpus: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("ICEREADER_INDEX_DIR", str(tmp_path / "envdir"))
    engine = Engine(corpus)
    engine.sync()
    assert engine.base.parent == tmp_path / "envdir" and (engine.base / "CURRENT").exists()
    explicit = Engine(corpus, tmp_path / "flag")
    assert explicit.base.parent == tmp_path / "flag"


def test_related_same_speaker_is_the_same_person_not_the_same_surname(tmp_path: Path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, who in (("a.txt", "Donald Trump"), ("b.txt", "Ivanka Trump"), ("c.txt", "Donald Trump")):
        (corpus / name).write_text(
            f'Story {name}\n\n"We will look at every option on the border," {who} said on Monday in {name[0]}ville.\n',
            encoding="utf-8",
        )
    engine = Engine(corpus, tmp_path / "idx")
    engine.sync()
    related = engine.related("a.txt", 1)
    same = {r.article_id: r.reasons for r in related if any(x.startswith("same speaker") for x in r.reasons)}
    assert set(same) == {"c.txt"} and "same speaker: Donald Trump" in same["c.txt"]


def test_corpus_views_are_new_lists_that_callers_may_change(bundled_engine: Engine):
    """A caller that sorts or filters the speakers or the ledger must not change what the next
    caller (another window, the CLI) is given."""
    speakers, groups = bundled_engine.speakers(), bundled_engine.figure_groups()
    assert speakers and groups
    speakers.clear()
    groups.reverse()
    assert bundled_engine.speakers() and bundled_engine.figure_groups()[0] is not groups[0]


PHRASE_TEXTS = [
    "Agents took him to the detention center in Tacoma on Friday.",
    "The center of detention was closed; detention officers left the center.",
    "The county detention, center of the dispute, stayed open.",
    "Detention center detention center: the words twice in a row.",
    "She said the immigration detention center near Tacoma holds 1,500 people.",
    "Immigration agents detained people near the center.",
    "The detention center was near; the center detention rules were not.",  # both pairs, not in a row
]


@pytest.mark.parametrize(
    "phrase",
    [
        '"detention center"',
        '"center detention"',
        '"immigration detention center"',
        '"detention center detention"',
        '"detention center detention center"',
        '"detention center near tacoma"',
        '"center of the dispute"',
        '"detention officers left"',
        '"immigration agents detained"',
        '"tacoma detention"',
        '"detention center" tacoma',
        '"detention center" OR "immigration agents"',
        '"detention center" NOT friday',
    ],
)
def test_phrases_looked_up_by_word_pairs_match_what_positions_match(tmp_path: Path, phrase: str):
    """The pairs field only narrows: a phrase finds exactly the passages Whoosh's positional phrase
    query finds (words in a row as the body indexes them), no more and no fewer."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for n, text in enumerate(PHRASE_TEXTS):
        (corpus / f"p{n}.txt").write_text(f"Story {n}\n\n{text}\n", encoding="utf-8")
    engine = Engine(corpus, tmp_path / "idx")
    engine.sync()
    reader = store.Reader(engine.base / generation(engine).strip())
    try:
        q = reader.parse(phrase)
        positional = {hit["id"] for hit in reader.searcher.search(q, limit=None)}
        _top, total, refs = reader.search(q, limit=100, every=True)
        assert {f"{a}#{p}" for a, p in refs} == positional and total == len(positional)
    finally:
        reader.close()


def test_related_the_same_quote_comes_first(tmp_path: Path):
    """A quote repeated word for word in another article (a wire copy, a quote reused) is the
    strongest tie: it ranks above passages that only share the speaker (the walk-through found it
    third, as 'same speaker' only)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    quote = "There are only so many enforcement officers, and they cannot be everywhere at once in this city"
    (corpus / "a.txt").write_text(
        f'Agents Stretched Thin Across the City\n\n"{quote}," said Stephen Yale-Loehr.\n', encoding="utf-8"
    )
    (corpus / "b.txt").write_text(
        "Lawyers Weigh the New Enforcement Memos\n\n"
        '"The law gives the agency wide discretion over every case it brings," said Stephen Yale-Loehr.\n\n'
        f"Yale-Loehr added: “{quote}.”\n",
        encoding="utf-8",
    )
    engine = Engine(corpus, tmp_path / "idx")
    engine.sync()
    related = engine.related("a.txt", 1)
    assert related[0].article_id == "b.txt" and related[0].paragraph == 2
    assert any(r.startswith("same quote: “there are only so many") for r in related[0].reasons)


def test_related_same_event_needs_a_name_that_is_no_place_or_agency(tmp_path: Path):
    """Releases announced with the New York police all name "New York" and "NYPD": the walk-through
    found a detainer story linked to four terrorism and arms cases as "same event: New York, NYPD".
    An operation's name with a place still ties two stories of one event."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    filler = "".join(f"Unrelated passage number {i} about the weather and the harvest.\n\n" for i in range(40))
    (corpus / "a.txt").write_text(
        "Officer Honored at the White House\n\nAn NYPD officer arrested the man on the streets of New York, "
        "and New York City released him before a detainer could be issued by federal agents.\n\n"
        "Operation Safe City agents arrested 101 people in Los Angeles during the four-day sweep.\n\n" + filler,
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        "Brooklyn Man Pleads Guilty\n\nThe plea was announced by the Eastern District of New York and the "
        "Commissioner of the New York City Police Department (NYPD), after an arrest by federal agents.\n\n"
        "In Los Angeles, Operation Safe City ended with 101 people arrested by federal agents over four days.\n\n"
        + filler,
        encoding="utf-8",
    )
    engine = Engine(corpus, tmp_path / "idx")
    engine.sync()
    assert not any(r.startswith("same event") for x in engine.related("a.txt", 1) for r in x.reasons)
    assert any(r.startswith("same event") for x in engine.related("a.txt", 2) for r in x.reasons)
