"""
Reading reports to ingest from files: JSON Lines, JSON documents, and folders of them.

A line of a JSON Lines file is either a ``bilateral/1`` report document (as
:mod:`bilateral.serialise.jsonl` writes them) or a line of ``bilateral parse --format jsonl``,
``{"source": ..., "report": {...}}``; the lines of that command that record a failure
(``{"source": ..., "error": {...}}``) hold no report and are passed over.
A ``.json`` file holds one report document.
"""

from __future__ import annotations

import json
import os
import pathlib
from collections.abc import Iterable, Iterator

from bilateral.corpus.errors import InputError
from bilateral.errors import FormatError
from bilateral.io import decode
from bilateral.model import Report
from bilateral.serialise.json import from_dict, loads

__all__ = ["read_reports"]

_SUFFIXES = (".jsonl", ".json")


def _paths(sources: Iterable[str | os.PathLike[str]]) -> Iterator[pathlib.Path]:
    for source in sources:
        path = pathlib.Path(source)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in _SUFFIXES and p.is_file())
            if not found:
                raise InputError(str(path), "no .jsonl or .json files in this folder")
            yield from found
        elif path.is_file():
            yield path
        else:
            raise InputError(str(path), "no such file or folder")


def _line(data: object, where: str) -> Report | None:
    if isinstance(data, dict) and "schema" not in data and "source" in data:
        if "error" in data:
            return None
        if "report" not in data:
            raise InputError(where, "a parse result line without a report or an error")
        data = data["report"]
    try:
        return from_dict(data, Report)
    except FormatError as exc:
        raise InputError(where, f"{exc.path}: {exc.reason}") from None


def read_reports(sources: Iterable[str | os.PathLike[str]]) -> Iterator[Report]:
    """
    Read the reports of files and folders, one at a time, in order.

    Args:
        sources: ``.jsonl`` and ``.json`` files, and folders (their ``.jsonl`` and ``.json``
            files, by name).

    Raises:
        InputError: for a missing file, a folder with no such files, or a line or document
            that is not a report; it names the file and the line.
    """
    for path in _paths(sources):
        text = decode(path.read_bytes(), source=str(path))
        if path.suffix == ".json":
            try:
                yield loads(text, Report)
            except FormatError as exc:
                raise InputError(str(path), f"{exc.path}: {exc.reason}") from None
            continue
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{path}: line {number}"
            try:
                data = json.loads(line)
            except ValueError as exc:
                raise InputError(where, f"not valid JSON: {exc}") from None
            report = _line(data, where)
            if report is not None:
                yield report
