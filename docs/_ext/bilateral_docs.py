"""
A small Sphinx extension that renders parts of the bilateral documentation from the code.

Directives:

``bilateral-schema``
    The JSON Schema of the report document, as :func:`bilateral.json_schema` returns it.
``bilateral-vocabulary``
    A table of one closed vocabulary (an enum of :mod:`bilateral.model`): value, member, meaning.
``bilateral-organisations``
    A table of :data:`bilateral.ORGANISATIONS`.
``bilateral-lexicon-keys``
    A table of the keys a lexicon file may hold (:data:`bilateral.lexicons.LEXICON_KEYS`):
    list or table, what a table's sub-keys are, and what each key means.
``bilateral-lexicon-meta``
    A table of the keys of a lexicon file's ``[meta]`` table.
``bilateral-languages``
    A table of the languages that have a lexicon, read from the lexicon files.
``bilateral-evaluation PATH``
    What ``bilateral evaluate PATH`` prints, run when the page is built.
``bilateral-recogniser-cases KIND``
    What a recogniser reads, from its test corpus (``tests/recognisers/corpus_KIND.py``): one
    table per section of the corpus, each case's text and the reading the tests pin, then the
    corpus's known gaps. ``:per-section: N`` keeps the first N cases of each section.

Like the vocabulary tables, the lexicon tables fail the build when a key has no description
here or a description names no key, so that the pages cannot fall behind the code.

It also tidies what autodoc shows of the model: attrs classes get their real signature
(``Visit(*, id, visitor, origin=None, ...)`` rather than ``NOTHING`` placeholders), their
fields appear once (as constructor parameters, not again as undocumented slots), and
exceptions lose the meaningless "Return type: None" of their ``__init__``.

Finally, it resolves references to the names that :mod:`bilateral` and its packages re-export
(``bilateral.Report``, ``bilateral.to_json``, ``bilateral.recognisers.find_dates``) to the place
where autodoc documents them (``bilateral.model.Report``, ``bilateral.serialise.json.dumps``,
``bilateral.recognisers.dates.find_dates``).
"""

from __future__ import annotations

import ast
import contextlib
import enum
import importlib
import importlib.util
import io
import json
import re
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs
from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

import bilateral

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment
    from sphinx.util.typing import ExtensionMetadata

    from bilateral.lexicons import Lexicon

__all__ = [
    "LEXICON_KEY_MEANINGS",
    "LEXICON_SUB_KEYS",
    "MEANINGS",
    "META_MEANINGS",
    "setup",
]

#: One short line per value of each closed vocabulary, keyed by enum name and then by value.
#: A value missing here (or a value here that the enum lacks) fails the docs build.
MEANINGS: dict[str, dict[str, str]] = {
    "Office": {
        "head_of_state": "The head of state, such as an elected president.",
        "head_of_government": "The head of government, such as a prime minister or chancellor.",
        "deputy_head_of_government": "A deputy prime minister or other deputy head of government.",
        "vice_president": "A vice-president.",
        "supreme_leader": "A supreme leader, the highest authority above an elected president.",
        "monarch": "A reigning king, queen, emir, sultan or other monarch.",
        "crown_prince": "The heir to a throne.",
        "foreign_minister": "The minister for foreign affairs.",
        "deputy_foreign_minister": "A deputy foreign minister or state secretary for foreign affairs.",
        "defence_minister": "The minister of defence.",
        "interior_minister": "The minister of the interior or of home affairs.",
        "finance_minister": "The minister of finance, or a treasurer.",
        "trade_minister": "The minister of trade or commerce.",
        "economy_minister": "The minister of the economy or of economic affairs.",
        "energy_minister": "The minister of energy, oil or mineral resources.",
        "other_minister": "Any other minister.",
        "speaker_of_parliament": "The presiding officer of a parliament or of one of its chambers.",
        "member_of_parliament": "A member of a parliament or other legislature.",
        "security_council_secretary": "The secretary of a national security council.",
        "national_security_adviser": "A national security adviser.",
        "ambassador": "An ambassador, or another head of a diplomatic mission.",
        "envoy": "A special envoy or special representative.",
        "military_chief": "The chief of the armed forces, of the general staff or of one service.",
        "central_bank_governor": "The governor of a central bank.",
        "spokesperson": "A spokesperson of a government, ministry or organisation.",
        "secretary_general": "The secretary-general of an organisation.",
        "head_of_organisation": "The head of an organisation under another title.",
        "other": "Any other office.",
    },
    "AgreementKind": {
        "mou": "A memorandum of understanding.",
        "treaty": "A treaty.",
        "agreement": "An agreement, accord or protocol that is neither a treaty nor an MoU.",
        "joint_statement": "A joint statement or joint communiqué.",
        "declaration": "A declaration adopted by the parties.",
        "consensus": "Agreement reached without any document being signed.",
    },
    "AgreementStatus": {
        "proposed": "Proposed or under negotiation, not yet agreed.",
        "agreed": "Agreed on, but not yet signed.",
        "signed": "Signed.",
        "ratified": "Ratified, but not yet in force.",
        "in_force": "In force.",
    },
    "TargetMetric": {
        "bilateral_trade": "The total value or volume of trade between the parties.",
        "investment": "Investment by one party in another.",
        "exports": "Exports from one party to another.",
        "imports": "Imports by one party from another.",
        "tourism": "Tourist arrivals or tourism revenue.",
        "other": "Anything else a target counts.",
    },
    "Period": {
        "per_year": "The amount is a yearly figure.",
        "none": "The amount is a total, not a rate.",
    },
    "StatementKind": {
        "quote": "Words quoted directly.",
        "reported": "A message reported in indirect speech.",
    },
}


def _table(
    headers: Sequence[str], widths: Sequence[int], rows: Sequence[Sequence[nodes.Node]]
) -> nodes.table:
    """
    Build a docutils table with a header row and one row per item of *rows*.

    *widths* are relative column widths, used by the text and LaTeX builders.
    """
    table = nodes.table(classes=["bilateral-table"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += _row([nodes.Text(h) for h in headers])
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += _row(cells)
    group += body
    return table


def _row(cells: Sequence[nodes.Node]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        entry += nodes.paragraph("", "", cell)
        row += entry
    return row


def _xref(reftype: str, target: str, text: str) -> addnodes.pending_xref:
    """
    A Python cross-reference to *target*, shown as the literal *text*.
    """
    return addnodes.pending_xref(
        "",
        nodes.literal(text, text),
        refdomain="py",
        reftype=reftype,
        reftarget=target,
        refexplicit=True,
    )


class SchemaDirective(SphinxDirective):
    """
    Insert the report document's JSON Schema as a JSON literal block.
    """

    has_content = False
    required_arguments = 0

    def run(self) -> list[nodes.Node]:
        """
        Render :func:`bilateral.json_schema` with the same indentation as ``to_json(..., indent=2)``.
        """
        text = json.dumps(bilateral.json_schema(), indent=2, ensure_ascii=False)
        block = nodes.literal_block(text, text, language="json")
        self.set_source_info(block)
        return [block]


class VocabularyDirective(SphinxDirective):
    """
    Insert a table of one closed vocabulary: value, member name and meaning.
    """

    has_content = False
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """
        Render the enum named by the argument, checking that every value has a meaning.
        """
        name = self.arguments[0]
        kind = getattr(bilateral, name, None)
        meanings = MEANINGS.get(name)
        if not (isinstance(kind, type) and issubclass(kind, enum.Enum)) or meanings is None:
            choices = ", ".join(MEANINGS)
            raise self.error(f"{name!r} is not a vocabulary of bilateral (one of: {choices})")
        values = [str(member.value) for member in kind]
        missing = [v for v in values if v not in meanings]
        stale = [v for v in meanings if v not in values]
        if missing or stale:
            raise self.error(
                f"MEANINGS[{name!r}] in {__name__} is out of date: "
                f"values without a meaning {missing}, meanings without a value {stale}"
            )
        rows = [
            [
                nodes.literal(str(member.value), str(member.value)),
                _xref(
                    "attr",
                    f"{kind.__module__}.{kind.__qualname__}.{member.name}",
                    f"{name}.{member.name}",
                ),
                nodes.Text(meanings[str(member.value)]),
            ]
            for member in kind
        ]
        table = _table(["Value", "Member", "Meaning"], [25, 35, 60], rows)
        self.set_source_info(table)
        return [table]


class OrganisationsDirective(SphinxDirective):
    """
    Insert a table of the organisations a party may be: acronym and English name.
    """

    has_content = False
    required_arguments = 0

    def run(self) -> list[nodes.Node]:
        """
        Render :data:`bilateral.ORGANISATIONS` in acronym order.
        """
        rows = [
            [nodes.literal(acronym, acronym), nodes.Text(name)]
            for acronym, name in sorted(bilateral.ORGANISATIONS.items())
        ]
        table = _table(["Acronym", "Name"], [12, 70], rows)
        self.set_source_info(table)
        return [table]


#: One short line per key of a lexicon file (:data:`bilateral.lexicons.LEXICON_KEYS`).
#: A key missing here (or a key here that the lexicons do not accept) fails the docs build.
LEXICON_KEY_MEANINGS: dict[str, str] = {
    "language.markers": (
        "Frequent words of the language; language detection counts them in a text."
    ),
    "sentences.abbreviations": (
        "Abbreviations whose full stop does not end a sentence (`Dr.`, `Jl.`, `U.S.`)."
    ),
    "sentences.bullets": "Characters that mark a list item at the start of a line (`•`, `-`).",
    "countries.names": (
        "The press's names of countries, on top of the ISO 3166 and CLDR names "
        "(`Tiongkok`, `Britain`)."
    ),
    "countries.demonyms": (
        "Adjectives of nationality (`Iranian`); before a title they give the office's country."
    ),
    "countries.abbreviations": (
        "Press abbreviations of country names (`RI`, `AS`, `UK`), matched only as written."
    ),
    "countries.not": (
        "Phrases that hold a country's name without meaning the country (`South China Sea`, "
        "`Amerika Latin`), so that the name inside them is not taken."
    ),
    "organisations.names": "Names and acronyms of international organisations (`PBB`, `ASEAN`).",
    "places.prepositions": (
        "Prepositions of place (`di`, `in`): with capitalised words, a comma and a country's "
        "name after them (`di Luang Prabang, Laos`), a place the gazetteer lacks."
    ),
    "places.exclude": (
        "Gazetteer names that are ordinary words in the language (`Solo`, `Reading`): "
        "never a place or a capital."
    ),
    "places.extra": "Places the gazetteer lacks (`Putrajaya`), with their country.",
    "dates.months": "Month names and abbreviations on top of CLDR's (`Agt`, `Sept`).",
    "dates.weekdays": "Weekday names on top of CLDR's (`Jum'at`, `Ahad`).",
    "dates.today": "Words for the day of publication (`hari ini`, `today`).",
    "dates.yesterday": "Words for the day before publication (`kemarin`, `yesterday`).",
    "dates.tomorrow": "Words for the day after publication (`besok`, `tomorrow`).",
    "dates.range": "Words between the two ends of a date range (`hingga`, `to`).",
    "dates.range_start": (
        "Words that may open a date range, kept in its mention (`dari`, `from`)."
    ),
    "dates.year_markers": (
        "Words before a bare year that make it a date (`hingga 2030`, `by 2030`); "
        "a year without one is not taken."
    ),
    "dates.weekday_markers": "Words before a weekday, kept in its mention (`pada hari`, `on`).",
    "dates.since": (
        "Words after which a date in the same clause is what something has lasted since "
        "(`sejak`, `since`), never an event's date."
    ),
    "dates.parts_of_day": "Words after a weekday, kept in its mention (`pagi`, `morning`).",
    "dates.days": (
        "Words for a day in a length of time (`tiga hari`, `two-day`), which gives a visit its end."
    ),
    "dates.day_before_yesterday": (
        "Words for two days before publication (`kemarin lusa`, `day before yesterday`)."
    ),
    "dates.day_after_tomorrow": (
        "Words for two days after publication (`lusa`, `day after tomorrow`)."
    ),
    "dates.day_units": (
        "Units of days in an offset from publication (`tiga hari lalu`, `in 10 days`)."
    ),
    "dates.week_units": "Units of weeks in an offset (`dua minggu lalu`, `three weeks ago`).",
    "dates.month_units": (
        "Units of months in an offset (`4 bln lalu`, `six months from now`); the date is a month."
    ),
    "dates.year_units": (
        "Units of years in an offset (`5 tahun lalu`, `two years ago`); the date is a year."
    ),
    "dates.one": (
        "Words for one before a unit of time, written apart or joined to it "
        "(`a week ago`, `seminggu yang lalu`)."
    ),
    "dates.ago": "Words after a length of time that put it before publication (`lalu`, `ago`).",
    "dates.hence": (
        "Words after a length of time that put it after publication (`lagi`, `from now`, `time`)."
    ),
    "dates.from_today": (
        "Words after a length of time that count it from the day of publication, to the day "
        "(`3 years from today`)."
    ),
    "dates.within": (
        "Words before a length of time that put it after publication (`dalam 10 hari`, "
        "`in a week`), read only at the end of a clause."
    ),
    "dates.in_period": (
        "Words earlier in the clause that make `in`/`dalam` and a length of time a span, not a "
        "date (`first visit in 11 years`, `naik 14 persen dalam sembilan bulan`)."
    ),
    "dates.last_period": (
        "Phrases for the week, month or year before that of publication (`bulan lalu`, "
        "`last year`); a week gives no date, but is no weekday either (`Minggu lalu`)."
    ),
    "dates.this_period": (
        "Phrases for the week, month or year of publication (`tahun ini`, `this month`)."
    ),
    "dates.next_period": (
        "Phrases for the week, month or year after that of publication (`bulan depan`, "
        "`next year`)."
    ),
    "dates.some": (
        "Words for an unstated number before a unit of time (`beberapa`, `several`): "
        "`beberapa tahun lalu` is no last year."
    ),
    "dates.last_weekday": (
        "Words beside a weekday that make it the one before the publication day (`lalu`, `last`)."
    ),
    "dates.next_weekday": (
        "Words beside a weekday that make it the one after the publication day (`depan`, `next`)."
    ),
    "dates.capitalised_only": (
        "Month and weekday names that are ordinary words in lower case (`may`, `march`, `minggu`); "
        "in lower case they are read only beside a year, or a day that closes the clause."
    ),
    "dates.of": "Words between a day and its month, or a month and its year (`4th of July`).",
    "dates.the": "Words before a day after its month (`February the 15th`).",
    "dates.ordinals": (
        "Ordinal numbers of the days of a month in order, the first for 1 "
        "(`first`, `second`, ... `thirty-first`)."
    ),
    "numbers.scales": "Scale words that multiply the number before them (`miliar`, `billion`).",
    "numbers.words": (
        "Numbers written as words (`lima`, `five`), used to count instruments (`five MoUs`)."
    ),
    "amounts.currencies": "Currency codes, symbols and names (`Rp`, `US$`, `ringgit`).",
    "amounts.units": "Units of quantities (`ton`, `barrels`), with the unit they stand for.",
    "amounts.per_year": (
        "Phrases after an amount that make it a yearly figure (`per tahun`, `a year`)."
    ),
    "officials.offices": (
        "Titles of office (`Menlu`, `Prime Minister`), each under the office it names."
    ),
    "officials.honorifics": (
        "Titles of address written before a name and kept apart from it (`Datuk Seri`, `Dr.`)."
    ),
    "officials.name_particles": "Lower-case words inside names (`bin`, `van`, `al`).",
    "officials.joiners": (
        "Words that join two titles of one person (`dan`, `and`, `&`), and the last item "
        "of a list of topics."
    ),
    "officials.possessives": (
        "Possessive endings that tie a country to the title after it (`Pakistan's`)."
    ),
    "officials.to": (
        "Words between an ambassador's country and the country of posting "
        "(`Duta Besar Indonesia untuk Pakistan`), which is no part of a name."
    ),
    "officials.of": (
        "Words between a title and its country (`Minister of Foreign Affairs of Iran`)."
    ),
    "officials.determiners": (
        "Articles that may stand before a title or its country (`the`, `sang`)."
    ),
    "officials.not_names": (
        "Capitalised words that are never part of a name (`Menteri`, `The`, weekdays, agencies)."
    ),
    "agreements.also": (
        "Words telling instruments in addition to those told just before (`also`, `juga`, "
        "`pula`): signed right after a total, they are not among its instruments."
    ),
    "agreements.several": (
        "Words marking several instruments (`beberapa`, `several`): followed by a list of three "
        "or more subjects (`beberapa MoU dalam bidang A, B dan C`), one instrument per subject."
    ),
    "events.visit": "Nouns and verbs of visiting (`kunjungan`, `visit`).",
    "events.arrive": (
        "Phrases of arrival or travel followed by the destination (`tiba di`, `arrived in`)."
    ),
    "events.host": (
        "Verbs of hosting, host before and guest after (`menerima kunjungan`, `hosted`)."
    ),
    "events.hosted_by": (
        "Passive hosting, guest before and host after (`diterima oleh`, `was received by`)."
    ),
    "events.wish": (
        "Words of `events.plan` that tell a hope or a wish (`berharap`, `hopes to`): a visit "
        "after them is no visit, where a plan or a schedule (`akan`, `will`) is one."
    ),
    "events.plan": "Words that make a visit a plan rather than a fact (`rencana`, `will`).",
    "events.meeting": "Verbs and nouns of meeting (`bertemu dengan`, `held talks with`).",
    "events.sign": "Verbs of signing (`menandatangani`, `signed`).",
    "events.consensus": (
        "Phrases of agreement without a signature (`sepakat bahwa`, `agreed that`)."
    ),
    "events.target": "Words that announce a goal (`target`, `aims to`, `raise`).",
    "events.topics": "Verbs that introduce what a meeting discussed (`membahas`, `discussed`).",
    "events.virtual": (
        "Words of a meeting held at a distance (`secara virtual`, `by video link`, `secara dalam "
        "talian`): talks no one travelled for, so they imply no visit."
    ),
    "events.say": "Verbs of saying, which attribute a quote (`kata`, `said`).",
    "events.message": (
        "Nouns of a message passed on for someone (`pesan`, `letter`): a reported statement."
    ),
    "events.baseline": "Phrases that mark a figure as the present one (`saat ini`, `currently`).",
    "events.both_sides": (
        "Phrases for the two parties together (`kedua pihak`, `both sides`), which tie "
        "a sentence to the meeting before it."
    ),
    "events.about": "Words before an agreement's subject (`tentang`, `on`).",
    "events.from": (
        "The word before the sender of a message or the country of an official (`dari`, `from`)."
    ),
    "events.raise": (
        "Verbs of raising a figure (`meningkatkan`, `raise`); they open a target only in a "
        "sentence that plans or agrees it, or gives a deadline."
    ),
    "events.accompany": (
        "Words before officials who accompany another (`didampingi`, `accompanied by`): they "
        "are of that official's side and not principals of a meeting."
    ),
    "events.witness": (
        "Words before officials who witness a signing (`disaksikan`, `witnessed by`); two sides "
        "witnessing together have met."
    ),
    "events.end_visit": (
        "Verbs that end a visit (`mengakhiri`, `concluded`): the day given is the visit's last."
    ),
    "events.forecast": (
        "Words of forecasts (`diperkirakan`, `expect`): a figure forecast is no target."
    ),
    "events.invite": (
        "Words of inviting (`mengundang`, `invited`): a visit one is invited to make is none."
    ),
    "events.in_force": (
        "Phrases saying an instrument is in force (`berlaku sejak`, `entered into force`)."
    ),
    "agreements.kinds": (
        "Names of instruments (`nota kesepahaman`, `MoU`, `treaty`), each under its kind."
    ),
    "targets.metrics": (
        "What a target counts (`perdagangan bilateral`, `investment`), each under its metric."
    ),
    "countries.words": (
        "Country names of one word that are also ordinary words (`turkey`, `jordan`): matched "
        "only in their own case, where other names match in any case."
    ),
    "countries.ambiguous": (
        "Forms that can also mean the country they are listed under (`Congo` under COD): a "
        "mention of them lists every meaning in its `candidates`."
    ),
    "countries.styles": (
        "Styles of a country's long form written before its name (`Republik Demokratik`, "
        "`Kingdom of`), taken into the country's mention."
    ),
    "amounts.equivalent": (
        "Words between an amount and its restatement in another currency (`atau setara`, "
        "`or about`); a restatement is no target of its own."
    ),
    "amounts.annual": (
        "Adjectives of a yearly figure written before its metric (`tahunan`, `annual`)."
    ),
    "amounts.subunits": (
        "The sub-units of a currency, hundredths written after its amount (`sen`, `cents`): "
        "`20 ringgit and 43 sen` is 20.43 ringgit."
    ),
    "amounts.word_names": (
        "Currency names that are common words too (`pound`, `won`): never read after a "
        "spelled-out number, as in `two pounds of rice`."
    ),
    "amounts.code_words": (
        "ISO 4217 codes that are also words written in capitals (`ALL`, `TOP`): currencies only "
        "where a language's `amounts.currencies` lists them."
    ),
    "officials.portfolios": (
        "Words of ministry portfolios (`Pendidikan`, `Culture`): part of a minister's title, "
        "never of a name; lower-case forms link them (`bidang`)."
    ),
    "officials.pronouns": (
        "Personal pronouns (`Beliau`, `She`) that stand for the official named first in the "
        "sentence before."
    ),
    "officials.possessive_pronouns": (
        "Possessive pronouns that make a visit someone's (`his visit`, `lawatan beliau`): the "
        "visit of the official named before, even where the sentence names no destination."
    ),
    "officials.counterparts": (
        "Words naming someone as the counterpart of another official (`rakan sejawatnya`, "
        "`counterpart`): they take that official's office and the other side."
    ),
    "officials.known": (
        "Well-known office holders by country (base file): the country of an official the "
        "article leaves unqualified."
    ),
    "officials.known_offices": (
        "The office each well-known office holder is best known for (base file), under that "
        "office: the role of a known name written without a title."
    ),
    "officials.short_names": (
        "Short names of well-known office holders (base file), under the full name "
        "(`Jokowi` under `Joko Widodo`): both in one article are one person."
    ),
    "officials.royal_styles": (
        "Royal styles kept in a name (`Sultan`, `Tengku`), before it and inside it."
    ),
    "officials.name_suffixes": "Name suffixes written with a full stop (`Jr`).",
    "officials.capacity": (
        "Words between a name and the title it holds (`sebagai`, `selaku`): `Erick Thohir "
        "sebagai Menko Marves` is the minister."
    ),
    "officials.plurals": (
        "Words before a title that make it several people (`kedua menlu`, `both ministers`): "
        "such a title names no one holder."
    ),
    "officials.demonstratives": (
        "Words that point back at a country named before (`tersebut`, `berkenaan`): in "
        "`Presiden negara tersebut, Dr. Arif Alvi` the name follows the comma and the country "
        "comes from the article."
    ),
    "officials.former": (
        "Words of a past office (`mantan`, `former`): a known holder named with one near is "
        "given no office from the table."
    ),
    "officials.prepositions": (
        "Prepositions of place (`di`, `in`): a country after one is a place, not the country of "
        "the title that follows."
    ),
    "officials.portfolio_offices": (
        "The portfolio word that gives a generic minister's title its office (`Foreign`, "
        "`Pertahanan`), under that office."
    ),
}

#: For each table key of a lexicon file: what its sub-keys are, and sub-keys to check that by.
#: When the lexicons accept a closed set of sub-keys, the second item must list exactly that
#: set (in the order to show it); otherwise each item must be accepted, as examples.
LEXICON_SUB_KEYS: dict[str, tuple[str, tuple[str, ...]]] = {
    "countries.names": ("An ISO 3166-1 alpha-3 code, such as", ("IRN", "PAK")),
    "countries.demonyms": ("An ISO 3166-1 alpha-3 code, such as", ("IRN",)),
    "countries.abbreviations": ("An ISO 3166-1 alpha-3 code, such as", ("IDN",)),
    "countries.ambiguous": ("The ISO 3166-1 alpha-3 code of the other meaning, such as", ("COD",)),
    "amounts.subunits": ("An ISO 4217 currency code, such as", ("MYR",)),
    "organisations.names": ("An acronym of the organisations list, such as", ("UN", "ASEAN")),
    "places.extra": ("The ISO 3166-1 alpha-3 code of the place's country, such as", ("MYS",)),
    "dates.months": (
        "The month's English name in lower case, one of",
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
    ),
    "dates.weekdays": (
        "The weekday's English name in lower case, one of",
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ),
    "numbers.scales": ("The multiplier as a quoted positive integer, such as", ("1000000000",)),
    "numbers.words": ("The number as a quoted positive integer, such as", ("5",)),
    "amounts.currencies": ("An ISO 4217 currency code in capitals, such as", ("USD", "IDR")),
    "amounts.units": (
        "The unit as written into a quantity: lower-case letters and underscores, such as",
        ("tonne", "barrel"),
    ),
    "officials.offices": ("A value of the office vocabulary, such as", ("foreign_minister",)),
    "officials.portfolio_offices": (
        "A value of the office vocabulary, such as",
        ("foreign_minister", "defence_minister"),
    ),
    "officials.known": ("An ISO 3166-1 alpha-3 code, such as", ("IND", "MYS")),
    "officials.short_names": ("A full name, such as", ("Joko Widodo",)),
    "officials.known_offices": (
        "A value of the office vocabulary, such as",
        ("head_of_state", "head_of_government"),
    ),
    "agreements.kinds": (
        "A kind of agreement other than consensus, one of",
        ("mou", "treaty", "agreement", "joint_statement", "declaration"),
    ),
    "targets.metrics": (
        "A target metric, one of",
        ("bilateral_trade", "investment", "exports", "imports", "tourism", "other"),
    ),
}

#: One short line per key of a lexicon file's ``[meta]`` table.
META_MEANINGS: dict[str, str] = {
    "code": "Required. The ISO 639-1 code of the language; it must match the file name.",
    "name": "Required. The language's English name.",
    "locale": (
        "Required. The CLDR locale that month, weekday, country and currency names come from."
    ),
    "day_first": "Whether `5/11/2025` is 5 November (`true`, the default) or May 11 (`false`).",
    "decimal": "The decimal mark of numbers (default `.`).",
    "group": "The thousands separator of numbers (default `,`).",
    "home": (
        "The ISO 3166-1 alpha-3 code of the country whose press writes in the language; "
        "officials whose country the text does not give are taken to be its own (no default)."
    ),
}

_META_TYPES = {str: "string", bool: "boolean"}


def _package_dependencies(directive: SphinxDirective, *patterns: str) -> None:
    """
    Rebuild the page when a file of the installed package that matches *patterns* changes.
    """
    root = Path(bilateral.__file__).parent
    for pattern in patterns:
        for path in sorted(root.glob(pattern)):
            directive.env.note_dependency(str(path))


def _check_lexicon_meanings() -> list[str]:
    """
    Return the ways :data:`LEXICON_KEY_MEANINGS` and :data:`LEXICON_SUB_KEYS` are out of date.
    """
    from bilateral.lexicons import LEXICON_KEYS

    problems = []
    missing = [k for k in LEXICON_KEYS if k not in LEXICON_KEY_MEANINGS]
    stale = [k for k in LEXICON_KEY_MEANINGS if k not in LEXICON_KEYS]
    if missing or stale:
        problems.append(
            f"LEXICON_KEY_MEANINGS: keys without a meaning {missing}, meanings without a key {stale}"
        )
    tables = [k for k, check in LEXICON_KEYS.items() if check is not None]
    missing = [k for k in tables if k not in LEXICON_SUB_KEYS]
    stale = [k for k in LEXICON_SUB_KEYS if k not in tables]
    if missing or stale:
        problems.append(
            f"LEXICON_SUB_KEYS: table keys without sub-keys {missing}, "
            f"sub-keys of no table key {stale}"
        )
    for key, (_, examples) in LEXICON_SUB_KEYS.items():
        check = LEXICON_KEYS.get(key)
        if check is None:
            continue
        allowed = getattr(check, "__self__", None)
        if isinstance(allowed, frozenset) and set(examples) != allowed:
            problems.append(f"LEXICON_SUB_KEYS[{key!r}] must list exactly {sorted(allowed)}")
        refused = [e for e in examples if not check(e)]
        if refused:
            problems.append(f"LEXICON_SUB_KEYS[{key!r}]: the lexicons refuse {refused}")
        if check("not a sub-key"):
            problems.append(f"LEXICON_SUB_KEYS[{key!r}]: the lexicons accept any sub-key")
    return problems


def _literals(values: Sequence[str], joiner: str = ", ") -> list[nodes.Node]:
    out: list[nodes.Node] = []
    for number, value in enumerate(values):
        if number:
            out.append(nodes.Text(joiner))
        out.append(nodes.literal(value, value))
    return out


def _inline(text: str) -> list[nodes.Node]:
    """
    Turn the backquoted words of a meaning into literals.
    """
    out: list[nodes.Node] = []
    for number, part in enumerate(text.split("`")):
        if part:
            out.append(nodes.literal(part, part) if number % 2 else nodes.Text(part))
    return out


class LexiconKeysDirective(SphinxDirective):
    """
    Insert a table of the keys a lexicon file may hold: key, value and meaning.
    """

    has_content = False
    required_arguments = 0

    def run(self) -> list[nodes.Node]:
        """
        Render :data:`bilateral.lexicons.LEXICON_KEYS`, checking that every key has a meaning.
        """
        from bilateral.lexicons import LEXICON_KEYS

        problems = _check_lexicon_meanings()
        if problems:
            raise self.error(f"{__name__} is out of date: " + "; ".join(problems))
        _package_dependencies(self, "lexicons/__init__.py")
        rows = []
        for key, check in LEXICON_KEYS.items():
            value: list[nodes.Node]
            if check is None:
                value = [nodes.Text("A list of forms.")]
            else:
                text, examples = LEXICON_SUB_KEYS[key]
                value = [
                    nodes.Text(
                        f"A table of lists of forms; each sub-key is {text[:1].lower()}{text[1:]} "
                    )
                ]
                value += [*_literals(examples), nodes.Text(".")]
            rows.append(
                [
                    nodes.literal(key, key),
                    nodes.inline("", "", *value),
                    nodes.inline("", "", *_inline(LEXICON_KEY_MEANINGS[key])),
                ]
            )
        table = _table(["Key", "Value", "Meaning"], [25, 40, 50], rows)
        self.set_source_info(table)
        return [table]


class LexiconMetaDirective(SphinxDirective):
    """
    Insert a table of the keys of a lexicon file's ``[meta]`` table: key, type and meaning.
    """

    has_content = False
    required_arguments = 0

    def run(self) -> list[nodes.Node]:
        """
        Render the ``[meta]`` keys that :func:`bilateral.lexicons.read_lexicon` accepts.
        """
        from bilateral import lexicons

        accepted = getattr(lexicons, "_META_KEYS", None)
        if not isinstance(accepted, dict):
            raise self.error(f"{__name__}: bilateral.lexicons no longer has _META_KEYS")
        missing = [k for k in accepted if k not in META_MEANINGS]
        stale = [k for k in META_MEANINGS if k not in accepted]
        if missing or stale:
            raise self.error(
                f"META_MEANINGS in {__name__} is out of date: "
                f"keys without a meaning {missing}, meanings without a key {stale}"
            )
        _package_dependencies(self, "lexicons/__init__.py")
        rows = [
            [
                nodes.literal(key, key),
                nodes.Text(_META_TYPES.get(kind, kind.__name__)),
                nodes.inline("", "", *_inline(META_MEANINGS[key])),
            ]
            for key, kind in accepted.items()
        ]
        table = _table(["Key", "Type", "Meaning"], [12, 10, 70], rows)
        self.set_source_info(table)
        return [table]


def _count(lexicon: Lexicon, prefix: str) -> int:
    """
    Count the forms of every key of *lexicon* that starts with *prefix*, lists and tables.
    """
    lists = sum(len(forms) for key, forms in lexicon.lists.items() if key.startswith(prefix))
    tables = sum(
        len(forms)
        for key, table in lexicon.tables.items()
        if key.startswith(prefix)
        for forms in table.values()
    )
    return lists + tables


def _number_sample(lexicon: Lexicon) -> str:
    """
    The number 1500000.5 written with the language's marks, such as ``1,500,000.5``.
    """
    return f"1{lexicon.group}500{lexicon.group}000{lexicon.decimal}5"


class LanguagesDirective(SphinxDirective):
    """
    Insert a table of the languages that have a lexicon, read from the lexicon files.
    """

    has_content = False
    required_arguments = 0

    def run(self) -> list[nodes.Node]:
        """
        Render one row per language of :func:`bilateral.lexicons.available_languages`.
        """
        from bilateral.lexicons import available_languages, load_lexicon

        _package_dependencies(self, "lexicons/*.toml", "lexicons/__init__.py")
        rows = []
        for code in available_languages():
            lexicon = load_lexicon(code)
            offices = lexicon.table("officials.offices")
            home = nodes.Text("none")
            if lexicon.home is not None:
                name = bilateral.Country(lexicon.home).name
                home = nodes.inline("", "", nodes.literal(lexicon.home, lexicon.home))
                home += nodes.Text(f" ({name})")
            rows.append(
                [
                    nodes.literal(code, code),
                    nodes.Text(lexicon.name),
                    nodes.literal(lexicon.locale, lexicon.locale),
                    nodes.Text("day first" if lexicon.day_first else "month first"),
                    nodes.literal(_number_sample(lexicon), _number_sample(lexicon)),
                    home,
                    nodes.Text(f"{_count(lexicon, 'officials.offices')} ({len(offices)} offices)"),
                    nodes.Text(str(_count(lexicon, "events."))),
                    nodes.Text(str(_count(lexicon, "countries."))),
                    nodes.Text(str(_count(lexicon, "language.markers"))),
                ]
            )
        headers = [
            "Code",
            "Language",
            "CLDR locale",
            "Numeric dates",
            "Numbers",
            "Home country",
            "Office titles",
            "Event triggers",
            "Country forms",
            "Markers",
        ]
        table = _table(headers, [6, 10, 7, 9, 12, 16, 12, 8, 8, 8], rows)
        self.set_source_info(table)
        return [table]


class EvaluationDirective(SphinxDirective):
    """
    Run ``bilateral evaluate PATH`` and insert what it prints as a literal block.

    PATH is relative to the page, like the argument of ``literalinclude``.
    """

    has_content = False
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """
        Score the parser on the development set now, so that the figures are never stale.
        """
        from bilateral.cli import main

        relative, absolute = self.env.relfn2path(self.arguments[0])
        folder = Path(absolute)
        if not folder.is_dir():
            raise self.error(f"{relative}: no such folder")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["evaluate", str(folder)])
        if status != 0:
            raise self.error(f"bilateral evaluate {relative} failed ({status}): {err.getvalue()}")
        for path in sorted(folder.iterdir()):
            if path.is_file():
                self.env.note_dependency(str(path))
        _package_dependencies(self, "**/*.py", "lexicons/*.toml", "lexicons/*.tsv")
        text = out.getvalue().rstrip("\n")
        block = nodes.literal_block(text, text, language="text")
        self.set_source_info(block)
        return [block]


# The public modules that autodoc documents, in the order the API reference shows them.
_DOCUMENTED_MODULES = (
    "bilateral.model",
    "bilateral.errors",
    "bilateral.serialise",
    "bilateral.serialise.json",
    "bilateral.strategies",
    "bilateral.typing",
)


def _candidates(package: types.ModuleType, name: str) -> list[str]:
    """
    The names under which autodoc may document ``<package>.<name>``, best first.
    """
    obj = getattr(package, name)
    found: list[str] = []
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if isinstance(module, str) and isinstance(qualname, str):
        found.append(f"{module}.{qualname}")
    for module_name in _DOCUMENTED_MODULES:
        module_obj = importlib.import_module(module_name)
        for attribute in (name, getattr(obj, "__name__", name)):
            if getattr(module_obj, attribute, None) is obj:
                found.append(f"{module_name}.{attribute}")
    return found


def _exporter(target: str) -> tuple[types.ModuleType, str, str] | None:
    """
    Split *target* into the bilateral package that exports a name, the name, and the rest.

    ``bilateral.Report.sentences`` gives :mod:`bilateral`, ``"Report"`` and ``"sentences"``;
    ``bilateral.recognisers.find_dates`` gives :mod:`bilateral.recognisers` and
    ``"find_dates"``.
    Only a name listed in the package's ``__all__`` counts.
    """
    parts = target.split(".")
    if parts[0] != "bilateral":
        return None
    for cut in range(len(parts) - 1, 0, -1):
        try:
            package = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        name = parts[cut]
        if name in getattr(package, "__all__", ()):
            return package, name, ".".join(parts[cut + 1 :])
        return None
    return None


def _resolve_reexport(
    app: Sphinx, env: BuildEnvironment, node: addnodes.pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    """
    Resolve ``bilateral.<name>[.<attribute>]`` through the module that documents *name*.

    Users import everything from :mod:`bilateral`, so docstrings and pages say
    ``bilateral.Report``; autodoc documents the class once, as ``bilateral.model.Report``.
    The same goes for the packages that gather their submodules' names, such as
    ``bilateral.recognisers.find_dates`` (documented as ``bilateral.recognisers.dates.find_dates``).
    Only names in a package's ``__all__`` are redirected: anything else stays unresolved,
    and nitpicky mode reports it.
    """
    if node.get("refdomain") != "py":
        return None
    found = _exporter(str(node.get("reftarget", "")))
    if found is None:
        return None
    package, head, tail = found
    domain = env.get_domain("py")
    builder = app.builder
    for candidate in _candidates(package, head):
        full = f"{candidate}.{tail}" if tail else candidate
        resolved = domain.resolve_xref(
            env, node["refdoc"], builder, node["reftype"], full, node, contnode
        )
        if resolved is not None:
            return resolved
    return None


def _plain_type_variable(
    app: Sphinx, env: BuildEnvironment, node: addnodes.pending_xref, contnode: nodes.TextElement
) -> nodes.TextElement | None:
    """
    Show a private type variable of bilateral (``_T`` in a signature) as plain text.

    autodoc turns ``type[_T]`` into a reference to ``bilateral.serialise.json._T``; a type
    variable is a placeholder, not an API object, so it is shown without a link.
    Only objects that really are :class:`typing.TypeVar` instances are let through.
    """
    if node.get("refdomain") != "py":
        return None
    target = str(node.get("reftarget", ""))
    module_name, _, attribute = target.rpartition(".")
    if not module_name.startswith("bilateral"):
        return None
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    if isinstance(getattr(module, attribute, None), TypeVar):
        return contnode
    return None


def _default(field: attrs.Attribute[Any]) -> str | None:
    """
    The default of an attrs field as it would be written in a call, or ``None`` if it has none.
    """
    default = field.default
    if default is attrs.NOTHING:
        return None
    # attrs.Factory(tuple), written as factory=tuple: show the empty value it makes.
    factory = getattr(default, "factory", None)
    if factory is not None:
        return repr(factory()) if factory in (tuple, list, dict) else "..."
    if isinstance(default, enum.Enum):
        return f"{type(default).__name__}.{default.name}"
    return repr(default)


def _attrs_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str] | None:
    """
    Give an attrs class the signature its users write: keyword-only marker and real defaults.
    """
    if what not in ("class", "exception") or not isinstance(obj, type) or not attrs.has(obj):
        return None
    parts: list[str] = []
    star = False
    for field in attrs.fields(obj):
        if not field.init:
            continue
        if field.kw_only and not star:
            parts.append("*")
            star = True
        argument = field.alias or field.name
        default = _default(field)
        parts.append(argument if default is None else f"{argument}={default}")
    return f"({', '.join(parts)})", return_annotation or ""


def _skip_attrs_fields(
    app: Sphinx, what: str, name: str, obj: object, skip: bool, options: object
) -> bool | None:
    """
    Skip the slots of attrs fields: the class signature already lists them, with their types.
    """
    if what != "class" or not isinstance(obj, types.MemberDescriptorType):
        return None
    owner = obj.__objclass__
    if attrs.has(owner) and name in attrs.fields_dict(owner):
        return True
    return None


def _drop_exception_rtype(
    app: Sphinx, domain: str, objtype: str, content: addnodes.desc_content
) -> None:
    """
    Remove the "Return type: None" that autodoc adds to exceptions from their ``__init__``.
    """
    if domain != "py" or objtype != "exception":
        return
    for field in list(content.findall(nodes.field)):
        name = field.next_node(nodes.field_name)
        body = field.next_node(nodes.field_body)
        if (
            name is not None
            and name.astext() == "rtype"
            and body is not None
            and body.astext() == "None"
        ):
            field_list = field.parent
            field_list.remove(field)
            if not field_list.children:
                field_list.parent.remove(field_list)


_CORPORA = Path(__file__).resolve().parents[2] / "tests" / "recognisers"
_SECTION = re.compile(r"^\s*# -- (?P<title>.+?)\s*-*\s*$")


def _corpus_sections(kind: str) -> tuple[list[tuple[str, list[Any]]], list[Any]]:
    """
    The cases of ``corpus_<kind>.py`` grouped by its ``# -- title ---`` comments, and its gaps.

    The corpus is a test module: it is loaded from its file, and its sections are read from the
    source, each case belonging to the last section comment above it.
    """
    path = _CORPORA / f"corpus_{kind}.py"
    spec = importlib.util.spec_from_file_location(f"_bilateral_corpus_{kind}", path)
    if spec is None or spec.loader is None:
        raise ValueError(f"no corpus at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines: list[int] = []
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(target, ast.Name) and target.id == "CASES":
            if not isinstance(node.value, ast.List):
                raise ValueError(f"{path}: CASES is not a literal list")
            lines = [element.lineno for element in node.value.elts]
    headers = [
        (number, match["title"])
        for number, line in enumerate(source.splitlines(), 1)
        if (match := _SECTION.match(line))
    ]
    cases = list(module.CASES)
    if len(lines) != len(cases):
        raise ValueError(f"{path}: CASES is not a literal list")
    sections: list[tuple[str, list[Any]]] = []
    for line, case in zip(lines, cases, strict=True):
        title = "General"
        for number, name in headers:
            if number < line:
                title = name
        if not sections or sections[-1][0] != title:
            sections.append((title, []))
        sections[-1][1].append(case)
    return sections, list(getattr(module, "KNOWN_GAPS", []))


def _reading(kind: str, case: Sequence[Any]) -> tuple[str, str]:
    """The text of one corpus case and, in words, what the recogniser reads in it."""
    text = case[1]
    if kind == "dates":
        published, expected = case[2], case[3]
        shown = f"{text} (published {published})" if published else text
        found = [f"“{m}” → {value or 'no fixed date'}" for m, _, value in expected]
        return shown, "; ".join(found) or "nothing"
    expected = case[2]
    if kind == "languages":
        return text, str(expected)
    if kind == "sentences":
        items = sum(len(i) for _, i in expected)
        found = f"{len(expected)} sentence{'s' * (len(expected) != 1)}"
        return text, found + (f", {items} list item{'s' * (items != 1)}" if items else "")
    if kind == "officials":
        persons = expected[0]
        found = []
        for name, roles in persons:
            offices = ", ".join(f"{o}" + (f" ({party})" if party else "") for o, party in roles)
            found.append(f"{name}: {offices}" if offices else name)
        return text, "; ".join(found) or "nothing"
    if kind == "amounts":
        found = [f"“{m}” → {value} {code}" for m, value, code in expected]
    elif kind == "places":
        found = [f"“{m}” → {name} ({country})" for m, name, country in expected]
    else:
        found = [f"“{m}” → {code}" for m, code in expected]
    return text, "; ".join(found) or "nothing"


class RecogniserCasesDirective(SphinxDirective):
    """
    Insert what a recogniser reads, section by section of its test corpus.
    """

    has_content = False
    required_arguments = 1
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "per-section": directives.nonnegative_int
    }

    def run(self) -> list[nodes.Node]:
        """
        Render each section of ``tests/recognisers/corpus_<kind>.py`` as a table.
        """
        kind = self.arguments[0]
        try:
            sections, gaps = _corpus_sections(kind)
        except (OSError, ValueError) as error:
            raise self.error(f"bilateral-recogniser-cases {kind}: {error}") from error
        self.env.note_dependency(str(_CORPORA / f"corpus_{kind}.py"))
        limit = self.options.get("per-section")
        out: list[nodes.Node] = []
        parts = [("", title, cases) for title, cases in sections]
        if gaps:
            parts.append(("gaps", "Known gaps: read wrongly today (the right reading)", gaps))
        for tag, title, cases in parts:
            shown = cases if limit is None or tag else cases[:limit]
            more = len(cases) - len(shown)
            heading = f"{title} ({len(cases)} case{'s' * (len(cases) != 1)}"
            heading += f", {len(shown)} shown)" if more else ")"
            out.append(nodes.rubric(heading, heading))
            rows = []
            for case in shown:
                text, found = _reading(kind, case)
                rows.append([nodes.literal(case[0], case[0]), nodes.Text(text), nodes.Text(found)])
            table = _table(["Language", "Text", "Reads"], [10, 55, 45], rows)
            self.set_source_info(table)
            out.append(table)
        return out


def setup(app: Sphinx) -> ExtensionMetadata:
    """
    Register the directives and the reference resolvers.
    """
    app.add_directive("bilateral-schema", SchemaDirective)
    app.add_directive("bilateral-vocabulary", VocabularyDirective)
    app.add_directive("bilateral-organisations", OrganisationsDirective)
    app.add_directive("bilateral-lexicon-keys", LexiconKeysDirective)
    app.add_directive("bilateral-lexicon-meta", LexiconMetaDirective)
    app.add_directive("bilateral-languages", LanguagesDirective)
    app.add_directive("bilateral-evaluation", EvaluationDirective)
    app.add_directive("bilateral-recogniser-cases", RecogniserCasesDirective)
    app.connect("missing-reference", _resolve_reexport)
    app.connect("missing-reference", _plain_type_variable)
    app.connect("autodoc-process-signature", _attrs_signature)
    app.connect("autodoc-skip-member", _skip_attrs_fields)
    # After autodoc's own handler (priority 500), which adds the field.
    app.connect("object-description-transform", _drop_exception_rtype, priority=600)
    return {
        "version": bilateral.__version__,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
