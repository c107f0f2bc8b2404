"""
Benchmark the corpus store: ingest and consolidation cost as the corpus grows.

Run from the repository root:

    python benchmarks/corpus.py                      # 10,000 and 100,000 reports
    python benchmarks/corpus.py --sizes 1000 10000   # smaller, for a quick look
    python benchmarks/corpus.py --write-docs         # also refresh docs/explanation/corpus-figures.md

The reports are generated from the development set (``seeds/``): each copy of a seed report gets
its own text (so its own article key), a publication date and record dates moved by the same
random number of days within ten years, and, for most copies, other names for its officials, so
that events and persons grow with the corpus as they do in real news. Each size is ingested into a
new database in a fresh process (``bilateral corpus ingest`` in one call), and the run reports
reports per second, the peak resident memory of that process, and the size of the database file.
Cost that grows linearly gives the same reports per second at every size: the last line gives the
time for the largest size over what the smallest size's rate would give (1.0 is linear).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import pathlib
import platform
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DOC = ROOT / "docs" / "explanation" / "corpus-figures.md"

_SYLLABLES = ("ka", "ri", "to", "ma", "sen", "du", "lo", "ne", "ha", "vi", "ro", "an", "tu", "bi")


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def generate(count: int, seed: int = 7) -> Iterator[Any]:
    """Yield *count* reports made from the development set's, with varied dates and names."""
    import attrs

    from bilateral import PartialDate, parse
    from bilateral.evaluation import load_expected

    bases = []
    for path in sorted(SEEDS.glob("*.txt")):
        gold = load_expected(path)
        bases.append(
            parse(
                gold.article.text, language=gold.article.language, published=gold.article.published
            )
        )
    rng = random.Random(seed)

    def moved(value: Any, days: int) -> Any:
        if isinstance(value, _dt.date):
            return value + _dt.timedelta(days=days)
        if isinstance(value, PartialDate):
            return value  # a month or a year stays: sources often give no more
        return value

    for i in range(count):
        base = bases[i % len(bases)]
        days = rng.randrange(-3650, 0)
        article = base.article
        published = article.published or _dt.date(2025, 6, 1)
        article = attrs.evolve(
            article,
            text=f"{article.text}\n[{i}]",
            published=published + _dt.timedelta(days=days),
        )
        officials = base.officials
        if rng.random() < 0.8:
            officials = tuple(
                attrs.evolve(o, name=f"{o.name.split()[0]} {_surname(rng)}", aliases=())
                for o in officials
            )
        yield attrs.evolve(
            base,
            article=article,
            officials=officials,
            visits=tuple(
                attrs.evolve(v, start=moved(v.start, days), end=moved(v.end, days))
                for v in base.visits
            ),
            meetings=tuple(attrs.evolve(m, date=moved(m.date, days)) for m in base.meetings),
            agreements=tuple(attrs.evolve(a, date=moved(a.date, days)) for a in base.agreements),
            statements=tuple(attrs.evolve(s, date=moved(s.date, days)) for s in base.statements),
        )


def _write(count: int, path: pathlib.Path) -> None:
    from bilateral.serialise.json import dumps

    with path.open("w", encoding="utf-8") as handle:
        for report in generate(count):
            handle.write(dumps(report) + "\n")


_CHILD = """
import resource, sys, time
from bilateral.corpus import Corpus, read_reports
started = time.perf_counter()
with Corpus.open(sys.argv[2]) as corpus:
    summary = corpus.ingest(read_reports([sys.argv[1]]))
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
import sqlite3
db = sqlite3.connect(sys.argv[2])
events = db.execute("SELECT count(*) FROM events").fetchone()[0]
persons = db.execute("SELECT count(*) FROM persons").fetchone()[0]
print(elapsed, peak, summary.added, events, persons)
"""


def measure(count: int, folder: pathlib.Path) -> dict[str, Any]:
    """Ingest *count* generated reports into a new database in a fresh process."""
    reports = folder / f"reports-{count}.jsonl"
    _write(count, reports)
    db = folder / f"corpus-{count}.sqlite"
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(reports), str(db)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    elapsed, peak_kb, added, events, persons = float(out[0]), int(out[1]), *map(int, out[2:])
    size = sum(p.stat().st_size for p in folder.glob(f"corpus-{count}.sqlite*"))
    reports.unlink()
    return {
        "reports": count,
        "added": added,
        "seconds": elapsed,
        "reports_per_second": count / elapsed,
        "peak_memory_mb": peak_kb / 1024,
        "database_mb": size / 1e6,
        "events": events,
        "persons": persons,
    }


def run(sizes: list[int]) -> dict[str, Any]:
    from bilateral.corpus.evaluation import evaluate_grouping

    score = evaluate_grouping(SEEDS / "consolidation")
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(n, pathlib.Path(tmp)) for n in sorted(sizes)]
    small, large = rows[0], rows[-1]
    linear = large["seconds"] / (small["seconds"] * large["reports"] / small["reports"])
    return {
        "sizes": rows,
        "against_linear": linear,
        "grouping": {
            "precision": score.precision,
            "recall": score.recall,
            "events": score.events,
            "items": score.items,
            "conflicts": score.conflicts,
            "conflicts_shown": score.conflicts - len(score.missing_conflicts),
        },
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": __import__("os").cpu_count(),
        },
    }


def _table(figures: dict[str, Any]) -> str:
    g = figures["grouping"]
    lines = [
        f"consolidation set: {g['events']} events, {g['items']} records scored; "
        f"pairwise precision {g['precision']:.3f} (target >= 0.95) "
        f"{'PASS' if g['precision'] >= 0.95 else 'MISS'}, recall {g['recall']:.3f} "
        f"(target >= 0.90) {'PASS' if g['recall'] >= 0.90 else 'MISS'}; conflicts shown "
        f"{g['conflicts_shown']} of {g['conflicts']}",
        "",
        f"{'reports':>8}  {'seconds':>8}  {'reports/s':>9}  {'peak MB':>8}  {'db MB':>7}  "
        f"{'events':>7}  {'persons':>7}",
    ]
    for row in figures["sizes"]:
        lines.append(
            f"{row['reports']:>8}  {row['seconds']:>8.1f}  {row['reports_per_second']:>9.0f}  "
            f"{row['peak_memory_mb']:>8.0f}  {row['database_mb']:>7.0f}  {row['events']:>7}  "
            f"{row['persons']:>7}"
        )
    sizes = figures["sizes"]
    verdict = "PASS" if figures["against_linear"] <= 1.25 else "MISS"
    lines.append(
        f"time for {sizes[-1]['reports']:,} against linear from {sizes[0]['reports']:,}: "
        f"{figures['against_linear']:.2f} (target <= 1.25) {verdict}"
    )
    m = figures["machine"]
    lines.append(f"machine: Python {m['python']}, {m['cpus']} CPUs, {m['platform']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--write-docs", action="store_true", help=f"write {DOC.name}")
    args = parser.parse_args()
    figures = run(args.sizes)
    print(json.dumps(figures, indent=2) if args.json else _table(figures))
    if args.write_docs:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
        DOC.write_text(
            "<!-- Written by benchmarks/corpus.py --write-docs; do not edit by hand. -->\n\n"
            f"The last run, on {_dt.date.today().isoformat()} at commit `{commit}`:\n\n"
            f"```text\n{_table(figures)}\n```\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
