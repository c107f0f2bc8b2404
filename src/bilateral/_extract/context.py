"""
The article's context, built once for all record types.

Its sentences and list items, what the recognisers found in each, the dateline's country, and
the helpers every record type reads them with.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from bilateral.lexicons import LEXICON_KEYS, load_lexicon, per_language
from bilateral.model import (
    Country,
    DateSpan,
    Evidence,
    Money,
    Official,
    Organisation,
    PartialDate,
    Place,
    Quantity,
    _first_day,
)
from bilateral.recognisers import (
    Mention,
    OfficialRef,
    Sentence,
    find_amounts,
    find_countries,
    find_dates,
    find_officials,
    find_places,
    split_sentences,
)
from bilateral.recognisers._text import PhraseIndex, tokenise
from bilateral.recognisers.amounts import parse_number
from bilateral.recognisers.officials import _lexicon as _officials_lexicon

__all__ = ["Context", "Unit"]

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
        "events.invite",
        "events.virtual",
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


@per_language
def _folded(code: str) -> dict[str, frozenset[str]]:
    """The lexicon's list keys as sets of case-folded forms, built once per language."""
    lexicon = load_lexicon(code)
    return {
        key: frozenset(form.casefold() for form in lexicon.forms(key))
        for key, check in LEXICON_KEYS.items()
        if check is None
    }


@attrs.define
class Unit:
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


_SINCE_RECENT_DAYS = 31  # "since Monday" is a visit's start; "since April 2018" is not


@per_language
def _plan_phrase(code: str) -> re.Pattern[str] | None:
    """The plan phrases of several words ("is scheduled to"), longest first, as one pattern."""
    phrases = sorted((w for w in _folded(code)["events.plan"] if " " in w), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _units(sentences: Sequence[Sentence]) -> list[Unit]:
    units: list[Unit] = []
    for sentence in sentences:
        index = len(units)
        units.append(Unit(sentence.start, sentence.end, sentence.text, None))
        for item in sentence.items:
            units[index].items.append(len(units))
            units.append(Unit(item.start, item.end, item.text, index))
    return units


class Context:
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
        self.folded = _folded(code)
        self.future = frozenset(w for w in self.folded["events.plan"] if " " not in w)
        self._plan_phrase = _plan_phrase(code)
        self._future: dict[int, list[int]] = {}
        self.dateline_country = _dateline_country(text, code)
        self.officials: dict[str, Official] = {}
        self.spans: dict[str, list[Evidence]] = {}
        # Officials the text gives a title; the others have their office from the lexicon's
        # table of well-known office holders.
        self.titled: set[str] = set()
        self._starts_of_tokens: list[int] | None = None
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
        people = find_officials(text, language=code)
        named = [(m.start, m.end) for m in people]
        for mention in find_countries(text, language=code):
            if _inside(money, mention.start, mention.start + 1):
                continue
            if mention.kind == "capital" and _inside(named, mention.start, mention.end):
                continue  # "Dato Seri Setia Erywan Pehin Yusof": a name, not Yerevan
            self._put(mention, "countries")
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
            if official.kind in ("title_name", "name_title", "title") and not self.former_at(
                official.start
            ):
                self.titled.add(ref.official.id)
            self._put(official, "officials")

    def title_at(self, offset: int) -> bool:
        """True when an office's title begins at the first word from *offset* ("Presiden ...")."""
        tokens = tokenise(self.text)
        i = bisect.bisect_left(self._token_starts(), offset)
        return (
            i < len(tokens)
            and _officials_lexicon(self.code).offices.match_at(tokens, i) is not None
        )

    def _token_starts(self) -> list[int]:
        if self._starts_of_tokens is None:
            self._starts_of_tokens = [t.start for t in tokenise(self.text)]
        return self._starts_of_tokens

    def former_at(self, start: int) -> bool:
        """
        True when a word of ``officials.former`` stands just before a title.

        "the late President Ho Chi Minh", "mantan Presiden": someone no longer in office, who
        joins the report only by taking part in one of its records.
        """
        words = re.findall(r"[^\W\d_]+", self.text[max(0, start - 20) : start])
        return bool(words) and words[-1].casefold() in self.folded["officials.former"]

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

    def antecedent(self, unit: Unit, before: int) -> str | None:
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

    def people(self, unit: Unit, after: int = -1, before: int | None = None) -> list[str]:
        out: list[str] = []
        for mention in unit.officials:
            if mention.start < after or (before is not None and mention.start >= before):
                continue
            oid = mention.value.official.id
            if oid not in out:
                out.append(oid)
        return out

    def day(
        self, unit: Unit, near: int | None = None, trip: int | None = None
    ) -> tuple[_dt.date | PartialDate | None, _dt.date | PartialDate | None, list[Evidence]]:
        """
        Return the date a unit gives an event, as (start, end, evidence).

        A range wins, then two days joined by "and" ("pada Senin dan Selasa"), then one day;
        with *near*, the day written nearest to that offset ("tiba pada Selasa malam dan
        keesokan harinya, Rabu, bertemu ...").
        """
        dated = [
            m
            for m in unit.dates
            if m.kind != "year"
            and m.value is not None
            # A year alone never dates an event, written ("2026") or relative ("tahun depan").
            and not (isinstance(m.value, PartialDate) and m.value.month is None)
            and not (self.since(unit, m.start) and self.long_ago(m.value))
            and not self.said_on(unit, m.start, m.end)
        ]
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
        plans = self.future_at(unit)

        def verb_after(offset: int) -> int:
            # Where the sentence's first word of an event after *offset* begins (its verb).
            return min(
                (t[0] for t in unit.triggers if t[2] != "plan" and t[0] >= offset),
                default=unit.end,
            )

        def ahead(mention: Mention[Any]) -> Any:
            # "akan mengadakan lawatan ... bermula pada Rabu", "will arrive on Wednesday": a
            # weekday after a word of the future is the coming one, not the last.
            value = mention.value
            if (
                mention.kind == "weekday"
                and isinstance(value, _dt.date)
                and self.published is not None
                and value < self.published
                and (
                    any(p < mention.start for p in plans)
                    # "On Tuesday, X will co-chair ...", "Pada Rabu, beliau dijadual ...": a
                    # weekday that opens the sentence is of the tense that follows it.
                    or (
                        not self.text[unit.start : mention.start].strip()
                        and any(mention.end < p <= verb_after(mention.end) for p in plans)
                    )
                )
            ):
                return value + _dt.timedelta(days=7)
            return value

        if near is None:
            for first, second in itertools.pairwise(dated):
                between = self.text[first.end : second.start].strip().casefold()
                if between in self.joiners and _first_day(first.value) < _first_day(second.value):
                    spans = [Evidence(first.start, first.end), Evidence(second.start, second.end)]
                    return ahead(first), ahead(second), spans
            chosen = dated[0]
            if trip is not None:
                # "tiba di Hanoi semalam" under "27/08/2019": the day nearest the trip's words.
                chosen = min(dated, key=lambda m: min(abs(m.start - trip), abs(m.end - trip)))
        else:
            chosen = min(dated, key=lambda m: min(abs(m.start - near), abs(m.end - near)))
        value = ahead(chosen)
        assert not isinstance(value, DateSpan)
        return value, None, [Evidence(chosen.start, chosen.end)]

    def said_on(self, unit: Unit, offset: int, stop: int) -> bool:
        """
        True when a date from *offset* to *stop* is when something was said, not when it happened.

        "..., the ministry said on Saturday.", "told reporters on Tuesday.", "kata Prasetyo pada
        Minggu.": a date right after a word of saying (at most six words on, none of them a word
        of an event) that ends the clause; "said late Tuesday as he met ..." dates the meeting
        too, and so does "said the ministers met on Saturday".
        """
        rest = self.text[stop : unit.end].lstrip()
        if rest and rest[0] not in ',.;:!?)"”’':
            return False
        for _start, end, group, _ in unit.triggers:
            if group != "say" or end > offset:
                continue
            between = self.text[end:offset]
            if (
                offset - end < 60
                and not re.search(r"[,;:.\"“”]", between)
                and len(between.split()) <= 6
                # "said the ministers met on Saturday": the date is the meeting's.
                and not any(end <= t[0] < offset for t in unit.triggers if t[2] != "say")
            ):
                return True
        return False

    def since(self, unit: Unit, offset: int) -> bool:
        """
        True when a date at *offset* is what something has lasted since, not when it happened.

        "lawatan sulungnya ... sejak mengambil alih jawatan pada April 2018", "the first visit
        since 2015": a word of ``dates.since`` earlier in the same clause.
        """
        clause = re.split(r"[,;.]", self.text[unit.start : offset])[-1]
        return any(w.casefold() in self.folded["dates.since"] for w in re.findall(r"\w+", clause))

    def long_ago(self, value: Any) -> bool:
        """
        True when a date lies a month or more before publication, or its month is all it says.

        "berada di Abu Dhabi sejak Senin (3/2)" is when the visit began; "sejak mengambil alih
        jawatan pada April 2018" is not.
        """
        if isinstance(value, DateSpan):
            value = value.start
        if isinstance(value, PartialDate) or self.published is None:
            return True
        return bool((self.published - value).days > _SINCE_RECENT_DAYS)

    def future_at(self, unit: Unit) -> list[int]:
        """
        Return where a unit has a word of the future, a plan trigger or inside another one.

        "will arrive", "akan tiba": the plan word is part of a longer trigger. Cached per unit.
        """
        if unit.start not in self._future:
            words = [
                unit.start + m.start()
                for m in re.finditer(r"[^\W\d_]+", unit.text)
                if m.group().casefold() in self.future
            ]
            # "is scheduled to meet", "will hold talks with": a trigger that holds a plan.
            planned = [
                t[0]
                for t in unit.triggers
                if t[2] != "plan" and self._holds_plan(self.text[t[0] : t[1]].casefold())
            ]
            self._future[unit.start] = [
                *(t[0] for t in unit.triggers if t[2] == "plan"),
                *words,
                *planned,
            ]
        return self._future[unit.start]

    def _holds_plan(self, trigger: str) -> bool:
        """True when a trigger's words hold a word or phrase of the future ("will meet")."""
        if any(w in self.future for w in re.findall(r"[^\W\d_]+", trigger)):
            return True
        return self._plan_phrase is not None and self._plan_phrase.search(trigger) is not None

    def duration(self, unit: Unit) -> int | None:
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

    def text_after(self, unit: Unit, offset: int) -> str:
        return self.text[offset : unit.end].strip(" ,:;.—–-\n")

    def count_before(self, offset: int, unit: Unit) -> int:
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


def _evidence(spans: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(sorted(set(spans), key=lambda e: (e.start, e.end)))
