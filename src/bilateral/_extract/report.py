"""
The merging step: frames into records, records into a report.
"""

from __future__ import annotations

import attrs

from bilateral._extract.agreements import Agreements
from bilateral._extract.context import (
    _dedupe,
    _evidence,
)
from bilateral._extract.meetings import Meetings
from bilateral._extract.statements import Statements
from bilateral._extract.targets import Targets
from bilateral._extract.visits import Visits
from bilateral.model import (
    Agreement,
    Article,
    Meeting,
    Report,
    Statement,
    Target,
    Visit,
)

__all__ = ["Extraction"]


class Extraction(Visits, Meetings, Agreements, Targets, Statements):
    """Fill the frames of every record type, then merge them into one report."""

    def build(self) -> Report:
        a = self.a
        self.pending_support = []
        self.complete_parties()
        self.find_visits()
        self.settle_support()
        self.hosts_of_visits()
        self.find_meetings()
        if not self.meetings:
            self.find_meetings(signings=True)
        self.dateline_visits()
        self.unplaced_visits()
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
        self.days_of_visits()
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
        self.settle_counts()
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
        # An office holder known only from the table ("Dr. Mahathir Mohamad spoke at the
        # forum") is an official of the report only when taking part in one of its records.
        taking_part = {v.visitor for v in visits}
        taking_part.update(p for m in meetings for p in m.participants)
        taking_part.update(p for g in agreements for p in g.signatories)
        taking_part.update(t.stated_by for t in targets if t.stated_by)
        taking_part.update(s.speaker for s in statements if s.speaker)
        officials = [
            attrs.evolve(official, evidence=_evidence(a.spans[oid]))
            for oid, official in a.officials.items()
            if oid in a.titled or oid in taking_part
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
