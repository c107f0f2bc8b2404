"""Table-driven tests of :func:`bilateral.recognisers.find_places` over its corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bilateral.recognisers import find_places


def _corpus(name: str) -> ModuleType:
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS = _corpus("corpus_places")


def _actual(text: str, language: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.text, m.value.name, m.value.country.alpha_3 if m.value.country else None)
        for m in find_places(text, language=language)
    ]


class TestFindPlaces:
    @pytest.mark.parametrize(
        ("language", "text", "expected"),
        CORPUS.CASES,
        ids=[f"{case[0]}:{case[1]}" for case in CORPUS.CASES],
    )
    def test_corpus(self, language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
        """Each corpus text yields exactly the expected place mentions, in text order."""
        actual = _actual(text, language)

        assert expected == actual
