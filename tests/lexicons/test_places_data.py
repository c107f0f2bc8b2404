"""Tests of the committed city gazetteer ``src/bilateral/lexicons/places.tsv``."""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PLACES_PATH = REPO_ROOT / "src" / "bilateral" / "lexicons" / "places.tsv"
GENERATOR_PATH = REPO_ROOT / "tools" / "generate_places.py"
COLUMNS = [
    "geonameid",
    "name",
    "country",
    "population",
    "latitude",
    "longitude",
    "capital",
    "alternates",
]

# Main names that GeoNames gives to two selected cities.  Main names are never
# dropped, so these are the only name forms allowed to belong to two cities;
# a recogniser has to disambiguate them (e.g. by population or country).
SHARED_MAIN_NAMES = {
    "Baoshan",
    "Barcelona",
    "Changsha",
    "Changzhi",
    "Córdoba",
    "Fuzhou",
    "Gorakhpur",
    "Hamilton",
    "Hyderabad",
    "Kingston",
    "Kochi",
    "London",
    "Mérida",
    "Newcastle",
    "Puyang",
    "Sahiwal",
    "Suzhou",
    "Taizhou",
    "Valencia",
    "Victoria",
}


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_places", GENERATOR_PATH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up in sys.modules while the class is built.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def _read_rows() -> list[dict[str, str]]:
    with PLACES_PATH.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, fieldnames=COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE)
    return list(reader)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return _read_rows()


def _forms(row: dict[str, str]) -> list[str]:
    return [row["name"], *(alt for alt in row["alternates"].split("|") if alt)]


class TestPlacesData:
    def test_committed_file_matches_generator(self) -> None:
        """The committed places.tsv is exactly what tools/generate_places.py renders."""
        generator = _load_generator()
        expected = generator.render()
        actual = PLACES_PATH.read_bytes().decode("utf-8")
        assert expected == actual

    def test_every_row_has_eight_columns(self, rows: list[dict[str, str]]) -> None:
        """Every data line has exactly the eight documented tab-separated columns."""
        expected: list[dict[str, str]] = []
        actual = [row for row in rows if None in row or None in row.values()]
        assert expected == actual

    @pytest.mark.parametrize(
        ("name", "country"),
        [
            ("Islamabad", "PAK"),
            ("Jakarta", "IDN"),
            ("Beijing", "CHN"),
            ("Tehran", "IRN"),
            ("Kuala Lumpur", "MYS"),
            ("Gaza", "PSE"),
        ],
    )
    def test_key_city_is_present(self, rows: list[dict[str, str]], name: str, country: str) -> None:
        """The city is listed once under its main name with the expected alpha-3 country."""
        expected = [country]
        actual = [row["country"] for row in rows if row["name"] == name]
        assert expected == actual

    def test_country_codes_are_iso_alpha3(self, rows: list[dict[str, str]]) -> None:
        """Every country column is an ISO 3166-1 alpha-3 code known to pycountry."""
        codes = {row["country"] for row in rows}
        expected: set[str] = set()
        unknown = {code for code in codes if pycountry.countries.get(alpha_3=code) is None}
        malformed = {code for code in codes if len(code) != 3 or not code.isupper()}
        assert expected == unknown
        assert expected == malformed

    def test_no_alternate_belongs_to_two_cities(self, rows: list[dict[str, str]]) -> None:
        """No alternate name is shared by two cities or equal to another city's main name."""
        owners: dict[str, set[str]] = defaultdict(set)
        alternates: set[str] = set()
        for row in rows:
            for form in _forms(row):
                owners[form].add(row["geonameid"])
            alternates.update(alt for alt in row["alternates"].split("|") if alt)
        expected: dict[str, set[str]] = {}
        actual = {form: ids for form, ids in owners.items() if form in alternates and len(ids) > 1}
        assert expected == actual

    def test_only_known_main_names_are_shared(self, rows: list[dict[str, str]]) -> None:
        """The only name forms that belong to two cities are the known shared main names."""
        owners: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            for form in _forms(row):
                owners[form].add(row["geonameid"])
        expected = SHARED_MAIN_NAMES
        actual = {form for form, ids in owners.items() if len(ids) > 1}
        assert expected == actual

    def test_names_are_unique_within_a_city(self, rows: list[dict[str, str]]) -> None:
        """No city lists the same name form twice."""
        expected: list[str] = []
        actual = [row["name"] for row in rows if len(_forms(row)) != len(set(_forms(row)))]
        assert expected == actual
