"""
JSON Lines for corpora of reports: one compact ``bilateral/1`` document per line.

Each line is exactly what :func:`bilateral.to_json` writes for one report, so any tool that
reads JSON Lines reads the file, and :func:`bilateral.from_json` reads any one line of it.
The writer and the reader stream: they hold one report at a time, whatever the size of the
corpus.
The file is UTF-8 with ``"\\n"`` line ends; blank lines are allowed at the end only.

A reading error is a :class:`~bilateral.FormatError` whose *path* starts with the line number,
such as ``line 3: $.visits[0].start``.

>>> from bilateral import Article, Report
>>> from bilateral.serialise import jsonl
>>> corpus = [Report(article=Article(text=t, language="en")) for t in ("One.", "Two.")]
>>> text = jsonl.dumps(corpus)
>>> print(text, end="")
{"schema":"bilateral/1","article":{"text":"One.",...},"officials":[],...}
{"schema":"bilateral/1","article":{"text":"Two.",...},"officials":[],...}
>>> jsonl.loads(text) == corpus
True
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from typing import IO

from bilateral.errors import FormatError
from bilateral.model import Report
from bilateral.serialise import json as _json

__all__ = ["dumps", "loads", "read_reports", "write_reports"]

# The whitespace JSON allows between tokens; a line of nothing else is blank.
_JSON_SPACE = " \t\r\n"


def _line(index: int, report: Report) -> str:
    if not isinstance(report, Report):
        raise TypeError(f"item {index}: expected Report, got {type(report).__name__}")
    return _json.dumps(report) + "\n"


def write_reports(reports: Iterable[Report], file: IO[str] | str | os.PathLike[str]) -> int:
    """
    Write reports to a JSON Lines file, one compact document per line, as they come.

    Args:
        reports: Any iterable of reports, a generator included; it is read once, one report
            at a time.
        file: A path, which is created or overwritten as UTF-8 with ``"\\n"`` line ends, or a
            text file open for writing, which is written to and left open.

    Returns:
        The number of reports written.

    Raises:
        TypeError: if an item is not a :class:`~bilateral.Report`; the lines before it have
            been written.

    >>> import io
    >>> from bilateral import Article, Report
    >>> from bilateral.serialise import jsonl
    >>> out = io.StringIO()
    >>> jsonl.write_reports([Report(article=Article(text="Hai.", language="ms"))], out)
    1
    >>> out.getvalue().count("\\n")
    1
    """
    if isinstance(file, str | os.PathLike):
        with open(file, "w", encoding="utf-8", newline="\n") as handle:
            return write_reports(reports, handle)
    count = 0
    for index, report in enumerate(reports):
        file.write(_line(index, report))
        count += 1
    return count


def _read_lines(lines: Iterable[str]) -> Iterator[Report]:
    blank: int | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip(_JSON_SPACE):
            blank = blank or number
            continue
        if blank is not None:
            raise FormatError(
                f"line {blank}: $", "a blank line; only the end of the file may be blank"
            )
        try:
            report = _json.loads(line, Report)
        except FormatError as exc:
            raise FormatError(f"line {number}: {exc.path}", exc.reason) from None
        yield report


def _read_path(path: str | os.PathLike[str]) -> Iterator[Report]:
    # "utf-8-sig" drops a byte-order mark that an editor may have added; newline="\n" splits
    # lines at "\n" only, as they were written.
    with open(path, encoding="utf-8-sig", newline="\n") as handle:
        yield from _read_lines(handle)


def read_reports(file: IO[str] | str | os.PathLike[str]) -> Iterator[Report]:
    """
    Read reports from a JSON Lines file, one at a time, as the loop asks for them.

    Args:
        file: A path to a UTF-8 file (opened on the first report asked for, and closed when
            the iterator is exhausted or closed), or a text file open for reading.

    Returns:
        An iterator over the reports, in the order of their lines.

    Raises:
        bilateral.errors.FormatError: when a line is not a valid ``bilateral/1`` document, or
            is blank with more reports after it; *path* starts with the line number, as in
            ``line 3: $.visits[0].start``.
            The reports before the bad line have been given out.

    >>> import io
    >>> from bilateral import FormatError
    >>> from bilateral.serialise import jsonl
    >>> good = '{"schema": "bilateral/1", "article": {"text": "", "language": "und"}}'
    >>> bad = '{"schema": "bilateral/1", "article": {"text": "", "language": "xx"}}'
    >>> stream = jsonl.read_reports(io.StringIO(good + "\\n" + bad + "\\n"))
    >>> next(stream).article.language
    'und'
    >>> try:
    ...     next(stream)
    ... except FormatError as error:
    ...     print(error.path)
    line 2: $.article.language
    """
    if isinstance(file, str | os.PathLike):
        return _read_path(file)
    return _read_lines(file)


def dumps(reports: Iterable[Report]) -> str:
    """
    Serialise reports to JSON Lines text: one compact document and ``"\\n"`` per report.

    >>> from bilateral import Article, Report
    >>> from bilateral.serialise import jsonl
    >>> text = jsonl.dumps([Report(article=Article(text="", language="und"))] * 2)
    >>> text.count("\\n"), text.endswith("}\\n")
    (2, True)
    >>> jsonl.dumps([])
    ''
    """
    return "".join(_line(index, report) for index, report in enumerate(reports))


def loads(text: str) -> list[Report]:
    """
    Read every report from JSON Lines text.

    Lines end at ``"\\n"`` only, as :func:`dumps` writes them: other line separators, such as
    U+2028, may appear inside a report's text.

    Raises:
        bilateral.errors.FormatError: as :func:`read_reports` does, naming the line.

    >>> from bilateral.serialise import jsonl
    >>> jsonl.loads("\\n")
    []
    """
    return list(_read_lines(io.StringIO(text, newline="\n")))
