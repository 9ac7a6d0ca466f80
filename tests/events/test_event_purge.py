"""The retention purge forgets the name and phone an event seat was taken with (and its slip and
outbox payload), like the rest of the person; the seat's event, state and number stay."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from kiosk.core import clock
from kiosk.services import events
from kiosk.services.maintenance import purge
from kiosk.services.possession import Holder
from kiosk.services.registration import find_existing, save_registration
from kiosk.sync import events as event_sync
from kiosk.sync.client import SikerClient
from kiosk.sync.sample_events import sample_events
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import SikerSimulator
from tests.support.samples import draft


def database_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal", "-shm") if Path(f"{path}{s}").exists())


def test_a_purged_person_leaves_no_event_name_or_phone_behind(store, cfg, tmp_path):
    d = draft(name="Wiryawati Sulistyaningrum", photo=False)
    save_registration(store, cfg, d, print_card=False)
    holder = Holder(find_existing(store, d.nik), d.nik, "card")
    with SikerSimulator(tmp_path / "siker.db", token="t") as sim:
        for event in sample_events():
            sim.put_event(event)
        client = SikerClient(sim.base_url, "t", "SMG-01", timeout_s=5)
        assert event_sync.pull(store, client).ok
        seat = events.register(store, holder, "EVT-0001", "Wiryawati Sulistyaningrum", "0812 9999 1234")
        events.slip(store, holder, seat.client_id)
        sender = Sender(store, lambda: client)
        try:
            assert sender.drain(deadline_s=30).done
        finally:
            sender.close()
    raw = database_bytes(cfg.db_path)
    assert b"Wiryawati Sulistyaningrum" in raw and b"+6281299991234" in raw  # the scan sees them
    store.execute("UPDATE outbox SET delivered_at = ?", (clock.rfc3339(clock.now() - timedelta(days=40)),))
    assert purge(store, retention_days=30).registrations == 1
    raw = database_bytes(cfg.db_path)
    for needle in (b"Wiryawati Sulistyaningrum", b"+6281299991234", b"081299991234", d.nik.encode()):
        assert needle not in raw, needle
    kept = events.seat(store, seat.client_id)
    assert (kept.state, kept.seat_no, kept.title) == ("seated", 1, "Semarang Job Fair 2026")
