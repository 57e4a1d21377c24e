"""The messages catalogue (command line, services, domain) is current and fully translated."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "optin_desk" / "resources" / "translations"
SCRIPT = ROOT / "packaging" / "translations_messages.sh"
FINISHED = ("es", "ar")
"""The languages translated in full so far (the others fall back to English)."""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogue after running lupdate and lrelease over today's sources."""
    out = tmp_path_factory.mktemp("translations")
    for language in FINISHED:
        shutil.copy(CATALOGUE / f"messages_{language}.ts", out)
    subprocess.run(
        ["sh", str(SCRIPT)],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYSIDE6_BIN": str(Path(sys.executable).parent)}
        | {"OUT": str(out), "LANGS": " ".join(FINISHED)},
        check=True,
        timeout=300,
    )
    return out


@pytest.mark.parametrize("language", FINISHED)
def test_lupdate_finds_nothing_new_or_unfinished(refreshed: Path, language: str) -> None:
    name = f"messages_{language}.ts"
    assert (refreshed / name).read_text("utf-8") == (CATALOGUE / name).read_text("utf-8")
    messages = ET.parse(refreshed / name).getroot().iter("message")
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation") is None or m.find("translation").get("type") is not None
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", FINISHED)
def test_the_compiled_catalogue_is_built_from_the_source(refreshed: Path, language: str) -> None:
    name = f"messages_{language}.qm"
    assert (refreshed / name).read_bytes() == (CATALOGUE / name).read_bytes()


@pytest.mark.parametrize("language", FINISHED)
def test_every_translation_keeps_its_fields_and_count(language: str) -> None:
    fields = re.compile(r"\{[^{}]*\}")
    for message in ET.parse(CATALOGUE / f"messages_{language}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert sorted(set(fields.findall(form))) == sorted(set(fields.findall(source))), (
                source,
                form,
            )
            assert form.strip(), source
        if message.get("numerus") == "yes":
            assert any("%n" in form for form in forms), source
