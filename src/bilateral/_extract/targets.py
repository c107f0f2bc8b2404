"""
Targets: stated goals with their metric, amount, period, deadline and baseline.
"""

from __future__ import annotations

import itertools
from typing import Any

from bilateral._extract.context import (
    _BASELINE_GAP,
    _RATE,
    _dedupe,
)
from bilateral._extract.frames import Frames
from bilateral.model import (
    Evidence,
    Money,
    Period,
    Quantity,
    TargetMetric,
    _first_day,
)

__all__ = ["Targets"]


class Targets(Frames):
    """Find the targets of an article."""

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
        self.annual = a.folded["amounts.annual"]
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
            if baseline is None and len(primary) > 1:
                # "meningkatkan ... dari USD31 miliar menjadi USD100 miliar", "from $5 billion
                # to $10 billion": the amount right after "from" is where the figure stands.
                froms = a.folded["events.from"]
                first = primary[0]
                lead = a.text[max(unit.start, first.start - 12) : first.start].split()
                if lead and lead[-1].casefold() in froms:
                    baseline = first
                    primary = primary[1:]
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
        return any(after.startswith(f) for f in self.a.folded["amounts.per_year"])

    def restatements(self) -> dict[tuple[int, int], Money | Quantity]:
        """
        Return the amounts that restate the amount before them, with the amount they restate.

        "USD 10 miliar (Rp 160 triliun)", "USD50 miliar atau setara Rp715 triliun".
        """
        a = self.a
        links = a.folded["amounts.equivalent"]
        out: dict[tuple[int, int], Money | Quantity] = {}
        for unit in a.units:
            for first, second in itertools.pairwise(unit.amounts):
                between = a.text[first.end : second.start]
                gap = between.strip(" \t").casefold()
                words = gap.lstrip("(").split()
                # "USD60 miliar (setara setara Rp864 Triliun": link words, repeated or not.
                bracket = gap.startswith("(") and all(w in links for w in words)
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
