"""The state table refolded from the ledger: the first disagreement, named."""

from __future__ import annotations

from optin_desk.domain.consent import Category, CategoryKind
from optin_desk.domain.state_refold import Disagreement, refold

CATEGORIES = [
    Category("orders", "Orders", CategoryKind.SERVICE),
    Category("offers", "Offers", CategoryKind.MARKETING),
]
T1, T2 = "2026-01-01T10:00:00.000000Z", "2026-01-02T10:00:00.000000Z"
EVENTS = [  # contact_id, id, action, scope, method, occurred_at, voided_event_id, occurred_on
    (1, 1, "opt_in", "all", "in_person", T1, None, None),
    (1, 3, "opt_out", "marketing", "in_person", T2, None, None),
    (2, 2, "opt_in", "orders", "in_person", T1, None, None),
    (3, 4, "opt_in", "offers", "in_person", T1, None, None),
    (3, 5, "void", "offers", "in_person", T2, 4, None),
]
STATES = [  # contact_id, category_key, state, event_id, since
    (1, "offers", "opted_out", 3, T2),
    (1, "orders", "opted_in", 1, T1),
    (2, "orders", "opted_in", 2, T1),
]


def test_a_table_that_follows_the_ledger_agrees() -> None:
    result = refold(EVENTS, STATES, CATEGORIES)
    assert result.first is None
    assert result.people == 3


def test_an_opt_out_turned_into_an_opt_in_is_the_first_disagreement() -> None:
    edited = [(*STATES[0][:2], "opted_in", *STATES[0][3:]), *STATES[1:]]
    result = refold(EVENTS, edited, CATEGORIES)
    assert result.first == Disagreement(1, "offers", "opted_in", "opted_out", 3, 3, T2, T2)


def test_a_removed_row_and_a_row_without_events_are_caught() -> None:
    assert refold(EVENTS, STATES[1:], CATEGORIES).first == Disagreement(
        1, "offers", "none", "opted_out", 3, None, None, T2
    )
    extra = [*STATES, (3, "offers", "opted_in", 4, T1)]  # voided: the ledger says none
    assert refold(EVENTS, extra, CATEGORIES).first == Disagreement(
        3, "offers", "opted_in", "none", None, 4, T1, None
    )
    stray = [(0, "orders", "opted_in", 1, T1), *STATES]  # a person with no event at all
    assert refold(EVENTS, stray, CATEGORIES).first == Disagreement(
        0, "orders", "opted_in", "none", None, 1, T1, None
    )


def test_the_moment_and_the_event_that_set_a_state_count_too() -> None:
    moved = [*STATES[:2], (2, "orders", "opted_in", 2, T2)]
    assert refold(EVENTS, moved, CATEGORIES).first == Disagreement(
        2,
        "orders",
        "opted_in",
        "opted_in",
        2,
        2,
        T2,
        T1,  # only the time: said as the time
    )
    pointed = [*STATES[:2], (2, "orders", "opted_in", 1, T1)]
    assert refold(EVENTS, pointed, CATEGORIES).first == Disagreement(
        2, "orders", "opted_in", "opted_in", 2, 1, T1, T1
    )


def test_a_time_edited_alone_is_said_as_the_time_to_the_second_when_the_minute_agrees() -> None:
    from optin_desk.domain.messages import english
    from optin_desk.domain.verify_findings import state_differs

    def said(table_since: str, ledger_since: str) -> str:
        finding = state_differs(
            1, "offers", "opted_out", "opted_out", 9, 9,
            label="Offers", table_since=table_since, ledger_since=ledger_since,
        )  # fmt: skip
        return english(str(finding.said), -1)

    apart = said("2026-01-01T10:00:00.000000Z", "2026-01-02T10:00:00.000000Z")
    assert "is opted out for Offers since 2026-01-0" in apart
    assert "(event 9), but the ledger says since 2026-01-0" in apart
    close = said("2026-01-01T10:00:01.000000Z", "2026-01-01T10:00:02.500000Z")
    assert "since 2026-01-01 10:00:01.000000 UTC (event 9)" in close
    assert "the ledger says since 2026-01-01 10:00:02.500000 UTC: the time was edited" in close
    odd = said("not a time", "2026-01-01T10:00:02.500000Z")
    assert "since 'not a time' (event 9)" in odd
