"""
pandas DataFrames: the CSV tables of :mod:`bilateral.serialise.tables`, with proper dtypes.

pandas is an optional dependency, installed with the ``pandas`` extra
(``pip install 'bilateral[pandas]'``); this module imports it only when
:func:`to_dataframes` is called, so importing :mod:`bilateral` never needs it.

The tables, their columns and their rows are those of :data:`~bilateral.serialise.tables.TABLES`;
only the types differ.
A missing value is ``pd.NA`` (``NaT`` for a date).

======================================  ===========================================================
Columns                                 dtype
======================================  ===========================================================
``report``, ``position``, ``count``,    ``int64``
evidence ``start`` and ``end``
``<column>_cow``, ``<column>_gw``       ``Int64``, nullable: a state number, or ``pd.NA``
articles ``published``                  ``datetime64[s]`` (every date from year 1 to 9999 fits)
``office``, ``kind``, ``status``,       ``category``, whose categories are all the values of the
``metric``, ``period``                  vocabulary in their declared order, whether used or not
``language``                            ``category`` of every ISO 639-1 code and ``und``
all others                              ``string``
======================================  ===========================================================

The dates of visits, meetings, agreements, targets and statements stay ISO strings (``2030``,
``2030-03``, ``2030-03-12``), because a date known only to the year or month is not a day;
``pd.to_datetime(frame["start"], format="%Y-%m-%d", errors="coerce")`` gives the full ones as
datetimes and the others as ``NaT``.
Amounts stay exact decimal strings, because a float would change them;
``frame["amount_value"].map(decimal.Decimal, na_action="ignore")`` gives
:class:`~decimal.Decimal` objects.
Since the categories never depend on the data, frames from different corpora concatenate
without losing their categorical dtypes.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable
from enum import Enum
from typing import Any

import pycountry

from bilateral.model import (
    UNKNOWN_LANGUAGE,
    AgreementKind,
    AgreementStatus,
    Office,
    Period,
    Report,
    StatementKind,
    TargetMetric,
)
from bilateral.serialise.tables import _CODE_COLUMNS, _INTEGER_COLUMNS, TABLES, _report_rows

__all__ = ["to_dataframes"]

_VOCABULARIES: dict[tuple[str, str], type[Enum]] = {
    ("roles", "office"): Office,
    ("agreements", "kind"): AgreementKind,
    ("agreements", "status"): AgreementStatus,
    ("targets", "metric"): TargetMetric,
    ("targets", "period"): Period,
    ("statements", "kind"): StatementKind,
}
_FULL_DATES = frozenset({("articles", "published")})


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError(
            "bilateral.serialise.frames needs pandas; install it with "
            "pip install 'bilateral[pandas]'"
        ) from exc


@functools.cache
def _languages() -> tuple[str, ...]:
    codes = {language.alpha_2 for language in pycountry.languages if hasattr(language, "alpha_2")}
    return (*sorted(codes), UNKNOWN_LANGUAGE)


def _series(pd: Any, table: str, column: str, values: list[Any]) -> Any:
    where = (table, column)
    if where in _INTEGER_COLUMNS:
        return pd.Series(values, dtype="int64")
    if where in _CODE_COLUMNS:
        return pd.Series(values, dtype="Int64")
    if where in _FULL_DATES:
        numpy = importlib.import_module("numpy")
        return pd.Series(numpy.array(values, dtype="datetime64[D]"))
    if where in _VOCABULARIES:
        categories = [member.value for member in _VOCABULARIES[where]]
        return pd.Series(pd.Categorical(values, categories=categories))
    if where == ("articles", "language"):
        return pd.Series(pd.Categorical(values, categories=list(_languages())))
    return pd.Series(values, dtype="string")


def to_dataframes(reports: Iterable[Report]) -> dict[str, Any]:
    """
    Turn reports into one ``pandas.DataFrame`` per table, with the columns of the CSV tables.

    The values are ``pandas.DataFrame`` objects; they are typed as :data:`~typing.Any` because
    pandas ships no type information of its own.

    Args:
        reports: Any iterable of reports; the ``report`` column is each one's position in it.

    Returns:
        A data frame per table name, in the order of
        :data:`~bilateral.serialise.tables.TABLES`, each with a default index.

    Raises:
        ImportError: if pandas is not installed; the message says how to install it.
        TypeError: if an item is not a :class:`~bilateral.Report`.

    >>> import datetime
    >>> from bilateral import Article, Official, Report
    >>> from bilateral.serialise.frames import to_dataframes
    >>> report = Report(
    ...     article=Article(text="", language="ms", published=datetime.date(2025, 1, 7)),
    ...     officials=[Official(id="o1", name="Anwar Ibrahim", honorifics=["Datuk Seri"])],
    ... )
    >>> frames = to_dataframes([report])
    >>> frames["articles"][["report", "language", "published"]]
       report language  published
    0       0       ms 2025-01-07
    >>> frames["official_honorifics"].dtypes.astype(str).to_dict()
    {'report': 'int64', 'official': 'string', 'position': 'int64', 'honorific': 'string'}
    """
    pd = _pandas()
    columns: dict[str, list[list[Any]]] = {
        name: [[] for _ in cols] for name, cols in TABLES.items()
    }
    for index, report in enumerate(reports):
        for name, rows in _report_rows(index, report).items():
            for row in rows:
                for cells, value in zip(columns[name], row, strict=True):
                    cells.append(value)
    return {
        name: pd.DataFrame(
            {
                column: _series(pd, name, column, values)
                for column, values in zip(TABLES[name], columns[name], strict=True)
            }
        )
        for name in TABLES
    }
