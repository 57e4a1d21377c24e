"""Process-level settings the heavy paths share (no layer of its own: any layer may use it)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while many short-lived objects are made.

    Reading and judging a 100,000-row list makes hundreds of thousands of tuples and rows,
    none of them in reference cycles; the collector would walk them all again and again
    (about a quarter of a check's time). Reference counting still frees everything; the
    collector resumes afterwards, if it was running before.
    """
    was_running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_running:
            gc.enable()
