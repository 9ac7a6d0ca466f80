"""`kiosk demo`'s sync loop, on a thread of the kiosk's process: its stop ends the loop and closes
its connection to the database (the kiosk's stop then closes the last one, and SQLite folds the
write-ahead log back into the file)."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk import demo


def test_closing_the_demo_sync_ends_its_loop_and_closes_its_database(cfg):
    sync, _ = demo.start_sync(cfg, embedded_simulator=True)
    assert sync is not None
    sync.close()  # at once: its first round (heartbeat, vacancies, events) under way
    assert not sync.thread.is_alive()
    with pytest.raises(sqlite3.ProgrammingError):  # "Cannot operate on a closed database"
        sync.runner.store.execute("SELECT 1")
