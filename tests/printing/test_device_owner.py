"""One owner thread per printer: the print worker, the self-check and the diagnostics take
turns on the device, and the simulator never sees two clients' bytes mixed."""

from __future__ import annotations

import gc
import threading

import pytest

from kiosk.core.states import PrintPurpose
from kiosk.devices.owner import DeviceOwner, DeviceOwnerClosed
from kiosk.devices.printer_escpos import EscposPrinter
from kiosk.services import diagnostics, selfcheck
from kiosk.services.printing import PrintService, PrintWorker
from kiosk.services.registration import save_registration
from kiosk.store import print_jobs
from kiosk.store.db import Store
from tests.support.samples import draft
from tests.support.wait import poll_until

TEST_PAGE = {"title": "HALAMAN UJI", "lines": ["Kios\tSMG-01", "---", "ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"]}


# -- the owner on its own


def test_calls_from_many_threads_run_one_at_a_time_on_the_owner_thread_in_order():
    owner = DeviceOwner("owner-under-test")
    inside, worst, seen = [0], [0], []
    lock = threading.Lock()

    def work(caller: int, n: int) -> int:
        with lock:
            inside[0] += 1
            worst[0] = max(worst[0], inside[0])
        seen.append((threading.current_thread().name, caller, n))
        with lock:
            inside[0] -= 1
        return n

    def caller(number: int) -> None:
        futures = [owner.call(lambda n=n: work(number, n)) for n in range(50)]
        assert [f.result(10) for f in futures] == list(range(50))

    threads = [threading.Thread(target=caller, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    owner.close()
    assert not any(t.is_alive() for t in threads)
    assert worst[0] == 1  # never two calls on the device at once
    assert {name for name, _, _ in seen} == {"owner-under-test"}
    for number in range(4):  # each caller's requests in the order it made them
        assert [n for _, c, n in seen if c == number] == list(range(50))


def test_an_exception_reaches_the_caller_and_the_owner_goes_on():
    owner = DeviceOwner("owner-errors")
    with pytest.raises(ZeroDivisionError):
        owner.run(lambda: 1 / 0)
    assert owner.run(lambda: 7) == 7
    assert owner.run(lambda: owner.run(lambda: 8)) == 8  # from its own thread: in place, no deadlock
    owner.close()


def test_close_finishes_what_was_handed_over_then_refuses():
    owner = DeviceOwner("owner-close")
    gate = threading.Event()
    first = owner.call(gate.wait)
    second = owner.call(lambda: "second")
    assert owner.waiting >= 1
    gate.set()
    owner.close()
    assert first.result(5) is True and second.result(5) == "second"
    assert not owner.alive
    with pytest.raises(DeviceOwnerClosed):
        owner.call(lambda: None)


def test_a_printer_dropped_without_close_ends_its_thread(sim):
    printer = EscposPrinter(sim.uri, 58, timeout_s=2)
    assert printer.status().state == "ok"
    owner = printer.owner
    assert owner.alive
    del printer
    gc.collect()
    assert poll_until(lambda: not owner.alive, 5)


# -- the printer, its users and the simulator


def _runs(sim) -> list[int]:
    """The connections in the order their bytes arrived; each once, or two were mixed."""
    order = [number for number, _size in sim.runs]
    assert len(order) == len(set(order)), f"two clients' bytes interleaved on the printer: {order}"
    return order


def _technician(cfg, printer, key, job_id: int, out: dict) -> threading.Thread:
    """The diagnostics thread: the printer's status, then a test page, on its own connection to
    the database and straight to the shared printer (not through the print worker's queue)."""

    def run() -> None:
        own = Store(cfg.db_path)
        try:
            out["status"] = diagnostics.printer(printer)
            out["page"] = PrintService(own, printer, key).run(job_id)
        finally:
            own.close()

    thread = threading.Thread(target=run, name="diagnostics")
    thread.start()
    return thread


@pytest.fixture
def patient_printer(sim):
    """Waits long for an answer: the card is held at the printer while the test looks."""
    device = EscposPrinter(sim.uri, 58, timeout_s=30)
    yield device
    device.close()


def test_diagnostics_while_a_card_prints_wait_their_turn_and_nothing_interleaves(
    qtbot, cfg, store, saved, key, sim, patient_printer
):
    printer = patient_printer
    worker = PrintWorker(cfg.db_path, printer, key)
    test_page = print_jobs.create(store, PrintPurpose.TEST, document=TEST_PAGE)
    sim.state.hold_after_bytes = 8_000  # the printer is busy with the card's first lines
    worker.submit(saved.print_job_id)
    assert sim.holding.wait(10), "the card never reached the printer"

    out: dict = {}
    technician = _technician(cfg, printer, key, test_page, out)
    assert poll_until(lambda: printer.owner.waiting == 1, 5), "the status query did not queue behind the card"
    assert sim.connections == 1  # nobody else opened the printer while the card was in it
    with qtbot.waitSignal(worker.finished, timeout=20_000) as card:
        sim.release()
    technician.join(20)
    worker.stop()

    assert not technician.is_alive()
    assert card.args == [saved.print_job_id, True, None]  # printed: no problem to tell
    assert out["status"].ok and out["status"].facts == {"state": "ok"}
    assert out["page"].ok
    assert _runs(sim) == [1, 2, 3]  # the card, the status query, the test page: whole, one after the other
    render = PrintService(store, printer, key).render
    expected = [render(print_jobs.get(store, job)) for job in (saved.print_job_id, test_page)]
    assert [page.image().tobytes() for page in sim.pages] == [image.tobytes() for image in expected]
    assert [print_jobs.get(store, job)["state"] for job in (saved.print_job_id, test_page)] == ["printed"] * 2


@pytest.mark.parametrize("round_", range(3))
def test_cards_self_check_and_diagnostics_at_once_all_finish_whole(qtbot, cfg, store, saved, key, sim, printer, round_):
    second = save_registration(store, cfg, draft(nik="3374114108980011", name="Rina Wulandari"))
    test_page = print_jobs.create(store, PrintPurpose.TEST, document=TEST_PAGE)
    worker = PrintWorker(cfg.db_path, printer, key)
    cards_done = threading.Event()
    statuses: list[str] = []
    checks: list = []

    def self_check() -> None:  # what assembly starts at boot, while the first card may be printing
        checks.extend(selfcheck.run(cfg, printer))
        own = Store(cfg.db_path)
        try:
            selfcheck.record(own, checks)
        finally:
            own.close()

    def status_loop() -> None:
        while not cards_done.is_set():
            statuses.append(diagnostics.printer(printer).facts["state"])

    out: dict = {}
    finished: list[tuple[int, bool, str]] = []
    worker.finished.connect(lambda *args: finished.append(args))
    worker.submit(saved.print_job_id)
    worker.submit(second.print_job_id)
    others = [threading.Thread(target=self_check), threading.Thread(target=status_loop)]
    for t in others:
        t.start()
    technician = _technician(cfg, printer, key, test_page, out)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
    cards_done.set()
    for t in [*others, technician]:
        t.join(20)
    worker.stop()

    assert not any(t.is_alive() for t in [*others, technician])
    assert [ok for _job, ok, _message in finished] == [True, True]
    assert out["status"].ok and out["page"].ok
    assert statuses and set(statuses) == {"ok"}
    assert {c.device: c.state for c in checks}["printer"] == "ok"
    order = _runs(sim)
    assert len(order) == sim.connections == 2 + len(statuses) + 1 + 1 + 1  # cards, loop, self-check, diag, page
    render = PrintService(store, printer, key).render
    expected = {render(print_jobs.get(store, job)).tobytes() for job in (saved.print_job_id, second.print_job_id,
                                                                          test_page)}  # fmt: skip
    assert len(sim.pages) == 3 and {page.image().tobytes() for page in sim.pages} == expected
