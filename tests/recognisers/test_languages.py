"""Table-driven tests of :func:`bilateral.recognisers.detect_language` over its corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bilateral.recognisers import detect_language


def _corpus(name: str) -> ModuleType:
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS = _corpus("corpus_languages")


class TestDetectLanguage:
    @pytest.mark.parametrize(
        ("language", "text", "expected"),
        CORPUS.CASES,
        ids=[f"{case[0]}:{case[1]!r}" for case in CORPUS.CASES],
    )
    def test_corpus(self, language: str, text: str, expected: str) -> None:
        """Each corpus text is detected as exactly the expected language, or ``und``."""
        actual = detect_language(text)

        assert expected == actual
