"""
Statements: quotes of office holders and messages passed on for them.
"""

from __future__ import annotations

import re

from bilateral._extract.context import (
    _MIN_QUOTE_WORDS,
    _QUOTE,
    _SAID_GAP,
)
from bilateral._extract.frames import Frames
from bilateral.model import (
    DateSpan,
    Evidence,
    StatementKind,
)

__all__ = ["Statements"]


class Statements(Frames):
    """Find the statements of an article."""

    def find_statements(self) -> None:
        a = self.a
        for index, unit in enumerate(a.units):
            if unit.parent is not None:
                continue
            say = [t for t in unit.triggers if t[2] == "say"]
            for match in _QUOTE.finditer(a.text, unit.start, unit.end):
                quote = match.group(1).strip()
                # A quote ends a sentence, or hands over to a verb of saying:
                # “…,” kata Prabowo / "…," Ishiba told reporters.
                tail = a.text[match.end() : unit.end]
                said_after = any(
                    0 <= t[0] - match.end() <= _SAID_GAP
                    and not re.search(r"[.!?]", tail[: t[0] - match.end()])
                    for t in say
                )
                if quote.endswith(",") and said_after:
                    quote = quote[:-1].rstrip()
                elif quote[-1:] not in ".!?…":
                    continue
                if len(quote.split()) < _MIN_QUOTE_WORDS:
                    continue
                # People named inside the quote are not its speaker; one named after it is.
                outside = [m for m in unit.officials if not match.start() <= m.start < match.end()]
                after = [m for m in outside if 0 <= m.start - match.end() <= _SAID_GAP]
                speakers = [
                    m.value.official.id for m in (after if said_after and after else outside)
                ]
                if not speakers and index > 0:
                    # "Larijani mengatakan:" then the quote; or "..., ujarnya." after a sentence
                    # about the speaker: the person of the sentence before.
                    previous = index - 1
                    while previous > 0 and a.units[previous].parent is not None:
                        previous -= 1
                    before = a.people(a.units[previous])
                    if a.units[previous].text.rstrip().endswith(":"):
                        speakers = before[:1]
                    elif said_after:
                        speakers = before[-1:]
                if not speakers:
                    continue  # a quote from someone who holds no office (an analyst, a trader)
                # The date the sentence gives, outside the quote ("..., kata X pada Selasa").
                outside_dates = [
                    m for m in unit.dates if not match.start() <= m.start < match.end()
                ]
                said_on = next(
                    (
                        m.value
                        for m in outside_dates
                        if m.kind != "year" and not isinstance(m.value, DateSpan | type(None))
                    ),
                    None,
                )
                self.statements.append(
                    {
                        "kind": StatementKind.QUOTE,
                        "speaker": speakers[0] if speakers else None,
                        "text": quote,
                        "date": said_on,
                        "evidence": [Evidence(match.start(), match.end())],
                    }
                )
            message = unit.first("message")
            source = unit.first("from")
            if message is not None and source is not None and source[0] > message[0]:
                if _QUOTE.search(a.text, unit.start, unit.end):
                    continue
                speakers = a.people(unit, after=source[1])
                if not speakers:
                    continue
                # "a letter from ...": the article before the message word belongs to it.
                begin = message[0]
                lead = re.search(r"(\w+)\s+$", a.text[unit.start : message[0]])
                determiners = a.folded["officials.determiners"]
                if lead and lead.group(1).casefold() in determiners:
                    begin = unit.start + lead.start()
                clause = a.text[begin : unit.end].rstrip(" .")
                self.statements.append(
                    {
                        "kind": StatementKind.REPORTED,
                        "speaker": speakers[0],
                        "text": clause,
                        "date": None,
                        "evidence": [Evidence(message[0], unit.end)],
                    }
                )
