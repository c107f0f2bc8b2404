"""Generate the currency symbol table ``src/bilateral/_data/currency_symbols.tsv``.

A standalone development script, not part of the ``bilateral`` package. It reads CLDR through
babel (the installed version; nothing is downloaded): for every current ISO 4217 currency
(pycountry's list), the symbols that English and the official languages of each territory
using the currency write for it ("Kč", "zł", "₪", "CA$", "руб."). It keeps the symbols that
cannot be ordinary words or numbers: those with a currency sign, a letter outside ASCII, or a
dollar sign; a symbol of plain ASCII letters ("kr", "Ft", "K") is left to the lexicons, which
can say in which language it is safe.

Run from the repository root::

    python tools/generate_currency_symbols.py > src/bilateral/_data/currency_symbols.tsv
"""

from __future__ import annotations

import sys
import unicodedata
from collections import defaultdict

import babel
import pycountry
from babel import Locale, languages, numbers

_SKIP = {"XAG", "XAU", "XPD", "XPT", "XTS", "XXX", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC"}


def _keep(symbol: str, code: str) -> bool:
    if not symbol or symbol == code or len(symbol) > 6 or any(c.isdigit() for c in symbol):
        return False
    if any(c.isspace() for c in symbol):
        return False
    signs = any(unicodedata.category(c) == "Sc" for c in symbol)
    foreign = any(c.isalpha() and not c.isascii() for c in symbol)
    return signs or foreign


def main() -> None:
    current = {c.alpha_3 for c in pycountry.currencies} - _SKIP
    locales: dict[str, set[str]] = defaultdict(lambda: {"en"})
    for territory in (c.alpha_2 for c in pycountry.countries):
        for currency in numbers.get_territory_currencies(territory):
            for language in languages.get_official_languages(territory):
                locales[currency].add(f"{language}_{territory}")
    symbols: dict[str, set[str]] = defaultdict(set)
    for currency in sorted(current):
        for name in sorted(locales[currency]):
            try:
                locale = Locale.parse(name)
            except (ValueError, babel.UnknownLocaleError):
                continue
            for symbol in (locale.currency_symbols.get(currency),):
                if symbol and _keep(symbol, currency):
                    symbols[symbol].add(currency)
    out = sys.stdout
    out.write(
        "# currency_symbols.tsv: currency symbols from CLDR, by tools/generate_currency_symbols.py.\n"
    )
    out.write(f"# CLDR through babel {babel.__version__}; do not edit by hand.\n")
    out.write("symbol\tcurrencies\n")
    for symbol in sorted(symbols):
        out.write(f"{symbol}\t{'|'.join(sorted(symbols[symbol]))}\n")


if __name__ == "__main__":
    main()
