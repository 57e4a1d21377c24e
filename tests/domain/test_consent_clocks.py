"""An opt-out always holds: the two clocks of DESIGN.md rule 1, stated as properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from optin_desk.domain.consent import (
    DEFAULT_CATEGORIES,
    Action,
    ConsentState,
    LedgerEntry,
    Method,
    fold_consent,
    given_after,
    scope_covers,
    undoes,
)
from optin_desk.domain.when import local_date, start_of_local_day

CATS = DEFAULT_CATEGORIES
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
IN, OUT = ConsentState.OPTED_IN, ConsentState.OPTED_OUT


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def on_day(day: date, event_id: int, action: Action, scope: str = "offers") -> LedgerEntry:
    method = Method.PHONE_CALL if action is Action.OPT_OUT else Method.PAPER_FORM
    return LedgerEntry(event_id, action, scope, method, start_of_local_day(day), None, day)


def moment(when: datetime, event_id: int, action: Action, scope: str = "offers") -> LedgerEntry:
    return LedgerEntry(event_id, action, scope, Method.IN_PERSON, when)


def offers(entries: list[LedgerEntry]) -> ConsentState:
    return fold_consent(entries, CATS)["offers"].state


def test_a_same_day_opt_out_without_a_time_holds_against_this_mornings_opt_in() -> None:
    opt_in = moment(at(5.5), 1, Action.OPT_IN)  # 14:30 today
    opt_out = on_day(local_date(at(5.5)), 2, Action.OPT_OUT)  # "today", typed after
    assert offers([opt_in, opt_out]) is OUT


def test_a_back_dated_opt_out_holds_against_an_earlier_recorded_later_signed_form() -> None:
    form = on_day(date(2026, 1, 5), 1, Action.OPT_IN)
    phoned = on_day(date(2026, 1, 1), 2, Action.OPT_OUT)
    assert offers([form, phoned]) is OUT


def test_a_future_dated_opt_in_cannot_outrank_a_stop_recorded_after_it() -> None:
    ahead = moment(at(24 * 365), 1, Action.OPT_IN)  # the clock was a year ahead
    stop = moment(at(1), 2, Action.OPT_OUT)
    assert offers([ahead, stop]) is OUT


def test_an_opt_in_given_and_recorded_after_the_opt_out_re_opts_in() -> None:
    stop = on_day(local_date(at(0)), 1, Action.OPT_OUT)
    same_day_form = on_day(local_date(at(0)), 2, Action.OPT_IN)
    assert offers([stop, same_day_form]) is IN
    later = moment(at(30), 3, Action.OPT_IN)
    assert offers([stop, later]) is IN


def test_an_opt_in_typed_later_but_signed_earlier_does_not_re_opt_in() -> None:
    stop = moment(at(30), 1, Action.OPT_OUT)
    old_form = on_day(date(2026, 3, 1), 2, Action.OPT_IN)
    assert offers([stop, old_form]) is OUT
    assert not given_after(old_form, stop)


actions = st.sampled_from([Action.OPT_IN, Action.OPT_OUT])
scopes = st.sampled_from(["orders", "delivery", "offers", "marketing", "all"])
methods = st.sampled_from([Method.PAPER_FORM, Method.IN_PERSON, Method.IMPORT])


@st.composite
def entries(draw: st.DrawFn, event_id: int) -> LedgerEntry:
    hours = draw(st.integers(0, 24 * 20))
    day_only = draw(st.booleans())
    when = at(hours)
    day = local_date(when) if day_only else None
    when = start_of_local_day(day) if day else when
    return LedgerEntry(event_id, draw(actions), draw(scopes), draw(methods), when, None, day)


@st.composite
def histories(draw: st.DrawFn) -> list[LedgerEntry]:
    size = draw(st.integers(0, 10))
    return [draw(entries(event_id)) for event_id in range(1, size + 1)]


@settings(max_examples=400, deadline=None)
@given(history=histories(), stop=entries(100))
def test_whatever_an_opt_out_is_dated_it_holds_once_recorded(
    history: list[LedgerEntry], stop: LedgerEntry
) -> None:
    stop = LedgerEntry(
        stop.event_id,
        Action.OPT_OUT,
        stop.scope,
        stop.method,
        stop.occurred_at,
        None,
        stop.occurred_on,
    )
    after = fold_consent([*history, stop], CATS)
    for category in CATS:
        if scope_covers(stop.scope, category):
            assert after[category.key].state is OUT, category.key


@settings(max_examples=400, deadline=None)
@given(history=histories())
def test_opted_in_only_through_an_opt_in_that_undoes_every_opt_out(
    history: list[LedgerEntry],
) -> None:
    by_id = {e.event_id: e for e in history}
    for category in CATS:
        current = fold_consent(history, CATS)[category.key]
        if current.state is not IN:
            continue
        assert current.event_id is not None
        winner = by_id[current.event_id]
        for entry in history:
            if entry.action is Action.OPT_OUT and scope_covers(entry.scope, category):
                assert undoes(winner, entry)
                assert winner.event_id > entry.event_id
                assert winner.method is not Method.IMPORT
