"""
Run the command line: ``python -m bilateral``.
"""

from __future__ import annotations

import sys

from bilateral.cli import main

__all__: list[str] = []

if __name__ == "__main__":
    sys.exit(main())
