"""Checkpoints of the ledger: taken, signed, kept outside the records, and checked against them.

Every checkpoint taken is appended to a log beside the database (`NAME-checkpoints.jsonl`,
one JSON checkpoint a line); one taken at a backup is also written beside the backup
(`BACKUP.checkpoint.json`). `verify --checkpoint PATH` reads a file or searches a folder
(a backup stick) for both kinds and says, naming each, whether the ledger still holds it.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from optin_desk.domain.chain import GENESIS_HASH
from optin_desk.domain.checkpoint import (
    Checkpoint,
    Finding,
    check_checkpoint,
    read_checkpoint,
)
from optin_desk.domain.logged_frontier import LoggedFrontier
from optin_desk.domain.merkle import MerkleLevels
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said
from optin_desk.domain.shop_events import ShopAction, ShopEvent
from optin_desk.domain.when import canonical, utc_now
from optin_desk.private_files import create_private_file, private_folder, writing_privately
from optin_desk.services.errors import InputError
from optin_desk.services.owner import pin_is_set
from optin_desk.services.restore_reapply import RESTORE_KEY
from optin_desk.services.shop_texts import get_setting
from optin_desk.services.signing import (
    PublicKey,
    ensure_signing_key,
    public_key,
    sign,
    signature_valid,
)
from optin_desk.storage.anchors import event_hashes, event_ids_and_hashes
from optin_desk.storage.engine import Database, default_data_dir
from optin_desk.storage.shop_events import shop_events

LOG_SUFFIX = "-checkpoints.jsonl"
FILE_SUFFIX = ".checkpoint.json"
SEARCH_DEPTH = 4
MOST_FILES = 5000
UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "checkpoint {name}: it cannot be read as a checkpoint ({reason})"
)
CHANGED = Plural.translate(
    "Messages",
    "the records no longer start with the %n event(s) just backed up (restored or replaced "
    "meanwhile): no checkpoint was taken; back up again",
    None,
    0,
)
NONE_FOUND = QT_TRANSLATE_NOOP(
    "Messages",
    "no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)",
)


RESTORED = QT_TRANSLATE_NOOP(
    "Messages",
    "these records were restored from {source} on {at}: a checkpoint made before that restore "
    "may be of the records it replaced (kept beside them as a 'replaced' copy); check it "
    "against that copy with --db",
)


REPLACED = Plural.translate(
    "Messages",
    "checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of "
    "{at} (head {head}), which the ledger records as event {event}; the replaced records are "
    "kept beside them",
    None,
    0,
)


def restore_hint(database: Database, findings: list[Finding]) -> str:
    """Why checkpoints may fail after a restore ("" when none was made before one).

    Read from the restore's own setting, which the chain does not cover: a hint, never an
    excuse (the checkpoint still fails)."""
    with database.reading() as session:
        raw = get_setting(session, RESTORE_KEY)
    if not raw:
        return ""
    try:
        restore = json.loads(raw)
        at, source = str(restore["at"]), str(restore["from"])
    except (ValueError, TypeError, KeyError):
        return ""
    made_before = [
        f for f in findings if not f.ok and f.checkpoint is not None and f.checkpoint.made_at < at
    ]
    return Said(RESTORED, source=source, at=at[:16].replace("T", " ")) if made_before else ""


def log_path(database: Database) -> Path:
    """The checkpoint log beside the database (for a server: in this computer's data folder)."""
    path = database.sqlite_path
    if path is not None:
        return path.with_name(path.stem + LOG_SUFFIX)
    return default_data_dir() / f"{database.url.database or 'server'}{LOG_SUFFIX}"


def checkpoint_file_for(backup: Path) -> Path:
    """The checkpoint written beside a backup file."""
    return backup.with_name(backup.name + FILE_SUFFIX)


def _levels(hashes: list[str]) -> MerkleLevels:
    return MerkleLevels(bytes.fromhex(value) for value in hashes)


def take_checkpoint(
    database: Database, pin: str | None, size: int | None = None, head: str | None = None
) -> Checkpoint:
    """A signed checkpoint of the ledger's first `size` events (all by default), logged.

    `head`, when given, must be the chain hash of the last of them (the backup's head).
    Unsigned when the signing key is locked by an owner PIN not given."""
    with database.reading() as session:
        hashes = event_hashes(session, size)
    last = hashes[-1] if hashes else GENESIS_HASH
    if (size is not None and len(hashes) != size) or (head is not None and head != last):
        raise InputError(CHANGED, len(hashes) if size is None else size)
    return logged_checkpoint(database, _levels(hashes), last, pin)


def logged_checkpoint(
    database: Database,
    levels: MerkleLevels,
    head: str,
    pin: str | None,
    last_event_id: int | None = None,
) -> Checkpoint:
    """The checkpoint of a tree whose last leaf is `head`: signed when the key opens, logged
    (with its frontier when the id of its last event, `last_event_id`, is given)."""
    kept = None
    if last_event_id is not None and levels.size:
        kept = LoggedFrontier(last_event_id, tuple(levels.frontier()))
    return logged_tree_head(database, levels.size, levels.root(), head, pin, kept)


def logged_tree_head(
    database: Database,
    size: int,
    root: bytes,
    head: str,
    pin: str | None,
    frontier: LoggedFrontier | None = None,
) -> Checkpoint:
    """The checkpoint of a tree of `size` leaves with `root`, whose last leaf is `head`: signed
    when the key opens, logged (with `frontier`, when given, for the next one to extend)."""
    checkpoint = Checkpoint(size, root.hex(), head, canonical(utc_now()))
    shop_key(database, pin)
    checkpoint = sign(checkpoint, pin)
    if not database.read_only:
        append_to_log(log_path(database), checkpoint, frontier)
    return checkpoint


def shop_key(database: Database, pin: str | None) -> PublicKey | None:
    """This computer's public key, made on first need (for shops set up before keys were).

    A shop with an owner PIN gets its key only when the PIN is given (the caller checked it),
    so that the key is encrypted with it from the start; without it, None."""
    existing = public_key()
    if existing is not None:
        return existing
    with database.reading() as session:
        guarded = pin_is_set(session)
    if guarded and not pin:
        return None
    return ensure_signing_key(pin if guarded else None)


def append_to_log(
    log: Path, checkpoint: Checkpoint, frontier: LoggedFrontier | None = None
) -> None:
    """Add one line to the checkpoint log (owner-only), synced to disk; with `frontier`, its
    two unsigned fields are on the line too (domain.logged_frontier)."""
    private_folder(log.parent)  # a server's log goes in the user data folder, maybe not made yet
    with contextlib.suppress(FileExistsError):
        create_private_file(log)
    line = checkpoint.dumps()
    if frontier is not None:
        fields = checkpoint.to_json() | frontier.to_json()
        line = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    with log.open("a", encoding="utf-8") as out:
        out.write(line + "\n")
        out.flush()
        os.fsync(out.fileno())


def write_checkpoint(checkpoint: Checkpoint, target: Path) -> Path:
    """Write one checkpoint as a JSON file (owner-only, whole or not at all)."""
    if target.is_dir():
        target = target / f"checkpoint-{checkpoint.made_at[:19].replace(':', '')}{FILE_SUFFIX}"
    elif not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the folder {parent} does not exist"),
            parent=target.parent,
        )
    text = json.dumps(checkpoint.to_json(), indent=2, sort_keys=True) + "\n"
    with writing_privately(target) as partial, partial.open("w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    return target


def checkpoint_backup(
    database: Database, backup: Path, events: int, head: str, pin: str | None
) -> Path:
    """After a backup of `events` events ending in `head`: a checkpoint of them, beside the
    backup and logged."""
    checkpoint = take_checkpoint(database, pin, events, head)
    return write_checkpoint(checkpoint, checkpoint_file_for(backup))


def _candidate_files(path: Path) -> Iterator[Path]:
    """Checkpoint files in a folder and its sub-folders (a few levels; a stick may be big)."""
    top = len(path.parts)
    for folder, subfolders, files in os.walk(path):
        if len(Path(folder).parts) - top >= SEARCH_DEPTH:
            subfolders.clear()
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if name.endswith((FILE_SUFFIX, LOG_SUFFIX)):
                yield Path(folder) / name


def _read_file(path: Path) -> Iterator[tuple[str, Checkpoint | str]]:
    """Each checkpoint in one file (a log holds one a line), or why it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        yield str(path), str(getattr(error, "strerror", None) or error)
        return
    lines = text.splitlines() if path.name.endswith(LOG_SUFFIX) else [text]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        name = f"{path} line {number}" if len(lines) > 1 else str(path)
        try:
            yield name, read_checkpoint(json.loads(line))
        except (ValueError, RecursionError) as error:
            yield name, str(error)


def find_checkpoints(path: Path) -> list[tuple[str, Checkpoint | str]]:
    """The checkpoints in a file or found in a folder, by name; InputError when there are none."""
    if path.is_dir():
        files = []
        for found in _candidate_files(path):
            files.append(found)
            if len(files) >= MOST_FILES:
                break
    elif path.is_file():
        files = [path]
    else:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "{path} does not exist"), path=path)
    found_all = [item for file in files for item in _read_file(file)]
    if not found_all:
        raise InputError(NONE_FOUND, path=path)
    if path.is_file() and len(found_all) == 1 and isinstance(found_all[0][1], str):
        raise InputError(UNREADABLE, name=path, reason=found_all[0][1])
    return found_all


def check_checkpoints(database: Database, path: Path) -> list[Finding]:
    """Whether the ledger holds every checkpoint in `path`, one finding each (oldest first).

    A checkpoint the ledger does not hold is still explained (ok, saying so) when a restore
    recorded in the ledger replaced the records it was taken of (see `_replaced_by`)."""
    found = find_checkpoints(path)
    with database.reading() as session:
        pairs = event_ids_and_hashes(session)
        restores = shop_events(session, ShopAction.RESTORE)
    hashes = [hash_ for _id, hash_ in pairs]
    levels = _levels(hashes)
    findings: list[Finding] = []
    seen: set[str] = set()
    for name, item in found:
        if isinstance(item, str):
            findings.append(Finding(False, Said(UNREADABLE, name=name, reason=item)))
            continue
        if item.dumps() in seen:
            continue
        seen.add(item.dumps())
        signature = signature_valid(item)
        finding = check_checkpoint(item, name, levels, hashes, signature)
        if not finding.ok and signature is not False:
            finding = _replaced_by(item, name, signature, pairs, restores) or finding
        findings.append(finding)
    return findings


def log_not_held(database: Database) -> list[Said]:
    """What the checkpoint log beside the records finds the ledger no longer holds (worded
    messages; none when there is no log): a ledger cut short and made consistent again."""
    log = log_path(database)
    if not log.is_file():
        return []
    try:
        return [finding.message for finding in check_checkpoints(database, log) if not finding.ok]
    except InputError:  # a log with no checkpoint in it: nothing to hold
        return []


def _replaced_by(
    checkpoint: Checkpoint,
    name: str,
    signature: bool | None,
    pairs: list[tuple[int, str]],
    restores: list[ShopEvent],
) -> Finding | None:
    """An ok finding when a restore in the ledger replaced the records `checkpoint` was taken
    of, else None.

    The restore's chained event names the replaced records' head and count, where they and
    the backup parted (shared events), and the hashes of the replaced events after that: the
    replaced ledger is rebuilt as the ledger's shared events followed by those, and the
    checkpoint must hold in it, root and head (only the head and count are compared when a
    restore dropped too many events to name)."""
    for restore in reversed(restores):  # the latest restore first
        facts = restore.details
        head, at = str(facts.get("replaced_head", "")), restore.recorded_at
        if not head or checkpoint.made_at > at:
            continue
        shared, dropped = facts.get("shared_events"), facts.get("dropped")
        if isinstance(shared, int) and isinstance(dropped, str):
            replaced = [h for event_id, h in pairs if event_id <= shared]
            replaced += [dropped[i : i + 64] for i in range(0, len(dropped), 64)]
            held = check_checkpoint(checkpoint, name, _levels(replaced), replaced, signature).ok
        else:
            held = (checkpoint.tree_size, checkpoint.head_hash) == (
                facts.get("replaced_events"),
                head,
            )
        if held:
            text = Said(
                REPLACED,
                checkpoint.tree_size,
                name=name,
                made=checkpoint.made_at[:16].replace("T", " "),
                at=at[:16].replace("T", " "),
                head=head[:12],
                event=restore.event_id,
            )
            return Finding(True, text, checkpoint, replaced=True)
    return None
