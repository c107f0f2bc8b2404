"""The Dask recipe of the scaling guide, run on Dask's local scheduler over the development set."""

import json
import pathlib

import dask
import dask.bag as db

import bilateral
from bilateral.batch import parse_many

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
