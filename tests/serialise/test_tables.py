import codecs
import csv
import datetime as dt
import re
import tempfile
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import (
    ORGANISATIONS,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    Evidence,
    FormatError,
    Meeting,
    Money,
    Office,
    Official,
    Organisation,
    PartialDate,
    Period,
    Place,
    Quantity,
    Report,
    Role,
    Statement,
    StatementKind,
    Target,
    TargetMetric,
    Visit,
)
from bilateral import strategies as bs
from bilateral.serialise.tables import TABLES, read_tables, write_tables

CORPORA = st.lists(bs.reports(max_records=2), max_size=3)

# A corpus costs several reports and eighteen files: a quarter of the profile's examples keeps
# the suite fast, and the "ci" profile still runs more of them.
CORPUS_SETTINGS = settings(max_examples=max(10, settings().max_examples // 4))

TEXT = "Menlu Sugiono bertemu Wang Yi di Beijing, 12 Mei 2025; mereka sepakat."


def _sample_report():
    return Report(
        article=Article(
            text=TEXT,
            language="id",
            title='Menlu: "Kita sepakat"',
            published=dt.date(2025, 5, 13),
            url="https://example.org/a?x=1,2",
        ),
        officials=[
            Official(
                id="o1",
                name="Sugiono",
                honorifics=["Bapak"],
                aliases=["Menlu", "Menteri Luar Negeri"],
                roles=[
                    Role(office=Office.FOREIGN_MINISTER, title="Menlu", party=Country("IDN")),
                    Role(office=Office.OTHER, title="Ketua, Gerindra"),
                ],
                evidence=[Evidence(0, 13)],
            ),
            Official(
                id="o2",
                name="Wang Yi",
                roles=[Role(office=Office.FOREIGN_MINISTER, title="Menlu", party=Country("CHN"))],
                evidence=[Evidence(22, 29)],
            ),
        ],
        visits=[
            Visit(
                id="v1",
                visitor="o1",
                origin=Country("IDN"),
                destination=Country("CHN"),
                places=[Place(name="Beijing", country=Country("CHN")), Place(name="Tianjin")],
                start=dt.date(2025, 5, 12),
                end=PartialDate(2025, 5),
            )
        ],
        meetings=[
            Meeting(
                id="m1",
                participants=["o1", "o2", "o1"],
                date=dt.date(2025, 5, 12),
                place=Place(name="Beijing", country=Country("CHN")),
                topics=["perdagangan", "Laut China Selatan"],
                visit="v1",
                evidence=[Evidence(0, 40), Evidence(42, 53)],
            ),
            Meeting(id="m2"),
        ],
        agreements=[
            Agreement(
                id="a1",
                kind=AgreementKind.CONSENSUS,
                status=AgreementStatus.AGREED,
                parties=[Country("IDN"), Country("CHN"), Organisation("ASEAN")],
                signatories=["o1"],
                points=["kerja sama, maritim"],
                count=2,
            )
        ],
        targets=[
            Target(
                id="t1",
                metric=TargetMetric.EXPORTS,
                amount=Quantity(value=Decimal("2.50"), unit="juta ton"),
                period=Period.PER_YEAR,
                deadline=PartialDate(2030),
                baseline=Money(value=Decimal("1E+10"), currency="USD"),
                parties=[Country("IDN")],
                stated_by="o2",
            )
        ],
        statements=[
            Statement(
                id="s1",
                text="Kami sepakat.\nItu saja.",
                kind=StatementKind.REPORTED,
                speaker="o1",
                date=PartialDate(2025, 5),
            )
        ],
    )


def _rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _write(reports, folder):
    return {name: _rows(path) for name, path in write_tables(reports, folder).items()}


class TestRows:
    @pytest.fixture
    def tables(self, tmp_path):
        return _write(
            [Report(article=Article(text="", language="und")), _sample_report()], tmp_path
        )

    def test_headers(self, tables):
        """Every table is written, in the documented order, with its documented header."""
        expected = {name: [list(columns)] for name, columns in TABLES.items()}

        assert expected == {name: rows[:1] for name, rows in tables.items()}

    def test_articles(self, tables):
        """An article is one row; a missing value is an empty cell."""
        expected = [
            ["0", "und", "", "", "", "", "", ""],
            [
                "1",
                "id",
                "2025-05-13",
                'Menlu: "Kita sepakat"',
                "https://example.org/a?x=1,2",
                "",
                "",
                TEXT,
            ],
        ]

        assert expected == tables["articles"][1:]

    def test_officials_and_roles(self, tables):
        """Officials have one row each, and each role one row with its position."""
        expected = (
            [["1", "o1", "Sugiono"], ["1", "o2", "Wang Yi"]],
            [["1", "o1", "0", "Bapak"]],
            [["1", "o1", "0", "Menlu"], ["1", "o1", "1", "Menteri Luar Negeri"]],
            [
                ["1", "o1", "0", "foreign_minister", "Menlu", "IDN", "850", "850"],
                ["1", "o1", "1", "other", "Ketua, Gerindra", "", "", ""],
                ["1", "o2", "0", "foreign_minister", "Menlu", "CHN", "710", "710"],
            ],
        )

        assert expected == tuple(
            tables[name][1:]
            for name in ("officials", "official_honorifics", "official_aliases", "roles")
        )

    def test_visits(self, tables):
        """A visit's dates keep their precision, and its places have their own rows."""
        expected = (
            [["1", "v1", "o1", "IDN", "850", "850", "CHN", "710", "710", "2025-05-12", "2025-05"]],
            [
                ["1", "v1", "0", "Beijing", "CHN", "710", "710"],
                ["1", "v1", "1", "Tianjin", "", "", ""],
            ],
        )

        assert expected == (tables["visits"][1:], tables["visit_places"][1:])

    def test_meetings(self, tables):
        """A meeting's place is two columns, and each participant and topic is a row."""
        expected = (
            [
                ["1", "m1", "2025-05-12", "Beijing", "CHN", "710", "710", "v1"],
                ["1", "m2", "", "", "", "", "", ""],
            ],
            [["1", "m1", "0", "o1"], ["1", "m1", "1", "o2"], ["1", "m1", "2", "o1"]],
            [["1", "m1", "0", "perdagangan"], ["1", "m1", "1", "Laut China Selatan"]],
        )

        assert expected == tuple(
            tables[name][1:] for name in ("meetings", "meeting_participants", "meeting_topics")
        )

    def test_agreements(self, tables):
        """An agreement's parties, signatories and points are rows of their own tables."""
        expected = (
            [["1", "a1", "consensus", "agreed", "", "", "2"]],
            [
                ["1", "a1", "0", "IDN", "850", "850"],
                ["1", "a1", "1", "CHN", "710", "710"],
                ["1", "a1", "2", "ASEAN", "", ""],
            ],
            [["1", "a1", "0", "o1"]],
            [["1", "a1", "0", "kerja sama, maritim"]],
        )

        assert expected == tuple(
            tables[name][1:]
            for name in (
                "agreements",
                "agreement_parties",
                "agreement_signatories",
                "agreement_points",
            )
        )

    def test_targets(self, tables):
        """Amounts are exact plain decimals, with a currency or a unit."""
        expected = (
            [
                [
                    *("1", "t1", "exports", "2.50", "", "juta ton", "per_year", "2030"),
                    *("10000000000", "USD", "", "o2"),
                ]
            ],
            [["1", "t1", "0", "IDN", "850", "850"]],
        )

        assert expected == (tables["targets"][1:], tables["target_parties"][1:])

    def test_statements_and_evidence(self, tables):
        """A statement keeps its line break, and each evidence span is a row of its record."""
        expected = (
            [["1", "s1", "o1", "reported", "Kami sepakat.\nItu saja.", "2025-05"]],
            [
                ["1", "o1", "0", "0", "13"],
                ["1", "o2", "0", "22", "29"],
                ["1", "m1", "0", "0", "40"],
                ["1", "m1", "1", "42", "53"],
            ],
        )

        assert expected == (tables["statements"][1:], tables["evidence"][1:])

    def test_bytes(self, tmp_path):
        """Files are UTF-8 without a byte-order mark, with "\\r\\n" row ends and minimal quoting."""
        paths = write_tables([_sample_report()], tmp_path)

        expected = (
            b"report,statement,speaker,kind,text,date\r\n"
            b'0,s1,o1,reported,"Kami sepakat.\nItu saja.",2025-05\r\n'
        )

        assert expected == paths["statements"].read_bytes()

    def test_paths(self, tmp_path):
        """The writer creates the folder and returns each table's file, in table order."""
        folder = tmp_path / "a" / "b"
        paths = write_tables([], folder)

        assert {name: folder / f"{name}.csv" for name in TABLES} == paths
        assert list(TABLES) == list(paths)


def _cells(rows, *columns):
    """The cells of the named columns, row by row, without the header."""
    header, *body = rows
    return [[row[header.index(column)] for column in columns] for row in body]


PARTY = ("party", "party_cow", "party_gw")
PLACE_COUNTRY = ("country", "country_cow", "country_gw")
MEETING_COUNTRY = ("place_country", "place_country_cow", "place_country_gw")
VISIT_PARTIES = (
    *("origin", "origin_cow", "origin_gw"),
    *("destination", "destination_cow", "destination_gw"),
)


def _dated_report(published=None):
    return Report(
        article=Article(text="", language="en", published=published),
        officials=[
            Official(
                id="o1",
                name="Sugiono",
                roles=[
                    Role(
                        office=Office.HEAD_OF_GOVERNMENT, title="Chancellor", party=Country("DEU")
                    ),
                    Role(office=Office.OTHER, title="Envoy", party=Organisation("EU")),
                    Role(office=Office.OTHER, title="Chair"),
                ],
            )
        ],
        visits=[
            Visit(
                id="v1",
                visitor="o1",
                origin=Country("IRN"),
                destination=Country("PAK"),
                places=[Place(name="Islamabad", country=Country("PAK")), Place(name="Lahore")],
                start=dt.date(2025, 8, 2),
                end=dt.date(2025, 8, 3),
            ),
            Visit(id="v2", visitor="o1", origin=Organisation("UN"), destination=Country("DEU")),
        ],
        meetings=[
            Meeting(
                id="m1", date=dt.date(1950, 1, 1), place=Place(name="Bonn", country=Country("DEU"))
            ),
            Meeting(id="m2", place=Place(name="Ramallah", country=Country("PSE"))),
        ],
        agreements=[
            Agreement(
                id="a1",
                kind=AgreementKind.TREATY,
                status=AgreementStatus.SIGNED,
                parties=[Country("YEM"), Organisation("ASEAN")],
                date=PartialDate(1990, 5),
            ),
            Agreement(
                id="a2",
                kind=AgreementKind.TREATY,
                status=AgreementStatus.SIGNED,
                parties=[Country("YEM")],
                date=dt.date(1990, 5, 31),
            ),
        ],
        targets=[
            Target(
                id="t1",
                metric=TargetMetric.BILATERAL_TRADE,
                amount=Money(value=Decimal("5"), currency="USD"),
                deadline=PartialDate(2030),
                parties=[Country("DEU"), Organisation("EU")],
            )
        ],
    )


class TestStateNumbers:
    @pytest.fixture
    def tables(self, tmp_path):
        return _write([_dated_report(dt.date(1970, 1, 1))], tmp_path)

    def test_visits_on_their_start(self, tables):
        """Countries get their numbers on the visit's start, or today's without one; others none."""
        expected = [
            ["v1", "IRN", "630", "630", "PAK", "770", "770"],
            ["v2", "UN", "", "", "DEU", "255", "260"],
        ]

        assert expected == _cells(tables["visits"], "visit", *VISIT_PARTIES)

    def test_visit_places(self, tables):
        """A visit's places take the visit's start; a place without a country has empty cells."""
        expected = [["Islamabad", "PAK", "770", "770"], ["Lahore", "", "", ""]]

        assert expected == _cells(tables["visit_places"], "name", *PLACE_COUNTRY)

    def test_meetings(self, tables):
        """A scheme without a number on the meeting's day, or ever, leaves its cell empty."""
        expected = [["m1", "DEU", "", "260"], ["m2", "PSE", "", ""]]

        assert expected == _cells(tables["meetings"], "meeting", *MEETING_COUNTRY)

    def test_partial_dates_take_their_first_day(self, tables):
        """A date known to the month counts from its first day: Yemen before its unification."""
        expected = [
            ["a1", "YEM", "678", "678"],
            ["a1", "ASEAN", "", ""],
            ["a2", "YEM", "679", "678"],
        ]

        assert expected == _cells(tables["agreement_parties"], "agreement", *PARTY)

    def test_roles_and_targets_on_publication(self, tables):
        """Roles and targets take the article's publication date, not a target's deadline."""
        expected = (
            [["DEU", "260", "260"], ["EU", "", ""], ["", "", ""]],
            [["DEU", "260", "260"], ["EU", "", ""]],
        )

        assert expected == (
            _cells(tables["roles"], *PARTY),
            _cells(tables["target_parties"], *PARTY),
        )

    def test_no_date_gives_todays_numbers(self, tmp_path):
        """Without a publication date, roles and targets get the numbers in force today."""
        tables = _write([_dated_report()], tmp_path)

        expected = (
            [["DEU", "255", "260"], ["EU", "", ""], ["", "", ""]],
            [["DEU", "255", "260"], ["EU", "", ""]],
        )

        assert expected == (
            _cells(tables["roles"], *PARTY),
            _cells(tables["target_parties"], *PARTY),
        )

    def test_columns_follow_their_party(self):
        """Every column naming a party is followed by its _cow and _gw columns, and only those."""
        parties = {
            "roles": ["party"],
            "visits": ["origin", "destination"],
            "visit_places": ["country"],
            "meetings": ["place_country"],
            "agreement_parties": ["party"],
            "target_parties": ["party"],
        }
        found = {}
        for name, columns in TABLES.items():
            for i, column in enumerate(columns):
                if column.endswith("_cow"):
                    party = column.removesuffix("_cow")
                    assert (party, f"{party}_gw") == columns[i - 1 : i + 2 : 2]
                    found.setdefault(name, []).append(party)

        assert parties == found

    @CORPUS_SETTINGS
    @given(CORPORA)
    def test_cells_are_numbers_or_empty(self, reports):
        """Every state number cell is digits, and empty where its party is missing or no country."""
        with tempfile.TemporaryDirectory() as folder:
            tables = _write(reports, folder)

        for rows in tables.values():
            header = rows[0]
            for column in header:
                if not column.endswith(("_cow", "_gw")):
                    continue
                party = column.rsplit("_", 1)[0]
                for row in rows[1:]:
                    value, code = row[header.index(party)], row[header.index(column)]
                    assert re.fullmatch(r"[0-9]*", code)
                    if value == "" or value in ORGANISATIONS:
                        assert "" == code

    def test_not_read_back(self, tmp_path):
        """The reader ignores the numbers: changed or left out, the same reports come back."""
        reports = [_dated_report(dt.date(1970, 1, 1))]
        paths = write_tables(reports, tmp_path)
        header, *rows = _rows(paths["visits"])
        rows[0][header.index("origin_cow")] = "999"
        with paths["visits"].open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *rows])
        header, *rows = _rows(paths["agreement_parties"])
        keep = [i for i, column in enumerate(header) if not column.startswith("party_")]
        with paths["agreement_parties"].open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([[row[i] for i in keep] for row in [header, *rows]])

        assert reports == read_tables(tmp_path)


def _expected_counts(reports):
    counts = dict.fromkeys(TABLES, 0)
    for report in reports:
        counts["articles"] += 1
        for official in report.officials:
            counts["officials"] += 1
            counts["official_honorifics"] += len(official.honorifics)
            counts["official_aliases"] += len(official.aliases)
            counts["roles"] += len(official.roles)
        for visit in report.visits:
            counts["visits"] += 1
            counts["visit_places"] += len(visit.places)
        for meeting in report.meetings:
            counts["meetings"] += 1
            counts["meeting_participants"] += len(meeting.participants)
            counts["meeting_topics"] += len(meeting.topics)
        for agreement in report.agreements:
            counts["agreements"] += 1
            counts["agreement_parties"] += len(agreement.parties)
            counts["agreement_signatories"] += len(agreement.signatories)
            counts["agreement_points"] += len(agreement.points)
        for target in report.targets:
            counts["targets"] += 1
            counts["target_parties"] += len(target.parties)
        counts["statements"] += len(report.statements)
        counts["evidence"] += sum(len(record.evidence) for record in report.records())
    return counts


class TestProperties:
    @CORPUS_SETTINGS
    @given(CORPORA)
    def test_round_trip(self, reports):
        """read_tables(write_tables(x)) == x exactly, for any list of generated reports."""
        with tempfile.TemporaryDirectory() as folder:
            write_tables(reports, folder)

            assert reports == read_tables(folder)

    @CORPUS_SETTINGS
    @given(CORPORA)
    def test_row_counts(self, reports):
        """Every record and list item gives exactly one row of its table."""
        with tempfile.TemporaryDirectory() as folder:
            tables = _write(reports, folder)

        assert _expected_counts(reports) == {name: len(rows) - 1 for name, rows in tables.items()}

    @CORPUS_SETTINGS
    @given(CORPORA)
    def test_deterministic(self, reports):
        """Writing the reports read from tables gives the same bytes again."""
        with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
            paths = write_tables(reports, first)
            again = write_tables(read_tables(first), second)

            assert [p.read_bytes() for p in paths.values()] == [
                p.read_bytes() for p in again.values()
            ]

    @CORPUS_SETTINGS
    @given(bs.reports(max_records=2))
    def test_report_keys_join(self, report):
        """Every row names its report by position, and every list row a record of its table."""
        with tempfile.TemporaryDirectory() as folder:
            tables = _write([report, report], folder)

        ids = {row[1] for name in ("officials", "visits", "meetings") for row in tables[name][1:]}
        ids |= {
            row[1] for name in ("agreements", "targets", "statements") for row in tables[name][1:]
        }

        assert {"0", "1"} >= {row[0] for rows in tables.values() for row in rows[1:]}
        assert ids >= {row[1] for row in tables["evidence"][1:]}

    @CORPUS_SETTINGS
    @given(bs.reports(max_records=2), st.data())
    def test_changed_cells(self, report, data):
        """Changing any cell of any table reads back a valid report or raises FormatError."""
        with tempfile.TemporaryDirectory() as folder:
            paths = write_tables([report], folder)
            name = data.draw(st.sampled_from([n for n, p in paths.items() if len(_rows(p)) > 1]))
            rows = _rows(paths[name])
            row = data.draw(st.integers(1, len(rows) - 1))
            column = data.draw(st.integers(0, len(rows[0]) - 1))
            rows[row][column] = data.draw(
                st.sampled_from(["", " ", "0", "1", "-1", "o1", "v1", "m1", "USD", "2030"])
                | st.text(max_size=4)
            )
            with paths[name].open("w", encoding="utf-8", newline="") as handle:
                csv.writer(handle).writerows(rows)
            try:
                read = read_tables(folder)
            except FormatError as exc:
                assert re.fullmatch(
                    r"[a-z_]+\.csv, (row [0-9]+|rows [0-9, ]+|line [0-9]+).*", exc.path
                )
            else:
                assert [Report] == [type(r) for r in read]


SCRIPTS = [
    "comma, in text",
    'a "quoted" word',
    "line\nbreak",
    "carriage\rreturn",
    "windows\r\nline",
    "tab\there",
    "null\x00byte",
    "\u2028separators\u2029\x85",
    "إسلام آباد",
    "בירושלים",
    "伊斯兰堡会谈",
    "서울 회담",
    "ইসলামাবাদ",
    "  leading and trailing  ",
    '",\r\n"',
    "\ufeffbom",
    "😀 emoji",
]


class TestText:
    @pytest.mark.parametrize("text", SCRIPTS)
    def test_any_text_survives(self, tmp_path, text):
        """Commas, quotes, line breaks, control characters and any script survive exactly."""
        report = Report(
            article=Article(text=text, language="und", title=text, url=text, outlet=text),
            officials=[Official(id="o1", name=text, honorifics=[text], aliases=[text])],
            meetings=[Meeting(id="m1", topics=[text], place=Place(name=text))],
            statements=[Statement(id="s1", text=text)],
        )
        write_tables([report], tmp_path)

        assert [report] == read_tables(tmp_path)

    @pytest.mark.parametrize(
        ("title", "url", "outlet"),
        [("", None, None), (None, "", ""), ("", "", ""), (" ", None, "\t"), (None, None, None)],
    )
    def test_empty_strings_and_none(self, tmp_path, title, url, outlet):
        """An article's empty title, url or outlet stays an empty string, apart from None."""
        report = Report(
            article=Article(text="", language="en", title=title, url=url, outlet=outlet)
        )
        write_tables([report], tmp_path)

        assert [report] == read_tables(tmp_path)

    def test_empty_fields_column(self, tmp_path):
        """The empty_fields column names the fields that hold an empty string."""
        report = Report(article=Article(text="", language="en", title="", outlet=""))
        tables = _write([report], tmp_path)

        assert [["0", "en", "", "", "", "", "title outlet", ""]] == tables["articles"][1:]

    def test_long_text(self, tmp_path):
        """A text longer than the csv module's default field limit survives."""
        limit = csv.field_size_limit()
        report = Report(article=Article(text="x" * (limit + 10), language="und"))
        write_tables([report], tmp_path)

        assert ([report], limit) == (read_tables(tmp_path), csv.field_size_limit())


def _edit(tmp_path, table, old, new):
    paths = write_tables([_sample_report()], tmp_path)
    text = paths[table].read_text(encoding="utf-8")
    assert old in text
    paths[table].write_text(text.replace(old, new, 1), encoding="utf-8", newline="")


class TestReading:
    def test_folder_from_string(self, tmp_path):
        """A folder may be given as a string."""
        write_tables([_sample_report()], str(tmp_path))

        assert [_sample_report()] == read_tables(str(tmp_path))

    def test_columns_in_any_order(self, tmp_path):
        """Columns may come in any order, since they are read by name."""
        paths = write_tables([_sample_report()], tmp_path)
        rows = _rows(paths["visits"])
        with paths["visits"].open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([list(reversed(row)) for row in rows])

        assert [_sample_report()] == read_tables(tmp_path)

    def test_items_in_any_order(self, tmp_path):
        """List rows are put in order of position, wherever they stand."""
        paths = write_tables([_sample_report()], tmp_path)
        header, *rows = _rows(paths["meeting_participants"])
        with paths["meeting_participants"].open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *reversed(rows)])

        assert [_sample_report()] == read_tables(tmp_path)

    def test_reports_in_order_of_number(self, tmp_path):
        """Reports come back in the order of their report numbers."""
        first = Report(article=Article(text="first", language="en"))
        second = Report(article=Article(text="second", language="en"))
        paths = write_tables([first, second], tmp_path)
        header, *rows = _rows(paths["articles"])
        with paths["articles"].open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *reversed(rows)])

        assert [first, second] == read_tables(tmp_path)

    def test_byte_order_mark(self, tmp_path):
        """A byte-order mark at the start of a file, as spreadsheets save it, is ignored."""
        paths = write_tables([_sample_report()], tmp_path)
        for path in paths.values():
            path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())

        assert [_sample_report()] == read_tables(tmp_path)

    def test_not_a_report(self, tmp_path):
        """Writing something that is not a report is a TypeError naming its position."""
        with pytest.raises(TypeError, match=r"^item 0: expected Report, got str$"):
            write_tables(["report"], tmp_path)

    def test_missing_table(self, tmp_path):
        """A missing table file is named."""
        write_tables([], tmp_path)
        (tmp_path / "roles.csv").unlink()

        with pytest.raises(FormatError) as info:
            read_tables(tmp_path)

        assert ("roles.csv", f"missing from {tmp_path}; write_tables writes every table") == (
            info.value.path,
            info.value.reason,
        )

    @pytest.mark.parametrize(
        ("table", "old", "new", "path", "reason"),
        [
            (
                "visits",
                "2025-05-12",
                "2025-13-12",
                "visits.csv, row 2, column start",
                "'2025-13-12' is not a valid date: month must be in 1..12",
            ),
            (
                "visits",
                "0,v1,o1",
                "0,v1,o9",
                "visits.csv, row 2, column visitor",
                "refers to official 'o9', which the report lacks",
            ),
            (
                "visits",
                "2025-05-12,2025-05",
                "2025-05-12,2024",
                "visits.csv, row 2, column end",
                "ends (2024) before it starts (2025-05-12)",
            ),
            (
                "visit_places",
                "Tianjin,",
                "Tianjin,China",
                "visit_places.csv, row 3, column country",
                "'China' is not an ISO 3166-1 alpha-3 code",
            ),
            (
                "visits",
                "IDN,850,850",
                "IDN,eight,850",
                "visits.csv, row 2, column origin_cow",
                "'eight' is neither empty nor a state number",
            ),
            (
                "target_parties",
                "IDN,850,850",
                "IDN,850,-1",
                "target_parties.csv, row 2, column party_gw",
                "'-1' is neither empty nor a state number",
            ),
            (
                "meeting_participants",
                "0,m1,1,o2",
                "0,m1,1,o7",
                "meeting_participants.csv, rows 2, 3, 4",
                "refers to official 'o7', which the report lacks",
            ),
            (
                "meeting_participants",
                "0,m1,1,o2",
                "0,m9,1,o2",
                "meeting_participants.csv, row 3, column meeting",
                "this report has no meeting 'm9' in meetings.csv",
            ),
            (
                "meeting_participants",
                "0,m1,1,o2",
                "0,m1,0,o2",
                "meeting_participants.csv, row 3, column position",
                "position 0 is used twice in this list",
            ),
            (
                "meeting_topics",
                "0,m1,1,",
                "0,m1,one,",
                "meeting_topics.csv, row 3, column position",
                "'one' is not a number such as 0, 1 or 2",
            ),
            (
                "meetings",
                "Beijing,CHN",
                ",CHN",
                "meetings.csv, row 2, column place_name",
                "missing required field 'name'",
            ),
            (
                "agreements",
                "consensus,agreed,,,2",
                "consensus,agreed,,,0",
                "agreements.csv, row 2, column count",
                "0 is not a positive count",
            ),
            (
                "agreements",
                "consensus,agreed,,,2",
                "consensus,agreed,,,two",
                "agreements.csv, row 2, column count",
                "'two' is not an integer",
            ),
            (
                "agreement_points",
                '"kerja sama, maritim"',
                " ",
                "agreement_points.csv, row 2, column point",
                "must not be empty or blank",
            ),
            (
                "targets",
                "2.50,,juta ton",
                "2.50,EUR,juta ton",
                "targets.csv, row 2, columns amount_value, amount_currency, amount_unit",
                "an amount has either a 'currency' or a 'unit', and not both",
            ),
            (
                "targets",
                "10000000000,USD",
                "1e10,USD",
                "targets.csv, row 2, column baseline_value",
                "'1e10' is not a plain non-negative decimal string such as '10.5'",
            ),
            (
                "targets",
                "exports",
                "export",
                "targets.csv, row 2, column metric",
                "'export' is not a valid TargetMetric value (one of: bilateral_trade, investment, "
                "exports, imports, tourism, other)",
            ),
            (
                "target_parties",
                "IDN",
                "ECOWAS2",
                "target_parties.csv, row 2, column party",
                "'ECOWAS2' is not an ISO 3166-1 alpha-3 code",
            ),
            (
                "evidence",
                "0,m1,1,42,53",
                "0,m1,1,42,530",
                "evidence.csv, rows 4, 5",
                f"span 42-530 ends after the article text ({len(TEXT)} characters)",
            ),
            (
                "evidence",
                "0,m1,1,42,53",
                "0,m1,1,42,41",
                "evidence.csv, row 5, column end",
                "41 is before start 42",
            ),
            (
                "evidence",
                "0,m1,1,42,53",
                "0,x1,1,42,53",
                "evidence.csv, row 5, column record",
                "this report has no record 'x1' in any record table",
            ),
            (
                "articles",
                "0,id,",
                "0,in,",
                "articles.csv, row 2, column language",
                "'in' is not an ISO 639-1 code (or 'und' for unknown)",
            ),
            (
                "articles",
                ',,"Menlu',
                ',body,"Menlu',
                "articles.csv, row 2, column empty_fields",
                "'body' is not one of title, url, outlet",
            ),
            (
                "articles",
                ',,"Menlu',
                ',url,"Menlu',
                "articles.csv, row 2, column empty_fields",
                "names url, whose cell is not empty",
            ),
            (
                "officials",
                "0,o2,Wang Yi",
                "3,o2,Wang Yi",
                "officials.csv, row 3, column report",
                "there is no report 3 in articles.csv",
            ),
            (
                "meetings",
                "0,m2,",
                "0,m1,",
                "meetings.csv, row 3, column meeting",
                "the id 'm1' is used twice",
            ),
            (
                "officials",
                "0,o2,Wang Yi",
                "0,,Wang Yi",
                "officials.csv, row 3, column official",
                "empty; every record has an id",
            ),
            (
                "officials",
                "0,o2,Wang Yi",
                "0,o2,Wang Yi,",
                "officials.csv, row 3",
                "4 cells, but the header names 3 columns",
            ),
            (
                "officials",
                "report,official,name",
                "report,official,nama",
                "officials.csv, row 1",
                "the header must name the columns report,official,name",
            ),
            (
                "officials",
                "0,o2,Wang Yi",
                '0,o2,"Wang" Yi',
                "officials.csv, line 3",
                "not valid CSV: ',' expected after '\"'",
            ),
        ],
    )
    def test_error_names_cell(self, tmp_path, table, old, new, path, reason):
        """Bad data raises FormatError naming the file, the row and the column."""
        _edit(tmp_path, table, old, new)

        with pytest.raises(FormatError) as info:
            read_tables(tmp_path)

        assert (path, reason) == (info.value.path, info.value.reason)

    def test_empty_file(self, tmp_path):
        """A table without even a header row is refused."""
        write_tables([], tmp_path)
        (tmp_path / "visits.csv").write_text("", encoding="utf-8")

        with pytest.raises(FormatError) as info:
            read_tables(tmp_path)

        assert ("visits.csv, row 1", "the file is empty; it needs a header row") == (
            info.value.path,
            info.value.reason,
        )

    def test_blank_rows_skipped(self, tmp_path):
        """Blank rows are skipped."""
        _edit(tmp_path, "officials", "0,o2,Wang Yi", "\r\n0,o2,Wang Yi")

        assert [_sample_report()] == read_tables(tmp_path)

    def test_row_numbers_count_blank_rows(self, tmp_path):
        """A row number after a blank row counts the blank row."""
        _edit(tmp_path, "officials", "0,o2,Wang Yi", "\r\n0,o2, ")

        with pytest.raises(FormatError) as info:
            read_tables(tmp_path)

        assert "officials.csv, row 4, column name" == info.value.path
