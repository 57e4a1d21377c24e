"""Command-line handlers for the ledger itself: init, optin, optout, void, status, history,
verify, export. Each takes the open records and the parsed arguments; returns an exit code."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.output import (
    EXIT_NO,
    EXIT_OK,
    complain,
    read_occurred,
    read_when,
    say,
    warn,
)
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.handle import Records


def cmd_init(db: Records, args: argparse.Namespace) -> int:
    """Create the database and the business profile."""
    from optin_desk.cli.categories import privacy_from
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


def cmd_optin(db: Records, args: argparse.Namespace) -> int:
    """Record an opt-in."""
    from optin_desk.domain.consent import Method
    from optin_desk.services.consent import ClockBehindError, OptInRequest, record_opt_in

    request = OptInRequest(
        phone=args.number,  # read once, under the shop's country, when it is recorded
        scopes=args.scope,
        method=Method(args.method),  # one of the parser's choices
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


def cmd_optout(db: Records, args: argparse.Namespace) -> int:
    """Record an opt-out and print its confirmation."""
    from optin_desk.domain.consent import Method
    from optin_desk.services.consent import OptOutRequest, record_opt_out

    request = OptOutRequest(
        phone=args.number,
        scope=args.scope,
        method=Method(args.method),
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


def cmd_void(db: Records, args: argparse.Namespace) -> int:
    """Void a mistaken event."""
    from optin_desk.services.voids import void_event

    with db.sessions() as session:
        recorded = void_event(session, args.event_id, args.reason, args.by or "", args.pin)
    say(f"Voided event {args.event_id} of {recorded.phone} (event {recorded.event_ids[0]})")
    return EXIT_OK


def cmd_status(db: Records, args: argparse.Namespace) -> int:
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


def cmd_history(db: Records, args: argparse.Namespace) -> int:
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


def cmd_verify(db: Records, args: argparse.Namespace) -> int:
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
    if args.checkpoint:
        from optin_desk.cli.anchors import verify_checkpoints

        return verify_checkpoints(db, args.checkpoint)
    return EXIT_OK


def cmd_suppression(db: Records, args: argparse.Namespace) -> int:
    """Write the suppression list."""
    from optin_desk.services.optouts import export_suppression

    target = Path(args.file)
    with db.sessions() as session:  # a wrong PIN is counted: this may write
        count = export_suppression(session, target, args.pin)
    say(f"Wrote {count} suppressed (person, category) rows to {target}")
    return EXIT_OK


def cmd_export(db: Records, args: argparse.Namespace) -> int:
    """Write every event to a CSV file."""
    from optin_desk.services.records import export_events

    target = Path(args.file)
    with db.sessions() as session:  # a wrong PIN is counted: this may write
        count = export_events(session, target, args.pin)
    say(f"Wrote {count} events to {target}")
    return EXIT_OK
