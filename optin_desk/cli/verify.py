"""`verify`: the chain, then everything a proof and the readers rely on around it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.output import EXIT_NO, EXIT_OK, complain, say
from optin_desk.cli.words import message, translate

if TYPE_CHECKING:
    from optin_desk.domain.chain import ChainReport
    from optin_desk.services.handle import Records
    from optin_desk.services.verify_checks import AroundChain


def cmd_verify(db: Records, args: argparse.Namespace) -> int:
    """Recompute the ledger chain and check what lies around it."""
    from optin_desk.services.verify_checks import verify_all

    with db.reading() as session:
        report, around = verify_all(session, db.evidence_dir, args.head)
    if args.json:
        return _as_json(db, args, report, around)
    code = _say_chain(args, report)
    for finding in around.findings:
        said = message(finding.said)
        say(
            translate("Cli", "broken: {finding}").format(finding=said)
            if finding.fails
            else translate("Cli", "note: {note}").format(note=said)
        )
    say(
        translate(
            "Cli",
            "checked beside the chain: wordings {wordings}, scans {scans}, people whose"
            " consent state was refolded {people}",
        ).format(wordings=around.wordings, scans=around.scans, people=around.people)
    )
    if code != EXIT_OK or not around.ok:
        return EXIT_NO
    log = _checkpoints_to_check(db, args)
    if log:
        from optin_desk.cli.anchors import verify_checkpoints

        return verify_checkpoints(db, log)
    return EXIT_OK


def _checkpoints_to_check(db: Records, args: argparse.Namespace) -> str:
    """The checkpoints asked for, else the log kept beside the records when there is one:
    a ledger cut short and made consistent again is only seen against an earlier
    checkpoint ("" when there is none to check against)."""
    if args.checkpoint:
        return str(args.checkpoint)
    from optin_desk.services.checkpoints import log_path

    beside = log_path(db)
    return str(beside) if beside.is_file() else ""


def _say_chain(args: argparse.Namespace, report: ChainReport) -> int:
    """The chain's own lines; its exit code."""
    if not report.ok:
        if report.broken_event_id is None:  # not one event's link: what the rules read
            say(translate("Cli", "broken: {problem}").format(problem=message(report.problem)))
            return EXIT_NO
        say(
            translate("Cli", "broken: event {event}: {problem}").format(
                event=report.broken_event_id, problem=message(report.problem)
            )
        )
        return EXIT_NO
    if report.contains_head is False:
        count = report.count
        say(
            translate(
                "Cli",
                "broken: the earlier head {head} is not in the chain of %n event(s)",
                None,
                count,
            ).format(head=args.head)
        )
        return EXIT_NO
    count = report.count
    say(translate("Cli", "ok: %n event(s), head {head}", None, count).format(head=report.head))
    for note in report.notes:
        say(translate("Cli", "note: {note}").format(note=message(note)))
    return EXIT_OK


def _as_json(
    db: Records, args: argparse.Namespace, report: ChainReport, around: AroundChain
) -> int:
    """Everything verify found, as one JSON object; exit 1 when anything fails."""
    chain_ok = report.ok and report.contains_head is not False
    payload: dict[str, object] = {
        "ok": chain_ok and around.ok,
        "chain": {
            "ok": report.ok,
            "events": report.count,
            "head": report.head,
            "broken_event_id": report.broken_event_id,
            "problem": report.problem,
            "contains_head": report.contains_head,
            "notes": list(report.notes),
        },
        "findings": [finding.as_json() for finding in around.findings],
        "checked": {"wordings": around.wordings, "scans": around.scans, "people": around.people},
        "seconds": {name: round(spent, 3) for name, spent in around.seconds.items()},
    }
    log = _checkpoints_to_check(db, args)
    if log and chain_ok and around.ok:
        from optin_desk.services.checkpoints import check_checkpoints

        held = check_checkpoints(db, Path(log).expanduser())
        payload["checkpoints"] = [{"ok": c.ok, "message": c.message} for c in held]
        payload["ok"] = all(c.ok for c in held)
    say(json.dumps(payload, ensure_ascii=False, indent=2))
    return EXIT_OK if payload["ok"] else EXIT_NO


def warn_about_guards(db: Records) -> None:
    """After a backup: one line when the ledger's append-only guards are missing or off.

    A warning, not a refusal: the backup is the copy of every opt-out recorded so far, and
    checkpoints taken before still catch a rewrite of what they cover; refusing would leave
    the shop with neither a fresh copy nor a repaired file."""
    from optin_desk.services.verify_checks import guard_findings

    with db.reading() as session:
        missing = guard_findings(session)
    if missing:
        names = ", ".join(str(f.fields.get("name") or f.fields.get("role")) for f in missing)
        complain(
            translate(
                "Cli",
                "warning: the ledger's append-only guards are missing or off ({names}): the"
                " backup was made and checked, but the ledger could have been rewritten; run"
                " verify",
            ).format(names=names)
        )
