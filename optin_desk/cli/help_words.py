"""`--help` in the shop's language: the commands' summaries, argparse's own headings, and
the language chosen before the parser is built (help is printed while arguments are read).

Every help text is written `translate("CliHelp", "literal")` where the option is added, so
`pyside6-lupdate` extracts it; the parser is built inside `speaking(language)`.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from typing import Any

from optin_desk.cli.words import LANGUAGES, translate


def ui_language_in(arguments: Sequence[str]) -> str | None:
    """The `--ui-language` given in `arguments` (written out in full), if it is one we speak."""
    for position, argument in enumerate(arguments):
        if argument == "--":
            break
        value = None
        if argument == "--ui-language" and position + 1 < len(arguments):
            value = arguments[position + 1]
        elif argument.startswith("--ui-language="):
            value = argument.partition("=")[2]
        if value is not None:
            return value if value in LANGUAGES else None
    return None


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with "usage:" in the language being spoken."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        """The usage line, its prefix translated."""
        if prefix is None:
            prefix = translate("CliHelp", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def speak_help(parser: argparse.ArgumentParser) -> None:
    """argparse's own headings and `-h` in the language being spoken (the parser was made
    with `add_help=False`)."""
    parser._positionals.title = translate("CliHelp", "positional arguments")
    parser._optionals.title = translate("CliHelp", "options")
    parser.add_argument(
        "-h",
        "--help",
        action="help",
        default=argparse.SUPPRESS,
        help=translate("CliHelp", "show this help message and exit"),
    )


def add_command(commands: Any, name: str, summary: str) -> argparse.ArgumentParser:
    """A sub-command whose summary is both its line in the main help and its own description."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=summary, description=summary[:1].upper() + summary[1:]
    )
    return parser


def by_help() -> str:
    """The help of every `--by`."""
    return translate(
        "CliHelp", "who records it (default: the name this computer remembers, else your login)"
    )


def number_help() -> str:
    """The help of every NUMBER argument."""
    return translate("CliHelp", "the person's WhatsApp number, in any usual format")


def json_help() -> str:
    """The help of every `--json`."""
    return translate("CliHelp", "print JSON instead of lines of text")
