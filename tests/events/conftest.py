"""Fixtures of the events tests: the sample events in a kiosk's cache, and a registered job seeker."""

from __future__ import annotations

import pytest

from kiosk.services.registration import save_registration
from tests.support.events import cache_events
from tests.support.samples import draft


@pytest.fixture
def stocked(kiosk, cfg, store):
    """The kiosk running, offline, with the sample events cached and the sample job seeker registered."""
    cache_events(store)
    save_registration(store, cfg, draft(), print_card=False)
    return kiosk
