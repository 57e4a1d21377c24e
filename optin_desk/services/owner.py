"""The owner PIN: guards settings, erasure, restore and exporting every record.

Staff record opt-ins and opt-outs and run checks without it; a database with no PIN set asks
for none. The PIN is kept as a slow scrypt hash; wrong PINs are slowed down.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy.orm import Session

from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.errors import InputError
from optin_desk.services.shop_texts import get_setting, put_setting

PIN_KEY = "owner.pin"
FAILURES_KEY = "owner.failures"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
FREE_TRIES = 3
LONGEST_WAIT = timedelta(minutes=5)
MIN_PIN, MAX_PIN = 4, 32


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def pin_is_set(session: Session) -> bool:
    """True when the shop has an owner PIN."""
    return bool(get_setting(session, PIN_KEY))


def _matches(session: Session, pin: str) -> bool:
    stored = json.loads(get_setting(session, PIN_KEY))
    salt = bytes.fromhex(stored["salt"])
    derived = _derive(pin, salt, stored["n"], stored["r"], stored["p"])
    return hmac.compare_digest(derived.hex(), stored["hash"])


def _wait_left(session: Session) -> timedelta:
    raw = get_setting(session, FAILURES_KEY)
    if not raw:
        return timedelta(0)
    until = from_canonical(json.loads(raw)["until"])
    return max(until - utc_now(), timedelta(0))


def _one_line(
    check: Callable[[Session, str | None], None],
) -> Callable[[Session, str | None], None]:
    """Damaged owner-PIN settings (bad JSON, missing or wrong fields) give one clear line
    (InputError: nothing is done), never a traceback, and never let anyone through."""

    @functools.wraps(check)
    def checked(session: Session, pin: str | None) -> None:
        try:
            check(session, pin)
        except InputError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as error:
            reason = " ".join(str(error).split())[:120] or type(error).__name__
            raise InputError(
                f"the owner PIN kept in the records is damaged ({reason}): nothing was done"
            ) from None

    return checked


@_one_line
def require_owner(session: Session, pin: str | None) -> None:
    """Pass when no PIN is set or `pin` is right; otherwise InputError saying what to do."""
    if not pin_is_set(session):
        return
    wait = _wait_left(session)
    if wait > timedelta(0):
        raise InputError(
            f"too many wrong owner PINs: try again in {int(wait.total_seconds()) + 1} seconds"
        )
    if not pin:
        raise InputError("this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)")
    if _matches(session, pin):
        if get_setting(session, FAILURES_KEY):
            put_setting(session, FAILURES_KEY, "")
            session.commit()
        return
    raw = get_setting(session, FAILURES_KEY)
    count = (json.loads(raw)["count"] if raw else 0) + 1
    delay = timedelta(seconds=2 ** (count - FREE_TRIES)) if count >= FREE_TRIES else timedelta(0)
    until = utc_now() + min(delay, LONGEST_WAIT)
    put_setting(session, FAILURES_KEY, json.dumps({"count": count, "until": canonical(until)}))
    session.commit()  # a wrong PIN is counted even though the action is refused
    raise InputError("wrong owner PIN")


def set_owner_pin(session: Session, new_pin: str, current_pin: str | None) -> bool:
    """Set, change (the current PIN first) or, with an empty new PIN, remove it. Commit.

    Returns True when a PIN is now set."""
    require_owner(session, current_pin)
    new_pin = new_pin.strip()
    if not new_pin:
        put_setting(session, PIN_KEY, "")
        session.commit()
        return False
    if not MIN_PIN <= len(new_pin) <= MAX_PIN:
        raise InputError(f"the owner PIN must have {MIN_PIN} to {MAX_PIN} characters")
    salt = secrets.token_bytes(16)
    stored = {
        "salt": salt.hex(),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "hash": _derive(new_pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex(),
    }
    put_setting(session, PIN_KEY, json.dumps(stored))
    put_setting(session, FAILURES_KEY, "")
    session.commit()
    return True
