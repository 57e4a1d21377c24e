"""Consent-record ids: random UUID 4 text, as `str(uuid.uuid4())` writes it."""

from __future__ import annotations

import uuid

from optin_desk.storage.models import new_record_id


def test_record_ids_are_random_uuid4_text() -> None:
    ids = {new_record_id() for _ in range(200)}
    assert len(ids) == 200
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
