"""The middleware reader against small local WebSocket and HTTP servers sending real-shaped JSON."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from websockets.sync.server import serve

from kiosk.core.problems import Code, Problem
from kiosk.devices.card_reader_middleware import MiddlewareCardReader
from kiosk.devices.card_reader_simulated import SimulatedCardReader
from tests.identity.test_identity import card


class WsMiddleware:
    """Pushes whatever the test queues to every connected client."""

    def __init__(self, port: int = 0) -> None:
        self.clients = []
        self.server = serve(self._handler, "127.0.0.1", port)
        self.port = self.server.socket.getsockname()[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def _handler(self, ws) -> None:
        self.clients.append(ws)
        try:
            for _ in ws:
                pass
        finally:
            self.clients.remove(ws)

    def send(self, text: str) -> None:
        for ws in list(self.clients):
            ws.send(text)

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture
def ws_middleware():
    server = WsMiddleware()
    yield server
    server.close()


@pytest.fixture
def ws_reader(ws_middleware, qtbot):
    reader = MiddlewareCardReader(f"ws://127.0.0.1:{ws_middleware.port}", max_backoff_s=0.3)
    with qtbot.waitSignal(reader.signals.reader_changed, timeout=5000):
        reader.start()
    qtbot.waitUntil(lambda: bool(ws_middleware.clients), timeout=5000)  # the server side has it too
    yield reader
    reader.stop()


def test_ws_card_read_gives_the_identity(ws_middleware, ws_reader, qtbot):
    with qtbot.waitSignal(ws_reader.signals.identity_read, timeout=5000) as read:
        ws_middleware.send(json.dumps(card()))
    assert read.args[0].nik == "3374114108980003" and read.args[0].source == "ektp"


def test_ws_wrapped_event_is_understood(ws_middleware, ws_reader, qtbot):
    with qtbot.waitSignal(ws_reader.signals.identity_read, timeout=5000) as read:
        ws_middleware.send(json.dumps({"event": "cardRead", "data": card()}))
    assert read.args[0].name == "SITI NUR'AINI"


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("{not json", Code.CARD_UNREADABLE),
        (json.dumps({"nik": "3374114108980003"}), Code.CARD_INCOMPLETE),
        (json.dumps(card(tanggalLahir="02-08-1998")), Code.CARD_NIK_BIRTH_DATE),
        (json.dumps([1, 2, 3]), Code.CARD_UNREADABLE),
    ],
)
def test_ws_bad_messages_give_one_problem_and_the_reader_keeps_working(ws_middleware, ws_reader, qtbot, message, code):
    with qtbot.waitSignal(ws_reader.signals.error, timeout=5000) as failed:
        ws_middleware.send(message)
    assert failed.args[0].code == code
    with qtbot.waitSignal(ws_reader.signals.identity_read, timeout=5000):
        ws_middleware.send(json.dumps(card()))


def test_middleware_down_says_so_once_then_recovers(qtbot):
    with socket.socket() as probe:  # a port where nothing listens yet
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    reader = MiddlewareCardReader(f"ws://127.0.0.1:{port}", max_backoff_s=0.2)
    errors: list[Problem] = []
    reader.signals.error.connect(errors.append)
    try:
        with qtbot.waitSignal(reader.signals.error, timeout=5000):
            reader.start()
        qtbot.waitUntil(lambda: reader.attempts >= 4, timeout=5000)
        assert errors == [Problem(Code.MIDDLEWARE_DOWN)]  # once per outage, not once per retry
        server = WsMiddleware(port)
        with qtbot.waitSignal(reader.signals.reader_changed, timeout=5000) as back:
            pass
        assert back.args[0] is True and reader.present
        server.close()
    finally:
        reader.stop()


class HttpMiddleware(BaseHTTPRequestHandler):
    body: bytes | None = None

    def do_GET(self) -> None:
        if HttpMiddleware.body is None:
            self.send_response(204)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(HttpMiddleware.body)

    def log_message(self, *args) -> None:
        pass


def test_http_middleware_polled_once_per_card(qtbot):
    server = ThreadingHTTPServer(("127.0.0.1", 0), HttpMiddleware)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    HttpMiddleware.body = None
    reader = MiddlewareCardReader(f"http://127.0.0.1:{server.server_address[1]}/card")
    seen = []
    reader.signals.identity_read.connect(seen.append)
    try:
        with qtbot.waitSignal(reader.signals.reader_changed, timeout=5000):
            reader.start()
        with qtbot.waitSignal(reader.signals.identity_read, timeout=5000):
            HttpMiddleware.body = json.dumps(card()).encode()
        polls = reader.attempts
        qtbot.waitUntil(lambda: reader.attempts >= polls + 2, timeout=5000)  # the same card, polled again
        assert len(seen) == 1
    finally:
        reader.stop()
        server.shutdown()


def test_simulated_reader_taps_sample_cards(qtbot):
    reader = SimulatedCardReader()
    with qtbot.waitSignal(reader.signals.card_inserted, timeout=1000) as uid:
        reader.tap(1)
    with qtbot.waitSignal(reader.signals.identity_read, timeout=2000) as read:
        pass
    assert uid.args == ["04B7C8D9E0F1A2"]
    assert read.args[0].name == "BAMBANG HARTONO"
