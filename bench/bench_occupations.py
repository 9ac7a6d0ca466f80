"""The KBJI picker's answer to each keystroke over all 2,380 jabatan and 447 subgolongan (goal: under 30 ms).

Types realistic queries letter by letter, as a job seeker would on the kiosk's keyboard, and times
search() for every prefix; the list's one-off load (at the first keystroke of a session) is timed apart.
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe

from kiosk.core import occupations

QUERIES = [
    "petugas keamanan",
    "satpam",
    "sopir truk",
    "guru sekolah dasar",
    "operator mesin jahit",
    "tukang las",
    "perawat",
    "kasir toko",
    "asisten rumah tangga",
    "teknisi listrik",
    "pelayan restoran",
    "admin gudang",
]
ROUNDS = 20


def main() -> int:
    started = time.perf_counter()
    occupations.load()  # reads and indexes the list once
    load_ms = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(ROUNDS):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                occupations.search(query[:end])
                times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"Machine: {describe()}")
    print(f"Loading and indexing the list (once): {load_ms:.1f} ms")
    print(
        f"search() per keystroke: median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, "
        f"max {times[-1]:.2f} ms (goal < 30 ms; {len(times)} keystrokes, {len(QUERIES)} queries x {ROUNDS})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
