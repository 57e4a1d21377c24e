"""Which column holds the phone numbers and which the names: by header words in several
languages (compared folded: case, accents and punctuation aside) and by what the cells hold."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Protocol

from optin_desk.documents.bounded import ListError
from optin_desk.domain.messages import QT_TRANSLATE_NOOP


class Table(Protocol):
    """What column choice needs of a table read from a file (documents.list_types.Table)."""

    @property
    def headers(self) -> tuple[str, ...]: ...
    @property
    def records(self) -> list[list[str]]: ...
    @property
    def has_header(self) -> bool: ...


PHONE_WORDS = (
    "whatsapp",
    "wa",
    "mobile",
    "mobil",
    "cell",
    "cellphone",
    "handy",
    "movil",
    "celular",
    "portable",
    "gsm",
    "phone",
    "telephone",
    "tel",
    "telefon",
    "telefono",
    "telefone",
    "numero",
    "number",
    "nummer",
    "no",
    "hp",
    "ponsel",
    "nomor",
    "fone",
    "contact",
)
PHONE_PRIORITY = {
    "whatsapp": 5,
    "wa": 5,
    "mobile": 4,
    "mobil": 4,
    "cell": 4,
    "cellphone": 4,
    "handy": 4,
    "movil": 4,
    "celular": 4,
    "portable": 4,
    "gsm": 4,
    "hp": 4,
    "ponsel": 4,
}
NAME_WORDS = (
    "name",
    "full name",
    "display name",
    "nombre",
    "nome",
    "nom",
    "nama",
    "nama lengkap",
    "contact",
    "customer",
    "customer name",
    "client",
    "client name",
    "cliente",
    "nombre del cliente",
    "nome do cliente",
    "nom du client",
    "kunde",
    "kundenname",
    "pelanggan",
    "nama pelanggan",
    "الاسم",
    "اسم",
    "الاسم الكامل",
    "العميل",
    "اسم العميل",
    "नाम",
    "पूरा नाम",
    "ग्राहक",
    "ग्राहक का नाम",
)
FULL_NAME_WORDS = (
    "name",
    "full name",
    "display name",
    "nombre completo",
    "nome completo",
    "nama lengkap",
    "الاسم",
    "الاسم الكامل",
    "नाम",
    "पूरा नाम",
)
"""Headers of a column that holds the whole name (tried before first and last names)."""
FIRST_NAME_WORDS = (
    "first name",
    "given name",
    "vorname",
    "prenom",
    "nombre",
    "nome",
    "first",
    "nama depan",
    "الاسم الأول",
    "पहला नाम",
)
LAST_NAME_WORDS = (
    "last name",
    "family name",
    "surname",
    "nachname",
    "nom de famille",
    "apellido",
    "apellidos",
    "sobrenome",
    "last",
    "nama belakang",
    "اسم العائلة",
    "الكنية",
    "उपनाम",
)
MULTI_NUMBER = re.compile(r"\s*:::\s*|\n")
_PHONE_LIKE = re.compile(r"^[\s'+(]*(?:tel:)?[+\d][\d\s().\-/]{5,}$", re.IGNORECASE)


def fold_header(text: str) -> str:
    """Lower-case, accents removed, punctuation and underscores to spaces: for matching
    headers (`error_code`, `Error Code` and `error-code` are one header)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _words(header: str) -> set[str]:
    return set(fold_header(header).split())


def looks_like_phone(cell: str) -> bool:
    """True when a cell's text has the shape of a phone number."""
    first = MULTI_NUMBER.split(cell.strip())[0] if cell else ""
    digits = sum(ch.isdigit() for ch in first)
    return 6 <= digits <= 17 and bool(_PHONE_LIKE.match(first))


def _phone_score(header: str, cells: Sequence[str]) -> float:
    words = _words(header)
    folded = fold_header(header)
    score = 0.0
    if words & set(PHONE_WORDS) or "phone" in folded or "telef" in folded:
        score += 1 + max((PHONE_PRIORITY.get(w, 0) for w in words), default=0)
        if folded in PHONE_WORDS:
            score += 0.5  # "Phone" beats "Default Address Phone"
        if "type" in words or "label" in words:
            score -= 3  # Google's "Phone 1 - Type" holds "Mobile", not a number
    filled = [c for c in cells if c.strip()]
    if filled:
        score += 3 * sum(looks_like_phone(c) for c in filled) / len(filled)
    return score


def choose_phone_column(headers: Sequence[str], records: Sequence[Sequence[str]]) -> int:
    sample = records[:200]
    best, best_score = -1, 0.0
    for index, header in enumerate(headers):
        cells = [r[index] if index < len(r) else "" for r in sample]
        score = _phone_score(header, cells)
        if score > best_score:
            best, best_score = index, score
    if best < 0 or best_score < 1.5:
        raise ListError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "no column of phone numbers was found: name it with --column (the "
                "columns are: {headers})",
            ),
            headers=", ".join(h for h in headers if h) or "none",
        )
    return best


def find_column(headers: Sequence[str], words: Sequence[str]) -> int:
    """The first header equal to one of `words` (compared folded: case, accents and
    punctuation aside), trying the words in order; -1 when none is there."""
    folded = [fold_header(h) for h in headers]
    for word in words:
        wanted = fold_header(word)  # the words fold as the headers do (اسم الأول, नाम)
        for index, header in enumerate(folded):
            if header == wanted:
                return index
    return -1


def name_getter(headers: Sequence[str], phone: int) -> tuple[str, list[int]]:
    """The name column's label and the columns whose cells make up a name."""
    full = find_column(headers, FULL_NAME_WORDS)
    if full >= 0 and full != phone:
        return headers[full], [full]
    first = find_column(headers, FIRST_NAME_WORDS)
    last = find_column(headers, LAST_NAME_WORDS)
    if first >= 0 and first != phone:
        parts = [first] + ([last] if last >= 0 and last != phone else [])
        return " + ".join(headers[i] for i in parts), parts
    other = find_column(headers, NAME_WORDS)
    if other >= 0 and other != phone:
        return headers[other], [other]
    return "", []


def choose_columns(
    table: Table, column: str | None = None, name_column: str | None = None
) -> tuple[int, str, list[int]]:
    """The phone column (by `column` when given) and the name columns."""
    if column:
        folded = [fold_header(h) for h in table.headers]
        if fold_header(column) not in folded:
            known = ", ".join(h for h in table.headers if h)
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages", "there is no column {column!r}; the columns are: {known}"
                ),
                column=column,
                known=known,
            )
        phone = folded.index(fold_header(column))
    else:
        phone = choose_phone_column(table.headers, table.records)
    if name_column is not None:
        if not name_column:
            return phone, "", []
        folded = [fold_header(h) for h in table.headers]
        if fold_header(name_column) not in folded:
            raise ListError(
                QT_TRANSLATE_NOOP("Messages", "there is no column {name_column!r}"),
                name_column=name_column,
            )
        index = folded.index(fold_header(name_column))
        return phone, table.headers[index], [index]
    if not table.has_header:
        return phone, "", []
    label, columns = name_getter(table.headers, phone)
    return phone, label, columns
