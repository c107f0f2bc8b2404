"""
Panels: counts of events per dyad and year, with the state codes valid in that year.

:func:`panel` turns events into :class:`PanelRow` objects, one per dyad and year with at least
one event; :func:`write_panel` writes them as CSV or Parquet, and :func:`to_dataframe` gives a
pandas DataFrame.
pandas and pyarrow are optional: they are imported only by the functions that need them.

A visit counts in the row of its origin and destination, by the level of its visitor
(:class:`~bilateral.corpus.Level`); a meeting, agreement or target counts once for every pair
of its countries.
In a *directed* panel, the row ``(a, b)`` counts the visits from *a* to *b*, and the other events
in both rows ``(a, b)`` and ``(b, a)``; in an undirected one, *a* sorts before *b*.
An event counts in the year of its date, or of its first report when it has no date.
The Correlates of War and Gleditsch-Ward numbers are those valid on 31 December of the year, or
on 1 January when the state ceased to be a member during the year; ``None`` when neither.

>>> from bilateral import parse
>>> from bilateral.corpus import consolidate, panel
>>> news = parse("Retno Marsudi arrived in Hanoi on Tuesday.", language="en",
...                published="2024-05-15")
>>> (row,) = panel(consolidate([news]).events)
>>> row.year, row.a, row.b, row.a_cow, row.b_gw, row.visits_minister
(2024, 'IDN', 'VNM', 850, 816, 1)
"""

from __future__ import annotations

import csv
import datetime as _dt
import importlib
import itertools
import os
from collections.abc import Iterable
from typing import Any, TextIO

import attrs

from bilateral import _systems
from bilateral.corpus.errors import ParquetMissingError
from bilateral.corpus.model import Event, EventKind, Level
from bilateral.errors import ExtraMissingError
from bilateral.model import AgreementStatus

__all__ = ["COLUMNS", "PanelRow", "panel", "to_dataframe", "write_panel"]


@attrs.frozen(kw_only=True)
class PanelRow:
    """
    The counts of one dyad in one year.

    *a* and *b* are ISO 3166-1 alpha-3 codes, with their COW (``_cow``) and Gleditsch-Ward
    (``_gw``) state numbers in that year; the counts are of events, not of articles.
    """

    year: int
    a: str
    b: str
    a_cow: int | None
    a_gw: int | None
    b_cow: int | None
    b_gw: int | None
    visits_head: int = 0
    visits_minister: int = 0
    visits_other: int = 0
    meetings: int = 0
    agreements_proposed: int = 0
    agreements_agreed: int = 0
    agreements_signed: int = 0
    agreements_ratified: int = 0
    agreements_in_force: int = 0
    targets: int = 0


#: The columns of a panel in order, which are the fields of :class:`PanelRow`.
COLUMNS: tuple[str, ...] = tuple(f.name for f in attrs.fields(PanelRow))

_STATUS_COLUMN = {status: f"agreements_{status.value}" for status in AgreementStatus}
_LEVEL_COLUMN = {level: f"visits_{level.value}" for level in Level}


def _codes(alpha_3: str, year: int) -> tuple[int | None, int | None]:
    if not 1 <= year <= 9999:
        return None, None
    end, start = _dt.date(year, 12, 31), _dt.date(year, 1, 1)
    cow = _systems.cow_code(alpha_3, end) or _systems.cow_code(alpha_3, start)
    gw = _systems.gw_code(alpha_3, end) or _systems.gw_code(alpha_3, start)
    return cow, gw


def _column(event: Event) -> str:
    if event.kind is EventKind.VISIT:
        return _LEVEL_COLUMN[event.level or Level.OTHER]
    if event.kind is EventKind.MEETING:
        return "meetings"
    if event.kind is EventKind.AGREEMENT:
        return _STATUS_COLUMN[event.status or AgreementStatus.AGREED]
    return "targets"


def _dyads(event: Event, directed: bool) -> list[tuple[str, str]]:
    if event.kind is EventKind.VISIT and event.origin and event.destination:
        pair = (event.origin, event.destination)
        return [pair] if directed else [tuple(sorted(pair))]  # type: ignore[list-item]
    pairs = list(itertools.combinations(event.countries, 2))
    return pairs + [(b, a) for a, b in pairs] if directed else pairs


def panel(
    events: Iterable[Event],
    *,
    directed: bool = False,
    unit: str = "dyad-year",
    years: tuple[int, int] | None = None,
) -> list[PanelRow]:
    """
    Count events per dyad and year.

    Args:
        events: Consolidated events, such as :meth:`Corpus.events <bilateral.corpus.Corpus.events>`
            returns.
        directed: Give each ordered pair its own row (see the module's description).
        unit: The unit of observation; only ``"dyad-year"`` is available yet.
        years: A first and last year: every dyad with an event in the corpus then gets a row
            for each of those years, with zeros where nothing happened (a balanced panel, to
            merge with other dyad-year data), and events of other years are left out.

    Returns:
        One row per dyad and year with at least one event (or, with *years*, every year of
        the range), sorted by *a*, *b* and year. Events without a year are left out.

    Raises:
        ValueError: for an unknown *unit*, or *years* whose first year is after its last.

    >>> from bilateral import parse
    >>> from bilateral.corpus import consolidate
    >>> news = parse("Retno Marsudi arrived in Hanoi on Tuesday.", language="en",
    ...              published="2024-05-15")
    >>> [(r.year, r.visits_minister) for r in panel(consolidate([news]).events, years=(2023, 2025))]
    [(2023, 0), (2024, 1), (2025, 0)]
    """
    if unit != "dyad-year":
        raise ValueError(f"unit: {unit!r} is not a panel unit; only 'dyad-year' is available")
    if years is not None and years[0] > years[1]:
        raise ValueError(f"years: {years[0]} is after {years[1]}")
    counts: dict[tuple[str, str, int], dict[str, int]] = {}
    dyads: set[tuple[str, str]] = set()
    for event in events:
        year = event.year
        if year is None:
            continue
        column = _column(event)
        for a, b in _dyads(event, directed):
            if years is not None:
                dyads.add((a, b))
                if not years[0] <= year <= years[1]:
                    continue
            cell = counts.setdefault((a, b, year), {})
            cell[column] = cell.get(column, 0) + 1
    if years is not None:
        for a, b in dyads:
            for each in range(years[0], years[1] + 1):
                counts.setdefault((a, b, each), {})
    rows = []
    for (a, b, year), cell in sorted(counts.items()):
        a_cow, a_gw = _codes(a, year)
        b_cow, b_gw = _codes(b, year)
        rows.append(
            PanelRow(year=year, a=a, b=b, a_cow=a_cow, a_gw=a_gw, b_cow=b_cow, b_gw=b_gw, **cell)
        )
    return rows


def _write_csv(rows: Iterable[PanelRow], handle: TextIO) -> None:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(["" if v is None else v for v in attrs.astuple(row)])


def to_dataframe(rows: Iterable[PanelRow]) -> Any:
    """
    Return the rows as a pandas DataFrame with the :data:`COLUMNS`; codes are nullable ``Int64``.

    Raises:
        bilateral.ExtraMissingError: if pandas is not installed (the ``pandas`` extra).
    """
    try:
        pd = importlib.import_module("pandas")
    except ImportError:
        raise ExtraMissingError("pandas", "a panel DataFrame") from None
    frame = pd.DataFrame([attrs.astuple(r) for r in rows], columns=list(COLUMNS))
    return frame.astype({c: "Int64" for c in COLUMNS if c.endswith(("_cow", "_gw"))})


def write_panel(
    rows: Iterable[PanelRow], file: str | os.PathLike[str] | TextIO, *, format: str = "csv"
) -> None:
    """
    Write a panel as CSV or Parquet.

    CSV has a header line, then one line per row; an empty cell is ``None``.

    Args:
        rows: The rows, such as :func:`panel` returns.
        file: A path, or for CSV a text file open for writing.
        format: ``"csv"`` or ``"parquet"``.

    Raises:
        ParquetMissingError: for Parquet, if pandas or pyarrow is not installed.
        ValueError: for an unknown *format*, or Parquet to an open text file.
    """
    if format == "csv":
        if not isinstance(file, str | os.PathLike):
            _write_csv(rows, file)
            return
        with open(file, "w", encoding="utf-8", newline="") as handle:
            _write_csv(rows, handle)
        return
    if format != "parquet":
        raise ValueError(f"format: {format!r} is not 'csv' or 'parquet'")
    if not isinstance(file, str | os.PathLike):
        raise ValueError("Parquet is written to a path, not to an open text file")
    try:
        importlib.import_module("pyarrow")
        importlib.import_module("pandas")
    except ImportError:
        raise ParquetMissingError() from None
    to_dataframe(rows).to_parquet(file, index=False)
