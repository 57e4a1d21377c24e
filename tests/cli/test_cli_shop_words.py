"""What the command line says to a Spanish (ES, es) and an Arabic (AE, ar) shop: every line
in the shop's language, counts in their plural forms, the shop's names for its kinds of
message, and the command line's own words (its options, not the window's boxes)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from optin_desk.domain.serials import make_serial
from tests.command_line import CommandLine as Cli
from tests.pg import tamper

ES = ("--ui-language", "es")
AR = ("--ui-language", "ar")
ANA = "612 345 671"
NOUR = "050 123 4567"
MISTYPED = "135J-YG1M-9"


@pytest.fixture
def spain(command_line: Cli) -> Cli:
    """A Spanish shop, set up in Spanish, its three kinds of message in the ledger."""
    command_line(*ES, "init", "--business", "Tienda Ana", "--country", "ES", "--language", "es")
    return command_line


@pytest.fixture
def emirates(command_line: Cli) -> Cli:
    """An Arabic shop in the Emirates, set up in Arabic."""
    command_line(*AR, "init", "--business", "متجر نور", "--country", "AE", "--language", "ar")
    return command_line


def printed_serial(cli: Cli, tmp_path: Path) -> str:
    """The serial of one blank form printed now."""
    printed = cli("forms", "--count", "1", "--out", str(tmp_path / "form.pdf")).out
    found = re.search(r"serials (\S+) …", printed)
    assert found, printed
    return found.group(1)


def paper(cli: Cli, language: tuple[str, str], number: str, serial: str, *more: str) -> str:
    """What a paper sign-up with `serial` says on stderr (it is refused: exit 2)."""
    ran = cli(
        *language, "optin", number, "--scope", "offers", "--method", "paper_form",
        "--serial", serial, *more, expect=2,
    )  # fmt: skip
    assert ran.out == ""
    return ran.err


def test_a_refused_serial_is_said_in_spanish_naming_the_option(spain: Cli, tmp_path: Path) -> None:
    serial = printed_serial(spain, tmp_path)
    never = make_serial(12345)  # one of the shop's shapes, never printed
    assert paper(spain, ES, ANA, MISTYPED) == (
        "optin-desk optin: 135J-YG1M-9 está mal escrito: su símbolo de control no coincide;"
        " mire otra vez el formulario\n"
    )
    assert paper(spain, ES, ANA, "K3M9") == (
        "optin-desk optin: K3M9 no es un número de serie impreso por esta tienda (tienen la"
        " forma XXXX-XXXX-C): mire otra vez el formulario, o indique --other-print-run si la"
        " tienda lo imprimió en otro sitio\n"
    )
    assert paper(spain, ES, ANA, never) == (
        f"optin-desk optin: {never} nunca se imprimió aquí: mire otra vez el formulario, o"
        " indique --other-print-run si la tienda lo imprimió en otro sitio\n"
    )
    spain("optin", ANA, "--scope", "offers", "--method", "paper_form", "--serial", serial)
    today = date.today().isoformat()
    assert paper(spain, ES, "612 345 672", serial) == (
        f"optin-desk optin: el formulario {serial} ya está anotado: +34612345671, firmado el"
        f" {today} (registro n.º 4)\n"
    )


def test_a_refused_serial_is_said_in_arabic_naming_the_option(
    emirates: Cli, tmp_path: Path
) -> None:
    serial = printed_serial(emirates, tmp_path)
    assert paper(emirates, AR, NOUR, MISTYPED) == (
        "optin-desk optin: 135J-YG1M-9 مكتوب خطأ: رمز التحقّق فيه لا يطابق؛ انظر إلى"
        " الاستمارة مرة أخرى\n"
    )
    assert paper(emirates, AR, NOUR, "K3M9") == (
        "optin-desk optin: K3M9 ليس رقمًا تسلسليًا طبعه هذا المتجر (شكلها XXXX-XXXX-C): انظر"
        " إلى الاستمارة مرة أخرى، أو أعطِ --other-print-run إن كان المتجر قد طبعها في مكان"
        " آخر\n"
    )
    emirates("optin", NOUR, "--scope", "offers", "--method", "paper_form", "--serial", serial)
    today = date.today().isoformat()
    assert paper(emirates, AR, "050 123 4568", serial) == (
        f"optin-desk optin: الاستمارة {serial} مُدخلة من قبل: +971501234567، وُقّعت في"
        f" {today} (السجل رقم 4)\n"
    )


def test_in_english_the_command_line_names_its_option_not_the_windows_box(
    spain: Cli,
) -> None:
    said = paper(spain, (), ANA, "K3M9")
    assert "give --other-print-run if the shop printed it elsewhere" in said
    assert "tick" not in said
    assert "Form from another print run" not in said


def test_verify_proof_speaks_the_shops_language_with_plural_forms(
    spain: Cli, tmp_path: Path
) -> None:
    spain("optin", ANA, "--scope", "offers", "--scope", "orders", "--method", "in_person")
    spain("optin", "612 345 672", "--scope", "orders", "--method", "in_person")
    proof = tmp_path / "ana.json"
    spain("proof", ANA, "--out", str(proof))
    key = spain("public-key").out.splitlines()[1].split()[-1]
    said = spain(*ES, "verify-proof", str(proof)).out
    assert re.fullmatch(
        "correcto: 2 registros dan de nuevo sus huellas y están en el libro de 6 registros"
        f" firmado el [0-9-]{{10}} [0-9:]{{5}} con la clave {key}\n",
        said,
    ), said
    said = spain(*AR, "verify-proof", str(proof)).out
    assert re.fullmatch(
        "سليم: سجلان يعطيان بصمتيهما من جديد وهما في دفتر من 6 سجلات وقّعه المفتاح"
        f" {key} في [0-9-]{{10}} [0-9:]{{5}}\n",
        said,
    ), said
    record = json.loads(proof.read_text(encoding="utf-8"))
    record["anchor"]["events"][0]["chained_fields"]["recorded_by"] = "Bob"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(record), encoding="utf-8")
    assert spain.unchecked(*ES, "verify-proof", str(edited)).out == (
        "alterado: registro 4: sus campos encadenados no dan su huella: se alteró un campo\n"
    )
    assert spain.unchecked(*AR, "verify-proof", str(edited)).out == (
        "مُعدَّل: السجل 4: حقوله المتسلسلة لا تعطي بصمته: عُدّل أحد الحقول\n"
    )
    edited.write_text("[]", encoding="utf-8")
    assert spain(*ES, "verify-proof", str(edited), expect=2).err == (
        f"optin-desk verify-proof: {edited} no se puede leer como prueba JSON (no es un objeto"
        " JSON)\n"
    )


MADE = "[0-9-]{10} [0-9:]{5}"


def test_checkpoint_counts_take_their_plural_forms(spain: Cli) -> None:
    made = spain(*ES, "checkpoint").out.splitlines()[0]
    assert re.fullmatch(
        "Punto de control de 3 registros, raíz [0-9a-f]{64}, huella [0-9a-f]{64}", made
    )
    held = spain(*ES, "verify").out.splitlines()[-1]
    assert re.fullmatch(
        "correcto: el libro de registros contiene el punto de control encontrado en .+"
        f" \\(el último: 3 registros, hecho el {MADE}\\)",
        held,
    ), held
    spain("optin", ANA, "--scope", "offers", "--method", "in_person")
    spain("checkpoint")
    held = spain(*ES, "verify").out.splitlines()[-1]
    assert re.fullmatch(
        "correcto: el libro de registros contiene los 2 puntos de control encontrados en .+"
        f" \\(el último: 4 registros, hecho el {MADE}\\)",
        held,
    ), held


def test_arabic_checkpoint_counts_take_their_plural_forms(emirates: Cli) -> None:
    made = emirates(*AR, "checkpoint").out.splitlines()[0]
    assert re.fullmatch("نقطة تحقّق من 3 سجلات، الجذر [0-9a-f]{64}، البصمة [0-9a-f]{64}", made)
    held = emirates(*AR, "verify").out.splitlines()[-1]
    assert re.fullmatch(
        "سليم: يحتوي دفتر السجلات على نقطة التحقّق الموجودة في .+"
        f" \\(الأحدث: 3 سجلات، صُنعت في {MADE}\\)",
        held,
    ), held
    for number in ("050 123 4567", "050 123 4568", "050 123 4569"):
        emirates("optin", number, "--scope", "orders", "--scope", "offers", "--method", "in_person")
    emirates("checkpoint")
    held = emirates(*AR, "verify").out.splitlines()[-1]
    assert re.fullmatch(
        "سليم: يحتوي دفتر السجلات على نقطتَي التحقّق الموجودتين في .+"
        f" \\(الأحدث: 9 سجلات، صُنعت في {MADE}\\)",
        held,
    ), held
    for number in ("050 123 4560", "050 123 4561"):
        emirates("optin", number, "--scope", "orders", "--method", "in_person")
    made = emirates(*AR, "checkpoint").out.splitlines()[0]
    assert made.startswith("نقطة تحقّق من 11 سجلًا، الجذر ")


WHEN = "[0-9-]{10} [0-9:]{5}"


def test_a_spanish_shop_reads_its_own_names_for_its_kinds_of_message(
    spain: Cli, tmp_path: Path
) -> None:
    done = spain(
        *ES, "optin", ANA, "--name", "Ana", "--scope", "offers", "--scope", "orders",
        "--method", "in_person", "--by", "Sam",
    )  # fmt: skip
    assert done.out == (
        "Alta de Ana +34612345671 en Ofertas y productos nuevos, Avisos de pedidos y pagos"
        " (en persona; registro 4, 5)\n"
    )
    out = spain(*ES, "optout", ANA, "--scope", "marketing", "--method", "in_person").err
    assert out.splitlines()[0] == (
        "Baja de +34612345671 en todos los mensajes de publicidad (registro 6)"
    )
    history = spain(*ES, "history", ANA).out.splitlines()
    assert re.fullmatch(
        f"  #4     {WHEN}  alta    Ofertas y productos nuevos \\(en persona\\), anotado por Sam"
        f" el {WHEN} \\(texto en español v1\\)",
        history[1],
    ), history[1]
    assert re.fullmatch(
        f"  #6     {WHEN}  baja    todos los mensajes de publicidad \\(en persona\\), anotado"
        f" por .+ el {WHEN}",
        history[3],
    ), history[3]
    people = tmp_path / "lista.csv"
    people.write_text(f"phone\n{ANA}\n612 345 672\n", encoding="utf-8")
    checked = spain(*ES, "check", str(people), "--category", "offers").out.splitlines()[0]
    assert checked == (
        "Revisión 1: 2 filas de lista.csv para «Ofertas y productos nuevos» (números de la"
        " columna 'phone')"
    )
    renamed = spain(*ES, "category", "offers", "--language", "es", "--label", "Promociones")
    assert renamed.out == "offers en español: Promociones (texto en español v2)\n"


def test_an_arabic_shop_reads_its_own_names_without_glued_prefixes(
    emirates: Cli, tmp_path: Path
) -> None:
    printed = emirates(*AR, "forms", "--count", "1", "--out", str(tmp_path / "f.pdf")).out
    assert printed.startswith("طُبعت استمارة واحدة باللغة العربية (النص الإصدار 1، a4) في ")
    done = emirates(
        *AR, "optin", NOUR, "--name", "نور", "--scope", "offers", "--scope", "orders",
        "--method", "in_person",
    )  # fmt: skip
    assert done.out == (
        "تم اشتراك نور +971501234567 في العروض والمنتجات الجديدة، تحديثات الطلبات والدفع"
        " (حضوريًا؛ السجل 4، 5)\n"
    )
    people = tmp_path / "list.csv"
    people.write_text(f"phone\n{NOUR}\n050 123 4568\n", encoding="utf-8")
    checked = emirates(*AR, "check", str(people), "--category", "offers").out.splitlines()[0]
    assert checked == (
        "الفحص 1: صفان من list.csv لرسائل «العروض والمنتجات الجديدة» (الأرقام من العمود 'phone')"
    )
    history = emirates(*AR, "history", NOUR).out.splitlines()
    assert history[1].endswith("(النص باللغة العربية، الإصدار 1)")
    assert "اشتراك  العروض والمنتجات الجديدة (حضوريًا)، سجّله " in history[1]
    renamed = emirates(*AR, "category", "offers", "--language", "ar", "--label", "عروض")
    assert renamed.out == "offers باللغة العربية: عروض (النص باللغة العربية، الإصدار 2)\n"
    for said in (printed, done.out, checked, renamed.out, *history):
        assert "بـال" not in said
        assert "لـال" not in said
        assert "لـ " not in said


def test_a_confirmation_sent_before_the_opt_out_names_the_times_not_an_entry(spain: Cli) -> None:
    late = ("optout", ANA, "--scope", "offers", "--method", "in_person", "--at", "2026-11-30")
    early = ("--sent-at", "2026-11-29")
    assert spain(*ES, *late, *early, expect=2).err == (
        "optin-desk optout: la confirmación no puede haberse enviado (2026-11-29 00:00) antes de"
        " la baja que confirma (2026-11-30 00:00); si la persona se dio de baja antes,"
        " registre la baja con la hora en que lo hizo\n"
    )
    assert spain(*AR, *late, *early, expect=2).err == (
        "optin-desk optout: لا يمكن أن يكون التأكيد قد أُرسل (2026-11-29 00:00) قبل إلغاء"
        " الاشتراك الذي يؤكده (2026-11-30 00:00)؛ إن ألغى الشخص اشتراكه قبل ذلك، فسجّل الإلغاء"
        " بالوقت الذي حدث فيه\n"
    )
    assert spain("history", ANA, "--json").out.strip() == "[]"  # nothing was written
    recorded = spain(*ES, *late, "--sent-at", "2026-11-30T10:00")
    assert recorded.err.startswith(
        "Baja de +34612345671 en Ofertas y productos nuevos (registro 4)"
    )


def test_verify_says_what_differs_when_only_the_time_was_edited(spain: Cli) -> None:
    spain("optin", ANA, "--scope", "offers", "--method", "in_person")
    spain("optout", ANA, "--scope", "offers", "--method", "in_person")
    tamper(str(spain.db), "UPDATE consent_state SET since = '2026-01-02T03:04:05.000000Z'")
    said = spain(*ES, "verify", expect=1).out.splitlines()[1]
    assert re.fullmatch(
        "roto: la tabla de estado de consentimiento dice que la persona 1 está de baja para"
        " «Ofertas y productos nuevos» desde el 2026-01-0[12] [0-9:]{5} \\(registro 5\\), pero"
        f" el libro de registros dice desde el {WHEN}: la hora se cambió fuera del programa;"
        " check y status leen la tabla, así que se equivocan con esta persona",
        said,
    ), said
    said = spain(*AR, "verify", expect=1).out.splitlines()[1]
    assert re.fullmatch(
        "تالف: يقول جدول حالة الموافقة إن حالة الشخص 1 في رسائل «Ofertas y productos nuevos»"
        " هي «ألغى الاشتراك» منذ 2026-01-0[12] [0-9:]{5} \\(السجل 5\\)، لكن الدفتر يقول منذ"
        f" {WHEN}: عُدّل الوقت من خارج البرنامج؛ الأمران check وstatus يقرآن الجدول، لذا فهما"
        " خاطئان لهذا الشخص",
        said,
    ), said


def test_arabic_counts_of_none_read_as_sentences(emirates: Cli, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    assert emirates(*AR, "export", str(target)).out == f"لم يُكتب أي سجل في {target}\n"
    emirates("optin", NOUR, "--scope", "offers", "--scope", "orders", "--method", "in_person")
    assert emirates(*AR, "export", str(target)).out == f"كُتب سجلان في {target}\n"


def test_arabic_says_marketing_with_its_article(emirates: Cli, tmp_path: Path) -> None:
    emirates("optout", NOUR, "--scope", "marketing", "--method", "whatsapp_reply")
    batch = tmp_path / "replies.txt"
    batch.write_text("+971 50 123 4567: STOP\n", encoding="utf-8")
    said = emirates(*AR, "replies", str(batch)).out.splitlines()[0]
    assert "ألغى الاشتراك في التسويق منذ " in said, said
    assert "في تسويق" not in said
