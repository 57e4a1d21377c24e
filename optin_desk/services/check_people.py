"""What the records say of the people a list names, as few plain facts as decide their
verdicts: read a set of people at a time, each shared fact judged once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy.orm import Session

from optin_desk.domain.check import CheckSettings, PersonRecord, RowVerdict, judge_row
from optin_desk.domain.consent import (
    NO_CONSENT,
    Category,
    CategoryKind,
    ConsentState,
    CurrentConsent,
    Method,
)
from optin_desk.domain.when import canonical, from_canonical
from optin_desk.storage import check_queries as queries
from optin_desk.storage.check_queries import StateFact
from optin_desk.storage.delivery_queries import held_back_counts

_STATES = {state.value: state for state in ConsentState}
Text = str | None
Fact = tuple[Text, Text, Text, Text, tuple[str, ...], int, int, Text, Text]
"""state, since (to the hour), method, scope, opted in elsewhere, recent marketing, recent in
the category, last marketing sent and last engaged (as the edges the rules compare them with):
what decides one person's verdict."""
ConsentPart = tuple[Text, Text, Text, Text]
"""state, since (noon of its local day), method, scope: a person's consent, as facts read it."""
_METHODS = {method.value: method for method in Method}


def people_verdicts(
    session: Session,
    contact_ids: Sequence[int],
    category: Category,
    categories: Sequence[Category],
    settings: CheckSettings,
    now: datetime,
    decided: dict[Fact, RowVerdict],
) -> dict[int, RowVerdict]:
    """Each person's verdict from what the records say of them, read a set at a time, and
    only what is needed (people with nothing for or around this category left out).

    Each person comes out as a plain tuple of the stored values the rules read; people who
    share one (most do, a list over) get their verdict worked out once, kept in `decided`.
    Most people were sent nothing lately: their verdict follows from their consent alone, so
    it is worked out once for each consent there is and handed to them in one mapping.
    """
    everyone = queries.wants_everyone(session, contact_ids)
    states = queries.consent_states(session, contact_ids, category.key, everyone)
    # Who has no consent here but some elsewhere ("consent for orders only").
    without = [i for i in contact_ids if i not in states]
    elsewhere = queries.opted_in_elsewhere(session, without, category.key, everyone)
    sends = _recent_sends(session, contact_ids, category, categories, settings, now, everyone)
    engaged = _engaged(session, sends, settings, now)
    names = [(c.key, c.label) for c in categories]
    noon, shared = _local_noon, decided.get

    def verdict(fact: Fact) -> RowVerdict:
        given = shared(fact)
        if given is None:
            record = _record_of(fact)
            given = decided[fact] = judge_row(("+", None), None, category, record, settings, now)
        return given

    def consent_part(state: StateFact) -> ConsentPart:
        since = state[1]
        return (state[0], noon(since[:13]) if since else None, state[2], state[3])  # the day

    in_order: dict[frozenset[str], tuple[str, ...]] = {}

    def ordered(keys: frozenset[str]) -> tuple[str, ...]:
        found = in_order.get(keys)
        if found is None:
            found = in_order[keys] = tuple(name for key, name in names if key in keys)
        return found

    # People on file for this category (none of them in `elsewhere`), the most, go first:
    # those sent nothing lately share the verdict of their consent, worked out once for each.
    parts = dict(zip(states, map(consent_part, states.values()), strict=True))
    unsent: dict[ConsentPart, RowVerdict] = {}
    for part in set(parts.values()):
        unsent[part] = verdict((*part, (), 0, 0, None, None))
    verdicts = dict(zip(parts, map(unsent.__getitem__, parts.values()), strict=True))
    # Someone on file with nothing for or around this category reads as nobody on file.
    only: dict[frozenset[str], RowVerdict] = {
        keys: verdict((None, None, None, None, ordered(keys), 0, 0, None, None))
        for keys in set(elsewhere.values())
    }
    verdicts.update(zip(elsewhere, map(only.__getitem__, elsewhere.values()), strict=True))
    for contact_id, (total, in_category, last_sent) in sends.items():  # the few sent to
        consent = parts.get(contact_id)
        others = elsewhere.get(contact_id)
        fact = (
            *(consent or (None, None, None, None)),
            ordered(others) if others and consent is None else (),
            total,
            in_category,
            last_sent,
            engaged.get(contact_id),
        )
        verdicts[contact_id] = verdict(fact)
    return verdicts


def _recent_sends(
    session: Session,
    contact_ids: Sequence[int],
    category: Category,
    categories: Sequence[Category],
    settings: CheckSettings,
    now: datetime,
    everyone: bool,
) -> dict[int, tuple[int, int, str | None]]:
    """Marketing messages sent to these people within the cap's days (all of them, and of
    this category) and the last one's time, as the edge the rules compare it with."""
    sends: dict[int, tuple[int, int, str | None]] = {}
    if category.kind is not CategoryKind.MARKETING:
        return sends
    marketing = [c.key for c in categories if c.kind is CategoryKind.MARKETING]
    cutoff = canonical(now - timedelta(days=settings.cap_days))
    here, sent_before = category.key, sends.get
    for contact_id, key, last, count in queries.marketing_sends(
        session, contact_ids, marketing, cutoff, everyone
    ):
        before = sent_before(contact_id)
        if before is None:  # most people: one marketing category messaged
            sends[contact_id] = (count, count if key == here else 0, last or None)
            continue
        total, in_category, latest = before
        sends[contact_id] = (
            total + count,
            in_category + (count if key == here else 0),
            last if last and (not latest or last > latest) else latest or None,
        )
    for contact_id, held in held_back_counts(session, contact_ids, cutoff).items():
        total, in_category, latest = sends.get(contact_id, (0, 0, None))
        sends[contact_id] = (total + held, in_category, latest)  # WhatsApp held back (131049)
    # The rules only ask whether the last marketing message is older than the long gap: the
    # time becomes the edge on its side (canonical text compares as time), so people who
    # differ only in when share a verdict.
    gap_start = canonical(now - timedelta(days=settings.long_gap_days))
    before_gap = canonical(now - timedelta(days=settings.long_gap_days, microseconds=1))
    return {
        i: (
            total,
            in_category,
            None if last is None else gap_start if last >= gap_start else before_gap,
        )
        for i, (total, in_category, last) in sends.items()
    }


def _engaged(
    session: Session,
    sends: dict[int, tuple[int, int, str | None]],
    settings: CheckSettings,
    now: datetime,
) -> dict[int, str]:
    """Who of those messaged within the long gap (the only ones it matters for) did
    something on record within the unengaged days, as that edge."""
    gap_start = canonical(now - timedelta(days=settings.long_gap_days))
    recent = [i for i, (_, _, last) in sends.items() if last is not None and last >= gap_start]
    engaged_edge = canonical(now - timedelta(days=settings.unengaged_days))
    return {
        i: engaged_edge
        for i, at in queries.latest_events(session, recent).items()
        if at >= engaged_edge
    }


@lru_cache(maxsize=65_536)
def _local_noon(hour: str) -> str:
    """Noon of the local day that UTC hour `hour` (canonical text to the hour) falls on.

    A reason names the day consent was given, so everyone whose consent dates from one local
    day can share a verdict; noon stays inside that day whatever a clock change does.
    """
    local = from_canonical(hour + ":00:00Z").astimezone()
    noon = local.replace(hour=12, minute=0, second=0, microsecond=0)
    return canonical(noon)[:13]


def _record_of(fact: Fact) -> PersonRecord:
    """The person behind a fact (built once for every person who shares it)."""
    state, since, method, scope, others, total, in_category, last_sent, engaged = fact
    consent = (
        CurrentConsent(
            _STATES[state],
            None,
            from_canonical(since + ":00:00Z") if since else None,
            _METHODS[method] if method else None,
            scope,
        )
        if state
        else NO_CONSENT
    )
    return PersonRecord(
        consent=consent,
        opted_in_to=others,
        recent_marketing=total,
        recent_in_category=in_category,
        last_marketing_sent=from_canonical(last_sent) if last_sent else None,
        last_engaged=from_canonical(engaged) if engaged else None,
    )
