"""
Visits, from the visitor's side, the host's side and a foreign dateline.

"tiba di", "arrived in", "lawatan rasmi ke"; "menerima kunjungan", "hosted"; talks under a
dateline such as "TOKYO -".
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from typing import Any

import attrs

from bilateral._extract.context import (
    Unit,
    _dedupe,
    _Party,
)
from bilateral._extract.frames import Frames
from bilateral.model import (
    Evidence,
    Office,
    PartialDate,
    _first_day,
    _last_day,
)

__all__ = ["Visits"]

_SAME_TRIP_DAYS = 31  # dates further apart than this are of two trips, not one


class Visits(Frames):
    """Find the visits of an article."""

    def _speakers(self, unit: Unit, before: int) -> set[str]:
        """
        Return the officials who say what the unit tells before *before*, and are not its subject.

        They are named before a word of saying that comes before *before*, with no pronoun
        between that word and *before* ("X said she arrived ..." keeps X).
        """
        a = self.a
        say = [t for t in unit.triggers if t[2] == "say" and t[1] <= before]
        if not say:
            return set()
        first = say[0]
        words = re.findall(r"\w+", a.text[first[1] : before])
        if any(w in a.pronouns for w in words):
            return set()
        return set(a.people(unit, before=first[0]))

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
            invite = unit.first("invite")
            if invite is not None and invite[0] < trigger[0]:
                continue  # "mengundang PM Sharif berkunjung ke Indonesia": an invitation
            plan = unit.first("plan")
            wishes = a.folded["events.wish"]
            if any(
                t[2] == "plan" and t[0] < trigger[0] and a.text[t[0] : t[1]].casefold() in wishes
                for t in unit.triggers
            ):
                continue  # "berharap dapat berkunjung", "hopes to visit": a wish, not a trip
            if (
                plan is not None
                and plan[0] < trigger[0]
                and a.day(unit)[0] is None
                and all(
                    isinstance(m.value, PartialDate) and m.value.month is None for m in unit.dates
                )
            ):
                # "will visit", "rencana kunjungan": an intention, unless the sentence dates it
                # ("akan melanjutkan kunjungan ke Riyadh pada 18 Oktober" is the next leg) or
                # says when in words the date cannot be read from ("mulai esok hingga 22 Mac"
                # in an article without a date).
                continue
            before = a.people(unit, before=trigger[0])
            after = a.people(unit, after=trigger[1])
            said = [t[0] for t in unit.triggers if t[2] == "say" and t[0] > trigger[1]]
            if (trigger is host or trigger is hosted_by) and said:
                # "... kesediaan menjadi tuan rumah SKB ke-3 tahun ini,” jelas Dubes X": the
                # one who says so after the verb is no guest.
                after = a.people(unit, after=trigger[1], before=said[0])
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
                speakers = self._speakers(unit, trigger[0]) if noun is None else set()
                if speakers:
                    # "Mensesneg X mengatakan pesawat kepresidenan akan mendarat di Hanoi": who
                    # says an arrival is not who arrives (of a visit, they often speak of their
                    # own: "Prabowo menyebut hasil kunjungan Kepala Negara saat lawatan ke
                    # Brasil").
                    people = [p for p in people if p not in speakers]
                    before = [p for p in before if p not in speakers]
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
                    # "Kunjungan Larijani ...", "Visiting Indian President Kovind and President
                    # Duterte ...": that person is the visitor, and nobody else of the sentence.
                    people = [right_after[0].value.official.id]
                elif trigger is noun and a.title_at(trigger[1]):
                    # "kunjungan Presiden Hungaria" unnamed: the visitor is that president, not
                    # whoever else the sentence names ("... ujar Retno").
                    people = []
                for person in people:
                    party = a.party_of(person)
                    away = [t for t in targets if t != party]
                    if party is not None and away:
                        visitor, destination = person, away[0]
                        break
                if visitor is None and not targets and before and self._owned(trigger):
                    # "Srettha's one-day official visit on Thursday", "lawatan kerja beliau ke
                    # negara Afrika Utara itu": the visit of the person named before, to a
                    # destination the sentence does not name.
                    visitor = before[-1]
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
                own = trigger is arrive or trigger is noun  # told from the visitor's side
                self.support_visit(visitor, evidence, start, end, unit.start, own=own)
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
            # "a tour of Singapore, Malaysia and Indonesia", "lawatan ke Jepun, Korea Selatan
            # dan China": each country listed with the destination is a leg of the trip.
            for leg in self._listed_after(unit, destination, trigger[1]):
                if leg != origin:
                    self.add_visit(
                        visitor=visitor,
                        origin=origin,
                        destination=leg,
                        places=[],
                        start=None,
                        end=None,
                        evidence=[Evidence(trigger[0], trigger[1])],
                    )

    def _listed_after(self, unit: Any, first: Any, after: int) -> list[Any]:
        """The countries listed right after the mention of *first* past *after* ("A, B dan C")."""
        a = self.a
        mentions = [m for m in unit.countries if m.start >= after and m.kind == "name"]
        start = next((i for i, m in enumerate(mentions) if m.value == first), None)
        if start is None:
            return []
        joiners = a.folded["officials.joiners"]
        listed = []
        for previous, mention in zip(mentions[start:], mentions[start + 1 :], strict=False):
            between = a.text[previous.end : mention.start].strip().casefold()
            words = between.strip(",").split()
            if between not in (",", "") and not (len(words) <= 2 and " ".join(words) in joiners):
                break
            listed.append(mention.value)
        return listed

    def _owned(self, trigger: tuple[int, int, str, str]) -> bool:
        """Whether a visit's word says whose it is: "X's visit", "his visit", "lawatan beliau"."""
        a = self.a
        before = a.text[max(0, trigger[0] - 40) : trigger[0]]
        after = a.text[trigger[1] : trigger[1] + 30]
        owners = a.folded["officials.possessive_pronouns"]
        if re.search(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$", before):
            return True
        if any(re.search(rf"\b{re.escape(w)}\s+(?:[\w-]+\s+){{0,3}}$", before) for w in owners):
            return True
        if a.text[trigger[0] : trigger[1]].casefold().endswith("nya"):
            return True
        return any(re.match(rf"\s+(?:[\w-]+\s+){{0,2}}{re.escape(w)}\b", after) for w in owners)

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
        Add the visits that talks in one side's city imply.

        The host's city is the place of the talks, else the dateline's ("TOKYO – ... Anwar
        Ibrahim dan rakan sejawatnya Fumio Kishida ...", "talks held in New Delhi between ...").
        When the article tells no visit to it in words, the first foreign official met there
        has come to it, on the day of the talks (else of the first sentence naming them); on a
        tour told in words, talks in another city add the traveller's leg there ("Earlier,
        Qureshi met Iranian Foreign Minister Zarif in Tehran").
        """
        a = self.a
        told = list(self.visits)
        travellers = {v["visitor"] for v in told}
        visitor: str | None = None  # the visitor of the talks told last
        for meeting in self.meetings:
            told_in = {a.unit_of(e.start) for e in meeting["evidence"]}
            if any(u is not None and a.units[u].has("virtual") for u in told_in):
                continue  # "pertemuan bilateral secara virtual": no one travelled
            sides = {p: a.party_of(p) for p in meeting["participants"]}
            place = meeting["place"]
            host = place.country if place is not None else a.dateline_country
            # An ambassador meeting officials where the dateline is works there: no visit.
            guests = [
                p
                for p, party in sides.items()
                if party not in (None, host)
                and not all(r.office is Office.AMBASSADOR for r in a.officials[p].roles)
            ]
            if host is None or host not in sides.values() or not guests:
                continue
            told_at = min(e.start for e in meeting["evidence"])
            if place is None and any(
                v["visitor"] in sides
                and v["destination"] in sides.values()
                and min(e.start for e in v["evidence"]) < told_at
                for v in told
            ):
                continue  # talks during a visit told before them are in its destination
            if told and place is not None:
                guests = [p for p in guests if p in travellers][:1]
                visitor = guests[0] if guests else visitor
            else:
                if any(v["destination"] == host for v in told):
                    continue  # that visit is told in words
                visitor = visitor or guests[0]
                guests = [visitor] if visitor in guests else []
            for person in guests:
                if any(v["visitor"] == person and v["destination"] == host for v in self.visits):
                    continue
                start = meeting["date"]
                if start is None and place is None:
                    first = next((u for u in a.units if person in a.people(u)), None)
                    start = a.day(first)[0] if first is not None else None
                self.add_visit(
                    visitor=person,
                    origin=sides[person],
                    destination=host,
                    places=[place] if place is not None else [],
                    start=start,
                    end=None,
                    evidence=list(meeting["evidence"]),
                )

    def settle_support(self) -> None:
        """
        Give the sentences about a visit told only later what they say of it.

        "... it was agreed during Prime Minister Srettha's one-day official visit on Thursday"
        before "Srettha was welcomed by his Cambodian counterpart": the first sentence's
        evidence, and its day when the visit has none, go to the visit told after it.
        """
        for visitor, evidence, start, end, _ in self.pending_support:
            mine = [v for v in self.visits if v["visitor"] == visitor]
            for visit in mine:
                visit["evidence"] += evidence
            if len(mine) == 1 and start is not None and mine[0]["start"] is None:
                mine[0]["start"], mine[0]["end"] = start, end

    def unplaced_visits(self) -> None:
        """
        Add the visits told without their destination, under a foreign dateline.

        "TEHRAN, 27 Feb (Bernama) -- ... sebelum mengakhiri lawatan rasmi sulungnya selama tiga
        hari ke negara Republik Islam itu": a visit whose destination the sentence names only
        by a description is a visit to the dateline's country, when the visitor is of
        another country and the article tells no other visit of theirs.
        Only a sentence told from the visitor's side ("lawatan rasmi beliau") says so; one
        who welcomes a guest there ("Menyambut ketibaan Perdana Menteri ... ialah Menteri
        Luar") is not thereby a visitor.
        """
        a = self.a
        host = a.dateline_country
        if host is None:
            return
        for visitor, evidence, start, end, own in self.pending_support:
            origin = a.party_of(visitor)
            if not own or origin is None or origin == host:
                continue
            if any(v["visitor"] == visitor for v in self.visits):
                continue
            self.add_visit(
                visitor=visitor,
                origin=origin,
                destination=host,
                places=[],
                start=start,
                end=end,
                evidence=list(evidence),
            )

    def days_of_visits(self) -> None:
        """
        Give a visit told without its days the day of its talks.

        "Menhan Prabowo mendapat kunjungan kehormatan dari Menhan Prancis Florence Parly ...,
        Kamis (10/02/2022)": the visit told in other sentences was under way on the day the
        visitor met a host of its country, which is its first known day. Only a visitor's
        only visit to that country takes it, and only from full dates.
        """
        a = self.a
        trips = Counter((v["visitor"], v["destination"]) for v in self.visits)
        for visit in self.visits:
            if visit["start"] is not None:
                continue
            visitor, destination = visit["visitor"], visit["destination"]
            if trips[visitor, destination] > 1:
                continue
            days = [
                m["date"]
                for m in self.meetings
                if visitor in m["participants"]
                and isinstance(m["date"], _dt.date)
                and any(a.party_of(p) == destination for p in m["participants"] if p != visitor)
                and (m["place"] is None or m["place"].country in (None, destination))
            ]
            if days:
                visit["start"] = min(days)

    def add_visit(self, **frame: Any) -> None:
        roles = self.a.officials[frame["visitor"]].roles
        if roles and all(r.office is Office.AMBASSADOR for r in roles):
            # An ambassador calling on the host's ministers, or going home to bid farewell,
            # is at work, not on a visit between the two countries.
            return
        for visit in self.visits:
            if (
                visit["visitor"] == frame["visitor"]
                and visit["destination"] == frame["destination"]
            ):
                visit["places"] = _dedupe(visit["places"] + frame["places"])
                # Told twice, a visit spans from the earliest day given to the latest:
                # "arrived on Sunday for a two-day visit" and "hosted ... on Monday".
                known = [d for d in (visit["start"], visit["end"]) if d]
                told = [d for d in (frame["start"], frame["end"]) if d]
                if (
                    known
                    and told
                    and any(
                        abs((_first_day(t) - _first_day(k)).days) > _SAME_TRIP_DAYS
                        for t in told
                        for k in known
                    )
                ):
                    # "lawatan pertama sejak memegang jawatan pada November 2020": a date of
                    # another time, not of this trip.
                    told = []
                days = known + told
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
        *,
        own: bool = False,
    ) -> None:
        """
        Add what a sentence says of a visit told before it, without naming the destination.

        Its dates fill a visit that has none, when the dates are a range or the visit is the
        visitor's only one so far: the visit told most recently before the sentence.
        """
        mine = [v for v in self.visits if v["visitor"] == visitor]
        if not mine:
            self.pending_support.append((visitor, evidence, start, end, own))
            return
        told = [v for v in mine if v["evidence"][0].start <= offset] or mine
        visit = told[-1]
        visit["evidence"] += evidence
        if start is not None and visit["start"] is None and (end is not None or len(mine) == 1):
            visit["start"], visit["end"] = start, end
