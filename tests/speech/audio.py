"""Helpers for the speech tests: a long sentence, WAV measurements (sox and wave), process checks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

LONG_ID = (
    "Selamat datang di Anjungan Tenaga Kerja Mandiri, Dinas Tenaga Kerja Kota Semarang. "
    "Silakan tempelkan kartu tanda penduduk elektronik Anda pada pembaca kartu di bawah layar, "
    "atau sentuh tombol ketik NIK untuk memasukkan nomor induk kependudukan dengan tangan. "
    "Jika Anda membutuhkan bantuan, datanglah ke loket pada hari kerja."
)


def require(binary: str) -> str:
    path = shutil.which(binary)
    if path is None:
        pytest.fail(f"{binary} is not installed: run scripts/bootstrap (scripts/system-packages.txt)")
    return path


@dataclass(frozen=True)
class WavFacts:
    seconds: float  # from the WAV header and sample count (wave module)
    sox_seconds: float  # as sox measures it
    rms: float  # sox's RMS amplitude, 0..1
    rate: int


def measure(path: Path) -> WavFacts:
    with wave.open(os.fspath(path), "rb") as w:
        frames, rate = w.getnframes(), w.getframerate()
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
    out = subprocess.run(
        [require("sox"), os.fspath(path), "-n", "stat"], capture_output=True, text=True, check=True
    ).stderr  # sox prints stat on stderr

    def field(name: str) -> float:
        m = re.search(rf"^{name}:\s+([-0-9.]+)", out, re.MULTILINE)
        assert m, out
        return float(m.group(1))

    return WavFacts(frames / rate, field(r"Length \(seconds\)"), field(r"RMS\s+amplitude"), rate)


def alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (a zombie has stopped making sound)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
