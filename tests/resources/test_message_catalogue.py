"""The messages catalogue (command line, services, domain) is fully translated where it says so;
tests/packaging/test_translations.py checks that every catalogue is current."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "optin_desk" / "resources" / "translations"
FINISHED = ("es", "ar")
"""The languages translated in full so far (the others fall back to English)."""


@pytest.mark.parametrize("language", FINISHED)
def test_nothing_is_left_unfinished(language: str) -> None:
    messages = ET.parse(CATALOGUE / f"messages_{language}.ts").getroot().iter("message")
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation") is None or m.find("translation").get("type") is not None
    ]
    assert unfinished == []


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
