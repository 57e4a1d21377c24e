"""Consent records from another tool: a dry run of what would change, then method `import`.

Opt-out wins: a row that would turn any opt-out back into an opt-in is skipped and reported,
whatever its date. Rows that would change nothing (a record already there, an older opt-in
under a newer one) are reported and left out, so importing the same file twice adds nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from optin_desk.documents.lists import ListError, Table, choose_columns, find_column
from optin_desk.domain import program_notes as notes
from optin_desk.domain.check import day_text
from optin_desk.domain.consent import (
    Action,
    LedgerEntry,
    Method,
    fold_consent,
    scope_covers,
    scope_in_words,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.phone_reader import PhoneReader
from optin_desk.domain.phones import NO_NUMBER
from optin_desk.domain.when import canonical, utc_now
from optin_desk.runtime import collector_paused
from optin_desk.services.contacts import clean_name, contact_ids
from optin_desk.services.erasure import erasure_lookup
from optin_desk.services.errors import InputError
from optin_desk.services.import_forms import FormSerials, printed_forms
from optin_desk.services.import_rows import (
    ACTION_WORDS,
    DATE_WORDS,
    METHOD_WORDS,
    NAME_WORDS,
    SCOPE_WORDS,
    ImportOutcome,
    ImportPlan,
    ImportRow,
    When,
    action_of,
    read_when,
    same_consent,
    scope_of,
    undone_opt_out,
)
from optin_desk.services.import_stop import stopped_part_way
from optin_desk.services.profile import current_wording, load_profile
from optin_desk.services.records_key import records_key
from optin_desk.services.serial_check import ELSEWHERE_NOTE
from optin_desk.storage.bulk import NewContact, bulk_add
from optin_desk.storage.ledger import NewEvent, append_events, ledger_entries
from optin_desk.storage.models import LedgerHead

__all__ = ["ImportOutcome", "ImportPlan", "ImportRow", "apply_import", "plan_import"]

BATCH = 5000
"""Rows recorded per transaction. Each commit writes every index page the batch touched
(the numbers land all over the phone index): 500 rows a batch cost 40 commits and half a
second more CPU than one transaction for 20,000 new people; 5,000 (as demo's) cost 4."""
IMPORTED_CONFIRMATION = (
    "(imported: the tool this record came from sent the confirmation; its text is not known)"
)


def plan_import(session: Session, table: Table) -> ImportPlan:
    """What importing `table` would change, row by row (nothing is written)."""
    with collector_paused():  # a row's tuples hold no cycles: nothing for it to find
        return _plan(session, table)


def _plan(session: Session, table: Table) -> ImportPlan:
    profile = load_profile(session)
    headers = table.headers
    if not table.has_header:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the file needs a header row: number, name, category, action, date"
            )
        )
    columns = {
        "scope": find_column(headers, SCOPE_WORDS),
        "action": find_column(headers, ACTION_WORDS),
        "date": find_column(headers, DATE_WORDS),
        "method": find_column(headers, METHOD_WORDS),
        "name": find_column(headers, NAME_WORDS),
    }
    missing = [key for key in ("scope", "action", "date") if columns[key] < 0]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "no {missing} column found (the columns are: {columns}); name them scope (or"
                " category), action and date",
            ),
            missing=", ".join(missing),
            columns=", ".join(headers),
        )
    try:
        phone_index, _, _ = choose_columns(table)
    except ListError as error:
        raise InputError.of(error) from None
    reader = PhoneReader(profile.country)
    width = max(phone_index, *columns.values()) + 1
    records = [
        record if len(record) >= width else [*record, *[""] * (width - len(record))]
        for record in table.records
    ]  # a short row reads as blank cells, as before
    scope_at, action_at, date_at = columns["scope"], columns["action"], columns["date"]
    method_at, name_at = columns["method"], columns["name"]
    # Each written number read once, stripped as its row reads it.
    written_numbers = [record[phone_index].strip() for record in records]
    phones = [reader.read_key(written) for written in written_numbers]
    on_file = contact_ids(session, [phone for phone, _ in phones])
    now = utc_now()
    erased_on = erasure_lookup(session)
    forms = FormSerials(session, headers, table.records)  # every serial asked about at once
    ledgers: dict[str, list[LedgerEntry]] = {}
    # The plan numbers its events after the ledger's last, as recording them would.
    next_id = (session.scalar(select(LedgerHead.last_event_id)) or 0) + 1
    rows: list[ImportRow] = []
    # A file repeats its dates, categories and actions: each written form is read once.
    dates: dict[str, tuple[When, str | None]] = {}  # and the day's text
    scopes: dict[str, str | None] = {}
    actions: dict[str, tuple[Action | None, str]] = {}  # and the action's stored word
    covered: dict[str, tuple[list[str], str, str]] = {}
    categories = profile.categories
    for number, (record, written, (phone, phone_problem)) in enumerate(
        zip(records, written_numbers, phones, strict=True), start=1
    ):
        name = record[name_at].strip() if name_at >= 0 else ""
        scope_text = record[scope_at].strip()
        action_text = record[action_at].strip()
        date_text = record[date_at].strip()
        method = record[method_at].strip()[:40] if method_at >= 0 else ""
        name_problem: str
        try:
            name = clean_name(name)
        except InputError as error:
            name, name_problem = "", Said(error.text, error.n, **error.fields)
        else:
            name_problem = ""
        if scope_text in scopes:
            scope = scopes[scope_text]
        else:
            scope = scopes[scope_text] = scope_of(scope_text, categories)
        if action_text in actions:
            action, action_word = actions[action_text]
        else:
            action = action_of(action_text)
            action_word = action_text if action is None else action.value
            actions[action_text] = (action, action_word)
        read = dates.get(date_text)
        if read is None:
            when = read_when(date_text, now)
            read = dates[date_text] = (when, when[1].isoformat() if when[1] else None)
        (occurred, day, problem, stored_at), on_day = read
        if phone is None:
            problem = phone_problem or NO_NUMBER
        elif scope is None:
            problem = Said(
                QT_TRANSLATE_NOOP("Messages", "unknown category {scope!r}"), scope=scope_text
            )
        elif action is None:
            problem = Said(
                QT_TRANSLATE_NOOP("Messages", "unknown action {action!r}: write opt_in or opt_out"),
                action=action_text,
            )
        elif name_problem:
            problem = name_problem
        fields = (
            number,
            written,
            phone or "",
            name,
            action_word,
            scope or scope_text,
            stored_at,
            method,
        )
        if problem or phone is None or scope is None or action is None or occurred is None:
            rows.append(ImportRow(*fields, ImportOutcome.INVALID, problem, on_day))
            continue
        if (erased := erased_on(phone)) is not None:
            why = Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "erased on request on {day}: an import never brings them back"
                ),
                day=day_text(erased),
            )
            rows.append(ImportRow(*fields, ImportOutcome.ERASED, why, on_day))
            continue
        form = forms.judge(number, phone, action, method, record)
        if form.problem or form.missing:
            outcome = ImportOutcome.INVALID if form.problem else ImportOutcome.NO_SERIAL
            rows.append(ImportRow(*fields, outcome, form.problem or form.missing, on_day))
            continue
        entries = ledgers.get(phone)
        if entries is None:
            contact_id = on_file.get(phone)
            entries = ledgers[phone] = ledger_entries(session, contact_id) if contact_id else []
        if scope not in covered:
            keys = [c.key for c in categories if not c.archived and scope_covers(scope, c)]
            what = scope_in_words(scope)
            covered[scope] = (
                keys,
                Said(QT_TRANSLATE_NOOP("Messages", "will opt in to {what}"), what=what),
                Said(QT_TRANSLATE_NOOP("Messages", "will opt out of {what}"), what=what),
            )
        keys, will_in, will_out = covered[scope]
        entry = LedgerEntry(next_id, action, scope, Method.IMPORT, occurred, None, day)
        opting_in = action is Action.OPT_IN
        if entries:
            before = fold_consent(entries, categories)
            undone = undone_opt_out(before, keys) if opting_in else ""
            if undone:
                rows.append(ImportRow(*fields, ImportOutcome.UNDOES_OPT_OUT, undone, on_day))
                continue
            after = fold_consent([*entries, entry], categories)
            changes = not all(same_consent(after[k], before[k]) for k in keys)
        else:
            # Nobody's consent yet: the one event sets every category it covers.
            changes = bool(keys)
        if not changes:
            text = (
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "the records already say opted in to {what}, or a later event stands",
                )
                if opting_in
                else QT_TRANSLATE_NOOP(
                    "Messages",
                    "the records already say opted out of {what}, or a later event stands",
                )
            )
            reason = Said(text, what=scope_in_words(scope))
            rows.append(ImportRow(*fields, ImportOutcome.NO_CHANGE, reason, on_day))
            continue
        entries.append(entry)
        next_id += 1
        will = will_in if opting_in else will_out
        rows.append(ImportRow(*fields, ImportOutcome.ADD, will, on_day, form.serial))
    return ImportPlan(tuple(rows))


def apply_import(
    session: Session, plan: ImportPlan, source: str, by: str = "", *, skip_invalid: bool = False
) -> int:
    """Record the plan's `add` rows with method import, a batch per transaction; commit each.

    A plan with an invalid row is refused before anything is written, unless told to skip
    the invalid rows. Every row was checked when the plan was made, so batches only start
    once the whole file passed; each batch is all there or not there at all, and running
    the same import again adds only what is still missing (a killed import resumes).
    People new to the records go in through the bulk path.
    """
    to_add = [r for r in plan.rows if r.outcome is ImportOutcome.ADD]
    if not to_add:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "nothing to import: every row is already recorded, skipped, refused or invalid",
            )
        )
    if not skip_invalid:
        plan.require_valid()
    profile = load_profile(session)
    wording = current_wording(session, profile.language, profile)
    staff = clean_name(by)
    recorded_at = canonical(utc_now())
    named = source[:200]
    opt_in = (Action.OPT_IN, wording.id, wording.sha256, "")
    opt_out = (Action.OPT_OUT, None, None, IMPORTED_CONFIRMATION)
    by_action = {Action.OPT_IN.value: opt_in, Action.OPT_OUT.value: opt_out}
    printed = printed_forms(session, (r.serial for r in to_add if r.serial))

    def event(row: ImportRow, contact_id: int) -> NewEvent:
        # a planned row to add has a known action: opt-ins name the wording, opt-outs the
        # confirmation the other tool sent
        action, wording_id, wording_sha256, confirmation = by_action[row.action]
        note = notes.written(notes.IMPORTED, file=named, row=str(row.row))
        if row.method:
            note = notes.joined_notes(note, notes.written(notes.THEIR_METHOD, method=row.method))
        if row.serial and (form := printed.get(row.serial)) is not None:
            wording_id, wording_sha256 = form  # signed on the wording printed on the form
        elif row.serial:
            note = notes.joined_notes(note, ELSEWHERE_NOTE)
        return NewEvent(
            contact_id,
            action,
            row.scope,
            Method.IMPORT,
            row.occurred_at,
            recorded_at,
            staff,
            wording_id,
            wording_sha256,
            row.serial or None,
            None,  # evidence
            note,
            None,  # voids nothing
            "",  # reason
            "",  # customer's words
            "",  # language
            confirmation,
            row.occurred_on,
        )

    added = 0
    key = records_key(session)  # read once: the same for every batch
    try:  # a batch is kept once committed: a failure says how many rows were, not none
        with collector_paused():  # the batches' rows and events hold no cycles
            for start in range(0, len(to_add), BATCH):
                batch = to_add[start : start + BATCH]
                known = contact_ids(session, [r.phone for r in batch])
                on_file: list[NewEvent] = []
                newcomers: dict[str, list[ImportRow]] = {}
                for row in batch:
                    contact_id = known.get(row.phone)
                    if contact_id is not None:
                        on_file.append(event(row, contact_id))
                    elif (theirs := newcomers.get(row.phone)) is not None:
                        theirs.append(row)
                    else:
                        newcomers[row.phone] = [row]
                if on_file:
                    append_events(session, on_file)
                people = [
                    NewContact(
                        phone,
                        # the first name the file gives them (cleaned by the plan)
                        rows[0].name or next((r.name for r in rows if r.name), ""),
                        "",
                        recorded_at,
                        [event(r, 0) for r in rows],
                    )
                    for phone, rows in newcomers.items()
                ]
                batch_added = len(on_file) + bulk_add(session, people, key)
                session.commit()
                added += batch_added  # counted once it is kept
    except SQLAlchemyError as error:
        raise stopped_part_way(error, added, len(to_add)) from error
    return added
