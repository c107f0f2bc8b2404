"""
Assemble an article's mentions into a :class:`~bilateral.Report`: the parser's one entry point.

The recognisers find what each sentence mentions; here each trigger phrase of the lexicon
(``events.*``: "tiba di", "arrived in", "menerima kunjungan", "bertemu", "menandatangani",
"sepakat bahwa", "target"...) opens a frame whose slots are filled from the mentions of its
sentence, then from the article's context (the dateline, the main visitor, the list that follows
a colon).
Frames are merged at the article level (one visit reported in three sentences is one visit), and
every record keeps the spans of the mentions it was built from as its evidence.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from bilateral._extract import Context, Extraction
from bilateral.errors import ValidationError
from bilateral.model import (
    UNKNOWN_LANGUAGE,
    Article,
    Report,
)
from bilateral.recognisers import (
    find_dateline,
)
from bilateral.recognisers._language import resolve_language
from bilateral.recognisers.dates import published_date

__all__ = ["parse"]


def parse(
    text: str,
    *,
    language: str | None = None,
    published: _dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Report:
    """
    Parse a news article into a :class:`~bilateral.Report`.

    Args:
        text: The article text (a headline line first is fine).
        language: An ISO 639-1 code; ``None`` detects it.
            Text whose language cannot be detected gives an empty report with language
            ``"und"``.
        published: The publication date (a date or an ISO 8601 string); without it a dateline
            in the text is used, and without either, weekday words give no date.
        title: The headline, when it is kept apart from *text*.
        url: Where the article was published.

    Raises:
        bilateral.errors.ValidationError: if *text* is not a string or *published* not a date.
        bilateral.errors.UnknownLanguageError: if *language* names a language with no lexicon.

    >>> report = parse(
    ...     "Menlu Retno Marsudi tiba di Kuala Lumpur pada hari Selasa. Retno bertemu dengan "
    ...     "Menteri Luar Negeri Malaysia Mohamad Hasan.", language="id", published="2024-05-15")
    >>> [(o.name, o.roles[0].office.value) for o in report.officials]
    [('Retno Marsudi', 'foreign_minister'), ('Mohamad Hasan', 'foreign_minister')]
    >>> v = report.visits[0]
    >>> (v.origin.alpha_3, v.destination.alpha_3, v.start.isoformat(), v.places[0].name)
    ('IDN', 'MYS', '2024-05-14', 'Kuala Lumpur')
    """
    if not isinstance(text, str):
        raise ValidationError("parse.text", f"expected str, got {type(text).__name__}")
    day = published_date(published, "parse.published")
    code = resolve_language(text, language)
    if code == UNKNOWN_LANGUAGE:
        return Report(
            article=Article(text=text, language=code, title=title, published=day, url=url)
        )
    outlet = None
    dateline = find_dateline(text, language=code, published=day)
    if dateline is not None:
        if day is None and isinstance(dateline.value, _dt.date):
            day = dateline.value
        found = re.search(r"\(([^()]+)\)[^()]*$", dateline.text)
        outlet = found.group(1).strip() if found else None
    if title is None:
        first_line = text.split("\n", 1)[0].strip()
        title = first_line if first_line and "\n" in text and len(first_line) < 300 else None
    skip = (dateline.start, dateline.end) if dateline is not None else (0, 0)
    # The context once, then each record type, then the merging (bilateral._extract).
    report = Extraction(Context(text, code, day, skip)).build()
    return attrs.evolve(
        report,
        article=Article(
            text=text, language=code, title=title, published=day, url=url, outlet=outlet
        ),
    )
