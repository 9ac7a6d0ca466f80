"""Fixtures of the events tests: the sample events in a kiosk's cache, and a registered job seeker."""

from __future__ import annotations

import pytest

from kiosk.core import clock
from kiosk.services.registration import save_registration
from kiosk.store import events as event_store
from kiosk.sync.events import clean_event
from kiosk.sync.sample_events import sample_events
from tests.support.samples import draft


def cache_events(store, events=None) -> None:
    """What a pull would have left in the cache."""
    now = clock.rfc3339()
    with store.transaction():
        for item in events if events is not None else sample_events():
            event_store.upsert(store, clean_event(item, now))


@pytest.fixture
def stocked(kiosk, cfg, store):
    """The kiosk running, offline, with the sample events cached and the sample job seeker registered."""
    cache_events(store)
    save_registration(store, cfg, draft(), print_card=False)
    return kiosk
