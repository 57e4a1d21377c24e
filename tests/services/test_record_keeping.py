"""Where the records are kept and who receives them: stored tidy, refused when wrong, and
stated in the proof with the truthful defaults when the shop wrote nothing."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from optin_desk.domain.consent_record import proof_record
from optin_desk.domain.privacy import (
    DEFAULT_RECIPIENTS,
    KEPT_ON_COMPUTER,
    KEPT_ON_SERVER,
    ShopPrivacy,
)
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.errors import InputError
from optin_desk.services.privacy import stage_privacy, stored_privacy
from optin_desk.services.proof import build_proof
from optin_desk.storage.engine import Database

PERSON = "+447911123456"


def test_the_lines_are_stored_tidy_and_refused_when_too_long(session: Session) -> None:
    with pytest.raises(InputError, match="longer than 300 characters"):
        stage_privacy(session, ShopPrivacy(storage="x" * 301), "GB")
    session.rollback()
    assert stored_privacy(session).storage == ""
    stage_privacy(
        session,
        ShopPrivacy(storage="  back   office PC ", recipients=" Meta Platforms ;; Chatty  BSP ;"),
        "GB",
    )
    session.commit()
    stored = stored_privacy(session)
    assert (stored.storage, stored.recipients) == ("back office PC", "Meta Platforms; Chatty BSP")


def test_a_proof_states_the_defaults_for_the_records_own_place(
    session: Session, database: Database
) -> None:
    record_opt_in(
        session,
        OptInRequest(phone=PERSON, scopes=["orders"], method="in_person"),
        database.evidence_dir,
    )
    record = proof_record(build_proof(session, PERSON))
    purpose = record["purposes"][0]
    on_server = database.engine.dialect.name == "postgresql"
    kept = KEPT_ON_SERVER if on_server else KEPT_ON_COMPUTER
    assert purpose["storage_locations"][0]["location"] == kept
    assert [p["party_name"] for p in purpose["recipient_third_parties"]] == [DEFAULT_RECIPIENTS]
    assert purpose["retention_period"]["duration"] == "P3Y"
