import csv
import datetime as dt
import subprocess
import sys
import tempfile
from decimal import Decimal

import pandas as pd
import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import (
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    Money,
    Office,
    Official,
    Organisation,
    PartialDate,
    Period,
    Report,
    StatementKind,
    Target,
    TargetMetric,
    Visit,
)
from bilateral import strategies as bs
from bilateral.serialise.frames import to_dataframes
from bilateral.serialise.tables import TABLES, write_tables

CORPORA = st.lists(bs.reports(max_records=2), max_size=3)

# A corpus costs several reports: a quarter of the profile's examples keeps the suite fast,
# and the "ci" profile still runs more of them.
CORPUS_SETTINGS = settings(max_examples=max(10, settings().max_examples // 4))

INT, STR, CAT, CODE = "int64", "string", "category", "Int64"

DTYPES = {
    "articles": {
        "report": INT,
        "language": CAT,
        "published": "datetime64[s]",
        "title": STR,
        "url": STR,
        "outlet": STR,
        "empty_fields": STR,
        "text": STR,
    },
    "officials": {"report": INT, "official": STR, "name": STR},
    "official_honorifics": {"report": INT, "official": STR, "position": INT, "honorific": STR},
    "official_aliases": {"report": INT, "official": STR, "position": INT, "alias": STR},
    "roles": {
        "report": INT,
        "official": STR,
        "position": INT,
        "office": CAT,
        "title": STR,
        "party": STR,
        "party_cow": CODE,
        "party_gw": CODE,
    },
    "visits": {
        "report": INT,
        "visit": STR,
        "visitor": STR,
        "origin": STR,
        "origin_cow": CODE,
        "origin_gw": CODE,
        "destination": STR,
        "destination_cow": CODE,
        "destination_gw": CODE,
        "start": STR,
        "end": STR,
    },
    "visit_places": {
        "report": INT,
        "visit": STR,
        "position": INT,
        "name": STR,
        "country": STR,
        "country_cow": CODE,
        "country_gw": CODE,
    },
    "meetings": {
        "report": INT,
        "meeting": STR,
        "date": STR,
        "place_name": STR,
        "place_country": STR,
        "place_country_cow": CODE,
        "place_country_gw": CODE,
        "visit": STR,
    },
    "meeting_participants": {"report": INT, "meeting": STR, "position": INT, "official": STR},
    "meeting_topics": {"report": INT, "meeting": STR, "position": INT, "topic": STR},
    "agreements": {
        "report": INT,
        "agreement": STR,
        "kind": CAT,
        "status": CAT,
        "date": STR,
        "subject": STR,
        "count": INT,
    },
    "agreement_parties": {
        "report": INT,
        "agreement": STR,
        "position": INT,
        "party": STR,
        "party_cow": CODE,
        "party_gw": CODE,
    },
    "agreement_signatories": {"report": INT, "agreement": STR, "position": INT, "official": STR},
    "agreement_points": {"report": INT, "agreement": STR, "position": INT, "point": STR},
    "targets": {
        "report": INT,
        "target": STR,
        "metric": CAT,
        "amount_value": STR,
        "amount_currency": STR,
        "amount_unit": STR,
        "period": CAT,
        "deadline": STR,
        "baseline_value": STR,
        "baseline_currency": STR,
        "baseline_unit": STR,
        "stated_by": STR,
    },
    "target_parties": {
        "report": INT,
        "target": STR,
        "position": INT,
        "party": STR,
        "party_cow": CODE,
        "party_gw": CODE,
    },
    "statements": {
        "report": INT,
        "statement": STR,
        "speaker": STR,
        "kind": CAT,
        "text": STR,
        "date": STR,
    },
    "evidence": {"report": INT, "record": STR, "position": INT, "start": INT, "end": INT},
}


def _dtypes(frames):
    return {name: frame.dtypes.astype(str).to_dict() for name, frame in frames.items()}


def _csv_cell(value):
    """The CSV cell a data frame value stands for."""
    if value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


class TestDtypes:
    def test_empty_corpus(self):
        """No reports give every table, with its columns and dtypes and no rows."""
        frames = to_dataframes([])

        assert (DTYPES, dict.fromkeys(TABLES, 0)) == (
            _dtypes(frames),
            {name: len(frame) for name, frame in frames.items()},
        )

    @CORPUS_SETTINGS
    @given(CORPORA)
    def test_dtypes_do_not_depend_on_data(self, reports):
        """Every corpus gives the same columns and dtypes."""
        assert DTYPES == _dtypes(to_dataframes(reports))

    @pytest.mark.parametrize(
        ("table", "column", "vocabulary"),
        [
            ("roles", "office", Office),
            ("agreements", "kind", AgreementKind),
            ("agreements", "status", AgreementStatus),
            ("targets", "metric", TargetMetric),
            ("targets", "period", Period),
            ("statements", "kind", StatementKind),
        ],
    )
    def test_categories_are_vocabularies(self, table, column, vocabulary):
        """A vocabulary column's categories are all the values of its enum, in order."""
        categories = to_dataframes([])[table][column].cat.categories

        assert [member.value for member in vocabulary] == list(categories)

    def test_language_categories(self):
        """The language categories are every ISO 639-1 code, then "und"."""
        codes = sorted(x.alpha_2 for x in pycountry.languages if hasattr(x, "alpha_2"))
        categories = to_dataframes([])["articles"]["language"].cat.categories

        assert [*codes, "und"] == list(categories)

    def test_values(self):
        """Dates, amounts and missing values have the documented types."""
        report = Report(
            article=Article(text="x", language="en", published=dt.date(1, 1, 1)),
            targets=[
                Target(
                    id="t1",
                    metric=TargetMetric.INVESTMENT,
                    amount=Money(value=Decimal("123456789012345678.0001"), currency="USD"),
                )
            ],
        )
        frames = to_dataframes([report, Report(article=Article(text="", language="und"))])
        articles, targets = frames["articles"], frames["targets"]

        assert (
            pd.Timestamp("0001-01-01"),
            True,
            "123456789012345678.0001",
            True,
            "investment",
            "none",
        ) == (
            articles["published"][0],
            articles["published"][1] is pd.NaT,
            targets["amount_value"][0],
            targets["baseline_value"][0] is pd.NA,
            targets["metric"][0],
            targets["period"][0],
        )

    def test_state_numbers(self):
        """State numbers are nullable integers: pd.NA for an organisation or no number."""
        report = Report(
            article=Article(text="", language="en"),
            officials=[Official(id="o1", name="Sugiono")],
            visits=[
                Visit(
                    id="v1",
                    visitor="o1",
                    origin=Country("IRN"),
                    destination=Country("PAK"),
                    start=PartialDate(2025),
                ),
                Visit(
                    id="v2",
                    visitor="o1",
                    origin=Organisation("ASEAN"),
                    destination=Country("DEU"),
                    start=dt.date(1950, 1, 1),
                ),
            ],
        )
        visits = to_dataframes([report])["visits"]
        columns = ["origin_cow", "origin_gw", "destination_cow", "destination_gw"]

        assert [[630, 630, 770, 770], [pd.NA, pd.NA, pd.NA, 260]] == [
            list(row) for row in visits[columns].itertuples(index=False)
        ]

    def test_frames_concatenate(self):
        """Frames of two corpora concatenate without losing their categorical dtypes."""
        first = to_dataframes([Report(article=Article(text="", language="en"))])
        second = to_dataframes([Report(article=Article(text="", language="id"))])
        both = pd.concat([first["articles"], second["articles"]], ignore_index=True)

        assert ("category", ["en", "id"]) == (str(both["language"].dtype), list(both["language"]))


class TestContent:
    @CORPUS_SETTINGS
    @given(CORPORA)
    def test_same_rows_as_csv(self, reports):
        """Each frame holds the rows of its CSV table, cell for cell."""
        with tempfile.TemporaryDirectory() as folder:
            paths = write_tables(reports, folder)
            tables = {}
            for name, path in paths.items():
                with path.open(encoding="utf-8", newline="") as handle:
                    tables[name] = list(csv.reader(handle))[1:]
        frames = to_dataframes(reports)

        actual = {
            name: [[_csv_cell(value) for value in row] for row in frame.itertuples(index=False)]
            for name, frame in frames.items()
        }

        assert tables == actual

    def test_not_a_report(self):
        """An item that is not a report is a TypeError naming its position."""
        with pytest.raises(TypeError, match=r"^item 0: expected Report, got dict$"):
            to_dataframes([{}])


class TestOptional:
    def test_missing_pandas(self, monkeypatch):
        """Without pandas, to_dataframes raises ImportError saying how to install it."""
        monkeypatch.setitem(sys.modules, "pandas", None)

        with pytest.raises(ImportError) as info:
            to_dataframes([])

        assert (
            "bilateral.serialise.frames needs pandas; install it with "
            "pip install 'bilateral[pandas]'"
        ) == str(info.value)

    def test_import_does_not_import_pandas(self):
        """Importing bilateral and its serialisers does not import pandas."""
        code = (
            "import sys, bilateral, bilateral.serialise.frames, bilateral.serialise.tables, "
            "bilateral.serialise.jsonl; print('pandas' in sys.modules)"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )

        assert "False\n" == result.stdout
