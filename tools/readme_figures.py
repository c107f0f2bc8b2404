"""Refresh the development-set figures in README.md from `bilateral evaluate seeds/`."""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    out = subprocess.run(
        [sys.executable, "-m", "bilateral", "evaluate", str(ROOT / "seeds")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(r"(the current figures are:\n\n```text\n)(.*?)(\n```)", re.DOTALL)
    new, count = pattern.subn(lambda m: m.group(1) + out + m.group(3), text)
    if count != 1:
        print("README.md has no figures block", file=sys.stderr)
        return 1
    readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
