import json
import pathlib

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import BilateralError, Report, json_schema, parse, to_dict, to_json
from bilateral.io import decode

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"
ARTICLES = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _check(report: Report) -> None:
    VALIDATOR.validate(to_dict(report))
    assert len(report.article.text) >= max(
        (e.end for r in report.records() for e in r.evidence), default=0
    )


class TestBadInput:
    @pytest.mark.parametrize(
        "text",
        [
            "",
            "   \n\t  \r\n",
            "\x00" * 100,
            "".join(chr(c) for c in range(32)) * 50,
            "<html><head><title>x</title></head><body><p>Presiden <b>Prabowo</b> tiba di <a href='#'>Jakarta</a>.</p></body></html>",
            "Ein Text in einer Sprache, die das Programm nicht kennt, mit Berlin und Paris.",
            " ".join(["Minister President Ali Larijani Pakistan"] * 2000),
            "Larijani di Pakistan: Pesan Ayatullah Khamenei\n" * 10000,
            "\ud800\udfff lone surrogates",
            "“" * 5000 + "”" * 5000,
            "1.1.1.1.1.1.1.1.1.1.1" * 5000,
            "USD " * 20000,
        ],
        ids=[
            "empty",
            "blank",
            "nul",
            "controls",
            "html",
            "unknown-language",
            "capitals",
            "title-x10000",
            "surrogates",
            "quotes",
            "dots",
            "currency",
        ],
    )
    def test_parse_returns_a_valid_report(self, text):
        """Odd input gives a report that passes its own checks and the schema, never a crash."""
        report = parse(text)

        _check(report)

    def test_unknown_language_is_empty(self):
        """Text in a language without a lexicon gives no records and the language 'und'."""
        report = parse(
            "Der Außenminister traf gestern in Berlin seinen Amtskollegen aus Paris und Madrid."
        )

        assert (report.article.language, list(report.records())) == ("und", [])

    def test_one_megabyte_line(self):
        """A single line of a megabyte parses; a name without a title or honorific is no official."""
        line = "Presiden Asif Ali Zardari bertemu Ali Larijani di Islamabad, " * 17000
        report = parse(line, language="id")

        assert ["Asif Ali Zardari"] == [o.name for o in report.officials]

    def test_ten_megabytes(self):
        """Ten megabytes of article text parse without error."""
        text = "\n".join(ARTICLES) * 200
        assert len(text) > 10_000_000
        report = parse(text, published="2025-11-26")

        assert report.article.language in ("id", "en", "ms")

    @pytest.mark.parametrize("data", [b"\xff\xfe\xfa", b"\xc3\x28", b"\x80abc"])
    def test_undecodable_bytes(self, data):
        """Bytes that are not valid text raise DecodeError, a BilateralError."""
        with pytest.raises(BilateralError, match="not valid"):
            decode(data)

    def test_bytes_with_encoding(self):
        """An explicit encoding is honoured."""
        assert decode("Bogotá".encode("latin-1"), encoding="latin-1") == "Bogotá"

    def test_unknown_encoding(self):
        """An unknown encoding name is a DecodeError."""
        with pytest.raises(BilateralError, match="unknown encoding 'klingon'"):
            decode(b"x", encoding="klingon")


def _mutations() -> st.SearchStrategy[str]:
    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        text = draw(st.sampled_from(ARTICLES))
        kind = draw(st.sampled_from(["insert", "delete", "swap", "shuffle", "numbers"]))
        if kind == "shuffle":
            lines = text.split("\n")
            return "\n".join(draw(st.permutations(lines)))
        if kind == "numbers":
            return "".join(
                draw(st.sampled_from("0123456789.,")) if c.isdigit() else c for c in text
            )
        for _ in range(draw(st.integers(1, 20))):
            i = draw(st.integers(0, max(0, len(text) - 1)))
            if kind == "insert":
                text = text[:i] + draw(st.text(max_size=5)) + text[i:]
            elif kind == "delete":
                text = text[:i] + text[i + draw(st.integers(1, 40)) :]
            elif i + 1 < len(text):
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text

    return mutate()


class TestFuzz:
    @settings(max_examples=60)
    @given(st.text(max_size=2000))
    def test_any_text(self, text):
        """Parsing arbitrary text never raises, and the report passes the schema."""
        _check(parse(text))

    @settings(max_examples=40)
    @given(_mutations())
    def test_mutated_articles(self, text):
        """Mutated development articles parse into valid reports that survive a JSON round trip."""
        report = parse(text, published="2025-11-26")
        _check(report)

        assert json.loads(to_json(report))["schema"] == "bilateral/1"
