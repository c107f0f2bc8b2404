"""
Find countries in text: names, short names, demonyms, press abbreviations and capitals.

Names come from ISO 3166 through pycountry (English, and the language's translation), from CLDR
through babel (the language's own short names), and from the lexicon (the press's forms).
Capitals used for their governments ("Tehran dan Islamabad") come from the gazetteer.
All of them are found in one pass over the text's tokens.
"""

from __future__ import annotations

import functools
import gettext

import pycountry

from bilateral.lexicons import load_gazetteer, load_lexicon, per_language
from bilateral.model import Country
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import Mention, PhraseIndex, span_text, tokenise

__all__ = ["find_countries"]

#: Alternate names of capitals ("Kairo", "Moskow") are used from this length up.
_MIN_ALTERNATE = 5


def _iso_names(code: str) -> list[tuple[str, str]]:
    """Return (name, alpha-3) pairs from ISO 3166 in English and in the language *code*."""
    try:
        translation: gettext.NullTranslations = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[code]
        )
    except OSError:
        translation = gettext.NullTranslations()
    pairs = []
    for country in pycountry.countries:
        for attribute in ("common_name", "name", "official_name"):
            english = getattr(country, attribute, None)
            if not english:
                continue
            for form in {english, translation.gettext(english)}:
                if "," not in form:
                    pairs.append((form, country.alpha_3))
    return pairs


def _cldr_names(locale: str) -> list[tuple[str, str]]:
    from babel import Locale

    territories = Locale.parse(locale).territories
    pairs = []
    for country in pycountry.countries:
        name = territories.get(country.alpha_2)
        if name and "," not in name:
            pairs.append((name, country.alpha_3))
    return pairs


@per_language
def _country_index(code: str) -> PhraseIndex[tuple[str, str]]:
    """
    Return the phrase index of country forms for the language *code*: form to (alpha-3, kind).

    Phrases that hold a country's name without meaning it ("South China Sea") come first and
    have the kind ``"not"``: they are matched, so that the name inside them is not, and dropped.
    """
    lexicon = load_lexicon(code)
    entries: list[tuple[str, tuple[str, str]]] = [
        (form, ("", "not")) for form in lexicon.forms("countries.not")
    ]
    for kind, key in (
        ("abbreviation", "countries.abbreviations"),
        ("name", "countries.names"),
        ("demonym", "countries.demonyms"),
    ):
        for alpha_3, forms in lexicon.table(key).items():
            entries.extend((form, (alpha_3, kind)) for form in forms)
    entries.extend((form, (alpha_3, "name")) for form, alpha_3 in _cldr_names(lexicon.locale))
    entries.extend((form, (alpha_3, "name")) for form, alpha_3 in _iso_names(code))
    excluded = set(lexicon.forms("places.exclude"))
    for city in load_gazetteer():
        if not city.capital:
            continue
        names = [city.name, *(a for a in city.alternates if len(a) >= _MIN_ALTERNATE)]
        entries.extend((name, (city.country, "capital")) for name in names if name not in excluded)
    return PhraseIndex(entries)


@per_language
def _style_index(code: str) -> PhraseIndex[str]:
    """The styles written before a country's name in its long form ("Republik Demokratik")."""
    return PhraseIndex((form, form) for form in load_lexicon(code).forms("countries.styles"))


@functools.lru_cache(maxsize=4)
def _country_matches(text: str, code: str) -> tuple[tuple[int, int, str, str], ...]:
    """
    Return ``(first token, end token, alpha-3, kind)`` for every country mention in *text*.

    A style written before a name is taken into the mention: "Republik Demokratik Timor-Leste",
    "the Republic of Korea".
    Cached for the last few texts: the officials recogniser and the parser read the same
    matches as :func:`find_countries`.
    """
    tokens = tokenise(text)
    styles = {end: first for first, end, _ in _style_index(code).find(tokens)}
    out = []
    for first, end, (alpha_3, kind) in _country_index(code).find(tokens):
        if kind == "not":
            continue
        if kind == "name" and first in styles:
            first = styles[first]
        out.append((first, end, alpha_3, kind))
    return tuple(out)


def find_countries(text: str, *, language: str | None = None) -> tuple[Mention[Country], ...]:
    """
    Return every mention of a country in *text*, in text order.

    A mention's *kind* is ``"name"``, ``"abbreviation"``, ``"demonym"`` or ``"capital"`` (a
    capital city standing for its government).
    Whole words only: "Niger" is not found inside "Nigeria".

    >>> [(m.text, m.value.alpha_3, m.kind) for m in find_countries(
    ...     "Kerja sama Iran–Pakistan dibahas di Islamabad; Menlu RI hadir.", language="id")]
    [('Iran', 'IRN', 'name'), ('Pakistan', 'PAK', 'name'), ('Islamabad', 'PAK', 'capital'), ('RI', 'IDN', 'abbreviation')]
    """
    code = resolve_language(text, language)
    tokens = tokenise(text)
    mentions = []
    for first, end, alpha_3, kind in _country_matches(text, code):
        start, stop, found = span_text(text, tokens, first, end)
        mentions.append(Mention(start, stop, found, Country(alpha_3), kind))
    return tuple(mentions)
