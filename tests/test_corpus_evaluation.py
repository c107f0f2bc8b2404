"""Scoring a consolidation set: pairwise precision and recall of the grouping, and its format."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

from bilateral.corpus import InputError
from bilateral.corpus.evaluation import evaluate_grouping, load_set

ROOT = pathlib.Path(__file__).parent.parent
ARTICLES = {
    "a1_en_hanoi": (
        "en",
        "2024-05-15",
        "Indonesian Foreign Minister Retno Marsudi arrived in Hanoi on Tuesday for a two-day "
        "visit. Marsudi met Vietnamese Foreign Minister Bui Thanh Son on Wednesday.",
    ),
    "a2_id_hanoi": (
        "id",
        "2024-05-16",
        "Menteri Luar Negeri Retno Marsudi tiba di Hanoi, Vietnam pada hari Selasa. Retno "
        "bertemu dengan Menteri Luar Negeri Vietnam Bui Thanh Son pada Rabu.",
    ),
    "b1_en_hanoi_again": (
        "en",
        "2024-06-18",
        "Indonesian Foreign Minister Retno Marsudi arrived in Hanoi on Monday for talks with "
        "Vietnamese Foreign Minister Bui Thanh Son.",
    ),
}


def _write(folder: pathlib.Path, events: list[dict[str, object]]) -> pathlib.Path:
    folder.mkdir(exist_ok=True)
    for name, (language, published, text) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"language": language, "published": published, "outlet": "Test Wire"}
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "events.json").write_text(json.dumps({"events": events}), encoding="utf-8")
    return folder


def _visit(event_id: str, *articles: str) -> dict[str, object]:
    return {
        "id": event_id,
        "kind": "visit",
        "sources": [{"article": a, "people": ["Marsudi"]} for a in articles],
    }


def _meeting(
    event_id: str, *articles: str, conflicts: list[str] | None = None
) -> dict[str, object]:
    return {
        "id": event_id,
        "kind": "meeting",
        "sources": [{"article": a, "people": ["Son"]} for a in articles],
        "conflicts": conflicts or [],
    }


def test_a_right_grouping_scores_one(tmp_path: pathlib.Path) -> None:
    folder = _write(
        tmp_path / "set",
        [
            _visit("may-visit", "a1_en_hanoi", "a2_id_hanoi"),
            _meeting("may-talks", "a1_en_hanoi", "a2_id_hanoi"),
            _visit("june-visit", "b1_en_hanoi_again"),
            _meeting("june-talks", "b1_en_hanoi_again"),
        ],
    )
    score = evaluate_grouping(folder)
    assert (score.items, score.true_pairs, score.found_pairs, score.correct_pairs) == (6, 2, 2, 2)
    assert (score.precision, score.recall, score.unmatched) == (1.0, 1.0, ())
    assert (score.split, score.merged) == ((), ())


def test_a_grouping_that_keeps_apart_what_was_written_together_loses_recall(
    tmp_path: pathlib.Path,
) -> None:
    # Written as one visit told by all three articles: the June trip is kept apart, so two of
    # the three written pairs are missed, and no pair put together is wrong.
    folder = _write(
        tmp_path / "set",
        [_visit("one-visit", "a1_en_hanoi", "a2_id_hanoi", "b1_en_hanoi_again")],
    )
    score = evaluate_grouping(folder)
    assert (score.true_pairs, score.found_pairs, score.correct_pairs) == (3, 1, 1)
    assert score.precision == 1.0
    assert score.recall == pytest.approx(1 / 3)
    assert score.split == ("one-visit in 2 events",)


def test_a_grouping_that_joins_what_was_written_apart_loses_precision(
    tmp_path: pathlib.Path,
) -> None:
    folder = _write(
        tmp_path / "set",
        [_visit("v1", "a1_en_hanoi"), _visit("v2", "a2_id_hanoi")],
    )
    score = evaluate_grouping(folder)
    assert (score.true_pairs, score.found_pairs, score.correct_pairs) == (0, 1, 0)
    assert (score.precision, score.recall) == (0.0, 1.0)
    assert len(score.merged) == 1
    assert score.merged[0].endswith("holds v1, v2")


def test_a_written_conflict_the_event_does_not_show_is_listed(tmp_path: pathlib.Path) -> None:
    # The two articles agree on the day of the talks, so no conflict can be shown.
    folder = _write(
        tmp_path / "set",
        [_meeting("may-talks", "a1_en_hanoi", "a2_id_hanoi", conflicts=["start"])],
    )
    score = evaluate_grouping(folder)
    assert (score.conflicts, score.missing_conflicts) == (1, ("may-talks: start",))


def test_a_source_the_parse_has_no_record_for_is_counted_apart(tmp_path: pathlib.Path) -> None:
    folder = _write(
        tmp_path / "set",
        [
            {
                "id": "mou",
                "kind": "agreement",
                "sources": [{"article": "a1_en_hanoi", "agreement_kind": "mou"}],
            }
        ],
    )
    score = evaluate_grouping(folder)
    assert (score.items, score.unmatched) == (0, ("mou: a1_en_hanoi",))
    assert (score.precision, score.recall) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([{"id": "x", "kind": "trip", "sources": [{"article": "a1_en_hanoi"}]}], "unknown kind"),
        ([{"id": "x", "kind": "visit", "sources": []}], "'sources' must be a non-empty list"),
        (
            [{"id": "x", "kind": "visit", "sources": [{"article": "nope", "people": ["A"]}]}],
            "no article 'nope'",
        ),
        (
            [{"id": "x", "kind": "visit", "sources": [{"article": "a1_en_hanoi"}]}],
            "a visit source needs 'people'",
        ),
        (
            [{"id": "x", "kind": "target", "sources": [{"article": "a1_en_hanoi"}]}],
            "a target source needs 'metric'",
        ),
        ([_visit("x", "a1_en_hanoi"), _visit("x", "a2_id_hanoi")], "the id 'x' is used twice"),
    ],
)
def test_a_malformed_set_names_its_fault(
    tmp_path: pathlib.Path, events: list[dict[str, object]], message: str
) -> None:
    folder = _write(tmp_path / "set", events)
    with pytest.raises(InputError, match=message):
        load_set(folder)


def test_an_article_without_its_meta_is_refused(tmp_path: pathlib.Path) -> None:
    folder = _write(tmp_path / "set", [_visit("v", "a1_en_hanoi")])
    (folder / "a2_id_hanoi.meta.json").unlink()
    with pytest.raises(InputError, match="no a2_id_hanoi.meta.json beside it"):
        load_set(folder)


def test_the_command_prints_the_scores(tmp_path: pathlib.Path) -> None:
    folder = _write(
        tmp_path / "set",
        [_visit("may-visit", "a1_en_hanoi", "a2_id_hanoi"), _visit("june", "b1_en_hanoi_again")],
    )
    out = subprocess.run(
        [sys.executable, "-m", "bilateral", "corpus", "evaluate", str(folder), "-f", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out)
    assert (data["precision"], data["recall"], data["items"], data["events"]) == (1.0, 1.0, 3, 2)
