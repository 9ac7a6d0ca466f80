"""The event feed and the seats against the SIKER simulator over real HTTP: malformed items
refused one by one, a lost answer's retry keeps its seat, 409 full and 422 written down with
the outbox row, and a forgotten cursor pulls everything again."""

from __future__ import annotations

import re

import pytest

from kiosk.core import clock
from kiosk.core.states import EventKind, SeatState
from kiosk.services import events
from kiosk.services.possession import Holder
from kiosk.services.registration import find_existing, save_registration
from kiosk.sync import events as event_sync
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sample_events import sample_events
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import Faults, SikerSimulator
from tests.support.samples import draft


@pytest.fixture
def sim(tmp_path):
    with SikerSimulator(tmp_path / "siker.db", token="t", faults=Faults(seed=5)) as simulator:
        for event in sample_events():
            simulator.put_event(event)
        yield simulator


@pytest.fixture
def client(sim):
    return SikerClient(sim.base_url, "t", "SMG-01", timeout_s=5)


@pytest.fixture
def holder(store, cfg):
    d = draft()
    save_registration(store, cfg, d, print_card=False)
    existing = find_existing(store, d.nik)
    return Holder(existing, d.nik, "card")


def drain(store, sim) -> None:
    sender = Sender(store, lambda: SikerClient(sim.base_url, "t", "SMG-01", timeout_s=5), base_backoff_s=0.01,
                    max_backoff_s=0.05)  # fmt: skip
    try:
        sender.drain(deadline_s=30)
    finally:
        sender.close()


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "konser"},
        {"registration": "online"},
        {"quota": -1},
        {"quota": True},
        {"quota": 1.5},
        {"starts_at": "2026-12-10T08:00:00"},  # no offset
        {"ends_at": "2020-01-01T08:00:00+07:00"},  # ends before it starts
        {"title": ""},
        {"place": 7},
    ],
)
def test_a_malformed_event_is_refused_alone(store, sim, client, change):
    bad = sample_events()[0] | {"id": "EVT-BAD"} | change
    sim.put_event(bad)
    result = event_sync.pull(store, client)
    assert result.ok and result.rejected == ["EVT-BAD"]
    assert {e.id for e in events.upcoming(store)} == {f"EVT-{i:04d}" for i in range(1, 7)}


def test_kinds_and_seats_are_kept_as_sent_and_a_forgotten_cursor_pulls_everything(store, sim, client):
    assert event_sync.pull(store, client, page_size=2).ok
    training = events.upcoming(store, kind=EventKind.TRAINING)
    assert [(e.title, e.seats_left, e.full) for e in training] == [
        ("Pelatihan Barista", 0, True), ("Pelatihan Menjahit Dasar", 20, False)]  # fmt: skip
    sim.delete_event("EVT-0002")
    sim.reset_cursors()  # the server lost its change log
    result = event_sync.pull(store, client)
    assert result.ok and result.full
    assert "EVT-0002" not in {e.id for e in events.upcoming(store)}
    assert events.last_pull(store) is not None


def test_a_lost_answer_is_retried_with_the_same_key_and_keeps_its_seat(store, sim, client, holder):
    assert event_sync.pull(store, client).ok
    drain(store, sim)  # the AK/1 registration first
    seat = events.register(store, holder, "EVT-0002", "Siti Nur'aini", "081234567890")
    sim.faults.drop_after_store = 1.0  # stored, but the kiosk never hears it
    sender = Sender(store, lambda: SikerClient(sim.base_url, "t", "SMG-01", timeout_s=5), base_backoff_s=0.01)
    try:
        assert sender.send_one(seat.client_id).kind == "transient"
        assert events.seat(store, seat.client_id).state == SeatState.WAITING
        sim.faults.drop_after_store = 0.0
        assert sender.send_one(seat.client_id).kind == "duplicate"
    finally:
        sender.close()
    again = events.seat(store, seat.client_id)
    assert (again.state, again.seat_no) == (SeatState.SEATED, 1)
    assert sim.seats("EVT-0002") == [(seat.client_id, 1)]  # one seat, however often it was asked
    assert events.get(store, "EVT-0002").seats_left == 19  # known at once, before the next pull


def test_full_and_deleted_events_are_written_down_with_their_outbox_rows(store, sim, client, holder, cfg):
    assert event_sync.pull(store, client).ok
    full = events.register(store, holder, "EVT-0003", "Siti Nur'aini", "081234567890")
    gone = events.register(store, holder, "EVT-0006", "Siti Nur'aini", "081234567890")
    sim.put_event(next(e for e in sample_events() if e["id"] == "EVT-0003") | {"quota": 0})
    sim.delete_event("EVT-0006")
    drain(store, sim)
    assert events.seat(store, full.client_id).state == SeatState.FULL
    refused = events.seat(store, gone.client_id)
    assert refused.state == SeatState.REFUSED and "event_id" in refused.detail
    rows = {r["client_id"]: r for r in store.query("SELECT client_id, state, http_status FROM outbox")}
    assert (rows[full.client_id]["state"], rows[full.client_id]["http_status"]) == ("failed_permanent", 409)
    assert rows[gone.client_id]["http_status"] == 422
    assert events.get(store, "EVT-0003").seats_left == 0
    # after "full" the holder may try again (e.g. the quota was raised): a new record, not the old one
    sim.put_event(next(e for e in sample_events() if e["id"] == "EVT-0003") | {"quota": 3})
    assert event_sync.pull(store, client).ok
    retry = events.register(store, holder, "EVT-0003", "Siti Nur'aini", "081234567890")
    assert retry.client_id != full.client_id
    write_token(cfg.siker.token_file, "t")
    answered = events.request_seat(cfg.with_overrides({"siker.base_url": sim.base_url}), retry.client_id)
    assert answered is not None and (answered.state, answered.seat_no) == (SeatState.SEATED, 1)
    assert len(events.mine(store, holder)) == 3


def test_the_enums_are_what_the_schema_checks(store):
    for table, column, enum in (("events", "kind", EventKind), ("event_registrations", "state", SeatState)):
        sql = store.one("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))["sql"]
        found = re.search(rf"CHECK \({column} IN \(([^)]*)\)\)", sql)
        assert found, f"{table}.{column} has no CHECK constraint"
        assert {v.strip().strip("'") for v in found.group(1).split(",")} == {m.value for m in enum}


def test_the_slip_is_indonesian_with_the_seat_or_menyusul(store, holder, sim, client):
    assert event_sync.pull(store, client).ok
    seat = events.register(store, holder, "EVT-0001", "Siti Nur'aini", "+6281234567890")
    job = events.slip(store, holder, seat.client_id)
    document = store.one("SELECT document FROM print_jobs WHERE id = ?", (job,))["document"]
    assert "NOMOR KURSI\\tmenyusul" in document and "No. HP\\t081234567890" in document
    starts = clock.parse_rfc3339(sample_events()[0]["starts_at"])
    assert f"{starts:%d-%m-%Y}" in document and "Balai Kota Semarang" in document


def test_a_seat_asked_for_now_sends_what_waits_before_it_and_is_not_stopped_by_a_refusal(store, sim, client, holder):
    """Offline earlier: the AK/1 registration and a seat for an event that filled up meanwhile wait
    in the outbox. The next seat asked for while the person waits sends them first, in order; the
    earlier one's 409 full does not keep this one from its seat."""
    assert event_sync.pull(store, client).ok
    earlier = events.register(store, holder, "EVT-0003", "Siti Nur'aini", "081234567890")
    now = events.register(store, holder, "EVT-0002", "Siti Nur'aini", "081234567890")
    sim.put_event(next(e for e in sample_events() if e["id"] == "EVT-0003") | {"quota": 0})
    sender = Sender(store, lambda: SikerClient(sim.base_url, "t", "SMG-01", timeout_s=5))
    try:
        assert sender.send_one(now.client_id).kind == "delivered"
    finally:
        sender.close()
    assert [r["endpoint"] for r in sim.records()] == ["/registrations", "/event-registrations"]
    assert events.seat(store, earlier.client_id).state == SeatState.FULL
    assert (events.seat(store, now.client_id).state, events.seat(store, now.client_id).seat_no) == ("seated", 1)


def test_the_officer_log_names_every_kind_of_print():
    """An event slip is in the officer's log of printed paper like every print (a kind without a
    word there broke the log)."""
    from kiosk.core.states import PrintPurpose
    from kiosk.services.printed_log import KINDS

    assert {p for p in PrintPurpose if p != PrintPurpose.AK1} <= set(KINDS)
