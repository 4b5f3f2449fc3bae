"""The one-shot subcommands: each prints to stdout (text, JSON or CSV) and returns an exit code."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict

from rich.console import Console
from rich.text import Text

from ...index.engine import READABLE, Engine, read_article
from ...index.errors import CorpusError, UnreadableFile
from ...index.model import ArticleMeta, Figure, Quote, SyncReport
from ..text import plural

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _progress_printer():
    """A one-line progress counter on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, label: str) -> None:
        line = f"indexing {done}/{total} {label[:50]}" if total else label
        err.print(f"\r{line:<70}", end="", markup=False)

    return show


def _sync(engine: Engine, rebuild: bool = False) -> SyncReport:
    report = engine.sync(rebuild=rebuild, progress=_progress_printer())
    if sys.stderr.isatty():
        err.print("\r" + " " * 70 + "\r", end="")
    return report


def open_engine(corpus: str | None, index_dir: str | None) -> Engine:
    """An up-to-date engine for a query command; says so on stderr when it had to index."""
    engine = Engine(corpus, index_dir)
    report = _sync(engine)
    if not report.up_to_date:
        _summary(engine, report, verbose=False, stream=err)
    if report.files == len(report.skipped):
        raise CorpusError(f"no readable articles ({READABLE}) in {engine.root}")
    return engine


def _summary(engine: Engine, report: SyncReport, verbose: bool, stream: Console) -> None:
    what = "built" if report.rebuilt else ("updated" if not report.up_to_date else "up to date")
    detail = [report.changes()] if report.changes() else []
    if report.skipped:
        detail.append(f"{len(report.skipped)} skipped" + ("" if verbose else " (--verbose lists them)"))
    line = f"index {what}: {report.articles} articles in {report.seconds:.2f} s"
    stream.print(line + (f" ({', '.join(detail)})" if detail else ""), markup=False)
    if report.reason:
        stream.print(f"note: {report.reason}", markup=False)
    if verbose:
        for s in report.skipped:
            stream.print(f"  skipped {s.path}: {s.reason}", markup=False)
        stream.print(f"files read: {READABLE} (files of other kinds are passed over, unlisted)", markup=False)
        stream.print(f"index folder: {engine.base}", markup=False)


def index(corpus: str | None, index_dir: str | None, args: argparse.Namespace) -> int:
    engine = Engine(corpus, index_dir)
    _summary(engine, _sync(engine, rebuild=args.rebuild), args.verbose, out)
    return 0


def search(engine: Engine, args: argparse.Namespace) -> int:
    result = engine.search(" ".join(args.query), limit=args.limit)
    if args.json:
        metas = _articles(engine)
        hits = [dict(asdict(h), **_cite(metas.get(h.article_id), h.article_id)) for h in result.hits]
        print(
            json.dumps(
                {"query": result.query, "total": result.total, "message": result.message, "hits": hits},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if result.message and not result.hits:
        err.print(result.message, markup=False)
        return 1
    out.print(f"{result.total} passages match; showing {len(result.hits)}", markup=False, style="bold")
    metas = _articles(engine)
    for n, hit in enumerate(result.hits, 1):
        line = f"\n{n}. {_source_line(metas.get(hit.article_id), hit.article_id)}  ¶{hit.paragraph}  [{hit.article_id}]"
        out.print(Text(line, style="bold cyan"))
        body = Text(hit.text)
        for s, e in hit.highlights:
            body.stylize("bold reverse", s, e)
        out.print(body)
    return 0


CITE_FIELDS = ["article", "title", "outlet", "date", "url"]


def _articles(engine: Engine) -> dict[str, ArticleMeta]:
    return {m.id: m for m in engine.articles()}


def _cite(meta: ArticleMeta | None, article_id: str) -> dict[str, str | None]:
    """What a row needs to be cited from the output alone: the article's id, title, outlet,
    date and url."""
    if meta is None:
        return {"article": article_id, "title": "", "outlet": None, "date": None, "url": None}
    return {"article": article_id, "title": meta.title, "outlet": meta.outlet, "date": meta.date, "url": meta.url}


def _source_line(meta: ArticleMeta | None, article_id: str) -> str:
    """ "Title (Outlet, 2017-09-28)" for text output."""
    if meta is None:
        return article_id
    where = ", ".join(b for b in (meta.outlet, meta.date) if b)
    return f"{meta.title} ({where})" if where else meta.title


def _write_csv(rows: list[dict], fields: list[str]) -> None:
    w = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)


QUOTE_FIELDS = ["paragraph", "start", "end", "speaker", "speaker_surface", "role", "rule", "confidence"]


def quotes(engine: Engine, args: argparse.Namespace) -> int:
    fmt = args.format or ("json" if args.json else "csv" if args.csv else "text")
    speakers = engine.find_speakers(args.speaker) if args.speaker else []
    if args.speaker and not speakers:
        err.print(f"no speaker matches {args.speaker!r} (see 'icereader speakers')", markup=False)
        return 1
    if len(speakers) > 1 and not args.all:
        err.print(f"{args.speaker!r} matches {len(speakers)} speakers; name one, or add --all:", markup=False)
        for s in speakers:
            err.print(_speaker_line(s))
        return 2
    found = [q for s in speakers for q in engine.quotes(s)] if speakers else engine.quotes()
    if fmt == "md":
        from ..cite import fact_check_sheet

        names = ", ".join(s.name for s in speakers)
        heading = f"Fact-check sheet: quotes by {names}" if speakers else "Fact-check sheet: every quote"
        print(fact_check_sheet(found, _articles(engine), heading), end="")
        return 0
    if speakers and fmt == "text":
        for s in speakers:
            out.print(_speaker_line(s))
        out.print()
    metas = _articles(engine)
    rows = [dict(q.to_json(), **_cite(metas.get(q.article_id), q.article_id)) for q in found]
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        _write_csv(rows, [*CITE_FIELDS, *QUOTE_FIELDS, "doubtful", "reason", "text"])
    else:
        for q in found:
            _print_quote(q, _source_line(metas.get(q.article_id), q.article_id))
    return 0


def _print_quote(q: Quote, title: str, explain: bool = False) -> None:
    """The speaker (dimmed with "?" when doubtful), role and source, then the quote; with
    `explain`, why the speaker was given."""
    if q.speaker:
        who = Text(f"{q.speaker}?" if q.doubtful else q.speaker, style="dim" if q.doubtful else "bold")
    else:
        who = Text("unattributed", style="dim")
    if q.role:
        who.append(f", {q.role}", style="")
    who.append(f"  — {title} ¶{q.paragraph}", style="dim")
    out.print(who)
    out.print(Text(f"  “{q.text}”"))
    if explain or q.doubtful:
        surface = f"; written “{q.speaker_surface}”" if explain and q.speaker_surface else ""
        out.print(Text(f"    why: {q.why}{surface}", style="dim"))
    out.print()


VERDICTS = {
    "conflict": ("POSSIBLE CONFLICT", "bold red"),
    "consistent": ("CONSISTENT", "bold cyan"),
    "agree": ("AGREE", "bold green"),
    "single": ("ONCE", "dim"),
}


def figures_by_topic(engine: Engine, args: argparse.Namespace) -> int:
    """The ledger: facts with their members (figure, qualifier, article), the words that tie
    them, and a possible conflict's two sentences."""
    groups = engine.figure_groups()
    metas = _articles(engine)
    if args.json:

        def cited(f: Figure) -> dict:
            return dict(f.to_json(), **_cite(metas.get(f.article_id), f.article_id))

        print(
            json.dumps(
                [
                    {
                        "label": g.label,
                        "verdict": g.verdict,
                        "notes": g.notes,
                        "evidence": g.evidence,
                        "articles": g.article_ids,
                        "figures": [cited(f) for f in g.figures],
                        "conflicts": [
                            {
                                "note": c.note,
                                "a": dict(cited(c.a), sentence=c.a_sentence),
                                "b": dict(cited(c.b), sentence=c.b_sentence),
                            }
                            for c in g.conflicts
                        ],
                    }
                    for g in groups
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if args.csv:
        _write_csv(
            [
                dict(
                    f.to_json(),
                    group=n,
                    label=g.label,
                    verdict=g.verdict,
                    **_cite(metas.get(f.article_id), f.article_id),
                )
                for n, g in enumerate(groups)
                for f in g.figures
            ],
            ["group", "label", "verdict", *CITE_FIELDS, "paragraph", "text", "value", "qualifier", "counts"],
        )
        return 0
    shared = [g for g in groups if len(g.figures) > 1]
    for g in shared:
        word, style = VERDICTS[g.verdict]
        head = Text(f"{word:<18}", style=style)
        head.append(g.label or "(what it counts is unclear)", style="bold")
        head.append(f"  {plural(len(g.figures), 'citation')} in {plural(len(g.article_ids), 'article')}", style="dim")
        out.print(head)
        for f in g.figures:
            line = Text(f"  {f.text:>22}  ", style="bold")
            line.append(f"{_source_line(metas.get(f.article_id), f.article_id)} ¶{f.paragraph}")
            out.print(line)
        if g.evidence:
            out.print(Text(f"    tied by: {', '.join(g.evidence)}", style="dim"))
        for c in g.conflicts:
            out.print(Text(f"    {c.note}", style="italic"))
            for f, sentence in ((c.a, c.a_sentence), (c.b, c.b_sentence)):
                out.print(Text(f"      “{f.text}”: {sentence}", style="dim"))
        for note in g.notes if not g.conflicts else []:
            out.print(Text(f"    {note}", style="italic"))
        out.print()
    singles = len(groups) - len(shared)
    conflicts = sum(g.verdict == "conflict" for g in shared)
    out.print(
        Text(
            f"{plural(len(shared), 'fact')} cited more than once ({plural(conflicts, 'possible conflict')}); "
            f"{singles} cited once (--json lists all)",
            style="dim",
        )
    )
    return 0


def figures(engine: Engine, args: argparse.Namespace) -> int:
    if args.by_topic:
        return figures_by_topic(engine, args)
    found = engine.figures()
    metas = _articles(engine)
    rows = [dict(f.to_json(), **_cite(metas.get(f.article_id), f.article_id)) for f in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif args.csv:
        _write_csv(rows, [*CITE_FIELDS, "paragraph", "start", "end", "text", "value", "qualifier", "unit", "counts"])
    else:
        current = None
        for f in found:
            if f.article_id != current:
                current = f.article_id
                out.print(Text(f"\n{_source_line(metas.get(f.article_id), f.article_id)}", style="bold cyan"))
            line = Text(f"  {f.text:>22}", style="bold")
            line.append(f"  {f.label}")
            out.print(line)
    return 0


def related(engine: Engine, args: argparse.Namespace) -> int:
    """Passages of other articles related to one paragraph, with the reasons."""
    metas = _articles(engine)
    meta = _find_article(list(metas.values()), args.file)
    if meta is None:
        err.print(f"no article {args.file!r} in {engine.root} (see 'icereader index -v')", markup=False)
        return 1
    found = engine.related(meta.id, args.paragraph, limit=args.limit)
    rows = [
        dict(_cite(metas.get(r.article_id), r.article_id), paragraph=r.paragraph, text=r.text, reasons=r.reasons)
        for r in found
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    out.print(Text(f"Related to {_source_line(meta, meta.id)} ¶{args.paragraph}", style="bold"))
    if not found:
        out.print(Text("nothing closely related in other articles", style="dim"))
    for n, r in enumerate(found, 1):
        out.print(
            Text(
                f"\n{n}. {_source_line(metas.get(r.article_id), r.article_id)}  ¶{r.paragraph}  [{r.article_id}]",
                style="bold cyan",
            )
        )
        for reason in r.reasons:
            out.print(Text(f"   {reason}", style="italic"))
        out.print(Text(r.text))
    return 0


def _find_article(metas: list[ArticleMeta], name: str) -> ArticleMeta | None:
    """The article a user named: its id, its path in the corpus, or a path ending with it."""
    for test in (
        lambda m: name in (m.id, m.path),
        lambda m: m.path.endswith("/" + name) or name.endswith("/" + m.path),
        lambda m: m.path.rsplit("/", 1)[-1] == name.rsplit("/", 1)[-1],
    ):
        matches = [m for m in metas if test(m)]
        if len(matches) == 1:
            return matches[0]
    return None


def speakers(engine: Engine, args: argparse.Namespace) -> int:
    found = engine.speakers()
    if args.json:
        metas = _articles(engine)
        print(
            json.dumps(
                [dict(asdict(s), articles=[_cite(metas.get(a), a) for a in s.article_ids]) for s in found],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for s in found:
        out.print(_speaker_line(s))
    return 0


def _speaker_line(s) -> Text:
    line = Text(s.name, style="bold")
    if s.role:
        line.append(f", {s.role}")
    if s.organisation and s.organisation != s.name and s.organisation not in (s.role or ""):
        line.append(f" ({s.organisation})")
    line.append(f"  {plural(s.quote_count, 'quote')} in {plural(len(s.article_ids), 'article')}", style="dim")
    others = [a for a in s.aliases if a != s.name]
    if others:
        line.append(f"  also: {', '.join(others)}", style="dim")
    if len(s.roles) > 1:
        line.append(f"  roles: {'; '.join(s.roles)}", style="dim")
    return line


def extract(files: list[str], as_json: bool, explain: bool) -> int:
    results, failures = [], 0
    for name in files:
        try:
            article = read_article(name)
        except UnreadableFile as e:
            err.print(f"icereader: skipped {name}: {e}", markup=False)
            failures += 1
            continue
        results.append(article)
    if as_json:
        rows = []
        for a in results:
            quotes = [q.to_json() for q in a.quotes]
            rows.append(
                {
                    "file": a.path,
                    "title": a.title,
                    "url": a.url,
                    "outlet": a.outlet,
                    "date": a.date,
                    "byline": a.byline,
                    "quotes": quotes,
                    "figures": [f.to_json() for f in a.figures],
                }
            )
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for a in results:
            out.print(Text(f"{a.path}: {_source_line(a.meta, a.path)}", style="bold cyan"))
            if a.url:
                out.print(Text(a.url, style="dim"))
            for q in a.quotes:
                _print_quote(q, a.path, explain)
            for f in a.figures:
                out.print(Text(f"  {f.text:>22}  {f.label}"))
    return 1 if failures and not results else 0
