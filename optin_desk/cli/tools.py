"""Command-line handlers for lists, safety and tools: check, backup, restore, pin,
demo, screenshots."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.check_lines import say_check
from optin_desk.cli.output import EXIT_OK, read_when, say
from optin_desk.cli.words import message, translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.handle import Records


def cmd_check(db: Records, args: argparse.Namespace) -> int:
    """Check a recipient list against the records (read, judged and written as it streams)."""
    from optin_desk.documents.list_stream import stream_input, stream_list
    from optin_desk.documents.lists import ListError
    from optin_desk.services.check import CheckJob
    from optin_desk.services.check_files import STREAM_BATCH, CheckOutputs, check_and_write

    sent_at = read_when(args.sent_at)
    if args.sent_at and not args.record_sent:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "--sent-at goes with --record-sent"))
    outputs = CheckOutputs(
        report=Path(args.report) if args.report else None,
        allowed=Path(args.allowed) if args.allowed else None,
        record_sent=args.record_sent,
        sent_at=sent_at,
        say=message,  # the reasons in the shop's language, countries by name (once per reason)
    )
    try:
        if args.file == "-":  # read in a stream, within the list reader's caps
            stream = stream_input(sys.stdin.buffer, "standard input", STREAM_BATCH, args.column)
        else:
            stream = stream_list(Path(args.file), STREAM_BATCH, args.column, args.sheet)
        recipients = stream.recipients
        # sha256 of the bytes read, made while reading them (asked once all were read)
        job = CheckJob(args.category, recipients.source, stream.digest, args.by or "")
        try:
            with db.sessions() as session:  # the files first; the check and sends only then
                result, sent = check_and_write(
                    session, stream.batches, job, outputs, not db.read_only
                )
        finally:
            stream.close()
    except ListError as error:
        raise InputError.of(error) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "cannot read {file}: {problem}"),
            file=args.file,
            problem=error.strerror or error,
        ) from None
    if args.json:
        payload: dict[str, object] = {
            "check_id": result.check_id,
            "category": result.category,
            "rows": result.row_count,
            "counts": result.counts,
            "phone_column": recipients.phone_column,
            "name_column": recipients.name_column,
            "opt_out_line": result.opt_out_lines,
        }
        if sent is not None:
            payload["recorded_sent"] = sent
        say(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    say_check(result, recipients)
    if sent is not None:
        say(translate("Cli", "Recorded %n message(s) as sent", None, sent))
    return EXIT_OK


def cmd_backup(db: Records, args: argparse.Namespace) -> int:
    """Copy the records to a file or folder, and check the copy."""
    from optin_desk.services.backups import make_backup
    from optin_desk.services.owner import require_owner

    dest = str(args.dest)
    if dest.endswith(("/", os.sep)) and not Path(dest).expanduser().is_dir():
        raise InputError(  # "bk/" names a folder: never a file called bk beside it
            QT_TRANSLATE_NOOP(
                "Messages", "the folder {parent} does not exist; plug in the stick or create it"
            ),
            parent=dest,
        )
    with db.sessions() as session:  # every name and number: the owner's (a wrong PIN counts)
        require_owner(session, args.pin)
    info = make_backup(db, Path(dest).expanduser(), args.pin)
    count = info.events
    say(
        translate("Cli", "Backed up %n event(s) to {file} (head {head})", None, count).format(
            file=info.path, head=info.head
        )
    )
    if info.unchanged:  # the last backup already held these records: kept, or copied
        said = translate(
            "Cli",
            "Nothing had changed since the backup of {when} UTC (same ledger head and count, "
            "no other change counted): it was reused",
        )
        say(said.format(when=f"{info.made_at:%Y-%m-%d %H:%M}"))
    from optin_desk.cli.verify import warn_about_guards

    warn_about_guards(db)
    return EXIT_OK


def cmd_restore(db: Records, args: argparse.Namespace) -> int:
    """Replace the records with a checked backup, keeping every later opt-out and erasure."""
    from optin_desk.services.backups import check_records_file, restore_backup
    from optin_desk.services.restore import preview_restore

    source = Path(args.src).expanduser()
    if db.sqlite_path is not None:  # a server's dump is checked by loading it (server_restore)
        check_records_file(source)
    plan = preview_restore(db, source)
    say(translate("Cli", "Restoring {file}:").format(file=source))
    for line in plan.lines():
        say(f"  {message(line)}")
    if args.dry_run:
        say(translate("Cli", "Nothing was changed (--dry-run)"))
        return EXIT_OK

    def disconnect(count: int) -> None:
        say(
            translate(
                "Cli", "Disconnecting %n other connection(s) to the records (--force)", None, count
            )
        )

    done = restore_backup(
        db,
        source,
        args.pin,
        other_shop=args.other_shop,
        disconnect=disconnect if args.force else None,
    )
    count = done.plan.backup_events
    opt_outs = len(done.plan.opt_outs)
    erasures = len(done.plan.erasures)
    held = done.events
    say(
        " ".join(
            (
                translate("Cli", "Restored %n event(s).", None, count),
                translate("Cli", "Re-applied %n opt-out(s).", None, opt_outs),
                translate("Cli", "Re-applied %n erasure(s).", None, erasures),
                translate("Cli", "The records hold %n event(s), head {head}.", None, held).format(
                    head=done.head[:12]
                ),
                translate("Cli", "The replaced records are kept in {file}.").format(
                    file=done.replaced_kept_at
                ),
            )
        )
    )
    if done.state_refolded:
        say(
            translate(
                "Cli",
                "The backup's consent table did not match its ledger (it was edited outside "
                "the program): every person's consent was worked out again from the ledger.",
            )
        )
    return EXIT_OK


def cmd_pin(db: Records, args: argparse.Namespace) -> int:
    """Set, change or remove the owner PIN."""
    from optin_desk.services.owner import set_owner_pin

    with db.sessions() as session:
        now_set = set_owner_pin(session, args.new_pin, args.pin)
    say(translate("Cli", "Owner PIN set") if now_set else translate("Cli", "Owner PIN removed"))
    return EXIT_OK


def cmd_demo(db: Records, args: argparse.Namespace) -> int:
    """Fill the database with realistic demo records."""
    from optin_desk.services.demo import add_demo_contacts
    from optin_desk.services.handle import records_chosen
    from optin_desk.services.profile import BusinessSetup, create_business, has_profile

    if args.contacts < 1 or args.contacts > 1_000_000:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "--contacts must be between 1 and 1000000"))
    if not records_chosen(args.db):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "demo needs --db: demo records go into a database of their own, never the "
                "default one",
            )
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
            count = args.contacts
            line = translate("Cli", "{done} of %n contact(s)", None, count)
            sys.stderr.write("\r" + line.format(done=done))

        events = add_demo_contacts(session, args.contacts, seed=args.seed, progress=progress)
    sys.stderr.write("\n")
    count = args.contacts
    say(
        translate("Cli", "Added %n demo contact(s).", None, count)
        + " "
        + translate("Cli", "They have %n event(s) in all.", None, events)
    )
    return EXIT_OK


def cmd_screenshots(db: Records, args: argparse.Namespace) -> int:
    """Render every page of the window to PNG files."""
    from optin_desk.screenshots import render_pages

    target = Path(args.dir)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "cannot create {folder}: {problem}"),
            folder=target,
            problem=error.strerror,
        ) from None
    # the global --ui-language wins over the command's own --language
    language = getattr(args, "ui_language", None) or args.language
    for path in render_pages(db, target, language):
        say(str(path))
    return EXIT_OK
