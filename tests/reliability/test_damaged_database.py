"""A damaged database at start (a real SQLite file, truncated or with pages overwritten): the
sync command sends nothing and exits non-zero with a clear line, the kiosk refuses to serve with
a technician-facing screen, and the newest verified backup is restored (the damaged file kept)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kiosk.services.draft import RegistrationDraft
from kiosk.services.maintenance import BackupError, backup, restore_newest
from kiosk.services.registration import save_registration
from kiosk.store.db import DatabaseDamaged, Store, open_checked
from kiosk.sync.client import write_token
from kiosk.sync.simulator import SikerSimulator

DAMAGES = ["truncated", "pages overwritten", "header overwritten"]


def _draft(nik: str) -> RegistrationDraft:
    draft = RegistrationDraft(nik=nik, birth_date=date(1998, 8, 1))
    draft.name, draft.birth_place, draft.sex, draft.phone = "Orang Uji", "Semarang", "P", "081234567890"
    draft.consent_at = "2026-11-21T09:00:00+07:00"
    return draft


def _with_records(cfg, count: int = 40) -> None:
    store = Store(cfg.db_path)
    for i in range(count):
        save_registration(store, cfg, _draft(f"33741141089{i:05d}"))
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def damage(path: Path, how: str) -> None:
    size = path.stat().st_size
    page = 4096
    assert size > 8 * page, size
    if how == "truncated":
        os.truncate(path, size // 2 + 100)  # mid-page, half the tables gone
    elif how == "pages overwritten":
        with open(path, "r+b") as fh:
            for n in range(2, size // page, 3):
                fh.seek(n * page)
                fh.write(os.urandom(page))
    else:
        with open(path, "r+b") as fh:
            fh.write(os.urandom(page))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.mark.parametrize("how", DAMAGES)
def test_open_checked_refuses_a_damaged_file(cfg, how):
    _with_records(cfg)
    open_checked(cfg.db_path).close()  # healthy: opens
    damage(cfg.db_path, how)
    with pytest.raises(DatabaseDamaged):
        open_checked(cfg.db_path)


@pytest.mark.parametrize("how", ["truncated", "pages overwritten"])
def test_kiosk_sync_sends_nothing_from_a_damaged_file(cfg, tmp_path, how):
    _with_records(cfg, 40)
    damage(cfg.db_path, how)
    with SikerSimulator(tmp_path / "siker.db", token="t") as sim:
        write_token(cfg.siker.token_file, "t")
        site = tmp_path / "site.toml"
        site.write_text(f'[kiosk]\ndata_dir = "{cfg.data_dir}"\n[siker]\nbase_url = "{sim.base_url}"\n'
                        f'token_file = "{cfg.siker.token_file}"\n')  # fmt: skip
        result = subprocess.run(
            [sys.executable, "-c", "import sys; from kiosk import cli; sys.exit(cli.main(sys.argv[1:]))",
             "--config", str(site), "sync", "--once", "--deadline", "10"],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 3, result.stdout + result.stderr
        assert "DATABASE DAMAGED" in result.stdout + result.stderr and "database damaged" in result.stderr
        assert sim.records() == []  # nothing sent from the damaged file


def test_restore_newest_keeps_the_damaged_file_aside_and_skips_a_damaged_backup(cfg):
    _with_records(cfg, 10)
    backups = cfg.data_dir / "backups"
    good = backup(cfg.db_path, backups)
    newer = backups / "kiosk-29991231-235959.db"  # the newest, and damaged
    newer.write_bytes(good.read_bytes())
    damage(newer, "pages overwritten")
    damage(cfg.db_path, "truncated")
    damaged_bytes = cfg.db_path.read_bytes()
    used, aside = restore_newest(cfg.db_path, backups)
    assert used == good and aside.read_bytes() == damaged_bytes and aside.name.startswith("kiosk.db.damaged-")
    store = open_checked(cfg.db_path)
    assert store.one("SELECT count(*) AS n FROM registrations")["n"] == 10
    store.close()
    assert newer.exists()  # a damaged backup is skipped, never deleted


def test_restore_newest_without_a_good_backup_says_so(cfg):
    _with_records(cfg, 3)
    damage(cfg.db_path, "truncated")
    with pytest.raises(BackupError, match="Tidak ada cadangan"):
        restore_newest(cfg.db_path, cfg.data_dir / "backups")
    assert cfg.db_path.exists()  # untouched


def test_the_kiosk_refuses_to_serve_and_a_technician_restores_the_newest_backup(cfg, qtbot):
    from PySide6.QtCore import QPoint, Qt

    from kiosk.app import build, shutdown
    from kiosk.services import staff

    pin = "482915"
    cfg = cfg.with_overrides({"kiosk.staff_entry_hold_s": 2, "kiosk.staff_entry_corner": "top-left"})
    store = Store(cfg.db_path)
    staff.add(store, "Budi Teknisi", "technician", pin)
    store.close()
    _with_records(cfg, 40)
    backup(cfg.db_path, cfg.data_dir / "backups")
    damage(cfg.db_path, "pages overwritten")
    kiosk = build(cfg, windowed=True)
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    try:
        qtbot.waitUntil(lambda: kiosk.damaged is not None, timeout=10_000)
        screen = kiosk.damaged.screen
        assert kiosk.window.router.current_name == "damaged" and kiosk.assembly is None and kiosk.store is None
        assert screen.message.text() == "Basis data rusak. Hubungi teknisi."
        assert not screen.staff.isVisible() and not screen.restore.isVisible()
        qtbot.mousePress(screen, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # the hidden staff entry
        qtbot.waitUntil(lambda: screen.staff.isVisible(), timeout=4000)
        qtbot.mouseRelease(screen, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        screen.pin.setText("000000")
        qtbot.mouseClick(screen.enter, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "PIN salah" in screen.status.text(), timeout=10_000)
        assert not screen.restore.isVisible()
        screen.pin.setText(pin)
        qtbot.mouseClick(screen.enter, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.restore.isVisible(), timeout=10_000)
        assert screen.restore.text() == "Pulihkan cadangan terbaru"
        qtbot.mouseClick(screen.restore, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=15_000)  # served again, no restart
        assert kiosk.window.router.current_name == "welcome" and kiosk.damaged is None
        assert kiosk.store.one("SELECT count(*) AS n FROM registrations")["n"] == 40
        aside = [p for p in cfg.data_dir.glob("kiosk.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
        assert len(aside) == 1 and aside[0].stat().st_size > 0  # kept, never deleted
    finally:
        shutdown(kiosk)
