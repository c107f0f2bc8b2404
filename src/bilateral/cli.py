"""
The ``bilateral`` command line: parse articles, print the schema, validate documents, evaluate.

A thin layer over the public API; every failure is one line on standard error and a non-zero
exit status (1 for invalid input, 2 for usage errors).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections.abc import Iterator, Sequence

from bilateral import __name__ as _package
from bilateral.assembly import parse
from bilateral.errors import BilateralError
from bilateral.io import decode
from bilateral.lexicons import available_languages
from bilateral.model import Report
from bilateral.serialise import json_schema
from bilateral.serialise.json import dumps, loads

__all__ = ["main"]

_DESCRIPTION = """\
Extract visits, officials, meetings, agreements and targets from news articles
about the relations between two countries, as JSON reports (format bilateral/1).

examples:
  bilateral parse article.txt --published 2025-11-26
  bilateral parse corpus/ --format jsonl > reports.jsonl
  cat article.txt | bilateral parse - --language en
  bilateral validate report.json
  bilateral evaluate seeds/
"""


class _CommandError(Exception):
    """A user-facing error: one line, then exit status 1."""


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    for name in paths:
        if name == "-":
            yield "-", decode(sys.stdin.buffer.read(), source="<stdin>")
            continue
        path = pathlib.Path(name)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
            if not files:
                raise _CommandError(f"{name}: no .txt files in this folder")
        elif path.is_file():
            files = [path]
        else:
            raise _CommandError(f"{name}: no such file or folder")
        for file in files:
            try:
                data = file.read_bytes()
            except OSError as exc:
                raise _CommandError(f"{file}: cannot read: {exc.strerror}") from None
            yield str(file), decode(data, source=str(file))


def _parse(args: argparse.Namespace) -> int:
    fmt = args.format
    many = len(args.files) > 1 or any(pathlib.Path(f).is_dir() for f in args.files if f != "-")
    if many and fmt == "json":
        raise _CommandError("several articles need --format jsonl (one report per line)")
    out = sys.stdout
    for source, text in _inputs(args.files):
        report = parse(text, language=args.language, published=args.published)
        if fmt == "jsonl":
            line = json.loads(dumps(report))
            out.write(json.dumps({"source": source, "report": line}, ensure_ascii=False) + "\n")
        else:
            out.write(dumps(report, indent=args.indent) + "\n")
    return 0


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def _validate(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        path = pathlib.Path(name)
        if not path.is_file():
            raise _CommandError(f"{name}: no such file")
        try:
            report = loads(decode(path.read_bytes(), source=name), Report)
        except BilateralError as exc:
            sys.stderr.write(f"{name}: invalid: {exc}\n")
            status = 1
            continue
        counts = ", ".join(f"{len(getattr(report, k))} {k}" for k in Report.KINDS)
        sys.stdout.write(f"{name}: valid bilateral/1 report ({counts})\n")
    return status


def _evaluate(args: argparse.Namespace) -> int:
    from bilateral.evaluation import evaluate

    missing = [p for p in args.paths if not pathlib.Path(p).exists()]
    if missing:
        raise _CommandError(f"{missing[0]}: no such file or folder")
    scores = evaluate(pathlib.Path(p) for p in args.paths)
    sys.stdout.write(scores.table() + "\n")
    return 0


def _languages(args: argparse.Namespace) -> int:
    from bilateral.lexicons import load_lexicon

    for code in available_languages():
        sys.stdout.write(f"{code}\t{load_lexicon(code).name}\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_package,
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("parse", help="parse articles and print their reports")
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article text files, folders of .txt files, or - for standard input",
    )
    p.add_argument(
        "--language",
        "-l",
        choices=[*available_languages(), "und"],
        help="the articles' language (default: detect it)",
    )
    p.add_argument(
        "--published",
        "-p",
        metavar="DATE",
        help="publication date, YYYY-MM-DD (default: the dateline's date)",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=["json", "jsonl"],
        default="json",
        help="json: one document; jsonl: one line per article (default: json)",
    )
    p.add_argument(
        "--indent", type=int, default=2, help="indentation of --format json (default: 2)"
    )
    p.set_defaults(run=_parse)

    s = commands.add_parser("schema", help="print the JSON Schema of the report format")
    s.set_defaults(run=_schema)

    v = commands.add_parser("validate", help="check report documents and say where they are wrong")
    v.add_argument("files", nargs="+", metavar="FILE.json")
    v.set_defaults(run=_validate)

    e = commands.add_parser("evaluate", help="score the parser on articles with expected reports")
    e.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="folders or .txt files with NAME.expected.json beside them",
    )
    e.set_defaults(run=_evaluate)

    g = commands.add_parser("languages", help="list the languages with a lexicon")
    g.set_defaults(run=_languages)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line with *argv* (default: ``sys.argv[1:]``) and return the exit status.
    """
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (_CommandError, BilateralError) as exc:
        sys.stderr.write(f"bilateral: error: {exc}\n")
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
