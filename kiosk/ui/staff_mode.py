"""Staff mode: the PIN pad, the technician and officer screens, and what their buttons do.

Every login, action and logout is audited with the holder's name. Slow work (argon2,
diagnostics that touch the network) runs on a thread with its own database connection,
so the screen never freezes. Two minutes without a touch ends the staff session.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.config import Config, ConfigError
from kiosk.i18n import set_language
from kiosk.logging_setup import recent_lines
from kiosk.screens.base import Screen
from kiosk.screens.officer import OfficerScreen
from kiosk.screens.staff_pin import StaffPinScreen
from kiosk.screens.technician import TechnicianScreen
from kiosk.services import diagnostics, export, printed_log, site_settings, slips, staff
from kiosk.services.export import ExportError
from kiosk.store import print_jobs
from kiosk.store.db import Store
from kiosk.sync import sender
from kiosk.ui.corner_hold import CornerHold
from kiosk.ui.idle import IdleWatcher

log = logging.getLogger(__name__)

STAFF_IDLE_S = 120
SCREEN_ROWS = 1000  # an earlier collection on screen: its newest prints (the export holds all)
ROLE_SCREENS = staff.ROLES  # each role has the screen of its name
STAFF_SCREENS = (StaffPinScreen.name, *ROLE_SCREENS)
S = TypeVar("S", bound=Screen)


class _Bridge(QObject):
    done = Signal(object, object)  # callback, result


class StaffMode(QObject):
    restart_requested = Signal()

    def __init__(
        self,
        cfg: Config,
        window,
        store: Store,
        devices,  # the Assembly: printer, camera, card_reader, services
        *,
        idle_s: int = STAFF_IDLE_S,
        find_media: Callable[[], list[Path]] = export.removable_mounts,
    ) -> None:
        super().__init__(window)
        self.cfg, self.window, self.store, self.devices = cfg, window, store, devices
        self.find_media = find_media
        self.holder: staff.Holder | None = None
        self.last_results: list[diagnostics.Result] = []
        self._bridge = _Bridge()
        self._bridge.done.connect(lambda callback, result: callback(result))
        self._frames = 0

        self._built: dict[str, Screen] = {}
        window.unwatched.update(ROLE_SCREENS)  # staff screens have their own idle rule
        self.idle = IdleWatcher(idle_s, self)
        self.idle.idle.connect(lambda: self.leave("idle"))
        QApplication.instance().installEventFilter(self.idle)
        window.router.changed.connect(self._screen_changed)

        welcome = window.router.screen("welcome")
        self.corner = CornerHold(welcome, cfg["kiosk.staff_entry_corner"], cfg["kiosk.staff_entry_hold_s"], self)
        QApplication.instance().installEventFilter(self.corner)
        self.corner.held.connect(self.open_pad)
        self._wire()
        if not staff.holders(store):
            log.warning("no staff PIN holders yet: add one with 'kiosk staff add NAME --role technician'")

    def close(self) -> None:
        app = QApplication.instance()
        app.removeEventFilter(self.idle)
        app.removeEventFilter(self.corner)

    def _wire(self) -> None:
        self.devices.camera.signals.frame.connect(self._frame)
        self.devices.card_reader.signals.card_inserted.connect(self._card)

    # -- the screens exist only while staff mode is showing: job seekers never pay for them
    # (~6 MiB), and no holder's name or printed-card list stays behind in a hidden widget
    @property
    def pin(self) -> StaffPinScreen:
        return self._screen(StaffPinScreen)

    @property
    def technician(self) -> TechnicianScreen:
        return self._screen(TechnicianScreen)

    @property
    def officer(self) -> OfficerScreen:
        return self._screen(OfficerScreen)

    def built(self) -> list[str]:
        return list(self._built)

    def _screen(self, kind: type[S]) -> S:
        if kind.name not in self._built:
            screen = self._built[kind.name] = self.window.add_screen(kind())
            self._wire_screen(screen)
        return self._built[kind.name]  # type: ignore[return-value]

    def _wire_screen(self, screen: Screen) -> None:
        if isinstance(screen, StaffPinScreen):
            screen.submitted.connect(self._submit_pin)
            screen.cancelled.connect(lambda: self.window.end_session("cancel"))
        elif isinstance(screen, TechnicianScreen):
            screen.leave.connect(lambda: self.leave("logout"))
            screen.run_diagnostics.connect(self.run_diagnostics)
            screen.test_page.connect(self.test_page)
            screen.camera_preview.connect(self.camera_preview)
            screen.save_settings.connect(self.save_settings)
            screen.retry_failed.connect(self.retry_failed)
            screen.export_failed.connect(self.export_failed)
            screen.refresh_logs.connect(self.show_logs)
            screen.export_logs.connect(self.export_logs)
        elif isinstance(screen, OfficerScreen):
            screen.leave.connect(lambda: self.leave("logout"))
            screen.day_chosen.connect(self._show_day)
            screen.collect.connect(self.collect)
            screen.collection_chosen.connect(self._show_collection)
            screen.export.connect(self.export_print_log)

    def _screen_changed(self, name: str, _ms: float) -> None:
        self.idle.set_armed(name in ROLE_SCREENS)
        if name not in STAFF_SCREENS and self._built:
            QTimer.singleShot(0, self._drop_screens)  # not from inside the router's own signal

    def _drop_screens(self) -> None:
        if self.window.router.current_name in STAFF_SCREENS:
            return  # staff mode was entered again meanwhile
        for name in list(self._built):
            del self._built[name]
            self.window.remove_screen(name)

    def _background(self, work: Callable[[Store], object], callback: Callable[[object], None]) -> None:
        def run() -> None:
            own = Store(self.cfg.db_path)
            try:
                result = work(own)
            except Exception as exc:  # shown to the technician, never lost in a thread
                log.exception("staff background task failed")
                result = exc
            finally:
                own.close()
            self._bridge.done.emit(callback, result)

        threading.Thread(target=run, name="staff-task", daemon=True).start()

    def _audit(self, action: str, detail: str | None = None) -> None:
        if self.holder is not None:
            staff.audit(self.store, self.holder.name, self.holder.role, action, detail)

    # -- entry, roles and leaving
    def open_pad(self) -> None:
        if self.window.router.current_name != "welcome":
            return
        self.pin.set_no_holders(not staff.holders(self.store))
        self.window.go(self.pin.name)

    def _submit_pin(self, pin: str) -> None:
        self._background(lambda own: staff.attempt(own, pin), self._after_pin)

    def _showing(self, kind: type[S]) -> S | None:
        """The staff screen of this kind if it is the one on screen (for answers from a thread)."""
        screen = self._built.get(kind.name)
        return screen if screen is not None and self.window.router.current_name == kind.name else None  # type: ignore[return-value]

    def _after_pin(self, attempt) -> None:
        pad = self._showing(StaffPinScreen)
        if pad is None:
            return  # the pad was left meanwhile
        if isinstance(attempt, Exception):
            pad.show_problem()
            return
        if attempt.holder is None:
            if attempt.locked_s:
                pad.show_locked(attempt.locked_s)
            else:
                pad.show_wrong(attempt.tries_left)
            return
        self.holder = attempt.holder
        log.info("staff login: %s", attempt.holder.role)
        self.open(attempt.holder.role)

    def open(self, screen: str) -> bool:
        """Show a staff screen, if the signed-in holder's role may see it."""
        if self.holder is None or self.holder.role != screen:
            if self.holder is not None:
                self._audit("denied", f"{screen} screen")
            return False
        if screen == "technician":
            self.technician.set_holder(self.holder.name)
            self.technician.show_settings(site_settings.current(self.cfg))
            self._show_sync()
        else:
            self.officer.set_holder(self.holder.name)
            self.refresh_officer()
        self.window.go(screen)
        return True

    def leave(self, reason: str) -> None:
        if self.holder is None:
            return
        self._audit("logout", reason)
        log.info("staff logout (%s)", reason)
        self.holder = None
        self.devices.camera.stop(wait=False)  # never wait on a camera read on the GUI thread
        self.window.end_session(f"staff {reason}")

    # -- technician
    def run_diagnostics(self) -> None:
        self._audit("diagnostics")
        self.technician.run_button.setEnabled(False)
        self.technician.say(self.technician.tr("Memeriksa…"))
        in_use = self.technician.preview_button.isChecked()
        printer = self.devices.printer
        self._background(lambda own: diagnostics.run_all(self.cfg, own, printer, camera_in_use=in_use), self._diagnosed)

    def _diagnosed(self, results) -> None:
        t = self._showing(TechnicianScreen)
        if isinstance(results, Exception):
            if t is not None:
                t.run_button.setEnabled(True)
                t.say(str(results), ok=False)
            return
        self.last_results = results
        failed = [r.name for r in results if not r.ok]
        self._audit("diagnostics_done", "failed: " + (", ".join(failed) or "none"))
        if t is not None:
            t.show_results(results)
            t.say(t.tr("%n pemeriksaan gagal.", "", len(failed)), ok=not failed)

    def test_page(self) -> None:
        job_id = slips.test_page(self.store, self.cfg, self.holder)
        self.technician.say(self.technician.tr("Mencetak halaman uji…"))

        def printed(ok: bool, message: str) -> None:
            t = self._showing(TechnicianScreen)
            if t is not None:
                t.say(t.tr("Halaman uji tercetak.") if ok else message, ok)

        self.devices.printouts.submit(job_id, printed)

    def camera_preview(self, on: bool) -> None:
        self._frames = 0
        self._frames_since = 0.0
        if on:
            self._audit("camera_preview")
            self.devices.camera.start()
        else:
            self.devices.camera.stop(wait=False)

    def _frame(self, frame) -> None:
        technician = self._showing(TechnicianScreen)
        if technician is None or not technician.preview_button.isChecked():
            return
        self._frames += 1
        if self._frames == 1:
            self._frames_since = frame.at
        elapsed = frame.at - self._frames_since
        fps = (self._frames - 1) / elapsed if elapsed > 0 else 0.0
        technician.show_frame(frame.image, f"{frame.image.width()}x{frame.image.height()}, {fps:.0f} fps")

    def _card(self, uid: str) -> None:
        t = self._showing(TechnicianScreen)
        if t is not None:
            t.show_card(uid)

    def save_settings(self, texts: dict) -> None:
        t = self.technician
        try:
            saved = site_settings.save(self.cfg, texts)
        except ConfigError as err:
            self._audit("settings_refused", str(err).split(";")[0])
            t.say(t.tr("Tidak disimpan: %1").replace("%1", str(err)), ok=False)
            return
        except OSError as err:
            t.say(t.tr("Tidak dapat menulis file pengaturan: %1").replace("%1", str(err)), ok=False)
            return
        self._audit("settings_changed", ", ".join(saved.changed) or "nothing")
        t.fields[site_settings.TOKEN].clear()  # a secret does not stay on screen
        if not saved.changed:
            t.say(t.tr("Tidak ada yang berubah."))
            return
        values = {k: site_settings.parse(k, texts[k]) for k in saved.changed if k in site_settings.LIVE}
        if "kiosk.idle_timeout_s" in values:
            self.window.idle.set_timeout(values["kiosk.idle_timeout_s"])
        if "kiosk.language" in values:
            set_language(values["kiosk.language"])
        if saved.restart:
            t.say(t.tr("Disimpan di %1. Kios dimulai ulang untuk memakainya…").replace("%1", str(saved.path)))
            self._audit("restart", "settings")
            QTimer.singleShot(1500, self.restart_requested)
        else:
            t.say(t.tr("Disimpan dan langsung berlaku."))

    def show_logs(self) -> None:
        self._audit("view_logs")
        self.technician.show_logs(recent_lines(300))

    def _show_sync(self) -> None:
        self.technician.show_sync(str(sender.summary(self.store)), sender.export_failed(self.store))

    def retry_failed(self) -> None:
        count = sender.retry_failed(self.store)
        sender.resume_after_auth(self.store)
        self._audit("retry_failed", f"{count} records")
        self.technician.say(self.technician.tr("%n catatan dikirim ulang.", "", count))
        self._show_sync()

    def _export(self, screen, write: Callable[[Path], export.Exported], said: str, shown: Callable) -> None:
        """Write to the first USB stick, or say why not; ``said`` names what was saved."""
        try:
            dest = export.media_or_fail(self.find_media())
            done = write(dest)
        except ExportError as err:
            screen.say(str(err), ok=False)
            self._audit("export_refused", str(err)[:120])
            return
        screen.say(said.replace("%1", str(shown(done, dest))).replace("%2", str(dest)))

    def export_failed(self) -> None:
        t, kiosk_id = self.technician, self.cfg["kiosk.id"]
        self._export(t, lambda dest: export.export_failed_records(self.store, kiosk_id, dest, actor=self.holder.name),
                     t.tr("Tersimpan: %1"), lambda done, _dest: done.files[0])  # fmt: skip

    def export_logs(self) -> None:
        t, kiosk_id = self.technician, self.cfg["kiosk.id"]
        report = (
            diagnostics.report(self.last_results, kiosk_id) if self.last_results else "(diagnosa belum dijalankan)\n"
        )

        def write(dest: Path) -> export.Exported:
            return export.export_logs(self.store, kiosk_id, dest, actor=self.holder.name,
                                      log_lines=recent_lines(2000), report=report)  # fmt: skip

        self._export(t, write, t.tr("Tersimpan: %1"), lambda done, _dest: done.files[0].parent)

    # -- officer
    def refresh_officer(self) -> None:
        o = self.officer
        items = printed_log.entries(self.store)
        o.show_log(items, printed_log.totals(items), printed_log.days(self.store))
        o.show_expected(printed_log.totals(items).cards_printed, printed_log.period_start(self.store))
        o.show_collections(printed_log.collections(self.store))
        follow = printed_log.follow_up(self.store)
        o.show_follow_up(follow["photo_pending"], follow["uncertain"])

    def _show_collection(self, collection_id: int) -> None:
        items = printed_log.entries(self.store, collection_id=collection_id, limit=SCREEN_ROWS)
        self.officer.show_collection_log(items)
        total = printed_log.count(self.store, collection_id)
        if total > len(items):
            text = self.officer.tr("Menampilkan %1 cetakan terakhir dari %2.")
            self.officer.say(text.replace("%1", str(len(items))).replace("%2", str(total)))

    def _show_day(self, day) -> None:
        items = printed_log.entries(self.store, day=day)
        self.officer.show_log(items, printed_log.totals(items))

    def collect(self, counted: int, note: str) -> None:
        o = self.officer
        try:
            collection = printed_log.collect(self.store, self.holder.name, counted, note)
        except printed_log.CollectionError as err:
            o.say(str(err), ok=False)
            return
        items = printed_log.entries(self.store, collection_id=collection.id)
        document = printed_log.recap_document(collection, self.cfg["kiosk.id"], items)
        job_id = print_jobs.create(self.store, "recap", document=document)
        printed_log.set_recap_job(self.store, collection.id, job_id)
        self.devices.printouts.submit(job_id, self._recap_printed)
        o.collected()
        self.refresh_officer()
        o.say(o.tr("Serah terima #%1 tercatat. Rekap sedang dicetak.").replace("%1", str(collection.id)))

    def _recap_printed(self, ok: bool, message: str) -> None:
        self._audit("recap_printed" if ok else "recap_failed")
        o = self._showing(OfficerScreen)
        if o is not None:
            o.say(o.tr("Rekap tercetak. Periode baru dimulai.") if ok else message, ok)

    def export_print_log(self) -> None:
        o, kiosk_id = self.officer, self.cfg["kiosk.id"]
        self._export(o, lambda dest: export.export_print_log(self.store, kiosk_id, dest, actor=self.holder.name),
                     o.tr("%1 baris diekspor ke %2"), lambda done, _dest: done.rows)  # fmt: skip
