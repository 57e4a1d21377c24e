"""Categories, forms, confirmations and proofs in the customer's language; privacy details."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from optin_desk.documents import form_pdf
from optin_desk.domain.consent import Category, CategoryKind
from optin_desk.domain.privacy import ShopPrivacy
from optin_desk.services.category_texts import (
    save_category_texts,
    set_category_text,
    texts_for_editing,
)
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.contacts import contact_history
from optin_desk.services.errors import InputError
from optin_desk.services.forms import PrintRequest, print_forms, untranslated_categories
from optin_desk.services.privacy import privacy_block, stage_privacy
from optin_desk.services.profile import (
    BusinessSetup,
    create_business,
    current_wording,
    load_profile,
)
from optin_desk.services.proof import build_proof
from optin_desk.services.settings import ProfileUpdate, save_settings
from optin_desk.storage.engine import Database
from optin_desk.storage.migrate import alembic_config
from optin_desk.storage.models import CategoryText, Wording

MARIA = "+34 612 345 678"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def spanish_customer(session: Session, database: Database) -> None:
    record_opt_in(
        session,
        OptInRequest(
            phone=MARIA,
            scopes=["orders", "offers"],
            method="in_person",
            name="María",
            language="es",
        ),
        database.evidence_dir,
    )


def test_a_gb_shops_spanish_form_has_spanish_tick_lines_and_privacy_block(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[form_pdf.FormContent] = []
    build = form_pdf.build_forms

    def keep(target: object, content: form_pdf.FormContent, *args: object) -> int:
        handed.append(content)
        return build(target, content, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(form_pdf, "build_forms", keep)
    out = tmp_path / "es.pdf"
    printed = print_forms(session, PrintRequest(count=1, language="es"), out)
    assert printed is not None
    assert printed.untranslated == ()
    page = pdf_text(out)
    assert "Avisos de pedidos y pagos" in page
    assert "Ofertas y productos nuevos" in page
    assert "Order & payment updates" not in page
    assert "Offers" not in page
    privacy = " ".join(handed[0].privacy)
    assert privacy.startswith("Privacidad: Ann's Deli & Co guarda el registro de su elección.")
    assert "WhatsApp: +44 7911 000111" in privacy
    assert "Aceptar es voluntario y no es condición para ninguna compra." in privacy
    assert "durante 3 años después de darse de baja" in privacy
    assert "responda BAJA" in privacy
    printed_words = " ".join(page.split())
    assert "Aceptar es voluntario y no es condición para ninguna compra." in printed_words
    assert "responda BAJA" in printed_words


def test_a_category_with_no_spanish_text_is_named_before_printing(session: Session) -> None:
    assert untranslated_categories(session, "es") == ()
    save_settings(
        session,
        ProfileUpdate(
            name="Ann's Deli & Co",
            address="",
            country="GB",
            senders=["07911 000111"],
            categories=[
                *load_profile(session).categories,
                Category("vip", "VIP evenings", CategoryKind.MARKETING),
            ],
            staff=[],
            statement_template="",
            confirmation_template="",
        ),
    )
    assert untranslated_categories(session, "es") == ("VIP evenings",)
    assert "VIP evenings" in current_wording(session, "es").text
    set_category_text(session, "vip", "es", "Noches VIP", "Invitaciones a noches especiales.")
    assert untranslated_categories(session, "es") == ()
    assert "- Noches VIP: Invitaciones a noches especiales." in current_wording(session, "es").text


def test_a_new_spanish_text_is_a_new_version_and_old_consents_keep_theirs(
    session: Session, database: Database
) -> None:
    spanish_customer(session, database)
    before = current_wording(session, "es")
    set_category_text(session, "offers", "es", "Promociones", "Descuentos de temporada.")
    after = current_wording(session, "es")
    assert after.version == before.version + 1
    assert "- Promociones: Descuentos de temporada." in after.text
    assert "- Promociones:" not in before.text
    _, events = contact_history(session, MARIA)
    assert {e.wording_version for e in events} == {before.version}
    kept = session.get(Wording, before.id)
    assert kept is not None
    assert kept.text == before.text


def test_the_shops_own_language_text_is_the_label_everywhere_else(session: Session) -> None:
    set_category_text(session, "offers", "en", "Deals", "Money off.")
    rows = {r.key: r for r in texts_for_editing(session, "en")}
    assert rows["offers"].shop_label == "Deals"
    assert [c.label for c in load_profile(session).categories][-1] == "Deals"


def test_bad_category_texts_are_refused_and_nothing_is_written(session: Session) -> None:
    with pytest.raises(InputError, match="no category 'nope'"):
        set_category_text(session, "nope", "es", "X", "")
    with pytest.raises(InputError, match="needs a label"):
        set_category_text(session, "offers", "es", "  ", "")
    with pytest.raises(InputError, match="no wording template"):
        set_category_text(session, "offers", "xx", "X", "")
    session.rollback()
    label = session.scalar(
        select(CategoryText.label).where(
            CategoryText.category_key == "offers", CategoryText.language == "es"
        )
    )
    assert label == "Ofertas y productos nuevos"


def test_the_editor_offers_the_bundled_wording_for_a_language_not_yet_stored(
    empty_database: Database,
) -> None:
    with empty_database.sessions() as session:
        create_business(
            session,
            BusinessSetup(
                name="Luz",
                country="ES",
                language="es",
                categories=(
                    Category("orders", "Pedidos", CategoryKind.SERVICE, "Sus pedidos."),
                    Category("vip", "VIP", CategoryKind.MARKETING, ""),
                ),
            ),
        )
        rows = texts_for_editing(session, "fr")
        assert [(r.key, r.label, r.translated) for r in rows] == [
            ("orders", "Commandes et paiements", False),
            ("vip", "", False),
        ]
        save_category_texts(session, "fr", {"orders": ("Commandes", "Vos commandes.")})
        assert texts_for_editing(session, "fr")[0].translated


def test_pre_filled_forms_and_confirmations_in_the_customers_language(
    session: Session, database: Database, tmp_path: Path
) -> None:
    spanish_customer(session, database)
    out = tmp_path / "maria.pdf"
    printed = print_forms(session, PrintRequest(for_phone=MARIA), out)
    assert printed is not None
    assert printed.language == "es"
    assert "Avisos de pedidos y pagos" in pdf_text(out)
    done = record_opt_out(session, OptOutRequest(phone=MARIA, scope="marketing", method="sms"))
    assert done.confirmation_text == (
        "Ann's Deli & Co: ya no le enviaremos mensajes de marketing («Ofertas y productos "
        "nuevos») por WhatsApp. Esto vale para todos nuestros números. Seguirá recibiendo "
        "estos mensajes: «Avisos de pedidos y pagos». Si desea volver a recibirlos, responda "
        "ALTA en este chat o dígaselo al personal de la tienda."
    )


def test_a_proof_names_categories_in_the_customers_language(
    session: Session, database: Database
) -> None:
    spanish_customer(session, database)
    proof = build_proof(session, MARIA)
    assert {e.scope_label for e in proof.events} == {
        "Avisos de pedidos y pagos",
        "Ofertas y productos nuevos",
    }
    assert next(p.category.label for p in proof.purposes) == "Avisos de pedidos y pagos"


def test_privacy_details_are_checked_and_printed_in_each_language(session: Session) -> None:
    with pytest.raises(InputError, match="does not look like one"):
        stage_privacy(session, ShopPrivacy(email="ann at deli"), "GB")
    with pytest.raises(InputError, match="WhatsApp number"):
        stage_privacy(session, ShopPrivacy(whatsapp="12"), "GB")
    stage_privacy(
        session,
        ShopPrivacy("07911 000999", "ann@deli.example", "https://deli.example/privacy", 2),
        "GB",
    )
    session.commit()
    german = " ".join(privacy_block(session, "de"))
    assert "WhatsApp: +44 7911 000999. E-Mail: ann@deli.example." in german
    assert "Unsere Datenschutzhinweise: https://deli.example/privacy" in german
    assert "und danach noch 2 Jahre." in german
    arabic = " ".join(privacy_block(session, "ar"))
    assert "ولمدة سنتين بعد إلغاء اشتراكك" in arabic


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migration_0011_keeps_a_shops_texts_as_its_profile_languages(
    empty_database: Database,
) -> None:
    with empty_database.sessions() as session:
        create_business(session, BusinessSetup(name="Luz", country="ES", language="es"))
    config = alembic_config(empty_database)
    with empty_database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    with empty_database.engine.begin() as connection:
        connection.execute(text("UPDATE categories SET label = 'Mis ofertas' WHERE key = 'offers'"))
    with empty_database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with empty_database.sessions() as session:
        rows = session.execute(select(CategoryText.category_key, CategoryText.language)).all()
        assert sorted(rows) == [("delivery", "es"), ("offers", "es"), ("orders", "es")]
        assert "Mis ofertas" in current_wording(session, "es").text
        assert len(untranslated_categories(session, "fr")) == 3
        assert untranslated_categories(session, "es") == ()


@pytest.mark.sqlite_only  # a backup to restore from is a SQLite file
def test_a_restore_lists_category_texts_and_privacy_details_changed_since_the_backup(
    database: Database, tmp_path: Path
) -> None:
    from optin_desk.services.backups import make_backup
    from optin_desk.services.restore import preview_restore

    old = make_backup(database, tmp_path / "old.sqlite3").path
    with database.sessions() as session:
        set_category_text(session, "offers", "fr", "Promotions", "")
        stage_privacy(session, ShopPrivacy(email="ann@deli.example"), "GB")
        session.commit()
    lines = preview_restore(database, old).lines()
    changed = "privacy details, kinds of messages, wordings"
    assert f"settings that go back to the backup's: {changed}" in lines
