"""
The records of a corpus: events told by one or more articles, their sources, and the people in them.

An :class:`Event` is one visit, meeting, agreement or target, however many articles tell it.
It keeps every :class:`Source` it was built from, and a :class:`Conflict` for each field on which
the sources disagree.
A :class:`Person` is one official across articles, with every form of their name seen.
Like :mod:`bilateral.model`, these classes are frozen attrs classes and know nothing of storage.
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from bilateral.model import (
    AgreementKind,
    AgreementStatus,
    Evidence,
    Money,
    Office,
    PartialDate,
    Quantity,
    TargetMetric,
)

__all__ = [
    "EVENT_COLUMNS",
    "Conflict",
    "Event",
    "EventKind",
    "Level",
    "Person",
    "Reading",
    "Source",
    "event_row",
]


class EventKind(enum.Enum):
    """
    The kind of an event; the values are the serialised strings.
    """

    VISIT = "visit"
    MEETING = "meeting"
    AGREEMENT = "agreement"
    TARGET = "target"


class Level(enum.Enum):
    """
    How senior a visitor is, as panels count visits.

    ``head`` is a head of state or government (:attr:`~bilateral.Office.HEAD_OF_STATE`,
    :attr:`~bilateral.Office.HEAD_OF_GOVERNMENT`, :attr:`~bilateral.Office.MONARCH`,
    :attr:`~bilateral.Office.SUPREME_LEADER`); ``minister`` is any office whose value ends in
    ``_minister`` except the deputy foreign minister; ``other`` is every other office.
    """

    HEAD = "head"
    MINISTER = "minister"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Source:
    """
    One record of one article that an event was built from.

    *article* is the article's key (see :func:`~bilateral.corpus.article_key`) and *record*
    the record's id in that article's report; *evidence* are the record's spans of the text.
    """

    article: str
    record: str
    language: str
    published: _dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    evidence: tuple[Evidence, ...] = ()

    @property
    def key(self) -> str:
        """
        The source's key, ``article/record``, unique in a corpus.
        """
        return f"{self.article}/{self.record}"


@attrs.frozen(kw_only=True)
class Reading:
    """
    One value of a field, as some of an event's sources give it (``value`` in the JSON format).
    """

    value: str
    sources: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Conflict:
    """
    A field on which an event's sources disagree, with each value and the sources that give it.

    A date known only to the month or year does not disagree with a day inside it.
    """

    field: str
    readings: tuple[Reading, ...]


@attrs.frozen(kw_only=True)
class Event:
    """
    One visit, meeting, agreement or target, with every article that tells it.

    *countries* are the ISO 3166-1 alpha-3 codes of the countries involved, sorted; a visit also
    has its *origin* and *destination*.
    *start* (and *end*, for a visit) is the date most sources give; when sources give other
    dates, :attr:`conflicts` holds them all with their sources.
    *people* are :class:`Person` ids; *visitor* and *level* are set for visits, *agreement_kind*,
    *status* (the most advanced any source reports) and *subject* for agreements, and *metric*,
    *amount* and *deadline* for targets.
    *first_reported* is the earliest publication date among the sources.
    """

    id: str
    kind: EventKind
    countries: tuple[str, ...]
    origin: str | None = None
    destination: str | None = None
    start: _dt.date | PartialDate | None = None
    end: _dt.date | PartialDate | None = None
    first_reported: _dt.date | None = None
    people: tuple[str, ...] = ()
    visitor: str | None = None
    level: Level | None = None
    agreement_kind: AgreementKind | None = None
    status: AgreementStatus | None = None
    subject: str | None = None
    metric: TargetMetric | None = None
    amount: Money | Quantity | None = None
    deadline: _dt.date | PartialDate | None = None
    sources: tuple[Source, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def year(self) -> int | None:
        """
        The year the event is counted in, that of its date or else of its first report.
        """
        if self.start is not None:
            return self.start.year
        return None if self.first_reported is None else self.first_reported.year


@attrs.frozen(kw_only=True)
class Person:
    """
    One official across articles.

    *id* is ``COUNTRY/surname`` (``---`` when the country is not known), built from the
    normalised name; *name* is the form used most often and *names* every form seen, sorted;
    *offices* are every office any article gives them, in the order of :class:`~bilateral.Office`.
    """

    id: str
    name: str
    country: str | None = None
    names: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()


#: The columns of :func:`event_row`, in order: those of ``bilateral corpus events --format csv``.
EVENT_COLUMNS = (
    "id",
    "kind",
    "countries",
    "origin",
    "destination",
    "start",
    "end",
    "first_reported",
    "people",
    "level",
    "agreement_kind",
    "status",
    "subject",
    "metric",
    "amount",
    "deadline",
    "sources",
    "conflicts",
)


def _cell(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ";".join(str(_cell(v) or "") for v in value)
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values())
    return str(value)


def event_row(event: Event) -> dict[str, str | None]:
    """
    Return *event* as one flat row of text cells, for CSV files and data frames.

    Lists are joined with ``;``: countries and people by code and id, sources as
    ``article/record`` keys and conflicts by field; an amount is ``value currency`` (or
    ``value unit``); a missing value is ``None``.

    >>> from bilateral.corpus import Event, EventKind, event_row
    >>> row = event_row(Event(id="e1", kind=EventKind.MEETING, countries=("IDN", "VNM")))
    >>> row["kind"], row["countries"], row["start"]
    ('meeting', 'IDN;VNM', None)
    """
    from bilateral.serialise.json import to_dict

    data = to_dict(event)
    data["sources"] = [f"{s['article']}/{s['record']}" for s in data["sources"]]
    data["conflicts"] = [c["field"] for c in data["conflicts"]]
    return {column: _cell(data[column]) for column in EVENT_COLUMNS}
