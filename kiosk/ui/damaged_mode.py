"""A damaged database at start: the kiosk shows ``DamagedScreen`` instead of the journeys.

A technician signs in with a PIN checked against the newest verified backup (the damaged file's
own staff table cannot be trusted), then restores that backup (``maintenance.restore_newest``:
the damaged file is renamed aside with a timestamp, never deleted). ``restored`` then lets the
composition root start the services on the restored database, without a restart.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.screens.damaged import DamagedScreen
from kiosk.services import maintenance, staff
from kiosk.ui.background import Background
from kiosk.ui.corner_hold import CornerHold
from kiosk.ui.input_watch import unwatch_input, watch_input
from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _sign_in_against_backup(backup_dir: Path, scratch: Path, pin: str) -> staff.Attempt | None:
    """The PIN against a scratch copy of the newest verified backup (the backup itself stays as it
    was; the copy is kept while this screen lives, so the pad's lockout after wrong PINs holds)."""
    copy = scratch / "check.db"
    if not copy.exists():
        newest = maintenance.newest_verified_backup(backup_dir) if backup_dir.exists() else None
        if newest is None:
            return None
        shutil.copyfile(newest, copy)
    return staff.sign_in(copy, pin)


class DamagedMode(QObject):
    restored = Signal()

    def __init__(self, cfg: Config, window: MainWindow, reason: str) -> None:
        super().__init__(window)
        self.cfg, self.window, self.reason = cfg, window, reason
        self.backup_dir = cfg.data_dir / "backups"
        self.background = Background(self)
        self.screen: DamagedScreen = window.add_screen(DamagedScreen())
        window.unwatched.add(self.screen.name)
        self.screen.pin_submitted.connect(self._submit_pin)
        self.screen.restore_requested.connect(self._restore)
        self.corner = CornerHold(self.screen, cfg.kiosk.staff_entry_corner, cfg.kiosk.staff_entry_hold_s, self)
        watch_input(self.corner)
        self.corner.held.connect(self.screen.open_pad)
        self.technician: str | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="kiosk-pin-")
        window.go(self.screen.name)

    def _submit_pin(self, pin: str) -> None:
        backup_dir, scratch = self.backup_dir, Path(self._scratch.name)
        self.background.run(lambda: _sign_in_against_backup(backup_dir, scratch, pin), self._after_pin,
                            name="damaged-pin")  # fmt: skip

    def _after_pin(self, attempt: staff.Attempt | None | Exception) -> None:
        if isinstance(attempt, staff.Attempt) and attempt.holder is not None and attempt.holder.role == "technician":
            self.technician = attempt.holder.name
            log.warning("technician signed in on the damaged-database screen")
            self.screen.signed_in()
            return
        if attempt is None:
            self.screen.show_status(self.tr("Tidak ada cadangan yang dapat dipakai untuk memeriksa PIN."))
        else:
            self.screen.show_status(self.tr("PIN salah atau bukan teknisi."))

    def _restore(self) -> None:
        if self.technician is None:
            return
        self.screen.show_status(self.tr("Memulihkan cadangan…"))
        db_path, backup_dir = self.cfg.db_path, self.backup_dir
        self.background.run(lambda: maintenance.restore_newest(db_path, backup_dir), self._after_restore,
                            name="restore")  # fmt: skip

    def _after_restore(self, result: tuple[Path, Path] | Exception) -> None:
        if isinstance(result, Exception):
            log.error("restore from the technician mode failed: %s", result)
            self.screen.show_status(str(result))
            return
        used, aside = result
        log.warning("restored %s by %s; damaged file kept as %s", used.name, self.technician, aside.name)
        self.close()
        self.restored.emit()

    def close(self) -> None:
        self._scratch.cleanup()
        unwatch_input(self.corner)
        self.window.unwatched.discard(self.screen.name)
        self.window.go("welcome")
        self.window.remove_screen(self.screen.name)
