"""Events: the change feed behind GET /events (the cursor and its numbering: feed.py) and the
seats behind POST /event-registrations.

Seats are handed out under two locks taken in one order, the feed row then the event row, so a
registration and an officer's edit never deadlock; the count of taken seats is read under them,
and the unique (event, seat_no) would refuse a second seat with one number even so. On SQLite
the transaction is IMMEDIATE (settings.py): the write lock is held from its first statement.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from gateway.api import feed
from gateway.api.models import Event, EventFeed, EventRegistration, Kiosk
from gateway.api.records import parse_time
from gateway.api.tickets import Refused

FIELDS = ("kind", "title", "organiser", "place", "starts_at", "ends_at", "quota", "registration", "description")


class Full(Exception):
    """No seat is left: 409 {"error": "full"}, and nothing is kept."""


def save(event_id: str, status: str = Event.ACTIVE, **fields: Any) -> Event:
    """Create or change an event (or mark it deleted); one feed number per call."""
    with transaction.atomic():
        seq = feed.next_seq(EventFeed)
        row = Event.objects.select_for_update().filter(event_id=event_id).first() or Event(event_id=event_id)
        for name, value in fields.items():
            if name not in FIELDS:
                raise TypeError(f"unknown event field {name}")
            setattr(row, name, value)
        row.status, row.change_seq, row.updated_at = status, seq, timezone.now()
        row.save()
    return row


def seats_taken(row: Event) -> int:
    return EventRegistration.objects.filter(event=row).count()


def item(row: Event, taken: int | None = None) -> dict[str, Any]:
    taken = seats_taken(row) if taken is None else taken

    def stamp(value: Any) -> str:
        return timezone.localtime(value).isoformat(timespec="seconds")

    return {"id": row.event_id, "kind": row.kind, "title": row.title, "organiser": row.organiser,
            "place": row.place, "starts_at": stamp(row.starts_at), "ends_at": stamp(row.ends_at),
            "quota": row.quota, "seats_left": max(0, row.quota - taken), "registration": row.registration,
            "description": row.description, "updated_at": stamp(row.updated_at)}  # fmt: skip


def page(cursor: str | None, limit: int) -> dict[str, Any]:
    return feed.page(
        EventFeed,
        Event.objects.all(),
        cursor=cursor,
        limit=limit,
        live=lambda row: row.status == Event.ACTIVE,
        key=lambda row: row.event_id,
        item=item,
    )


def register(kiosk: Kiosk, body: dict[str, Any]) -> dict[str, Any]:
    """Take the next seat (called inside idempotency.store_once, so inside its transaction)."""
    seq = feed.next_seq(EventFeed)  # the feed's lock first, as in save(); a new seat changes seats_left
    row = Event.objects.select_for_update().filter(event_id=body["event_id"], status=Event.ACTIVE).first()
    if row is None:
        raise Refused({"event_id": "acara tidak dikenal atau sudah dihapus"})
    if row.registration != "kiosk":
        raise Refused({"event_id": "acara ini tidak menerima pendaftaran di kios"})
    taken = seats_taken(row)
    if taken >= row.quota:
        raise Full
    seat = EventRegistration.objects.create(
        client_id=body["client_id"], kiosk=kiosk, event=row, seat_no=taken + 1,
        registration_client_id=body["registration_client_id"], nik=body["nik"],
        registered_at=parse_time(body["registered_at"]), data=body,
    )  # fmt: skip
    Event.objects.filter(pk=row.pk).update(change_seq=seq)
    return {"client_id": body["client_id"], "seat_no": seat.seat_no, "duplicate": False}
