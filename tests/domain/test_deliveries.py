"""Pure rules of delivery reports: codes found, statuses folded, campaigns matched."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from optin_desk.domain.deliveries import (
    CodeTable,
    Effect,
    ErrorCode,
    Status,
    StatusLine,
    campaign_matches,
    code_from,
    fold_outcomes,
    message_key,
    status_from,
)

AT = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
TABLE = CodeTable(
    {131026: ErrorCode(131026, "Message undeliverable", "not on WhatsApp", Effect.UNDELIVERABLE)},
    {63024: 131026},
)


@pytest.mark.parametrize(
    ("cell", "text", "code"),
    [
        ("131050", "", 131050),
        ("#131050", "", 131050),
        ("131050.0", "", 131050),  # a code Excel stored as a number
        ("", "(#131050) User stopped marketing messages", 131050),
        ("", "Error 63024: Invalid message recipient", 63024),
        ("", "failed after 400 tries", None),  # numbers that are not codes are left alone
        ("", "", None),
    ],
)
def test_codes_from_their_cell_or_the_error_text(cell: str, text: str, code: int | None) -> None:
    assert code_from(cell, text) == code


def test_a_tools_own_code_maps_to_metas_and_unknown_codes_say_so() -> None:
    assert TABLE.meta_code(63024) == 131026
    assert TABLE.effect(131026) is Effect.UNDELIVERABLE
    assert TABLE.effect(139999) is Effect.NONE
    assert TABLE.describe(139999, "Mystery") == "139999 (unknown code: Mystery)"
    assert TABLE.describe(131026) == "131026 Message undeliverable"


def test_statuses_in_several_languages() -> None:
    assert [status_from(w) for w in ("Delivered", "leído", "ÉCHEC", "undelivered", "queued")] == [
        Status.DELIVERED,
        Status.READ,
        Status.FAILED,
        Status.FAILED,
        Status.SENT,
    ]
    assert status_from("exploded") is None


def test_a_failure_ends_a_message_whatever_came_after() -> None:
    lines = [
        StatusLine(1, "w1", "+447911123456", Status.SENT, AT),
        StatusLine(2, "w1", "+447911123456", Status.FAILED, AT + timedelta(minutes=1), 131026),
        StatusLine(3, "w1", "+447911123456", Status.DELIVERED, AT + timedelta(minutes=2)),
        StatusLine(4, "w2", "+447911123457", Status.READ, AT + timedelta(minutes=9)),
        StatusLine(5, "w2", "+447911123457", Status.DELIVERED, AT + timedelta(minutes=3)),
    ]
    first, second = fold_outcomes(lines)
    assert (first.status, first.code, first.lines) == (Status.FAILED, 131026, (1, 2, 3))
    assert (second.status, second.code, second.first_at) == (
        Status.READ,
        None,
        AT + timedelta(minutes=3),
    )


def test_a_report_without_ids_keys_each_row_by_number_campaign_and_day() -> None:
    line = StatusLine(2, "", "+447911123456", Status.DELIVERED, AT, campaign="Black Friday")
    assert message_key(line) == "row:+447911123456|Black Friday|2026-11-27"


def test_statuses_of_one_message_without_ids_fold_into_one() -> None:
    """Read, sent and delivered rows for one number in a report with no message ids are one
    message (found from outside: they were counted as three)."""
    lines = [
        StatusLine(1, "", "+447911123456", Status.READ, AT + timedelta(minutes=9)),
        StatusLine(2, "", "+447911123456", Status.SENT, AT),
        StatusLine(3, "", "+447911123456", Status.DELIVERED, AT + timedelta(minutes=1)),
    ]
    (only,) = fold_outcomes(lines)
    assert (only.status, only.first_at, only.lines) == (Status.READ, AT, (1, 2, 3))


def test_metas_code_in_the_error_text_wins_over_a_tools_own_code() -> None:
    assert code_from("63016", "WhatsApp 131050 user stopped marketing") == 131050
    assert code_from("131026", "see error 131050") == 131026  # Meta's own cell stays
    assert code_from("63024", "") == 63024
    assert code_from("", "Error 63024: undeliverable") == 63024


def test_a_campaign_matches_the_list_file_it_names() -> None:
    assert campaign_matches("Black Friday", "black-friday.csv")
    assert not campaign_matches("Black Friday", "restock.csv")
    assert not campaign_matches("", "restock.csv")
