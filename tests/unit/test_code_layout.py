"""Layout rules import-linter cannot check: no app import hidden inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The command line imports each command's modules when that command runs, so that
# `python -m udemy_clone --help` starts fast; that is not a dodged import cycle.
ALLOWED = {"udemy_clone/cli.py"}


def _hidden_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("udemy_clone"):
                found.append(f"{path.relative_to(ROOT)}:{inner.lineno} from {inner.module}")
            elif isinstance(inner, ast.Import) and any(
                alias.name.startswith("udemy_clone") for alias in inner.names
            ):
                found.append(f"{path.relative_to(ROOT)}:{inner.lineno} import")
    return found


def test_no_app_import_is_hidden_inside_a_function():
    files = [*ROOT.glob("udemy_clone/**/*.py"), *ROOT.glob("worker/**/*.py")]
    hidden = [
        hit
        for path in files
        if str(path.relative_to(ROOT)) not in ALLOWED
        for hit in _hidden_imports(path)
    ]
    assert hidden == [], (
        "imports inside functions (a cycle means something lives in the wrong place)"
    )
