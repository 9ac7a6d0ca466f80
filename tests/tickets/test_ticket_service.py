"""Saving a ticket (one transaction), sending it with the real sender to the SIKER simulator over
real HTTP (exactly once, through dropped answers), and Cek Tiket: the answer, the same words for a
wrong pair and an unknown number, the lock after five misses (kept in the store), offline."""

from __future__ import annotations

import json
import random
import socket
from datetime import datetime, timedelta

import pytest

from kiosk.core import clock
from kiosk.core.problems import Code
from kiosk.core.tickets import checked
from kiosk.services import tickets
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.synthetic import synthetic_draft
from kiosk.services.tickets import TicketLookupError, check_ticket, save_ticket
from kiosk.store.db import Store
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import Faults, SikerSimulator

MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=clock.WIB)


def complaint(**extra):
    fields = {"kind": "pengaduan", "topic": "upah", "description": "Upah November belum dibayar penuh.",
              "name": "Siti Aminah", "phone": "081234567890", "employer": "PT Sinar Semarang"} | extra  # fmt: skip
    return checked(**fields)


@pytest.fixture
def sim(tmp_path):
    with SikerSimulator(tmp_path / "siker.db", token="rahasia-uji", faults=Faults(seed=3)) as simulator:
        yield simulator


@pytest.fixture
def online(cfg, sim):
    write_token(cfg.siker.token_file, "rahasia-uji")
    return cfg.with_overrides({"siker.base_url": sim.base_url, "siker.timeout_s": 5})


def send_all(store, cfg) -> None:
    sender = Sender(store, lambda: SikerClient.from_config(cfg), base_backoff_s=0.01, max_backoff_s=0.05)
    try:
        assert sender.drain(deadline_s=30).done
    finally:
        sender.close()


def test_a_ticket_its_outbox_row_and_its_slip_are_saved_together(store, cfg):
    saved = save_ticket(store, cfg, complaint(), at=MONDAY)
    assert saved.ticket_no == "K-SMG01-261207-0001"
    assert saved.answer_by.isoformat() == "2026-12-10"  # three working days
    row = store.one("SELECT * FROM tickets")
    assert (row["ticket_no"], row["phone"], row["kind"], row["topic"]) == (saved.ticket_no, "+6281234567890",
                                                                          "pengaduan", "upah")  # fmt: skip
    out = store.one("SELECT endpoint, client_id, payload, state FROM outbox")
    body = json.loads(out["payload"])
    assert (out["endpoint"], out["client_id"], out["state"]) == ("/tickets", saved.client_id, "pending")
    assert body["ticket_no"] == saved.ticket_no and body["created_at"].startswith("2026-12-07T09:00:00+07:00")
    job = store.one("SELECT kind, document FROM print_jobs WHERE id = ?", (saved.print_job_id,))
    assert job["kind"] == "ticket_slip" and saved.ticket_no in job["document"]


def test_numbers_follow_each_other_per_day_and_start_again_the_next_day(store, cfg):
    numbers = [save_ticket(store, cfg, complaint(), at=MONDAY).ticket_no for _ in range(3)]
    numbers.append(save_ticket(store, cfg, complaint(), at=MONDAY + timedelta(days=1)).ticket_no)
    assert numbers == ["K-SMG01-261207-0001", "K-SMG01-261207-0002", "K-SMG01-261207-0003", "K-SMG01-261208-0001"]
    # the registration numbers of the same day have their own counter
    assert store.one("SELECT last_seq FROM registration_counters WHERE day = '2026-12-07'") is None


def test_a_failed_save_leaves_nothing_behind(store, cfg, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("printer queue broken")

    monkeypatch.setattr(tickets.print_jobs, "create", broken)
    with pytest.raises(RuntimeError):
        save_ticket(store, cfg, complaint(), at=MONDAY)
    for table in ("tickets", "outbox", "print_jobs"):
        assert store.one(f"SELECT count(*) AS n FROM {table}")["n"] == 0, table
    assert store.one("SELECT count(*) AS n FROM registration_counters")["n"] == 0  # the number was not used up


def test_tickets_reach_the_simulator_once_through_dropped_answers(store, online, sim):
    sim.faults = Faults(drop_after_store=0.5, fail_500=0.2, seed=5)
    saved = [save_ticket(store, online, complaint(description=f"Pengaduan nomor {i}.")) for i in range(12)]
    send_all(store, online)
    stored = sim.records("/tickets")
    assert sorted(r["client_id"] for r in stored) == sorted(s.client_id for s in saved)  # each once
    assert {r["body"]["ticket_no"] for r in stored} == {s.ticket_no for s in saved}
    assert store.one("SELECT count(*) AS n FROM outbox WHERE state = 'delivered'")["n"] == 12


def test_cek_tiket_shows_the_office_answer_once_it_is_there(store, online, sim):
    saved = save_ticket(store, online, complaint())
    waiting = check_ticket(online, saved.ticket_no, "0812 3456 7890")
    assert (waiting.status, waiting.waiting_to_send) == ("baru", True)  # made here, not sent yet
    send_all(store, online)
    assert check_ticket(online, saved.ticket_no.lower(), "+6281234567890").status == "baru"
    sim.tickets.answer(saved.ticket_no, "dijadwalkan", "Silakan datang membawa slip gaji.", "2026-12-10T09:00:00+07:00")
    state = check_ticket(online, saved.ticket_no, "081234567890")
    assert (state.status, state.answer) == ("dijadwalkan", "Silakan datang membawa slip gaji.")
    assert state.appointment_at == datetime(2026, 12, 10, 9, 0, tzinfo=clock.WIB)
    assert not state.waiting_to_send


def test_a_wrong_phone_and_an_unknown_number_get_the_same_answer_and_five_lock_the_kiosk(store, online, sim):
    saved = save_ticket(store, online, complaint())
    send_all(store, online)
    answers = []
    for number, phone in [(saved.ticket_no, "081299999999"), ("K-SMG01-200101-0001", "081234567890")]:
        with pytest.raises(TicketLookupError) as err:
            check_ticket(online, number, phone)
        answers.append(err.value.problem.code)
    assert answers == [Code.TICKET_NOT_FOUND] * 2
    for _ in range(2):
        with pytest.raises(TicketLookupError):
            check_ticket(online, "K-SMG01-200101-0002", "081234567890")
    with pytest.raises(TicketLookupError) as fifth:
        check_ticket(online, "K-SMG01-200101-0003", "081234567890")
    assert fifth.value.problem.code == Code.TICKET_LOOKUP_LOCKED
    # locked even for the right pair, and the lock is in the store (a restart keeps it)
    asked = sim.requests
    with pytest.raises(TicketLookupError) as locked:
        check_ticket(online, saved.ticket_no, "081234567890")
    assert locked.value.problem.code == Code.TICKET_LOOKUP_LOCKED and sim.requests == asked
    reopened = Store(online.db_path)
    assert reopened.one("SELECT count(*) AS n FROM ticket_lookup_failures")["n"] == 5
    reopened.close()
    # an hour later it answers again
    later = clock.now() + timedelta(hours=1, minutes=1)
    assert check_ticket(online, saved.ticket_no, "081234567890", now=later).status == "baru"


def test_offline_says_so_and_does_not_count_as_a_miss(store, online):
    saved = save_ticket(store, online, complaint())
    store.execute("UPDATE outbox SET state = 'delivered'")  # as if sent: the kiosk must ask the office
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    offline = online.with_overrides({"siker.base_url": f"http://127.0.0.1:{port}"})
    with pytest.raises(TicketLookupError) as err:
        check_ticket(offline, saved.ticket_no, "081234567890")
    assert err.value.problem.code == Code.TICKET_OFFLINE
    assert store.one("SELECT count(*) AS n FROM ticket_lookup_failures")["n"] == 0


def test_a_holders_ticket_waits_for_their_registration(store, online, sim):
    draft = synthetic_draft(random.Random(2), None)
    save_registration(store, online, draft, print_card=False)
    existing = find_existing(store, draft.nik)
    ticket = complaint(registration_client_id=existing.client_id, nik=draft.nik)
    saved = save_ticket(store, online, ticket)
    row = store.one("SELECT order_key, depends_on FROM outbox WHERE client_id = ?", (saved.client_id,))
    assert (row["order_key"], row["depends_on"]) == (existing.client_id, existing.client_id)
    assert tickets.holder_contact(store, existing.client_id) == (draft.name, "0" + draft.phone[3:])
    send_all(store, online)
    seqs = {r["endpoint"]: r["seq"] for r in sim.records()}
    assert seqs["/registrations"] < seqs["/tickets"]
    assert sim.records("/tickets")[0]["body"]["nik"] == draft.nik


def test_the_retention_purge_forgets_the_person_of_a_ticket_the_office_has(store, online, sim):
    from kiosk.services.maintenance import purge

    kept = save_ticket(store, online, complaint(name="Budi Santoso"))
    old = save_ticket(store, online, complaint(name="Siti Aminah", employer="PT Rahasia"))
    send_all(store, online)
    store.execute("UPDATE outbox SET delivered_at = '2020-01-01T00:00:00+07:00' WHERE client_id = ?", (old.client_id,))
    purge(store, online.kiosk.retention_days)
    row = store.one("SELECT * FROM tickets WHERE client_id = ?", (old.client_id,))
    assert (row["ticket_no"], row["topic"]) == (old.ticket_no, "upah")  # the number stays for the officers
    assert (row["name"], row["phone"], row["employer"], row["description"]) == ("", "", None, "")
    assert store.one("SELECT document FROM print_jobs WHERE id = ?", (old.print_job_id,))["document"] is None
    assert store.one("SELECT payload FROM outbox WHERE client_id = ?", (old.client_id,))["payload"] == "{}"
    assert store.one("SELECT name FROM tickets WHERE client_id = ?", (kept.client_id,))["name"] == "Budi Santoso"
    raw = b"".join(p.read_bytes() for p in online.db_path.parent.glob(online.db_path.name + "*"))
    assert b"PT Rahasia" not in raw and b"Siti Aminah" not in raw
