"""The desktop bundle built by packaging/build.sh runs without any Python environment."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the bundle once (skipped only when PyInstaller is not installed)."""
    pytest.importorskip("PyInstaller", reason="the bundle extra is not installed")
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": os.environ.get("PYTHON", _python())}
    subprocess.run(
        [str(REPO / "packaging" / "build.sh"), str(out)], check=True, env=env, timeout=1800
    )
    return out / "optin-desk"


def _python() -> str:
    import sys

    return sys.executable


def frozen(bundle: Path, work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the frozen program with an empty environment (no virtual environment, no PATH)."""
    env = {"HOME": str(work), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run(
        [str(bundle / "optin-desk"), "--db", str(work / "shop.sqlite3"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
        timeout=300,
        check=False,
    )


def test_the_frozen_program_sets_up_prints_arabic_forms_and_renders_the_window(
    bundle: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    assert (bundle / "optin-desk.desktop").is_file()
    done = frozen(bundle, tmp_path, "init", "--business", "Frozen Shop", "--country", "AE")
    assert done.returncode == 0, done.stderr
    assert "Set up Frozen Shop (United Arab Emirates)" in done.stdout  # Babel's data, frozen
    done = frozen(bundle, tmp_path, "forms", "--language", "ar", "--out", "ar.pdf")
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "ar.pdf").pages)
    assert "Frozen Shop" in text
    done = frozen(bundle, tmp_path, "screenshots", "shots")
    assert done.returncode == 0, done.stderr
    pictures = sorted((tmp_path / "shots").glob("*.png"))
    assert len(pictures) >= 5
    assert all(p.stat().st_size > 5000 for p in pictures)
