"""The hash chain: any change, removal or reordering is caught at the first broken link."""

from __future__ import annotations

import json
from dataclasses import replace

from optin_desk.domain import chain_words as words
from optin_desk.domain.chain import (
    CHAINED_FIELDS,
    GENESIS_HASH,
    ChainedEvent,
    ChainValue,
    link_hash,
    verify_chain,
)
from optin_desk.domain.commitment import FREE_TEXT_FIELDS, commit_texts


def build(count: int) -> list[ChainedEvent]:
    events = []
    previous = GENESIS_HASH
    for event_id in range(1, count + 1):
        fields: dict[str, ChainValue] = {name: "" for name in CHAINED_FIELDS}
        fields.update(event_id=event_id, contact_id=1, action="opt_in", scope="offers")
        digest = link_hash(previous, fields)
        events.append(ChainedEvent(fields, previous, digest))
        previous = digest
    return events


def test_an_intact_chain_verifies_with_its_head() -> None:
    events = build(5)
    report = verify_chain(events, 5, events[-1].hash)
    assert report.ok
    assert report.count == 5
    assert report.head == events[-1].hash


def test_a_changed_field_breaks_that_event() -> None:
    for name in CHAINED_FIELDS:
        if name == "event_id":
            continue
        events = build(4)
        changed = dict(events[2].fields)
        changed[name] = "tampered"
        events[2] = replace(events[2], fields=changed)
        report = verify_chain(events, 4, events[-1].hash)
        assert not report.ok
        assert report.broken_event_id == 3, name


def test_a_removed_event_is_caught_at_the_next_one() -> None:
    events = build(4)
    del events[1]
    report = verify_chain(events, 4, events[-1].hash)
    assert report.broken_event_id == 3


def test_removing_the_last_events_is_caught_by_the_recorded_head() -> None:
    events = build(4)
    report = verify_chain(events[:2], 4, events[-1].hash)
    assert not report.ok
    assert report.broken_event_id == 3


def test_swapped_events_are_caught() -> None:
    events = build(4)
    events[1], events[2] = events[2], events[1]
    assert not verify_chain(events, 4, events[-1].hash).ok


def test_an_earlier_head_must_be_in_the_chain() -> None:
    events = build(4)
    assert verify_chain(events, 4, events[-1].hash, earlier_head=events[1].hash).contains_head
    report = verify_chain(events, 4, events[-1].hash, earlier_head="f" * 64)
    assert report.contains_head is False


def test_the_day_alone_is_chained_when_set_and_older_events_keep_their_hashes() -> None:
    fields: dict[str, ChainValue] = {name: "" for name in CHAINED_FIELDS}
    fields.update(event_id=1, contact_id=1)
    old = link_hash(GENESIS_HASH, fields)
    assert link_hash(GENESIS_HASH, {**fields, "occurred_on": None}) == old
    with_day = link_hash(GENESIS_HASH, {**fields, "occurred_on": "2026-03-01"})
    assert with_day != old
    assert link_hash(GENESIS_HASH, {**fields, "occurred_on": "2026-03-02"}) != with_day


def chain_of(moments: list[tuple[str, str]]) -> list[ChainedEvent]:
    events = []
    previous = GENESIS_HASH
    for event_id, (occurred, recorded) in enumerate(moments, start=1):
        fields: dict[str, ChainValue] = {name: "" for name in CHAINED_FIELDS}
        fields.update(event_id=event_id, occurred_at=occurred, recorded_at=recorded)
        digest = link_hash(previous, fields)
        events.append(ChainedEvent(fields, previous, digest))
        previous = digest
    return events


def test_an_event_dated_after_it_was_recorded_is_reported() -> None:
    events = chain_of(
        [
            ("2026-03-01T09:00:00.000000Z", "2026-03-01T09:00:00.000000Z"),
            ("2026-03-09T09:00:00.000000Z", "2026-03-02T09:00:00.000000Z"),
        ]
    )
    report = verify_chain(events, 2, events[-1].hash)
    assert not report.ok
    assert report.broken_event_id == 2
    assert "after it was recorded" in report.problem


def test_a_clock_that_went_back_between_records_is_noted_not_broken() -> None:
    events = chain_of(
        [
            ("2027-03-01T09:00:00.000000Z", "2027-03-01T09:00:00.000000Z"),
            ("2026-03-02T09:00:00.000000Z", "2026-03-02T09:00:00.000000Z"),
        ]
    )
    report = verify_chain(events, 2, events[-1].hash)
    assert report.ok
    assert len(report.notes) == 1
    assert report.notes[0].startswith("event 2 was recorded at 2026-03-02 09:00 UTC")


def test_an_id_gap_is_named_even_when_every_hash_was_recomputed() -> None:
    events, previous = [], GENESIS_HASH
    for event_id in (1, 2, 5):  # 3 and 4 removed, the chain rebuilt around the hole
        fields: dict[str, ChainValue] = {name: "" for name in CHAINED_FIELDS}
        fields.update(event_id=event_id, contact_id=1, action="opt_in", scope="offers")
        digest = link_hash(previous, fields)
        events.append(ChainedEvent(fields, previous, digest))
        previous = digest
    report = verify_chain(events, 3, previous)
    assert not report.ok
    assert report.broken_event_id == 5
    assert report.problem.startswith("event ids 3 to 4 are missing before it")


def test_the_chain_encoder_writes_the_standard_encoders_bytes() -> None:
    from optin_desk.domain.chain import _encoder

    standard = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
    payload = {"a": 'quote " back \\ tab \t', "b": None, "c": 12, "d": "Zoë ✓ \u2028 \x00"}
    assert _encoder()(payload) == standard(payload)


def committed(texts: list[dict[str, ChainValue]]) -> list[ChainedEvent]:
    """Events whose free texts are committed (salted), as the program records them."""
    events = []
    previous = GENESIS_HASH
    for event_id, written in enumerate(texts, start=1):
        fields: dict[str, ChainValue] = {name: "" for name in CHAINED_FIELDS}
        fields.update(event_id=event_id, contact_id=1, action="opt_in", scope="offers")
        fields.update(written)
        salt = f"{event_id:032x}"
        fields.update(texts_salt=salt, texts_sha256=commit_texts(salt, fields))
        digest = link_hash(previous, fields)
        events.append(ChainedEvent(fields, previous, digest))
        previous = digest
    return events


def test_committed_texts_are_checked_whether_they_were_empty_or_not() -> None:
    written: list[dict[str, ChainValue]] = [{}, {"note": "called back"}, {}, {"reason": "é"}]
    assert verify_chain(committed(written), 4).ok
    changes: list[tuple[int, str, ChainValue]] = [
        (0, "note", "x"),  # an empty event given a text
        (2, "reason", None),  # an empty text made null
        (1, "note", ""),  # a text emptied
        (3, "reason", "e"),  # a text changed
        (3, "reason", ""),
    ]
    for at, name, value in changes:
        events = committed(written)
        events[at] = replace(events[at], fields={**events[at].fields, name: value})
        report = verify_chain(events, 4)
        assert not report.ok, (at, name, value)
        assert report.broken_event_id == at + 1
        assert report.problem == words.TEXTS_CHANGED


def test_texts_back_after_an_erasure_are_caught() -> None:
    events = committed([{}, {"note": "called back"}])
    erased = {**events[1].fields, "note": "", "texts_salt": ""}
    events[1] = replace(events[1], fields=erased)
    assert verify_chain(events, 2).ok
    for name in FREE_TEXT_FIELDS:
        events[1] = replace(events[1], fields={**erased, name: "again"})
        report = verify_chain(events, 2)
        assert (report.ok, report.problem) == (False, words.TEXTS_BACK), name
