"""
The exceptions that :mod:`bilateral` raises.

Every error derives from :class:`BilateralError`, so ``except BilateralError`` catches them all.
Each subclass also derives from the matching built-in exception, so code that already catches
:class:`ValueError` or :class:`LookupError` keeps working.
Every error can be pickled, so it crosses process boundaries intact (see
:func:`bilateral.batch.parse_many`).
"""

from __future__ import annotations

__all__ = [
    "BilateralError",
    "DecodeError",
    "ExtraMissingError",
    "FormatError",
    "IntegrityError",
    "LexiconError",
    "PageError",
    "UnknownCodeError",
    "UnknownLanguageError",
    "ValidationError",
]


class BilateralError(Exception):
    """
    Base class of every error raised by :mod:`bilateral`.
    """


class ValidationError(BilateralError, ValueError):
    """
    A model value broke one of its invariants when it was constructed.

    Attributes:
        field: The name of the offending field, as ``Class.field``.
        reason: The message without the field.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.reason = message
        super().__init__(f"{field}: {message}")

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, str]]:
        return type(self), (self.field, self.reason)


class UnknownCodeError(ValidationError, LookupError):
    """
    A code (country, currency, organisation) is not in the code list it must come from.

    :mod:`bilateral` never guesses a code: an unknown one is always this error.
    """


class IntegrityError(ValidationError):
    """
    A report's records do not fit together.

    A record refers to an official, visit or meeting that the report does not contain,
    two records share an id, or an evidence span lies outside the article text.
    """


class FormatError(BilateralError, ValueError):
    """
    A serialised document is malformed, of an unknown schema version, or breaks the model's rules.

    Attributes:
        path: The JSON path of the first problem, such as ``$.visits[0].start``
            (``$`` when the document as a whole is at fault).
        reason: The message without the path.
    """

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.reason = message
        super().__init__(f"{path}: {message}")

    def __reduce__(self) -> tuple[type[FormatError], tuple[str, str]]:
        return type(self), (self.path, self.reason)


class LexiconError(BilateralError, ValueError):
    """
    A lexicon file is broken: bad TOML, an unknown key, an empty list or a duplicate form.

    Attributes:
        file: The file name of the lexicon.
        key: The dotted key at fault, or ``""`` for the whole file.
        reason: The message without the file and key.
    """

    def __init__(self, file: str, key: str, message: str) -> None:
        self.file = file
        self.key = key
        self.reason = message
        where = f"{file}: {key}" if key else file
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[type[LexiconError], tuple[str, str, str]]:
        return type(self), (self.file, self.key, self.reason)


class UnknownLanguageError(BilateralError, LookupError):
    """
    A language code was asked for that :mod:`bilateral` ships no lexicon for.
    """


class DecodeError(BilateralError, UnicodeError):
    """
    Bytes given as an article could not be decoded to text.
    """


class ExtraMissingError(BilateralError, ImportError):
    """
    A feature needs an optional extra of :mod:`bilateral` that is not installed.

    Attributes:
        extra: The extra to install, as in ``pip install 'bilateral[html]'``.
    """

    def __init__(self, extra: str, feature: str) -> None:
        self.extra = extra
        self.feature = feature
        super().__init__(f"{feature} needs the {extra!r} extra: pip install 'bilateral[{extra}]'")

    def __reduce__(self) -> tuple[type[ExtraMissingError], tuple[str, str]]:
        return type(self), (self.extra, self.feature)


class PageError(BilateralError, ValueError):
    """
    A web page holds no article text to parse (an empty page, or only navigation and links).

    Attributes:
        source: The page's address or file name, or ``"<html>"``.
        reason: The message without the source.
    """

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.reason = message
        super().__init__(f"{source}: {message}")

    def __reduce__(self) -> tuple[type[PageError], tuple[str, str]]:
        return type(self), (self.source, self.reason)
