"""The SIKER simulator's tickets (contract, "Additions in v1"): POST /tickets and
GET /tickets/{ticket_no}?phone=P, with the checks the office gateway makes (docs/gateway.md,
"Tickets and events"), and ``answer`` for tests and the demo to play the officer.

Stands alone like the simulator: no kiosk import."""

from __future__ import annotations

import re
import sqlite3
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeAlias

JsonObject: TypeAlias = dict[str, Any]

SCHEMA = """
CREATE TABLE IF NOT EXISTS tickets (
    ticket_no TEXT PRIMARY KEY, client_id TEXT NOT NULL UNIQUE, phone TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'baru', appointment_at TEXT, answer TEXT, updated_at TEXT NOT NULL);
"""
NOT_FOUND: JsonObject = {"error": "tidak ditemukan"}  # the one answer for every ticket that is not shown
DESCRIPTION_MAX = 2000
TOPICS = ("phk", "upah", "pesangon", "bpjs", "kontrak", "lowongan", "ak1", "lainnya")
STATES = ("baru", "diproses", "dijadwalkan", "selesai")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PHONE = re.compile(r"(?:\+62|0)(8\d{8,11})")
_TICKET_NO = re.compile(r"K-[A-Z0-9]{1,10}-\d{6}-\d{4}")
_NIK = re.compile(r"\d{16}")


def phone_key(value: Any) -> str | None:
    """``08…`` or ``+628…`` -> ``+628…``; None for anything else."""
    found = _PHONE.fullmatch(value) if isinstance(value, str) else None
    return "+62" + found.group(1) if found else None


def _text(limit: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, str) and v.strip() != "" and len(v) <= limit and not _CONTROL.search(v)


def _uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return isinstance(value, str)


def _timestamp(value: Any) -> bool:
    try:
        return isinstance(value, str) and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


# field -> (required, nullable, check)
FIELDS: dict[str, tuple[bool, bool, Callable[[Any], bool]]] = {
    "client_id": (True, False, _uuid),
    "ticket_no": (True, False, lambda v: isinstance(v, str) and _TICKET_NO.fullmatch(v) is not None),
    "kind": (True, False, lambda v: v in ("konsultasi", "pengaduan")),
    "topic": (True, False, lambda v: v in TOPICS),
    "registration_client_id": (False, True, _uuid),
    "nik": (False, True, lambda v: isinstance(v, str) and _NIK.fullmatch(v) is not None),
    "name": (True, False, _text(200)),
    "phone": (True, False, lambda v: phone_key(v) is not None),
    "employer": (False, True, _text(200)),
    "description": (True, False, _text(DESCRIPTION_MAX)),
    "created_at": (True, False, _timestamp),
}


def wrong_fields(body: JsonObject) -> list[str]:
    wrong = []
    for name, (required, nullable, check) in FIELDS.items():
        if name not in body:
            if required:
                wrong.append(name)
        elif body[name] is None:
            if not nullable:
                wrong.append(name)
        elif not check(body[name]):
            wrong.append(name)
    return wrong


class Tickets:
    """The simulator's ticket table beside its records (which keep the bodies, once per key)."""

    def __init__(self, db: sqlite3.Connection, lock: threading.Lock) -> None:
        self.db = db
        self.lock = lock
        db.executescript(SCHEMA)

    def check(self, body: JsonObject) -> tuple[int, JsonObject] | None:
        """422 naming the wrong fields, or a number another ticket holds; None when it may be stored."""
        wrong = wrong_fields(body)
        if wrong:
            return 422, {"error": "kolom tidak sah: " + ", ".join(wrong), "fields": wrong}
        with self.lock:
            row = self.db.execute("SELECT client_id FROM tickets WHERE ticket_no = ?", (body["ticket_no"],)).fetchone()
        if row is not None and row[0] != body["client_id"]:
            return 422, {"error": "nomor tiket sudah dipakai tiket lain", "fields": ["ticket_no"]}
        return None

    def stored(self, body: JsonObject, answer: JsonObject) -> JsonObject:
        """After the record was stored (or found a duplicate): the ticket's row, and its answer body."""
        with self.lock:
            self.db.execute(
                "INSERT OR IGNORE INTO tickets(ticket_no, client_id, phone, updated_at) VALUES(?, ?, ?, ?)",
                (body["ticket_no"], body["client_id"], phone_key(body["phone"]), _now()),
            )
        return {"client_id": answer["client_id"], "ticket_no": body["ticket_no"], "duplicate": answer["duplicate"]}

    def status(self, ticket_no: str, phone: str | None) -> tuple[int, JsonObject]:
        key = phone_key(phone)
        with self.lock:
            row = self.db.execute(
                "SELECT ticket_no, status, appointment_at, answer, updated_at FROM tickets WHERE ticket_no = ?"
                " AND phone = ?",
                (ticket_no, key),
            ).fetchone()
        if key is None or row is None:
            return 404, NOT_FOUND
        return 200, dict(zip(("ticket_no", "status", "appointment_at", "answer", "updated_at"), row, strict=True))

    def answer(self, ticket_no: str, status: str, answer: str | None = None, appointment_at: str | None = None) -> None:
        """The officer's work on a ticket (tests, demo)."""
        if status not in STATES:
            raise ValueError(status)
        with self.lock:
            self.db.execute(
                "UPDATE tickets SET status = ?, answer = ?, appointment_at = ?, updated_at = ? WHERE ticket_no = ?",
                (status, answer, appointment_at, _now(), ticket_no),
            )


def _now() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")
