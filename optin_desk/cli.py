"""The command line: `optin-desk [--db PATH_OR_URL] COMMAND ...` over the same services.

Exit codes: 0 done, 1 the records say no, 2 bad input or usage (one line on stderr, nothing
written). With no command, the desktop window opens.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from optin_desk.services.errors import InputError, RecordsSayNo

if TYPE_CHECKING:  # SQLAlchemy loads only for commands, so the window paints sooner
    from sqlalchemy.exc import SQLAlchemyError

    from optin_desk.storage.engine import Database

EXIT_OK = 0
EXIT_NO = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _when(text: str | None) -> datetime | None:
    from optin_desk.domain.when import parse_when, utc_now

    if text is None:
        return None
    try:
        return parse_when(text, utc_now())
    except ValueError as error:
        raise InputError(str(error)) from None


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


# --- commands -------------------------------------------------------------------------------


def cmd_init(db: Database, args: argparse.Namespace) -> int:
    """Create the database and the business profile."""
    from optin_desk.domain.consent import DEFAULT_CATEGORIES, parse_category_spec
    from optin_desk.services.profile import BusinessSetup, create_business

    try:
        categories = (
            tuple(parse_category_spec(spec) for spec in args.category)
            if args.category
            else DEFAULT_CATEGORIES
        )
    except ValueError as error:
        raise InputError(str(error)) from None
    setup = BusinessSetup(
        name=args.business,
        country=args.country,
        senders=tuple(args.sender or ()),
        categories=categories,
        address=args.address or "",
        language=args.language,
    )
    with db.sessions() as session:
        profile = create_business(session, setup)
    _out(f"Set up {profile.name} ({profile.country}) in {db.url.render_as_string()}")
    for category in profile.categories:
        _out(f"  {category.key:<12} {category.label} ({category.kind.value})")
    return EXIT_OK


def cmd_optin(db: Database, args: argparse.Namespace) -> int:
    """Record an opt-in."""
    from optin_desk.services.consent import OptInRequest, record_opt_in

    request = OptInRequest(
        phone=args.number,
        scopes=args.scope,
        method=args.method,
        name=args.name or "",
        at=_when(args.at),
        by=args.by or "",
        serial=args.serial or "",
        evidence=Path(args.evidence) if args.evidence else None,
        note=args.note or "",
        language=args.language or "",
    )
    with db.sessions() as session:
        recorded = record_opt_in(session, request, db.evidence_dir)
    ids = ", ".join(str(i) for i in recorded.event_ids)
    who = f"{recorded.name} " if recorded.name else ""
    _out(f"Opted in {who}{recorded.phone} to {', '.join(recorded.scopes)} (event {ids})")
    return EXIT_OK


def cmd_optout(db: Database, args: argparse.Namespace) -> int:
    """Record an opt-out and print its confirmation."""
    from optin_desk.services.consent import OptOutRequest, record_opt_out

    request = OptOutRequest(
        phone=args.number,
        scope=args.scope,
        method=args.method,
        words=args.words or "",
        reason=args.reason or "",
        at=_when(args.at),
        by=args.by or "",
        language=args.language or "",
    )
    with db.sessions() as session:
        recorded = record_opt_out(session, request)
    _out(recorded.confirmation_text)
    sys.stderr.write(
        f"Opted out {recorded.phone} of {args.scope} (event {recorded.event_ids[0]})\n"
    )
    return EXIT_OK


def cmd_void(db: Database, args: argparse.Namespace) -> int:
    """Void a mistaken event."""
    from optin_desk.services.consent import void_event

    with db.sessions() as session:
        recorded = void_event(session, args.event_id, args.reason, args.by or "")
    _out(f"Voided event {args.event_id} of {recorded.phone} (event {recorded.event_ids[0]})")
    return EXIT_OK


def cmd_status(db: Database, args: argparse.Namespace) -> int:
    """Show a number's current consent."""
    from optin_desk.domain.consent import ConsentState
    from optin_desk.domain.when import local_display
    from optin_desk.services.contacts import contact_status

    with db.reading() as session:
        status = contact_status(session, args.number)
    if args.json:
        payload = {
            "phone": status.phone,
            "name": status.name or None,
            "known": status.known,
            "consent": {c.key: status.state_of(c.key).value for c in status.categories},
            "since": {
                key: current.since.isoformat() if current.since else None
                for key, current in status.consent.items()
            },
        }
        _out(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    _out(
        f"{status.phone}  {status.name or '(no name)'}"
        + ("" if status.known else "  (not on file)")
    )
    for category in status.categories:
        current = status.consent[category.key]
        words = {
            ConsentState.OPTED_IN: "opted in",
            ConsentState.OPTED_OUT: "opted out",
            ConsentState.NONE: "no consent",
        }[current.state]
        since = f" since {local_display(current.since)}" if current.since else ""
        how = f" ({current.method.value})" if current.method else ""
        archived = " [archived]" if category.archived else ""
        _out(f"  {category.key:<12} {words:<11}{since}{how}  {category.label}{archived}")
    return EXIT_OK


def cmd_history(db: Database, args: argparse.Namespace) -> int:
    """Show every event of a number."""
    from optin_desk.domain.when import local_display
    from optin_desk.services.contacts import contact_history

    with db.reading() as session:
        status, events = contact_history(session, args.number)
    if args.json:
        payload = [
            {
                "id": e.id,
                "action": e.action.value,
                "scope": e.scope,
                "method": e.method.value,
                "at": e.occurred_at.isoformat(),
                "recorded_at": e.recorded_at.isoformat(),
                "by": e.recorded_by,
                "wording_version": e.wording_version,
                "wording_language": e.wording_language,
                "form_serial": e.form_serial,
                "evidence_sha256": e.evidence_sha256,
                "note": e.note,
                "reason": e.reason,
                "customer_words": e.customer_words,
                "voids_event": e.voided_event_id,
                "voided_by_event": e.voided_by_event_id,
                "confirmation_text": e.confirmation_text or None,
                "hash": e.hash,
            }
            for e in events
        ]
        _out(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    _out(f"{status.phone}  {status.name or '(no name)'}")
    if not events:
        _out("  no events on file")
    for e in events:
        voided = (
            f"  [VOIDED by {e.voided_by_event_id}: {e.void_reason}]" if e.voided_by_event_id else ""
        )
        extra = []
        if e.wording_version is not None:
            extra.append(f"wording {e.wording_language} v{e.wording_version}")
        if e.form_serial:
            extra.append(f"form {e.form_serial}")
        if e.voided_event_id:
            extra.append(f"voids event {e.voided_event_id}: {e.reason}")
        elif e.reason:
            extra.append(f"reason: {e.reason}")
        details = f" ({'; '.join(extra)})" if extra else ""
        _out(
            f"  #{e.id:<5} {local_display(e.occurred_at)}  {e.action.value:<7} {e.scope:<10} "
            f"{e.method.value}  by {e.recorded_by or '-'}, recorded "
            f"{local_display(e.recorded_at)}{details}{voided}"
        )
        if e.confirmation_text:
            _out(f"         confirmation: {e.confirmation_text}")
    return EXIT_OK


def cmd_verify(db: Database, args: argparse.Namespace) -> int:
    """Recompute the ledger chain."""
    from optin_desk.services.records import verify_records

    with db.reading() as session:
        report = verify_records(session, args.head)
    if not report.ok:
        _out(f"broken: event {report.broken_event_id}: {report.problem}")
        return EXIT_NO
    if report.contains_head is False:
        _out(f"broken: the earlier head {args.head} is not in the chain of {report.count} events")
        return EXIT_NO
    _out(f"ok: {report.count} events, head {report.head}")
    return EXIT_OK


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    """Write every event to a CSV file."""
    from optin_desk.services.records import export_events

    target = Path(args.file)
    with db.sessions() as session:  # a wrong PIN is counted: this may write
        count = export_events(session, target, args.pin)
    _out(f"Wrote {count} events to {target}")
    return EXIT_OK


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    """Check a recipient list against the records."""
    import hashlib

    from optin_desk.documents.lists import ListError, read_list, read_pasted
    from optin_desk.services.check import record_sent, run_check
    from optin_desk.services.check_files import write_allowed, write_report

    sent_at = _when(args.sent_at)
    if args.sent_at and not args.record_sent:
        raise InputError("--sent-at goes with --record-sent")
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
            recipients = read_pasted(data.decode("utf-8", errors="replace"), args.column)
        else:
            path = Path(args.file)
            recipients = read_list(path, args.column, args.sheet)
            data = path.read_bytes()
    except ListError as error:
        raise InputError(str(error)) from None
    except OSError as error:
        raise InputError(f"cannot read {args.file}: {error.strerror or error}") from None
    for target in (args.report, args.allowed):
        if target and not Path(target).resolve().parent.is_dir():
            raise InputError(f"the folder of {target} does not exist")
    digest = hashlib.sha256(data).hexdigest()
    with db.sessions() as session:
        result = run_check(session, recipients, args.category, digest, args.by or "")
        sent = record_sent(session, result.check_id, sent_at) if args.record_sent else None
    if args.report:
        write_report(Path(args.report), result.rows)
    if args.allowed:
        write_allowed(Path(args.allowed), result.rows)
    if args.json:
        payload: dict[str, object] = {
            "check_id": result.check_id,
            "category": result.category,
            "rows": len(result.rows),
            "counts": result.counts,
            "phone_column": recipients.phone_column,
            "name_column": recipients.name_column,
            "opt_out_line": sum(1 for r in result.rows if r.opt_out_line),
        }
        if sent is not None:
            payload["recorded_sent"] = sent
        _out(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    _out(
        f"Check {result.check_id}: {len(result.rows)} rows of {recipients.source} for "
        f"{result.category} (numbers from column {recipients.phone_column!r})"
    )
    lines = sum(1 for r in result.rows if r.opt_out_line)
    for verdict, count in result.counts.items():
        extra = f" ({lines} with an opt-out option)" if verdict == "send" and lines else ""
        _out(f"  {verdict:<15}{count:>7}{extra}")
    if sent is not None:
        _out(f"Recorded {sent} messages as sent")
    return EXIT_OK


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    """Copy the records to a file or folder, and check the copy."""
    from optin_desk.services.backups import make_backup

    info = make_backup(db, Path(args.dest).expanduser())
    _out(f"Backed up {info.events} events to {info.path} (head {info.head})")
    return EXIT_OK


def cmd_restore(db: Database, args: argparse.Namespace) -> int:
    """Replace the records with a checked backup."""
    from optin_desk.services.backups import restore_backup

    done = restore_backup(db, Path(args.src).expanduser(), args.pin)
    _out(
        f"Restored {done.events} events (head {done.head}); "
        f"the replaced records are kept in {done.replaced_kept_at}"
    )
    return EXIT_OK


def cmd_erase(db: Database, args: argparse.Namespace) -> int:
    """Erase a person on request."""
    from optin_desk.services.erasure import erase_contact

    with db.sessions() as session:
        done = erase_contact(session, args.number, args.by or "", db, args.pin)
    _out(
        f"Erased the name, number and {done.scans_removed} scan(s); {done.events_kept} ledger "
        "entries stay, and the number stays blocked from broadcasts"
    )
    return EXIT_OK


def cmd_pin(db: Database, args: argparse.Namespace) -> int:
    """Set, change or remove the owner PIN."""
    from optin_desk.services.owner import set_owner_pin

    with db.sessions() as session:
        now_set = set_owner_pin(session, args.new_pin, args.pin)
    _out("Owner PIN set" if now_set else "Owner PIN removed")
    return EXIT_OK


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    """Fill the database with realistic demo records."""
    from optin_desk.services.demo import add_demo_contacts
    from optin_desk.services.profile import BusinessSetup, create_business, has_profile

    if args.contacts < 1 or args.contacts > 1_000_000:
        raise InputError("--contacts must be between 1 and 1000000")
    with db.sessions() as session:
        if not has_profile(session):
            create_business(
                session,
                BusinessSetup(
                    name="Corner Deli & Co",
                    country="GB",
                    senders=("07911 000111",),
                    address="12 High Street, Leeds",
                ),
            )

        def progress(done: int) -> None:
            sys.stderr.write(f"\r{done} of {args.contacts} contacts")

        events = add_demo_contacts(session, args.contacts, seed=args.seed, progress=progress)
    sys.stderr.write("\n")
    _out(f"Added {args.contacts} demo contacts with {events} events")
    return EXIT_OK


def cmd_screenshots(db: Database, args: argparse.Namespace) -> int:
    """Render every page of the window to PNG files."""
    from optin_desk.ui.screenshots import render_pages

    target = Path(args.dir)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create {target}: {error.strerror}") from None
    for path in render_pages(db, target):
        _out(str(path))
    return EXIT_OK


# --- parser -------------------------------------------------------------------------------


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
    parser.add_argument(
        "--pin",
        default=os.environ.get("OPTIN_DESK_PIN"),
        help="the owner PIN, for settings, erase, restore and export (or OPTIN_DESK_PIN)",
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
    init.set_defaults(handler=cmd_init)

    optin = commands.add_parser("optin", help="record an opt-in")
    optin.add_argument("number")
    optin.add_argument("--scope", action="append", required=True, metavar="KEY")
    optin.add_argument("--method", required=True, choices=sorted(m.value for m in OPT_IN_METHODS))
    optin.add_argument("--name")
    optin.add_argument("--at", metavar="WHEN", help="ISO date or date-time (default: now)")
    optin.add_argument("--by", metavar="STAFF")
    optin.add_argument("--serial", help="serial of the signed paper form")
    optin.add_argument("--evidence", metavar="FILE", help="scan of the signed form")
    optin.add_argument("--note")
    optin.add_argument("--language", help="language of the wording shown")
    optin.set_defaults(handler=cmd_optin)

    optout = commands.add_parser("optout", help="record an opt-out; prints the confirmation")
    optout.add_argument("number")
    optout.add_argument("--scope", required=True, metavar="KEY|marketing|all")
    optout.add_argument("--method", required=True, choices=sorted(m.value for m in OPT_OUT_METHODS))
    optout.add_argument("--words", help="the customer's own words")
    optout.add_argument("--reason")
    optout.add_argument("--at", metavar="WHEN")
    optout.add_argument("--by", metavar="STAFF")
    optout.add_argument("--language", help="language of the confirmation")
    optout.set_defaults(handler=cmd_optout)

    void = commands.add_parser("void", help="void a mistaken event, with a reason")
    void.add_argument("event_id", type=int, metavar="EVENT_ID")
    void.add_argument("--reason", required=True)
    void.add_argument("--by", metavar="STAFF")
    void.set_defaults(handler=cmd_void)

    status = commands.add_parser("status", help="current consent of a number")
    status.add_argument("number")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_status)

    history = commands.add_parser("history", help="every event of a number, oldest first")
    history.add_argument("number")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=cmd_history)

    verify = commands.add_parser("verify", help="recompute the ledger's hash chain")
    verify.add_argument("--head", metavar="HASH", help="an earlier head that must be in the chain")
    verify.set_defaults(handler=cmd_verify)

    export = commands.add_parser("export", help="every event to a CSV file")
    export.add_argument("file", metavar="FILE.csv")
    export.set_defaults(handler=cmd_export)

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
    check.set_defaults(handler=cmd_check)

    backup = commands.add_parser("backup", help="copy the records to a file or folder")
    backup.add_argument("dest", metavar="DEST", help="a file, or a folder (a USB stick)")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help="replace the records with a backup")
    restore.add_argument("src", metavar="SRC")
    restore.set_defaults(handler=cmd_restore)

    erase = commands.add_parser("erase", help="erase a person's name, number and scans")
    erase.add_argument("number")
    erase.add_argument("--by", metavar="STAFF")
    erase.set_defaults(handler=cmd_erase)

    pin = commands.add_parser("pin", help="set, change (with --pin) or remove ('') the owner PIN")
    pin.add_argument("new_pin", metavar="NEW_PIN")
    pin.set_defaults(handler=cmd_pin)

    demo = commands.add_parser("demo", help="fill the database with realistic demo records")
    demo.add_argument("--contacts", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    demo.set_defaults(handler=cmd_demo)

    shots = commands.add_parser("screenshots", help="render every page of the window to PNG")
    shots.add_argument("dir", metavar="DIR")
    shots.set_defaults(handler=cmd_screenshots)
    return parser


def _database_message(error: SQLAlchemyError, db: str | None) -> str:
    text = str(getattr(error, "orig", error))
    if "locked" in text or "busy" in text:
        return "the database is busy with another program; try again in a moment"
    if "unable to open" in text:
        return f"cannot open the database {db or ''}: check the folder exists and is writable"
    if "disk" in text and "full" in text:
        return "the disk is full: free some space, then try again (nothing was recorded)"
    if "not a database" in text:
        return f"{db or 'the file'} is not an OptIn Desk database"
    return f"database error: {text}"


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
    arguments = list(sys.argv[1:] if argv is None else argv)
    window_db = _window_only(arguments)
    if window_db is not None:  # straight to the window: it paints before anything loads
        from optin_desk.app import run_app

        return run_app(window_db or None)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        from optin_desk.app import run_app

        return run_app(args.db)
    from sqlalchemy.exc import SQLAlchemyError

    from optin_desk.storage.engine import open_database
    from optin_desk.storage.location import NetworkShareError

    handler: Callable[[Database, argparse.Namespace], int] = args.handler
    database: Database | None = None
    try:
        database = open_database(args.db)
        return handler(database, args)
    except (InputError, NetworkShareError) as error:
        sys.stderr.write(f"optin-desk {args.command}: {error}\n")
        return EXIT_BAD_INPUT
    except RecordsSayNo as error:
        sys.stderr.write(f"optin-desk {args.command}: {error}\n")
        return EXIT_NO
    except SQLAlchemyError as error:
        sys.stderr.write(f"optin-desk {args.command}: {_database_message(error, args.db)}\n")
        return EXIT_BAD_INPUT
    finally:
        if database is not None:
            database.dispose()


if __name__ == "__main__":
    sys.exit(main())
