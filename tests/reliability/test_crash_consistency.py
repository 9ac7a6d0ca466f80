"""SIGKILL at 200 random points of saving, printing and syncing: nothing lost, nothing doubled.

A zygote process (crash_worker.py) forks the workers: the registration service with its
print job (saving and printing job seekers in a loop) and the sync sender (delivering to the
SIKER simulator with faults). Each round kills one worker: at a random moment, or exactly
inside a transaction, between ``sending`` and the printer, after the card left the printer,
or after SIKER stored a record but before the kiosk noted it. After every round the
database is checked; at the end a clean sync must leave SIKER holding each record once.
Set KIOSK_CRASH_KILLS for a longer run (docs/reliability.md).
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest

from kiosk.devices.escpos_simulator import PrinterSimulator
from kiosk.store.db import Store
from kiosk.sync.client import SikerClient
from kiosk.sync.sender import Sender
from kiosk.sync.simulator import Faults, SikerSimulator
from tests.sync.test_delivery import assert_exactly_once_in_order

KILLS = int(os.environ.get("KIOSK_CRASH_KILLS", "200"))
WORKER = Path(__file__).with_name("crash_worker.py")
REGISTER_POINTS = ("timer", "tx", "sending", "after_print")
SYNC_POINTS = ("timer", "tx", "http")


class Zygote:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, bufsize=1)  # fmt: skip
        self.lines: queue.Queue[dict] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))

    def run(self, job: dict, kill_after_s: float | None) -> int:
        """Start a worker; the zygote kills it after ``kill_after_s`` unless it died first (None: the
        worker kills itself at a named point, or finishes). Its exit code."""
        self.proc.stdin.write(json.dumps(job | {"kill_after_s": kill_after_s}) + "\n")
        return self.lines.get(timeout=(kill_after_s or 0) + 60)["exit"]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def check_consistency(store: Store, told: set[str], pages: int) -> None:
    ok, message = store.integrity_ok()
    assert ok, message
    registrations = {r["client_id"] for r in store.query("SELECT client_id FROM registrations")}
    assert told <= registrations, "a registration the user was told was saved is missing"
    # no half-written registration: each has its outbox row and its card job, photo or not
    assert store.one("SELECT count(*) AS n FROM registrations r WHERE NOT EXISTS"
                     " (SELECT 1 FROM outbox o WHERE o.client_id = r.client_id)")["n"] == 0  # fmt: skip
    jobs = Counter(r["registration_client_id"] for r in store.query("SELECT registration_client_id FROM print_jobs"))
    assert all(jobs[cid] == 1 for cid in registrations) and sum(jobs.values()) == len(registrations)
    assert store.one("SELECT count(*) AS n FROM registrations r WHERE photo_status = 'ok' AND NOT EXISTS"
                     " (SELECT 1 FROM photos p WHERE p.registration_client_id = r.client_id)")["n"] == 0  # fmt: skip
    # no job silently sent twice: 'sending' happens once per job, and no more pages than attempts
    assert store.query("SELECT print_job_id FROM print_journal WHERE state = 'sending'"
                       " GROUP BY print_job_id HAVING count(*) > 1") == []  # fmt: skip
    states = Counter(r["state"] for r in store.query("SELECT state FROM print_jobs"))
    assert states["printed"] <= pages <= states["printed"] + states["sending"]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_sigkill_at_random_points_loses_and_doubles_nothing(tmp_path, cfg):
    data_dir = cfg.data_dir
    rng = random.Random(2026)
    told_file = tmp_path / "told.txt"
    told_file.touch()
    points: Counter[str] = Counter()
    with (
        PrinterSimulator() as printer,
        SikerSimulator(tmp_path / "siker.db", token="rahasia-uji", faults=Faults(seed=5)) as siker,
    ):
        siker.faults = Faults(fail_500=0.1, reset_before_read=0.05, drop_after_store=0.1, seed=5)
        store = Store(cfg.db_path)  # migrated here, so workers never race to create the schema
        zygote = Zygote()
        try:
            kills = rounds = 0
            while kills < KILLS:
                rounds += 1
                role = "register" if rounds % 3 else "sync"
                point = rng.choice(REGISTER_POINTS if role == "register" else SYNC_POINTS)
                job = {"role": role, "point": point, "at": rng.randint(1, 12), "seed": rounds,
                       "data_dir": str(data_dir), "told": str(told_file), "printer": printer.uri,
                       "siker": siker.base_url, "token": "rahasia-uji"}  # fmt: skip
                code = zygote.run(job, rng.uniform(0.05, 0.5) if point == "timer" else 30)
                assert code in (0, -signal.SIGKILL), f"worker failed ({code}) in round {rounds}"
                if code == -signal.SIGKILL:
                    kills += 1
                    points[f"{role}:{point}"] += 1
                told = set(told_file.read_text().split())
                check_consistency(store, told, len(printer.pages))
        finally:
            zygote.close()

        siker.faults = Faults()
        final = Sender(store, lambda: SikerClient(siker.base_url, "rahasia-uji", "SMG-01"), base_backoff_s=0.01)
        summary = final.drain(deadline_s=120)
        final.close()
        assert summary.done and summary.failed == 0, summary
        assert_exactly_once_in_order(store, siker)
        told = set(told_file.read_text().split())
        on_server = {r["client_id"] for r in siker.records()}
        assert told <= on_server
        check_consistency(store, told, len(printer.pages))
        registrations = store.one("SELECT count(*) AS n FROM registrations")["n"]
        uncertain = store.one("SELECT count(*) AS n FROM print_jobs WHERE state = 'sending'")["n"]
        store.close()
    print(f"\n{kills} SIGKILLs in {rounds} rounds {dict(sorted(points.items()))}; {len(told)} registrations told "
          f"saved, {registrations} stored, {len(on_server)} on SIKER; {len(printer.pages)} cards printed, "
          f"{uncertain} uncertain; lost 0, doubled 0")  # fmt: skip
    assert all(points[f"register:{p}"] for p in REGISTER_POINTS) and all(points[f"sync:{p}"] for p in SYNC_POINTS)
