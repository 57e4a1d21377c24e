"""The global `--ui-language` option (before the command, like `--db`)."""

from __future__ import annotations

import argparse

from optin_desk.cli.words import LANGUAGES, translate


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """Add `--ui-language L` to the top-level parser."""
    parser.add_argument(
        "--ui-language",
        choices=LANGUAGES,
        metavar="L",
        help=translate(
            "CliHelp", "the language of messages: {languages} (default: the system's)"
        ).format(languages=", ".join(LANGUAGES)),
    )
