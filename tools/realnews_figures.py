"""
Measure the parser on the real-news corpus and write the figures into the docs and the README.

The corpus (addresses, gold annotations and the scorer) lives outside the repository, and its
texts are rebuilt on each machine and never committed; this script runs the corpus's own
scorer on them and writes only figures and addresses:

    python tools/realnews_figures.py --root ../shared/realnews --texts .realnews \
        --extra tools/realnews-extra --extra-texts .realnews-extra

It rewrites ``docs/explanation/realnews-figures.md`` (included by the accuracy page) and the
block between the ``realnews`` markers of ``README.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
KINDS = ("officials", "visits", "meetings", "agreements", "targets")


def run(
    root: pathlib.Path,
    texts: pathlib.Path,
    *,
    corpus: pathlib.Path | None = None,
    only: list[str] | None = None,
) -> dict[str, object]:
    """Run the corpus's scorer and return its figures, overall and per language."""
    command = [sys.executable, str(root / "score.py"), str(corpus or root), "--texts", str(texts)]
    if only:
        command += ["--only", ",".join(only)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures: dict[str, object] = {"kinds": {}, "languages": {}, "accuracy": {}}
    for line in out.splitlines():
        kind = re.match(
            r"(\w+)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)\s+\(gold (\d+), pred (\d+)", line
        )
        if kind:
            figures["kinds"][kind.group(1)] = {  # type: ignore[index]
                "p": kind.group(2),
                "r": kind.group(3),
                "f1": kind.group(4),
                "gold": kind.group(5),
                "pred": kind.group(6),
            }
        accuracy = re.match(r"(\w+_acc)\s+(\d+)/(\d+)", line)
        if accuracy:
            figures["accuracy"][accuracy.group(1)] = (  # type: ignore[index]
                int(accuracy.group(2)),
                int(accuracy.group(3)),
            )
        language = re.match(r"lang (\w+): macro F1 ([\d.]+)", line)
        if language:
            figures["languages"][language.group(1)] = language.group(2)  # type: ignore[index]
        macro = re.match(r"macro F1 ([\d.]+) over (\d+) articles; .*; (\d+) failed", line)
        if macro:
            figures["macro"], figures["articles"], figures["failed"] = macro.groups()
    return figures


def table(figures: dict[str, object], root: pathlib.Path) -> str:
    """The figures as a Markdown page: a table per measure, then the articles' addresses."""
    kinds = figures["kinds"]
    accuracy = figures["accuracy"]
    languages = figures["languages"]
    assert isinstance(kinds, dict)
    assert isinstance(accuracy, dict)
    assert isinstance(languages, dict)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    lines = [
        "<!-- Written by tools/realnews_figures.py; do not edit by hand. -->",
        "",
        f"Measured on {dt.date.today().isoformat()} at commit `{commit}` over "
        f"{figures['articles']} articles ({figures['failed']} failed): "
        f"**macro F1 {figures['macro']}**.",
        "",
        "| record | precision | recall | F1 | gold | predicted |",
        "|---|---|---|---|---|---|",
    ]
    for kind in KINDS:
        k = kinds[kind]
        lines.append(f"| {kind} | {k['p']} | {k['r']} | {k['f1']} | {k['gold']} | {k['pred']} |")
    lines += ["", "| language | macro F1 |", "|---|---|"]
    lines += [f"| {code} | {value} |" for code, value in sorted(languages.items())]
    lines += ["", "| accuracy | correct / compared |", "|---|---|"]
    for name, (good, total) in accuracy.items():
        share = f"{good / total:.2f}" if total else "–"
        lines.append(
            f"| {name.removesuffix('_acc').replace('_', ' ')} | {share} ({good}/{total}) |"
        )
    lines += ["", "The articles, by address (their texts are not redistributed):", ""]
    for meta in sorted((root / "meta").glob("[0-9]*.meta.json")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        lines.append(f"- {meta.name[:2]} ({data['language']}, {data['outlet']}): <{data['url']}>")
    return "\n".join(lines) + "\n"


def extra_table(root: pathlib.Path, extra: pathlib.Path, texts: pathlib.Path) -> str:
    """
    The figures of the further sets of ``tools/realnews-extra``, one row per set.

    Each set is named by the letter its articles' names begin with; its articles were annotated
    blind to the parser, and the session notes keep the figure each set had when first scored.
    """
    sets: dict[str, list[str]] = {}
    for meta in sorted((extra / "meta").glob("*.meta.json")):
        name = meta.name.removesuffix(".meta.json")
        if (texts / f"{name}.txt").exists():
            sets.setdefault(name[0], []).append(name)
    lines = [
        "",
        "Further real articles, annotated blind by the same rules (`tools/realnews-extra`; "
        "gold and addresses only), scored now:",
        "",
        "| set | articles | macro F1 | officials | visits | meetings | agreements | targets |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for letter, names in sorted(sets.items()):
        figures = run(root, texts, corpus=extra, only=names)
        kinds = figures["kinds"]
        assert isinstance(kinds, dict)
        cells = " | ".join(kinds[k]["f1"] for k in KINDS)
        lines.append(f"| {letter} | {figures['articles']} | {figures['macro']} | {cells} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=pathlib.Path, default=ROOT.parent / "shared" / "realnews")
    parser.add_argument("--texts", type=pathlib.Path, default=ROOT / ".realnews")
    parser.add_argument("--extra", type=pathlib.Path, default=ROOT / "tools" / "realnews-extra")
    parser.add_argument("--extra-texts", type=pathlib.Path, default=ROOT / ".realnews-extra")
    args = parser.parse_args()
    figures = run(args.root, args.texts)
    page = ROOT / "docs" / "explanation" / "realnews-figures.md"
    content = table(figures, args.root)
    if args.extra_texts.is_dir():
        content += extra_table(args.root, args.extra, args.extra_texts)
    page.write_text(content, encoding="utf-8")
    kinds = figures["kinds"]
    assert isinstance(kinds, dict)
    summary = (
        f"On {figures['articles']} real published articles (addresses in the docs; the texts are "
        f"not redistributed), the real-news scorer gives a macro F1 of {figures['macro']} ("
        + ", ".join(f"{kind} {kinds[kind]['f1']}" for kind in KINDS)
        + ")."
    )
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = re.sub(
        r"(<!-- realnews:start -->\n).*?(\n<!-- realnews:end -->)",
        lambda m: m.group(1) + summary + m.group(2),
        text,
        flags=re.DOTALL,
    )
    readme.write_text(text, encoding="utf-8")
    print(page.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
