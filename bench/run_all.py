"""Run every benchmark and write their figures to docs/benchmarks.md.

Usage: .venv/bin/python bench/run_all.py [--quick]   (--quick: the sync drain with 1,000, not 10,000)
"""

import argparse
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    ("Cold start and memory against Chromium and a bare PySide6 window", ["bench_startup.py"]),
    ("Screen transitions and taps over the journey", ["bench_journey.py"]),
    ("Taps and typed characters of each journey, on the real window", ["bench_journey_taps.py"]),
    ("Card insert to identity (simulated middleware)", ["bench_card_identity.py"]),
    ("NIK parsing", ["bench_nik.py"]),
    ("Photo pipeline", ["bench_photo.py"]),
    ("Card rendering and encoding", ["bench_print.py"]),
    ("Vacancy search over 20,000", ["bench_vacancy_search.py"]),
    ("KBJI occupation picker, per keystroke", ["bench_occupations.py"]),
    ("Registration save and the officer's log at 100,000", ["bench_store.py"]),
    ("Sync drain", ["bench_sync.py"]),
    ("Sync throughput against the office gateway on PostgreSQL and the SIKER simulator", ["bench_sync_gateway.py"]),
    ("The office gateway under the load of 200 kiosks", ["bench_gateway_load.py"]),
    ("A low-end box: the kiosk held to half a core while printing and syncing", ["bench_lowend.py"]),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    parts = [f"# Benchmarks\n\nWritten by `bench/run_all.py` on {datetime.now():%Y-%m-%d %H:%M}.\n"]
    for title, command in BENCHES:
        extra = ["--count", "1000"] if args.quick and command[0] == "bench_sync.py" else []
        print(f"== {title}", flush=True)
        result = subprocess.run([sys.executable, *command, *extra], cwd=HERE, capture_output=True, text=True)
        output = result.stdout.strip() or result.stderr.strip()[-2000:]
        print(output, flush=True)
        parts.append(f"## {title}\n\n```\n{output}\n```\n")
    (HERE.parent / "docs" / "benchmarks.md").write_text("\n".join(parts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
