"""The argument parser: every command, its options, and the handler that runs it."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from importlib import import_module
from typing import Any, NoReturn

from optin_desk.cli.anchors import add_anchor_parsers
from optin_desk.cli.categories import add_category_parser, add_privacy_options
from optin_desk.cli.erase import add_erase_parser
from optin_desk.cli.language import add_language_option
from optin_desk.cli.output import EXIT_BAD_INPUT
from optin_desk.cli.quality import add_quality_parser
from optin_desk.cli.records_key import add_records_key_parser


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


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        from optin_desk.domain.text import shown_controls

        line = shown_controls(f"{self.prog}: {message} (see '{self.prog} --help')")
        self.exit(EXIT_BAD_INPUT, line + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    from optin_desk.domain.consent import OPT_IN_METHODS, OPT_OUT_METHODS

    parser = _Parser(
        prog="optin-desk",
        description="Keep the WhatsApp consent records of a small shop. "
        "Without a command, the desktop window opens.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: OPTIN_DESK_DB, else the user data folder)",
    )
    add_language_option(parser)
    parser.add_argument(
        "--pin",
        default=os.environ.get("OPTIN_DESK_PIN"),
        help="the owner PIN, for settings, erase, restore, backup, export, suppression and "
        "voiding an opt-out (or OPTIN_DESK_PIN)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="create the database and the business profile")
    init.add_argument("--business", required=True, metavar="NAME", help="the shop's name")
    init.add_argument("--country", required=True, metavar="CC", help="default country, e.g. GB")
    init.add_argument("--sender", action="append", metavar="NUMBER", help="a WhatsApp number")
    init.add_argument(
        "--category", action="append", metavar="KEY=LABEL:KIND", help="service or marketing"
    )
    init.add_argument("--address", help="the shop's address, printed on forms")
    init.add_argument("--language", default="en", help="default language of wordings")
    init.add_argument(
        "--staff", action="append", metavar="NAME", help="a staff name offered in 'Recorded by'"
    )
    add_privacy_options(init)
    init.set_defaults(handler=Handler("records", "cmd_init"))
    add_category_parser(commands)

    optin = commands.add_parser("optin", help="record an opt-in")
    optin.add_argument("number")
    optin.add_argument("--scope", action="append", required=True, metavar="KEY")
    optin.add_argument("--method", required=True, choices=sorted(m.value for m in OPT_IN_METHODS))
    optin.add_argument("--name")
    optin.add_argument(
        "--at",
        metavar="WHEN",
        help="ISO date or date-time (default: now); a date alone is that day",
    )
    optin.add_argument("--by", metavar="STAFF")
    optin.add_argument("--serial", help="serial of the signed paper form")
    optin.add_argument(
        "--other-print-run",
        action="store_true",
        help="the form was printed elsewhere: keep its serial as typed, with a note",
    )
    optin.add_argument("--evidence", metavar="FILE", help="scan of the signed form")
    optin.add_argument("--note")
    optin.add_argument("--language", help="language of the wording shown")
    optin.add_argument(
        "--clock-checked",
        action="store_true",
        help="record though the clock is behind the last record (the clock was checked)",
    )
    optin.add_argument(
        "--lift-erasure",
        action="store_true",
        help="the number was erased on request: this is the person's own new consent",
    )
    optin.set_defaults(handler=Handler("records", "cmd_optin"))

    optout = commands.add_parser("optout", help="record an opt-out; prints the confirmation")
    optout.add_argument("number")
    optout.add_argument("--scope", required=True, metavar="KEY|marketing|all")
    optout.add_argument("--method", required=True, choices=sorted(m.value for m in OPT_OUT_METHODS))
    optout.add_argument("--words", help="the customer's own words")
    optout.add_argument("--reason")
    optout.add_argument("--at", metavar="WHEN")
    optout.add_argument("--by", metavar="STAFF")
    optout.add_argument("--language", help="language of the confirmation")
    optout.add_argument(
        "--sent-at", metavar="WHEN", help="when the confirmation went out (else: pending)"
    )
    optout.set_defaults(handler=Handler("records", "cmd_optout"))

    void = commands.add_parser("void", help="void a mistaken event, with a reason")
    void.add_argument("event_id", type=int, metavar="EVENT_ID")
    void.add_argument("--reason", required=True)
    void.add_argument("--by", metavar="STAFF")
    void.set_defaults(handler=Handler("records", "cmd_void"))

    status = commands.add_parser("status", help="current consent of a number")
    status.add_argument("number")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=Handler("records", "cmd_status"))

    history = commands.add_parser("history", help="every event of a number, oldest first")
    history.add_argument("number")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=Handler("records", "cmd_history"))

    verify = commands.add_parser("verify", help="recompute the ledger's hash chain")
    verify.add_argument("--head", metavar="HASH", help="an earlier head that must be in the chain")
    verify.add_argument(
        "--checkpoint",
        metavar="PATH",
        help="a checkpoint file, or a folder (a backup stick) searched for them: each must be "
        "in the ledger",
    )
    verify.add_argument("--json", action="store_true", help="every finding, as JSON")
    verify.set_defaults(handler=Handler("verify", "cmd_verify"))

    export = commands.add_parser("export", help="every event to a CSV file")
    export.add_argument("file", metavar="FILE.csv")
    export.set_defaults(handler=Handler("records", "cmd_export"))

    check = commands.add_parser("check", help="check a recipient list before a broadcast")
    check.add_argument("file", metavar="FILE", help="CSV, text, .xlsx or .vcf; - reads stdin")
    check.add_argument("--category", required=True, metavar="KEY")
    check.add_argument("--column", metavar="NAME", help="the column holding the numbers")
    check.add_argument("--sheet", metavar="NAME", help="the sheet of an Excel workbook")
    check.add_argument("--report", metavar="OUT.csv", help="every row with its verdict")
    check.add_argument("--allowed", metavar="OUT.csv", help="the rows that may be sent to")
    check.add_argument("--record-sent", action="store_true", help="record send rows as messaged")
    check.add_argument("--sent-at", metavar="WHEN")
    check.add_argument("--by", metavar="STAFF")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=Handler("tools", "cmd_check"))

    backup = commands.add_parser("backup", help="copy the records to a file or folder")
    backup.add_argument("dest", metavar="DEST", help="a file, or a folder (a USB stick)")
    backup.set_defaults(handler=Handler("tools", "cmd_backup"))

    restore = commands.add_parser("restore", help="replace the records with a backup")
    restore.add_argument("src", metavar="SRC")
    restore.add_argument(
        "--dry-run", action="store_true", help="only list what would be lost and re-applied"
    )
    restore.add_argument(
        "--other-shop",
        action="store_true",
        help="replace the records even with a backup that is not a copy of them (owner PIN)",
    )
    restore.add_argument(
        "--force",
        action="store_true",
        help="on a server: disconnect other computers' open connections to swap the restore in",
    )
    restore.set_defaults(handler=Handler("tools", "cmd_restore"))

    add_erase_parser(commands)

    pin = commands.add_parser("pin", help="set, change (with --pin) or remove ('') the owner PIN")
    pin.add_argument("new_pin", metavar="NEW_PIN")
    pin.set_defaults(handler=Handler("tools", "cmd_pin"))

    suppression = commands.add_parser(
        "suppression", help="everyone opted out of something, to a CSV file"
    )
    suppression.add_argument("file", metavar="OUT.csv")
    suppression.set_defaults(handler=Handler("records", "cmd_suppression"))

    forms = commands.add_parser("forms", help="print serialised consent forms to a PDF")
    forms.add_argument("--count", type=int, default=1, metavar="N", help="how many forms")
    forms.add_argument("--out", metavar="FILE.pdf")
    forms.add_argument("--language", metavar="LANG", help="en, es, pt, fr, de, id, hi or ar")
    forms.add_argument("--paper", choices=("a4", "letter"), help="default: from the country")
    forms.add_argument("--for", dest="for_number", metavar="NUMBER", help="pre-filled, one form")
    forms.add_argument("--by", metavar="STAFF")
    forms.add_argument("--batches", action="store_true", help="list printed batches instead")
    forms.set_defaults(handler=Handler("forms", "cmd_forms"))

    proof = commands.add_parser("proof", help="proof of consent for a number (PDF or JSON)")
    proof.add_argument("number")
    proof.add_argument("--out", required=True, metavar="FILE.pdf|FILE.json")
    proof.set_defaults(handler=Handler("forms", "cmd_proof"))

    replies = commands.add_parser(
        "replies", help="read a batch of customer replies; --apply records the clear opt-outs"
    )
    replies.add_argument("file", metavar="FILE", help="CSV, text or .xlsx: number and message")
    replies.add_argument("--apply", action="store_true", help="record the clear opt-outs")
    replies.add_argument("--by", metavar="STAFF")
    replies.set_defaults(handler=Handler("optouts", "cmd_replies"))

    imports = commands.add_parser(
        "import", help="consent records from another tool (a dry run unless --apply)"
    )
    imports.add_argument("file", metavar="FILE", help="CSV or .xlsx: number, scope, action, date")
    imports.add_argument("--apply", action="store_true", help="record the rows to add")
    imports.add_argument(
        "--skip-invalid", action="store_true", help="with --apply: record the valid rows only"
    )
    imports.add_argument("--by", metavar="STAFF")
    imports.set_defaults(handler=Handler("optouts", "cmd_import"))

    deliveries = commands.add_parser(
        "deliveries", help="read a delivery report (a dry run unless --apply)"
    )
    deliveries.add_argument("file", metavar="FILE", help="CSV, .xlsx or webhook JSON lines")
    deliveries.add_argument("--apply", action="store_true", help="keep it and act on its errors")
    deliveries.add_argument("--by", metavar="STAFF")
    deliveries.set_defaults(handler=Handler("deliveries", "cmd_deliveries"))

    add_quality_parser(commands)
    add_anchor_parsers(commands)
    add_records_key_parser(commands)

    demo = commands.add_parser("demo", help="fill the database with realistic demo records")
    demo.add_argument("--contacts", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    demo.set_defaults(handler=Handler("tools", "cmd_demo"))

    move = commands.add_parser("move-to", help="copy the records into an empty PostgreSQL db")
    move.add_argument("url", metavar="URL", help="postgresql+psycopg://USER@SERVER/DATABASE")
    move.set_defaults(handler=Handler("move", "cmd_move_to"))

    shots = commands.add_parser("screenshots", help="render every page of the window to PNG")
    shots.add_argument("dir", metavar="DIR")
    shots.add_argument("--language", metavar="L", help="the window's language, e.g. es or ar")
    shots.set_defaults(handler=Handler("tools", "cmd_screenshots"))
    return parser
