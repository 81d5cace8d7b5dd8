"""Text helpers of the search port shared by both engines: typeahead words, estimates."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from udemy_clone.catalog.search import (
    whoosh_common,
    whoosh_index,
    whoosh_schema,
    whoosh_snapshot,
    whoosh_writer,
)
from udemy_clone.catalog.search.port import (
    MAX_SUGGESTIONS,
    estimate,
    prefix_words,
    suggestion_limit,
    title_words,
)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("pyth", ["pyth"]),
        ("  Machine   LEARN ", ["machine", "learn"]),
        ("one two three four", ["two", "three", "four"]),  # the last three words
        ("Café crè", ["cafe", "cre"]),
        ("node.js react-native", ["node", "js", "react", "native"][-3:]),
        ("a_b", ["a", "b"]),
        ("python python", ["python"]),
        ("'; DROP TABLE x; --", ["drop", "table", "x"]),
        ("", []),
        ("!!! 🐍 ___", []),
        ("\x00py", ["py"]),
    ],
)
def test_prefix_words(typed: str, words: list[str]) -> None:
    assert prefix_words(typed) == words


def test_title_words_match_prefix_words() -> None:
    assert title_words("Café Crème: l'art du barista") == {"cafe", "creme", "l", "art", "du",
                                                           "barista"}
    assert set(prefix_words("CAFÉ crème")) <= title_words("Café Crème")


@pytest.mark.parametrize(("value", "rounded"), [(0, 0), (7.4, 7), (99, 99), (1234, 1200),
                                                (1250.0, 1200), (89_612, 90_000), (-5, 0)])
def test_estimates_keep_two_significant_digits(value: float, rounded: int) -> None:
    assert estimate(value) == rounded


def test_suggestion_limit_is_clamped() -> None:
    assert suggestion_limit(0) == 1
    assert suggestion_limit(5) == 5
    assert suggestion_limit(10**6) == MAX_SUGGESTIONS


@pytest.mark.parametrize(
    "module", [whoosh_common, whoosh_index, whoosh_schema, whoosh_snapshot, whoosh_writer]
)
def test_the_whoosh_backend_uses_no_private_whoosh_names(module: object) -> None:
    """Only Whoosh's public API: no `reader._terms`, no private matcher classes."""
    tree = ast.parse(Path(module.__file__).read_text())  # type: ignore[attr-defined]
    own = {"self", "snap", "snapshot", "cls"}
    private = [
        f"line {node.lineno}: .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not (isinstance(node.value, ast.Name) and node.value.id in own)
    ]
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whoosh")
        for alias in node.names
        if alias.name.startswith("_") or "Matcher" in alias.name
    ]
    assert private == [] and imported == []
