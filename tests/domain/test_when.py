"""Reading dates people type."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from optin_desk.domain.when import canonical, from_canonical, parse_when

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_dates_and_date_times_are_read() -> None:
    assert parse_when("2026-10-03T14:30:00+00:00", NOW) == datetime(2026, 10, 3, 14, 30, tzinfo=UTC)
    assert parse_when("2026-10-03T14:30Z", NOW).hour == 14
    assert parse_when("2026-10-03", NOW).tzinfo is not None


def test_future_and_nonsense_are_refused() -> None:
    with pytest.raises(ValueError, match="future"):
        parse_when("2026-12-01", NOW)
    with pytest.raises(ValueError, match="not a date"):
        parse_when("yesterday", NOW)
    with pytest.raises(ValueError, match="no date"):
        parse_when("", NOW)


def test_canonical_form_round_trips() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
    assert canonical(moment) == "2026-01-02T03:04:05.000006Z"
    assert from_canonical(canonical(moment)) == moment
