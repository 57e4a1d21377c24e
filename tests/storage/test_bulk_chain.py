"""The bulk path's batched chaining writes the bytes the one-event path would write."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from optin_desk.domain.chain import STORED_ORDER, ChainValue, link_hash
from optin_desk.domain.commitment import FREE_TEXT_FIELDS, commit_texts
from optin_desk.domain.consent import Action, ConsentState, Method, fold_consent
from optin_desk.domain.messages import WordedError
from optin_desk.domain.when import canonical
from optin_desk.services.records_key import records_key
from optin_desk.storage.bulk import NewContact, bulk_add
from optin_desk.storage.bulk_chain import Chainer, record_ids, salts
from optin_desk.storage.ledger import (
    NewEvent,
    append_events,
    chained_fields,
    ledger_entries,
    load_categories,
    verify_ledger,
)
from optin_desk.storage.models import ConsentEvent, Contact

AT = "2026-03-01T09:05:00.000000Z"
ODD = 'Ann "the baker" \\ Çağrı ✓ <b>&\n\t\u2028'


def test_record_ids_are_uuid4_text() -> None:
    made = list(record_ids(500))
    assert len(set(made)) == 500
    for text_id in made:
        read = uuid.UUID(text_id)
        assert read.version == 4
        assert read.variant == uuid.RFC_4122
        assert str(read) == text_id


def test_salts_are_fresh_sixteen_bytes() -> None:
    made = list(salts(300))
    assert len(made) == 300
    assert {len(salt) for salt in made} == {16}
    assert len(set(made)) == 300


def test_commitments_and_links_are_the_one_event_paths() -> None:
    chainer = Chainer()
    salt = bytes(range(16))
    for texts in (("", "", "", ""), (ODD, "STOP", "", ""), ("", "", ODD, "wrong person")):
        for _ in range(2):  # the second time from the encoded texts kept
            expected = commit_texts(salt.hex(), dict(zip(FREE_TEXT_FIELDS, texts, strict=True)))
            assert chainer.commit(salt, texts) == expected
    quoted = 'a "b" \\ Çağrı ✓ \x01\n\t\u2028'
    for event, numbers in (
        (_event(Action.OPT_IN), (7, 3, None, None, "ab")),
        (
            NewEvent(
                3,
                Action.VOID,
                quoted,
                Method.WEBSITE,
                AT,
                AT,
                quoted,
                4,
                quoted,
                quoted,
                quoted,
                "",
                1,
                "",
                "",
                quoted,
                "",
                "2026-02-28",
            ),
            (9, 3, 8, "k" * 64, "cd"),
        ),
    ):
        event_id, contact_id, voided, keyed, committed = numbers
        fields: dict[str, ChainValue] = {
            name: getattr(event, name)
            for name in STORED_ORDER
            if name not in ("event_id", "details") and name in NewEvent._fields
        }
        fields.update(event_id=event_id, contact_id=contact_id, voided_event_id=voided)
        fields.update(action=event.action.value, method=event.method.value)
        fields.update(contact_key=keyed, texts_sha256=committed)
        assert chainer.link("f" * 64, event, numbers) == link_hash("f" * 64, fields)


def _event(action: Action, **more: object) -> NewEvent:
    return NewEvent(0, action, "offers", Method.IN_PERSON, AT, AT, "Sam", **more)  # type: ignore[arg-type]


def test_a_bulk_load_chains_every_kind_of_event_as_the_ledger_reads_it(session: Session) -> None:
    people = [
        NewContact(
            "+447911000001",
            ODD,
            "en",
            AT,
            [
                _event(Action.OPT_IN, note=ODD, occurred_on="2026-03-01"),
                _event(Action.OPT_IN, form_serial="ABCD-EFGH-J", wording_sha256="c" * 64),
                _event(Action.VOID, voided_event_id=1, reason="entered on the wrong person"),
                _event(Action.OPT_OUT, customer_words="STOP ✋", confirmation_text=ODD),
            ],
        ),
        NewContact("+447911000002", "Bo", "es", AT, [_event(Action.OPT_IN)]),
    ]
    assert bulk_add(session, people, records_key(session)) == 5
    assert bulk_add(session, people[:0], None) == 0
    unbound = [NewContact("+447911000003", "Cy", "en", AT, [_event(Action.OPT_OUT)])]
    assert bulk_add(session, unbound, None) == 1
    session.commit()
    assert verify_ledger(session).ok
    events = session.scalars(select(ConsentEvent).order_by(ConsentEvent.id)).all()
    for event in events[-6:]:
        assert event.hash == link_hash(event.prev_hash, chained_fields(event))
        texts = {name: getattr(event, name) for name in FREE_TEXT_FIELDS}
        assert event.texts_sha256 == commit_texts(str(event.texts_salt), texts)
    assert events[-6].note == ODD
    assert events[-6].occurred_on == "2026-03-01"
    assert events[-1].contact_key is None
    records = session.scalars(select(Contact.record_id).where(Contact.id > 0)).all()
    assert all(str(uuid.UUID(str(r))) == r for r in records if r is not None)
    state = session.execute(
        text("SELECT state FROM consent_state WHERE category_key = 'offers' ORDER BY contact_id")
    ).scalars()
    assert list(state)[-3:] == ["opted_out", "opted_in", "opted_out"]


def test_a_lone_answers_state_is_the_folds(session: Session) -> None:
    """People whose one event decides everything get their state straight from its scope:
    the rows the fold of their ledger gives, a moment given in another form written canonical."""
    lone = [
        (Action.OPT_IN, "all", AT),
        (Action.OPT_OUT, "marketing", "2026-03-01T10:05:00+01:00"),
        (Action.OPT_IN, "orders", AT),
        (Action.OPT_OUT, "nothing_of_ours", AT),
        (Action.VOID, "offers", AT),
    ]
    people = [
        NewContact(
            f"+44791100010{at}",
            "",
            "",
            AT,
            [NewEvent(0, action, scope, Method.IN_PERSON, when, AT)],
        )
        for at, (action, scope, when) in enumerate(lone)
    ]
    later = "2026-03-02T09:00:00.000000Z"
    two = [_event(Action.OPT_OUT), NewEvent(0, Action.OPT_IN, "offers", Method.SMS, later, later)]
    people.append(NewContact("+447911000199", "", "", AT, two))  # the fold's own path
    assert bulk_add(session, people, records_key(session)) == 7
    session.commit()
    categories = load_categories(session)
    ids = session.scalars(
        select(Contact.id).where(Contact.phone_e164.like("+4479110001%")).order_by(Contact.id)
    ).all()
    assert len(ids) == 6
    for contact_id in ids:
        stored = session.execute(
            text(
                "SELECT category_key, state, event_id, since FROM consent_state "
                "WHERE contact_id = :c ORDER BY category_key"
            ),
            {"c": contact_id},
        ).all()
        folded = fold_consent(ledger_entries(session, contact_id), categories)
        expected = sorted(
            (key, now.state.value, now.event_id, canonical(now.since))
            for key, now in folded.items()
            if now.state is not ConsentState.NONE and now.since is not None
        )
        assert [tuple(row) for row in stored] == expected
    states = session.execute(
        text("SELECT count(*), min(since) FROM consent_state WHERE contact_id = :c"),
        {"c": ids[1]},
    ).one()
    assert tuple(states) == (1, "2026-03-01T09:05:00.000000Z")  # offers, the one marketing kind


def test_neither_append_path_takes_a_paper_form_opt_in_without_its_serial(
    session: Session,
) -> None:
    """DESIGN.md rule 6 at the bottom of every door: nothing of the load is written."""
    before = session.scalar(select(func.count()).select_from(ConsentEvent))
    paper = _event(Action.OPT_IN)._replace(method=Method.PAPER_FORM)
    people = [
        NewContact("+447911000301", "Ann", "en", AT, [_event(Action.OPT_IN)]),
        NewContact("+447911000302", "Bo", "en", AT, [paper]),
    ]
    with pytest.raises(WordedError, match="paper-form opt-in names its form"):
        bulk_add(session, people, records_key(session))
    session.rollback()
    contact = Contact(
        phone_e164="+447911000303", phone_raw="+447911000303", name="Cy", created_at=AT
    )
    session.add(contact)
    session.flush()
    with pytest.raises(WordedError, match="paper-form opt-in names its form"):
        append_events(session, [paper._replace(contact_id=contact.id)])
    session.rollback()
    assert session.scalar(select(func.count()).select_from(ConsentEvent)) == before
    assert session.scalar(select(func.count()).select_from(Contact)) == 0
    # a void of a paper-form opt-in carries its method and names no form; an opt-out neither
    named = NewContact("+447911000304", "Di", "en", AT, [paper._replace(form_serial="F-1")])
    voided = _event(Action.VOID, voided_event_id=0)._replace(method=Method.PAPER_FORM)
    out = _event(Action.OPT_OUT)._replace(method=Method.PAPER_FORM)
    later = NewContact("+447911000305", "Ed", "en", AT, [paper._replace(form_serial="F-2"), voided])
    assert bulk_add(session, [named, later, NewContact("+447911000306", "", "", AT, [out])], None)
    assert verify_ledger(session).ok
