"""The command line: every subcommand, its JSON/CSV forms, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from icereader.index.sync.scan import bundled_corpus
from icereader.tui.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("icereader ")
    code, out, _ = run(capsys, "--help")
    assert code == 0 and all(c in out for c in ("index", "search", "quotes", "figures", "speakers", "extract"))


def test_index_then_up_to_date(capsys, corpus: Path):
    code, out, _ = run(capsys, "index", "--corpus", str(corpus))
    assert code == 0 and "index built: 5 articles" in out
    code, out, _ = run(capsys, "index", "--corpus", str(corpus), "--verbose")
    assert code == 0 and "up to date" in out and "index folder:" in out


def test_search_json(capsys):
    code, out, _ = run(capsys, "search", "homan", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] >= 2
    hit = data["hits"][0]
    s, e = hit["highlights"][0]
    assert hit["text"][s:e] == "Homan"


def test_search_text_and_limit(capsys):
    code, out, _ = run(capsys, "search", "arrested", "--limit", "2")
    assert code == 0 and "showing 2" in out and "\n1. " in out and "\n3. " not in out


def test_search_without_results_says_so(capsys):
    code, _, err = run(capsys, "search", "zzzzqqq")
    assert code == 1 and "no passages match" in err


def test_quotes_by_speaker_json_and_csv(capsys):
    code, out, _ = run(capsys, "quotes", "--speaker", "Lucero", "--json")
    quotes = json.loads(out)
    assert code == 0 and len(quotes) == 3 and {q["speaker"] for q in quotes} == {"Henry Lucero"}
    code, out, _ = run(capsys, "quotes", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) >= 20 and {"speaker", "text", "article"} <= set(rows[0])


def test_unknown_speaker(capsys):
    code, _, err = run(capsys, "quotes", "--speaker", "Nobody Known")
    assert code == 1 and "no speaker matches" in err


def test_figures_and_speakers(capsys):
    code, out, _ = run(capsys, "figures", "--json")
    figures = json.loads(out)
    assert code == 0 and any(f["text"] == "498" and f["value"] == 498 for f in figures)
    code, out, _ = run(capsys, "speakers", "--json")
    names = {s["name"] for s in json.loads(out)}
    assert code == 0 and {"Tom Homan", "Henry Lucero", "ICE"} <= names


def test_extract_json_shape_and_offsets(capsys):
    path = next(bundled_corpus().glob("003_*.txt"))
    code, out, _ = run(capsys, "extract", str(path), "--json")
    [doc] = json.loads(out)
    assert code == 0 and doc["file"] == str(path) and doc["title"].startswith("Nearly 500")
    from icereader.index.text.clean import clean

    text = clean(path.read_text(encoding="utf-8")).text
    for q in doc["quotes"]:
        assert set(q) >= {"text", "speaker", "speaker_surface", "role", "start", "end", "paragraph"}
        assert text[q["start"] : q["end"]] == q["text"]
    for f in doc["figures"]:
        assert set(f) >= {"text", "value", "counts", "start", "end", "paragraph"}
        assert text[f["start"] : f["end"]] == f["text"]


def test_extract_explain_names_rules(capsys):
    """--explain gives each quote's confidence, reason and rule; --json carries them too."""
    path = next(bundled_corpus().glob("001_*.txt"))
    code, out, _ = run(capsys, "extract", str(path), "--explain")
    assert code == 0 and "why: " in out and "% sure): " in out and "[quote-name-said]" in out
    code, out, _ = run(capsys, "extract", str(path), "--json")
    quotes = json.loads(out)[0]["quotes"]
    assert all({"rule", "confidence", "doubtful", "reason"} <= set(q) for q in quotes)
    assert all(0 < q["confidence"] <= 1 for q in quotes if q["speaker"])


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--corpus", "/no/such/folder", "index"], "corpus folder not found"),
        (["search", "x", "--corpus", __file__], "not a file"),
        (["search", "x", "--limit", "0"], "--limit"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_errors_are_one_line(capsys, argv, fragment):
    code, out, err = run(capsys, *argv)
    assert code != 0 and fragment in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_index_verbose_prints_one_summary(capsys, corpus: Path):
    run(capsys, "index", "--corpus", str(corpus))
    (corpus / "empty.txt").write_bytes(b"")
    code, out, _ = run(capsys, "index", "--corpus", str(corpus), "--verbose")
    summaries = [
        line for line in out.splitlines() if line.startswith(("index built", "index updated", "index up to date"))
    ]
    assert code == 0 and len(summaries) == 1 and "skipped empty.txt: empty file" in out


def test_empty_corpus_is_an_error_for_queries(capsys, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "quotes", "--corpus", str(tmp_path / "empty"))
    assert code == 1 and "no readable articles" in err


def test_speaker_names_match_whole_words_or_prefixes(capsys):
    code, _, err = run(capsys, "quotes", "--speaker", "he")
    assert code == 1 and "no speaker matches" in err
    code, out, _ = run(capsys, "quotes", "--speaker", "Luc", "--json")
    assert code == 0 and {q["speaker"] for q in json.loads(out)} == {"Henry Lucero"}


def test_extract_missing_file(capsys):
    code, _, err = run(capsys, "extract", "/no/such/file.txt")
    assert code == 1 and "file not found" in err


def test_extract_unreadable_file(capsys, tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "extract", str(empty), "--json")
    assert code == 1 and "empty file" in err and "Traceback" not in err


def test_unwritable_index_dir_names_the_option(capsys, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "index", "--index-dir", str(blocker / "sub"))
    assert code == 1 and "--index-dir" in err and str(blocker) in err


def test_console_script_runs():
    done = subprocess.run([sys.executable, "-m", "icereader.tui.cli", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("icereader ")


def test_figures_by_topic(capsys):
    code, out, _ = run(capsys, "figures", "--by-topic")
    assert code == 0 and "AGREE" in out and "cited more than once" in out
    code, out, _ = run(capsys, "figures", "--by-topic", "--json")
    groups = json.loads(out)
    la = next(g for g in groups if [f["text"] for f in g["figures"]] == ["101", "101"])
    assert la["verdict"] == "agree" and len(la["articles"]) == 2


def test_quotes_for_a_speaker_start_with_their_page(capsys):
    code, out, _ = run(capsys, "quotes", "--speaker", "lucero")
    assert code == 0 and out.startswith("Henry Lucero, ICE spokesman")


def test_without_a_terminal_the_reader_names_the_commands_and_exits():
    done = subprocess.run(
        [sys.executable, "-m", "icereader.tui.cli"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=30,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "search" in done.stderr and "quotes" in done.stderr


def test_a_folder_alone_is_the_corpus_to_open(capsys, tmp_path: Path):
    """`icereader ~/stories` opens the reader on that folder (here, with no terminal, the one-line
    message the reader gives), as `--corpus ~/stories` does; a command still takes its words."""
    folder = tmp_path / "stories"
    folder.mkdir()
    code, _, err = run(capsys, str(folder))
    assert code == 2 and "the reader needs a terminal" in err
    code, _, err = run(capsys, str(tmp_path / "missing"))
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "search", "--corpus", str(folder), "--index-dir", str(tmp_path / "i"), str(folder))
    assert code in (0, 1) and "terminal" not in err and "invalid choice" not in err  # searched, not opened


PAGE = (
    "<!DOCTYPE html><html><head><title>Agents arrest 12 in Denver</title>"
    "<meta property='og:site_name' content='Denver Daily'><meta name='author' content='Ana Ruiz'>"
    "<meta property='article:published_time' content='2019-07-14'>"
    "<link rel='canonical' href='https://denverdaily.example/agents-arrest-12'></head><body><article>"
    "<h1>Agents arrest 12 in Denver</h1><p>Agents arrested 12 people in Denver on Sunday, the agency said in a "
    'statement released in the afternoon.</p><p>"We were not told in advance about any of this," said Mayor '
    "Michael Hancock.</p></article></body></html>"
)
CITE = {
    "title": "Agents arrest 12 in Denver",
    "outlet": "Denver Daily",
    "date": "2019-07-14",
    "url": "https://denverdaily.example/agents-arrest-12",
}


def test_extract_json_carries_provenance(capsys, tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(page), "--json")
    [doc] = json.loads(out)
    assert code == 0 and {k: doc[k] for k in CITE} == CITE and doc["byline"] == "Ana Ruiz"


def test_every_output_naming_an_article_can_be_cited(capsys, tmp_path: Path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    where = ["--corpus", str(folder)]
    for argv in (["quotes", "--json"], ["figures", "--json"], ["search", "Denver", "--json"]):
        code, out, _ = run(capsys, *argv, *where)
        data = json.loads(out)
        rows = data["hits"] if isinstance(data, dict) else data
        assert code == 0 and rows and all({k: row[k] for k in CITE} == CITE for row in rows), argv
    for argv in (["quotes", "--csv"], ["figures", "--csv"]):
        code, out, _ = run(capsys, *argv, *where)
        rows = list(csv.DictReader(io.StringIO(out)))
        assert code == 0 and rows and all({k: row[k] for k in CITE} == CITE for row in rows), argv
    code, out, _ = run(capsys, "speakers", "--json", *where)
    [speaker] = json.loads(out)
    assert {k: speaker["articles"][0][k] for k in CITE} == CITE
    code, out, _ = run(capsys, "quotes", *where)
    assert "Agents arrest 12 in Denver (Denver Daily, 2019-07-14)" in out


def test_speaker_name_matching_several_people_lists_them(capsys, tmp_path: Path):
    """`quotes --speaker clinton` picked one of several Clintons silently: it now lists the
    candidates (exit 2), and --all takes every one; the CSV carries rule, confidence and reason."""
    folder = tmp_path / "clintons"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Clintons on the trail\n\n"
        '"We will build an economy that works for everyone," Hillary Clinton said on Monday.\n\n'
        '"She is the most qualified candidate in my lifetime," Bill Clinton said on Tuesday.\n',
        encoding="utf-8",
    )
    index = ["--corpus", str(folder), "--index-dir", str(tmp_path / "index")]
    code, out, err = run(capsys, "quotes", "--speaker", "clinton", *index)
    assert code == 2 and "matches 2 speakers" in err and "Hillary Clinton" in err and "Bill Clinton" in err
    code, out, _ = run(capsys, "quotes", "--speaker", "clinton", "--all", "--csv", *index)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and sorted(r["speaker"] for r in rows) == ["Bill Clinton", "Hillary Clinton"]
    assert all(r["rule"] == "quote-name-said" and float(r["confidence"]) > 0.9 and r["reason"] for r in rows)
    code, out, _ = run(capsys, "quotes", "--speaker", "hillary clinton", "--json", *index)
    assert code == 0 and [q["speaker"] for q in json.loads(out)] == ["Hillary Clinton"]


def test_related_names_the_fact_and_cites_each_passage(capsys):
    code, out, _ = run(capsys, "related", "004_7c372853e00591b9.txt", "8")
    assert code == 0 and out.startswith("Related to ICE Is Making An Example")
    assert "same fact: 498 people arrested in a four-day operation" in out
    code, out, _ = run(capsys, "related", "004_7c372853e00591b9.txt", "8", "--json")
    rows = json.loads(out)
    assert rows and set(rows[0]) == {"article", "title", "outlet", "date", "url", "paragraph", "text", "reasons"}
    assert all(r["article"] != "004_7c372853e00591b9.txt" and r["reasons"] for r in rows)
    assert any(x.startswith("same fact: 317") for r in rows for x in r["reasons"])


def test_related_takes_a_path_and_says_when_the_article_is_unknown(capsys):
    corpus = bundled_corpus()
    code, out, _ = run(capsys, "related", str(corpus / "003_f04f637e484eb0ba.txt"), "2", "--json")
    assert code == 0 and any("498" in x for r in json.loads(out) for x in r["reasons"])
    code, _, err = run(capsys, "related", "nope.txt", "1")
    assert code == 1 and "no article 'nope.txt'" in err
    code, _, err = run(capsys, "related", "003_f04f637e484eb0ba.txt", "-1")
    assert code == 2 and "paragraph number" in err


def test_quotes_as_a_markdown_fact_check_sheet(capsys, tmp_path: Path):
    """`quotes --format md`: one checkbox per quote with its speaker and paragraph, grouped under
    each article's title, outlet, date and link; article text cannot inject Markdown."""
    code, out, _ = run(capsys, "quotes", "--speaker", "lucero", "--format", "md")
    code_json, data, _ = run(capsys, "quotes", "--speaker", "lucero", "--json")
    quotes = json.loads(data)
    quotes = quotes["quotes"] if isinstance(quotes, dict) else quotes
    assert code == code_json == 0 and out.startswith("# Fact-check sheet: quotes by Henry Lucero")
    boxes = [line for line in out.splitlines() if line.startswith("- [ ] “")]
    assert len(boxes) == len(quotes) == 3
    assert out.count("  — Henry Lucero") == 3 and "## 1. ICE prepares targeted arrests" in out
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        'Story with *stars*\n\n"Deport them all [now](http://x) <b>today</b>," Mayor Ann Lee said.\n', encoding="utf-8"
    )
    code, out, _ = run(capsys, "quotes", "--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "--format", "md")
    assert code == 0 and "## 1. Story with \\*stars\\*" in out
    assert "\\[now\\](http://x) \\<b\\>today\\</b\\>" in out and "<b>" not in out
