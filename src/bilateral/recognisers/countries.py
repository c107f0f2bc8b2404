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
import re

import pycountry

from bilateral.lexicons import load_former_names, load_gazetteer, load_lexicon, per_language
from bilateral.model import Country
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import Mention, PhraseIndex, _fold, span_text, tokenise

__all__ = ["find_countries"]

#: Names of one word match in any case from this length up ("aruba", not "chad").
_MIN_ANY_CASE = 5
#: Alternate names of capitals ("Kairo", "Moskow") are used from this length up.
_MIN_ALTERNATE = 5


#: Abbreviations of the words of English country names, as tables and databases write them
#: ("St. Kitts and Nevis", "Cayman Isds", "Central African Rep.").
_SHORT_WORDS = {
    "Saint": ("St.", "St"),
    "Islands": ("Isds", "Is.", "Isds."),
    "Island": ("Is.", "Isl.", "Isds"),
    "Republic": ("Rep.",),
    "Democratic": ("Dem.",),
    "North": ("N.",),
    "Northern": ("N.",),
    "British": ("Br.",),
    "Territory": ("Terr.",),
    "Territories": ("Terr.",),
}


def _variants(name: str) -> set[str]:
    """
    Return *name* and the forms tables and older texts write it in.

    An inverted ISO name ("Korea, Republic of") gives its natural order ("Republic of Korea")
    and its bracketed form ("Korea (Republic of)"), and a long form its inverted ones ("China,
    People's Republic of"); English words get their abbreviations, one kind at a time and all
    together ("St. Vincent and the Grenadines", "Br. Virgin Isds").
    """
    forms = {name}
    head, comma, tail = name.partition(", ")
    if comma and "," not in tail:
        forms.add(f"{head} ({tail})")
        if tail.split()[-1].casefold() in ("of", "the"):
            forms.add(f"{tail} {head}")
    style = re.match(
        r"((?:\S+ )*?(?:Republic|Kingdom|State|States|Federation|Sultanate) of) (.+)$", name
    )
    if style and "," not in name:
        forms.add(f"{style.group(2)}, {style.group(1)}")
        forms.add(f"{style.group(2)} ({style.group(1)})")
    forms |= {f.replace(" the ", " ") for f in forms if " the " in f}
    for form in list(forms):
        words = form.split()
        shortened = {w for w in words if w in _SHORT_WORDS}
        for word in shortened:
            for short in _SHORT_WORDS[word]:
                forms.add(" ".join(short if w == word else w for w in words))
        if len(shortened) > 1:
            forms.add(" ".join(_SHORT_WORDS[w][0] if w in _SHORT_WORDS else w for w in words))
    return forms


@functools.lru_cache(maxsize=8)
def _iso_names(code: str) -> tuple[tuple[str, str], ...]:
    """Return (name, alpha-3) pairs from ISO 3166 in English and in the language *code*."""
    try:
        translation: gettext.NullTranslations = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[code]
        )
    except OSError:
        translation = gettext.NullTranslations()
    pairs: list[tuple[str, str]] = []
    for country in pycountry.countries:
        for attribute in ("common_name", "name", "official_name"):
            english = getattr(country, attribute, None)
            if not english:
                continue
            pairs.extend((form, country.alpha_3) for form in _variants(english))
            local = translation.gettext(english)
            if local != english:
                pairs.extend((form, country.alpha_3) for form in _variants(local) if form)
    return tuple(pairs)


def _former_names() -> list[tuple[str, str]]:
    """(name, successor) for the former names that are no city's name ("Gold Coast" is one)."""
    cities = {n for city in load_gazetteer() for n in (city.name, *city.alternates)}
    return [(f.name, f.successor) for f in load_former_names() if f.name not in cities]


@functools.lru_cache(maxsize=8)
def _cldr_names(locale: str) -> tuple[tuple[str, str], ...]:
    from babel import Locale

    territories = Locale.parse(locale).territories
    pairs: list[tuple[str, str]] = []
    for country in pycountry.countries:
        name = territories.get(country.alpha_2)
        if name:
            pairs.extend((form, country.alpha_3) for form in _variants(name))
    return tuple(pairs)


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
            for form in forms:
                variants = _variants(form) if kind == "name" else {form}
                entries.extend((variant, (alpha_3, kind)) for variant in variants)
    entries.extend((form, (alpha_3, "name")) for form, alpha_3 in _cldr_names(lexicon.locale))
    entries.extend((form, (alpha_3, "name")) for form, alpha_3 in _iso_names(code))
    entries.extend((form, (alpha_3, "former")) for form, alpha_3 in _former_names())
    excluded = set(lexicon.forms("places.exclude"))
    for city in load_gazetteer():
        if not city.capital:
            continue
        names = [city.name, *(a for a in city.alternates if len(a) >= _MIN_ALTERNATE)]
        entries.extend((name, (city.country, "capital")) for name in names if name not in excluded)
    return PhraseIndex(entries)


@per_language
def _any_case_index(code: str) -> PhraseIndex[tuple[str, str]]:
    """
    The names that match in any case: "afghanistan", "Cook islands", "republic of korea".

    Names of several words, and names of one word of five letters or more that are not words
    of the language as well (``countries.words``: "turkey", "jordan"); never abbreviations,
    demonyms or capitals, whose case tells them from words.
    """
    lexicon = load_lexicon(code)
    words = {w.casefold() for w in lexicon.forms("countries.words")}
    pairs = [
        (v, a)
        for a, forms in lexicon.table("countries.names").items()
        for f in forms
        for v in _variants(f)
    ]
    pairs += [*_cldr_names(lexicon.locale), *_iso_names(code)]  # read once for both indexes
    entries = []
    for form, alpha_3 in pairs:
        folded = form.casefold()
        several = len(form.split()) > 1
        if several or (len(form) >= _MIN_ANY_CASE and folded not in words and form.isalpha()):
            entries.append((folded, (alpha_3, "name")))
    return PhraseIndex(entries, case="any")


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
    found = _country_index(code).find(tokens)
    # Names in another case than their own fill the gaps, or win where they are longer
    # ("French polynesia" over the demonym "French").
    found += _any_case_index(code).find(tokens)
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    chosen: list[tuple[int, int, tuple[str, str]]] = []
    for match in found:
        if chosen and match[0] < chosen[-1][1]:
            continue
        chosen.append(match)
    out = []
    for first, end, (alpha_3, kind) in chosen:
        if kind == "not":
            continue
        if kind == "name" and first in styles:
            first = styles[first]
        out.append((first, end, alpha_3, kind))
    return tuple(out)


def find_countries(text: str, *, language: str | None = None) -> tuple[Mention[Country], ...]:
    """
    Return every mention of a country in *text*, in text order.

    A mention's *kind* is ``"name"``, ``"abbreviation"``, ``"demonym"``, ``"capital"`` (a
    capital city standing for its government) or ``"former"`` (a former or colonial name,
    such as "Burma" or "Upper Volta", whose value is the country that holds its land today).
    Names match in any case where that is safe ("afghanistan", "Cook islands"); names that
    are also words ("turkey"), abbreviations and demonyms only in their own case.
    A form that can mean more than one country ("Congo", "Korea": ``countries.ambiguous``)
    keeps its usual meaning as the value and lists every meaning in the mention's
    *candidates*.
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
        others = _ambiguous(code).get(_fold(found), ())
        candidates = (alpha_3, *(o for o in others if o != alpha_3)) if others else ()
        mentions.append(
            Mention(
                start,
                stop,
                found,
                Country(alpha_3),
                kind,
                tuple(Country(c) for c in candidates) if len(candidates) > 1 else (),
            )
        )
    return tuple(mentions)


@per_language
def _ambiguous(code: str) -> dict[str, tuple[str, ...]]:
    """Written form (folded) to the other countries it can mean (``countries.ambiguous``)."""
    table: dict[str, tuple[str, ...]] = {}
    for alpha_3, forms in load_lexicon(code).table("countries.ambiguous").items():
        for form in forms:
            table[_fold(form)] = (*table.get(_fold(form), ()), alpha_3)
    return table
