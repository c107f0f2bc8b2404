"""
Sphinx configuration of the bilateral documentation.

Build with ``sphinx-build -n -W -b html docs docs/_build/html``,
and run the examples with ``sphinx-build -n -W -b doctest docs docs/_build/doctest``.
"""

from __future__ import annotations

import doctest
import os
import sys
from importlib.metadata import version as _version
from pathlib import Path

# The local extension (directives that render the schema and the vocabularies from the code).
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

# -- Project ------------------------------------------------------------------

project = "bilateral"
author = "The bilateral developers"
copyright = "2026, The bilateral developers"
release = _version("bilateral")
version = ".".join(release.split(".")[:2])

# -- General ------------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "myst_parser",
    "bilateral_docs",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
# realnews-figures.md and benchmark-figures.md are included by the accuracy and performance
# pages, not pages of their own.
exclude_patterns = [
    "_build",
    "Thumbs.db",
    ".DS_Store",
    "explanation/realnews-figures.md",
    "explanation/benchmark-figures.md",
    "explanation/corpus-figures.md",
]
language = "en"

# Every warning is an error in CI (-W), and every reference must resolve (-n).
nitpicky = True

# -- Cross-references to other projects ---------------------------------------
#
# The build machine and CI have no internet access, so intersphinx cannot download the
# other projects' inventories there.
# Offline (the default), the mapping is empty and references to the standard library and
# to attrs, cattrs, Hypothesis and dateutil are rendered as plain text instead of links.
# Set BILATERAL_DOCS_ONLINE=1 (on Read the Docs, say) to turn them into links.
if os.environ.get("BILATERAL_DOCS_ONLINE") == "1":
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
        "cattrs": ("https://catt.rs/en/stable/", None),
        "hypothesis": ("https://hypothesis.readthedocs.io/en/latest/", None),
        "dateutil": ("https://dateutil.readthedocs.io/en/stable/", None),
    }
else:
    intersphinx_mapping = {}
intersphinx_timeout = 10

# Offline, the references above cannot resolve, and nitpicky mode would fail the build on
# each of them.
# So unresolved references are forgiven for *external* targets only: the standard library,
# the built-in exceptions and types, and the libraries bilateral builds on.
# Nothing under ``bilateral.`` is ever listed here: a broken reference to our own API is a
# real bug in a docstring or a page, and must fail the build.
# Online, intersphinx resolves these targets before this list is consulted, so it only
# forgives the few external names that their projects do not document.
# The local extension resolves the re-exported names (``bilateral.Report`` is documented as
# ``bilateral.model.Report``) and shows private type variables (``_T``) unlinked; it checks
# that each such target really exists, so neither is a way round a broken reference.
_EXTERNAL_MODULES = (
    "datetime",
    "decimal",
    "collections",
    "collections.abc",
    "typing",
    "types",
    "attrs",
    "attr",
    "cattrs",
    "hypothesis",
    "enum",
    "re",
    "json",
    "importlib",
    "dateutil",
    "pycountry",
    "jsonschema",
    "pathlib",
    "os",
    "io",
    "pandas",
)
_BUILTINS = (
    "ValueError",
    "LookupError",
    "UnicodeError",
    "Exception",
    "KeyError",
    "TypeError",
    "AttributeError",
    "str",
    "int",
    "bool",
    "float",
    "bytes",
    "dict",
    "list",
    "tuple",
    "type",
    "object",
)
_external = "|".join(m.replace(".", r"\.") for m in _EXTERNAL_MODULES)
nitpick_ignore_regex = [
    (r"py:(class|exc|func|meth|attr|mod|data|obj)", rf"({_external})(\..+)?"),
    (r"py:(class|exc|func|obj)", "|".join(_BUILTINS)),
]

# -- Markdown (MyST) ----------------------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- API reference (autodoc, napoleon) ----------------------------------------

autodoc_typehints = "description"
autodoc_member_order = "bysource"

napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- Examples (doctest) -------------------------------------------------------

# Exceptions are compared in full, message included: Sphinx's default flags ignore the
# message (IGNORE_EXCEPTION_DETAIL), which would let every documented error message go stale.
doctest_default_flags = doctest.ELLIPSIS | doctest.DONT_ACCEPT_TRUE_FOR_1

# Hypothesis examples in the docs run derandomised and without an example database, so
# that two builds of the same sources do the same thing and leave no files behind.
# The doctest builder runs the examples in the folder sphinx-build was started from, which
# may be any folder; examples that read files of the repository (the articles in seeds/,
# the example lexicon next to its guide) find them from _REPOSITORY and _DOCS instead.
_DOCS = Path(__file__).resolve().parent
doctest_global_setup = f"""
from hypothesis import settings as _settings
_settings.register_profile("bilateral-docs", derandomize=True, database=None, deadline=None)
_settings.load_profile("bilateral-docs")

from pathlib import Path as _Path
_DOCS = _Path({str(_DOCS)!r})
_REPOSITORY = _DOCS.parent
"""

# -- HTML ---------------------------------------------------------------------

html_theme = "furo"
html_title = f"bilateral {release}"
