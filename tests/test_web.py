"""Articles from saved web pages (the bilateral[html] extra), on pages written by the team."""

import datetime
import pathlib
import sys

import pytest

from bilateral import parse
from bilateral.cli import main
from bilateral.errors import ExtraMissingError, PageError, ValidationError
from bilateral.serialise.json import dumps
from bilateral.web import extract_page, parse_html

PAGES = pathlib.Path(__file__).parent / "pages"

# What a reader sees as the article on each page: title, then the paragraphs, nothing else.
EXPECTED = {
    "id_news_site.html": (
        "Menlu Retno ke Hanoi, Bahas Ketahanan Pangan",
        datetime.date(2024, 4, 26),
        "https://kabar.example/2024/04/retno-hanoi",
        "Kabar Nusantara",
        [
            "Menlu Retno ke Hanoi, Bahas Ketahanan Pangan",
            "Menteri Luar Negeri Retno Marsudi tiba di Hanoi, Vietnam, pada Kamis (25/4) untuk "
            "kunjungan kerja selama dua hari.",
            "Di Hanoi, Retno bertemu dengan Menteri Luar Negeri Vietnam Bui Thanh Son.",
            "Kedua menteri sepakat menargetkan nilai perdagangan bilateral sebesar USD 18 miliar",
        ],
    ),
    "en_amp.html": (
        "Philippine, Japanese leaders agree to deepen maritime ties",
        datetime.date(2024, 7, 8),
        "https://harbourtimes.example/world/2024/07/08/philippines-japan-leaders",
        "Harbour Times",
        [
            "Philippine, Japanese leaders agree to deepen maritime ties",
            "MANILA - President Ferdinand Marcos Jr. received Japanese Prime Minister Fumio Kishida",
            "The two leaders held talks on maritime security",
            "Marcos said the partnership",
        ],
    ),
    "ms_no_date.html": (
        "Anwar terima kunjungan Presiden Vietnam",
        None,
        None,
        "Warta Semenanjung",
        [
            "Anwar terima kunjungan Presiden Vietnam",
            "PUTRAJAYA: Perdana Menteri Datuk Seri Anwar Ibrahim menerima kunjungan hormat",
            "Kedua-dua pemimpin berbincang mengenai kerjasama perdagangan",
            "Anwar berkata Malaysia dan Vietnam menyasarkan dagangan dua hala",
        ],
    ),
}

# Words of the navigation, bylines, related links, comments and footers: never in the text.
CHROME = [
    "Beranda",
    "Oleh",
    "Komentar",
    "mantap",
    "Berita terkait",
    "Hak cipta",
    "Menu",
    "By Carla",
    "More from World",
    "Copyright",
    "Utama |",
    "Kongsi",
    "Komen pembaca",
    "Bagus untuk",
]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extract_page(name):
    """Title, date, address and outlet from the page; the text is the title and paragraphs."""
    page = extract_page((PAGES / name).read_bytes())
    title, published, url, outlet, starts = EXPECTED[name]
    assert (page.title, page.published, page.url, page.outlet) == (title, published, url, outlet)
    lines = page.text.splitlines()
    assert len(lines) == len(starts) + (name == "id_news_site.html")
    for line, start in zip(lines, starts, strict=False):
        assert line.startswith(start)
    for word in CHROME:
        assert word not in page.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_same_records_as_the_text(name):
    """The page gives the same records as its text given directly, with the page's facts."""
    html = (PAGES / name).read_bytes()
    page = extract_page(html)
    from_page = parse_html(html)
    from_text = parse(page.text, published=page.published)
    assert from_page.article.text == page.text
    for kind in ("officials", "visits", "meetings", "agreements", "targets", "statements"):
        assert getattr(from_page, kind) == getattr(from_text, kind)
    assert (from_page.article.title, from_page.article.url, from_page.article.outlet) == (
        page.title,
        page.url,
        page.outlet,
    )


def test_page_records():
    """The Indonesian page: the visit, the meeting and the target, dated from the page."""
    report = parse_html((PAGES / "id_news_site.html").read_bytes())
    visit = report.visits[0]
    assert (str(visit.destination), str(visit.start), str(visit.end)) == (
        "VNM",
        "2024-04-25",
        "2024-04-26",
    )
    assert [o.name for o in report.officials] == ["Retno Marsudi", "Bui Thanh Son"]
    assert str(report.targets[0].amount.value) == "18000000000"


def test_arguments_win_over_the_page():
    """An explicit date and address win over the page's own."""
    report = parse_html(
        (PAGES / "id_news_site.html").read_bytes(),
        url="https://mirror.example/a",
        published="2024-04-27",
    )
    assert (report.article.url, str(report.article.published)) == (
        "https://mirror.example/a",
        "2024-04-27",
    )


def test_no_date_is_invented():
    """A page that states no date of its own gets none, even with a year in its body."""
    report = parse_html((PAGES / "ms_no_date.html").read_bytes())
    assert report.article.published is None


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("", "<html>: the page is empty"),
        ("   ", "<html>: the page is empty"),
        ("<html><head><title>Beranda</title></head><body></body></html>", "no article text"),
        ("<html><body><script>var a = 1;</script></body></html>", "no article text"),
    ],
)
def test_no_article(html, message):
    """A page with no article text is a PageError, not an empty report."""
    with pytest.raises(PageError, match=message):
        parse_html(html)


def test_not_html():
    with pytest.raises(ValidationError, match="expected str or bytes, got int"):
        parse_html(42)  # type: ignore[arg-type]


def test_without_the_extra(monkeypatch):
    """Without trafilatura, the error names the extra to install."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ExtraMissingError) as caught:
        parse_html("<p>x</p>")
    assert caught.value.extra == "html"
    assert str(caught.value) == (
        "reading web pages needs the 'html' extra: pip install 'bilateral[html]'"
    )


def test_command_line_reads_pages(capsys, tmp_path):
    """`bilateral parse page.html` gives the report of parse_html; folders include pages."""
    path = PAGES / "en_amp.html"
    assert main(["parse", str(path), "--format", "json", "--indent", "0"]) == 0
    assert capsys.readouterr().out == dumps(parse_html(path.read_bytes()), indent=0) + "\n"

    (tmp_path / "a.html").write_bytes(path.read_bytes())
    (tmp_path / "b.txt").write_text("The minister arrived in Hanoi.", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
