"""After saving: printing, then "Ambil kartu Anda" with what comes next, or the print fault
with a way on (the record is already saved either way)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.core.spoken import REGISTRATION_GROUPS, digits_grouped
from kiosk.i18n import current_language
from kiosk.screens.base import PERSONAL, Screen
from kiosk.widgets.named import named
from kiosk.widgets.printed_language import printed_language_note, say_printed_language
from kiosk.widgets.steps import TitleHeader, button_row

AUTO_FINISH_S = 45


class DoneScreen(Screen):
    name = "done"

    reprint_requested = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "printing"
        self.kind = "card"
        self._registration_no = ""
        self._valid_until = ""
        self._message = ""
        self._note = ""  # a receipt's own next step (the report's period and next due date)
        header = TitleHeader()
        self.title = header.title
        card = named(QFrame(), "card")
        self.number = named(QLabel(), "title")
        self.number.setProperty(PERSONAL, True)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setWordWrap(True)  # large text: the number goes to a second line
        self.status = named(QLabel(), "subtitle")
        self.status.setWordWrap(True)
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setSpacing(18)
        inner.addWidget(self.number)
        inner.addWidget(self.status)
        inner.addWidget(self.next_steps)
        self.printed_language = printed_language_note()
        inner.addWidget(self.printed_language)
        self.reprint = named(QPushButton(), "reprintButton")
        self.reprint.clicked.connect(self.reprint_requested)
        self.finish = named(QPushButton(), "finishButton")
        self.finish.setProperty("role", "primary")
        self.finish.setMinimumWidth(300)
        self.finish.clicked.connect(self.finished)
        buttons = button_row([self.reprint], [self.finish])
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        inside = QWidget()
        body = QVBoxLayout(inside)
        body.setContentsMargins(40, 24, 40, 0)
        body.addWidget(card)
        body.addStretch(1)
        scroll = QScrollArea()  # large text and a long fault message: the card scrolls, the buttons stay
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inside)
        page.addWidget(scroll, 1)
        page.addLayout(buttons)
        self._auto = QTimer(self)
        self._auto.setSingleShot(True)
        self._auto.setInterval(AUTO_FINISH_S * 1000)
        self._auto.timeout.connect(self.finished)

    def show_printing(self, registration_no: str, valid_until: str, kind: str = "card", note: str = "") -> None:
        self._registration_no, self._valid_until = registration_no, valid_until
        self._note = note
        self.kind = kind  # card | receipt
        self.state = "printing"
        self._auto.stop()
        self.retranslate()

    def show_printed(self) -> None:
        self.state = "printed"
        self._auto.start()  # the card is in their hand; the next person may be waiting
        self.retranslate()

    def show_failed(self, message: str) -> None:
        self.state = "failed"
        self._message = message
        self._auto.stop()
        self.retranslate()

    def spoken_text(self) -> str:
        """The title, then the registration number read as printed on the card (4-6-6, digit by
        digit, a pause between groups) and what to do now."""
        words = [self.title_text()]
        if self._registration_no:
            try:
                number = digits_grouped(self._registration_no, REGISTRATION_GROUPS, current_language())
            except ValueError:  # not the 16 digits of an AK/1 number: as it is shown
                number = self._registration_no
            words.append(self.tr("Nomor pendaftaran: %1").replace("%1", number) + ".")
        words.append(self.status.text())
        return " ".join(w for w in words if w)

    def help_text(self) -> str:
        return self.tr(
            "Ambil kartu atau tanda terima Anda dari printer di bawah layar. Bila tidak tercetak, sentuh "
            "Cetak Ulang. Sentuh Selesai untuk mengakhiri; data Anda dihapus dari layar."
        )

    def retranslate(self) -> None:
        say_printed_language(self.printed_language)
        self.number.setText(
            # no-break spaces: a wrapped line never splits the number
            self.tr("Nomor pendaftaran: %1").replace("%1", self._registration_no.replace(" ", "\u00a0"))
            if self._registration_no
            else ""
        )
        self.reprint.setText(self.tr("Cetak Ulang"))
        self.reprint.setVisible(self.state == "failed")
        self.finish.setEnabled(self.state != "printing")
        self.finish.setText(self.tr("Selesai"))
        if self.state == "printing":
            self.title.setText(self.tr("Data tersimpan. Kartu sedang dicetak…"))
            self.status.setText(self.tr("Mohon tunggu sebentar."))
        elif self.state == "printed" and self.kind == "application":
            self.title.setText(self.tr("Lamaran Anda sudah tersimpan"))
            self.status.setText(self.tr("Ambil tanda terima lamaran di bawah layar. Lamaran dikirim ke SIKER."))
        elif self.state == "printed" and self.kind == "receipt":
            self.title.setText(self.tr("Laporan Anda sudah tersimpan"))
            self.status.setText(self.tr("Ambil tanda terima laporan Anda di bawah layar."))
        elif self.state == "printed":
            self.title.setText(self.tr("Ambil kartu Anda"))
            self.status.setText(self.tr("Kartu kuning (AK/1) Anda sudah dicetak di bawah layar."))
        else:
            self.title.setText(self.tr("Data Anda sudah tersimpan, tetapi kartu belum tercetak"))
            self.status.setText(
                self._message
                + " "
                + self.tr("Jika tidak bisa sekarang, tekan Selesai: petugas akan mencetak kartu Anda pada hari kerja.")
            )
        self.next_steps.setText(
            self._note
            if self._note
            else self.tr(
                "Kartu berlaku sampai %1. Laporkan status Anda setiap 6 bulan di mesin ini. "
                "Bawa kartu ke kantor Disnaker pada hari kerja untuk dilegalisasi petugas."
            ).replace("%1", self._valid_until)
            if self._valid_until
            else ""
        )

    def wipe(self) -> None:
        super().wipe()
        self._auto.stop()
        self._registration_no = self._valid_until = self._message = self._note = ""
        self.kind = "card"
        self.state = "printing"
        self.retranslate()
