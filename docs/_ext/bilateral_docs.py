"""
A small Sphinx extension that renders parts of the bilateral documentation from the code.

Directives:

``bilateral-schema``
    The JSON Schema of the report document, as :func:`bilateral.json_schema` returns it.
``bilateral-vocabulary``
    A table of one closed vocabulary (an enum of :mod:`bilateral.model`): value, member, meaning.
``bilateral-organisations``
    A table of :data:`bilateral.ORGANISATIONS`.

It also tidies what autodoc shows of the model: attrs classes get their real signature
(``Visit(*, id, visitor, origin=None, ...)`` rather than ``NOTHING`` placeholders), their
fields appear once (as constructor parameters, not again as undocumented slots), and
exceptions lose the meaningless "Return type: None" of their ``__init__``.

Finally, it resolves references to the names that :mod:`bilateral` re-exports
(``bilateral.Report``, ``bilateral.to_json``) to the place where autodoc documents them
(``bilateral.model.Report``, ``bilateral.serialise.json.dumps``).
"""

from __future__ import annotations

import enum
import importlib
import json
import types
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

import bilateral

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment
    from sphinx.util.typing import ExtensionMetadata

__all__ = ["MEANINGS", "setup"]

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


# The public modules that autodoc documents, in the order the API reference shows them.
_DOCUMENTED_MODULES = (
    "bilateral.model",
    "bilateral.errors",
    "bilateral.serialise",
    "bilateral.serialise.json",
    "bilateral.strategies",
    "bilateral.typing",
)


def _candidates(name: str) -> list[str]:
    """
    The names under which autodoc may document ``bilateral.<name>``, best first.
    """
    obj = getattr(bilateral, name)
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


def _resolve_reexport(
    app: Sphinx, env: BuildEnvironment, node: addnodes.pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    """
    Resolve ``bilateral.<name>[.<attribute>]`` through the module that documents *name*.

    Users import everything from :mod:`bilateral`, so docstrings and pages say
    ``bilateral.Report``; autodoc documents the class once, as ``bilateral.model.Report``.
    Only names in ``bilateral.__all__`` are redirected: anything else stays unresolved,
    and nitpicky mode reports it.
    """
    if node.get("refdomain") != "py":
        return None
    target = str(node.get("reftarget", ""))
    head, _, tail = target.removeprefix("bilateral.").partition(".")
    if not target.startswith("bilateral.") or head not in bilateral.__all__:
        return None
    domain = env.get_domain("py")
    builder = app.builder
    for candidate in _candidates(head):
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


def setup(app: Sphinx) -> ExtensionMetadata:
    """
    Register the directives and the reference resolvers.
    """
    app.add_directive("bilateral-schema", SchemaDirective)
    app.add_directive("bilateral-vocabulary", VocabularyDirective)
    app.add_directive("bilateral-organisations", OrganisationsDirective)
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
