"""A paper-form opt-in names its form at the command line (DESIGN.md rule 6): `optin` without the
serial is one line in the language the command speaks, exit 2, nothing written; `import`
refuses such rows with the reason and records the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.command_line import CommandLine
from tests.paper_forms import printed_by_command

ANN = "07911 123456"
SAID = {
    "en": "a paper-form opt-in names its form: give the serial printed at the top of the form"
    " with --serial (a form printed elsewhere: the number it carries, with --other-print-run)",
    "es": "un alta en formulario en papel indica su formulario: dé con --serial el número de"
    " serie impreso arriba en el formulario (un formulario impreso en otro sitio: el número que"
    " lleva, con --other-print-run)",
    "pt": "uma autorização em formulário em papel indica o seu formulário: informe com --serial"
    " o número de série impresso no alto do formulário (um formulário impresso em outro lugar:"
    " o número que ele traz, com --other-print-run)",
    "fr": "une inscription sur formulaire papier indique son formulaire : donnez avec --serial"
    " le numéro de série imprimé en haut du formulaire (un formulaire imprimé ailleurs : le"
    " numéro qu'il porte, avec --other-print-run)",
    "de": "eine Einwilligung auf Papierformular nennt ihr Formular: Geben Sie mit --serial die"
    " oben auf das Formular gedruckte Seriennummer an (ein anderswo gedrucktes Formular: die"
    " Nummer, die es trägt, mit --other-print-run)",
    "id": "opt-in dengan formulir kertas menyebut formulirnya: berikan nomor seri yang tercetak"
    " di bagian atas formulir dengan --serial (formulir yang dicetak di tempat lain: nomor yang"
    " tertera padanya, dengan --other-print-run)",
    "hi": "काग़ज़ी फ़ॉर्म वाले ऑप्ट-इन में उसका फ़ॉर्म बताया जाता है: फ़ॉर्म के ऊपर छपा सीरियल"
    " --serial के साथ दें (कहीं और छपा फ़ॉर्म: उस पर लिखा नंबर, --other-print-run के साथ)",
    "ar": "الاشتراك باستمارة ورقية يذكر استمارته: أعطِ الرقم التسلسلي المطبوع أعلى الاستمارة"
    " مع --serial (استمارة طُبعت في مكان آخر: الرقم الذي تحمله، مع --other-print-run)",
}
CRM = """phone,category,action,date,method
07911 100001,offers,opt_in,2026-09-01,paper_form
07911 100002,offers,opt_in,2026-09-01,website
"""


@pytest.fixture
def cli(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Ann's Deli", "--country", "GB")
    return command_line


@pytest.mark.parametrize("language", SAID)
def test_optin_on_paper_without_its_serial_is_one_line_exit_2_and_writes_nothing(
    cli: CommandLine, language: str
) -> None:
    for typed in ((), ("--serial", "  "), ("--other-print-run",)):
        ran = cli(
            *("--ui-language", language, "optin", ANN, "--scope", "offers"),
            *("--method", "paper_form", "--name", "Ann Lee", *typed),
            expect=2,
        )
        assert ran.out == ""
        assert ran.err.splitlines() == [f"optin-desk optin: {SAID[language]}"]
    assert cli("verify").out.startswith("ok: 3 events")  # only the shop's kinds of message
    assert cli.status(ANN)["name"] is None


def test_optin_on_paper_with_the_serial_read_off_the_form_is_recorded(
    cli: CommandLine, tmp_path: Path
) -> None:
    (serial,) = printed_by_command(cli, tmp_path)
    cli("optin", ANN, "--scope", "offers", "--method", "paper_form", "--serial", serial.lower())
    assert f"form {serial}" in cli("history", ANN).out
    again = cli("optin", "07400 123456", "--scope", "offers", "--method", "paper_form",
                "--serial", serial, expect=2)  # fmt: skip
    assert "already entered: +447911123456" in again.err
    assert cli("optin", "07400 123456", "--scope", "offers", "--method", "in_person").code == 0


def test_import_refuses_paper_forms_without_their_serials_and_records_the_rest(
    cli: CommandLine, tmp_path: Path
) -> None:
    crm = tmp_path / "crm.csv"
    crm.write_text(CRM, encoding="utf-8")
    dry = cli("import", str(crm)).out.splitlines()
    assert dry[0] == (
        "row 1: +447911100001 opt_in offers 2026-09-01 → refused: a paper-form opt-in names its"
        " form, and the file has no serial column: add one (serial) with the serial printed on"
        " each form"
    )
    assert dry[1].endswith("→ to add: will opt in to offers")
    assert dry[2] == (
        "2 rows: 1 to add, 0 skipped (would undo an opt-out), 0 already recorded, 0 invalid,"
        " 1 refused (paper form without a serial)"
    )
    assert "Imported 1 record (method: imported)." in cli("import", str(crm), "--apply").out
    assert cli.status("07911 100001")["name"] is None
    assert cli.status("07911 100002")["consent"]["offers"] == "opted_in"  # type: ignore[index]
    spanish = cli("--ui-language", "es", "import", str(crm)).out.splitlines()
    assert spanish[0].endswith(
        "→ rechazada: un alta en formulario en papel indica su formulario, y el archivo no tiene"
        " columna de número de serie: añada una (serial) con el número de serie impreso en cada"
        " formulario"
    )
    assert spanish[2].endswith("1 rechazada (formulario en papel sin número de serie)")


def test_a_paper_sign_up_recorded_before_serials_were_asked_stays_as_it_was(
    cli: CommandLine, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:  # the program as it recorded before DESIGN.md rule 6
        older.setattr("optin_desk.services.consent.FORM_METHODS", frozenset())
        older.setattr("optin_desk.storage.ledger.lacks_form_serial", lambda *_: False)
        cli("optin", ANN, "--scope", "offers", "--method", "paper_form", "--name", "Ann Lee")
    report = json.loads(cli("verify", "--json").out)
    assert (report["ok"], report["findings"], report["chain"]["notes"]) == (True, [], [])
    said = cli("verify").out
    assert said.startswith("ok: 4 events")
    assert "note:" not in said
    assert "broken:" not in said
    assert cli.status(ANN)["consent"]["offers"] == "opted_in"  # type: ignore[index]
    assert "(paper form)" in cli("history", ANN).out
    cli("optin", ANN, "--scope", "orders", "--method", "in_person")  # she goes on as before
    cli("optout", ANN, "--scope", "offers", "--method", "sms")
    after = cli("verify").out
    assert after.startswith("ok: 6 events")
    assert "note:" not in after
