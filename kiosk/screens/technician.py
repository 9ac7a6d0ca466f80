"""Technician mode: diagnostics, site settings, the sync queue and the logs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.problems import Problem
from kiosk.screens.messages import describe, word
from kiosk.screens.staff_common import StaffScreen, Table
from kiosk.services.diagnostics import CONTEXT, Result
from kiosk.services.site_settings import EDITABLE, TOKEN
from kiosk.widgets.named import named
from kiosk.widgets.preview import CameraPreview


def _button(name: str, role: str = "") -> QPushButton:
    button = named(QPushButton(), name)
    if role:
        button.setProperty("role", role)
    return button


def _left_row(*buttons: QPushButton) -> QHBoxLayout:
    """A tab's buttons side by side from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class TechnicianScreen(StaffScreen):
    name = "technician"

    run_diagnostics = Signal()
    test_page = Signal()
    camera_preview = Signal(bool)
    save_settings = Signal(dict)
    retry_failed = Signal()
    export_failed = Signal()
    refresh_logs = Signal()
    export_logs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("technicianTabs", parent)
        self.lay_out([self._diagnostics_tab(), self._settings_tab(), self._sync_tab(), self._logs_tab()])
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- tabs
    def _diagnostics_tab(self) -> QWidget:
        tab = QWidget()
        self.run_button = _button("runDiagnostics", "primary")
        self.run_button.clicked.connect(self.run_diagnostics)
        self.test_page_button = _button("testPage")
        self.test_page_button.clicked.connect(self.test_page)
        self.preview_button = _button("cameraPreview", "toggle")
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self.camera_preview)
        self.results = Table(3)
        self.preview = CameraPreview()
        self.preview.setMinimumSize(320, 240)
        self.preview.setMaximumWidth(400)
        self.camera_facts = named(QLabel(wordWrap=True), "hint")
        self.card_uid = named(QLabel(wordWrap=True), "hint")
        side = QVBoxLayout()
        side.addWidget(self.preview_button)
        side.addWidget(self.preview, 1)
        side.addWidget(self.camera_facts)
        side.addWidget(self.card_uid)
        buttons = _left_row(self.run_button, self.test_page_button)
        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.results, 1)
        row = QHBoxLayout(tab)
        row.addLayout(left, 3)
        row.addLayout(side, 1)
        return tab

    def _settings_tab(self) -> QWidget:
        self.fields: dict[str, QLineEdit] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setVerticalSpacing(10)
        self.field_labels: dict[str, QLabel] = {}
        for key in (*EDITABLE, TOKEN):
            edit = named(QLineEdit(), f"setting_{key.replace('.', '_')}")
            edit.setProperty("capitalize", False)
            self.fields[key] = edit
            self.field_labels[key] = QLabel(wordWrap=True)
            form.addRow(self.field_labels[key], edit)
        self.fields[TOKEN].setEchoMode(QLineEdit.EchoMode.Password)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.save_button = _button("saveSettings", "primary")
        self.save_button.clicked.connect(self._save)
        self.settings_hint = named(QLabel(wordWrap=True), "hint")
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.settings_hint)
        column.addWidget(scroll, 1)
        column.addWidget(self.save_button)
        return tab

    def _sync_tab(self) -> QWidget:
        self.sync_summary = named(QLabel(wordWrap=True), "subtitle")
        self.failed = Table(4)
        self.retry_button = _button("retryFailed", "primary")
        self.retry_button.clicked.connect(self.retry_failed)
        self.export_failed_button = _button("exportFailed")
        self.export_failed_button.clicked.connect(self.export_failed)
        buttons = _left_row(self.retry_button, self.export_failed_button)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.sync_summary)
        column.addWidget(self.failed, 1)
        column.addLayout(buttons)
        return tab

    def _logs_tab(self) -> QWidget:
        self.log_view = named(QPlainTextEdit(readOnly=True), "logView")
        self.log_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.refresh_button = _button("refreshLogs")
        self.refresh_button.clicked.connect(self.refresh_logs)
        self.export_logs_button = _button("exportLogs", "primary")
        self.export_logs_button.clicked.connect(self.export_logs)
        buttons = _left_row(self.refresh_button, self.export_logs_button)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.log_view, 1)
        column.addLayout(buttons)
        return tab

    def _tab_changed(self, index: int) -> None:
        if index != 0 and self.preview_button.isChecked():
            self.preview_button.setChecked(False)
        if index == 3:
            self.refresh_logs.emit()

    def _save(self) -> None:
        self.save_settings.emit({key: edit.text() for key, edit in self.fields.items()})

    # -- what the controller shows
    @property
    def previewing(self) -> bool:
        return self.preview_button.isChecked()

    def diagnosing(self) -> None:
        self.run_button.setEnabled(False)
        self.say(self.tr("Memeriksa…"))

    def diagnosis_failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.say(message, ok=False)

    def show_results(self, results: list[Result]) -> None:
        self.run_button.setEnabled(True)
        verdict = {True: self.tr("LULUS"), False: self.tr("GAGAL")}
        self.results.fill([(verdict[r.ok], word(CONTEXT, r.label), describe(r.seen) + (f" — {r.error}" if r.error else ""))
                           for r in results])  # fmt: skip
        failed = sum(1 for r in results if not r.ok)
        self.say(self.tr("%n pemeriksaan gagal.", "", failed), ok=not failed)

    def forget_token(self) -> None:
        """A secret does not stay on screen once saved."""
        self.fields[TOKEN].clear()

    def show_settings(self, values: dict[str, str]) -> None:
        for key, edit in self.fields.items():
            edit.setText(values.get(key, ""))

    def show_sync(self, summary: Problem, paused: str | None, failed: list[dict[str, Any]]) -> None:
        paused_text = self.tr("dijeda") + ": " + paused if paused else ""  # SIKER's own words after it
        self.sync_summary.setText("; ".join(filter(None, (describe(summary), paused_text))))
        self.failed.fill([(row["id"], row["endpoint"], row["http_status"], row["last_error"]) for row in failed])

    def show_logs(self, lines: list[str]) -> None:
        self.log_view.setPlainText("\n".join(lines))
        self.log_view.verticalScrollBar().setValue(self.log_view.verticalScrollBar().maximum())

    def show_frame(self, image: QImage, facts: str) -> None:
        self.preview.show_image(image)
        self.camera_facts.setText(facts)

    def show_card(self, uid: str) -> None:
        self.card_uid.setText(self.tr("Kartu terakhir: UID %1").replace("%1", uid))

    def on_leave(self) -> None:
        self.preview_button.setChecked(False)

    def wipe(self) -> None:
        super().wipe()
        self.preview.clear()
        self.camera_facts.clear()
        self.card_uid.clear()
        self.sync_summary.clear()
        self.tabs.setCurrentIndex(0)

    def help_text(self) -> str:
        return self.tr(
            "Mode teknisi: jalankan diagnosa perangkat, cetak halaman uji, ubah pengaturan, lihat antrean "
            "sinkron dan log. Sentuh Keluar bila selesai."
        )

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Mode Teknisi"))
        self.header.who.setText(self.tr("Masuk sebagai %1").replace("%1", self.holder_name))
        self.header.leave.setText(self.tr("Keluar"))
        for i, text in enumerate(
            (self.tr("Diagnosa"), self.tr("Pengaturan"), self.tr("Antrean sinkron"), self.tr("Log"))
        ):
            self.tabs.setTabText(i, text)
        self.run_button.setText(self.tr("Jalankan diagnosa"))
        self.test_page_button.setText(self.tr("Cetak halaman uji"))
        self.preview_button.setText(self.tr("Pratinjau kamera"))
        self.results.set_headers(self.tr("Hasil"), self.tr("Pemeriksaan"), self.tr("Keterangan"))
        self.settings_hint.setText(
            self.tr(
                "Diperiksa dengan aturan yang sama seperti saat kios menyala. Token dibiarkan kosong bila tidak diganti."
            )
        )
        self.save_button.setText(self.tr("Simpan pengaturan"))
        words = {
            "kiosk.id": self.tr("ID kios"),
            "kiosk.number": self.tr("Nomor kios (1-99)"),
            "siker.base_url": self.tr("Alamat server SIKER"),
            "printer.uri": self.tr("Sambungan printer"),
            "printer.paper_width_mm": self.tr("Lebar kertas (58 atau 80 mm)"),
            "camera.source": self.tr("Kamera"),
            "kiosk.idle_timeout_s": self.tr("Batas diam (detik)"),
            "kiosk.language": self.tr("Bahasa awal (id atau en)"),
            "speech.enabled": self.tr("Panduan suara menyala di awal sesi (true atau false)"),
            "speech.volume": self.tr("Volume suara (0-100)"),
            TOKEN: self.tr("Token SIKER baru"),
        }
        for key, label in self.field_labels.items():
            label.setText(f"{words[key]}\n{key}" if key != TOKEN else words[key])
        self.failed.set_headers("#", self.tr("Tujuan"), "HTTP", self.tr("Pesan server"))
        self.retry_button.setText(self.tr("Kirim ulang yang gagal"))
        self.export_failed_button.setText(self.tr("Ekspor yang gagal ke flashdisk"))
        self.refresh_button.setText(self.tr("Muat ulang"))
        self.export_logs_button.setText(self.tr("Ekspor log dan diagnosa ke flashdisk"))
