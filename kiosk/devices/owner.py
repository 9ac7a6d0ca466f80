"""One thread that owns a device: every call to it runs there, one at a time, in order.

A printer (or any device whose driver object is not thread-safe) is used from several
threads: the print worker, the start-up self-check, the technician's diagnostics, `kiosk
doctor`. Two of them on the device at once garble a job, or fail with "resource busy" on
USB. So each call is handed to the owner's thread and the caller gets a ``Future``, or waits
on it with ``run``; no caller ever touches the device on its own thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")
_Call = tuple[Callable[[], Any], Future[Any]]  # each call and its future share a result type, which differs per call


class DeviceOwnerClosed(RuntimeError):
    """A call was handed to an owner that has been closed."""


class DeviceOwner:
    def __init__(self, name: str) -> None:
        self.name = name
        self._calls: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._waiting = 0

    @property
    def waiting(self) -> int:
        """Calls handed over and not yet started."""
        with self._lock:
            return self._waiting

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def on_owner_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def call(self, fn: Callable[[], T]) -> Future[T]:
        """Queue ``fn`` for the owner's thread; its result (or exception) comes in the future."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise DeviceOwnerClosed(f"{self.name} is closed")
            if self._thread is None:  # started on first use: a device nobody calls costs no thread
                self._thread = threading.Thread(target=self._serve, name=self.name, daemon=True)
                self._thread.start()
            self._waiting += 1
            self._calls.put((fn, future))
        return future

    def run(self, fn: Callable[[], T], timeout: float | None = None) -> T:
        """``fn()`` on the owner's thread, waited for. On that thread already, it runs in place
        (waiting for itself would never end)."""
        if self.on_owner_thread():
            return fn()
        return self.call(fn).result(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Runs what was already handed over, then ends the thread; later calls are refused."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            thread = self._thread
            self._calls.put(None)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _serve(self) -> None:
        while (item := self._calls.get()) is not None:
            self._one(*item)
            del item  # while idle, hold nothing of the last caller's (nor its device)

    def _one(self, fn: Callable[[], Any], future: Future[Any]) -> None:
        with self._lock:
            self._waiting -= 1
        if not future.set_running_or_notify_cancel():
            return  # the caller cancelled it while it waited
        try:
            result = fn()
        except BaseException as exc:  # the caller gets it; the owner lives on
            future.set_exception(exc)
        else:
            future.set_result(result)
