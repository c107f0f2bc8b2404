"""Tests for the Correlates of War and Gleditsch-Ward code table and its generator."""

from __future__ import annotations

import importlib.resources
import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

from bilateral import _systems
from bilateral.errors import LexiconError, UnknownCodeError

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATOR_PATH = REPO_ROOT / "tools" / "generate_systems.py"
HEADER = "alpha_3\tscheme\tcode\tabbreviation\tstart\tend"


def table_text() -> str:
    return (
        importlib.resources.files("bilateral").joinpath("_data", "systems.tsv").read_text("utf-8")
    )


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_systems", GENERATOR_PATH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class TestDataFile:
    def test_parses(self):
        """The committed table passes every check the loader makes."""
        _systems.clear_cache()

        table = _systems._table()

        assert len(table) > 300

    def test_header_and_credit(self):
        """The file names its sources before the column header."""
        lines = table_text().splitlines()
        comments = [line for line in lines if line.startswith("#")]

        assert HEADER == next(line for line in lines if not line.startswith("#"))
        assert any("Correlates of War" in line and "v2016" in line for line in comments)
        assert any("Gleditsch and Ward. 1999" in line for line in comments)

    def test_every_line_has_six_tab_separated_fields(self):
        """Each data line has exactly the six columns, with no stray whitespace."""
        lines = [line for line in table_text().splitlines() if not line.startswith("#")]

        assert {6} == {len(line.split("\t")) for line in lines}
        assert [] == [line for line in lines if line != line.strip(" ")]

    def test_countries_of_today(self):
        """194 ISO countries have a COW number today, and the same countries a G&W number."""
        cow = {c.alpha_3 for c in pycountry.countries if _systems.cow_code(c.alpha_3)}
        gw = {c.alpha_3 for c in pycountry.countries if _systems.gw_code(c.alpha_3)}

        assert 194 == len(cow)
        assert cow == gw

    @pytest.mark.parametrize(
        ("text", "problem"),
        [
            ("", "no header"),
            ("alpha_3\tscheme\n", "expected the header"),
            (HEADER + "\nXXX\tcow\t1\tABC\t2000-01-01\t\n", "not an ISO 3166-1"),
            (HEADER + "\nDEU\tpolity\t1\tABC\t2000-01-01\t\n", "scheme"),
            (HEADER + "\nDEU\tcow\tx\tABC\t2000-01-01\t\n", "whole number"),
            (HEADER + "\nDEU\tcow\t1\tab\t2000-01-01\t\n", "three capital letters"),
            (HEADER + "\nDEU\tcow\t1\tABC\t2000-13-01\t\n", "ISO 8601"),
            (HEADER + "\nDEU\tcow\t1\tABC\t2000-01-01\t1999-01-01\n", "before it starts"),
            (HEADER + "\nDEU\tcow\t1\tABC\t2000-01-01\n", "6 fields"),
            (
                HEADER + "\nDEU\tcow\t1\tABC\t2000-01-01\t\nDEU\tcow\t2\tABD\t2001-01-01\t\n",
                "overlap",
            ),
        ],
    )
    def test_malformed_table_is_refused(self, text, problem):
        """A broken table raises LexiconError naming the file and the problem."""
        with pytest.raises(LexiconError, match=problem) as info:
            _systems._parse(text)

        assert "systems.tsv" == info.value.file


class TestKnownValues:
    @pytest.mark.parametrize(
        ("alpha_3", "on", "cow", "gw"),
        [
            ("USA", None, 2, 2),
            ("GBR", None, 200, 200),
            ("IDN", None, 850, 850),
            ("PAK", None, 770, 770),
            ("IRN", None, 630, 630),
            ("MYS", None, 820, 820),
            ("IND", None, 750, 750),
            ("CHN", None, 710, 710),
            ("RUS", None, 365, 365),
            ("VNM", None, 816, 816),
            ("DEU", None, 255, 260),
            ("DEU", date(1970, 1, 1), 260, 260),
            ("DEU", date(1950, 1, 1), None, 260),
            ("DEU", date(1990, 10, 2), 260, 260),
            ("DEU", date(1990, 10, 3), 255, 260),
            ("YEM", None, 679, 678),
            ("YEM", date(1980, 1, 1), 678, 678),
            ("YEM", date(1990, 5, 22), 679, 678),
            ("SRB", None, 345, 340),
            ("SRB", date(2000, 1, 1), 345, 345),
            ("KIR", None, 946, 970),
            ("PSE", None, None, None),
            ("HKG", None, None, None),
            ("VAT", None, None, None),
            ("PAK", date(1946, 1, 1), None, None),
            ("IDN", date(1946, 1, 1), None, 850),
        ],
    )
    def test_codes(self, alpha_3, on, cow, gw):
        """Codes match the published COW v2016 and Gleditsch-Ward lists on the given day."""
        actual = (_systems.cow_code(alpha_3, on), _systems.gw_code(alpha_3, on))

        assert (cow, gw) == actual

    @pytest.mark.parametrize(
        ("alpha_3", "on", "expected"),
        [
            ("GBR", None, "UKG"),
            ("IDN", None, "INS"),
            ("DEU", date(1970, 1, 1), "GFR"),
            ("DEU", None, "GMY"),
            ("YEM", date(1980, 1, 1), "YAR"),
            ("PSE", None, None),
        ],
    )
    def test_cow_abbreviation(self, alpha_3, on, expected):
        """The COW abbreviation follows the code that applies on the day."""
        assert expected == _systems.cow_abbreviation(alpha_3, on)

    @pytest.mark.parametrize("code", ["XXX", "deu", "DE", "", 276])
    def test_unknown_country_raises(self, code):
        """A value that is not an ISO alpha-3 code raises UnknownCodeError instead of None."""
        with pytest.raises(UnknownCodeError):
            _systems.cow_code(code)


# Facts from the published lists, in their formats, for three countries whose numbers changed.
COW_CSV = """stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version
USA,2,United States of America,1816,1,1,2016,12,31,2016
GMY,255,Germany,1816,1,1,1945,5,8,2016
GMY,255,Germany,1990,10,3,2016,12,31,2016
GFR,260,German Federal Republic,1955,5,5,1990,10,2,2016
GDR,265,German Democratic Republic,1954,3,25,1990,10,2,2016
YUG,345,Yugoslavia,1878,7,13,1941,4,20,2016
YUG,345,Yugoslavia,1944,10,20,2016,12,31,2016
YAR,678,Yemen Arab Republic,1926,9,2,1990,5,21,2016
YEM,679,Yemen,1990,5,22,2016,12,31,2016
YPR,680,Yemen People's Republic,1967,11,30,1990,5,21,2016
"""
GW_DAT = """2\tUSA\tUnited States of America\t01:01:1816\t31:12:2020
255\tGMY\tGermany (Prussia)\t01:01:1816\t07:05:1945
260\tGFR\tGerman Federal Republic\t21:09:1949\t31:12:2020
265\tGDR\tGerman Democratic Republic\t05:10:1949\t02:10:1990
340\tSER\tSerbia\t13:07:1878\t01:10:1915
340\tSER\tSerbia\t05:06:2006\t31:12:2020
345\tYUG\tYugoslavia\t01:12:1918\t04:06:2006
678\tYEM\tYemen (Arab Republic of Yemen)\t30:10:1918\t31:12:2020
680\tYPR\tYemen, People's Republic of\t30:11:1967\t21:05:1990
"""


class TestGenerator:
    def test_committed_lines_match_a_fresh_generation(self, tmp_path):
        """For Germany, Yemen and Serbia, the generator gives exactly the committed lines."""
        generator = load_generator()
        (tmp_path / "states2016.csv").write_text(COW_CSV, encoding="utf-8")
        (tmp_path / "iisystem.dat").write_text(GW_DAT, encoding="latin-1")
        cow = generator.read_cow(tmp_path / "states2016.csv")
        gw = generator.read_gw([tmp_path / "iisystem.dat"])
        countries = {"DEU", "YEM", "SRB"}
        lines = sorted(
            [*generator.build("cow", cow, countries), *generator.build("gw", gw, countries)]
        )
        committed = [
            line
            for line in table_text().splitlines()
            if line.split("\t")[0] in countries and not line.startswith("#")
        ]

        assert committed == [line.render() for line in lines]

    def test_absorbed_states_are_left_out(self, tmp_path):
        """East Germany and South Yemen are not mapped to any ISO country."""
        generator = load_generator()
        (tmp_path / "states2016.csv").write_text(COW_CSV, encoding="utf-8")
        cow = generator.read_cow(tmp_path / "states2016.csv")

        codes = {line.code for line in generator.build("cow", cow, {"DEU", "YEM"})}

        assert {255, 260, 678, 679} == codes

    def test_unknown_ongoing_state_stops_generation(self, tmp_path):
        """A state still a member at the end of a list that nothing maps to is an error."""
        generator = load_generator()
        (tmp_path / "states2016.csv").write_text(
            COW_CSV + "XYZ,999,Nowhere,2010,1,1,2016,12,31,2016\n", encoding="utf-8"
        )
        cow = generator.read_cow(tmp_path / "states2016.csv")

        assert [999] == [s.code for s in generator.unmapped("cow", cow) if s.code == 999]
        with pytest.raises(SystemExit, match="999"):
            generator.generate(cow, [])

    def test_mapped_code_missing_from_the_list_is_an_error(self, tmp_path):
        """A mapping to a number the list lacks stops the script rather than dropping a country."""
        generator = load_generator()
        (tmp_path / "states2016.csv").write_text(COW_CSV, encoding="utf-8")
        cow = generator.read_cow(tmp_path / "states2016.csv")

        with pytest.raises(SystemExit, match="IDN maps to 850"):
            generator.build("cow", cow, {"IDN"})
