"""
Find places (cities) in text and resolve each to its country.

The gazetteer holds every national capital and every city of 300,000 people or more, from
GeoNames (CC BY 4.0); the lexicon adds places it lacks (``places.extra``) and names the
gazetteer entries that are ordinary words in the language (``places.exclude``).
Alternate names (exonyms such as "Teheran" or "Kairo") are used for large cities only, where
they are long enough not to be mistaken for common words.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilateral.lexicons import load_gazetteer, load_lexicon, per_language
from bilateral.model import Country, Place
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import Mention, PhraseIndex, Token, span_text, tokenise
from bilateral.recognisers.countries import _country_matches

__all__ = ["find_places"]

#: Alternate names are used only for cities at least this large (or capitals) ...
_ALTERNATE_MIN_POPULATION = 1_000_000
#: ... and only when they are at least this long.
_ALTERNATE_MIN_LENGTH = 5


@per_language
def _place_index(code: str) -> PhraseIndex[tuple[str, str, str]]:
    """
    Return the phrase index of place names for the language *code*: form to (name, alpha-3, kind).
    """
    lexicon = load_lexicon(code)
    excluded = set(lexicon.forms("places.exclude"))
    entries: list[tuple[str, tuple[str, str, str]]] = []
    cities = sorted(load_gazetteer(), key=lambda c: -c.population)
    # A lexicon's extra form that the gazetteer knows as another name of one of the country's
    # cities ("Mekah", "Den Haag") takes that city's name; others stand as their own place.
    known = {
        (city.country, name.casefold()): city
        for city in reversed(cities)
        for name in (city.name, *city.alternates)
    }
    for alpha_3, forms in lexicon.table("places.extra").items():
        for form in forms:
            city = known.get((alpha_3, form.casefold()))
            if city is None:
                entries.append((form, (form, alpha_3, "city")))
            else:
                kind = "capital" if city.capital else "city"
                entries.append((form, (city.name, city.country, kind)))
    for city in cities:
        kind = "capital" if city.capital else "city"
        if city.name not in excluded:
            entries.append((city.name, (city.name, city.country, kind)))
    for city in cities:
        if city.population < _ALTERNATE_MIN_POPULATION and not city.capital:
            continue
        kind = "capital" if city.capital else "city"
        entries.extend(
            (alternate, (city.name, city.country, kind))
            for alternate in city.alternates
            if len(alternate) >= _ALTERNATE_MIN_LENGTH and alternate not in excluded
        )
    return PhraseIndex(entries)


def find_places(text: str, *, language: str | None = None) -> tuple[Mention[Place], ...]:
    """
    Return every mention of a known place in *text*, in text order, resolved to its country.

    The value's *name* is the gazetteer's name (``"Tehran"`` for "Teheran"); the mention's
    *text* is what the article wrote; *kind* is ``"capital"`` or ``"city"``, or ``"place"``
    for a place the gazetteer lacks that a preposition and a country's name frame ("di Luang
    Prabang, Laos": Luang Prabang, in Laos).

    >>> [(m.text, m.value.name, m.value.country.alpha_3) for m in find_places(
    ...     "Larijani tiba di Islamabad, lalu terbang ke Teheran.", language="id")]
    [('Islamabad', 'Islamabad', 'PAK'), ('Teheran', 'Tehran', 'IRN')]
    """
    tokens = tokenise(text)
    code = resolve_language(text, language)
    index = _place_index(code)
    mentions = []
    covered: set[int] = set()
    for first, end, (name, alpha_3, kind) in index.find(tokens):
        start, stop, found = span_text(text, tokens, first, end)
        mentions.append(
            Mention(start, stop, found, Place(name=name, country=Country(alpha_3)), kind)
        )
        covered.update(range(first, end))
    mentions += _placed_by_country(text, tokens, code, covered)
    mentions.sort(key=lambda m: m.start)
    return tuple(mentions)


_PLACE_WORDS = 3  # at most this many capitalised words in a place the gazetteer lacks


def _placed_by_country(
    text: str, tokens: Sequence[Token], code: str, covered: set[int]
) -> list[Mention[Place]]:
    """
    Return the places the gazetteer lacks that a preposition and a country frame.

    "di Luang Prabang, Laos", "in Siem Reap, Cambodia": after a preposition of place, one to
    three capitalised words, a comma and a country's name that ends the phrase (punctuation
    or the end of the text after it) make a place in that country.
    """
    prepositions = _prepositions(code)
    countries = {
        first: (end, alpha_3)
        for first, end, alpha_3, kind in _country_matches(text, code)
        if kind == "name"
    }
    out: list[Mention[Place]] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        if token.folded not in prepositions:
            continue
        k = i + 1
        while k < n and k - i <= _PLACE_WORDS and k not in covered and k not in countries:
            word = tokens[k].text
            if not (word[:1].isupper() and word.isalpha()):
                break
            k += 1
        if k == i + 1 or k >= n - 1 or tokens[k].text != "," or k + 1 not in countries:
            continue
        after = countries[k + 1][0]
        if after < n and tokens[after].text.isalnum():
            continue  # "in Parliament, Malaysia would act": the country begins a clause
        start, stop, found = span_text(text, tokens, i + 1, k)
        place = Place(name=found, country=Country(countries[k + 1][1]))
        out.append(Mention(start, stop, found, place, "place"))
    return out


@per_language
def _prepositions(code: str) -> frozenset[str]:
    return frozenset(f.casefold() for f in load_lexicon(code).forms("places.prepositions"))
