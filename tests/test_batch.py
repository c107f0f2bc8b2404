import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

from bilateral import ValidationError, parse
from bilateral.batch import ParseResult, parse_many

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"


def _articles() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


class TestParseMany:
    def test_same_as_parse_in_order(self):
        """Parallel results equal parse() on each article, in input order."""
        articles = _articles()
        results = list(parse_many(articles, workers=2))

        assert [name for name, _ in articles] == [r.source for r in results]
        assert [parse(text) for _, text in articles] == [r.report for r in results]

    def test_errors_do_not_stop_the_batch(self):
        """An article that raises is reported in place and the others still parse."""
        results = list(
            parse_many(["Menlu RI tiba di Jakarta.", b"bytes", "The minister arrived."], workers=1)
        )

        assert [r.ok for r in results] == [True, False, True]
        assert isinstance(results[1].error, ValidationError)
        assert str(results[1].error) == "parse.text: expected str, got bytes"

    def test_errors_cross_processes(self):
        """Errors raised in worker processes arrive intact, each with its own field."""
        results = list(parse_many(["x", 5], workers=2, published="2024-02-30"))

        assert [r.error.field for r in results] == ["parse.published", "parse.text"]

    @pytest.mark.parametrize("workers", [0, -1, 1.5, True, "2"])
    def test_bad_workers(self, workers):
        """A worker count that is not a positive integer is refused."""
        with pytest.raises(ValidationError, match="parse_many.workers"):
            list(parse_many(["x"], workers=workers))

    def test_generator_input(self):
        """A generator of texts is consumed lazily and numbered from zero."""
        results = list(parse_many((t for t in ["a", "b", "c"]), workers=2))

        assert [(r.source, r.index) for r in results] == [("0", 0), ("1", 1), ("2", 2)]

    def test_result_type(self):
        """Each result is a ParseResult."""
        (result,) = parse_many(["x"], workers=1)

        assert isinstance(result, ParseResult)
        assert result.error is None


def _corpus(folder: pathlib.Path, n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    names = []
    for i in range(n):
        path = folder / f"a{i:03d}.txt"
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        names.append(str(path))
    return names


def _lines(path: pathlib.Path) -> list[dict]:
    data = path.read_bytes()
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.splitlines()]


class TestResume:
    def test_torn_line_is_cut(self, tmp_path):
        """--resume removes a torn last line and writes each missing article once."""
        names = _corpus(tmp_path, 5)
        out = tmp_path / "out.jsonl"
        from bilateral.cli import main

        assert (
            main(["parse", *names[:3], "--format", "jsonl", "-o", str(out), "--workers", "1"]) == 0
        )
        with out.open("ab") as handle:
            handle.write(b'{"source": "half a li')
        assert (
            main(
                ["parse", *names, "--format", "jsonl", "-o", str(out), "--resume", "--workers", "1"]
            )
            == 0
        )

        assert names == [line["source"] for line in _lines(out)]

    def test_killed_run_resumes(self, tmp_path):
        """A run killed with SIGKILL at any moment and resumed has one valid line per file."""
        names = _corpus(tmp_path, 60)
        out = tmp_path / "out.jsonl"
        command = [
            sys.executable,
            "-m",
            "bilateral",
            "parse",
            str(tmp_path / "*.txt"),
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--workers",
            "2",
        ]
        for delay in (0.3, 0.8):
            process = subprocess.Popen(
                [*command, "--resume"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(delay)
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        subprocess.run(
            [*command, "--resume"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        lines = _lines(out)

        assert sorted(names) == sorted(line["source"] for line in lines)
        assert len(names) == len(lines)
        assert all(line["report"]["schema"] == "bilateral/1" for line in lines)

    def test_error_lines(self, tmp_path):
        """An undecodable file gets an error line, and the exit status is 1."""
        names = _corpus(tmp_path, 2)
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"\xff\xfe\xfa")
        out = tmp_path / "out.jsonl"
        from bilateral.cli import main

        assert (
            main(["parse", *names, str(bad), "--format", "jsonl", "-o", str(out), "--workers", "1"])
            == 1
        )
        lines = _lines(out)

        assert [line["error"]["type"] for line in lines if "error" in line] == ["DecodeError"]
        assert len(lines) == 3

    def test_resume_refuses_foreign_file(self, tmp_path, capsys):
        """--resume refuses to append to a file it did not write."""
        names = _corpus(tmp_path, 1)
        out = tmp_path / "out.jsonl"
        out.write_text("not json\n", encoding="utf-8")
        from bilateral.cli import main

        assert main(["parse", *names, "--format", "jsonl", "-o", str(out), "--resume"]) == 1
        assert "line 1 is not a line this command wrote" in capsys.readouterr().err


def _children(pid: int) -> set[int]:
    """The processes whose parent is *pid*, from /proc."""
    found = set()
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    """True while *pid* runs (a zombie that nobody reaps has finished)."""
    try:
        state = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _batch(tmp_path: pathlib.Path, n: int, **popen) -> tuple[subprocess.Popen, pathlib.Path]:
    _corpus(tmp_path, n)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "bilateral", "parse", str(tmp_path / "*.txt")]
    command += ["--format", "jsonl", "-o", str(out), "--workers", "2"]
    with (tmp_path / "stderr.txt").open("wb") as errors:  # a file: orphans cannot hold it open
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, **popen)
    return process, out


def _workers_of(process: subprocess.Popen, count: int) -> set[int]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = _children(process.pid)
        if len(children) >= count:
            return children
        time.sleep(0.05)
    raise AssertionError(f"the batch started {len(_children(process.pid))} workers, not {count}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
class TestWorkersEnd:
    def test_workers_die_with_a_killed_parent(self, tmp_path):
        """After SIGKILL of the batch, none of its workers lives more than a few seconds."""
        process, _ = _batch(tmp_path, 400)
        workers = _workers_of(process, 2)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.05)

        assert [w for w in workers if _alive(w)] == []

    def test_ctrl_c_stops_cleanly(self, tmp_path):
        """Ctrl-C (SIGINT to the whole group) ends the batch with 130, every line whole."""
        process, out = _batch(tmp_path, 400, start_new_session=True)
        workers = _workers_of(process, 2)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
            time.sleep(0.05)
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=30)
        lines = _lines(out)
        error = (tmp_path / "stderr.txt").read_text()

        assert process.returncode == 130
        assert error.strip().splitlines()[-1] == "bilateral: interrupted"
        assert 0 < len(lines) < 400
        assert all(line["report"]["schema"] == "bilateral/1" for line in lines)
        assert [w for w in workers if _alive(w)] == []
