"""The owner PIN: guards settings, erasure, restore, backups, exports and voiding opt-outs.

Staff record opt-ins and opt-outs and run checks without it; a database with no PIN set asks
for none. The PIN is kept as a slow scrypt hash (each check about 0.4 s and 64 MiB, so that
trying every PIN against a copied file takes days, not minutes); wrong PINs are slowed down.
A hash made with older, cheaper parameters still verifies and is re-made with the current
ones on the next right PIN.

Each time the PIN is set, changed or removed, a shop event in the ledger states it (whether a
PIN is set, and the sha256 of the record kept in the settings), so deleting or replacing the
settings row with another tool does not lift the guard: a record the ledger does not state
is refused, and what needs the PIN stays refused. The owner gets back in with the PIN that
opens this computer's signing key (sealed with the owner PIN): the record is then kept again.
A shop whose PIN was set before the ledger stated it has it stated on the next right PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.shop_events import RECORDS_SCOPE, DetailValue, ShopAction
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.errors import InputError
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.shop_events import append_shop_event, last_shop_event

PIN_KEY = "owner.pin"
FAILURES_KEY = "owner.failures"
FREE_TRIES = 3
LONGEST_WAIT = timedelta(minutes=5)
MIN_PIN, MAX_PIN = 6, 32
TAMPERED = QT_TRANSLATE_NOOP(
    "Messages",
    "the owner PIN kept in the records is not the one the ledger states (it was removed or "
    "replaced outside OptIn Desk): give the owner PIN that opens this computer's signing key "
    "to keep it again; until then what needs the PIN stays refused",
)
DAMAGED = (
    "the owner PIN kept in the records is damaged (changed outside OptIn Desk), so it cannot "
    "be checked: what needs the PIN stays refused"
)


@dataclass(frozen=True)
class PinCost:
    """scrypt's cost parameters: CPU/memory cost n (a power of two), block size r, lanes p."""

    n: int
    r: int
    p: int

    @property
    def work(self) -> int:
        """Relative time one derivation takes."""
        return self.n * self.r * self.p


# One check takes about 0.4 s and 64 MiB (measured: 0.38-0.50 s, median 0.43 s, on a shared
# 2-core machine); the earlier cost, n=2**14, took 0.06-0.12 s.
PRODUCTION_COST = PinCost(n=2**16, r=8, p=1)
PIN_COST = PRODUCTION_COST  # what new and upgraded hashes use; tests lower it explicitly
LEGACY_COST = PinCost(n=2**14, r=8, p=1)  # hashes stored before, still read
MAX_MEMORY = 256 * 1024 * 1024  # a stored record asking for more is damaged, not obeyed
MAX_WORK = 4 * PRODUCTION_COST.work


@dataclass(frozen=True)
class PinRecord:
    """A stored PIN hash as read back: its salt, its own cost parameters and the hash."""

    salt: bytes
    cost: PinCost
    digest: str


def _derive(pin: str, salt: bytes, cost: PinCost) -> bytes:
    memory = 128 * cost.r * (cost.n + cost.p + 2) + 1024 * 1024
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=cost.n, r=cost.r, p=cost.p, maxmem=memory, dklen=32
    )


def hash_pin(pin: str, cost: PinCost | None = None) -> str:
    """The settings record of a PIN: salt, cost parameters and scrypt hash, as JSON."""
    chosen = cost or PIN_COST
    salt = secrets.token_bytes(16)
    record = {
        "kdf": "scrypt",
        "salt": salt.hex(),
        "n": chosen.n,
        "r": chosen.r,
        "p": chosen.p,
        "hash": _derive(pin, salt, chosen).hex(),
    }
    return json.dumps(record)


def _int(record: dict[str, Any], key: str, low: int, high: int) -> int:
    value = record[key]
    if type(value) is not int or not low <= value <= high:
        raise ValueError(key)
    return value


def read_pin_record(raw: str) -> PinRecord:
    """The stored PIN record, or InputError (one line) when it is not one OptIn Desk wrote."""
    try:
        record = json.loads(raw)
        if not isinstance(record, dict) or record.get("kdf", "scrypt") != "scrypt":
            raise ValueError("not a scrypt record")
        cost = PinCost(
            _int(record, "n", 2, 2**20), _int(record, "r", 1, 64), _int(record, "p", 1, 16)
        )
        if cost.n & (cost.n - 1) or 128 * cost.r * cost.n > MAX_MEMORY or cost.work > MAX_WORK:
            raise ValueError("cost out of bounds")
        salt, digest = record["salt"], record["hash"]
        if not isinstance(salt, str) or not isinstance(digest, str) or len(digest) != 64:
            raise ValueError("salt or hash")
        int(digest, 16)
        salt_bytes = bytes.fromhex(salt)
        if not 8 <= len(salt_bytes) <= 64:
            raise ValueError("salt length")
    except (ValueError, KeyError, TypeError, RecursionError):
        raise InputError(DAMAGED) from None
    return PinRecord(salt_bytes, cost, digest.lower())


def pin_is_set(session: Session) -> bool:
    """True when the shop has an owner PIN (kept in the settings, or stated by the ledger)."""
    if get_setting(session, PIN_KEY):
        return True
    stated = last_shop_event(session, ShopAction.OWNER_PIN)
    return stated is not None and stated.details.get("set") is True


def _fingerprint(record: str) -> str:
    return hashlib.sha256(record.encode("utf-8")).hexdigest()


def state_pin(session: Session, record: str) -> bool:
    """State in the ledger that the PIN record `record` is now kept ("" for none), unless it
    already says so; whether it was stated now. No commit."""
    stated = last_shop_event(session, ShopAction.OWNER_PIN)
    details: dict[str, DetailValue] = {
        "set": bool(record),
        "record_sha256": _fingerprint(record) if record else "",
    }
    if stated is not None and dict(stated.details) == details:
        return False
    if stated is None and not record:  # no PIN, and none ever stated: nothing to say
        return False
    append_shop_event(session, ShopAction.OWNER_PIN, RECORDS_SCOPE, details)
    return True


def pin_kept_as_stated(session: Session) -> bool:
    """Whether the PIN record in the settings is the one the ledger states (what verify asks)."""
    return _kept_as_stated(session, get_setting(session, PIN_KEY))


def _kept_as_stated(session: Session, record: str) -> bool:
    """Whether the kept PIN record is the one the ledger states last (True when the ledger
    states none yet: a PIN set before it did, or none ever set)."""
    stated = last_shop_event(session, ShopAction.OWNER_PIN)
    if stated is None:
        return True
    if stated.details.get("set") is not True:
        return not record
    return bool(record) and stated.details.get("record_sha256") == _fingerprint(record)


def _failures(session: Session) -> tuple[int, timedelta]:
    """Wrong PINs so far and the wait left (a damaged record counts as none)."""
    raw = get_setting(session, FAILURES_KEY)
    if not raw:
        return 0, timedelta(0)
    try:
        data = json.loads(raw)
        count = int(data["count"])
        until = from_canonical(str(data["until"]))
    except (ValueError, KeyError, TypeError, OverflowError, RecursionError):
        return 0, timedelta(0)
    return max(count, 0), min(max(until - utc_now(), timedelta(0)), LONGEST_WAIT)


def require_owner(session: Session, pin: str | None, cost: PinCost | None = None) -> None:
    """Pass when no PIN is set or `pin` is right; otherwise InputError saying what to do.

    A right PIN stored with a cheaper cost than `cost` (default: PIN_COST) is re-hashed."""
    record = get_setting(session, PIN_KEY)
    as_stated = _kept_as_stated(session, record)
    if as_stated and not record:
        return
    count, wait = _failures(session)
    if wait > timedelta(0):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "too many wrong owner PINs: try again in {seconds} seconds"
            ),
            seconds=int(wait.total_seconds()) + 1,
        )
    if not as_stated:
        _take_back(session, pin, cost, count)
        return
    if not pin:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)"
            )
        )
    stored = read_pin_record(record)
    derived = _derive(pin, stored.salt, stored.cost).hex()
    if hmac.compare_digest(derived, stored.digest):
        target = cost or PIN_COST
        changed = stored.cost.work < target.work  # an older, cheaper hash: as slow as now
        if changed:
            record = hash_pin(pin, target)
            put_setting(session, PIN_KEY, record)
        if get_setting(session, FAILURES_KEY):
            put_setting(session, FAILURES_KEY, "")
            changed = True
        if state_pin(session, record) or changed:
            session.commit()
        return
    _count_wrong(session, count)


def _take_back(session: Session, pin: str | None, cost: PinCost | None, count: int) -> None:
    """The kept PIN record is not the one the ledger states: the PIN that opens this
    computer's signing key is kept again; any other is refused (and counted as wrong)."""
    from optin_desk.services.signing import locked_by  # cryptography: when needed

    if not pin:
        raise InputError(TAMPERED)
    if not locked_by(pin):
        _count_wrong(session, count, refuse=False)
        raise InputError(TAMPERED)
    record = hash_pin(pin, cost)
    put_setting(session, PIN_KEY, record)
    put_setting(session, FAILURES_KEY, "")
    state_pin(session, record)
    session.commit()


def _count_wrong(session: Session, count: int, *, refuse: bool = True) -> None:
    """Count one more wrong PIN (later tries wait longer); refuse unless told not to."""
    count += 1
    delay = timedelta(seconds=2 ** (count - FREE_TRIES)) if count >= FREE_TRIES else timedelta(0)
    until = utc_now() + min(delay, LONGEST_WAIT)
    put_setting(session, FAILURES_KEY, json.dumps({"count": count, "until": canonical(until)}))
    session.commit()  # a wrong PIN is counted even though the action is refused
    if refuse:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "wrong owner PIN"))


def pin_problem(new_pin: str) -> str:
    """Why a new PIN is refused ("" when it is fine)."""
    if not MIN_PIN <= len(new_pin.strip()) <= MAX_PIN:
        return f"the owner PIN must have {MIN_PIN} to {MAX_PIN} characters"
    return ""


def set_owner_pin(
    session: Session, new_pin: str, current_pin: str | None, cost: PinCost | None = None
) -> bool:
    """Set, change (the current PIN first) or, with an empty new PIN, remove it. Commit.

    Returns True when a PIN is now set."""
    new_pin = new_pin.strip()
    problem = pin_problem(new_pin) if new_pin else ""
    if problem:
        raise InputError(problem)
    require_owner(session, current_pin, cost)
    from optin_desk.services.signing import reseal_signing_key  # cryptography: when needed

    if not new_pin:
        put_setting(session, PIN_KEY, "")
        state_pin(session, "")
        session.commit()
        reseal_signing_key(current_pin, None)  # the signing key follows the PIN
        return False
    record = hash_pin(new_pin, cost)
    put_setting(session, PIN_KEY, record)
    put_setting(session, FAILURES_KEY, "")
    state_pin(session, record)
    session.commit()
    reseal_signing_key(current_pin, new_pin)
    return True
