"""
Tell which language a text is written in, from the text alone.

Each lexicon lists frequent words of its language (``language.markers``); a text scores one point
per token that is a marker of a language.
Words shared by close relatives (Indonesian and Malay) are listed in both and cancel out, so the
words only one of them uses decide.
"""

from __future__ import annotations

from bilateral.lexicons import available_languages, load_lexicon, per_language
from bilateral.model import UNKNOWN_LANGUAGE
from bilateral.recognisers._text import tokenise

__all__ = ["detect_language", "language_scores"]

#: The smallest share of word tokens that must be markers of the winning language.
_MIN_SHARE = 0.12
#: The fewest marker tokens a text must have before any language is named.
_MIN_HITS = 3


@per_language
def _markers(code: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lexicon(code).forms("language.markers"))


def language_scores(text: str) -> dict[str, int]:
    """
    Return, for each shipped language, how many tokens of *text* are among its marker words.

    >>> language_scores("Kedua pihak sepakat bahwa hubungan harus diperkuat.")["id"] > 0
    True
    """
    counts: dict[str, int] = {}
    for token in tokenise(text):
        counts[token.folded] = counts.get(token.folded, 0) + 1
    scores = {}
    for code in available_languages():
        markers = _markers(code)
        scores[code] = sum(n for word, n in counts.items() if word in markers)
    return scores


def detect_language(text: str) -> str:
    """
    Return the ISO 639-1 code of the language of *text*, or ``"und"`` when it cannot tell.

    A language is named only when enough of the words are its marker words; ties between
    languages go to the one whose code sorts first, so that the answer is deterministic.

    >>> detect_language("Presiden menerima kunjungan Perdana Menteri Malaysia di Istana Merdeka.")
    'id'
    >>> detect_language("The two ministers met in Hanoi on Tuesday and signed five agreements.")
    'en'
    >>> detect_language("Lorem ipsum dolor sit amet")
    'und'
    """
    words = sum(1 for token in tokenise(text) if token.text[:1].isalpha())
    if not words:
        return UNKNOWN_LANGUAGE
    scores = language_scores(text)
    best = max(sorted(scores), key=lambda code: scores[code])
    if scores[best] < _MIN_HITS or scores[best] < _MIN_SHARE * words:
        return UNKNOWN_LANGUAGE
    return best
