"""
Assemble an article's mentions into a :class:`~bilateral.Report`: the parser's one entry point.

The recognisers find what each sentence mentions; here each trigger phrase of the lexicon
(``events.*``: "tiba di", "arrived in", "menerima kunjungan", "bertemu", "menandatangani",
"sepakat bahwa", "target"...) opens a frame whose slots are filled from the mentions of its
sentence, then from the article's context (the dateline, the main visitor, the list that follows
a colon).
Frames are merged at the article level (one visit reported in three sentences is one visit), and
every record keeps the spans of the mentions it was built from as its evidence.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from bilateral.errors import ValidationError
from bilateral.lexicons import load_lexicon, per_language
from bilateral.model import (
    UNKNOWN_LANGUAGE,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    DateSpan,
    Evidence,
    Meeting,
    Money,
    Official,
    Organisation,
    PartialDate,
    Period,
    Place,
    Quantity,
    Report,
    Statement,
    StatementKind,
    Target,
    TargetMetric,
    Visit,
    _first_day,
    _last_day,
)
from bilateral.recognisers import (
    Mention,
    OfficialRef,
    Sentence,
    find_amounts,
    find_countries,
    find_dateline,
    find_dates,
    find_officials,
    find_places,
    split_sentences,
)
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import PhraseIndex, tokenise
from bilateral.recognisers.amounts import parse_number
from bilateral.recognisers.dates import published_date
from bilateral.recognisers.officials import _known_country

__all__ = ["parse"]

_Party = Country | Organisation
_QUOTE = re.compile(r"[“\"«]([^”\"»\n]{10,2000}?)[”\"»]")
_MIN_QUOTE_WORDS = 6
_ABOUT_GAP = 10  # characters between an instrument and "tentang"/"on", e.g. " (MoU) "
_SAID_GAP = 60  # characters between a quote and its verb of saying: "…,” Ishiba told


@attrs.frozen(eq=False)
class _Triggers:
    index: PhraseIndex[tuple[str, str]]
    numbers: dict[str, int]


@per_language
def _triggers(code: str) -> _Triggers:
    lexicon = load_lexicon(code)
    entries: list[tuple[str, tuple[str, str]]] = []
    for key in (
        "events.visit",
        "events.arrive",
        "events.host",
        "events.hosted_by",
        "events.plan",
        "events.meeting",
        "events.sign",
        "events.consensus",
        "events.target",
        "events.raise",
        "events.topics",
        "events.say",
        "events.message",
        "events.baseline",
        "events.both_sides",
        "events.about",
        "events.from",
        "events.accompany",
        "events.witness",
        "events.end_visit",
        "events.forecast",
        "events.in_force",
    ):
        entries.extend((form, (key.split(".")[1], "")) for form in lexicon.forms(key))
    for kind, forms in lexicon.table("agreements.kinds").items():
        entries.extend((form, ("agreement", kind)) for form in forms)
    for metric, forms in lexicon.table("targets.metrics").items():
        entries.extend((form, ("metric", metric)) for form in forms)
    numbers = {
        form.casefold(): int(value)
        for value, forms in lexicon.table("numbers.words").items()
        for form in forms
    }
    return _Triggers(index=PhraseIndex(entries, case="any"), numbers=numbers)


@attrs.define
class _Unit:
    """A sentence or a list item, with what was found in it."""

    start: int
    end: int
    text: str
    parent: int | None  # index of the introducing sentence, for list items
    items: list[int] = attrs.Factory(list)
    triggers: list[tuple[int, int, str, str]] = attrs.Factory(list)  # start, end, group, kind
    countries: list[Mention[Country]] = attrs.Factory(list)
    places: list[Mention[Place]] = attrs.Factory(list)
    dates: list[Mention[Any]] = attrs.Factory(list)
    amounts: list[Mention[Money | Quantity]] = attrs.Factory(list)
    officials: list[Mention[OfficialRef]] = attrs.Factory(list)

    def has(self, group: str) -> bool:
        return self.first(group) is not None

    def first(self, group: str) -> tuple[int, int, str, str] | None:
        for trigger in self.triggers:
            if trigger[2] == group:
                return trigger
        return None


def _units(sentences: Sequence[Sentence]) -> list[_Unit]:
    units: list[_Unit] = []
    for sentence in sentences:
        index = len(units)
        units.append(_Unit(sentence.start, sentence.end, sentence.text, None))
        for item in sentence.items:
            units[index].items.append(len(units))
            units.append(_Unit(item.start, item.end, item.text, index))
    return units


class _Assembler:
    def __init__(
        self, text: str, code: str, published: _dt.date | None, dateline: tuple[int, int]
    ) -> None:
        self.dateline = dateline
        self.text = text
        self.code = code
        self.lexicon = load_lexicon(code)
        self.units = _units(split_sentences(text, language=code))
        self.starts = [u.start for u in self.units]
        self.joiners = frozenset(
            j.casefold()
            for j in (*self.lexicon.forms("officials.joiners"), *self.lexicon.forms("dates.range"))
        )
        self.published = published
        self.pronouns = frozenset(self.lexicon.forms("officials.pronouns"))
        self.dateline_country = _dateline_country(text, code)
        self.officials: dict[str, Official] = {}
        self.spans: dict[str, list[Evidence]] = {}
        self._distribute()

    # -- mentions into units -------------------------------------------------------------------
    def unit_of(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.units[i].end:
            return i
        return None

    def _distribute(self) -> None:
        code, text = self.code, self.text
        tokens = tokenise(text)
        triggers = _triggers(code)
        self.numbers = triggers.numbers
        for first, end, (group, kind) in triggers.index.find(tokens):
            start, stop = tokens[first].start, tokens[end - 1].end
            u = self.unit_of(start)
            if u is not None:
                self.units[u].triggers.append((start, stop, group, kind))
        amounts = find_amounts(text, language=code)
        # "dolar Amerika Serikat", "Singapore dollars": a country inside an amount is none.
        money = [(m.start, m.end) for m in amounts]
        for mention in find_countries(text, language=code):
            if not _inside(money, mention.start, mention.start + 1):
                self._put(mention, "countries")
        people = find_officials(text, language=code)
        named = [(m.start, m.end) for m in people]
        for place in find_places(text, language=code):
            # "Lloyd Austin" is a person: a place inside an official's mention is no place.
            if not _inside(named, place.start, place.end):
                self._put(place, "places")
        for date in find_dates(text, language=code, published=self.published):
            # The dateline's date is when the article was written, not when anything happened.
            if not self.dateline[0] <= date.start < self.dateline[1]:
                self._put(date, "dates")
        for amount in amounts:
            self._put(amount, "amounts")
        for official in people:
            ref = official.value
            if not ref.official.roles:
                continue
            self.officials.setdefault(ref.official.id, ref.official)
            self.spans.setdefault(ref.official.id, []).append(
                Evidence(official.start, official.end)
            )
            self._put(official, "officials")

    def _put(self, mention: Mention[Any], field: str) -> None:
        u = self.unit_of(mention.start)
        if u is not None:
            getattr(self.units[u], field).append(mention)

    # -- helpers -----------------------------------------------------------------------------
    def party_of(self, official_id: str) -> _Party | None:
        for role in self.officials[official_id].roles:
            if role.party is not None:
                return role.party
        return None

    def antecedent(self, unit: _Unit, before: int) -> str | None:
        """
        Return who a pronoun before *before* stands for ("She arrived ...", "Beliau tiba ...").

        It is the first official named in the sentence before, the subject in news style.
        """
        head = self.text[unit.start : before]
        if not any(word in self.pronouns for word in re.findall(r"\w+", head)):
            return None
        index = bisect.bisect_left(self.starts, unit.start)
        for previous in range(index - 1, max(-1, index - 3), -1):
            named = self.people(self.units[previous])
            if named:
                return named[0]
        return None

    def people(self, unit: _Unit, after: int = -1, before: int | None = None) -> list[str]:
        out: list[str] = []
        for mention in unit.officials:
            if mention.start < after or (before is not None and mention.start >= before):
                continue
            oid = mention.value.official.id
            if oid not in out:
                out.append(oid)
        return out

    def day(
        self, unit: _Unit, near: int | None = None, trip: int | None = None
    ) -> tuple[_dt.date | PartialDate | None, _dt.date | PartialDate | None, list[Evidence]]:
        """
        Return the date a unit gives an event, as (start, end, evidence).

        A range wins, then two days joined by "and" ("pada Senin dan Selasa"), then one day;
        with *near*, the day written nearest to that offset ("tiba pada Selasa malam dan
        keesokan harinya, Rabu, bertemu ...").
        """
        dated = [m for m in unit.dates if m.kind != "year" and m.value is not None]
        if near is not None:
            # A meeting happens on one day: the nearest single day, never a range's first.
            dated = [m for m in dated if not isinstance(m.value, DateSpan)]
        if not dated:
            return None, None, []
        for mention in dated:
            if isinstance(mention.value, DateSpan):
                return (
                    mention.value.start,
                    mention.value.end,
                    [Evidence(mention.start, mention.end)],
                )
        if near is None:
            for first, second in itertools.pairwise(dated):
                between = self.text[first.end : second.start].strip().casefold()
                if between in self.joiners and _first_day(first.value) < _first_day(second.value):
                    spans = [Evidence(first.start, first.end), Evidence(second.start, second.end)]
                    return first.value, second.value, spans
            chosen = dated[0]
            if trip is not None:
                # "tiba di Hanoi semalam" under "27/08/2019": the day nearest the trip's words.
                chosen = min(dated, key=lambda m: min(abs(m.start - trip), abs(m.end - trip)))
        else:
            chosen = min(dated, key=lambda m: min(abs(m.start - near), abs(m.end - near)))
        value = chosen.value
        assert not isinstance(value, DateSpan)
        return value, None, [Evidence(chosen.start, chosen.end)]

    def duration(self, unit: _Unit) -> int | None:
        """A length in days written in the unit ("two-day visit", "kunjungan tiga hari")."""
        words = self.lexicon.forms("dates.days")
        if not words:
            return None
        numbers = sorted(self.numbers, key=len, reverse=True)
        pattern = (
            r"\b(\d{1,2}|" + "|".join(re.escape(n) for n in numbers) + r")[- ]"
            r"(?:" + "|".join(re.escape(w) for w in words) + r")\b"
        )
        match = re.search(pattern, unit.text, re.IGNORECASE)
        if match is None:
            return None
        count = match.group(1).casefold()
        return int(count) if count.isdigit() else self.numbers.get(count)

    def text_after(self, unit: _Unit, offset: int) -> str:
        return self.text[offset : unit.end].strip(" ,:;.—–-\n")

    def count_before(self, offset: int, unit: _Unit) -> int:
        """A count written just before *offset* ("lima nota kesepahaman", "five MoUs", "23 MoU")."""
        head = self.text[unit.start : offset].rstrip()
        match = re.search(r"(\S+(?:\s+\S+){0,2})$", head)
        if not match:
            return 1
        words = match.group(1).split()
        # "11 MoU", "sebelas MoU", "11 business MoUs", "dua belas perjanjian"
        candidates = [" ".join(words[-2:]), words[-1], *(w for w in words[-3:-1][::-1])]
        for candidate in candidates:
            value = self.numbers.get(candidate.casefold())
            if value is not None:
                return value
            if candidate.isdigit() and 1 < int(candidate) < 1000:
                return int(candidate)
            number = parse_number(candidate)
            if number is not None and number == number.to_integral_value() and 1 < number < 1000:
                return int(number)
        return 1


_BASELINE_GAP = 15  # characters between an amount and a baseline word after it: "... currently"
_RATE = re.compile(r"\s*(?:per|/)\s*[A-Z]{3}\b")  # "Rp14.300 per USD": a rate, not an amount
_DATELINE = re.compile(
    r"^[ \t]*(?P<head>[^\W\d_][^\n:–—]{0,60}?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    r"(?::|[ \t]+[-–—]{1,2}|--|,[ \t]+\d)",
    re.MULTILINE,
)
_DATELINE_LINES = 5


def _dateline_country(text: str, code: str) -> Country | None:
    """
    Return the country of the place a dateline names ("NEW DELHI:", "KUALA LUMPUR -").

    Only the first lines are read, and only a short head before a colon or a dash.
    """
    head = "\n".join(text.split("\n", _DATELINE_LINES)[:_DATELINE_LINES])
    for match in _DATELINE.finditer(head):
        words = match.group("head")
        if len(words.split()) > 5:
            continue
        places = [m.value.country for m in find_places(words, language=code)]
        places = [c for c in places if c is not None]
        if places:
            return places[-1]
    return None


def _distance(positions: Sequence[int], offset: int) -> int:
    """The distance from *offset* to the nearest of the sorted *positions*."""
    i = bisect.bisect_left(positions, offset)
    near = [abs(positions[k] - offset) for k in (i - 1, i) if 0 <= k < len(positions)]
    return min(near) if near else 1 << 62


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``start..end`` lies inside one of *spans* (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _dedupe(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out


def _split_clause(clause: str, joiners: Sequence[str]) -> list[str]:
    """Split "a, b, dan c" into its items."""
    pattern = (
        r"\s*,\s*(?:(?:"
        + "|".join(re.escape(j) for j in joiners)
        + r")\s+)?|\s+(?:"
        + "|".join(re.escape(j) for j in joiners)
        + r")\s+(?=[^,]*$)"
    )
    parts = [p.strip(" .;:") for p in re.split(pattern, clause) if p and p.strip(" .;:")]
    return parts


def parse(
    text: str,
    *,
    language: str | None = None,
    published: _dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Report:
    """
    Parse a news article into a :class:`~bilateral.Report`.

    Args:
        text: The article text (a headline line first is fine).
        language: An ISO 639-1 code; ``None`` detects it.
            Text whose language cannot be detected gives an empty report with language
            ``"und"``.
        published: The publication date (a date or an ISO 8601 string); without it a dateline
            in the text is used, and without either, weekday words give no date.
        title: The headline, when it is kept apart from *text*.
        url: Where the article was published.

    Raises:
        bilateral.errors.ValidationError: if *text* is not a string or *published* not a date.
        bilateral.errors.UnknownLanguageError: if *language* names a language with no lexicon.

    >>> report = parse(
    ...     "Menlu Retno Marsudi tiba di Kuala Lumpur pada hari Selasa. Retno bertemu dengan "
    ...     "Menteri Luar Negeri Malaysia Mohamad Hasan.", language="id", published="2024-05-15")
    >>> [(o.name, o.roles[0].office.value) for o in report.officials]
    [('Retno Marsudi', 'foreign_minister'), ('Mohamad Hasan', 'foreign_minister')]
    >>> v = report.visits[0]
    >>> (v.origin.alpha_3, v.destination.alpha_3, v.start.isoformat(), v.places[0].name)
    ('IDN', 'MYS', '2024-05-14', 'Kuala Lumpur')
    """
    if not isinstance(text, str):
        raise ValidationError("parse.text", f"expected str, got {type(text).__name__}")
    day = published_date(published, "parse.published")
    code = resolve_language(text, language)
    if code == UNKNOWN_LANGUAGE:
        return Report(
            article=Article(text=text, language=code, title=title, published=day, url=url)
        )
    outlet = None
    dateline = find_dateline(text, language=code, published=day)
    if dateline is not None:
        if day is None and isinstance(dateline.value, _dt.date):
            day = dateline.value
        found = re.search(r"\(([^()]+)\)[^()]*$", dateline.text)
        outlet = found.group(1).strip() if found else None
    if title is None:
        first_line = text.split("\n", 1)[0].strip()
        title = first_line if first_line and "\n" in text and len(first_line) < 300 else None
    skip = (dateline.start, dateline.end) if dateline is not None else (0, 0)
    builder = _Builder(_Assembler(text, code, day, skip))
    report = builder.build()
    return attrs.evolve(
        report,
        article=Article(
            text=text, language=code, title=title, published=day, url=url, outlet=outlet
        ),
    )


class _Builder:
    """Fill frames from the units and merge them into records."""

    def __init__(self, a: _Assembler) -> None:
        self.a = a
        self.visits: list[dict[str, Any]] = []
        self.meetings: list[dict[str, Any]] = []
        self.agreements: list[dict[str, Any]] = []
        self.targets: list[dict[str, Any]] = []
        self.statements: list[dict[str, Any]] = []
        self._dyad: list[Country] | None = None
        self.by_default: set[str] = set()  # officials whose country is only the press's own
        self._amounts: dict[tuple[int, int], Money | Quantity] = {
            (m.start, m.end): m.value for unit in a.units for m in unit.amounts
        }

    # -- party inference -----------------------------------------------------------------------
    def dyad(self) -> list[Country]:
        """The article's two main countries: the two it mentions most (first mention breaks ties)."""
        if self._dyad is None:
            self._dyad = self._count_dyad()
        return self._dyad

    def _count_dyad(self) -> list[Country]:
        counts: dict[Country, tuple[int, int]] = {}
        for unit in self.a.units:
            for mention in unit.countries:
                n, first = counts.get(mention.value, (0, mention.start))
                counts[mention.value] = (n + 1, first)
        ranked = sorted(counts, key=lambda c: (-counts[c][0], counts[c][1]))
        return ranked[:2]

    def complete_parties(self) -> None:
        """
        Give a country to offices the article leaves unqualified.

        In order: the other side of an event (an unqualified official who meets, hosts or is
        hosted by an official of one of the article's two main countries belongs to the other;
        an unqualified visitor to one of them comes from the other); then the lexicon's home
        country, for the home press's own officials ("Menlu Retno" in Indonesian copy), when that
        country is one of the two main ones or the article has fewer than two.
        """
        a = self.a
        dyad = self.dyad()
        guesses: dict[str, _Party] = {}
        arrivals: dict[str, _Party] = {}
        if len(dyad) == 2:
            for unit in a.units:
                trigger = (
                    unit.first("meeting")
                    or unit.first("host")
                    or unit.first("hosted_by")
                    or unit.first("arrive")
                )
                accompany = unit.first("accompany")
                if accompany is not None:
                    # "He is accompanied by Undersecretary X", "Prabowo didampingi oleh ...":
                    # who accompanies is of the side of whom they accompany.
                    lead = a.people(unit, before=accompany[0]) or [
                        p for p in [a.antecedent(unit, accompany[0])] if p is not None
                    ]
                    side = a.party_of(lead[0]) if lead else None
                    for person in a.people(unit, after=accompany[1]):
                        if side is not None and a.party_of(person) is None:
                            guesses.setdefault(person, side)
                    continue
                if trigger is None:
                    continue
                people = a.people(unit)
                before = set(a.people(unit, before=trigger[0]))
                for person in people:
                    if a.party_of(person) is not None or person in guesses:
                        continue
                    # The other side is across the trigger: "X bertemu Y", "Y hosted X".
                    across = [p for p in people if (p in before) != (person in before)]
                    named = [m.value.official.id for m in unit.officials if m.kind != "title"]
                    if not across and len(set(named)) == 2:
                        # "X and Y held talks": both on one side of the trigger.
                        across = [p for p in named if p != person]
                    known = [a.party_of(p) for p in across if a.party_of(p) in dyad]
                    sides: set[_Party | None] = set(known)
                    arrival = False
                    if trigger[2] == "arrive" and not sides and person in before:
                        arrival = True
                        sides.update(
                            m.value.country
                            for m in unit.places
                            if m.start >= trigger[0] and m.value.country in dyad
                        )
                        sides.update(
                            m.value
                            for m in unit.countries
                            if m.start >= trigger[0] and m.value in dyad
                        )
                    if len(sides) == 1:
                        (side,) = sides
                        other = dyad[1] if side == dyad[0] else dyad[0]
                        # An arrival says less than a meeting: the home press's own
                        # officials on a tour stay its own ("Presiden Joko Widodo tiba di
                        # Beijing ... ke Riyadh").
                        (arrivals if arrival else guesses)[person] = other
        home = Country(a.lexicon.home) if a.lexicon.home else None
        mentioned = {m.value for unit in a.units for m in unit.countries}
        for oid, official in list(a.officials.items()):
            if all(r.party is not None for r in official.roles):
                continue
            party: _Party | None = next((r.party for r in official.roles if r.party), None)
            party = party or _known_country(official, a.code) or guesses.get(oid)
            own = home is not None and (home in dyad or len(dyad) < 2 or home not in mentioned)
            if party is None and home is not None and own:
                party = home
                self.by_default.add(oid)
            party = party or arrivals.get(oid)
            if party is None and a.dateline_country is not None and a.dateline_country in dyad:
                # "NEW DELHI: Prime Minister Narendra Modi ...": the dateline's own officials.
                party = a.dateline_country
                self.by_default.add(oid)
            if party is None:
                continue
            roles = tuple(
                r if r.party is not None else attrs.evolve(r, party=party) for r in official.roles
            )
            a.officials[oid] = attrs.evolve(official, roles=roles)
        self.complete_counterparts(dyad)

    def complete_counterparts(self, dyad: list[Country]) -> None:
        """
        Give a counterpart the other country of the official named nearest to them.

        "Anwar Ibrahim dan rakan sejawatnya Fumio Kishida": a counterpart is of the other side.
        """
        a = self.a
        home = [Country(a.lexicon.home)] if a.lexicon.home else []
        dateline = [a.dateline_country] if a.dateline_country else []
        sides = _dedupe([*dyad, *dateline, *home])
        if len(sides) < 2:
            return
        words = {w.casefold() for w in a.lexicon.forms("officials.counterparts")}
        mentions = [m for unit in a.units for m in unit.officials]
        for oid, official in list(a.officials.items()):
            if not official.roles or any(r.title.casefold() not in words for r in official.roles):
                continue
            mine = [m for m in mentions if m.value.official.id == oid]
            others = [
                m
                for m in mentions
                if m.value.official.id != oid and a.party_of(m.value.official.id) in sides
            ]
            if not mine or not others:
                continue
            mine_at = sorted(x.start for x in mine)
            nearest = min(others, key=lambda m: _distance(mine_at, m.start))
            side = a.party_of(nearest.value.official.id)
            party = next(c for c in sides if c != side)
            roles = tuple(attrs.evolve(r, party=party) for r in official.roles)
            a.officials[oid] = attrs.evolve(official, roles=roles)

    def main_visitor(self) -> str | None:
        return self.visits[0]["visitor"] if self.visits else None

    def visitor_at(self, offset: int) -> str | None:
        """The visitor of the visit told most recently before *offset* ("Ia bertemu ...")."""
        best: tuple[int, str] | None = None
        for visit in self.visits:
            starts = [e.start for e in visit["evidence"] if e.start <= offset]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), visit["visitor"])
        return best[1] if best is not None else self.main_visitor()

    # -- visits -----------------------------------------------------------------------------------
    def find_visits(self) -> None:
        """
        Fill a visit frame from each sentence with a visit trigger.

        The host's side ("X menerima kunjungan Y", "Y was received by X") names the host first
        (or second, for the passive); the visitor's side ("Y tiba di Z", "Y's visit to Z") names
        the visitor, and the destination is the first place or country after the trigger that is
        not the visitor's own.
        A planned visit ("rencana kunjungan", "will visit") is not a visit.
        """
        a = self.a
        for unit in a.units:
            host = unit.first("host")
            hosted_by = unit.first("hosted_by")
            arrive = unit.first("arrive")
            noun = unit.first("visit")
            trigger = hosted_by or host or arrive or noun
            if trigger is None:
                continue
            plan = unit.first("plan")
            if plan is not None and plan[0] < trigger[0] and a.day(unit)[0] is None:
                # "will visit", "rencana kunjungan": an intention, unless the sentence dates it
                # ("akan melanjutkan kunjungan ke Riyadh pada 18 Oktober" is the next leg).
                continue
            before = a.people(unit, before=trigger[0])
            after = a.people(unit, after=trigger[1])
            ante = a.antecedent(unit, trigger[0]) if not before else None
            if ante is not None:
                before = [ante]
            visitor: str | None = None
            destination: _Party | None = None
            evidence = [Evidence(trigger[0], trigger[1])]
            if trigger is host or trigger is hosted_by:
                hosts, guests = (before, after) if trigger is host else (after, before)
                if guests:
                    visitor = guests[0]
                    destination = a.party_of(hosts[0]) if hosts else None
                    if destination is None:
                        named = [m for m in unit.countries if m.start < trigger[0]]
                        destination = named[-1].value if named else None
            if visitor is None and (arrive is not None or noun is not None):
                trigger = arrive or noun
                assert trigger is not None
                places = [m for m in unit.places if m.start >= trigger[1] - 1]
                countries = [m for m in unit.countries if m.start >= trigger[1] - 1]
                spots = [(m.start, m.value.country) for m in places if m.value.country is not None]
                spots += [(m.start, m.value) for m in countries]
                targets = [country for _, country in sorted(spots, key=lambda s: s[0])]
                people = a.people(unit)
                if ante is not None and ante not in people:
                    people = [ante, *people]
                if trigger is arrive and targets:
                    # "Modi, who reached Tokyo ...": the first place after the verb is where
                    # the visitor arrives; the visitor is the nearest official before it.
                    subjects = [
                        p for p in reversed(before) if a.party_of(p) not in (None, targets[0])
                    ]
                    if subjects:
                        people = [subjects[0], *[p for p in people if p != subjects[0]]]
                # "Kunjungan Larijani ...": the person right after the noun is the visitor.
                right_after = [m for m in unit.officials if 0 <= m.start - trigger[1] <= 2]
                if trigger is noun and right_after:
                    people = [right_after[0].value.official.id, *people]
                for person in people:
                    party = a.party_of(person)
                    away = [t for t in targets if t != party]
                    if party is not None and away:
                        visitor, destination = person, away[0]
                        break
                if visitor is None and arrive is not None and targets and before:
                    # "Foreign Minister X arrived in Jakarta": a visitor whose country the
                    # article does not say gets no origin rather than a guessed one.
                    unknown = [p for p in before if a.party_of(p) is None]
                    if unknown:
                        visitor, destination = unknown[-1], targets[0]
                if visitor is None and arrive is not None and targets:
                    main = self.main_visitor()
                    if main is not None and not people:
                        visitor = main
                        away = [t for t in targets if t != a.party_of(main)]
                        destination = away[0] if away else None
            if visitor is None:
                continue
            origin = a.party_of(visitor)
            start, end, date_spans = a.day(unit, trip=trigger[0])
            days = a.duration(unit)
            ending = unit.first("end_visit")
            if isinstance(start, _dt.date) and end is None and days is not None and days > 1:
                if ending is not None:
                    # "mengakhiri lawatan tiga hari ... semalam": the day given is the last.
                    start, end = start - _dt.timedelta(days=days - 1), start
                else:
                    # "a two-day visit" from a known first day: the last day follows.
                    end = start + _dt.timedelta(days=days - 1)
            if destination is None or destination == origin:
                # "selama kunjungan pada 16-18 Oktober": the dates of a visit told before.
                self.support_visit(visitor, evidence, start, end, unit.start)
                continue
            places = [
                m for m in unit.places if m.start >= trigger[0] and m.value.country == destination
            ]
            evidence.extend(date_spans)
            evidence.extend(Evidence(m.start, m.end) for m in places)
            evidence.extend(
                Evidence(m.start, m.end) for m in unit.officials if m.value.official.id == visitor
            )
            self.add_visit(
                visitor=visitor,
                origin=origin,
                destination=destination,
                places=[m.value for m in places],
                start=start,
                end=end,
                evidence=evidence,
            )

    def hosts_of_visits(self) -> None:
        """
        Give the visit's destination to the visitor's counterparts whose country was a default.

        "Johari mengadakan pertemuan dengan Pengerusi Senat Oliy Majlis, Tanzila Narbaeva"
        during Johari's visit to Uzbekistan: the official he meets there is no Malaysian.
        """
        a = self.a
        if not self.by_default:
            return
        trips = {v["visitor"]: v["destination"] for v in self.visits}
        for unit in a.units:
            trigger = unit.first("meeting") or unit.first("host") or unit.first("hosted_by")
            if trigger is None or unit.has("accompany"):
                continue
            people = a.people(unit)
            guests = [p for p in people if p in trips]
            if len(guests) != 1:
                continue
            guest = guests[0]
            destination = trips[guest]
            for person in a.people(unit, after=trigger[1]):
                if person == guest or person not in self.by_default:
                    continue
                if a.party_of(person) != a.party_of(guest) or destination is None:
                    continue
                official = a.officials[person]
                roles = tuple(attrs.evolve(r, party=destination) for r in official.roles)
                a.officials[person] = attrs.evolve(official, roles=roles)
                self.by_default.discard(person)

    def dateline_visits(self) -> None:
        """
        Add the visit that talks under a foreign dateline imply, when no visit there is told.

        "TOKYO – Perdana Menteri Anwar Ibrahim dan rakan sejawatnya Fumio Kishida ...": an
        official of another country who meets the dateline country's official there has come
        to it, on the day of the talks.
        """
        a = self.a
        host = a.dateline_country
        if host is None or any(v["destination"] == host for v in self.visits):
            return  # the visit is told in words: the dateline adds no other
        visitor: str | None = None
        for meeting in self.meetings:
            sides = {p: a.party_of(p) for p in meeting["participants"]}
            if host not in sides.values():
                continue
            place = meeting["place"]
            if place is not None and place.country != host:
                continue
            for person, party in sides.items():
                if party is None or party == host or visitor not in (None, person):
                    continue  # one visitor: the first foreign official met there
                visitor = person
                if any(v["visitor"] == person and v["destination"] == host for v in self.visits):
                    continue
                self.add_visit(
                    visitor=person,
                    origin=party,
                    destination=host,
                    places=[place] if place is not None else [],
                    start=meeting["date"],
                    end=None,
                    evidence=list(meeting["evidence"]),
                )

    def add_visit(self, **frame: Any) -> None:
        for visit in self.visits:
            if (
                visit["visitor"] == frame["visitor"]
                and visit["destination"] == frame["destination"]
            ):
                visit["places"] = _dedupe(visit["places"] + frame["places"])
                # Told twice, a visit spans from the earliest day given to the latest:
                # "arrived on Sunday for a two-day visit" and "hosted ... on Monday".
                days = [
                    d for d in (visit["start"], visit["end"], frame["start"], frame["end"]) if d
                ]
                if days:
                    first = min(days, key=_first_day)
                    last = max(days, key=_last_day)
                    visit["start"] = first
                    visit["end"] = None if last == first else last
                visit["evidence"] += frame["evidence"]
                return
        self.visits.append(frame)

    def support_visit(
        self,
        visitor: str,
        evidence: list[Evidence],
        start: Any = None,
        end: Any = None,
        offset: int = 0,
    ) -> None:
        """
        Add what a sentence says of a visit told before it, without naming the destination.

        Its dates fill a visit that has none, when the dates are a range or the visit is the
        visitor's only one so far: the visit told most recently before the sentence.
        """
        mine = [v for v in self.visits if v["visitor"] == visitor]
        if not mine:
            self.pending_support.append((visitor, evidence))
            return
        told = [v for v in mine if v["evidence"][0].start <= offset] or mine
        visit = told[-1]
        visit["evidence"] += evidence
        if start is not None and visit["start"] is None and (end is not None or len(mine) == 1):
            visit["start"], visit["end"] = start, end

    pending_support: list[tuple[str, list[Evidence]]]

    # -- meetings ---------------------------------------------------------------------------------
    def participants(
        self, unit: _Unit, trigger: tuple[int, int, str, str], aside: set[str] | None = None
    ) -> list[str]:
        """
        Return the officials who meet.

        They are the subject (named before the trigger, else the main visitor) and the first
        person of another party named after it ("bertemu dengan X"); officials *aside* (those
        who only accompany, or send a message) are neither.
        """
        a = self.a
        aside = aside or set()
        before = [p for p in a.people(unit, before=trigger[0]) if p not in aside]
        after = [p for p in a.people(unit, after=trigger[1]) if p not in aside]
        ante = a.antecedent(unit, trigger[0]) if not before else None
        if ante is not None and ante not in after:
            before = [ante]
        main = self.visitor_at(unit.start)
        parties_after = {a.party_of(p) for p in after}
        if before:
            subject = before[-1:]
        elif len(after) >= 2 and len(parties_after) >= 2:
            # "In a separate meeting, X and Y discussed ...": both named after the trigger.
            subject, after = after[:1], after[1:]
        else:
            subject = [main] if main is not None else []
        if len(before) >= 2 and not after:
            # "X and Y held talks": both named before the trigger.
            subject, after = before[:1], before[1:]
        if not subject:
            subject, after = after[:1], after[1:]
        people = list(subject)
        parties = {a.party_of(p) for p in people}
        for person in after:
            if a.party_of(person) not in parties:
                people.append(person)
                break
        if main in people:
            people = [main, *[p for p in people if p != main]]
        return people

    def find_meetings(self) -> None:
        a = self.a
        last: dict[str, Any] | None = None
        for index, unit in enumerate(a.units):
            if unit.parent is not None:
                continue
            trigger = unit.first("meeting") or unit.first("host") or unit.first("hosted_by")
            witness = unit.first("witness")
            if trigger is None and witness is not None:
                # "... disaksikan Jokowi dan Presiden Korsel Moon": witnesses of two sides met.
                witnesses = a.people(unit, after=witness[0])
                if len({a.party_of(p) for p in witnesses}) >= 2:
                    trigger = witness
            visit = unit.first("arrive") or unit.first("visit")
            if trigger is None and visit is not None:
                # "Erdogan mengunjungi Presiden Prabowo": a visit to a person is a meeting.
                guests = a.people(unit, before=visit[0])
                hosts = a.people(unit, after=visit[1])
                if guests and hosts and a.party_of(hosts[0]) not in {a.party_of(guests[-1]), None}:
                    trigger = visit
            topics_trigger = unit.first("topics")
            if trigger is not None:
                aside = self.bystanders(unit)
                people = self.participants(unit, trigger, aside)
                # "menghadap Agong ... serta kunjungan hormat ke atas Perdana Menteri ...":
                # each counterpart named after the trigger is a meeting of its own.
                sides = {a.party_of(p) for p in people[:1]}
                others = [
                    p
                    for p in a.people(unit, after=trigger[1])
                    if a.party_of(p) not in sides and p not in people and p not in aside
                ]
                groups = [people, *([people[0], other] for other in others if people)]
                for group in groups:
                    if len(group) < 2 or len({a.party_of(p) for p in group}) < 2:
                        continue
                    evidence = [Evidence(trigger[0], trigger[1])]
                    evidence += [
                        Evidence(m.start, m.end)
                        for m in unit.officials
                        if m.value.official.id in group
                    ]
                    start, _, spans = a.day(unit, near=trigger[0])
                    place = unit.places[0].value if unit.places else None
                    last = self.add_meeting(list(group), start, place, evidence + spans)
                    last["unit"] = index
            follows = last is not None and (
                index - last["unit"] <= 3 or unit.has("both_sides") or trigger is not None
            )
            if topics_trigger is not None and last is not None and follows:
                items = [a.units[i] for i in unit.items]
                if items:
                    topics = [u.text.strip(" .;") for u in items]
                    last["listed"] = _dedupe(last["listed"] + topics)
                    last["evidence"] += [Evidence(u.start, u.end) for u in items]
                else:
                    clause = a.text_after(unit, topics_trigger[1])
                    clause = re.split(r"\s*[—–]\s*", clause)[0]
                    joiners = [*a.lexicon.forms("officials.joiners")]
                    last["clause"] = _dedupe(last["clause"] + _split_clause(clause, joiners))
                last["evidence"].append(Evidence(topics_trigger[0], topics_trigger[1]))

    def bystanders(self, unit: _Unit) -> set[str]:
        """
        Return the officials of a meeting sentence who are not its principals.

        They are those named after an accompanying word up to the next meeting word
        ("didampingi oleh A dan B", "accompanied by Foreign Minister X, also held talks with
        ..."), and the senders of a message ("a letter from President X").
        """
        a = self.a
        out: set[str] = set()
        for accompany in (t for t in unit.triggers if t[2] == "accompany"):
            stop = min(
                (t[0] for t in unit.triggers if t[2] == "meeting" and t[0] > accompany[1]),
                default=unit.end,
            )
            out.update(a.people(unit, after=accompany[1], before=stop))
        message = unit.first("message")
        source = unit.first("from")
        if message is not None and source is not None and source[0] > message[0]:
            out.update(a.people(unit, after=source[1])[:1])
        return out

    def add_meeting(
        self, people: list[str], date: Any, place: Place | None, evidence: list[Evidence]
    ) -> dict[str, Any]:
        key = frozenset(people)
        for meeting in self.meetings:
            if frozenset(meeting["participants"]) == key:
                meeting["evidence"] += evidence
                meeting["date"] = meeting["date"] or date
                meeting["place"] = meeting["place"] or place
                return meeting
        frame = {
            "participants": people,
            "date": date,
            "place": place,
            "listed": [],
            "clause": [],
            "evidence": evidence,
            "unit": 0,
        }
        self.meetings.append(frame)
        return frame

    # -- agreements -------------------------------------------------------------------------------
    def find_agreements(self) -> None:
        """
        Fill agreement frames: signed instruments, counted or named, and consensus.

        A sentence with a signing verb gives one record per instrument it names ("MoU tentang X,
        MoU tentang Y"), one per list item that names an instrument, or else one record per
        counted instrument, whose *count* is the number before it ("lima nota kesepahaman",
        "8 MoU ... serta tujuh perjanjian").
        Without a signing verb, a list of instruments or a counted instrument ("menghasilkan 10
        dokumen kerja sama") still gives its records.
        A sentence saying both sides agreed, without signing and without naming an instrument,
        gives a consensus with its points.
        """
        a = self.a
        for unit in a.units:
            if unit.parent is not None:
                continue
            sign = unit.first("sign")
            kinds = [t for t in unit.triggers if t[2] == "agreement"]
            consensus = unit.first("consensus")
            listed = [a.units[i] for i in unit.items if a.units[i].has("agreement")]
            if not (kinds or sign):
                listed = []  # a list of instruments is introduced as one: "Kelima MoU itu:"
            counted = [(k, a.count_before(k[0], unit)) for k in kinds]
            counted = [(k, c) for k, c in counted if c > 1]
            if sign is None:
                sign = next((u.first("sign") for u in listed if u.has("sign")), None)
            if sign is not None or listed or counted:
                parties = self.parties(unit)
                signatories = a.people(unit, before=sign[0]) if sign is not None else []
                start, _, spans = a.day(unit)
                named = [k for k in kinds if self.subject(unit, k) is not None]
                records: list[tuple[tuple[int, int, str, str], _Unit, int]] = []
                if listed:
                    for item in listed:
                        kind = item.first("agreement")
                        assert kind is not None
                        records.append((kind, item, 1))
                elif len(named) >= 2:
                    records.extend((kind, unit, 1) for kind in named)
                elif counted:
                    records.extend((kind, unit, count) for kind, count in counted)
                elif kinds and sign is not None:
                    records.append((kinds[0], unit, 1))
                plan = unit.first("plan")
                status = AgreementStatus.SIGNED
                if sign is not None and plan is not None and plan[0] < sign[0]:
                    status = AgreementStatus.PROPOSED  # "are expected to sign", "akan diteken"
                for kind, where, count in records:
                    subject = self.subject(where, kind)
                    if subject is None and where is not unit:
                        subject = self.subject_before(where, kind)
                    if count > 1:
                        subject = None  # "five MoUs in the fields of media, youth ...": many
                    evidence = [Evidence(kind[0], kind[1]), *spans]
                    if sign is not None:
                        evidence.append(Evidence(sign[0], sign[1]))
                    self.add_agreement(
                        {
                            "kind": AgreementKind(kind[3]),
                            "status": status,
                            "parties": parties,
                            "signatories": signatories,
                            "date": start,
                            "subject": subject,
                            "points": [],
                            "count": count,
                            "evidence": evidence,
                        }
                    )
                if records:
                    continue
            in_force = unit.first("in_force")
            if sign is None and in_force is not None:
                # "Perjanjian Kemitraan Ekonomi Indonesia-Jepang (IJEPA), yang berlaku sejak Juli
                # 2008", "the Status of Visiting Forces Agreement, which entered into force".
                named = [k for k in kinds if k[0] < in_force[0]]
                if named:
                    kind = named[-1]
                    subject = self.subject(unit, kind) or self.name_of(unit, kind)
                    if subject is not None:
                        start, _, spans = a.day(unit)
                        self.add_agreement(
                            {
                                "kind": AgreementKind(kind[3]),
                                "status": AgreementStatus.IN_FORCE,
                                "parties": self.parties(unit),
                                "signatories": [],
                                "date": start,
                                "subject": subject,
                                "points": [],
                                "count": 1,
                                "evidence": [
                                    Evidence(kind[0], kind[1]),
                                    Evidence(in_force[0], in_force[1]),
                                    *spans,
                                ],
                            }
                        )
                        continue
            if consensus is not None and sign is None:
                if any(k[0] > consensus[0] for k in kinds):
                    continue  # "menyepakati sejumlah nota kesepahaman": instruments, not a view
                parties = self.parties(unit)
                items = [a.units[i] for i in unit.items]
                if items:
                    points = [u.text.strip(" .;") for u in items]
                    evidence = [Evidence(u.start, u.end) for u in items]
                else:
                    clause = a.text_after(unit, consensus[1])
                    points = [clause] if clause else []
                    begin = a.text.find(clause, consensus[1]) if clause else -1
                    evidence = [Evidence(begin, begin + len(clause))] if begin >= 0 else []
                if not points:
                    continue
                start, _, spans = a.day(unit)
                self.add_agreement(
                    {
                        "kind": AgreementKind.CONSENSUS,
                        "status": AgreementStatus.AGREED,
                        "parties": parties,
                        "signatories": [],
                        "date": start,
                        "subject": None,
                        "points": points,
                        "count": 1,
                        "evidence": [Evidence(consensus[0], consensus[1]), *evidence, *spans],
                    }
                )

    def add_agreement(self, frame: dict[str, Any]) -> None:
        """
        Add an agreement, merging it into an equal one told twice ("4 MoU" in two sentences).

        A single instrument told again without its subject ("the memorandum", "MoU itu") is
        the one of that kind told before.
        """
        for known in self.agreements:
            same = all(
                known[k] == frame[k] for k in ("kind", "status", "subject", "points", "count")
            )
            again = (
                None in (frame["subject"], known["subject"])
                and frame["count"] == 1
                and known["kind"] == frame["kind"]
                and known["count"] == 1
                and frame["kind"] is not AgreementKind.CONSENSUS
            )
            if same or again:
                # The headline's "sign declaration" and the body's "a joint declaration on ...".
                known["subject"] = known["subject"] or frame["subject"]
                known["evidence"] += frame["evidence"]
                known["signatories"] = _dedupe(known["signatories"] + frame["signatories"])
                return
        self.agreements.append(frame)

    def name_of(self, unit: _Unit, kind: tuple[int, int, str, str]) -> str | None:
        """
        Return the proper name of an instrument, or ``None``.

        It is the capitalised words after its kind ("Perjanjian Kemitraan Ekonomi
        Indonesia-Jepang"), or before it ("the Status of Visiting Forces Agreement").
        """
        a = self.a
        after = re.match(r"\s+((?:[A-Z][\w'’-]*(?:\s+|$))+)", a.text[kind[1] : unit.end] + " ")
        if after:
            return after.group(1).strip() or None
        before = re.search(r"((?:[A-Z][\w'’-]*\s+(?:of\s+)?)+)$", a.text[unit.start : kind[0]])
        if before:
            words = before.group(1).split()
            determiners = {d.casefold() for d in a.lexicon.forms("officials.determiners")}
            while words and words[0].casefold() in determiners:
                words.pop(0)
            return " ".join(words) or None
        return None

    def subject(self, unit: _Unit, kind: tuple[int, int, str, str]) -> str | None:
        """The subject written after an instrument: "MoU tentang X", "an agreement on X"."""
        a = self.a
        about = next(
            (t for t in unit.triggers if t[2] == "about" and 0 <= t[0] - kind[1] <= _ABOUT_GAP),
            None,
        )
        if about is None:
            return None
        stop = unit.end
        for other in unit.triggers:
            if other[2] == "agreement" and other[0] > about[1]:
                stop = min(stop, other[0])
                break
        # "a memorandum on critical minerals on Thursday": the subject ends where a day begins.
        for mention in unit.dates:
            if mention.start > about[1] and mention.kind != "year":
                stop = min(stop, mention.start)
        clause = a.text[about[1] : stop]
        clause = re.split(r"[,;:.(]|\s[—–-]\s", clause, maxsplit=1)[0]
        words = clause.split()
        joiners = {j.casefold() for j in a.lexicon.forms("officials.joiners")}
        determiners = {d.casefold() for d in a.lexicon.forms("officials.determiners")}
        markers = {
            w.casefold()
            for key in (
                "dates.weekday_markers",
                "dates.range_start",
                "officials.to",
                "events.about",
            )
            for w in a.lexicon.forms(key)
        }
        while words and (
            words[-1].casefold() in joiners | determiners | markers
            or (words[-1].islower() and len(words[-1]) <= 2)
        ):
            words.pop()
        return " ".join(words) or None

    def subject_before(self, item: _Unit, kind: tuple[int, int, str, str]) -> str | None:
        """The subject written before an instrument in a list item: "an air services agreement"."""
        words = self.a.text[item.start : kind[0]].split()
        determiners = {d.casefold() for d in self.a.lexicon.forms("officials.determiners")}
        while words and words[0].casefold() in determiners:
            words.pop(0)
        return " ".join(words) or None

    def parties(self, unit: _Unit) -> list[_Party]:
        """
        Return the parties of a record.

        They are the countries its sentence names when it names two or more; else the two sides
        of the visit told most recently before it; else the countries named and the countries of
        the officials named.
        """
        a = self.a
        named: list[_Party] = []
        for mention in unit.countries:
            if mention.kind != "capital" and mention.value not in named:
                named.append(mention.value)
        if len(named) >= 2:
            return named
        parties: list[_Party] = []
        visitor = self.visitor_at(unit.start)
        for visit in self.visits:
            if visit["visitor"] != visitor:
                continue
            for party in (visit["origin"], visit["destination"]):
                if party is not None and party not in parties:
                    parties.append(party)
            break
        for mention in unit.countries:
            if len(parties) >= 2:
                break
            if mention.value not in parties and mention.kind != "capital":
                parties.append(mention.value)
        for person in a.people(unit):
            party = a.party_of(person)
            if len(parties) >= 2:
                break
            if party is not None and party not in parties:
                parties.append(party)
        for country in self.dyad():
            # "Seven MoUs were exchanged": the article's two countries.
            if len(parties) >= 2:
                break
            if country not in parties:
                parties.append(country)
        return parties

    # -- targets ----------------------------------------------------------------------------------
    def find_targets(self) -> None:
        """
        Fill target frames: a target word, a metric and amounts in one sentence.

        Each amount is a target of its own ("USD50 miliar dengan India pada 2025 dan Korea
        Selatan sebesar USD30 miliar pada 2022"), with the year written after it and the country
        named before it, except a restatement in another currency ("USD 10 miliar (Rp 160
        triliun)", "US$30 billion or RM133.8 billion") and a baseline ("saat ini", "currently").
        A target told twice (the headline's restatement included) is one target.
        """
        a = self.a
        last: dict[str, Any] | None = None
        restated = self.restatements()
        self.annual = [w.casefold() for w in a.lexicon.forms("amounts.annual")]
        for index, unit in enumerate(a.units):
            target = unit.first("target")
            raise_ = unit.first("raise")
            if target is None and raise_ is not None:
                # "agreed to raise trade to ...", "akan meningkatkan perdagangan ...",
                # "raise trade to $150 billion by 2030": planned, agreed or with a deadline.
                now = a.published.year if a.published is not None else 0
                deadline = any(
                    m.kind == "year" and m.start > raise_[0] and _first_day(m.value).year >= now
                    for m in unit.dates
                )
                forecast = unit.first("forecast")
                if forecast is not None and forecast[0] < raise_[0]:
                    pass  # "Analysts expect exports to reach ...": a forecast, not a goal
                elif unit.has("plan") or unit.has("consensus") or deadline:
                    target = raise_
            metrics = [t for t in unit.triggers if t[2] == "metric"]
            # Money, or a quantity with its unit ("3.5 juta tan setahun").
            money = [
                m
                for m in unit.amounts
                if isinstance(m.value, Money) or (isinstance(m.value, Quantity) and m.value.unit)
            ]
            baseline_trigger = unit.first("baseline")
            if (
                target is None
                and baseline_trigger is not None
                and last is not None
                and last["baseline"] is None
                and index - last["unit"] == 1
            ):
                # "... USD 30 miliar pada 2027. Saat ini, nilainya USD 23,9 miliar."
                currency = getattr(last["amount"], "currency", None)
                same = [
                    m for m in money if isinstance(m.value, Money) and m.value.currency == currency
                ]
                if same:
                    last["baseline"] = same[0].value
                    last["evidence"].append(Evidence(same[0].start, same[0].end))
                continue
            if target is None or not metrics or not money:
                continue
            first_amount = min(m.start for m in money)
            before_amount = [m for m in metrics if m[0] < first_amount] or metrics
            metric = before_amount[-1]  # the metric written nearest before the amount
            for left, right in itertools.pairwise(before_amount):
                # Trade named with investment ("investment and bilateral trade", "Trade and
                # Investment") is a trade target.
                joined = a.text[left[1] : right[0]].strip().casefold() in a.joiners
                if joined and "bilateral_trade" in (left[3], right[3]) and right is metric:
                    metric = left if left[3] == "bilateral_trade" else right
            primary = [
                m
                for m in money
                if (m.start, m.end) not in restated and not _RATE.match(a.text, m.end)
            ]
            baseline = None
            if len(primary) > 1 and baseline_trigger is not None:
                # An amount after a baseline word, with no target word between, is the
                # baseline: "Tahun lalu ... USD29 miliar. Kami sepakat ... USD50 miliar".
                cues = [t for t in unit.triggers if t[2] in ("baseline", "target", "raise")]
                for m in primary:
                    before = [t for t in cues if t[0] < m.start]
                    if before and before[-1][2] == "baseline":
                        baseline = m
                        break
                for m in primary:
                    # "from roughly C$56 billion currently": a baseline word right after it.
                    if baseline is None and any(
                        0 <= t[0] - m.end <= _BASELINE_GAP
                        for t in unit.triggers
                        if t[2] == "baseline"
                    ):
                        baseline = m
                if baseline is not None:
                    primary = [m for m in primary if m is not baseline]
            people = a.people(unit)
            stated_by = people[0] if people else None
            years = [m for m in unit.dates if m.kind == "year"]
            shared = self.parties(unit)
            for number, amount in enumerate(primary):
                following = primary[number + 1].start if number + 1 < len(primary) else unit.end
                own = [y for y in years if amount.end <= y.start < following]
                year = own[0] if own else (years[0] if len(primary) == 1 and years else None)
                parties = shared
                if len(primary) > 1:
                    begin = primary[number - 1].end if number else unit.start
                    named = [
                        m.value
                        for m in unit.countries
                        if begin <= m.start < amount.start and m.kind != "capital"
                    ]
                    if named and named[-1] in shared[:1]:
                        named = []
                    if named:
                        parties = _dedupe([*shared[:1], named[-1]])
                evidence = [
                    Evidence(target[0], target[1]),
                    Evidence(metric[0], metric[1]),
                    Evidence(amount.start, amount.end),
                ]
                if baseline is not None:
                    evidence.append(Evidence(baseline.start, baseline.end))
                if year is not None:
                    evidence.append(Evidence(year.start, year.end))
                # "USD 10 miliar (Rp 160 triliun) per tahun": the restatement carries the period.
                annual = any(
                    a.text[max(unit.start, metric[0] - 12) : metric[0]]
                    .casefold()
                    .rstrip()
                    .endswith(w)
                    for w in self.annual
                )
                yearly = (
                    annual
                    or amount.kind.endswith("per_year")
                    or any(
                        restated.get((m.start, m.end)) == amount.value
                        and (m.kind.endswith("per_year") or self.yearly_after(m.end))
                        for m in unit.amounts
                    )
                )
                frame = {
                    "metric": TargetMetric(metric[3]),
                    "amount": amount.value,
                    "period": Period.PER_YEAR if yearly else Period.NONE,
                    "deadline": year.value if year is not None else None,
                    "baseline": baseline.value if baseline else None,
                    "parties": parties,
                    "stated_by": stated_by,
                    "evidence": evidence,
                }
                last = self.add_target(frame, restated)
                last["unit"] = index

    def yearly_after(self, offset: int) -> bool:
        """True when a bracket's close is followed by "per tahun", "a year"..."""
        after = self.a.text[offset : offset + 40].lstrip(" )").casefold()
        return any(after.startswith(f.casefold()) for f in self.a.lexicon.forms("amounts.per_year"))

    def restatements(self) -> dict[tuple[int, int], Money | Quantity]:
        """
        Return the amounts that restate the amount before them, with the amount they restate.

        "USD 10 miliar (Rp 160 triliun)", "USD50 miliar atau setara Rp715 triliun".
        """
        a = self.a
        links = {form.casefold() for form in a.lexicon.forms("amounts.equivalent")}
        out: dict[tuple[int, int], Money | Quantity] = {}
        for unit in a.units:
            for first, second in itertools.pairwise(unit.amounts):
                between = a.text[first.end : second.start]
                gap = between.strip(" \t").casefold()
                bracket = gap == "(" or (gap.startswith("(") and gap[1:].strip() in links)
                linked = bracket or gap in links or gap.rstrip(" ,") in links
                if (
                    linked
                    and isinstance(first.value, Money)
                    and isinstance(second.value, Money)
                    and first.value.currency != second.value.currency
                ):
                    out[(second.start, second.end)] = first.value
        return out

    def add_target(
        self, frame: dict[str, Any], restated: dict[tuple[int, int], Money | Quantity]
    ) -> dict[str, Any]:
        """Add a target, merging it into an equal one told before (or restated elsewhere)."""
        for known in self.targets:
            if known["metric"] != frame["metric"]:
                continue
            if set(known["parties"]) != set(frame["parties"]):
                continue
            if self.restates(known["amount"], frame["amount"], restated):
                # The headline's "Rp160 Triliun" told first, the body's "USD 10 miliar" after.
                known["amount"] = frame["amount"]
            elif not (
                known["amount"] == frame["amount"]
                or self.restates(frame["amount"], known["amount"], restated)
            ):
                continue
            for key in ("deadline", "baseline", "stated_by"):
                known[key] = known[key] or frame[key]
            if frame["period"] is Period.PER_YEAR:
                known["period"] = Period.PER_YEAR
            known["evidence"] += frame["evidence"]
            return known
        self.targets.append(frame)
        return frame

    def restates(
        self,
        amount: Money | Quantity,
        other: Money | Quantity,
        restated: dict[tuple[int, int], Money | Quantity],
    ) -> bool:
        """True when *amount* is written elsewhere as the restatement of *other*."""
        return any(
            original == other and self._amounts.get(span) == amount
            for span, original in restated.items()
        )

    # -- statements ---------------------------------------------------------------------------
    def find_statements(self) -> None:
        a = self.a
        for index, unit in enumerate(a.units):
            if unit.parent is not None:
                continue
            say = [t for t in unit.triggers if t[2] == "say"]
            for match in _QUOTE.finditer(a.text, unit.start, unit.end):
                quote = match.group(1).strip()
                # A quote ends a sentence, or hands over to a verb of saying:
                # “…,” kata Prabowo / "…," Ishiba told reporters.
                tail = a.text[match.end() : unit.end]
                said_after = any(
                    0 <= t[0] - match.end() <= _SAID_GAP
                    and not re.search(r"[.!?]", tail[: t[0] - match.end()])
                    for t in say
                )
                if quote.endswith(",") and said_after:
                    quote = quote[:-1].rstrip()
                elif quote[-1:] not in ".!?…":
                    continue
                if len(quote.split()) < _MIN_QUOTE_WORDS:
                    continue
                # People named inside the quote are not its speaker; one named after it is.
                outside = [m for m in unit.officials if not match.start() <= m.start < match.end()]
                after = [m for m in outside if 0 <= m.start - match.end() <= _SAID_GAP]
                speakers = [
                    m.value.official.id for m in (after if said_after and after else outside)
                ]
                if not speakers and index > 0:
                    # "Larijani mengatakan:" then the quote; or "..., ujarnya." after a sentence
                    # about the speaker: the person of the sentence before.
                    previous = index - 1
                    while previous > 0 and a.units[previous].parent is not None:
                        previous -= 1
                    before = a.people(a.units[previous])
                    if a.units[previous].text.rstrip().endswith(":"):
                        speakers = before[:1]
                    elif said_after:
                        speakers = before[-1:]
                if not speakers:
                    continue  # a quote from someone who holds no office (an analyst, a trader)
                # The date the sentence gives, outside the quote ("..., kata X pada Selasa").
                outside_dates = [
                    m for m in unit.dates if not match.start() <= m.start < match.end()
                ]
                said_on = next(
                    (
                        m.value
                        for m in outside_dates
                        if m.kind != "year" and not isinstance(m.value, DateSpan | type(None))
                    ),
                    None,
                )
                self.statements.append(
                    {
                        "kind": StatementKind.QUOTE,
                        "speaker": speakers[0] if speakers else None,
                        "text": quote,
                        "date": said_on,
                        "evidence": [Evidence(match.start(), match.end())],
                    }
                )
            message = unit.first("message")
            source = unit.first("from")
            if message is not None and source is not None and source[0] > message[0]:
                if _QUOTE.search(a.text, unit.start, unit.end):
                    continue
                speakers = a.people(unit, after=source[1])
                if not speakers:
                    continue
                # "a letter from ...": the article before the message word belongs to it.
                begin = message[0]
                lead = re.search(r"(\w+)\s+$", a.text[unit.start : message[0]])
                determiners = {d.casefold() for d in a.lexicon.forms("officials.determiners")}
                if lead and lead.group(1).casefold() in determiners:
                    begin = unit.start + lead.start()
                clause = a.text[begin : unit.end].rstrip(" .")
                self.statements.append(
                    {
                        "kind": StatementKind.REPORTED,
                        "speaker": speakers[0],
                        "text": clause,
                        "date": None,
                        "evidence": [Evidence(message[0], unit.end)],
                    }
                )

    # -- the report -----------------------------------------------------------------------------
    def build(self) -> Report:
        a = self.a
        self.pending_support = []
        self.complete_parties()
        self.find_visits()
        for visitor, evidence in self.pending_support:
            for visit in self.visits:
                if visit["visitor"] == visitor:
                    visit["evidence"] += evidence
        self.hosts_of_visits()
        self.find_meetings()
        self.dateline_visits()
        self.find_agreements()
        self.find_targets()
        self.find_statements()

        for frame in self.meetings:
            trip_frame = next(
                (v for v in self.visits if v["visitor"] in frame["participants"]), None
            )
            place = frame["place"]
            if (
                trip_frame is not None
                and place is not None
                and place.country == trip_frame["destination"]
            ):
                trip_frame["places"] = _dedupe([*trip_frame["places"], place])
        visits = []
        for number, frame in enumerate(self.visits, start=1):
            visits.append(
                Visit(
                    id=f"v{number}",
                    visitor=frame["visitor"],
                    origin=frame["origin"],
                    destination=frame["destination"],
                    places=tuple(frame["places"]),
                    start=frame["start"],
                    end=frame["end"],
                    evidence=_evidence(frame["evidence"]),
                )
            )
        meetings = []
        for number, frame in enumerate(self.meetings, start=1):
            trip = next((v for v in visits if v.visitor in frame["participants"]), None)
            date = frame["date"]
            place = frame["place"]
            if trip is not None:
                if date is None and trip.end is None:
                    date = trip.start
                if place is None and len(trip.places) == 1:
                    place = trip.places[0]
            meetings.append(
                Meeting(
                    id=f"m{number}",
                    participants=tuple(frame["participants"]),
                    date=date,
                    place=place,
                    topics=tuple(frame["listed"] or frame["clause"]),
                    visit=trip.id if trip is not None else None,
                    evidence=_evidence(frame["evidence"]),
                )
            )
        # "signed five MoUs" and the five MoUs listed by name are five agreements, not ten.
        named = {
            kind: sum(
                1 for f in self.agreements if f["kind"] is kind and f["count"] == 1 and f["subject"]
            )
            for kind in {f["kind"] for f in self.agreements}
        }
        self.agreements = [
            f for f in self.agreements if f["count"] == 1 or named[f["kind"]] < f["count"]
        ]
        agreements = []
        for number, frame in enumerate(self.agreements, start=1):
            date = frame["date"]
            if date is None and len(visits) == 1 and visits[0].end is None:
                date = visits[0].start
            agreements.append(
                Agreement(
                    id=f"a{number}",
                    kind=frame["kind"],
                    status=frame["status"],
                    parties=tuple(frame["parties"]),
                    signatories=tuple(frame["signatories"]),
                    date=date,
                    subject=frame["subject"],
                    points=tuple(frame["points"]),
                    count=frame["count"],
                    evidence=_evidence(frame["evidence"]),
                )
            )
        targets = []
        for number, frame in enumerate(self.targets, start=1):
            fields = {k: v for k, v in frame.items() if k not in ("unit", "evidence")}
            targets.append(Target(id=f"t{number}", evidence=_evidence(frame["evidence"]), **fields))
        statements = []
        for number, frame in enumerate(self.statements, start=1):
            statements.append(
                Statement(id=f"s{number}", **{**frame, "evidence": _evidence(frame["evidence"])})
            )
        officials = [
            attrs.evolve(official, evidence=_evidence(a.spans[oid]))
            for oid, official in a.officials.items()
        ]
        return Report(
            article=Article(text=a.text, language=a.code),
            officials=officials,
            visits=visits,
            meetings=meetings,
            agreements=agreements,
            targets=targets,
            statements=statements,
        )


def _evidence(spans: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(sorted(set(spans), key=lambda e: (e.start, e.end)))
