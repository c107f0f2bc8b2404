"""
Structured data about the relations between two countries, from news articles.

Import what you need from here: the model classes, :func:`parse`, and the JSON serialisers.
Importing :mod:`bilateral` is cheap: no lexicon is read and no pattern compiled until first use.
"""

from __future__ import annotations

from typing import Any

from bilateral.assembly import parse
from bilateral.batch import ParseResult, parse_many
from bilateral.errors import (
    BilateralError,
    DecodeError,
    ExtraMissingError,
    FormatError,
    IntegrityError,
    LexiconError,
    PageError,
    UnknownCodeError,
    UnknownLanguageError,
    ValidationError,
)
from bilateral.model import (
    ORGANISATIONS,
    SCHEMA,
    UNKNOWN_LANGUAGE,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    DateSpan,
    Evidence,
    Meeting,
    Money,
    Office,
    Official,
    Organisation,
    PartialDate,
    Period,
    Place,
    Quantity,
    Report,
    Role,
    Statement,
    StatementKind,
    Target,
    TargetMetric,
    Visit,
)
from bilateral.serialise import json_schema
from bilateral.serialise.json import dumps as to_json
from bilateral.serialise.json import from_dict, to_dict
from bilateral.serialise.json import loads as from_json
from bilateral.web import parse_html

__all__ = [
    "ORGANISATIONS",
    "SCHEMA",
    "UNKNOWN_LANGUAGE",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "BilateralError",
    "Country",
    "DateSpan",
    "DecodeError",
    "Evidence",
    "ExtraMissingError",
    "FormatError",
    "IntegrityError",
    "LexiconError",
    "Meeting",
    "Money",
    "Office",
    "Official",
    "Organisation",
    "PageError",
    "ParseResult",
    "PartialDate",
    "Period",
    "Place",
    "Quantity",
    "Report",
    "Role",
    "Statement",
    "StatementKind",
    "Target",
    "TargetMetric",
    "UnknownCodeError",
    "UnknownLanguageError",
    "ValidationError",
    "Visit",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_html",
    "parse_many",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("bilateral")
    raise AttributeError(f"module 'bilateral' has no attribute {name!r}")
