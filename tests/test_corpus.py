"""Tests of bilateral.corpus: consolidation, the SQLite store, queries and panels."""

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from bilateral import (
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    Meeting,
    Money,
    Office,
    Official,
    PartialDate,
    Report,
    Role,
    Target,
    TargetMetric,
    Visit,
    parse,
)
from bilateral.corpus import (
    Conflict,
    Corpus,
    EventKind,
    Level,
    PanelRow,
    ParquetMissingError,
    Reading,
    SchemaVersionError,
    article_key,
    consolidate,
    panel,
    person_id,
    to_dataframe,
    write_panel,
)

ID_VISIT = (
    "id",
    "2024-05-15",
    "Menteri Luar Negeri Retno Marsudi tiba di Hanoi, Vietnam pada hari Selasa untuk kunjungan kerja.",
)
EN_VISIT = (
    "en",
    "2024-05-15",
    "Indonesian Foreign Minister Retno Marsudi arrived in Hanoi, Vietnam on Tuesday.",
)
EN_VISIT_2 = (
    "en",
    "2024-05-16",
    "Indonesia's Foreign Minister Retno L.P. Marsudi visited Hanoi on 14 May 2024.",
)
MS_VISIT = (
    "ms",
    "2024-05-16",
    "Menteri Luar Indonesia, Retno Marsudi tiba di Hanoi, Vietnam pada 13 Mei 2024.",
)
EN_UNDATED = (
    "en",
    "2024-05-17",
    "Indonesian Foreign Minister Retno Marsudi visited Hanoi, Vietnam.",
)
ID_MOU = (
    "id",
    "2024-05-15",
    "Indonesia dan Vietnam menandatangani nota kesepahaman tentang perikanan di Hanoi "
    "pada hari Selasa.",
)
EN_MOU = (
    "en",
    "2024-05-15",
    "Indonesia and Vietnam signed an MoU on fisheries in Hanoi on Tuesday.",
)


def report(case):
    language, published, text = case
    return parse(text, language=language, published=published)


def key(case, record="v1"):
    return f"{article_key(report(case).article)}/{record}"


def visit_report(published, start, *, name="Retno Marsudi", destination="VNM"):
    """A report of one visit by an Indonesian foreign minister, built by hand."""
    return Report(
        article=Article(text=f"{name} {published} {start}", language="en", published=published),
        officials=[
            Official(
                id="o1",
                name=name,
                roles=[Role(office=Office.FOREIGN_MINISTER, title="FM", party=Country("IDN"))],
            )
        ],
        visits=[
            Visit(
                id="v1",
                visitor="o1",
                origin=Country("IDN"),
                destination=Country(destination),
                start=start,
            )
        ],
    )


def target_report(published, amount, text):
    """A report of one trade target between Indonesia and Vietnam."""
    return Report(
        article=Article(text=text, language="en", published=published),
        targets=[
            Target(
                id="t1",
                metric=TargetMetric.BILATERAL_TRADE,
                amount=Money(value=Decimal(amount), currency="USD"),
                deadline=PartialDate(2028),
                parties=[Country("IDN"), Country("VNM")],
            )
        ],
    )


# (visitor, visitor's country, host's country, day of the talks) of meeting_report's meetings.
IDN_VNM = ("Prabowo Subianto", "IDN", "VNM", dt.date(2025, 11, 18))
MYS_JPN = ("Anwar Ibrahim", "MYS", "JPN", dt.date(2025, 6, 24))


def meeting_report(case, published, host, text):
    """A report of one meeting between a visitor and a host (a head of government)."""
    visitor, home, away, day = case

    def official(oid, name, country):
        role = Role(office=Office.HEAD_OF_GOVERNMENT, title="Leader", party=Country(country))
        return Official(id=oid, name=name, roles=[role])

    return Report(
        article=Article(text=text, language="en", published=published),
        officials=[official("o1", visitor, home), official("o2", host, away)],
        meetings=[Meeting(id="m1", participants=["o1", "o2"], date=day)],
    )


class TestConsolidate:
    def test_three_articles_two_languages_one_visit(self):
        """The same visit told in Indonesian and twice in English is one event with 3 sources."""
        events = consolidate([report(ID_VISIT), report(EN_VISIT), report(EN_VISIT_2)]).events

        assert 1 == len(events)
        (event,) = events
        assert (
            EventKind.VISIT,
            ("IDN", "VNM"),
            "IDN",
            "VNM",
            dt.date(2024, 5, 14),
            "IDN/marsudi",
            Level.MINISTER,
            (),
        ) == (
            event.kind,
            event.countries,
            event.origin,
            event.destination,
            event.start,
            event.visitor,
            event.level,
            event.conflicts,
        )
        assert sorted([key(ID_VISIT), key(EN_VISIT), key(EN_VISIT_2)]) == [
            s.key for s in event.sources
        ]
        assert ["en", "en", "id"] == sorted(s.language for s in event.sources)
        assert dt.date(2024, 5, 15) == event.first_reported

    def test_conflicting_date_kept_with_sources(self):
        """A Malay article giving another day keeps both days, each with its sources."""
        reports = [report(c) for c in (ID_VISIT, EN_VISIT, EN_VISIT_2, MS_VISIT)]

        (event,) = consolidate(reports).events

        assert dt.date(2024, 5, 14) == event.start
        assert (
            Conflict(
                field="start",
                readings=(
                    Reading(value="2024-05-13", sources=(key(MS_VISIT),)),
                    Reading(
                        value="2024-05-14",
                        sources=tuple(sorted([key(ID_VISIT), key(EN_VISIT), key(EN_VISIT_2)])),
                    ),
                ),
            ),
        ) == event.conflicts

    def test_undated_visit_joins_by_publication_date(self):
        """A visit without a date joins the event its article's date points to."""
        (event,) = consolidate([report(EN_VISIT), report(EN_UNDATED)]).events

        assert (2, dt.date(2024, 5, 14), ()) == (len(event.sources), event.start, event.conflicts)

    def test_undated_visit_outside_window_stays_apart(self):
        """An undated visit published more than a week after a visit is another event."""
        later = visit_report(dt.date(2024, 6, 30), None)

        events = consolidate([report(EN_VISIT), later]).events

        assert [dt.date(2024, 5, 14), None] == [e.start for e in events]

    def test_one_visitor_meeting_two_hosts_holds_two_meetings(self):
        """Meetings that share the visitor but not the host, on the same days, stay apart."""

        reports = [
            meeting_report(IDN_VNM, dt.date(2025, 11, 18), "Luong Cuong", "Prabowo met Cuong."),
            meeting_report(IDN_VNM, dt.date(2025, 11, 19), "Luong Cuong", "Prabowo and Cuong met."),
            meeting_report(IDN_VNM, dt.date(2025, 11, 18), "To Lam", "Prabowo met To Lam."),
        ]

        events = consolidate(reports).events

        assert sorted(len(e.sources) for e in events) == [1, 2]
        assert sorted(e.people for e in events) == [
            ("IDN/subianto", "VNM/cuong"),
            ("IDN/subianto", "VNM/lam"),
        ]

    def test_a_name_written_in_either_order_is_one_person_for_matching(self):
        """ "Ishiba Shigeru" and "Shigeru Ishiba" of Japan meet the same visitor: one meeting."""

        reports = [
            meeting_report(MYS_JPN, dt.date(2025, 6, 24), "Shigeru Ishiba", "Anwar met Ishiba."),
            meeting_report(MYS_JPN, dt.date(2025, 6, 25), "Ishiba Shigeru", "Anwar met Ishiba."),
            meeting_report(MYS_JPN, dt.date(2025, 6, 25), "Fumio Kishida", "Anwar met Kishida."),
        ]

        events = consolidate(reports).events

        assert sorted(len(e.sources) for e in events) == [1, 2]
        assert sorted(e.people for e in events) == [
            ("JPN/ishiba", "JPN/shigeru", "MYS/ibrahim"),
            ("JPN/kishida", "MYS/ibrahim"),
        ]

    def test_visits_weeks_apart_are_two_events(self):
        """Two dated visits a month apart are two events."""
        reports = [
            visit_report(dt.date(2024, 5, 15), dt.date(2024, 5, 14)),
            visit_report(dt.date(2024, 6, 15), dt.date(2024, 6, 14)),
        ]

        assert 2 == len(consolidate(reports).events)

    def test_agreement_in_two_languages(self):
        """An MoU told in Indonesian and in English is one agreement event."""
        (event,) = consolidate([report(ID_MOU), report(EN_MOU)]).events

        assert (
            EventKind.AGREEMENT,
            AgreementKind.MOU,
            AgreementStatus.SIGNED,
            dt.date(2024, 5, 14),
            2,
        ) == (event.kind, event.agreement_kind, event.status, event.start, len(event.sources))

    def test_conflicting_amounts_kept(self):
        """Two amounts for one target (same deadline) are kept with their sources."""
        a = target_report(dt.date(2024, 5, 15), "18000000000", "Trade: USD 18 billion by 2028.")
        b = target_report(dt.date(2024, 5, 16), "20000000000", "Trade: USD 20 billion by 2028.")

        (event,) = consolidate([a, b]).events

        assert ("amount",) == tuple(c.field for c in event.conflicts)
        assert [
            ("18000000000 USD", (f"{article_key(a.article)}/t1",)),
            ("20000000000 USD", (f"{article_key(b.article)}/t1",)),
        ] == [(r.value, r.sources) for r in event.conflicts[0].readings]

    def test_officials_consolidated(self):
        """One official across articles is one person with every name form seen (ties: longest)."""
        persons = consolidate([report(ID_VISIT), report(EN_VISIT_2)]).persons

        assert [
            ("IDN/marsudi", "Retno L. P. Marsudi", ("Retno L. P. Marsudi", "Retno Marsudi"))
        ] == [(p.id, p.name, p.names) for p in persons]
        assert (Office.FOREIGN_MINISTER,) == persons[0].offices

    def test_person_id_normalises(self):
        """Case, diacritics, punctuation and initials do not change a person id."""
        assert {"IDN/marsudi"} == {
            person_id(n, "IDN") for n in ("Retno Marsudi", "RETNO L.P. MARSUDI", "Retno Marsudí")
        }

    def test_order_and_repeats_do_not_matter(self):
        """Reordered and repeated reports give the same consolidation."""
        reports = [report(c) for c in (ID_VISIT, EN_VISIT, MS_VISIT, ID_MOU, EN_MOU)]

        assert consolidate(reports) == consolidate(reports[::-1] + reports)


@pytest.fixture
def corpus(tmp_path):
    with Corpus.open(tmp_path / "corpus.sqlite") as opened:
        yield opened


def row_counts(path):
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


class TestCorpus:
    def test_ingest_consolidates(self, corpus):
        """Ingested reports become events and people."""
        summary = corpus.ingest(report(c) for c in (ID_VISIT, EN_VISIT, EN_VISIT_2, ID_MOU))

        assert (4, 0, 4) == (summary.added, summary.skipped, len(corpus))
        assert [(EventKind.AGREEMENT, 1), (EventKind.VISIT, 3)] == [
            (e.kind, len(e.sources)) for e in corpus.events()
        ]
        assert ["IDN/marsudi"] == [p.id for p in corpus.persons(name="marsudi")]

    def test_reingest_is_a_no_op(self, corpus, tmp_path):
        """Ingesting the same articles again changes no row of any table."""
        reports = [report(c) for c in (ID_VISIT, EN_VISIT, MS_VISIT)]
        corpus.ingest(reports)
        before = (row_counts(tmp_path / "corpus.sqlite"), corpus.events())

        summary = corpus.ingest(reports)

        assert (0, 3) == (summary.added, summary.skipped)
        assert before == (row_counts(tmp_path / "corpus.sqlite"), corpus.events())

    def test_ingest_in_parts_equals_at_once(self, corpus):
        """Ingesting articles one by one gives the events that consolidate gives at once."""
        reports = [report(c) for c in (MS_VISIT, EN_VISIT, ID_MOU, ID_VISIT, EN_MOU)]
        for one in reports:
            corpus.ingest([one])

        assert list(consolidate(reports).events) == corpus.events()

    def test_dyad_query_is_order_free(self, corpus):
        """A pair query finds the same events in either order, and only that dyad's."""
        corpus.ingest(
            [report(EN_VISIT), visit_report(dt.date(2024, 5, 20), None, destination="MYS")]
        )

        found = corpus.events(pair=("VNM", "IDN"))

        assert found == corpus.events(pair=[Country("IDN"), "VNM"])
        assert [("IDN", "VNM")] == [e.countries for e in found]
        assert 2 == len(corpus.events(country="IDN"))
        assert [] == corpus.events(pair=("IDN", "VNM"), kind="meeting")

    def test_date_and_person_queries(self, corpus):
        """since, until and person narrow the events."""
        corpus.ingest(
            [
                visit_report(dt.date(2024, 5, 15), dt.date(2024, 5, 14)),
                visit_report(dt.date(2024, 7, 2), dt.date(2024, 7, 1), name="Sugiono"),
            ]
        )

        assert [dt.date(2024, 7, 1)] == [e.start for e in corpus.events(since=dt.date(2024, 6, 1))]
        assert [dt.date(2024, 5, 14)] == [e.start for e in corpus.events(until=dt.date(2024, 6, 1))]
        assert ["IDN/sugiono"] == [e.visitor for e in corpus.events(person="IDN/sugiono")]

    def test_schema_version(self, tmp_path):
        """A new file gets schema version 1; a newer version is refused clearly."""
        path = tmp_path / "c.sqlite"
        with Corpus.open(path) as corpus:
            assert 1 == corpus.schema_version
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA user_version = 99")

        with pytest.raises(SchemaVersionError, match="version 99 is newer"):
            Corpus.open(path)

    def test_pending_blocks_settle_on_open(self, tmp_path):
        """An article stored by a run killed before consolidation is consolidated on open."""
        path = tmp_path / "c.sqlite"
        with Corpus.open(path) as corpus:
            corpus._add(report(EN_VISIT))
            assert [] == corpus.events()

        with Corpus.open(path) as corpus:
            assert 1 == len(corpus.events())

    def test_rebuild_keeps_events(self, corpus):
        """Rebuilding from the stored reports gives the same events."""
        corpus.ingest(report(c) for c in (ID_VISIT, MS_VISIT, EN_MOU))
        before = corpus.events()

        corpus.rebuild()

        assert before == corpus.events()


class TestPanel:
    def reports(self):
        return [
            report(ID_VISIT),
            report(EN_VISIT),
            report(EN_MOU),
            visit_report(dt.date(2025, 3, 2), dt.date(2025, 3, 1), destination="MYS"),
            target_report(dt.date(2024, 5, 15), "18000000000", "Trade: USD 18 billion by 2028."),
        ]

    def test_rows_and_codes(self):
        """One row per dyad and year, with counts and the COW and GW codes of that year."""
        rows = panel(consolidate(self.reports()).events)

        assert [
            PanelRow(
                year=2025,
                a="IDN",
                b="MYS",
                a_cow=850,
                a_gw=850,
                b_cow=820,
                b_gw=820,
                visits_minister=1,
            ),
            PanelRow(
                year=2024,
                a="IDN",
                b="VNM",
                a_cow=850,
                a_gw=850,
                b_cow=816,
                b_gw=816,
                visits_minister=1,
                agreements_signed=1,
                targets=1,
            ),
        ] == rows

    def test_directed(self):
        """A directed panel counts a visit in its direction only, other events in both."""
        rows = panel(consolidate(self.reports()[:3]).events, directed=True)

        assert [("IDN", "VNM", 1, 1), ("VNM", "IDN", 0, 1)] == [
            (r.a, r.b, r.visits_minister, r.agreements_signed) for r in rows
        ]

    def test_years_give_a_balanced_panel_with_zeros(self):
        """With a range of years, every dyad has a row for each year, zero where nothing was."""
        rows = panel(consolidate(self.reports()[:3]).events, years=(2023, 2025))

        assert [(r.year, r.a, r.b, r.visits_minister, r.agreements_signed) for r in rows] == [
            (2023, "IDN", "VNM", 0, 0),
            (2024, "IDN", "VNM", 1, 1),
            (2025, "IDN", "VNM", 0, 0),
        ]
        with pytest.raises(ValueError, match="2025 is after 2023"):
            panel([], years=(2025, 2023))

    def test_years_leave_out_events_of_other_years(self):
        """A range that leaves out the events' year still lists their dyad, with zeros."""
        rows = panel(consolidate(self.reports()[:3]).events, years=(2020, 2021))

        assert [(r.year, r.visits_minister) for r in rows] == [(2020, 0), (2021, 0)]

    def test_codes_follow_the_year(self):
        """The codes are those valid in the row's year (Germany was 260 in 1980)."""
        old = visit_report(dt.date(1980, 5, 2), dt.date(1980, 5, 1), destination="DEU")

        (row,) = panel(consolidate([old]).events)

        assert ("DEU", 260, 260) == (row.a, row.a_cow, row.a_gw)

    def test_csv_and_dataframe(self, tmp_path):
        """The CSV has a header and one line per row; the DataFrame has the same rows."""
        rows = panel(consolidate(self.reports()).events)
        write_panel(rows, tmp_path / "p.csv")

        lines = (tmp_path / "p.csv").read_text(encoding="utf-8").splitlines()
        assert "2024,IDN,VNM,850,850,816,816,0,1,0,0,0,0,1,0,0,1" == lines[2]
        assert 3 == len(lines)
        frame = to_dataframe(rows)
        assert (2, 820) == (len(frame), frame["b_cow"].iloc[0])

    def test_parquet_round_trip(self, tmp_path):
        """Parquet holds the same rows and codes as the CSV."""
        pandas = pytest.importorskip("pandas")
        pytest.importorskip("pyarrow")
        rows = panel(consolidate(self.reports()).events)
        write_panel(rows, tmp_path / "p.parquet", format="parquet")

        frame = pandas.read_parquet(tmp_path / "p.parquet")
        assert (2, 820, "VNM") == (len(frame), frame["b_cow"].iloc[0], frame["b"].iloc[1])

    def test_parquet_without_pyarrow(self, tmp_path, monkeypatch):
        """Parquet without pyarrow is a clear error naming the extra."""
        import sys

        monkeypatch.setitem(sys.modules, "pyarrow", None)  # an import of it now fails

        with pytest.raises(ParquetMissingError, match=r"bilateral\[parquet\]"):
            write_panel([], tmp_path / "p.parquet", format="parquet")
