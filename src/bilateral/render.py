"""
Reports for people: a terminal summary and a self-contained HTML page of the evidence.

:func:`summary` gives the records as short aligned lines, the way ``bilateral parse`` prints
them on a terminal. :func:`to_html` gives one HTML page that needs nothing else (no network, no
script or style from elsewhere; it works from ``file://``): the article with every evidence span
highlighted by record type, and beside it the records as cards. Clicking a card (or pressing
Enter or Space on it) marks that record's spans and scrolls to the first; hovering a span names
its records.

The article's text is escaped everywhere: a text holding ``<script>`` or ``</body>`` shows those
characters and runs nothing.
"""

from __future__ import annotations

import datetime as _dt
import html
import itertools
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal

from bilateral.model import (
    Agreement,
    Country,
    Meeting,
    Money,
    Official,
    Organisation,
    PartialDate,
    Period,
    Place,
    Quantity,
    Report,
    Statement,
    Target,
    Visit,
)

__all__ = ["KIND_LABELS", "describe", "summary", "to_html"]

#: The record types in the order the page and the summary show them, with their headings.
KIND_LABELS: dict[str, str] = {
    "officials": "Officials",
    "visits": "Visits",
    "meetings": "Meetings",
    "agreements": "Agreements",
    "targets": "Targets",
    "statements": "Statements",
}

_Record = Official | Visit | Meeting | Agreement | Target | Statement
_Party = Country | Organisation

_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def _date(value: _dt.date | PartialDate | None) -> str:
    return "" if value is None else value.isoformat()


def _party(party: _Party | None) -> str:
    if party is None:
        return "?"
    return str(party)


def _named(party: _Party | None) -> str:
    """A country by its name and code ("Pakistan (PAK)"); an organisation by its acronym."""
    return f"{party.name} ({party})" if isinstance(party, Country) else _party(party)


def _counted(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _parties(parties: Sequence[_Party]) -> str:
    return "–".join(str(p) for p in parties) if parties else "?"


def _number(value: Decimal) -> str:
    """A decimal as people read it: ``10 billion``, ``2.5 million``, ``1,250``."""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            scaled = (value / scale).normalize()
            exponent = scaled.as_tuple().exponent
            if isinstance(exponent, int) and exponent >= -3:  # at most three decimals
                return f"{format(scaled, 'f')} {word}"
    plain = value.normalize()
    if plain == plain.to_integral_value():
        return f"{int(plain):,}"
    return f"{plain:,f}"


def _amount(amount: Money | Quantity) -> str:
    if isinstance(amount, Money):
        return f"{amount.currency} {_number(amount.value)}"
    return f"{_number(amount.value)} {amount.unit}"


def _place(place: Place | None) -> str:
    if place is None:
        return ""
    return place.name if place.country is None else f"{place.name} ({place.country})"


def _short(text: str, width: int = 72) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class _Names:
    """Officials' names by id, for the lines of other records."""

    def __init__(self, report: Report) -> None:
        self._names = {o.id: o.name for o in report.officials}
        self._countries = {
            o.id: str(o.roles[0].party) for o in report.officials if o.roles and o.roles[0].party
        }

    def __call__(self, official_id: str | None, *, country: bool = False) -> str:
        if official_id is None:
            return "?"
        name = self._names.get(official_id, official_id)
        if country and official_id in self._countries:
            return f"{name} ({self._countries[official_id]})"
        return name


def describe(report: Report, record: _Record) -> str:
    """
    Return one line that says what *record* of *report* is, in English.

    >>> from bilateral import parse
    >>> from bilateral.render import describe
    >>> report = parse(
    ...     "Menlu Retno Marsudi tiba di Hanoi, Vietnam, Kamis (25/4).",
    ...     language="id", published="2024-04-26")
    >>> describe(report, report.visits[0])
    'Retno Marsudi (IDN) visited Vietnam (VNM), Hanoi, from 2024-04-25'
    """
    return _describe(record, _Names(report))


def _describe(record: _Record, names: _Names) -> str:
    if isinstance(record, Official):
        offices = "; ".join(
            f"{role.office.value.replace('_', ' ')} of {_party(role.party)} ({role.title})"
            for role in record.roles
        )
        return f"{record.name}: {offices}" if offices else record.name
    if isinstance(record, Visit):
        places = ", ".join(p.name for p in record.places)
        line = f"{names(record.visitor, country=True)} visited {_named(record.destination)}"
        if places:
            line += f", {places}"
        if record.start and record.end and record.end != record.start:
            line += f", {_date(record.start)} to {_date(record.end)}"
        elif record.start:
            line += f", from {_date(record.start)}"
        elif record.end:
            line += f", until {_date(record.end)}"
        return line
    if isinstance(record, Meeting):
        first, *others = [names(p) for p in record.participants]
        line = f"{first} met {', '.join(others)}" if others else first
        if record.date:
            line += f" on {_date(record.date)}"
        if record.place:
            line += f" in {_place(record.place)}"
        if record.topics:
            line += f" ({_counted(len(record.topics), 'topic')})"
        return line
    if isinstance(record, Agreement):
        kind = record.kind.value.replace("_", " ")
        counted = f"{record.count} × {kind}" if record.count > 1 else kind
        line = f"{counted}, {record.status.value.replace('_', ' ')}, {_parties(record.parties)}"
        if record.date:
            line += f", {_date(record.date)}"
        if record.subject:
            line += f": {_short(record.subject, 60)}"
        elif record.points:
            line += f": {_counted(len(record.points), 'point')}"
        return line
    if isinstance(record, Target):
        line = f"{record.metric.value.replace('_', ' ')} {_amount(record.amount)}"
        if record.period is Period.PER_YEAR:
            line += " a year"
        if record.deadline:
            line += f" by {_date(record.deadline)}"
        if record.baseline:
            line += f" (from {_amount(record.baseline)})"
        line += f", {_parties(record.parties)}"
        if record.stated_by:
            line += f", stated by {names(record.stated_by)}"
        return line
    speaker = names(record.speaker) if record.speaker else "unattributed"
    return f"{record.kind.value}, {speaker}: “{_short(record.text, 60)}”"


def _rows(report: Report, kind: str) -> list[tuple[str, ...]]:
    names = _Names(report)
    rows: list[tuple[str, ...]] = []
    for record in getattr(report, kind):
        if isinstance(record, Official):
            if record.roles:
                for i, role in enumerate(record.roles):
                    rows.append(
                        (
                            record.id if i == 0 else "",
                            record.name if i == 0 else "",
                            _party(role.party),
                            role.office.value.replace("_", " "),
                            _short(role.title, 50),
                        )
                    )
            else:
                rows.append((record.id, record.name, "", "", ""))
        elif isinstance(record, Visit):
            when = _date(record.start)
            if record.end and record.end != record.start:
                when = f"{when or '?'} – {_date(record.end)}"
            rows.append(
                (
                    record.id,
                    names(record.visitor, country=True),
                    "→ " + _named(record.destination),
                    ", ".join(p.name for p in record.places),
                    when,
                )
            )
        elif isinstance(record, Meeting):
            rows.append(
                (
                    record.id,
                    _date(record.date),
                    " + ".join(names(p) for p in record.participants),
                    _place(record.place),
                    _counted(len(record.topics), "topic") if record.topics else "",
                )
            )
        else:
            rows.append((record.id, _describe(record, names)))
    return rows


def _table(rows: Iterable[tuple[str, ...]]) -> list[str]:
    rows = list(rows)
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(max(map(len, rows)))]
    lines = []
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines


def summary(report: Report) -> str:
    """
    Return *report* as a short text for a terminal: a heading line, then one block per record type.

    Each block lists its records as aligned columns (officials with their countries, offices
    and titles; who visited which country, where and when; who met whom, when and where), or
    one line each (agreements, targets, statements). Types with no record are left out.
    The text ends with a newline.
    """
    article = report.article
    head = [article.language]
    if article.published:
        head.append(f"published {article.published.isoformat()}")
    head.append(f"{len(article.text):,} characters")
    counts = ", ".join(
        f"{len(getattr(report, kind))} {kind if len(getattr(report, kind)) > 1 else kind[:-1]}"
        for kind in KIND_LABELS
        if getattr(report, kind)
    )
    lines = []
    if article.title:
        lines.append(_short(article.title, 100))
    lines.append(" · ".join(head) + (f" · {counts}" if counts else " · no records"))
    for kind, label in KIND_LABELS.items():
        rows = _rows(report, kind)
        if rows:
            lines.append("")
            lines.append(f"{label} ({len(getattr(report, kind))})")
            lines.extend(_table(rows))
    return "\n".join(lines) + "\n"


# -- HTML -------------------------------------------------------------------------------------

_STYLE = """
:root { --officials:#E69F00; --visits:#56B4E9; --meetings:#009E73; --agreements:#F0E442;
  --targets:#CC79A7; --statements:#0072B2; --ink:#1a1a1a; --paper:#fff; --line:#bbb; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color:var(--ink); background:var(--paper); }
header { padding:.8rem 1rem; border-bottom:1px solid var(--line); }
header h1 { font-size:1.15rem; margin:0 0 .2rem; }
header p { margin:0; font-size:.9rem; }
.legend { display:flex; flex-wrap:wrap; gap:.4rem .9rem; margin:.5rem 0 0; padding:0;
  list-style:none; font-size:.85rem; }
.legend span { display:inline-block; width:2.2em; height:1em; vertical-align:middle;
  margin-right:.3em; }
main { display:grid; grid-template-columns:minmax(0,3fr) minmax(16rem,2fr); gap:1rem;
  padding:1rem; }
@media (max-width: 48rem) { main { grid-template-columns:1fr; } }
#article { white-space:pre-wrap; overflow-wrap:anywhere; margin:0; font:inherit; }
#records h2 { font-size:1rem; margin:1rem 0 .4rem; }
.card { display:block; width:100%; text-align:left; font:inherit; color:inherit;
  background:var(--paper); border:1px solid var(--line); border-left:.45rem solid;
  border-radius:.3rem; padding:.4rem .6rem; margin:0 0 .4rem; cursor:pointer; }
.card:focus-visible { outline:3px solid var(--ink); outline-offset:2px; }
.card[aria-pressed="true"] { box-shadow:0 0 0 3px var(--ink); }
.card small { display:block; color:#444; }
mark { color:inherit; background:none; padding:0; }
mark.k-officials { background:rgba(230,159,0,.22); border-bottom:2px solid var(--officials); }
mark.k-visits { background:rgba(86,180,233,.25); border-bottom:2px dashed var(--visits); }
mark.k-meetings { background:rgba(0,158,115,.2); border-bottom:2px dotted var(--meetings); }
mark.k-agreements { background:rgba(240,228,66,.35); border-bottom:3px double #a89a00; }
mark.k-targets { background:rgba(204,121,167,.25); border-bottom:2px solid var(--targets); }
mark.k-statements { background:rgba(0,114,178,.12); border-bottom:1px dashed var(--statements); }
mark.selected { outline:2px solid var(--ink); background:#ffe9a8; }
.c-officials { border-left-color:var(--officials); } .c-visits { border-left-color:var(--visits); }
.c-meetings { border-left-color:var(--meetings); } .c-agreements { border-left-color:#c9b800; }
.c-targets { border-left-color:var(--targets); } .c-statements { border-left-color:var(--statements); }
.s-officials { background:var(--officials); } .s-visits { background:var(--visits); }
.s-meetings { background:var(--meetings); } .s-agreements { background:var(--agreements); }
.s-targets { background:var(--targets); } .s-statements { background:var(--statements); }
@media print { main { grid-template-columns:1fr; } .card { break-inside:avoid; }
  mark { -webkit-print-color-adjust:exact; print-color-adjust:exact; } }
"""

_SCRIPT = """
(function () {
  var cards = document.querySelectorAll('.card');
  var marks = document.querySelectorAll('#article mark');
  function select(card) {
    var id = card.getAttribute('data-record');
    var on = card.getAttribute('aria-pressed') !== 'true';
    cards.forEach(function (c) { c.setAttribute('aria-pressed', 'false'); });
    var first = null;
    marks.forEach(function (m) {
      var hit = on && (' ' + m.getAttribute('data-records') + ' ').indexOf(' ' + id + ' ') >= 0;
      m.classList.toggle('selected', hit);
      if (hit && first === null) { first = m; }
    });
    card.setAttribute('aria-pressed', on ? 'true' : 'false');
    if (first !== null) { first.scrollIntoView({block: 'center'}); }
  }
  cards.forEach(function (card) {
    card.addEventListener('click', function () { select(card); });
  });
})();
"""


def _segments(report: Report) -> tuple[list[tuple[int, int, list[int]]], list[tuple[str, str]]]:
    """
    Cut the text at every evidence boundary.

    Returns the pieces as ``(start, end, evidence numbers covering it)`` and, per evidence
    number, the record id and record type it belongs to.
    """
    owners: list[tuple[str, str]] = []
    spans: list[tuple[int, int, int]] = []
    for kind in KIND_LABELS:
        for record in getattr(report, kind):
            for evidence in record.evidence:
                if evidence.end > evidence.start:
                    spans.append((evidence.start, evidence.end, len(owners)))
                    owners.append((record.id, kind))
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for start, end, n in spans:
        starts.setdefault(start, []).append(n)
        ends.setdefault(end, []).append(n)
    cuts = sorted({0, len(report.article.text), *starts, *ends})
    pieces: list[tuple[int, int, list[int]]] = []
    active: set[int] = set()
    for a, b in itertools.pairwise(cuts):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        pieces.append((a, b, sorted(active)))
    return pieces, owners


def to_html(report: Report, *, title: str | None = None) -> str:
    """
    Return one self-contained HTML page that shows *report* over its article.

    Every evidence span is a ``<mark>`` (pieces where spans overlap are cut, so one ``<mark>``
    may belong to several records: its ``data-records`` lists their ids and its ``data-evidence``
    the numbers of the spans it is part of, counted over the report's records in the order of
    :attr:`bilateral.Report.KINDS`). Each record is a card (``<button class="card" data-record=ID>``);
    its ``aria-pressed`` says whether it is selected.

    Args:
        report: The report to show.
        title: The page's title (default: the article's title, or "bilateral report").
    """
    text = report.article.text
    pieces, owners = _segments(report)
    lengths = [0] * len(owners)
    for a, b, covering in pieces:
        for n in covering:
            lengths[n] += b - a
    names = _Names(report)
    lines = {record.id: _describe(record, names) for record in report.records()}
    labels = {
        record.id: f"{KIND_LABELS[kind][:-1]} {record.id}: {lines[record.id]}"
        for kind in KIND_LABELS
        for record in getattr(report, kind)
    }
    body: list[str] = []
    for a, b, covering in pieces:
        chunk = html.escape(text[a:b], quote=False)
        if not covering:
            body.append(chunk)
            continue
        kind = owners[min(covering, key=lambda n: lengths[n])][1]
        ids = list(dict.fromkeys(owners[n][0] for n in covering))
        tip = "\n".join(labels[i] for i in ids)
        body.append(
            f'<mark class="k-{kind}" data-records="{" ".join(ids)}" '
            f'data-evidence="{" ".join(map(str, covering))}" '
            f'title="{html.escape(tip)}">{chunk}</mark>'
        )
    cards: list[str] = []
    for kind, label in KIND_LABELS.items():
        records = getattr(report, kind)
        if not records:
            continue
        cards.append(f'<h2 id="h-{kind}">{label} ({len(records)})</h2>')
        for record in records:
            quotes = "; ".join(_short(q, 40) for q in report.quotes(record)[:3])
            cards.append(
                f'<button type="button" class="card c-{kind}" data-record="{record.id}" '
                f'data-kind="{kind}" aria-pressed="false">'
                f"<strong>{html.escape(record.id)}</strong> "
                f"{html.escape(lines[record.id])}"
                f"<small>{_counted(len(record.evidence), 'span')}"
                f"{': ' + html.escape(quotes) if quotes else ''}</small></button>"
            )
    article = report.article
    heading = title or article.title or "bilateral report"
    facts = [f"language {article.language}"]
    if article.published:
        facts.append(f"published {article.published.isoformat()}")
    if article.outlet:
        facts.append(article.outlet)
    if article.url:
        facts.append(article.url)
    facts.append(f"{sum(len(r.evidence) for r in report.records())} evidence spans")
    legend = "".join(
        f'<li><span class="s-{kind}" aria-hidden="true"></span>{label}</li>'
        for kind, label in KIND_LABELS.items()
    )
    data = (
        json.dumps({"evidence": [[*owners[n]] for n in range(len(owners))]}, ensure_ascii=True)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(article.language if article.language != "und" else "en")}">\n'
        '<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{html.escape(heading)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{html.escape(heading)}</h1><p>{html.escape(' · '.join(facts))}</p>"
        f'<ul class="legend" aria-label="Highlight colours">{legend}</ul></header>\n'
        '<main><section aria-label="Article"><pre id="article">'
        + "".join(body)
        + '</pre></section>\n<section id="records" aria-label="Records">'
        + "".join(cards)
        + "</section></main>\n"
        f'<script type="application/json" id="bilateral-data">{data}</script>\n'
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
