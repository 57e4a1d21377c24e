"""The parser's tool commands: lists, backups, forms, proofs, replies, imports, delivery
reports, quality, anchors, the records key, and the demo and screenshot helpers."""

from __future__ import annotations

import argparse
from typing import Any

from optin_desk.cli.anchors import add_anchor_parsers
from optin_desk.cli.checks import add_checks_parser
from optin_desk.cli.erase import add_erase_parser
from optin_desk.cli.handler import Handler
from optin_desk.cli.help_words import add_command, by_help, json_help, number_help
from optin_desk.cli.quality import add_quality_parser
from optin_desk.cli.records_key import add_records_key_parser
from optin_desk.cli.words import translate


def add_tool_commands(commands: Any) -> None:
    """Every command from `check` on, in the order the main help lists them."""
    check = add_command(
        commands, "check", translate("CliHelp", "check a recipient list before a broadcast")
    )
    check.add_argument(
        "file", metavar="FILE", help=translate("CliHelp", "CSV, text, .xlsx or .vcf; - reads stdin")
    )
    check.add_argument(
        "--category",
        required=True,
        metavar="KEY",
        help=translate("CliHelp", "the kind of message to be sent"),
    )
    check.add_argument(
        "--column", metavar="NAME", help=translate("CliHelp", "the column holding the numbers")
    )
    check.add_argument(
        "--sheet", metavar="NAME", help=translate("CliHelp", "the sheet of an Excel workbook")
    )
    check.add_argument(
        "--report", metavar="OUT.csv", help=translate("CliHelp", "every row with its verdict")
    )
    check.add_argument(
        "--allowed", metavar="OUT.csv", help=translate("CliHelp", "the rows that may be sent to")
    )
    check.add_argument(
        "--record-sent",
        action="store_true",
        help=translate("CliHelp", "record send rows as messaged"),
    )
    check.add_argument(
        "--sent-at",
        metavar="WHEN",
        help=translate("CliHelp", "with --record-sent: when it went out (default: now)"),
    )
    check.add_argument("--by", metavar="STAFF", help=by_help())
    check.add_argument("--json", action="store_true", help=json_help())
    check.set_defaults(handler=Handler("tools", "cmd_check"))
    add_checks_parser(commands)

    backup = add_command(
        commands, "backup", translate("CliHelp", "copy the records to a file or folder")
    )
    backup.add_argument(
        "dest", metavar="DEST", help=translate("CliHelp", "a file, or a folder (a USB stick)")
    )
    backup.set_defaults(handler=Handler("tools", "cmd_backup"))

    restore = add_command(
        commands, "restore", translate("CliHelp", "replace the records with a backup")
    )
    restore.add_argument(
        "src", metavar="SRC", help=translate("CliHelp", "the backup file to restore from")
    )
    restore.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CliHelp", "only list what would be lost and re-applied"),
    )
    restore.add_argument(
        "--other-shop",
        action="store_true",
        help=translate(
            "CliHelp",
            "replace the records even with a backup that is not a copy of them (owner PIN)",
        ),
    )
    restore.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "CliHelp",
            "on a server: disconnect other computers' open connections to swap the restore in",
        ),
    )
    restore.set_defaults(handler=Handler("tools", "cmd_restore"))

    add_erase_parser(commands)

    pin = add_command(
        commands,
        "pin",
        translate("CliHelp", "set, change (with --pin) or remove ('') the owner PIN"),
    )
    pin.add_argument(
        "new_pin", metavar="NEW_PIN", help=translate("CliHelp", "the new PIN, or '' to remove it")
    )
    pin.set_defaults(handler=Handler("tools", "cmd_pin"))

    suppression = add_command(
        commands,
        "suppression",
        translate("CliHelp", "everyone opted out of something, to a CSV file"),
    )
    suppression.add_argument(
        "file", metavar="OUT.csv", help=translate("CliHelp", "the CSV file to write")
    )
    suppression.set_defaults(handler=Handler("records", "cmd_suppression"))

    forms = add_command(
        commands, "forms", translate("CliHelp", "print serialised consent forms to a PDF")
    )
    forms.add_argument(
        "--count", type=int, default=1, metavar="N", help=translate("CliHelp", "how many forms")
    )
    forms.add_argument(
        "--out", metavar="FILE.pdf", help=translate("CliHelp", "the PDF file to write")
    )
    forms.add_argument(
        "--language", metavar="LANG", help=translate("CliHelp", "en, es, pt, fr, de, id, hi or ar")
    )
    forms.add_argument(
        "--paper", choices=("a4", "letter"), help=translate("CliHelp", "default: from the country")
    )
    forms.add_argument(
        "--for",
        dest="for_number",
        metavar="NUMBER",
        help=translate("CliHelp", "pre-filled, one form"),
    )
    forms.add_argument("--by", metavar="STAFF", help=by_help())
    forms.add_argument(
        "--batches", action="store_true", help=translate("CliHelp", "list printed batches instead")
    )
    forms.set_defaults(handler=Handler("forms", "cmd_forms"))

    proof = add_command(
        commands, "proof", translate("CliHelp", "proof of consent for a number (PDF or JSON)")
    )
    proof.add_argument("number", help=number_help())
    proof.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf|FILE.json",
        help=translate("CliHelp", "the file to write: .pdf or .json"),
    )
    proof.set_defaults(handler=Handler("forms", "cmd_proof"))

    replies = add_command(
        commands,
        "replies",
        translate(
            "CliHelp", "read a batch of customer replies; --apply records the clear opt-outs"
        ),
    )
    replies.add_argument(
        "file", metavar="FILE", help=translate("CliHelp", "CSV, text or .xlsx: number and message")
    )
    replies.add_argument(
        "--apply", action="store_true", help=translate("CliHelp", "record the clear opt-outs")
    )
    replies.add_argument("--by", metavar="STAFF", help=by_help())
    replies.set_defaults(handler=Handler("optouts", "cmd_replies"))

    imports = add_command(
        commands,
        "import",
        translate("CliHelp", "consent records from another tool (a dry run unless --apply)"),
    )
    imports.add_argument(
        "file",
        metavar="FILE",
        help=translate("CliHelp", "CSV or .xlsx: number, scope, action, date"),
    )
    imports.add_argument(
        "--apply", action="store_true", help=translate("CliHelp", "record the rows to add")
    )
    imports.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("CliHelp", "with --apply: record the valid rows only"),
    )
    imports.add_argument("--by", metavar="STAFF", help=by_help())
    imports.set_defaults(handler=Handler("optouts", "cmd_import"))

    deliveries = add_command(
        commands,
        "deliveries",
        translate("CliHelp", "read a delivery report (a dry run unless --apply)"),
    )
    deliveries.add_argument(
        "file", metavar="FILE", help=translate("CliHelp", "CSV, .xlsx or webhook JSON lines")
    )
    deliveries.add_argument(
        "--apply", action="store_true", help=translate("CliHelp", "keep it and act on its errors")
    )
    deliveries.add_argument("--by", metavar="STAFF", help=by_help())
    deliveries.set_defaults(handler=Handler("deliveries", "cmd_deliveries"))

    add_quality_parser(commands)
    add_anchor_parsers(commands)
    add_records_key_parser(commands)

    demo = add_command(
        commands, "demo", translate("CliHelp", "fill the database with realistic demo records")
    )
    demo.add_argument(
        "--contacts",
        type=int,
        default=500,
        metavar="N",
        help=translate("CliHelp", "how many people (default 500)"),
    )
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    demo.set_defaults(handler=Handler("tools", "cmd_demo"))

    move = add_command(
        commands, "move-to", translate("CliHelp", "copy the records into an empty PostgreSQL db")
    )
    move.add_argument("url", metavar="URL", help="postgresql+psycopg://USER@SERVER/DATABASE")
    move.set_defaults(handler=Handler("move", "cmd_move_to"))

    shots = add_command(
        commands, "screenshots", translate("CliHelp", "render every page of the window to PNG")
    )
    shots.add_argument(
        "dir", metavar="DIR", help=translate("CliHelp", "the folder for the pictures")
    )
    shots.add_argument(
        "--language", metavar="L", help=translate("CliHelp", "the window's language, e.g. es or ar")
    )
    shots.set_defaults(handler=Handler("tools", "cmd_screenshots"))
