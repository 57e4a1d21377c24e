"""Random bytes, every encoding, huge fields and control characters: a clear error at worst."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optin_desk.documents.lists import ListError, read_list, read_pasted
from optin_desk.domain.phone_reader import PhoneReader
from optin_desk.domain.phones import parse_phone
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.contacts import contact_status
from optin_desk.services.errors import InputError
from optin_desk.storage.engine import Database

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash_the_list_reader(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    try:
        result = read_list(path)
    except ListError as error:
        assert str(error)  # noqa: PT017 (either outcome is fine; a crash is not)
    else:
        assert all(row.row >= 1 for row in result.rows)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(max_size=300),
    encoding=st.sampled_from(ENCODINGS),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
def test_any_text_in_any_encoding_reads_or_is_refused_clearly(
    tmp_path: Path, text: str, encoding: str, delimiter: str
) -> None:
    content = f"Name{delimiter}Phone\n{text}{delimiter}07911 123456\n"
    path = tmp_path / "list.txt"
    path.write_bytes(content.encode(encoding, errors="replace"))
    try:
        result = read_list(path)
    except ListError as error:
        assert str(error)  # noqa: PT017 (either outcome is fine; a crash is not)
    else:
        assert result.rows


@settings(max_examples=300, deadline=None)
@given(written=st.text(max_size=60))
def test_any_text_as_a_number_gives_a_key_or_a_reason(written: str) -> None:
    parsed = parse_phone(written, "GB")
    assert (parsed.e164 is None) != (parsed.reason is None)
    assert PhoneReader("GB", {"+447911123456"}).read(written) == parsed


@settings(max_examples=100, deadline=None)
@given(pasted=st.text(max_size=500))
def test_pasted_text_reads_or_is_refused_clearly(pasted: str) -> None:
    try:
        read_pasted(pasted)
    except ListError as error:
        assert str(error)  # noqa: PT017 (either outcome is fine; a crash is not)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=400), note=st.text(max_size=2500))
def test_names_and_notes_of_any_kind_are_stored_or_refused_without_loss(
    database: Database, name: str, note: str
) -> None:
    with database.sessions() as session:
        before = contact_status(session, "07911123456")
        try:
            record_opt_in(
                session,
                OptInRequest(
                    phone="07911123456",
                    scopes=["orders"],
                    method="in_person",
                    name=name,
                    note=note,
                ),
                database.evidence_dir,
            )
        except InputError as error:
            expected = "holds a NUL" if "\x00" in note else "longer than"  # no server keeps NUL
            assert expected in str(error)  # noqa: PT017
            session.rollback()
            assert contact_status(session, "07911123456") == before
        else:
            assert contact_status(session, "07911123456").known
