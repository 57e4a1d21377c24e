"""The shop's staff names: one list for the whole shop, kept with its settings (every computer
sees the same); who records at one computer is remembered there (services.this_computer)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy.orm import Session

from optin_desk.services.shop_texts import get_setting, put_setting

STAFF_KEY = "staff_names"


def staff_names(session: Session) -> list[str]:
    """The names staff pick from when recording."""
    try:
        names = json.loads(get_setting(session, STAFF_KEY, "[]"))
    except json.JSONDecodeError:
        return []
    return [str(n) for n in names if str(n).strip()]


def clean_staff(names: Iterable[str]) -> list[str]:
    """The names as given, trimmed, without blanks or repeats, in their order."""
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def put_staff(session: Session, names: Iterable[str]) -> None:
    """Store the staff list (the caller commits)."""
    put_setting(session, STAFF_KEY, json.dumps(clean_staff(names), ensure_ascii=False))
