""" "Kartu saya": the card of a holder who has proven possession: its legalisation state in plain
words with when the office last said so ("Perbarui status" asks again), what to fix when it was
sent back and the way to fix it here, validity, reports done and due, applications sent, what to
do next, and the actions (renew, reprint, report, vacancies)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.core import clock
from kiosk.core.ak1 import format_registration_no
from kiosk.core.card_state import CardStatus, Fix, age_in_days, split_officer
from kiosk.screens.base import PERSONAL, Screen
from kiosk.screens.messages import word
from kiosk.services.my_card import MyCard
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row

ACTIONS = ("renew", "reprint", "report", "vacancies")
REFRESH_OK, REFRESH_UNKNOWN, REFRESH_OFFLINE = "ok", "unknown", "offline"


class MyCardScreen(Screen):
    name = "my_card"

    chosen = Signal(str)  # renew | reprint | report | vacancies | fix_photo | fix_data
    refresh_requested = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: MyCard | None = None
        self.refreshing = False
        self.refresh_outcome = ""
        header = TitleHeader()
        self.title = header.title
        self.details = self._label("subtitle")

        # the card's legalisation state
        self.state_box = named(QFrame(), "card")
        self.state_title = self._label("subtitle")
        self.state_title.setTextFormat(Qt.TextFormat.RichText)
        self.state_text = self._label("hint")
        self.checked = self._label("hint")
        self.refresh_note = self._label("error")
        self.refresh = named(QPushButton(), "refreshStatus")
        self.refresh.setMinimumHeight(64)
        self.refresh.clicked.connect(self._refresh_clicked)
        self.fix = named(QPushButton(), "fixCard")
        self.fix.setProperty("role", "primary")
        self.fix.setMinimumHeight(64)
        self.fix.clicked.connect(self._fix_clicked)
        box = QVBoxLayout(self.state_box)
        box.setSpacing(6)
        for widget in (self.state_title, self.state_text, self.checked, self.refresh_note):
            box.addWidget(widget)

        self.reports = self._label()
        self.applications = self._label()
        self.next_step = self._label("hint")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        for i, action in enumerate(ACTIONS):
            button = named(QPushButton(), f"mycard_{action}")
            button.setMinimumHeight(72)
            button.clicked.connect(lambda _=False, a=action: self.chosen.emit(a))
            self.buttons[action] = button
            grid.addWidget(button, i // 2, i % 2)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(40, 16, 40, 8)
        column.setSpacing(12)
        column.addWidget(self.details)
        column.addWidget(self.state_box)
        for widget in (self.reports, self.applications, self.next_step):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        self.finish = named(QPushButton(), "finishButton")
        self.finish.clicked.connect(self.finished)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addWidget(self.scroll_area, 1)
        grid.setContentsMargins(40, 8, 40, 0)
        page.addLayout(grid)  # the actions stay in view; the words above scroll when long
        # asking the office and fixing a card sent back sit at the right, where the way on always is
        page.addLayout(button_row([self.finish], [self.refresh, self.fix]))

    @staticmethod
    def _label(style: str = "") -> QLabel:
        label = named(QLabel(), style) if style else QLabel()
        label.setWordWrap(True)
        label.setProperty(PERSONAL, True)
        return label

    # -- what the flow tells the screen
    def show_card(self, card: MyCard) -> None:
        self.card = card
        local_ok = card.local and not card.expired
        self.buttons["renew"].setEnabled(card.can_renew)
        # a card sent back or rejected is not printed again: the correction prints its own card
        self.buttons["reprint"].setEnabled(local_ok and card.state not in (CardStatus.REVISI, CardStatus.DITOLAK))
        self.buttons["report"].setEnabled(card.report_now is not None)
        self.buttons["vacancies"].setEnabled(not card.expired)
        self.retranslate()

    def show_refreshing(self) -> None:
        self.refreshing = True
        self.refresh_outcome = ""
        self.retranslate()

    def show_refreshed(self, card: MyCard | None, outcome: str) -> None:
        """``outcome``: ok (the office answered), unknown (it has no such card yet), offline."""
        self.refreshing = False
        self.refresh_outcome = outcome
        if card is not None:
            self.show_card(card)
        else:
            self.retranslate()

    def _refresh_clicked(self) -> None:
        if not self.refreshing and self.card is not None:
            self.show_refreshing()
            self.refresh_requested.emit()

    def _fix_clicked(self) -> None:
        card = self.card
        if card is not None and card.fix in (Fix.PHOTO, Fix.DATA):
            self.chosen.emit(f"fix_{card.fix}")

    # -- words
    def retranslate(self) -> None:
        self.title.setText(self.tr("Kartu Saya"))
        self.buttons["renew"].setText(self.tr("Perpanjang Kartu Kuning"))
        self.buttons["report"].setText(self.tr("Lapor 6 Bulanan"))
        self.buttons["vacancies"].setText(self.tr("Cari dan Lamar Lowongan"))
        self.refresh.setText(self.tr("Memeriksa…") if self.refreshing else self.tr("Perbarui Status"))
        self.refresh.setEnabled(not self.refreshing)
        self.finish.setText(self.tr("Selesai"))
        card = self.card
        legalised = card is not None and card.state == CardStatus.DISAHKAN and card.known is not None
        self.buttons["reprint"].setText(
            self.tr("Cetak Kartu yang Disahkan") if legalised else self.tr("Cetak Ulang Kartu")
        )
        if card is None:
            for label in (self.details, self.state_title, self.state_text, self.checked, self.refresh_note,
                          self.reports, self.applications, self.next_step):  # fmt: skip
                label.clear()
            self.fix.hide()
            return
        until = card.valid_until.strftime("%d-%m-%Y")
        validity = (self.tr("Masa berlaku habis pada %1.") if card.expired else self.tr("Berlaku sampai %1.")).replace(
            "%1", until
        )
        self.details.setText(f"{card.name} · {format_registration_no(card.registration_no)}\n{validity}")
        self._show_state(card)
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

    def _state_words(self, status: CardStatus) -> str:
        return {
            CardStatus.MENUNGGU: self.tr("Status kartu: menunggu pengesahan"),
            CardStatus.REVISI: self.tr("Status kartu: perlu perbaikan"),
            CardStatus.DISAHKAN: self.tr("Status kartu: disahkan"),
            CardStatus.DITOLAK: self.tr("Status kartu: ditolak"),
            CardStatus.KEDALUWARSA: self.tr("Status kartu: kedaluwarsa"),
            CardStatus.BEKERJA: self.tr("Status kartu: sudah bekerja"),
        }[status]

    def _show_state(self, card: MyCard) -> None:
        known = card.known
        reason = (known.reason if known is not None else None) or self.tr("(tidak disebutkan)")
        self.state_title.setText(f"<b>{self._state_words(card.state)}</b>")
        self.fix.hide()
        if card.state == CardStatus.MENUNGGU:
            text = self.tr("Kartu Anda sedang diperiksa Pengantar Kerja di kantor Disnaker. "
                           "Kartu sah setelah disahkan.")  # fmt: skip
        elif card.state == CardStatus.REVISI:
            text = self.tr("Petugas meminta perbaikan. Alasan: %1").replace("%1", reason)
            if card.fix == Fix.PHOTO:
                text += "\n" + self.tr("Ambil ulang foto Anda di kios ini; perbaikan langsung dikirim ke kantor.")
                self.fix.setText(self.tr("Ambil Ulang Foto"))
                self.fix.show()
            elif card.fix == Fix.DATA:
                text += "\n" + self.tr("Perbaiki data yang disebut petugas di kios ini; perbaikan langsung "
                                       "dikirim ke kantor.")  # fmt: skip
                self.fix.setText(self.tr("Perbaiki Data"))
                self.fix.show()
            else:
                text += "\n" + self.tr("Perbaikan ini dilayani di kantor Disnaker: datang dengan membawa e-KTP.")
        elif card.state == CardStatus.DISAHKAN:
            name, nip = split_officer(known.officer if known is not None else None)
            on = known.decided_at.strftime("%d-%m-%Y") if known is not None and known.decided_at else "-"
            who = f"{name}, NIP {nip}" if nip else (name or "-")
            text = self.tr("Disahkan oleh %1 pada %2.").replace("%1", who).replace("%2", on)
            if card.local and not card.expired:
                text += " " + self.tr("Anda dapat mencetak kartu yang sudah disahkan.")
        elif card.state == CardStatus.DITOLAK:
            text = self.tr("Pendaftaran kartu ditolak. Alasan: %1").replace("%1", reason)
            text += "\n" + self.tr("Bila ada pertanyaan, datanglah ke kantor Disnaker dengan membawa e-KTP.")
        elif card.state == CardStatus.KEDALUWARSA:
            text = self.tr("Masa berlaku kartu sudah habis. Perpanjang kartu agar tetap terdaftar.")
        else:
            text = self.tr("Anda sudah melapor bekerja: kartu ini tidak perlu dilaporkan lagi.")
        self.state_text.setText(text)
        self.checked.setText(self._checked_words(card))
        note = ""
        if self.refresh_outcome == REFRESH_OFFLINE:
            note = self.tr("Kantor tidak dapat dihubungi sekarang: yang tampil adalah status terakhir yang diketahui.")
        elif self.refresh_outcome == REFRESH_UNKNOWN:
            note = self.tr("Data kartu belum sampai di kantor. Coba perbarui lagi nanti.")
        self.refresh_note.setText(note)
        self.refresh_note.setVisible(bool(note))

    def _checked_words(self, card: MyCard) -> str:
        checked = card.known.checked_at if card.known is not None else None
        if checked is None:
            return self.tr("Belum diperiksa ke kantor.")
        now = clock.now()
        days = age_in_days(checked, now)
        if days == 0:
            minutes = int((now - checked).total_seconds() // 60)
            if minutes < 1:
                return self.tr("Diperiksa baru saja.")
            return self.tr("Diperiksa hari ini pukul %1.").replace(
                "%1", checked.astimezone(now.tzinfo).strftime("%H.%M")
            )
        if days == 1:
            return self.tr("Diperiksa kemarin.")
        return self.tr("Diperiksa %1 hari lalu.").replace("%1", str(days))

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

    def help_text(self) -> str:
        return self.tr(
            "Ini kartu kuning Anda: statusnya di kantor Disnaker, masa berlaku, laporan dan lamaran. Tekan "
            "Perbarui Status untuk menanyakan status terbaru ke kantor. Bila petugas meminta perbaikan, "
            "tombol perbaikan membawa Anda ke langkah yang perlu diubah. Tekan Selesai bila sudah."
        )

    def wipe(self) -> None:
        super().wipe()
        self.card = None
        self.refreshing = False
        self.refresh_outcome = ""
        self.scroll_area.verticalScrollBar().setValue(0)
        self.retranslate()
