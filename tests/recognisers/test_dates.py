"""Table-driven tests of :func:`bilateral.recognisers.find_dates` and ``find_dateline``."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bilateral.model import DateSpan, PartialDate
from bilateral.recognisers import DateValue, find_dateline, find_dates


def _corpus(name: str) -> ModuleType:
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS = _corpus("corpus_dates")


def _iso(value: DateValue) -> str | None:
    if value is None:
        return None
    if isinstance(value, DateSpan):
        return f"{_iso(value.start)}/{_iso(value.end)}"
    assert isinstance(value, dt.date | PartialDate)
    return value.isoformat()


def _actual(text: str, language: str, published: str | None) -> list[tuple[str, str, str | None]]:
    return [
        (m.text, m.kind, _iso(m.value))
        for m in find_dates(text, language=language, published=published)
    ]


def _actual_dateline(
    text: str, language: str, published: str | None
) -> tuple[str, str | None] | None:
    mention = find_dateline(text, language=language, published=published)
    return None if mention is None else (mention.text, _iso(mention.value))


class TestFindDates:
    @pytest.mark.parametrize(
        ("language", "text", "published", "expected"),
        CORPUS.CASES,
        ids=[f"{case[0]}:{case[1]}" for case in CORPUS.CASES],
    )
    def test_corpus(
        self,
        language: str,
        text: str,
        published: str | None,
        expected: list[tuple[str, str, str | None]],
    ) -> None:
        """Each corpus text yields exactly the expected date mentions, resolved against its date."""
        actual = _actual(text, language, published)

        assert expected == actual


class TestFindDateline:
    @pytest.mark.parametrize(
        ("language", "text", "published", "expected"),
        CORPUS.DATELINE_CASES,
        ids=[f"{case[0]}:{case[1][:60]}" for case in CORPUS.DATELINE_CASES],
    )
    def test_corpus(
        self,
        language: str,
        text: str,
        published: str | None,
        expected: tuple[str, str | None] | None,
    ) -> None:
        """Each article yields exactly the expected dateline and date, or no dateline at all."""
        actual = _actual_dateline(text, language, published)

        assert expected == actual
