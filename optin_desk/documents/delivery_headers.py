"""The column headers a delivery report may use for each of its fields, in the languages
of the tools that export them (folded as `fold_header` folds a file's headers)."""

from __future__ import annotations

PHONE_HEADERS = (
    "recipient",
    "recipient id",
    "recipient phone",
    "recipient number",
    "to",
    "destinatario",
    "destinataire",
    "empfanger",
    "penerima",
    "phone",
    "phone number",
    "number",
    "whatsapp number",
    "telefono",
    "telefone",
    "numero",
    "mobile",
)
STATUS_HEADERS = ("status", "message status", "delivery status", "estado", "statut", "state")
CODE_HEADERS = (
    "error code",
    "errorcode",
    "status code",
    "failure code",
    "code",
    "codigo de error",
    "codigo",
    "code erreur",
    "fehlercode",
    "kode error",
)
TITLE_HEADERS = (
    "error title",
    "error message",
    "errormessage",  # Twilio's ErrorMessage
    "descripcion",
    "descripcion del error",
    "description",
    "error",
    "reason",
    "failure reason",
    "error details",
    "mensaje de error",
    "motivo",
    "erreur",
    "fehler",
)
TIME_HEADERS = (
    "timestamp",
    "time",
    "date",
    "date sent",
    "sent at",
    "updated at",
    "date time",
    "fecha",
    "hora",
    "data",
    "datum",
    "waktu",
    "date envoi",
)
CAMPAIGN_HEADERS = (
    "campaign",
    "campaign name",
    "broadcast",
    "broadcast name",
    "template",
    "template name",
    "campana",
    "campanha",
    "kampagne",
    "campagne",
    "kampanye",
    "plantilla",
)
ID_HEADERS = ("message id", "messageid", "wamid", "message sid", "sid", "id")
DIRECTION_HEADERS = ("direction", "type", "direccion")
SENDER_HEADERS = ("from", "sender", "business number", "remitente", "expediteur")
