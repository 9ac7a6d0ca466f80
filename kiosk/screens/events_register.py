"""Registering for an event: the event, the name and phone for the slip (prefilled from the
proven holder's card), then the answer: the seat number, "menyusul" when offline, or "penuh"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.states import SeatState
from kiosk.screens.base import PERSONAL, Screen
from kiosk.screens.events import when_text
from kiosk.widgets.form import Field
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row

if TYPE_CHECKING:
    from kiosk.core.events import Seat
    from kiosk.services.events import Contact, Event


class EventRegisterScreen(Screen):
    name = "event_register"

    submitted = Signal(str, str)  # name, phone
    cancelled = Signal()
    finished = Signal()
    reprint_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "form"  # form | waiting | result
        self.seat: Seat | None = None
        self.printing = ""  # "" | printing | printed | failed
        self._print_message = ""
        header = TitleHeader()
        self.title = header.title
        self.event_text = named(QLabel(), "subtitle")
        self.event_text.setWordWrap(True)
        self.full_name = Field(max_length=100)
        self.phone = Field(max_length=20, numeric=True)
        self.note = named(QLabel(), "hint")
        self.note.setWordWrap(True)
        self.problem = named(QLabel(), "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(40, 20, 40, 0)
        column.setSpacing(14)
        for widget in (self.event_text, self.full_name, self.phone, self.note, self.problem):
            column.addWidget(widget)
        column.addStretch(1)
        card = named(QFrame(), "card")
        self.result_title = named(QLabel(), "title")
        self.result_title.setWordWrap(True)
        self.result_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_text = named(QLabel(), "subtitle")
        self.result_text.setWordWrap(True)
        self.result_text.setProperty(PERSONAL, True)
        self.print_text = named(QLabel(), "hint")
        self.print_text.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setSpacing(18)
        inner.addWidget(self.result_title)
        inner.addWidget(self.result_text)
        inner.addWidget(self.print_text)
        result = QWidget()
        result_column = QVBoxLayout(result)
        result_column.setContentsMargins(40, 24, 40, 0)
        result_column.addWidget(card)
        result_column.addStretch(1)
        self.pages = QStackedWidget()
        self.areas: list[QScrollArea] = []
        for page_widget in (form, result):  # large text, an error, a long title: taller than the page
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(page_widget)
            self.areas.append(area)
            self.pages.addWidget(area)
        self.cancel = named(QPushButton(), "cancelButton")
        self.cancel.setProperty("role", "danger")
        self.cancel.clicked.connect(self.cancelled)
        self.send = named(QPushButton(), "registerButton")
        self.send.setProperty("role", "primary")
        self.send.setMinimumWidth(300)
        self.send.clicked.connect(self._submit)
        self.reprint = named(QPushButton(), "reprintButton")
        self.reprint.clicked.connect(self.reprint_requested)
        self.finish = named(QPushButton(), "finishButton")
        self.finish.setProperty("role", "primary")
        self.finish.setMinimumWidth(300)
        self.finish.clicked.connect(self.finished)
        bar = QWidget()
        bar.setLayout(button_row([self.cancel, self.reprint], [self.send, self.finish]))
        self.dock_above = bar
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addWidget(self.pages, 1)
        page.addWidget(bar)
        self._event: Event | None = None

    # -- what the flow shows
    def show_form(self, event: Event, contact: Contact) -> None:
        self._event = event
        self.state, self.seat, self.printing = "form", None, ""
        self.full_name.set_text(contact.name)
        self.phone.set_text(contact.phone)
        self.full_name.clear_error()
        self.phone.clear_error()
        self.show_problem("")
        self.retranslate()

    def show_field_error(self, field: str, message: str) -> None:
        target = self.full_name if field == "name" else self.phone
        target.show_error(message)
        target.recheck_with(None)
        target.editor.setFocus()

    def show_problem(self, message: str) -> None:
        self.problem.setText("⚠ " + message if message else "")
        self.problem.setVisible(bool(message))

    def show_waiting(self) -> None:
        self.state = "waiting"
        self.retranslate()

    def show_result(self, seat: Seat, printing: bool) -> None:
        self.state, self.seat = "result", seat
        self.printing = "printing" if printing else ""
        self.retranslate()

    def show_printing(self) -> None:
        self.printing = "printing"
        self.retranslate()

    def show_printed(self, ok: bool, message: str) -> None:
        self.printing = "printed" if ok else "failed"
        self._print_message = message
        self.retranslate()

    def _submit(self) -> None:
        if self.state != "form":
            return
        self.full_name.clear_error()
        self.phone.clear_error()
        self.show_problem("")
        self.submitted.emit(self.full_name.text(), self.phone.text())

    def retranslate(self) -> None:
        self.full_name.label.setText(self.tr("Nama (dicetak di bukti pendaftaran)"))
        self.phone.label.setText(self.tr("Nomor HP"))
        self.phone.editor.setPlaceholderText(self.tr("contoh 0812 3456 7890"))
        self.note.setText(
            self.tr("Nama dan nomor HP diambil dari kartu kuning Anda; ubah bila sudah berganti. "
                    "Nomor kursi dicetak di bukti pendaftaran.")
        )  # fmt: skip
        self.cancel.setText(self.tr("Batal"))
        self.reprint.setText(self.tr("Cetak Ulang"))
        self.finish.setText(self.tr("Selesai"))
        self.send.setText(self.tr("Minta nomor kursi…") if self.state == "waiting" else self.tr("Daftar ›"))
        e = self._event
        if e is not None:
            self.event_text.setText(f"{e.title}\n{when_text(e.starts_at, e.ends_at)}\n{e.place}")
        on_form = self.state in ("form", "waiting")
        self.pages.setCurrentIndex(0 if on_form else 1)
        self.send.setVisible(on_form)
        self.send.setEnabled(self.state == "form")
        self.cancel.setVisible(on_form)
        self.cancel.setEnabled(self.state == "form")
        self.full_name.editor.setReadOnly(self.state != "form")
        self.phone.editor.setReadOnly(self.state != "form")
        self.finish.setVisible(not on_form)
        self.finish.setEnabled(self.printing != "printing")
        self.reprint.setVisible(not on_form and self.printing == "failed")
        self.title.setText(self.tr("Daftar Acara") if on_form else self._result_title())
        self.result_title.setText(self._seat_line())
        self.result_text.setText(self._result_text())
        self.print_text.setText(self._print_text())

    def _result_title(self) -> str:
        seat = self.seat
        if seat is None:
            return ""
        if seat.state == SeatState.SEATED:
            return self.tr("Anda terdaftar")
        if seat.state == SeatState.WAITING:
            return self.tr("Pendaftaran tersimpan")
        if seat.state == SeatState.FULL:
            return self.tr("Maaf, acara ini sudah penuh")
        return self.tr("Pendaftaran tidak diterima")

    def _seat_line(self) -> str:
        seat = self.seat
        if seat is None:
            return ""
        if seat.state == SeatState.SEATED and seat.seat_no is not None:
            return self.tr("Nomor kursi: %1").replace("%1", str(seat.seat_no))
        if seat.state == SeatState.WAITING:
            return self.tr("Nomor kursi: menyusul")
        return seat.title

    def _result_text(self) -> str:
        seat = self.seat
        if seat is None:
            return ""
        head = f"{seat.title}\n{when_text(seat.starts_at, seat.ends_at)}\n{seat.place}\n\n"
        if seat.state == SeatState.SEATED:
            return head + self.tr("Bawa bukti pendaftaran dan kartu kuning Anda ke acara.")
        if seat.state == SeatState.WAITING:
            return head + self.tr(
                "Kios belum tersambung ke server Disnaker, jadi nomor kursi belum ada. Pendaftaran Anda tersimpan "
                "dan dikirim otomatis. Lihat nomor kursi Anda di kios ini (Pendaftaran Saya) sebelum hari acara. "
                "Bila kuota sudah habis lebih dulu, Anda tidak mendapat kursi."
            )
        if seat.state == SeatState.FULL:
            return head + self.tr("Semua kursi sudah terisi sebelum pendaftaran Anda sampai. Anda tidak mendapat "
                                  "kursi dan tidak ada bukti yang dicetak. Silakan pilih acara lain.")  # fmt: skip
        return head + self.tr("Acara ini dibatalkan atau tidak lagi menerima pendaftaran di kios. Tanyakan ke "
                              "petugas Disnaker pada hari kerja.")  # fmt: skip

    def _print_text(self) -> str:
        if self.printing == "printing":
            return self.tr("Bukti pendaftaran sedang dicetak…")
        if self.printing == "printed":
            return self.tr("Ambil bukti pendaftaran Anda di bawah layar.")
        if self.printing == "failed":
            return (
                self._print_message
                + " "
                + self.tr("Pendaftaran Anda tetap tersimpan; bukti bisa dicetak lagi di Pendaftaran Saya.")
            )
        return ""

    def help_text(self) -> str:
        return self.tr(
            "Periksa nama dan nomor HP Anda, lalu tekan Daftar. Bila kios tersambung, nomor kursi langsung "
            "dicetak; bila tidak, bukti mencatat 'nomor kursi menyusul' dan nomornya bisa dilihat di "
            "Pendaftaran Saya."
        )

    def wipe(self) -> None:
        super().wipe()
        self._event = None
        self.seat = None
        self.state, self.printing, self._print_message = "form", "", ""
        self.full_name.clear_error()
        self.phone.clear_error()
        self.event_text.clear()
        self.show_problem("")
        for area in self.areas:
            area.verticalScrollBar().setValue(0)
        self.retranslate()
