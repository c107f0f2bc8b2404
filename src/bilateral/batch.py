"""
Parse many articles at once, in parallel processes, keeping their order.

One bad article never stops a batch: each result holds either its report or the documented
error it raised.
A progress bar appears on long runs when tqdm is installed (the ``progress`` extra).
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as _dt
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from bilateral.assembly import parse
from bilateral.errors import BilateralError, ValidationError
from bilateral.model import Report

__all__ = ["ParseResult", "parse_many"]

_CHUNK = 8


@attrs.frozen
class ParseResult:
    """
    The outcome of parsing one article of a batch: a report, or the error it raised.

    *index* is the article's position in the input; *source* is the name the caller gave it.
    """

    index: int
    source: str
    report: Report | None = None
    error: BilateralError | None = None

    @property
    def ok(self) -> bool:
        """True when the article gave a report."""
        return self.report is not None


def _one(job: tuple[int, str, Any, str | None, _dt.date | str | None]) -> ParseResult:
    index, source, text, language, published = job
    try:
        if not isinstance(text, str):
            raise ValidationError("parse.text", f"expected str, got {type(text).__name__}")
        return ParseResult(index, source, parse(text, language=language, published=published))
    except BilateralError as exc:
        return ParseResult(index, source, error=exc)


def _jobs(
    texts: Iterable[str | tuple[str, str]],
    language: str | None,
    published: _dt.date | str | None,
) -> Iterator[tuple[int, str, Any, str | None, _dt.date | str | None]]:
    for index, item in enumerate(texts):
        if isinstance(item, tuple):
            source, text = item
        else:
            source, text = str(index), item
        yield index, source, text, language, published


def _progress(
    results: Iterator[ParseResult], total: int | None, show: bool
) -> Iterator[ParseResult]:
    if not show:
        yield from results
        return
    try:
        from tqdm import tqdm  # type: ignore[import-untyped]
    except ImportError:
        yield from results
        return
    with tqdm(total=total, unit="article", file=sys.stderr) as bar:
        for result in results:
            bar.update(1)
            yield result


def parse_many(
    texts: Iterable[str | tuple[str, str]],
    *,
    workers: int | None = None,
    language: str | None = None,
    published: _dt.date | str | None = None,
    progress: bool = False,
) -> Iterator[ParseResult]:
    """
    Parse every text of *texts* and yield one :class:`ParseResult` per text, in input order.

    Args:
        texts: Article texts, or ``(source, text)`` pairs naming each one.
        workers: Processes to use; ``None`` uses every core, ``1`` parses in this process.
        language: Passed to :func:`bilateral.parse` for every article.
        published: Passed to :func:`bilateral.parse` for every article.
        progress: Show a progress bar on standard error when tqdm is installed.

    Raises:
        ValidationError: if *workers* is not a positive integer.

    >>> texts = ["Menlu RI tiba di Jakarta dan bertemu dengan para pejabat.",
    ...          "The minister arrived in Hanoi and met the president of the country."]
    >>> [r.report.article.language for r in parse_many(texts, workers=1)]
    ['id', 'en']
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValidationError("parse_many.workers", f"{workers!r} is not a positive integer")
    total = len(texts) if isinstance(texts, list | tuple) else None
    jobs = _jobs(texts, language, published)
    if workers == 1:
        yield from _progress(map(_one, jobs), total, progress)
        return
    yield from _progress(_parallel(jobs, workers), total, progress)


def _chunk(
    jobs: list[tuple[int, str, Any, str | None, _dt.date | str | None]],
) -> list[ParseResult]:
    return [_one(job) for job in jobs]


def _parallel(
    jobs: Iterator[tuple[int, str, Any, str | None, _dt.date | str | None]], workers: int
) -> Iterator[ParseResult]:
    """Run chunks of jobs in a process pool, a bounded number at a time, results in order."""
    window: collections.deque[concurrent.futures.Future[list[ParseResult]]] = collections.deque()
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        while True:
            while len(window) < workers * 4:
                chunk = list(itertools.islice(jobs, _CHUNK))
                if not chunk:
                    break
                window.append(pool.submit(_chunk, chunk))
            if not window:
                return
            yield from window.popleft().result()
