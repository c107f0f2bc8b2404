import json
import pathlib

import pytest

from bilateral.cli import main

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"
FOUNDING = SEEDS / "000_id_larijani-pakistan.txt"


class TestParse:
    def test_parse_json(self, capsys):
        """`parse FILE` prints one report document."""
        assert main(["parse", str(FOUNDING), "--published", "2025-11-26"]) == 0
        document = json.loads(capsys.readouterr().out)

        assert (
            document["schema"],
            len(document["officials"]),
            document["article"]["published"],
        ) == ("bilateral/1", 5, "2025-11-26")

    def test_parse_jsonl_folder(self, capsys, tmp_path):
        """`parse DIR --format jsonl` prints one line per article, naming its source."""
        (tmp_path / "a.txt").write_text(
            "Menlu Retno Marsudi tiba di Kuala Lumpur.", encoding="utf-8"
        )
        (tmp_path / "b.txt").write_text("The minister arrived in Hanoi.", encoding="utf-8")

        assert main(["parse", str(tmp_path), "--format", "jsonl"]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

        assert [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")] == [
            line["source"] for line in lines
        ]

    def test_several_files_need_jsonl(self, capsys, tmp_path):
        """Several articles with --format json is a clear error."""
        (tmp_path / "a.txt").write_text("x", encoding="utf-8")
        (tmp_path / "b.txt").write_text("y", encoding="utf-8")

        files = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
        assert main(["parse", *files, "--format", "json"]) == 1
        assert "need --format jsonl" in capsys.readouterr().err

    def test_several_files_piped_are_jsonl(self, capsys, tmp_path):
        """Without --format, several articles into a pipe give one JSON line each."""
        (tmp_path / "a.txt").write_text("x", encoding="utf-8")
        (tmp_path / "b.txt").write_text("y", encoding="utf-8")

        assert main(["parse", str(tmp_path)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(line)["source"] for line in lines] == [
            str(tmp_path / "a.txt"),
            str(tmp_path / "b.txt"),
        ]

    def test_missing_file(self, capsys):
        """A missing file is exit status 1 and one line on standard error."""
        assert main(["parse", "no/such/file.txt"]) == 1
        assert (
            capsys.readouterr().err
            == "bilateral: error: no/such/file.txt: no such file or folder\n"
        )

    def test_undecodable_file(self, capsys, tmp_path):
        """Bytes that are not UTF-8 are refused with the offset of the first bad byte."""
        path = tmp_path / "latin.txt"
        path.write_bytes("Menteri tiba di Bogotá".encode("latin-1"))

        assert main(["parse", str(path)]) == 1
        assert "not valid utf-8 at byte 21" in capsys.readouterr().err

    def test_bad_date(self, capsys):
        """A bad --published is exit status 1."""
        assert main(["parse", str(FOUNDING), "--published", "26/11/2025"]) == 1
        assert "not a date" in capsys.readouterr().err

    def test_unknown_language(self, capsys):
        """An unknown --language is a usage error (exit status 2) listing the choices."""
        with pytest.raises(SystemExit) as info:
            main(["parse", str(FOUNDING), "--language", "fr"])

        assert info.value.code == 2
        assert "invalid choice: 'fr'" in capsys.readouterr().err


class TestOtherCommands:
    def test_schema(self, capsys):
        """`schema` prints the JSON Schema."""
        assert main(["schema"]) == 0

        assert (
            json.loads(capsys.readouterr().out)["title"]
            == "bilateral report document (bilateral/1)"
        )

    def test_validate(self, capsys, tmp_path):
        """`validate` accepts a good document and names the path of a bad one."""
        main(["parse", str(FOUNDING), "--published", "2025-11-26"])
        good = tmp_path / "good.json"
        good.write_text(capsys.readouterr().out, encoding="utf-8")
        document = json.loads(good.read_text(encoding="utf-8"))
        document["visits"][0]["visitor"] = "o99"
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(document), encoding="utf-8")

        assert main(["validate", str(good), str(bad)]) == 1
        out = capsys.readouterr()
        assert (
            f"{good}: valid bilateral/1 report (5 officials, 1 visits, 3 meetings, 2 agreements, 1 targets, 2 statements)\n"
            == out.out
        )
        assert (
            f"{bad}: invalid: $.visits[0].visitor: refers to official 'o99', which the report lacks\n"
            == out.err
        )

    def test_evaluate(self, capsys):
        """`evaluate` prints a score table; the founding article scores 1.0 everywhere."""
        assert main(["evaluate", str(FOUNDING)]) == 0
        out = capsys.readouterr().out

        assert "officials     1.000  1.000  1.000  (5/5/5)" in out
        assert "targets       1.000  1.000  1.000  (1/1/1)" in out

    def test_languages(self, capsys):
        """`languages` lists the shipped lexicons."""
        assert main(["languages"]) == 0

        assert capsys.readouterr().out == "en\tEnglish\nid\tIndonesian\nms\tMalay\n"


class TestExports:
    def test_csv_folder(self, tmp_path):
        """`--format csv -o DIR` writes the tables, and they read back to the same reports."""
        from bilateral.serialise.tables import read_tables

        out = tmp_path / "tables"

        assert 0 == main(
            [
                "parse",
                str(FOUNDING),
                str(FOUNDING.with_name("009_en_tinubu-lula-brasilia.txt")),
                "--format",
                "csv",
                "-o",
                str(out),
                "--workers",
                "1",
            ]
        )
        reports = read_tables(out)
        assert [5, 4] == [len(r.officials) for r in reports]

    def test_csv_needs_output(self, capsys):
        """CSV tables need a folder."""
        assert 1 == main(["parse", str(FOUNDING), "--format", "csv"])
        assert "--format csv writes a folder of tables" in capsys.readouterr().err

    def test_cameo_rows(self, capsys):
        """`--format cameo` prints CAMEO rows with a GDELT-style header, naming the source."""
        assert 0 == main(
            [
                "parse",
                str(FOUNDING),
                "--format",
                "cameo",
                "--published",
                "2025-11-26",
                "--workers",
                "1",
            ]
        )
        lines = capsys.readouterr().out.splitlines()
        header = lines[0].split("\t")

        assert "EventCode" in header
        codes = sorted(line.split("\t")[header.index("EventCode")] for line in lines[1:])
        assert ["030", "030", "0311", "040", "040", "040", "042", "043"] == codes

    def test_plover_records(self, capsys):
        """`--format plover` prints one JSON record per event."""
        assert 0 == main(
            [
                "parse",
                str(FOUNDING),
                "--format",
                "plover",
                "--published",
                "2025-11-26",
                "--workers",
                "1",
            ]
        )
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

        assert 7 == len(records)

    def test_json_to_file(self, tmp_path):
        """`--format json -o FILE` writes the document to the file."""
        out = tmp_path / "report.json"

        assert 0 == main(["parse", str(FOUNDING), "-o", str(out), "--published", "2025-11-26"])
        assert "bilateral/1" == json.loads(out.read_text(encoding="utf-8"))["schema"]
