"""Every name the benchmarks import from assessor exists: `make bench` is not run by CI, so a module moved in the
code would otherwise break it unseen (it did: load_default_pack left forms.loader for forms.installed)."""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _imports() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(BENCH.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "assessor":
                found += [(path.name, node.module, alias.name) for alias in node.names]
            elif isinstance(node, ast.Import):
                found += [(path.name, alias.name, "") for alias in node.names if alias.name.startswith("assessor")]
    return found


def test_the_benchmarks_import_something_of_assessor() -> None:
    assert len(_imports()) > 10


@pytest.mark.parametrize(("where", "module", "name"), _imports())
def test_each_name_a_benchmark_imports_exists(where: str, module: str, name: str) -> None:
    loaded = importlib.import_module(module)
    if name and not hasattr(loaded, name):  # a submodule not imported yet is found by its spec
        assert importlib.util.find_spec(f"{module}.{name}") is not None, f"{where}: {module} has no {name}"
