import datetime as dt
import pathlib

import attrs
import pytest

import bilateral
from bilateral import Evidence, Report, parse
from bilateral.evaluation import load_expected

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"
FOUNDING = SEEDS / "000_id_larijani-pakistan.txt"


def _without_evidence(records):
    return [attrs.evolve(r, evidence=()) for r in records]


@pytest.fixture(scope="module")
def founding() -> tuple[Report, Report]:
    expected = load_expected(FOUNDING)
    return parse(expected.article.text, published="2025-11-26"), expected


class TestFoundingArticle:
    @pytest.mark.parametrize("kind", Report.KINDS)
    def test_records(self, founding, kind):
        """Each record type of the founding article equals the hand-written expected report."""
        got, expected = founding

        assert _without_evidence(getattr(expected, kind)) == _without_evidence(getattr(got, kind))

    def test_article(self, founding):
        """The article's language, date and title are read from the text and the arguments."""
        got, expected = founding

        assert ("id", dt.date(2025, 11, 26), expected.article.title) == (
            got.article.language,
            got.article.published,
            got.article.title,
        )

    def test_every_record_has_evidence(self, founding):
        """Every record carries at least one span, and every span lies inside the text."""
        got, _ = founding
        n = len(got.article.text)

        assert [r.id for r in got.records() if not r.evidence] == []
        assert all(0 <= e.start < e.end <= n for r in got.records() for e in r.evidence)

    def test_target_sentence(self, founding):
        """The trade target leads back to the sentence that states it."""
        got, _ = founding
        sentences = got.sentences(got.targets[0])

        assert any("USD 10 miliar per tahun" in s for s in sentences)

    def test_visit_evidence_quotes(self, founding):
        """The visit's evidence includes the arrival phrase and the place."""
        got, _ = founding
        quotes = got.quotes(got.visits[0])

        assert {"tiba di", "Islamabad", "pada Selasa pagi"} <= set(quotes)

    def test_deterministic(self, founding):
        """The same input gives the same report."""
        got, _ = founding

        assert got == parse(got.article.text, published="2025-11-26")


class TestParseArguments:
    def test_dateline_gives_published(self):
        """Without a published date, the dateline's date is used and weekdays resolve against it."""
        text = "Judul\nJAKARTA, 15 Mei 2024 (ANTARA) - Menlu Retno Marsudi tiba di Kuala Lumpur pada hari Selasa."
        report = parse(text, language="id")

        assert (dt.date(2024, 5, 15), dt.date(2024, 5, 14)) == (
            report.article.published,
            report.visits[0].start,
        )

    def test_no_date_no_guess(self):
        """Without a published date or a dateline, a weekday gives no date."""
        report = parse("Menlu Retno Marsudi tiba di Kuala Lumpur pada hari Selasa.", language="id")

        assert (report.article.published, report.visits[0].start) == (None, None)

    def test_published_as_date(self):
        """A date object is accepted as well as an ISO string."""
        a = parse(
            "Menlu Retno Marsudi tiba di Kuala Lumpur pada hari Selasa.",
            language="id",
            published=dt.date(2024, 5, 15),
        )
        b = parse(
            "Menlu Retno Marsudi tiba di Kuala Lumpur pada hari Selasa.",
            language="id",
            published="2024-05-15",
        )

        assert a == b

    @pytest.mark.parametrize("published", ["2024-13-01", "yesterday", 20240515])
    def test_bad_published(self, published):
        """A published value that is not a date raises ValidationError."""
        with pytest.raises(bilateral.ValidationError, match="parse.published"):
            parse("teks", published=published)

    def test_not_text(self):
        """Bytes are refused: decode them first with bilateral.io.decode."""
        with pytest.raises(bilateral.ValidationError, match="parse.text"):
            parse(b"teks")  # type: ignore[arg-type]

    def test_unknown_language_argument(self):
        """A language without a lexicon raises UnknownLanguageError."""
        with pytest.raises(bilateral.UnknownLanguageError, match="'fr'"):
            parse("Le ministre est arrivé.", language="fr")

    def test_unknown_language_text(self):
        """Text in a language the parser does not know gives an empty report, language 'und'."""
        report = parse("Der Außenminister traf gestern in Berlin seinen Amtskollegen aus Paris.")

        assert (report.article.language, sum(1 for _ in report.records())) == ("und", 0)

    @pytest.mark.parametrize("text", ["", "   \n\t", "\x00\x01", "<html><body></body></html>"])
    def test_empty_inputs(self, text):
        """Empty or markup-only text gives an empty report."""
        report = parse(text)

        assert sum(1 for _ in report.records()) == 0

    def test_no_visit_invented(self):
        """An article that mentions countries but reports no event yields no records."""
        text = (
            "The rupiah weakened against the US dollar on Tuesday as investors in Jakarta, "
            "Singapore and Tokyo weighed the outlook for interest rates in the United States."
        )
        report = parse(text, language="en", published="2025-06-18")

        assert (
            report.visits,
            report.meetings,
            report.agreements,
            report.targets,
        ) == ((), (), (), ())

    def test_evidence_type(self, founding):
        """Evidence spans are Evidence objects."""
        got, _ = founding

        assert isinstance(got.visits[0].evidence[0], Evidence)


class TestUnseenArticles:
    def test_english_visit_and_meeting(self):
        """An English visit gives origin, destination, place, date and a meeting; a surname is no place."""
        report = parse(
            "US Defense Secretary Lloyd Austin arrived in Jakarta on Tuesday and met "
            "Indonesian Defence Minister Sjafrie Sjamsoeddin.",
            language="en",
            published="2025-05-14",
        )
        visit = report.visits[0]

        assert ("USA", "IDN", ["Jakarta"], dt.date(2025, 5, 13)) == (
            visit.origin.alpha_3,
            visit.destination.alpha_3,
            [p.name for p in visit.places],
            visit.start,
        )
        assert [["Lloyd Austin", "Sjafrie Sjamsoeddin"]] == [
            [report.official(p).name for p in m.participants] for m in report.meetings
        ]

    def test_host_side_in_indonesian(self):
        """The host's side ("menerima kunjungan") gives the visitor, the host country and a meeting."""
        report = parse(
            "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim "
            "di Istana Merdeka, Jakarta, pada hari Senin.",
            language="id",
            published="2025-03-11",
        )
        visit = report.visits[0]

        assert ("Anwar Ibrahim", "MYS", "IDN", dt.date(2025, 3, 10)) == (
            report.official(visit.visitor).name,
            visit.origin.alpha_3,
            visit.destination.alpha_3,
            visit.start,
        )

    def test_counted_mous_and_target(self):
        """Counted MoUs give one record with its count; a target gets amount, period and deadline."""
        report = parse(
            "Menteri Luar Negeri Sugiono tiba di Ankara pada Senin. Kedua negara menandatangani "
            "lima nota kesepahaman. Sugiono mengatakan kedua negara menargetkan nilai perdagangan "
            "bilateral sebesar USD 10 miliar per tahun pada 2028.",
            language="id",
            published="2025-05-14",
        )
        target = report.targets[0]

        assert [("mou", 5)] == [(a.kind.value, a.count) for a in report.agreements]
        assert ("bilateral_trade", "10000000000", "USD", "per_year", "2028") == (
            target.metric.value,
            str(target.amount.value),
            target.amount.currency,
            target.period.value,
            target.deadline.isoformat(),
        )

    def test_planned_visit_is_no_visit(self):
        """A visit the text only plans is not reported."""
        report = parse(
            "Presiden Prabowo Subianto berencana melakukan kunjungan kenegaraan ke Riyadh tahun depan.",
            language="id",
            published="2025-07-08",
        )

        assert () == report.visits
