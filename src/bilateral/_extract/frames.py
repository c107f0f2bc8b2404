"""
The frames the record types fill, and what they share.

The article's two countries, the countries of the officials it leaves unqualified, the visitor
told most recently, the parties of a record.
"""

from __future__ import annotations

import bisect
from typing import Any

import attrs

from bilateral._extract.context import (
    Context,
    Unit,
    _dedupe,
    _Party,
)
from bilateral.model import (
    Country,
    Evidence,
    Money,
    Quantity,
)
from bilateral.recognisers._text import distance_to
from bilateral.recognisers.officials import _known_country

__all__ = ["Frames"]


class Frames:
    """Hold the frames of an article's records and what the record types share."""

    pending_support: list[tuple[str, list[Evidence], Any, Any, bool]]

    def __init__(self, a: Context) -> None:
        self.a = a
        self.visits: list[dict[str, Any]] = []
        self._starts: dict[int, tuple[int, list[int]]] = {}
        self.meetings: list[dict[str, Any]] = []
        self.agreements: list[dict[str, Any]] = []
        self.targets: list[dict[str, Any]] = []
        self.statements: list[dict[str, Any]] = []
        self._dyad: list[Country] | None = None
        self._ranked: list[tuple[Country, int]] | None = None
        self.by_default: set[str] = set()  # officials whose country is only the press's own
        # Officials whose country the text states for one of their roles.
        self.stated = {oid for oid, o in a.officials.items() if any(r.party for r in o.roles)}
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
        return [country for country, _ in self.ranked_countries()[:2]]

    def ranked_countries(self) -> list[tuple[Country, int]]:
        """The countries the article names, with how often, most named (then first) first."""
        if self._ranked is None:
            counts: dict[Country, tuple[int, int]] = {}
            for unit in self.a.units:
                for mention in unit.countries:
                    n, first = counts.get(mention.value, (0, mention.start))
                    counts[mention.value] = (n + 1, first)
            ranked = sorted(counts, key=lambda c: (-counts[c][0], counts[c][1]))
            self._ranked = [(c, counts[c][0]) for c in ranked]
        return self._ranked

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
        # The article's partners: countries it names at least twice, among its four most named.
        partners = {c for c, n in self.ranked_countries()[:4] if n >= 2}
        if len(dyad) == 2:
            for position, unit in enumerate(a.units):
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
                    side = None
                    if lead:
                        # The principal's country, from the text or the known office holders.
                        side = a.party_of(lead[0]) or _known_country(a.officials[lead[0]], a.code)
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
                        # In an article about several partners ("RI-Kazakhstan: ... Pada
                        # pertemuan dengan Menlu Iddrisov"), the other side is the partner
                        # named last before, in the sentence or the two before it.
                        nearby = [
                            m.value
                            for u in a.units[max(0, position - 2) : position + 1]
                            for m in u.countries
                            if m.kind != "capital"
                            and m.value != side
                            and m.value in partners
                            and m.start < unit.end
                        ]
                        if nearby and not arrival:
                            other = nearby[-1]
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
        words = a.folded["officials.counterparts"]
        mentions = [m for unit in a.units for m in unit.officials]
        by_official: dict[str, list[Any]] = {}
        for m in mentions:
            by_official.setdefault(m.value.official.id, []).append(m)
        for oid, official in list(a.officials.items()):
            if not official.roles:
                continue
            mine = by_official.get(oid, [])
            # "rakan sejawatnya Perdana Menteri Kay Rala Xanana Gusmão": a titled official
            # introduced as the counterpart, whose country was only a default.
            introduced = oid in self.by_default and any(
                _ends_with_word(a.text[max(0, m.start - 40) : m.start], words) for m in mine
            )
            if not introduced and any(r.title.casefold() not in words for r in official.roles):
                continue
            if oid in self.stated:
                continue  # "rakan sejawatnya dari Laos": the text says the country
            others = [
                m
                for m in mentions
                if m.value.official.id != oid and a.party_of(m.value.official.id) in sides
            ]
            if not mine or not others:
                continue
            mine_at = sorted(x.start for x in mine)
            # Whose counterpart: preferably the official named just before ("X and his
            # counterpart Y"), else the nearest.
            before = [m for m in others if m.start < mine_at[0] and mine_at[0] - m.start < 200]
            nearest = (
                before[-1] if before else min(others, key=lambda m: distance_to(mine_at, m.start))
            )
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
            starts = self._visit_starts(visit)
            i = bisect.bisect_right(starts, offset)
            if i and (best is None or starts[i - 1] > best[0]):
                best = (starts[i - 1], visit["visitor"])
        return best[1] if best is not None else self.main_visitor()

    def _visit_starts(self, visit: dict[str, Any]) -> list[int]:
        """The sorted starts of a visit's evidence, kept up to date as its evidence grows."""
        evidence = visit["evidence"]
        seen, starts = self._starts.get(id(visit), (0, []))
        if seen != len(evidence):
            if seen > len(evidence):  # evidence replaced, not grown: start again
                seen, starts = 0, []
            for e in evidence[seen:]:
                bisect.insort(starts, e.start)
            self._starts[id(visit)] = (len(evidence), starts)
        return starts

    def parties(self, unit: Unit) -> list[_Party]:
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
        trips = [v for v in self.visits if v["visitor"] == visitor]
        # "Semasa di Vietnam, Perdana Menteri akan menyaksikan ...": of a tour's visits, the one
        # to the country the sentence names.
        there = [v for v in trips if v["destination"] in named]
        for visit in there or trips[:1]:
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


def _ends_with_word(text: str, phrases: frozenset[str]) -> bool:
    """Whether *text* ends with one of the casefolded *phrases*, as whole words."""
    words = text.casefold().split()
    return any(" ".join(words[-n:]) in phrases for n in range(1, min(len(words), 4) + 1))
