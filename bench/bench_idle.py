"""CPU of a kiosk standing idle at the welcome screen, where it spends most of its day.

`kiosk run` with simulated devices on an Xvfb of 1280x800 (the xcb platform, as on the kiosk),
and beside it the floor (bench/floor_window.py: a bare PySide6 window, no animation). Each is
left to settle (the kiosk until its services are up), then its process CPU time (utime + stime
from /proc) is read over a window of seconds.

Usage: .venv/bin/python bench/bench_idle.py [--seconds 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_startup import HERE, ROOT, production_site, start_xvfb
from machine import describe, stop_group, summary

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime


def idle_share(cmd: list[str], display: str, ready: Path | None, seconds: float) -> float:
    """Percent of one core the process uses over ``seconds`` once it has settled."""
    env = {**os.environ, "DISPLAY": display}
    env.pop("QT_QPA_PLATFORM", None)
    if ready is not None:
        ready.unlink(missing_ok=True)
        env["KIOSK_READY_FILE"] = str(ready)
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # fmt: skip
    try:
        deadline = time.time() + 60
        while ready is not None and not ready.exists() and time.time() < deadline:
            time.sleep(0.1)
        time.sleep(3.0)  # past the start: the deferred builds and the first sync pass
        before, start = cpu_seconds(proc.pid), time.monotonic()
        time.sleep(seconds)
        return 100 * (cpu_seconds(proc.pid) - before) / (time.monotonic() - start)
    finally:
        stop_group(proc)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-idle-") as folder:
            tmp = Path(folder)
            kiosk = [sys.executable, "-m", "kiosk.cli", "--config", str(production_site(tmp)), "run"]
            floor = [sys.executable, str(HERE / "floor_window.py")]
            shares: dict[str, list[float]] = {"kiosk at the welcome screen": [], "floor": []}
            for _ in range(args.runs):
                shares["kiosk at the welcome screen"].append(idle_share(kiosk, display, tmp / "ready", args.seconds))
                shares["floor"].append(idle_share(floor, display, None, args.seconds))
    finally:
        xvfb.terminate()
        xvfb.wait()
    print(describe() + f"; Xvfb 1280x800; {args.seconds:.0f} s windows, {args.runs} runs each")
    for name, values in shares.items():
        print(f"{name}: {summary(values, '% of a core')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
