"""
Find places (cities) in text and resolve each to its country.

The gazetteer holds every national capital and every city of 300,000 people or more, from
GeoNames (CC BY 4.0); the lexicon adds places it lacks (``places.extra``) and names the
gazetteer entries that are ordinary words in the language (``places.exclude``).
Alternate names (exonyms such as "Teheran" or "Kairo") are used for large cities only, where
they are long enough not to be mistaken for common words.
"""

from __future__ import annotations

from bilateral.lexicons import load_gazetteer, load_lexicon, per_language
from bilateral.model import Country, Place
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import Mention, PhraseIndex, span_text, tokenise

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
    *text* is what the article wrote; *kind* is ``"capital"`` or ``"city"``.

    >>> [(m.text, m.value.name, m.value.country.alpha_3) for m in find_places(
    ...     "Larijani tiba di Islamabad, lalu terbang ke Teheran.", language="id")]
    [('Islamabad', 'Islamabad', 'PAK'), ('Teheran', 'Tehran', 'IRN')]
    """
    tokens = tokenise(text)
    index = _place_index(resolve_language(text, language))
    mentions = []
    for first, end, (name, alpha_3, kind) in index.find(tokens):
        start, stop, found = span_text(text, tokens, first, end)
        mentions.append(
            Mention(start, stop, found, Place(name=name, country=Country(alpha_3)), kind)
        )
    return tuple(mentions)
