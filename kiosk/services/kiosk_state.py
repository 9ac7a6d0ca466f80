"""What the kiosk knows of its own state: each device's last word (kept for the heartbeat,
``sync.heartbeat.DEVICE_KEYS``, and the technician) and the status bar's sync indicator."""

from __future__ import annotations

from kiosk.core.sync_state import SyncIndicator
from kiosk.store.db import Store
from kiosk.sync.status import sync_indicator


def note_card_reader(store: Store, present: bool) -> None:
    store.set_value("device.card_reader", "ok" if present else "absent")


def sync(store: Store) -> SyncIndicator:
    """Cheap (one small query): the status bar polls it every few seconds."""
    return sync_indicator(store)
