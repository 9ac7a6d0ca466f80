"""Issue 22 item 3: the journey's heavy pieces off the GUI thread, and bulk work at a lower priority.

The review page's card preview is drawn on the runner's thread (the real card, from a copy of the
draft) and dropped when the session ends meanwhile; the print worker's and the camera's threads,
the runner's bulk work and the demo's sync loop (with the sender pool it starts) run at a nice 10
above the GUI thread's, read from /proc/self/task/<tid>/stat.
"""

from __future__ import annotations

import threading

import pytest

from kiosk.screens.review import ReviewScreen
from kiosk.services import registration
from kiosk.ui.background import Background
from tests.reliability.stall import StallMeter
from tests.reliability.thread_nice import thread_nice
from tests.support.samples import draft as sample_draft
from tests.support.wait import poll_until


def lowered() -> int:
    return min(19, thread_nice(threading.main_thread().native_id) + 10)


@pytest.fixture
def review(cfg, qtbot):
    gate = threading.Event()
    gate.set()
    drawn: list[dict] = []

    def provider(d):  # the kiosk's own preview, held at the gate when a test wants it held
        seen = {"thread": threading.current_thread(), "nice": thread_nice(threading.get_native_id())}
        assert gate.wait(10), "the test never let the preview go on"
        image = registration.preview(cfg, d)
        drawn.append({**seen, "name": d.name})
        return image

    screen = ReviewScreen(sample_draft())
    screen.preview_provider = provider
    screen.runner = Background(screen)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.gate, screen.drawn = gate, drawn
    return screen


def has_card(screen: ReviewScreen) -> bool:
    pixmap = screen.preview.pixmap()
    return pixmap is not None and not pixmap.isNull()


def test_the_page_shows_at_once_and_the_card_arrives_from_a_lower_thread(review, qtbot):
    meter = StallMeter().start()
    review.gate.clear()
    review.on_enter()
    assert review.preview.text() == "Menyiapkan pratinjau kartu…"  # the page, at once, says what comes
    ticks = meter.ticks
    qtbot.waitUntil(lambda: meter.ticks >= ticks + 10, timeout=5000)  # the GUI thread runs meanwhile
    review.gate.set()
    qtbot.waitUntil(lambda: has_card(review), timeout=10_000)
    meter.stop()
    (seen,) = review.drawn
    assert seen["thread"] is not threading.main_thread() and seen["nice"] == lowered()
    assert review.preview.pixmap().width() == 420
    assert meter.responsive(150), meter.stalls_over(150)


def test_a_preview_finished_after_the_session_ended_never_comes_back(review, qtbot):
    review.gate.clear()
    review.on_enter()
    review.wipe()  # the session ends while the card is drawn
    review.gate.set()
    qtbot.waitUntil(lambda: len(review.drawn) == 1, timeout=10_000)
    qtbot.wait(100)  # the answer's queued call has had its turn (it is dropped: nothing to wait for)
    assert not has_card(review) and review.preview.text() == ""


def test_the_preview_is_drawn_from_a_copy_and_the_newest_page_wins(review, qtbot):
    review.gate.clear()
    review.on_enter()
    review.draft.name = "Orang Berikutnya"  # the page changes the draft while the card is drawn
    review.on_leave()
    review.on_enter()  # back on the page: a second preview is asked for
    review.gate.set()
    qtbot.waitUntil(lambda: len(review.drawn) == 2 and has_card(review), timeout=10_000)
    assert sorted(d["name"] for d in review.drawn) == ["Orang Berikutnya", "Siti Nur'aini"]


def test_the_print_worker_and_the_camera_run_below_the_gui_thread(kiosk):
    printer = next(t for t in threading.enumerate() if t.name == "printer")
    assert thread_nice(printer.native_id) == lowered()
    kiosk.assembly.camera.start()  # as the photo screen starts it
    camera = next(t for t in threading.enumerate() if t.name == "camera")
    assert poll_until(lambda: thread_nice(camera.native_id) == lowered(), 5)  # it lowers itself at once
    assert thread_nice(threading.main_thread().native_id) == lowered() - 10  # the screen keeps its own


def test_plain_background_work_keeps_its_priority_and_bulk_work_yields(qtbot):
    runner = Background()
    seen: dict[str, int] = {}
    for bulk in (False, True):
        with qtbot.waitSignal(runner._done, timeout=5000):
            runner.run(lambda b=bulk: seen.setdefault(str(b), thread_nice(threading.get_native_id())),
                       lambda _r: None, bulk=bulk)  # fmt: skip
    assert seen == {"False": lowered() - 10, "True": lowered()}


def test_the_demo_sync_loop_and_its_senders_run_below_the_gui_thread(cfg, store):
    from kiosk import demo
    from kiosk.services.registration import save_registration

    for n in range(3):  # something to send, so the sender pool starts its threads
        save_registration(store, cfg, sample_draft(nik=f"337411410898000{n + 4}", photo=False))
    sync, _cfg = demo.start_sync(cfg, embedded_simulator=True)
    assert sync is not None
    try:
        loop = next(t for t in threading.enumerate() if t.name == "demo-sync")
        assert poll_until(lambda: thread_nice(loop.native_id) == lowered(), 5)  # it lowers itself at once
        assert poll_until(lambda: any(t.name.startswith("siker_") for t in threading.enumerate()), 20)
        # the sender pool (siker_N) and the embedded simulator (siker-sim and its request threads)
        others = [t for t in threading.enumerate() if t.name.startswith("siker") and t.native_id]
        assert any(t.name == "siker-sim" for t in others)
        assert all(thread_nice(t.native_id) == lowered() for t in others), [
            (t.name, thread_nice(t.native_id)) for t in others
        ]
    finally:
        sync.close()
