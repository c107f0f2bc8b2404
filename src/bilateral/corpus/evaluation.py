"""
Scoring consolidation against a grouping written down by hand.

How well :func:`~bilateral.corpus.consolidate` groups the records of a set of articles into
events is measured against a grouping a person wrote down.

A *consolidation set* is a folder of articles (``NAME.txt``, the headline on the first line, with
``NAME.meta.json`` beside it: ``language``, ``published``, and optionally ``outlet`` and
``url``) and one or more ``events*.json`` files listing the real events those articles tell::

    {"events": [
      {"id": "vn-visit", "kind": "visit",
       "sources": [{"article": "A1_en_widodo-hanoi", "people": ["Widodo"]},
                   {"article": "A2_id_jokowi-hanoi", "people": ["Jokowi", "Widodo"]}],
       "conflicts": ["start"]}
    ]}

Each source names an article and picks out the record of the event's kind in it: for a visit,
``people`` holds a word of the visitor's name; for a meeting, a word of one participant's name;
for an agreement, ``agreement_kind`` (and optionally a word of its ``subject``); for a target, its
``metric``. ``conflicts`` lists the fields on which the event's sources disagree and on which the
consolidated event must say so.

The set's articles are parsed, their reports consolidated, and every parsed record that a source
picks out becomes an *item*, labelled with its written event. Scores are pairwise, as is usual for
record linkage: precision is the share of the pairs of items put in one event that the written
grouping also puts together, recall the share of the written pairs that were put together. Items
the parser did not find cannot be paired and are counted apart (*unmatched* of :class:`GroupingScore`),
so that the scores measure the grouping, not the parser.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import pathlib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from bilateral.corpus.consolidation import article_key, consolidate
from bilateral.corpus.errors import InputError
from bilateral.corpus.model import Event, EventKind
from bilateral.evaluation import Score
from bilateral.model import Agreement, Meeting, Official, Report, Target, Visit

__all__ = [
    "GoldEvent",
    "GoldSource",
    "GroupingScore",
    "SetArticle",
    "evaluate_grouping",
    "load_set",
    "score_grouping",
]

_Record = Visit | Meeting | Agreement | Target
_FIELDS = {
    EventKind.VISIT: "visits",
    EventKind.MEETING: "meetings",
    EventKind.AGREEMENT: "agreements",
    EventKind.TARGET: "targets",
}


@attrs.frozen(kw_only=True)
class SetArticle:
    """One article of a consolidation set: its name (the file's stem), text and metadata."""

    name: str
    text: str
    language: str
    published: _dt.date | None = None
    outlet: str | None = None
    url: str | None = None


@attrs.frozen(kw_only=True)
class GoldSource:
    """One article's telling of a written event, and what picks its record out."""

    article: str
    people: tuple[str, ...] = ()
    agreement_kind: str | None = None
    subject: str | None = None
    metric: str | None = None


@attrs.frozen(kw_only=True)
class GoldEvent:
    """An event as the set's author wrote it down: its kind, the articles telling it, conflicts."""

    id: str
    kind: EventKind
    sources: tuple[GoldSource, ...]
    conflicts: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class GroupingScore:
    """
    Pairwise precision and recall of a grouping, with what could not be scored.

    *unmatched* are the written sources (``event id: article``) for which the parse gave no
    record; *missing_conflicts* the written conflicts (``event id: field``) that the consolidated
    event does not show; *split* and *merged* the written events spread over several consolidated
    events, and the consolidated events that hold items of several written ones.
    """

    items: int
    true_pairs: int
    found_pairs: int
    correct_pairs: int
    events: int
    sources: int
    unmatched: tuple[str, ...] = ()
    conflicts: int = 0
    missing_conflicts: tuple[str, ...] = ()
    split: tuple[str, ...] = ()
    merged: tuple[str, ...] = ()

    @property
    def pairs(self) -> Score:
        """The pair counts as a :class:`~bilateral.evaluation.Score` (matched, predicted, expected)."""
        return Score(
            matched=self.correct_pairs, predicted=self.found_pairs, expected=self.true_pairs
        )

    @property
    def precision(self) -> float:
        """Correct pairs over pairs put together (1.0 when none were)."""
        return self.pairs.precision

    @property
    def recall(self) -> float:
        """Correct pairs over pairs written together (1.0 when none were)."""
        return self.pairs.recall

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        return self.pairs.f1

    def table(self) -> str:
        """The scores as a short text table, then every problem, one per line."""
        shown = self.conflicts - len(self.missing_conflicts)
        lines = [
            f"events written        {self.events} ({self.sources} sources)",
            f"items scored          {self.items} "
            f"({len(self.unmatched)} written sources without a parsed record)",
            f"pairwise precision    {self.precision:.3f} "
            f"({self.correct_pairs} of {self.found_pairs} pairs)",
            f"pairwise recall       {self.recall:.3f} "
            f"({self.correct_pairs} of {self.true_pairs} pairs)",
            f"pairwise F1           {self.f1:.3f}",
            f"conflicts shown       {shown} of {self.conflicts}",
        ]
        lines += [f"  not parsed: {u}" for u in self.unmatched]
        lines += [f"  split: {s}" for s in self.split]
        lines += [f"  merged: {m}" for m in self.merged]
        lines += [f"  conflict not shown: {c}" for c in self.missing_conflicts]
        return "\n".join(lines)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> set[str]:
    return set("".join(c if c.isalnum() else " " for c in _fold(text)).split())


def _str(data: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError(where, f"{key!r} must be a non-empty string")
    return value


def _read_json(path: pathlib.Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(str(path), f"not valid JSON: {exc}") from None


def _article(path: pathlib.Path) -> SetArticle:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.is_file():
        raise InputError(str(path), f"no {meta_path.name} beside it")
    meta = _read_json(meta_path)
    where = str(meta_path)
    if not isinstance(meta, dict):
        raise InputError(where, "expected an object")
    published = _str(meta, "published", where, required=False)
    try:
        day = _dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise InputError(where, f"'published' {published!r} is not a date YYYY-MM-DD") from None
    return SetArticle(
        name=path.stem,
        text=path.read_text(encoding="utf-8"),
        language=str(_str(meta, "language", where)),
        published=day,
        outlet=_str(meta, "outlet", where, required=False),
        url=_str(meta, "url", where, required=False),
    )


def _gold_source(data: object, where: str, kind: EventKind, names: set[str]) -> GoldSource:
    if not isinstance(data, dict):
        raise InputError(where, "a source is an object")
    article = str(_str(data, "article", where))
    if article not in names:
        raise InputError(where, f"no article {article!r} in the set")
    people = data.get("people", [])
    if not isinstance(people, list) or not all(isinstance(p, str) and p.strip() for p in people):
        raise InputError(where, "'people' must be a list of names")
    source = GoldSource(
        article=article,
        people=tuple(people),
        agreement_kind=_str(data, "agreement_kind", where, required=False),
        subject=_str(data, "subject", where, required=False),
        metric=_str(data, "metric", where, required=False),
    )
    needs = {
        EventKind.VISIT: bool(source.people),
        EventKind.MEETING: bool(source.people),
        EventKind.AGREEMENT: source.agreement_kind is not None,
        EventKind.TARGET: source.metric is not None,
    }
    if not needs[kind]:
        what = {
            EventKind.VISIT: "'people' (the visitor)",
            EventKind.MEETING: "'people' (a participant)",
            EventKind.AGREEMENT: "'agreement_kind'",
            EventKind.TARGET: "'metric'",
        }[kind]
        raise InputError(where, f"a {kind.value} source needs {what}")
    return source


def load_set(folder: str | pathlib.Path) -> tuple[list[SetArticle], list[GoldEvent]]:
    """
    Read a consolidation set: its articles, by name, and its written events.

    Raises:
        InputError: for a missing folder, an article without its ``.meta.json``, no
            ``events*.json`` file, or an event or source that does not follow the format above;
            the message names the file and the event.
    """
    root = pathlib.Path(folder)
    if not root.is_dir():
        raise InputError(str(root), "no such folder")
    articles = [_article(p) for p in sorted(root.glob("*.txt"))]
    names = {a.name for a in articles}
    files = sorted(root.glob("events*.json"))
    if not files:
        raise InputError(str(root), "no events*.json file")
    events: list[GoldEvent] = []
    seen: set[str] = set()
    for path in files:
        data = _read_json(path)
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise InputError(str(path), "expected an object with a list 'events'")
        for i, item in enumerate(data["events"]):
            where = f"{path}: events[{i}]"
            if not isinstance(item, dict):
                raise InputError(where, "an event is an object")
            event_id = str(_str(item, "id", where))
            if event_id in seen:
                raise InputError(where, f"the id {event_id!r} is used twice")
            seen.add(event_id)
            try:
                kind = EventKind(item.get("kind"))
            except ValueError:
                raise InputError(where, f"unknown kind {item.get('kind')!r}") from None
            sources = item.get("sources")
            if not isinstance(sources, list) or not sources:
                raise InputError(where, "'sources' must be a non-empty list")
            conflicts = item.get("conflicts", [])
            if not isinstance(conflicts, list) or not all(isinstance(c, str) for c in conflicts):
                raise InputError(where, "'conflicts' must be a list of field names")
            events.append(
                GoldEvent(
                    id=event_id,
                    kind=kind,
                    sources=tuple(
                        _gold_source(s, f"{where}.sources[{k}]", kind, names)
                        for k, s in enumerate(sources)
                    ),
                    conflicts=tuple(conflicts),
                )
            )
    return articles, events


def _names(official: Official | None) -> set[str]:
    if official is None:
        return set()
    words = _words(official.name)
    for alias in official.aliases:
        words |= _words(alias)
    return words


def _fits(record: _Record, source: GoldSource, report: Report) -> int:
    """How well *record* fits *source*: 0 for not at all, more for a closer fit."""
    officials = {o.id: o for o in report.officials}
    wanted = [_words(p) for p in source.people]
    if isinstance(record, Visit):
        names = _names(officials.get(record.visitor))
        return sum(1 for w in wanted if w & names)
    if isinstance(record, Meeting):
        return sum(
            1
            for w in wanted
            for participant in record.participants
            if w & _names(officials.get(participant))
        )
    if isinstance(record, Agreement):
        if record.kind.value != source.agreement_kind:
            return 0
        if source.subject is None:
            return 1
        return 2 if _words(source.subject) & _words(record.subject or "") else 0
    return 1 if record.metric.value == source.metric else 0


def _pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    return {
        pair for members in groups.values() for pair in itertools.combinations(sorted(members), 2)
    }


def score_grouping(gold: Sequence[GoldEvent], reports: Mapping[str, Report]) -> GroupingScore:
    """
    Score the consolidation of *reports* (the parse of each article, by name) against *gold*.
    """
    consolidation = consolidate(reports.values())
    keys = {name: article_key(report.article) for name, report in reports.items()}
    made: dict[str, Event] = {}
    for event in consolidation.events:
        for told in event.sources:
            made[told.key] = event
    truth: dict[str, str] = {}
    unmatched: list[str] = []
    for written in gold:
        for source in written.sources:
            report = reports[source.article]
            records: Iterable[_Record] = getattr(report, _FIELDS[written.kind])
            fits = [(r, _fits(r, source, report)) for r in records]
            best = max((f for _, f in fits), default=0)
            picked = [r for r, f in fits if f and f == best]
            if not picked:
                unmatched.append(f"{written.id}: {source.article}")
            for record in picked:
                truth.setdefault(f"{keys[source.article]}/{record.id}", written.id)
    found = {item: made[item].id for item in truth if item in made}
    true_pairs, found_pairs = _pairs(truth), _pairs(found)
    by_written: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for item, written_id in truth.items():
        if item in found:
            by_written[written_id][found[item]] += 1
    by_made: defaultdict[str, set[str]] = defaultdict(set)
    for item, event_id in found.items():
        by_made[event_id].add(truth[item])
    missing: list[str] = []
    events = {e.id: e for e in consolidation.events}
    conflicts = 0
    for written in gold:
        for field in written.conflicts:
            conflicts += 1
            counts = by_written.get(written.id)
            held = events[counts.most_common(1)[0][0]] if counts else None
            if held is None or all(c.field != field for c in held.conflicts):
                missing.append(f"{written.id}: {field}")
    return GroupingScore(
        items=len(truth),
        true_pairs=len(true_pairs),
        found_pairs=len(found_pairs),
        correct_pairs=len(true_pairs & found_pairs),
        events=len(gold),
        sources=sum(len(e.sources) for e in gold),
        unmatched=tuple(unmatched),
        conflicts=conflicts,
        missing_conflicts=tuple(missing),
        split=tuple(
            f"{written_id} in {len(counts)} events"
            for written_id, counts in by_written.items()
            if len(counts) > 1
        ),
        merged=tuple(
            f"{event_id} holds {', '.join(sorted(ids))}"
            for event_id, ids in sorted(by_made.items())
            if len(ids) > 1
        ),
    )


def evaluate_grouping(folder: str | pathlib.Path) -> GroupingScore:
    """
    Parse a consolidation set's articles, consolidate them, and score the grouping.

    Raises:
        InputError: when the set does not follow the format (see :func:`load_set`).
    """
    from bilateral.assembly import parse

    articles, gold = load_set(folder)
    reports: dict[str, Report] = {}
    for article in articles:
        report = parse(article.text, language=article.language, published=article.published)
        reports[article.name] = attrs.evolve(
            report,
            article=attrs.evolve(report.article, outlet=article.outlet, url=article.url),
        )
    return score_grouping(gold, reports)
