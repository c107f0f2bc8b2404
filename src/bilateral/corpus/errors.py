"""
The exceptions that :mod:`bilateral.corpus` raises.

Each derives from :class:`bilateral.errors.BilateralError` (through the closest class there), so
``except BilateralError`` catches them with the rest of the library's errors.
"""

from __future__ import annotations

from bilateral.errors import BilateralError, ExtraMissingError

__all__ = ["CorpusError", "InputError", "ParquetMissingError", "SchemaVersionError"]


class CorpusError(BilateralError):
    """
    Base class of the errors about a corpus database.
    """


class SchemaVersionError(CorpusError, RuntimeError):
    """
    The database was written by a newer :mod:`bilateral`, with a schema this version cannot read.

    Attributes:
        path: The database file.
        found: The schema version stored in the file (``PRAGMA user_version``).
        supported: The newest schema version this version of :mod:`bilateral` knows.
    """

    def __init__(self, path: str, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"{path}: corpus schema version {found} is newer than this bilateral reads "
            f"({supported}); upgrade bilateral"
        )

    def __reduce__(self) -> tuple[type[SchemaVersionError], tuple[str, int, int]]:
        return type(self), (self.path, self.found, self.supported)


class InputError(CorpusError, ValueError):
    """
    A file given to ingest holds no reports, or a line that is neither a report nor a parse result.

    Attributes:
        source: The file name, with the line number when one line is at fault.
        reason: The message without the source.
    """

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.reason = message
        super().__init__(f"{source}: {message}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        return type(self), (self.source, self.reason)


class ParquetMissingError(ExtraMissingError):
    """
    Writing a panel as Parquet needs pandas and pyarrow, and one of them is not installed.

    The message names the extra to install, ``parquet`` (pandas and pyarrow).
    """

    def __init__(
        self, extra: str = "parquet", feature: str = "Parquet output (pandas and pyarrow)"
    ) -> None:
        super().__init__(extra, feature)
