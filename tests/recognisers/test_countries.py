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
