"""Bring the translation catalogues up to date with the sources, and compile them.

    python packaging/translations.py            lupdate both catalogues, then lrelease them
    python packaging/translations.py --release  lrelease only (after translating in Linguist)
    python packaging/translations.py --check    exit 1 if a catalogue or a .qm is not current

Two catalogues per language in optin_desk/resources/translations/: `window_<lang>.ts` (what
the window says: optin_desk/ui, app.py, screenshots.py) and `messages_<lang>.ts` (what the
command line, the services, the domain, documents and storage say). The compiled `.qm`
files are committed beside them, so the program and its wheel need no Qt tools. Locations
are left out of the catalogues (`-locations none`): moving a line of code then changes no
catalogue.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "optin_desk"
FOLDER = PACKAGE / "resources" / "translations"
LANGUAGES = ("en", "es", "pt", "fr", "de", "id", "hi", "ar")
SOURCES = {
    "window": ("ui", "app.py", "screenshots.py"),
    "messages": ("cli", "services", "domain", "documents", "storage"),
}


def tool(name: str) -> str:
    """The path of a PySide6 tool (beside the running Python first, then on PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found; install PySide6")
    return found


def source_files(catalogue: str) -> list[str]:
    """The Python files whose strings go into `catalogue`, in a stable order."""
    files: list[Path] = []
    for part in SOURCES[catalogue]:
        path = PACKAGE / part
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [str(f) for f in files]


def update(folder: Path, languages: Sequence[str] = LANGUAGES) -> None:
    """Run lupdate: add new strings (unfinished), drop the ones no source says any more."""
    folder.mkdir(parents=True, exist_ok=True)
    for catalogue in SOURCES:
        for language in languages:
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *source_files(catalogue),
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-silent",
                    "-ts",
                    str(folder / f"{catalogue}_{language}.ts"),
                ],
                check=True,
            )


def release(folder: Path, target: Path | None = None) -> list[Path]:
    """Run lrelease on every catalogue of `folder`; the .qm files go to `target` (or beside)."""
    made: list[Path] = []
    for ts in sorted(folder.glob("*.ts")):
        qm = (target or folder) / f"{ts.stem}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        made.append(qm)
    return made


def entries(ts: Path) -> set[tuple[str, str]]:
    """Every (context, source text) a catalogue holds."""
    found: set[tuple[str, str]] = set()
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 (our own files)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def stale(folder: Path = FOLDER) -> list[str]:
    """What is not current: catalogues that miss (or keep) strings, .qm files out of date."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "ts"
        fresh.mkdir()
        for ts in folder.glob("*.ts"):
            shutil.copy(ts, fresh / ts.name)
        update(fresh)
        for ts in sorted(fresh.glob("*.ts")):
            committed = folder / ts.name
            if not committed.exists():
                problems.append(f"{ts.name} is missing")
                continue
            added = entries(ts) - entries(committed)
            dropped = entries(committed) - entries(ts)
            for context, source in sorted(added)[:5]:
                problems.append(f"{ts.name}: not in the catalogue: {context}: {source!r}")
            for context, source in sorted(dropped)[:5]:
                problems.append(f"{ts.name}: no longer in the sources: {context}: {source!r}")
        compiled = Path(scratch) / "qm"
        compiled.mkdir()
        for qm in release(folder, compiled):
            committed = folder / qm.name
            if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is not the lrelease of {qm.stem}.ts")
    return problems


PLURALS_FROM = (6, 12)
"""lupdate before PySide6 6.12 takes a string for plural forms only when its count is a
number written in the call: it would turn every counted string of ours into a plain one."""


def lupdate_keeps_plurals() -> bool:
    """Whether this environment's lupdate keeps our counted strings plural (its source lists
    do not depend on that: `--check` works with any)."""
    try:
        version = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        version = metadata.version("PySide6")
    numbers = tuple(int(part) for part in version.split(".")[:2] if part.isdigit())
    return numbers >= PLURALS_FROM


def main(argv: Sequence[str] | None = None) -> int:
    """Update and compile (default), compile only, or check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="lrelease only")
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is stale")
    options = parser.parse_args(argv)
    if options.check:
        problems = stale()
        for problem in problems:
            print(f"translations: {problem}", file=sys.stderr)
        return 1 if problems else 0
    if not options.release:
        if not lupdate_keeps_plurals():
            print(
                "translations: this PySide6's lupdate would drop the plural forms: update the"
                " catalogues with the tools of PySide6 6.12 or later (the program on Python"
                " 3.11 keeps an earlier one): `python3 -m venv tools && tools/bin/pip install"
                " 'PySide6-Essentials>=6.12'`, then `tools/bin/python"
                " packaging/translations.py`",
                file=sys.stderr,
            )
            return 2
        update(FOLDER)
    release(FOLDER)
    return 0


if __name__ == "__main__":
    sys.exit(main())
