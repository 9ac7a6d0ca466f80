"""Drain 10,000 queued registrations with photos to the SIKER simulator on loopback
(goal: under 60 s), then the same with 30% mixed faults. Records/s and total time."""

import argparse
import random
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
from kiosk.sync.simulator import Faults, SikerSimulator

FACE = (Path(__file__).resolve().parent.parent / "assets" / "samples" / "face.jpg").read_bytes()


def run(count: int, faults: Faults, tmp: Path, label: str) -> None:
    cfg = config.load(overrides={"kiosk.data_dir": str(tmp / label)})
    store = Store(cfg.db_path)
    rng = random.Random(1)
    start = clock.now()
    for i in range(count):  # a registration number holds 9,999 a day: spread them over days
        at = start - timedelta(days=i // 5000)
        save_registration(store, cfg, synthetic_draft(rng, FACE), print_card=False, at=at)
    with SikerSimulator(tmp / f"{label}-siker.db", token="t", faults=faults) as sim:
        sender = Sender(
            store, lambda: SikerClient(sim.base_url, "t", "SMG-01"), workers=8, batch=128,
            base_backoff_s=0.05, max_backoff_s=0.5,
        )  # fmt: skip
        started = time.perf_counter()
        result = sender.drain(deadline_s=600)
        elapsed = time.perf_counter() - started
        sender.close()
        stored = len(sim.records())
    print(f"{label}: {count} registrations with photos in {elapsed:.1f} s = {count / elapsed:.0f} records/s "
          f"(goal < 60 s); {result}; simulator holds {stored}")  # fmt: skip
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    print(f"Machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        run(args.count, Faults(), Path(tmp), "no faults")
        faults = Faults(fail_500=0.06, fail_503=0.06, retry_after_s=0, slow=0.06, slow_s=0.05,
                        reset_before_read=0.06, drop_after_store=0.06, seed=2)  # fmt: skip
        run(args.count, faults, Path(tmp), "30% faults")
    return 0


if __name__ == "__main__":
    sys.exit(main())
