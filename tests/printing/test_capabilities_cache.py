"""python-escpos' printer database, cached as a pickle in a folder the kiosk's processes share:
processes that start together (the kiosk, the sync service and the printer simulator at boot)
all import it, and a damaged pickle is made again instead of failing every start."""

from __future__ import annotations

import os
import pickle
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start_importing(cache_home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-c", "import kiosk.devices.printer_escpos"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def cached(cache_home: Path) -> Path:
    return cache_home / "atm-pencari-kerja" / f"{platform.python_version()}.capabilities.pickle"


def test_processes_starting_together_all_load_the_printer_database(tmp_path):
    processes = [start_importing(tmp_path) for _ in range(6)]
    ended = [(process.wait(timeout=120), process.communicate()[1]) for process in processes]
    assert [code for code, _ in ended] == [0] * 6, [err for code, err in ended if code]
    assert "default" in pickle.loads(cached(tmp_path).read_bytes())["profiles"]


def test_a_damaged_cache_is_made_again(tmp_path):
    damaged = cached(tmp_path)
    damaged.parent.mkdir()
    damaged.write_bytes(pickle.dumps({"profiles": {}}, protocol=2)[:5])  # cut off mid-write
    later = time.time() + 3600  # newer than python-escpos' own file, so it is read, not replaced
    os.utime(damaged, (later, later))
    process = start_importing(tmp_path)
    assert process.wait(timeout=120) == 0, process.communicate()[1]
    assert "default" in pickle.loads(damaged.read_bytes())["profiles"]
