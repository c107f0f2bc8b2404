"""
Score the parser against hand-written expected reports.

A development set is a folder of articles (``NAME.txt``) each with its expected report
(``NAME.expected.json``: a ``bilateral/1`` document without ``article.text`` and without
evidence).
:func:`evaluate` parses every article with the expected report's language and publication date,
matches predicted records to expected ones, and returns precision, recall and F1 per record type
and the accuracy of offices, dates and amounts among matched records.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import attrs

from bilateral.assembly import parse
from bilateral.errors import FormatError
from bilateral.model import Agreement, Meeting, Official, Report, Statement, Target, Visit
from bilateral.serialise.json import from_dict

__all__ = ["Score", "Scores", "evaluate", "load_expected"]

_R = TypeVar("_R")


@attrs.define
class Score:
    """
    Counts of one record type: true positives, predicted records and expected records.
    """

    matched: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        """The share of predicted records that match an expected one (1.0 when none predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """The share of expected records that a predicted one matches (1.0 when none expected)."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.define
class Scores:
    """
    The scores of a whole development set.
    """

    articles: int = 0
    records: dict[str, Score] = attrs.Factory(
        lambda: {
            k: Score()
            for k in ("officials", "visits", "meetings", "agreements", "targets", "statements")
        }
    )
    accuracy: dict[str, Score] = attrs.Factory(
        lambda: {k: Score() for k in ("offices", "dates", "amounts")}
    )

    @property
    def macro_f1(self) -> float:
        """
        The mean F1 of the record types.

        .. versionadded:: 0.1.0
        """
        return sum(score.f1 for score in self.records.values()) / len(self.records)

    def table(self) -> str:
        """Format the scores as a plain-text table."""
        lines = [
            f"articles: {self.articles}",
            f"{'record':<12}{'P':>7}{'R':>7}{'F1':>7}  (matched/predicted/expected)",
        ]
        for name, score in self.records.items():
            lines.append(
                f"{name:<12}{score.precision:7.3f}{score.recall:7.3f}{score.f1:7.3f}"
                f"  ({score.matched}/{score.predicted}/{score.expected})"
            )
        lines.append(f"{'macro':<12}{'':>7}{'':>7}{self.macro_f1:7.3f}  (mean F1 of the records)")
        lines.append(f"{'accuracy':<12}{'':>7}{'':>7}{'':>7}  (correct/compared)")
        for name, score in self.accuracy.items():
            value = score.matched / score.expected if score.expected else 1.0
            lines.append(f"{name:<12}{value:7.3f}{'':>14}  ({score.matched}/{score.expected})")
        return "\n".join(lines)


def load_expected(text_path: pathlib.Path) -> Report:
    """
    Read the expected report beside an article (``NAME.expected.json`` for ``NAME.txt``).

    Raises:
        FormatError: if the expected document is malformed.
    """
    expected_path = text_path.with_name(text_path.name.removesuffix(".txt") + ".expected.json")
    data = json.loads(expected_path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        raise FormatError("$.article", f"{expected_path}: expected an article object")
    data["article"]["text"] = text_path.read_text(encoding="utf-8")
    return from_dict(data, Report)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _names(official: Official) -> set[str]:
    return {_norm(official.name), *(_norm(a) for a in official.aliases if len(a.split()) > 1)}


def _match(
    predicted: Sequence[_R], expected: Sequence[_R], same: Callable[[_R, _R], bool]
) -> list[tuple[_R, _R]]:
    pairs: list[tuple[_R, _R]] = []
    free = list(predicted)
    for gold in expected:
        for guess in free:
            if same(guess, gold):
                pairs.append((guess, gold))
                free.remove(guess)
                break
    return pairs


def _count(
    score: Score, pairs: list[Any], predicted: Sequence[Any], expected: Sequence[Any]
) -> None:
    score.matched += len(pairs)
    score.predicted += len(predicted)
    score.expected += len(expected)


def _check(score: Score, ok: bool) -> None:
    score.expected += 1
    score.matched += int(ok)


def _score(scores: Scores, got: Report, gold: Report) -> None:
    people = _match(got.officials, gold.officials, lambda a, b: bool(_names(a) & _names(b)))
    _count(scores.records["officials"], people, got.officials, gold.officials)
    ids = {g.id: e.id for g, e in people}
    for person, truth_person in people:
        want = {(r.office, r.party) for r in truth_person.roles}
        have = {(r.office, r.party) for r in person.roles}
        _check(scores.accuracy["offices"], want == have)

    def same_visit(a: Visit, b: Visit) -> bool:
        return ids.get(a.visitor) == b.visitor and a.destination == b.destination

    visits = _match(got.visits, gold.visits, same_visit)
    _count(scores.records["visits"], visits, got.visits, gold.visits)
    for visit, truth_visit in visits:
        _check(
            scores.accuracy["dates"],
            (visit.start, visit.end) == (truth_visit.start, truth_visit.end),
        )

    def same_meeting(a: Meeting, b: Meeting) -> bool:
        return {ids.get(p) for p in a.participants} == set(b.participants)

    meetings = _match(got.meetings, gold.meetings, same_meeting)
    _count(scores.records["meetings"], meetings, got.meetings, gold.meetings)
    for meeting, truth_meeting in meetings:
        _check(scores.accuracy["dates"], meeting.date == truth_meeting.date)

    def same_agreement(a: Agreement, b: Agreement) -> bool:
        if a.kind != b.kind:
            return False
        if a.kind.value == "consensus":
            return bool({_norm(p) for p in a.points} & {_norm(p) for p in b.points})
        return a.count == b.count and (
            a.subject is None or b.subject is None or _norm(a.subject) == _norm(b.subject)
        )

    agreements = _match(got.agreements, gold.agreements, same_agreement)
    _count(scores.records["agreements"], agreements, got.agreements, gold.agreements)

    def same_target(a: Target, b: Target) -> bool:
        return a.metric == b.metric and a.amount == b.amount

    targets = _match(got.targets, gold.targets, same_target)
    _count(scores.records["targets"], targets, got.targets, gold.targets)
    for guess, truth in targets:
        _check(
            scores.accuracy["amounts"],
            (guess.period, guess.deadline, guess.baseline)
            == (truth.period, truth.deadline, truth.baseline),
        )

    def same_statement(a: Statement, b: Statement) -> bool:
        return a.kind == b.kind and _norm(a.text) == _norm(b.text)

    statements = _match(got.statements, gold.statements, same_statement)
    _count(scores.records["statements"], statements, got.statements, gold.statements)


def evaluate(paths: Iterable[pathlib.Path]) -> Scores:
    """
    Parse every article of *paths* and score the results against the expected reports.

    *paths* are ``.txt`` files, or folders of them, each with ``NAME.expected.json`` beside it.
    """
    scores = Scores()
    files: list[pathlib.Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.txt")))
        else:
            files.append(path)
    for text_path in files:
        gold = load_expected(text_path)
        got = parse(
            gold.article.text,
            language=gold.article.language,
            published=gold.article.published,
        )
        _score(scores, got, gold)
        scores.articles += 1
    return scores
