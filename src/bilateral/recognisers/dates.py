"""
Find dates in text: absolute dates, ranges, months, years, weekdays, relative words, datelines.

Month and weekday names come from CLDR through babel for the language's locale, with the
press's extra forms from the lexicon; they configure a :class:`dateutil.parser.parserinfo`.
Weekdays and words such as "yesterday" are resolved against the publication date with
:class:`dateutil.relativedelta.relativedelta`.
Where the text does not fix a date, the value says so: a :class:`~bilateral.PartialDate` for a
bare year or month, ``None`` when nothing can be fixed (a weekday with no publication date).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

import attrs
from dateutil import relativedelta as rd
from dateutil.parser import parserinfo

from bilateral.lexicons import Lexicon, load_lexicon, per_language
from bilateral.model import DateSpan, PartialDate
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers._text import Mention, alternation, tokenise

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
_MAX_GAP = 3  # characters allowed between a weekday and the date it names
_LEAD_WINDOW = 30  # characters searched back for a lead-in word


def _alternation(forms: list[str]) -> str:
    return alternation(forms)


@attrs.frozen(eq=False)
class _Patterns:
    months: dict[str, int]
    weekdays: dict[str, int]
    info: parserinfo
    day_first: bool
    by_digit: tuple[tuple[str, re.Pattern[str]], ...]
    by_month: tuple[tuple[str, re.Pattern[str]], ...]
    weekday_lead: re.Pattern[str] | None
    year_lead: re.Pattern[str] | None
    relative_first: frozenset[str]
    lead: re.Pattern[str] | None
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    year: re.Pattern[str]
    dateline: re.Pattern[str]


def _names(lexicon: Lexicon) -> tuple[dict[str, int], dict[str, int]]:
    from babel import dates as babel_dates

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in babel_dates.get_month_names(width, context, lexicon.locale).items():
                months.setdefault(name.rstrip(".").casefold(), number)
            for number, name in babel_dates.get_day_names(width, context, lexicon.locale).items():
                weekdays.setdefault(name.rstrip(".").casefold(), number)
    for key, forms in lexicon.table("dates.months").items():
        for form in forms:
            months.setdefault(form.casefold(), _MONTH_KEYS.index(key) + 1)
    for key, forms in lexicon.table("dates.weekdays").items():
        for form in forms:
            weekdays.setdefault(form.casefold(), _WEEKDAY_KEYS.index(key))
    # Short abbreviations that are ordinary words ("may" is a month only when capitalised) are
    # guarded by the capital-letter check in _month().
    return {k: v for k, v in months.items() if len(k) >= 3}, weekdays


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


@per_language
def _patterns(code: str) -> _Patterns:
    lexicon = load_lexicon(code)
    months, weekdays = _names(lexicon)
    month = rf"(?P<m>(?:{_alternation(list(months))})\.?)"
    month2 = month.replace("?P<m>", "?P<m2>")
    day, day2 = rf"(?P<d>{_DAY})", rf"(?P<d2>{_DAY})"
    year, year2 = rf"(?P<y>{_YEAR})", rf"(?P<y2>{_YEAR})"
    to = rf"(?:{_DASH}|\s+(?:{_alternation(list(lexicon.forms('dates.range')))})\s+)"
    start = lexicon.forms("dates.range_start")
    # "from" / "dari" before a range is taken in afterwards, so that every pattern starts with a
    # day or a month name and the regex engine can skip quickly to where one may begin.
    lead = ""
    flags = re.IGNORECASE
    patterns = (
        # 12-14 Mei 2024; 12 to 14 May
        ("range", rf"{lead}\b{day}{to}{day2}\s+{month}(?:,?\s+{year})?\b"),
        # 30 Mei - 2 Juni 2024
        (
            "range",
            rf"{lead}\b{day}\s+{month}(?:\s+{year})?{to}{day2}\s+{month2}(?:,?\s+{year2})?\b",
        ),
        # May 30 - June 2, 2024
        ("range", rf"{lead}\b{month}\s+{day}{to}{month2}\s+{day2}(?:,?\s+{year2})?\b"),
        # May 12-14, 2024; from May 12 to 14
        ("range", rf"{lead}\b{month}\s+{day}{to}{day2}\b(?:,?\s+{year})?\b"),
        # 25 November 2025
        ("date", rf"\b{day}\s+{month}(?:,?\s+{year})?\b"),
        # November 25, 2025
        ("date", rf"\b{month}\s+{day}\b(?:,?\s+{year})?\b"),
        # Mei 2024
        ("month", rf"\b{month}\s+{year}\b"),
        # 2025-11-25
        ("iso", rf"\b{year}-(?P<n>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
        # 25/11/2025, 28/8/2025, 25.11.2025
        ("numeric", r"\b(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)\b"),
    )
    compiled = tuple((kind, re.compile(pattern, flags)) for kind, pattern in patterns)
    # Patterns that start with a month name run only where a month name stands, and the others
    # (which start with a day, a year or a number) only where a token begins with a digit.
    by_digit = tuple(p for p in compiled if not p[1].pattern.startswith(r"\b(?P<m>"))
    by_month = tuple(p for p in compiled if p[1].pattern.startswith(r"\b(?P<m>"))
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
    relative_words = {
        "today": lexicon.forms("dates.today"),
        "yesterday": lexicon.forms("dates.yesterday"),
        "tomorrow": lexicon.forms("dates.tomorrow"),
    }
    relative = re.compile(
        "|".join(
            rf"(?P<{key}>\b(?:{_alternation(list(forms))})\b)"
            for key, forms in relative_words.items()
            if forms
        )
        or r"(?!x)x",
        flags,
    )
    year_markers = lexicon.forms("dates.year_markers")
    year_pattern = re.compile(rf"(?P<y>{_YEAR})\b(?![.,]\d)")
    year_lead = (
        re.compile(rf"\b(?:{_alternation(list(year_markers))})\s+$", flags)
        if year_markers
        else None
    )
    relative_first = frozenset(
        form.split()[0].casefold() for forms in relative_words.values() for form in forms
    )
    dateline = re.compile(
        r"^[ \t]*(?P<place>[A-Z][\w .'’-]{1,40}?)(?:\s*\([^)\n]{1,40}\))?,\s*"
        r"(?P<date>[^()\n]{3,40}?)\s*\((?P<outlet>[^)\n]{2,40})\)(?:\s*(?:[-–—]+|:))?",
        re.MULTILINE,
    )
    return _Patterns(
        months=months,
        weekdays=weekdays,
        info=_parserinfo(months, weekdays, lexicon.day_first),
        day_first=lexicon.day_first,
        by_digit=by_digit,
        by_month=by_month,
        weekday_lead=weekday_lead,
        year_lead=year_lead,
        relative_first=relative_first,
        lead=re.compile(rf"\b(?:{_alternation(list(start))})\s+$", flags) if start else None,
        weekday=weekday,
        relative=relative,
        year=year_pattern,
        dateline=dateline,
    )


def _month(patterns: _Patterns, text: str) -> int | None:
    if not text[:1].isupper():
        return None
    return patterns.months.get(text.rstrip(".").casefold())


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


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


def _absolute(
    kind: str, match: re.Match[str], patterns: _Patterns, published: _dt.date | None
) -> DateValue | bool:
    """Return the value of a pattern match, or False when the match is not a date after all."""
    groups = match.groupdict()
    if kind == "iso":
        return _make(int(groups["y"]), int(groups["n"]), int(groups["d"]), None) or False
    if kind == "numeric":
        a, b = int(groups["a"]), int(groups["b"])
        day, number = (a, b) if patterns.day_first else (b, a)
        return _make(int(groups["y"]), number, day, None) or False
    found_month = _month(patterns, groups["m"])
    if found_month is None:
        return False
    month: int = found_month
    year = int(groups["y"]) if groups.get("y") else None
    if kind == "month":
        return PartialDate(int(groups["y"]), month)
    if kind == "date":
        return _make(year, month, _day(groups["d"]), published)
    month2 = _month(patterns, groups["m2"]) if groups.get("m2") else month
    if month2 is None:
        return False
    year2 = int(groups["y2"]) if groups.get("y2") else None
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


def _lead(pattern: re.Pattern[str] | None, text: str, begin: int) -> int:
    """Extend a mention back over a lead-in word ("from", "pada hari", "by") before it."""
    if pattern is None:
        return begin
    found = pattern.search(text, max(0, begin - _LEAD_WINDOW), begin)
    return found.start() if found is not None else begin


def _candidates(
    text: str, patterns: _Patterns, published: _dt.date | None
) -> Iterator[Mention[DateValue]]:
    # One pass over the tokens finds where a month name, a weekday, a relative word or a year
    # stands; the patterns that start with one are tried only there.
    months: list[int] = []
    weekdays: list[int] = []
    relatives: list[int] = []
    years: list[int] = []
    digits: list[int] = []
    for token in tokenise(text):
        folded = token.folded
        if folded[:1].isdigit():
            digits.append(token.start)
        if folded in patterns.months:
            months.append(token.start)
        if folded in patterns.weekdays:
            weekdays.append(token.start)
        if folded in patterns.relative_first:
            relatives.append(token.start)
        if len(folded) == 4 and folded.isdigit():
            years.append(token.start)
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
    for position in months:
        for kind, pattern in patterns.by_month:
            found = pattern.match(text, position)
            if found is not None:
                matches.append((kind, found))
    for kind, match in matches:
        value = _absolute(kind, match, patterns, published)
        if value is False:
            continue
        label = {"iso": "date", "numeric": "date"}.get(kind, kind)
        begin = _lead(patterns.lead, text, match.start()) if kind == "range" else match.start()
        yield Mention(begin, match.end(), text[begin : match.end()], value, label)  # type: ignore[arg-type]
    for position in weekdays:
        day_match = patterns.weekday.match(text, position)
        if day_match is None or not day_match.group("w")[:1].isupper():
            continue
        number = patterns.weekdays[day_match.group("w").casefold()]
        value = None
        if published is not None:
            value = published + rd.relativedelta(weekday=_WEEKDAYS[number](-1))
        begin = _lead(patterns.weekday_lead, text, position)
        yield Mention(begin, day_match.end(), text[begin : day_match.end()], value, "weekday")
    for position in relatives:
        word = patterns.relative.match(text, position)
        if word is None:
            continue
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word.lastgroup or "today"]
        value = published + rd.relativedelta(days=shift) if published is not None else None
        yield Mention(word.start(), word.end(), word.group(), value, "relative")
    for position in years:
        year_match = patterns.year.match(text, position)
        begin = _lead(patterns.year_lead, text, position)
        if year_match is None or begin == position:
            continue
        yield Mention(
            begin,
            year_match.end(),
            text[begin : year_match.end()],
            PartialDate(int(year_match["y"])),
            "year",
        )


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


def find_dates(
    text: str, *, language: str | None = None, published: _dt.date | str | None = None
) -> tuple[Mention[DateValue], ...]:
    """
    Return every date mention in *text*, in text order.

    *published* (a date or an ISO string) is the publication date that weekdays, relative words
    and dates without a year are resolved against; without it they resolve to ``None``.
    A mention's *kind* is ``"date"``, ``"range"``, ``"month"``, ``"year"``, ``"weekday"`` or
    ``"relative"``; its value is a :class:`datetime.date`, a :class:`~bilateral.DateSpan`,
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
