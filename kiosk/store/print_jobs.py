"""Print jobs: ``queued -> sending -> printed | failed``, every transition journaled.

A job still ``sending`` when no process is printing it was interrupted (crash, power cut):
nobody knows whether the card came out, so it is shown as uncertain and never re-sent by
itself. A failed job may be sent again (a reprint attempt); each attempt is journaled.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from kiosk.core import clock
from kiosk.core.states import CARD_PURPOSES, PrintPurpose, PrintState
from kiosk.store.db import Row, Store

ALLOWED: dict[PrintState, frozenset[PrintState]] = {
    PrintState.QUEUED: frozenset({PrintState.SENDING}),
    PrintState.SENDING: frozenset({PrintState.PRINTED, PrintState.FAILED}),
    PrintState.FAILED: frozenset({PrintState.SENDING}),
    PrintState.PRINTED: frozenset(),
}
CARD_KINDS = CARD_PURPOSES  # the old name, for callers not yet on states.CARD_PURPOSES


class IllegalTransition(RuntimeError):
    pass


def create(
    store: Store,
    kind: PrintPurpose,
    *,
    registration_client_id: str | None = None,
    registration_no: str | None = None,
    ref_client_id: str | None = None,
    document: Mapping[str, object] | None = None,
) -> int:
    now = clock.rfc3339()
    with store.transaction():
        job_id = store.insert(
            "INSERT INTO print_jobs(kind, registration_client_id, registration_no, ref_client_id, document, state,"
            " created_at, updated_at) VALUES(?, ?, ?, ?, ?, 'queued', ?, ?)",
            (
                kind,
                registration_client_id,
                registration_no,
                ref_client_id,
                json.dumps(document, ensure_ascii=False) if document else None,
                now,
                now,
            ),
        )
        store.execute("INSERT INTO print_journal(print_job_id, at, state) VALUES(?, ?, 'queued')", (job_id, now))
    return job_id


def get(store: Store, job_id: int) -> Row:
    row = store.one("SELECT * FROM print_jobs WHERE id = ?", (job_id,))
    if row is None:
        raise KeyError(f"print job {job_id} does not exist")
    return row


def transition(store: Store, job_id: int, state: PrintState, detail: str | None = None) -> None:
    now = clock.rfc3339()
    with store.transaction():
        current = store.execute("SELECT state FROM print_jobs WHERE id = ?", (job_id,)).fetchone()
        if current is None:
            raise KeyError(f"print job {job_id} does not exist")
        if state not in ALLOWED[PrintState(current[0])]:
            raise IllegalTransition(f"print job {job_id}: {current[0]} -> {state}")
        store.execute(
            "UPDATE print_jobs SET state = ?, error = ?, updated_at = ? WHERE id = ?",
            (state, detail if state == PrintState.FAILED else None, now, job_id),
        )
        store.execute(
            "INSERT INTO print_journal(print_job_id, at, state, detail) VALUES(?, ?, ?, ?)",
            (job_id, now, state, detail),
        )


def journal(store: Store, job_id: int) -> list[Row]:
    return store.query("SELECT at, state, detail FROM print_journal WHERE print_job_id = ? ORDER BY id", (job_id,))


def interrupted(store: Store, active: set[int] | None = None) -> list[Row]:
    """Jobs left ``sending`` by a process that stopped: the officer's "uncertain" list."""
    rows = store.query("SELECT * FROM print_jobs WHERE state = 'sending' ORDER BY id")
    return [row for row in rows if row["id"] not in (active or set())]
