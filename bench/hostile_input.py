"""Hostile lists against `optin-desk check`: each must end in one line and exit 2, in bounded
memory. Files are made in a temporary folder; each check runs in its own process and its
peak resident memory (ru_maxrss of that child) is printed.
Run: python bench/hostile_input.py
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from openpyxl import Workbook

MB = 1024 * 1024
SHOP = ("--business", "Shop", "--country", "GB")


def repeated(path: Path, header: bytes, row: bytes, size: int) -> None:
    """A file of `size` bytes or so, written in blocks (this process stays small: a child
    process starts with its parent's peak memory as its own)."""
    with path.open("wb") as handle:
        handle.write(header)
        block = row * 10_000
        for _ in range(size // len(block)):
            handle.write(block)


def xlsx_bomb(path: Path, rows: int) -> None:
    """A sound workbook whose sheet is replaced by `rows` rows of one number: ~300x packed."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Phone"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, source.read(info.filename))
                continue
            with out.open(info.filename, "w", force_zip64=True) as sheet_xml:
                sheet_xml.write(
                    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                    b'main"><sheetData>'
                )
                block = b'<row><c t="inlineStr"><is><t>07911123456</t></is></c></row>' * 10_000
                for _ in range(rows // 10_000):
                    sheet_xml.write(block)
                sheet_xml.write(b"</sheetData></worksheet>")


CHILD = """
import resource, sys
from optin_desk.cli import main
code = main(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def run(db: Path, label: str, target: str, stdin: Path | None = None) -> None:
    """Check one hostile list in a fresh process; print exit code, time, peak and message."""
    command = [sys.executable, "-c", CHILD, "--db", str(db), "check", target]
    command += ["--category", "offers"]
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as feed:
        child = subprocess.run(command, stdin=feed, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    peak = int(child.stdout.split()[-1]) / 1024
    lines = child.stderr.decode().strip().splitlines()
    print(f"{label:30} exit {child.returncode}  {seconds:5.1f} s  peak {peak:5.0f} MB")
    print(f"    {lines[-1] if lines else '(nothing on stderr)'}  ({len(lines)} line(s))")


def main() -> None:
    """Make the files, then check each one."""
    with tempfile.TemporaryDirectory(prefix="bounds-") as name:
        folder = Path(name)
        db = folder / "shop.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "optin_desk", "--db", str(db), "init", *SHOP],
            check=True,
            capture_output=True,
        )
        big = folder / "200mb.csv"
        repeated(big, b"Name,Phone\r\n", b"Customer name,07911 123456\r\n", 200 * MB)
        many = folder / "many-rows.csv"
        repeated(many, b"Phone\n", b"07911123456\n", 30 * MB)
        field = folder / "giant-cell.csv"
        field.write_bytes(b"Name,Phone\n" + b"A" * 200_000 + b",07911123456\n")
        xlsx_bomb(folder / "bomb.xlsx", 10_000_000)
        stdin = folder / "stdin.txt"
        repeated(stdin, b"Phone\n", b"x" * 200 + b",07911123456\n", 250 * MB)
        print(f"bomb.xlsx is {(folder / 'bomb.xlsx').stat().st_size / MB:.1f} MB packed")
        run(db, "200 MB CSV", str(big))
        run(db, "200 MB CSV on standard input", "-", big)
        run(db, "2.5M rows (30 MB)", str(many))
        run(db, "a 200 KB cell", str(field))
        run(db, "xlsx bomb (562 MB unpacked)", str(folder / "bomb.xlsx"))
        run(db, "250 MB on standard input", "-", stdin)


if __name__ == "__main__":
    main()
