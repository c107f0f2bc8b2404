"""
Event rows: a report's visits, meetings, agreements and targets as CAMEO and PLOVER events.

Event datasets record who did what to whom, one dyad at a time.
GDELT and ICEWS code events in CAMEO (Schrodt 2012, *CAMEO Event and Actor Codebook* 1.1b3);
POLECAT codes them in PLOVER.
:func:`cameo_rows` turns a report into :class:`CameoRow` objects whose columns carry GDELT 2.0's
event-table names, and :func:`write_cameo` writes them as tab-separated values;
:func:`plover_rows` and :func:`write_plover` do the same for PLOVER records, as JSON Lines.

Actors are countries, named by their ISO 3166-1 alpha-3 code as CAMEO does, with a role code
(``GOV``, ``LEG``, ``MIL``, ``BUS``) taken from the official's office, and with their
Correlates of War and Gleditsch-Ward state numbers as of the event's date.

Each record gives these events (CAMEO codes, then the PLOVER record):

- a visit: 042 "Make a visit" (the visitor's country to the host) and 043 "Host a visit"
  (the host to the visitor's country); one PLOVER ``CONSULT`` with mode ``visit``;
- a meeting: 040 "Consult", or 044 "Meet at a 'third' location" when it took place in neither
  actor's country, one row per pair of participants of different countries; one PLOVER
  ``CONSULT`` (mode ``third-party`` for 044) with every participant as an actor;
- an agreement signed, ratified or in force: 057 "Sign formal agreement", one row per pair of
  countries among its parties, with its *count* in a column of its own; PLOVER ``SUPPORT``;
- a consensus, or an agreement only agreed or proposed: 030 "Express intent to cooperate";
  PLOVER ``AGREE``;
- a target for trade, investment, exports, imports or tourism: 0311 "Express intent to
  cooperate economically", the speaker's country first; any other target: 030; PLOVER
  ``AGREE``;
- a statement or an official: nothing, as neither is an event.

A visit gives events only when its origin and destination are both countries; a meeting only
counts participants whose roles name a country; agreements and targets only count the countries
among their parties.
Organisations are never actors: they have no state numbers, and CAMEO's codes for particular
international organisations were not checked for the ones :mod:`bilateral` knows.
The guide ``docs/guides/events.md`` explains each choice.

>>> from datetime import date
>>> from bilateral import Article, Country, Evidence, Office, Official, Report, Role, Visit
>>> text = "Iran's Larijani arrived in Islamabad on Tuesday."
>>> larijani = Official(
...     id="o1",
...     name="Ali Larijani",
...     roles=[Role(office=Office.SECURITY_COUNCIL_SECRETARY, title="SNSC secretary",
...                 party=Country("IRN"))],
... )
>>> visit = Visit(id="v1", visitor="o1", origin=Country("IRN"), destination=Country("PAK"),
...               start=date(2025, 11, 25), evidence=[Evidence(0, 47)])
>>> report = Report(article=Article(text=text, language="en"), officials=[larijani],
...                 visits=[visit])
>>> [(r.event_code, r.actor1_code, r.actor2_code, r.sql_date) for r in cameo_rows(report)]
[('042', 'IRNGOV', 'PAK', 20251125), ('043', 'PAK', 'IRNGOV', 20251125)]
>>> [(r.event, r.mode, r.actor[0].code, r.recipient[0].code) for r in plover_rows(report)]
[(('CONSULT',), ('visit',), 'IRN', 'PAK')]
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, TextIO, TypeVar

import attrs

from bilateral import _systems
from bilateral.errors import ValidationError
from bilateral.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Country,
    Meeting,
    Office,
    Official,
    PartialDate,
    Report,
    Role,
    Target,
    TargetMetric,
    Visit,
)

__all__ = [
    "CAMEO_CODES",
    "CAMEO_COLUMNS",
    "CameoCode",
    "CameoRow",
    "PloverCitation",
    "PloverEntity",
    "PloverRow",
    "cameo_rows",
    "cameo_to_dict",
    "plover_rows",
    "plover_to_dict",
    "write_cameo",
    "write_plover",
]


@attrs.frozen(kw_only=True)
class CameoCode:
    """
    One CAMEO event code with its name, root, quad class and Goldstein value.
    """

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


def _code(code: str, name: str, goldstein: float) -> CameoCode:
    return CameoCode(code=code, name=name, root=code[:2], quad_class=1, goldstein=goldstein)


#: The CAMEO event codes this module writes (and 031, the base code of 0311), keyed by code.
#: Names are those of the CAMEO codebook 1.1b3 (Schrodt 2012); Goldstein values are those of
#: Schrodt's CAMEO scale, as GDELT publishes them; roots 03 to 05 are quad class 1, verbal
#: cooperation.
CAMEO_CODES: Final[Mapping[str, CameoCode]] = {
    c.code: c
    for c in (
        _code("030", "Express intent to cooperate, not specified below", 4.0),
        _code("031", "Express intent to engage in material cooperation, not specified below", 5.2),
        _code("0311", "Express intent to cooperate economically", 5.2),
        _code("040", "Consult, not specified below", 1.0),
        _code("042", "Make a visit", 1.9),
        _code("043", "Host a visit", 2.8),
        _code("044", 'Meet at a "third" location', 2.5),
        _code("057", "Sign formal agreement", 8.0),
    )
}

# CAMEO agent codes for each office, after the CAMEO agents dictionary of the Open Event Data
# Alliance (Phoenix.agents.txt): a second code where the dictionary gives one.
_AGENTS: Final[Mapping[Office, tuple[str, ...]]] = {
    Office.HEAD_OF_STATE: ("GOV",),
    Office.HEAD_OF_GOVERNMENT: ("GOV",),
    Office.DEPUTY_HEAD_OF_GOVERNMENT: ("GOV",),
    Office.VICE_PRESIDENT: ("GOV",),
    Office.SUPREME_LEADER: ("GOV",),
    Office.MONARCH: ("GOV",),
    Office.CROWN_PRINCE: ("GOV",),
    Office.FOREIGN_MINISTER: ("GOV",),
    Office.DEPUTY_FOREIGN_MINISTER: ("GOV",),
    Office.DEFENCE_MINISTER: ("GOV", "MIL"),
    Office.INTERIOR_MINISTER: ("GOV",),
    Office.FINANCE_MINISTER: ("GOV",),
    Office.TRADE_MINISTER: ("GOV",),
    Office.ECONOMY_MINISTER: ("GOV",),
    Office.ENERGY_MINISTER: ("GOV",),
    Office.OTHER_MINISTER: ("GOV",),
    Office.SPEAKER_OF_PARLIAMENT: ("LEG",),
    Office.MEMBER_OF_PARLIAMENT: ("LEG",),
    Office.SECURITY_COUNCIL_SECRETARY: ("GOV",),
    Office.NATIONAL_SECURITY_ADVISER: ("GOV", "MIL"),
    Office.AMBASSADOR: ("GOV",),
    Office.ENVOY: ("GOV",),
    Office.MILITARY_CHIEF: ("MIL",),
    Office.CENTRAL_BANK_GOVERNOR: ("GOV", "BUS"),
    Office.SPOKESPERSON: ("GOV",),
    Office.SECRETARY_GENERAL: ("GOV",),
    Office.HEAD_OF_ORGANISATION: ("GOV",),
    Office.OTHER: (),
}

_ECONOMIC: Final = frozenset(
    {
        TargetMetric.BILATERAL_TRADE,
        TargetMetric.INVESTMENT,
        TargetMetric.EXPORTS,
        TargetMetric.IMPORTS,
        TargetMetric.TOURISM,
    }
)
_CONCLUDED: Final = frozenset(
    {AgreementStatus.SIGNED, AgreementStatus.RATIFIED, AgreementStatus.IN_FORCE}
)

# The PLOVER event type, modes, contexts and score of each CAMEO code: the modes and contexts
# follow the PLOVER project's CAMEO2PLOVER-2021 crosswalk, the scores the PLOVER codebook.
_PLOVER: Final[Mapping[str, tuple[str, tuple[str, ...], tuple[str, ...], float]]] = {
    "030": ("AGREE", (), ("diplomatic",), 2.5),
    "0311": ("AGREE", (), ("economic",), 2.5),
    "040": ("CONSULT", (), (), 2.5),
    "042": ("CONSULT", ("visit",), (), 4.0),
    "044": ("CONSULT", ("third-party",), (), 1.0),
    "057": ("SUPPORT", (), ("diplomatic",), 5.0),
}

_REPORT_ID = re.compile(r"[^\s/]+")
# Characters that JSON allows raw but that some line readers (str.splitlines) take as line
# breaks; written as escapes, they keep one record per line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_T = TypeVar("_T")


def _column(name: str) -> Any:
    return {"column": name}


@attrs.frozen(kw_only=True)
class CameoRow:
    """
    One CAMEO event, with the column names of GDELT 2.0's event table.

    Columns that GDELT has keep their GDELT names (see :data:`CAMEO_COLUMNS`); the columns
    that GDELT lacks start with ``bilateral_``.
    Codes a row cannot know are ``None`` and written as empty cells.
    """

    global_event_id: str = attrs.field(metadata=_column("GLOBALEVENTID"))
    sql_date: int | None = attrs.field(metadata=_column("SQLDATE"))
    month_year: int | None = attrs.field(metadata=_column("MonthYear"))
    year: int | None = attrs.field(metadata=_column("Year"))
    actor1_code: str = attrs.field(metadata=_column("Actor1Code"))
    actor1_name: str = attrs.field(metadata=_column("Actor1Name"))
    actor1_country_code: str = attrs.field(metadata=_column("Actor1CountryCode"))
    actor1_type1_code: str | None = attrs.field(metadata=_column("Actor1Type1Code"))
    actor1_type2_code: str | None = attrs.field(metadata=_column("Actor1Type2Code"))
    actor2_code: str = attrs.field(metadata=_column("Actor2Code"))
    actor2_name: str = attrs.field(metadata=_column("Actor2Name"))
    actor2_country_code: str = attrs.field(metadata=_column("Actor2CountryCode"))
    actor2_type1_code: str | None = attrs.field(metadata=_column("Actor2Type1Code"))
    actor2_type2_code: str | None = attrs.field(metadata=_column("Actor2Type2Code"))
    is_root_event: int = attrs.field(metadata=_column("IsRootEvent"))
    event_code: str = attrs.field(metadata=_column("EventCode"))
    event_base_code: str = attrs.field(metadata=_column("EventBaseCode"))
    event_root_code: str = attrs.field(metadata=_column("EventRootCode"))
    quad_class: int = attrs.field(metadata=_column("QuadClass"))
    goldstein_scale: float = attrs.field(metadata=_column("GoldsteinScale"))
    source_url: str | None = attrs.field(metadata=_column("SOURCEURL"))
    report: str = attrs.field(metadata=_column("bilateral_report"))
    record: str = attrs.field(metadata=_column("bilateral_record"))
    count: int = attrs.field(metadata=_column("bilateral_count"))
    actor1_official: str | None = attrs.field(metadata=_column("bilateral_actor1_official"))
    actor1_cow: int | None = attrs.field(metadata=_column("bilateral_actor1_cow"))
    actor1_gw: int | None = attrs.field(metadata=_column("bilateral_actor1_gw"))
    actor2_official: str | None = attrs.field(metadata=_column("bilateral_actor2_official"))
    actor2_cow: int | None = attrs.field(metadata=_column("bilateral_actor2_cow"))
    actor2_gw: int | None = attrs.field(metadata=_column("bilateral_actor2_gw"))


#: The column names of a CAMEO table, in order, one per field of :class:`CameoRow`.
CAMEO_COLUMNS: Final[tuple[str, ...]] = tuple(
    field.metadata["column"] for field in attrs.fields(CameoRow)
)


@attrs.frozen(kw_only=True)
class PloverEntity:
    """
    A PLOVER actor or recipient: a country, and the official acting for it when known.

    *code* is an ISO 3166-1 alpha-3 code, *sector* a PLOVER sector code such as ``"GOV"`` (or
    two run together, such as ``"GOVMIL"``), *entity_text* the official's name (or the country's
    name) and *office* the official's title as written.
    """

    code: str
    sector: str | None
    entity_text: str
    office: str | None
    official: str | None
    cow: int | None
    gw: int | None


@attrs.frozen(kw_only=True)
class PloverCitation:
    """
    The PLOVER ``cite_info`` of the article an event was coded from.
    """

    url: str | None
    title: str | None
    language: str
    publication: str | None


@attrs.frozen(kw_only=True)
class PloverRow:
    """
    One PLOVER event record, with the field names of the PLOVER codebook.

    *date* and *enddate* are ``YYYY-MM-DD`` or ``None`` when the day is not known;
    *stated_date* is the date at the precision the article gave (``"2030"``, ``"2030-03"``,
    ``"2030-03-12"``), which PLOVER's date field cannot always hold.
    *cameo* is the CAMEO code the same record gives, so that the two exports can be joined.
    """

    id: str
    date: str | None
    enddate: str | None
    stated_date: str | None
    actor: tuple[PloverEntity, ...]
    recipient: tuple[PloverEntity, ...]
    event: tuple[str, ...]
    mode: tuple[str, ...]
    context: tuple[str, ...]
    quad_code: int
    event_scale: float
    event_text: tuple[str, ...]
    cite_info: PloverCitation
    report: str
    record: str
    count: int
    cameo: str


# --- actors -------------------------------------------------------------------------------------


@attrs.frozen
class _Actor:
    country: Country
    official: Official | None
    role: Role | None

    @property
    def agents(self) -> tuple[str, ...]:
        return () if self.role is None else _AGENTS[self.role.office]

    @property
    def code(self) -> str:
        return self.country.alpha_3 + "".join(self.agents)

    def type_code(self, index: int) -> str | None:
        agents = self.agents
        return agents[index] if index < len(agents) else None


def _home(official: Official) -> Role | None:
    """The first role of *official* that names a country."""
    return next((r for r in official.roles if isinstance(r.party, Country)), None)


def _acting_for(official: Official | None, country: Country) -> _Actor:
    """*country*, acting through *official* when one of their roles is for it (or for no party)."""
    if official is None:
        return _Actor(country, None, None)
    role = next((r for r in official.roles if r.party == country), None)
    if role is None:
        role = next((r for r in official.roles if r.party is None), None)
    return _Actor(country, official, role)


def _countries(parties: Iterable[object]) -> list[Country]:
    found: list[Country] = []
    for party in parties:
        if isinstance(party, Country) and party not in found:
            found.append(party)
    return found


def _pairs(items: Sequence[_T]) -> Iterator[tuple[_T, _T]]:
    for i, first in enumerate(items):
        for second in items[i + 1 :]:
            yield first, second


# --- dates and state numbers --------------------------------------------------------------------

_When = _dt.date | PartialDate | None


def _codes(country: Country, when: _When, report: Report) -> tuple[int | None, int | None]:
    """The COW and G&W numbers of *country* on the event's day, ``None`` where they are unsure."""
    if when is None:
        when = report.article.published
    result: list[int | None] = []
    for lookup in (_systems.cow_code, _systems.gw_code):
        if isinstance(when, PartialDate):
            first = lookup(country.alpha_3, when.first_day)
            result.append(first if first == lookup(country.alpha_3, when.last_day) else None)
        else:
            result.append(lookup(country.alpha_3, when))
    return result[0], result[1]


def _date_columns(when: _When) -> tuple[int | None, int | None, int | None]:
    if when is None:
        return None, None, None
    if isinstance(when, PartialDate):
        month = None if when.month is None else when.year * 100 + when.month
        return None, month, when.year
    return (
        when.year * 10000 + when.month * 100 + when.day,
        when.year * 100 + when.month,
        when.year,
    )


def _lead_end(text: str) -> int:
    """Where the lead paragraph ends: at the first line break after some text."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


# --- the mapping --------------------------------------------------------------------------------


@attrs.frozen
class _Event:
    """One dyadic event, before it is written in either vocabulary."""

    suffix: str
    code: str
    first: _Actor
    second: _Actor
    when: _When
    count: int = 1


def _visit_events(report: Report, visit: Visit) -> list[_Event]:
    origin, destination = visit.origin, visit.destination
    if not isinstance(origin, Country) or not isinstance(destination, Country):
        return []
    visitor = _acting_for(report.official(visit.visitor), origin)
    host = _Actor(destination, None, None)
    when = visit.start if visit.start is not None else visit.end
    return [
        _Event("042", "042", visitor, host, when),
        _Event("043", "043", host, visitor, when),
    ]


def _meeting_place(report: Report, meeting: Meeting) -> Country | None:
    if meeting.place is not None and meeting.place.country is not None:
        return meeting.place.country
    if meeting.visit is not None:
        destination = next(v.destination for v in report.visits if v.id == meeting.visit)
        if isinstance(destination, Country):
            return destination
    return None


def _meeting_actors(report: Report, meeting: Meeting) -> list[_Actor]:
    actors: list[_Actor] = []
    for official_id in dict.fromkeys(meeting.participants):
        official = report.official(official_id)
        role = _home(official)
        if role is not None:
            assert isinstance(role.party, Country)
            actors.append(_Actor(role.party, official, role))
    return actors


def _meeting_events(report: Report, meeting: Meeting) -> list[_Event]:
    place = _meeting_place(report, meeting)
    events = []
    for first, second in _pairs(_meeting_actors(report, meeting)):
        if first.country == second.country:
            continue
        third = place is not None and place not in (first.country, second.country)
        assert first.official is not None
        assert second.official is not None
        suffix = f"{first.official.id}+{second.official.id}"
        events.append(_Event(suffix, "044" if third else "040", first, second, meeting.date))
    return events


def _agreement_code(agreement: Agreement) -> str:
    if agreement.kind is not AgreementKind.CONSENSUS and agreement.status in _CONCLUDED:
        return "057"
    return "030"


def _agreement_events(report: Report, agreement: Agreement) -> list[_Event]:
    signatories = [report.official(ref) for ref in agreement.signatories]

    def actor(country: Country) -> _Actor:
        signatory = next(
            (o for o in signatories if (r := _home(o)) is not None and r.party == country), None
        )
        return _acting_for(signatory, country)

    code = _agreement_code(agreement)
    return [
        _Event(
            f"{a.alpha_3}+{b.alpha_3}", code, actor(a), actor(b), agreement.date, agreement.count
        )
        for a, b in _pairs(_countries(agreement.parties))
    ]


def _target_events(report: Report, target: Target) -> list[_Event]:
    speaker = None if target.stated_by is None else report.official(target.stated_by)
    role = None if speaker is None else _home(speaker)
    countries = _countries(target.parties)
    if role is not None and role.party in countries:
        countries.remove(role.party)
        countries.insert(0, role.party)

    def actor(country: Country) -> _Actor:
        home = role is not None and role.party == country
        return _acting_for(speaker if home else None, country)

    code = "0311" if target.metric in _ECONOMIC else "030"
    return [
        _Event(f"{a.alpha_3}+{b.alpha_3}", code, actor(a), actor(b), None)
        for a, b in _pairs(countries)
    ]


def _events(report: Report) -> Iterator[tuple[Visit | Meeting | Agreement | Target, list[_Event]]]:
    for visit in report.visits:
        yield visit, _visit_events(report, visit)
    for meeting in report.meetings:
        yield meeting, _meeting_events(report, meeting)
    for agreement in report.agreements:
        yield agreement, _agreement_events(report, agreement)
    for target in report.targets:
        yield target, _target_events(report, target)


def _check_report_id(report_id: str) -> None:
    if not isinstance(report_id, str) or not _REPORT_ID.fullmatch(report_id):
        raise ValidationError(
            "report_id", f"{report_id!r} is not a report id (no spaces, no '/', not empty)"
        )


# --- CAMEO --------------------------------------------------------------------------------------


def cameo_rows(report: Report, *, report_id: str = "0") -> list[CameoRow]:
    """
    Turn a report into CAMEO event rows, record by record in the report's order.

    Args:
        report: The report.
        report_id: The report's id in the corpus (by default ``"0"``, the first report); each
            row's ``GLOBALEVENTID`` is ``report_id/record_id/suffix``, so ids are unique across
            reports with unique ids.

    Raises:
        ValidationError: if *report_id* is empty, or holds a space or a ``/``.

    >>> from bilateral import Agreement, AgreementKind, AgreementStatus, Article, Country, Report
    >>> mou = Agreement(id="a1", kind=AgreementKind.MOU, status=AgreementStatus.SIGNED,
    ...                 parties=[Country("MYS"), Country("SGP")], count=3)
    >>> report = Report(article=Article(text="", language="en"), agreements=[mou])
    >>> [(r.global_event_id, r.event_code, r.actor1_code, r.actor2_code, r.count, r.actor1_cow)
    ...  for r in cameo_rows(report, report_id="r7")]
    [('r7/a1/MYS+SGP', '057', 'MYS', 'SGP', 3, 820)]
    """
    _check_report_id(report_id)
    lead = _lead_end(report.article.text)
    rows = []
    for record, events in _events(report):
        root = int(bool(record.evidence) and min(e.start for e in record.evidence) < lead)
        for event in events:
            code = CAMEO_CODES[event.code]
            sql_date, month_year, year = _date_columns(event.when)
            first_cow, first_gw = _codes(event.first.country, event.when, report)
            second_cow, second_gw = _codes(event.second.country, event.when, report)
            rows.append(
                CameoRow(
                    global_event_id=f"{report_id}/{record.id}/{event.suffix}",
                    sql_date=sql_date,
                    month_year=month_year,
                    year=year,
                    actor1_code=event.first.code,
                    actor1_name=event.first.country.name.upper(),
                    actor1_country_code=event.first.country.alpha_3,
                    actor1_type1_code=event.first.type_code(0),
                    actor1_type2_code=event.first.type_code(1),
                    actor2_code=event.second.code,
                    actor2_name=event.second.country.name.upper(),
                    actor2_country_code=event.second.country.alpha_3,
                    actor2_type1_code=event.second.type_code(0),
                    actor2_type2_code=event.second.type_code(1),
                    is_root_event=root,
                    event_code=code.code,
                    event_base_code=code.code[:3],
                    event_root_code=code.root,
                    quad_class=code.quad_class,
                    goldstein_scale=code.goldstein,
                    source_url=report.article.url,
                    report=report_id,
                    record=record.id,
                    count=event.count,
                    actor1_official=None
                    if event.first.official is None
                    else event.first.official.id,
                    actor1_cow=first_cow,
                    actor1_gw=first_gw,
                    actor2_official=(
                        None if event.second.official is None else event.second.official.id
                    ),
                    actor2_cow=second_cow,
                    actor2_gw=second_gw,
                )
            )
    return rows


def cameo_to_dict(row: CameoRow) -> dict[str, object]:
    """
    Return a row as a dict from column name (see :data:`CAMEO_COLUMNS`) to value.

    >>> from bilateral import Article, Country, Official, Report, Visit
    >>> report = Report(
    ...     article=Article(text="", language="en"),
    ...     officials=[Official(id="o1", name="Ali Larijani")],
    ...     visits=[Visit(id="v1", visitor="o1", origin=Country("IRN"), destination=Country("PAK"))],
    ... )
    >>> row = cameo_rows(report)[0]
    >>> {k: v for k, v in cameo_to_dict(row).items() if k.startswith("Event")}
    {'EventCode': '042', 'EventBaseCode': '042', 'EventRootCode': '04'}
    """
    values = attrs.astuple(row, recurse=False)
    return dict(zip(CAMEO_COLUMNS, values, strict=True))


def _ids(
    reports: Iterable[Report], report_ids: Iterable[str] | None
) -> Iterator[tuple[str, Report]]:
    if report_ids is None:
        for number, report in enumerate(reports):
            yield str(number), report
    else:
        yield from zip(report_ids, reports, strict=True)


def write_cameo(
    reports: Iterable[Report], file: TextIO, *, report_ids: Iterable[str] | None = None
) -> int:
    """
    Write the CAMEO rows of many reports as tab-separated values, one header line first.

    Reports are read one at a time, so memory stays constant for any corpus.
    Empty cells stand for ``None``; a cell holding a tab, a quote or a line break is quoted
    as the standard ``csv`` module does.

    Args:
        reports: The reports, in order.
        file: A text file opened with ``newline=""``.
        report_ids: One id per report; by default its position in *reports* from ``"0"``,
            as in the ``report`` column of :mod:`bilateral.serialise.tables`.

    Returns:
        The number of rows written, header excluded.

    Raises:
        ValueError: if *report_ids* and *reports* differ in length.
        ValidationError: if a report id is not valid (see :func:`cameo_rows`).
    """
    writer = csv.writer(file, delimiter="\t", lineterminator="\n")
    writer.writerow(CAMEO_COLUMNS)
    written = 0
    for report_id, report in _ids(reports, report_ids):
        for row in cameo_rows(report, report_id=report_id):
            writer.writerow("" if v is None else v for v in attrs.astuple(row, recurse=False))
            written += 1
    return written


# --- PLOVER -------------------------------------------------------------------------------------


def _entity(actor: _Actor, when: _When, report: Report) -> PloverEntity:
    cow, gw = _codes(actor.country, when, report)
    return PloverEntity(
        code=actor.country.alpha_3,
        sector="".join(actor.agents) or None,
        entity_text=actor.country.name if actor.official is None else actor.official.name,
        office=None if actor.role is None else actor.role.title,
        official=None if actor.official is None else actor.official.id,
        cow=cow,
        gw=gw,
    )


def _sentences(report: Report, record: Visit | Meeting | Agreement | Target) -> tuple[str, ...]:
    # Report.sentences cannot place an empty span at the very end of the text; such a span
    # holds no sentence anyway.
    end = len(report.article.text)
    evidence = tuple(e for e in record.evidence if e.start < end)
    return report.sentences(attrs.evolve(record, evidence=evidence))


def _iso(when: _When) -> str | None:
    return when.isoformat() if isinstance(when, _dt.date) else None


def _plover_parties(events: list[_Event]) -> tuple[list[_Actor], list[_Actor]]:
    """The actors and recipients of one PLOVER record made of a record's CAMEO events."""
    if events[0].code == "042":
        return [events[0].first], [events[0].second]
    actors: list[_Actor] = []
    for event in events:
        for actor in (event.first, event.second):
            if actor not in actors:
                actors.append(actor)
    return actors, []


def plover_rows(report: Report, *, report_id: str = "0") -> list[PloverRow]:
    """
    Turn a report into PLOVER event records, one per record that gives CAMEO events.

    A visit becomes one ``CONSULT`` record with mode ``visit``, the visitor as actor and the
    host as recipient; a meeting, an agreement or a target becomes one record with every
    country (or participant) as an actor and no recipient, as PLOVER codes reciprocal events,
    except that the speaker of a target is its only actor.

    Args:
        report: The report.
        report_id: The report's id in the corpus; each record's ``id`` is ``report_id/record_id``.

    Raises:
        ValidationError: if *report_id* is empty, or holds a space or a ``/``.

    >>> from bilateral import Article, Country, Official, Report, Visit
    >>> report = Report(
    ...     article=Article(text="", language="en"),
    ...     officials=[Official(id="o1", name="Ali Larijani")],
    ...     visits=[Visit(id="v1", visitor="o1", origin=Country("IRN"), destination=Country("PAK"))],
    ... )
    >>> [(r.id, r.event, r.mode, r.actor[0].entity_text) for r in plover_rows(report)]
    [('0/v1', ('CONSULT',), ('visit',), 'Ali Larijani')]
    """
    _check_report_id(report_id)
    article = report.article
    citation = PloverCitation(
        url=article.url, title=article.title, language=article.language, publication=article.outlet
    )
    rows = []
    for record, events in _events(report):
        if not events:
            continue
        first = events[0]
        cameo = first.code
        if isinstance(record, Meeting) and any(e.code == "040" for e in events):
            cameo = "040"
        event_type, mode, context, scale = _PLOVER[cameo]
        actors, recipients = _plover_parties(events)
        if isinstance(record, Target) and first.first.official is not None:
            actors, recipients = [first.first], [e.second for e in events if e.first == first.first]
        when = first.when
        end = record.end if isinstance(record, Visit) else None
        rows.append(
            PloverRow(
                id=f"{report_id}/{record.id}",
                date=_iso(when),
                enddate=_iso(end),
                stated_date=None if when is None else when.isoformat(),
                actor=tuple(_entity(a, when, report) for a in actors),
                recipient=tuple(_entity(a, when, report) for a in recipients),
                event=(event_type,),
                mode=mode,
                context=context,
                quad_code=1,
                event_scale=scale,
                event_text=_sentences(report, record),
                cite_info=citation,
                report=report_id,
                record=record.id,
                count=first.count,
                cameo=cameo,
            )
        )
    return rows


def plover_to_dict(row: PloverRow) -> dict[str, object]:
    """
    Return a record as JSON-compatible data, with PLOVER's field names.

    The fields PLOVER does not define start with ``bilateral_``; lists are lists.

    >>> from bilateral import Article, Country, Official, Report, Visit
    >>> report = Report(
    ...     article=Article(text="", language="en"),
    ...     officials=[Official(id="o1", name="Ali Larijani")],
    ...     visits=[Visit(id="v1", visitor="o1", origin=Country("IRN"), destination=Country("PAK"))],
    ... )
    >>> data = plover_to_dict(plover_rows(report)[0])
    >>> data["event"], data["recipient"][0]["code"], data["recipient"][0]["bilateral_cow"]
    (['CONSULT'], 'PAK', 770)
    """

    def entity(e: PloverEntity) -> dict[str, object]:
        return {
            "code": e.code,
            "sector": e.sector,
            "entity_text": e.entity_text,
            "office": e.office,
            "bilateral_official": e.official,
            "bilateral_cow": e.cow,
            "bilateral_gw": e.gw,
        }

    return {
        "id": row.id,
        "date": row.date,
        "enddate": row.enddate,
        "actor": [entity(e) for e in row.actor],
        "recipient": [entity(e) for e in row.recipient],
        "event": list(row.event),
        "mode": list(row.mode),
        "context": list(row.context),
        "quad_code": row.quad_code,
        "event_scale": row.event_scale,
        "event_text": list(row.event_text),
        "cite_info": attrs.asdict(row.cite_info),
        "bilateral_report": row.report,
        "bilateral_record": row.record,
        "bilateral_count": row.count,
        "bilateral_cameo": row.cameo,
        "bilateral_date": row.stated_date,
    }


def write_plover(
    reports: Iterable[Report], file: TextIO, *, report_ids: Iterable[str] | None = None
) -> int:
    """
    Write the PLOVER records of many reports as JSON Lines, one record per line.

    Reports are read one at a time, so memory stays constant for any corpus; the arguments,
    return value and errors are those of :func:`write_cameo`.
    Text is written as is (not escaped to ASCII), so *file* should be UTF-8; only the characters
    that some readers take as line breaks (U+0085, U+2028, U+2029) are written as escapes.
    """
    written = 0
    for report_id, report in _ids(reports, report_ids):
        for row in plover_rows(report, report_id=report_id):
            text = json.dumps(plover_to_dict(row), ensure_ascii=False, separators=(",", ":"))
            file.write(text.translate(_LINE_BREAKS) + "\n")
            written += 1
    return written
