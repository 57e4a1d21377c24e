"""Delivery reports as real tools write them, for the tests: times follow a broadcast at `sent`.

- Meta Cloud API message-status webhooks saved one notification per line (numbers without `+`,
  Unix-second timestamps, statuses out of order and repeated, the customer's own messages
  mixed in, errors with Meta's codes);
- a Twilio-style CSV export (`whatsapp:+44...`, Twilio's own error codes, inbound rows);
- a CSV re-saved by Excel in Spain: cp1252, `;`, day-first dates, Spanish headers and one
  number turned into scientific notation;
- an Excel workbook whose error text carries Meta's code.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

ANN = "+447911123456"  # opted in to offers by paper form
BOB = "+447911123457"  # opted in to offers by a click-to-WhatsApp ad: presses Stop promotions
CARA = "+447911123458"  # opted in to offers: not on WhatsApp (131026)
DAN = "+447911123459"  # opted in to offers: WhatsApp held a message back (131049)
EVE = "+447911123460"  # opted in to offers: failed with a code nobody knows
SHOP_NUMBER = "447911000111"


def _status(
    wamid: str, phone: str, status: str, at: datetime, error: tuple[int, str] | None = None
) -> dict[str, object]:
    item: dict[str, object] = {
        "id": wamid,
        "status": status,
        "timestamp": str(int(at.timestamp())),
        "recipient_id": phone.lstrip("+"),
        "conversation": {"id": "c" + wamid[-6:], "origin": {"type": "marketing"}},
        "pricing": {"billable": True, "pricing_model": "PMP", "category": "marketing"},
    }
    if error:
        item["errors"] = [
            {
                "code": error[0],
                "title": error[1],
                "message": error[1],
                "error_data": {"details": error[1]},
            }
        ]
    return item


def _notification(value: dict[str, object]) -> str:
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": SHOP_NUMBER, "phone_number_id": "1091234567"},
        **value,
    }
    return json.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [{"id": "2741", "changes": [{"value": value, "field": "messages"}]}],
        }
    )


def write_webhook_lines(path: Path, sent: datetime) -> Path:
    """The webhooks of a broadcast to Ann, Bob, Cara, Dan and Eve, as a receiver saved them."""
    minute = timedelta(minutes=1)
    lines = [
        _notification({"statuses": [_status("wamid.A1", ANN, "sent", sent + minute)]}),
        # read arrives before delivered, and delivered twice
        _notification({"statuses": [_status("wamid.A1", ANN, "read", sent + 40 * minute)]}),
        _notification({"statuses": [_status("wamid.A1", ANN, "delivered", sent + 2 * minute)]}),
        _notification({"statuses": [_status("wamid.A1", ANN, "delivered", sent + 2 * minute)]}),
        _notification({"statuses": [_status("wamid.B1", BOB, "sent", sent + minute)]}),
        _notification(
            {
                "statuses": [
                    _status(
                        "wamid.B1",
                        BOB,
                        "failed",
                        sent + 2 * minute,
                        (131050, "Unable to deliver the message. User stopped marketing messages"),
                    )
                ]
            }
        ),
        # the customer's own message, mixed into the same stream
        _notification(
            {
                "contacts": [{"profile": {"name": "Ann"}, "wa_id": ANN.lstrip("+")}],
                "messages": [
                    {
                        "from": ANN.lstrip("+"),
                        "id": "wamid.IN1",
                        "timestamp": str(int((sent + 45 * minute).timestamp())),
                        "type": "text",
                        "text": {"body": "Thanks! Is the offer on in store too?"},
                    }
                ],
            }
        ),
        _notification(
            {
                "statuses": [
                    _status(
                        "wamid.C1", CARA, "failed", sent + minute, (131026, "Message undeliverable")
                    ),
                    _status(
                        "wamid.D1",
                        DAN,
                        "failed",
                        sent + minute,
                        (
                            131049,
                            "This message was not delivered to maintain healthy ecosystem "
                            "engagement.",
                        ),
                    ),
                ]
            }
        ),
        _notification(
            {"statuses": [_status("wamid.E1", EVE, "failed", sent + minute, (139999, "Mystery"))]}
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_twilio_csv(path: Path, sent: datetime) -> Path:
    """A Twilio-style message log export: one row per message, `whatsapp:` numbers."""
    stamp = (sent + timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S UTC")
    rows = [
        "Sid,From,To,Body,Status,Direction,Date Sent,Error Code,Error Message",
        f"SM01,whatsapp:+{SHOP_NUMBER},whatsapp:{ANN},Black Friday!,read,outbound-api,{stamp},,",
        f"SM02,whatsapp:+{SHOP_NUMBER},whatsapp:{CARA},Black Friday!,undelivered,outbound-api,"
        f"{stamp},63024,Invalid message recipient",
        f"SM03,whatsapp:{ANN},whatsapp:+{SHOP_NUMBER},STOP,received,inbound,{stamp},,",
    ]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def write_excel_spanish_csv(path: Path, sent: datetime) -> Path:
    """Re-saved by Excel in Spain: cp1252, `;`, day-first dates, a number in E notation."""
    when = (sent + timedelta(minutes=3)).astimezone()
    day = when.strftime("%d/%m/%Y %H:%M")
    rows = [
        "Teléfono;Estado;Código de error;Descripción;Fecha;Campaña",
        f"{ANN.lstrip('+')};entregado;;;{day};Black Friday",
        f"{DAN.lstrip('+')};fallido;131049;Mensaje no entregado;{day};Black Friday",
        f"4,47912E+11;leído;;;{day};Black Friday",
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def write_xlsx(path: Path, sent: datetime) -> Path:
    """An Excel workbook from a broadcast tool: the code only inside the error text."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Recipient", "Status", "Error", "Sent at", "Template"])
    moment = (sent + timedelta(minutes=1)).astimezone().replace(tzinfo=None)
    sheet.append([int(BOB.lstrip("+")), "failed", "(#131050) User stopped marketing", moment, "bf"])
    sheet.append([int(ANN.lstrip("+")), "delivered", "", moment, "bf"])
    book.save(path)
    return path
