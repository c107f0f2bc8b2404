"""
Resolve the *language* argument every recogniser takes.
"""

from __future__ import annotations

from bilateral.errors import UnknownLanguageError
from bilateral.lexicons import available_languages
from bilateral.model import UNKNOWN_LANGUAGE

__all__ = ["resolve_language"]


def resolve_language(text: str, language: str | None) -> str:
    """
    Return *language* when given (it must be shipped, or ``"und"``), else detect it from *text*.

    Raises:
        UnknownLanguageError: if *language* names a language with no lexicon.
    """
    if language is None:
        from bilateral.recognisers.languages import detect_language

        return detect_language(text)
    if language != UNKNOWN_LANGUAGE and language not in available_languages():
        known = ", ".join(available_languages())
        raise UnknownLanguageError(f"no lexicon for language {language!r}; available: {known}")
    return language
