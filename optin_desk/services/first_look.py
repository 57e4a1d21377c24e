"""What the window shows first, read before SQLAlchemy is loaded (see storage.first_look).

`take_first_look` answers None whenever the records need the normal way of opening (a server,
a file to upgrade, settle or create, a shop not set up yet); otherwise the shop and the first
pages of contacts come from the driver, as the same values services.profile and
services.directory give, so a page cannot tell which one read them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from optin_desk.domain.consent import Category, CategoryKind
from optin_desk.domain.shop_events import decode_details
from optin_desk.services.directory_rows import PAGE_SIZE, ContactRow, PageCursor, contact_row
from optin_desk.services.profile_values import Profile
from optin_desk.storage.first_look import FirstLook, first_look, local_file

KIND_VALUES = frozenset(kind.value for kind in CategoryKind)
STAFF_KEY = "staff_names"
"""As services.staff: the setting holding the names staff pick from."""


@dataclass
class QuickRecords:
    """The records as first seen: the shop and contacts' pages without a search."""

    look: FirstLook
    profile: Profile

    @property
    def where(self) -> str:
        """Where the records are, as Records.where says it."""
        return str(self.look.path)

    def contact_page(
        self, search: str, after: PageCursor | None, limit: int = PAGE_SIZE
    ) -> list[ContactRow] | None:
        """As services.directory.contact_page; None for a search (that needs the full
        records: it parses what was typed as a number)."""
        if search.strip():
            return None
        cursor = None if after is None else (after.name, after.contact_id)
        people = self.look.contacts(cursor, limit)
        states: dict[int, list[tuple[str, str, str]]] = {row[0]: [] for row in people}
        for contact_id, key, state, since in self.look.states(list(states)):
            states[contact_id].append((key, state, since))
        return [contact_row(i, name, phone, states[i]) for i, name, phone in people]

    def staff_names(self) -> list[str]:
        """As services.staff.staff_names: the names staff pick from when recording."""
        try:
            names = json.loads(self.look.setting(STAFF_KEY) or "[]")
        except json.JSONDecodeError:
            return []
        return [str(n) for n in names if str(n).strip()]

    def close(self) -> None:
        """Let go of the file (once the full records are open)."""
        self.look.close()


def take_first_look(db: str | None) -> QuickRecords | None:
    """The records `db` names, when they can be shown before loading anything heavy."""
    path = local_file(db)
    look = None if path is None else first_look(path)
    if look is None:
        return None
    profile = _profile(look)
    if profile is None:  # a new shop: setup goes the normal way
        look.close()
        return None
    return QuickRecords(look, profile)


def _profile(look: FirstLook) -> Profile | None:
    """As services.profile.load_profile, kinds as the ledger states them (load_categories)."""
    shop = look.shop()
    if shop is None:
        return None
    kinds: dict[str, CategoryKind] = {}
    for scope, details in look.stated_kinds():
        kind = decode_details(details).get("kind")
        if kind in KIND_VALUES:
            kinds[scope] = CategoryKind(str(kind))
    categories = tuple(
        Category(key, label, kinds.get(key) or CategoryKind(kind), description, archived=archived)
        for key, label, kind, description, archived in look.categories()
    )
    name, country, address, language = shop
    return Profile(name, country, address, language, tuple(look.senders()), categories)
