"""Every counted `translate(context, text, disambiguation, count)` call names its count.

lupdate before PySide6 6.12 skips such a call when the count is an expression (`len(rows)`,
`plan.count(...)`): its string then vanishes from a catalogue updated there, and `--check`
fails on Python 3.11, where the program installs PySide6 6.11. A name or a number reads the
same with every lupdate.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "optin_desk"


def _called(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def test_every_counted_translate_call_names_its_count() -> None:
    unnamed = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {ast.unparse(node.args[3])}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and _called(node) == "translate"
        and len(node.args) > 3
        and not isinstance(node.args[3], ast.Name | ast.Constant)
    ]
    assert unnamed == []
