"""
Find amounts of money and quantities, with exact values.

Currency codes, symbols and names come from the lexicon and from CLDR (babel's currency display
names for the language); scale words ("miliar", "billion", "crore") and the language's decimal and
grouping marks come from the lexicon.
Every value is an exact :class:`~decimal.Decimal`: "USD 10 miliar" is ``Decimal("10000000000")``.
A symbol shared by several currencies ("Rs") resolves to the currency of a country the text
mentions, or to the first listed one.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import attrs

from bilateral.lexicons import load_lexicon, per_language
from bilateral.model import Money, Quantity
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import Mention, alternation, tokenise, word_positions

__all__ = ["find_amounts", "parse_number"]

#: A number: digits with marks ("1.500,75"), or groups of three digits after spaces, as
#: French, Czech or Polish copy and tables write thousands ("9 800", "1 298,00").
_SPACES = "\u0020\u00a0\u202f"
#: Swiss copy groups thousands with an apostrophe ("CHF 1'049.95").
_APOSTROPHES = "'\u2019"
_NUMBER = (
    rf"\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:[.,]\d+)?(?![.,]?\d)"
    rf"|\d{{1,3}}(?:[{_APOSTROPHES}]\d{{3}})+(?:[.,]\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*"
)
_SPACED = re.compile(rf"\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:[.,]\d+)?")
_APOSTROPHED = re.compile(rf"\d{{1,3}}(?:[{_APOSTROPHES}]\d{{3}})+(?:[.,]\d+)?")
_MAX_DIGITS = 30


def parse_number(text: str, *, decimal: str = ".", group: str = ",") -> Decimal | None:
    """
    Read a number written with the given decimal and grouping marks, exactly.

    A mark that appears more than once, or before exactly three digits, groups; otherwise it is
    the decimal mark.
    When both marks appear, the last one is the decimal mark whatever the language says, so
    "1,500.75" reads the same in every language.

    >>> parse_number("1.500", decimal=",", group=".")
    Decimal('1500')
    >>> parse_number("1,5", decimal=",", group=".")
    Decimal('1.5')
    >>> parse_number("2.5", decimal=",", group=".")
    Decimal('2.5')
    >>> parse_number("1 298,50", decimal=",", group=".")
    Decimal('1298.50')
    >>> parse_number("1'049.95")
    Decimal('1049.95')
    """
    if not text or len(text) > _MAX_DIGITS * 2 or not text[0].isdigit() or not text[-1].isdigit():
        return None
    if any(c in _SPACES for c in text):
        if not _SPACED.fullmatch(text):
            return None
        text = "".join(c for c in text if c not in _SPACES)
    elif any(c in _APOSTROPHES for c in text):
        if not _APOSTROPHED.fullmatch(text):
            return None
        text = "".join(c for c in text if c not in _APOSTROPHES)
    marks = [c for c in text if c in ".,"]
    if not marks:
        plain = text
    elif len(set(marks)) == 2:
        last = marks[-1]
        other = "," if last == "." else "."
        if text.count(last) != 1:
            return None
        plain = text.replace(other, "").replace(last, ".")
    else:
        mark = marks[0]
        parts = text.split(mark)
        grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        if len(parts) > 2:
            if not grouped:
                return None
            plain = text.replace(mark, "")
        elif (grouped and mark == group) or (grouped and mark != decimal):
            plain = text.replace(mark, "")
        else:
            plain = text.replace(mark, ".")
    try:
        return Decimal(plain)
    except InvalidOperation:  # pragma: no cover - the checks above admit only digits
        return None


def _exact(value: Decimal) -> Decimal:
    integral = value.to_integral_value()
    if value == integral:
        return Decimal(int(integral))
    return value.normalize()


def _as_written(form: str) -> bool:
    # Codes, symbols and abbreviations ("USD", "Rs", "$") match only as written.
    return form.isupper() or len(form) == 1 or (" " not in form and not form.islower())


def _alternation(forms: list[str]) -> str:
    return alternation(forms, exact=_as_written)


def _symbol_like(form: str) -> bool:
    if any(unicodedata.category(c) == "Sc" for c in form):
        return True
    if " " in form:
        return False
    return not (form.isalpha() and form.islower() and form.isascii())


@attrs.frozen(eq=False)
class _Patterns:
    before: re.Pattern[str]
    after: re.Pattern[str]
    spelled: re.Pattern[str]
    number_words: dict[str, int]
    number_firsts: frozenset[str]
    currencies: dict[str, tuple[str, ...]]
    subunits: dict[str, re.Pattern[str]]
    units: dict[str, str]
    scales: dict[str, int]
    decimal: str
    group: str


def _currency_forms(code: str) -> dict[str, list[str]]:
    from babel import numbers

    lexicon = load_lexicon(code)
    forms: dict[str, list[str]] = {}
    for currency, names in lexicon.table("amounts.currencies").items():
        for name in names:
            forms.setdefault(name, []).append(currency)
    # Every current ISO 4217 code, as written ("UAH 3.04", "42MYR"), but those that are also
    # words written in capitals ("ALL", "TOP").
    words = set(lexicon.forms("amounts.code_words"))
    current = _current_currencies()
    for currency in current:
        if currency not in words and currency not in forms:
            forms[currency] = [currency]
    # CLDR's symbols that cannot be words ("Kč", "zł", "₪", "CA$"), after the lexicon's own;
    # "$" stays the lexicon's alone, since news writes it for the US dollar whatever else the
    # article names.
    for symbol, codes in _cldr_symbols().items():
        if symbol == "$":
            # A dollar's code or its country's before the sign names it ("SGD$4.90",
            # "NZD $100", "AU $59.95").
            for currency in codes:
                for prefix in (currency, currency[:2]):
                    for form in (f"{prefix}$", f"{prefix} $"):
                        forms.setdefault(form, [currency])
            continue
        bucket = forms.setdefault(symbol, [])
        bucket.extend(c for c in codes if c not in bucket)
    if code in ("und",):
        return forms
    listed = set(lexicon.table("amounts.currencies"))
    for currency in current:
        for count in (1, 2):
            try:
                name = numbers.get_currency_name(currency, count=count, locale=lexicon.locale)
            except (ValueError, LookupError):  # pragma: no cover - babel knows every ISO code
                continue
            if not name or name == currency:
                continue
            # CLDR's names of the lexicon's currencies, and of any other currency the names
            # of more than one word ("Czech koruna", "Lebanese pounds"), which are no words.
            if currency not in listed and " " not in name:
                continue
            bucket = forms.setdefault(name, [])
            if currency not in bucket:
                bucket.append(currency)
    return forms


@functools.cache
def _cldr_symbols() -> dict[str, tuple[str, ...]]:
    """Symbol to currencies, from ``_data/currency_symbols.tsv`` (CLDR, generated)."""
    data = importlib.resources.files("bilateral").joinpath("_data", "currency_symbols.tsv")
    table: dict[str, tuple[str, ...]] = {}
    for line in data.read_text("utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("symbol\t"):
            continue
        symbol, codes = line.split("\t")
        table[symbol] = tuple(codes.split("|"))
    return table


@functools.cache
def _current_currencies() -> tuple[str, ...]:
    """The ISO 4217 codes in use today (pycountry's list), not funds or metals."""
    import pycountry

    skip = {"XAG", "XAU", "XPD", "XPT", "XTS", "XXX", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC"}
    return tuple(sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in skip))


@per_language
def _patterns(code: str) -> _Patterns:
    lexicon = load_lexicon(code)
    currencies: dict[str, tuple[str, ...]] = {}
    forms = _currency_forms(code)
    for form, codes in forms.items():
        currencies[form] = tuple(codes)
        currencies.setdefault(" ".join(form.casefold().split()), tuple(codes))
    # Written before the number: codes and symbols ("USD", "Rp", "US$", "€");
    # after it: names ("dolar AS", "euros").
    # Forms that may be glued to the number: codes, symbols, and abbreviations in other scripts
    # ("руб", "zł"); a form with a currency sign is one even with a space in it ("NZD $").
    symbols = [f for f in forms if _symbol_like(f)]
    words = [f for f in forms if f not in symbols]
    scales = {
        form.casefold(): int(multiplier)
        for multiplier, forms in lexicon.table("numbers.scales").items()
        for form in forms
    }
    scale_forms = [f for forms in lexicon.table("numbers.scales").values() for f in forms]
    long_scales = [f for f in scale_forms if len(f) > 2]
    units = {
        form.casefold(): unit
        for unit, forms in lexicon.table("amounts.units").items()
        for form in forms
    }
    per_year = lexicon.forms("amounts.per_year")
    period = rf"(?P<per>\s+(?:{_alternation(list(per_year))})\b)?" if per_year else ""
    # "US$10 billion", "$10-billion", "US$5bn"; a one-letter scale glued to the number in
    # either case ("$10B", "€10m"), spaced only as the lexicon writes it ("$10 m").
    word_scales = [f for f in scale_forms if len(f) > 1]
    letters = [f for f in scale_forms if len(f) == 1]
    scale_any = rf"(?:[\s-]?(?P<scale>{_alternation(word_scales)})\b"
    if letters:
        scale_any += (
            rf"|(?P<letter>{alternation(letters)})\b"
            rf"|\s(?P<spaced>(?-i:{alternation(letters)}))\b"
        )
    scale_any += ")?"
    scale_long = rf"(?:\s(?P<scale>{_alternation(long_scales)})\b)?"
    # The first characters of the symbols, and a digit close after, tried before the long
    # alternation of the symbols: most places in a text fail these cheap tests.
    first = "[" + "".join(sorted({re.escape(f[0]) for f in symbols})) + "]"
    before = re.compile(
        rf"(?<![\w$€£¥₹])(?-i:(?={first}))(?=[^\d\n]{{1,9}}\d)(?P<cur>{_alternation(symbols)})\s?"
        rf"(?P<num>{_NUMBER})(?!\d){scale_any}"
        rf"(?:\s+(?P<cur2>{_alternation(words)})\b)?{period}",
        re.IGNORECASE,
    )
    # A number after a code is its own amount ("pada 2025 USD 10 miliar"), unless it counts the
    # currency's sub-unit ("3 GBP 1 pence").
    sub_forms = [f for forms in lexicon.table("amounts.subunits").values() for f in forms]
    cents = rf"(?!\d{{1,2}}\s?(?:{_alternation(sub_forms)})\b)" if sub_forms else ""
    # ... or begins the next price in the same currency ("69 TL 41.90 TL").
    priced = rf"(?!(?:{_NUMBER})\s?(?-i:{_alternation(symbols)})(?![\w$€£¥₹]))"
    after = re.compile(
        rf"(?<![\w.,])(?P<num>{_NUMBER}){scale_long}(?:\s+"
        rf"(?:(?P<cur>{_alternation(words)})|"
        rf"(?P<unit>{_alternation(list(units))}))\b"
        # "20€", "42 RM", "42MYR", "3.14US$": a symbol or code after the number, unless a
        # number follows it ("pada 2025 USD 10 miliar" is USD 10 billion).
        rf"|\s?(?-i:(?={first}))(?P<sym>{_alternation(symbols)})(?![\w$€£¥₹])(?!\s?{cents}{priced}\d))"
        rf"{period}",
        re.IGNORECASE,
    )
    joiners = alternation([*lexicon.forms("officials.joiners"), ","])
    subunits = {
        currency: re.compile(
            rf"(?:\s*(?:{joiners}))?\s+(?P<cents>\d{{1,2}})\s?(?:{_alternation(list(forms))})\b",
            re.IGNORECASE,
        )
        for currency, forms in lexicon.table("amounts.subunits").items()
    }
    # "twenty rupees", "dua puluh euro", "five lakh rupees": a number the lexicon spells,
    # an optional scale word, then a currency's name; never a name that is also a common
    # word after a number ("two pounds" of flour, "the one won").
    number_words = {
        form.casefold(): int(value)
        for value, forms in lexicon.table("numbers.words").items()
        for form in forms
    }
    common = set(lexicon.forms("amounts.word_names"))
    named = [w for w in words if w.casefold() not in common]
    spelled = re.compile(
        rf"(?<![\w-])(?P<wnum>{alternation(list(number_words))})"
        rf"(?:[\s-](?P<scale>{_alternation(word_scales)}))?\s+"
        rf"(?P<cur>{_alternation(named)})\b{period}",
        re.IGNORECASE,
    )
    return _Patterns(
        before=before,
        after=after,
        spelled=spelled,
        number_words=number_words,
        number_firsts=frozenset(w.split()[0] for w in number_words),
        currencies=currencies,
        subunits=subunits,
        units=units,
        scales=scales,
        decimal=lexicon.decimal,
        group=lexicon.group,
    )


def _currency(
    form: str, patterns: _Patterns, text: str, code: str, cache: dict[str, str]
) -> str | None:
    codes = patterns.currencies.get(form) or patterns.currencies.get(
        " ".join(form.casefold().split())
    )
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0]
    if "context" not in cache:
        cache["context"] = _context_currencies(text, code)
    for currency in cache["context"].split():
        if currency in codes:
            return currency
    return codes[0]


@functools.cache
def _whole_currency(currency: str) -> bool:
    """Whether CLDR gives *currency* no decimal digits (JPY, KRW, VND, IDR, HUF)."""
    from babel import numbers

    return numbers.get_currency_precision(currency) == 0


def _regroup(written: str) -> Decimal | None:
    marks = [c for c in written if c in ".,"]
    if len(marks) != 1 or not re.fullmatch(r"\d{1,3}[.,]\d{3}", written):
        return None
    return Decimal(written.replace(marks[0], ""))


def _subunit(text: str, end: int, currency: str, patterns: _Patterns) -> tuple[Decimal, int] | None:
    """The hundredths written after an amount in its currency's sub-unit, and where they end."""
    names = patterns.subunits.get(currency)
    if names is None:
        return None
    match = names.match(text, end)
    if match is None:
        return None
    return Decimal(match["cents"]) / 100, match.end()


def _context_currencies(text: str, code: str) -> str:
    from babel import numbers

    from bilateral.recognisers.countries import find_countries

    found: list[str] = []
    for mention in find_countries(text, language=code):
        for currency in numbers.get_territory_currencies(mention.value.alpha_2):
            if currency not in found:
                found.append(currency)
    return " ".join(found)


def _matches(text: str, patterns: _Patterns) -> Iterator[re.Match[str] | None]:
    """The matches of the amount patterns; spelled numbers tried only where such a word stands."""
    yield from patterns.before.finditer(text)
    yield from patterns.after.finditer(text)
    tokens = tokenise(text)
    where = word_positions(tokens)
    for word in patterns.number_firsts & where.keys():
        for i in where[word]:
            yield patterns.spelled.match(text, tokens[i].start)


def find_amounts(
    text: str, *, language: str | None = None
) -> tuple[Mention[Money | Quantity], ...]:
    """
    Return every amount of money or quantity in *text*, in text order, with exact values.

    A mention's *kind* is ``"money"`` or ``"quantity"``, or ``"money_per_year"`` /
    ``"quantity_per_year"`` when a per-year phrase ("per tahun", "a year") follows and is
    included in the span.

    >>> [(m.text, m.value) for m in find_amounts("Target USD 10 miliar per tahun.", language="id")]
    [('USD 10 miliar per tahun', Money(value=Decimal('10000000000'), currency='USD'))]
    >>> [str(m.value.value) for m in find_amounts("Rp1,5 triliun dan 2,5 juta ton", language="id")]
    ['1500000000000', '2500000']
    """
    code = resolve_language(text, language)
    patterns = _patterns(code)
    cache: dict[str, str] = {}
    found: list[Mention[Money | Quantity]] = []
    for match in _matches(text, patterns):
        if match is not None:
            groups = match.groupdict()
            if groups.get("wnum"):
                number: Decimal | None = Decimal(
                    patterns.number_words[" ".join(match["wnum"].casefold().split())]
                )
            else:
                number = parse_number(match["num"], decimal=patterns.decimal, group=patterns.group)
            if number is None:
                continue
            scale = groups.get("scale") or groups.get("letter") or groups.get("spaced")
            if scale:
                number *= patterns.scales[scale.casefold()]
            number = _exact(number)
            value: Money | Quantity
            if groups.get("unit"):
                unit = patterns.units[" ".join(match["unit"].casefold().split())]
                value = Quantity(value=number, unit=unit)
                kind = "quantity"
            else:
                form = groups.get("cur") or groups.get("sym") or ""
                currency = _currency(form, patterns, text, code, cache)
                if currency is None:
                    continue
                end = match.end()
                cents = (
                    None if scale or groups.get("per") else _subunit(text, end, currency, patterns)
                )
                if cents is not None:
                    # "20 ringgit and 43 sen", "3 GBP 1 pence": one amount, to the sub-unit.
                    number, end = _exact(number + cents[0]), cents[1]
                if not scale and cents is None and _whole_currency(currency):
                    # "12.500 ₫", "1.727 Ft": a currency without minor units in use has no
                    # decimals, so a single mark before three digits groups thousands.
                    regrouped = _regroup(match["num"])
                    number = regrouped if regrouped is not None else number
                value = Money(value=number, currency=currency)
                kind = "money"
                if end != match.end():
                    found.append(
                        Mention(match.start(), end, text[match.start() : end], value, kind)
                    )
                    continue
            if groups.get("per"):
                kind += "_per_year"
            found.append(Mention(match.start(), match.end(), match.group(), value, kind))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Mention[Money | Quantity]] = []
    for mention in found:
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    return tuple(chosen)
