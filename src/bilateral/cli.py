"""
The ``bilateral`` command line: parse articles, print the schema, validate documents, evaluate.

A thin layer over the public API; every failure is one line on standard error and a non-zero
exit status (1 for invalid input, 2 for usage errors).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import pathlib
import re
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from bilateral import __name__ as _package
from bilateral.assembly import parse
from bilateral.errors import BilateralError, DecodeError, ExtraMissingError, PageError
from bilateral.io import decode
from bilateral.lexicons import available_languages
from bilateral.model import Report
from bilateral.serialise import json_schema
from bilateral.serialise.json import dumps, loads

if TYPE_CHECKING:
    from bilateral.web import PageText

__all__ = ["main"]

_DESCRIPTION = """\
Extract visits, officials, meetings, agreements and targets from news articles
about the relations between two countries, as JSON reports (format bilateral/1).

examples:
  bilateral parse article.txt --published 2025-11-26
  bilateral parse article.txt --format json -o report.json
  bilateral parse saved-page.html          (needs bilateral[html])
  bilateral render article.txt -o page.html
  bilateral parse corpus/ --format jsonl > reports.jsonl
  bilateral parse 'news/**/*.txt' --format jsonl -o reports.jsonl --workers 4 --resume
  cat article.txt | bilateral parse - --language en
  bilateral validate report.json
  bilateral evaluate seeds/
  bilateral corpus ingest reports.jsonl --db corpus.sqlite
  bilateral corpus events --db corpus.sqlite --kind visit --pair IDN,VNM
  bilateral corpus panel --db corpus.sqlite --format csv
"""


class _CommandError(Exception):
    """A user-facing error: one line, then exit status 1."""


_PAGE_SUFFIXES = (".html", ".htm")
_ARTICLE_SUFFIXES = (".txt", *_PAGE_SUFFIXES)


def _files(names: Sequence[str]) -> list[str]:
    """Expand files, folders (their .txt and .html files) and patterns, in order, once each."""
    out: list[str] = []
    for name in names:
        if name == "-":
            out.append(name)
            continue
        path = pathlib.Path(name)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.iterdir()
                if p.suffix.lower() in _ARTICLE_SUFFIXES and p.is_file()
            )
            if not found:
                raise _CommandError(f"{name}: no .txt or .html files in this folder")
        elif path.is_file():
            found = [name]
        elif any(c in name for c in "*?["):
            found = sorted(p for p in glob.glob(name, recursive=True) if pathlib.Path(p).is_file())
            if not found:
                raise _CommandError(f"{name}: no file matches this pattern")
        else:
            raise _CommandError(f"{name}: no such file or folder")
        out.extend(f for f in found if f not in out)
    return out


def _bytes(source: str) -> bytes:
    try:
        return pathlib.Path(source).read_bytes()
    except OSError as exc:
        raise _CommandError(f"{source}: cannot read: {exc.strerror}") from None


def _read(source: str) -> str:
    if source == "-":
        return decode(sys.stdin.buffer.read(), source="<stdin>")
    return decode(_bytes(source), source=source)


def _is_page(source: str) -> bool:
    return pathlib.Path(source).suffix.lower() in _PAGE_SUFFIXES


def _page(source: str) -> PageText:
    """The article text and metadata of a saved web page (needs ``bilateral[html]``)."""
    from bilateral.web import extract_page

    return extract_page(_bytes(source))


def _parse_one(source: str, args: argparse.Namespace) -> Report:
    """Parse one article file: a web page through :func:`bilateral.web.parse_html`."""
    if source != "-" and _is_page(source):
        from bilateral.web import parse_html

        return parse_html(_bytes(source), language=args.language, published=args.published)
    return parse(_read(source), language=args.language, published=args.published)


def _texts(
    sources: Sequence[str], failures: dict[str, BilateralError]
) -> Iterator[tuple[str, str]]:
    for source in sources:
        try:
            yield source, (_page(source).text if _is_page(source) else _read(source))
        except (DecodeError, PageError, ExtraMissingError) as exc:
            failures[source] = exc
            yield source, ""


def _line(source: str, report: Report | None, error: BaseException | None) -> bytes:
    record: dict[str, object] = {"source": source}
    if error is not None:
        record["error"] = {"type": type(error).__name__, "message": str(error)}
    else:
        record["report"] = json.loads(dumps(report))
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def _finished(path: pathlib.Path) -> set[str]:
    """
    Read the sources already written to a JSON Lines output, cutting off a torn last line.

    A run killed mid-write leaves at most one incomplete line at the end: it is removed, so the
    file holds only whole lines before the run goes on.
    """
    if not path.exists():
        return set()
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1
    done: set[str] = set()
    for number, raw in enumerate(data[:keep].splitlines(), start=1):
        try:
            record = json.loads(raw)
            done.add(record["source"])
        except (ValueError, KeyError, TypeError):
            raise _CommandError(f"{path}: line {number} is not a line this command wrote") from None
    if keep < len(data):
        with path.open("r+b") as handle:
            handle.truncate(keep)
    return done


def _parse(args: argparse.Namespace) -> int:
    from bilateral.batch import parse_many

    sources = _files(args.files)
    many = len(sources) > 1 or any(pathlib.Path(f).is_dir() for f in args.files if f != "-")
    if args.format is None:
        # A person at a terminal reads the summary; a pipe or a file gets the data.
        to_terminal = args.output is None and sys.stdout.isatty()
        args.format = "summary" if to_terminal else ("jsonl" if many else "json")
    if args.format == "summary":
        return _summaries(args, sources)
    if args.format == "json":
        if many:
            raise _CommandError("several articles need --format jsonl (one report per line)")
        report = _parse_one(sources[0], args)
        document = dumps(report, indent=args.indent) + "\n"
        if args.output is None:
            sys.stdout.write(document)
        else:
            pathlib.Path(args.output).write_text(document, encoding="utf-8")
        return 0
    if args.format in ("csv", "cameo", "plover"):
        return _export(args, sources)
    if args.resume and args.output is None:
        raise _CommandError("--resume needs --output FILE")
    done: set[str] = set()
    if args.output is not None:
        out_path = pathlib.Path(args.output)
        done = _finished(out_path) if args.resume else set()
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if args.resume else os.O_TRUNC)
        fd = os.open(out_path, flags, 0o644)
    else:
        fd = -1
    todo = [s for s in sources if s not in done]
    failures: dict[str, BilateralError] = {}
    failed = 0
    try:
        results = parse_many(
            _texts(todo, failures),
            workers=args.workers,
            language=args.language,
            published=args.published,
            progress=args.output is not None and len(todo) > 20,
        )
        for result in results:
            error = failures.get(result.source) or result.error
            failed += error is not None
            line = _line(result.source, None if error else result.report, error)
            if fd < 0:
                sys.stdout.write(line.decode("utf-8"))
            else:
                # One write per line: a kill tears at most the last line, which --resume removes.
                os.write(fd, line)
        if args.output is not None:
            os.fsync(fd)
    finally:
        if args.output is not None:
            os.close(fd)
    if failed:
        sys.stderr.write(f"bilateral: {failed} of {len(todo)} articles failed; see their lines\n")
        return 1
    return 0


def _summaries(args: argparse.Namespace, sources: Sequence[str]) -> int:
    """Print each article's summary; several articles each under their file name."""
    from bilateral.render import summary

    parts: list[str] = []
    failed = 0
    for source in sources:
        try:
            text = summary(_parse_one(source, args))
        except (DecodeError, PageError, ExtraMissingError) as exc:
            if len(sources) == 1:
                raise
            sys.stderr.write(f"bilateral: {exc}\n")
            failed += 1
            continue
        parts.append(f"== {source}\n{text}" if len(sources) > 1 else text)
    document = "\n".join(parts)
    if args.output is None:
        sys.stdout.write(document)
    else:
        pathlib.Path(args.output).write_text(document, encoding="utf-8")
    return 1 if failed else 0


def _render(args: argparse.Namespace) -> int:
    from bilateral.render import to_html

    source = args.file
    if source != "-" and pathlib.Path(source).suffix.lower() == ".json":
        if not pathlib.Path(source).is_file():
            raise _CommandError(f"{source}: no such file")
        report = loads(_read(source), Report)
    else:
        if source != "-" and not pathlib.Path(source).is_file():
            raise _CommandError(f"{source}: no such file")
        report = _parse_one(source, args)
    page = to_html(report)
    if args.output is None:
        sys.stdout.write(page)
    else:
        pathlib.Path(args.output).write_text(page, encoding="utf-8")
        sys.stderr.write(f"bilateral: wrote {args.output}\n")
    return 0


def _export(args: argparse.Namespace, sources: Sequence[str]) -> int:
    """Parse every article, then write them as CSV tables, CAMEO rows or PLOVER records."""
    from bilateral.batch import parse_many

    if args.resume:
        raise _CommandError(f"--resume works with --format jsonl, not {args.format}")
    if args.format == "csv" and args.output is None:
        raise _CommandError("--format csv writes a folder of tables: give it with --output DIR")
    failures: dict[str, BilateralError] = {}
    reports: list[Report] = []
    names: list[str] = []
    for result in parse_many(
        _texts(sources, failures),
        workers=args.workers,
        language=args.language,
        published=args.published,
    ):
        error = failures.get(result.source) or result.error
        if error is not None or result.report is None:
            sys.stderr.write(f"bilateral: {result.source}: {error}\n")
            continue
        reports.append(result.report)
        names.append(result.source)
    if args.format == "csv":
        from bilateral.serialise.tables import write_tables

        written = write_tables(reports, args.output)
        sys.stderr.write(
            f"bilateral: {len(reports)} reports in {len(written)} tables in {args.output}\n"
        )
    else:
        from bilateral.serialise.events import write_cameo, write_plover

        writer = write_cameo if args.format == "cameo" else write_plover
        # Rows name their article by its file name when the names are unique and fit an id.
        stems = [pathlib.Path(name).stem for name in names]
        usable = len(set(stems)) == len(stems) and all(re.fullmatch(r"[\w.:-]+", s) for s in stems)
        ids = stems if usable else None
        if args.output is None:
            writer(reports, sys.stdout, report_ids=ids)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as handle:
                writer(reports, handle, report_ids=ids)
    return 1 if failures or len(reports) < len(sources) else 0


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


def _article_options(command: argparse.ArgumentParser) -> None:
    """The options of the commands that parse articles: their language and date."""
    command.add_argument(
        "--language",
        "-l",
        choices=[*available_languages(), "und"],
        help="the articles' language (default: detect it)",
    )
    command.add_argument(
        "--published",
        "-p",
        metavar="DATE",
        help="publication date, YYYY-MM-DD (default: the page's or the dateline's date)",
    )


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
        help="article text files, folders of .txt files, glob patterns, or - for standard input",
    )
    _article_options(p)
    p.add_argument(
        "--format",
        "-f",
        choices=["summary", "json", "jsonl", "csv", "cameo", "plover"],
        default=None,
        help=(
            "summary: the records as short lines for a person; json: one document; "
            "jsonl: one line per article; csv: a folder of tables (with -o); "
            "cameo: CAMEO event rows as TSV; plover: PLOVER records as JSON Lines "
            "(default: summary on a terminal, else json for one article and jsonl for several)"
        ),
    )
    p.add_argument(
        "--indent", type=int, default=2, help="indentation of --format json (default: 2)"
    )
    p.add_argument("--output", "-o", metavar="PATH", help="write to PATH, not standard output")
    p.add_argument(
        "--workers",
        "-w",
        type=int,
        default=None,
        help="processes for --format jsonl (default: one per core)",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="with --output: keep the whole lines already written and parse only the rest",
    )
    p.set_defaults(run=_parse)

    r = commands.add_parser(
        "render", help="write an HTML page of a report's records over its article"
    )
    r.add_argument(
        "file",
        metavar="FILE",
        help="an article (.txt, .html, .htm, or - for standard input) or a report (.json)",
    )
    _article_options(r)
    r.add_argument("--output", "-o", metavar="PAGE.html", help="write to PAGE.html, not stdout")
    r.set_defaults(run=_render)

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

    from bilateral.corpus._cli import add_commands as _add_corpus_commands

    _add_corpus_commands(commands)
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
    except KeyboardInterrupt:
        # Ctrl-C: the workers are stopped and every line written so far is whole.
        sys.stderr.write("bilateral: interrupted\n")
        return 130
