"""Table-driven tests of :func:`bilateral.recognisers.find_countries` over its corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bilateral.recognisers import find_countries


def _corpus(name: str) -> ModuleType:
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS = _corpus("corpus_countries")


def _actual(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.alpha_3) for m in find_countries(text, language=language)]


class TestFindCountries:
    @pytest.mark.parametrize(
        ("language", "text", "expected"),
        CORPUS.CASES,
        ids=[f"{case[0]}:{case[1]}" for case in CORPUS.CASES],
    )
    def test_corpus(self, language: str, text: str, expected: list[tuple[str, str]]) -> None:
        """Each corpus text yields exactly the expected country mentions, in text order."""
        actual = _actual(text, language)

        assert expected == actual


class TestCandidates:
    def test_ambiguous_names(self) -> None:
        """A form with two meanings lists both, its usual one first and as the value."""
        mentions = find_countries("Talks with Congo and Korea.", language="en")

        assert [(m.value.alpha_3, [c.alpha_3 for c in m.candidates]) for m in mentions] == [
            ("COG", ["COG", "COD"]),
            ("KOR", ["KOR", "PRK"]),
        ]

    def test_unambiguous_names(self) -> None:
        """A form with one meaning has no candidates, and its kind says a former name."""
        mentions = find_countries("Zaire and Indonesia", language="en")

        assert [(m.kind, m.candidates) for m in mentions] == [("former", ()), ("name", ())]
