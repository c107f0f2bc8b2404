"""
Serialisers: one module per wire format, all sharing one cattrs converter.

:mod:`bilateral.serialise.json` is the report document format ``bilateral/1``.
"""

from __future__ import annotations

from bilateral.serialise._schema import json_schema
from bilateral.serialise.json import dumps, from_dict, loads, to_dict

__all__ = ["dumps", "from_dict", "json_schema", "loads", "to_dict"]
