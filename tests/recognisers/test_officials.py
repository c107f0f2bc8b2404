"""Table-driven tests of :func:`bilateral.recognisers.find_officials` over its corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bilateral.model import Country, Organisation
from bilateral.recognisers import find_officials


def _corpus(name: str) -> ModuleType:
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS = _corpus("corpus_officials")

Person = tuple[str, list[tuple[str, str | None]]]


def _party(party: Country | Organisation | None) -> str | None:
    if party is None:
        return None
    if isinstance(party, Country):
        return party.alpha_3
    return party.acronym


def _actual(text: str, language: str) -> tuple[list[Person], list[tuple[str, str]]]:
    mentions = find_officials(text, language=language)
    persons: dict[str, Person] = {}
    for mention in mentions:
        official = mention.value.official
        persons.setdefault(
            official.id,
            (official.name, [(r.office.value, _party(r.party)) for r in official.roles]),
        )
    return list(persons.values()), [(m.text, m.value.official.name) for m in mentions]


class TestFindOfficials:
    @pytest.mark.parametrize(
        ("language", "text", "expected"),
        CORPUS.CASES,
        ids=[f"{case[0]}:{case[1]}" for case in CORPUS.CASES],
    )
    def test_corpus(
        self, language: str, text: str, expected: tuple[list[Person], list[tuple[str, str]]]
    ) -> None:
        """Each corpus text yields exactly the expected people, roles and linked mentions."""
        actual = _actual(text, language)

        assert expected == actual
