"""An ESC/POS thermal printer on loopback TCP, for tests, `kiosk demo` and technicians.

It parses the stream the kiosk sends (text, raster images ``GS v 0``, QR ``GS ( k``, cut),
answers the real-time status queries ``DLE EOT n`` from its state (paper near end, paper
out, cover open, offline, or silent: no answer at all), can drop the connection or run out
of paper part-way through a job, and saves every cut page as a PNG so a person can look.
``runs`` says which connection sent what, in arrival order: a test reads there whether two
clients' bytes were ever mixed on the one printer.

Run: kiosk printer-sim --port 9100 --out ./printed [--paper-out] [--cover-open] [--offline]
"""

from __future__ import annotations

import logging
import socket
import socketserver
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

log = logging.getLogger(__name__)

ESC, GS, DLE = 0x1B, 0x1D, 0x10
# ESC commands and how many argument bytes follow them
ESC_ARGS = {
    0x40: 0, 0x21: 1, 0x2D: 1, 0x32: 0, 0x33: 1, 0x45: 1, 0x47: 1, 0x4A: 1, 0x4D: 1, 0x52: 1, 0x56: 1,
    0x61: 1, 0x64: 1, 0x74: 1, 0x7B: 1, 0x20: 1, 0x24: 2, 0x5C: 2, 0x63: 2, 0x70: 3,
}  # fmt: skip
GS_ARGS = {0x21: 1, 0x42: 1, 0x48: 1, 0x4C: 2, 0x57: 2, 0x66: 1, 0x68: 1, 0x77: 1, 0x62: 1, 0x49: 1}
KEEP_PAGES = 4  # pages a long-running simulator holds in memory


@dataclass
class PrinterState:
    paper: str = "ok"  # ok | near_end | out
    cover_open: bool = False
    offline: bool = False
    silent: bool = False  # accepts connections but never answers a status query
    drop_after_bytes: int | None = None  # close the connection after this many bytes of a job
    paper_out_after_bytes: int | None = None  # the roll ends part-way through a job
    hang_after_bytes: int | None = None  # stops reading and answering (a wedged printer)
    hold_after_bytes: int | None = None  # busy printing: stops reading until release()

    def status_byte(self, n: int) -> int:
        value = 0x12  # bits 1 and 4 are always set
        if n == 1 and (self.offline or self.cover_open or self.paper == "out"):
            value |= 0x08
        elif n == 2:
            value |= (0x04 if self.cover_open else 0) | (0x20 if self.paper == "out" else 0)
        elif n == 4:
            value |= {"ok": 0, "near_end": 0x0C, "out": 0x6C}[self.paper]
        return value


@dataclass
class Page:
    rasters: list[Image.Image] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    qr: list[bytes] = field(default_factory=list)

    def image(self) -> Image.Image:
        parts = list(self.rasters)
        if self.text:
            face = ImageFont.load_default()
            strip = Image.new("1", (max([384, *(r.width for r in parts)]), 18 * len(self.text) + 8), 1)
            draw = ImageDraw.Draw(strip)
            for i, line in enumerate(self.text):
                draw.text((4, 4 + 18 * i), line, font=face, fill=0)
            parts.append(strip)
        width = max((p.width for p in parts), default=384)
        out = Image.new("1", (width, sum(p.height for p in parts) or 1), 1)
        y = 0
        for part in parts:
            out.paste(part, (0, y))
            y += part.height
        return out


class _Incomplete(Exception):
    pass


class EscPosParser:
    """Feeds on bytes; calls back on status queries; collects pages until a cut."""

    def __init__(self, answer: Callable[[int], None], on_cut: Callable[[Page], None]) -> None:
        self.buffer = bytearray()
        self.page = Page()
        self.line = bytearray()
        self._answer = answer
        self._on_cut = on_cut

    def feed(self, data: bytes) -> None:
        self.buffer += data
        while self.buffer:
            try:
                used = self._one()
            except _Incomplete:
                return
            del self.buffer[:used]

    def _need(self, n: int) -> None:
        if len(self.buffer) < n:
            raise _Incomplete

    def _one(self) -> int:
        b = self.buffer
        first = b[0]
        if first == DLE:
            self._need(3)
            if b[1] == 0x04:
                self._answer(b[2])
            return 3
        if first == ESC:
            self._need(2)
            size = 2 + ESC_ARGS.get(b[1], 0)
            self._need(size)
            return size
        if first == GS:
            self._need(2)
            return self._gs()
        if first == 0x0A:
            self.page.text.append(self.line.decode("cp437", errors="replace"))
            self.line.clear()
            return 1
        if first >= 0x20 or first == 0x09:
            self.line.append(first)
            return 1
        return 1  # other control bytes: ignored

    def _gs(self) -> int:
        b = self.buffer
        command = b[1]
        if command == 0x76:  # GS v 0 m xL xH yL yH d1...dk: raster bit image
            self._need(8)
            width_bytes, height = b[4] + 256 * b[5], b[6] + 256 * b[7]
            size = width_bytes * height
            self._need(8 + size)
            raw = bytes(b[8 : 8 + size])
            # ESC/POS: 1 = black dot; PIL mode "1": 0 = black, so invert
            image = Image.frombytes("1", (width_bytes * 8, height), bytes(x ^ 0xFF for x in raw))
            self.page.rasters.append(image)
            return 8 + size
        if command == 0x28:  # GS ( k pL pH ...: QR and other 2D codes
            self._need(5)
            length = b[3] + 256 * b[4]
            self._need(5 + length)
            if b[2] == 0x6B and length >= 3 and b[6] == 0x50:  # fn 80: store the data
                self.page.qr.append(bytes(b[8 : 5 + length]))
            return 5 + length
        if command == 0x56:  # GS V m [n]: cut
            self._need(3)
            extra = 1 if b[2] in (0x41, 0x42, 65, 66) else 0
            self._need(3 + extra)
            if self.line:
                self.page.text.append(self.line.decode("cp437", errors="replace"))
                self.line.clear()
            self._on_cut(self.page)
            self.page = Page()
            return 3 + extra
        self._need(2 + GS_ARGS.get(command, 1))
        return 2 + GS_ARGS.get(command, 1)


class PrinterSimulator:
    """``with PrinterSimulator(out_dir) as sim:`` listens on ``sim.port`` until closed."""

    def __init__(
        self, out_dir: Path | None = None, host: str = "127.0.0.1", port: int = 0, *, keep_pages: int | None = None
    ) -> None:
        """``keep_pages``: hold only the newest pages in ``pages`` (each is also saved as a PNG when
        ``out_dir`` is given). A simulator that runs for days (`kiosk demo`, where it lives in the
        kiosk's process, and `kiosk printer-sim`) bounds them: every card's raster kept was a leak."""
        self.state = PrinterState()
        self.out_dir = out_dir
        self.pages: list[Page] = []
        self.keep_pages = keep_pages
        self.printed = 0  # pages cut since the start (their PNGs are numbered by it)
        self.connections = 0
        self.bytes_received = 0
        # [connection number, bytes] runs in arrival order; bounded, the demo runs for days
        self.runs: deque[list[int]] = deque(maxlen=10_000)
        self.holding = threading.Event()  # a connection is held (hold_after_bytes)
        self._lock = threading.Lock()
        self._hung = threading.Event()
        self._released = threading.Event()
        simulator = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                simulator._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self.server = Server((host, port), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, name="escpos-sim", daemon=True)

    def start(self) -> PrinterSimulator:
        self._thread.start()
        return self

    def release(self) -> None:
        """A held connection goes on (and the next hold holds again)."""
        self._released.set()

    def close(self) -> None:
        self._hung.set()
        self._released.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> PrinterSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _record(self, number: int, size: int) -> None:
        with self._lock:
            self.bytes_received += size
            if self.runs and self.runs[-1][0] == number:
                self.runs[-1][1] += size
            else:
                self.runs.append([number, size])

    def _hold(self) -> None:
        self.holding.set()
        self._released.wait()
        self._released.clear()
        self.holding.clear()

    def _serve(self, conn: socket.socket) -> None:
        with self._lock:
            self.connections += 1
            number = self.connections
        state = self.state
        job_bytes = 0
        held = False

        def answer(n: int) -> None:
            if not state.silent:
                conn.sendall(bytes([state.status_byte(n)]))

        def cut(page: Page) -> None:
            if state.paper == "out":
                return  # nothing comes out of a printer without paper
            with self._lock:
                self.pages.append(page)
                if self.keep_pages is not None:
                    del self.pages[: -self.keep_pages or len(self.pages)]
                self.printed += 1
                index = self.printed
            if self.out_dir is not None:
                self.out_dir.mkdir(parents=True, exist_ok=True)
                page.image().save(self.out_dir / f"page-{index:04d}.png")

        parser = EscPosParser(answer, cut)
        while True:
            try:
                data = conn.recv(65536)
            except OSError:
                return
            if not data:
                return
            self._record(number, len(data))  # before answering: the client waits for the answer
            if state.hold_after_bytes is not None and not held and job_bytes + len(data) > state.hold_after_bytes:
                held = True
                self._hold()
            if state.hang_after_bytes is not None and job_bytes + len(data) > state.hang_after_bytes:
                self._hung.wait()  # until the simulator is closed
                return
            if state.drop_after_bytes is not None and job_bytes + len(data) > state.drop_after_bytes:
                data = data[: max(0, state.drop_after_bytes - job_bytes)]
                parser.feed(data)
                conn.close()  # the cable is pulled mid-job
                return
            if state.paper_out_after_bytes is not None and job_bytes + len(data) > state.paper_out_after_bytes:
                state.paper = "out"
            job_bytes += len(data)
            parser.feed(data)
