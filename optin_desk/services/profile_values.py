"""The shop as plain values (no SQLAlchemy): what services.profile reads and the window's
first look builds alike."""

from __future__ import annotations

from dataclasses import dataclass, field

from optin_desk.domain.consent import Category


@dataclass(frozen=True)
class Profile:
    """The shop as the rest of the program sees it."""

    name: str
    country: str
    address: str
    language: str
    senders: tuple[str, ...]
    categories: tuple[Category, ...] = field(default=())

    @property
    def active_categories(self) -> tuple[Category, ...]:
        """Categories that are not archived."""
        return tuple(c for c in self.categories if not c.archived)
