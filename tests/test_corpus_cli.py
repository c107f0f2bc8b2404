"""The `bilateral corpus` commands, from parsed seeds to events and a panel."""

import csv
import io
import json
import pathlib

import pytest

from bilateral.cli import main

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def reports_file(tmp_path_factory):
    """The seeds parsed to JSON Lines by `bilateral parse`."""
    path = tmp_path_factory.mktemp("corpus") / "seeds.jsonl"
    assert 0 == main(["parse", str(SEEDS), "--format", "jsonl", "-o", str(path), "-w", "1"])
    return path


@pytest.fixture
def db(tmp_path, reports_file, capsys):
    path = tmp_path / "corpus.sqlite"
    assert 0 == main(["corpus", "ingest", str(reports_file), "--db", str(path)])
    capsys.readouterr()
    return path


class TestCorpusCommands:
    def test_ingest_twice(self, db, reports_file, capsys):
        """Ingesting the same file again adds nothing."""
        assert 0 == main(["corpus", "ingest", str(reports_file), "--db", str(db)])

        assert "0 articles added, 37 already stored; 37 articles" in capsys.readouterr().err

    def test_events_jsonl(self, db, capsys):
        """`events --kind visit --pair` prints that dyad's visits as JSON lines."""
        assert 0 == main(
            ["corpus", "events", "--db", str(db), "--kind", "visit", "--pair", "pak,chn"]
        )
        assert 0 == main(
            [
                *("corpus", "events", "--db", str(db), "--kind", "visit", "--pair", "PAK,CHN"),
                *("--since", "2020-01-01", "--format", "jsonl"),
            ]
        )

        summary, jsonl = capsys.readouterr().out.split("\n", 1)
        events = [json.loads(line) for line in jsonl.splitlines()]
        assert [("visit", "PAK", "CHN", "2024-06-04")] == [
            (e["kind"], e["origin"], e["destination"], e["start"]) for e in events
        ]
        assert summary.startswith("2024-06-04  visit      PAK>CHN")

    def test_events_csv(self, db, capsys):
        """`events --format csv` has a header and one row per event."""
        assert 0 == main(["corpus", "events", "--db", str(db), "--country", "MYS", "-f", "csv"])

        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert rows
        assert all("MYS" in row["countries"].split(";") for row in rows)

    def test_panel_csv(self, db, capsys):
        """`panel --format csv` gives one row per dyad-year, with state codes."""
        assert 0 == main(["corpus", "panel", "--db", str(db), "--format", "csv"])

        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        by_dyad = {(r["year"], r["a"], r["b"]): r for r in rows}
        assert ("710", "770", "1") == tuple(
            by_dyad["2024", "CHN", "PAK"][c] for c in ("a_cow", "b_gw", "visits_head")
        )
        assert len(by_dyad) == len(rows)

    def test_panel_years(self, db, capsys):
        """`panel --years` gives every dyad a row for each year of the range."""
        assert 0 == main(["corpus", "panel", "--db", str(db), "--years", "2020-2026"])

        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        dyads = {(r["a"], r["b"]) for r in rows}
        assert len(rows) == 7 * len(dyads)
        assert {r["year"] for r in rows} == {str(y) for y in range(2020, 2027)}

    def test_panel_years_must_be_a_range(self, db, capsys):
        """A range that is not FIRST-LAST is refused by the argument parser."""
        with pytest.raises(SystemExit):
            main(["corpus", "panel", "--db", str(db), "--years", "2026-2020"])

        assert "not a range of years" in capsys.readouterr().err

    def test_parquet_needs_output(self, db, capsys):
        """Parquet to standard output is one clear line."""
        assert 1 == main(["corpus", "panel", "--db", str(db), "--format", "parquet"])

        assert "needs --output FILE" in capsys.readouterr().err

    def test_missing_input(self, tmp_path, capsys):
        """A missing reports file is exit status 1 and one line on standard error."""
        db = tmp_path / "c.sqlite"
        assert 1 == main(["corpus", "ingest", str(tmp_path / "nope.jsonl"), "--db", str(db)])

        assert "no such file or folder" in capsys.readouterr().err
