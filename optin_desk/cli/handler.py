"""A command's handler, named by the parser and imported only when its command runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module
from typing import Any


class Handler:
    """A command's handler, named here and imported only when that command runs: a command
    loads its own handler module (and what that imports), not every command's."""

    __slots__ = ("module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name

    def __call__(self, db: Any, args: argparse.Namespace) -> int:
        """Import the handler and run it."""
        run: Callable[[Any, argparse.Namespace], int] = getattr(
            import_module(f"optin_desk.cli.{self.module}"), self.name
        )
        return run(db, args)
