"""
Split text into sentences, keeping list items with the sentence that introduces them.

Lines are the first cut: a line that starts with a bullet (``•``, ``-``, ``1.``, ``a)``...) is an
item of the sentence before it; after a line that ends with a colon, the following short lines
without final punctuation are items too (news sites often drop the bullets).
Other lines are cut after ``.``, ``!``, ``?`` or ``…`` unless the word before is one of the
language's abbreviations (``Dr.``, ``Jl.``, ``U.S.``) or an initial.
"""

from __future__ import annotations

import re

import attrs

from bilateral.lexicons import load_lexicon, per_language
from bilateral.recognisers._language import resolve_language

__all__ = ["Sentence", "split_sentences"]

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[^\W_]|\s*$)")
_NUMBERED = re.compile(r"(?:\d{1,2}|[a-zA-Z])[.)](?=\s)")
_CLOSERS = "\"'”’»)]"
_MAX_ITEM_WORDS = 25


@attrs.frozen
class Sentence:
    """
    A sentence (or a heading, or a list item) with its character span.

    *items* are the list items that the sentence introduces, such as the points after
    "Kedua pejabat membahas:"; an item has no items of its own.
    """

    start: int
    end: int
    text: str
    items: tuple[Sentence, ...] = ()


@per_language
def _settings(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    lexicon = load_lexicon(code)
    abbreviations = frozenset(a.casefold() for a in lexicon.forms("sentences.abbreviations"))
    bullets = tuple(sorted(lexicon.forms("sentences.bullets"), key=len, reverse=True))
    return abbreviations, bullets


def _bullet(line: str, bullets: tuple[str, ...]) -> int:
    """Return the length of the bullet marker (with its spaces) at the start of *line*, or 0."""
    stripped = line.lstrip()
    indent = len(line) - len(stripped)
    for bullet in bullets:
        if stripped.startswith(bullet) and stripped[len(bullet) : len(bullet) + 1].isspace():
            rest = stripped[len(bullet) :]
            return indent + len(bullet) + len(rest) - len(rest.lstrip())
    numbered = _NUMBERED.match(stripped)
    if numbered:
        rest = stripped[numbered.end() :]
        return indent + numbered.end() + len(rest) - len(rest.lstrip())
    return 0


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_NEXT_CHARACTER = re.compile(r"\s*(\S)")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _after_name(text: str, begin: int, start: int) -> bool:
    """True when the word before *start* (in the same sentence) is capitalised."""
    before = text[begin:start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].isalpha()


def _cut(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Cut one line into sentence spans."""
    spans = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        after = _NEXT_CHARACTER.match(text, stop, end)
        following = after.group(1) if after else ""
        if following.islower():
            continue  # "Ph.D. from Oxford": a sentence does not begin in lower case
        if _inside_quote(text, begin, match.start()) and not _inside_quote(text, begin, stop):
            pass  # the quote closes here: a boundary after it
        elif _inside_quote(text, begin, stop):
            continue  # "Malaysia bukan sekadar tetangga. Malaysia adalah ..." stays one sentence
        if text[match.start()] == ".":
            word_start = match.start()
            while word_start > begin and not text[word_start - 1].isspace():
                word_start -= 1
            word = text[word_start : match.start() + 1].lstrip(_CLOSERS + "(“‘«")
            bare = word[:-1]
            if word.casefold() in abbreviations or (len(bare) == 1 and bare.isupper()):
                continue
            if _INITIALS.fullmatch(word) and _after_name(text, begin, word_start):
                continue  # "Retno L.P. Marsudi": initials inside a name
            if bare.isdigit() and following.isdigit():
                continue
        first, last = _trim(text, begin, stop)
        if first < last:
            spans.append((first, last))
        begin = stop
    first, last = _trim(text, begin, end)
    if first < last:
        spans.append((first, last))
    return spans


def _inside_quote(text: str, start: int, end: int) -> bool:
    """True when a quotation opened in ``text[start:end]`` is still open at *end*."""
    chunk = text[start:end]
    curly = chunk.count("“") - chunk.count("”")
    guillemets = chunk.count("«") - chunk.count("»")
    return curly > 0 or guillemets > 0 or chunk.count('"') % 2 == 1


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def split_sentences(text: str, *, language: str | None = None) -> tuple[Sentence, ...]:
    r"""
    Split *text* into sentences in text order, with list items attached to their introducer.

    *language* is an ISO 639-1 code; ``None`` detects it (an unknown language uses only the
    language-neutral abbreviations and bullets).

    >>> text = "Kedua pejabat membahas:\n• Energi\n• Perdagangan\nDr. Ali tiba. Ia bertemu Menlu."
    >>> [(s.text, [i.text for i in s.items]) for s in split_sentences(text, language="id")]
    [('Kedua pejabat membahas:', ['Energi', 'Perdagangan']), ('Dr. Ali tiba.', []), ('Ia bertemu Menlu.', [])]
    """
    abbreviations, bullets = _settings(resolve_language(text, language))
    sentences: list[Sentence] = []
    items: list[Sentence] = []
    open_list = False  # the last sentence ended with a colon
    state = ""  # "bulleted" or "plain" inside a list, "" outside

    def flush_items() -> None:
        if items and sentences:
            last = sentences[-1]
            sentences[-1] = attrs.evolve(last, items=(*last.items, *items))
        items.clear()

    for match in _LINE.finditer(text):
        line_start, line_end = match.start(), match.end()
        if line_start == line_end:
            break
        bare = text[line_start:line_end].strip()
        if not bare:
            continue
        marker = _bullet(text[line_start:line_end], bullets)
        if sentences and marker and marker < len(text[line_start:line_end].rstrip()):
            first, last = _trim(text, line_start + marker, line_end)
            items.append(Sentence(first, last, text[first:last]))
            state = "bulleted"
            continue
        if (
            (open_list or state == "plain")
            and not marker
            and not _ends_sentence(bare)
            and not bare.endswith(":")
            and len(bare.split()) <= _MAX_ITEM_WORDS
        ):
            first, last = _trim(text, line_start, line_end)
            items.append(Sentence(first, last, text[first:last]))
            state = "plain"
            open_list = False
            continue
        flush_items()
        state = ""
        for first, last in _cut(text, line_start, line_end, abbreviations):
            sentences.append(Sentence(first, last, text[first:last]))
        open_list = bool(sentences) and sentences[-1].text.endswith(":")
    flush_items()
    return tuple(sentences)
