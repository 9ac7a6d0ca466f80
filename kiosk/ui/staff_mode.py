"""Staff mode: the PIN pad, the technician and officer screens, and what their buttons do.

Every login, action and logout is audited with the holder's name. What each button does is a
use case in ``services/`` (``staff``, ``technician``, ``officer``, ``export``, ``slips``); this module
routes between the screens and connects their signals. Slow work (argon2, diagnostics that
touch the network) runs through ``Background``, so the screen never freezes. Two minutes
without a touch ends the staff session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.config import Config, ConfigError
from kiosk.i18n import set_language
from kiosk.screens.base import Screen
from kiosk.screens.officer import OfficerScreen
from kiosk.screens.staff_pin import StaffPinScreen
from kiosk.screens.technician import TechnicianScreen
from kiosk.services import diagnostics, export, officer, printed_log, site_settings, slips, staff, technician
from kiosk.services.export import ExportError
from kiosk.ui.background import Background
from kiosk.ui.corner_hold import CornerHold
from kiosk.ui.idle import IdleWatcher

if TYPE_CHECKING:
    from kiosk.store.db import Store  # a handle passed to the services, never queried here

log = logging.getLogger(__name__)

STAFF_IDLE_S = 120
ROLE_SCREENS = staff.ROLES  # each role has the screen of its name
STAFF_SCREENS = (StaffPinScreen.name, *ROLE_SCREENS)
S = TypeVar("S", bound=Screen)


class StaffMode(QObject):
    restart_requested = Signal()

    def __init__(
        self,
        cfg: Config,
        window,
        store: Store,
        devices,  # the Assembly: printer, camera, card_reader, printouts
        *,
        idle_s: int = STAFF_IDLE_S,
        find_media: Callable[[], list[Path]] = export.removable_mounts,
    ) -> None:
        super().__init__(window)
        self.cfg, self.window, self.store, self.devices = cfg, window, store, devices
        self.find_media = find_media
        self.holder: staff.Holder | None = None
        self.last_results: list[diagnostics.Result] = []
        self.background = Background(self)
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
        db_path = self.cfg.db_path
        self.background.run(lambda: staff.sign_in(db_path, pin), self._after_pin, name="staff-pin")

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


    def _who(self) -> staff.Holder:
        """The signed-in holder: every staff screen's button is pressed by one."""
        if self.holder is None:
            raise RuntimeError("a staff action with nobody signed in")
        return self.holder

    # -- technician
    def run_diagnostics(self) -> None:
        t, holder, printer = self.technician, self._who(), self.devices.printer
        t.run_button.setEnabled(False)
        t.say(t.tr("Memeriksa…"))
        in_use = t.preview_button.isChecked()
        self.background.run(lambda: technician.diagnose(self.cfg, holder, printer, camera_in_use=in_use),
                            self._diagnosed, name="diagnostics")  # fmt: skip

    def _diagnosed(self, results: list[diagnostics.Result] | Exception) -> None:
        t = self._showing(TechnicianScreen)
        if isinstance(results, Exception):
            if t is not None:
                t.run_button.setEnabled(True)
                t.say(str(results), ok=False)
            return
        self.last_results = results
        failed = [r.name for r in results if not r.ok]
        if t is not None:
            t.show_results(results)
            t.say(t.tr("%n pemeriksaan gagal.", "", len(failed)), ok=not failed)

    def test_page(self) -> None:
        job_id = slips.test_page(self.store, self.cfg, self._who())
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
        shown = self._showing(TechnicianScreen)
        if shown is None or not shown.preview_button.isChecked():
            return
        self._frames += 1
        if self._frames == 1:
            self._frames_since = frame.at
        elapsed = frame.at - self._frames_since
        fps = (self._frames - 1) / elapsed if elapsed > 0 else 0.0
        shown.show_frame(frame.image, f"{frame.image.width()}x{frame.image.height()}, {fps:.0f} fps")

    def _card(self, uid: str) -> None:
        t = self._showing(TechnicianScreen)
        if t is not None:
            t.show_card(uid)

    def save_settings(self, texts: dict) -> None:
        t = self.technician
        try:
            saved = technician.save_settings(self.cfg, self.store, self._who(), texts)
        except ConfigError as err:
            t.say(t.tr("Tidak disimpan: %1").replace("%1", str(err)), ok=False)
            return
        except OSError as err:
            t.say(t.tr("Tidak dapat menulis file pengaturan: %1").replace("%1", str(err)), ok=False)
            return
        t.fields[site_settings.TOKEN].clear()  # a secret does not stay on screen
        if not saved.changed:
            t.say(t.tr("Tidak ada yang berubah."))
            return
        live = site_settings.live_values(saved, texts)
        if "kiosk.idle_timeout_s" in live:
            self.window.idle.set_timeout(live["kiosk.idle_timeout_s"])
        if "kiosk.language" in live:
            set_language(live["kiosk.language"])
        if saved.restart:
            t.say(t.tr("Disimpan di %1. Kios dimulai ulang untuk memakainya…").replace("%1", str(saved.path)))
            self._audit("restart", "settings")
            QTimer.singleShot(1500, self.restart_requested)
        else:
            t.say(t.tr("Disimpan dan langsung berlaku."))

    def show_logs(self) -> None:
        self.technician.show_logs(technician.log_lines(self.store, self._who()))

    def _show_sync(self) -> None:
        self.technician.show_sync(*technician.sync_state(self.store))

    def retry_failed(self) -> None:
        count = technician.retry_failed(self.store, self._who())
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
        t, kiosk_id, actor = self.technician, self.cfg["kiosk.id"], self._who().name
        self._export(t, lambda dest: export.export_failed_records(self.store, kiosk_id, dest, actor=actor),
                     t.tr("Tersimpan: %1"), lambda done, _dest: done.files[0])  # fmt: skip

    def export_logs(self) -> None:
        t, kiosk_id, holder, results = self.technician, self.cfg["kiosk.id"], self._who(), self.last_results
        self._export(t, lambda dest: technician.export_logs(self.store, kiosk_id, holder, dest, results),
                     t.tr("Tersimpan: %1"), lambda done, _dest: done.files[0].parent)  # fmt: skip

    # -- officer
    def refresh_officer(self) -> None:
        o, view = self.officer, officer.overview(self.store)
        o.show_log(view.entries, view.totals, view.days)
        o.show_expected(view.totals.cards_printed, view.period_start)
        o.show_collections(view.collections)
        o.show_follow_up(view.photo_pending, view.uncertain)

    def _show_collection(self, collection_id: int) -> None:
        page = officer.collection_page(self.store, collection_id)
        self.officer.show_collection_log(page.entries)
        if page.total > len(page.entries):
            text = self.officer.tr("Menampilkan %1 cetakan terakhir dari %2.")
            self.officer.say(text.replace("%1", str(len(page.entries))).replace("%2", str(page.total)))

    def _show_day(self, day) -> None:
        self.officer.show_log(*officer.day(self.store, day))

    def collect(self, counted: int, note: str) -> None:
        o = self.officer
        try:
            handover = officer.hand_over(self.store, self.cfg["kiosk.id"], self._who().name, counted, note)
        except printed_log.CollectionError as err:
            o.say(str(err), ok=False)
            return
        self.devices.printouts.submit(handover.recap_job_id, self._recap_printed)
        o.collected()
        self.refresh_officer()
        o.say(o.tr("Serah terima #%1 tercatat. Rekap sedang dicetak.").replace("%1", str(handover.collection.id)))

    def _recap_printed(self, ok: bool, message: str) -> None:
        self._audit("recap_printed" if ok else "recap_failed")
        o = self._showing(OfficerScreen)
        if o is not None:
            o.say(o.tr("Rekap tercetak. Periode baru dimulai.") if ok else message, ok)

    def export_print_log(self) -> None:
        o, kiosk_id, actor = self.officer, self.cfg["kiosk.id"], self._who().name
        self._export(o, lambda dest: export.export_print_log(self.store, kiosk_id, dest, actor=actor),
                     o.tr("%1 baris diekspor ke %2"), lambda done, _dest: done.rows)  # fmt: skip
