"""What the UI's small sync indicator shows, read cheaply from the shared database."""

from __future__ import annotations

import time

from kiosk.core.states import OutboxState
from kiosk.core.sync_state import SyncIndicator
from kiosk.store.db import Store
from kiosk.sync.sender import AUTH_PAUSED, LAST_CONTACT, LAST_ERROR

ONLINE_WITHIN_S = 15 * 60


def sync_indicator(store: Store, now: float | None = None) -> SyncIndicator:
    counts = {
        row["state"]: row["n"]
        for row in store.query("SELECT state, count(*) AS n FROM outbox WHERE state != 'delivered' GROUP BY state")
    }
    last = store.get_value(LAST_CONTACT)
    error = store.get_value(LAST_ERROR)
    if last is None:
        online = None if not error else False
    else:
        online = (now or time.time()) - float(last) < ONLINE_WITHIN_S and not error
    if store.get_value(AUTH_PAUSED):
        online = False
    waiting = counts.get(OutboxState.PENDING, 0) + counts.get(OutboxState.SENDING, 0)
    return SyncIndicator(online, waiting, counts.get(OutboxState.FAILED_PERMANENT, 0))
