"""
Articles from saved web pages: the main text, title, date and address taken from the HTML.

Needs the optional extra ``bilateral[html]`` (trafilatura, which finds a page's main text and its
metadata, and htmldate, which it uses for the publication date). Without it,
:func:`parse_html` raises :exc:`~bilateral.errors.ExtraMissingError` naming the extra.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import attrs

from bilateral.assembly import parse
from bilateral.errors import ExtraMissingError, PageError, ValidationError
from bilateral.model import Report

__all__ = ["PageText", "extract_page", "parse_html"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@attrs.frozen
class PageText:
    """
    What :func:`extract_page` takes from a web page.

    Attributes:
        text: The article as the parser reads it: the title on the first line, then the body,
            one paragraph per line (navigation, related links, comments and footers left out).
        title: The page's headline, or ``None``.
        published: The publication date the page states about itself (its meta tags,
            structured data or address), or ``None``: a date is never guessed from the body.
        url: The page's own address (canonical link or ``og:url``), or ``None``.
        outlet: The site's name, or ``None``.
    """

    text: str
    title: str | None = None
    published: _dt.date | None = None
    url: str | None = None
    outlet: str | None = None


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise ExtraMissingError("html", "reading web pages") from exc
    return trafilatura


def _day(value: object) -> _dt.date | None:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value[:10]):
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def extract_page(html: str | bytes, *, url: str | None = None) -> PageText:
    """
    Take the article text and its metadata from the HTML of a news page.

    Args:
        html: The page, as text or as the bytes saved from the web (their encoding is read from
            the page).
        url: The page's address, which helps find its date; it is kept when the page names
            none.

    Raises:
        bilateral.errors.ValidationError: if *html* is neither ``str`` nor ``bytes``.
        bilateral.errors.PageError: if the page holds no article text.
        bilateral.errors.ExtraMissingError: if ``bilateral[html]`` is not installed.
    """
    if not isinstance(html, str | bytes):
        raise ValidationError(
            "extract_page.html", f"expected str or bytes, got {type(html).__name__}"
        )
    source = url or "<html>"
    if not html.strip():
        raise PageError(source, "the page is empty")
    trafilatura = _trafilatura()
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only the dates a page states about itself: a year in the body is not its date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not body:
        raise PageError(source, "no article text found in the page")
    lines = [" ".join(line.split()) for line in body.splitlines()]
    body = "\n".join(line for line in lines if line)
    title = getattr(document, "title", None) or None
    if title:
        title = " ".join(title.split())
        if body.splitlines()[0] != title:
            body = f"{title}\n{body}"
    return PageText(
        text=body,
        title=title,
        published=_day(getattr(document, "date", None)),
        url=getattr(document, "url", None) or url,
        outlet=getattr(document, "sitename", None) or None,
    )


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    published: _dt.date | str | None = None,
) -> Report:
    """
    Parse a saved news page: its main text, with the title, date and address found in it.

    The report's article is the extracted text (:attr:`PageText.text`), and every evidence span
    refers to it. An argument given here wins over what the page says: *published* over the
    page's date, *url* over its canonical address.

    Args:
        html: The page's HTML, as text or bytes.
        url: Where the page was published.
        language: An ISO 639-1 code; ``None`` detects it from the text.
        published: The publication date; ``None`` takes the page's own.

    Raises:
        bilateral.errors.PageError: if the page holds no article text.
        bilateral.errors.ExtraMissingError: if ``bilateral[html]`` is not installed.
        bilateral.errors.ValidationError: as :func:`bilateral.parse` does.

    For example (``tests/test_web.py`` runs this on pages of several shapes)::

        with open("saved/article.html", "rb") as handle:
            report = parse_html(handle.read(), url="https://example.org/retno-hanoi")
        report.article.title, report.article.published, report.article.url
    """
    page = extract_page(html, url=url)
    report = parse(
        page.text,
        language=language,
        published=published if published is not None else page.published,
        title=page.title,
        url=url or page.url,
    )
    if page.outlet is None:
        return report
    return attrs.evolve(report, article=attrs.evolve(report.article, outlet=page.outlet))
