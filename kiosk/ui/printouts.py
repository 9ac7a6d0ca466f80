"""Print jobs handed to the printer worker, each with what to do when it is done.

The worker reports through its ``finished`` signal, which Qt queues to the GUI thread; the
callback of that job runs there, with ``ok`` and the message for the person waiting, in their language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.core.problems import Problem
from kiosk.screens.messages import describe
from kiosk.services.printing import PrintWorker

OnPrinted = Callable[[bool, str], None]


class Printouts(QObject):
    def __init__(self, worker: PrintWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._waiting: dict[int, OnPrinted] = {}
        worker.finished.connect(self._finished)

    def submit(self, job_id: int, on_done: OnPrinted) -> None:
        self._waiting[job_id] = on_done
        self._worker.submit(job_id)

    def _finished(self, job_id: int, ok: bool, problem: Problem | None) -> None:
        callback = self._waiting.pop(job_id, None)
        if callback is not None:
            callback(ok, describe(problem) if problem is not None else "")
