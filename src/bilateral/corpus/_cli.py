"""
The ``bilateral corpus`` commands: ingest reports into a corpus, list its events, count a panel.

:func:`add_commands` adds them to the parser of :mod:`bilateral.cli`; errors are
:class:`~bilateral.BilateralError` objects, which the command line prints as one line.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from bilateral.corpus.errors import InputError
from bilateral.corpus.model import EVENT_COLUMNS, event_row

__all__ = ["add_commands"]


def _day(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _years(text: str) -> tuple[int, int]:
    first, _, last = text.partition("-")
    if not (first.isdigit() and last.isdigit()) or int(first) > int(last):
        raise argparse.ArgumentTypeError(f"{text!r} is not a range of years such as 2000-2024")
    return int(first), int(last)


def _pair(text: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in text.split(",")]
    if len(parts) != 2 or not all(parts):
        raise argparse.ArgumentTypeError(f"{text!r} is not two country codes, such as IDN,VNM")
    return parts[0], parts[1]


def _open(args: argparse.Namespace) -> Any:
    from bilateral.corpus.store import Corpus

    return Corpus.open(args.db)


def _ingest(args: argparse.Namespace) -> int:
    from bilateral.corpus.files import read_reports

    with _open(args) as corpus:
        summary = corpus.ingest(read_reports(args.files))
        sys.stderr.write(f"bilateral: {summary}; {len(corpus)} articles in {args.db}\n")
    return 0


def _write_events(
    events: Sequence[Any], format: str, out: TextIO, names: dict[str, str] | None = None
) -> None:
    from bilateral.serialise.json import to_dict

    if format == "jsonl":
        for event in events:
            out.write(json.dumps(to_dict(event), ensure_ascii=False) + "\n")
        return
    if format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(EVENT_COLUMNS)
        for event in events:
            row = event_row(event)
            writer.writerow([row[c] or "" for c in EVENT_COLUMNS])
        return
    for event in events:
        when = event.start or event.first_reported
        where = f"{event.origin}>{event.destination}" if event.origin else "-".join(event.countries)
        who = ", ".join((names or {}).get(p, p) for p in event.people)  # names, not ids
        extra = f"  conflicts: {', '.join(c.field for c in event.conflicts)}"
        out.write(
            f"{when.isoformat() if when else '?':<10}  {event.kind.value:<9}  {where:<11}  "
            f"{who or '-'}  ({len(event.sources)} sources)"
            f"{extra if event.conflicts else ''}\n"
        )


def _events(args: argparse.Namespace) -> int:
    with _open(args) as corpus:
        person = None
        if args.person is not None:
            found = corpus.persons(name=args.person)
            if len(found) != 1:
                ids = ", ".join(p.id for p in found) or "nobody"
                raise InputError("--person", f"{args.person!r} matches {ids}; give a person id")
            person = found[0].id
        events = corpus.events(
            kind=args.kind,
            pair=args.pair,
            country=args.country,
            person=person,
            since=args.since,
            until=args.until,
        )
        names = {p.id: p.name for p in corpus.persons()} if args.format == "summary" else {}
    if args.output is None:
        _write_events(events, args.format, sys.stdout, names)
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as handle:
            _write_events(events, args.format, handle, names)
    return 0


def _panel(args: argparse.Namespace) -> int:
    from bilateral.corpus.panels import write_panel

    with _open(args) as corpus:
        rows = corpus.panel(directed=args.directed, unit=args.unit, years=args.years)
    if args.format == "parquet":
        if args.output is None:
            raise InputError("--format parquet", "needs --output FILE")
        write_panel(rows, args.output, format="parquet")
    else:
        write_panel(rows, sys.stdout if args.output is None else args.output)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from bilateral.corpus.evaluation import evaluate_grouping

    score = evaluate_grouping(args.folder)
    if args.format == "json":
        data = {
            "precision": score.precision,
            "recall": score.recall,
            "f1": score.f1,
            "items": score.items,
            "events": score.events,
            "sources": score.sources,
            "unmatched": list(score.unmatched),
            "conflicts": score.conflicts,
            "missing_conflicts": list(score.missing_conflicts),
            "split": list(score.split),
            "merged": list(score.merged),
        }
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(score.table() + "\n")
    return 0


def add_commands(commands: Any) -> None:
    """
    Add the ``corpus`` command and its subcommands to *commands* (an argparse subparsers object).
    """
    group = commands.add_parser("corpus", help="consolidate reports into events in a database")
    sub = group.add_subparsers(dest="corpus_command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(name, help=help)
        parser.add_argument("--db", required=True, metavar="FILE", help="the SQLite corpus file")
        return parser

    i = command("ingest", help="add reports (JSON Lines, JSON, folders) to the corpus")
    i.add_argument(
        "files",
        nargs="+",
        metavar="REPORTS",
        help=".jsonl files (of bilateral parse --format jsonl, or one report a line), "
        ".json reports, or folders of them",
    )
    i.set_defaults(run=_ingest)

    e = command("events", help="list the corpus's events")
    e.add_argument("--kind", choices=["visit", "meeting", "agreement", "target"])
    e.add_argument("--pair", type=_pair, metavar="A,B", help="two ISO alpha-3 codes, any order")
    e.add_argument("--country", type=str.upper, metavar="ABC", help="an ISO alpha-3 code")
    e.add_argument("--person", metavar="NAME", help="a name, or a person id such as IDN/marsudi")
    e.add_argument("--since", type=_day, metavar="DATE", help="events ending on or after DATE")
    e.add_argument("--until", type=_day, metavar="DATE", help="events starting on or before DATE")
    e.add_argument("--format", "-f", choices=["summary", "csv", "jsonl"], default="summary")
    e.add_argument("--output", "-o", metavar="FILE", help="write to FILE, not standard output")
    e.set_defaults(run=_events)

    p = command("panel", help="count events per dyad and year")
    p.add_argument("--unit", choices=["dyad-year"], default="dyad-year")
    p.add_argument("--directed", action="store_true", help="one row per ordered pair")
    p.add_argument(
        "--years",
        type=_years,
        metavar="FIRST-LAST",
        help="a row for every dyad and every year of the range, zeros included",
    )
    p.add_argument("--format", "-f", choices=["csv", "parquet"], default="csv")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE, not standard output")
    p.set_defaults(run=_panel)

    v = sub.add_parser(
        "evaluate", help="score the grouping of a consolidation set (pairwise precision, recall)"
    )
    v.add_argument("folder", metavar="FOLDER", help="articles with .meta.json, and events*.json")
    v.add_argument("--format", "-f", choices=["table", "json"], default="table")
    v.set_defaults(run=_evaluate)
