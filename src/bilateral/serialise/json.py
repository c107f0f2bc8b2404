"""
The JSON wire format: one model object (usually a :class:`~bilateral.Report`) per document.

Output is deterministic: the same object always gives the same text, keys in field order.
"""

from __future__ import annotations

import json as _json
from typing import Any, TypeVar

from bilateral.errors import FormatError
from bilateral.serialise._converter import structure, unstructure

__all__ = ["dumps", "from_dict", "loads", "to_dict"]

_T = TypeVar("_T")


def to_dict(obj: object) -> Any:
    """
    Turn a model object into JSON-compatible data (dicts, lists, strings, integers, ``None``).

    >>> from bilateral import Country, Place
    >>> to_dict(Place(name="Islamabad", country=Country("PAK")))
    {'name': 'Islamabad', 'country': 'PAK'}
    """
    return unstructure(obj)


def from_dict(data: object, kind: type[_T]) -> _T:
    """
    Build a model object of type *kind* from the data :func:`to_dict` gives.

    Raises:
        bilateral.errors.FormatError: naming the JSON path of the first problem.

    >>> from bilateral import Place
    >>> from_dict({"name": "Islamabad", "country": "PAK"}, Place).country.name
    'Pakistan'
    """
    return structure(data, kind)


def dumps(obj: object, *, indent: int | None = None) -> str:
    """
    Serialise a model object to a JSON string; non-ASCII text is written as is.

    >>> from bilateral import Evidence
    >>> dumps(Evidence(3, 9))
    '{"start":3,"end":9}'
    """
    separators = (",", ":") if indent is None else (",", ": ")
    return _json.dumps(to_dict(obj), ensure_ascii=False, indent=indent, separators=separators)


def loads(text: str | bytes, kind: type[_T]) -> _T:
    """
    Read a model object of type *kind* from a JSON string.

    Raises:
        bilateral.errors.FormatError: if the text is not JSON, or the data does not fit *kind*;
            the error names the JSON path of the first problem.
    """
    try:
        data = _json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise FormatError("$", f"not valid JSON: {exc}") from None
    return structure(data, kind)
