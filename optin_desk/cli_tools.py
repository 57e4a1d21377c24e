"""Command-line handlers for lists, safety and tools: check, backup, restore, erase, pin,
demo, screenshots."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli_records import EXIT_OK, read_when, say
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.storage.engine import Database


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    """Check a recipient list against the records."""
    import hashlib

    from optin_desk.documents.lists import ListError, read_list, read_pasted
    from optin_desk.services.check import record_sent, run_check
    from optin_desk.services.check_files import write_allowed, write_report

    sent_at = read_when(args.sent_at)
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
        result = run_check(
            session, recipients, args.category, digest, args.by or "", keep=not db.read_only
        )
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
        say(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    kept = f"Check {result.check_id}" if result.check_id else "Check (not kept: read-only)"
    say(
        f"{kept}: {len(result.rows)} rows of {recipients.source} for "
        f"{result.category} (numbers from column {recipients.phone_column!r})"
    )
    lines = sum(1 for r in result.rows if r.opt_out_line)
    for verdict, count in result.counts.items():
        extra = f" ({lines} with an opt-out option)" if verdict == "send" and lines else ""
        say(f"  {verdict:<15}{count:>7}{extra}")
    if sent is not None:
        say(f"Recorded {sent} messages as sent")
    return EXIT_OK


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    """Copy the records to a file or folder, and check the copy."""
    from optin_desk.services.backups import make_backup

    info = make_backup(db, Path(args.dest).expanduser())
    say(f"Backed up {info.events} events to {info.path} (head {info.head})")
    return EXIT_OK


def cmd_restore(db: Database, args: argparse.Namespace) -> int:
    """Replace the records with a checked backup, keeping every later opt-out and erasure."""
    from optin_desk.services.backups import check_records_file, restore_backup
    from optin_desk.services.restore import preview_restore

    source = Path(args.src).expanduser()
    check_records_file(source)
    plan = preview_restore(db, source)
    say(f"Restoring {source}:")
    for line in plan.lines():
        say(f"  {line}")
    if args.dry_run:
        say("Nothing was changed (--dry-run)")
        return EXIT_OK
    done = restore_backup(db, source, args.pin, other_shop=args.other_shop)
    say(
        f"Restored {done.plan.backup_events} events and re-applied "
        f"{len(done.plan.opt_outs)} opt-out(s) and {len(done.plan.erasures)} erasure(s): "
        f"{done.events} events, head {done.head[:12]}; "
        f"the replaced records are kept in {done.replaced_kept_at}"
    )
    return EXIT_OK


def cmd_erase(db: Database, args: argparse.Namespace) -> int:
    """Erase a person on request."""
    from optin_desk.services.erasure import erase_contact

    with db.sessions() as session:
        done = erase_contact(session, args.number, args.by or "", db, args.pin)
    say(
        f"Erased the name, number and {done.scans_removed} scan(s); {done.events_kept} ledger "
        "entries stay, and the number stays blocked from broadcasts"
    )
    return EXIT_OK


def cmd_pin(db: Database, args: argparse.Namespace) -> int:
    """Set, change or remove the owner PIN."""
    from optin_desk.services.owner import set_owner_pin

    with db.sessions() as session:
        now_set = set_owner_pin(session, args.new_pin, args.pin)
    say("Owner PIN set" if now_set else "Owner PIN removed")
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
    say(f"Added {args.contacts} demo contacts with {events} events")
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
        say(str(path))
    return EXIT_OK
