"""Registration save (one transaction) at 0, 10k and 100k existing records (goal: flat), and
the officer's printed-card log over 100k print jobs (goal < 100 ms).

Existing rows are copied in bulk from one real registration (same columns, same indexes);
each timed save goes through the real registration service.
"""

import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe, summary

from kiosk import config
from kiosk.core import clock
from kiosk.services import printed_log
from kiosk.services.registration import save_registration
from kiosk.services.synthetic import synthetic_draft
from kiosk.store.db import Store

FACE = (Path(__file__).resolve().parent.parent / "assets" / "samples" / "face.jpg").read_bytes()


def grow(store: Store, target: int, day_of: callable) -> None:
    """Copy the first registration (with its outbox row and card job) until ``target`` exist."""
    have = store.one("SELECT count(*) AS n FROM registrations")["n"]
    template = store.one("SELECT * FROM registrations LIMIT 1")
    outbox = store.one("SELECT * FROM outbox WHERE client_id = ?", (template["client_id"],))
    with store.transaction():
        for i in range(have, target):
            cid = str(uuid.uuid4())
            at = day_of(i)
            number, nik = f"9{i:015d}", f"3374{i:012d}"
            store.execute(
                "INSERT INTO registrations(client_id, registration_no, kind, nik, name, identity_source, data,"
                " photo_status, consent_at, created_at, valid_until)"
                " VALUES(?, ?, 'new', ?, ?, 'manual', ?, 'ok', ?, ?, ?)",
                (cid, number, nik, template["name"], template["data"], at, at, template["valid_until"]),
            )
            store.execute(
                "INSERT INTO outbox(client_id, endpoint, order_key, payload, state, created_at, updated_at)"
                " VALUES(?, '/registrations', ?, ?, 'delivered', ?, ?)",
                (cid, cid, outbox["payload"], at, at),
            )
            store.execute(
                "INSERT INTO print_jobs(kind, registration_client_id, registration_no, state, created_at, updated_at)"
                " VALUES('ak1', ?, ?, 'printed', ?, ?)",
                (cid, f"9{i:015d}", at, at),
            )


def main() -> int:
    print(f"Machine: {describe()}")
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = config.load(overrides={"kiosk.data_dir": tmp, "printer.uri": "simulated"})
        store = Store(cfg.db_path)
        save_registration(store, cfg, synthetic_draft(rng, photo=FACE))
        old = "2025-01-01T09:00:00+07:00"
        for size in (0, 10_000, 100_000):
            grow(store, max(size, 1), lambda _i: old)
            times = []
            for _ in range(30):
                draft = synthetic_draft(rng, photo=FACE)
                started = time.perf_counter()
                save_registration(store, cfg, draft)
                times.append((time.perf_counter() - started) * 1000)
            print(f"registration save with {size:>7,} existing: {summary(times)}")

        # the officer's log: 100k print jobs, all collected but the open period's last 300
        total = store.one("SELECT count(*) AS n FROM print_jobs")["n"]
        store.execute("INSERT INTO collections(officer, period_start, period_end, expected_count, confirmed_count,"
                      " created_at) VALUES('bench', ?, ?, 0, 0, ?)", (old, old, old))  # fmt: skip
        store.execute("UPDATE print_jobs SET collection_id = 1 WHERE id <= ?", (total - 300,))
        cases = {
            f"open period (300 of {total:,} jobs)": lambda: printed_log.entries(store),
            "open period, one day": lambda: printed_log.entries(store, day=clock.today()),
            f"an earlier collection of {total - 300:,} jobs, its newest 1,000 on screen": lambda: printed_log.entries(
                store, collection_id=1, limit=1000
            ),
            "follow-up lists": lambda: printed_log.follow_up(store),
        }
        for name, query in cases.items():
            times = []
            for _ in range(10):
                started = time.perf_counter()
                rows = query()
                times.append((time.perf_counter() - started) * 1000)
            print(f"officer log, {name}: {summary(times)} (goal < 100 ms), {len(rows):,} rows")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
