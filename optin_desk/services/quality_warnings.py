"""What came of the broadcasts, and warnings that say what to do: per broadcast, what was
delivered and the opt-outs within a week of it; the opt-out rate by opt-in method; a quality
rating that dropped. Thresholds are settings with defaults."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.check import METHOD_WORDS
from optin_desk.domain.consent import Action, Method
from optin_desk.domain.deliveries import RANK, Status
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.quality import BroadcastSummary
from optin_desk.domain.when import canonical, from_canonical, local_date
from optin_desk.services.errors import InputError
from optin_desk.services.quality import RATINGS, quality_history
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.delivery_models import DeliveryOutcome
from optin_desk.storage.models import CheckRun, ConsentEvent, MessageSent

AFTER = timedelta(days=7)
RATING_WORDS = {
    "high": QT_TRANSLATE_NOOP("Messages", "high"),
    "medium": QT_TRANSLATE_NOOP("Messages", "medium"),
    "low": QT_TRANSLATE_NOOP("Messages", "low"),
}
"""A sender number's quality rating in words (each marked, said in the shop's language)."""
THRESHOLDS = {
    "optout_multiple": ("quality.optout_multiple", 3),
    "undelivered_percent": ("quality.undelivered_percent", 15),
    "method_multiple": ("quality.method_multiple", 3),
    "min_people": ("quality.min_people", 10),
}


def thresholds(session: Session) -> dict[str, int]:
    """The warning thresholds, with the defaults where none were set."""
    values = {}
    for name, (key, default) in THRESHOLDS.items():
        raw = get_setting(session, key)
        values[name] = int(raw) if raw.isdigit() else default
    return values


def save_thresholds(session: Session, values: dict[str, int]) -> None:
    """Store warning thresholds (the caller commits)."""
    for name, value in values.items():
        if name not in THRESHOLDS or not 1 <= value <= 1000:
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "{setting} must be between 1 and 1000"),
                setting=name.replace("_", " "),
            )
        put_setting(session, THRESHOLDS[name][0], str(value))


def broadcasts(session: Session, limit: int = 20) -> list[BroadcastSummary]:
    """The latest broadcasts, oldest first, with their outcomes and opt-outs within 7 days."""
    runs = session.execute(
        select(CheckRun.id, CheckRun.file_name, CheckRun.sent_at)
        .where(CheckRun.sent_at.is_not(None))
        .order_by(CheckRun.sent_at.desc())
        .limit(limit)
    ).all()
    summaries = []
    for check_id, file_name, sent_at in reversed(runs):
        assert sent_at is not None
        people = set(
            session.scalars(select(MessageSent.contact_id).where(MessageSent.check_id == check_id))
        )
        final: dict[str, str] = {}
        for key, status in session.execute(
            select(DeliveryOutcome.message_key, DeliveryOutcome.status).where(
                DeliveryOutcome.check_id == check_id
            )
        ):
            if key not in final or RANK[Status(status)] > RANK[Status(final[key])]:
                final[key] = status
        start = from_canonical(sent_at)
        # Each person's own events (their index), the action looked at here: asked for in
        # the query, SQLite walks every opt-out in the ledger instead (a year: 5x slower).
        stopped = {
            contact_id
            for contact_id, action in session.execute(
                select(ConsentEvent.contact_id, ConsentEvent.action)
                .join_from(
                    MessageSent, ConsentEvent, MessageSent.contact_id == ConsentEvent.contact_id
                )
                .where(
                    MessageSent.check_id == check_id,
                    ConsentEvent.occurred_at >= sent_at,
                    ConsentEvent.occurred_at < canonical(start + AFTER),
                )
            )
            if action == Action.OPT_OUT.value
        }
        summaries.append(
            BroadcastSummary(
                check_id, file_name, start, len(people), dict(Counter(final.values())), len(stopped)
            )
        )
    return summaries


def opt_out_rates(session: Session) -> dict[Method, tuple[int, int]]:
    """Per opt-in method: (people who opted in that way, of them who opted out later)."""
    first_in: dict[int, tuple[str, str]] = {}
    outs: dict[int, str] = {}
    for contact_id, action, method, occurred in session.execute(
        select(
            ConsentEvent.contact_id,
            ConsentEvent.action,
            ConsentEvent.method,
            ConsentEvent.occurred_at,
        ).where(
            ConsentEvent.action != Action.VOID.value,
            ConsentEvent.contact_id.is_not(None),  # shop events are no person's entries
        )
    ):
        if contact_id is None:
            continue  # never: filtered above (mypy cannot know)
        if action == Action.OPT_IN.value:
            if contact_id not in first_in or occurred < first_in[contact_id][1]:
                first_in[contact_id] = (method, occurred)
        else:
            outs[contact_id] = max(outs.get(contact_id, ""), occurred)
    rates: dict[Method, tuple[int, int]] = {}
    for contact_id, (method, occurred) in first_in.items():
        people, out = rates.get(Method(method), (0, 0))
        rates[Method(method)] = (people + 1, out + (outs.get(contact_id, "") >= occurred))
    return rates


def warnings(
    session: Session,
    read: list[BroadcastSummary] | None = None,
    by_method: dict[Method, tuple[int, int]] | None = None,
) -> list[Said]:
    """What the owner should look at now, each saying what to do (in English; each keeps its
    marked words and fields, so the window, the command line and the report say it in theirs).

    `read` and `by_method` are the broadcasts and the opt-out rates when the caller has
    already read them (the overview does: each reads the whole ledger once)."""
    limits = thresholds(session)
    said = []
    sent = [b for b in (broadcasts(session) if read is None else read) if b.sent]
    if sent:
        last, earlier = sent[-1], sent[:-1]
        day = local_date(last.sent_at).isoformat()
        usual = sum(b.opt_outs / b.sent for b in earlier) / len(earlier) if earlier else 0.0
        rate = last.opt_outs / last.sent
        if usual > 0 and rate >= limits["optout_multiple"] * usual:
            said.append(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Opt-outs after the broadcast of {day} were {times}× your usual: "
                        "look at who it went to",
                    ),
                    day=day,
                    times=f"{rate / usual:.0f}",
                )
            )
        if last.reported:
            share = 100 * last.not_delivered / last.reported
            if share >= limits["undelivered_percent"]:
                said.append(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{percent}% not delivered after the broadcast of {day}: "
                            "check these numbers",
                        ),
                        percent=f"{share:.0f}",
                        day=day,
                    )
                )
    rates = {
        m: out / people
        for m, (people, out) in (opt_out_rates(session) if by_method is None else by_method).items()
        if people >= limits["min_people"]
    }
    if len(rates) >= 2:
        reference = (
            Method.PAPER_FORM if rates.get(Method.PAPER_FORM) else min(rates, key=rates.__getitem__)
        )
        base = rates[reference]
        for method, rate in sorted(rates.items(), key=lambda item: -item[1]):
            if method is not reference and base > 0 and rate >= limits["method_multiple"] * base:
                said.append(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "people who opted in by {method} opt out {times}× as often as "
                            "those who opted in by {reference}",
                        ),
                        method=Said(METHOD_WORDS[method]),
                        times=f"{rate / base:.0f}",
                        reference=Said(METHOD_WORDS[reference]),
                    )
                )
    latest: dict[str, list[str]] = {}
    for reading in quality_history(session):
        latest.setdefault(reading.sender, []).append(reading.rating)
    for sender, ratings in latest.items():
        if len(ratings) >= 2 and RATINGS.index(ratings[-1]) > RATINGS.index(ratings[-2]):
            said.append(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "quality dropped to {rating} on {sender}: "
                        "hold marketing from this number for a week",
                    ),
                    rating=Said(RATING_WORDS.get(ratings[-1], ratings[-1])),
                    sender=sender,
                )
            )
    return said
