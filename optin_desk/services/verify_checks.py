"""What `verify` checks around the chain: wordings, scans, the state table, the head, guards.

Each check streams (no whole-ledger object) and is timed, so the cost of each can be shown
beside the chain's. Missing scans: on a SQLite file the scan folder sits beside the records
and nothing but an erasure removes a scan, so a missing one is lost evidence and fails; on a
shared server each computer keeps the scans it recorded, so a scan missing here is said, not
failed. A scan removed with an erasure is as it should be.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from optin_desk.domain import verify_findings as found
from optin_desk.domain.block_check import BlockCheck
from optin_desk.domain.chain import ChainReport
from optin_desk.domain.ledger_fold import LedgerFold
from optin_desk.domain.state_refold import UnreadableEventsError, compare
from optin_desk.domain.verify_findings import Finding
from optin_desk.services.owner import pin_kept_as_stated
from optin_desk.services.records import verify_records
from optin_desk.storage import verify_queries as queries
from optin_desk.storage.database import Database
from optin_desk.storage.evidence import CHUNK, evidence_path
from optin_desk.storage.ledger import (
    iter_chain_rows,
    load_categories,
    without_cycle_collector,
)
from optin_desk.storage.merkle_blocks import stored_blocks
from optin_desk.storage.server_roles import roles_that_may_rewrite_ledger

SQLITE_GUARDS = (
    "consent_events_no_update",
    "consent_events_no_delete",
    "delivery_outcomes_no_update",
    "delivery_outcomes_no_delete",
    "quality_log_no_update",
    "quality_log_no_delete",
)
"""The triggers that keep the append-only tables append-only in a SQLite file."""

SERVER_GUARDS = (
    "consent_events_append_only",
    "consent_events_no_truncate",
    "delivery_outcomes_append_only",
    "quality_log_append_only",
)
"""The same on a PostgreSQL server (besides the rights: storage.server_roles)."""


@dataclass
class AroundChain:
    """What the checks around the chain found, what they counted and what each cost."""

    findings: list[Finding] = field(default_factory=list)
    wordings: int = 0
    scans: int = 0
    people: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no finding fails verify."""
        return not any(finding.fails for finding in self.findings)


def guard_findings(session: Session) -> list[Finding]:
    """Each append-only guard that is missing or off, and each role that may rewrite."""
    if session.get_bind().dialect.name == "sqlite":
        present = queries.sqlite_triggers(session)
        return [found.guard_missing(name) for name in SQLITE_GUARDS if name not in present]
    present = queries.server_triggers(session)
    missing = [found.guard_missing(name) for name in SERVER_GUARDS if name not in present]
    roles = roles_that_may_rewrite_ledger(session.connection())
    return missing + [found.rewrite_right(role) for role in roles]


def check_wordings(session: Session, report: AroundChain) -> None:
    """Each wording's text hashes to its sha256; each event's wording row is the one its
    chain names."""
    for wording_id, language, version, words, sha256 in queries.wordings(session):
        report.wordings += 1
        if hashlib.sha256(str(words).encode("utf-8")).hexdigest() != sha256:
            report.findings.append(found.wording_text_changed(wording_id, language, version))
    for event_id, wording_id, chained, row_sha in queries.wording_mismatches(session):
        report.findings.append(
            found.event_wording_differs(event_id, wording_id, chained or "", row_sha or "")
        )


def _file_digest(path: Path) -> str | None:
    """The sha256 of a file read in chunks, or None when it is not there."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
    except FileNotFoundError:
        return None
    return digest.hexdigest()


def check_scans(session: Session, store: Path, report: AroundChain) -> None:
    """Re-hash every scan the records name that this computer can reach."""
    server = session.get_bind().dialect.name != "sqlite"
    erased = 0
    for sha256 in queries.evidence_digests(session):
        now = _file_digest(evidence_path(store, sha256))
        if now is not None:
            report.scans += 1
            if now != sha256:
                report.findings.append(found.evidence_changed(sha256, now))
            continue
        users = queries.evidence_users(session, sha256)
        kept = [event_id for event_id, on_file in users if on_file]
        if users and not kept:
            erased += 1
            continue
        first = kept[0] if kept else 0
        report.findings.append(found.evidence_missing(sha256, first, fails=not server))
    if erased:
        report.findings.append(found.evidence_erased(erased))


def check_state(session: Session, report: AroundChain, fold: LedgerFold | None = None) -> None:
    """Compare the state table with the ledger refolded: by `fold`, when the chain's read
    folded every event (see verify_all), else by a read of its own."""
    if fold is None or not fold.complete:
        fold = LedgerFold(load_categories(session))
        for _row in fold.passing(iter_chain_rows(session)):
            pass
    try:
        refolded = compare(
            fold,
            lambda: queries.state_rows_any_order(session),
            lambda people: queries.events_of_people(session, people),
            fold.categories,
        )
    except UnreadableEventsError as unreadable:
        report.findings.append(found.state_unreadable(unreadable.contact_id, unreadable.problem))
        return
    report.people = refolded.people
    first = refolded.first
    if first is not None:
        label = next((c.label for c in fold.categories if c.key == first.category), "")
        report.findings.append(
            found.state_differs(
                first.contact_id,
                first.category,
                first.table,
                first.ledger,
                first.event_id,
                first.table_event_id,
                label=label,
                table_since=first.table_since,
                ledger_since=first.ledger_since,
            )
        )


def verify_all(
    session: Session, store: Path, earlier_head: str | None = None
) -> tuple[ChainReport, AroundChain]:
    """The chain and every check beside it, with one read of the ledger for the chain and
    the consent state's refold."""
    with without_cycle_collector():
        fold = LedgerFold(load_categories(session))
        blocks = BlockCheck(stored_blocks(session))
        report = verify_records(session, earlier_head, fold, blocks)
        around = check_around_chain(session, store, report.count, fold)
        # Freed while the collector is still off: switched on with every person's folded
        # consent alive, its first pass walks all of it (half a second on a year of records).
        del fold
    around.findings.extend(block_findings(blocks))
    return report, around


def verify_everything(database: Database) -> tuple[ChainReport, AroundChain]:
    """What `verify` checks, on its own read: the chain and every check beside it, then, when
    all of that holds, the checkpoint log beside the records (a ledger cut short at its end and
    made consistent again holds as a chain; only an earlier checkpoint shows what is gone)."""
    from optin_desk.services.checkpoints import log_not_held  # cryptography: when needed

    with database.reading() as session:
        report, around = verify_all(session, database.evidence_dir)
    if report.ok and around.ok:
        around.findings.extend(found.checkpoint_not_held(said) for said in log_not_held(database))
    return report, around


def block_findings(blocks: BlockCheck) -> list[Finding]:
    """What the chain's read found of the stored Merkle blocks (extra ones once it went
    through: a read stopped at a broken link cannot tell)."""
    findings = [found.block_differs(block, last) for block, last in blocks.differs]
    findings.extend(found.block_missing(block, last) for block, last in blocks.missing)
    if blocks.complete:
        findings.extend(found.block_extra(block) for block in blocks.extra)
    return findings


def check_around_chain(
    session: Session, store: Path, events: int, fold: LedgerFold | None = None
) -> AroundChain:
    """Every check beside the chain, each timed (`events`: how many the chain counted;
    `fold`: the consent the chain's read folded, if it did)."""
    report = AroundChain()

    def timed(name: str, check: Callable[[], None]) -> None:
        started = time.process_time()
        check()
        report.seconds[name] = time.process_time() - started

    def structure() -> None:
        if events and not queries.has_head_row(session):
            report.findings.append(found.head_missing(events))
        report.findings.extend(guard_findings(session))
        if not pin_kept_as_stated(session):
            report.findings.append(found.pin_not_as_stated())
        erasures = queries.erasures_not_on_record(session)
        report.findings.extend(map(found.erasure_not_on_record, erasures))
        report.findings.extend(map(found.lift_not_on_record, queries.lifts_not_on_record(session)))

    timed("structure", structure)
    timed("wordings", lambda: check_wordings(session, report))
    timed("scans", lambda: check_scans(session, store, report))
    timed("state", lambda: check_state(session, report, fold))
    return report
