"""
Language-neutral text machinery for the recognisers: mentions, tokens and phrase indexes.

A phrase index finds thousands of lexicon phrases in one left-to-right pass over the tokens
of a text (leftmost, then longest match), so its cost grows with the text, not the lexicon.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, NamedTuple, TypeVar

import attrs

__all__ = ["Mention", "PhraseIndex", "Token", "alternation", "distance_to", "tokenise"]

_V = TypeVar("_V")
_T = TypeVar("_T")

_TOKEN = re.compile(r"[^\W_]+(?:['’](?=[^\W_]{2})[^\W_]+)?|\S", re.UNICODE)


@attrs.frozen
class Mention(Generic[_T]):
    """
    Something a recogniser found: where it is, what it says, and what it means.

    *start* and *end* are character offsets (``text[start:end]`` is *text*); *value* is the
    typed meaning, such as a :class:`~bilateral.Country` or a :class:`~bilateral.Money`;
    *kind* says how it was written (for example ``"demonym"`` or ``"capital"`` for countries).
    *candidates* lists every meaning a written form can have when it has more than one, the
    chosen *value* first ("Congo": the Republic of the Congo, then the Democratic Republic);
    it is empty for a form with one meaning, and left out of the ``repr``.
    """

    start: int
    end: int
    text: str
    value: _T
    kind: str = ""
    candidates: tuple[_T, ...] = attrs.field(default=(), repr=False)


class Token(NamedTuple):
    """
    A word or a single punctuation character, with its offsets and its case-folded form.
    """

    start: int
    end: int
    text: str
    folded: str


@functools.lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = text.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKC", text).casefold()


def _tokens(text: str) -> tuple[Token, ...]:
    fold = _fold
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        start, end = match.span()
        out.append(Token(start, end, word, fold(word)))
    return tuple(out)


@functools.lru_cache(maxsize=4)
def tokenise(text: str) -> tuple[Token, ...]:
    """
    Split *text* into words and single punctuation characters.

    The last few texts are cached, so the recognisers that read one article tokenise it once.
    """
    return _tokens(text)


def _mode(form: str) -> str:
    letters = [c for c in form if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return "exact"
    if any(c.isupper() for c in form):
        return "name"
    return "any"


@attrs.frozen
class _Entry(Generic[_V]):
    words: tuple[str, ...]
    folded: tuple[str, ...]
    capitals: tuple[bool, ...]
    mode: str
    value: _V


class PhraseIndex(Generic[_V]):
    """
    An index of phrases, each with a value, found in token sequences by leftmost-longest match.

    Case follows the form: a form of capitals up to five letters (``"RI"``, ``"USD"``) matches
    only as written; a form with capitalised words matches them capitalised or in capitals;
    a lower-case form matches in any case.
    Pass ``case="any"`` to ignore case for every form.
    """

    def __init__(self, entries: Iterable[tuple[str, _V]], *, case: str = "form") -> None:
        self._first: dict[str, list[_Entry[_V]]] = {}
        seen: set[tuple[tuple[str, ...], str]] = set()
        for form, value in entries:
            tokens = _tokens(form)
            if not tokens:
                continue
            words = tuple(t.text for t in tokens)
            mode = "any" if case == "any" else _mode(form)
            key = (words, mode)
            if key in seen:
                continue
            seen.add(key)
            entry = _Entry(
                words=words,
                folded=tuple(t.folded for t in tokens),
                capitals=tuple(w[:1].isupper() for w in words),
                mode=mode,
                value=value,
            )
            self._first.setdefault(entry.folded[0], []).append(entry)
        # Per first word, the phrases by length, longest first, and by their folded words: a
        # match tries one lookup per length instead of every phrase ("Republik ..." has 126).
        self._by_length: dict[str, list[tuple[int, dict[tuple[str, ...], list[_Entry[_V]]]]]] = {}
        for word, bucket in self._first.items():
            lengths: dict[int, dict[tuple[str, ...], list[_Entry[_V]]]] = {}
            for entry in bucket:
                lengths.setdefault(len(entry.words), {}).setdefault(entry.folded, []).append(entry)
            self._by_length[word] = sorted(lengths.items(), key=lambda item: -item[0])

    def __len__(self) -> int:
        return sum(len(b) for b in self._first.values())

    def match_at(self, tokens: Sequence[Token], i: int) -> tuple[int, _V] | None:
        """
        Return the end token index and value of the longest phrase starting at token *i*.
        """
        groups = self._by_length.get(tokens[i].folded)
        if not groups:
            return None
        n = len(tokens)
        for size, phrases in groups:
            if i + size > n:
                continue
            if size == 1:
                candidates = phrases.get((tokens[i].folded,))
            else:
                candidates = phrases.get(tuple(t.folded for t in tokens[i : i + size]))
            if not candidates:
                continue
            for entry in candidates:
                if entry.mode == "exact":
                    if all(tokens[i + k].text == entry.words[k] for k in range(size)):
                        return i + size, entry.value
                elif entry.mode == "name":
                    if all(
                        not entry.capitals[k] or tokens[i + k].text[:1].isupper()
                        for k in range(size)
                    ):
                        return i + size, entry.value
                else:
                    return i + size, entry.value
        return None

    def find(self, tokens: Sequence[Token]) -> list[tuple[int, int, _V]]:
        """
        Return ``(first token, end token, value)`` for every non-overlapping match, in order.

        Only the tokens whose word begins some phrase are tried: the text's words are looked
        up once (see :func:`word_positions`), not every token against every index.
        """
        where = word_positions(tokens)
        first = self._first
        starts = sorted(i for word in where if word in first for i in where[word])
        out: list[tuple[int, int, _V]] = []
        reached = 0
        for i in starts:
            if i < reached:
                continue
            found = self.match_at(tokens, i)
            if found is not None:
                out.append((i, found[0], found[1]))
                reached = found[0]
        return out


_POSITIONS: list[tuple[Sequence[Token], dict[str, list[int]]]] = []


def word_positions(tokens: Sequence[Token]) -> dict[str, list[int]]:
    """
    Return where each case-folded word stands in *tokens*, computed once per token sequence.

    The last few sequences are remembered by identity (:func:`tokenise` returns the same tuple
    for the same text), so the indexes that read one article share one table.
    """
    for seen, table in _POSITIONS:
        if seen is tokens:
            return table
    table = {}
    for i, token in enumerate(tokens):
        table.setdefault(token.folded, []).append(i)
    _POSITIONS.insert(0, (tokens, table))
    del _POSITIONS[4:]
    return table


def alternation(forms: Iterable[str], *, exact: Callable[[str], bool] | None = None) -> str:
    """
    Return a regex alternation of *forms*, longest first, spaces matching any run of spaces.

    A form for which *exact* is true is wrapped so that it matches only as written, even in a
    pattern compiled case-insensitively.
    """
    out = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        escaped = re.escape(form).replace(r"\ ", r"\s+")
        out.append(f"(?-i:{escaped})" if exact is not None and exact(form) else escaped)
    return "|".join(out)


def span_text(text: str, tokens: Sequence[Token], first: int, end: int) -> tuple[int, int, str]:
    """
    Return the character span and text covered by tokens ``first`` to ``end`` (exclusive).
    """
    start = tokens[first].start
    stop = tokens[end - 1].end
    return start, stop, text[start:stop]


def distance_to(positions: Sequence[int], offset: int) -> int:
    """
    Return the distance from *offset* to the nearest of the sorted *positions*.

    >>> distance_to([3, 10, 40], 12)
    2
    """
    i = bisect.bisect_left(positions, offset)
    near = [abs(positions[k] - offset) for k in (i - 1, i) if 0 <= k < len(positions)]
    return min(near) if near else 1 << 62
