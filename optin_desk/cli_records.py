"""Command-line handlers for the ledger itself: init, optin, optout, void, status, history,
verify, export. Each takes the open Database and the parsed arguments; returns an exit code."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from optin_desk.domain.text import shown_controls
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.storage.engine import Database

EXIT_OK = 0
EXIT_NO = 1
EXIT_BAD_INPUT = 2
T = TypeVar("T")


def read_occurred(text: str | None) -> datetime | date | None:
    """An --at option: a date alone stays a day (ordered within it by recording), or None."""
    from optin_desk.domain.when import parse_occurred

    return _read_moment(text, parse_occurred)


def read_when(text: str | None) -> datetime | None:
    """A WHEN option (ISO date or date-time, not in the future), or None when not given."""
    from optin_desk.domain.when import parse_when

    return _read_moment(text, parse_when)


def _read_moment(text: str | None, parse: Callable[[str, datetime], T]) -> T | None:
    from optin_desk.domain.when import utc_now

    if text is None:
        return None
    try:
        return parse(text, utc_now())
    except ValueError as error:
        raise InputError(str(error)) from None


def warn(recorded_warnings: tuple[str, ...]) -> None:
    """Say on stderr what staff should know about something that was recorded."""
    for line in recorded_warnings:
        complain(f"Note: {line}")


class OutputError(Exception):
    """What a command prints could not be written (the reader went away, or a full disk)."""


def flush_output() -> None:
    """Write out what is still buffered for standard output (OutputError when it fails)."""
    try:
        sys.stdout.flush()
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None


def say(line: str = "") -> None:
    """One line of output for the person (or the tool) running the command.

    Control characters from the records or a file (a terminal escape in a customer's
    message, say) are written out as `\\u001b`, never sent to the terminal.
    """
    try:
        sys.stdout.write(shown_controls(line) + "\n")
    except OSError as error:  # a closed pipe (| head) or a full disk behind the output
        raise OutputError(error.strerror or str(error)) from None


def complain(line: str) -> None:
    """One line on stderr, control characters written out as in `say`."""
    sys.stderr.write(shown_controls(line) + "\n")


def cmd_init(db: Database, args: argparse.Namespace) -> int:
    """Create the database and the business profile."""
    from optin_desk.cli_categories import privacy_from
    from optin_desk.documents.templates import default_categories
    from optin_desk.domain.consent import parse_category_spec
    from optin_desk.services.profile import BusinessSetup, create_business

    try:
        categories = (
            tuple(parse_category_spec(spec) for spec in args.category)
            if args.category
            else default_categories(args.language)
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
        privacy=privacy_from(args),
    )
    with db.sessions() as session:
        profile = create_business(session, setup)
    say(f"Set up {profile.name} ({profile.country}) in {db.where}")
    for category in profile.categories:
        say(f"  {category.key:<12} {category.label} ({category.kind.value})")
    return EXIT_OK


def cmd_optin(db: Database, args: argparse.Namespace) -> int:
    """Record an opt-in."""
    from optin_desk.services.consent import ClockBehindError, OptInRequest, record_opt_in

    request = OptInRequest(
        phone=args.number,
        scopes=args.scope,
        method=args.method,
        name=args.name or "",
        at=read_occurred(args.at),
        by=args.by or "",
        serial=args.serial or "",
        evidence=Path(args.evidence) if args.evidence else None,
        note=args.note or "",
        language=args.language or "",
        clock_checked=args.clock_checked,
        lift_erasure=args.lift_erasure,
    )
    with db.sessions() as session:
        try:
            recorded = record_opt_in(session, request, db.evidence_dir)
        except ClockBehindError as error:
            raise InputError(f"{error} (--clock-checked)") from None
    warn(recorded.warnings)
    ids = ", ".join(str(i) for i in recorded.event_ids)
    who = f"{recorded.name} " if recorded.name else ""
    say(f"Opted in {who}{recorded.phone} to {', '.join(recorded.scopes)} (event {ids})")
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
        at=read_occurred(args.at),
        by=args.by or "",
        language=args.language or "",
        sent_at=read_when(args.sent_at),
    )
    with db.sessions() as session:
        recorded = record_opt_out(session, request)
    say(recorded.confirmation_text)
    complain(f"Opted out {recorded.phone} of {args.scope} (event {recorded.event_ids[0]})")
    warn(recorded.warnings)
    return EXIT_OK


def cmd_void(db: Database, args: argparse.Namespace) -> int:
    """Void a mistaken event."""
    from optin_desk.services.voids import void_event

    with db.sessions() as session:
        recorded = void_event(session, args.event_id, args.reason, args.by or "", args.pin)
    say(f"Voided event {args.event_id} of {recorded.phone} (event {recorded.event_ids[0]})")
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
                key: (current.on_day or current.since).isoformat() if current.since else None
                for key, current in status.consent.items()
            },
        }
        say(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    say(
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
        if current.on_day:
            since = f" since {current.on_day.isoformat()}"
        how = f" ({current.method.value})" if current.method else ""
        archived = " [archived]" if category.archived else ""
        say(f"  {category.key:<12} {words:<11}{since}{how}  {category.label}{archived}")
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
        say(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    say(f"{status.phone}  {status.name or '(no name)'}")
    if not events:
        say("  no events on file")
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
        say(
            f"  #{e.id:<5} {local_display(e.occurred_at)}  {e.action.value:<7} {e.scope:<10} "
            f"{e.method.value}  by {e.recorded_by or '-'}, recorded "
            f"{local_display(e.recorded_at)}{details}{voided}"
        )
        if e.confirmation_text:
            say(f"         confirmation: {e.confirmation_text}")
    return EXIT_OK


def cmd_verify(db: Database, args: argparse.Namespace) -> int:
    """Recompute the ledger chain."""
    from optin_desk.services.records import verify_records

    with db.reading() as session:
        report = verify_records(session, args.head)
    if not report.ok:
        say(f"broken: event {report.broken_event_id}: {report.problem}")
        return EXIT_NO
    if report.contains_head is False:
        say(f"broken: the earlier head {args.head} is not in the chain of {report.count} events")
        return EXIT_NO
    say(f"ok: {report.count} events, head {report.head}")
    for note in report.notes:
        say(f"note: {note}")
    return EXIT_OK


def cmd_suppression(db: Database, args: argparse.Namespace) -> int:
    """Write the suppression list."""
    from optin_desk.services.optouts import export_suppression

    target = Path(args.file)
    with db.sessions() as session:  # a wrong PIN is counted: this may write
        count = export_suppression(session, target, args.pin)
    say(f"Wrote {count} suppressed (person, category) rows to {target}")
    return EXIT_OK


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    """Write every event to a CSV file."""
    from optin_desk.services.records import export_events

    target = Path(args.file)
    with db.sessions() as session:  # a wrong PIN is counted: this may write
        count = export_events(session, target, args.pin)
    say(f"Wrote {count} events to {target}")
    return EXIT_OK
