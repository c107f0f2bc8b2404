"""
Recognisers: pure functions that find one kind of mention in text.

Each takes the text and an optional *language* (an ISO 639-1 code; ``None`` detects it) and returns
a tuple of :class:`Mention` objects in text order, each with its character span and typed value.
They never raise on any text: odd input gives fewer mentions, not an error.
Their patterns are built from the lexicons once per language and cached.
"""

from __future__ import annotations

from bilateral.recognisers._text import Mention
from bilateral.recognisers.amounts import find_amounts, parse_number
from bilateral.recognisers.countries import find_countries
from bilateral.recognisers.dates import DateValue, find_dateline, find_dates
from bilateral.recognisers.languages import detect_language, language_scores
from bilateral.recognisers.officials import OfficialRef, find_officials
from bilateral.recognisers.places import find_places
from bilateral.recognisers.sentences import Sentence, split_sentences

__all__ = [
    "DateValue",
    "Mention",
    "OfficialRef",
    "Sentence",
    "detect_language",
    "find_amounts",
    "find_countries",
    "find_dateline",
    "find_dates",
    "find_officials",
    "find_places",
    "language_scores",
    "parse_number",
    "split_sentences",
]
