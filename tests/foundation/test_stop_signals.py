"""Ctrl-C (SIGINT) and systemd's stop (SIGTERM) end `kiosk demo` cleanly and quickly."""

from __future__ import annotations

import signal
import sqlite3
import subprocess

import pytest

from tests.support.kiosk_process import KioskProcess


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_the_kiosk_within_2_s_with_the_store_closed(tmp_path, signum):
    data = tmp_path / "data"
    kiosk = KioskProcess(data, "--windowed", env={"QT_QPA_PLATFORM": "offscreen"})
    try:
        kiosk.wait_up()
        kiosk.proc.send_signal(signum)
        try:
            code = kiosk.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running 2 s after {signum.name}")
    finally:
        kiosk.stop()
    assert code == 0
    assert "Traceback" not in kiosk.errors() + kiosk.output()
    assert f"stopping on {signum.name}" in kiosk.output()
    # the last connection closed checkpoints the write-ahead log into the database and removes it
    assert not (data / "kiosk.db-wal").exists()
    with sqlite3.connect(data / "kiosk.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
