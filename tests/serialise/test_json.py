import datetime as dt
import json
from decimal import Decimal

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import (
    Article,
    Country,
    Evidence,
    FormatError,
    Money,
    Office,
    Official,
    Organisation,
    PartialDate,
    Period,
    Place,
    Report,
    Role,
    Target,
    TargetMetric,
    Visit,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from bilateral import strategies as bs

VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.FormatChecker()
)

#: (strategy, type) for every model type that has its own JSON form.
MODEL_STRATEGIES = [
    (bs.countries(), Country),
    (bs.organisations(), Organisation),
    (bs.partial_dates(), PartialDate),
    (bs.date_spans(), bilateral.DateSpan),
    (bs.money(), Money),
    (bs.quantities(), bilateral.Quantity),
    (bs.evidence(), Evidence),
    (bs.places(), Place),
    (bs.roles(), Role),
    (bs.officials(), Official),
    (bs.visits(), Visit),
    (bs.meetings(), bilateral.Meeting),
    (bs.agreements(), bilateral.Agreement),
    (bs.targets(), Target),
    (bs.statements(), bilateral.Statement),
    (bs.articles(), Article),
    (bs.reports(), Report),
]


def _sample_report() -> Report:
    return Report(
        article=Article(
            text="Larijani tiba di Islamabad.", language="id", published=dt.date(2025, 11, 26)
        ),
        officials=[
            Official(
                id="o1",
                name="Ali Larijani",
                roles=[
                    Role(
                        office=Office.SECURITY_COUNCIL_SECRETARY,
                        title="Sekretaris Dewan Keamanan Nasional Tertinggi",
                        party=Country("IRN"),
                    )
                ],
                evidence=[Evidence(0, 8)],
            )
        ],
        visits=[
            Visit(
                id="v1",
                visitor="o1",
                origin=Country("IRN"),
                destination=Country("PAK"),
                places=[Place(name="Islamabad", country=Country("PAK"))],
                start=dt.date(2025, 11, 25),
                evidence=[Evidence(0, 27)],
            )
        ],
        targets=[
            Target(
                id="t1",
                metric=TargetMetric.BILATERAL_TRADE,
                amount=Money(value=Decimal("1E+10"), currency="USD"),
                period=Period.PER_YEAR,
                deadline=PartialDate(2030),
                parties=[Country("IRN"), Organisation("ECO")],
                stated_by="o1",
            )
        ],
    )


class TestDocument:
    def test_exact_document(self):
        """A report is written as the documented bilateral/1 document, field by field."""
        expected = {
            "schema": "bilateral/1",
            "article": {
                "text": "Larijani tiba di Islamabad.",
                "language": "id",
                "title": None,
                "published": "2025-11-26",
                "url": None,
                "outlet": None,
            },
            "officials": [
                {
                    "id": "o1",
                    "name": "Ali Larijani",
                    "honorifics": [],
                    "aliases": [],
                    "roles": [
                        {
                            "office": "security_council_secretary",
                            "title": "Sekretaris Dewan Keamanan Nasional Tertinggi",
                            "party": "IRN",
                        }
                    ],
                    "evidence": [{"start": 0, "end": 8}],
                }
            ],
            "visits": [
                {
                    "id": "v1",
                    "visitor": "o1",
                    "origin": "IRN",
                    "destination": "PAK",
                    "places": [{"name": "Islamabad", "country": "PAK"}],
                    "start": "2025-11-25",
                    "end": None,
                    "evidence": [{"start": 0, "end": 27}],
                }
            ],
            "meetings": [],
            "agreements": [],
            "targets": [
                {
                    "id": "t1",
                    "metric": "bilateral_trade",
                    "amount": {"value": "10000000000", "currency": "USD"},
                    "period": "per_year",
                    "deadline": "2030",
                    "baseline": None,
                    "parties": ["IRN", "ECO"],
                    "stated_by": "o1",
                    "evidence": [],
                }
            ],
            "statements": [],
        }

        assert expected == to_dict(_sample_report())

    def test_compact_and_indented(self):
        """Compact output has no spaces; indented output differs only in layout."""
        report = _sample_report()

        assert json.loads(to_json(report)) == json.loads(to_json(report, indent=2))
        assert '"schema":"bilateral/1"' in to_json(report)

    def test_non_ascii_kept(self):
        """Non-ASCII text is written as is, not escaped."""
        assert to_json(Place(name="Tehrān")) == '{"name":"Tehrān","country":null}'

    def test_optional_fields_may_be_omitted(self):
        """Fields with defaults may be left out of a document."""
        visit = from_dict({"id": "v1", "visitor": "o1"}, Visit)

        assert Visit(id="v1", visitor="o1") == visit


class TestMalformed:
    @pytest.mark.parametrize(
        ("mutate", "path", "message"),
        [
            (
                lambda d: d.__setitem__("schema", "bilateral/2"),
                "$.schema",
                "unknown schema 'bilateral/2'",
            ),
            (lambda d: d.pop("schema"), "$.schema", "missing"),
            (
                lambda d: d["visits"][0].__setitem__("start", "2025-13-01"),
                "$.visits[0].start",
                "not a valid date",
            ),
            (
                lambda d: d["visits"][0].__setitem__("start", "25/11/2025"),
                "$.visits[0].start",
                "not an ISO 8601 date",
            ),
            (
                lambda d: d["visits"][0].__setitem__("end", "2024"),
                "$.visits[0].end",
                "ends (2024) before it starts",
            ),
            (
                lambda d: d["visits"][0].__setitem__("visitor", "o9"),
                "$.visits[0].visitor",
                "refers to official 'o9'",
            ),
            (
                lambda d: d["officials"][0].__setitem__("name", 5),
                "$.officials[0].name",
                "expected a string, got an integer",
            ),
            (
                lambda d: d["officials"][0].pop("name"),
                "$.officials[0].name",
                "missing required field 'name'",
            ),
            (
                lambda d: d["officials"][0].__setitem__("nickname", "x"),
                "$.officials[0]",
                "unknown field(s) nickname",
            ),
            (
                lambda d: d["officials"][0]["roles"][0].__setitem__("office", "boss"),
                "$.officials[0].roles[0].office",
                "'boss' is not a valid Office value (one of: head_of_state,",
            ),
            (
                lambda d: d["officials"][0]["roles"][0].__setitem__("party", "XYZ"),
                "$.officials[0].roles[0].party",
                "'XYZ' is not an ISO 3166-1 alpha-3 code",
            ),
            (
                lambda d: d["targets"][0]["amount"].__setitem__("value", "1e10"),
                "$.targets[0].amount.value",
                "not a plain non-negative decimal",
            ),
            (
                lambda d: d["targets"][0]["amount"].__setitem__("value", 10),
                "$.targets[0].amount.value",
                "expected a string, got an integer",
            ),
            (
                lambda d: d["targets"][0].__setitem__("amount", {"value": "1"}),
                "$.targets[0].amount",
                "either a 'currency' or a 'unit'",
            ),
            (
                lambda d: d["targets"][0]["amount"].__setitem__("currency", "XXY"),
                "$.targets[0].amount.currency",
                "not an ISO 4217 currency code",
            ),
            (lambda d: d.__setitem__("visits", {}), "$.visits", "expected an array, got an object"),
            (
                lambda d: d.__setitem__("officials", [5]),
                "$.officials[0]",
                "expected an object, got an integer",
            ),
            (
                lambda d: d["officials"][0]["evidence"][0].__setitem__("start", "0"),
                "$.officials[0].evidence[0].start",
                "expected an integer, got a string",
            ),
            (
                lambda d: d["officials"][0]["evidence"][0].__setitem__("end", 99),
                "$.officials[0].evidence",
                "ends after the article text",
            ),
            (
                lambda d: d["article"].__setitem__("published", "2025"),
                "$.article.published",
                "not a full date",
            ),
            (
                lambda d: d["article"].__setitem__("language", "xx"),
                "$.article.language",
                "not an ISO 639-1 code",
            ),
            (
                lambda d: d["targets"][0].__setitem__("period", None),
                "$.targets[0].period",
                "None is not a valid Period value (one of: per_year, none)",
            ),
        ],
    )
    def test_path_and_reason(self, mutate, path, message):
        """Each kind of damage raises FormatError naming the JSON path of the problem."""
        document = to_dict(_sample_report())
        mutate(document)

        with pytest.raises(FormatError) as info:
            from_dict(document, Report)

        assert path == info.value.path
        assert message in info.value.reason

    @pytest.mark.parametrize("text", ["", "[", '{"schema": ', "null", '"report"', "[]", "NaN"])
    def test_not_a_document(self, text):
        """Text that is not a JSON object raises FormatError at the root."""
        with pytest.raises(FormatError) as info:
            from_json(text, Report)

        assert info.value.path == "$"

    def test_format_error_is_value_error(self):
        """FormatError is a ValueError and a BilateralError."""
        with pytest.raises(ValueError, match=r"^\$"):
            from_json("[", Report)


class TestProperties:
    @pytest.mark.parametrize(
        ("strategy", "kind"), MODEL_STRATEGIES, ids=lambda x: getattr(x, "__name__", "")
    )
    def test_json_round_trip(self, strategy, kind):
        """from_json(to_json(x)) == x exactly, for every model type."""

        @given(strategy)
        def check(value):
            assert value == from_json(to_json(value), kind)
            assert value == from_dict(to_dict(value), kind)

        check()

    @pytest.mark.parametrize(
        ("strategy", "kind"), MODEL_STRATEGIES, ids=lambda x: getattr(x, "__name__", "")
    )
    def test_deterministic(self, strategy, kind):
        """The same object always gives the same text, and equal objects give equal text."""

        @given(strategy)
        def check(value):
            assert to_json(value) == to_json(from_json(to_json(value), kind))

        check()

    @given(bs.reports())
    def test_reports_validate_against_schema(self, report):
        """Every generated report document validates against json_schema()."""
        VALIDATOR.validate(to_dict(report))

    @given(bs.reports(), st.data())
    def test_truncated_documents(self, report, data):
        """A truncated document raises FormatError and nothing else."""
        text = to_json(report)
        cut = data.draw(st.integers(0, len(text) - 1))

        with pytest.raises(FormatError):
            from_json(text[:cut], Report)

    @given(bs.reports(), st.data())
    def test_mutated_documents(self, report, data):
        """A randomly changed document either loads to a valid report or raises FormatError."""
        text = to_json(report)
        position = data.draw(st.integers(0, len(text) - 1))
        replacement = data.draw(st.text(max_size=3))
        mutated = text[:position] + replacement + text[position + 1 :]
        try:
            loaded = from_json(mutated, Report)
        except FormatError:
            return
        VALIDATOR.validate(to_dict(loaded))

    @given(bs.reports(), st.data())
    def test_changed_values(self, report, data):
        """Replacing any value in the document with a wrong-typed one raises FormatError or loads cleanly."""
        document = to_dict(report)
        paths = list(_paths(document))
        path = data.draw(st.sampled_from(paths))
        value = data.draw(
            st.one_of(
                st.none(),
                st.integers(),
                st.text(max_size=5),
                st.lists(st.integers(), max_size=2),
                st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
            )
        )
        _set(document, path, value)
        try:
            from_dict(document, Report)
        except FormatError as exc:
            assert exc.path.startswith("$")


def _paths(node, prefix=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


def _set(document, path, value):
    for step in path[:-1]:
        document = document[step]
    document[path[-1]] = value


class TestSchema:
    def test_schema_is_valid_draft_2020_12(self):
        """The shipped schema is itself a valid draft 2020-12 schema."""
        jsonschema.Draft202012Validator.check_schema(json_schema())

    def test_schema_covers_every_field(self):
        """Every field of every model class appears in the schema, so it cannot drift."""
        import attrs

        schema = json_schema()
        for name, definition in schema["$defs"].items():
            cls = getattr(bilateral, name)
            assert [f.name for f in attrs.fields(cls)] == list(definition["properties"])
        assert ["schema", *[f.name for f in attrs.fields(Report)]] == list(schema["properties"])

    def test_schema_rejects_bad_party(self):
        """The schema refuses a party that is neither a country code nor a known acronym."""
        document = to_dict(_sample_report())
        document["targets"][0]["parties"] = ["XYZ"]

        with pytest.raises(jsonschema.ValidationError):
            VALIDATOR.validate(document)

    def test_copy(self):
        """Changing the returned schema does not change the next one."""
        json_schema()["title"] = "changed"

        assert json_schema()["title"] == "bilateral report document (bilateral/1)"


class TestItemPaths:
    def test_blank_list_item_is_named(self):
        """A blank item of a list of texts is named by its index in the path."""
        document = to_dict(_sample_report())
        document["officials"][0]["aliases"] = ["Larijani", "  "]

        with pytest.raises(FormatError) as info:
            from_dict(document, Report)

        assert ("$.officials[0].aliases[1]", "must not be empty or blank") == (
            info.value.path,
            info.value.reason,
        )
