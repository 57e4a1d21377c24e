"""What came of the sends, as plain figures: per broadcast, per way of opting in, per sender
number over time. The page, the charts and the owner's PDF all draw these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from optin_desk.domain.messages import Said

RATING_LEVELS = {"low": 1, "medium": 2, "high": 3}


@dataclass(frozen=True)
class BroadcastSummary:
    """One broadcast (a check recorded as sent) and what came of it."""

    check_id: int
    file_name: str
    sent_at: datetime
    sent: int
    statuses: dict[str, int]
    opt_outs: int

    @property
    def reported(self) -> int:
        """Messages a delivery report said something about."""
        return sum(self.statuses.values())

    @property
    def not_delivered(self) -> int:
        """Reported messages that never reached the phone."""
        return self.statuses.get("failed", 0) + self.statuses.get("sent", 0)


@dataclass(frozen=True)
class Rate:
    """People who opted in one way (or to one wording), and how many of them opted out."""

    label: str
    people: int
    opted_out: int
    method: str = ""
    """The way of opting in (a Method value) when the rate is per way, for the window's words."""

    @property
    def share(self) -> float:
        """The opt-out rate (0 to 1)."""
        return self.opted_out / self.people if self.people else 0.0


@dataclass(frozen=True)
class QualityPoint:
    """A sender number's rating on a day."""

    sender: str
    day: date
    rating: str


@dataclass(frozen=True)
class Marker:
    """The day a new way of opting in or a new wording version started."""

    day: date
    label: str
    method: str = ""
    """The way of opting in that started (a Method value); empty for a wording version."""


@dataclass(frozen=True)
class QualityOverview:
    """Everything the quality page and report show."""

    shop: str
    made_at: datetime
    broadcasts: tuple[BroadcastSummary, ...]
    by_method: tuple[Rate, ...]
    by_wording: tuple[Rate, ...]
    quality: tuple[QualityPoint, ...]
    markers: tuple[Marker, ...]
    warnings: tuple[Said, ...] = field(default=())
