"""A network share is refused with advice; a full disk at commit leaves nothing half-written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.records import verify_records
from optin_desk.storage.engine import Database
from optin_desk.storage.location import network_share_reason
from optin_desk.storage.models import ConsentEvent, Contact
from optin_desk.ui.failures import database_problem

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
server:/export /mnt/shop nfs4 rw,relatime 0 0
//nas/records /media/nas cifs rw,relatime 0 0
/dev/sdb1 /media/usb\\040stick vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/ann/records", False),
        ("/mnt/shop/optin", True),
        ("/mnt/shopping", False),
        ("/media/nas", True),
        ("/media/usb stick/records", False),
    ],
)
def test_network_shares_are_recognised(path: str, network: bool) -> None:
    reason = network_share_reason(Path(path), MOUNTS, windows=False)
    assert bool(reason) is network


def test_unc_paths_on_windows_are_network_shares() -> None:
    assert "network share" in network_share_reason(Path("\\\\nas\\shop\\records"), windows=True)
    assert network_share_reason(Path("C:\\Users\\Ann"), windows=True) == ""


@pytest.mark.sqlite_only  # the SQLite file itself
def test_a_full_disk_at_commit_is_explained_and_writes_nothing(database: Database) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911123456", scopes=["orders"], method="in_person"),
            database.evidence_dir,
        )

    def tiny_disk(connection: Any, _record: Any) -> None:
        connection.execute("VACUUM")  # no free pages left to write into
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    database.engine.dispose()
    event.listen(database.engine, "connect", tiny_disk)
    with database.sessions() as session, pytest.raises(OperationalError) as failure:
        record_opt_in(
            session,
            OptInRequest(
                phone="07400123456",
                scopes=["orders", "offers"],
                method="in_person",
                note="x" * 1999,
                name="Big note",
            ),
            database.evidence_dir,
        )
    assert database_problem(failure.value).startswith("The disk is full.")
    event.remove(database.engine, "connect", tiny_disk)
    database.engine.dispose()
    with database.reading() as session:
        people = ConsentEvent.contact_id.is_not(None)  # not the shop's categories' kinds
        assert session.scalar(select(func.count()).select_from(ConsentEvent).where(people)) == 1
        assert session.scalar(select(func.count()).select_from(Contact)) == 1
        assert verify_records(session).ok
