"""Print jobs against the ESC/POS simulator on loopback: every fault ends in the right state."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from kiosk.core.card_signing import CardNotGenuine, verify
from kiosk.core.problems import Code, Problem
from kiosk.services.printing import card_data
from kiosk.store import print_jobs


def states(store, job_id):
    return [row["state"] for row in print_jobs.journal(store, job_id)]


def decode_qr(image) -> str:
    pixels = np.array(image.convert("L"))
    # OpenCV's ArUco-based QR detector: the classic QRCodeDetector misses ~5% of valid codes
    text, _points, _ = cv2.QRCodeDetectorAruco().detectAndDecode(cv2.cvtColor(pixels, cv2.COLOR_GRAY2BGR))
    return text


def test_printed_card_is_the_rendered_card_and_its_qr_verifies(service, saved, sim, store, key):
    result = service.run(saved.print_job_id)
    assert result.ok and result.problem is None
    assert states(store, saved.print_job_id) == ["queued", "sending", "printed"]
    assert len(sim.pages) == 1
    printed = sim.pages[0].image()
    expected = service.render(print_jobs.get(store, saved.print_job_id))
    assert printed.size == expected.size == (384, printed.height)
    assert printed.tobytes() == expected.tobytes()
    payload = decode_qr(printed)
    claim = verify(payload, key.public_key())
    assert (claim.registration_no, claim.nik, claim.kiosk_id) == (saved.registration_no, "3374114108980003", "SMG-01")
    head, body, signature = payload.split(".")
    forged = ".".join([head, body[:-2] + ("A" if body[-2] != "A" else "B") + body[-1], signature])
    with pytest.raises(CardNotGenuine):
        verify(forged, key.public_key())


def test_every_finished_attempt_goes_to_the_print_log_outbox(service, saved, store):
    service.run(saved.print_job_id)
    rows = store.query("SELECT payload, depends_on FROM outbox WHERE endpoint = '/print-log'")
    assert len(rows) == 1
    payload = json.loads(rows[0]["payload"])
    assert payload["kind"] == "ak1" and payload["result"] == "printed" and payload["registration_no"]
    assert rows[0]["depends_on"] == saved.client_id  # after its registration


def test_paper_out_before_printing_then_reprint_after_loading_paper(service, saved, sim, store):
    sim.state.paper = "out"
    first = service.run(saved.print_job_id)
    assert not first.ok and first.printer_state == "paper_out"
    assert first.problem == Problem(Code.PRINT_PAPER_OUT)
    assert sim.pages == []
    sim.state.paper = "ok"  # the officer loads paper
    second = service.run(saved.print_job_id)
    assert second.ok and len(sim.pages) == 1
    assert states(store, saved.print_job_id) == ["queued", "sending", "failed", "sending", "printed"]
    assert store.one("SELECT count(*) AS n FROM registrations")["n"] == 1  # the record was never at risk


def test_paper_out_mid_job(service, saved, sim, store):
    sim.state.paper_out_after_bytes = 20_000
    result = service.run(saved.print_job_id)
    assert not result.ok and result.printer_state == "paper_out"
    assert print_jobs.get(store, saved.print_job_id)["state"] == "failed"


@pytest.mark.parametrize(
    ("setup", "state"),
    [
        (lambda s: setattr(s, "offline", True), "offline"),
        (lambda s: setattr(s, "cover_open", True), "cover_open"),
        (lambda s: setattr(s, "silent", True), "no_answer"),
    ],
)
def test_not_ready_printers_are_told_apart(service, saved, sim, store, setup, state):
    codes = {"offline": Code.PRINT_OFFLINE, "cover_open": Code.PRINT_COVER_OPEN, "no_answer": Code.PRINT_NO_ANSWER}
    setup(sim.state)
    result = service.run(saved.print_job_id)
    assert (result.ok, result.printer_state) == (False, state)
    assert result.problem == Problem(codes[state])  # no answer is never "no paper"
    assert print_jobs.get(store, saved.print_job_id)["error"].startswith(state)


def test_connection_dropped_mid_job(service, saved, sim, store):
    sim.state.drop_after_bytes = 30_000
    result = service.run(saved.print_job_id)
    assert not result.ok
    assert result.problem == Problem(Code.PRINT_DROPPED)
    assert print_jobs.get(store, saved.print_job_id)["state"] == "failed"


def test_illegal_transitions_are_refused(store, saved):
    with pytest.raises(print_jobs.IllegalTransition):
        print_jobs.transition(store, saved.print_job_id, "printed")  # queued -> printed skips sending


def test_card_data_without_photo_says_photo_follows(store, cfg):
    from kiosk.services.registration import save_registration
    from tests.support.samples import draft

    saved = save_registration(store, cfg, draft(photo=False))
    card, _claim = card_data(store, saved.client_id)
    assert card.photo_jpeg is None
    assert (
        store.one("SELECT photo_status FROM registrations WHERE client_id = ?", (saved.client_id,))["photo_status"]
        == "pending"
    )
