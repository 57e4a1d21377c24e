"""Judging a recipient list a batch of rows at a time: what a check knows between batches is
the numbers already seen (for duplicates) and the verdicts already worked out, no more."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import compress, repeat
from operator import itemgetter, ne
from typing import cast

from sqlalchemy.orm import Session

from optin_desk.documents.list_types import ListBatch
from optin_desk.domain.check import CheckSettings, PersonRecord, RowVerdict, judge_row
from optin_desk.domain.consent import NO_CONSENT, Category
from optin_desk.domain.phone_reader import PhoneReader
from optin_desk.services.check_people import Fact, people_verdicts
from optin_desk.services.check_rows import CheckedBatch
from optin_desk.services.check_warnings import warn_undeliverable
from optin_desk.services.erasure import erasure_lookup
from optin_desk.storage import check_queries as queries


def _erased_in(
    erased_on: Callable[[str], datetime | None], numbers: Sequence[str]
) -> dict[str, PersonRecord]:
    """The numbers here that were erased on request (kept only as keyed hashes)."""
    found = {}
    for e164 in numbers:
        when = erased_on(e164)
        if when is not None:
            found[e164] = PersonRecord(consent=NO_CONSENT, erased_on=when)
    return found


class RowJudge:
    """Gives rows their verdicts, batch after batch, as one check of the whole list would.

    A number seen in an earlier batch makes a later row with it a duplicate; the erasure
    lookup is read once for the whole check. The numbers on file are looked up for each
    batch's rows, or read all at once (and kept) when a batch is a large share of them.
    """

    def __init__(
        self,
        session: Session,
        category: Category,
        categories: Sequence[Category],
        settings: CheckSettings,
        now: datetime,
        country: str,
    ) -> None:
        self._session = session
        self._category = category
        self._categories = categories
        self._settings = settings
        self._now = now
        self._contacts = queries.contact_count(session)
        self._every_number: dict[str, int] | None = None
        self._reader = PhoneReader(country)
        self._erased_on = erasure_lookup(session, unknown_ok=True)  # not on file: blocked anyway
        self._first_row: dict[str, int] = {}
        self._decided: dict[Fact, RowVerdict] = {}

    def _numbers(self, inputs: Sequence[str]) -> tuple[dict[str, int], bool]:
        """The numbers on file these rows may name, with their contact ids, and whether that
        is every number on file: looked up (what the rows could be, as the reader would
        take them), unless the rows are so many that one read of them all costs less."""
        if len(inputs) > queries.BROAD_SHARE * self._contacts:
            if self._every_number is None:
                self._every_number = queries.numbers_on_file(self._session)
            return self._every_number, True
        candidates = self._reader.candidates
        wanted = {key for written in inputs for key in candidates(written)}
        return queries.numbers_among(self._session, wanted), False

    def judge(self, batch: ListBatch, tick: Callable[[int], None], every: int) -> CheckedBatch:
        """The verdicts of the next rows of the list, in order; `tick(i)` before every
        `every`-th row is read (it may stop the check)."""
        inputs = batch.inputs
        known, complete = self._numbers(inputs)
        self._reader.known = known  # answers only what it is sure of: the same keys either way
        read_keys = self._reader.read_keys
        keys: list[tuple[str | None, str | None]] = []
        for start in range(0, len(inputs), every):
            tick(start)
            keys += read_keys(inputs[start : start + every])
        numbers = list(map(itemgetter(0), keys))
        first_row = self._first_row
        # The numbers this batch brings to the check, each once, in the order they come.
        new = list(dict.fromkeys(numbers))
        if None in new:
            new.remove(None)
        if first_row:
            new = [e164 for e164 in new if e164 not in first_row]
        if not complete:  # a number the parser read from a form no candidate covered
            missing = [e164 for e164 in new if e164 not in known]
            if missing:
                known = {**known, **queries.numbers_among(self._session, missing)}
        found = set(map(known.get, new))  # the people these new numbers are
        found.discard(None)
        of_person = people_verdicts(
            self._session,
            sorted(cast("set[int]", found)),
            self._category,
            self._categories,
            self._settings,
            self._now,
            self._decided,
        )
        category, settings, now = self._category, self._settings, self._now
        # A number on file with nothing for or around this category, or not on file.
        nobody = judge_row(("+", None), None, category, None, settings, now)
        people = map(known.get, cast("list[str]", numbers))  # None where nobody (or no number)
        outcomes = cast(
            "list[RowVerdict]",
            list(map(of_person.get, people, repeat(nobody))),  # type: ignore[arg-type]
        )
        erased = {  # on file again or not, an erased number says so
            e164: judge_row((e164, None), None, category, record, settings, now)
            for e164, record in _erased_in(self._erased_on, new).items()
        }
        self._mark_again(outcomes, batch.rows, keys, numbers, new, erased)
        phones = ["" if e164 is None else e164 for e164 in numbers]
        checked = CheckedBatch(batch.rows, inputs, batch.names, phones, outcomes)
        return warn_undeliverable(self._session, checked)

    def _mark_again(
        self,
        outcomes: list[RowVerdict],
        rows: list[int],
        keys: Sequence[tuple[str | None, str | None]],
        numbers: list[str | None],
        new: list[str],
        erased: dict[str, RowVerdict],
    ) -> None:
        """Rows whose verdict is not their number's person's: no valid number (invalid), a
        number that came before in this batch or an earlier one (a duplicate), the first row
        of an erased number. Every other row keeps the verdict it was given."""
        count = len(numbers)
        # Where each number first comes in this batch (the last write of a key wins).
        first_at = dict(zip(reversed(numbers), reversed(range(count)), strict=True))
        firsts = map(first_at.__getitem__, numbers)
        again = set(compress(range(count), map(ne, firsts, range(count))))
        first_row = self._first_row
        if first_row:
            again.update(compress(range(count), map(first_row.__contains__, numbers)))
        if None in first_at:
            again.add(first_at[None])
        for number, verdict in erased.items():
            outcomes[first_at[number]] = verdict
        category, settings, now = self._category, self._settings, self._now
        invalid: dict[tuple[str | None, str | None], RowVerdict] = {}
        for at in sorted(again):
            key = keys[at]
            e164 = key[0]
            if e164 is None:
                if key not in invalid:
                    invalid[key] = judge_row(key, None, category, None, settings, now)
                outcomes[at] = invalid[key]
                continue
            earlier = first_row.get(e164)  # (one cell may hold two numbers: one row)
            if earlier is None:
                earlier = rows[first_at[e164]]
            outcomes[at] = judge_row(key, earlier, category, None, settings, now)
        first_rows = map(rows.__getitem__, map(first_at.__getitem__, new))
        first_row.update(zip(new, first_rows, strict=True))
