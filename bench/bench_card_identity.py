"""Card data to identity on screen, with a local WebSocket middleware (goal: median < 300 ms of
our own overhead). Measures from the middleware sending the card's JSON to the identity
reaching a slot on the GUI thread and being set on a label (parse, check, queue, paint)."""

import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe, summary
from PySide6.QtWidgets import QApplication, QLabel
from websockets.sync.server import serve

from kiosk.devices.card_reader_middleware import MiddlewareCardReader

CARD = json.loads((Path(__file__).resolve().parent.parent / "assets/samples/identities.json").read_text())[0]


def main() -> int:
    app = QApplication([])
    clients = []

    def handler(ws):
        clients.append(ws)
        for _ in ws:
            pass

    server = serve(handler, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    reader = MiddlewareCardReader(f"ws://127.0.0.1:{server.socket.getsockname()[1]}")
    label = QLabel()
    label.show()
    shown: list[float] = []

    def on_identity(identity) -> None:
        label.setText(identity.name)
        label.repaint()
        shown.append(time.perf_counter())

    reader.signals.identity_read.connect(on_identity)
    reader.start()
    while not clients:
        app.processEvents()
    latencies = []
    for _ in range(50):
        before = len(shown)
        sent = time.perf_counter()
        clients[0].send(json.dumps(CARD))
        while len(shown) == before:
            app.processEvents()
        latencies.append((shown[-1] - sent) * 1000)
    reader.stop()
    server.shutdown()
    print(f"Machine: {describe()}")
    p95 = statistics.quantiles(latencies, n=20)[18]
    print(f"card JSON -> identity on screen: {summary(latencies)}; p95 {p95:.1f} ms (goal: median < 300 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
