"""The `icereader` command: opens the reader, or answers one question and exits.

Every failure a user can cause (a missing folder, an unwritable cache, a bad file, a busy index)
ends as one line on stderr and a non-zero exit; a traceback only appears with ICEREADER_DEBUG=1.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import NoReturn

from ...index.errors import CorpusError, IndexBroken, IndexBusy, IndexLocationError

EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130


class _Version(argparse.Action):
    """--version, reading the installed version only when asked (importlib.metadata costs
    ~40 ms of start-up)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit", **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("icereader")
        except PackageNotFoundError:
            number = "unknown"
        print(f"icereader {number}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage dump
        raise SystemExit(_fail(f"{message} (see 'icereader --help')", EXIT_USAGE))


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"icereader: error: {message}", file=sys.stderr)
    return code


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--corpus",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder of articles: .txt, .md, .html, .pdf (default: the bundled articles)",
    )
    common.add_argument(
        "--index-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where indexes are kept (default: the user cache dir, or $ICEREADER_INDEX_DIR)",
    )
    p = _Parser(
        prog="icereader",
        parents=[common],
        description="Read news on immigration enforcement: who said what, which numbers, how articles relate.",
        epilog="Run without a command to open the reader; icereader FOLDER opens it on FOLDER.",
    )
    p.add_argument("--version", action=_Version)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("index", parents=[common], help="build or update the index")
    s.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    s.add_argument("--verbose", "-v", action="store_true", help="list skipped files and why")

    s = sub.add_parser("search", parents=[common], help="ranked passages matching a query")
    s.add_argument("query", nargs="+", help='words, "phrases", speaker:NAME, AND/OR/NOT, prefix*')
    s.add_argument("--limit", type=_positive, default=20, metavar="N")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("quotes", parents=[common], help="every quote, or one speaker's")
    s.add_argument("--speaker", metavar="NAME")
    s.add_argument("--all", action="store_true", help="with --speaker: every speaker the name matches")
    _formats(s, csv=True, md=True)

    s = sub.add_parser("figures", parents=[common], help="every figure the articles cite")
    s.add_argument(
        "--by-topic",
        action="store_true",
        help="the facts the figures state across articles, with possible conflicts and their sentences",
    )
    _formats(s, csv=True)

    s = sub.add_parser("related", parents=[common], help="passages of other articles related to one paragraph")
    s.add_argument("file", metavar="FILE", help="an article of the corpus: its id or path")
    s.add_argument("paragraph", metavar="PARAGRAPH", type=_paragraph, help="its paragraph (0 is the headline)")
    s.add_argument("--limit", type=_positive, default=10, metavar="N")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("speakers", parents=[common], help="everyone quoted, merged across articles")
    _formats(s, csv=False)

    s = sub.add_parser("extract", help="quotes and figures of files, without an index")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.add_argument("--explain", action="store_true", help="show which rule attributed each quote")
    return p


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return n


def _paragraph(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be a paragraph number (0 or more), not {text!r}")
    return n


def _formats(p: argparse.ArgumentParser, csv: bool, md: bool = False) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    if csv:
        g.add_argument("--csv", action="store_true")
    if md:
        g.add_argument(
            "--format",
            choices=["text", "json", "csv", "md"],
            help="md: a Markdown fact-check sheet (a checkbox per quote, grouped by article)",
        )


def main(argv: list[str] | None = None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(_folder_as_corpus(sys.argv[1:] if argv is None else argv, parser))
        return _run(args)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else EXIT_ERROR
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        sys.stderr.close()  # output piped into `head`: not an error
        return 0
    except Exception as e:  # the last line of defence: one line, never a traceback
        if os.environ.get("ICEREADER_DEBUG"):
            raise
        return _fail(_describe(e))


def _folder_as_corpus(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """`icereader ~/stories` opens the reader on that folder, as `--corpus ~/stories` does (the
    way `tl FILE` opens a log): a last word that is a folder, with no command before it."""
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if (
        argv
        and not argv[-1].startswith("-")
        and argv[-2:-1] not in (["--corpus"], ["--index-dir"])
        and not any(a in commands for a in argv)
        and Path(argv[-1]).is_dir()
    ):
        return [*argv[:-1], "--corpus", argv[-1]]
    return argv


def _describe(e: Exception) -> str:

    if isinstance(e, (CorpusError, IndexLocationError, IndexBusy, IndexBroken)):
        return str(e)
    if isinstance(e, OSError):
        return f"{e.strerror or e}: {e.filename}" if e.filename else str(e)
    return f"unexpected {type(e).__name__}: {e} (set ICEREADER_DEBUG=1 for details)"


def _run(args: argparse.Namespace) -> int:
    corpus, index_dir = getattr(args, "corpus", None), getattr(args, "index_dir", None)
    if args.command is None:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            return _fail(
                "the reader needs a terminal; without one use a command: index, search, quotes, "
                "figures, related, speakers, extract (see 'icereader --help')",
                EXIT_USAGE,
            )
        # Paused until just after the reader's first frame (IceReaderApp.first_frame_shown):
        # start-up makes tens of thousands of objects that live as long as the app, and
        # collecting among them took a fifth of the time to the first frame.
        gc.disable()
        from ...index.engine import Engine

        engine = Engine(corpus, index_dir)  # fails fast on a missing folder, before the screen opens
        from ..app import IceReaderApp

        app = IceReaderApp(engine)
        app.run()
        return app.return_code or 0  # non-zero when the app stopped on an error
    from . import commands  # not before the reader opens: it loads the extractor and its patterns

    if args.command == "extract":
        return commands.extract(args.files, as_json=args.json, explain=args.explain)
    if args.command == "index":
        return commands.index(corpus, index_dir, args)
    engine = commands.open_engine(corpus, index_dir)
    return getattr(commands, args.command)(engine, args)


if __name__ == "__main__":
    sys.exit(main())
