"""Folding events into current consent: DESIGN.md rules 1-4."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optin_desk.domain.consent import (
    DEFAULT_CATEGORIES,
    Action,
    Category,
    CategoryKind,
    ConsentState,
    LedgerEntry,
    Method,
    fold_consent,
    parse_category_spec,
    scope_problem,
)

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
CATS = DEFAULT_CATEGORIES
IN, OUT, NONE = ConsentState.OPTED_IN, ConsentState.OPTED_OUT, ConsentState.NONE


def ev(
    event_id: int,
    action: Action,
    scope: str,
    day: int = 0,
    method: Method = Method.PAPER_FORM,
    voids: int | None = None,
) -> LedgerEntry:
    return LedgerEntry(event_id, action, scope, method, T0 + timedelta(days=day), voids)


def states(entries: list[LedgerEntry]) -> dict[str, ConsentState]:
    return {key: c.state for key, c in fold_consent(entries, CATS).items()}


def test_nothing_recorded_means_no_consent() -> None:
    assert states([]) == {"orders": NONE, "delivery": NONE, "offers": NONE}


def test_latest_event_per_category_wins() -> None:
    entries = [ev(1, Action.OPT_IN, "offers", 0), ev(2, Action.OPT_OUT, "offers", 1)]
    assert states(entries)["offers"] is OUT
    entries.append(ev(3, Action.OPT_IN, "offers", 2, Method.IN_PERSON))
    assert states(entries)["offers"] is IN


def test_order_is_by_when_it_happened_not_when_it_was_typed() -> None:
    # A paper form signed on day 0 typed in after an opt-out of day 1 does not re-opt in.
    entries = [ev(1, Action.OPT_OUT, "offers", 1), ev(2, Action.OPT_IN, "offers", 0)]
    assert states(entries)["offers"] is OUT


def test_opt_out_wins_a_tie() -> None:
    entries = [ev(2, Action.OPT_OUT, "offers", 0), ev(3, Action.OPT_IN, "offers", 0)]
    assert states(entries)["offers"] is OUT


def test_scope_all_covers_every_category_and_marketing_only_marketing() -> None:
    assert states([ev(1, Action.OPT_IN, "all")]) == {"orders": IN, "delivery": IN, "offers": IN}
    entries = [ev(1, Action.OPT_IN, "all"), ev(2, Action.OPT_OUT, "marketing", 1)]
    assert states(entries) == {"orders": IN, "delivery": IN, "offers": OUT}


def test_marketing_scope_covers_categories_added_later() -> None:
    cats = (*CATS, Category("news", "Newsletter", CategoryKind.MARKETING))
    folded = fold_consent([ev(1, Action.OPT_OUT, "marketing")], cats)
    assert folded["news"].state is OUT
    assert folded["orders"].state is NONE


def test_an_import_never_re_opts_in() -> None:
    entries = [
        ev(1, Action.OPT_IN, "offers", 0),
        ev(2, Action.OPT_OUT, "marketing", 1),
        ev(3, Action.OPT_IN, "offers", 2, Method.IMPORT),
        ev(4, Action.OPT_IN, "all", 3, Method.IMPORT),
    ]
    result = states(entries)
    assert result["offers"] is OUT
    assert result["orders"] is IN  # the import may add what was never opted out


def test_voiding_an_event_restores_the_state_before_it() -> None:
    entries = [ev(1, Action.OPT_IN, "offers", 0), ev(2, Action.OPT_OUT, "offers", 1)]
    entries.append(ev(3, Action.VOID, "offers", 2, voids=2))
    assert states(entries)["offers"] is IN
    folded = fold_consent(entries, CATS)["offers"]
    assert folded.event_id == 1


def test_category_specs_and_scopes_are_checked() -> None:
    assert parse_category_spec("news=News & views:marketing") == Category(
        "news", "News & views", CategoryKind.MARKETING
    )
    with pytest.raises(ValueError, match="KEY=LABEL:KIND"):
        parse_category_spec("news")
    with pytest.raises(ValueError, match="service"):
        parse_category_spec("news=News:promo")
    with pytest.raises(ValueError, match="reserved"):
        parse_category_spec("all=Everything:service")
    assert scope_problem("marketing", CATS) is None
    assert scope_problem("offers", CATS) is None
    assert "unknown scope" in (scope_problem("promo", CATS) or "")


actions = st.sampled_from([Action.OPT_IN, Action.OPT_OUT])
scopes = st.sampled_from(["orders", "delivery", "offers", "marketing", "all"])
methods = st.sampled_from([Method.PAPER_FORM, Method.IN_PERSON, Method.IMPORT])


@st.composite
def histories(draw: st.DrawFn) -> list[LedgerEntry]:
    size = draw(st.integers(min_value=0, max_value=12))
    entries: list[LedgerEntry] = []
    for event_id in range(1, size + 1):
        entries.append(
            ev(event_id, draw(actions), draw(scopes), draw(st.integers(0, 20)), draw(methods))
        )
    return entries


@settings(max_examples=300, deadline=None)
@given(
    history=histories(),
    imports=st.lists(st.tuples(actions, scopes, st.integers(0, 40)), min_size=1, max_size=8),
)
def test_no_sequence_of_imports_turns_an_opt_out_into_an_opt_in(
    history: list[LedgerEntry], imports: list[tuple[Action, str, int]]
) -> None:
    before = states(history)
    entries = list(history)
    next_id = len(history) + 1
    for action, scope, day in imports:
        entries.append(ev(next_id, action, scope, day, Method.IMPORT))
        next_id += 1
        after = states(entries)
        for key, state in before.items():
            if state is OUT:
                assert after[key] is not IN, key


@settings(max_examples=300, deadline=None)
@given(history=histories(), action=actions, scope=scopes, day=st.integers(0, 40))
def test_voiding_restores_the_previous_state(
    history: list[LedgerEntry], action: Action, scope: str, day: int
) -> None:
    before = fold_consent(history, CATS)
    added = ev(len(history) + 1, action, scope, day, Method.IN_PERSON)
    void = ev(len(history) + 2, Action.VOID, scope, 50, voids=added.event_id)
    assert fold_consent([*history, added, void], CATS) == before


def test_an_unknown_scope_is_a_message_with_its_fields() -> None:
    from optin_desk.domain.messages import worded

    problem = scope_problem("promo", CATS)
    assert problem is not None
    assert problem.text == "unknown scope {scope!r}: use one of {known}"
    assert problem.fields["scope"] == "promo"
    assert worded(problem, lambda _c, text, _d, _n: text.replace("unknown", "UNKNOWN")) == (
        str(problem).replace("unknown", "UNKNOWN")
    )
