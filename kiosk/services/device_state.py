"""The last word of each device, kept for the heartbeat (``sync.heartbeat.DEVICE_KEYS``) and
the technician."""

from __future__ import annotations

from kiosk.store.db import Store


def note_card_reader(store: Store, present: bool) -> None:
    store.set_value("device.card_reader", "ok" if present else "absent")
