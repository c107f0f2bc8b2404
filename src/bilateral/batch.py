"""
Parse many articles at once, in parallel processes, keeping their order.

One bad article never stops a batch: each result holds either its report or the documented
error it raised.
A progress bar appears on long runs when tqdm is installed (the ``progress`` extra).

Workers die with the process that started them: on Linux each worker asks the kernel for
``SIGKILL`` when its parent dies (``PR_SET_PDEATHSIG``), and elsewhere a thread in each worker
watches its parent and ends the worker within a second of the parent's end; a batch whose parent
is killed (an out-of-memory kill, a container stop) leaves no process behind.
Workers ignore ``SIGINT``: Ctrl-C reaches the parent, which stops the pool and raises
:class:`KeyboardInterrupt` where the results are being read, so that what was written stays whole.
"""

from __future__ import annotations

import collections
import datetime as _dt
import itertools
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from bilateral.assembly import parse
from bilateral.errors import BilateralError, ValidationError
from bilateral.model import Report

if TYPE_CHECKING:
    import concurrent.futures

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


_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


def _watch(parent: int) -> None:
    """End this process when *parent* is no longer its parent (it died; init adopted us)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _worker_start(parent: int) -> None:
    """Pool initializer: die with the parent, and leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
            pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="parent-watch").start()


def _parallel(
    jobs: Iterator[tuple[int, str, Any, str | None, _dt.date | str | None]], workers: int
) -> Iterator[ParseResult]:
    """Run chunks of jobs in a process pool, a bounded number at a time, results in order."""
    import concurrent.futures

    window: collections.deque[concurrent.futures.Future[list[ParseResult]]] = collections.deque()
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, initializer=_worker_start, initargs=(os.getpid(),)
    )
    try:
        while True:
            while len(window) < workers * 4:
                chunk = list(itertools.islice(jobs, _CHUNK))
                if not chunk:
                    break
                window.append(pool.submit(_chunk, chunk))
            if not window:
                return
            yield from window.popleft().result()
    except BaseException:
        # Ctrl-C, a closed generator, an error: drop what is queued and do not wait for it.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True)
