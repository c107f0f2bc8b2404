"""
Find dates in text: absolute dates, ranges, months, years, weekdays, relative words, datelines.

Month and weekday names come from CLDR through babel for the language's locale, with the
press's extra forms from the lexicon; they configure a :class:`dateutil.parser.parserinfo`.
Weekdays, words such as "yesterday", lengths of time such as "three weeks ago" or "dalam 10
hari" and periods such as "bulan depan" are resolved against the publication date with
:class:`dateutil.relativedelta.relativedelta`.
Where the text does not fix a date, the value says so: a :class:`~bilateral.PartialDate` for a
bare year or month ("tahun lalu", "six months from now" give one too), ``None`` when nothing can
be fixed (a weekday with no publication date).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterator
from typing import Literal

import attrs
from dateutil import relativedelta as rd
from dateutil.parser import parserinfo

from bilateral.lexicons import Lexicon, load_lexicon, per_language
from bilateral.model import DateSpan, PartialDate
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import Mention, Token, alternation, tokenise

__all__ = ["DateValue", "find_dateline", "find_dates", "published_date"]

#: What a date mention stands for: a day, a reduced-precision date, a span, or nothing fixed.
DateValue = _dt.date | PartialDate | DateSpan | None

_MONTH_KEYS = (
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
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = (rd.MO, rd.TU, rd.WE, rd.TH, rd.FR, rd.SA, rd.SU)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DASH = r"\s*[-–—]\s*"
_TIME = r"\d{1,2}:\d\d(?::\d\d)?"  # a clock time between a date and its year
_MAX_GAP = 3  # characters allowed between a weekday and the date it names
_LEAD_WINDOW = 30  # characters searched back for a lead-in word
_CLAUSE_WINDOW = 100  # characters searched back for what makes "in three years" a length
_OFFSET_BACK = 4  # tokens an offset may begin before its unit ("dalam tempoh dua puluh hari")
_PERIOD_BACK = 2  # tokens a period phrase may begin before its unit ("last year")
_UNITS = ("day", "week", "month", "year")
_CLOSERS = frozenset(",.;:!?)]\"'”’\r\n")  # what may follow a phrase that ends its clause
_NEVER = r"(?!x)x"
_DIGITS = frozenset("0123456789")

# What a token may begin, as bits of _Patterns.roles.
_MONTH, _WEEKDAY, _RELATIVE, _UNIT, _ORDINAL = 1, 2, 4, 8, 16

#: The label of each pattern's mentions.
_LABELS = {
    "range": "range",
    "dmy": "date",
    "mdy": "date",
    "ody": "date",
    "dmp": "date",
    "mdp": "date",
    "mp": "month",
    "month": "month",
    "iso": "date",
    "ym": "month",
    "numeric": "date",
    "paren": "date",
    "dm": "date",
}


def _alternation(forms: list[str]) -> str:
    return alternation(forms)


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


@attrs.frozen(eq=False)
class _Patterns:
    months: dict[str, int]
    weekdays: dict[str, int]
    wide_weekdays: frozenset[str]
    capitalised_only: frozenset[str]
    ordinals: dict[str, int]
    roles: dict[str, int]
    info: parserinfo
    day_first: bool
    by_digit: tuple[tuple[str, re.Pattern[str]], ...]
    by_month: tuple[tuple[str, re.Pattern[str]], ...]
    by_ordinal: tuple[tuple[str, re.Pattern[str]], ...]
    weekday_lead: re.Pattern[str] | None
    year_lead: re.Pattern[str] | None
    lead: re.Pattern[str] | None
    month_lead: re.Pattern[str] | None
    weekday: re.Pattern[str]
    weekday_before: re.Pattern[str] | None
    weekday_after: re.Pattern[str] | None
    relative: re.Pattern[str]
    shifts: dict[str, int]
    period: re.Pattern[str] | None
    periods: dict[str, tuple[str, int]]
    counted: re.Pattern[str]
    starts: frozenset[str]
    offset: re.Pattern[str]
    pair: re.Pattern[str]
    units: dict[str, str]
    counts: dict[str, int]
    in_period: re.Pattern[str] | None
    per_year: frozenset[str]
    year: re.Pattern[str]
    dateline: re.Pattern[str]


def _names(lexicon: Lexicon) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    from babel import dates as babel_dates

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    wide: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in babel_dates.get_month_names(width, context, lexicon.locale).items():
                months.setdefault(name.rstrip(".").casefold(), number)
            for number, name in babel_dates.get_day_names(width, context, lexicon.locale).items():
                weekdays.setdefault(name.rstrip(".").casefold(), number)
                if width == "wide":
                    wide.add(name.casefold())
    for key, forms in lexicon.table("dates.months").items():
        for form in forms:
            months.setdefault(form.casefold(), _MONTH_KEYS.index(key) + 1)
    for key, forms in lexicon.table("dates.weekdays").items():
        for form in forms:
            weekdays.setdefault(form.casefold(), _WEEKDAY_KEYS.index(key))
            wide.add(form.casefold())
    # Names that are also ordinary words in lower case ("may", "minggu") are guarded by
    # dates.capitalised_only in _absolute() and _candidates().
    return {k: v for k, v in months.items() if len(k) >= 3}, weekdays, frozenset(wide)


def _parserinfo(months: dict[str, int], weekdays: dict[str, int], day_first: bool) -> parserinfo:
    month_lists: list[list[str]] = [[] for _ in range(12)]
    for name, number in months.items():
        month_lists[number - 1].append(name)
    weekday_lists: list[list[str]] = [[] for _ in range(7)]
    for name, number in weekdays.items():
        weekday_lists[number].append(name)

    class _Info(parserinfo):
        MONTHS = [tuple(names) for names in month_lists]  # type: ignore[misc]  # noqa: RUF012
        WEEKDAYS = [tuple(names) for names in weekday_lists]  # type: ignore[misc]  # noqa: RUF012

    return _Info(dayfirst=day_first)


def _either(named: dict[str, tuple[str, ...]]) -> str | None:
    """An alternation with one named group per non-empty list of forms, or None if all are empty."""
    parts = [rf"(?P<{name}>{_alternation(list(forms))})" for name, forms in named.items() if forms]
    return "|".join(parts) if parts else None


def _offset_patterns(
    lexicon: Lexicon, units: dict[str, str], counts: dict[str, int]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """
    Return the pattern of an offset from the publication date, and of one count and unit in it.

    Offsets: "three weeks ago", "dalam 10 hari", "1 year 2 months from now", "sehari yang lalu".
    """
    flags = re.IGNORECASE
    unit = _alternation(list(units)) or _NEVER
    count = rf"(?:\d{{1,3}}|{_alternation(list(counts))})" if counts else r"\d{1,3}"
    prefixes = lexicon.forms("dates.one")
    glued = rf"|(?P<p>{_alternation(list(prefixes))})(?P<g>{unit})" if prefixes else ""
    pair = rf"(?:(?P<c>{count})\s+(?P<u>{unit}){glued})(?![^\W\d_])"
    bare_pair = re.sub(r"\(\?P<\w+>", "(?:", pair)
    within = lexicon.forms("dates.within")
    head = rf"(?:(?P<within>{_alternation(list(within))})\s+)?" if within else ""
    tails = _either(
        {
            "ago": lexicon.forms("dates.ago"),
            "hence": lexicon.forms("dates.hence"),
            "from_today": lexicon.forms("dates.from_today"),
        }
    )
    tail = rf"(?:(?:\s+|(?=['’]))(?:{tails}))?" if tails else ""
    offset = re.compile(
        rf"(?<![\d.,]){head}(?P<seq>{bare_pair}(?:,?\s+{bare_pair})*){tail}(?![^\W\d_])", flags
    )
    return offset, re.compile(pair, flags)


@per_language
def _patterns(code: str) -> _Patterns:
    lexicon = load_lexicon(code)
    flags = re.IGNORECASE
    months, weekdays, wide_weekdays = _names(lexicon)
    month = rf"(?P<m>(?:{_alternation(list(months))})\.?)"
    month2 = month.replace("?P<m>", "?P<m2>")
    day, day2 = rf"(?P<d>{_DAY})", rf"(?P<d2>{_DAY})"
    year, year2 = rf"(?P<y>{_YEAR})", rf"(?P<y2>{_YEAR})"
    to = rf"(?:{_DASH}|\s+(?:{_alternation(list(lexicon.forms('dates.range')))})\s+)"
    units = {_fold(form): unit for unit in _UNITS for form in lexicon.forms(f"dates.{unit}_units")}
    counts = {
        _fold(form): int(number)
        for number, forms in lexicon.table("numbers.words").items()
        for form in forms
    }
    for form in lexicon.forms("dates.one"):
        counts.setdefault(_fold(form), 1)
    offset, pair = _offset_patterns(lexicon, units, counts)
    periods: dict[str, tuple[str, int]] = {}
    for key, shift in (("last_period", -1), ("this_period", 0), ("next_period", 1)):
        for form in lexicon.forms(f"dates.{key}"):
            unit = next((units[w] for w in _fold(form).split() if w in units), None)
            if unit is not None and unit != "day":
                periods[_fold(form)] = (unit, shift)
    start = lexicon.forms("dates.range_start")
    ordinals = {_fold(form): n for n, form in enumerate(lexicon.forms("dates.ordinals"), 1)}
    ordinal = rf"(?P<o>{_alternation(list(ordinals))})" if ordinals else None
    of_forms, the_forms = lexicon.forms("dates.of"), lexicon.forms("dates.the")
    of = rf"(?:(?P<of>{_alternation(list(of_forms))})\s+)?" if of_forms else ""
    the = rf"(?:(?:{_alternation(list(the_forms))})\s+)?" if the_forms else ""
    # Between a day and its month: a space, a dash or a slash ("28-feb", "28/feb"), or nothing
    # before a letter ("28feb", "14april").
    between = r"(?:\s*[-/]\s*|\s+|(?=[^\W\d_]))"
    # "from" / "dari" before a range is taken in afterwards, so that every pattern starts with a
    # day, a month name, a spelled ordinal or a number, and the regex engine can skip quickly to
    # where one may begin.
    patterns: list[tuple[str, str]] = [
        # 12-14 Mei 2024; 12 to 14 May
        ("range", rf"\b{day}{to}{day2}\s+{month}(?:,?\s+{year})?\b"),
        # 30 Mei - 2 Juni 2024
        ("range", rf"\b{day}\s+{month}(?:\s+{year})?{to}{day2}\s+{month2}(?:,?\s+{year2})?\b"),
        # May 30 - June 2, 2024
        ("range", rf"\b{month}\s+{day}{to}{month2}\s+{day2}(?:,?\s+{year2})?\b"),
        # May 12-14, 2024; from May 12 to 14
        ("range", rf"\b{month}\s+{day}{to}{day2}\b(?:,?\s+{year})?\b"),
        # 25 November 2025; 28feb; 8-mei-2011; the 15th of February
        ("dmy", rf"\b{day}{between}{of}{month}(?:(?:,?\s+|-){year})?\b"),
        # November 25, 2025; Feb13; February the 15th; March third; Wed Aug 05 12:00:00 2015
        (
            "mdy",
            rf"\b{month}(?:\s+|(?=\d)){the}(?:{day}|{ordinal or _NEVER})\b"
            rf"(?:(?:\s+{_TIME})?,?\s+{year})?\b",
        ),
        # Mei 2024; February of 2015
        ("month", rf"\b{month}\s+{of}{year}\b"),
        # 2025-11-25, 2015-3-3, 2014-12-12T12:33:39
        ("iso", rf"\b{year}-(?P<n>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?:\b|(?=T\d))"),
        # 2014-10, 2014/10
        ("ym", rf"\b{year}[-/](?P<n>0[1-9]|1[0-2])\b(?![-/.]?\d)"),
        # 25/11/2025, 28/8/2025, 25.11.2025
        ("numeric", r"\b(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)\b"),
        # Selasa (25/11), Jumat (28/11/2025): the wire style of a day after its weekday
        ("paren", r"(?<=\()(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>(?:19|20)\d\d))?\)"),
        # 28/2 as the whole text (a dateline's date, a field)
        ("dm", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/.]?\d)"),
    ]
    if ordinal is not None and of_forms:
        # the first of March
        patterns.append(("ody", rf"\b{ordinal}\s+{of}{month}(?:,?\s+{year})?\b"))
    years_around = [form for form, (unit, _) in periods.items() if unit == "year"]
    if years_around:
        # A month or a day in the year before, this year or the next: "Oktober tahun lalu",
        # "26 Okt tahun lepas", "in July last year", "on March 3 next year"
        around = rf"\s+(?P<py>{_alternation(years_around)})\b"
        patterns += [
            ("dmp", rf"\b{day}{between}{of}{month}{around}"),
            ("mdp", rf"\b{month}(?:\s+|(?=\d)){the}{day}\b,?{around}"),
            ("mp", rf"\b{month}{around}"),
        ]
    compiled = tuple((kind, re.compile(pattern, flags)) for kind, pattern in patterns)
    # Patterns that start with a month name run only where a month name stands, those that start
    # with a spelled ordinal where one stands, and the others (which start with a day, a year or
    # a number) only where a token begins with a digit.
    by_month = tuple(p for p in compiled if p[1].pattern.startswith(r"\b(?P<m>"))
    by_ordinal = tuple(p for p in compiled if p[1].pattern.startswith(r"\b(?P<o>"))
    by_digit = tuple(p for p in compiled if p not in by_month and p not in by_ordinal)
    markers = lexicon.forms("dates.weekday_markers")
    parts = lexicon.forms("dates.parts_of_day")
    weekday = re.compile(
        rf"(?P<w>{_alternation(list(weekdays))})\b"
        + (rf"(?:\s+(?:{_alternation(list(parts))})\b)?" if parts else ""),
        flags,
    )
    weekday_lead = (
        re.compile(rf"\b(?:{_alternation(list(markers))})\s+$", flags) if markers else None
    )
    sides = _either(
        {"last": lexicon.forms("dates.last_weekday"), "next": lexicon.forms("dates.next_weekday")}
    )
    shifts: dict[str, int] = {}
    for key, shift in (
        ("today", 0),
        ("yesterday", -1),
        ("tomorrow", 1),
        ("day_before_yesterday", -2),
        ("day_after_tomorrow", 2),
    ):
        for form in lexicon.forms(f"dates.{key}"):
            shifts.setdefault(_fold(form), shift)
    relative = re.compile(rf"\b(?:{_alternation(list(shifts)) or _NEVER})\b", flags)
    period = re.compile(rf"\b(?:{_alternation(list(periods))})\b", flags) if periods else None
    some = [*counts, *lexicon.forms("dates.some")]
    counted = re.compile(rf"(?<![^\W_])(?:\d+|{_alternation(some) or _NEVER})\s+$", flags)
    in_period = lexicon.forms("dates.in_period")
    roles: dict[str, int] = {}

    def role(form: str, bit: int) -> None:
        roles[form] = roles.get(form, 0) | bit

    for name in months:
        role(name, _MONTH)
    for name in weekdays:
        role(name, _WEEKDAY)
    for form in shifts:
        role(form.split()[0], _RELATIVE)
    for form in ordinals:
        role(form.split()[0].split("-")[0], _ORDINAL)
    for form in units:
        role(form, _UNIT)
        for prefix in lexicon.forms("dates.one"):
            role(_fold(prefix) + form, _UNIT)
    year_markers = lexicon.forms("dates.year_markers")
    # Words before a month name that make it one ("in May last year", "since May last year").
    month_leads = [
        *year_markers,
        *start,
        *lexicon.forms("dates.weekday_markers"),
        *lexicon.forms("dates.since"),
    ]
    year_pattern = re.compile(rf"(?P<y>{_YEAR})\b(?![.,]\d)")
    year_lead = (
        re.compile(rf"\b(?:{_alternation(list(year_markers))})\s+$", flags)
        if year_markers
        else None
    )
    dateline = re.compile(
        r"^[ \t]*(?P<place>[A-Z][\w .'’-]{1,40}?)(?:\s*\([^)\n]{1,40}\))?,\s*"
        r"(?P<date>[^()\n]{3,40}?)\s*\((?P<outlet>[^)\n]{2,40})\)(?:\s*(?:[-–—]+|:))?",
        re.MULTILINE,
    )
    return _Patterns(
        months=months,
        weekdays=weekdays,
        wide_weekdays=wide_weekdays,
        capitalised_only=frozenset(_fold(f) for f in lexicon.forms("dates.capitalised_only")),
        ordinals=ordinals,
        roles=roles,
        info=_parserinfo(months, weekdays, lexicon.day_first),
        day_first=lexicon.day_first,
        by_digit=by_digit,
        by_month=by_month,
        by_ordinal=by_ordinal,
        weekday_lead=weekday_lead,
        year_lead=year_lead,
        lead=re.compile(rf"\b(?:{_alternation(list(start))})\s+$", flags) if start else None,
        month_lead=re.compile(rf"\b(?:{_alternation(month_leads)})\s+$", flags)
        if month_leads
        else None,
        weekday=weekday,
        weekday_before=re.compile(rf"(?<![^\W_])(?:{sides})\s+$", flags) if sides else None,
        weekday_after=re.compile(rf"\s+(?:{sides})(?![^\W_])", flags) if sides else None,
        relative=relative,
        shifts=shifts,
        period=period,
        periods=periods,
        counted=counted,
        starts=frozenset(
            _fold(form).split()[0] for form in (*counts, *lexicon.forms("dates.within"), *periods)
        ),
        offset=offset,
        pair=pair,
        units=units,
        counts=counts,
        in_period=(
            re.compile(rf"(?<![^\W_])(?:{_alternation(list(in_period))})(?![^\W_])", flags)
            if in_period
            else None
        ),
        per_year=frozenset(_fold(f) for f in lexicon.forms("amounts.per_year")),
        year=year_pattern,
        dateline=dateline,
    )


def _month(patterns: _Patterns, text: str) -> int | None:
    return patterns.months.get(text.rstrip(".").casefold())


def _lower_word(patterns: _Patterns, text: str) -> bool:
    """True for a month name written in lower case that is also an ordinary word ("may")."""
    return not text[:1].isupper() and text.rstrip(".").casefold() in patterns.capitalised_only


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _closed(text: str, end: int) -> bool:
    """True when a phrase ending at *end* ends its clause: punctuation or the end follows."""
    rest = text[end : end + 20].lstrip(" \t\u00a0")
    return not rest or rest[0] in _CLOSERS


def _valid(month: int, day: int) -> bool:
    try:
        _dt.date(2000, month, day)
    except ValueError:
        return False
    return True


def _make(year: int | None, month: int, day: int, published: _dt.date | None) -> _dt.date | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            guess = _dt.date(year, month, day)
        except ValueError:
            return None
        # A date without its year more than half a year after publication is last year's.
        if (guess - published).days > 183:
            year -= 1
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(
    kind: str, groups: dict[str, str], patterns: _Patterns, published: _dt.date | None
) -> DateValue | Literal[False]:
    """
    Return the value of a date written in numbers, or False when it is none.

    Day first or month first as the language writes them, or the other way round when only that
    is a date ("29.02.2020" in English).
    """
    a, b = int(groups["a"]), int(groups["b"])
    orders = ((a, b), (b, a)) if patterns.day_first else ((b, a), (a, b))
    year = int(groups["y"]) if groups.get("y") else None
    for day, month in orders:
        if _valid(month, day):
            value = _make(year, month, day, published)
            return False if value is None and year is not None else value
    return False


def _absolute(
    kind: str,
    match: re.Match[str],
    text: str,
    patterns: _Patterns,
    published: _dt.date | None,
) -> DateValue | Literal[False]:
    """Return the value of a pattern match, or False when the match is not a date after all."""
    groups = match.groupdict()
    if kind == "iso":
        return _make(int(groups["y"]), int(groups["n"]), int(groups["d"]), None) or False
    if kind == "ym":
        found_year, number = int(groups["y"]), int(groups["n"])
        # "2009-10" may be two years (a season, a fiscal year); "2014-10" can only be a month.
        return PartialDate(found_year, number) if number <= found_year % 100 else False
    if kind in ("numeric", "paren", "dm"):
        if kind == "dm" and not _whole(text, match.start(), match.end()):
            return False  # "3/4 of members": a bare day/month is read only on its own
        return _numeric(kind, groups, patterns, published)
    found_month = _month(patterns, groups["m"])
    if found_month is None:
        return False
    month: int = found_month
    year = int(groups["y"]) if groups.get("y") else None
    lower = _lower_word(patterns, groups["m"])
    if kind == "month":
        return PartialDate(int(groups["y"]), month)
    if kind in ("dmp", "mdp", "mp"):
        if lower:
            return False  # "prices may last year have": "may" is a verb
        if (
            kind == "mp"
            and groups["m"].rstrip(".").casefold() in patterns.capitalised_only
            and _lead(patterns.month_lead, text, match.start()) == match.start()
        ):
            return False  # "Theresa May last year": "in May last year" is a month
        if published is None:
            return None
        around = published.year + patterns.periods[_fold(groups["py"])][1]
        if kind == "mp":
            return PartialDate(around, month)
        return _make(around, month, _day(groups["d"]), None) or False
    if kind in ("dmy", "mdy", "ody"):
        ordinal = groups.get("o")
        day = patterns.ordinals[_fold(ordinal)] if ordinal else _day(groups["d"])
        suffixed = not ordinal and not groups["d"].isdigit()
        if year is None and kind == "dmy" and lower and not groups.get("of") and not suffixed:
            return False  # "the 12 may be": "may" is a verb
        if (
            year is None
            and kind == "mdy"
            and (ordinal or lower)
            and not suffixed
            and not _closed(text, match.end())
        ):
            return False  # "march 3 miles", "Theresa May first said": a date only at a clause end
        return _make(year, month, day, published)
    month2 = _month(patterns, groups["m2"]) if groups.get("m2") else month
    if month2 is None:
        return False
    year2 = int(groups["y2"]) if groups.get("y2") else None
    if (lower or (groups.get("m2") and _lower_word(patterns, groups["m2"]))) and not (
        year or year2
    ):
        return False
    end_year = year2 or year
    start_year = year or year2
    end = _make(end_year, month2, _day(groups["d2"]), published)
    if start_year is None and end is not None:
        start_year = end.year
    start = _make(start_year, month, _day(groups["d"]), published)
    if start is not None and end is not None and start > end and start_year is not None:
        start = _make(start_year - 1, month, _day(groups["d"]), None)
    if start is None or end is None:
        return None
    if start > end:
        return False
    return DateSpan(start=start, end=end)


def _clause(text: str, begin: int) -> str:
    """The clause before *begin*, up to the last sentence or clause mark."""
    window = text[max(0, begin - _CLAUSE_WINDOW) : begin]
    cut = max(window.rfind(mark) for mark in ".;:!?\n")
    return window[cut + 1 :]


def _offset(
    match: re.Match[str], text: str, patterns: _Patterns, published: _dt.date | None
) -> DateValue | Literal[False]:
    """
    Return the date an offset names, or False when it is no date.

    The precision is that of its smallest unit: "three weeks ago" is a day, "in 1 year 2 months"
    a month, "5 tahun lalu" a year; "3 years from today" is a day.
    """
    groups = match.groupdict()
    ago, within = groups.get("ago"), groups.get("within")
    if ago and within:
        return False
    if not (ago or groups.get("hence") or groups.get("from_today")):
        # "in three weeks" alone: a date only at the end of its clause, and not after a word
        # that makes it a length of time ("the first visit in 11 years", "rose 14% in nine
        # months", "dalam dua minggu terakhir"), nor a rate ("dalam setahun").
        if not within or not _closed(text, match.end()):
            return False
        if _fold(match.group()) in patterns.per_year:
            return False
        clause = _clause(text, match.start())
        if any(c.isdigit() for c in clause):
            return False
        if patterns.in_period is not None and patterns.in_period.search(clause):
            return False
    amounts = dict.fromkeys(_UNITS, 0)
    for pair in patterns.pair.finditer(match.group("seq")):
        written = pair.group("c")
        count = 1 if written is None else (int(written) if written.isdigit() else None)
        if count is None:
            count = patterns.counts.get(_fold(written))
        written_unit = pair.group("u") or pair.groupdict().get("g") or ""
        unit = patterns.units.get(_fold(written_unit))
        if count is None or unit is None:
            return False
        amounts[unit] += count
    if published is None:
        return None
    sign = -1 if ago else 1
    try:
        when = published + rd.relativedelta(
            years=sign * amounts["year"],
            months=sign * amounts["month"],
            days=sign * (amounts["day"] + 7 * amounts["week"]),
        )
    except (ValueError, OverflowError):
        return None
    if groups.get("from_today") or amounts["day"] or amounts["week"]:
        return when
    if amounts["month"]:
        return PartialDate(when.year, when.month)
    return PartialDate(when.year)


def _period(
    match: re.Match[str], text: str, patterns: _Patterns, published: _dt.date | None
) -> DateValue | Literal[False]:
    """
    Return the month or year a period names ("bulan depan", "last year").

    False for a week or for a period after a count ("dua tahun ini", "beberapa tahun lalu").
    """
    unit, shift = patterns.periods[_fold(match.group())]
    if patterns.counted.search(text, max(0, match.start() - _LEAD_WINDOW), match.start()):
        return False  # "dalam dua tahun ini", "beberapa tahun lalu": not this or last year
    if unit == "week":
        return False  # a week is no day, month or year
    if published is None:
        return None
    if unit == "month":
        when = published + rd.relativedelta(months=shift)
        return PartialDate(when.year, when.month)
    return PartialDate(published.year + shift)


def _lead(pattern: re.Pattern[str] | None, text: str, begin: int) -> int:
    """Extend a mention back over a lead-in word ("from", "pada hari", "by") before it."""
    if pattern is None:
        return begin
    found = pattern.search(text, max(0, begin - _LEAD_WINDOW), begin)
    return found.start() if found is not None else begin


def _weekday(
    position: int, text: str, patterns: _Patterns, published: _dt.date | None
) -> Mention[DateValue] | None:
    """
    Return the weekday mention at *position*, or None where the word is no weekday.

    The value is the last such day on or before publication, the one before that with "last" or
    "lalu" beside it, the first one after publication with "next" or "depan".
    """
    day_match = patterns.weekday.match(text, position)
    if day_match is None:
        return None
    word = day_match.group("w")
    folded = word.casefold()
    if not word[:1].isupper() and (
        folded in patterns.capitalised_only or folded not in patterns.wide_weekdays
    ):
        return None  # "sun", "minggu": ordinary words in lower case
    if patterns.period is not None and patterns.period.match(text, position):
        return None  # "Minggu lalu": last week, not Sunday
    number = patterns.weekdays[folded]
    begin = _lead(patterns.weekday_lead, text, position)
    end = day_match.end()
    side = None
    if patterns.weekday_after is not None:
        after = patterns.weekday_after.match(text, end)
        if after is not None:
            side, end = after.lastgroup, after.end()
    if side is None and patterns.weekday_before is not None:
        before = patterns.weekday_before.search(text, max(0, position - _LEAD_WINDOW), position)
        if before is not None:
            side, begin = before.lastgroup, min(begin, before.start())
    value = None
    if published is not None:
        if side == "last":
            value = published + rd.relativedelta(days=-1, weekday=_WEEKDAYS[number](-1))
        elif side == "next":
            value = published + rd.relativedelta(days=1, weekday=_WEEKDAYS[number](+1))
        else:
            value = published + rd.relativedelta(weekday=_WEEKDAYS[number](-1))
    return Mention(begin, end, text[begin:end], value, "weekday")


def _candidates(
    text: str, patterns: _Patterns, published: _dt.date | None
) -> Iterator[Mention[DateValue]]:
    # One pass over the tokens finds where a month name, a weekday, a relative word, a unit of
    # time, a spelled ordinal or a year stands; the patterns that start with one are tried only
    # there.
    months: list[int] = []
    weekdays: list[int] = []
    relatives: list[int] = []
    years: list[int] = []
    digits: list[int] = []
    ordinals: list[int] = []
    units: list[int] = []
    roles = patterns.roles
    tokens = tokenise(text)
    # Most tokens are none of these: a comprehension passes over them quickly.
    hits = [
        (index, token)
        for index, token in enumerate(tokens)
        if (folded := token.folded) in roles
        or (not folded.isalpha() and (folded[0] in _DIGITS or folded[-1] in _DIGITS))
    ]
    for index, token in hits:
        folded = token.folded
        if folded[0] in _DIGITS:
            digits.append(token.start)
            if len(folded) == 4 and folded.isdigit():
                years.append(token.start)
            continue
        role = roles.get(folded)
        if role is None:
            if folded.rstrip("0123456789") in patterns.months:
                months.append(token.start)  # "Feb13"
            continue
        if role & _MONTH:
            months.append(token.start)
        if role & _WEEKDAY:
            weekdays.append(token.start)
        if role & _RELATIVE:
            relatives.append(token.start)
        if role & _ORDINAL:
            ordinals.append(token.start)
        if role & _UNIT:
            units.append(index)
    matches: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in patterns.by_digit:
        # As finditer would: left to right, never starting inside the last match.
        reached = 0
        for position in digits:
            if position < reached:
                continue
            found = pattern.match(text, position)
            if found is not None:
                matches.append((kind, found))
                reached = found.end()
    for positions, by in ((months, patterns.by_month), (ordinals, patterns.by_ordinal)):
        for position in positions:
            for kind, pattern in by:
                found = pattern.match(text, position)
                if found is not None:
                    matches.append((kind, found))
    for kind, match in matches:
        value = _absolute(kind, match, text, patterns, published)
        if value is False:
            continue
        begin = match.start()
        if kind == "range":
            begin = _lead(patterns.lead, text, begin)
        elif kind == "paren":
            begin -= 1
        yield Mention(begin, match.end(), text[begin : match.end()], value, _LABELS[kind])
    for position in weekdays:
        weekday = _weekday(position, text, patterns, published)
        if weekday is not None:
            yield weekday
    for position in relatives:
        word = patterns.relative.match(text, position)
        if word is None:
            continue
        shift = patterns.shifts[_fold(word.group())]
        value = published + rd.relativedelta(days=shift) if published is not None else None
        yield Mention(word.start(), word.end(), word.group(), value, "relative")
    yield from _offsets(text, tokens, units, patterns, published)
    for position in years:
        year_match = patterns.year.match(text, position)
        if year_match is None:
            continue
        begin = _lead(patterns.year_lead, text, position)
        if begin == position and not _whole(text, year_match.start(), year_match.end()):
            continue  # "Vision 2030": a bare year is a date only after a marker, or on its own
        yield Mention(
            begin,
            year_match.end(),
            text[begin : year_match.end()],
            PartialDate(int(year_match["y"])),
            "year",
        )


def _offsets(
    text: str,
    tokens: tuple[Token, ...],
    units: list[int],
    patterns: _Patterns,
    published: _dt.date | None,
) -> Iterator[Mention[DateValue]]:
    """Offsets ("three weeks ago") and periods ("bulan depan") around each unit of time."""
    reached = 0
    for index in units:
        unit = tokens[index]
        if unit.start < reached:
            continue
        for first in range(max(0, index - _OFFSET_BACK), index + 1):
            folded = tokens[first].folded
            if first < index and folded[0] not in _DIGITS and folded not in patterns.starts:
                continue
            found = patterns.offset.match(text, tokens[first].start)
            if found is None or found.end() <= unit.start:
                continue
            value = _offset(found, text, patterns, published)
            if value is not False:
                reached = found.end()
                yield Mention(found.start(), found.end(), found.group(), value, "relative")
            break
        if unit.start < reached or patterns.period is None:
            continue
        for first in range(max(0, index - _PERIOD_BACK), index + 1):
            if first < index and tokens[first].folded not in patterns.starts:
                continue
            found = patterns.period.match(text, tokens[first].start)
            if found is None or found.end() <= unit.start:
                continue
            value = _period(found, text, patterns, published)
            if value is not False:
                reached = found.end()
                yield Mention(found.start(), found.end(), found.group(), value, "relative")
            break


def _select(text: str, candidates: list[Mention[DateValue]]) -> list[Mention[DateValue]]:
    """Keep the longest of overlapping mentions, then fold a weekday into the date it names."""
    chosen: list[Mention[DateValue]] = []
    for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    merged: list[Mention[DateValue]] = []
    for mention in chosen:
        if (
            merged
            and merged[-1].kind == "weekday"
            and mention.kind in ("date", "range")
            and 0 <= mention.start - merged[-1].end <= _MAX_GAP
        ):
            weekday = merged.pop()
            mention = attrs.evolve(
                mention, start=weekday.start, text=text[weekday.start : mention.end]
            )
        merged.append(mention)
    return merged


def published_date(value: _dt.date | str | None, field: str = "published") -> _dt.date | None:
    """
    Read a publication date given as a date, a datetime (its day) or an ISO 8601 string.

    Raises:
        bilateral.errors.ValidationError: naming *field*, if *value* is none of those.

    >>> published_date("2025-11-26")
    datetime.date(2025, 11, 26)
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    from bilateral.errors import ValidationError

    raise ValidationError(field, f"{value!r} is not a date or an ISO 8601 date string")


@functools.lru_cache(maxsize=4)
def _text_bounds(text: str) -> tuple[int, int]:
    """Where *text* begins and ends without its surrounding spaces; once per text."""
    return len(text) - len(text.lstrip()), len(text.rstrip())


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all of *text* but surrounding spaces."""
    return (start, end) == _text_bounds(text)


def find_dates(
    text: str, *, language: str | None = None, published: _dt.date | str | None = None
) -> tuple[Mention[DateValue], ...]:
    """
    Return every date mention in *text*, in text order.

    *published* (a date or an ISO string) is the publication date that weekdays, relative words
    and dates without a year are resolved against; without it they resolve to ``None``.
    A mention's *kind* is ``"date"``, ``"range"``, ``"month"``, ``"year"``, ``"weekday"`` or
    ``"relative"`` (a day, month or year counted from publication: "kemarin", "two years ago",
    "bulan depan"); its value is a :class:`datetime.date`, a :class:`~bilateral.DateSpan`,
    a :class:`~bilateral.PartialDate`, or ``None`` when the text does not fix the date.

    Raises:
        bilateral.errors.ValidationError: if *published* is not a date.

    >>> [(m.text, m.kind, str(m.value)) for m in find_dates(
    ...     "Kunjungan pada 12-14 Mei 2024; tiba pada hari Selasa; target hingga 2030.",
    ...     language="id", published="2024-05-15")]
    [('pada 12-14 Mei 2024', 'range', 'DateSpan(start=datetime.date(2024, 5, 12), end=datetime.date(2024, 5, 14))'), ('pada hari Selasa', 'weekday', '2024-05-14'), ('hingga 2030', 'year', '2030')]
    """
    patterns = _patterns(resolve_language(text, language))
    candidates = list(_candidates(text, patterns, published_date(published)))
    return tuple(_select(text, candidates))


def find_dateline(
    text: str, *, language: str | None = None, published: _dt.date | str | None = None
) -> Mention[DateValue] | None:
    r"""
    Return the dateline's date ("JAKARTA, 12 Mei 2024 (ANTARA) -") if the article opens with one.

    The dateline must sit in the first five lines; the mention covers the whole dateline and
    its *kind* is ``"dateline"``.
    Its value is ``None`` when the dateline's date has no year and *published* is not given.

    >>> find_dateline("Judul\nJAKARTA, 12 Mei 2024 (ANTARA) - Presiden ...", language="id").value
    datetime.date(2024, 5, 12)
    """
    code = resolve_language(text, language)
    patterns = _patterns(code)
    head_end = 0
    for _ in range(5):
        newline = text.find("\n", head_end)
        if newline < 0:
            head_end = len(text)
            break
        head_end = newline + 1
    match = patterns.dateline.search(text, 0, min(head_end, 2000))
    if match is None:
        return None
    found = find_dates(match.group("date"), language=code, published=published)
    dates = [d for d in found if d.kind in ("date", "month")]
    if not dates:
        return None
    start = match.start("place")
    return Mention(start, match.end(), text[start : match.end()], dates[0].value, "dateline")
