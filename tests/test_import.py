import importlib.metadata
import subprocess
import sys

import bilateral


class TestPublicSurface:
    def test_all_names_exist(self):
        """Every name in __all__ is an attribute of the package."""
        missing = [name for name in bilateral.__all__ if not hasattr(bilateral, name)]

        assert missing == []

    def test_all_is_sorted(self):
        """__all__ is kept in isort order (constants, classes, functions), so diffs stay reviewable."""

        def key(name: str) -> tuple[bool, bool, str]:
            return (not name.isupper(), not name[0].isupper(), name)

        assert sorted(bilateral.__all__, key=key) == list(bilateral.__all__)

    def test_star_import(self):
        """A star import gives exactly the names of __all__."""
        namespace: dict[str, object] = {}
        exec("from bilateral import *", namespace)
        namespace.pop("__builtins__")

        assert set(bilateral.__all__) == set(namespace)

    def test_version(self):
        """__version__ is the installed distribution's version."""
        assert importlib.metadata.version("bilateral") == bilateral.__version__

    def test_unknown_attribute(self):
        """An unknown attribute raises AttributeError naming it."""
        try:
            bilateral.no_such_name  # noqa: B018
        except AttributeError as exc:
            assert "no_such_name" in str(exc)
        else:  # pragma: no cover
            raise AssertionError("no AttributeError")

    def test_import_is_cheap(self):
        """Importing bilateral reads no lexicon or gazetteer and imports neither Hypothesis nor babel."""
        code = (
            "import sys, bilateral, bilateral.lexicons as L; "
            "loaded = L.load_lexicon.cache_info().currsize + L.load_gazetteer.cache_info().currsize; "
            "print(sorted(m for m in sys.modules if m.startswith(('hypothesis', 'babel'))), loaded)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )

        assert out.stdout.strip() == "[] 0"

    def test_every_module_defines_all(self):
        """Every public module has a docstring and an __all__."""
        import pkgutil

        lacking = []
        for info in pkgutil.walk_packages(bilateral.__path__, "bilateral."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            if not module.__doc__ or not hasattr(module, "__all__"):
                lacking.append(info.name)

        assert lacking == []
