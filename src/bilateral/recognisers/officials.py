"""
Find officials: people named with an office, and later mentions of the same people.

A name is only taken where an anchor vouches for it: a title before it ("Presiden Asif Ali
Zardari", "Pakistan's Foreign Minister Ishaq Dar"), a title after it ("Ali Larijani, Sekretaris
Dewan Keamanan Nasional Tertinggi Iran", "Wang Yi, China's foreign minister"), or an honorific
("Ayatullah Khamenei").
Several titles joined by "dan", "and" or "&" are several roles of one person.
The office's country comes from a country or organisation next to the title, a possessive or a
demonym before it ("Pakistan's", "Iranian").
People are then merged across the text (a full name, a longer or shorter form, the surname), and
later mentions by surname alone, or by title alone when only one known person holds that office,
are linked to them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import attrs

from bilateral.lexicons import load_lexicon, per_language
from bilateral.model import Country, Office, Official, Organisation, Role
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import (
    Mention,
    PhraseIndex,
    Token,
    _tokens,
    distance_to,
    tokenise,
)
from bilateral.recognisers.countries import _country_matches

__all__ = ["OfficialRef", "find_officials"]

_MAX_NAME_TOKENS = 5
_DEMONSTRATIVE_WORDS = 4  # "negara tersebut", "republik Islam berkenaan": words up to "tersebut"
_FORMER_GAP = 30  # characters around a name searched for "former", "mantan"
_OPEN_QUOTES = frozenset({"“", '"', "‘", "«"})
_CLOSE_QUOTES = frozenset({"”", '"', "’", "»"})
_COUNTERPART_GAP = 200  # characters from an official back to whom they are the counterpart of
_NAMED_LATER = 400  # characters from a nameless title to the untitled name it stands for
_MAX_PORTFOLIO = 6  # words of a minister's portfolio between the title and the country
_Party = Country | Organisation


@attrs.frozen
class OfficialRef:
    """
    What an official mention refers to: the person, and the role the mention states.

    *official* is merged over the whole text; *role* is ``None`` when the mention states none.
    """

    official: Official
    role: Role | None = None


@attrs.frozen(eq=False)
class _Lexicon:
    offices: PhraseIndex[Office]
    honorifics: PhraseIndex[str]
    organisations: PhraseIndex[str]
    joiners: frozenset[str]
    possessives: tuple[tuple[str, ...], ...]
    of: frozenset[str]
    determiners: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    verbs: frozenset[str]
    origin: frozenset[str]
    to: frozenset[str]
    portfolios: frozenset[str]
    royal_styles: frozenset[str]
    suffixes: frozenset[str]
    portfolio_offices: dict[str, Office]
    counterparts: frozenset[str]
    prepositions: frozenset[str]
    former: frozenset[str]
    demonstratives: frozenset[str]
    capacity: frozenset[str]
    portfolio_links: frozenset[str]
    months: frozenset[str]
    one_word_honorifics: frozenset[str]


@per_language
def _lexicon(code: str) -> _Lexicon:
    lexicon = load_lexicon(code)
    offices = [
        (form, Office(key))
        for key, forms in lexicon.table("officials.offices").items()
        for form in forms
    ]
    # "Japanese counterpart Shigeru Ishiba": a title whose office is the other person's.
    offices += [(form, Office.OTHER) for form in lexicon.forms("officials.counterparts")]
    organisations = [
        (form, acronym)
        for acronym, forms in lexicon.table("organisations.names").items()
        for form in forms
    ]
    # Verbs and event words end a name even when a headline capitalises them ("... Temui Xi").
    verbs = frozenset(
        form.split()[0].casefold()
        for key in (
            "events.say",
            "events.meeting",
            "events.arrive",
            "events.host",
            "events.sign",
            "events.topics",
        )
        for form in lexicon.forms(key)
        if len(form.split()[0]) > 2  # "to meet": "To" stays a name word ("To Lam")
    )
    from bilateral.recognisers.dates import _names as _calendar_names

    return _Lexicon(
        months=frozenset(_calendar_names(lexicon)[0]),
        offices=PhraseIndex(offices, case="any"),
        honorifics=PhraseIndex((h, h) for h in lexicon.forms("officials.honorifics")),
        one_word_honorifics=frozenset(
            h for h in lexicon.forms("officials.honorifics") if " " not in h and h.isalpha()
        ),
        organisations=PhraseIndex(organisations),
        joiners=frozenset(j.casefold() for j in lexicon.forms("officials.joiners")),
        possessives=tuple(
            sorted(
                {
                    tuple(t.folded for t in _tokens(p))
                    for p in lexicon.forms("officials.possessives")
                },
                key=len,
                reverse=True,
            )
        ),
        of=frozenset(w.casefold() for w in lexicon.forms("officials.of")),
        determiners=frozenset(w.casefold() for w in lexicon.forms("officials.determiners")),
        particles=frozenset(lexicon.forms("officials.name_particles")),
        not_names=frozenset(lexicon.forms("officials.not_names")),
        verbs=verbs,
        origin=frozenset(w.casefold() for w in lexicon.forms("events.from")),
        to=frozenset(w.casefold() for w in lexicon.forms("officials.to")),
        portfolios=frozenset(w.casefold() for w in lexicon.forms("officials.portfolios")),
        royal_styles=frozenset(lexicon.forms("officials.royal_styles")),
        suffixes=frozenset(lexicon.forms("officials.name_suffixes")),
        portfolio_offices={
            word.casefold(): Office(key)
            for key, words in lexicon.table("officials.portfolio_offices").items()
            for word in words
        },
        counterparts=frozenset(w.casefold() for w in lexicon.forms("officials.counterparts")),
        prepositions=frozenset(w.casefold() for w in lexicon.forms("officials.prepositions")),
        former=frozenset(w.casefold() for w in lexicon.forms("officials.former")),
        demonstratives=frozenset(w.casefold() for w in lexicon.forms("officials.demonstratives")),
        capacity=frozenset(w.casefold() for w in lexicon.forms("officials.capacity")),
        portfolio_links=frozenset(w for w in lexicon.forms("officials.portfolios") if w.islower()),
    )


@functools.lru_cache(maxsize=1 << 14)
def _without_marks(text: str) -> str:
    """*text* without its diacritics, case kept: "Nikolić" is "Nikolic"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_key(name: str) -> tuple[str, ...]:
    """A name's words, case-folded, without diacritics and full stops: for matching only."""
    plain = _without_marks(name).casefold()
    return tuple(plain.replace(".", " ").replace("-", " ").split())


@attrs.frozen(eq=False)
class _KnownHolders:
    """
    The lexicon's well-known office holders, built once per language.

    Names are compared by their words (:func:`_name_key`); *offices* holds the best-known
    office of each name of two words or more, and *index* finds those names in a text.
    """

    countries: dict[tuple[str, ...], Country]
    offices: dict[tuple[str, ...], Office]
    by_ends: dict[tuple[str, str], list[tuple[str, ...]]]
    index: PhraseIndex[str]
    titles: dict[Office, str]  # each office's usual title in the language ("Presiden")
    # The listed names of two words or more, by their last word.
    by_last: dict[str, list[tuple[str, ...]]] = attrs.field(factory=dict)
    # Every form of a name with short names (officials.short_names), by each form's key.
    short: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = attrs.field(factory=dict)

    def keys(self, forms: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """
        Return the listed names that *forms* (name keys) stand for.

        A listed name itself, else a listed name with the same first and last words of which
        one holds the other's words ("Najib Tun Abdul Razak" and "Najib Razak"; "Sung Kim" is
        not "Kim Sung-han").
        """
        forms = list(forms)
        exact = [f for f in forms if f in self.countries]
        if exact:
            return exact
        found = [
            key
            for f in forms
            if len(f) >= 2
            for key in self.by_ends.get((f[0], f[-1]), ())
            if _same_holder(f, key)
        ]
        if found:
            return found
        # "President Marcos": a surname alone (the article gives no longer name) stands for
        # the listed names that end with it. "Yeo Han-koo", later "Yeo", is not George Yeo.
        if any(len(f) != 1 for f in forms):
            return []
        return [key for f in forms for key in self.by_last.get(f[0], ())]

    def country(self, forms: Iterable[tuple[str, ...]]) -> Country | None:
        """The country the names stand for, when they stand for one."""
        found = {self.countries[k] for k in self.keys(forms)}
        return found.pop() if len(found) == 1 else None

    def role(self, forms: Iterable[tuple[str, ...]]) -> tuple[Office, Country] | None:
        """The best-known office and the country the names stand for, when they stand for one."""
        found = {
            (self.offices[k], self.countries[k]) for k in self.keys(forms) if k in self.offices
        }
        return found.pop() if len(found) == 1 else None


@per_language
def _known_holders(code: str) -> _KnownHolders:
    """Build the table of well-known office holders of the lexicon *code*."""
    lexicon = load_lexicon(code)
    countries = {
        _name_key(name): Country(alpha_3)
        for alpha_3, names in lexicon.table("officials.known").items()
        for name in names
    }
    titled = [
        (name, Office(office))
        for office, names in lexicon.table("officials.known_offices").items()
        for name in names
        if _name_key(name) in countries and len(name.split()) >= 2
    ]
    by_ends: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for key in countries:
        if len(key) >= 2:
            by_ends.setdefault((key[0], key[-1]), []).append(key)
            by_last.setdefault(key[-1], []).append(key)
    return _KnownHolders(
        countries=countries,
        offices={_name_key(name): office for name, office in titled},
        by_ends=by_ends,
        index=PhraseIndex((name, name) for name, _ in titled),
        titles={Office(k): forms[0] for k, forms in lexicon.table("officials.offices").items()},
        short=_short_names(lexicon.table("officials.short_names")),
        by_last=by_last,
    )


def _short_names(
    table: Mapping[str, tuple[str, ...]],
) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each name of the table, and each of its short names, to all the forms of its group."""
    out: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for full, shorts in table.items():
        group = tuple(tuple(name.split()) for name in (full, *shorts))
        for name in (full, *shorts):
            out[_name_key(name)] = group
    return out


def _same_holder(form: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """
    True when a name and a listed name are one person.

    They have the same first and last words, and one holds all the other's words ("Najib Tun
    Abdul Razak" and "Najib Razak"), or as many words, one spelt differently ("Shah Mehmood
    Qureshi", "Shah Mahmood Qureshi").
    """
    mine, listed = set(form), set(key)
    alike = mine <= listed or listed <= mine or len(form) == len(key)
    return form[0] == key[0] and form[-1] == key[-1] and alike


def _known_country(official: Official, code: str) -> Country | None:
    """The country of a well-known office holder ("Narendra Modi"), or ``None``."""
    forms = [_name_key(official.name), *(_name_key(a) for a in official.aliases)]
    return _known_holders(code).country(forms)


@attrs.define
class _Title:
    first: int
    end: int
    roles: list[tuple[Office, int, int]]  # office and its token span
    party: _Party | None = None


@attrs.define
class _Person:
    names: list[tuple[str, ...]]  # name forms, honorifics removed, in order of appearance
    honorifics: list[str]
    roles: list[Role]
    first: int  # character offset of the first mention


@attrs.define
class _Found:
    start: int
    end: int
    person: int
    role: Role | None
    kind: str


_HEADLINE_SHARE = 0.7  # capitalised share of the longer words that makes a line a headline
_HEADLINE_WORDS = 3
_HEADLINE_LENGTH = 160  # characters: a longer line is a paragraph, however many titles it holds


def _headline_tokens(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """
    Return the indexes of the tokens on Title-Case or UPPER-CASE lines.

    A line is one when it is short, does not end a sentence, and most of its words of four
    letters or more begin with a capital.
    """
    out: set[int] = set()
    line: list[int] = []
    position = 0

    def close() -> None:
        if not line or tokens[line[-1]].end - tokens[line[0]].start > _HEADLINE_LENGTH:
            return
        if tokens[line[-1]].text in {".", "!", "?"}:
            return  # a sentence, not a headline
        words = [
            tokens[i].text for i in line if len(tokens[i].text) >= 4 and tokens[i].text.isalpha()
        ]
        capitalised = sum(w[:1].isupper() for w in words)
        if len(words) >= _HEADLINE_WORDS and capitalised >= _HEADLINE_SHARE * len(words):
            out.update(line)

    for i, token in enumerate(tokens):
        if "\n" in text[position : token.start]:
            close()
            line = []
        line.append(i)
        position = token.end
    close()
    if len(out) == len(tokens):
        return frozenset()  # all headline and no body: nothing to check the names against
    return frozenset(out)


class _Scanner:
    def __init__(self, text: str, code: str) -> None:
        self.text = text
        self.tokens: Sequence[Token] = tokenise(text)
        self.lex = _lexicon(code)
        self.countries: dict[int, tuple[int, str, str]] = {
            first: (end, alpha_3, kind)
            for first, end, alpha_3, kind in _country_matches(text, code)
        }
        self.organisations: dict[int, tuple[int, str]] = {
            first: (end, acronym)
            for first, end, acronym in self.lex.organisations.find(self.tokens)
        }
        self.titles_at: dict[int, tuple[int, Office]] = {}
        for first, end, office in self.lex.offices.find(self.tokens):
            self.titles_at[first] = (end, office)
        self.honorifics_at: dict[int, int] = {
            first: end for first, end, _ in self.lex.honorifics.find(self.tokens)
        }
        # Matches do not overlap: at most one honorific ends at each token.
        self.honorific_ending_at = {end: first for first, end in self.honorifics_at.items()}
        self.headline = _headline_tokens(text, self.tokens)
        self.body_words = frozenset(
            t.folded
            for i, t in enumerate(self.tokens)
            if i not in self.headline and t.text[:1].isupper()
        )

    # -- helpers over tokens -------------------------------------------------------------
    def alias_after(self, i: int) -> tuple[str, ...] | None:
        """
        Return the short name written in brackets after a name ending at token *i*.

        "Presiden Joko Widodo (Jokowi)", "Susilo Bambang Yudhoyono (SBY)": capitalised words,
        at most three, that are no country, organisation, title or honorific.
        """
        tokens = self.tokens
        if i + 2 >= len(tokens) or tokens[i].text != "(":
            return None
        end = next(
            (k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k].text == ")"), None
        )
        if end is None or end == i + 1:
            return None
        words = tokens[i + 1 : end]
        if not all(t.text.isalpha() and t.text[:1].isupper() for t in words):
            return None
        for k in range(i + 1, end):
            if k in self.countries or k in self.organisations or k in self.titles_at:
                return None
            if k in self.honorifics_at:
                return None
        return tuple(t.text for t in words)

    def adjacent(self, left: int, right: int) -> bool:
        """True when only spaces (no newline) separate token *left* from token *right*."""
        gap = self.text[self.tokens[left].end : self.tokens[right].start]
        return "\n" not in gap

    def is_name_word(self, i: int, *, capital: bool = False) -> bool:
        """
        True when token *i* can be a word of a name.

        With *capital*, a word that is also a capital's name may be ("Erywan Pehin Yusof",
        where "Erywan" is an old name of Yerevan).
        """
        if (
            capital
            and i in self.countries
            and self.countries[i][2] == "capital"
            and self.countries[i][0] == i + 1
        ):
            return self._name_shape(i)
        return self._name_shape(i) and i not in self.countries

    def _dated(self, i: int) -> bool:
        """True for a month's name beside a number: "3 February", "May 14" are dates."""
        if self.tokens[i].folded not in self.lex.months:
            return False
        return any(
            0 <= k < len(self.tokens) and self.tokens[k].text[:1].isdigit() for k in (i - 1, i + 1)
        )

    def _name_shape(self, i: int) -> bool:
        token = self.tokens[i]
        word = token.text
        return (
            word[:1].isupper()
            and not self._dated(i)
            and (word[:1].isalpha())
            and word not in self.lex.not_names
            and token.folded not in self.lex.portfolios
            # An acronym is no name ("Kepala BMKG"), a regnal number is ("Abdullah II"), and
            # so is a surname in capitals before a hyphenated given name ("CHO Tae-yul").
            and not (
                len(word) > 1
                and word.isupper()
                and not set(word) <= set("IVX")
                and not self._capital_surname(i)
            )
            and token.folded not in self.lex.verbs
            and i not in self.titles_at
            and i not in self.organisations
            and i not in self.honorifics_at
            # A headline capitalises every word: its names are those the body writes too.
            and (i not in self.headline or token.folded in self.body_words)
        )

    def _capital_surname(self, i: int) -> bool:
        """Whether token *i* is a surname in capitals, as Korean releases write: "HAN Duck-soo"."""
        t = self.tokens
        return (
            2 <= len(t[i].text) <= 5
            and t[i].text.isalpha()
            and i + 3 < len(t)
            and t[i + 1].start == t[i].end + 1
            and t[i + 1].text.isalpha()
            and t[i + 1].text[:1].isupper()
            and t[i + 1].text[1:].islower()
            and t[i + 2].text == "-"
            and t[i + 3].text.isalpha()
            and t[i + 3].text.islower()
        )

    def party_at(self, i: int) -> tuple[int, _Party] | None:
        if i in self.countries:
            end, alpha_3, kind = self.countries[i]
            if kind == "capital":
                return None
            return end, Country(alpha_3)
        if i in self.organisations:
            end, acronym = self.organisations[i]
            return end, Organisation(acronym)
        return None

    # -- titles ----------------------------------------------------------------------------
    def titles(self) -> list[_Title]:
        out: list[_Title] = []
        i = 0
        n = len(self.tokens)
        while i < n:
            if i not in self.titles_at:
                i += 1
                continue
            if (
                i > 0
                and self.tokens[i - 1].text == "-"
                and self.tokens[i - 1].end == self.tokens[i].start
            ):
                i += 1  # "Al-Sultan Abdullah": a style glued into a name, not a title
                continue
            end, office = self.titles_at[i]
            title = _Title(first=i, end=end, roles=[(office, i, end)])
            # Joined titles: "Wakil Perdana Menteri dan Menteri Luar Negeri".
            # "Timbalan Perdana Menteri yang juga Menteri Kewangan": a joiner of two words.
            while (width := self.joiner_at(title.end)) and title.end + width in self.titles_at:
                nxt_end, nxt_office = self.titles_at[title.end + width]
                title.roles.append((nxt_office, title.end + width, nxt_end))
                title.end = nxt_end
            self.extend_portfolio(title)
            self.skip_abbreviation(title)
            out.append(title)
            i = title.end
        return out

    def extend_portfolio(self, title: _Title) -> None:
        """
        Take a minister's portfolio into the title.

        The lexicon's portfolio words, with the commas and joiners between them, belong to the
        title whatever the office ("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
        "Minister of Culture, Sports and Tourism"); and a generic minister's title runs over
        capitalised words and joiners when a country comes within a few words ("Menteri Haji
        dan Umrah Arab Saudi Tawfiq Al-Rabiah").
        """
        office, first, end = title.roles[-1]
        n = len(self.tokens)
        if office is Office.OTHER_MINISTER and len(title.roles) == 1:
            # "International Trade Minister", "Energy and Natural Resources Minister": the
            # portfolio written before the title.
            k = first
            while k > 0 and self.portfolio_word(k - 1) and self.tokens[k - 1].text[:1].isupper():
                k -= 1
                if (
                    k > 1
                    and (
                        self.tokens[k - 1].text in {",", "&"}
                        or self.tokens[k - 1].folded in self.lex.joiners
                    )
                    and self.portfolio_word(k - 2)
                ):
                    k -= 1
            if k < first and title.first == first:
                title.first = first = k
                title.roles[-1] = (office, first, end)
        k = end
        while k < n:
            token = self.tokens[k]
            if self.portfolio_word(k):
                k += 1
                continue
            if k == end and self.acronym(k):
                k += 1  # an agency's acronym: "Kepala BKPM", "Ketua KPU"
                if office in (Office.HEAD_OF_STATE, Office.HEAD_OF_GOVERNMENT):
                    # "Presiden USINDO": the head of an organisation, not of a state.
                    office = Office.HEAD_OF_ORGANISATION
                continue
            link = token.text in {",", "&"} or token.folded in self.lex.joiners
            link = link or (k == end and token.folded in self.lex.of)
            if (
                k == end
                and token.folded in self.lex.of
                and k + 2 < n
                and self.tokens[k + 1].folded in self.lex.determiners
                and self.portfolio_word(k + 2)
            ):
                k += 3  # "general secretary of the Communist Party"
                continue
            if link and k + 1 < n and self.tokens[k + 1].folded in self.lex.joiners:
                k += 1  # ", dan"
            if link and k + 1 < n and self.portfolio_word(k + 1):
                k += 2
                continue
            break
        # "Menteri Negara (Ehwal Luar), Encik X", "Minister of State (Trade), Mr X": the
        # portfolio in brackets belongs to the title but names no office (a minister of state
        # for foreign affairs is no foreign minister).
        named_end = k
        close = self.portfolio_in_brackets(k)
        if close is not None:
            k = close
        if k > end:
            title.roles[-1] = (office, first, k)
            title.end = end = k
        if office is not Office.OTHER_MINISTER or len(title.roles) > 1:
            return
        # A generic minister takes the office its portfolio names: "Foreign Affairs Minister",
        # "Menteri Peralihan Tenaga dan Transformasi Air".
        for token in self.tokens[first:named_end]:
            named = self.lex.portfolio_offices.get(token.folded)
            if named is not None:
                title.roles[-1] = (office := named, first, end)
                return
        k = end
        while k < n and k - end < _MAX_PORTFOLIO:
            if self.party_at(k) is not None and k > end:
                title.roles[-1] = (office, first, k)
                title.end = k
                return
            token = self.tokens[k]
            if not (token.text[:1].isupper() or token.folded in self.lex.joiners):
                return
            k += 1

    def portfolio_in_brackets(self, k: int) -> int | None:
        """
        Return the token after a portfolio written in brackets at token *k*, or ``None``.

        Singapore's press writes a minister's portfolio in brackets after the title ("Menteri
        Negara (Ehwal Luar merangkap Pembangunan Sosial dan Keluarga)", "Senior Minister of
        State (Foreign Affairs)"): capitalised words and joiners, at least one of them a
        portfolio word, no country and no number. An abbreviation in brackets ("(PM)") is none.
        """
        n = len(self.tokens)
        if k >= n or self.tokens[k].text != "(":
            return None
        portfolio = False
        for j in range(k + 1, min(k + 2 + 2 * _MAX_PORTFOLIO, n)):
            token = self.tokens[j]
            if token.text == ")":
                return j + 1 if portfolio else None
            if j in self.countries or not (
                token.text[:1].isupper()
                or token.text == ","
                or token.folded in self.lex.joiners
                or token.text in self.lex.portfolio_links
            ):
                return None
            portfolio = portfolio or self.portfolio_word(j)
        return None

    def institution_end(self, start: int, end: int) -> int | None:
        """
        Return the token after the comma that ends an institution's name, or ``None``.

        The words from *start* to *end* are an institution's when an institution word follows
        them (a capitalised word the lexicon says is no name: "Majlis", "Commission"), and a
        comma and a name follow that within a few words.
        """
        n = len(self.tokens)
        if end < start or end >= n:
            return None
        token = self.tokens[end]
        if not (token.text[:1].isupper() and token.text in self.lex.not_names):
            return None
        for k in range(end, min(end + _MAX_PORTFOLIO, n - 1)):
            if self.tokens[k].text == ",":
                # "Presiden Chamber of Deputies, Republik Italia, Lorenzo Fontana": the
                # institution's country between two commas.
                owned = self.party_at(k + 1)
                if owned is not None and owned[0] + 1 < n and self.tokens[owned[0]].text == ",":
                    k = owned[0]
                after = self.name_from(k + 1)
                return k + 1 if after - (k + 1) >= 2 else None
            word = self.tokens[k]
            if not word.text[:1].isupper() and not (word.text.isalpha() and len(word.text) <= 3):
                return None  # "Chamber of Deputies", "Dewan dan ...": short words inside
        return None

    def joiner_at(self, k: int) -> int:
        """Return the number of tokens of a joiner starting at token *k* (0 for none)."""
        for width in (2, 1):
            words = " ".join(t.folded for t in self.tokens[k : k + width])
            if k + width <= len(self.tokens) and words in self.lex.joiners:
                return width
        return 0

    def portfolio_word(self, k: int) -> bool:
        """A word of a portfolio: capitalised, or as the lexicon writes it in lower case."""
        token = self.tokens[k]
        return token.folded in self.lex.portfolios and (
            token.text[:1].isupper() or token.text in self.lex.portfolio_links
        )

    def acronym(self, k: int) -> bool:
        """An acronym of two to six capitals that names no country or organisation of its own."""
        word = self.tokens[k].text
        return (
            2 <= len(word) <= 6
            and word.isupper()
            and word.isalpha()
            and k not in self.countries
            and k not in self.organisations
            and k not in self.titles_at
            and not self._capital_surname(k)
        )

    def skip_abbreviation(self, title: _Title) -> None:
        """Take a short form in brackets after a title into it: "Perdana Menteri (PM)"."""
        n = len(self.tokens)
        j = title.end
        if j + 2 < n and self.tokens[j].text == "(":
            close = next(
                (k for k in range(j + 2, min(j + 5, n)) if self.tokens[k].text == ")"), None
            )
            inside = self.tokens[j + 1 : close] if close is not None else ()
            if close is not None and all(t.text[:1].isupper() for t in inside):
                title.end = close + 1

    def party_after(self, title: _Title) -> int:
        """Attach a party written after the title; return the token index after it."""
        j = title.end
        n = len(self.tokens)
        # "Presiden negara tersebut, Dr. Arif Alvi": the country said again by a demonstrative
        # is left to the article's context; the name follows the comma.
        k = j
        # "negara tersebut", "republik Islam berkenaan": a common noun first, then any words.
        first_word = j < n and self.tokens[j].text.islower()
        while (
            first_word and k < n and k - j < _DEMONSTRATIVE_WORDS and self.tokens[k].text.isalpha()
        ):
            if self.tokens[k].folded in self.lex.demonstratives:
                if k > j and k + 1 < n and self.tokens[k + 1].text == ",":
                    return k + 1
                break
            k += 1
        # "Kepala Negara Serbia": the title's last word begins the country's long form
        # ("Negara Serbia"), which is the party, not a name.
        overlapping = self.party_at(j - 1) if j > title.first + 1 else None
        if overlapping is not None and overlapping[0] > j:
            title.party = overlapping[1]
            return overlapping[0]
        if j + 1 < n and self.tokens[j].folded in self.lex.origin:
            # "rakan sejawatannya dari New Zealand, Nanaia Mahuta"
            found = self.party_at(j + 1)
            if found:
                title.party = found[1]
                return found[0]
        if j < n and self.tokens[j].folded in self.lex.of:
            k = j + 1
            # "of the Republic of Türkiye": the style, determiner included, is in the country.
            found = self.party_at(k) if k < n else None
            if found is None and k < n and self.tokens[k].folded in self.lex.determiners:
                k += 1
                found = self.party_at(k) if k < n else None
            if found:
                title.party = found[1]
                return found[0]
        found = self.party_at(j) if j < n else None
        if found and self.adjacent(j - 1, j):
            title.party = found[1]
            end = found[0]
            # "Duta Besar Indonesia untuk Pakistan X": the country accredited to is no name.
            if end + 1 < n and self.tokens[end].folded in self.lex.to:
                beyond = self.party_at(end + 1)
                if beyond is not None:
                    end = beyond[0]
            # "Uni Emirat Arab (UEA) Mohamed ...": skip a short parenthesis after the party.
            if end + 2 < n and self.tokens[end].text == "(":
                close = next(
                    (k for k in range(end + 1, min(end + 5, n)) if self.tokens[k].text == ")"), None
                )
                if close is not None:
                    return close + 1
            return end
        # "Vietnamese Ambassador to Cambodia Nguyen Minh Vu": an envoy's country of accreditation
        # right after the title is no name; the envoy's own country is found before the title.
        envoy = any(office in (Office.AMBASSADOR, Office.ENVOY) for office, _, _ in title.roles)
        if envoy and j + 1 < n and self.tokens[j].folded in self.lex.to:
            beyond = self.party_at(j + 1)
            if beyond is not None and self.adjacent(j, j + 1):
                return beyond[0]
        return j

    def country_covers(self, start: int, end: int) -> bool:
        """Whether a country or organisation's name takes in the tokens from *start* to *end*."""
        for k in range(max(0, start - 3), start + 1):
            found = self.party_at(k)
            if found is not None and found[0] >= end:
                return True
        return False

    def party_before(self, title: _Title) -> int:
        """Attach a possessive country or demonym written before the title; return its start."""
        i = title.first
        k = i - 1
        if k >= 0 and self.tokens[k].folded in self.lex.determiners:
            k -= 1
        # "Pakistan's" is the tokens Pakistan, ', s: a possessive of the lexicon ends at k.
        possessive = next(
            (
                p
                for p in self.lex.possessives
                if k + 1 >= len(p) + 1
                and tuple(t.folded for t in self.tokens[k + 1 - len(p) : k + 1]) == p
            ),
            None,
        )
        if possessive is not None:
            owner_end = k + 1 - len(possessive)
            for start in range(max(0, owner_end - 4), owner_end):
                found = self.party_at(start)
                if found and found[0] == owner_end:
                    title.party = title.party or found[1]
                    return start
        # "... dari Indonesia, Menteri Luar Negeri Sugiono": a party, a comma, then the title.
        if k >= 1 and self.tokens[k].text == ",":
            for start in range(max(0, k - 4), k):
                found = self.party_at(start)
                if (
                    found
                    and found[0] == k
                    and start > 0
                    and self.tokens[start - 1].folded in self.lex.origin
                ):
                    title.party = title.party or found[1]
                    return i
        if k >= 0:
            for start in range(max(0, k - 3), k + 1):
                if start in self.countries and self.countries[start][0] == k + 1:
                    _, alpha_3, kind = self.countries[start]
                    if kind == "demonym":
                        title.party = title.party or Country(alpha_3)
                        return start
        # "US Secretary of State", "UN Secretary-General": a party right before the title.
        if i >= 1 and self.adjacent(i - 1, i):
            for start in range(max(0, i - 4), i):
                found = self.party_at(start)
                # "Selama di China PM Anwar": a country after a preposition is a place.
                placed = start > 0 and self.tokens[start - 1].folded in self.lex.prepositions
                if found and found[0] == i and not placed:
                    title.party = title.party or found[1]
                    return start
        return i

    # -- names -----------------------------------------------------------------------------
    def honorifics_from(self, i: int) -> tuple[list[str], int]:
        found: list[str] = []
        n = len(self.tokens)
        while i < n and i in self.honorifics_at:
            end = self.honorifics_at[i]
            found.append(self.text[self.tokens[i].start : self.tokens[end - 1].end])
            i = end
        return found, i

    def name_from(self, i: int) -> int:
        """Return the end token of a name starting at token *i* (== *i* when there is none)."""
        n = len(self.tokens)
        j = i
        count = 0
        while j < n and count < _MAX_NAME_TOKENS:
            # A capital's name starts a name only when more name follows: "Erywan Pehin".
            capital = j == i and j + 1 < n and self.is_name_word(j + 1) and self.adjacent(j, j + 1)
            if self.is_name_word(j, capital=capital) and (j == i or self.adjacent(j - 1, j)):
                j += 1
                count += 1
                # "Al-Sisi": a hyphen between two name words, with no spaces.
                # "Al-Sisi", "Yeo Han-koo": a hyphen glued to two words; "Arif-ur-Rehman": a
                # chain of them.
                while (
                    j + 1 < n
                    and self.tokens[j].text == "-"
                    and self.tokens[j].start == self.tokens[j - 1].end
                    and self.tokens[j + 1].start == self.tokens[j].end
                    and self.tokens[j + 1].text[:1].isalpha()
                ):
                    j += 2
                continue
            if j > i and self.inner_word(j):
                j += 1
                continue
            # "al-Sisi": a particle glued by a hyphen to a name word.
            if (
                j > i
                and self.tokens[j].text in self.lex.particles
                and j + 2 < n
                and self.tokens[j + 1].text == "-"
                and self.tokens[j + 1].start == self.tokens[j].end
                and self.tokens[j + 2].start == self.tokens[j + 1].end
                and self.is_name_word(j + 2)
            ):
                j += 3
                continue
            # An initial with a full stop: "S." in "S. Jaishankar".
            if j > i and self.tokens[j].text == "." and len(self.tokens[j - 1].text) == 1:
                j += 1
                continue
            # A nickname in quotes inside a name: "Ferdinand “Bongbong” Marcos Jr.".
            if (
                j > i
                and j + 3 < n
                and self.tokens[j].text in _OPEN_QUOTES
                and self.tokens[j + 1].text[:1].isupper()
                and self.tokens[j + 1].text.isalpha()
                and self.tokens[j + 2].text in _CLOSE_QUOTES
                and self.is_name_word(j + 3)
            ):
                j += 3
                continue
            # A middle initial, even one that is also a word: "A." in "Enrique A. Manalo".
            if (
                j > i
                and j + 2 < n
                and len(self.tokens[j].text) == 1
                and self.tokens[j].text.isupper()
                and self.tokens[j + 1].text == "."
                and self.tokens[j + 1].start == self.tokens[j].end
                and self.is_name_word(j + 2)
            ):
                j += 2
                continue
            break
        while j > i and not self.is_name_word(j - 1) and not self.glued(j - 1):
            j -= 1
        return j

    def inner_word(self, j: int) -> bool:
        """
        True for a word that only continues a name already begun, before more of it.

        A particle ("bin", "da"), an honorific right after a particle ("bin Haji Jaafar"),
        capital initials ("LP" in "Retno LP Marsudi") or a royal style ("Tengku Zafrul Tengku
        Abdul Aziz"), on the same line as the name around it.
        """
        n = len(self.tokens)
        word = self.tokens[j].text
        if (
            word in self.lex.particles
            and j + 2 < n
            and self.tokens[j + 1].text in self.lex.one_word_honorifics
            and self.is_name_word(j + 2)
            and self.adjacent(j - 1, j)
        ):
            return True  # "bin Haji Jaafar"
        if not (j + 1 < n and self.is_name_word(j + 1) and self.adjacent(j - 1, j)):
            return False
        if word in self.lex.particles:
            return True
        if self.tokens[j - 1].text in self.lex.particles and word in self.lex.one_word_honorifics:
            return True  # "Mohammad Isham bin Haji Jaafar": the father's pilgrim title
        initials = len(word) <= 3 and word.isupper() and word.isalpha()
        return (initials or word in self.lex.royal_styles) and self.adjacent(j, j + 1)

    def glued(self, k: int) -> bool:
        """True for the lower-case end of a hyphenated name: "koo" in "Han-koo"."""
        return (
            k >= 2
            and self.tokens[k - 1].text == "-"
            and self.tokens[k - 1].end == self.tokens[k].start
            and self.tokens[k - 2].end == self.tokens[k - 1].start
            and self.tokens[k].text[:1].isalpha()
        )

    def name_before(self, i: int) -> tuple[int, int] | None:
        """Find a name ending just before token *i* (a comma then a title); return its span."""
        end = i
        start = end
        while start > 0 and end - start < _MAX_NAME_TOKENS:
            # "Mohammad Isham bin Haji Jaafar, Menteri ...": an honorific after a particle is
            # the father's, inside the name.
            if (
                start < end
                and start >= 2
                and self.tokens[start - 1].text in self.lex.one_word_honorifics
                and self.tokens[start - 2].text in self.lex.particles
            ):
                start -= 2
                continue
            # An honorific ends here ("Dato' Seri Anwar Ibrahim, Prime Minister ..."): the name
            # starts after it, never inside it.
            if start < end and start in self.honorific_ending_at:
                break
            k = start - 1
            token = self.tokens[k]
            if self.is_name_word(k) and self.adjacent(k, start if start < len(self.tokens) else k):
                start = k
                continue
            if token.text in self.lex.particles and start < end:
                start = k
                continue
            if token.text == "-" and start < end and k > 0 and self.is_name_word(k - 1):
                start = k
                continue
            break
        while start < end and not self.is_name_word(start):
            start += 1
        if start == end:
            return None
        if (
            end - start == 1
            and start > 0
            and self.tokens[start - 1].folded in self.lex.prepositions
        ):
            # "... in Malacañang, Australian Ambassador to Manila HK Yu said": one word after
            # a preposition of place is where, not who.
            return None
        return start, end

    def words(self, first: int, end: int) -> tuple[str, ...]:
        """The words of a name; parts glued by a hyphen stay one word ("Han-koo")."""
        out: list[str] = []
        previous_end = -1
        quoted = False
        for token in self.tokens[first:end]:
            # A nickname in quotes is no word of the name.
            if token.text in _OPEN_QUOTES and not quoted:
                quoted = True
                continue
            if quoted:
                quoted = token.text not in _CLOSE_QUOTES
                continue
            if token.text == ".":
                if (
                    out
                    and token.start == previous_end
                    and (len(out[-1]) == 1 or out[-1] in self.lex.suffixes)
                ):
                    out[-1] += "."  # an initial ("S." in "S. Jaishankar") or "Jr."
                continue
            if out and token.start == previous_end and (token.text == "-" or out[-1].endswith("-")):
                out[-1] += token.text
            else:
                out.append(token.text)
            previous_end = token.end
        return tuple(w for w in out if w != "-")

    def chars(self, first: int, end: int) -> tuple[int, int]:
        return self.tokens[first].start, self.tokens[end - 1].end


def _opens_sentence(scanner: _Scanner, i: int) -> bool:
    """True when token *i* opens a sentence or a line."""
    if i == 0:
        return True
    previous = scanner.tokens[i - 1]
    between = scanner.text[previous.end : scanner.tokens[i].start]
    return previous.text in {".", "!", "?", ":", '"', "“", "”"} or "\n" in between


@per_language
def _plural_words(code: str) -> frozenset[str]:
    """The lexicon's words that make a title several people ("kedua menlu", "para menteri")."""
    return frozenset(w.casefold() for w in load_lexicon(code).forms("officials.plurals"))


def _roles(scanner: _Scanner, title: _Title) -> list[Role]:
    return [
        Role(
            office=office,
            title=scanner.text[scanner.tokens[first].start : scanner.tokens[end - 1].end],
            party=title.party,
        )
        for office, first, end in title.roles
    ]


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """
    Two name forms are one person when one's words are all among the other's.

    "Ishaq Dar" and "Mohammad Ishaq Dar", "Anwar" and "Anwar Ibrahim", "Khamenei" and
    "Ali Khamenei" are each one person.
    """
    if not a or not b:
        return False
    fa = {_plain(w) for w in a}
    fb = {_plain(w) for w in b}
    return fa <= fb or fb <= fa


def _plain(word: str) -> str:
    """A word case-folded and without diacritics: "Nikolić" and "Nikolic" are one name."""
    return _without_marks(word).casefold()


_GENERIC = (Office.OTHER, Office.OTHER_MINISTER)


def _add_role(person: _Person, role: Role) -> None:
    """
    Add a role to a person, after their specific roles when it is a generic one.

    A headline's "India Minister Jaishankar" and the body's "External Affairs Minister S.
    Jaishankar" give the foreign minister first.
    """
    for i, known in enumerate(person.roles):
        if known.office == role.office:
            if known.party is None and role.party is not None:
                person.roles[i] = attrs.evolve(known, party=role.party)
            return
    person.roles.append(role)
    person.roles.sort(key=lambda r: r.office in _GENERIC)


def _may_hold(person: _Person, party: Country, code: str) -> bool:
    """False when the person is a well-known office holder of a country other than *party*."""
    known = _known_holders(code).countries
    for form in person.names:
        country = known.get(_name_key(" ".join(form)))
        if country is not None and country != party:
            return False
    return True


def _resolve_counterparts(
    persons: list[_Person], found: list[_Found], counterparts: frozenset[str]
) -> None:
    """
    Give a counterpart the office of the person whose counterpart they are.

    That person is the one named nearest with an office of their own ("talks with Japanese
    counterpart Shigeru Ishiba – ... – Modi"); a counterpart with nobody near keeps ``other``.
    """
    for index, person in enumerate(persons):
        roles = [r for r in person.roles if r.title.casefold() in counterparts]
        if not roles or len(roles) != len(person.roles):
            continue
        mine = [f for f in found if f.person == index]
        others = [
            f
            for f in found
            if f.person != index
            and f.role is not None
            and f.role.title.casefold() not in counterparts
        ]
        if not mine or not others:
            continue
        mine_at = sorted(m.start for m in mine)

        # Preferably the official named just before: "Anwar dan rakan sejawatnya Kishida".
        before = [
            f for f in others if f.start < mine_at[0] and mine_at[0] - f.start < _COUNTERPART_GAP
        ]
        nearest = (
            max(before, key=lambda f: f.start)
            if before
            else min(others, key=lambda f: distance_to(mine_at, f.start))
        )
        assert nearest.role is not None
        office = nearest.role.office
        person.roles = [attrs.evolve(r, office=office) for r in person.roles]
        for f in mine:
            if f.role is not None and f.role.title.casefold() in counterparts:
                f.role = attrs.evolve(f.role, office=office)


def _styled(
    form: tuple[str, ...], honorifics: list[str], styles: frozenset[str]
) -> tuple[tuple[str, ...], list[str]]:
    """
    Keep a royal style that opens the honorifics in the name.

    "Tengku Datuk Seri Zafrul Abdul Aziz" is Tengku Zafrul Abdul Aziz, styled Datuk Seri.
    """
    if honorifics and honorifics[0] in styles:
        return (honorifics[0], *form), honorifics[1:]
    return form, honorifics


def _full_name(person: _Person) -> tuple[str, ...]:
    for form in person.names:
        if len(form) >= 2:
            return form
    return person.names[0]


def find_officials(text: str, *, language: str | None = None) -> tuple[Mention[OfficialRef], ...]:
    """
    Return every mention of an official in *text*, in text order, linked across the text.

    Each mention's value holds the person as an :class:`~bilateral.Official` (the same object for
    every mention of that person, with ids ``o1``, ``o2``... in order of first mention and all the
    roles the text gives them) and the role the mention itself states.
    *kind* says how the mention was written: ``"title_name"``, ``"name_title"``,
    ``"honorific_name"``, ``"name"`` (a name alone, such as a surname) or ``"title"`` (a title
    alone, linked when exactly one known person holds that office).

    >>> mentions = find_officials(
    ...     "Menteri Luar Negeri Pakistan Ishaq Dar bertemu Larijani. Dar mengatakan ...", language="id")
    >>> [(m.text, m.value.official.name, m.kind) for m in mentions]
    [('Menteri Luar Negeri Pakistan Ishaq Dar', 'Ishaq Dar', 'title_name'), ('Dar', 'Ishaq Dar', 'name')]
    >>> mentions[0].value.role.office.value, mentions[0].value.role.party.alpha_3
    ('foreign_minister', 'PAK')
    """
    code = resolve_language(text, language)
    scanner = _Scanner(text, code)
    tokens = scanner.tokens
    persons: list[_Person] = []
    short_names = _known_holders(code).short
    found: list[_Found] = []
    unnamed: list[tuple[_Title, int, int]] = []
    covered: set[int] = set()

    def person_for(
        form: tuple[str, ...], honorifics: list[str], start: int, offices: set[Office] | None = None
    ) -> int:
        group = short_names.get(_name_key(" ".join(form)))
        matches = [
            index
            for index, person in enumerate(persons)
            if any(
                _same(form, known)
                or (group is not None and short_names.get(_name_key(" ".join(known))) is group)
                for known in person.names
            )
        ]
        if offices:
            # "Sultan Ibrahim" and "Perdana Menteri Anwar Ibrahim": a one-word name shared
            # by two titled people of different offices is two people.
            specific = offices - set(_GENERIC)
            matches = [
                index
                for index in matches
                if not specific
                or not ({r.office for r in persons[index].roles} - set(_GENERIC))
                or {r.office for r in persons[index].roles} & offices
                or min(len(form), *(len(known) for known in persons[index].names)) > 1
            ]
        # A single word shared by two known people ("Ali") is nobody in particular.
        if len(form) == 1 and len(matches) > 1:
            matches = []
        if matches:
            person = persons[matches[0]]
            if form not in person.names:
                person.names.append(form)
            for h in honorifics:
                if h not in person.honorifics:
                    person.honorifics.append(h)
            return matches[0]
        persons.append(_Person(names=[form], honorifics=list(honorifics), roles=[], first=start))
        return len(persons) - 1

    previous: tuple[_Title, int] | None = None  # the last title, and the token after it
    for title in scanner.titles():
        before = scanner.party_before(title)
        after = scanner.party_after(title)
        if previous is not None and title.party is None:
            # "Raja Arab Saudi Sri Baginda Raja Salman": the same office said twice, the
            # country with the first, honorifics between; the second title is the first's.
            last, last_after = previous
            _, gap_end = (
                scanner.honorifics_from(last_after) if last_after < len(tokens) else ([], 0)
            )
            same = {o for o, _, _ in last.roles} & {o for o, _, _ in title.roles}
            if last.party is not None and gap_end == title.first and same:
                title.party = last.party
        previous = (title, after)
        roles = _roles(scanner, title)
        # Title then name: "Presiden Asif Ali Zardari", "Presiden Pakistan, Asif Ali Zardari".
        j = after
        if j < len(tokens) and tokens[j].text == "," and j > 0:
            j += 1
        honorifics, name_start = scanner.honorifics_from(j) if j < len(tokens) else ([], j)
        name_end = scanner.name_from(name_start) if name_start < len(tokens) else name_start
        if not honorifics and name_start < name_end < len(tokens):
            # "Ketua Pegawai Eksekutif (CEO) Petronas Tan Sri Wan Zulkiflee": capitalised words,
            # then an honorific and a name: the first words are the organisation.
            # "Komander Tentera Udara Emiri Qatar Mej Jen Mohamed Al Dosari": the organisation
            # may end with its country.
            owned = scanner.party_at(name_end)
            next_word = owned[0] if owned is not None else name_end
            styled, start_after = (
                scanner.honorifics_from(next_word) if next_word < len(tokens) else ([], next_word)
            )
            end_after = scanner.name_from(start_after) if start_after < len(tokens) else 0
            if styled and end_after > start_after and scanner.adjacent(name_end - 1, name_end):
                if owned is not None and title.party is None:
                    title.party = owned[1]
                    roles = _roles(scanner, title)
                j = after = next_word
                honorifics, name_start, name_end = styled, start_after, end_after
        institution = scanner.institution_end(name_start, name_end)
        if institution is not None:
            # "Pengerusi Senat Oliy Majlis, Tanzila Narbaeva": the words before an institution
            # word belong to the institution; the name follows its comma.
            if title.party is None:
                owner = next(
                    (p for k in range(name_start, institution) if (p := scanner.party_at(k))),
                    None,
                )
                if owner is not None:
                    title.party = owner[1]
                    roles = _roles(scanner, title)
            j = after = institution
            honorifics, name_start = scanner.honorifics_from(j) if j < len(tokens) else ([], j)
            name_end = scanner.name_from(name_start) if name_start < len(tokens) else name_start
        if (
            name_end > name_start
            and name_end < len(tokens)
            and tokens[name_end].text in scanner.lex.not_names
        ):
            # "the vice chairman of the China Banking Regulatory Commission": the capitalised
            # words are an institution's name, not a person's.
            name_end = name_start
        if name_end > name_start and (j == after or tokens[after].text == ","):
            # "King Abdullah II of Jordan": the party after the name.
            if (
                title.party is None
                and name_end + 1 < len(tokens)
                and tokens[name_end].folded in scanner.lex.of
            ):
                owner = scanner.party_at(name_end + 1)
                if owner is not None:
                    title.party = owner[1]
                    roles = _roles(scanner, title)
                    name_end_mention = owner[0]
                else:
                    name_end_mention = name_end
            else:
                name_end_mention = name_end
            form = scanner.words(name_start, name_end)
            form, honorifics = _styled(form, honorifics, scanner.lex.royal_styles)
            style = scanner.text[tokens[title.first].start : tokens[title.end - 1].end]
            glued = title.first > 0 and tokens[title.first - 1].end == tokens[title.first].start
            if (
                style in scanner.lex.royal_styles
                and j == title.end
                and not honorifics
                and not glued
            ):
                form = (style, *form)  # "Sultan Ibrahim": a royal style stays in the name
            start, end = scanner.chars(min(before, title.first), name_end_mention)
            index = person_for(form, honorifics, start, {r.office for r in roles})
            for role in roles:
                _add_role(persons[index], role)
            alias = scanner.alias_after(name_end)
            if alias is not None and alias not in persons[index].names:
                persons[index].names.append(alias)
            found.append(_Found(start, end, index, roles[0], "title_name"))
            covered.update(range(min(before, title.first), name_end))
            continue
        # Name, then title: "Ali Larijani, Sekretaris ... Iran", "Wang Yi, China's foreign minister".
        k = before
        if k > 1 and tokens[k - 1].folded in scanner.lex.determiners and tokens[k - 2].text == ",":
            k -= 1
        # "Erick Thohir sebagai Menko Marves", "Bahlil selaku Menteri ESDM": name, "as", title.
        capacity = k > 1 and tokens[k - 1].folded in scanner.lex.capacity
        if k > 0 and (tokens[k - 1].text == "," or capacity):
            span = scanner.name_before(k - 1)
            # "PM Modi, the Crown Prince will also call on ...": a name that a title before it
            # already holds is not the next title's.
            # "Kemudian, Presiden RI ...", "Meanwhile, the minister ...": one word that opens
            # a sentence before a comma is a connective, not a name.
            if (
                span is not None
                and span[1] - span[0] == 1
                and span[0] not in scanner.honorific_ending_at  # "H.E. Mr. Sugiono, ..."
                and _opens_sentence(scanner, span[0])
            ):
                span = None
            # "atas permintaan Arab Saudi sebagai Pengerusi ...": a country in the capacity of
            # a chair is no person.
            if span is not None and scanner.country_covers(*span):
                span = None
            if span is not None and span[0] not in covered:
                name_start, name_end = span
                # Honorifics written before the name: "Ayatullah Sayyed Ali Khamenei, ...".
                hon_start = name_start
                while hon_start in scanner.honorific_ending_at:
                    hon_start = scanner.honorific_ending_at[hon_start]
                honorifics, _ = scanner.honorifics_from(hon_start)
                form = scanner.words(name_start, name_end)
                start, end = scanner.chars(hon_start, after)
                index = person_for(form, honorifics, start, {r.office for r in roles})
                for role in roles:
                    _add_role(persons[index], role)
                found.append(_Found(start, end, index, roles[0], "name_title"))
                covered.update(range(hon_start, after))
                continue
        unnamed.append((title, min(before, title.first), after))

    # Honorific then name, with no title: "Ayatullah Khamenei", "Datuk Seri Anwar Ibrahim".
    for first in sorted(scanner.honorifics_at):
        if first in covered:
            continue
        honorifics, name_start = scanner.honorifics_from(first)
        name_end = scanner.name_from(name_start) if name_start < len(tokens) else name_start
        if name_end == name_start or name_start in covered:
            continue
        form = scanner.words(name_start, name_end)
        form, honorifics = _styled(form, honorifics, scanner.lex.royal_styles)
        start, end = scanner.chars(first, name_end)
        index = person_for(form, honorifics, start)
        found.append(_Found(start, end, index, None, "honorific_name"))
        covered.update(range(first, name_end))

    # Well-known office holders named without a title: "Alexander Lukashenko is holding talks
    # with ..." (the office and country from the lexicon's table; the title is the language's
    # usual one for that office).
    table = _known_holders(code)
    for first, end, _ in table.index.find(tokens):
        if any(i in covered for i in range(first, end)):
            continue
        if end < len(tokens) and scanner.is_name_word(end) and scanner.adjacent(end - 1, end):
            continue  # part of a longer name
        start, stop = scanner.chars(first, end)
        index = person_for(scanner.words(first, end), [], start)
        found.append(_Found(start, stop, index, None, "known"))
        covered.update(range(first, end))
    # Later mentions by name alone: every known form, and any word of a name (the surname in
    # English, often the given name in Indonesian and Malay, "Lula" in the middle) when no
    # other known person has that word.
    owners: dict[str, set[int]] = {}
    for index, person in enumerate(persons):
        for form in person.names:
            for word in form:
                owners.setdefault(word.casefold(), set()).add(index)
    forms: list[tuple[str, int]] = []
    for index, person in enumerate(persons):
        for form in person.names:
            forms.append((" ".join(form), index))
            for word in form:
                if (
                    len(word) >= 2
                    and word[:1].isupper()
                    and owners[word.casefold()] == {index}
                    and word not in scanner.lex.particles
                    and word not in scanner.lex.not_names
                ):
                    forms.append((word, index))
    # A well-known short name stands for the full one, and the other way round ("Jokowi");
    # it becomes one of the person's names only where the text writes it.
    short = _known_holders(code).short
    for index, person in enumerate(persons):
        for form in person.names:
            forms += [
                (" ".join(alias), index)
                for alias in short.get(_name_key(" ".join(form)), ())
                if alias not in person.names
            ]
    # The same names written without their diacritics ("Nikolic" for "Nikolić").
    forms += [(plain, index) for form, index in forms if (plain := _without_marks(form)) != form]
    names = PhraseIndex(forms)
    for first, end, index in names.find(tokens):
        if any(i in covered for i in range(first, end)):
            continue
        if end < len(tokens) and scanner.is_name_word(end) and scanner.adjacent(end - 1, end):
            continue  # part of a longer, unknown name
        start, stop = scanner.chars(first, end)
        form = scanner.words(first, end)
        if form not in persons[index].names:
            persons[index].names.append(form)
        found.append(_Found(start, stop, index, None, "name"))
        covered.update(range(first, end))

    # A known holder named without a title, alone or with an honorific ("Datuk Seri Anwar
    # Ibrahim"), has the table's office and country, unless called former.
    former = scanner.lex.former
    for index, person in enumerate(persons):
        if person.roles:
            continue
        near = [
            text[max(0, f.start - _FORMER_GAP) : f.end + _FORMER_GAP].casefold()
            for f in found
            if f.person == index
        ]
        if any(w in re.findall(r"[^\W\d_]+", chunk) for chunk in near for w in former):
            continue  # "Muhyiddin Yassin, the former prime minister": no longer in office
        hit = table.role(_name_key(" ".join(f)) for f in person.names)
        if hit is not None:
            office, country = hit
            usual = table.titles.get(office, office.value)
            _add_role(person, Role(office=office, title=usual, party=country))

    # In a language with a home press, an unqualified official is the home country's
    # ("Menteri Perdagangan Zulkifli Hasan"), so a foreign title alone ("Menteri Perdagangan
    # dan Industri Mesir") is somebody else.
    home = load_lexicon(code).home
    press_home = home is not None

    # Titles alone, linked when exactly one known person holds the office (and party).
    for title, first, end in unnamed:
        if any(i in covered for i in range(first, end)):
            continue
        roles = _roles(scanner, title)
        if any(r.title.casefold() in scanner.lex.counterparts for r in roles):
            continue  # "his Indian counterpart Prime Minister X": the next title names him
        office, party = roles[0].office, roles[0].party
        holders = [
            index
            for index, person in enumerate(persons)
            # A title alone names its country only to pick a holder already known to hold
            # it for that country: "Presiden Pakistan" is Zardari, but "menteri luar ASEAN"
            # (the bloc's foreign ministers) does not make Malaysia's minister ASEAN's.
            # A holder whose country is not known yet may be the title's: "HE Vice President
            # Cevdet Yılmaz" and "the Vice President of the Republic of Türkiye".
            # But not a well-known holder of another country's office ("Perdana Menteri
            # Brunei" is not Malaysia's Anwar Ibrahim).
            if any(
                r.office == office
                and (
                    party is None
                    or r.party == party
                    or (
                        r.party is None
                        and isinstance(party, Country)
                        and not press_home
                        and _may_hold(person, party, code)
                    )
                )
                for r in person.roles
            )
        ]
        # "kedua menlu", "para menteri", "both ministers": a title of several is no one.
        plural = first > 0 and tokens[first - 1].folded in _plural_words(code)
        if len(holders) > 1 and party is None and home is not None and not plural:
            # "Undangan tersebut disampaikan Presiden dalam pertemuan bilateral dengan Presiden
            # Samia": a bare title in the home press is the home country's holder.
            holders = [
                index
                for index in holders
                if any(
                    r.office == office and r.party == Country(home) for r in persons[index].roles
                )
            ]
        if len(holders) == 1:
            start, stop = scanner.chars(first, end)
            holder = persons[holders[0]]
            for role in roles:
                if all(known.office != role.office for known in holder.roles):
                    _add_role(holder, role)
            if party is not None:
                holder.roles = [
                    attrs.evolve(r, party=party) if r.office == office and r.party is None else r
                    for r in holder.roles
                ]
            found.append(_Found(start, stop, holders[0], roles[0], "title"))
            continue
        if holders or party is None:
            continue
        # "Timbalan Perdana Menteri Malaysia, yang juga Menteri ..., mengadakan pertemuan ...
        # Datuk Seri Fadillah Yusof, yang berada di Jepun ...": a title with its country and no
        # name is the next person the text names without any title, soon after.
        start, stop = scanner.chars(first, end)
        later = [
            f
            for f in found
            if f.kind in ("honorific_name", "name")
            and 0 < f.start - stop <= _NAMED_LATER
            and not persons[f.person].roles
        ]
        if later:
            holder = persons[later[0].person]
            for role in roles:
                _add_role(holder, role)
            found.append(_Found(start, stop, later[0].person, roles[0], "title"))

    _resolve_counterparts(persons, found, scanner.lex.counterparts)
    order = sorted(range(len(persons)), key=lambda p: min(f.start for f in found if f.person == p))
    officials: dict[int, Official] = {}
    for number, index in enumerate(order, start=1):
        person = persons[index]
        name = _full_name(person)
        aliases = [" ".join(f) for f in person.names if f != name]
        officials[index] = Official(
            id=f"o{number}",
            name=" ".join(name),
            honorifics=tuple(person.honorifics),
            aliases=tuple(aliases),
            roles=tuple(person.roles),
        )
    mentions = [
        Mention(
            f.start, f.end, text[f.start : f.end], OfficialRef(officials[f.person], f.role), f.kind
        )
        for f in sorted(found, key=lambda f: (f.start, f.end))
    ]
    return tuple(mentions)
