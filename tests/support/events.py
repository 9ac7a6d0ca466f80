"""Sample events in a kiosk's cache, as a pull would have left them."""

from __future__ import annotations

from kiosk.core import clock
from kiosk.store import events as event_store
from kiosk.store.db import Store
from kiosk.sync.events import clean_event
from kiosk.sync.sample_events import sample_events


def cache_events(store: Store, events: list[dict[str, object]] | None = None) -> None:
    now = clock.rfc3339()
    with store.transaction():
        for item in events if events is not None else sample_events():
            row = clean_event(item, now)
            assert row is not None, item
            event_store.upsert(store, row)
