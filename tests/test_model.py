import datetime as dt
from decimal import Decimal

import attrs
import pytest

from bilateral import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    DateSpan,
    Evidence,
    IntegrityError,
    Meeting,
    Money,
    Office,
    Official,
    Organisation,
    PartialDate,
    Place,
    Quantity,
    Report,
    Role,
    Statement,
    Target,
    TargetMetric,
    UnknownCodeError,
    ValidationError,
    Visit,
)


def _report(**records: object) -> Report:
    return Report(article=Article(text="Larijani tiba di Islamabad.", language="id"), **records)  # type: ignore[arg-type]


class TestCountry:
    def test_from_alpha_3(self):
        """A country is built from its alpha-3 code and knows its names and alpha-2 code."""
        pak = Country("PAK")

        assert (pak.alpha_3, pak.alpha_2, pak.name) == ("PAK", "PK", "Pakistan")

    def test_common_name_preferred(self):
        """The short name is the ISO common name where one exists."""
        assert (
            Country("IRN").name,
            Country("IRN").official_name,
        ) == ("Iran", "Islamic Republic of Iran")

    @pytest.mark.parametrize(
        ("query", "expected"),
        [("Pakistan", "PAK"), ("PK", "PAK"), ("pak", "PAK"), ("586", "PAK"), ("Indonesia", "IDN")],
    )
    def test_lookup(self, query, expected):
        """lookup accepts names, alpha-2, alpha-3 and numeric codes, in any case."""
        assert Country(expected) == Country.lookup(query)

    @pytest.mark.parametrize("query", ["Atlantis", "", "   ", "XX"])
    def test_lookup_unknown(self, query):
        """An unknown name or code is an error, never a guess."""
        with pytest.raises(UnknownCodeError):
            Country.lookup(query)

    @pytest.mark.parametrize("code", ["XXX", "pak", "PK", "", "PAKI", 586])
    def test_bad_code(self, code):
        """The constructor takes only a canonical alpha-3 code and names the field when it fails."""
        with pytest.raises(ValidationError, match=r"^Country\.alpha_3: "):
            Country(code)

    def test_errors_are_lookup_and_value_errors(self):
        """An unknown code is both a LookupError and a ValueError."""
        with pytest.raises(LookupError):
            Country("ZZZ")
        with pytest.raises(ValueError, match="ZZZ"):
            Country("ZZZ")

    def test_frozen_and_hashable(self):
        """Countries are frozen and usable as dict keys."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Country("PAK").alpha_3 = "IRN"  # type: ignore[misc]

        assert {Country("PAK"): 1}[Country("PAK")] == 1


class TestOrganisation:
    def test_known(self):
        """A known acronym gives its name."""
        assert Organisation("OIC").name == "Organisation of Islamic Cooperation"

    def test_unknown(self):
        """An unknown acronym is an UnknownCodeError."""
        with pytest.raises(UnknownCodeError, match="Organisation.acronym"):
            Organisation("XYZW")

    def test_no_acronym_is_a_country_code(self):
        """No organisation acronym can be confused with an ISO alpha-3 code."""
        import pycountry

        from bilateral import ORGANISATIONS

        clashes = [a for a in ORGANISATIONS if pycountry.countries.get(alpha_3=a) is not None]

        assert clashes == []


class TestDates:
    @pytest.mark.parametrize(
        ("partial", "iso", "first", "last"),
        [
            (PartialDate(2030), "2030", dt.date(2030, 1, 1), dt.date(2030, 12, 31)),
            (PartialDate(2024, 2), "2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
            (PartialDate(2023, 12), "2023-12", dt.date(2023, 12, 1), dt.date(2023, 12, 31)),
        ],
    )
    def test_partial_date(self, partial, iso, first, last):
        """A partial date writes reduced-precision ISO 8601 and knows the days it spans."""
        assert (iso, first, last) == (partial.isoformat(), partial.first_day, partial.last_day)

    @pytest.mark.parametrize(
        ("year", "month"), [(0, None), (10000, None), (2024, 13), (2024, 0), (True, None)]
    )
    def test_partial_date_invalid(self, year, month):
        """Years outside 1-9999 and months outside 1-12 are rejected."""
        with pytest.raises(ValidationError):
            PartialDate(year, month)

    def test_span_order(self):
        """A span may not end before it starts; overlapping reduced-precision ends are fine."""
        DateSpan(start=PartialDate(2024, 5), end=dt.date(2024, 5, 1))
        with pytest.raises(ValidationError, match=r"DateSpan\.end"):
            DateSpan(start=dt.date(2024, 5, 2), end=dt.date(2024, 5, 1))

    def test_datetime_is_not_a_date(self):
        """A datetime is refused where a date is expected, so no time is silently dropped."""
        with pytest.raises(ValidationError, match="Visit.start"):
            Visit(id="v1", visitor="o1", start=dt.datetime(2024, 5, 1, 12, 0))  # type: ignore[arg-type]


class TestAmounts:
    def test_money(self):
        """Money keeps its exact Decimal and ISO 4217 currency."""
        money = Money(value=Decimal("10000000000"), currency="USD")

        assert (Decimal("1E+10"), "USD") == (money.value, money.currency)

    @pytest.mark.parametrize("currency", ["usd", "XYZ", "US", ""])
    def test_bad_currency(self, currency):
        """Unknown or non-canonical currency codes are refused."""
        with pytest.raises(UnknownCodeError, match="Money.currency"):
            Money(value=Decimal(1), currency=currency)

    @pytest.mark.parametrize("value", [Decimal(-1), Decimal("NaN"), Decimal("Infinity"), 10, 1.5])
    def test_bad_value(self, value):
        """Negative, non-finite and non-Decimal amounts are refused."""
        with pytest.raises(ValidationError, match="Money.value"):
            Money(value=value, currency="USD")

    @pytest.mark.parametrize("unit", ["", " tonne", "tonne ", "a\nb", "two  spaces"])
    def test_bad_unit(self, unit):
        """A unit is words separated by single spaces."""
        with pytest.raises(ValidationError, match="Quantity.unit"):
            Quantity(value=Decimal(1), unit=unit)


class TestRecords:
    def test_lists_become_tuples(self):
        """Lists given for collection fields are stored as tuples, so records stay hashable."""
        official = Official(
            id="o1",
            name="Ishaq Dar",
            aliases=["Dar"],
            roles=[
                Role(
                    office=Office.FOREIGN_MINISTER,
                    title="Menteri Luar Negeri",
                    party=Country("PAK"),
                )
            ],
        )

        assert (official.aliases, len({official})) == (("Dar",), 1)

    @pytest.mark.parametrize("record_id", ["", "o 1", "-o1", "x" * 65, 5])
    def test_bad_id(self, record_id):
        """Record ids are short, without spaces, and start with a letter or digit."""
        with pytest.raises(ValidationError, match="Official.id"):
            Official(id=record_id, name="A")

    def test_blank_name(self):
        """A blank name is refused."""
        with pytest.raises(ValidationError, match="Official.name: must not be empty"):
            Official(id="o1", name="  ")

    def test_string_is_not_a_tuple(self):
        """A bare string for a collection field is refused rather than split into characters."""
        with pytest.raises(ValidationError, match="Official.aliases"):
            Official(id="o1", name="A", aliases="Dar")  # type: ignore[arg-type]

    def test_zero_count(self):
        """An agreement stands for at least one instrument."""
        with pytest.raises(ValidationError, match="Agreement.count"):
            Agreement(id="a1", kind=AgreementKind.MOU, status=AgreementStatus.SIGNED, count=0)

    def test_evidence_order(self):
        """Evidence spans are non-negative and ordered."""
        with pytest.raises(ValidationError, match="Evidence.end"):
            Evidence(5, 4)
        with pytest.raises(ValidationError, match="Evidence.start"):
            Evidence(-1, 4)

    def test_language(self):
        """An article's language is an ISO 639-1 code or 'und'."""
        assert Article(text="", language="und").language == "und"
        with pytest.raises(UnknownCodeError, match="Article.language"):
            Article(text="", language="ind")


class TestReport:
    def test_integrity_unknown_official(self):
        """A visit by an official the report lacks is an IntegrityError naming the field."""
        with pytest.raises(
            IntegrityError, match=r"Report\.visits\[0\]\.visitor: refers to official 'o9'"
        ):
            _report(visits=[Visit(id="v1", visitor="o9")])

    def test_integrity_duplicate_id(self):
        """Two records with the same id are refused."""
        with pytest.raises(IntegrityError, match="used twice"):
            _report(officials=[Official(id="x1", name="A")], visits=[Visit(id="x1", visitor="x1")])

    def test_integrity_evidence_inside_text(self):
        """Evidence must lie inside the article text."""
        with pytest.raises(IntegrityError, match="ends after the article text"):
            _report(officials=[Official(id="o1", name="A", evidence=[Evidence(0, 100)])])

    @pytest.mark.parametrize(
        "records",
        [
            {"meetings": [Meeting(id="m1", participants=["o2"])]},
            {"meetings": [Meeting(id="m1", visit="v7")]},
            {
                "agreements": [
                    Agreement(
                        id="a1",
                        kind=AgreementKind.MOU,
                        status=AgreementStatus.SIGNED,
                        signatories=["o3"],
                    )
                ]
            },
            {
                "targets": [
                    Target(
                        id="t1",
                        metric=TargetMetric.OTHER,
                        amount=Quantity(value=Decimal(1), unit="t"),
                        stated_by="o4",
                    )
                ]
            },
            {"statements": [Statement(id="s1", text="hi", speaker="o5")]},
        ],
    )
    def test_integrity_every_reference(self, records):
        """Every kind of reference is checked."""
        with pytest.raises(IntegrityError, match="which the report lacks"):
            _report(**records)

    def test_lookup_and_sentences(self):
        """A record's evidence leads back to its exact text and its sentence."""
        text = "Pertemuan berlangsung. Larijani tiba di Islamabad pada Selasa. Lalu pulang."
        visit = Visit(
            id="v1",
            visitor="o1",
            places=[Place(name="Islamabad", country=Country("PAK"))],
            evidence=[Evidence(23, 31), Evidence(40, 49)],
        )
        report = Report(
            article=Article(text=text, language="id"),
            officials=[Official(id="o1", name="Ali Larijani")],
            visits=[visit],
        )

        assert visit == report.get("v1")
        assert report.quotes(visit) == ("Larijani", "Islamabad")
        assert report.sentences(visit) == ("Larijani tiba di Islamabad pada Selasa.",)
        assert [r.id for r in report.records()] == ["o1", "v1"]
        with pytest.raises(KeyError):
            report.get("zz")
        with pytest.raises(KeyError):
            report.official("v1")
