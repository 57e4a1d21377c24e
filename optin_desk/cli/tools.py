"""Command-line handlers for lists, safety and tools: check, backup, restore, erase, pin,
demo, screenshots."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.output import EXIT_NO, EXIT_OK, complain, read_when, say
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.handle import Records


def cmd_check(db: Records, args: argparse.Namespace) -> int:
    """Check a recipient list against the records."""
    from optin_desk.documents.lists import ListError, read_list, read_stream
    from optin_desk.services.check_files import CheckOutputs, check_and_write

    sent_at = read_when(args.sent_at)
    if args.sent_at and not args.record_sent:
        raise InputError("--sent-at goes with --record-sent")
    try:
        if args.file == "-":  # read in a stream, within the list reader's caps
            recipients = read_stream(sys.stdin.buffer, "standard input", args.column)
        else:
            recipients = read_list(Path(args.file), args.column, args.sheet)
    except ListError as error:
        raise InputError(str(error)) from None
    except OSError as error:
        raise InputError(f"cannot read {args.file}: {error.strerror or error}") from None
    outputs = CheckOutputs(
        report=Path(args.report) if args.report else None,
        allowed=Path(args.allowed) if args.allowed else None,
        record_sent=args.record_sent,
        sent_at=sent_at,
    )
    digest = recipients.digest  # sha256 of the bytes read, made while reading them
    with db.sessions() as session:  # the files first; the check and sends only then
        result, sent = check_and_write(
            session, recipients, args.category, digest, args.by or "", outputs, not db.read_only
        )
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


def cmd_backup(db: Records, args: argparse.Namespace) -> int:
    """Copy the records to a file or folder, and check the copy."""
    from optin_desk.services.backups import make_backup
    from optin_desk.services.owner import require_owner

    with db.sessions() as session:  # every name and number: the owner's (a wrong PIN counts)
        require_owner(session, args.pin)
    info = make_backup(db, Path(args.dest).expanduser(), args.pin)
    say(f"Backed up {info.events} events to {info.path} (head {info.head})")
    return EXIT_OK


def cmd_restore(db: Records, args: argparse.Namespace) -> int:
    """Replace the records with a checked backup, keeping every later opt-out and erasure."""
    from optin_desk.services.backups import check_records_file, restore_backup
    from optin_desk.services.restore import preview_restore

    source = Path(args.src).expanduser()
    if db.sqlite_path is not None:  # a server's dump is checked by loading it (server_restore)
        check_records_file(source)
    plan = preview_restore(db, source)
    say(f"Restoring {source}:")
    for line in plan.lines():
        say(f"  {line}")
    if args.dry_run:
        say("Nothing was changed (--dry-run)")
        return EXIT_OK

    def disconnect(count: int) -> None:
        say(f"Disconnecting {count} other connection(s) to the records (--force)")

    done = restore_backup(
        db,
        source,
        args.pin,
        other_shop=args.other_shop,
        disconnect=disconnect if args.force else None,
    )
    say(
        f"Restored {done.plan.backup_events} events and re-applied "
        f"{len(done.plan.opt_outs)} opt-out(s) and {len(done.plan.erasures)} erasure(s): "
        f"{done.events} events, head {done.head[:12]}; "
        f"the replaced records are kept in {done.replaced_kept_at}"
    )
    return EXIT_OK


def cmd_erase(db: Records, args: argparse.Namespace) -> int:
    """Erase a person on request."""
    from optin_desk.services.erasure import erase_contact

    with db.sessions() as session:
        done = erase_contact(session, args.number, args.by or "", db, args.pin)
    if done.already:
        say(f"{args.number} was erased on {done.erased_at:%Y-%m-%d}; the number stays blocked")
    else:
        say(
            f"Erased the name, number and {done.scans_removed} scan(s); {done.events_kept} "
            "ledger entries stay, and the number stays blocked from broadcasts"
        )
    if done.wipe_problem:
        complain(
            f"optin-desk erase: the erasure is recorded, but wiping the freed space of the file "
            f"failed ({done.wipe_problem}): free some disk space, then run "
            f"'optin-desk erase {args.number}' again to wipe it"
        )
        return EXIT_NO
    if done.already:
        say("Wiped the freed space of the file again")
    return EXIT_OK


def cmd_pin(db: Records, args: argparse.Namespace) -> int:
    """Set, change or remove the owner PIN."""
    from optin_desk.services.owner import set_owner_pin

    with db.sessions() as session:
        now_set = set_owner_pin(session, args.new_pin, args.pin)
    say("Owner PIN set" if now_set else "Owner PIN removed")
    return EXIT_OK


def cmd_demo(db: Records, args: argparse.Namespace) -> int:
    """Fill the database with realistic demo records."""
    from optin_desk.services.demo import add_demo_contacts
    from optin_desk.services.handle import records_chosen
    from optin_desk.services.profile import BusinessSetup, create_business, has_profile

    if args.contacts < 1 or args.contacts > 1_000_000:
        raise InputError("--contacts must be between 1 and 1000000")
    if not records_chosen(args.db):
        raise InputError(
            "demo needs --db: demo records go into a database of their own, never the default one"
        )
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


def cmd_screenshots(db: Records, args: argparse.Namespace) -> int:
    """Render every page of the window to PNG files."""
    from optin_desk.screenshots import render_pages

    target = Path(args.dir)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create {target}: {error.strerror}") from None
    for path in render_pages(db, target):
        say(str(path))
    return EXIT_OK
