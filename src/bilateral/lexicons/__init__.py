"""
Per-language lexicons: all the words :mod:`bilateral` knows, as data.

Each language is one TOML file in this package, named by its ISO 639-1 code (``id.toml``,
``en.toml``, ``ms.toml``), merged over the language-neutral ``base.toml``.
The keys are language-neutral concept names, the same set in every file; each value is a list of
surface forms.
Files are read on first use and cached per language; :func:`clear_caches` empties the cache.

>>> "id" in available_languages()
True
>>> load_lexicon("id").forms("dates.yesterday")
('kemarin',)
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
import types
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import pycountry

from bilateral.errors import LexiconError, UnknownLanguageError
from bilateral.model import ORGANISATIONS, UNKNOWN_LANGUAGE, Office

__all__ = [
    "LEXICON_KEYS",
    "City",
    "FormerName",
    "Lexicon",
    "available_languages",
    "clear_caches",
    "load_former_names",
    "load_gazetteer",
    "load_lexicon",
    "per_language",
    "read_lexicon",
]

_BASE = "base"
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _alpha_3(key: str) -> bool:
    return len(key) == 3 and key.isupper() and pycountry.countries.get(alpha_3=key) is not None


def _currency(key: str) -> bool:
    return len(key) == 3 and key.isupper() and pycountry.currencies.get(alpha_3=key) is not None


def _office(key: str) -> bool:
    return key in {office.value for office in Office}


def _positive_integer(key: str) -> bool:
    return key.isdigit() and int(key) > 0


def _among(*names: str) -> Callable[[str], bool]:
    allowed = frozenset(names)
    return allowed.__contains__


def _name(key: str) -> bool:
    # A person's name as written: its first and last words capitalised ("Luiz Inácio Lula da
    # Silva"), single spaces.
    words = key.split()
    return (
        bool(words)
        and key == " ".join(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    )


def _unit(key: str) -> bool:
    return re.fullmatch(r"[a-z][a-z_]*", key) is not None


#: Every key a lexicon file may hold. A list key maps to ``None``, a table key to the test
#: that its sub-keys must pass (an ISO code, an office key, a number...).
LEXICON_KEYS: Mapping[str, Callable[[str], bool] | None] = types.MappingProxyType(
    {
        "language.markers": None,
        "sentences.abbreviations": None,
        "sentences.bullets": None,
        "countries.names": _alpha_3,
        "countries.demonyms": _alpha_3,
        "countries.abbreviations": _alpha_3,
        "countries.ambiguous": _alpha_3,
        "countries.not": None,
        "countries.styles": None,
        "countries.words": None,
        "organisations.names": ORGANISATIONS.__contains__,
        "places.exclude": None,
        "places.prepositions": None,
        "places.extra": _alpha_3,
        "dates.months": _among(*_MONTHS),
        "dates.weekdays": _among(*_WEEKDAYS),
        "dates.today": None,
        "dates.yesterday": None,
        "dates.tomorrow": None,
        "dates.range": None,
        "dates.range_start": None,
        "dates.year_markers": None,
        "dates.weekday_markers": None,
        "dates.parts_of_day": None,
        "dates.since": None,
        "dates.days": None,
        "dates.day_before_yesterday": None,
        "dates.day_after_tomorrow": None,
        "dates.day_units": None,
        "dates.week_units": None,
        "dates.month_units": None,
        "dates.year_units": None,
        "dates.one": None,
        "dates.ago": None,
        "dates.hence": None,
        "dates.from_today": None,
        "dates.within": None,
        "dates.in_period": None,
        "dates.last_period": None,
        "dates.this_period": None,
        "dates.next_period": None,
        "dates.some": None,
        "dates.last_weekday": None,
        "dates.next_weekday": None,
        "dates.capitalised_only": None,
        "dates.of": None,
        "dates.the": None,
        "dates.ordinals": None,
        "numbers.scales": _positive_integer,
        "numbers.words": _positive_integer,
        "amounts.currencies": _currency,
        "amounts.units": _unit,
        "amounts.subunits": _currency,
        "amounts.per_year": None,
        "amounts.equivalent": None,
        "amounts.annual": None,
        "amounts.code_words": None,
        "amounts.word_names": None,
        "officials.offices": _office,
        "officials.honorifics": None,
        "officials.name_particles": None,
        "officials.joiners": None,
        "officials.possessives": None,
        "officials.of": None,
        "officials.to": None,
        "officials.determiners": None,
        "officials.not_names": None,
        "officials.portfolios": None,
        "officials.pronouns": None,
        "officials.possessive_pronouns": None,
        "officials.counterparts": None,
        "officials.prepositions": None,
        "officials.former": None,
        "officials.demonstratives": None,
        "officials.capacity": None,
        "officials.plurals": None,
        "officials.known": _alpha_3,
        "officials.known_offices": _office,
        "officials.short_names": _name,
        "officials.royal_styles": None,
        "officials.name_suffixes": None,
        "officials.portfolio_offices": _office,
        "agreements.several": None,
        "agreements.also": None,
        "events.visit": None,
        "events.arrive": None,
        "events.host": None,
        "events.hosted_by": None,
        "events.plan": None,
        "events.wish": None,
        "events.meeting": None,
        "events.sign": None,
        "events.consensus": None,
        "events.target": None,
        "events.raise": None,
        "events.topics": None,
        "events.say": None,
        "events.message": None,
        "events.baseline": None,
        "events.both_sides": None,
        "events.about": None,
        "events.from": None,
        "events.accompany": None,
        "events.witness": None,
        "events.end_visit": None,
        "events.forecast": None,
        "events.in_force": None,
        "events.invite": None,
        "events.virtual": None,
        "agreements.kinds": _among("mou", "treaty", "agreement", "joint_statement", "declaration"),
        "targets.metrics": _among(
            "bilateral_trade", "investment", "exports", "imports", "tourism", "other"
        ),
    }
)

_META_KEYS = {
    "code": str,
    "name": str,
    "locale": str,
    "day_first": bool,
    "decimal": str,
    "group": str,
    "home": str,
}


@attrs.frozen(eq=False)
class Lexicon:
    """
    The merged lexicon of one language: its own file over the base file.

    *home* is the country whose press mostly writes in the language (``IDN`` for Indonesian),
    given to an office whose country the article does not say ("Menlu Retno" in Indonesian).

    Read it through :meth:`forms` (a list key) and :meth:`table` (a table key); the
    recognisers build their patterns from it once and cache them per language.
    """

    code: str
    name: str
    locale: str
    day_first: bool
    decimal: str
    group: str
    home: str | None
    lists: Mapping[str, tuple[str, ...]]
    tables: Mapping[str, Mapping[str, tuple[str, ...]]]

    def forms(self, key: str) -> tuple[str, ...]:
        """
        Return the surface forms of a list key, such as ``"dates.today"``; empty if none.

        Raises:
            KeyError: if *key* is not a list key of :data:`LEXICON_KEYS`.
        """
        if LEXICON_KEYS.get(key, 0) is not None:
            raise KeyError(key)
        return self.lists.get(key, ())

    def table(self, key: str) -> Mapping[str, tuple[str, ...]]:
        """
        Return a table key, such as ``"officials.offices"``, as a mapping of sub-key to forms.

        Raises:
            KeyError: if *key* is not a table key of :data:`LEXICON_KEYS`.
        """
        if LEXICON_KEYS.get(key) is None:
            raise KeyError(key)
        return self.tables.get(key, types.MappingProxyType({}))


def _flatten(file: str, data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for group, body in data.items():
        if group == "meta":
            continue
        if not isinstance(body, dict):
            raise LexiconError(file, group, "expected a table of concept keys")
        for concept, value in body.items():
            out[f"{group}.{concept}"] = value
    return out


def _check_forms(file: str, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise LexiconError(file, key, "expected a non-empty list of surface forms")
    seen: set[str] = set()
    for form in value:
        if not isinstance(form, str) or not form.strip() or form != form.strip():
            raise LexiconError(file, key, f"{form!r} is not a surface form (non-blank, trimmed)")
        if form in seen:
            raise LexiconError(file, key, f"the form {form!r} is listed twice")
        seen.add(form)
    return tuple(value)


def read_lexicon(
    file: str, text: str
) -> tuple[dict[str, Any], dict[str, tuple[str, ...]], dict[str, dict[str, tuple[str, ...]]]]:
    """
    Parse and validate the text of one lexicon file, without merging it over the base.

    Returns:
        The ``[meta]`` table, the list keys and the table keys.

    Raises:
        LexiconError: naming the file and the key at fault.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(file, "", f"not valid TOML: {exc}") from None
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise LexiconError(file, "meta", "expected a table")
    for key, value in meta.items():
        if key not in _META_KEYS:
            raise LexiconError(file, f"meta.{key}", "unknown key")
        if not isinstance(value, _META_KEYS[key]):
            raise LexiconError(file, f"meta.{key}", f"expected {_META_KEYS[key].__name__}")
    lists: dict[str, tuple[str, ...]] = {}
    tables: dict[str, dict[str, tuple[str, ...]]] = {}
    for key, value in _flatten(file, data).items():
        if key not in LEXICON_KEYS:
            raise LexiconError(file, key, "unknown key")
        sub_check = LEXICON_KEYS[key]
        if sub_check is None:
            lists[key] = _check_forms(file, key, value)
            continue
        if not isinstance(value, dict) or not value:
            raise LexiconError(file, key, "expected a non-empty table")
        table: dict[str, tuple[str, ...]] = {}
        for sub, forms in value.items():
            if not sub_check(sub):
                raise LexiconError(file, f"{key}.{sub}", "unknown key")
            table[sub] = _check_forms(file, f"{key}.{sub}", forms)
        tables[key] = table
    return meta, lists, tables


def _package_files() -> Any:
    return importlib.resources.files(__name__)


@functools.cache
def available_languages() -> tuple[str, ...]:
    """
    Return the ISO 639-1 codes of the languages that have a lexicon, sorted.

    >>> available_languages()
    ('en', 'id', 'ms')
    """
    return tuple(
        sorted(
            entry.name.removesuffix(".toml")
            for entry in _package_files().iterdir()
            if entry.name.endswith(".toml") and entry.name != f"{_BASE}.toml"
        )
    )


def _merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


@functools.cache
def _read(
    name: str,
) -> tuple[dict[str, Any], dict[str, tuple[str, ...]], dict[str, dict[str, tuple[str, ...]]]]:
    file = f"{name}.toml"
    text = (_package_files() / file).read_text(encoding="utf-8")
    return read_lexicon(file, text)


@functools.cache
def load_lexicon(code: str) -> Lexicon:
    """
    Return the lexicon of the language *code*, merged over the base file; cached.

    ``"und"`` (unknown language) gives the base file alone: language-neutral forms only.

    Raises:
        UnknownLanguageError: if no lexicon file exists for *code*.
        LexiconError: if the file is broken.
    """
    if code == UNKNOWN_LANGUAGE:
        _, lists, tables = _read(_BASE)
        return Lexicon(
            code=code,
            name="unknown",
            locale="en",
            day_first=True,
            decimal=".",
            group=",",
            home=None,
            lists=types.MappingProxyType(dict(lists)),
            tables=types.MappingProxyType(
                {k: types.MappingProxyType(v) for k, v in tables.items()}
            ),
        )
    if code not in available_languages():
        known = ", ".join(available_languages())
        raise UnknownLanguageError(f"no lexicon for language {code!r}; available: {known}")
    _, base_lists, base_tables = _read(_BASE)
    meta, lists, tables = _read(code)
    file = f"{code}.toml"
    for key in ("code", "name", "locale"):
        if key not in meta:
            raise LexiconError(file, f"meta.{key}", "missing")
    if meta["code"] != code:
        raise LexiconError(file, "meta.code", f"{meta['code']!r} does not match the file name")
    merged_lists = dict(base_lists)
    for key, forms in lists.items():
        merged_lists[key] = _merge(merged_lists.get(key, ()), forms)
    merged_tables = {key: dict(table) for key, table in base_tables.items()}
    for key, table in tables.items():
        target = merged_tables.setdefault(key, {})
        for sub, forms in table.items():
            target[sub] = _merge(target.get(sub, ()), forms)
    return Lexicon(
        code=code,
        name=meta["name"],
        locale=meta["locale"],
        day_first=meta.get("day_first", True),
        decimal=meta.get("decimal", "."),
        group=meta.get("group", ","),
        home=meta.get("home"),
        lists=types.MappingProxyType(merged_lists),
        tables=types.MappingProxyType(
            {k: types.MappingProxyType(v) for k, v in merged_tables.items()}
        ),
    )


@attrs.frozen
class City:
    """
    One city of the gazetteer (``places.tsv``, generated from GeoNames).
    """

    name: str
    country: str
    population: int
    capital: bool
    alternates: tuple[str, ...]


@functools.cache
def load_gazetteer() -> tuple[City, ...]:
    """
    Return the cities of the packaged gazetteer: every capital and every city of 300,000 or more.

    >>> [c.country for c in load_gazetteer() if c.name == "Islamabad"]
    ['PAK']
    """
    text = (_package_files() / "places.tsv").read_text(encoding="utf-8")
    cities = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        _, name, country, population, _, _, capital, alternates = line.split("\t")
        cities.append(
            City(
                name=name,
                country=country,
                population=int(population),
                capital=capital == "1",
                alternates=tuple(a for a in alternates.split("|") if a),
            )
        )
    return tuple(cities)


@attrs.frozen
class FormerName:
    """
    A former or colonial name of a country (``former_countries.tsv``), and who holds its land now.

    *until* is the last year the name was official, or ``None`` for a name still heard beside
    the official one ("Holland").
    """

    name: str
    successor: str
    until: int | None
    note: str


@functools.cache
def load_former_names() -> tuple[FormerName, ...]:
    """
    Return the former names of countries: "Burma", "Zaire", "Upper Volta", "Byelorussia".

    >>> [(n.successor, n.until) for n in load_former_names() if n.name == "Zaire"]
    [('COD', 1997)]
    """
    text = (_package_files() / "former_countries.tsv").read_text(encoding="utf-8")
    names = []
    for line in text.splitlines()[1:]:
        if not line or line.startswith(("#", "name\t")):
            continue
        name, successor, until, *note = line.split("\t")
        names.append(
            FormerName(
                name=name,
                successor=successor,
                until=int(until) if until else None,
                note=note[0] if note else "",
            )
        )
    return tuple(names)


def clear_caches() -> None:
    """
    Forget every loaded lexicon and every pattern built from one (for tests).
    """
    _read.cache_clear()
    load_gazetteer.cache_clear()
    load_former_names.cache_clear()
    load_lexicon.cache_clear()
    available_languages.cache_clear()
    for clear in _CLEARERS:
        clear()


_CLEARERS: list[Callable[[], None]] = []
_F = TypeVar("_F", bound=Callable[..., Any])


def per_language(builder: _F) -> _F:
    """
    Cache what *builder* derives from a lexicon (patterns, indexes); :func:`clear_caches` clears it.

    For the recognisers: each builds its structures once per language through this decorator.
    """
    cached = functools.cache(builder)
    _CLEARERS.append(cached.cache_clear)
    return cached  # type: ignore[return-value]
