""" "Kartu saya": the card of a holder who has proven possession: validity, reports done and
due, applications sent, what to do next, and the actions (renew, reprint, report, vacancies)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.ak1 import format_registration_no
from kiosk.screens.base import PERSONAL, Screen
from kiosk.screens.messages import word
from kiosk.services.my_card import MyCard
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row

ACTIONS = ("renew", "reprint", "report", "vacancies")


class MyCardScreen(Screen):
    name = "my_card"

    chosen = Signal(str)  # renew | reprint | report | vacancies
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: MyCard | None = None
        header = TitleHeader()
        self.title = header.title
        self.details = named(QLabel(), "subtitle")
        self.details.setWordWrap(True)
        self.details.setProperty(PERSONAL, True)
        self.reports = QLabel()
        self.reports.setWordWrap(True)
        self.reports.setProperty(PERSONAL, True)
        self.applications = QLabel()
        self.applications.setWordWrap(True)
        self.applications.setProperty(PERSONAL, True)
        self.next_step = named(QLabel(), "hint")
        self.next_step.setWordWrap(True)
        self.next_step.setProperty(PERSONAL, True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        for i, action in enumerate(ACTIONS):
            button = named(QPushButton(), f"mycard_{action}")
            button.setMinimumHeight(88)
            button.clicked.connect(lambda _=False, a=action: self.chosen.emit(a))
            self.buttons[action] = button
            grid.addWidget(button, i // 2, i % 2)
        column = QVBoxLayout()
        column.setContentsMargins(40, 20, 40, 0)
        column.setSpacing(12)
        for widget in (self.details, self.reports, self.applications, self.next_step):
            column.addWidget(widget)
        column.addLayout(grid)
        column.addStretch(1)
        self.finish = named(QPushButton(), "finishButton")
        self.finish.clicked.connect(self.finished)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addLayout(column, 1)
        page.addLayout(button_row([self.finish], []))

    def show_card(self, card: MyCard) -> None:
        self.card = card
        self.buttons["renew"].setEnabled(card.can_renew)
        self.buttons["reprint"].setEnabled(card.local and not card.expired)
        self.buttons["report"].setEnabled(card.report_now is not None)
        self.buttons["vacancies"].setEnabled(not card.expired)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kartu Saya"))
        self.buttons["renew"].setText(self.tr("Perpanjang Kartu Kuning"))
        self.buttons["reprint"].setText(self.tr("Cetak Ulang Kartu"))
        self.buttons["report"].setText(self.tr("Lapor 6 Bulanan"))
        self.buttons["vacancies"].setText(self.tr("Cari dan Lamar Lowongan"))
        self.finish.setText(self.tr("Selesai"))
        card = self.card
        if card is None:
            for label in (self.details, self.reports, self.applications, self.next_step):
                label.clear()
            return
        until = card.valid_until.strftime("%d-%m-%Y")
        validity = (self.tr("Masa berlaku habis pada %1.") if card.expired else self.tr("Berlaku sampai %1.")).replace(
            "%1", until
        )
        self.details.setText(f"{card.name} · {format_registration_no(card.registration_no)}\n{validity}")
        if not card.local:
            self.reports.setText(
                self.tr("Kartu ini dibuat di tempat lain: cetak ulang dan laporan dilayani di kantor Disnaker.")
            )
        elif card.reports:
            done = "; ".join(f"{word('ak1', r.label)} ({r.reported_at[8:10]}-{r.reported_at[5:7]}-{r.reported_at[:4]})"
                             for r in card.reports)  # fmt: skip
            self.reports.setText(self.tr("Laporan terkirim: %1").replace("%1", done))
        else:
            self.reports.setText(self.tr("Belum ada laporan 6 bulanan."))
        if card.applications:
            sent = "; ".join(f"{a.title} — {a.company} ({a.applied_on:%d-%m-%Y})" for a in card.applications)
            self.applications.setText(self.tr("Lamaran terkirim: %1").replace("%1", sent))
        else:
            self.applications.setText(self.tr("Belum ada lamaran dari kios ini."))
        self.next_step.setText(self._next_step(card))

    def _next_step(self, card: MyCard) -> str:
        if card.expired:
            return self.tr("Langkah berikutnya: perpanjang kartu kuning Anda.")
        if card.can_renew:
            return self.tr("Langkah berikutnya: kartu hampir habis, perpanjang sekarang.")
        if card.working:
            return self.tr("Anda sudah melapor bekerja: tidak perlu laporan lagi. Selamat bekerja!")
        if card.report_now is not None and card.next_due is not None:
            return (
                self.tr("Langkah berikutnya: kirim %1 paling lambat %2.")
                .replace("%1", word("ak1", card.report_now)).replace("%2", card.next_due.strftime("%d-%m-%Y"))
            )  # fmt: skip
        if card.next_due is not None:
            return self.tr("Laporan berikutnya paling lambat %1.").replace("%1", card.next_due.strftime("%d-%m-%Y"))
        return self.tr("Langkah berikutnya: cari lowongan yang cocok dan lamar dari kios ini.")

    def wipe(self) -> None:
        super().wipe()
        self.card = None
        self.retranslate()
