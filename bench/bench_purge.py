"""What erasing for real costs: ``secure_delete`` on ordinary saves, and the nightly purge's
scrub (checkpoint + WAL truncate, what the kiosk does) against a full VACUUM (the contender).

Saves go through the real registration service with a photo, then the sender's settle update
(the row rewritten as delivered), with ``secure_delete`` off and on. The purge runs on a database
of 5,000 registrations with photos, a tenth of them due.
"""

import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe, summary

from kiosk import config
from kiosk.core import clock
from kiosk.services.maintenance import purge
from kiosk.services.registration import save_registration
from kiosk.services.synthetic import synthetic_draft
from kiosk.store.db import Store

FACE = (Path(__file__).resolve().parent.parent / "assets" / "samples" / "face.jpg").read_bytes()
PEOPLE = 5_000


def saves(tmp: str, secure: str, rng: random.Random) -> list[float]:
    cfg = config.load(overrides={"kiosk.data_dir": f"{tmp}/{secure}", "printer.uri": "simulated"})
    store = Store(cfg.db_path)
    store.execute(f"PRAGMA secure_delete={secure}")
    times = []
    for _ in range(60):
        started = time.perf_counter()
        saved = save_registration(store, cfg, synthetic_draft(rng, photo=FACE))
        with store.transaction():
            store.execute(
                "UPDATE outbox SET state = 'delivered', response = '{}', delivered_at = ? WHERE client_id = ?",
                (clock.rfc3339(), saved.client_id),
            )
        times.append((time.perf_counter() - started) * 1000)
    store.close()
    return times[10:]  # the first ones warm the page cache


def filled(tmp: str, name: str, rng: random.Random) -> Store:
    cfg = config.load(overrides={"kiosk.data_dir": f"{tmp}/{name}", "printer.uri": "simulated"})
    store = Store(cfg.db_path)
    old = clock.rfc3339(clock.now() - timedelta(days=400))
    for i in range(PEOPLE):
        saved = save_registration(store, cfg, synthetic_draft(rng, photo=FACE), print_card=False)
        delivered = old if i % 10 == 0 else clock.rfc3339()
        store.execute(
            "UPDATE outbox SET state = 'delivered', delivered_at = ? WHERE client_id = ?", (delivered, saved.client_id)
        )
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store


def main() -> int:
    print(f"Machine: {describe()}")
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        for secure in ("OFF", "ON"):
            print(f"registration save + settle, secure_delete={secure}: {summary(saves(tmp, secure, rng))}")
        for name in ("scrub", "vacuum"):
            store = filled(tmp, name, rng)
            size = store.path.stat().st_size / 1e6
            started = time.perf_counter()
            result = purge(store, retention_days=365)
            purged = (time.perf_counter() - started) * 1000
            line = f"purge of {result.registrations:,} of {PEOPLE:,} ({size:.0f} MB): {purged:.0f} ms"
            if name == "vacuum":
                started = time.perf_counter()
                store.execute("VACUUM")
                store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                line += f" + VACUUM {(time.perf_counter() - started) * 1000:.0f} ms"
            print(f"{line}, file then {store.path.stat().st_size / 1e6:.0f} MB")
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
