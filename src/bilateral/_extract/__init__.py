"""
The parser's machinery, private.

The article's context (:mod:`.context`), one module per record type (:mod:`.visits`,
:mod:`.meetings`, :mod:`.agreements`, :mod:`.targets`, :mod:`.statements`), what they share
(:mod:`.frames`), and the merging into a report (:mod:`.report`).
"""

from __future__ import annotations

from bilateral._extract.context import Context
from bilateral._extract.report import Extraction

__all__ = ["Context", "Extraction"]
