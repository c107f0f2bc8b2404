"""Tests of the lexicon files and their loader, :mod:`bilateral.lexicons`."""

from __future__ import annotations

import importlib.resources

import pytest
from babel import Locale

from bilateral.errors import LexiconError, UnknownLanguageError
from bilateral.lexicons import LEXICON_KEYS, available_languages, load_lexicon, read_lexicon


def _raw(code: str) -> str:
    return (importlib.resources.files("bilateral.lexicons") / f"{code}.toml").read_text(
        encoding="utf-8"
    )


def _keys(code: str) -> set[str]:
    _, lists, tables = read_lexicon(f"{code}.toml", _raw(code))
    return set(lists) | set(tables)


class TestShippedLexicons:
    @pytest.mark.parametrize("code", available_languages())
    def test_loads_and_validates(self, code: str) -> None:
        """Every shipped lexicon validates, and loads merged over the base with sound metadata."""
        meta, lists, tables = read_lexicon(f"{code}.toml", _raw(code))
        lexicon = load_lexicon(code)

        assert code == meta["code"] == lexicon.code
        assert Locale.parse(lexicon.locale).language == code
        assert lexicon.decimal != lexicon.group
        assert {lexicon.decimal, lexicon.group} <= {".", ","}
        assert set(lists) | set(tables) <= set(LEXICON_KEYS)
        assert all(lexicon.forms(key) for key in lists)
        assert all(lexicon.table(key) for key in tables)

    def test_base_validates(self) -> None:
        """The language-neutral base file validates and holds no metadata."""
        expected: dict[str, object] = {}

        actual, lists, tables = read_lexicon("base.toml", _raw("base"))

        assert expected == actual
        assert set(lists) | set(tables) <= set(LEXICON_KEYS)

    def test_available_languages(self) -> None:
        """The shipped languages include Indonesian and English, sorted, without the base file."""
        actual = available_languages()

        assert {"en", "id"} <= set(actual)
        assert "base" not in actual
        assert sorted(actual) == list(actual)


#: Keys that one language's file has and another's lacks, each with the reason it may.
MISSING_WITH_REASON: dict[tuple[str, str, str], str] = {
    ("id", "en", "dates.weekdays"): (
        "Indonesian adds press spellings (Jum'at, Ahad) that CLDR lacks; CLDR's English names "
        "are complete"
    ),
    ("id", "en", "places.extra"): (
        "the extra places are Indonesian spellings (Den Haag, Mekah) and places the gazetteer "
        "lacks; English copy mostly uses the gazetteer's names"
    ),
    ("ms", "en", "places.extra"): (
        "the extra places are Malaysian towns and Malay spellings (Mekah, Rom) the gazetteer "
        "lacks; English copy mostly uses the gazetteer's names"
    ),
    ("id", "en", "officials.demonstratives"): (
        "English copy names the country again or says 'its', not 'the country concerned'"
    ),
    ("ms", "en", "officials.demonstratives"): (
        "English copy names the country again or says 'its', not 'the country concerned'"
    ),
    ("id", "en", "officials.capacity"): (
        "English puts the title before the name or after a comma, not after 'as'"
    ),
    ("ms", "en", "officials.capacity"): (
        "English puts the title before the name or after a comma, not after 'as'"
    ),
    ("id", "ms", "dates.weekdays"): (
        "Indonesian adds press spellings (Jum'at, Ahad) that CLDR lacks; CLDR's Malay names "
        "are complete"
    ),
}

PAIRS = [
    (source, target)
    for source, target in (("id", "en"), ("ms", "en"), ("id", "ms"))
    if {source, target} <= set(available_languages())
]


class TestSameKeys:
    @pytest.mark.parametrize(("source", "target"), PAIRS)
    def test_keys_shared(self, source: str, target: str) -> None:
        """Every key of one language's file is in the other's, unless listed with a reason."""
        allowed = {key for s, t, key in MISSING_WITH_REASON if (s, t) == (source, target)}

        actual = _keys(source) - _keys(target)

        assert allowed == actual


class TestReadLexicon:
    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ('[dates]\nfortnight = ["fortnight"]\n', "dates.fortnight"),
            ('[weather]\nrain = ["rain"]\n', "weather.rain"),
            ('[meta]\nauthor = "me"\n', "meta.author"),
        ],
        ids=["unknown-concept", "unknown-group", "unknown-meta"],
    )
    def test_unknown_key(self, text: str, key: str) -> None:
        """An unknown key is refused, naming the file and the key."""
        expected = ("zz.toml", key, True)

        with pytest.raises(LexiconError, match="unknown key") as info:
            read_lexicon("zz.toml", text)
        actual = (info.value.file, info.value.key, str(info.value).startswith(f"zz.toml: {key}: "))

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("[dates]\ntoday = []\n", "dates.today"),
            ("[countries.names]\nIDN = []\n", "countries.names.IDN"),
            ("[countries]\nnames = {}\n", "countries.names"),
        ],
        ids=["empty-list", "empty-table-entry", "empty-table"],
    )
    def test_empty(self, text: str, key: str) -> None:
        """An empty list or table is refused, naming the file and the key."""
        expected = ("zz.toml", key)

        with pytest.raises(LexiconError, match="non-empty") as info:
            read_lexicon("zz.toml", text)
        actual = (info.value.file, info.value.key)

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ('[dates]\ntoday = ["hari ini", "hari ini"]\n', "dates.today"),
            (
                '[officials.offices]\nhead_of_state = ["Presiden", "Presiden"]\n',
                "officials.offices.head_of_state",
            ),
        ],
        ids=["list", "table-entry"],
    )
    def test_duplicate_form(self, text: str, key: str) -> None:
        """A form listed twice under one key is refused, naming the file and the key."""
        expected = ("zz.toml", key)

        with pytest.raises(LexiconError, match="listed twice") as info:
            read_lexicon("zz.toml", text)
        actual = (info.value.file, info.value.key)

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ('[dates]\ntoday = [" today"]\n', "dates.today"),
            ('[dates]\ntoday = [""]\n', "dates.today"),
            ("[dates]\ntoday = [1]\n", "dates.today"),
            ('[dates]\ntoday = "today"\n', "dates.today"),
        ],
        ids=["untrimmed", "blank", "not-a-string", "not-a-list"],
    )
    def test_bad_form(self, text: str, key: str) -> None:
        """A form that is not a trimmed, non-blank string in a list is refused with its key."""
        expected = ("zz.toml", key)

        with pytest.raises(LexiconError) as info:
            read_lexicon("zz.toml", text)
        actual = (info.value.file, info.value.key)

        assert expected == actual

    def test_bad_office_key(self) -> None:
        """An office key outside the Office vocabulary is refused, naming the file and the key."""
        text = '[officials.offices]\nemperor_of_mars = ["Emperor of Mars"]\n'

        expected = ("zz.toml", "officials.offices.emperor_of_mars")

        with pytest.raises(LexiconError, match="unknown key") as info:
            read_lexicon("zz.toml", text)
        actual = (info.value.file, info.value.key)

        assert expected == actual

    @pytest.mark.parametrize(
        "code", ["XXX", "idn", "ID", "IDNA"], ids=["unassigned", "lower-case", "alpha-2", "long"]
    )
    def test_bad_alpha_3_key(self, code: str) -> None:
        """A country key that is not an assigned ISO alpha-3 code is refused with its key."""
        text = f'[countries.names]\n{code} = ["Atlantis"]\n'

        expected = ("zz.toml", f"countries.names.{code}")

        with pytest.raises(LexiconError, match="unknown key") as info:
            read_lexicon("zz.toml", text)
        actual = (info.value.file, info.value.key)

        assert expected == actual

    @pytest.mark.parametrize(
        "text",
        [
            '[dates\ntoday = ["today"]\n',
            'today = ["today"\n',
            '[dates]\ntoday = ["a"]\ntoday = ["b"]\n',
        ],
        ids=["unclosed-table", "unclosed-list", "repeated-key"],
    )
    def test_invalid_toml(self, text: str) -> None:
        """Text that is not TOML is refused, naming the file (the whole file is at fault)."""
        expected = ("zz.toml", "", True)

        with pytest.raises(LexiconError, match="not valid TOML") as info:
            read_lexicon("zz.toml", text)
        actual = (info.value.file, info.value.key, str(info.value).startswith("zz.toml: "))

        assert expected == actual

    def test_error_is_value_error(self) -> None:
        """A lexicon error can be caught as a ValueError."""
        with pytest.raises(ValueError, match=r"zz\.toml"):
            read_lexicon("zz.toml", "[dates]\ntoday = []\n")


class TestLoadLexicon:
    def test_unknown_language(self) -> None:
        """Asking for a language with no lexicon file raises UnknownLanguageError."""
        with pytest.raises(UnknownLanguageError, match="'xx'"):
            load_lexicon("xx")

    def test_unknown_language_is_lookup_error(self) -> None:
        """The unknown-language error can be caught as a LookupError."""
        with pytest.raises(LookupError):
            load_lexicon("xx")

    def test_cached(self) -> None:
        """Loading a language twice gives the same cached lexicon."""
        first = load_lexicon("id")

        assert first is load_lexicon("id")

    def test_base_merged_under_language(self) -> None:
        """Forms of the base file are merged under every language's own forms."""
        _, base_lists, _ = read_lexicon("base.toml", _raw("base"))

        for code in available_languages():
            lexicon = load_lexicon(code)
            for key, forms in base_lists.items():
                assert set(forms) <= set(lexicon.forms(key))


class TestKnownOfficials:
    def test_each_name_under_one_country(self):
        """A well-known office holder's name is listed under one country only."""
        import unicodedata

        table = load_lexicon("en").table("officials.known")
        owners: dict[str, set[str]] = {}
        for alpha_3, names in table.items():
            for name in names:
                plain = "".join(
                    c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
                )
                owners.setdefault(plain.casefold(), set()).add(alpha_3)

        assert [] == [name for name, countries in owners.items() if len(countries) > 1]
