"""OptIn Desk as it ships: every command run from a folder outside the source tree.

    python packaging/smoke.py [--exe PATH]

`--exe` defaults to the `optin-desk` installed beside this Python (a wheel in a fresh virtual
environment); point it at a frozen bundle's executable to try that instead. Each command must
exit 0, each PDF must open and carry the shop's name. Prints one line per step; exit 1 on the
first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHOP = "Smoke & Sons Corner Shop"
LANGUAGES = ("en", "es", "pt", "fr", "de", "id", "hi", "ar")


class SmokeError(Exception):
    """A step did not do what a shop would expect."""


def run(exe: Path, db: Path, *args: str) -> str:
    """Run one command on `db`; its standard output, or SmokeError with what it said."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(exe), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    if result.returncode != 0:
        raise SmokeError(f"{' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    return result.stdout


def pdf_text(path: Path) -> str:
    """All the text of a PDF (it must open)."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def expect_pdf(path: Path, wanted: str) -> None:
    """The PDF opens and its text has `wanted`."""
    text = pdf_text(path)
    if wanted not in text:
        raise SmokeError(f"{path.name} opens but does not say {wanted!r}")


FIRST_RUN = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from optin_desk.storage.engine import open_database
from optin_desk.ui.main_window import MainWindow

app = QApplication(sys.argv)
database = open_database(sys.argv[1])
window = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat), daily_backup=False)
window.show()
window.attach_database(database)
page = window.setup_page
page.business.setText("First Run Shop")
page.senders.setPlainText("07911 000222")
page.start.click()
app.processEvents()
finished = window.setup_page is None and window.signup_page is not None
window.close()
database.dispose()
sys.exit(0 if finished else 1)
"""


def first_run_window(work: Path) -> None:
    """The installed window's first run: the shop is set up and Sign-ups opens."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_RUN, str(work / "first.sqlite3"), str(work / "qt.ini")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    if result.returncode != 0:
        raise SmokeError(f"the window's first run did not finish:\n{result.stderr}")


def smoke(exe: Path, work: Path) -> None:
    """Every command a shop uses, in the order a shop meets them."""
    db = work / "records" / "shop.sqlite3"
    db.parent.mkdir()
    steps: list[str] = []

    def step(name: str) -> None:
        steps.append(name)
        print(f"ok  {name}", flush=True)

    made = run(exe, db, "init", "--business", SHOP, "--country", "GB", "--sender", "07911 000111")
    if "(United Kingdom)" not in made:  # Babel's names are package data: found as installed
        raise SmokeError(f"init does not name the country: {made!r}")
    step("init")
    run(
        exe,
        db,
        "optin",
        "07911 123456",
        "--scope",
        "orders",
        "--scope",
        "offers",
        "--method",
        "in_person",
        "--name",
        "Ann Smoke",
    )
    step("optin")
    paper = ("--method", "paper_form", "--serial", "K3M9", "--other-print-run")
    run(exe, db, "optin", "07911 123457", "--scope", "all", *paper)
    confirmation = run(
        exe, db, "optout", "07911 123456", "--scope", "marketing", "--method", "whatsapp_reply"
    )
    if SHOP not in confirmation:
        raise SmokeError("the opt-out confirmation does not name the shop")
    step("optout")
    for language in LANGUAGES:
        target = work / f"forms-{language}.pdf"
        run(exe, db, "forms", "--count", "2", "--language", language, "--out", str(target))
        expect_pdf(target, SHOP)
        step(f"forms --language {language}")
    run(exe, db, "proof", "07911 123456", "--out", str(work / "proof.pdf"))
    expect_pdf(work / "proof.pdf", SHOP)
    run(exe, db, "proof", "07911 123456", "--out", str(work / "proof.json"))
    if SHOP not in json.dumps(
        json.loads((work / "proof.json").read_text("utf-8")), ensure_ascii=False
    ):
        raise SmokeError("proof.json does not name the shop")
    step("proof (PDF and JSON)")
    replies = work / "replies.txt"
    replies.write_text("+44 7911 123457: STOP\n", encoding="utf-8")
    run(exe, db, "replies", str(replies), "--apply")
    step("replies")
    listing = work / "list.csv"
    listing.write_text("name,number\nAnn,07911 123456\nBob,07911 123457\nCy,07911 1\n", "utf-8")
    counts = json.loads(run(exe, db, "check", str(listing), "--category", "offers", "--json"))
    if counts["counts"] != {
        "send": 0,
        "no_consent": 0,
        "opted_out": 2,
        "invalid_number": 1,
        "duplicate": 0,
        "too_frequent": 0,
    }:
        raise SmokeError(f"check gave {counts['counts']}")
    report = work / "informe.csv"
    run(exe, db, "--ui-language", "es", "check", str(listing), "--category", "offers",
        "--report", str(report))  # fmt: skip
    if "demasiado corto para Reino Unido" not in report.read_text("utf-8-sig"):
        raise SmokeError("the Spanish report does not name the country in Spanish")
    step("check")
    again = work / "again.csv"
    listed = run(exe, db, "checks")
    latest = listed.split()[0]
    run(exe, db, "--ui-language", "es", "checks", latest, "--report", str(again))
    if again.read_bytes() != report.read_bytes():
        raise SmokeError("a kept check written out again is not its own report")
    step("checks")
    verified = run(exe, db, "verify")
    if not verified.startswith("ok: "):
        raise SmokeError(f"verify said {verified!r}")
    step("verify")
    (work / "stick").mkdir()
    run(exe, db, "backup", str(work / "stick"))
    if not list((work / "stick").glob("*.sqlite3")):
        raise SmokeError("backup wrote no file to the folder")
    step("backup")
    shots = run(exe, db, "screenshots", str(work / "shots")).split()
    if len(shots) < 5 or not all(Path(p).stat().st_size > 5000 for p in shots):
        raise SmokeError(f"screenshots gave {shots}")
    step("screenshots")
    if exe.parent == Path(sys.executable).parent:  # the installed package, not a bundle
        first_run_window(work)
        step("the window's first run")


def main() -> int:
    """Run the smoke test in a fresh temporary folder; 0 when every step held."""
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(sys.executable).with_name("optin-desk")
    parser.add_argument("--exe", type=Path, default=default)
    args = parser.parse_args()
    exe = args.exe.resolve()
    if shutil.which(str(exe)) is None:
        print(f"FAIL no program at {exe}")
        return 1
    with tempfile.TemporaryDirectory(prefix="optin-desk-smoke-") as folder:
        os.chdir(folder)
        try:
            smoke(exe, Path(folder))
        except SmokeError as failure:
            print(f"FAIL {failure}")
            return 1
    print("smoke: every command held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
