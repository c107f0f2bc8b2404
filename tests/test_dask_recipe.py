"""The Dask recipe of the scaling guide, run on Dask's local scheduler over the development set."""

import json
import pathlib

import dask
import dask.bag as db

import bilateral
from bilateral.batch import parse_many
from bilateral.corpus import EVENT_COLUMNS, consolidate, dyads, event_row

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"


def _parse_file(path: str) -> str:
    text = pathlib.Path(path).read_text(encoding="utf-8")
    report = bilateral.parse(text)
    return json.dumps(
        {"source": path, "report": json.loads(bilateral.to_json(report))}, ensure_ascii=False
    )


class TestDaskRecipe:
    def test_same_as_parse_many(self, tmp_path):
        """A dask.bag mapped through parse writes the same reports as parse_many, as JSON Lines."""
        paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
        bag = db.from_sequence(paths, npartitions=4).map(_parse_file)
        with dask.config.set(scheduler="processes", num_workers=2):
            bag.to_textfiles(str(tmp_path / "part-*.jsonl"))
        lines = [
            json.loads(line)
            for part in sorted(tmp_path.glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()
        ]
        expected = {
            r.source: r.report
            for r in parse_many(
                ((p, pathlib.Path(p).read_text(encoding="utf-8")) for p in paths), workers=2
            )
        }

        assert sorted(expected) == [line["source"] for line in lines]
        assert [expected[line["source"]] for line in lines] == [
            bilateral.from_dict(line["report"], bilateral.Report) for line in lines
        ]


def _read_line(line: str) -> bilateral.Report:
    return bilateral.from_dict(json.loads(line)["report"], bilateral.Report)


def _events_of(group):
    countries, reports = group
    return [event_row(e) for e in consolidate(reports).events if e.countries == countries]


class TestDaskEvents:
    def test_events_as_parquet_are_those_of_the_whole_corpus(self, tmp_path):
        """The guide's consolidation step: per set of countries, written as Parquet."""
        import pandas as pd

        lines = [
            json.dumps({"source": r.source, "report": json.loads(bilateral.to_json(r.report))})
            for r in parse_many(
                ((str(p), p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))),
                workers=1,
            )
        ]
        (tmp_path / "reports").mkdir()
        for i in range(3):
            part = tmp_path / "reports" / f"part-{i}.jsonl"
            part.write_text("\n".join(lines[i::3]) + "\n", encoding="utf-8")
        reports = db.read_text(str(tmp_path / "reports" / "part-*.jsonl")).map(_read_line)
        pairs = reports.map(lambda r: [(d, r) for d in dyads(r)]).flatten()
        groups = pairs.foldby(
            lambda p: p[0], lambda acc, p: [*acc, p[1]], [], lambda a, b: a + b, []
        )
        meta = pd.DataFrame({c: pd.Series(dtype="string") for c in EVENT_COLUMNS})
        with dask.config.set(scheduler="processes", num_workers=2):
            groups.map(_events_of).flatten().to_dataframe(meta=meta).to_parquet(
                str(tmp_path / "events")
            )
        written = pd.read_parquet(tmp_path / "events").astype(object)
        written = written.where(written.notna(), None)
        whole = consolidate(_read_line(line) for line in lines).events
        assert len(whole) > 50
        got = sorted(tuple(row) for row in written[list(EVENT_COLUMNS)].itertuples(index=False))
        want = sorted(tuple(event_row(e)[c] for c in EVENT_COLUMNS) for e in whole)
        assert got == want
