"""
Agreements: instruments signed, counted, listed, proposed or in force, and consensus.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Any

from bilateral._extract.context import (
    _ABOUT_GAP,
    Unit,
    _dedupe,
    _split_clause,
)
from bilateral._extract.frames import Frames
from bilateral.model import (
    AgreementKind,
    AgreementStatus,
    Evidence,
    Money,
)

__all__ = ["Agreements"]

#: Words between "agreed" and an instrument for the instrument to be what was agreed.
_OBJECT_WORDS = 4
_STATUSES = list(AgreementStatus)  # proposed, agreed, signed, ratified, in force: in order


class Agreements(Frames):
    """Find the agreements of an article."""

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
        signed_before = False  # whether the sentence before signs something
        for unit in a.units:
            if unit.parent is not None:
                continue
            sign = unit.first("sign")
            kinds = [t for t in unit.triggers if t[2] == "agreement"]
            consensus = unit.first("consensus")
            # "... signed key cooperation deals in seven sectors. These included MoUs on
            # tourism, wildlife, culture ...": the instruments listed just after a signing.
            follows = sign is None and signed_before and bool(kinds)
            signed_before = sign is not None
            listed = [a.units[i] for i in unit.items if a.units[i].has("agreement")]
            if not (kinds or sign):
                listed = []  # a list of instruments is introduced as one: "Kelima MoU itu:"
            counted = [(k, a.count_before(k[0], unit)) for k in kinds]
            counted = [(k, c) for k, c in counted if c > 1]
            if sign is None:
                sign = next((u.first("sign") for u in listed if u.has("sign")), None)
            fields = self.fields(unit, kinds[0]) if kinds and (sign or follows) else []
            if sign is not None or listed or counted or fields:
                parties = self.parties(unit)
                signatories = a.people(unit, before=sign[0]) if sign is not None else []
                start, _, spans = a.day(unit)
                named = [k for k in kinds if self.subject(unit, k) is not None]
                # (kind, where it is named, count, its subject when a list gives it)
                records: list[tuple[tuple[int, int, str, str], Unit, int, str | None]] = []
                if listed:
                    for item in listed:
                        kind = item.first("agreement")
                        assert kind is not None
                        records.append((kind, item, 1, None))
                elif not counted and fields:
                    records.extend((kinds[0], unit, 1, f) for f in fields)
                elif len(named) >= 2:
                    records.extend((kind, unit, 1, None) for kind in named)
                elif counted:
                    records.extend((kind, unit, count, None) for kind, count in counted)
                elif kinds and sign is not None:
                    records.append((kinds[0], unit, 1, None))
                plan = unit.first("plan")
                status = AgreementStatus.SIGNED
                if sign is not None and plan is not None and plan[0] < sign[0]:
                    status = AgreementStatus.PROPOSED  # "are expected to sign", "akan diteken"
                for kind, where, count, field in records:
                    subject = field or self.subject(where, kind)
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
                if any(
                    k[0] > consensus[0]
                    and len(a.text[consensus[1] : k[0]].split()) <= _OBJECT_WORDS
                    for k in kinds
                ):
                    # "menyepakati sejumlah nota kesepahaman": instruments, not a view; but
                    # "sepakat untuk ... bekerja sama menyelesaikan perjanjian kemitraan" is
                    # a view that names an instrument further on.
                    continue
                if unit.has("metric") and any(
                    isinstance(m.value, Money) and m.start > consensus[0] for m in unit.amounts
                ):
                    continue  # "agreed to raise trade to $100 billion": a target, not a view
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
            # Told as signed in the headline and as to be signed in the body: one instrument,
            # at the further status.
            same = all(known[k] == frame[k] for k in ("kind", "subject", "points", "count"))
            again = (
                None in (frame["subject"], known["subject"])
                and frame["count"] == 1
                and known["kind"] == frame["kind"]
                and known["count"] == 1
                and frame["kind"] is not AgreementKind.CONSENSUS
            )
            # "memeterai 10 dokumen ... kesemua dokumen tersebut ditandatangani di Seri
            # Perdana": instruments told again without a number or a subject are those counted.
            counted_again = (
                frame["subject"] is None
                and known["subject"] is None
                and frame["count"] == 1
                and known["count"] > 1
                # "menyaksikan pertukaran dokumen" after "tujuh MoU": documents told by the
                # generic word are the instruments counted before.
                and (
                    known["kind"] == frame["kind"]
                    or (frame["kind"] is AgreementKind.AGREEMENT and not self._named(frame))
                )
                and AgreementKind.CONSENSUS not in (frame["kind"], known["kind"])
            )
            if same or again or counted_again:
                # The headline's "sign declaration" and the body's "a joint declaration on ...".
                known["subject"] = known["subject"] or frame["subject"]
                known["status"] = max(known["status"], frame["status"], key=_STATUSES.index)
                known["evidence"] += frame["evidence"]
                known["signatories"] = _dedupe(known["signatories"] + frame["signatories"])
                return
        self.agreements.append(frame)

    def _also(self, frame: dict[str, Any]) -> bool:
        """Whether the sentence of an instrument tells it as one in addition ("also")."""
        a = self.a
        index = a.unit_of(frame["evidence"][0].start)
        if index is None:
            return False
        unit = a.units[index]
        words = a.text[unit.start : unit.end].casefold().split()
        also = a.folded["agreements.also"]
        return any(" ".join(words[i : i + n]) in also for n in (1, 2, 3) for i in range(len(words)))

    def _named(self, frame: dict[str, Any]) -> bool:
        """Whether an instrument's kind is followed by its proper name ("Perjanjian Rentas ...")."""
        kind = frame["evidence"][0]
        return re.match(r"\s+[A-Z]", self.a.text[kind.end : kind.end + 3]) is not None

    def settle_counts(self) -> None:
        """
        Drop the counted records that other records of the article already stand for.

        "signed five MoUs" and the five MoUs listed by name are five agreements, not ten; "four
        agreements" counts the MoUs named beside them too; "Sepakati 7 MoU" and "Tujuh dokumen
        kerja sama" are the same seven, named two ways; "15 dokumen" beside "8 MoU" and "7
        perjanjian" is their total.
        """
        frames = self.agreements
        named: Counter[AgreementKind] = Counter(
            f["kind"] for f in frames if f["count"] == 1 and f["subject"]
        )
        any_named = sum(n for kind, n in named.items() if kind is not AgreementKind.CONSENSUS)
        counted = {(f["kind"], f["count"]) for f in frames if f["count"] > 1}

        def stood_for(frame: dict[str, Any]) -> bool:
            count: int = frame["count"]
            if count == 1:
                return False
            generic = frame["kind"] is AgreementKind.AGREEMENT
            # "15 dokumen kerjasama" over "8 MoU" and "7 perjanjian": a total of the others.
            others = [
                f["count"]
                for f in frames
                if f is not frame
                and f["kind"] is not AgreementKind.CONSENSUS
                and (generic or f["kind"] is frame["kind"])
            ]
            several = [c for c in others if c > 1]
            if len(others) >= 2 and count in (
                sum(others),
                sum(several) if len(several) >= 2 else 0,
            ):
                return True
            if not generic:
                return named[frame["kind"]] >= count
            other = any(c == count and k is not AgreementKind.AGREEMENT for k, c in counted)
            return other or any_named >= count

        self.agreements = [f for f in frames if not stood_for(f)]
        self._remainders()

    def _remainders(self) -> None:
        """
        Count in a total only the instruments that the article does not tell apart.

        "empat nota kesepahaman" then "dua nota kesepahaman ... perikanan dan perindustrian"
        and "nota kesepahaman mengenai anti-terorisme": the two and the one are three of the
        four, so the total stands for the one left, and the article's instruments stay four.
        Only instruments told after the total can be its parts, and not those told right after
        it as told in addition ("Twenty documents have been signed ... Agreements on X and Y
        have also been signed").
        """
        frames = self.agreements
        for kind in {f["kind"] for f in frames} - {AgreementKind.CONSENSUS}:
            mine = [f for f in frames if f["kind"] is kind]
            largest = max(mine, key=lambda f: f["count"])
            ties = [f for f in mine if f is not largest and f["count"] == largest["count"]]
            if largest["count"] < 3 or ties:
                continue
            ordered = sorted(mine, key=lambda f: f["evidence"][0].start)
            parts = 0
            after = ordered[ordered.index(largest) :]  # a total comes before its parts
            for previous, frame in itertools.pairwise(after):
                if previous is largest and self._also(frame):
                    continue  # "Twenty documents ... Agreements on ... have also been signed"
                parts += frame["count"]
            if 0 < parts < largest["count"]:
                largest["count"] -= parts

    def name_of(self, unit: Unit, kind: tuple[int, int, str, str]) -> str | None:
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
            determiners = a.folded["officials.determiners"]
            while words and words[0].casefold() in determiners:
                words.pop(0)
            return " ".join(words) or None
        return None

    def subject(self, unit: Unit, kind: tuple[int, int, str, str]) -> str | None:
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
        for other in unit.triggers:
            # "an MOU on the sharing of information was signed between ...": the verb ends it.
            if other[2] in ("sign", "witness", "plan") and other[0] > about[1]:
                stop = min(stop, other[0])
                break
        # "a memorandum on critical minerals on Thursday": the subject ends where a day begins.
        for mention in unit.dates:
            if mention.start > about[1] and mention.kind != "year":
                stop = min(stop, mention.start)
        return self._trimmed(re.split(r"[,;:.(]|\s[—–-]\s", a.text[about[1] : stop], maxsplit=1)[0])

    def fields(self, unit: Unit, kind: tuple[int, int, str, str]) -> list[str]:
        """
        Return the fields several instruments are listed by, when they are.

        "beberapa Memorandum Persefahaman (MoU) dalam bidang pertahanan, tenaga, ... serta
        promosi perdagangan", "MoUs on tourism, wildlife, culture and petroleum": an
        instrument marked as several, then a list of three or more subjects, is one instrument
        per subject.
        """
        a = self.a
        words = re.findall(r"[^\W\d_]+", a.text[max(unit.start, kind[0] - 20) : kind[0]])
        several = bool(words) and words[-1].casefold() in a.folded["agreements.several"]
        # English marks the plural on the word itself: "MoUs", "memoranda", "agreements".
        plural = a.code == "en" and a.text[kind[0] : kind[1]].casefold().endswith(("s", "da"))
        if not (several or plural):
            return []
        first = self.subject(unit, kind)
        if first is None:
            return []
        start = a.text.find(first, kind[1])
        stop = unit.end
        for other in unit.triggers:
            if other[2] in ("agreement", "sign", "witness", "plan") and other[0] > start:
                stop = min(stop, other[0])
                break
        clause = re.split(r"[;:.(]|\s[—–-]\s", a.text[start:stop], maxsplit=1)[0]
        joiners = [*a.lexicon.forms("officials.joiners")]
        parts = [self._trimmed(p) for p in _split_clause(clause, joiners)]
        found = [p for p in parts if p]
        return found if len(found) >= 3 else []

    def _trimmed(self, clause: str) -> str | None:
        """A subject without the function words it may end with."""
        a = self.a
        words = clause.split()
        ends = [
            a.folded[key]
            for key in (
                "officials.joiners",
                "officials.determiners",
                "dates.weekday_markers",
                "dates.range_start",
                "officials.to",
                "events.about",
            )
        ]
        while words and (
            any(words[-1].casefold() in end for end in ends)
            or (words[-1].islower() and len(words[-1]) <= 2)
        ):
            words.pop()
        return " ".join(words) or None

    def subject_before(self, item: Unit, kind: tuple[int, int, str, str]) -> str | None:
        """The subject written before an instrument in a list item: "an air services agreement"."""
        words = self.a.text[item.start : kind[0]].split()
        determiners = self.a.folded["officials.determiners"]
        while words and words[0].casefold() in determiners:
            words.pop(0)
        return " ".join(words) or None
