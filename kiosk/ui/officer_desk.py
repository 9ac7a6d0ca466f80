"""What the officer screen's buttons do: each calls one use case of ``services/officer`` (or
``export``) and hands the answer to the screen. The handover is one transaction there; its
recap slip then goes to the printer."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.screens.messages import describe
from kiosk.screens.officer import OfficerScreen
from kiosk.services import export, officer, printed_log

if TYPE_CHECKING:
    from kiosk.ui.staff_mode import StaffMode


class OfficerDesk(QObject):
    def __init__(self, mode: StaffMode) -> None:
        super().__init__(mode)
        self.mode = mode

    def wire(self, screen: OfficerScreen) -> None:
        screen.day_chosen.connect(self._show_day)
        screen.collect.connect(self.collect)
        screen.collection_chosen.connect(self._show_collection)
        screen.export.connect(self.export_print_log)

    def opened(self, screen: OfficerScreen) -> None:
        self.refresh(screen)

    def refresh(self, screen: OfficerScreen) -> None:
        view = officer.overview(self.mode.store)
        screen.show_log(view.entries, view.totals, view.days)
        screen.show_expected(view.totals.cards_printed, view.period_start)
        screen.show_collections(view.collections)
        screen.show_follow_up(view.photo_pending, view.uncertain)

    def _show_collection(self, collection_id: int) -> None:
        o, page = self.mode.officer, officer.collection_page(self.mode.store, collection_id)
        o.show_collection_log(page.entries)
        if page.total > len(page.entries):
            text = o.tr("Menampilkan %1 cetakan terakhir dari %2.")
            o.say(text.replace("%1", str(len(page.entries))).replace("%2", str(page.total)))

    def _show_day(self, day: date | None) -> None:
        self.mode.officer.show_log(*officer.day(self.mode.store, day))

    def collect(self, counted: int, note: str) -> None:
        mode, o = self.mode, self.mode.officer
        try:
            handover = officer.hand_over(mode.store, mode.cfg.kiosk.id, mode.who().name, counted, note)
        except printed_log.CollectionError as err:
            o.say(describe(err), ok=False)
            return
        mode.devices.printouts.submit(handover.recap_job_id, self._recap_printed)
        o.collected()
        self.refresh(o)
        o.say(o.tr("Serah terima #%1 tercatat. Rekap sedang dicetak.").replace("%1", str(handover.collection.id)))

    def _recap_printed(self, ok: bool, message: str) -> None:
        self.mode.audit("recap_printed" if ok else "recap_failed")
        if (o := self.mode.showing(OfficerScreen)) is not None:
            o.say(o.tr("Rekap tercetak. Periode baru dimulai.") if ok else message, ok)

    def export_print_log(self) -> None:
        mode, o = self.mode, self.mode.officer
        kiosk_id, actor = mode.cfg.kiosk.id, mode.who().name
        mode.export_to_stick(o, lambda dest: export.export_print_log(mode.store, kiosk_id, dest, actor=actor),
                             o.tr("%1 baris diekspor ke %2"), lambda done: done.rows)  # fmt: skip
