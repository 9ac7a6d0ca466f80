"""The outbox: every record that must reach SIKER, written in the same transaction as the record.

States are ``OutboxState`` in Python (parameters, comparisons, counts by state); the SQL of the
store and of sync keeps the stored words as literals ('pending', 'delivered'...), because a
query reads as what it asks, the schema's CHECK constraint refuses any other word, and
tests/foundation/test_states.py ties the enum's values to that constraint.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping

from kiosk.core import clock
from kiosk.store.db import Store


def new_client_id() -> str:
    return str(uuid.uuid4())


def chain_key(store: Store, registration_client_id: str) -> str:
    """The ``order_key`` of a job seeker's records: the client_id of their first registration here.

    A renewal takes the key of the registration it renews, so its reports still queue behind it,
    and the key is a random id, never the NIK: the retention purge must leave nothing personal.
    A registration not yet in the outbox (the one being saved) is its own chain's first.
    """
    row = store.one(
        "SELECT order_key FROM outbox WHERE client_id = ? AND endpoint = '/registrations'", (registration_client_id,)
    )
    if row is None or not row["order_key"]:
        return registration_client_id
    return str(row["order_key"])


def enqueue(
    store: Store,
    endpoint: str,
    payload: Mapping[str, object],
    *,
    client_id: str,
    order_key: str | None = None,
    depends_on: str | None = None,
) -> int:
    """Add one record to send. Must run inside the transaction that writes the record."""
    if not store.in_transaction:
        raise RuntimeError("outbox.enqueue must run inside store.transaction()")
    now = clock.rfc3339()
    outbox_id = store.insert(
        "INSERT INTO outbox(client_id, endpoint, order_key, depends_on, payload, state, created_at, updated_at) "
        "VALUES(?, ?, ?, ?, ?, 'pending', ?, ?)",
        (client_id, endpoint, order_key, depends_on, json.dumps(payload, ensure_ascii=False), now, now),
    )
    store.execute("INSERT INTO outbox_journal(outbox_id, at, state) VALUES(?, ?, 'pending')", (outbox_id, now))
    return outbox_id
