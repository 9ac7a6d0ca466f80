"""Drain 10,000 queued registrations with photos to the SIKER simulator on loopback
(goal: under 60 s), then the same with 30% mixed faults. Records/s and total time."""

import argparse
import contextlib
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe

from kiosk import config
from kiosk.core import clock
from kiosk.services.registration import save_registration
from kiosk.services.synthetic import synthetic_draft
from kiosk.store.db import Store
from kiosk.sync.client import SikerClient
from kiosk.sync.sender import Sender

FACE = (Path(__file__).resolve().parent.parent / "assets" / "samples" / "face.jpg").read_bytes()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    raise RuntimeError("the SIKER simulator did not start")


def run(count: int, faults: list[str], tmp: Path, label: str) -> None:
    cfg = config.load(overrides={"kiosk.data_dir": str(tmp / label)})
    store = Store(cfg.db_path)
    rng = random.Random(1)
    start = clock.now()
    for i in range(count):  # a registration number holds 9,999 a day: spread them over days
        at = start - timedelta(days=i // 5000)
        save_registration(store, cfg, synthetic_draft(rng, FACE), print_card=False, at=at)
    # the server runs as its own process, as it would on its own machine
    port = free_port()
    db = tmp / f"{label}-siker.db"
    command = [sys.executable, "-m", "kiosk.cli", "siker-sim", "--port", str(port), "--db", str(db), "--token", "t",
               "--vacancies", "0", *faults]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        sender = Sender(
            store, lambda: SikerClient(f"http://127.0.0.1:{port}", "t", "SMG-01"), workers=8, batch=128,
            base_backoff_s=0.05, max_backoff_s=0.5,
        )  # fmt: skip
        started = time.perf_counter()
        result = sender.drain(deadline_s=600)
        elapsed = time.perf_counter() - started
        sender.close()
    finally:
        server.terminate()
        server.wait()
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM records").fetchone()[0]
    print(f"{label}: {count} registrations with photos in {elapsed:.1f} s = {count / elapsed:.0f} records/s "
          f"(goal < 60 s); {result}; simulator holds {stored}")  # fmt: skip
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    print(f"Machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        run(args.count, [], Path(tmp), "no faults")
        faults = ["--fail-500", "0.06", "--fail-503", "0.06", "--retry-after", "0", "--slow", "0.06",
                  "--reset-before-read", "0.06", "--drop-after-store", "0.06", "--seed", "2"]  # fmt: skip
        run(args.count, faults, Path(tmp), "30% faults (503s say Retry-After: 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
