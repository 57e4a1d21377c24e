"""The committed catalogues are current: lupdate of the sources adds or drops nothing, and
each .qm is what lrelease makes of its .ts today. The .qm files ship with the program."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_the_catalogues_and_their_compiled_files_are_current() -> None:
    assert translations_script().stale() == []


def test_a_new_string_in_the_sources_is_reported(tmp_path: Path) -> None:
    script = translations_script()
    folder = tmp_path / "translations"
    script.update(folder, ["es"])
    catalogue = folder / "window_es.ts"
    text = catalogue.read_text(encoding="utf-8")
    first = text.index("<message>")
    catalogue.write_text(
        text[:first] + text[text.index("</message>", first) + len("</message>") :],
        encoding="utf-8",
    )
    script.release(folder)
    problems = [p for p in script.stale(folder) if p.startswith("window_es.ts")]
    assert len(problems) == 1
    assert "not in the catalogue" in problems[0]


def test_the_compiled_catalogues_ship_in_the_wheel_and_the_bundle() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = project["tool"]["setuptools"]["package-data"]["optin_desk.resources"]
    assert "translations/*.qm" in data
    spec = (ROOT / "packaging" / "optin-desk.spec").read_text(encoding="utf-8")
    assert '"optin_desk/resources/translations"' in spec
