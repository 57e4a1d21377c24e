"""Files the program reads at run time (fonts with their licence, wording templates), and the
one way to reach them: inside the installed package, never beside the source tree."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


class MissingResourceError(FileNotFoundError):
    """A file the program reads at run time is not where its installation put it."""


def resources_dir() -> Path:
    """The folder of bundled files inside the installed package."""
    return Path(str(resources.files(__name__)))


def resource(*parts: str) -> Path:
    """The path of one bundled file; MissingResourceError, naming it, when it is not there."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise MissingResourceError(
            f"a file of OptIn Desk is missing: {path}; install OptIn Desk again"
        )
    return path
