"""Registration numbers and the registrations table.

A number is ``RRRR DDMMYY KK SSSS``: region code, registration date, kiosk number and a
per-day sequence. It is allocated inside the caller's transaction, so the number and the
record it belongs to commit together; BEGIN IMMEDIATE serialises concurrent writers.
"""

from __future__ import annotations

import base64
from datetime import date

from kiosk.store.db import Store


class SequenceExhausted(RuntimeError):
    """More than 9,999 registrations in one day at one kiosk."""


def allocate_registration_no(store: Store, region_code: str, kiosk_number: int, day: date) -> str:
    """Next number for ``day``. Must run inside ``store.transaction()``."""
    if not store.in_transaction:
        raise RuntimeError("allocate_registration_no must run inside store.transaction()")
    key = day.isoformat()
    store.execute(
        "INSERT INTO registration_counters(day, last_seq) VALUES(?, 1) "
        "ON CONFLICT(day) DO UPDATE SET last_seq = last_seq + 1",
        (key,),
    )
    seq: int = store.execute("SELECT last_seq FROM registration_counters WHERE day = ?", (key,)).fetchone()[0]
    if seq > 9999:
        raise SequenceExhausted(f"registration sequence for {key} is exhausted")
    return f"{region_code}{day:%d%m%y}{kiosk_number:02d}{seq:04d}"


def photo_base64(store: Store, client_id: str) -> str | None:
    """A registration's photo as SIKER takes it (the outbox body leaves it out). A correction of a
    card (``card_corrections``) carries the photo of the registration it corrects."""
    row = store.one(
        "SELECT jpeg FROM photos WHERE registration_client_id ="
        " COALESCE((SELECT registration_client_id FROM card_corrections WHERE client_id = ?), ?)",
        (client_id, client_id),
    )
    return base64.b64encode(row["jpeg"]).decode("ascii") if row else None
