"""
The data model: countries, officials, visits, meetings, agreements, targets and the report that holds them.

Every class is a frozen, slotted attrs class: hashable, safe to share, changed with
:func:`attrs.evolve`.
Each one checks its values when it is built and raises :class:`~bilateral.errors.ValidationError`
(naming the field) when one is wrong.
The model knows nothing about JSON or parsing; see :mod:`bilateral.serialise` and
:func:`bilateral.parse`.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

import attrs
import pycountry

from bilateral.errors import IntegrityError, UnknownCodeError, ValidationError

__all__ = [
    "ORGANISATIONS",
    "SCHEMA",
    "UNKNOWN_LANGUAGE",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "Country",
    "DateSpan",
    "Evidence",
    "Meeting",
    "Money",
    "Office",
    "Official",
    "Organisation",
    "PartialDate",
    "Period",
    "Place",
    "Quantity",
    "Report",
    "Role",
    "Statement",
    "StatementKind",
    "Target",
    "TargetMetric",
    "Visit",
]

#: The schema identifier written into every report document.
SCHEMA = "bilateral/1"

#: The language code for text whose language is not known (ISO 639-2 "undetermined").
UNKNOWN_LANGUAGE = "und"

_T = TypeVar("_T")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_UNIT = re.compile(r"\S+(?: \S+)*")


def _fail(inst: object, attribute: attrs.Attribute[Any], message: str) -> ValidationError:
    return ValidationError(f"{type(inst).__name__}.{attribute.name}", message)


def _instance_of(*types: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    names = " or ".join(t.__name__ for t in types)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # bool is an int, but never a valid count or year.
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise _fail(inst, attribute, f"expected {names}, got {type(value).__name__}")

    return check


@attrs.frozen
class _Optional:
    """A validator that lets ``None`` through and hands anything else to *inner*."""

    inner: Callable[[object, attrs.Attribute[Any], Any], None]

    def __call__(self, inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            self.inner(inst, attribute, value)


def _optional(
    check: Callable[[object, attrs.Attribute[Any], Any], None],
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    return _Optional(check)


def _each(*types: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    names = " or ".join(t.__name__ for t in types)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise _fail(inst, attribute, f"expected a tuple, got {type(value).__name__}")
        for i, item in enumerate(value):
            if not isinstance(item, types):
                raise _fail(
                    inst, attribute, f"item {i}: expected {names}, got {type(item).__name__}"
                )

    return check


def _text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _fail(inst, attribute, f"expected str, got {type(value).__name__}")
    if not value.strip():
        raise _fail(inst, attribute, "must not be empty or blank")


_EACH_STR = _each(str)


def _texts(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _EACH_STR(inst, attribute, value)
    assert isinstance(value, tuple)
    for i, item in enumerate(value):
        if not item.strip():
            raise _fail(inst, attribute, f"item {i}: must not be empty or blank")


def _record_id(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise _fail(
            inst,
            attribute,
            f"{value!r} is not a record id (1-64 of A-Z a-z 0-9 _ . : -, starting alphanumeric)",
        )


def _record_ids(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _EACH_STR(inst, attribute, value)
    assert isinstance(value, tuple)
    for item in value:
        _record_id(inst, attribute, item)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    # Lists become tuples; a string stays as it is, so that the validator rejects it.
    return tuple(value) if not isinstance(value, str | bytes) else value  # type: ignore[return-value]


class Office(enum.Enum):
    """
    The kind of office an official holds; the values are the serialised strings.
    """

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government"
    VICE_PRESIDENT = "vice_president"
    SUPREME_LEADER = "supreme_leader"
    MONARCH = "monarch"
    CROWN_PRINCE = "crown_prince"
    FOREIGN_MINISTER = "foreign_minister"
    DEPUTY_FOREIGN_MINISTER = "deputy_foreign_minister"
    DEFENCE_MINISTER = "defence_minister"
    INTERIOR_MINISTER = "interior_minister"
    FINANCE_MINISTER = "finance_minister"
    TRADE_MINISTER = "trade_minister"
    ECONOMY_MINISTER = "economy_minister"
    ENERGY_MINISTER = "energy_minister"
    OTHER_MINISTER = "other_minister"
    SPEAKER_OF_PARLIAMENT = "speaker_of_parliament"
    MEMBER_OF_PARLIAMENT = "member_of_parliament"
    SECURITY_COUNCIL_SECRETARY = "security_council_secretary"
    NATIONAL_SECURITY_ADVISER = "national_security_adviser"
    AMBASSADOR = "ambassador"
    ENVOY = "envoy"
    MILITARY_CHIEF = "military_chief"
    CENTRAL_BANK_GOVERNOR = "central_bank_governor"
    SPOKESPERSON = "spokesperson"
    SECRETARY_GENERAL = "secretary_general"
    HEAD_OF_ORGANISATION = "head_of_organisation"
    OTHER = "other"


class AgreementKind(enum.Enum):
    """
    The kind of instrument an agreement is; ``consensus`` is agreement without a document.
    """

    MOU = "mou"
    TREATY = "treaty"
    AGREEMENT = "agreement"
    JOINT_STATEMENT = "joint_statement"
    DECLARATION = "declaration"
    CONSENSUS = "consensus"


class AgreementStatus(enum.Enum):
    """
    How far an agreement has come, from proposed to in force.
    """

    PROPOSED = "proposed"
    AGREED = "agreed"
    SIGNED = "signed"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"


class TargetMetric(enum.Enum):
    """
    What a stated target measures.
    """

    BILATERAL_TRADE = "bilateral_trade"
    INVESTMENT = "investment"
    EXPORTS = "exports"
    IMPORTS = "imports"
    TOURISM = "tourism"
    OTHER = "other"


class Period(enum.Enum):
    """
    The period a target's amount is counted over: per year, or in total (``none``).
    """

    PER_YEAR = "per_year"
    NONE = "none"


class StatementKind(enum.Enum):
    """
    Whether a statement is a direct quote or a reported message.
    """

    QUOTE = "quote"
    REPORTED = "reported"


@functools.cache
def _codes(kind: str) -> frozenset[str]:
    """The ISO codes pycountry knows: "countries" (alpha-3), "currencies", "languages" (alpha-2)."""
    if kind == "languages":
        return frozenset(
            c.alpha_2 for c in pycountry.languages if getattr(c, "alpha_2", None) is not None
        )
    database = pycountry.countries if kind == "countries" else pycountry.currencies
    return frozenset(c.alpha_3 for c in database)


def _country_code(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or len(value) != 3 or not value.isascii():
        raise _fail(inst, attribute, f"{value!r} is not an ISO 3166-1 alpha-3 code")
    if value not in _codes("countries"):
        raise UnknownCodeError(
            f"{type(inst).__name__}.{attribute.name}",
            f"{value!r} is not an ISO 3166-1 alpha-3 code",
        )


@attrs.frozen(order=False)
class Country:
    """
    A country, identified by its ISO 3166-1 alpha-3 code.

    >>> Country("PAK").name
    'Pakistan'
    >>> Country.lookup("Iran").alpha_3
    'IRN'
    """

    alpha_3: str = attrs.field(validator=_country_code)

    @classmethod
    def lookup(cls, code_or_name: str) -> Country:
        """
        Find a country by alpha-2, alpha-3 or numeric code, or by its English ISO name.

        Args:
            code_or_name: A code such as ``"PK"`` or ``"PAK"``, or a name such as ``"Pakistan"``.

        Raises:
            UnknownCodeError: if pycountry knows no such country; nothing is guessed.
        """
        if isinstance(code_or_name, str) and code_or_name.strip():
            try:
                found = pycountry.countries.lookup(code_or_name.strip())
            except LookupError:
                pass
            else:
                return cls(found.alpha_3)
        raise UnknownCodeError("Country", f"no country is known as {code_or_name!r}")

    @property
    def _record(self) -> Any:
        return pycountry.countries.get(alpha_3=self.alpha_3)

    @property
    def name(self) -> str:
        """
        The short English name (the ISO common name where it has one, such as ``"Iran"``).
        """
        record = self._record
        return str(getattr(record, "common_name", None) or record.name)

    @property
    def official_name(self) -> str:
        """
        The ISO official name, or the name where ISO gives no official one.
        """
        record = self._record
        return str(getattr(record, "official_name", None) or record.name)

    @property
    def alpha_2(self) -> str:
        """
        The ISO 3166-1 alpha-2 code.
        """
        return str(self._record.alpha_2)

    def cow_code(self, on: _dt.date | None = None) -> int | None:
        """
        The Correlates of War state number on the date *on* (default: today), or ``None``.

        >>> from datetime import date
        >>> Country("DEU").cow_code(date(1970, 1, 1)), Country("DEU").cow_code()
        (260, 255)
        """
        from bilateral._systems import cow_code

        return cow_code(self.alpha_3, on)

    def cow_abbreviation(self, on: _dt.date | None = None) -> str | None:
        """
        The Correlates of War state abbreviation on the date *on* (default: today), or ``None``.
        """
        from bilateral._systems import cow_abbreviation

        return cow_abbreviation(self.alpha_3, on)

    def gw_code(self, on: _dt.date | None = None) -> int | None:
        """
        The Gleditsch-Ward state number on the date *on* (default: today), or ``None``.

        >>> Country("PAK").gw_code(), Country("PSE").gw_code()
        (770, None)
        """
        from bilateral._systems import gw_code

        return gw_code(self.alpha_3, on)

    def __str__(self) -> str:
        return self.alpha_3


#: Acronym to English name of the international organisations a party may be.
ORGANISATIONS: dict[str, str] = {
    "APEC": "Asia-Pacific Economic Cooperation",
    "ASEAN": "Association of Southeast Asian Nations",
    "AU": "African Union",
    "BIMSTEC": "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
    "BRICS": "BRICS",
    "CELAC": "Community of Latin American and Caribbean States",
    "CIS": "Commonwealth of Independent States",
    "D8": "Developing-8 Organization for Economic Cooperation",
    "ECO": "Economic Cooperation Organization",
    "ECOWAS": "Economic Community of West African States",
    "EU": "European Union",
    "G20": "Group of Twenty",
    "G7": "Group of Seven",
    "GCC": "Gulf Cooperation Council",
    "IAEA": "International Atomic Energy Agency",
    "IMF": "International Monetary Fund",
    "IORA": "Indian Ocean Rim Association",
    "LAS": "League of Arab States",
    "MERCOSUR": "Southern Common Market",
    "NATO": "North Atlantic Treaty Organization",
    "OAS": "Organization of American States",
    "OIC": "Organisation of Islamic Cooperation",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "PIF": "Pacific Islands Forum",
    "SAARC": "South Asian Association for Regional Cooperation",
    "SADC": "Southern African Development Community",
    "SCO": "Shanghai Cooperation Organisation",
    "UN": "United Nations",
    "WB": "World Bank",
    "WHO": "World Health Organization",
    "WTO": "World Trade Organization",
}


def _organisation_code(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _fail(inst, attribute, f"expected str, got {type(value).__name__}")
    if value not in ORGANISATIONS:
        raise UnknownCodeError(
            f"{type(inst).__name__}.{attribute.name}",
            f"{value!r} is not a known organisation acronym",
        )


@attrs.frozen
class Organisation:
    """
    An international organisation, identified by its acronym (see :data:`ORGANISATIONS`).

    >>> Organisation("ASEAN").name
    'Association of Southeast Asian Nations'
    """

    acronym: str = attrs.field(validator=_organisation_code)

    @property
    def name(self) -> str:
        """
        The organisation's English name.
        """
        return ORGANISATIONS[self.acronym]

    def __str__(self) -> str:
        return self.acronym


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _year(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _instance_of(int)(inst, attribute, value)
    assert isinstance(value, int)
    if not 1 <= value <= 9999:
        raise _fail(inst, attribute, f"{value} is not a year between 1 and 9999")


def _month(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _instance_of(int)(inst, attribute, value)
    assert isinstance(value, int)
    if not 1 <= value <= 12:
        raise _fail(inst, attribute, f"{value} is not a month between 1 and 12")


@attrs.frozen(order=False)
class PartialDate:
    """
    A date known only to the year, or to the year and month.

    Full dates are plain :class:`datetime.date` objects; this class stands for the rest, so that a
    text saying "by 2030" gives ``PartialDate(2030)`` rather than an invented 1 January.

    >>> PartialDate(2030, 3).isoformat()
    '2030-03'
    """

    year: int = attrs.field(validator=_year)
    month: int | None = attrs.field(default=None, validator=_optional(_month))

    @property
    def first_day(self) -> _dt.date:
        """
        The first day the partial date may stand for.
        """
        return _dt.date(self.year, self.month or 1, 1)

    @property
    def last_day(self) -> _dt.date:
        """
        The last day the partial date may stand for.
        """
        if self.month is None:
            return _dt.date(self.year, 12, 31)
        if self.month == 12:
            return _dt.date(self.year, 12, 31)
        return _dt.date(self.year, self.month + 1, 1) - _dt.timedelta(days=1)

    def isoformat(self) -> str:
        """
        The ISO 8601 reduced-precision form: ``YYYY`` or ``YYYY-MM``.
        """
        if self.month is None:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:
        return self.isoformat()


def _first_day(value: _dt.date | PartialDate) -> _dt.date:
    return value.first_day if isinstance(value, PartialDate) else value


def _last_day(value: _dt.date | PartialDate) -> _dt.date:
    return value.last_day if isinstance(value, PartialDate) else value


_DATE_TYPES = (_dt.date, PartialDate)


def _date_like(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, _dt.datetime) or not isinstance(value, _DATE_TYPES):
        raise _fail(inst, attribute, f"expected date or PartialDate, got {type(value).__name__}")


def _ordered(inst: Any, start: _dt.date | PartialDate | None, end: object, name: str) -> None:
    if start is None or end is None:
        return
    assert isinstance(end, _DATE_TYPES)
    if _first_day(start) > _last_day(end):
        raise ValidationError(
            f"{type(inst).__name__}.{name}", f"ends ({end}) before it starts ({start})"
        )


@attrs.frozen
class DateSpan:
    """
    A span of dates, such as the days of a visit; both ends are included.

    >>> DateSpan(start=PartialDate(2024, 5), end=PartialDate(2024, 6)).start.isoformat()
    '2024-05'
    """

    start: _dt.date | PartialDate = attrs.field(validator=_date_like)
    end: _dt.date | PartialDate = attrs.field(validator=_date_like)

    def __attrs_post_init__(self) -> None:
        _ordered(self, self.start, self.end, "end")


_IS_DECIMAL = _instance_of(Decimal)


def _amount(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _IS_DECIMAL(inst, attribute, value)
    assert isinstance(value, Decimal)
    if not value.is_finite():
        raise _fail(inst, attribute, f"{value} is not a finite number")
    if value < 0:
        raise _fail(inst, attribute, f"{value} is negative")


def _currency(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _fail(inst, attribute, f"expected str, got {type(value).__name__}")
    if value not in _codes("currencies"):
        raise UnknownCodeError(
            f"{type(inst).__name__}.{attribute.name}", f"{value!r} is not an ISO 4217 currency code"
        )


def _unit(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _UNIT.fullmatch(value):
        raise _fail(inst, attribute, f"{value!r} is not a unit (words separated by single spaces)")


@attrs.frozen(kw_only=True)
class Money:
    """
    An exact, non-negative amount of money in an ISO 4217 currency.

    >>> Money(value=Decimal("10000000000"), currency="USD").currency
    'USD'
    """

    value: Decimal = attrs.field(validator=_amount)
    currency: str = attrs.field(validator=_currency)


@attrs.frozen(kw_only=True)
class Quantity:
    """
    An exact, non-negative amount of something other than money, such as ``2.5`` million ``tonne``.
    """

    value: Decimal = attrs.field(validator=_amount)
    unit: str = attrs.field(validator=_unit)


@attrs.frozen
class Evidence:
    """
    A character span ``[start, end)`` of the article text that a record was built from.
    """

    start: int = attrs.field(validator=_instance_of(int))
    end: int = attrs.field(validator=_instance_of(int))

    def __attrs_post_init__(self) -> None:
        if self.start < 0:
            raise ValidationError("Evidence.start", f"{self.start} is negative")
        if self.end < self.start:
            raise ValidationError("Evidence.end", f"{self.end} is before start {self.start}")


_EVIDENCE = attrs.field(factory=tuple, converter=_tuple, validator=_each(Evidence))
_PARTIES = (Country, Organisation)


_party = _instance_of(*_PARTIES)


@attrs.frozen(kw_only=True)
class Place:
    """
    A named place (usually a city) and the country it lies in, when known.
    """

    name: str = attrs.field(validator=_text)
    country: Country | None = attrs.field(default=None, validator=_optional(_instance_of(Country)))


@attrs.frozen(kw_only=True)
class Role:
    """
    An office held by an official: its kind, its title as written, and whose office it is.
    """

    office: Office = attrs.field(validator=_instance_of(Office))
    title: str = attrs.field(validator=_text)
    party: Country | Organisation | None = attrs.field(default=None, validator=_optional(_party))


@attrs.frozen(kw_only=True)
class Official:
    """
    A person acting in an office, as an article names them.

    *name* is the name without honorifics; *honorifics* keeps those apart ("Ayatollah", "Dr.");
    *aliases* are the other forms the article uses for the same person.
    """

    id: str = attrs.field(validator=_record_id)
    name: str = attrs.field(validator=_text)
    honorifics: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple, validator=_texts)
    aliases: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple, validator=_texts)
    roles: tuple[Role, ...] = attrs.field(factory=tuple, converter=_tuple, validator=_each(Role))
    evidence: tuple[Evidence, ...] = _EVIDENCE


_DATE = attrs.field(default=None, validator=_optional(_date_like))


@attrs.frozen(kw_only=True)
class Visit:
    """
    A trip by an official (*visitor*, an :class:`Official` id) from one party to another.
    """

    id: str = attrs.field(validator=_record_id)
    visitor: str = attrs.field(validator=_record_id)
    origin: Country | Organisation | None = attrs.field(default=None, validator=_optional(_party))
    destination: Country | Organisation | None = attrs.field(
        default=None, validator=_optional(_party)
    )
    places: tuple[Place, ...] = attrs.field(factory=tuple, converter=_tuple, validator=_each(Place))
    start: _dt.date | PartialDate | None = _DATE
    end: _dt.date | PartialDate | None = _DATE
    evidence: tuple[Evidence, ...] = _EVIDENCE

    def __attrs_post_init__(self) -> None:
        _ordered(self, self.start, self.end, "end")


@attrs.frozen(kw_only=True)
class Meeting:
    """
    A meeting between officials (*participants*, :class:`Official` ids) of different parties.
    """

    id: str = attrs.field(validator=_record_id)
    participants: tuple[str, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_record_ids
    )
    date: _dt.date | PartialDate | None = _DATE
    place: Place | None = attrs.field(default=None, validator=_optional(_instance_of(Place)))
    topics: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple, validator=_texts)
    visit: str | None = attrs.field(default=None, validator=_optional(_record_id))
    evidence: tuple[Evidence, ...] = _EVIDENCE


def _count(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _instance_of(int)(inst, attribute, value)
    assert isinstance(value, int)
    if value < 1:
        raise _fail(inst, attribute, f"{value} is not a positive count")


@attrs.frozen(kw_only=True)
class Agreement:
    """
    A signed or agreed instrument, or a consensus reached without one.

    *count* is how many instruments the record stands for when a text counts them without naming
    them ("signed five MoUs"); it is 1 otherwise.
    """

    id: str = attrs.field(validator=_record_id)
    kind: AgreementKind = attrs.field(validator=_instance_of(AgreementKind))
    status: AgreementStatus = attrs.field(validator=_instance_of(AgreementStatus))
    parties: tuple[Country | Organisation, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_each(*_PARTIES)
    )
    signatories: tuple[str, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_record_ids
    )
    date: _dt.date | PartialDate | None = _DATE
    subject: str | None = attrs.field(default=None, validator=_optional(_text))
    points: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple, validator=_texts)
    count: int = attrs.field(default=1, validator=_count)
    evidence: tuple[Evidence, ...] = _EVIDENCE


_AMOUNT_TYPES = (Money, Quantity)


@attrs.frozen(kw_only=True)
class Target:
    """
    A stated numeric goal, such as bilateral trade of USD 10 billion a year by 2030.

    *baseline* is today's figure when the text gives it; *stated_by* is an :class:`Official` id.
    """

    id: str = attrs.field(validator=_record_id)
    metric: TargetMetric = attrs.field(validator=_instance_of(TargetMetric))
    amount: Money | Quantity = attrs.field(validator=_instance_of(*_AMOUNT_TYPES))
    period: Period = attrs.field(default=Period.NONE, validator=_instance_of(Period))
    deadline: _dt.date | PartialDate | None = _DATE
    baseline: Money | Quantity | None = attrs.field(
        default=None, validator=_optional(_instance_of(*_AMOUNT_TYPES))
    )
    parties: tuple[Country | Organisation, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_each(*_PARTIES)
    )
    stated_by: str | None = attrs.field(default=None, validator=_optional(_record_id))
    evidence: tuple[Evidence, ...] = _EVIDENCE


@attrs.frozen(kw_only=True)
class Statement:
    """
    A direct quote or a reported message, with its speaker (an :class:`Official` id) when known.
    """

    id: str = attrs.field(validator=_record_id)
    text: str = attrs.field(validator=_text)
    kind: StatementKind = attrs.field(
        default=StatementKind.QUOTE, validator=_instance_of(StatementKind)
    )
    speaker: str | None = attrs.field(default=None, validator=_optional(_record_id))
    date: _dt.date | PartialDate | None = _DATE
    evidence: tuple[Evidence, ...] = _EVIDENCE


def _language(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value == UNKNOWN_LANGUAGE:
        return
    if not isinstance(value, str) or value not in _codes("languages"):
        raise UnknownCodeError(
            f"{type(inst).__name__}.{attribute.name}",
            f"{value!r} is not an ISO 639-1 code (or {UNKNOWN_LANGUAGE!r} for unknown)",
        )


def _full_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
        raise _fail(inst, attribute, f"expected date, got {type(value).__name__}")


@attrs.frozen(kw_only=True)
class Article:
    """
    The article a report was built from: its text, its language and what is known about it.

    *language* is an ISO 639-1 code, or ``"und"`` when the language is unknown.
    """

    text: str = attrs.field(validator=_instance_of(str))
    language: str = attrs.field(validator=_language)
    title: str | None = attrs.field(default=None, validator=_optional(_instance_of(str)))
    published: _dt.date | None = attrs.field(default=None, validator=_optional(_full_date))
    url: str | None = attrs.field(default=None, validator=_optional(_instance_of(str)))
    outlet: str | None = attrs.field(default=None, validator=_optional(_instance_of(str)))


#: Any record a report holds.
_Record = Official | Visit | Meeting | Agreement | Target | Statement

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+|\n")


@attrs.frozen(kw_only=True)
class Report:
    """
    Everything extracted from one article.

    Building a report checks its integrity: record ids are unique, every official, visit or
    meeting a record refers to is in the report, and every evidence span lies inside the text.

    Raises:
        IntegrityError: when one of those checks fails.
    """

    KINDS: ClassVar[tuple[str, ...]] = (
        "officials",
        "visits",
        "meetings",
        "agreements",
        "targets",
        "statements",
    )

    article: Article = attrs.field(validator=_instance_of(Article))
    officials: tuple[Official, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_each(Official)
    )
    visits: tuple[Visit, ...] = attrs.field(factory=tuple, converter=_tuple, validator=_each(Visit))
    meetings: tuple[Meeting, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_each(Meeting)
    )
    agreements: tuple[Agreement, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_each(Agreement)
    )
    targets: tuple[Target, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_each(Target)
    )
    statements: tuple[Statement, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_each(Statement)
    )

    def __attrs_post_init__(self) -> None:
        self._check_integrity()

    def records(self) -> Iterator[_Record]:
        """
        Iterate over every record, officials first, in the order of :attr:`KINDS`.
        """
        for kind in self.KINDS:
            yield from getattr(self, kind)

    def get(self, record_id: str) -> _Record:
        """
        Return the record with the id *record_id*.

        Raises:
            KeyError: if the report has no such record.
        """
        for record in self.records():
            if record.id == record_id:
                return record
        raise KeyError(record_id)

    def official(self, official_id: str) -> Official:
        """
        Return the official with the id *official_id*.

        Raises:
            KeyError: if the report has no such official.
        """
        for official in self.officials:
            if official.id == official_id:
                return official
        raise KeyError(official_id)

    def quotes(self, record: _Record) -> tuple[str, ...]:
        """
        Return the exact characters of each evidence span of *record*.
        """
        text = self.article.text
        return tuple(text[e.start : e.end] for e in record.evidence)

    def sentences(self, record: _Record) -> tuple[str, ...]:
        """
        Return the sentences (or list items, or lines) that hold *record*'s evidence, in text order.

        A sentence ends at a newline, or at ``.``, ``!``, ``?`` or ``…`` followed by a space.
        Several spans in one sentence give that sentence once.
        """
        text = self.article.text
        bounds = [0]
        bounds.extend(m.end() for m in _SENTENCE_END.finditer(text))
        bounds.append(len(text))
        found: dict[tuple[int, int], str] = {}
        for span in sorted(record.evidence, key=lambda e: (e.start, e.end)):
            i = min(bisect.bisect_right(bounds, span.start) - 1, len(bounds) - 2)
            k = min(max(bisect.bisect_left(bounds, span.end), i + 1), len(bounds) - 1)
            found.setdefault((bounds[i], bounds[k]), text[bounds[i] : bounds[k]].strip())
        return tuple(found.values())

    def _check_integrity(self) -> None:
        seen: set[str] = set()
        for kind in self.KINDS:
            for i, record in enumerate(getattr(self, kind)):
                where = f"Report.{kind}[{i}]"
                if record.id in seen:
                    raise IntegrityError(f"{where}.id", f"the id {record.id!r} is used twice")
                seen.add(record.id)
                for span in record.evidence:
                    if span.end > len(self.article.text):
                        raise IntegrityError(
                            f"{where}.evidence",
                            f"span {span.start}-{span.end} ends after the article text "
                            f"({len(self.article.text)} characters)",
                        )
        officials = {o.id for o in self.officials}
        visits = {v.id for v in self.visits}

        def need(where: str, ref: str | None, known: set[str], what: str) -> None:
            if ref is not None and ref not in known:
                raise IntegrityError(where, f"refers to {what} {ref!r}, which the report lacks")

        for i, visit in enumerate(self.visits):
            need(f"Report.visits[{i}].visitor", visit.visitor, officials, "official")
        for i, meeting in enumerate(self.meetings):
            for ref in meeting.participants:
                need(f"Report.meetings[{i}].participants", ref, officials, "official")
            need(f"Report.meetings[{i}].visit", meeting.visit, visits, "visit")
        for i, agreement in enumerate(self.agreements):
            for ref in agreement.signatories:
                need(f"Report.agreements[{i}].signatories", ref, officials, "official")
        for i, target in enumerate(self.targets):
            need(f"Report.targets[{i}].stated_by", target.stated_by, officials, "official")
        for i, statement in enumerate(self.statements):
            need(f"Report.statements[{i}].speaker", statement.speaker, officials, "official")
