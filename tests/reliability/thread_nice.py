"""A thread's nice value as the kernel keeps it: /proc/self/task/<tid>/stat, field 19."""

from __future__ import annotations

from pathlib import Path


def thread_nice(tid: int | None) -> int:
    stat = Path(f"/proc/self/task/{tid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()  # after "pid (comm)": field 3 (state) is fields[0]
    return int(fields[19 - 3])
