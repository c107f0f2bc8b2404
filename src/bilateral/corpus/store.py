"""
The corpus store: articles, their reports and the events consolidated from them, in SQLite.

:meth:`Corpus.open` opens (or creates) one database file, with the standard library's
``sqlite3``; :meth:`Corpus.ingest` adds reports; :meth:`Corpus.events` and
:meth:`Corpus.persons` query the result.
The tables and the schema versions are described in ``docs/guides/corpus.md``.

Each article is added in a transaction of its own, which also marks the blocks (kind and
countries) it touches as pending; each pending block is then consolidated again in a transaction
of its own.
A run killed half-way leaves every article either stored or not, and the blocks it left pending
are consolidated the next time the corpus is opened for writing.
The database is in WAL mode, so other processes can query it while an ingest runs.

>>> from bilateral import parse
>>> from bilateral.corpus import Corpus
>>> news = parse("Retno Marsudi arrived in Hanoi on Tuesday.", language="en",
...                published="2024-05-15")
>>> with Corpus.open(":memory:") as corpus:
...     print(corpus.ingest([news, news]))
...     print([(e.kind.value, e.origin, e.destination) for e in corpus.events(pair=("VNM", "IDN"))])
1 article added, 1 already stored
[('visit', 'IDN', 'VNM')]
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType

import attrs

from bilateral.corpus.consolidation import (
    _events_of_block,
    _first,
    _Item,
    _items_of,
    _last,
    _words,
    article_key,
)
from bilateral.corpus.errors import SchemaVersionError
from bilateral.corpus.model import Event, EventKind, Person
from bilateral.corpus.panels import PanelRow, panel
from bilateral.model import Country, Office, Report
from bilateral.serialise.json import dumps, loads

__all__ = ["SCHEMA_VERSION", "Corpus", "IngestSummary"]

#: The version of the database schema this version of :mod:`bilateral` writes (``user_version``).
SCHEMA_VERSION = 1

# Migration n takes a database from version n - 1 to version n; version 0 is an empty file.
# A new version appends a script here and raises SCHEMA_VERSION; never edit a released script.
_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        published TEXT,
        language TEXT NOT NULL,
        title TEXT,
        url TEXT,
        outlet TEXT,
        report TEXT NOT NULL
    );
    CREATE TABLE items (
        article TEXT NOT NULL REFERENCES articles (id),
        record TEXT NOT NULL,
        block TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article, record)
    );
    CREATE INDEX items_by_block ON items (block);
    CREATE TABLE pending (block TEXT PRIMARY KEY);
    CREATE TABLE persons (id TEXT PRIMARY KEY, country TEXT);
    CREATE TABLE person_names (
        person TEXT NOT NULL REFERENCES persons (id),
        name TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (person, name)
    );
    CREATE TABLE person_offices (
        person TEXT NOT NULL REFERENCES persons (id),
        office TEXT NOT NULL,
        PRIMARY KEY (person, office)
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        block TEXT NOT NULL,
        kind TEXT NOT NULL,
        first_day TEXT,
        last_day TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX events_by_block ON events (block);
    CREATE INDEX events_by_day ON events (first_day);
    CREATE TABLE event_countries (
        event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        country TEXT NOT NULL,
        PRIMARY KEY (country, event)
    );
    CREATE TABLE event_people (
        event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        person TEXT NOT NULL,
        PRIMARY KEY (person, event)
    );
    CREATE TABLE event_sources (
        event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        article TEXT NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (article, record)
    );
    CREATE INDEX event_sources_by_event ON event_sources (event);
    """,
}


@attrs.frozen
class IngestSummary:
    """
    What :meth:`Corpus.ingest` did: how many articles it added, and how many it already had.
    """

    added: int
    skipped: int

    def __str__(self) -> str:
        noun = "article" if self.added == 1 else "articles"
        return f"{self.added} {noun} added, {self.skipped} already stored"


def _day(value: object) -> str | None:
    return None if value is None else str(value)


class Corpus:
    """
    A corpus of articles and the events consolidated from them, in one SQLite file.

    Open one with :meth:`open`; use it as a context manager, or call :meth:`close`.
    """

    _db: sqlite3.Connection
    path: str
    """The database file, as given to :meth:`open`."""

    def __init__(self) -> None:
        raise TypeError("open a corpus with Corpus.open(path)")

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Corpus:
        """
        Open the corpus in the file *path*, creating it (and upgrading an older schema) if needed.

        ``":memory:"`` opens a corpus that lives only as long as the object.

        Raises:
            SchemaVersionError: if the file was written by a newer :mod:`bilateral`.
        """
        name = os.fspath(path)
        connection = sqlite3.connect(name, isolation_level=None, timeout=30.0)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA foreign_keys = ON")
            corpus = cls.__new__(cls)
            corpus._db, corpus.path = connection, name
            corpus._migrate()
            corpus._settle()
        except BaseException:
            connection.close()
            raise
        return corpus

    def close(self) -> None:
        """
        Close the database connection.
        """
        self._db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    @property
    def schema_version(self) -> int:
        """
        The schema version of the open database (``PRAGMA user_version``).
        """
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        found = self.schema_version
        if found > SCHEMA_VERSION:
            raise SchemaVersionError(self.path, found, SCHEMA_VERSION)
        for version in range(found + 1, SCHEMA_VERSION + 1):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _MIGRATIONS[version].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {version}")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def ingest(self, reports: Iterable[Report]) -> IngestSummary:
        """
        Add the articles of *reports* and consolidate again the blocks they touch.

        An article already stored (the same :func:`~bilateral.corpus.article_key`) is skipped,
        so ingesting the same reports twice changes nothing.

        Returns:
            How many articles were added, and how many were already stored.
        """
        added = skipped = 0
        for report in reports:
            if self._add(report):
                added += 1
            else:
                skipped += 1
        self._settle()
        return IngestSummary(added, skipped)

    def _add(self, report: Report) -> bool:
        key = article_key(report.article)
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (key,)).fetchone():
                db.execute("ROLLBACK")
                return False
            article = report.article
            db.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    _day(article.published),
                    article.language,
                    article.title,
                    article.url,
                    article.outlet,
                    dumps(report),
                ),
            )
            self._store_records(key, report)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return True

    def _store_records(self, key: str, report: Report) -> None:
        db = self._db
        items, mentions = _items_of(report, key)
        for item in items:
            db.execute(
                "INSERT INTO items VALUES (?, ?, ?, ?)",
                (key, item.source.record, item.block, dumps(item)),
            )
            db.execute("INSERT OR IGNORE INTO pending VALUES (?)", (item.block,))
        for mention in mentions:
            db.execute(
                "INSERT OR IGNORE INTO persons VALUES (?, ?)", (mention.person, mention.country)
            )
            forms = [(mention.name, 1)] + [(a, 0) for a in mention.aliases if a != mention.name]
            for form, count in forms:
                db.execute(
                    "INSERT INTO person_names VALUES (?, ?, ?) ON CONFLICT (person, name) "
                    "DO UPDATE SET mentions = mentions + excluded.mentions",
                    (mention.person, form, count),
                )
            for office in mention.offices:
                db.execute(
                    "INSERT OR IGNORE INTO person_offices VALUES (?, ?)",
                    (mention.person, office.value),
                )

    def _settle(self) -> None:
        """Consolidate each pending block again, each in its own transaction."""
        db = self._db
        for (block,) in db.execute("SELECT block FROM pending ORDER BY block").fetchall():
            db.execute("BEGIN IMMEDIATE")
            try:
                rows = db.execute("SELECT data FROM items WHERE block = ?", (block,))
                events = _events_of_block(block, (loads(data, _Item) for (data,) in rows))
                db.execute("DELETE FROM events WHERE block = ?", (block,))
                for event in events:
                    self._store_event(block, event)
                db.execute("DELETE FROM pending WHERE block = ?", (block,))
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _store_event(self, block: str, event: Event) -> None:
        db = self._db
        when = event.start or event.first_reported
        last = event.end or event.start or event.first_reported
        db.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
            (
                event.id,
                block,
                event.kind.value,
                None if when is None else _first(when).isoformat(),
                None if last is None else _last(last).isoformat(),
                dumps(event),
            ),
        )
        db.executemany(
            "INSERT INTO event_countries VALUES (?, ?)", [(event.id, c) for c in event.countries]
        )
        db.executemany(
            "INSERT INTO event_people VALUES (?, ?)", [(event.id, p) for p in event.people]
        )
        db.executemany(
            "INSERT INTO event_sources VALUES (?, ?, ?)",
            [(event.id, s.article, s.record) for s in event.sources],
        )

    def rebuild(self) -> None:
        """
        Consolidate every article again from its stored report.

        Run it after upgrading :mod:`bilateral` when the consolidation rules have changed; the
        articles are kept, everything derived from them is built anew.
        """
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            for table in ("event_sources", "event_people", "event_countries", "events", "items"):
                db.execute(f"DELETE FROM {table}")
            for table in ("person_names", "person_offices", "persons"):
                db.execute(f"DELETE FROM {table}")
            for key, data in db.execute("SELECT id, report FROM articles ORDER BY id").fetchall():
                self._store_records(key, loads(data, Report))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        self._settle()

    def events(
        self,
        *,
        kind: EventKind | str | None = None,
        pair: Sequence[Country | str] | None = None,
        country: Country | str | None = None,
        person: str | None = None,
        since: _dt.date | None = None,
        until: _dt.date | None = None,
    ) -> list[Event]:
        """
        Return the events that match every condition given, by date, kind and id.

        Args:
            kind: An :class:`~bilateral.corpus.EventKind` or its value, such as ``"visit"``.
            pair: Two countries (ISO 3166-1 alpha-3 codes or :class:`~bilateral.Country`), in
                either order: events that involve both.
            country: Events that involve this country.
            person: A :class:`~bilateral.corpus.Person` id: events the person took part in.
            since: Events that end on or after this day.
            until: Events that start on or before this day.

        An event without any date (nor a publication date of a source) only matches when
        neither *since* nor *until* is given.

        Raises:
            bilateral.UnknownCodeError: if a country code is not an ISO 3166-1 alpha-3 code.
            ValueError: if *pair* is not two countries, or *kind* is not an event kind.
        """
        sql = ["SELECT data FROM events WHERE 1 = 1"]
        args: list[object] = []
        if kind is not None:
            sql.append("AND kind = ?")
            args.append(EventKind(kind).value)
        codes: list[str] = []
        if pair is not None:
            if isinstance(pair, str) or len(pair) != 2:
                raise ValueError(f"pair: expected two countries, got {pair!r}")
            codes.extend(_code(c) for c in pair)
        if country is not None:
            codes.append(_code(country))
        for code in codes:
            sql.append("AND id IN (SELECT event FROM event_countries WHERE country = ?)")
            args.append(code)
        if person is not None:
            sql.append("AND id IN (SELECT event FROM event_people WHERE person = ?)")
            args.append(person)
        if since is not None:
            sql.append("AND last_day >= ?")
            args.append(since.isoformat())
        if until is not None:
            sql.append("AND first_day <= ?")
            args.append(until.isoformat())
        sql.append("ORDER BY coalesce(first_day, '9999'), kind, id")
        rows = self._db.execute(" ".join(sql), args)
        return [loads(data, Event) for (data,) in rows]

    def persons(self, *, name: str | None = None) -> list[Person]:
        """
        Return the people of the corpus, sorted by id; with *name*, only those it may stand for.

        A person matches *name* when every word of it (without case or diacritics) is a word of
        one of the forms of their name: ``"marsudi"`` finds Retno Marsudi.
        """
        db = self._db
        names: dict[str, list[tuple[str, int]]] = {}
        for person, form, count in db.execute("SELECT person, name, mentions FROM person_names"):
            names.setdefault(person, []).append((form, count))
        offices: dict[str, set[str]] = {}
        for person, office in db.execute("SELECT person, office FROM person_offices"):
            offices.setdefault(person, set()).add(office)
        wanted = set(_words(name)) if name is not None else None
        found = []
        for pid, country in db.execute("SELECT id, country FROM persons ORDER BY id"):
            forms = names.get(pid, [])
            if wanted is not None and not any(wanted <= set(_words(f)) for f, _ in forms):
                continue
            held = offices.get(pid, set())
            found.append(
                Person(
                    id=pid,
                    name=min(forms, key=lambda f: (-f[1], -len(f[0]), f[0]))[0],
                    country=country,
                    names=tuple(sorted(f for f, _ in forms)),
                    offices=tuple(o for o in Office if o.value in held),
                )
            )
        return found

    def panel(
        self,
        *,
        directed: bool = False,
        unit: str = "dyad-year",
        years: tuple[int, int] | None = None,
    ) -> list[PanelRow]:
        """
        Count the corpus's events per dyad and year; see :func:`bilateral.corpus.panel`.
        """
        return panel(self.events(), directed=directed, unit=unit, years=years)

    def reports(self) -> Iterator[Report]:
        """
        Iterate over the stored reports, in the order of their article keys.
        """
        for (data,) in self._db.execute("SELECT report FROM articles ORDER BY id"):
            yield loads(data, Report)


def _code(country: Country | str) -> str:
    return country.alpha_3 if isinstance(country, Country) else Country(country).alpha_3
