"""The event cache (GET /events) and the seats asked for here (POST /event-registrations).

The cache is written by the pull (``sync/events.py``); a seat's outcome by the outbox sender,
in the transaction that settles its outbox row, so a registration never says "waiting" for a
record that was answered, nor the other way round.
"""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.core.states import SeatState
from kiosk.store.db import Store

ENDPOINT = "/event-registrations"


def upsert(store: Store, row: Mapping[str, object]) -> None:
    """Insert or update an event by its id (plain SQL, as ``vacancies.upsert`` says why)."""
    columns = ", ".join(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
    store.execute(
        f"INSERT INTO events({columns}) VALUES({', '.join('?' * len(row))}) ON CONFLICT(id) DO UPDATE SET {updates}",
        tuple(row.values()),
    )


def seated(store: Store, client_id: str, seat_no: int, at: str) -> None:
    """The server gave seat ``seat_no``: seats are numbered in the order they are taken, so at
    least that many are gone; the cached count never shows more than that."""
    store.execute(
        "UPDATE event_registrations SET state = ?, seat_no = ?, answered_at = ?, detail = NULL WHERE client_id = ?",
        (SeatState.SEATED, seat_no, at, client_id),
    )
    store.execute(
        "UPDATE events SET seats_left = max(0, min(seats_left, quota - ?)), seats_known_at = ?"
        " WHERE id = (SELECT event_id FROM event_registrations WHERE client_id = ?)",
        (seat_no, at, client_id),
    )


def full(store: Store, client_id: str, at: str) -> None:
    """409 full: no seat for this record, and none left when the server said so."""
    store.execute(
        "UPDATE event_registrations SET state = ?, answered_at = ? WHERE client_id = ?",
        (SeatState.FULL, at, client_id),
    )
    store.execute(
        "UPDATE events SET seats_left = 0, seats_known_at = ?"
        " WHERE id = (SELECT event_id FROM event_registrations WHERE client_id = ?)",
        (at, client_id),
    )


def refused(store: Store, client_id: str, at: str, detail: str) -> None:
    """422 (the event was deleted or takes no kiosk registration) or another permanent refusal."""
    store.execute(
        "UPDATE event_registrations SET state = ?, answered_at = ?, detail = ? WHERE client_id = ?",
        (SeatState.REFUSED, at, detail[:500], client_id),
    )


def waiting_counts(store: Store) -> dict[str, int]:
    """Seats asked for here that the server has not answered yet, per event: the cached
    ``seats_left`` does not know them."""
    rows = store.query(
        "SELECT event_id, count(*) AS n FROM event_registrations WHERE state = 'waiting' GROUP BY event_id"
    )
    return {row["event_id"]: int(row["n"]) for row in rows}
