"""Exactly-once delivery to the SIKER simulator over real HTTP, with faults."""

from __future__ import annotations

import base64
import hashlib
import json
import random

import pytest

from kiosk.services.applications import AlreadyApplied, apply
from kiosk.services.registration import find_existing, save_registration
from kiosk.services.reports import save_report
from kiosk.services.synthetic import synthetic_draft
from kiosk.sync.sender import AUTH_PAUSED, NOT_BEFORE, retry_failed, summary
from kiosk.sync.simulator import Faults
from tests.support.samples import FACE


def fill(store, cfg, count: int, *, photos: bool = False, seed: int = 5) -> list[str]:
    """`count` job seekers, each with a report, and every third with an application."""
    rng = random.Random(seed)
    niks = []
    for i in range(count):
        draft = synthetic_draft(rng, FACE.read_bytes() if photos else None)
        saved = save_registration(store, cfg, draft, print_card=False)
        existing = find_existing(store, draft.nik)
        save_report(store, existing, draft.nik, "seeking")
        if i % 3 == 0:
            apply(store, cfg, existing, draft.nik, {"id": f"VAC-{i % 7:05d}", "title": "Operator"})
        niks.append(saved.client_id)
    return niks


def assert_exactly_once_in_order(store, sim):
    kiosk = {row["client_id"]: row for row in store.query("SELECT client_id, endpoint, payload FROM outbox")}
    server = sim.records()
    assert sorted(r["client_id"] for r in server) == sorted(kiosk)  # each exactly once (UNIQUE there)
    seq = {r["client_id"]: r["seq"] for r in server}
    for record in server:
        stored = json.loads(kiosk[record["client_id"]]["payload"])
        assert record["body"] == stored  # the body the kiosk stored, not another
        ref = stored.get("registration_client_id")
        if ref:
            assert seq[ref] < record["seq"], "a report or application arrived before its registration"


@pytest.mark.slow
def test_2000_job_seekers_with_30_percent_mixed_faults(store, cfg, sim, sender):
    sim.faults = Faults(
        fail_500=0.06, fail_503=0.06, retry_after_s=0, slow=0.06, slow_s=0.01,
        reset_before_read=0.06, drop_after_store=0.06, seed=3,
    )  # fmt: skip
    fill(store, cfg, 2000)
    result = sender.drain(deadline_s=240)
    assert result.done, result
    assert result.failed == 0
    assert_exactly_once_in_order(store, sim)
    retried = store.one("SELECT count(*) AS n FROM outbox WHERE attempts > 1")["n"]
    assert retried > 300  # the faults really happened and were retried


def test_photo_goes_with_the_registration_and_dropped_responses_become_duplicates(store, cfg, sim, sender):
    sim.faults = Faults(drop_after_store=0.5, seed=1)
    fill(store, cfg, 20, photos=True)
    assert sender.drain(deadline_s=60).done
    assert_exactly_once_in_order(store, sim)
    photo_hash = hashlib.sha256(base64.b64encode(FACE.read_bytes())).hexdigest()
    assert {r["photo_sha256"] for r in sim.records("/registrations")} == {photo_hash}
    duplicates = store.query("SELECT count(*) AS n FROM outbox WHERE response LIKE '%\"duplicate\": true%'")[0]["n"]
    assert duplicates > 0


def test_captive_portal_html_marks_nothing_delivered(store, cfg, sender, sync_cfg):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Portal(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            page = b"<html><body>Silakan login ke WiFi</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    portal = ThreadingHTTPServer(("127.0.0.1", 0), Portal)
    threading.Thread(target=portal.serve_forever, daemon=True).start()
    try:
        from kiosk.sync.client import SikerClient
        from kiosk.sync.sender import Sender

        cfg_portal = sync_cfg.with_overrides({"siker.base_url": f"http://127.0.0.1:{portal.server_address[1]}"})
        portal_sender = Sender(store, lambda: SikerClient.from_config(cfg_portal), base_backoff_s=0.01)
        fill(store, cfg, 5)
        portal_sender.drain(deadline_s=1)
        portal_sender.close()
    finally:
        portal.shutdown()
    state = summary(store)
    assert state.delivered == 0 and state.pending + state.sending == 10 + 2
    assert "not the expected JSON" in store.one("SELECT last_error FROM outbox LIMIT 1")["last_error"]


def test_409_and_422_are_kept_for_the_technician_and_can_be_retried(store, cfg, sim, sender):
    fill(store, cfg, 3)
    first = store.one("SELECT id, client_id, payload FROM outbox ORDER BY id LIMIT 1")
    changed = json.loads(first["payload"])
    changed["name"] = "Nama Lain"
    changed.pop("photo_jpeg_base64", None)
    changed["photo_jpeg_base64"] = ""
    sim.store("/registrations", changed)  # the same key already holds another body
    store.execute("UPDATE outbox SET payload = json_set(payload, '$.birth_date', NULL) WHERE id = 4")  # a 422
    result = sender.drain(deadline_s=30)
    failed = {row["id"]: row for row in store.query("SELECT * FROM outbox WHERE state = 'failed_permanent'")}
    assert failed[first["id"]]["http_status"] == 409
    assert "Idempotency-Key" in failed[first["id"]]["last_error"]
    assert failed[4]["http_status"] == 422 and "birth_date" in failed[4]["last_error"]
    assert result.failed == 2
    blocked = store.one("SELECT state, last_error FROM outbox WHERE id = 5")  # the report of the refused seeker
    assert blocked["state"] == "pending"
    assert retry_failed(store, [first["id"]]) == 1
    assert store.one("SELECT state FROM outbox WHERE id = ?", (first["id"],))["state"] == "pending"


def test_401_pauses_all_sending(store, cfg, sim, sender):
    sim.token = "dicabut"
    fill(store, cfg, 3)
    result = sender.drain(deadline_s=10)
    assert result.auth_paused and "401" in result.auth_paused
    attempts = store.one("SELECT sum(attempts) AS n FROM outbox")["n"]
    assert sender.run_once() == 0  # paused: nothing more is sent
    assert store.one("SELECT sum(attempts) AS n FROM outbox")["n"] == attempts
    assert store.get_value(AUTH_PAUSED)


def test_retry_after_is_honoured(store, cfg, sim, sync_cfg):
    from kiosk.sync.client import SikerClient
    from kiosk.sync.sender import Sender

    now = [1_000_000.0]
    sender = Sender(store, lambda: SikerClient.from_config(sync_cfg), now=lambda: now[0], base_backoff_s=0.01)
    sim.faults = Faults(fail_503=1.0, retry_after_s=120, seed=1)
    fill(store, cfg, 1)
    assert sender.run_once() == 1
    assert float(store.get_value(NOT_BEFORE)) == pytest.approx(now[0] + 120)
    requests = sim.requests
    now[0] += 119
    assert sender.run_once() == 0 and sim.requests == requests  # not a single request before the time
    sim.faults = Faults()
    now[0] += 2
    assert sender.run_once() == 1
    sender.close()


def test_applying_twice_is_refused(store, cfg):
    draft = synthetic_draft(random.Random(1))
    save_registration(store, cfg, draft, print_card=False)
    existing = find_existing(store, draft.nik)
    apply(store, cfg, existing, draft.nik, {"id": "VAC-1", "title": "Kasir"})
    with pytest.raises(AlreadyApplied, match="sudah melamar"):
        apply(store, cfg, existing, draft.nik, {"id": "VAC-1", "title": "Kasir"})
    assert store.one("SELECT count(*) AS n FROM outbox WHERE endpoint = '/applications'")["n"] == 1


def test_drain_sends_a_retry_that_comes_due_while_it_looks(store, cfg, sim, sync_cfg):
    """A retry's time can pass between the query of what is due and the look at what is still
    waiting: drain must send it, not return with it pending (found by the gateway's end-to-end
    run, where backoffs are milliseconds: one record of 280 was left behind)."""
    from kiosk.sync.client import SikerClient
    from kiosk.sync.sender import Sender, stamp

    start = 1_000_000.0
    reads = [0]

    def clock() -> float:  # every look at the clock is 10 s later: the retry comes due between two looks
        reads[0] += 1
        return start + 10 * (reads[0] - 1)

    fill(store, cfg, 1)
    records = store.one("SELECT count(*) AS n FROM outbox")["n"]
    store.execute("UPDATE outbox SET next_attempt_at = ?", (stamp(start + 5),))
    sender = Sender(store, lambda: SikerClient.from_config(sync_cfg), now=clock)
    try:
        result = sender.drain(deadline_s=30)
    finally:
        sender.close()
    assert result.done and result.delivered == records, result
    assert len(sim.records()) == records
