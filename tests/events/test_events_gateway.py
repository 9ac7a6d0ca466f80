"""Events between kiosks and the real office gateway on PostgreSQL: pulled by cursor and browsed
from the cache with the gateway out of reach; an event filled to its quota by two kiosks at the
same moment gives exactly quota seats, numbered 1..quota; the next pull brings seats_left 0."""

from __future__ import annotations

import json
import random
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk import config as kiosk_config
from kiosk.core import clock
from kiosk.core.problems import Code, ProblemError
from kiosk.services import events
from kiosk.services.possession import Holder
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.synthetic import synthetic_draft
from kiosk.store.db import Store
from kiosk.sync import events as event_sync
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gateway" / "tests"))
from gwsupport.gateway_server import GatewayServer
from gwsupport.postgres import throwaway_cluster

QUOTA = 5


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    cluster = throwaway_cluster()
    server = GatewayServer(tmp_path_factory.mktemp("gateway"), cluster=cluster).start()
    yield server
    server.stop()
    cluster.stop()


def put_events(gateway: GatewayServer, tmp_path: Path, items: list[dict], deleted: list[str] = ()) -> None:
    path = tmp_path / f"events-{random.randrange(10**9)}.json"
    path.write_text(json.dumps({"items": items, "deleted": list(deleted)}))
    gateway.manage("event_import", str(path))


def event(event_id: str, *, quota: int, title: str = "Semarang Job Fair 2026", days: int = 7) -> dict:
    starts = clock.now().replace(microsecond=0) + timedelta(days=days)
    return {"id": event_id, "kind": "job_fair", "title": title, "organiser": "Disnaker Kota Semarang",
            "place": "Balai Kota Semarang", "starts_at": clock.rfc3339(starts),
            "ends_at": clock.rfc3339(starts + timedelta(hours=7)), "quota": quota, "registration": "kiosk",
            "description": "Bawa kartu AK/1."}  # fmt: skip


class KioskUnderTest:
    """One kiosk's store and config, talking to the gateway with its own token."""

    def __init__(self, root: Path, kiosk_id: str, number: int, gateway: GatewayServer) -> None:
        data = root / kiosk_id
        data.mkdir()
        write_token(data / "siker.token", gateway.tokens[kiosk_id])
        self.cfg = kiosk_config.load(overrides={
            "kiosk.id": kiosk_id, "kiosk.number": number, "kiosk.data_dir": str(data),
            "card_reader.backend": "simulated", "camera.source": "simulated", "printer.uri": "simulated",
            "siker.token_file": str(data / "siker.token"), "siker.base_url": gateway.base_url, "siker.timeout_s": 10,
        })  # fmt: skip
        self.store = Store(self.cfg.db_path)

    def client(self) -> SikerClient:
        return SikerClient.from_config(self.cfg)

    def sender(self) -> Sender:
        return Sender(self.store, self.client, workers=8, base_backoff_s=0.01, max_backoff_s=0.05)

    def holders(self, count: int, seed: int) -> list[Holder]:
        rng = random.Random(seed)
        found = []
        for _ in range(count):
            draft = synthetic_draft(rng)
            save_registration(self.store, self.cfg, draft, print_card=False)
            existing = find_existing(self.store, draft.nik)
            assert existing is not None
            found.append(Holder(existing, draft.nik, "card"))
        return found


@pytest.fixture
def kiosks(tmp_path, gateway, monkeypatch):
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    made = [KioskUnderTest(tmp_path, "SMG-01", 1, gateway), KioskUnderTest(tmp_path, "SMG-02", 2, gateway)]
    yield made
    for kiosk in made:
        kiosk.store.close()


def test_events_are_pulled_from_the_gateway_and_browsed_offline(kiosks, gateway, tmp_path):
    kiosk = kiosks[0]
    tag = f"{random.randrange(10**6):06d}"
    put_events(gateway, tmp_path, [event(f"EVT-{tag}-A", quota=30, days=3),
                                   event(f"EVT-{tag}-B", quota=10, title="Pelatihan Menjahit", days=10)])  # fmt: skip
    assert event_sync.pull(kiosk.store, kiosk.client(), page_size=1).ok  # one event a page: the cursor is followed
    ours = [e for e in events.upcoming(kiosk.store) if tag in e.id]
    assert [(e.id, e.seats_left, e.quota) for e in ours] == [(f"EVT-{tag}-A", 30, 30), (f"EVT-{tag}-B", 10, 10)]
    # the gateway deletes one and changes the other; an incremental pull brings exactly that
    put_events(gateway, tmp_path, [event(f"EVT-{tag}-A", quota=25, days=3)], deleted=[f"EVT-{tag}-B"])
    result = event_sync.pull(kiosk.store, kiosk.client())
    assert result.ok and not result.full and result.deleted == 1
    # offline: the network is gone (a base URL nothing listens on); the cache still answers
    offline = kiosk.cfg.with_overrides({"siker.base_url": "http://127.0.0.1:9/api"})
    assert not event_sync.pull(kiosk.store, SikerClient.from_config(offline)).ok
    ours = [e for e in events.upcoming(kiosk.store) if tag in e.id]
    assert [(e.id, e.seats_left, e.quota) for e in ours] == [(f"EVT-{tag}-A", 25, 25)]
    detail = events.get(kiosk.store, f"EVT-{tag}-A")
    assert detail is not None and detail.place == "Balai Kota Semarang" and detail.takes_registration


def test_two_kiosks_at_the_same_moment_get_exactly_quota_seats(kiosks, gateway, tmp_path):
    event_id = f"EVT-{random.randrange(10**6):06d}-Q"
    put_events(gateway, tmp_path, [event(event_id, quota=QUOTA)])
    asked: dict[str, list[str]] = {}
    for number, kiosk in enumerate(kiosks):
        people = kiosk.holders(QUOTA + 1, seed=number)
        sender = kiosk.sender()
        assert sender.drain(deadline_s=60).done  # their AK/1 registrations reach the gateway first
        sender.close()
        assert event_sync.pull(kiosk.store, kiosk.client()).ok
        asked[kiosk.cfg.kiosk.id] = [
            events.register(kiosk.store, holder, event_id, holder.existing.name, "081234567890").client_id
            for holder in people[:QUOTA]
        ]
        with pytest.raises(
            ProblemError
        ) as refused:  # the kiosk knows only QUOTA seats: the next is told "full" at once
            events.register(kiosk.store, people[QUOTA], event_id, people[QUOTA].existing.name, "081234567890")
        assert refused.value.problem.code == Code.EVENT_FULL
    # both kiosks come online at the same moment: every request of both in flight together
    gate = threading.Barrier(len(kiosks))
    results = {}

    def deliver(kiosk: KioskUnderTest) -> None:
        sender = kiosk.sender()
        try:
            gate.wait(timeout=30)
            results[kiosk.cfg.kiosk.id] = sender.drain(deadline_s=60)
        finally:
            sender.close()

    threads = [threading.Thread(target=deliver, args=(k,)) for k in kiosks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert all(not r.pending and not r.sending for r in results.values()), results
    seats = gateway.query(
        "SELECT s.seat_no, s.client_id FROM api_eventregistration s JOIN api_event e ON e.id = s.event_id"
        " WHERE e.event_id = ? ORDER BY s.seat_no", (event_id,),
    )  # fmt: skip
    assert [seat for seat, _ in seats] == list(range(1, QUOTA + 1))
    local = {}
    for kiosk in kiosks:
        for row in kiosk.store.query("SELECT client_id, state, seat_no FROM event_registrations"):
            local[row["client_id"]] = (row["state"], row["seat_no"])
    assert len(local) == 2 * QUOTA
    assert sorted(no for state, no in local.values() if state == "seated") == list(range(1, QUOTA + 1))
    assert sum(1 for state, _ in local.values() if state == "full") == QUOTA
    assert {cid: no for no, cid in seats} == {cid: no for cid, (state, no) in local.items() if state == "seated"}
    # the next pull of either kiosk says "full", and no kiosk takes another registration for it
    for kiosk in kiosks:
        assert event_sync.pull(kiosk.store, kiosk.client()).ok
        found = events.get(kiosk.store, event_id)
        assert found is not None and found.seats_left == 0 and found.full
