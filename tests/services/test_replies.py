"""Replies in bulk: thirty replies in five languages, one confirmation, the right opt-outs."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.replies_in import read_replies_text
from optin_desk.domain.replies import ReplyKind
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.contacts import contact_status
from optin_desk.services.errors import InputError
from optin_desk.services.optouts import pending_confirmations
from optin_desk.services.replies import apply_replies, read_replies
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConsentEvent

CLEAR = [  # (number, reply, language, the opt-in-again keyword its confirmation names)
    ("+44 7911 100001", "STOP", "en", "START"),
    ("+44 7911 100002", "Stop!", "en", "START"),
    ("+44 7911 100003", "unsubscribe", "en", "START"),
    ("+44 7911 100004", "stop please", "en", "START"),
    ("+44 7911 100005", "CANCEL", "en", "START"),
    ("+44 7911 100006", "Quit", "en", "START"),
    ("+34 612 100 007", "BAJA", "es", "ALTA"),
    ("+34 612 100 008", "baja por favor", "es", "ALTA"),
    ("+34 612 100 009", "Parar", "es", "ALTA"),
    ("+34 612 100 010", "Darme de baja", "es", "ALTA"),
    ("+351 912 100 011", "SAIR", "pt", "VOLTAR"),
    ("+351 912 100 012", "sair obrigado", "pt", "VOLTAR"),
    ("+351 912 100 013", "Descadastrar", "pt", "VOLTAR"),
    ("+33 6 12 10 00 14", "ARRÊT", "fr", "REPRENDRE"),
    ("+33 6 12 10 00 15", "arret", "fr", "REPRENDRE"),
    ("+33 6 12 10 00 16", "désabonner svp", "fr", "REPRENDRE"),
    ("+49 151 10000017", "ABMELDEN", "de", "ANMELDEN"),
    ("+49 151 10000018", "abmelden bitte", "de", "ANMELDEN"),
    ("+49 151 10000019", "Abbestellen", "de", "ANMELDEN"),
]
AMBIGUOUS = [
    ("+44 7911 100020", "please don't message me again"),
    ("+44 7911 100021", "Stop, when is the sale?"),
    ("+34 612 100 022", "no más mensajes"),
    ("+351 912 100 023", "não quero mais receber"),
    ("+33 6 12 10 00 24", "ne m'envoyez plus de promos"),
    ("+49 151 10000025", "keine Nachrichten mehr bitte"),
]
OTHER = [
    ("+44 7911 100026", "Is my order ready?"),
    ("+44 7911 100027", "stopwatch in stock?"),
    ("+34 612 100 028", "Gracias!"),
    ("+44 7911 100029", "START"),
    ("12", "STOP"),
]


def batch() -> str:
    lines = [f"{number}: {text}" for number, text, _, _ in CLEAR]
    lines += [f"{number}: {text}" for number, text in AMBIGUOUS + OTHER]
    return "\n".join(lines)


def test_thirty_replies_in_five_languages(session: Session) -> None:
    rows = read_replies(session, read_replies_text(batch()))
    assert len(rows) == 30
    clear = [row for row in rows if row.clear_opt_out]
    assert [row.row for row in clear] == list(range(1, 20))
    waiting = [row for row in rows if row.kind is ReplyKind.MAYBE_OPT_OUT]
    assert [row.row for row in waiting] == list(range(20, 26))
    assert rows[28].kind is ReplyKind.OPT_IN_REQUEST
    assert rows[29].problem.startswith("too short")
    applied = apply_replies(session, clear, by="Sam")
    assert len(applied.opted_out) == 19
    for (number, text, language, start), recorded in zip(CLEAR, applied.opted_out, strict=True):
        event = session.get(ConsentEvent, recorded.event_ids[0])
        assert event is not None
        assert event.method == "whatsapp_reply"
        assert event.customer_words == text
        assert event.language == language
        assert event.scope == "marketing"
        assert event.recorded_by == "Sam"
        assert f" {start} " in event.confirmation_text
        assert "Ann's Deli & Co" in event.confirmation_text
        assert contact_status(session, number).state_of("offers").value == "opted_out"
        assert contact_status(session, number).state_of("orders").value == "none"
    for number, _ in AMBIGUOUS:
        assert contact_status(session, number).state_of("offers").value == "none"
    assert len(pending_confirmations(session)) == 19
    again = read_replies(session, read_replies_text(batch()))
    assert not [row for row in again if row.clear_opt_out]
    assert again[0].problem.startswith("already opted out of marketing")


def test_one_number_twice_is_recorded_once(session: Session) -> None:
    rows = read_replies(session, read_replies_text("+447911100001: STOP\n07911 100001: stop"))
    assert rows[1].problem == "same number as row 1"
    with pytest.raises(InputError, match="row 2 cannot be recorded"):
        apply_replies(session, rows)
    assert (
        session.scalars(select(ConsentEvent).where(ConsentEvent.contact_id.is_not(None))).first()
        is None
    )


def test_stop_all_stops_service_messages_too(session: Session) -> None:
    rows = read_replies(session, read_replies_text("+447911100001: STOP ALL"))
    apply_replies(session, rows)
    status = contact_status(session, "+447911100001")
    assert status.state_of("orders").value == "opted_out"


def test_a_decided_free_text_reply_is_recorded_with_its_words(session: Session) -> None:
    rows = read_replies(session, read_replies_text("+34 612 100 022: no más mensajes"))
    assert rows[0].language == "es"
    done = apply_replies(session, rows, by="Sam")
    event = session.get(ConsentEvent, done.opted_out[0].event_ids[0])
    assert event is not None
    assert event.customer_words == "no más mensajes"
    assert "ALTA" in event.confirmation_text


def test_an_opt_in_request_becomes_an_opt_in_only_when_applied(
    database: Database, session: Session
) -> None:
    record_opt_in(
        session,
        OptInRequest(phone="07911100001", scopes=["all"], method="in_person", language="en"),
        database.evidence_dir,
    )
    record_opt_out(session, OptOutRequest(phone="07911100001", scope="marketing", method="sms"))
    rows = read_replies(session, read_replies_text("07911 100001: START"))
    assert rows[0].kind is ReplyKind.OPT_IN_REQUEST
    assert rows[0].scope == "marketing"
    assert contact_status(session, "07911100001").state_of("offers").value == "opted_out"
    applied = apply_replies(session, rows, by="Sam")
    event = session.get(ConsentEvent, applied.opted_in[0].event_ids[0])
    assert event is not None
    assert event.method == "whatsapp_thread"
    assert event.wording_id is not None
    assert contact_status(session, "07911100001").state_of("offers").value == "opted_in"


def test_a_name_from_a_chat_is_found_when_only_one_contact_has_it(
    database: Database, session: Session
) -> None:
    record_opt_in(
        session,
        OptInRequest(phone="07911100001", scopes=["offers"], method="in_person", name="Ana López"),
        database.evidence_dir,
    )
    chat = "[03/10/2026, 10:17] Ana López: BAJA\n[03/10/2026, 10:18] Zoe: STOP"
    rows = read_replies(session, read_replies_text(chat))
    assert rows[0].phone == "+447911100001"
    assert rows[0].clear_opt_out
    assert "not a number" in rows[1].problem
