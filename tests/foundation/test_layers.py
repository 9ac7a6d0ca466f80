"""The layer rules of DESIGN.md, checked over the code itself.

The import contracts live in pyproject.toml ([tool.importlinter]); import-linter builds the real
import graph. What an import graph cannot see (a screen handed a Store and querying it) is
checked here over the source: no SQL text and no store query calls in ui/, screens/ or widgets/.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRAWING = ["kiosk/ui", "kiosk/screens", "kiosk/widgets"]
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|BEGIN)\b", re.IGNORECASE)
STORE_CALLS = {"one", "query", "execute", "executemany", "transaction", "get_value", "set_value"}


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "BROKEN" not in result.stdout


def _drawing_modules() -> list[Path]:
    return sorted(p for folder in DRAWING for p in (ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _drawing_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_drawing_layers_hold_no_sql(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in STORE_CALLS
            and "store" in ast.unparse(node.func.value).lower()
        ):
            found.append(f"line {node.lineno}: {ast.unparse(node.func)}()")
    assert not found, f"{path.relative_to(ROOT)} talks to the database: " + "; ".join(found)


def test_the_contract_names_every_layer():
    """A new top-level package must be placed in a layer, or the contract silently ignores it."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    named = {name.strip() for layer in layers for name in layer.split("|")}
    packages = {f"kiosk.{p.name}" for p in (ROOT / "kiosk").iterdir() if (p / "__init__.py").exists()}
    modules = {f"kiosk.{p.stem}" for p in (ROOT / "kiosk").glob("*.py") if p.stem != "__init__"}
    assert packages | modules <= named, sorted((packages | modules) - named)
