""" "Pendaftaran Saya": the event registrations a proven holder made at this kiosk, each with its
seat number, "menyusul" while the server has not answered, or "penuh" with a plain explanation
when the answer was that no seat was left; the slip can be printed again."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kiosk.core import clock
from kiosk.core.states import SeatState
from kiosk.screens.base import PERSONAL, Screen
from kiosk.screens.events import when_text
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row

if TYPE_CHECKING:
    from kiosk.core.events import Seat


class MyEventsScreen(Screen):
    name = "my_events"

    reprint_requested = Signal(str)  # the registration's client_id
    events_requested = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seats: list[Seat] = []
        self.holder_name = ""
        self._now = clock.now()
        header = TitleHeader()
        self.title = header.title
        self.who = named(QLabel(), "subtitle")
        self.who.setProperty(PERSONAL, True)
        self.who.setWordWrap(True)
        self.notice = named(QLabel(), "hint")
        self.notice.setWordWrap(True)
        self.notice.setProperty(PERSONAL, True)
        self.results = named(QListWidget(), "myEventList")
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # words wrap instead
        self.results.currentRowChanged.connect(lambda _r: self._buttons())
        self.print_text = named(QLabel(), "hint")
        self.print_text.setWordWrap(True)
        column = QVBoxLayout()
        column.setContentsMargins(40, 16, 40, 0)
        column.addWidget(self.who)
        column.addWidget(self.notice)
        column.addWidget(self.results, 1)
        column.addWidget(self.print_text)
        self.finish = named(QPushButton(), "finishButton")
        self.finish.clicked.connect(self.finished)
        self.events = named(QPushButton(), "eventsButton")
        self.events.clicked.connect(self.events_requested)
        self.reprint = named(QPushButton(), "reprintSlipButton")
        self.reprint.setProperty("role", "primary")
        self.reprint.clicked.connect(self._reprint)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addLayout(column, 1)
        page.addLayout(button_row([self.finish], [self.events, self.reprint]))

    def show_seats(self, holder_name: str, seats: list[Seat], now: datetime | None = None) -> None:
        self.holder_name, self.seats = holder_name, seats
        self._now = now or clock.now()
        self.print_text.clear()
        self.retranslate()

    def show_print_state(self, state: str, message: str = "") -> None:
        """``printing`` | ``printed`` | ``failed`` (with the printer's or the refusal's words)."""
        texts = {
            "printing": self.tr("Bukti pendaftaran sedang dicetak…"),
            "printed": self.tr("Ambil bukti pendaftaran Anda di bawah layar."),
        }
        self.print_text.setText(texts.get(state, "⚠ " + message))

    def _printable(self, seat: Seat) -> bool:
        return seat.state in (SeatState.WAITING, SeatState.SEATED) and seat.ends_at > self._now

    def _selected(self) -> Seat | None:
        row = self.results.currentRow()
        return self.seats[row] if 0 <= row < len(self.seats) else None

    def _reprint(self) -> None:
        seat = self._selected()
        if seat is not None and self._printable(seat):
            self.reprint_requested.emit(seat.client_id)

    def _buttons(self) -> None:
        seat = self._selected()
        self.reprint.setEnabled(seat is not None and self._printable(seat))

    def _state_text(self, seat: Seat) -> str:
        if seat.state == SeatState.SEATED:
            return self.tr("Terdaftar · nomor kursi %1").replace("%1", str(seat.seat_no))
        if seat.state == SeatState.WAITING:
            return self.tr("Nomor kursi menyusul: belum terkirim ke server Disnaker")
        if seat.state == SeatState.FULL:
            return self.tr("PENUH: kuota habis sebelum pendaftaran Anda sampai. Anda tidak mendapat kursi; "
                           "bukti yang tercetak tidak berlaku. Silakan pilih acara lain.")  # fmt: skip
        return self.tr("DITOLAK: acara dibatalkan atau tidak lagi menerima pendaftaran di kios.")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pendaftaran Saya"))
        self.finish.setText(self.tr("Selesai"))
        self.events.setText(self.tr("Lihat Acara"))
        self.reprint.setText(self.tr("Cetak Bukti ›"))
        self.who.setText(self.holder_name)
        row = self.results.currentRow()
        self.results.clear()
        for seat in self.seats:
            past = seat.ends_at <= self._now
            text = f"{seat.title}\n{when_text(seat.starts_at, seat.ends_at)} · {seat.place}\n"
            text += (self.tr("Sudah lewat") + " · " if past else "") + self._state_text(seat)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, seat.client_id)
            self.results.addItem(item)
        if 0 <= row < len(self.seats):
            self.results.setCurrentRow(row)
        full = sum(1 for s in self.seats if s.state == SeatState.FULL and s.ends_at > self._now)
        if not self.seats:
            self.notice.setText(self.tr("Belum ada pendaftaran acara dari kios ini."))
        elif full:
            self.notice.setText(self.tr("%n pendaftaran Anda tidak mendapat kursi karena acaranya penuh.", "", full))
        else:
            self.notice.setText(self.tr("Pilih satu pendaftaran untuk mencetak buktinya lagi."))
        self._buttons()

    def help_text(self) -> str:
        return self.tr(
            "Pendaftaran acara Anda dari kios ini dengan nomor kursinya. 'Menyusul' berarti kios belum "
            "tersambung ke server; 'Penuh' berarti kuota habis lebih dulu. Pilih satu lalu tekan Cetak Bukti."
        )

    def wipe(self) -> None:
        super().wipe()
        self.seats = []
        self.holder_name = ""
        self.results.clear()
        self.print_text.clear()
        self.retranslate()
