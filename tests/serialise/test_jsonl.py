import codecs
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import Article, FormatError, Official, Report, to_json
from bilateral import strategies as bs
from bilateral.serialise.jsonl import dumps, loads, read_reports, write_reports

CORPORA = st.lists(bs.reports(max_records=2), max_size=3)

# A corpus costs several reports: a quarter of the profile's examples keeps the suite fast,
# and the "ci" profile still runs more of them.
CORPUS_SETTINGS = settings(max_examples=max(10, settings().max_examples // 4))

EMPTY = '{"schema":"bilateral/1","article":{"text":"","language":"und"}}'


def _report(text, name="Ali Larijani"):
    return Report(
        article=Article(text=text, language="en"), officials=[Official(id="o1", name=name)]
    )


class TestRoundTrip:
    @CORPUS_SETTINGS
    @given(CORPORA)
    def test_text_round_trip(self, reports):
        """loads(dumps(x)) == x exactly, and each line is the JSON document of its report."""
        text = dumps(reports)

        assert reports == loads(text)
        assert [to_json(report) for report in reports] == text.split("\n")[:-1]

    @CORPUS_SETTINGS
    @given(CORPORA)
    def test_file_round_trip(self, reports):
        """Reports written to a path read back equal, and the writer counts them."""
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "corpus.jsonl"
            count = write_reports(reports, path)

            assert (len(reports), reports) == (count, list(read_reports(path)))

    @pytest.mark.parametrize(
        "text",
        ["a\u2028b", "a\u2029b", "a\x85b", "a\rb", "a\r\nb", "a\x0bb\x0cc", "a\x00b", "\ufeffa"],
    )
    def test_line_breaks_inside_text(self, text):
        """Characters that other tools take for line breaks stay inside their report."""
        reports = [_report(text), _report("next")]
        written = dumps(reports)

        assert (2, reports) == (written.count("\n"), loads(written))

    def test_utf8_file(self, tmp_path):
        """A file is UTF-8 with "\\n" line ends and non-ASCII text written as is."""
        path = tmp_path / "corpus.jsonl"
        write_reports([_report("اسلام آباد 伊斯兰堡")], path)

        expected = (to_json(_report("اسلام آباد 伊斯兰堡")) + "\n").encode("utf-8")

        assert expected == path.read_bytes()

    def test_empty_corpus(self, tmp_path):
        """No reports make an empty file, which reads as no reports."""
        path = tmp_path / "corpus.jsonl"

        assert (0, b"", []) == (write_reports([], path), path.read_bytes(), loads(""))

    def test_crlf_and_bom(self, tmp_path):
        """Lines ended by "\\r\\n", and a byte-order mark at the start of a file, are read."""
        path = tmp_path / "corpus.jsonl"
        path.write_bytes(codecs.BOM_UTF8 + f"{EMPTY}\r\n{EMPTY}\r\n".encode())

        expected = [Report(article=Article(text="", language="und"))] * 2

        assert expected == list(read_reports(path))

    def test_open_file(self):
        """An open text file is written to and read from, and left open."""
        out = io.StringIO()
        write_reports([_report("one")], out)
        write_reports([_report("two")], out)
        out.seek(0)

        assert [_report("one"), _report("two")] == list(read_reports(out))
        assert not out.closed


class TestStreaming:
    def test_reader_reads_file_written_in_chunks(self, tmp_path):
        """A file appended to in several writes reads back as one corpus, in order."""
        path = tmp_path / "corpus.jsonl"
        chunks = [[_report(f"chunk {i}, report {j}") for j in range(3)] for i in range(4)]
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            for chunk in chunks:
                write_reports(iter(chunk), handle)

        expected = [report for chunk in chunks for report in chunk]

        assert expected == list(read_reports(path))

    def test_reader_is_lazy(self):
        """The reader takes a line only when the next report is asked for."""
        taken = []

        def lines():
            for i in range(3):
                taken.append(i)
                yield dumps([_report(f"report {i}")])

        reports = read_reports(lines())
        first = next(reports)

        assert (_report("report 0"), [0]) == (first, taken)

    def test_writer_is_lazy(self):
        """The writer writes each report before it takes the next one."""
        out = io.StringIO()
        seen = []

        def reports():
            for i in range(3):
                seen.append(out.getvalue().count("\n"))
                yield _report(f"report {i}")

        write_reports(reports(), out)

        assert [0, 1, 2] == seen

    def test_reports_before_bad_line_are_given(self):
        """The reports before a bad line are given out before the error is raised."""
        reports = read_reports(io.StringIO(f"{EMPTY}\n{{\n"))
        first = next(reports)

        assert Report(article=Article(text="", language="und")) == first
        with pytest.raises(FormatError):
            next(reports)


class TestMalformed:
    @pytest.mark.parametrize(
        ("text", "path", "reason"),
        [
            (
                f"{EMPTY}\n{EMPTY.replace('und', 'xx')}\n",
                "line 2: $.article.language",
                "'xx' is not an ISO 639-1 code (or 'und' for unknown)",
            ),
            (
                f"{EMPTY}\n{EMPTY}\n{EMPTY.replace('bilateral/1', 'bilateral/2')}",
                "line 3: $.schema",
                "unknown schema 'bilateral/2'; this version reads 'bilateral/1'",
            ),
            (
                f"{EMPTY}\n[1, 2]\n",
                "line 2: $",
                "expected an object, got an array",
            ),
            (
                f"{EMPTY}\n\n{EMPTY}\n",
                "line 2: $",
                "a blank line; only the end of the file may be blank",
            ),
            (
                f"\n \n{EMPTY}\n",
                "line 1: $",
                "a blank line; only the end of the file may be blank",
            ),
        ],
    )
    def test_error_names_line(self, text, path, reason):
        """A bad line raises FormatError whose path starts with its line number."""
        with pytest.raises(FormatError) as info:
            loads(text)

        assert (path, reason) == (info.value.path, info.value.reason)

    def test_not_json(self):
        """A line that is not JSON fails at its root, with the line number."""
        with pytest.raises(FormatError) as info:
            loads(f"{EMPTY}\n{EMPTY}\n{{'schema': 1}}\n")

        assert "line 3: $" == info.value.path
        assert info.value.reason.startswith("not valid JSON: ")

    def test_blank_lines_at_end(self):
        """Blank lines after the last report are allowed."""
        expected = [Report(article=Article(text="", language="und"))]

        assert expected == loads(f"{EMPTY}\n\n  \n\t\n")

    def test_path_error(self, tmp_path):
        """A bad line in a file names the line, as for text."""
        path = tmp_path / "corpus.jsonl"
        path.write_text(f"{EMPTY}\n{EMPTY}\n{EMPTY[:-1]}\n", encoding="utf-8")

        with pytest.raises(FormatError) as info:
            list(read_reports(path))

        assert "line 3: $" == info.value.path

    def test_not_a_report(self):
        """Writing something that is not a report is a TypeError naming its position."""
        with pytest.raises(TypeError, match=r"^item 1: expected Report, got Article$"):
            dumps([_report("x"), Article(text="", language="und")])
