"""Robustness and round-trip properties of every recogniser, for every shipped language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import pytest
from babel.dates import get_month_names
from hypothesis import given
from hypothesis import strategies as st

from bilateral.lexicons import available_languages, load_lexicon
from bilateral.model import UNKNOWN_LANGUAGE, Money
from bilateral.recognisers import (
    Mention,
    Sentence,
    detect_language,
    find_amounts,
    find_countries,
    find_dateline,
    find_dates,
    find_officials,
    find_places,
    split_sentences,
)

PUBLISHED = "2025-11-26"

#: Every shipped language, ``und`` (language-neutral forms only), and ``None`` (detect it).
LANGUAGES: list[str | None] = [*available_languages(), UNKNOWN_LANGUAGE, None]


def _countries(text: str, language: str | None) -> Sequence[Mention[Any]]:
    return find_countries(text, language=language)


def _places(text: str, language: str | None) -> Sequence[Mention[Any]]:
    return find_places(text, language=language)


def _dates(text: str, language: str | None) -> Sequence[Mention[Any]]:
    return find_dates(text, language=language, published=PUBLISHED)


def _dateline(text: str, language: str | None) -> Sequence[Mention[Any]]:
    found = find_dateline(text, language=language, published=PUBLISHED)
    return () if found is None else (found,)


def _amounts(text: str, language: str | None) -> Sequence[Mention[Any]]:
    return find_amounts(text, language=language)


def _officials(text: str, language: str | None) -> Sequence[Mention[Any]]:
    return find_officials(text, language=language)


def _sentences(text: str, language: str | None) -> Sequence[Sentence]:
    return split_sentences(text, language=language)


RECOGNISERS: dict[str, Callable[[str, str | None], Sequence[Mention[Any] | Sentence]]] = {
    "countries": _countries,
    "places": _places,
    "dates": _dates,
    "dateline": _dateline,
    "amounts": _amounts,
    "officials": _officials,
    "sentences": _sentences,
}

#: Pieces of news copy in every shipped language, and characters that break naive code, which
#: random text joins so that the recognisers' patterns are actually exercised.
FRAGMENTS = [
    " ",
    "\n",
    "\t",
    "\r\n",
    ":",
    ",",
    ".",
    "-",
    "–",
    "(",
    ")",
    "'s",
    "•",
    "1.",
    "Presiden",
    "President",
    "Perdana Menteri",
    "Menteri Luar Negeri",
    "Foreign Minister",
    "Menteri Luar",
    "Datuk Seri",
    "Dr.",
    "H.E.",
    "Ishaq Dar",
    "Wang Yi",
    "Iran",
    "Pakistan",
    "Iranian",
    "RI",
    "AS",
    "US",
    "Islamabad",
    "Teheran",
    "Gaza",
    "USD",
    "US$",
    "Rp",
    "RM",
    "€",
    "10",
    "1.500",
    "1,5",
    "2030",
    "miliar",
    "billion",
    "bilion",
    "juta",
    "ton",
    "per tahun",
    "a year",
    "25",
    "Mei",
    "May",
    "November",
    "25/11/2025",
    "Selasa",
    "Tuesday",
    "Isnin",
    "kemarin",
    "yesterday",
    "semalam",
    "pada",
    "hingga",
    "to",
    "JAKARTA",
    "(ANTARA)",
    "(Reuters)",
    "\x00",
    "\x1b",
    "\u200b",
    "\u0301",
    "İ",
    "ß",
    "ﬁ",
    "🙂",
    "🇮🇩",
    "\ud7ff",
]

TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=30).map("".join),
)


def _spans(found: Sequence[Mention[Any] | Sentence]) -> list[tuple[int, int]]:
    spans = []
    for item in found:
        spans.append((item.start, item.end))
        if isinstance(item, Sentence):
            spans.extend((sub.start, sub.end) for sub in item.items)
    return spans


def _texts_match(text: str, found: Sequence[Mention[Any] | Sentence]) -> bool:
    for item in found:
        if text[item.start : item.end] != item.text:
            return False
        if isinstance(item, Sentence) and not _texts_match(text, item.items):
            return False
    return True


ROBUSTNESS_CASES = [(name, language) for name in sorted(RECOGNISERS) for language in LANGUAGES]


class TestRobustness:
    @pytest.mark.parametrize(
        ("name", "language"),
        ROBUSTNESS_CASES,
        ids=[f"{name}-{language}" for name, language in ROBUSTNESS_CASES],
    )
    @given(text=TEXTS)
    def test_any_text(self, name: str, language: str | None, text: str) -> None:
        """Any text gives mentions inside it, in text order, the same on every call."""
        recognise = RECOGNISERS[name]

        found = recognise(text, language)
        again = recognise(text, language)

        assert all(0 <= start <= end <= len(text) for start, end in _spans(found))
        assert _texts_match(text, found)
        starts = [(item.start, item.end) for item in found]
        assert starts == sorted(starts)
        assert found == again

    @given(text=TEXTS)
    def test_detect_language(self, text: str) -> None:
        """Any text is given a shipped language or ``und``, the same on every call."""
        known = {*available_languages(), UNKNOWN_LANGUAGE}

        actual = detect_language(text)

        assert actual in known
        assert detect_language(text) == actual


def _prefix_codes(language: str) -> list[str]:
    table = load_lexicon(language).table("amounts.currencies")
    return sorted(code for code, forms in table.items() if code in forms)


def _written(value: Decimal, language: str) -> str:
    lexicon = load_lexicon(language)
    whole, _, fraction = f"{value:,.2f}".partition(".")
    whole = whole.replace(",", lexicon.group)
    if fraction == "00":
        return whole
    return f"{whole}{lexicon.decimal}{fraction}"


SHIPPED = list(available_languages())

AMOUNTS = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False)


class TestMoneyRoundTrip:
    @pytest.mark.parametrize("language", SHIPPED)
    @given(value=AMOUNTS, data=st.data())
    def test_prefix_code(self, language: str, value: Decimal, data: st.DataObject) -> None:
        """Money written as ``CODE number`` in the language's marks parses back exactly."""
        code = data.draw(st.sampled_from(_prefix_codes(language)), label="code")
        text = f"{code} {_written(value, language)}"
        expected = [(text, Money(value=value, currency=code))]

        actual = [(m.text, m.value) for m in find_amounts(text, language=language)]

        assert expected == actual


def _date_text(day: dt.date, language: str) -> str:
    month = get_month_names("wide", locale=load_lexicon(language).locale)[day.month]
    if load_lexicon(language).day_first:
        return f"{day.day} {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


class TestDateRoundTrip:
    @pytest.mark.parametrize("language", SHIPPED)
    @given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
    def test_month_name(self, language: str, day: dt.date) -> None:
        """A date written with the language's month name parses back to that date."""
        text = _date_text(day, language)
        expected = [(text, "date", day)]

        actual = [(m.text, m.kind, m.value) for m in find_dates(text, language=language)]

        assert expected == actual
