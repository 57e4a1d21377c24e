"""The parser names each command's handler without importing it: every name must resolve."""

from __future__ import annotations

import argparse
import inspect
from importlib import import_module

from optin_desk.cli.parser import Handler, build_parser


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Each command's own parser, by its name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the parser has no commands")


def test_every_named_handler_is_a_function_of_its_module() -> None:
    named = {
        name: sub.get_default("handler")
        for name, sub in commands(build_parser()).items()
        if isinstance(sub.get_default("handler"), Handler)
    }
    assert {"status", "check", "replies", "import", "verify", "init"} <= set(named)
    for command, handler in named.items():
        found = getattr(import_module(f"optin_desk.cli.{handler.module}"), handler.name, None)
        assert inspect.isfunction(found), (command, handler.module, handler.name)
        assert list(inspect.signature(found).parameters) == ["db", "args"], command


def test_every_command_has_a_handler() -> None:
    for command, sub in commands(build_parser()).items():
        assert callable(sub.get_default("handler")), command
