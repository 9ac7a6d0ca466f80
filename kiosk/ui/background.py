"""The one way a blocking service call gets off the GUI thread and its answer back onto it.

``run`` calls ``work`` on a thread; ``done`` then runs on the GUI thread (a queued signal) with
the result, or with the exception ``work`` raised, so no failure is lost in a thread. ``bulk`` work (a photo, a card
preview) runs at a lower priority than the GUI thread, so on a slow box a tap is answered first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.core.problems import ProblemError
from kiosk.services.thread_priority import lower_this_thread

log = logging.getLogger(__name__)


class Background(QObject):
    _done = Signal(object, object)  # callback, result or exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done.connect(lambda callback, result: callback(result))

    def run(
        self, work: Callable[[], Any], done: Callable[[Any], None], *, name: str = "background", bulk: bool = False
    ) -> None:
        def call() -> None:
            if bulk:
                lower_this_thread()
            try:
                result = work()
            except ProblemError as exc:  # an answer the person is shown (offline, not found, locked)
                log.info("%s task: %s", name, exc.problem.code)  # the code only: its parameters may be personal
                result = exc
            except Exception as exc:  # handed to ``done``: shown to the user, never lost in a thread
                log.exception("%s task failed", name)
                result = exc
            self._done.emit(done, result)

        threading.Thread(target=call, name=name, daemon=True).start()
