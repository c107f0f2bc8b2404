"""The terminal summary and the HTML page of a report (without a browser; see test_browser)."""

import datetime
import html.parser
import io
import json
import pathlib
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import parse
from bilateral.cli import main
from bilateral.render import describe, summary, to_html
from bilateral.serialise.json import dumps

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"
FOUNDING = SEEDS / "000_id_larijani-pakistan.txt"

FOUNDING_SUMMARY = """\
Larijani di Pakistan: Pesan Ayatullah Khamenei hingga Pertemuan dengan Para Pemimpin Utama
id · published 2025-11-26 · 6,919 characters · 5 officials, 1 visit, 3 meetings, 2 agreements, \
1 target, 2 statements

Officials (5)
  o1  Ali Larijani      IRN  security council secretary  Sekretaris Dewan Keamanan Nasional Tertinggi
  o2  Ali Khamenei      IRN  supreme leader              Pemimpin Revolusi Islam
  o3  Asif Ali Zardari  PAK  head of state               Presiden
  o4  Ayaz Sadiq        PAK  speaker of parliament       Ketua Majelis Nasional
  o5  Ishaq Dar         PAK  deputy head of government   Wakil Perdana Menteri
                        PAK  foreign minister            Menteri Luar Negeri

Visits (1)
  v1  Ali Larijani (IRN)  → Pakistan (PAK)  Islamabad  2025-11-25

Meetings (3)
  m1  2025-11-25  Ali Larijani + Asif Ali Zardari  Islamabad (PAK)  5 topics
  m2  2025-11-25  Ali Larijani + Ayaz Sadiq        Islamabad (PAK)  4 topics
  m3  2025-11-25  Ali Larijani + Ishaq Dar         Islamabad (PAK)  5 topics

Agreements (2)
  a1  consensus, agreed, IRN–PAK, 2025-11-25: 1 point
  a2  consensus, agreed, IRN–PAK, 2025-11-25: 4 points

Targets (1)
  t1  bilateral trade USD 10 billion a year, IRN–PAK, stated by Ali Larijani

Statements (2)
  s1  reported, Ali Khamenei: “pesan khusus dari Ayatullah Sayyed Ali Khamenei, Pemimpin R…”
  s2  quote, Ali Larijani: “Saya menyampaikan salam Pemimpin Revolusi Islam Iran kepada…”
"""


@pytest.fixture(scope="module")
def founding():
    text = FOUNDING.read_text(encoding="utf-8")
    return parse(text, published=datetime.date(2025, 11, 26))


class _Page(html.parser.HTMLParser):
    """Collect the article's text, its marks, the cards and every tag of a rendered page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.article = []
        self.marks = []  # (records, evidence numbers, text)
        self.cards = []
        self._in_article = False
        self._mark = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if attrs.get("id") == "article":
            self._in_article = True
        elif tag == "mark" and self._in_article:
            self._mark = [attrs["data-records"].split(), attrs["data-evidence"].split(), ""]
        elif tag == "button":
            self.cards.append(attrs["data-record"])

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append(tuple(self._mark))
            self._mark = None
        elif tag == "pre":
            self._in_article = False

    def handle_data(self, data):
        if self._in_article:
            self.article.append(data)
            if self._mark is not None:
                self._mark[2] += data


def _read(page):
    reader = _Page()
    reader.feed(page)
    reader.close()
    return reader


class TestSummary:
    def test_founding_article(self, founding):
        """The summary of the founding article, line for line."""
        assert summary(founding) == FOUNDING_SUMMARY

    def test_meeting_without_topics(self):
        """A meeting with no topics shows no topic count."""
        report = parse(
            "Menlu Retno Marsudi bertemu Menlu Vietnam Bui Thanh Son di Hanoi, Kamis (25/4).",
            language="id",
            published="2024-04-26",
        )
        assert summary(report).splitlines()[-1] == (
            "  m1  2024-04-25  Retno Marsudi + Bui Thanh Son  Hanoi (VNM)"
        )

    def test_empty_report(self):
        """A text with no records says so in its heading line."""
        report = parse("Hujan turun sepanjang hari di Jakarta.", language="id")
        assert summary(report) == "id · 38 characters · no records\n"

    @pytest.mark.parametrize(
        ("text", "language", "kind", "line"),
        [
            (
                "Menlu Retno Marsudi tiba di Hanoi, Vietnam, Kamis (25/4).",
                "id",
                "visits",
                "Retno Marsudi (IDN) visited Vietnam (VNM), Hanoi, from 2024-04-25",
            ),
            (
                "Indonesia dan Vietnam menandatangani 12 nota kesepahaman di Hanoi, Kamis (25/4).",
                "id",
                "agreements",
                "12 × mou, signed, IDN–VNM, 2024-04-25",
            ),
            (
                "Malaysia and Vietnam aim for bilateral trade of US$18 billion a year by 2025.",
                "en",
                "targets",
                "bilateral trade USD 18 billion a year by 2025, MYS–VNM",
            ),
        ],
    )
    def test_describe(self, text, language, kind, line):
        """One English line per record, whatever the article's language."""
        report = parse(text, language=language, published="2024-04-26")
        assert describe(report, getattr(report, kind)[0]) == line


class TestHtml:
    def test_every_evidence_span_is_marked(self, founding):
        """Each evidence span's characters are exactly the marks that carry its number."""
        page = _read(to_html(founding))
        spans = [(r.id, e) for r in founding.records() for e in r.evidence]
        text = founding.article.text
        for number, (record_id, evidence) in enumerate(spans):
            pieces = [m for m in page.marks if str(number) in m[1]]
            assert "".join(m[2] for m in pieces) == text[evidence.start : evidence.end]
            assert all(record_id in m[0] for m in pieces)
        assert {n for m in page.marks for n in m[1]} == {str(n) for n in range(len(spans))}

    def test_article_text_kept_whole(self, founding):
        """The page shows the article's text exactly, and one card per record."""
        page = _read(to_html(founding))
        assert "".join(page.article) == founding.article.text
        assert page.cards == [r.id for r in founding.records()]

    def test_self_contained(self, founding):
        """Nothing is loaded from elsewhere: no src or href attribute, no @import."""
        page = to_html(founding)
        for needle in (" src=", " href=", "@import", "http://", "https://"):
            assert needle not in page

    def test_hostile_text_is_escaped(self):
        """Markup in the article is shown as characters; the page has only its own two scripts."""
        text = (
            'Menlu Retno tiba di Hanoi. <script>alert("x")</script></pre></body> '
            "<img src=x onerror=alert(1)> & done"
        )
        page = to_html(parse(text, language="id"))
        reader = _read(page)
        assert "".join(reader.article) == text
        assert reader.tags.count("script") == 2
        assert "img" not in reader.tags

    @given(st.text(max_size=300))
    def test_any_text_is_inert(self, text):
        """For any article text, the page shows it exactly and adds no tag of its own."""
        report = parse(text, language="en")
        reader = _read(to_html(report))
        assert "".join(reader.article) == text
        assert reader.tags.count("script") == 2


class TestCommandLine:
    def test_summary_format(self, capsys):
        """`parse --format summary` prints the summary."""
        args = ["parse", str(FOUNDING), "--published", "2025-11-26", "--format", "summary"]
        assert main(args) == 0
        assert capsys.readouterr().out == FOUNDING_SUMMARY

    def test_terminal_gets_the_summary(self, capsys, monkeypatch):
        """Without --format, a terminal gets the summary."""
        out = io.StringIO()
        out.isatty = lambda: True
        monkeypatch.setattr(sys, "stdout", out)
        assert main(["parse", str(FOUNDING), "--published", "2025-11-26"]) == 0
        assert out.getvalue() == FOUNDING_SUMMARY

    def test_pipe_gets_json(self, capsys):
        """Without --format, a pipe gets the JSON document as before."""
        assert main(["parse", str(FOUNDING), "--published", "2025-11-26"]) == 0
        assert json.loads(capsys.readouterr().out)["schema"] == "bilateral/1"

    def test_render_article(self, tmp_path, founding):
        """`render ARTICLE -o page.html` writes the page of the article's report."""
        out = tmp_path / "page.html"
        args = ["render", str(FOUNDING), "--published", "2025-11-26", "-o", str(out)]
        assert main(args) == 0
        assert out.read_text(encoding="utf-8") == to_html(founding)

    def test_render_report(self, tmp_path, capsys, founding):
        """`render REPORT.json` shows a report already parsed, on standard output."""
        report = tmp_path / "report.json"
        report.write_text(dumps(founding), encoding="utf-8")
        assert main(["render", str(report)]) == 0
        assert capsys.readouterr().out == to_html(founding)

    def test_render_missing(self, capsys):
        """A missing file is one line on standard error."""
        assert main(["render", "no/such.json"]) == 1
        assert capsys.readouterr().err == "bilateral: error: no/such.json: no such file\n"
