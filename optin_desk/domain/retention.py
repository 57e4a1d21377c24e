"""Which backups to keep: the newest of each of the last days, weeks and months."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime


def _newest_per_period(
    stamps: list[datetime], period: Callable[[datetime], tuple[int, ...]], count: int
) -> set[datetime]:
    kept: dict[tuple[int, ...], datetime] = {}
    for stamp in stamps:  # newest first
        key = period(stamp)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = stamp
    return set(kept.values())


def backups_to_keep(
    stamps: Iterable[datetime], daily: int = 7, weekly: int = 4, monthly: int = 12
) -> set[datetime]:
    """The newest backup of each of the last `daily` days, `weekly` weeks, `monthly` months."""
    newest_first = sorted(set(stamps), reverse=True)
    return (
        _newest_per_period(newest_first, lambda s: (s.year, s.month, s.day), daily)
        | _newest_per_period(newest_first, lambda s: tuple(s.isocalendar())[:2], weekly)
        | _newest_per_period(newest_first, lambda s: (s.year, s.month), monthly)
    )
