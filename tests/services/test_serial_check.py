"""A serial the shop never printed is refused with the reason, unless it is from another run."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.errors import InputError
from optin_desk.services.forms import PrintRequest, make_forms, print_forms, record_batch
from optin_desk.services.serial_check import ELSEWHERE_NOTE, SerialVerdict, check_serial
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConsentEvent, Contact, FormBatch, FormSerial


def opt_in(serial: str, phone: str = "07400123456", elsewhere: bool = False) -> OptInRequest:
    return OptInRequest(
        phone=phone,
        scopes=["orders"],
        method="paper_form",
        serial=serial,
        by="Marta",
        printed_elsewhere=elsewhere,
    )


@pytest.mark.parametrize("typed", ["K3M9", "hello world", "0000-0000-0"])
def test_a_serial_never_printed_is_refused_with_the_reason(
    database: Database, session: Session, typed: str
) -> None:
    check = check_serial(session, typed)
    assert not check.usable
    assert "printed" in check.message
    assert "another print run" in check.message
    with pytest.raises(InputError, match="another print run"):
        record_opt_in(session, opt_in(typed), database.evidence_dir)
    assert (
        session.scalar(
            select(func.count())
            .select_from(ConsentEvent)
            .where(ConsentEvent.contact_id.is_not(None))
        )
        == 0
    )


def test_a_form_from_another_print_run_is_kept_with_a_note(
    database: Database, session: Session
) -> None:
    check = check_serial(session, "K3M9", elsewhere=True)
    assert (check.verdict, check.usable) == (SerialVerdict.ELSEWHERE, True)
    record_opt_in(session, opt_in("k3m9", elsewhere=True), database.evidence_dir)
    event = session.scalars(select(ConsentEvent).where(ConsentEvent.contact_id.is_not(None))).one()
    assert (event.form_serial, event.note, event.recorded_by) == ("K3M9", ELSEWHERE_NOTE, "Marta")
    again = check_serial(session, "K3M9", elsewhere=True)
    assert again.verdict is SerialVerdict.USED
    assert "already entered" in again.message


def test_a_mistyped_serial_stays_refused_even_from_another_run(session: Session) -> None:
    assert check_serial(session, "0000-0000-1", elsewhere=True).verdict is SerialVerdict.MISTYPED


def test_a_batch_is_recorded_when_saved_or_printed_with_who_made_it(
    database: Database, session: Session, tmp_path: Path
) -> None:
    with database.sessions() as making:  # made in one user action, saved in another
        made = make_forms(making, PrintRequest(count=3, language="es"), tmp_path / "draft.pdf")
    assert made is not None
    assert (tmp_path / "draft.pdf").is_file()
    assert session.scalar(select(func.count()).select_from(FormBatch)) == 0
    assert check_serial(session, made.serials[0]).verdict is SerialVerdict.UNKNOWN
    printed = record_batch(session, made, " Marta ")
    batch = session.scalars(select(FormBatch)).one()
    assert (batch.id, batch.count, batch.printed_by) == (printed.batch_id, 3, "Marta")
    assert check_serial(session, made.serials[0]).verdict is SerialVerdict.READY
    with pytest.raises(InputError, match="recorded already"):
        record_batch(session, made, "Marta")
    assert session.scalar(select(func.count()).select_from(FormSerial)) == 3


def test_forms_written_to_a_file_are_recorded_at_once(session: Session, tmp_path: Path) -> None:
    printed = print_forms(session, PrintRequest(count=2, by="Ali"), tmp_path / "out.pdf")
    assert printed is not None
    assert session.scalars(select(FormBatch.printed_by)).one() == "Ali"


@pytest.mark.parametrize("typed", ["", "   ", " - "])
def test_a_paper_form_without_its_serial_is_refused_and_says_what_to_do(
    database: Database, session: Session, typed: str
) -> None:
    for elsewhere in (False, True):
        check = check_serial(session, typed, elsewhere, paper=True)
        assert (check.verdict, check.usable) == (SerialVerdict.MISSING, False)
        assert check.message.startswith("a paper form needs its serial: type the one printed")
        assert "tick “Form from another print run”" in check.message
        with pytest.raises(InputError, match="give the serial printed at the top of the form"):
            record_opt_in(session, opt_in(typed, elsewhere=elsewhere), database.evidence_dir)
        session.rollback()
    assert session.scalar(select(func.count()).select_from(Contact)) == 0
    # any other way of agreeing names no form: nothing to check, and it is recorded
    check = check_serial(session, typed)
    assert (check.verdict, check.usable) == (SerialVerdict.NONE, True)
    in_person = OptInRequest(phone="07400123456", scopes=["orders"], method="in_person")
    record_opt_in(session, in_person, database.evidence_dir)
    assert session.scalar(select(func.count()).select_from(Contact)) == 1


def test_a_form_printed_here_is_entered_by_its_serial(
    database: Database, session: Session, tmp_path: Path
) -> None:
    printed = print_forms(session, PrintRequest(count=1, by="Ali"), tmp_path / "out.pdf")
    assert printed is not None
    (serial,) = printed.serials
    assert check_serial(session, serial, paper=True).verdict is SerialVerdict.READY
    record_opt_in(session, opt_in(serial), database.evidence_dir)
    event = session.scalars(select(ConsentEvent).where(ConsentEvent.contact_id.is_not(None))).one()
    assert (event.method, event.form_serial, event.note) == ("paper_form", serial, "")
    assert check_serial(session, serial, paper=True).verdict is SerialVerdict.USED
