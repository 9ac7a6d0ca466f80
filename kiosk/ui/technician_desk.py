"""What the technician screen's buttons do: each calls one use case of ``services/technician``
(or ``slips``, ``export``) and hands the answer to the screen. Slow ones go through Background."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from kiosk.config import ConfigError
from kiosk.i18n import set_language
from kiosk.screens.technician import TechnicianScreen
from kiosk.services import diagnostics, export, site_settings, slips, technician

if TYPE_CHECKING:
    from kiosk.devices.camera import Frame
    from kiosk.ui.staff_mode import StaffMode

RESTART_AFTER_MS = 1500  # long enough to read that the kiosk restarts


class TechnicianDesk(QObject):
    def __init__(self, mode: StaffMode) -> None:
        super().__init__(mode)
        self.mode = mode
        self.last_results: list[diagnostics.Result] = []
        self._frames, self._frames_since = 0, 0.0
        mode.devices.camera.signals.frame.connect(self._frame)
        mode.devices.card_reader.signals.card_inserted.connect(self._card)

    def wire(self, screen: TechnicianScreen) -> None:
        screen.run_diagnostics.connect(self.run_diagnostics)
        screen.test_page.connect(self.test_page)
        screen.camera_preview.connect(self.camera_preview)
        screen.save_settings.connect(self.save_settings)
        screen.retry_failed.connect(self.retry_failed)
        screen.export_failed.connect(self.export_failed)
        screen.refresh_logs.connect(self.show_logs)
        screen.export_logs.connect(self.export_logs)

    def opened(self, screen: TechnicianScreen) -> None:
        screen.show_settings(site_settings.current(self.mode.cfg))
        self._show_sync(screen)

    def _shown(self) -> TechnicianScreen | None:
        return self.mode.showing(TechnicianScreen)

    def run_diagnostics(self) -> None:
        mode, t = self.mode, self.mode.technician
        holder, printer, in_use = mode.who(), mode.devices.printer, t.previewing
        t.diagnosing()
        mode.background.run(lambda: technician.diagnose(mode.cfg, holder, printer, camera_in_use=in_use),
                            self._diagnosed, name="diagnostics")  # fmt: skip

    def _diagnosed(self, results: list[diagnostics.Result] | Exception) -> None:
        t = self._shown()
        if isinstance(results, Exception):
            if t is not None:
                t.diagnosis_failed(str(results))
            return
        self.last_results = results
        if t is not None:
            t.show_results(results)

    def test_page(self) -> None:
        mode = self.mode
        job_id = slips.test_page(mode.store, mode.cfg, mode.who())
        mode.technician.say(mode.technician.tr("Mencetak halaman uji…"))

        def printed(ok: bool, message: str) -> None:
            if (t := self._shown()) is not None:
                t.say(t.tr("Halaman uji tercetak.") if ok else message, ok)

        mode.devices.printouts.submit(job_id, printed)

    def camera_preview(self, on: bool) -> None:
        self._frames, self._frames_since = 0, 0.0
        if on:
            self.mode.audit("camera_preview")
            self.mode.devices.camera.start()
        else:
            self.mode.devices.camera.stop(wait=False)  # never wait on a camera read on the GUI thread

    def _frame(self, frame: Frame) -> None:
        t = self._shown()
        if t is None or not t.previewing:
            return
        self._frames += 1
        if self._frames == 1:
            self._frames_since = frame.at
        elapsed = frame.at - self._frames_since
        fps = (self._frames - 1) / elapsed if elapsed > 0 else 0.0
        t.show_frame(frame.image, f"{frame.image.width()}x{frame.image.height()}, {fps:.0f} fps")

    def _card(self, uid: str) -> None:
        if (t := self._shown()) is not None:
            t.show_card(uid)

    def save_settings(self, texts: dict[str, Any]) -> None:
        mode, t = self.mode, self.mode.technician
        try:
            saved = technician.save_settings(mode.cfg, mode.store, mode.who(), texts)
        except ConfigError as err:
            t.say(t.tr("Tidak disimpan: %1").replace("%1", str(err)), ok=False)
            return
        except OSError as err:
            t.say(t.tr("Tidak dapat menulis file pengaturan: %1").replace("%1", str(err)), ok=False)
            return
        t.forget_token()
        if not saved.changed:
            t.say(t.tr("Tidak ada yang berubah."))
            return
        live = site_settings.live_values(saved, texts)
        if "kiosk.idle_timeout_s" in live:
            mode.window.idle.set_timeout_ms(live["kiosk.idle_timeout_s"] * 1000)
        if "kiosk.language" in live:
            set_language(live["kiosk.language"])
            mode.window.defaults.language = live["kiosk.language"]  # what each session starts in
        if "speech.enabled" in live:
            mode.window.voice.set_default(live["speech.enabled"])  # from the next session on
        if "speech.volume" in live:
            mode.window.voice.set_volume(live["speech.volume"])
        if saved.restart:
            t.say(t.tr("Disimpan di %1. Kios dimulai ulang untuk memakainya…").replace("%1", str(saved.path)))
            mode.audit("restart", "settings")
            QTimer.singleShot(RESTART_AFTER_MS, mode.restart_requested.emit)
        else:
            t.say(t.tr("Disimpan dan langsung berlaku."))

    def show_logs(self) -> None:
        self.mode.technician.show_logs(technician.log_lines(self.mode.store, self.mode.who()))

    def _show_sync(self, screen: TechnicianScreen) -> None:
        screen.show_sync(*technician.sync_state(self.mode.store))

    def retry_failed(self) -> None:
        t = self.mode.technician
        count = technician.retry_failed(self.mode.store, self.mode.who())
        t.say(t.tr("%n catatan dikirim ulang.", "", count))
        self._show_sync(t)

    def export_failed(self) -> None:
        mode, t = self.mode, self.mode.technician
        kiosk_id, actor = mode.cfg.kiosk.id, mode.who().name
        mode.export_to_stick(t, lambda dest: export.export_failed_records(mode.store, kiosk_id, dest, actor=actor),
                             t.tr("Tersimpan: %1"), lambda done: done.files[0])  # fmt: skip

    def export_logs(self) -> None:
        mode, t = self.mode, self.mode.technician
        kiosk_id, holder, results = mode.cfg.kiosk.id, mode.who(), self.last_results
        mode.export_to_stick(t, lambda dest: technician.export_logs(mode.store, kiosk_id, holder, dest, results),
                             t.tr("Tersimpan: %1"), lambda done: done.files[0].parent)  # fmt: skip
