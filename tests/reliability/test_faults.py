"""Faults while the kiosk runs: the GUI thread never blocks more than 100 ms, and it recovers.

Printer (paper out, cover open, offline, a dropped connection, a wedged printer), camera
(frames stop, then come back) and SIKER (slow, resetting, refusing) each get their turn
while a stall meter ticks on the GUI thread.
"""

from __future__ import annotations

import pytest

from kiosk.app import build, shutdown
from kiosk.core.states import PrintPurpose
from kiosk.devices.escpos_simulator import PrinterState
from kiosk.services.printing import DROPPED, NO_ANSWER, PROBLEMS
from kiosk.store import print_jobs
from kiosk.sync.client import write_token
from kiosk.sync.simulator import Faults, SikerSimulator
from tests.reliability.stall import StallMeter

LIMIT_MS = 100


def report(meter: StallMeter, what: str) -> None:
    over = len(meter.stalls_over(LIMIT_MS))
    print(f"\n{what}: worst GUI stall {meter.worst_ms:.0f} ms over {meter.ticks} ticks, {over} over {LIMIT_MS} ms")


PRINTER_FAULTS = [
    ("paper out", PrinterState(paper="out"), PROBLEMS["paper_out"].text()),
    ("cover open", PrinterState(cover_open=True), PROBLEMS["cover_open"].text()),
    ("offline", PrinterState(offline=True), PROBLEMS["offline"].text()),
    ("connection dropped mid-card", PrinterState(drop_after_bytes=4000), DROPPED.text()),
    ("printer wedges mid-card", PrinterState(hang_after_bytes=4000), DROPPED.text()),
    ("printer silent", PrinterState(silent=True), NO_ANSWER.text()),
]


def _print(qtbot, store, parts) -> tuple[bool, str]:
    result: dict = {}
    job_id = print_jobs.create(store, PrintPurpose.TEST, document={"title": "UJI", "lines": ["Kios\tSMG-01"] * 20})
    parts.printouts.submit(job_id, lambda ok, message: result.update(ok=ok, message=message))
    qtbot.waitUntil(lambda: "ok" in result, timeout=20_000)
    return result["ok"], result["message"]


def test_printer_faults_leave_the_screen_responsive_and_printing_recovers(kiosk, qtbot):
    parts = kiosk.assembly
    simulator = parts.printer.simulator
    meter = StallMeter().start()
    for _name, state, message in PRINTER_FAULTS:
        simulator.state = state
        assert _print(qtbot, kiosk.store, parts) == (False, message)
        simulator.state = PrinterState()  # the officer fixes it
        assert _print(qtbot, kiosk.store, parts) == (True, "")
    meter.stop()
    report(meter, "printer: 6 faults, each followed by a good print")
    assert meter.ticks > 100 and meter.responsive(LIMIT_MS), f"GUI blocked: {meter.stalls_over(LIMIT_MS)} ms"
    states = [r["state"] for r in kiosk.store.query("SELECT state FROM print_jobs ORDER BY id")]
    assert states == ["failed", "printed"] * len(PRINTER_FAULTS)


def test_camera_frames_stop_and_come_back(kiosk, qtbot):
    parts = kiosk.assembly
    photo, source = parts.photo, parts.camera.source
    parts.flow.start("register")
    kiosk.window.go(photo.name)
    qtbot.waitUntil(lambda: photo.preview.image is not None, timeout=5000)
    meter = StallMeter().start()
    source.unplug()
    qtbot.waitUntil(lambda: photo.problem.isVisible() and not photo.shoot.isEnabled(), timeout=10_000)
    assert photo.skip.isVisible()  # the way on without a photo is offered
    source.plug_in()
    qtbot.waitUntil(lambda: not photo.problem.text() and photo.shoot.isEnabled(), timeout=10_000)
    source.freeze()  # a camera that goes away often repeats its last frame
    qtbot.waitUntil(lambda: photo.problem.isVisible(), timeout=10_000)
    source.plug_in()
    qtbot.waitUntil(lambda: photo.shoot.isEnabled(), timeout=10_000)
    meter.stop()
    report(meter, "camera frames stop, freeze and return")
    assert meter.responsive(LIMIT_MS), f"GUI blocked: {meter.stalls_over(LIMIT_MS)} ms"


@pytest.mark.parametrize(
    "faults",
    [
        Faults(slow=1.0, slow_s=6.0, reads=True),
        Faults(reset_before_read=1.0, reads=True),
        Faults(fail_503=1.0, retry_after_s=30, reads=True),
    ],
    ids=["slower than the lookup timeout", "connection reset", "503"],
)
def test_siker_faults_during_the_identity_lookup(cfg, qtbot, tmp_path, faults):
    """The NIK lookup at SIKER runs while the job seeker waits: never on the GUI thread."""
    with SikerSimulator(tmp_path / "siker.db", token="t", faults=faults) as sim:
        write_token(cfg.siker.token_file, "t")
        kiosk = build(cfg.with_overrides({"siker.base_url": sim.base_url}), windowed=True)
        kiosk.window.show()
        try:
            qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=10_000)
            meter = StallMeter().start()
            kiosk.assembly.card_reader.tap(0)
            qtbot.waitUntil(lambda: kiosk.window.router.current_name == "consent", timeout=15_000)
            meter.stop()
            report(meter, f"SIKER lookup with {faults}")
            assert meter.responsive(LIMIT_MS), f"GUI blocked: {meter.stalls_over(LIMIT_MS)} ms"
            assert kiosk.assembly.flow.draft.kind == "new"  # offline: a new registration, not a refusal
        finally:
            shutdown(kiosk)


@pytest.mark.pcsc
def test_pcscd_stopped_and_started_while_the_identify_screen_waits(cfg, qtbot, tmp_path):
    from tests.support.pcsc import Pcscd, missing_reason

    if missing_reason():
        pytest.skip(missing_reason())
    daemon = Pcscd(tmp_path / "reader.conf.d", tmp_path / "pcscd.log")
    if not daemon.owned:
        pytest.skip("a system pcscd is running; this test restarts its own")
    daemon.start()
    kiosk = build(cfg.with_overrides({"card_reader.backend": "pcsc"}), windowed=True)
    kiosk.window.show()
    try:
        qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=10_000)
        parts = kiosk.assembly
        qtbot.waitUntil(lambda: parts.card_reader.present, timeout=10_000)
        parts.flow.start("register")
        assert kiosk.window.router.current_name == parts.identify.name
        meter = StallMeter().start()
        daemon.stop()
        qtbot.waitUntil(lambda: kiosk.store.get_value("device.card_reader") == "absent", timeout=10_000)
        assert parts.identify.state in ("no_reader", "error") and parts.identify.isVisible()
        daemon.start()
        qtbot.waitUntil(lambda: kiosk.store.get_value("device.card_reader") == "ok", timeout=15_000)
        assert parts.card_reader.present
        meter.stop()
        report(meter, "pcscd stopped and started")
        assert meter.responsive(LIMIT_MS), f"GUI blocked: {meter.stalls_over(LIMIT_MS)} ms"
    finally:
        shutdown(kiosk)
        daemon.stop()
