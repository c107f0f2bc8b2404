"""
The JSON Schema (draft 2020-12) of the report document, derived from the model at run time.

The schema is walked out of the attrs classes' fields and type hints (:func:`attrs.fields`,
:func:`typing.get_type_hints`), so it cannot drift from the classes the converter writes.
"""

from __future__ import annotations

import copy
import datetime as _dt
import enum
import functools
import types
import typing
from decimal import Decimal
from typing import Any

import attrs
import pycountry

from bilateral import model
from bilateral.model import SCHEMA, Country, Organisation, PartialDate, Report

__all__ = ["json_schema"]

_SCHEMA_ID = "https://bilateral.readthedocs.io/schema/bilateral-1.json"
_NONE = type(None)

# Constraints that validators enforce and that JSON Schema can say too.
_VALIDATOR_SCHEMAS: dict[object, dict[str, Any]] = {
    model._text: {"type": "string", "pattern": r"\S"},
    model._record_id: {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"},
    model._count: {"type": "integer", "minimum": 1},
    model._unit: {"type": "string", "pattern": r"^\S+( \S+)*$"},
    model._year: {"type": "integer", "minimum": 1, "maximum": 9999},
    model._month: {"type": "integer", "minimum": 1, "maximum": 12},
}
_ITEM_SCHEMAS: dict[object, dict[str, Any]] = {
    model._texts: _VALIDATOR_SCHEMAS[model._text],
    model._record_ids: _VALIDATOR_SCHEMAS[model._record_id],
}


class _Walker:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            schema = self.field(field, hints[field.name])
            properties[field.name] = schema
            if field.default is attrs.NOTHING:
                required.append(field.name)
        doc = (cls.__doc__ or "").strip().splitlines()
        out: dict[str, Any] = {"type": "object"}
        if doc:
            out["description"] = doc[0]
        out.update({"properties": properties, "required": required, "additionalProperties": False})
        return out

    def field(self, field: attrs.Attribute[Any], kind: Any) -> dict[str, Any]:
        validator = field.validator
        if isinstance(validator, model._Optional) and validator.inner in _VALIDATOR_SCHEMAS:
            return {"anyOf": [dict(_VALIDATOR_SCHEMAS[validator.inner]), {"type": "null"}]}
        if validator in _VALIDATOR_SCHEMAS:
            return dict(_VALIDATOR_SCHEMAS[validator])
        if validator in _ITEM_SCHEMAS:
            return {"type": "array", "items": dict(_ITEM_SCHEMAS[validator])}
        if kind is int and field.name in ("start", "end"):
            return {"type": "integer", "minimum": 0}
        return self.type(kind)

    def type(self, kind: Any) -> dict[str, Any]:
        origin = typing.get_origin(kind)
        if origin in (typing.Union, types.UnionType):
            args = typing.get_args(kind)
            members = [a for a in args if a is not _NONE]
            if set(members) == {_dt.date, PartialDate}:
                schema: dict[str, Any] = {
                    "type": "string",
                    "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
                    "description": "ISO 8601 date, or reduced precision: YYYY or YYYY-MM",
                }
                alternatives = [schema]
            else:
                alternatives = [self.type(a) for a in members]
            if _NONE in args:
                alternatives.append({"type": "null"})
            return alternatives[0] if len(alternatives) == 1 else {"anyOf": alternatives}
        if origin is tuple:
            (item, _) = typing.get_args(kind)
            return {"type": "array", "items": self.type(item)}
        if kind is str:
            return {"type": "string"}
        if kind is int:
            return {"type": "integer"}
        if kind is Decimal:
            return {"type": "string", "pattern": r"^[0-9]+(\.[0-9]+)?$"}
        if kind is _dt.date:
            return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
        if kind is Country:
            codes = sorted(c.alpha_3 for c in pycountry.countries)
            return {"description": "ISO 3166-1 alpha-3 code", "enum": codes}
        if kind is Organisation:
            return {"description": "organisation acronym", "enum": sorted(model.ORGANISATIONS)}
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return {"enum": [member.value for member in kind]}
        if attrs.has(kind):
            return self.ref(kind)
        raise TypeError(f"no JSON Schema mapping for {kind!r}")  # pragma: no cover


@functools.cache
def _report_schema() -> dict[str, Any]:
    walker = _Walker()
    walker.ref(Report)
    report = walker.defs.pop("Report")
    report["properties"] = {
        "schema": {"const": SCHEMA, "description": "the document format and its version"},
        **report["properties"],
    }
    report["required"] = ["schema", *report["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID,
        "title": f"bilateral report document ({SCHEMA})",
        **report,
        "$defs": dict(sorted(walker.defs.items())),
    }


def json_schema() -> dict[str, Any]:
    """
    Return the JSON Schema (draft 2020-12) of the report document ``bilateral/1``.

    The schema is derived from the model classes, so it always matches what
    :func:`bilateral.to_json` writes.
    Each call returns a fresh copy that the caller may change.

    >>> schema = json_schema()
    >>> schema["properties"]["schema"]["const"]
    'bilateral/1'
    >>> sorted(schema["$defs"])[:3]
    ['Agreement', 'Article', 'Evidence']
    """
    return copy.deepcopy(_report_schema())
