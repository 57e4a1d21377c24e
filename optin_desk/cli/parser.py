"""The argument parser: every command, its options, and the handler that runs it."""

from __future__ import annotations

import argparse
import os
from typing import Any, NoReturn

from optin_desk.cli.categories import add_category_parser, add_privacy_options
from optin_desk.cli.handler import Handler
from optin_desk.cli.help_words import (
    HelpFormatter,
    add_command,
    by_help,
    json_help,
    number_help,
    speak_help,
)
from optin_desk.cli.language import add_language_option
from optin_desk.cli.output import EXIT_BAD_INPUT
from optin_desk.cli.parser_tools import add_tool_commands
from optin_desk.cli.words import translate


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr in the language being
    spoken, exit 2, and whose help speaks the language being spoken when it is made
    (argparse's own headings too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        speak_help(self)

    def error(self, message: str) -> NoReturn:
        """argparse's English `message` said in the language being spoken, on one line."""
        from optin_desk.cli.parser_errors import usage_error

        self.exit(EXIT_BAD_INPUT, usage_error(self.prog, message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    from optin_desk.domain.consent import OPT_IN_METHODS, OPT_OUT_METHODS

    parser = _Parser(
        prog="optin-desk",
        description=translate(
            "CliHelp",
            "Keep the WhatsApp consent records of a small shop. "
            "Without a command, the desktop window opens.",
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate(
            "CliHelp", "database file or URL (default: OPTIN_DESK_DB, else the user data folder)"
        ),
    )
    add_language_option(parser)
    parser.add_argument(
        "--pin",
        default=os.environ.get("OPTIN_DESK_PIN"),
        help=translate(
            "CliHelp",
            "the owner PIN, for settings, erase, restore, backup, export, suppression and "
            "voiding an opt-out (or OPTIN_DESK_PIN)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = add_command(
        commands, "init", translate("CliHelp", "create the database and the business profile")
    )
    init.add_argument(
        "--business", required=True, metavar="NAME", help=translate("CliHelp", "the shop's name")
    )
    init.add_argument(
        "--country",
        required=True,
        metavar="CC",
        help=translate("CliHelp", "default country, e.g. GB"),
    )
    init.add_argument(
        "--sender",
        action="append",
        metavar="NUMBER",
        help=translate("CliHelp", "a WhatsApp number"),
    )
    init.add_argument(
        "--category",
        action="append",
        metavar="KEY=LABEL:KIND",
        help=translate("CliHelp", "service or marketing"),
    )
    init.add_argument(
        "--address", help=translate("CliHelp", "the shop's address, printed on forms")
    )
    init.add_argument(
        "--language", default="en", help=translate("CliHelp", "default language of wordings")
    )
    init.add_argument(
        "--staff",
        action="append",
        metavar="NAME",
        help=translate("CliHelp", "a staff name offered in 'Recorded by'"),
    )
    add_privacy_options(init)
    init.set_defaults(handler=Handler("records", "cmd_init"))
    add_category_parser(commands)

    optin = add_command(commands, "optin", translate("CliHelp", "record an opt-in"))
    optin.add_argument("number", help=number_help())
    optin.add_argument(
        "--scope",
        action="append",
        required=True,
        metavar="KEY",
        help=translate("CliHelp", "a category key, marketing or all; repeat for more"),
    )
    optin.add_argument(
        "--method",
        required=True,
        choices=sorted(m.value for m in OPT_IN_METHODS),
        help=translate("CliHelp", "how the person agreed"),
    )
    optin.add_argument("--name", help=translate("CliHelp", "the person's name"))
    optin.add_argument(
        "--at",
        metavar="WHEN",
        help=translate("CliHelp", "ISO date or date-time (default: now); a date alone is that day"),
    )
    optin.add_argument("--by", metavar="STAFF", help=by_help())
    optin.add_argument(
        "--serial",
        help=translate("CliHelp", "serial of the signed paper form (a paper_form opt-in needs it)"),
    )
    optin.add_argument(
        "--other-print-run",
        action="store_true",
        help=translate(
            "CliHelp", "the form was printed elsewhere: keep its serial as typed, with a note"
        ),
    )
    optin.add_argument(
        "--evidence", metavar="FILE", help=translate("CliHelp", "scan of the signed form")
    )
    optin.add_argument("--note", help=translate("CliHelp", "a note kept with the record"))
    optin.add_argument("--language", help=translate("CliHelp", "language of the wording shown"))
    optin.add_argument(
        "--clock-checked",
        action="store_true",
        help=translate(
            "CliHelp", "record though the clock is behind the last record (the clock was checked)"
        ),
    )
    optin.add_argument(
        "--lift-erasure",
        action="store_true",
        help=translate(
            "CliHelp", "the number was erased on request: this is the person's own new consent"
        ),
    )
    optin.set_defaults(handler=Handler("records", "cmd_optin"))

    optout = add_command(
        commands, "optout", translate("CliHelp", "record an opt-out; prints the confirmation")
    )
    optout.add_argument("number", help=number_help())
    optout.add_argument(
        "--scope",
        required=True,
        metavar="KEY|marketing|all",
        help=translate("CliHelp", "what stops: one category, all marketing, or everything"),
    )
    optout.add_argument(
        "--method",
        required=True,
        choices=sorted(m.value for m in OPT_OUT_METHODS),
        help=translate("CliHelp", "how the opt-out came"),
    )
    optout.add_argument("--words", help=translate("CliHelp", "the customer's own words"))
    optout.add_argument("--reason", help=translate("CliHelp", "why, if the person said"))
    optout.add_argument(
        "--at",
        metavar="WHEN",
        help=translate("CliHelp", "ISO date or date-time (default: now); a date alone is that day"),
    )
    optout.add_argument("--by", metavar="STAFF", help=by_help())
    optout.add_argument("--language", help=translate("CliHelp", "language of the confirmation"))
    optout.add_argument(
        "--sent-at",
        metavar="WHEN",
        help=translate("CliHelp", "when the confirmation went out (else: pending)"),
    )
    optout.set_defaults(handler=Handler("records", "cmd_optout"))

    void = add_command(
        commands, "void", translate("CliHelp", "void a mistaken event, with a reason")
    )
    void.add_argument(
        "event_id",
        type=int,
        metavar="EVENT_ID",
        help=translate("CliHelp", "the number of the event, as history shows it"),
    )
    void.add_argument(
        "--reason", required=True, help=translate("CliHelp", "why the event was a mistake (kept)")
    )
    void.add_argument("--by", metavar="STAFF", help=by_help())
    void.set_defaults(handler=Handler("records", "cmd_void"))

    status = add_command(commands, "status", translate("CliHelp", "current consent of a number"))
    status.add_argument("number", help=number_help())
    status.add_argument("--json", action="store_true", help=json_help())
    status.set_defaults(handler=Handler("records", "cmd_status"))

    history = add_command(
        commands, "history", translate("CliHelp", "every event of a number, oldest first")
    )
    history.add_argument("number", help=number_help())
    history.add_argument("--json", action="store_true", help=json_help())
    history.set_defaults(handler=Handler("records", "cmd_history"))

    verify = add_command(
        commands, "verify", translate("CliHelp", "recompute the ledger's hash chain")
    )
    verify.add_argument(
        "--head",
        metavar="HASH",
        help=translate("CliHelp", "an earlier head that must be in the chain"),
    )
    verify.add_argument(
        "--checkpoint",
        metavar="PATH",
        help=translate(
            "CliHelp",
            "a checkpoint file, or a folder (a backup stick) searched for them: each must be "
            "in the ledger",
        ),
    )
    verify.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "every finding, as JSON")
    )
    verify.set_defaults(handler=Handler("verify", "cmd_verify"))

    export = add_command(commands, "export", translate("CliHelp", "every event to a CSV file"))
    export.add_argument(
        "file", metavar="FILE.csv", help=translate("CliHelp", "the CSV file to write")
    )
    export.set_defaults(handler=Handler("records", "cmd_export"))

    add_tool_commands(commands)
    return parser
