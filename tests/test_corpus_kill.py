"""A corpus ingest killed with SIGKILL leaves each article stored whole or not at all."""

import json
import os
import pathlib
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from bilateral.cli import main
from bilateral.corpus import Corpus

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"
COPIES = 30  # of each seed: 37 x 30 = 1,110 articles, a few seconds to ingest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """The seeds' reports, each as several articles (the text differs by a last line)."""
    folder = tmp_path_factory.mktemp("kill")
    parsed = folder / "seeds.jsonl"
    assert 0 == main(["parse", str(SEEDS), "--format", "jsonl", "-o", str(parsed), "-w", "1"])
    lines = []
    for line in parsed.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        report = document.get("report", document)
        for copy in range(COPIES):
            twin = json.loads(json.dumps(report))
            twin["article"]["text"] += f"\n({copy})"  # evidence spans stay inside the text
            lines.append(json.dumps(twin, ensure_ascii=False))
    path = folder / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(lines)


def _count(db: pathlib.Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet, or its schema not yet written


def _items(db: pathlib.Path) -> dict[str, int]:
    """Each stored article's number of matched records."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT a.id, count(i.record) FROM articles a LEFT JOIN items i ON i.article = a.id "
            "GROUP BY a.id"
        ).fetchall()
    return dict(rows)


def _events(db: pathlib.Path) -> list[str]:
    with Corpus.open(db) as corpus:
        return sorted(
            json.dumps(
                {
                    "kind": e.kind.value,
                    "countries": list(e.countries),
                    "sources": sorted(f"{s.article}/{s.record}" for s in e.sources),
                },
                sort_keys=True,
            )
            for e in corpus.events()
        )


class TestKilledIngest:
    def test_sigkill_then_resume(self, many, tmp_path):
        """Killed mid-way, the file holds whole articles; a second run finishes the rest."""
        source, total = many
        db = tmp_path / "killed.sqlite"
        command = [sys.executable, "-m", "bilateral", "corpus", "ingest", str(source)]
        process = subprocess.Popen(
            [*command, "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while _count(db) < 20 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert process.poll() is None, "the ingest ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

        with sqlite3.connect(db) as connection:
            assert "ok" == connection.execute("PRAGMA integrity_check").fetchone()[0]
            stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            # Every stored article has all of its records, and no record lacks its article.
            orphans = connection.execute(
                "SELECT count(*) FROM items WHERE article NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
        assert 20 <= stored < total
        assert 0 == orphans
        killed_items = _items(db)

        finished = subprocess.run(
            [*command, "--db", str(db)], capture_output=True, text=True, timeout=300
        )
        assert 0 == finished.returncode, finished.stderr
        assert total == _count(db)

        fresh = tmp_path / "fresh.sqlite"
        assert 0 == main(["corpus", "ingest", str(source), "--db", str(fresh)])
        assert _events(fresh) == _events(db)
        # The articles stored before the kill had all their records, as a whole run gives.
        whole = _items(fresh)
        assert {a: whole[a] for a in killed_items} == killed_items
