"""Officer mode: the printed-card log, the handover (collection), earlier collections,
follow-up lists and the export to a USB stick."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.screens.messages import word
from kiosk.screens.staff_common import StaffScreen, Table
from kiosk.services.printed_log import CONTEXT, KINDS, OUTCOMES, Collection, Entry, Kind, Outcome, Totals
from kiosk.widgets.keypad import NumericKeypad
from kiosk.widgets.named import named


def _kind(kind: Kind) -> str:
    return word(CONTEXT, KINDS[kind])


def _rows(items: list[Entry]) -> list[tuple[str, ...]]:
    return [
        (e.at[:16].replace("T", " "), e.registration_no, e.name, _kind(e.kind), word(CONTEXT, OUTCOMES[e.outcome]))
        for e in items
    ]


class OfficerScreen(StaffScreen):
    name = "officer"

    day_chosen = Signal(object)  # date | None (every day)
    collect = Signal(int, str)  # cards counted, note
    collection_chosen = Signal(int)
    export = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("officerTabs", parent)
        self.export_button = named(QPushButton(), "exportLog")
        self.export_button.setProperty("role", "primary")
        self.export_button.clicked.connect(self.export)
        self.lay_out([self._log_tab(), self._collect_tab(), self._history_tab(), self._follow_up_tab()],
                     self.export_button)  # fmt: skip
        self._days: list[date] = []
        self._collections: list[Collection] = []

    def _log_tab(self) -> QWidget:
        self.day = named(QComboBox(), "dayFilter")
        self.day.currentIndexChanged.connect(self._day_changed)
        self.totals = named(QLabel(wordWrap=True), "hint")
        self.log = Table(5, stretch=2)
        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addWidget(self.totals, 1)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addLayout(top)
        column.addWidget(self.log, 1)
        return tab

    def _collect_tab(self) -> QWidget:
        self.expected = named(QLabel(wordWrap=True), "subtitle")
        self.counted = named(QLineEdit(), "countedCards")
        self.counted.setValidator(QIntValidator(0, 100000))
        self.counted.setMaxLength(6)
        self.counted.setProperty("keypad", "own")
        self.note = named(QLineEdit(), "collectionNote")
        self.note.setMaxLength(500)
        self.counted_label = QLabel()
        self.note_label = QLabel()
        form = QFormLayout()
        form.addRow(self.counted_label, self.counted)
        form.addRow(self.note_label, self.note)
        keypad = NumericKeypad()
        keypad.target = self.counted
        keypad.setMaximumWidth(360)
        self.collect_button = named(QPushButton(), "collectButton")
        self.collect_button.setProperty("role", "primary")
        self.collect_button.clicked.connect(self._collect)
        left = QVBoxLayout()
        left.addWidget(self.expected)
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.collect_button)
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.addLayout(left, 2)
        row.addWidget(keypad, 1, Qt.AlignmentFlag.AlignTop)
        return tab

    def _history_tab(self) -> QWidget:
        self.history = Table(6, stretch=5)
        self.history.itemSelectionChanged.connect(self._collection_selected)
        self.history_log = Table(5, stretch=2)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.history, 1)
        column.addWidget(self.history_log, 2)
        return tab

    def _follow_up_tab(self) -> QWidget:
        self.photo_pending_label = named(QLabel(), "hint")
        self.photo_pending = Table(3, stretch=1)
        self.uncertain_label = named(QLabel(), "hint")
        self.uncertain = Table(4, stretch=3)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.photo_pending_label)
        column.addWidget(self.photo_pending, 1)
        column.addWidget(self.uncertain_label)
        column.addWidget(self.uncertain, 1)
        return tab

    # -- reactions
    def _day_changed(self, index: int) -> None:
        if index >= 0:
            self.day_chosen.emit(self._days[index - 1] if index > 0 else None)

    def _collect(self) -> None:
        text = self.counted.text().strip()
        if not text:
            self.say(self.tr("Tulis jumlah kartu yang Anda hitung."), ok=False)
            return
        self.collect.emit(int(text), self.note.text())

    def _collection_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows() if self.history.selectionModel() else []
        if rows and rows[0].row() < len(self._collections):
            self.collection_chosen.emit(self._collections[rows[0].row()].id)

    # -- what the controller shows
    def show_log(self, items: list[Entry], totals: Totals, days: list[date] | None = None) -> None:
        if days is not None:
            self._days = days
            self.day.blockSignals(True)
            self.day.clear()
            self.day.addItem(self.tr("Semua hari"))
            for d in days:
                self.day.addItem(d.strftime("%d-%m-%Y"))
            self.day.blockSignals(False)
        self.log.fill(_rows(items))
        kinds = ", ".join(f"{_kind(k)} {n}" for k, n in sorted(totals.by_kind.items()))
        self.totals.setText(
            self.tr("%1 cetakan; kartu tercetak %2; gagal %3; tidak pasti %4. %5")
            .replace("%1", str(totals.jobs))
            .replace("%2", str(totals.cards_printed))
            .replace("%3", str(totals.by_outcome.get(Outcome.FAILED, 0)))
            .replace("%4", str(totals.by_outcome.get(Outcome.UNCERTAIN, 0)))
            .replace("%5", kinds)
        )

    def show_expected(self, expected: int, since: str) -> None:
        self.expected.setText(
            self.tr("Menurut catatan, %1 kartu tercetak sejak %2. Hitung kartu yang Anda ambil dan tulis jumlahnya.")
            .replace("%1", str(expected))
            .replace("%2", since[:16].replace("T", " "))
        )

    def collected(self) -> None:
        self.counted.clear()
        self.note.clear()

    def show_collections(self, collections: list[Collection]) -> None:
        self._collections = collections
        rows = [
            (
                c.id,
                c.officer,
                f"{c.period_start[:16]} – {c.period_end[:16]}".replace("T", " "),
                c.expected,
                c.confirmed,
                c.note,
            )
            for c in collections
        ]
        self.history.fill(rows)
        self.history_log.setRowCount(0)

    def show_collection_log(self, items: list[Entry]) -> None:
        self.history_log.fill(_rows(items))

    def show_follow_up(self, photo_pending: list[dict[str, Any]], uncertain: list[dict[str, Any]]) -> None:
        self.photo_pending_label.setText(self.tr("Menunggu foto di kantor: %1").replace("%1", str(len(photo_pending))))
        self.photo_pending.fill(
            [(r["registration_no"], r["name"], r["created_at"][:16].replace("T", " ")) for r in photo_pending]
        )
        self.uncertain_label.setText(
            self.tr("Cetakan tidak pasti (kios berhenti saat mencetak): %1").replace("%1", str(len(uncertain)))
        )
        self.uncertain.fill([(r["job_id"], r["registration_no"], word(CONTEXT, KINDS.get(r["kind"], r["kind"])),
                              r["since"][:16].replace("T", " ")) for r in uncertain])  # fmt: skip

    def wipe(self) -> None:
        super().wipe()
        self._collections = []
        self.tabs.setCurrentIndex(0)

    def help_text(self) -> str:
        return self.tr(
            "Mode petugas: lihat kartu yang tercetak, catat serah terima kartu dengan jumlah yang Anda "
            "hitung, dan tindak lanjuti foto atau cetakan yang tertunda. Sentuh Keluar bila selesai."
        )

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Mode Petugas"))
        self.header.who.setText(self.tr("Masuk sebagai %1").replace("%1", self.holder_name))
        self.header.leave.setText(self.tr("Keluar"))
        titles = (
            self.tr("Kartu tercetak"),
            self.tr("Serah terima"),
            self.tr("Riwayat serah terima"),
            self.tr("Tindak lanjut"),
        )
        for i, text in enumerate(titles):
            self.tabs.setTabText(i, text)
        headers = (self.tr("Waktu"), self.tr("No. pendaftaran"), self.tr("Nama"), self.tr("Jenis"), self.tr("Hasil"))
        self.log.set_headers(*headers)
        self.history_log.set_headers(*headers)
        self.history.set_headers(
            "#", self.tr("Petugas"), self.tr("Periode"), self.tr("Catatan"), self.tr("Dihitung"), self.tr("Keterangan")
        )
        self.photo_pending.set_headers(self.tr("No. pendaftaran"), self.tr("Nama"), self.tr("Terdaftar"))
        self.uncertain.set_headers("#", self.tr("No. pendaftaran"), self.tr("Jenis"), self.tr("Sejak"))
        self.counted_label.setText(self.tr("Kartu yang dihitung"))
        self.note_label.setText(self.tr("Catatan selisih"))
        self.collect_button.setText(self.tr("Simpan serah terima dan cetak rekap"))
        self.export_button.setText(self.tr("Ekspor ke flashdisk"))
