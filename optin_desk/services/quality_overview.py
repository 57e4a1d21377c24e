"""The quality overview: the figures the quality page, its charts and the owner's one-page
report draw (per broadcast; opt-out rate by opt-in method and by wording version; each
sender number's rating over time with the days new methods and wordings started)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.domain.check import METHOD_WORDS
from optin_desk.domain.consent import Action, Method
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Lookup, Said
from optin_desk.domain.quality import Marker, QualityOverview, QualityPoint, Rate
from optin_desk.domain.when import from_canonical, local_date, utc_now
from optin_desk.private_files import writing_privately
from optin_desk.services.profile import load_profile
from optin_desk.services.quality import quality_history
from optin_desk.services.quality_warnings import broadcasts, warnings
from optin_desk.storage.models import ConsentEvent, Wording

CHUNK = 20_000
"""Ledger rows read between two progress reports (and two looks at whether to stop)."""

Progress = Callable[[int, int], None]
Stop = Callable[[], bool]


class OverviewCancelled(Exception):  # noqa: N818 (it reads as what happened)
    """The overview stopped because it was asked to; nothing was changed."""


def _never() -> bool:
    return False


def _first_opt_ins(
    session: Session, progress: Progress, stop: Stop
) -> tuple[dict[int, tuple[str, int | None, str]], dict[int, str]]:
    """Each person's first opt-in (method, wording id, when) and their latest opt-out.

    The whole ledger is read, a chunk at a time: `progress(rows read, rows)` after each, and
    `OverviewCancelled` as soon as `stop()` says so."""
    people_events = (
        ConsentEvent.action != Action.VOID.value,
        ConsentEvent.contact_id.is_not(None),  # shop events are no person's entries
    )
    total = session.scalar(select(func.count()).where(*people_events)) or 0
    first: dict[int, tuple[str, int | None, str]] = {}
    outs: dict[int, str] = {}
    done = 0
    rows = session.execute(
        select(
            ConsentEvent.contact_id,
            ConsentEvent.action,
            ConsentEvent.method,
            ConsentEvent.wording_id,
            ConsentEvent.occurred_at,
        )
        .where(*people_events)
        .execution_options(yield_per=CHUNK)
    )
    for chunk in rows.partitions():
        for contact_id, action, method, wording_id, occurred in chunk:
            if contact_id is None:
                continue  # never: filtered above (mypy cannot know)
            if action == Action.OPT_IN.value:
                if contact_id not in first or occurred < first[contact_id][2]:
                    first[contact_id] = (method, wording_id, occurred)
            else:
                outs[contact_id] = max(outs.get(contact_id, ""), occurred)
        done += len(chunk)
        progress(min(done, total), total)
        if stop():
            rows.close()
            raise OverviewCancelled
    return first, outs


def _rates(groups: dict[str, tuple[int, int]], by_method: bool = False) -> tuple[Rate, ...]:
    """Rates per group; grouped by way of opting in, each carries the method's code too."""
    rates = [
        Rate(METHOD_WORDS[Method(key)] if by_method else key, people, out, key if by_method else "")
        for key, (people, out) in groups.items()
    ]
    return tuple(sorted(rates, key=lambda r: (-r.share, r.label)))


def quality_overview(
    session: Session, progress: Progress | None = None, stop: Stop | None = None
) -> QualityOverview:
    """Everything the quality page and report show, read at once.

    It reads the whole ledger (once): the page runs it off the GUI thread, with `progress`
    (rows read, rows) and `stop` (raise `OverviewCancelled` when it says so)."""
    stop = stop or _never
    first, outs = _first_opt_ins(session, progress or (lambda _done, _total: None), stop)
    versions = {
        wording_id: f"{language} v{version}"
        for wording_id, language, version in session.execute(
            select(Wording.id, Wording.language, Wording.version)
        )
    }
    by_method: dict[str, tuple[int, int]] = {}
    by_wording: dict[str, tuple[int, int]] = {}
    rates: dict[Method, tuple[int, int]] = {}
    started: dict[str, date] = {}
    for contact_id, (method, wording_id, occurred) in first.items():
        out = outs.get(contact_id, "") >= occurred
        people, stopped = rates.get(Method(method), (0, 0))
        rates[Method(method)] = (people + 1, stopped + out)
        people, stopped = by_method.get(method, (0, 0))
        by_method[method] = (people + 1, stopped + out)
        day = local_date(from_canonical(occurred))
        started[method] = min(started.get(method, day), day)
        if wording_id is not None:
            signed = versions.get(wording_id, "?")
            people, stopped = by_wording.get(signed, (0, 0))
            by_wording[signed] = (people + 1, stopped + out)
    markers = [
        Marker(day, f"first opt-in by {METHOD_WORDS[Method(method)]}", method)
        for method, day in started.items()
    ]
    for language, version, created in session.execute(
        select(Wording.language, Wording.version, Wording.created_at)
    ):
        markers.append(
            Marker(
                local_date(from_canonical(created)),
                Said(
                    QT_TRANSLATE_NOOP("Messages", "wording {language} v{version}"),
                    language=language,
                    version=version,
                ),
            )
        )
    quality = [QualityPoint(r.sender, r.observed_on, r.rating) for r in quality_history(session)]
    if stop():
        raise OverviewCancelled
    sent = broadcasts(session)
    return QualityOverview(
        load_profile(session).name,
        utc_now(),
        tuple(sent),
        _rates(by_method, by_method=True),
        _rates(by_wording),
        tuple(quality),
        tuple(sorted(markers, key=lambda m: (m.day, m.label))),
        tuple(warnings(session, sent, rates)),
    )


def write_quality_report(
    session: Session, target: Path, lookup: Lookup | None = None
) -> QualityOverview:
    """The owner's one-page PDF report, written to `target` in the words `lookup` gives (the
    front door's translator; English without one)."""
    from optin_desk.documents.quality_pdf import write_quality_pdf
    from optin_desk.services.errors import InputError

    overview = quality_overview(session)
    try:
        with writing_privately(target) as partial:  # owner-only; no half report left behind
            if lookup is None:
                write_quality_pdf(overview, partial)
            else:
                write_quality_pdf(overview, partial, lookup)
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "cannot write {target}: {problem}"),
            target=target,
            problem=error.strerror or error,
        ) from None
    return overview
