"""The licensed e-KTP reader's middleware: biodata JSON over a local WebSocket or HTTP.

The chip's data needs Dukcapil's SAM, which only licensed readers hold; their middleware
publishes each card read as JSON. WebSocket middleware pushes one message per read; HTTP
middleware is polled (200 with the card's JSON while a card is read, 204/404 otherwise).
PC/SC presence (card in / out, UID) comes from the PC/SC reader when both are configured.

Threads: the middleware thread owns the connection and reads; the UID is written on the PC/SC
reader's thread (a direct connection, so it is there before the biodata that follows it, even
while the GUI thread is busy) and read on the middleware thread, under a lock.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import TYPE_CHECKING

import requests
from PySide6.QtCore import Qt
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from kiosk.core.identity import IdentityError, from_middleware
from kiosk.core.problems import Code, Problem
from kiosk.devices.card_reader import CardReaderSignals

if TYPE_CHECKING:
    from kiosk.devices.card_reader_pcsc import PcscCardReader

log = logging.getLogger(__name__)

HTTP_POLL_S = 0.4


class MiddlewareCardReader:
    def __init__(self, url: str, presence: PcscCardReader | None = None, *, max_backoff_s: float = 5.0) -> None:
        self.signals = CardReaderSignals()
        self.url = url
        self._presence = presence
        self._max_backoff = max_backoff_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connected = False
        self._reported_down = False
        self.attempts = 0  # connection attempts, for diagnostics
        self._uid_lock = threading.Lock()
        self._card_uid: str | None = None
        self._last_http_body: str | None = None
        if presence is not None:
            direct = Qt.ConnectionType.DirectConnection  # on the presence reader's thread
            presence.signals.reader_changed.connect(self.signals.reader_changed)
            presence.signals.card_inserted.connect(self._on_uid, direct)
            presence.signals.card_removed.connect(self._on_removed, direct)
            presence.signals.error.connect(self.signals.error)

    @property
    def present(self) -> bool:
        return self._connected

    @property
    def card_uid(self) -> str | None:
        """The UID of the card on the reader now, as PC/SC saw it; None without one."""
        with self._uid_lock:
            return self._card_uid

    def start(self) -> None:
        if self._presence is not None:
            self._presence.start()
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        target = self._run_ws if self.url.startswith(("ws://", "wss://")) else self._run_http
        self._thread = threading.Thread(target=target, name="ektp-middleware", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=3)
        if self._presence is not None:
            self._presence.stop()

    def _on_uid(self, uid: str) -> None:
        with self._uid_lock:
            self._card_uid = uid
        self.signals.card_inserted.emit(uid)

    def _on_removed(self) -> None:
        with self._uid_lock:
            self._card_uid = None
        self.signals.card_removed.emit()

    # -- connection state
    def _up(self) -> None:
        self._reported_down = False
        if not self._connected:
            self._connected = True
            log.info("e-KTP middleware connected")
            self.signals.reader_changed.emit(True, "e-KTP middleware")

    def _down(self, why: str) -> None:
        """Said once per outage, not on every retry."""
        self._connected = False
        if not self._reported_down:
            self._reported_down = True
            log.warning("e-KTP middleware unavailable: %s", why)
            self.signals.error.emit(Problem(Code.MIDDLEWARE_DOWN))
            self.signals.reader_changed.emit(False, "e-KTP middleware")

    # -- transports
    def _run_ws(self) -> None:
        backoff = 0.2
        while not self._stop.is_set():
            self.attempts += 1
            try:
                with connect(self.url, open_timeout=3, close_timeout=1) as ws:
                    self._up()
                    backoff = 0.2
                    while not self._stop.is_set():
                        try:
                            message = ws.recv(timeout=0.3)
                        except TimeoutError:
                            continue
                        self._handle(message)
            except (OSError, ConnectionClosed, TimeoutError) as exc:
                self._down(type(exc).__name__)
            except Exception as exc:  # the worker never dies
                log.exception("middleware worker error")
                self._down(type(exc).__name__)
            self._stop.wait(backoff)
            backoff = min(backoff * 2, self._max_backoff)

    def _run_http(self) -> None:
        backoff = HTTP_POLL_S
        session = requests.Session()
        while not self._stop.is_set():
            self.attempts += 1
            try:
                reply = session.get(self.url, timeout=3)
            except requests.RequestException as exc:
                self._down(type(exc).__name__)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff)
                continue
            self._up()
            backoff = HTTP_POLL_S
            if reply.status_code == 200 and reply.text != self._last_http_body:
                self._handle(reply.text)
            self._last_http_body = reply.text if reply.status_code == 200 else None
            self._stop.wait(HTTP_POLL_S)

    def _handle(self, message: str | bytes) -> None:
        try:
            payload = json.loads(message)
        except (ValueError, UnicodeDecodeError):
            log.warning("middleware sent something that is not JSON (%d bytes)", len(message))
            self.signals.error.emit(Problem(Code.CARD_UNREADABLE))
            return
        if isinstance(payload, dict) and isinstance(payload.get("data"), dict) and "nik" not in payload:
            payload = payload["data"]  # some middleware wrap the biodata in an event
        try:
            identity = from_middleware(payload, self.card_uid)
        except IdentityError as err:
            log.warning("card data refused: %s", type(err).__name__)
            self.signals.error.emit(err.problem)
            return
        log.info("identity read from the e-KTP middleware")
        self.signals.identity_read.emit(identity)
