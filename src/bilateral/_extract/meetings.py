"""
Meetings: talks, audiences and courtesy calls between officials of two sides.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import Any

from bilateral._extract.context import (
    Unit,
    _dedupe,
    _split_clause,
)
from bilateral._extract.frames import Frames
from bilateral.model import (
    Evidence,
    Office,
    Place,
)

__all__ = ["Meetings"]

# Days two dates of one meeting may lie apart: a weekday read as the last one in one sentence
# and as the coming one in another ("TALKS ON THURSDAY", "will hold talks on Thursday") is a
# week.
_SAME_MEETING_DAYS = 7


def _other_day(known: Any, told: Any) -> bool:
    """
    True when two full dates of the same pair's talks are days apart: two meetings.

    "Building on their June 20 meeting in Johannesburg, the two leaders will review ..." on
    3 December is a second meeting, not the same one.
    """
    if not isinstance(known, _dt.date) or not isinstance(told, _dt.date):
        return False
    return abs((known - told).days) > _SAME_MEETING_DAYS


# The offices that receive a visitor and hold talks with them.
_HOSTS = frozenset(
    {
        Office.HEAD_OF_STATE,
        Office.HEAD_OF_GOVERNMENT,
        Office.DEPUTY_HEAD_OF_GOVERNMENT,
        Office.VICE_PRESIDENT,
        Office.MONARCH,
        Office.CROWN_PRINCE,
        Office.SUPREME_LEADER,
        Office.FOREIGN_MINISTER,
        Office.SPEAKER_OF_PARLIAMENT,
    }
)


class Meetings(Frames):
    """Find the meetings of an article."""

    def participants(
        self, unit: Unit, trigger: tuple[int, int, str, str], aside: set[str] | None = None
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
        if len(before) >= 2 and after:
            # "Kishida laid a wreath at the memorial to President Ho Chi Minh, held talks with
            # his Vietnamese counterpart": the subject is not of the counterpart's side.
            apart = [p for p in before if a.party_of(p) not in {a.party_of(after[0]), None}]
            before = apart or before
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
        # The first of another side, one of a known country before one whose is unknown.
        others = [p for p in after if a.party_of(p) not in parties]
        known = [p for p in others if a.party_of(p) is not None]
        if known or others:
            people.append((known or others)[0])
        if len(people) == 1 and main is not None and not after:
            if a.party_of(main) == a.party_of(people[0]):
                # "The President recalled his visit to India": a trip told in passing since the
                # article's own visit does not make a host of the article's visitor.
                article_visitor = self.main_visitor()
                if article_visitor is not None and a.party_of(article_visitor) != a.party_of(
                    people[0]
                ):
                    main = article_visitor
            people += self.guest_or_host(unit, people[0], main)
        if len({a.party_of(p) for p in people} - {None}) < 2 and unit.has("both_sides"):
            # "The two leaders then held a bilateral meeting": the two of the sentences before.
            pair = self.pair_before(unit, aside)
            if pair:
                people = pair
        if main in people:
            people = [main, *[p for p in people if p != main]]
        return people

    def pair_before(self, unit: Unit, aside: set[str]) -> list[str]:
        """
        Return the first two officials of two sides named in the two sentences before *unit*.
        """
        a = self.a
        index = bisect.bisect_left(a.starts, unit.start)
        for previous in range(index - 1, max(-1, index - 3), -1):
            named = [p for p in a.people(a.units[previous]) if p not in aside]
            known = [p for p in named if a.party_of(p) is not None]
            if known:
                first = known[0]
                other = [p for p in known if a.party_of(p) != a.party_of(first)]
                if other:
                    return [first, other[0]]
        return []

    def guest_or_host(self, unit: Unit, person: str, main: str) -> list[str]:
        """
        Return whom *person* meets when the sentence names no one else, during *main*'s visit.

        The host who "holds a meeting" while receiving a visitor meets the visitor ("Presiden
        Jokowi akan mengadakan pertemuan khas di Istana Bogor"); the visitor whom "the two
        leaders" names along with no one meets the host ("kedua-dua pemimpin akan mengadakan
        pertemuan"), the first official of the country visited already met, else its first head
        of state or government named.
        """
        a = self.a
        trip = next((v for v in self.visits if v["visitor"] == main), None)
        if trip is None or trip["destination"] is None:
            return []
        host_side = trip["destination"]
        if person != main:
            # Only a principal who is not reporting: "Juru Bicara Kemlu ... menambahkan, ...
            # pertemuan 2+2" and "The talks were attended by Minister of State X" are no host.
            offices = {r.office for r in a.officials[person].roles if r.party == host_side}
            if (
                offices & _HOSTS
                and a.party_of(main) != host_side
                and not unit.has("say")
                and not unit.has("accompany")
            ):
                return [main]
            return []
        if not unit.has("both_sides"):
            return []
        for meeting in self.meetings:
            if main in meeting["participants"]:
                hosts = [p for p in meeting["participants"] if a.party_of(p) == host_side]
                if hosts:
                    return hosts[:1]
        for oid, official in a.officials.items():
            offices = {r.office for r in official.roles if r.party == host_side}
            if offices & {Office.HEAD_OF_STATE, Office.HEAD_OF_GOVERNMENT}:
                return [oid]
        return []

    def find_meetings(self, *, signings: bool = False) -> None:
        """
        Fill the meeting frames of the article.

        With *signings*, officials of two sides who sign or see a signing together have met
        too: the parser asks for that only of an article that tells no meeting otherwise
        ("Presiden Jokowi dan Presiden Marcos menyaksikan penandatanganan empat MoU"), since
        beside a summit the ministers who sign its documents are no meeting of their own.
        """
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
                # "... disaksikan oleh beliau dan Presiden Kyrgyzstan": a pronoun among the
                # witnesses is the sentence's subject, named before them.
                words = re.findall(r"\w+", a.text[witness[1] : unit.end])
                subject = a.people(unit, before=witness[0])[:1]
                if subject and any(w in a.pronouns for w in words):
                    witnesses = [*subject, *witnesses]
                if len({a.party_of(p) for p in witnesses}) >= 2:
                    trigger = witness
            sign = unit.first("sign")
            if signings and trigger is None and sign is not None:
                signers = a.people(unit, before=sign[0])
                if len({a.party_of(p) for p in signers} - {None}) >= 2:
                    trigger = sign
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
                    if a.party_of(p) not in sides
                    and a.party_of(p) is not None
                    and p not in people
                    and p not in aside
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
                    place = self.meeting_place(unit, trigger)
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

    def meeting_place(self, unit: Unit, trigger: tuple[int, int, str, str]) -> Place | None:
        """
        Return where a meeting was held: the first place after its trigger, else before it.

        A dateline's city is where the story was filed, not where the talks were ("Kuala
        Lumpur: ... mengadakan pertemuan dua hala dengan ... di Luang Prabang, Laos").
        """
        start, end = self.a.dateline
        places = [m for m in unit.places if not start <= m.start < end] or list(unit.places)
        after = [m for m in places if m.start >= trigger[1]]
        chosen = after[0] if after else (places[0] if places else None)
        return chosen.value if chosen is not None else None

    def bystanders(self, unit: Unit) -> set[str]:
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
            if frozenset(meeting["participants"]) == key and not _other_day(meeting["date"], date):
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
