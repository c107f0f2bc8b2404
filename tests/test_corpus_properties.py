"""Properties of bilateral.corpus.consolidate: order-independent and idempotent."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import Article, Country, Meeting, Office, Official, Report, Role, Visit
from bilateral.corpus import consolidate
from bilateral.strategies import reports

NAMES = ("Retno Marsudi", "RETNO L.P. MARSUDI", "Sugiono", "Anwar Ibrahim")
HOMES = {"Retno Marsudi": "IDN", "RETNO L.P. MARSUDI": "IDN", "Sugiono": "IDN"}
DAYS = st.dates(min_value=dt.date(2024, 5, 1), max_value=dt.date(2024, 6, 15))


@st.composite
def visit_reports(draw):
    """Reports of a few visits among a few countries, on nearby days, often undated."""
    name = draw(st.sampled_from(NAMES))
    home = HOMES.get(name, "MYS")
    host = draw(st.sampled_from([c for c in ("IDN", "MYS", "VNM") if c != home]))
    published = draw(DAYS)
    start = draw(st.none() | st.just(published - dt.timedelta(days=draw(st.integers(0, 4)))))
    official = Official(
        id="o1",
        name=name,
        roles=[Role(office=Office.FOREIGN_MINISTER, title="FM", party=Country(home))],
    )
    visit = Visit(
        id="v1", visitor="o1", origin=Country(home), destination=Country(host), start=start
    )
    meetings = []
    if draw(st.booleans()):
        meetings.append(Meeting(id="m1", participants=["o1"], date=start, place=None))
    return Report(
        article=Article(
            text=f"{name} {host} {start} {draw(st.integers(0, 3))}",
            language=draw(st.sampled_from(["en", "id", "ms"])),
            published=published,
        ),
        officials=[official],
        visits=[visit],
        meetings=meetings,
    )


class TestConsolidateProperties:
    @settings(max_examples=60)
    @given(st.lists(visit_reports(), max_size=8), st.randoms())
    def test_order_independent_and_idempotent(self, corpus, random):
        """Shuffling the reports or giving some twice does not change the consolidation."""
        shuffled = list(corpus)
        random.shuffle(shuffled)

        once = consolidate(corpus)

        assert once == consolidate(shuffled + corpus[: len(corpus) // 2])

    @settings(max_examples=30)
    @given(st.lists(reports(max_records=2), max_size=4))
    def test_every_record_kept_once(self, corpus):
        """Each source appears in exactly one event, for any reports the strategies build."""
        events = consolidate(corpus).events

        keys = [s.key for e in events for s in e.sources]
        assert len(keys) == len(set(keys))
        assert consolidate(corpus) == consolidate(corpus[::-1] + corpus)
