"""
Consolidation: reports in, events out.

Each visit, meeting, agreement or target of each report becomes one *item*; items that tell the
same event, in any article and any language, become one :class:`~bilateral.corpus.Event`.
Officials become :class:`~bilateral.corpus.Person` objects the same way.

How items are matched (the guide ``docs/guides/corpus.md`` explains each choice):

- **People.** An official is keyed by their country (the party of their first role that is a
  country; for a visitor without one, the visit's origin) and their surname, the last word of
  their name once case, diacritics, punctuation and initials are dropped: "Retno L.P. Marsudi"
  and "RETNO MARSUDI" of Indonesia are both ``IDN/marsudi``.
- **Blocks.** Items are only compared within a block: the same kind and the same countries
  (for a visit, the same origin and destination).
  Within a block they are sorted by date and only neighbours in time are compared, so the cost
  grows with the corpus, not with its square.
- **Dates.** Items dated to the day match when their dates lie at most :data:`TOLERANCE`
  apart.
  An item without a day (no date, or only a month or year) then joins the nearest matching event
  inside its window: the month or year it names, or :data:`WINDOW` either side of its
  article's publication date.
- **What.** A visit needs the same visitor; a meeting at least one participant in common (or a
  side with no participants named); an agreement the same kind and, for two articles in the same
  language, a word of its subject in common; a target the same metric and the same amount or the
  same deadline.

The result depends only on the set of reports: not on their order, and not on how often one is
given (articles are told apart by :func:`article_key`).

>>> from bilateral import parse
>>> from bilateral.corpus import consolidate
>>> texts = [
...     ("id", "Menteri Luar Negeri Retno Marsudi tiba di Hanoi, Vietnam pada hari Selasa."),
...     ("en", "Indonesian Foreign Minister Retno Marsudi arrived in Hanoi on Tuesday."),
... ]
>>> news = [parse(text, language=lang, published="2024-05-15") for lang, text in texts]
>>> (event,) = consolidate(news).events
>>> event.kind.value, event.origin, event.destination, event.start.isoformat(), len(event.sources)
('visit', 'IDN', 'VNM', '2024-05-14', 2)
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import attrs

from bilateral.corpus.model import Conflict, Event, EventKind, Level, Person, Reading, Source
from bilateral.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    Meeting,
    Money,
    Office,
    Official,
    PartialDate,
    Quantity,
    Report,
    Target,
    TargetMetric,
    Visit,
)
from bilateral.serialise.json import dumps

__all__ = [
    "TOLERANCE",
    "WINDOW",
    "Consolidation",
    "article_key",
    "consolidate",
    "dyads",
    "level_of",
    "person_id",
]

_T = TypeVar("_T")
_Date = _dt.date | PartialDate

#: How far apart two days given for one event may lie, since sources often differ by a day.
TOLERANCE = _dt.timedelta(days=3)

#: How far from its article's publication date an undated item looks for its event.
WINDOW = _dt.timedelta(days=7)

_HEADS = frozenset(
    {Office.HEAD_OF_STATE, Office.HEAD_OF_GOVERNMENT, Office.MONARCH, Office.SUPREME_LEADER}
)
_MINISTERS = frozenset(
    o for o in Office if o.value.endswith("_minister") and o is not Office.DEPUTY_FOREIGN_MINISTER
)
_LEVELS = (Level.OTHER, Level.MINISTER, Level.HEAD)
_STATUSES = tuple(AgreementStatus)
_WORD = re.compile(r"\w+")


def article_key(article: Article) -> str:
    """
    Return the key of an article: a hash of its text and its publication date.

    Two reports of the same text published on the same day are the same article, whatever
    parser version or language setting produced them.

    >>> from bilateral import Article
    >>> from bilateral.corpus import article_key
    >>> len(article_key(Article(text="Hai.", language="ms")))
    16
    """
    digest = hashlib.sha256(article.text.encode("utf-8"))
    digest.update(b"\0" + (article.published.isoformat() if article.published else "").encode())
    return digest.hexdigest()[:16]


def _words(text: str) -> list[str]:
    """The words of *text* without case, diacritics or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _WORD.findall(plain)


def person_id(name: str, country: str | None) -> str:
    """
    Return the id of the person a name stands for: ``COUNTRY/surname``.

    The surname is the last word of the name once case, diacritics, punctuation and initials
    are dropped; ``---`` stands for an unknown country.

    >>> from bilateral.corpus import person_id
    >>> person_id("Retno L.P. Marsudi", "IDN"), person_id("Recep Tayyip Erdoğan", None)
    ('IDN/marsudi', '---/erdogan')
    """
    words = _words(name)
    names = [w for w in words if len(w) > 1] or words or [name.strip().casefold()]
    return f"{country or '---'}/{names[-1]}"


def level_of(offices: Iterable[Office]) -> Level:
    """
    Return the highest :class:`~bilateral.corpus.Level` among some offices (``other`` for none).

    >>> from bilateral import Office
    >>> from bilateral.corpus import level_of
    >>> level_of([Office.AMBASSADOR, Office.TRADE_MINISTER]).value
    'minister'
    """
    best = Level.OTHER
    for office in offices:
        level = (
            Level.HEAD
            if office in _HEADS
            else Level.MINISTER
            if office in _MINISTERS
            else Level.OTHER
        )
        best = max(best, level, key=_LEVELS.index)
    return best


@attrs.frozen(kw_only=True)
class _Item:
    """One visit, meeting, agreement or target of one article, ready to be matched."""

    block: str
    kind: EventKind
    source: Source
    countries: tuple[str, ...]
    origin: str | None = None
    destination: str | None = None
    start: _dt.date | PartialDate | None = None
    end: _dt.date | PartialDate | None = None
    visitor: str | None = None
    level: Level | None = None
    people: tuple[str, ...] = ()
    # Every word of its people's names and aliases, as COUNTRY/word: "Ishiba Shigeru" and
    # "Shigeru Ishiba" are one person, though their surnames (last words) differ.
    forms: tuple[str, ...] = ()
    agreement_kind: str | None = None
    status: AgreementStatus | None = None
    subject: str | None = None
    metric: str | None = None
    amount: Money | Quantity | None = None
    deadline: _dt.date | PartialDate | None = None


@attrs.frozen(kw_only=True)
class _Mention:
    """One official of one article, ready to become part of a person."""

    person: str
    country: str | None
    name: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]


def _home(official: Official) -> str | None:
    for role in official.roles:
        if isinstance(role.party, Country):
            return role.party.alpha_3
    return None


def _country(party: object) -> str | None:
    return party.alpha_3 if isinstance(party, Country) else None


def _source(key: str, report: Report, record: Visit | Meeting | Agreement | Target) -> Source:
    article = report.article
    return Source(
        article=key,
        record=record.id,
        language=article.language,
        published=article.published,
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        evidence=record.evidence,
    )


def _block(kind: EventKind, countries: Sequence[str]) -> str:
    return f"{kind.value}:{'-'.join(countries)}"


def _items_of(report: Report, key: str | None = None) -> tuple[list[_Item], list[_Mention]]:
    """Turn one report into its items and its officials' mentions."""
    key = key or article_key(report.article)
    countries: dict[str, str | None] = {o.id: _home(o) for o in report.officials}
    for visit in report.visits:
        if countries.get(visit.visitor) is None:
            countries[visit.visitor] = _country(visit.origin)
    people = {o.id: person_id(o.name, countries[o.id]) for o in report.officials}
    words = {
        o.id: {
            f"{countries[o.id] or '---'}/{w}"
            for form in (o.name, *o.aliases)
            for w in _words(form)
            if len(w) > 2
        }
        for o in report.officials
    }

    def forms(ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({w for i in ids for w in words[i]}))

    levels = {o.id: level_of(r.office for r in o.roles) for o in report.officials}
    mentions = [
        _Mention(
            person=people[o.id],
            country=countries[o.id],
            name=o.name,
            aliases=o.aliases,
            offices=tuple(r.office for r in o.roles),
        )
        for o in report.officials
    ]
    items: list[_Item] = []
    for visit in report.visits:
        origin, destination = _country(visit.origin), _country(visit.destination)
        if origin is None or destination is None or origin == destination:
            continue
        items.append(
            _Item(
                block=f"visit:{origin}>{destination}",
                kind=EventKind.VISIT,
                source=_source(key, report, visit),
                countries=tuple(sorted({origin, destination})),
                origin=origin,
                destination=destination,
                start=visit.start,
                end=visit.end,
                visitor=people[visit.visitor],
                level=levels[visit.visitor],
                people=(people[visit.visitor],),
                forms=forms([visit.visitor]),
            )
        )
    for meeting in report.meetings:
        found = {countries[p] for p in meeting.participants}
        if meeting.place is not None and meeting.place.country is not None:
            found.add(meeting.place.country.alpha_3)
        involved = tuple(sorted(c for c in found if c is not None))
        if len(involved) < 2:
            continue
        items.append(
            _Item(
                block=_block(EventKind.MEETING, involved),
                kind=EventKind.MEETING,
                source=_source(key, report, meeting),
                countries=involved,
                start=meeting.date,
                people=tuple(sorted({people[p] for p in meeting.participants})),
                forms=forms(meeting.participants),
            )
        )
    for agreement in report.agreements:
        found = {_country(p) for p in agreement.parties}
        if len(found - {None}) < 2:
            found |= {countries[s] for s in agreement.signatories}
        involved = tuple(sorted(c for c in found if c is not None))
        if len(involved) < 2:
            continue
        items.append(
            _Item(
                block=_block(EventKind.AGREEMENT, involved),
                kind=EventKind.AGREEMENT,
                source=_source(key, report, agreement),
                countries=involved,
                start=agreement.date,
                people=tuple(sorted({people[s] for s in agreement.signatories})),
                forms=forms(agreement.signatories),
                agreement_kind=agreement.kind.value,
                status=agreement.status,
                subject=agreement.subject,
            )
        )
    for target in report.targets:
        found = {_country(p) for p in target.parties}
        if len(found - {None}) < 2 and target.stated_by is not None:
            found.add(countries[target.stated_by])
        involved = tuple(sorted(c for c in found if c is not None))
        if len(involved) < 2:
            continue
        items.append(
            _Item(
                block=_block(EventKind.TARGET, involved),
                kind=EventKind.TARGET,
                source=_source(key, report, target),
                countries=involved,
                people=() if target.stated_by is None else (people[target.stated_by],),
                metric=target.metric.value,
                amount=target.amount,
                deadline=target.deadline,
            )
        )
    return items, mentions


def _first(value: _Date) -> _dt.date:
    return value.first_day if isinstance(value, PartialDate) else value


def _last(value: _Date) -> _dt.date:
    return value.last_day if isinstance(value, PartialDate) else value


def _is_day(value: _Date | None) -> bool:
    return isinstance(value, _dt.date)


def _span(item: _Item) -> tuple[_dt.date, _dt.date] | None:
    """The days of an item dated to the day, or ``None``."""
    if _is_day(item.start):
        assert item.start is not None
        return _first(item.start), _last(item.end or item.start)
    if item.start is None and _is_day(item.end):
        assert item.end is not None
        return _first(item.end), _last(item.end)
    return None


def _window(item: _Item) -> tuple[_dt.date, _dt.date, _dt.date] | None:
    """The days an item without a day may belong to, and its anchor day; ``None`` if unknown."""
    vague = item.start or item.end
    if vague is not None:
        first, last = _first(vague), _last(item.end or vague)
        anchor = item.source.published
        if anchor is None or not first <= anchor <= last:
            anchor = first + (last - first) / 2
        return first, last, anchor
    published = item.source.published
    if published is None:
        return None
    return published - WINDOW, published + WINDOW, published


def _subject_words(subject: str) -> set[str]:
    return {w for w in _words(subject) if len(w) > 2}


def _sides(people: Iterable[str]) -> dict[str, set[str]]:
    """Person ids by their country, the part before the slash."""
    sides: dict[str, set[str]] = {}
    for person in people:
        sides.setdefault(person.partition("/")[0], set()).add(person)
    return sides


def _same(p: str, a: _Item, q: str | None, b: _Item) -> bool:
    """
    Whether person *p* of item *a* and person *q* of item *b* are one person.

    They are when their ids are equal, or when the surname of one is a word of the other's
    names in the same country ("Ishiba Shigeru" and "Shigeru Ishiba").
    """
    if q is None:
        return False
    if p == q:
        return True
    same_country = p.partition("/")[0] == q.partition("/")[0]
    return same_country and (p in b.forms or q in a.forms)


def _compatible(a: _Item, b: _Item) -> bool:
    """Whether two items of one block may tell the same event, dates apart."""
    if a.kind is EventKind.VISIT:
        return a.visitor is not None and _same(a.visitor, a, b.visitor, b)
    if a.kind is EventKind.MEETING:
        if not a.people or not b.people:
            return True
        if not any(_same(p, a, q, b) for p in a.people for q in b.people):
            return False
        # Both sides must agree: one visitor meeting two hosts in a day holds two meetings.
        sides_a, sides_b = _sides(a.people), _sides(b.people)
        return all(
            any(_same(p, a, q, b) for p in sides_a[country] for q in sides_b[country])
            for country in sides_a.keys() & sides_b.keys()
            if country != "---"
        )
    if a.kind is EventKind.AGREEMENT:
        if a.agreement_kind != b.agreement_kind:
            return False
        if a.subject is None or b.subject is None or a.source.language != b.source.language:
            return True
        return bool(_subject_words(a.subject) & _subject_words(b.subject))
    return a.metric == b.metric and (
        a.amount == b.amount or (a.deadline is not None and a.deadline == b.deadline)
    )


def _components(
    entries: list[tuple[_dt.date, _dt.date, _Item]], tolerance: _dt.timedelta
) -> list[list[_Item]]:
    """Group items whose days lie within *tolerance* and that are compatible, transitively."""
    entries = sorted(entries, key=lambda e: (e[0], e[2].source.key))
    parent = list(range(len(entries)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, last, a) in enumerate(entries):
        for j in range(i + 1, len(entries)):
            first_j, _, b = entries[j]
            if first_j > last + tolerance:
                break
            if _compatible(a, b):
                parent[root(j)] = root(i)
    groups: dict[int, list[_Item]] = {}
    for i, entry in enumerate(entries):
        groups.setdefault(root(i), []).append(entry[2])
    return list(groups.values())


@attrs.define
class _Cluster:
    first: _dt.date
    last: _dt.date
    items: list[_Item]


def _group_block(items: Iterable[_Item]) -> list[list[_Item]]:
    """Split the items of one block into the groups that each tell one event."""
    unique = {item.source.key: item for item in items}
    ordered = [unique[k] for k in sorted(unique)]
    dated: list[tuple[_dt.date, _dt.date, _Item]] = []
    loose: list[_Item] = []
    for item in ordered:
        span = _span(item)
        if span is None:
            loose.append(item)
        else:
            dated.append((span[0], span[1], item))
    clusters = []
    spans = {item.source.key: (first, last) for first, last, item in dated}
    for group in _components(dated, TOLERANCE):
        firsts, lasts = zip(*(spans[item.source.key] for item in group), strict=True)
        clusters.append(_Cluster(min(firsts), max(lasts), group))
    clusters.sort(key=lambda c: (c.first, min(i.source.key for i in c.items)))
    starts = [c.first for c in clusters]
    widest = max((c.last - c.first for c in clusters), default=_dt.timedelta(0))
    attached: list[tuple[_Cluster, _Item]] = []
    left: list[tuple[_dt.date, _dt.date, _Item]] = []
    alone: list[list[_Item]] = []
    for item in loose:
        window = _window(item)
        if window is None:
            alone.append([item])
            continue
        low, high, anchor = window
        best: tuple[_dt.timedelta, str, _Cluster] | None = None
        for k in range(bisect.bisect_right(starts, high) - 1, -1, -1):
            cluster = clusters[k]
            if cluster.first < low - widest:
                break
            if cluster.last < low or not any(_compatible(item, m) for m in cluster.items):
                continue
            distance = max(cluster.first - anchor, anchor - cluster.last, _dt.timedelta(0))
            candidate = (distance, min(m.source.key for m in cluster.items), cluster)
            if best is None or candidate[:2] < best[:2]:
                best = candidate
        if best is None:
            left.append((low, high, item))
        else:
            attached.append((best[2], item))
    for cluster, item in attached:
        cluster.items.append(item)
    return [c.items for c in clusters] + _components(left, _dt.timedelta(0)) + alone


def _readings(items: Iterable[_Item], get: Callable[[_Item], _T | None]) -> dict[_T, list[str]]:
    found: dict[_T, list[str]] = {}
    for item in items:
        value = get(item)
        if value is not None:
            found.setdefault(value, []).append(item.source.key)
    return found


def _contains(outer: _Date, inner: _Date) -> bool:
    return outer != inner and _first(outer) <= _first(inner) and _last(inner) <= _last(outer)


def _iso(value: _Date) -> str:
    return value.isoformat()


def _pick_date(
    items: Sequence[_Item], get: Callable[[_Item], _Date | None], field: str
) -> tuple[_Date | None, Conflict | None]:
    """The date most sources give (ties: the earliest), and a conflict if others differ."""
    found: dict[_Date, list[str]] = _readings(items, get)
    precise = [v for v in found if not any(_contains(v, w) for w in found)]
    if not precise:
        return None, None
    chosen = min(precise, key=lambda v: (-len(found[v]), _first(v), _last(v)))
    if len(precise) < 2:
        return chosen, None
    return chosen, _conflict(field, found, _iso, lambda v: (_first(v), _last(v)))


def _amount_of(item: _Item) -> Money | Quantity | None:
    return item.amount


def _amount_text(amount: Money | Quantity) -> str:
    unit = amount.currency if isinstance(amount, Money) else amount.unit
    return f"{amount.value} {unit}"


def _conflict(
    field: str,
    found: dict[_T, list[str]],
    text: Callable[[_T], str],
    order: Callable[[_T], object],
) -> Conflict:
    values = sorted(found, key=lambda v: (order(v), text(v)))
    return Conflict(
        field=field,
        readings=tuple(Reading(value=text(v), sources=tuple(sorted(found[v]))) for v in values),
    )


def _merge(block: str, items: Sequence[_Item]) -> Event:
    """Build the event that a group of items tells."""
    items = sorted(items, key=lambda i: i.source.key)
    head = items[0]
    conflicts: list[Conflict] = []
    start_field = "start" if head.kind is EventKind.VISIT else "date"
    start, clash = _pick_date(items, lambda i: i.start, start_field)
    conflicts += [clash] if clash else []
    end: _Date | None = None
    if head.kind is EventKind.VISIT:
        end, clash = _pick_date(items, lambda i: i.end, "end")
        conflicts += [clash] if clash else []
    deadline, clash = _pick_date(items, lambda i: i.deadline, "deadline")
    conflicts += [clash] if clash else []
    amounts: dict[Money | Quantity, list[str]] = _readings(items, _amount_of)
    amount = None
    if amounts:
        amount = min(amounts, key=lambda a: (-len(amounts[a]), _amount_text(a)))
        if len(amounts) > 1:
            conflicts.append(_conflict("amount", amounts, _amount_text, lambda a: 0))
    subjects = Counter(i.subject for i in items if i.subject is not None)
    subject = min(subjects, key=lambda s: (-subjects[s], len(s), s)) if subjects else None
    statuses = [i.status for i in items if i.status is not None]
    levels = [i.level for i in items if i.level is not None]
    published = [i.source.published for i in items if i.source.published is not None]
    return Event(
        id="e" + hashlib.sha256(f"{block}|{head.source.key}".encode()).hexdigest()[:15],
        kind=head.kind,
        countries=head.countries,
        origin=head.origin,
        destination=head.destination,
        start=start,
        end=end,
        first_reported=min(published, default=None),
        people=tuple(sorted({p for i in items for p in i.people})),
        visitor=head.visitor,
        level=max(levels, key=_LEVELS.index) if levels else None,
        agreement_kind=None if head.agreement_kind is None else AgreementKind(head.agreement_kind),
        status=max(statuses, key=_STATUSES.index) if statuses else None,
        subject=subject,
        metric=None if head.metric is None else TargetMetric(head.metric),
        amount=amount,
        deadline=deadline,
        sources=tuple(i.source for i in items),
        conflicts=tuple(conflicts),
    )


def _events_of_block(block: str, items: Iterable[_Item]) -> list[Event]:
    """The events of one block, sorted by date and id."""
    events = [_merge(block, group) for group in _group_block(items)]
    return sorted(events, key=_event_order)


def _event_order(event: Event) -> tuple[str, str, str]:
    when = event.start or event.first_reported
    return (_first(when).isoformat() if when else "9999", event.kind.value, event.id)


def _persons(mentions: Iterable[_Mention]) -> list[Person]:
    """Join the mentions of one person (by :func:`person_id`) into :class:`Person` objects."""
    by_person: dict[str, list[_Mention]] = {}
    for mention in mentions:
        by_person.setdefault(mention.person, []).append(mention)
    return [_person(pid, by_person[pid]) for pid in sorted(by_person)]


def _person(pid: str, mentions: Sequence[_Mention]) -> Person:
    names = Counter(m.name for m in mentions)
    forms = {m.name for m in mentions} | {a for m in mentions for a in m.aliases}
    offices = {o for m in mentions for o in m.offices}
    return Person(
        id=pid,
        name=min(names, key=lambda n: (-names[n], -len(n), n)),
        country=mentions[0].country,
        names=tuple(sorted(forms)),
        offices=tuple(o for o in Office if o in offices),
    )


@attrs.frozen(kw_only=True)
class Consolidation:
    """
    The events and the people of a set of reports, as :func:`consolidate` returns them.
    """

    events: tuple[Event, ...]
    persons: tuple[Person, ...]


def dyads(report: Report) -> frozenset[tuple[str, ...]]:
    """
    Return the sets of countries (ISO alpha-3 codes, sorted) that *report*'s records involve.

    Consolidation only ever compares records that involve the same countries, so the events of
    one set of countries can be built from the reports that involve it alone: this is the key to
    partition a corpus by, on one machine or many (see the Dask recipe of the scaling guide).

    >>> from bilateral import parse
    >>> from bilateral.corpus import dyads
    >>> report = parse("Indonesian Foreign Minister Retno Marsudi arrived in Hanoi on Tuesday.",
    ...                language="en", published="2024-05-15")
    >>> sorted(dyads(report))
    [('IDN', 'VNM')]
    """
    return frozenset(item.countries for item in _items_of(report)[0])


def consolidate(reports: Iterable[Report]) -> Consolidation:
    """
    Consolidate reports into events and people, each kept with all its sources.

    Args:
        reports: Reports of any languages; a report given twice (the same :func:`article_key`)
            counts once, and of two different reports of one article, the one whose JSON
            sorts first is used.

    Returns:
        The events, sorted by date, kind and id, and the people, sorted by id.
        The result depends only on the set of articles, not on their order.

    >>> from bilateral.corpus import consolidate
    >>> consolidate([]).events
    ()
    """
    chosen: dict[str, Report] = {}
    for report in reports:
        key = article_key(report.article)
        other = chosen.setdefault(key, report)
        if other is not report and other != report and dumps(report) < dumps(other):
            # Two different reports of one article: keep one that does not depend on the order.
            chosen[key] = report
    blocks: dict[str, list[_Item]] = {}
    mentions: dict[str, list[_Mention]] = {}
    for key, report in chosen.items():
        items, mentions[key] = _items_of(report, key)
        for item in items:
            blocks.setdefault(item.block, []).append(item)
    events = [e for block in sorted(blocks) for e in _events_of_block(block, blocks[block])]
    return Consolidation(
        events=tuple(sorted(events, key=_event_order)),
        persons=tuple(_persons(m for k in sorted(mentions) for m in mentions[k])),
    )
