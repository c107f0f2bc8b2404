"""
Score bilateral's recognisers on cases taken from the test suites of single-purpose peers.

Run from the repository root:

    python benchmarks/peers.py                 # accuracy per kind, language and source
    python benchmarks/peers.py --verbose       # and every failure, grouped by class
    python benchmarks/peers.py --json          # the same as JSON
    python benchmarks/peers.py --kind dates    # one kind only (countries, amounts, dates)

The cases are in benchmarks/peers/*.tsv; benchmarks/peers/README.md says where each comes from and how
it was chosen. A case is correct when:

- countries: a mention of the expected ISO alpha-3 covers most of the text (more than half of its
  letters and digits); the lenient figure only asks for a mention of that country;
- amounts: a mention's value is Money with exactly the expected Decimal value and ISO 4217 currency;
- dates: a mention resolves, against the base (publication) date, to the expected date at the
  expected precision: a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY); a range counts when one of
  its ends is the expected date.

When dateparser is installed (the ``bench`` extra), its own accuracy on dates.tsv is scored by the same
rule, as the comparison figure: search_dates and parse with the case's language and RELATIVE_BASE, each
found date taken at the precision of the period dateparser reports for it.
A case never stops the run: an exception counts as a failure and is listed.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import pathlib
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
PEERS = ROOT / "benchmarks" / "peers"
KINDS = ("countries", "amounts", "dates")
_ALNUM = re.compile(r"[^\W_]", re.UNICODE)


def load(kind: str) -> list[dict[str, str]]:
    """Read benchmarks/peers/<kind>.tsv: '#' lines are comments, the first other line names the columns."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    path = PEERS / f"{kind}.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            raise SystemExit(f"{path}:{number}: {len(fields)} fields, expected {len(header)}")
        row = dict(zip(header, fields, strict=True))
        row["line"] = str(number)
        rows.append(row)
    return rows


class Outcome:
    """What one case gave: correct or not, the failure's class, and what was found."""

    __slots__ = ("case", "correct", "failure", "found", "lenient")

    def __init__(
        self,
        case: dict[str, str],
        correct: bool,
        failure: str = "",
        found: str = "",
        lenient: bool | None = None,
    ) -> None:
        self.case = case
        self.correct = correct
        if failure and not failure.startswith(("exception", "currency ")):
            failure = f"{failure} / {SHAPES[_kind_of(case)](case['text'])}"
        self.failure = "" if correct else failure
        self.found = found
        self.lenient = correct if lenient is None else lenient


def _kind_of(case: dict[str, str]) -> str:
    return "countries" if "alpha_3" in case else "amounts" if "currency" in case else "dates"


# What the input looks like, to group failures by the form the recogniser misses (first match wins).
_DATE_SHAPES = (
    (
        "relative offset (N days/weeks/months/years ago, in N ..., N tahun lalu, dalam N hari)",
        r"\b(ago|from now|from today|later|lalu|lagi|dalam|dlm|hence)\b|^(in|after) (\d+|an?|one|two|three|"
        r"four|five|six|seven|eight|nine|ten)\b|\bse(hari|minggu|bulan|tahun)\b",
    ),
    (
        "relative period (last/next/this month, year; bulan depan)",
        r"\b(last|next|this) (month|year|week)\b|\b(bulan|tahun|minggu) (depan|lalu|ini)\b",
    ),
    (
        "compound relative word (the day before yesterday, kemarin lusa)",
        r"day (before|after)|kemarin lusa|\blusa\b",
    ),
    (
        "day of month (the 15th of February, 4th of July)",
        r"\b\d{1,2}(st|nd|rd|th)? of\b|\bof (the )?[a-z]+\b|"
        r"\b(first|second|third|fourth) of\b|\b[a-z]+ (the )?\d{1,2}(st|nd|rd|th)\b|\b[a-z]+ first\b",
    ),
    ("spelled ordinal (march third 2015)", r"\b(first|second|third)\b"),
    ("ISO date-time or unpadded ISO (2014-12-12T12:33, 2015-3-3)", r"\d{4}-\d{1,2}-\d{1,2}(T|\b)"),
    ("numeric year-month (2014-10, 2014/10)", r"^\d{4}[-/]\d{1,2}$"),
    ("numeric day-month without a year (2/1, 28/2)", r"^\d{1,2}/\d{1,2}$"),
    ("numeric with dots, day first (29.02.2020)", r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"),
    ("glued day and month (28feb, 14april, Feb13)", r"\d[a-z]{3,}|[A-Za-z]{3}\d"),
    (
        "lower-case month name",
        r"\b\d{1,2}[ -/]?(jan|feb|mar|apr|mei|may|jun|jul|ag|aug|sep|okt|oct|nov|des|dec|dis)|"
        r"(^|[^A-Za-z])(january|february|march|april|june|july|august|september|october|november|december|"
        r"januari|februari|maret|juni|juli|agustus|oktober|desember|disember|feb)\b",
    ),
    (
        "lower-case weekday (last sunday, isnin)",
        r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"mon|tue|wed|thu|fri|sat|sun|senin|selasa|rabu|kamis|jumat|sabtu|minggu|isnin|khamis|jumaat)\b",
    ),
    ("bare year (2014)", r"^\d{4}$"),
)
_AMOUNT_SHAPES = (
    (
        "number in words (ten dollars, dua puluh Euro)",
        r"\b(one|two|three|four|five|six|seven|eight|nine|ten|"
        r"twenty|dua|tiga|puluh|sepuluh)\b",
    ),
    (
        "subunit added (3 GBP 1 pence, 20 ringgit and 43 sen)",
        r"\b(pence|cents?|sens?|kopiykas|\d+c)\b",
    ),
    ("lakh/crore", r"lakh|crore"),
    ("apostrophe thousands separator (1'049,95)", r"\d'\d{3}"),
    ("space thousands separator (9 800)", r"\d \d{3}(?!\d)"),
    ("currency name before the number (ringgit 42)", r"^[A-Za-z ]+ \d"),
    ("symbol or code after the number (20 €, 42RM, 20Rp)", r"\d\s*[^\d\s.,:;*()\-]"),
)
_COUNTRY_SHAPES = (
    (
        "abbreviated (Rep., Dem., St., Isds, N. Korea)",
        r"\b(Rep|Dem|St|Is|Isds|Terr|Br|N|Fed|Sts|P|DR|DROC|ROC|HKSAR|PDR|TFYR)\b\.?",
    ),
    (
        "inverted or qualified form (Korea, Republic of; Iran (Islamic Republic of))",
        r", ?[A-Za-z]|\(|:",
    ),
    (
        "lower-case name (afghanistan, Cook islands)",
        r"(^|\s)(?!(and|the|of|da|du|des|excluding|without|province|republic|local|name)\b)[a-z]{3,}",
    ),
)
_COMPILED: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "countries": tuple((name, re.compile(pattern)) for name, pattern in _COUNTRY_SHAPES),
    "dates": tuple((name, re.compile(pattern)) for name, pattern in _DATE_SHAPES),
    "amounts": tuple(
        (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _AMOUNT_SHAPES
    ),
}


def _shape(kind: str) -> Callable[[str], str]:
    def shape(text: str) -> str:
        for name, pattern in _COMPILED[kind]:
            if pattern.search(text):
                return name
        return "other form"

    return shape


SHAPES: dict[str, Callable[[str], str]] = {kind: _shape(kind) for kind in KINDS}


def _guard(function: Callable[[dict[str, str]], Outcome]) -> Callable[[dict[str, str]], Outcome]:
    def run(case: dict[str, str]) -> Outcome:
        try:
            return function(case)
        except Exception as error:  # a case must never stop the run
            last = traceback.extract_tb(error.__traceback__)[-1]
            where = f"{pathlib.Path(last.filename).name}:{last.lineno}"
            return Outcome(case, False, f"exception {type(error).__name__}", f"{error!s} ({where})")

    return run


# ------------------------------------------------------------------------------------ countries


@_guard
def score_country(case: dict[str, str]) -> Outcome:
    from bilateral.recognisers import find_countries

    text, expected = case["text"], case["alpha_3"]
    mentions = find_countries(text, language=case.get("language") or "en")
    found = ", ".join(f"{m.text!r}={m.value.alpha_3}/{m.kind}" for m in mentions) or "-"
    right = [m for m in mentions if m.value.alpha_3 == expected]
    if not right:
        failure = "wrong country" if mentions else "no mention"
        return Outcome(case, False, failure, found)
    letters = {i for i, c in enumerate(text) if _ALNUM.match(c)}
    covered = {i for m in right for i in range(m.start, m.end)} & letters
    if len(covered) * 2 > len(letters):
        return Outcome(case, True, found=found)
    return Outcome(case, False, "right country, covers too little of the text", found, lenient=True)


# -------------------------------------------------------------------------------------- amounts


@_guard
def score_amount(case: dict[str, str]) -> Outcome:
    from bilateral.model import Money
    from bilateral.recognisers import find_amounts

    try:
        value = Decimal(case["value"])
    except InvalidOperation:
        raise ValueError(f"bad value {case['value']!r} in amounts.tsv") from None
    currency = case["currency"]
    mentions = find_amounts(case["text"], language=case["language"] or None)
    found = ", ".join(f"{m.text!r}={_amount_text(m.value)}" for m in mentions) or "-"
    money = [m.value for m in mentions if isinstance(m.value, Money)]
    if any(m.value == value and m.currency == currency for m in money):
        return Outcome(case, True, found=found)
    if not _known_currency(currency, case["language"] or None):
        failure = "currency unknown to the lexicon (its ISO code is not found)"
    elif not mentions:
        failure = "no mention"
    elif not money:
        failure = "found a quantity, not money"
    elif any(m.currency == currency for m in money):
        failure = "right currency, wrong value"
    elif any(m.value == value for m in money):
        failure = "right value, wrong currency"
    else:
        failure = "wrong value and currency"
    return Outcome(case, False, failure, found)


def _known_currency(currency: str, language: str | None) -> bool:
    """Whether the recogniser knows *currency* at all: its ISO code before a number is found."""
    from bilateral.recognisers import find_amounts

    return any(
        getattr(m.value, "currency", None) == currency
        for m in find_amounts(f"{currency} 5", language=language)
    )


def _amount_text(value: Any) -> str:
    if hasattr(value, "currency"):
        return f"{value.value} {value.currency}"
    if hasattr(value, "unit"):
        return f"{value.value} {value.unit}"
    return repr(value)


# ---------------------------------------------------------------------------------------- dates


def _precision(expected: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(expected), "?")


def _iso_values(value: Any) -> list[str]:
    """The ISO strings a date mention's value stands for (both ends of a range)."""
    from bilateral.model import DateSpan

    if value is None:
        return []
    if isinstance(value, DateSpan):
        return [_iso(value.start), _iso(value.end)]
    return [_iso(value)]


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _date_failure(expected: str, got: list[str], mentions: int) -> str:
    if not mentions:
        return "no mention"
    if not got:
        return "mention left unresolved (None)"
    if any(
        g[:4] == expected[:4]
        and len(g) != len(expected)
        and (g.startswith(expected) or expected.startswith(g))
        for g in got
    ):
        return "right date, wrong precision"
    return "wrong date"


@_guard
def score_date(case: dict[str, str]) -> Outcome:
    from bilateral.recognisers import find_dates

    expected = case["expected"]
    base = case["base_date"] or None
    mentions = find_dates(case["text"], language=case["language"] or None, published=base)
    got = [iso for m in mentions for iso in _iso_values(m.value)]
    found = (
        ", ".join(
            f"{m.text!r}={'/'.join(_iso_values(m.value)) or 'None'}/{m.kind}" for m in mentions
        )
        or "-"
    )
    if expected in got:
        return Outcome(case, True, found=found)
    return Outcome(case, False, _date_failure(expected, got, len(mentions)), found)


def dateparser_available() -> bool:
    try:
        import dateparser  # noqa: F401
    except ImportError:
        return False
    return True


_PERIOD = {"time": "day", "day": "day", "week": "day", "month": "month", "year": "year"}


def _dateparser_iso(when: dt.datetime, period: str | None) -> str:
    precision = _PERIOD.get(period or "day", "day")
    return {
        "day": when.date().isoformat(),
        "month": when.strftime("%Y-%m"),
        "year": f"{when.year:04d}",
    }[precision]


@_guard
def score_dateparser(case: dict[str, str]) -> Outcome:
    """dateparser by the same rule: the found date at the precision of the period it reports."""
    from dateparser import parse
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    expected = case["expected"]
    languages = [case["language"]] if case["language"] else None
    settings: dict[str, Any] = {}
    if case["base_date"]:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(case["base_date"])
    text = case["text"]
    pieces: list[tuple[str, dt.datetime]] = list(
        search_dates(text, languages=languages, settings=dict(settings)) or []
    )
    whole = parse(text, languages=languages, settings=dict(settings))
    if whole is not None:
        pieces.append((text, whole))
    reader = DateDataParser(languages=languages, settings=dict(settings))
    got: list[str] = []
    lenient = False
    for piece, when in pieces:
        data = reader.get_date_data(piece)
        got.append(_dateparser_iso(when, data.period if data and data.date_obj else None))
        if _dateparser_iso(when, _precision(expected)) == expected:
            lenient = True
    found = ", ".join(f"{p!r}={g}" for (p, _), g in zip(pieces, got, strict=True)) or "-"
    if expected in got:
        return Outcome(case, True, found=found)
    failure = _date_failure(expected, got, len(pieces))
    return Outcome(case, False, failure, found, lenient=lenient)


# ---------------------------------------------------------------------------------------- report

SCORERS: dict[str, Callable[[dict[str, str]], Outcome]] = {
    "countries": score_country,
    "amounts": score_amount,
    "dates": score_date,
}


def _source_name(source: str) -> str:
    repo, _, rest = source.partition(":")
    path = rest.split("#")[0]
    return f"{repo.split('/')[-1]}:{path.rsplit('/', 1)[-1]}"


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    def share(group: Iterable[Outcome]) -> dict[str, Any]:
        group = list(group)
        right = sum(o.correct for o in group)
        lenient = sum(bool(o.lenient) for o in group)
        return {
            "cases": len(group),
            "correct": right,
            "accuracy": round(right / len(group), 4) if group else None,
            "lenient_correct": lenient,
        }

    by_language: dict[str, list[Outcome]] = collections.defaultdict(list)
    by_source: dict[str, list[Outcome]] = collections.defaultdict(list)
    by_failure: dict[str, list[Outcome]] = collections.defaultdict(list)
    for outcome in outcomes:
        by_language[outcome.case.get("language") or "en"].append(outcome)
        by_source[_source_name(outcome.case["source"])].append(outcome)
        if not outcome.correct:
            by_failure[outcome.failure].append(outcome)
    return {
        "overall": share(outcomes),
        "by_language": {k: share(v) for k, v in sorted(by_language.items())},
        "by_source": {k: share(v) for k, v in sorted(by_source.items())},
        "failures": {
            k: [
                {
                    "line": o.case["line"],
                    "text": o.case["text"],
                    "expected": _expected(o.case),
                    "language": o.case.get("language") or "en",
                    "base_date": o.case.get("base_date", ""),
                    "found": o.found,
                    "source": o.case["source"],
                }
                for o in v
            ]
            for k, v in sorted(by_failure.items(), key=lambda kv: -len(kv[1]))
        },
    }


def _expected(case: dict[str, str]) -> str:
    if "alpha_3" in case:
        return case["alpha_3"]
    if "currency" in case:
        return f"{case['value']} {case['currency']}"
    return case["expected"]


def _print(name: str, summary: dict[str, Any], verbose: bool, lenient_label: str | None) -> None:
    overall = summary["overall"]
    line = (
        f"{name}: {overall['correct']}/{overall['cases']} = {100 * (overall['accuracy'] or 0):.1f}%"
    )
    if lenient_label:
        line += f"  ({lenient_label}: {overall['lenient_correct']}/{overall['cases']})"
    print(line)
    for label in ("by_language", "by_source"):
        for key, value in summary[label].items():
            print(
                f"    {key:<48} {value['correct']:>4}/{value['cases']:<4} "
                f"{100 * (value['accuracy'] or 0):5.1f}%"
            )
    print("    failure classes:")
    for failure, cases in summary["failures"].items():
        print(f"      {len(cases):>4}  {failure}")
        if verbose:
            for case in cases:
                base = f" @{case['base_date']}" if case["base_date"] else ""
                print(
                    f"            {case['language']}{base} {case['text']!r} -> expected "
                    f"{case['expected']}; found {case['found']}  [{_source_name(case['source'])}"
                    f" l.{case['line']}]"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=KINDS, action="append", help="score only this kind")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every failure")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--no-dateparser", action="store_true", help="skip the dateparser comparison"
    )
    args = parser.parse_args(argv)
    kinds = args.kind or list(KINDS)
    results: dict[str, Any] = {}
    for kind in kinds:
        cases = load(kind)
        start = time.perf_counter()
        outcomes = [SCORERS[kind](case) for case in cases]
        results[kind] = summarise(outcomes)
        results[kind]["seconds"] = round(time.perf_counter() - start, 3)
    if "dates" in kinds and not args.no_dateparser:
        if dateparser_available():
            import dateparser

            start = time.perf_counter()
            outcomes = [score_dateparser(case) for case in load("dates")]
            results["dates_dateparser"] = summarise(outcomes)
            results["dates_dateparser"]["seconds"] = round(time.perf_counter() - start, 3)
            results["dates_dateparser"]["version"] = dateparser.__version__
        else:
            results["dates_dateparser"] = {
                "skipped": "dateparser is not installed (pip install -e '.[bench]')"
            }
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    labels = {
        "countries": "any mention of the country",
        "dates_dateparser": "right date, any precision",
    }
    for name, summary in results.items():
        if "skipped" in summary:
            print(f"{name}: skipped, {summary['skipped']}")
            continue
        _print(name, summary, args.verbose, labels.get(name))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
