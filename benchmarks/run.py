"""
Benchmark bilateral's parser and JSON round trips, side by side with what users reach for instead.

Run from the repository root:

    pip install -e '.[bench]'
    python benchmarks/run.py            # figures and ratios as a table
    python benchmarks/run.py --json     # the same as JSON

Measured: articles and megabytes per second on the development set (seeds/), the time for one
article and for 10 and 100 concatenated (the cost must grow linearly), peak memory of one
parse, JSON round trips per second of the reports; dateparser's search_dates on the same
articles, and msgspec encoding and decoding the same report documents.
"""

from __future__ import annotations

import argparse
import gc
import json
import pathlib
import platform
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FOUNDING = SEEDS / "000_id_larijani-pakistan.txt"


def _best(function: Callable[[], Any], *, repeat: int = 5, number: int = 1) -> float:
    """Best time of *repeat* runs of *number* calls, per call, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            function()
        times.append((time.perf_counter() - start) / number)
    return min(times)


def run() -> dict[str, Any]:
    import bilateral
    from bilateral import from_json, parse, to_json
    from bilateral.evaluation import load_expected

    paths = sorted(SEEDS.glob("*.txt"))
    golds = [load_expected(p) for p in paths]
    articles = [(g.article.text, g.article.language, g.article.published) for g in golds]
    founding = FOUNDING.read_text(encoding="utf-8")
    english = max((a for a in articles if a[1] == "en"), key=lambda a: len(a[0]))
    for text, language, published in articles:  # warm the per-language caches
        parse(text, language=language, published=published)

    figures: dict[str, Any] = {}
    imports = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import bilateral"], check=True)
        imports.append(time.perf_counter() - started)
    baseline = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        baseline.append(time.perf_counter() - started)
    figures["import_s"] = min(imports) - min(baseline)
    total_chars = sum(len(a[0]) for a in articles)
    corpus = _best(
        lambda: [parse(t, language=lang, published=p) for t, lang, p in articles], repeat=5
    )
    figures["articles_per_second"] = len(articles) / corpus
    figures["mb_per_second"] = total_chars / 1e6 / corpus
    one = _best(lambda: parse(founding, published="2025-11-26"), repeat=7, number=5)
    ten = _best(lambda: parse("\n".join([founding] * 10), published="2025-11-26"), repeat=5)
    hundred = _best(lambda: parse("\n".join([founding] * 100), published="2025-11-26"), repeat=3)
    thousand = _best(lambda: parse("\n".join([founding] * 1000), published="2025-11-26"), repeat=1)
    # The median article of the development set, by length.
    median = sorted(articles, key=lambda a: len(a[0]))[len(articles) // 2]
    figures["median_ms"] = (
        _best(lambda: parse(median[0], language=median[1], published=median[2]), repeat=7, number=5)
        * 1000
    )
    figures["median_chars"] = len(median[0])
    figures["median_language"] = median[1]
    figures["founding_ms"] = one * 1000
    figures["english_ms"] = (
        _best(lambda: parse(english[0], language="en", published=english[2]), repeat=7, number=5)
        * 1000
    )
    figures["english_chars"] = len(english[0])
    figures["x10_ms"] = ten * 1000
    figures["x100_ms"] = hundred * 1000
    figures["x100_ratio"] = hundred / one
    figures["x1000_ms"] = thousand * 1000
    # Against linear: n copies in one text, over n times one article.
    figures["x10_linear"] = ten / (10 * one)
    figures["x100_linear"] = hundred / (100 * one)
    figures["x1000_linear"] = thousand / (1000 * one)
    for copies in (10, 100):
        tracemalloc.start()
        parse("\n".join([founding] * copies), published="2025-11-26")
        figures[f"peak_memory_mb_x{copies}"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    figures["memory_x100_over_x10"] = figures["peak_memory_mb_x100"] / figures["peak_memory_mb_x10"]

    reports = [parse(t, language=lang, published=p) for t, lang, p in articles]
    documents = [to_json(r) for r in reports]

    def round_trip() -> None:
        for report in reports:
            from_json(to_json(report), bilateral.Report)

    bilateral_rt = _best(round_trip, repeat=5)
    figures["json_round_trips_per_second"] = len(reports) / bilateral_rt

    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - the bench extra installs it
        figures["dateparser"] = "not installed (pip install -e '.[bench]')"
    else:
        languages = {"id": ["id"], "en": ["en"], "ms": ["ms"]}
        search_dates(founding, languages=["id"])
        dp_founding = _best(lambda: search_dates(founding, languages=["id"]), repeat=5)
        dp_english = _best(lambda: search_dates(english[0], languages=["en"]), repeat=5)
        dp_median = _best(lambda: search_dates(median[0], languages=[median[1]]), repeat=5)
        figures["dateparser_median_ms"] = dp_median * 1000
        figures["speedup_vs_dateparser_median"] = dp_median * 1000 / figures["median_ms"]
        dp_corpus = _best(
            lambda: [search_dates(t, languages=languages[lang]) for t, lang, _ in articles],
            repeat=3,
        )
        figures["dateparser_founding_ms"] = dp_founding * 1000
        figures["dateparser_english_ms"] = dp_english * 1000
        figures["speedup_vs_dateparser_founding"] = dp_founding / one
        figures["speedup_vs_dateparser_english"] = dp_english * 1000 / figures["english_ms"]
        figures["speedup_vs_dateparser_corpus"] = dp_corpus / corpus

    try:
        import msgspec
    except ImportError:  # pragma: no cover
        figures["msgspec"] = "not installed (pip install -e '.[bench]')"
    else:
        plain = [json.loads(d) for d in documents]

        def msgspec_round_trip() -> None:
            for document in plain:
                msgspec.json.decode(msgspec.json.encode(document))

        ms_rt = _best(msgspec_round_trip, repeat=5, number=5)
        figures["msgspec_round_trips_per_second"] = len(plain) / ms_rt
        figures["json_vs_msgspec"] = (len(reports) / bilateral_rt) / (len(plain) / ms_rt)

    figures["machine"] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": __import__("os").cpu_count(),
        "bilateral": bilateral.__version__,
    }
    return figures


def _verdict(value: float, target: float, *, at_most: bool = False) -> str:
    ok = value <= target if at_most else value >= target
    return "PASS" if ok else "MISS"


def _table(figures: dict[str, Any]) -> str:
    rows = [
        ("import bilateral", f"{figures['import_s']:.3f} s (target < 0.3)"),
        (
            "development set",
            f"{figures['articles_per_second']:.0f} articles/s, {figures['mb_per_second']:.2f} MB/s",
        ),
        ("founding article (7 kB)", f"{figures['founding_ms']:.2f} ms"),
        (f"English article ({figures['english_chars']} chars)", f"{figures['english_ms']:.2f} ms"),
        ("10 x founding", f"{figures['x10_ms']:.1f} ms"),
        (
            "100 x founding",
            f"{figures['x100_ms']:.0f} ms ({figures['x100_ratio']:.0f} x one article)",
        ),
        (
            "1,000 x founding",
            f"{figures['x1000_ms']:.0f} ms ({figures['x1000_linear']:.2f} of linear; target "
            f"<= 1.1) {_verdict(figures['x1000_linear'], 1.1, at_most=True)}",
        ),
        (
            "10 x and 100 x against linear",
            f"{figures['x10_linear']:.2f}, {figures['x100_linear']:.2f} (target <= 1.1) "
            f"{_verdict(max(figures['x10_linear'], figures['x100_linear']), 1.1, at_most=True)}",
        ),
        ("peak memory, 10 x founding", f"{figures['peak_memory_mb_x10']:.1f} MB"),
        (
            "peak memory, 100 x founding",
            f"{figures['peak_memory_mb_x100']:.1f} MB ({figures['memory_x100_over_x10']:.1f} x "
            f"the 10 x figure; linear is 10; target <= 11) "
            f"{_verdict(figures['memory_x100_over_x10'], 11, at_most=True)}",
        ),
        (
            f"median article ({figures['median_language']}, {figures['median_chars']} chars)",
            f"{figures['median_ms']:.2f} ms",
        ),
        ("JSON round trips", f"{figures['json_round_trips_per_second']:.0f} reports/s"),
    ]
    if "dateparser_founding_ms" in figures:
        rows += [
            ("dateparser search_dates, founding", f"{figures['dateparser_founding_ms']:.1f} ms"),
            ("dateparser search_dates, English", f"{figures['dateparser_english_ms']:.1f} ms"),
            (
                "parse vs search_dates (founding)",
                f"{figures['speedup_vs_dateparser_founding']:.1f} x faster (target >= 10) "
                f"{_verdict(figures['speedup_vs_dateparser_founding'], 10)}",
            ),
            (
                "parse vs search_dates (median)",
                f"{figures['speedup_vs_dateparser_median']:.1f} x faster (target >= 10) "
                f"{_verdict(figures['speedup_vs_dateparser_median'], 10)}",
            ),
            (
                "parse vs search_dates (English)",
                f"{figures['speedup_vs_dateparser_english']:.1f} x faster (target >= 10)",
            ),
            (
                "parse vs search_dates (whole set)",
                f"{figures['speedup_vs_dateparser_corpus']:.1f} x faster",
            ),
        ]
    if "msgspec_round_trips_per_second" in figures:
        rows += [
            (
                "msgspec round trips (plain dicts)",
                f"{figures['msgspec_round_trips_per_second']:.0f} documents/s",
            ),
            (
                "bilateral vs msgspec",
                f"{figures['json_vs_msgspec']:.2f} of msgspec's speed (target >= 0.5) "
                f"{_verdict(figures['json_vs_msgspec'], 0.5)}",
            ),
        ]
    machine = figures["machine"]
    rows.append(
        ("machine", f"Python {machine['python']}, {machine['cpus']} CPUs, {machine['platform']}")
    )
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help="also write the table into docs/explanation/benchmark-figures.md",
    )
    args = parser.parse_args(argv)
    figures = run()
    table = _table(figures)
    print(json.dumps(figures, indent=2) if args.json else table)
    if args.write_docs:
        import datetime

        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        page = ROOT / "docs" / "explanation" / "benchmark-figures.md"
        page.write_text(
            "<!-- Written by benchmarks/run.py --write-docs; do not edit by hand. -->\n\n"
            f"The last run, on {datetime.date.today().isoformat()} at commit `{commit}`:\n\n"
            f"```text\n{table}\n```\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
