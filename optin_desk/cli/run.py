"""Running the command line: `optin-desk [--db PATH_OR_URL] COMMAND ...` over the same services.

Exit codes: 0 done, 1 the records say no, 2 bad input or usage (one line on stderr, nothing
written). With no command, the desktop window opens.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from optin_desk.cli.output import EXIT_BAD_INPUT, EXIT_NO, OutputError, complain, flush_output
from optin_desk.cli.words import chosen_language, message, speaking, translate
from optin_desk.services.errors import (
    InputError,
    MissingResourceError,
    RecordsSayNo,
    StoppedPartWayError,
)

if TYPE_CHECKING:  # SQLAlchemy loads only for commands, so the window paints sooner
    from optin_desk.services.handle import Records, RecordsError


CREATING_COMMANDS = frozenset({"init", "demo"})
"""The commands that may create a new database file (any other refuses a missing one)."""


def _database_message(error: RecordsError, db: str | None, records: Records | None) -> str:
    from optin_desk.services.handle import command_line, describe_problem

    problem, detail = describe_problem(error, records, db)
    return message(command_line(problem, detail, db))


READING_COMMANDS = frozenset(
    {"status", "history", "verify", "check", "export", "suppression", "report"}
)


def _read_only_note(database: Records, args: argparse.Namespace) -> None:
    """Reading commands go on with a note; the others stop before writing anything."""
    from optin_desk.services.handle import ReadOnlyError

    reads = args.command in READING_COMMANDS and not getattr(args, "record_sent", False)
    if not reads:
        raise ReadOnlyError(
            translate(
                "Cli",
                "{where} cannot be written (read-only file, folder or medium): "
                "'{command}' needs to write; nothing was done",
            ).format(where=database.where, command=args.command)
        )
    complain(
        translate("Cli", "Note: {where} cannot be written; opened read-only").format(
            where=database.where
        )
    )


def _window_only(arguments: list[str]) -> str | None:
    """The `--db` value when the arguments only open the window ("" for none), else None."""
    if not arguments:
        return ""
    if len(arguments) == 1 and arguments[0].startswith("--db="):
        return arguments[0].removeprefix("--db=")
    if len(arguments) == 2 and arguments[0] == "--db" and not arguments[1].startswith("-"):
        return arguments[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no command, open the desktop window."""
    whole_process = argv is None  # tests call main(argv) in their own process
    arguments = list(sys.argv[1:] if argv is None else argv)
    from optin_desk.services.this_computer import records_to_open

    window_db = _window_only(arguments)
    if window_db is not None:  # straight to the window: it paints before anything loads
        from optin_desk.app import run_app

        return run_app(records_to_open(window_db or None))
    from optin_desk.cli.help_words import ui_language_in
    from optin_desk.cli.parser import build_parser  # its handlers load SQLAlchemy

    with speaking(chosen_language(ui_language_in(arguments), os.environ)):  # --help speaks it
        args = build_parser().parse_args(arguments)
    args.db = records_to_open(args.db)
    if args.command is None:
        from optin_desk.app import run_app

        return run_app(args.db, args.ui_language)
    if whole_process:
        gc.disable()  # see _collect_from_here
    with speaking(chosen_language(args.ui_language, os.environ)):
        code = _run(args, whole_process)
    if whole_process:
        gc.freeze()  # what is left is freed with the process: no last sweep through it at exit
    return code


def _collect_from_here(whole_process: bool) -> None:
    """Turn the garbage collector back on for the command's work, set apart what loading made.

    Loading the program makes some 80,000 objects that live as long as the process and
    leaves almost nothing to collect; every collection meanwhile walks through all of them,
    and so does the full one at exit (0.2 s, a quarter of a bare `import sqlalchemy.orm`).
    So a command's process loads with collection off, freezes what it made (gc.freeze: never
    walked again) before opening the records, and freezes again before it exits. A command
    run inside another program's process (the tests' main(argv)) leaves collection alone."""
    if whole_process:
        gc.freeze()
        gc.enable()


def _run(args: argparse.Namespace, whole_process: bool = False) -> int:
    """Open the records, run the command's handler, and say what went wrong if anything did."""
    from optin_desk.domain.verify_findings import RecordsChangedError
    from optin_desk.services.handle import CannotOpen, RecordsError, open_records

    handler: Callable[[Records, argparse.Namespace], int] = args.handler
    if hasattr(args, "by"):  # who records: --by, else this computer's remembered name
        from optin_desk.services.this_computer import command_line_recorder

        args.by = command_line_recorder(args.by)
    _collect_from_here(whole_process)
    database: Records | None = None
    try:
        if getattr(args, "without_records", False):  # verify-proof: no database at all
            return _without_records(args)
        database = open_records(args.db, create=args.command in CREATING_COMMANDS)
        if database.read_only:
            _read_only_note(database, args)
        code = handler(database, args)
        flush_output()
        return code
    except OutputError as error:
        _drop_output()
        complain(
            f"optin-desk {args.command}: "
            + translate("Cli", "the output could not be written ({problem})").format(problem=error)
        )
        return EXIT_BAD_INPUT
    except (InputError, StoppedPartWayError, MissingResourceError, *CannotOpen) as error:
        complain(f"optin-desk {args.command}: {message(error)}")
        return EXIT_BAD_INPUT
    except (RecordsSayNo, RecordsChangedError) as error:
        complain(f"optin-desk {args.command}: {message(error)}")
        return EXIT_NO
    except RecordsError as error:
        complain(f"optin-desk {args.command}: {_database_message(error, args.db, database)}")
        return EXIT_BAD_INPUT
    finally:
        if database is not None:
            database.dispose()


def _without_records(args: argparse.Namespace) -> int:
    """Run a command that needs no database (its handler is given None)."""
    run: Callable[[None, argparse.Namespace], int] = args.handler
    code = run(None, args)
    flush_output()
    return code


def _drop_output() -> None:
    """Point standard output at the null device, so nothing is retried at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # an in-process run whose output is not a file
