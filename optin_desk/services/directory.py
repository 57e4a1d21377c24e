"""The contact directory: pages of contacts with their consent, and search as you type."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from optin_desk.domain.phones import parse_phone
from optin_desk.services.directory_rows import (
    PAGE_SIZE,
    ContactRow,
    PageCursor,
    contact_row,
    cursor_after,
)
from optin_desk.storage.models import BusinessProfile, ConsentStateRow, Contact

__all__ = [
    "PAGE_SIZE",
    "ContactRow",
    "PageCursor",
    "contact_page",
    "count_contacts",
    "cursor_after",
]


def _search_condition(text: str, region: str, sqlite: bool) -> ColumnElement[bool]:
    """Any part of the name, or the number in any written form (whole or in part).

    A whole valid number (no letters) is that person: found through the number's index, not
    by reading every number for the digits in it, so it costs the same at ten years of
    records as at one."""
    words = text.strip()
    digits = re.sub(r"\D", "", words)
    parsed = parse_phone(words, region)
    if parsed.e164 and not any(ch.isalpha() for ch in words):
        return Contact.phone_e164 == parsed.e164
    conditions: list[ColumnElement[bool]] = []
    if not digits or any(ch.isalpha() for ch in words):
        # SQLite's LIKE ignores ASCII case already; ILIKE would wrap the column in lower().
        pattern = f"%{_escape_like(words)}%"
        like = Contact.name.like if sqlite else Contact.name.ilike
        conditions.append(like(pattern, escape="\\"))
    if parsed.e164:
        conditions.append(Contact.phone_e164 == parsed.e164)
    if len(digits) >= 3:
        conditions.append(Contact.phone_e164.contains(digits))
        national = digits.lstrip("0")
        if national != digits and len(national) >= 3:
            conditions.append(Contact.phone_e164.contains(national))
    return or_(*conditions) if conditions else false()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contact_page(
    session: Session,
    search: str = "",
    after: PageCursor | None = None,
    limit: int = PAGE_SIZE,
) -> list[ContactRow]:
    """Up to `limit` contacts sorted by name, after `after`, matching `search`."""
    profile = session.get(BusinessProfile, 1)
    region = profile.country if profile else "GB"
    sort_name: ColumnElement[str] = func.lower(Contact.name)
    # Erased people have no number. Written so that no index on the number is used for it:
    # walking that index to skip a few NULLs costs more than the scan it replaces.
    query = select(Contact.id, Contact.name, Contact.phone_e164).where(
        func.coalesce(Contact.phone_e164, "") != ""
    )
    if search.strip():
        sqlite = session.get_bind().dialect.name == "sqlite"
        query = query.where(_search_condition(search, region, sqlite))
        # Scanning the sort index row by row is slower than filtering the table and sorting
        # the few matches: `|| ''` keeps SQLite's planner off that index for searches.
        sort_name = sort_name.op("||")("")
    if after is None:
        rows = list(session.execute(query.order_by(sort_name, Contact.id).limit(limit)).all())
    else:
        # Two seeks, not one range: the rest of the cursor's own name (by id), then the names
        # after it. One `(name, id) > cursor` range walks every earlier person of the same
        # name first: a page in a run of 8,000 people with one name took 13 ms, not 0.2 ms.
        cursor_name = func.lower(after.name)
        same_name = query.where(sort_name == cursor_name, Contact.id > after.contact_id)
        rows = list(session.execute(same_name.order_by(Contact.id).limit(limit)).all())
        if len(rows) < limit:
            later = query.where(sort_name > cursor_name).order_by(sort_name, Contact.id)
            rows += session.execute(later.limit(limit - len(rows))).all()
    ids = [row.id for row in rows]
    states: dict[int, list[tuple[str, str, str]]] = {i: [] for i in ids}
    if ids:
        for state_row in session.execute(
            select(
                ConsentStateRow.contact_id,
                ConsentStateRow.category_key,
                ConsentStateRow.state,
                ConsentStateRow.since,
            ).where(ConsentStateRow.contact_id.in_(ids))
        ):
            states[state_row.contact_id].append(
                (state_row.category_key, state_row.state, state_row.since)
            )
    return [contact_row(row.id, row.name, row.phone_e164, states[row.id]) for row in rows]


def count_contacts(session: Session) -> int:
    """How many contacts are on file."""
    return session.scalar(select(func.count()).select_from(Contact)) or 0
