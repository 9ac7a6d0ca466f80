"""Consent (UU PDP 27/2022): what is stored, why, for how long, who sees it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.screens.base import Screen
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row


class ConsentScreen(Screen):
    name = "consent"

    agreed = Signal()
    declined = Signal()

    def __init__(self, retention_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retention_days = retention_days
        header = TitleHeader()
        self._title = header.title
        card = named(QFrame(), "card")
        self._points: list[tuple[QLabel, QLabel]] = []
        column = QVBoxLayout(card)
        column.setSpacing(16)
        for _ in range(5):
            heading = named(QLabel(), "subtitle")
            text = QLabel()
            text.setWordWrap(True)
            column.addWidget(heading)
            column.addWidget(text)
            self._points.append((heading, text))
        self.decline = named(QPushButton(), "declineButton")
        self.decline.setProperty("role", "danger")
        self.agree = named(QPushButton(), "agreeButton")
        self.agree.setProperty("role", "primary")
        self.agree.setMinimumWidth(320)
        self.decline.clicked.connect(self.declined)
        self.agree.clicked.connect(self.agreed)
        buttons = button_row([self.decline], [self.agree])
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        holder = QWidget()
        body = QVBoxLayout(holder)
        body.setContentsMargins(40, 20, 40, 0)
        body.addWidget(card)
        body.addStretch(1)
        scroll = QScrollArea()  # large text on a small screen still reaches the buttons
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        page.addWidget(scroll, 1)
        page.addLayout(buttons)

    def help_text(self) -> str:
        return self.tr(
            "Bacalah data apa yang disimpan, untuk apa, siapa yang melihat, dan berapa lama. Sentuh Saya "
            "Setuju untuk lanjut mendaftar. Bila tidak setuju, tidak ada data yang disimpan."
        )

    def retranslate(self) -> None:
        self._title.setText(self.tr("Persetujuan Penggunaan Data Pribadi"))
        texts = [
            (
                self.tr("Data yang disimpan"),
                self.tr(
                    "NIK, nama, tempat dan tanggal lahir, alamat, nomor HP, email, pendidikan, "
                    "keterampilan, pengalaman kerja, dan foto Anda."
                ),
            ),
            (
                self.tr("Untuk apa"),
                self.tr("Untuk membuat kartu kuning (AK/1) dan mencarikan lowongan kerja yang cocok untuk Anda."),
            ),
            (
                self.tr("Siapa yang melihat"),
                self.tr("Petugas Disnaker Kota Semarang melalui SIKER, dan perusahaan yang lowongannya Anda lamar."),
            ),
            (
                self.tr("Berapa lama"),
                self.tr(
                    "Di mesin ini data dihapus %1 hari setelah terkirim ke SIKER. "
                    "Di SIKER data disimpan selama kartu Anda berlaku."
                ).replace("%1", str(self._retention_days)),
            ),
            (
                self.tr("Hak Anda"),
                self.tr(
                    "Anda boleh melihat, memperbaiki, atau meminta data dihapus di kantor Disnaker "
                    "pada hari kerja. Jika tidak setuju, tidak ada data yang disimpan."
                ),
            ),
        ]
        for (heading, text), (h, t) in zip(self._points, texts, strict=True):
            heading.setText(h)
            text.setText(t)
        self.decline.setText(self.tr("Tidak Setuju, Batalkan"))
        self.agree.setText(self.tr("Saya Setuju ›"))
