"""
CSV tables: one table per record type, joined on keys, that read back to the very reports written.

:func:`write_tables` writes a folder of CSV files, one per table, and :func:`read_tables` reads
such a folder back into reports equal to the ones written.
The files are UTF-8, with a header row, ``"\\r\\n"`` row ends and fields quoted only where
needed (RFC 4180, the dialect of Python's ``csv`` module): commas, quotes, line breaks
and any script survive.

Every row starts with ``report``, the position (from 0) of its report in the corpus.
The rows of a record carry its id under the name of its kind (``official``, ``visit``,
``meeting``, ``agreement``, ``target``, ``statement``); ids are unique within a report, so
``(report, id)`` joins the tables.
A list inside a record gets its own table, with one row per item and its ``position`` (from 0)
in the list.
The tables and their columns, in this order (also in :data:`TABLES`):

=========================  ==========================================================================
Table                      Columns
=========================  ==========================================================================
``articles``               report, language, published, title, url, outlet, empty_fields, text
``officials``              report, official, name
``official_honorifics``    report, official, position, honorific
``official_aliases``       report, official, position, alias
``roles``                  report, official, position, office, title, party, party_cow, party_gw
``visits``                 report, visit, visitor, origin, origin_cow, origin_gw, destination,
                           destination_cow, destination_gw, start, end
``visit_places``           report, visit, position, name, country, country_cow, country_gw
``meetings``               report, meeting, date, place_name, place_country, place_country_cow,
                           place_country_gw, visit
``meeting_participants``   report, meeting, position, official
``meeting_topics``         report, meeting, position, topic
``agreements``             report, agreement, kind, status, date, subject, count
``agreement_parties``      report, agreement, position, party, party_cow, party_gw
``agreement_signatories``  report, agreement, position, official
``agreement_points``       report, agreement, position, point
``targets``                report, target, metric, amount_value, amount_currency, amount_unit,
                           period, deadline, baseline_value, baseline_currency, baseline_unit,
                           stated_by
``target_parties``         report, target, position, party, party_cow, party_gw
``statements``             report, statement, speaker, kind, text, date
``evidence``               report, record, position, start, end
=========================  ==========================================================================

Values are written as in the ``bilateral/1`` JSON document: countries as ISO 3166-1 alpha-3 codes,
organisations as acronyms, dates as ``2030``, ``2030-03`` or ``2030-03-12``, amounts as plain
decimal strings with every digit, vocabularies as their values.
An empty cell stands for a missing value (``None``), which is unambiguous because the model
allows no empty string there: names, titles, ids, codes and units are never empty.
The one exception is an article's *title*, *url* and *outlet*, which may be empty strings: an
empty cell there means ``None`` unless the field is named in ``empty_fields`` (space-separated,
usually empty), which marks an empty string.
An amount is Money when its ``currency`` cell is filled and a Quantity when its ``unit`` cell is;
a meeting has no place when ``place_name`` and ``place_country`` are both empty, and a target no
baseline when its three ``baseline_`` cells are.

Each column that names a country or a party is followed by two derived columns, ``<column>_cow``
and ``<column>_gw``: the country's Correlates of War and Gleditsch-Ward state numbers (see
:meth:`bilateral.Country.cow_code` and :meth:`bilateral.Country.gw_code`), for joining with the
datasets that use them.
They are taken on the record's day: a visit's start, or a meeting's or an agreement's date (the
first day of a date known only to the year or month), and the article's publication date for a
role's party and a target's parties; when that date is unknown, they are the numbers in force
today.
They are empty for an organisation, for a missing party, and where a scheme has no number for
the country on that day.
:func:`read_tables` does not read them back, since they follow from the party and the date: it
accepts a table without them, and only checks that each of their cells is empty or a whole number.

>>> import tempfile
>>> from bilateral import Article, Official, Report
>>> from bilateral.serialise.tables import read_tables, write_tables
>>> report = Report(
...     article=Article(text="Menlu Sugiono, 52, tiba.", language="id"),
...     officials=[Official(id="o1", name="Sugiono", aliases=["Menlu, Sugiono"])],
... )
>>> with tempfile.TemporaryDirectory() as folder:
...     paths = write_tables([report], folder)
...     print(paths["official_aliases"].read_text(encoding="utf-8"), end="")
...     read_tables(folder) == [report]
report,official,position,alias
0,o1,0,"Menlu, Sugiono"
True
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import attrs

from bilateral.errors import FormatError
from bilateral.model import ORGANISATIONS, SCHEMA, Country, Report
from bilateral.serialise._converter import structure, unstructure

__all__ = ["TABLES", "read_tables", "write_tables"]


@attrs.frozen
class _Cell:
    """
    A column of a table, and where its value sits in the JSON data of a record or list item.
    """

    column: str
    #: Keys into the data; ``()`` for a list item that is a bare string.
    path: tuple[str, ...]
    #: An empty cell stands for ``None`` (for a nested object: the key is left out).
    optional: bool = False
    integer: bool = False
    #: The cell names a country or a party, and is followed by its state numbers' columns.
    party: bool = False

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.column, *self.codes)

    @property
    def codes(self) -> tuple[str, ...]:
        """
        The derived columns that follow the cell: its COW and G&W state numbers, or none.
        """
        return (f"{self.column}_cow", f"{self.column}_gw") if self.party else ()


@attrs.frozen
class _Table:
    """
    A table of records of one kind (*field* empty) or of the items of one of their lists.
    """

    name: str
    #: The report field holding the records, or ``""`` for records of every kind.
    kind: str
    #: The column naming the record.
    key: str
    #: The record's list that the rows are items of, or ``""``.
    field: str
    cells: tuple[_Cell, ...]
    #: The record's key holding the day its parties' state numbers are taken on, or ``""`` for
    #: the article's publication date.
    when: str = ""

    @property
    def columns(self) -> tuple[str, ...]:
        position = ("position",) if self.field else ()
        return ("report", self.key, *position, *(c for cell in self.cells for c in cell.columns))

    @property
    def codes(self) -> tuple[str, ...]:
        """
        The derived columns of state numbers, which the reader does not need.
        """
        return tuple(column for cell in self.cells for column in cell.codes)


def _cells(*specs: str | tuple[str, str], parties: Sequence[str] = ()) -> tuple[_Cell, ...]:
    # "name" is a required column at the key "name"; "?name" an optional one;
    # ("place_name", "place.name") a column of a nested object; "" the bare item itself.
    # The columns named in parties hold a country or a party.
    out = []
    for spec in specs:
        column, dotted = spec if isinstance(spec, tuple) else (spec.lstrip("?"), spec.lstrip("?"))
        path = tuple(dotted.split(".")) if dotted else ()
        optional = isinstance(spec, str) and spec.startswith("?")
        out.append(_Cell(column, path, optional=optional, party=column in parties))
    return tuple(out)


# A list item that is a party, such as one of an agreement's parties.
_PARTY_ITEM = (_Cell("party", (), party=True),)


_EVIDENCE_CELLS = (_Cell("start", ("start",), integer=True), _Cell("end", ("end",), integer=True))

_RECORD_TABLES: tuple[_Table, ...] = (
    _Table("officials", "officials", "official", "", _cells("name")),
    _Table("official_honorifics", "officials", "official", "honorifics", (_Cell("honorific", ()),)),
    _Table("official_aliases", "officials", "official", "aliases", (_Cell("alias", ()),)),
    _Table(
        "roles",
        "officials",
        "official",
        "roles",
        _cells("office", "title", "?party", parties=["party"]),
    ),
    _Table(
        "visits",
        "visits",
        "visit",
        "",
        _cells(
            "visitor",
            "?origin",
            "?destination",
            "?start",
            "?end",
            parties=["origin", "destination"],
        ),
        when="start",
    ),
    _Table(
        "visit_places",
        "visits",
        "visit",
        "places",
        _cells("name", "?country", parties=["country"]),
        when="start",
    ),
    _Table(
        "meetings",
        "meetings",
        "meeting",
        "",
        _cells(
            "?date",
            ("place_name", "place.name"),
            ("place_country", "place.country"),
            "?visit",
            parties=["place_country"],
        ),
        when="date",
    ),
    _Table("meeting_participants", "meetings", "meeting", "participants", (_Cell("official", ()),)),
    _Table("meeting_topics", "meetings", "meeting", "topics", (_Cell("topic", ()),)),
    _Table(
        "agreements",
        "agreements",
        "agreement",
        "",
        (*_cells("kind", "status", "?date", "?subject"), _Cell("count", ("count",), integer=True)),
    ),
    _Table("agreement_parties", "agreements", "agreement", "parties", _PARTY_ITEM, when="date"),
    _Table(
        "agreement_signatories", "agreements", "agreement", "signatories", (_Cell("official", ()),)
    ),
    _Table("agreement_points", "agreements", "agreement", "points", (_Cell("point", ()),)),
    _Table(
        "targets",
        "targets",
        "target",
        "",
        _cells(
            "metric",
            ("amount_value", "amount.value"),
            ("amount_currency", "amount.currency"),
            ("amount_unit", "amount.unit"),
            "period",
            "?deadline",
            ("baseline_value", "baseline.value"),
            ("baseline_currency", "baseline.currency"),
            ("baseline_unit", "baseline.unit"),
            "?stated_by",
        ),
    ),
    _Table("target_parties", "targets", "target", "parties", _PARTY_ITEM),
    _Table(
        "statements", "statements", "statement", "", _cells("?speaker", "kind", "text", "?date")
    ),
    _Table("evidence", "", "record", "evidence", _EVIDENCE_CELLS),
)

# Nested objects that are None when all their cells are empty (an amount is required).
_OPTIONAL_OBJECTS = frozenset({"place", "baseline"})

# The article fields that may hold an empty string, which empty_fields tells apart from None.
_EMPTIABLE = ("title", "url", "outlet")

_ARTICLE_COLUMNS = ("report", "language", "published", *_EMPTIABLE, "empty_fields", "text")

#: Each table's name and its columns, in the order they are written (read-only).
#: A column naming a country or a party is followed by its ``_cow`` and ``_gw`` columns.
TABLES: Mapping[str, tuple[str, ...]] = types.MappingProxyType(
    {"articles": _ARTICLE_COLUMNS, **{table.name: table.columns for table in _RECORD_TABLES}}
)

#: The columns that hold integers, as (table, column); all others hold text.
_INTEGER_COLUMNS = frozenset(
    {(name, "report") for name in TABLES}
    | {(table.name, "position") for table in _RECORD_TABLES if table.field}
    | {
        (table.name, cell.column)
        for table in _RECORD_TABLES
        for cell in table.cells
        if cell.integer
    }
)

#: The derived columns of COW and G&W state numbers, as (table, column): integers or empty.
_CODE_COLUMNS = frozenset(
    (table.name, column) for table in _RECORD_TABLES for column in table.codes
)

#: A cell's value: JSON data as the converter writes it; None is an empty cell.
_Value = str | int | None


def _get(data: Any, path: tuple[str, ...]) -> _Value:
    for key in path:
        if data is None:
            return None
        # A Money has no unit and a Quantity no currency.
        data = data.get(key)
    return data  # type: ignore[no-any-return]


def _first_day(value: _Value) -> date | None:
    """
    Return the first day of an ISO date as written (``2030``, ``2030-03``, ``2030-03-12``).
    """
    if not isinstance(value, str):
        return None
    year, month, day = [*value.split("-"), "1", "1"][:3]
    return date(int(year), int(month), int(day))


def _state_numbers(party: _Value, on: date | None) -> tuple[int | None, int | None]:
    """
    Return a party's COW and G&W state numbers on a day, or today's when *on* is ``None``.
    """
    if not isinstance(party, str) or party in ORGANISATIONS:
        return None, None
    country = Country(party)
    return country.cow_code(on), country.gw_code(on)


def _cells_of(data: Any, table: _Table, on: date | None) -> Iterator[_Value]:
    """
    Yield the cells of a record or list item, each party followed by its state numbers.
    """
    for cell in table.cells:
        value = _get(data, cell.path)
        yield value
        if cell.party:
            yield from _state_numbers(value, on)


def _report_rows(index: int, report: Report) -> dict[str, list[list[_Value]]]:
    """
    Return the rows of every table for one report, as JSON values (``None`` for empty).
    """
    if not isinstance(report, Report):
        raise TypeError(f"item {index}: expected Report, got {type(report).__name__}")
    data = unstructure(report)
    article = data["article"]
    empty = " ".join(name for name in _EMPTIABLE if article[name] == "")
    rows: dict[str, list[list[_Value]]] = {
        "articles": [
            [
                index,
                article["language"],
                article["published"],
                *(article[name] for name in _EMPTIABLE),
                empty,
                article["text"],
            ]
        ]
    }
    for table in _RECORD_TABLES:
        out = rows[table.name] = []
        for kind in (table.kind,) if table.kind else Report.KINDS:
            for record in data[kind]:
                on = None
                if table.codes:
                    on = _first_day(record.get(table.when) if table.when else article["published"])
                if not table.field:
                    out.append([index, record["id"], *_cells_of(record, table, on)])
                    continue
                for position, item in enumerate(record[table.field]):
                    out.append([index, record["id"], position, *_cells_of(item, table, on)])
    return rows


def write_tables(reports: Iterable[Report], folder: str | os.PathLike[str]) -> dict[str, Path]:
    """
    Write reports as CSV tables, one file per table, into *folder*.

    The folder is created if need be, and the tables in it are overwritten; other files are left
    alone.
    Every table is written, with its header row, even when it has no rows.
    Reports are written as they come, one at a time, so any number of them fits in memory.

    Args:
        reports: Any iterable of reports, a generator included; it is read once.
        folder: The folder to write the tables into.

    Returns:
        The path of each table's file, by table name, in the order of :data:`TABLES`.

    Raises:
        TypeError: if an item is not a :class:`~bilateral.Report`.

    >>> import tempfile
    >>> from bilateral import Article, Report
    >>> from bilateral.serialise.tables import write_tables
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = write_tables([Report(article=Article(text="", language="und"))], folder)
    ...     print(paths["articles"].name, paths["roles"].read_text(encoding="utf-8"), end="")
    articles.csv report,official,position,office,title,party,party_cow,party_gw
    """
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    paths = {name: root / f"{name}.csv" for name in TABLES}
    with contextlib.ExitStack() as stack:
        writers = {}
        for name, path in paths.items():
            handle = stack.enter_context(path.open("w", encoding="utf-8", newline=""))
            writers[name] = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writers[name].writerow(TABLES[name])
        for index, report in enumerate(reports):
            for name, rows in _report_rows(index, report).items():
                # The csv module writes None as an empty cell.
                writers[name].writerows(rows)
    return paths


# -- Reading ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"[0-9]+")
_INTEGER = re.compile(r"-?[0-9]+")
_ITEM = re.compile(r"item ([0-9]+): (.*)", re.DOTALL)
# The last step of a JSON path: ".name" or "[3]".
_LAST_STEP = re.compile(r"(?:\.[^.\[]*|\[[0-9]+\])$")
# Python's csv module refuses fields longer than this by default (131072); an article may be.
_FIELD_LIMIT = 2**31 - 1


def _where(table: str, rows: Sequence[int], columns: Sequence[str] = ()) -> str:
    place = f"{table}.csv, row{'s' if len(rows) > 1 else ''} {', '.join(map(str, rows))}"
    if columns:
        place += f", column{'s' if len(columns) > 1 else ''} {', '.join(columns)}"
    return place


@attrs.define
class _Row:
    table: str
    number: int
    cells: dict[str, str]

    def where(self, *columns: str) -> str:
        return _where(self.table, [self.number], columns)

    def fail(self, column: str, message: str) -> FormatError:
        return FormatError(self.where(column), message)

    def number_in(self, column: str) -> int:
        text = self.cells[column]
        if not _NUMBER.fullmatch(text):
            raise self.fail(column, f"{text!r} is not a number such as 0, 1 or 2")
        return int(text)


def _read_table(folder: Path, name: str) -> Iterator[_Row]:
    path = folder / f"{name}.csv"
    if not path.is_file():
        raise FormatError(f"{name}.csv", f"missing from {folder}; write_tables writes every table")
    columns = TABLES[name]
    # The derived columns may be left out; those present are checked, not read.
    derived = [c for c in columns if (name, c) in _CODE_COLUMNS]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader, None)
            if header is None:
                raise FormatError(_where(name, [1]), "the file is empty; it needs a header row")
            missing = [c for c in columns if c not in header and c not in derived]
            checked = [c for c in derived if c in header]
            unknown = sorted({c for c in header if c not in columns})
            if missing or unknown or len(header) != len(set(header)):
                expected = ",".join(columns)
                raise FormatError(_where(name, [1]), f"the header must name the columns {expected}")
            for number, cells in enumerate(reader, start=2):
                if not cells:
                    continue
                if len(cells) != len(header):
                    raise FormatError(
                        _where(name, [number]),
                        f"{len(cells)} cells, but the header names {len(header)} columns",
                    )
                row = _Row(name, number, dict(zip(header, cells, strict=True)))
                for column in checked:
                    text = row.cells[column]
                    if text and not _NUMBER.fullmatch(text):
                        raise row.fail(column, f"{text!r} is neither empty nor a state number")
                yield row
        except csv.Error as exc:
            where = f"{name}.csv, line {reader.line_num}"
            raise FormatError(where, f"not valid CSV: {exc}") from None


@attrs.define
class _Draft:
    """
    One report being rebuilt as JSON data, with the table cell each JSON path came from.
    """

    data: dict[str, Any]
    where: dict[str, str]
    #: (kind, id) to the record's data and JSON path; ("", id) for a record of any kind.
    records: dict[tuple[str, str], tuple[dict[str, Any], str]] = attrs.Factory(dict)


def _value(row: _Row, cell: _Cell) -> _Value:
    text = row.cells[cell.column]
    if cell.integer:
        if not _INTEGER.fullmatch(text):
            raise row.fail(cell.column, f"{text!r} is not an integer")
        return int(text)
    if text == "" and cell.optional:
        return None
    return text


def _item(table: _Table, row: _Row, path: str, where: dict[str, str]) -> Any:
    """
    Build a record or a list item from its row, noting the cell of each JSON path.
    """
    if table.cells[0].path == ():
        where[path] = row.where(table.cells[0].column)
        return _value(row, table.cells[0])
    where[path] = row.where()
    out: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for cell in table.cells:
        where[f"{path}.{'.'.join(cell.path)}"] = row.where(cell.column)
        if len(cell.path) == 1:
            out[cell.path[0]] = _value(row, cell)
            continue
        name, key = cell.path
        found = nested.setdefault(name, {})
        where[f"{path}.{name}"] = row.where(*(c.column for c in table.cells if c.path[0] == name))
        if row.cells[cell.column] != "":
            found[key] = _value(row, cell)
    for name, found in nested.items():
        out[name] = None if not found and name in _OPTIONAL_OBJECTS else found
    return out


def _article(row: _Row) -> dict[str, Any]:
    article: dict[str, Any] = {"text": row.cells["text"], "language": row.cells["language"]}
    article["published"] = row.cells["published"] or None
    empty = row.cells["empty_fields"].split()
    for name in empty:
        if name not in _EMPTIABLE:
            raise row.fail("empty_fields", f"{name!r} is not one of {', '.join(_EMPTIABLE)}")
        if row.cells[name] != "":
            raise row.fail("empty_fields", f"names {name}, whose cell is not empty")
    for name in _EMPTIABLE:
        article[name] = row.cells[name] or ("" if name in empty else None)
    return article


def _read_articles(folder: Path) -> dict[int, _Draft]:
    drafts: dict[int, _Draft] = {}
    for row in _read_table(folder, "articles"):
        report = row.number_in("report")
        if report in drafts:
            raise row.fail("report", f"report {report} has two rows")
        where = {"$": row.where(), "$.article": row.where()}
        for column in TABLES["articles"][1:]:
            where[f"$.article.{column}"] = row.where(column)
        data = {"schema": SCHEMA, "article": _article(row), **{kind: [] for kind in Report.KINDS}}
        drafts[report] = _Draft(data, where)
    return drafts


def _draft_of(row: _Row, drafts: dict[int, _Draft]) -> tuple[int, _Draft]:
    report = row.number_in("report")
    if report not in drafts:
        raise row.fail("report", f"there is no report {report} in articles.csv")
    return report, drafts[report]


def _read_records(folder: Path, table: _Table, drafts: dict[int, _Draft]) -> None:
    for row in _read_table(folder, table.name):
        _, draft = _draft_of(row, drafts)
        records = draft.data[table.kind]
        path = f"$.{table.kind}[{len(records)}]"
        record = _item(table, row, path, draft.where)
        record["id"] = key = row.cells[table.key]
        if not key:
            raise row.fail(table.key, "empty; every record has an id")
        draft.where[f"{path}.id"] = row.where(table.key)
        records.append(record)
        # With two records of one id, the model refuses the report; lists join the first.
        draft.records.setdefault((table.kind, key), (record, path))
        draft.records.setdefault(("", key), (record, path))


def _read_items(folder: Path, table: _Table, drafts: dict[int, _Draft]) -> None:
    # For each record that has items in this table: its draft, data, path and rows.
    found: dict[tuple[int, str], tuple[_Draft, dict[str, Any], str, list[tuple[int, _Row]]]] = {}
    for row in _read_table(folder, table.name):
        report, draft = _draft_of(row, drafts)
        key = row.cells[table.key]
        if (table.kind, key) not in draft.records:
            source = f"{table.kind}.csv" if table.kind else "any record table"
            raise row.fail(table.key, f"this report has no {table.key} {key!r} in {source}")
        record, path = draft.records[table.kind, key]
        entry = found.setdefault((report, path), (draft, record, path, []))
        entry[3].append((row.number_in("position"), row))
    for draft, record, path, rows in found.values():
        rows.sort(key=lambda pair: pair[0])
        items = []
        for j, (position, row) in enumerate(rows):
            if j and rows[j - 1][0] == position:
                raise row.fail("position", f"position {position} is used twice in this list")
            items.append(_item(table, row, f"{path}.{table.field}[{j}]", draft.where))
        record[table.field] = items
        draft.where[f"{path}.{table.field}"] = _where(table.name, [row.number for _, row in rows])


def _locate(where: dict[str, str], path: str) -> str:
    while path not in where:
        shorter = _LAST_STEP.sub("", path, count=1)
        if shorter == path:
            return where["$"]
        path = shorter
    return where[path]


@contextlib.contextmanager
def _long_fields() -> Iterator[None]:
    # The limit is global to the csv module; it is raised for the read and put back after.
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, _FIELD_LIMIT))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def read_tables(folder: str | os.PathLike[str]) -> list[Report]:
    """
    Read reports from a folder of CSV tables, as :func:`write_tables` writes them.

    ``read_tables(write_tables(reports, folder))`` gives back reports equal to *reports*, in the
    order of their ``report`` numbers.
    The columns of a table may come in any order, and the rows of a list in any order of
    ``position``; the records of a report keep the order of their rows.
    The derived ``_cow`` and ``_gw`` columns are not read: they may be left out, and their cells
    need only be empty or whole numbers.
    A byte-order mark at the start of a file is ignored, so files saved by a spreadsheet read.

    Raises:
        bilateral.errors.FormatError: on the first problem, with a *path* naming the file, the
            row (the header is row 1, as in a spreadsheet) and, where it can, the column,
            such as ``visits.csv, row 3, column start``.
            Every value is checked by the model, as :func:`bilateral.from_json` checks it.

    >>> import tempfile
    >>> from bilateral import Article, FormatError, Report
    >>> from bilateral.serialise.tables import read_tables, write_tables
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = write_tables([Report(article=Article(text="", language="en"))], folder)
    ...     _ = paths["articles"].write_text(
    ...         "report,language,published,title,url,outlet,empty_fields,text\\n"
    ...         "0,en,2025-02-30,,,,,\\n"
    ...     )
    ...     try:
    ...         read_tables(folder)
    ...     except FormatError as error:
    ...         print(error)
    articles.csv, row 2, column published: '2025-02-30' is not a valid date: day is out of range for month
    """
    root = Path(folder)
    with _long_fields():
        drafts = _read_articles(root)
        for table in _RECORD_TABLES:
            if table.field:
                _read_items(root, table, drafts)
            else:
                _read_records(root, table, drafts)
    reports = []
    for report in sorted(drafts):
        draft = drafts[report]
        try:
            reports.append(structure(draft.data, Report))
        except FormatError as exc:
            path, reason = exc.path, exc.reason
            # The model names a bad list item in the message: "item 2: must not be empty".
            item = _ITEM.fullmatch(reason)
            if item and f"{path}[{item[1]}]" in draft.where:
                path, reason = f"{path}[{item[1]}]", item[2]
            raise FormatError(_locate(draft.where, path), reason) from None
    return reports
