"""Command-line handlers for the ledger itself: init, optin, optout, void, status, history,
verify, export. Each takes the open records and the parsed arguments; returns an exit code."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.history import history_line
from optin_desk.cli.labels import KINDS, METHODS, STATES, word
from optin_desk.cli.output import (
    EXIT_OK,
    complain,
    read_occurred,
    read_when,
    say,
    warn,
)
from optin_desk.cli.words import country, message, translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
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
        raise InputError.of(error) from None
    setup = BusinessSetup(
        name=args.business,
        country=args.country,
        senders=tuple(args.sender or ()),
        categories=categories,
        address=args.address or "",
        language=args.language,
        privacy=privacy_from(args),
        staff=tuple(args.staff or ()),
    )
    with db.sessions() as session:
        profile = create_business(session, setup)
    say(
        translate("Cli", "Set up {shop} ({country}) in {where}").format(
            shop=profile.name, country=country(profile.country), where=db.where
        )
    )
    for category in profile.categories:
        say(f"  {category.key:<12} {category.label} ({word(KINDS[category.kind])})")
    return EXIT_OK


def cmd_optin(db: Records, args: argparse.Namespace) -> int:
    """Record an opt-in."""
    from optin_desk.domain.consent import Method
    from optin_desk.services.consent import (
        ClockBehindError,
        FormSerialNeededError,
        OptInRequest,
        record_opt_in,
    )

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
        printed_elsewhere=args.other_print_run,
    )
    with db.sessions() as session:
        try:
            recorded = record_opt_in(session, request, db.evidence_dir)
        except ClockBehindError as error:
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "{problem} (--clock-checked)"),
                problem=message(error),
            ) from None
        except FormSerialNeededError:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "a paper-form opt-in names its form: give the serial printed at the top of "
                    "the form with --serial (a form printed elsewhere: the number it carries, "
                    "with --other-print-run)",
                )
            ) from None
    warn(recorded.warnings)
    ids = ", ".join(str(i) for i in recorded.event_ids)
    who = f"{recorded.name} {recorded.phone}" if recorded.name else recorded.phone
    say(
        translate("Cli", "Opted in {who} to {scopes} ({method}; event {ids})").format(
            who=who,
            scopes=", ".join(recorded.scopes),
            method=word(METHODS[Method(args.method)]),
            ids=ids,
        )
    )
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
    complain(
        translate("Cli", "Opted out {phone} of {scope} (event {event})").format(
            phone=recorded.phone, scope=args.scope, event=recorded.event_ids[0]
        )
    )
    warn(recorded.warnings)
    return EXIT_OK


def cmd_void(db: Records, args: argparse.Namespace) -> int:
    """Void a mistaken event."""
    from optin_desk.services.voids import void_event

    with db.sessions() as session:
        recorded = void_event(session, args.event_id, args.reason, args.by or "", args.pin)
    say(
        translate("Cli", "Voided event {voided} of {phone} (event {event})").format(
            voided=args.event_id, phone=recorded.phone, event=recorded.event_ids[0]
        )
    )
    return EXIT_OK


def cmd_status(db: Records, args: argparse.Namespace) -> int:
    """Show a number's current consent."""
    from optin_desk.domain.when import local_display
    from optin_desk.services.contacts import contact_status
    from optin_desk.services.erasure import erased_on
    from optin_desk.services.records_key import RecordsKeyMissing

    cannot_tell = ""
    with db.reading() as session:
        status = contact_status(session, args.number)
        try:
            erased = None if status.known else erased_on(session, status.phone)
        except RecordsKeyMissing as missing:
            erased, cannot_tell = None, message(missing)
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
            "erased_on": erased.date().isoformat() if erased else None,
            **({"cannot_tell": cannot_tell} if cannot_tell else {}),
        }
        say(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    name = status.name or translate("Cli", "(no name)")
    unknown = "" if status.known or erased else translate("Cli", "  (not on file)")
    say(f"{status.phone}  {name}{unknown}")
    if erased is not None:
        said = translate(
            "Cli",
            "  erased on {day} at the person's request: blocked from every broadcast until "
            "they opt in again",
        )
        say(said.format(day=erased.date().isoformat()))
    for category in status.categories:
        current = status.consent[category.key]
        words = word(STATES[current.state])
        since = ""
        if current.since:
            day = current.on_day.isoformat() if current.on_day else local_display(current.since)
            since = translate("Cli", " since {when}").format(when=day)
        how = f" ({word(METHODS[current.method])})" if current.method else ""
        archived = translate("Cli", " [archived]") if category.archived else ""
        say(f"  {category.key:<12} {words:<11}{since}{how}  {category.label}{archived}")
    if cannot_tell:
        say(translate("Cli", "note: {note}").format(note=cannot_tell))
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
    say(f"{status.phone}  {status.name or translate('Cli', '(no name)')}")
    if not events:
        say(translate("Cli", "  no events on file"))
    for e in events:
        say(f"  #{e.id:<5} {local_display(e.occurred_at)}  {history_line(e)}")
        if e.confirmation_text:
            say(translate("Cli", "         confirmation: {text}").format(text=e.confirmation_text))
    return EXIT_OK


def cmd_suppression(db: Records, args: argparse.Namespace) -> int:
    """Write the suppression list."""
    from optin_desk.services.optouts import export_suppression

    target = Path(args.file)
    with db.sessions() as session:  # a wrong PIN is counted: this may write
        count = export_suppression(session, target, args.pin)
    say(
        translate(
            "Cli", "Wrote %n suppressed (person, kind of message) row(s) to {file}", None, count
        ).format(file=target)
    )
    return EXIT_OK


def cmd_export(db: Records, args: argparse.Namespace) -> int:
    """Write every event to a CSV file."""
    from optin_desk.services.records import export_events

    target = Path(args.file)
    with db.sessions() as session:  # a wrong PIN is counted: this may write
        count = export_events(session, target, args.pin)
    say(translate("Cli", "Wrote %n event(s) to {file}", None, count).format(file=target))
    return EXIT_OK
