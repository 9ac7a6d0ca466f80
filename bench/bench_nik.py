"""parse_nik over 100,000 NIKs (goal: under 1 s)."""

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe, summary

from kiosk.core.nik import InvalidNik, parse_nik


def niks(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(25_000))
        day = born.day + (40 if rng.random() < 0.5 else 0)
        out.append(f"3374{rng.randrange(1, 17):02d}{day:02d}{born:%m%y}{rng.randrange(1, 10000):04d}")
    return out


def main() -> int:
    data = niks(100_000)
    parse_nik(data[0])  # the region tables load once, outside the timing
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        bad = 0
        for text in data:
            try:
                parse_nik(text)
            except InvalidNik:
                bad += 1
        runs.append(time.perf_counter() - started)
    print(f"Machine: {describe()}")
    print(f"parse_nik x 100,000: {summary(runs, 's')} (goal < 1 s); {bad} invalid in the sample")
    return 0


if __name__ == "__main__":
    sys.exit(main())
