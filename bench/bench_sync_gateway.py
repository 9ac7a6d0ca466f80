"""The kiosk's sync throughput against the office gateway on PostgreSQL, next to the SIKER
simulator (issue 22 item 4): the same outbox of registrations with photos, drained by the same
sender (8 workers, batches of 128) that `kiosk sync` runs, to each server in turn on loopback.

The gateway is gunicorn + Django on a throwaway PostgreSQL cluster, started the way
gateway/tests/conftest.py and bench/bench_gateway_load.py start it; the simulator is
`kiosk siker-sim` in its own process. Each server's row count is checked after the drain.

    .venv/bin/python bench/bench_sync_gateway.py [--count 1000] [--workers 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gateway" / "tests"))

from bench_sync import free_port, wait_for_port
from gwsupport.gateway_server import GatewayServer
from gwsupport.postgres import throwaway_cluster
from machine import describe, load

from kiosk import config
from kiosk.core import clock
from kiosk.services.registration import save_registration
from kiosk.services.synthetic import synthetic_draft
from kiosk.store.db import Store
from kiosk.sync.client import SikerClient
from kiosk.sync.sender import Sender

HERE = Path(__file__).resolve().parent
FACE = (HERE.parent / "assets" / "samples" / "face.jpg").read_bytes()


def outbox(data_dir: Path, count: int) -> Store:
    import random
    from datetime import timedelta

    cfg = config.load(overrides={"kiosk.data_dir": str(data_dir), "kiosk.id": "SMG-01"})
    store = Store(cfg.db_path)
    rng = random.Random(1)
    start = clock.now()
    for i in range(count):  # a registration number holds 9,999 a day: spread them over days
        save_registration(
            store, cfg, synthetic_draft(rng, FACE), print_card=False, at=start - timedelta(days=i // 5000)
        )
    return store


def drain(store: Store, base_url: str, token: str) -> tuple[float, object]:
    sender = Sender(store, lambda: SikerClient(base_url, token, "SMG-01"), workers=8, batch=128,
                    base_backoff_s=0.05, max_backoff_s=0.5)  # fmt: skip
    started = time.perf_counter()
    result = sender.drain(deadline_s=900)
    elapsed = time.perf_counter() - started
    sender.close()
    return elapsed, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (8 threads each)")
    args = parser.parse_args()
    photo_kb = len(FACE) / 1024
    print(f"Machine: {describe()}; load {load()} at the start")
    print(f"{args.count} registrations with a {photo_kb:.0f} KB photo each; the kiosk's sender: 8 workers, batches"
          f" of 128; gateway: gunicorn {args.workers} workers x 8 threads\n")  # fmt: skip
    print("| server | records | time | records/s | rows stored |")
    print("| --- | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="bench-sync-gw-") as tmp_name:
        tmp = Path(tmp_name)
        # the SIKER simulator, its own process as on its own machine
        store = outbox(tmp / "kiosk-sim", args.count)
        port = free_port()
        sim = subprocess.Popen([sys.executable, "-m", "kiosk.cli", "siker-sim", "--port", str(port), "--db",
                                str(tmp / "siker.db"), "--token", "t", "--vacancies", "0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            wait_for_port(port)
            elapsed, result = drain(store, f"http://127.0.0.1:{port}", "t")
        finally:
            sim.terminate()
            sim.wait()
            store.close()
        import sqlite3

        stored = sqlite3.connect(tmp / "siker.db").execute("SELECT count(*) FROM records").fetchone()[0]
        sim_rate = args.count / elapsed
        print(f"| SIKER simulator (SQLite) | {args.count} | {elapsed:.1f} s | {sim_rate:.0f} | {stored} |")
        # the office gateway on PostgreSQL
        store = outbox(tmp / "kiosk-gw", args.count)
        cluster = throwaway_cluster()
        try:
            server = GatewayServer(tmp / "gateway", cluster=cluster, workers=args.workers).start()
            try:
                elapsed, result = drain(store, server.base_url, server.tokens["SMG-01"])
                rows = server.query("SELECT count(*) FROM api_registration")[0][0]
            finally:
                server.stop()
        finally:
            cluster.stop()
            store.close()
        gw_rate = args.count / elapsed
        print(f"| office gateway (PostgreSQL) | {args.count} | {elapsed:.1f} s | {gw_rate:.0f} | {rows} |")
        print(f"\nThe gateway takes {gw_rate / sim_rate:.2f}x the simulator's rate; last drain: {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
