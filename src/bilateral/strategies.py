"""
Hypothesis strategies for every model class, for property-testing code that uses :mod:`bilateral`.

Install them with the ``strategies`` extra (``pip install 'bilateral[strategies]'``).
Every strategy builds its objects through the real constructors, so the model's validators run;
:func:`reports` gives reports whose references and evidence spans are consistent.

>>> from hypothesis import given
>>> from bilateral import from_json, to_json
>>> @given(reports())
... def test_round_trip(report):
...     assert from_json(to_json(report), type(report)) == report
>>> test_round_trip()
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Literal, TypeVar

import pycountry
from hypothesis import strategies as st

from bilateral.model import (
    ORGANISATIONS,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    DateSpan,
    Evidence,
    Meeting,
    Money,
    Office,
    Official,
    Organisation,
    PartialDate,
    Period,
    Place,
    Quantity,
    Report,
    Role,
    Statement,
    StatementKind,
    Target,
    TargetMetric,
    Visit,
)

__all__ = [
    "agreements",
    "amounts",
    "articles",
    "countries",
    "date_spans",
    "dates",
    "evidence",
    "meetings",
    "money",
    "officials",
    "organisations",
    "partial_dates",
    "parties",
    "places",
    "quantities",
    "reports",
    "roles",
    "statements",
    "targets",
    "texts",
    "visits",
]

_T = TypeVar("_T")
_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
_MIN_DATE = _dt.date(1900, 1, 1)
_MAX_DATE = _dt.date(2100, 12, 31)


def texts(*, min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """
    Non-blank Unicode text without surrogates, such as names, titles and topics.
    """
    alphabet = st.characters(exclude_categories=_SURROGATES)
    return st.text(alphabet, min_size=min_size, max_size=max_size).filter(lambda s: bool(s.strip()))


def countries() -> st.SearchStrategy[Country]:
    """
    Any ISO 3166-1 country.
    """
    return st.sampled_from(sorted(c.alpha_3 for c in pycountry.countries)).map(Country)


def organisations() -> st.SearchStrategy[Organisation]:
    """
    Any organisation :mod:`bilateral` knows.
    """
    return st.sampled_from(sorted(ORGANISATIONS)).map(Organisation)


def parties() -> st.SearchStrategy[Country | Organisation]:
    """
    A country, or now and then an organisation.
    """
    return st.one_of(countries(), organisations())


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """
    A year, or a year and month.
    """
    return st.builds(
        PartialDate,
        st.integers(_MIN_DATE.year, _MAX_DATE.year),
        st.none() | st.integers(1, 12),
    )


def dates() -> st.SearchStrategy[_dt.date | PartialDate]:
    """
    A full date or a reduced-precision one.
    """
    return st.one_of(st.dates(_MIN_DATE, _MAX_DATE), partial_dates())


def _bounds(value: _dt.date | PartialDate) -> tuple[_dt.date, _dt.date]:
    if isinstance(value, PartialDate):
        return value.first_day, value.last_day
    return value, value


def _ordered_pair(
    first: _dt.date | PartialDate, second: _dt.date | PartialDate
) -> tuple[_dt.date | PartialDate, _dt.date | PartialDate]:
    return (first, second) if _bounds(first)[0] <= _bounds(second)[1] else (second, first)


@st.composite
def _date_pair(
    draw: st.DrawFn,
) -> tuple[_dt.date | PartialDate | None, _dt.date | PartialDate | None]:
    first = draw(st.none() | dates())
    second = draw(st.none() | dates())
    if first is None or second is None:
        return first, second
    return _ordered_pair(first, second)


@st.composite
def date_spans(draw: st.DrawFn) -> DateSpan:
    """
    A span whose start does not come after its end.
    """
    start, end = _ordered_pair(draw(dates()), draw(dates()))
    return DateSpan(start=start, end=end)


def _amount_values() -> st.SearchStrategy[Decimal]:
    return st.decimals(
        min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False, places=4
    )


def money() -> st.SearchStrategy[Money]:
    """
    An exact amount in any ISO 4217 currency.
    """
    codes = sorted(c.alpha_3 for c in pycountry.currencies)
    return st.builds(Money, value=_amount_values(), currency=st.sampled_from(codes))


def quantities() -> st.SearchStrategy[Quantity]:
    """
    An exact amount in some unit.
    """
    words = st.lists(st.text(st.characters(exclude_categories=("Z", "C")), min_size=1), min_size=1)
    units = st.sampled_from(["tonne", "barrel", "MW", "visitor"]) | words.map(" ".join)
    return st.builds(Quantity, value=_amount_values(), unit=units)


def amounts() -> st.SearchStrategy[Money | Quantity]:
    """
    Money, or now and then a quantity.
    """
    return st.one_of(money(), quantities())


@st.composite
def evidence(draw: st.DrawFn, *, text_length: int = 10_000) -> Evidence:
    """
    A span that lies inside a text of *text_length* characters.
    """
    start = draw(st.integers(0, text_length))
    end = draw(st.integers(start, text_length))
    return Evidence(start, end)


def places() -> st.SearchStrategy[Place]:
    """
    A named place in a country, or in no known country.
    """
    return st.builds(Place, name=texts(), country=st.none() | countries())


def roles() -> st.SearchStrategy[Role]:
    """
    An office with its title and party.
    """
    return st.builds(
        Role, office=st.sampled_from(Office), title=texts(), party=st.none() | parties()
    )


def _ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(1, 999).map(lambda n: f"{prefix}{n}")


def _spans(text_length: int) -> st.SearchStrategy[tuple[Evidence, ...]]:
    return st.lists(evidence(text_length=text_length), max_size=3).map(tuple)


def _many(strategy: st.SearchStrategy[_T], max_size: int = 3) -> st.SearchStrategy[tuple[_T, ...]]:
    if strategy.is_empty:
        return st.just(())
    return st.lists(strategy, max_size=max_size).map(tuple)


def officials(
    *, ids: st.SearchStrategy[str] | None = None, text_length: int = 10_000
) -> st.SearchStrategy[Official]:
    """
    An official with honorifics, aliases and roles.
    """
    return st.builds(
        Official,
        id=ids if ids is not None else _ids("o"),
        name=texts(),
        honorifics=_many(texts(max_size=12)),
        aliases=_many(texts()),
        roles=_many(roles()),
        evidence=_spans(text_length),
    )


def _refs(known: list[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(known) if known else st.nothing()


@st.composite
def visits(
    draw: st.DrawFn,
    *,
    visitors: list[str] | None = None,
    id: str | None = None,
    text_length: int = 10_000,
) -> Visit:
    """
    A visit by one of *visitors* (official ids; any id when not given).
    """
    start, end = draw(_date_pair())
    return Visit(
        id=id or draw(_ids("v")),
        visitor=draw(_refs(visitors) if visitors is not None else _ids("o")),
        origin=draw(st.none() | parties()),
        destination=draw(st.none() | parties()),
        places=draw(_many(places())),
        start=start,
        end=end,
        evidence=draw(_spans(text_length)),
    )


@st.composite
def meetings(
    draw: st.DrawFn,
    *,
    participants: list[str] | None = None,
    visits: list[str] | None = None,
    id: str | None = None,
    text_length: int = 10_000,
) -> Meeting:
    """
    A meeting between some of *participants*, maybe during one of *visits*.
    """
    people = _refs(participants) if participants is not None else _ids("o")
    visit = st.none() | (_refs(visits) if visits is not None else _ids("v"))
    return Meeting(
        id=id or draw(_ids("m")),
        participants=draw(_many(people, 4)),
        date=draw(st.none() | dates()),
        place=draw(st.none() | places()),
        topics=draw(_many(texts())),
        visit=draw(visit),
        evidence=draw(_spans(text_length)),
    )


@st.composite
def agreements(
    draw: st.DrawFn,
    *,
    signatories: list[str] | None = None,
    id: str | None = None,
    text_length: int = 10_000,
) -> Agreement:
    """
    An agreement of any kind and status, signed by some of *signatories*.
    """
    people = _refs(signatories) if signatories is not None else _ids("o")
    return Agreement(
        id=id or draw(_ids("a")),
        kind=draw(st.sampled_from(AgreementKind)),
        status=draw(st.sampled_from(AgreementStatus)),
        parties=draw(_many(parties())),
        signatories=draw(_many(people)),
        date=draw(st.none() | dates()),
        subject=draw(st.none() | texts()),
        points=draw(_many(texts())),
        count=draw(st.integers(1, 50)),
        evidence=draw(_spans(text_length)),
    )


@st.composite
def targets(
    draw: st.DrawFn,
    *,
    speakers: list[str] | None = None,
    id: str | None = None,
    text_length: int = 10_000,
) -> Target:
    """
    A target stated by one of *speakers*, or by no one.
    """
    speaker = _refs(speakers) if speakers is not None else _ids("o")
    return Target(
        id=id or draw(_ids("t")),
        metric=draw(st.sampled_from(TargetMetric)),
        amount=draw(amounts()),
        period=draw(st.sampled_from(Period)),
        deadline=draw(st.none() | dates()),
        baseline=draw(st.none() | amounts()),
        parties=draw(_many(parties())),
        stated_by=draw(st.none() | speaker),
        evidence=draw(_spans(text_length)),
    )


@st.composite
def statements(
    draw: st.DrawFn,
    *,
    speakers: list[str] | None = None,
    id: str | None = None,
    text_length: int = 10_000,
) -> Statement:
    """
    A quote or reported message by one of *speakers*, or by no one.
    """
    speaker = _refs(speakers) if speakers is not None else _ids("o")
    return Statement(
        id=id or draw(_ids("s")),
        text=draw(texts(max_size=200)),
        kind=draw(st.sampled_from(StatementKind)),
        speaker=draw(st.none() | speaker),
        date=draw(st.none() | dates()),
        evidence=draw(_spans(text_length)),
    )


def articles() -> st.SearchStrategy[Article]:
    """
    An article in a shipped language or an unknown one, with optional metadata.
    """
    return st.builds(
        Article,
        text=st.text(st.characters(exclude_categories=_SURROGATES), max_size=300),
        language=st.sampled_from(["id", "en", "ms", "und"]),
        title=st.none() | texts(max_size=80),
        published=st.none() | st.dates(_MIN_DATE, _MAX_DATE),
        url=st.none() | st.just("https://example.org/news/1"),
        outlet=st.none() | texts(max_size=20),
    )


@st.composite
def reports(draw: st.DrawFn, *, max_records: int = 3) -> Report:
    """
    A report whose records refer only to officials, visits and meetings it holds.
    """
    article = draw(articles())
    n = len(article.text)
    count = st.integers(0, max_records)
    people = [
        draw(officials(ids=st.just(f"o{i}"), text_length=n)) for i in range(1, draw(count) + 1)
    ]
    ids = [p.id for p in people]
    trips = [
        draw(visits(visitors=ids, id=f"v{i}", text_length=n))
        for i in range(1, (draw(count) if ids else 0) + 1)
    ]
    trip_ids = [v.id for v in trips]
    talks = [
        draw(meetings(participants=ids, visits=trip_ids, id=f"m{i}", text_length=n))
        for i in range(1, (draw(count) if ids else 0) + 1)
    ]
    deals = [
        draw(agreements(signatories=ids, id=f"a{i}", text_length=n))
        for i in range(1, draw(count) + 1)
    ]
    goals = [
        draw(targets(speakers=ids, id=f"t{i}", text_length=n)) for i in range(1, draw(count) + 1)
    ]
    quotes = [
        draw(statements(speakers=ids, id=f"s{i}", text_length=n)) for i in range(1, draw(count) + 1)
    ]
    return Report(
        article=article,
        officials=people,
        visits=trips,
        meetings=talks,
        agreements=deals,
        targets=goals,
        statements=quotes,
    )
