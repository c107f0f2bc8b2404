"""The recognisers on the founding article, as the recogniser issue's "done when" lists them."""

import datetime as dt
import pathlib
from decimal import Decimal

from bilateral import Money
from bilateral.recognisers import (
    find_amounts,
    find_countries,
    find_dates,
    find_officials,
    find_places,
)

TEXT = (
    pathlib.Path(__file__).parent.parent.parent / "seeds" / "000_id_larijani-pakistan.txt"
).read_text(encoding="utf-8")


class TestFoundingArticle:
    def test_countries(self):
        """Iran, Pakistan, Israel, Afghanistan and Palestine are found by name; Gaza is no country."""
        named = {m.value.alpha_3 for m in find_countries(TEXT, language="id") if m.kind == "name"}

        assert {"AFG", "IRN", "ISR", "PAK", "PSE"} == named

    def test_places(self):
        """Islamabad is in Pakistan and Gaza a place in Palestine."""
        places = {(m.value.name, m.value.country.alpha_3) for m in find_places(TEXT, language="id")}

        assert {("Gaza", "PSE"), ("Islamabad", "PAK"), ("Tehran", "IRN")} == places

    def test_weekday(self):
        """ "Selasa" is a weekday, resolved to the Tuesday before publication, and nothing else is a date."""
        dates = [
            (m.text, m.kind, m.value)
            for m in find_dates(TEXT, language="id", published="2025-11-26")
        ]

        assert [
            ("pada hari Selasa", "weekday", dt.date(2025, 11, 25)),
            ("pada Selasa pagi", "weekday", dt.date(2025, 11, 25)),
        ] == dates

    def test_amount(self):
        """USD 10 miliar is exactly 10,000,000,000 US dollars, per year where the text says so."""
        amounts = [(m.text, m.value, m.kind) for m in find_amounts(TEXT, language="id")]

        assert [
            ("USD 10 Miliar", Money(value=Decimal("10000000000"), currency="USD"), "money"),
            (
                "USD 10 miliar per tahun",
                Money(value=Decimal("10000000000"), currency="USD"),
                "money_per_year",
            ),
        ] == amounts

    def test_officials(self):
        """The five officials are found with their offices and countries."""
        people = {}
        for mention in find_officials(TEXT, language="id"):
            official = mention.value.official
            people[official.name] = sorted((r.office.value, str(r.party)) for r in official.roles)

        assert {
            "Ali Larijani": [("security_council_secretary", "IRN")],
            "Ali Khamenei": [("supreme_leader", "IRN")],
            "Asif Ali Zardari": [("head_of_state", "PAK")],
            "Ayaz Sadiq": [("speaker_of_parliament", "PAK")],
            "Ishaq Dar": [("deputy_head_of_government", "PAK"), ("foreign_minister", "PAK")],
        } == people
