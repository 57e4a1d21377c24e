"""Command-line handler for the records key: carried to a second computer by file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from optin_desk.cli.help_words import add_command
from optin_desk.cli.output import EXIT_OK, say
from optin_desk.cli.words import translate

if TYPE_CHECKING:
    from optin_desk.services.handle import Records


def cmd_records_key(db: Records, args: argparse.Namespace) -> int:
    """Write the records key to a file (--out) or keep one read from a file (--import)."""
    from optin_desk.services.records_key import (
        export_records_key,
        import_records_key,
        key_path,
    )

    with db.sessions() as session:
        if args.out:
            target = Path(args.out).expanduser()
            found = export_records_key(session, target, args.pin)
            say(
                translate(
                    "Cli",
                    "Wrote the records key ({id}) to {path}: carry it to the other computer, "
                    "run 'optin-desk records-key --import FILE' there, then delete the file",
                ).format(id=found, path=target)
            )
            return EXIT_OK
        found = import_records_key(session, Path(args.import_from).expanduser(), args.pin)
    say(
        translate("Cli", "Kept the records key ({id}) in {path}").format(
            id=found, path=key_path(found)
        )
    )
    from optin_desk.services.records_open import settle_records_key

    settle_records_key(db)
    return EXIT_OK


def add_records_key_parser(commands: Any) -> None:
    """The records-key command."""
    key = add_command(
        commands,
        "records-key",
        translate(
            "CliHelp", "carry the records key (kept outside the database) to another computer"
        ),
    )
    which = key.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--out", metavar="FILE", help=translate("CliHelp", "write this computer's key to FILE")
    )
    which.add_argument(
        "--import",
        dest="import_from",
        metavar="FILE",
        help=translate("CliHelp", "keep the key read from FILE"),
    )
    key.set_defaults(handler=cmd_records_key)
