"""
The one cattrs converter that turns model objects into plain data and back.

All wire formats share it, so a party, a date or an amount is written the same way everywhere.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

from bilateral.errors import BilateralError, FormatError, ValidationError
from bilateral.model import (
    ORGANISATIONS,
    SCHEMA,
    Country,
    Money,
    Organisation,
    PartialDate,
    Quantity,
    Report,
)

__all__ = ["CONVERTER", "structure", "unstructure"]

_T = TypeVar("_T")

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _fail(message: str) -> FormatError:
    # The path is filled in by structure(), from cattrs' notes.
    return FormatError("$", message)


def _strict(kind: type[_T]) -> typing.Callable[[object, type], _T]:
    def hook(value: object, _: type) -> _T:
        if type(value) is not kind:
            raise _fail(f"expected {_JSON_NAMES[kind]}, got {_json_name(value)}")
        return value

    return hook


_JSON_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "a boolean",
    float: "a number",
    list: "an array",
    dict: "an object",
    type(None): "null",
}


def _json_name(value: object) -> str:
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _string(value: object) -> str:
    if not isinstance(value, str):
        raise _fail(f"expected a string, got {_json_name(value)}")
    return value


def _party(value: object, _: type) -> Country | Organisation:
    code = _string(value)
    if code in ORGANISATIONS:
        return Organisation(code)
    return Country(code)


def _date_like(value: object) -> _dt.date | PartialDate:
    match = _DATE.fullmatch(_string(value))
    if match is None:
        raise _fail(f"{value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if day is not None:
        assert month is not None
        try:
            return _dt.date(year, month, day)
        except ValueError as exc:
            raise _fail(f"{value!r} is not a valid date: {exc}") from None
    return PartialDate(year, month)


def _full_date(value: object, _: type) -> _dt.date:
    found = _date_like(value)
    if isinstance(found, PartialDate):
        raise _fail(f"{value!r} is not a full date (YYYY-MM-DD)")
    return found


def _partial_date(value: object, _: type) -> PartialDate:
    found = _date_like(value)
    if not isinstance(found, PartialDate):
        raise _fail(f"{value!r} is a full date, not a year or year-month")
    return found


def _decimal(value: object, _: type) -> Decimal:
    text = _string(value)
    if not _DECIMAL.fullmatch(text):
        raise _fail(f"{value!r} is not a plain non-negative decimal string such as '10.5'")
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise _fail(f"{value!r} is not a decimal") from None


def _plain_decimal(value: Decimal) -> str:
    # Plain notation ("10000000000", never "1E+10"); negative zero is written as zero.
    return format(value.copy_abs() if value.is_zero() else value, "f")


def _union_args(kind: Any) -> frozenset[Any] | None:
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        return frozenset(typing.get_args(kind))
    return None


def _is_union_of(*members: type) -> typing.Callable[[Any], bool]:
    wanted = frozenset(members)

    def predicate(kind: Any) -> bool:
        args = _union_args(kind)
        return args is not None and args - {type(None)} == wanted

    return predicate


def _optional(
    hook: typing.Callable[[object, Any], _T],
) -> typing.Callable[[object, Any], _T | None]:
    def maybe(value: object, kind: Any) -> _T | None:
        if value is None:
            return None if type(None) in (_union_args(kind) or ()) else hook(value, kind)
        return hook(value, kind)

    return maybe


def _enum(value: object, kind: type[enum.Enum]) -> enum.Enum:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in kind)
        raise _fail(f"{value!r} is not a valid {kind.__name__} value (one of: {allowed})") from None


def _amount(value: object, _: type) -> Money | Quantity:
    if not isinstance(value, dict):
        raise _fail(f"expected an object, got {_json_name(value)}")
    if "currency" in value and "unit" not in value:
        return CONVERTER.structure(value, Money)
    if "unit" in value and "currency" not in value:
        return CONVERTER.structure(value, Quantity)
    raise _fail("an amount has either a 'currency' or a 'unit', and not both")


_SCALAR_CLASSES = frozenset({"Country", "Organisation"})


def _is_tuple(kind: Any) -> bool:
    return typing.get_origin(kind) is tuple


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    for kind in (str, int, bool):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum
    )
    converter.register_unstructure_hook(Country, str)
    converter.register_unstructure_hook(Organisation, str)
    converter.register_structure_hook(Country, lambda v, _: Country(_string(v)))
    converter.register_structure_hook(Organisation, lambda v, _: Organisation(_string(v)))
    converter.register_structure_hook_func(_is_union_of(Country, Organisation), _optional(_party))
    converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    converter.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    converter.register_structure_hook(_dt.date, _full_date)
    converter.register_structure_hook(PartialDate, _partial_date)
    converter.register_structure_hook_func(
        _is_union_of(_dt.date, PartialDate), _optional(lambda v, _: _date_like(v))
    )
    converter.register_unstructure_hook(Decimal, _plain_decimal)
    converter.register_structure_hook(Decimal, _decimal)
    converter.register_structure_hook_func(_is_union_of(Money, Quantity), _optional(_amount))
    converter.register_unstructure_hook_func(
        lambda t: t is tuple or _is_tuple(t), lambda v: [converter.unstructure(x) for x in v]
    )

    def structure_tuple(value: object, kind: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _fail(f"expected an array, got {_json_name(value)}")
        (item, *_) = typing.get_args(kind)
        handler = converter.get_structure_hook(item)
        out = []
        for i, element in enumerate(value):
            try:
                out.append(handler(element, item))
            except Exception as exc:
                exc.add_note(IterableValidationNote(f"Structuring {kind} @ index {i}", i, item))
                raise IterableValidationError(f"While structuring {kind!r}", [exc], kind) from None
        return tuple(out)

    converter.register_structure_hook_func(_is_tuple, structure_tuple)

    def object_hook(cls: type) -> typing.Callable[[object, type], Any]:
        generated: typing.Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls, converter, _cattrs_forbid_extra_keys=True
        )

        def structure_object(value: object, kind: type) -> Any:
            if not isinstance(value, dict):
                raise _fail(f"expected an object, got {_json_name(value)}")
            return generated(value, kind)

        return structure_object

    converter.register_structure_hook_factory(
        lambda t: attrs.has(t) and t not in (Country, Organisation, PartialDate), object_hook
    )

    base_unstructure = converter.get_unstructure_hook(Report)
    base_structure = converter.get_structure_hook(Report)

    def unstructure_report(report: Report) -> dict[str, Any]:
        return {"schema": SCHEMA, **base_unstructure(report)}

    def structure_report(value: object, kind: type) -> Report:
        if not isinstance(value, dict):
            raise _fail(f"expected an object, got {_json_name(value)}")
        if "schema" not in value:
            raise FormatError("$.schema", "missing; a report document names its schema")
        if value["schema"] != SCHEMA:
            raise FormatError(
                "$.schema", f"unknown schema {value['schema']!r}; this version reads {SCHEMA!r}"
            )
        return base_structure({k: v for k, v in value.items() if k != "schema"}, kind)  # type: ignore[no-any-return]

    converter.register_unstructure_hook(Report, unstructure_report)
    converter.register_structure_hook(Report, structure_report)
    return converter


CONVERTER = _make_converter()


def unstructure(obj: object) -> Any:
    """
    Turn a model object into JSON-compatible data.
    """
    return CONVERTER.unstructure(obj)


def _path_of(exc: BaseException, path: str) -> tuple[str, BaseException]:
    """
    Follow cattrs' exception groups down to the first leaf error, building its JSON path.
    """
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, IterableValidationNote):
                step = f"[{note.index}]"
            else:
                step = f".{note.name}"
            return _path_of(sub, path + step)
        return _path_of(without[0], path) if without else (path, exc)
    if isinstance(exc, BaseExceptionGroup):
        return _path_of(exc.exceptions[0], path)
    return path, exc


def structure(data: object, kind: type[_T]) -> _T:
    """
    Build a model object of type *kind* from JSON-compatible data.

    Raises:
        FormatError: naming the JSON path of the first problem.
    """
    try:
        return CONVERTER.structure(data, kind)
    except FormatError:
        raise
    except Exception as exc:
        path, leaf = _path_of(exc, "$")
        if isinstance(leaf, FormatError):
            sub = leaf.path[1:] if leaf.path.startswith("$") else ""
            raise FormatError(path + sub, leaf.reason) from exc
        if isinstance(leaf, KeyError):
            message = f"missing required field {leaf.args[0]!r}" if leaf.args else "missing field"
            raise FormatError(path, message) from exc
        if isinstance(leaf, cattrs.ForbiddenExtraKeysError):
            raise FormatError(
                path, f"unknown field(s) {', '.join(sorted(leaf.extra_fields))}"
            ) from exc
        if isinstance(leaf, ValidationError):
            # "Visit.end" names a field of the object at *path*.
            owner, _, rest = leaf.field.partition(".")
            # Countries and organisations are written as bare strings: no field to name.
            where = f"{path}.{rest}" if rest and owner not in _SCALAR_CLASSES else path
            reason = str(leaf).partition(": ")[2]
            # "item 2: must not be blank" names an element of the list: put it in the path.
            item = re.match(r"item (\d+): ", reason)
            if item:
                where, reason = f"{where}[{item.group(1)}]", reason[item.end() :]
            raise FormatError(where, reason) from exc
        if isinstance(leaf, BilateralError):
            raise FormatError(path, str(leaf)) from exc
        if isinstance(leaf, TypeError | ValueError | AttributeError):
            raise FormatError(path, f"{type(leaf).__name__}: {leaf}") from exc
        raise
