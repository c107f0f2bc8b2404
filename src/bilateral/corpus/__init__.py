"""
Corpora: many reports consolidated into events, stored in SQLite, queried and counted in panels.

One visit, meeting, agreement or target told by several articles becomes one
:class:`~bilateral.corpus.model.Event` that keeps every :class:`~bilateral.corpus.model.Source`; see :func:`~bilateral.corpus.consolidation.consolidate`.
:class:`~bilateral.corpus.store.Corpus` stores articles and events in one SQLite file, and :func:`~bilateral.corpus.panels.panel` counts events
per dyad and year.
The guide ``docs/guides/corpus.md`` describes the matching rules and the database tables.
"""

from __future__ import annotations

from bilateral.corpus.consolidation import (
    TOLERANCE,
    WINDOW,
    Consolidation,
    article_key,
    consolidate,
    dyads,
    level_of,
    person_id,
)
from bilateral.corpus.errors import CorpusError, InputError, ParquetMissingError, SchemaVersionError
from bilateral.corpus.files import read_reports
from bilateral.corpus.model import (
    EVENT_COLUMNS,
    Conflict,
    Event,
    EventKind,
    Level,
    Person,
    Reading,
    Source,
    event_row,
)
from bilateral.corpus.panels import COLUMNS, PanelRow, panel, to_dataframe, write_panel
from bilateral.corpus.store import SCHEMA_VERSION, Corpus, IngestSummary

__all__ = [
    "COLUMNS",
    "EVENT_COLUMNS",
    "SCHEMA_VERSION",
    "TOLERANCE",
    "WINDOW",
    "Conflict",
    "Consolidation",
    "Corpus",
    "CorpusError",
    "Event",
    "EventKind",
    "IngestSummary",
    "InputError",
    "Level",
    "PanelRow",
    "ParquetMissingError",
    "Person",
    "Reading",
    "SchemaVersionError",
    "Source",
    "article_key",
    "consolidate",
    "dyads",
    "event_row",
    "level_of",
    "panel",
    "person_id",
    "read_reports",
    "to_dataframe",
    "write_panel",
]
