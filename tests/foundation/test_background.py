"""ui.background: a blocking call runs off the GUI thread and answers on it, failures included."""

from __future__ import annotations

import threading

from kiosk.ui.background import Background


def test_work_runs_on_a_thread_and_its_result_or_exception_comes_back_on_the_gui_thread(qtbot):
    background = Background()
    gui = threading.get_ident()
    answers: dict[str, tuple[object, int]] = {}
    background.run(threading.get_ident, lambda r: answers.__setitem__("ok", (r, threading.get_ident())))
    background.run(lambda: 1 // 0, lambda r: answers.__setitem__("failed", (r, threading.get_ident())))
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
    worked_on, answered_on = answers["ok"]
    assert worked_on != gui and answered_on == gui
    error, answered_on = answers["failed"]
    assert isinstance(error, ZeroDivisionError) and answered_on == gui
