"""Files read at run time live in the package; a missing one is one clear line, exit 2."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from optin_desk import cli
from optin_desk.documents import fonts, templates
from optin_desk.resources import resource, resources_dir

CACHED = (
    templates.language_template,
    templates.reply_vocabulary,
    templates.form_labels,
    fonts.register_fonts,
)


def test_every_file_the_program_reads_is_inside_the_package() -> None:
    package = Path(cli.__file__).parent.parent  # optin_desk/, above the cli package
    assert resources_dir().is_relative_to(package)
    assert resource("wording", "en.json").is_file()
    assert sorted(templates.available_languages()) == [
        "ar",
        "de",
        "en",
        "es",
        "fr",
        "hi",
        "id",
        "pt",
    ]
    for regular, bold in fonts.FAMILIES.values():
        assert resource("fonts", regular).is_file()
        assert resource("fonts", bold).is_file()
    assert resource("fonts", "OFL.txt").is_file()  # the licence travels with the fonts


@pytest.fixture
def stripped_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An installation whose bundled files were lost."""
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr("optin_desk.resources.resources_dir", lambda: empty)
    for cached in CACHED:
        cached.cache_clear()
    yield empty
    monkeypatch.undo()
    for cached in CACHED:
        cached.cache_clear()


def test_a_missing_file_is_named_in_one_line_and_exit_2(
    stripped_install: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "shop.sqlite3")
    code = cli.main(["--db", db, "init", "--business", "Corner Shop", "--country", "GB"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err == (
        "optin-desk init: a file of OptIn Desk is missing: "
        f"{stripped_install / 'wording' / 'en.json'}; install OptIn Desk again\n"
    )
