"""Cek Tiket: the ticket number from the slip and the phone written on the ticket show what the
office did with it (state, appointment, answer). The lookup runs in the background; a wrong
pair and an unknown number get the same answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.core.problems import ProblemError
from kiosk.core.tickets import CONTEXT, STATUS_WORDS, parse_ticket_no
from kiosk.core.validation import normalise_phone
from kiosk.screens.base import PERSONAL, Screen
from kiosk.screens.messages import describe
from kiosk.screens.tickets import day_text
from kiosk.widgets.form import Field, row
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row

if TYPE_CHECKING:
    from kiosk.services.tickets import TicketState


class TicketCheckScreen(Screen):
    name = "ticket_check"

    lookup_requested = Signal(str, str)  # ticket number as printed, phone as +628…
    back_requested = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: TicketState | None = None
        self._busy = False
        header = TitleHeader()
        self.title = header.title
        self.number = Field(max_length=24)
        self.number.editor.setProperty("capitalize", False)
        self.phone = Field(max_length=20, numeric=True)
        self.look = named(QPushButton(), "lookButton")
        self.look.setProperty("role", "primary")
        self.look.clicked.connect(self._look)
        self.number.editor.returnPressed.connect(self._look)
        self.phone.editor.returnPressed.connect(self._look)
        self.intro = named(QLabel(), "hint")
        self.intro.setWordWrap(True)
        self.result_status = named(QLabel(), "subtitle")
        self.result_status.setWordWrap(True)
        self.result_status.setProperty(PERSONAL, True)
        self.result_detail = QLabel()
        self.result_detail.setWordWrap(True)
        self.result_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.result_detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.result_detail.setProperty(PERSONAL, True)
        self.problem = named(QLabel(), "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.result = named(QFrame(), "card")
        inner = QVBoxLayout(self.result)
        inner.addWidget(self.result_status)
        inner.addWidget(self.result_detail)
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(40, 16, 40, 16)
        column.setSpacing(16)
        column.addWidget(self.intro)
        column.addLayout(row(self.number, self.phone))
        column.addWidget(self.look, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.problem)
        column.addWidget(self.result)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(form)
        self.back = named(QPushButton(), "backButton")
        self.back.clicked.connect(self.back_requested)
        self.finish = named(QPushButton(), "finishButton")
        self.finish.clicked.connect(self.finished)
        bar = QFrame()
        bar.setLayout(button_row([self.back], [self.finish]))
        self.dock_above = bar
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(header)
        page.addWidget(self.scroll_area, 1)
        page.addWidget(bar)
        self._show_result()

    def _look(self) -> None:
        if self._busy:
            return
        self.state = None
        self._show_result()
        self.show_problem("")
        number = phone = None
        try:
            number = parse_ticket_no(self.number.text())
            self.number.clear_error()
        except ProblemError as err:
            self.number.show_error(describe(err))
        try:
            phone = normalise_phone(self.phone.text())
            self.phone.clear_error()
        except ProblemError as err:
            self.phone.show_error(describe(err))
        if number is None or phone is None:
            return
        self.set_busy(True)
        self.lookup_requested.emit(number, phone)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.look.setEnabled(not busy)
        self.retranslate()

    def show_state(self, state: TicketState) -> None:
        self.set_busy(False)
        self.state = state
        self._show_result()

    def show_problem(self, message: str) -> None:
        if message:
            self.set_busy(False)
        self.problem.setText("⚠ " + message)
        self.problem.setVisible(bool(message))

    def _show_result(self) -> None:
        state = self.state
        self.result.setVisible(state is not None)
        if state is None:
            self.result_status.clear()
            self.result_detail.clear()
            return
        status = QCoreApplication.translate(CONTEXT, STATUS_WORDS.get(state.status, state.status))
        self.result_status.setText(f"{state.ticket_no}: {status}")
        lines = []
        if state.waiting_to_send:
            lines.append(self.tr("Tiket ini belum sampai di kantor Disnaker: kios akan mengirimnya begitu tersambung."))
        if state.appointment_at is not None:
            when = state.appointment_at
            lines.append(self.tr("Jadwal bertemu petugas: %1 pukul %2")
                         .replace("%1", day_text(when.date())).replace("%2", f"{when:%H.%M}"))  # fmt: skip
        if state.answer:
            lines += [self.tr("Jawaban petugas:"), state.answer]
        elif not state.waiting_to_send:
            lines.append(self.tr("Belum ada jawaban. Petugas menjawab dalam beberapa hari kerja."))
        self.result_detail.setText("\n".join(lines))

    def help_text(self) -> str:
        return self.tr(
            "Ketik nomor tiket yang tercetak di slip dan nomor HP yang Anda tulis saat membuat tiket, lalu "
            "tekan Cek. Kios menampilkan keadaan tiket, jadwal bertemu petugas dan jawabannya."
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cek Tiket"))
        self.intro.setText(self.tr("Nomor tiket ada di slip, contoh K-SMG01-261202-0007."))
        self.number.label.setText(self.tr("Nomor tiket"))
        self.number.editor.setPlaceholderText("K-SMG01-261202-0007")
        self.phone.label.setText(self.tr("Nomor HP di tiket"))
        self.phone.editor.setPlaceholderText("0812 3456 7890")
        self.look.setText(self.tr("Sedang memeriksa…") if self._busy else self.tr("Cek"))
        self.back.setText(self.tr("‹ Kembali"))
        self.finish.setText(self.tr("Selesai"))
        self._show_result()

    def wipe(self) -> None:
        super().wipe()
        self.state = None
        self._busy = False
        self.look.setEnabled(True)
        for field in (self.number, self.phone):
            field.clear_error()
        self.show_problem("")
        self._show_result()
        self.retranslate()
