"""Table-driven tests of :func:`bilateral.recognisers.split_sentences` over its corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bilateral.recognisers import split_sentences


def _corpus(name: str) -> ModuleType:
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS = _corpus("corpus_sentences")


def _actual(text: str, language: str) -> list[tuple[str, list[str]]]:
    return [
        (sentence.text, [item.text for item in sentence.items])
        for sentence in split_sentences(text, language=language)
    ]


class TestSplitSentences:
    @pytest.mark.parametrize(
        ("language", "text", "expected"),
        CORPUS.CASES,
        ids=[f"{case[0]}:{case[1]!r}" for case in CORPUS.CASES],
    )
    def test_corpus(self, language: str, text: str, expected: list[tuple[str, list[str]]]) -> None:
        """Each corpus text splits into exactly the expected sentences and list items."""
        actual = _actual(text, language)

        assert expected == actual
