"""The layout stays easy to see: no import cycle, no package too large to find one's way in, no module named
like a standard-library one, and every spaCy component at the front of its package."""

from __future__ import annotations

import ast
import sys
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

import pressextract

ROOT = Path(pressextract.__file__).parent
MAX_MODULES = 15  # per package, its __init__ included


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The pressextract modules `path` imports at module level (type-only imports included: a module imports what
    it names), resolved to full names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = set()
    statements = list(tree.body)
    for node in tree.body:  # `if TYPE_CHECKING:` blocks
        if isinstance(node, ast.If):
            statements += node.body
    for node in statements:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.add(candidate if _exists(candidate) else target)
    return {name for name in found if _exists(name)}


def _exists(name: str) -> bool:
    path = ROOT.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_no_import_cycle() -> None:
    graph = {module_name(p): imports(p) - {module_name(p)} for p in ROOT.rglob("*.py")}
    for name, targets in graph.items():  # a package's __init__ importing its own modules is no cycle back
        graph[name] = {t for t in targets if not (name.endswith(".__init__") or t.startswith(name + "."))}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as error:
        pytest.fail(f"import cycle: {' → '.join(error.args[1])}")


@pytest.mark.parametrize("package", sorted({p.parent for p in ROOT.rglob("__init__.py")}), ids=lambda p: p.name)
def test_no_package_is_too_large(package: Path) -> None:
    modules = sorted(p.name for p in package.glob("*.py"))
    assert len(modules) <= MAX_MODULES, f"{package.relative_to(ROOT.parent)} has {len(modules)} modules: {modules}"


def test_no_module_is_named_like_a_standard_library_one() -> None:
    named = [p for p in ROOT.rglob("*") if (p.suffix == ".py" or (p / "__init__.py").is_file())
             and p.stem in sys.stdlib_module_names]
    assert named == []


@pytest.mark.parametrize("package", ["tagging", "measures", "dates", "entities", "facts"])
def test_each_component_is_at_the_front_of_its_package(package: str) -> None:
    import importlib

    module = importlib.import_module(f"pressextract.{package}")
    factories = [name for name in module.__all__ if name.startswith("make_")]
    assert factories and (ROOT / package / "component.py").is_file()
