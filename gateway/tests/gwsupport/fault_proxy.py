"""A fault-injecting HTTP proxy between a kiosk and a server, on loopback.

A share of requests (drawn from a seeded RNG) meets one of the faults a kiosk meets in the
field: a 500 from something in between; the response dropped after the request reached the
server (the server stored the record, the kiosk never hears it); a reply slower than the
kiosk's timeout (forwarded, so the server stores it too); a captive portal's HTML page.
"""

from __future__ import annotations

import http.client
import random
import socket
import struct
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

FAULTS = ("fail_500", "drop_after_forward", "slow_after_forward", "captive_portal")
PORTAL = b"<html><head><title>WiFi Disnaker</title></head><body>Silakan login ke WiFi</body></html>"


class FaultProxy:
    def __init__(self, upstream: str, *, share: float = 0.3, seed: int = 1, slow_s: float = 1.5) -> None:
        target = urlsplit(upstream)
        self.upstream_host, self.upstream_port = target.hostname or "127.0.0.1", target.port or 80
        self.share, self.slow_s = share, slow_s
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self._stop = threading.Event()
        proxy = self

        class Handler(_Handler):
            owner = proxy

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="fault-proxy", daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def draw(self) -> str | None:
        with self.lock:
            x = self.rng.random()
            fault = FAULTS[int(x / self.share * len(FAULTS))] if x < self.share else None
            self.counts[fault or "passed"] += 1
        return fault

    def __enter__(self) -> FaultProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()  # frees handlers holding a slow reply
        self.server.shutdown()
        self.server.server_close()


class _Handler(BaseHTTPRequestHandler):
    owner: FaultProxy
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._relay()

    def do_POST(self) -> None:
        self._relay()

    def _relay(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fault = self.owner.draw()
        if fault == "fail_500":
            self._send(500, b'{"error": "bad gateway"}', "application/json")
            return
        if fault == "captive_portal":
            self._send(200, PORTAL, "text/html; charset=utf-8")
            return
        upstream = http.client.HTTPConnection(self.owner.upstream_host, self.owner.upstream_port, timeout=30)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            upstream.request(self.command, self.path, body=body, headers=headers)
            reply = upstream.getresponse()
            data = reply.read()
        finally:
            upstream.close()
        if fault == "drop_after_forward":
            # the server has answered (and stored); the kiosk gets a reset instead
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if fault == "slow_after_forward" and self.owner._stop.wait(self.owner.slow_s):
            return
        self._send(reply.status, data, reply.getheader("Content-Type", "application/octet-stream"),
                   reply.getheader("Retry-After"))  # fmt: skip

    def _send(self, status: int, data: bytes, content_type: str, retry_after: str | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            if retry_after:
                self.send_header("Retry-After", retry_after)
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the kiosk gave up (its timeout) before the slow reply
            self.close_connection = True
