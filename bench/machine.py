"""What machine a benchmark ran on, printed with its figures."""

from __future__ import annotations

import os
import platform
import signal
import statistics
import subprocess
from pathlib import Path


def describe() -> str:
    model = "unknown CPU"
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
    except OSError:
        cpuinfo = ""
    for line in cpuinfo.splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {model}, {mem_gib:.0f} GiB, Python {platform.python_version()}"


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def summary(values: list[float], unit: str = "ms") -> str:
    """median and spread (min-max) of repeated runs."""
    med = median(values)
    if med is None:
        return "n/a"
    return f"{med:.1f} {unit} (min {min(values):.1f}, max {max(values):.1f}, n={len(values)})"


def load() -> str:
    """The machine's load averages (1, 5, 15 min) as uptime prints them: others' work slows ours."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM to the process group started with ``start_new_session``; SIGKILL after 10 s."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
