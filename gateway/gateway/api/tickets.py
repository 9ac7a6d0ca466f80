"""Tickets from the kiosks: storing one (POST /tickets) and what its holder may see of it
(GET /tickets/{ticket_no}?phone=P)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from gateway.api.models import Kiosk, Ticket
from gateway.api.records import parse_time
from gateway.api.validation import phone_key


class Refused(Exception):
    """The body is valid but cannot be stored: a 422 naming the fields, and nothing is kept."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


def employer_key(name: str | None) -> str:
    """What makes "PT. Sinar  Jaya" and "pt sinar jaya" the same employer on the officers' page."""
    words = (name or "").lower().replace(".", " ").replace(",", " ").split()
    return " ".join(words)[:200]


def save_ticket(kiosk: Kiosk, body: dict[str, Any]) -> dict[str, Any]:
    if Ticket.objects.filter(ticket_no=body["ticket_no"]).exists():
        raise Refused({"ticket_no": "nomor tiket sudah dipakai tiket lain"})
    created = parse_time(body["created_at"])
    Ticket.objects.create(
        client_id=body["client_id"],
        ticket_no=body["ticket_no"],
        kiosk=kiosk,
        kind=body["kind"],
        topic=body["topic"],
        registration_client_id=body.get("registration_client_id"),
        nik=body.get("nik"),
        name=body["name"],
        phone=phone_key(body["phone"]),
        employer=body.get("employer"),
        employer_key=employer_key(body.get("employer")),
        description=body["description"],
        created_at=created,
        updated_at=timezone.now(),
        data=body,
    )
    return {"client_id": body["client_id"], "ticket_no": body["ticket_no"], "duplicate": False}


def find(ticket_no: str, phone: str | None) -> Ticket | None:
    """The ticket only when the number and the phone belong together (else None, whatever was wrong)."""
    key = phone_key(phone)
    if key is None:
        return None
    return Ticket.objects.filter(ticket_no=ticket_no, phone=key).first()


def status_body(row: Ticket) -> dict[str, Any]:
    def stamp(value: Any) -> str | None:
        return timezone.localtime(value).isoformat(timespec="seconds") if value else None

    return {"ticket_no": row.ticket_no, "status": row.status, "appointment_at": stamp(row.appointment_at),
            "answer": row.answer, "updated_at": stamp(row.updated_at)}  # fmt: skip
