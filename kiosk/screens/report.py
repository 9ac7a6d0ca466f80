"""Six-monthly report: still seeking, or working now (employer, position, the first day at
work and where: local, another region or abroad). "Sudah bekerja" closes the card's reporting."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from kiosk.core import clock
from kiosk.core.validation import clean_text, parse_started_on, require_choice
from kiosk.screens.form_step import Check, FormStep
from kiosk.services.draft import RegistrationDraft
from kiosk.widgets.form import Choice, Field

ReportValue = str | date | None


class ReportScreen(FormStep):
    name = "report"

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.report: dict[str, ReportValue] = self._empty()
        self.status = Choice([("seeking", ""), ("employed", "")], columns=2)
        self.employer = Field(max_length=80)
        self.position = Field(max_length=60)
        self.started_on = Field(max_length=10, numeric=True)
        self.placement = Choice([("akl", ""), ("akad", ""), ("akan", "")], columns=3)
        self.status.changed.connect(self._status_changed)
        self.form.addWidget(self.status)
        for widget in (self.employer, self.position, self.started_on, self.placement):
            self.form.addWidget(widget)
        self.form.addStretch(1)
        self._status_changed(None)

    @staticmethod
    def _empty() -> dict[str, ReportValue]:
        return {"status": None, "employer": None, "position": None, "started_on": None, "placement": None}

    def step_title(self) -> str:
        return self.tr("Lapor 6 Bulanan")

    def help_text(self) -> str:
        return self.tr(
            "Laporan 6 bulanan memberi tahu Disnaker keadaan Anda. Pilih Masih mencari kerja atau Sudah "
            "bekerja; bila sudah bekerja, isi nama perusahaan, jabatan, dan tanggal mulai. Lalu sentuh Kirim "
            "Laporan."
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.header.step.setText(self.tr("Laporan kartu kuning"))
        self.status.label.setText(self.tr("Bagaimana keadaan Anda sekarang?"))
        self.status.set_texts({"seeking": self.tr("Masih mencari kerja"), "employed": self.tr("Sudah bekerja")})
        self.employer.label.setText(self.tr("Nama perusahaan tempat bekerja"))
        self.position.label.setText(self.tr("Jabatan / pekerjaan"))
        self.started_on.label.setText(self.tr("Mulai bekerja (tanggal-bulan-tahun, contoh 01-03-2026)"))
        self.placement.label.setText(self.tr("Tempat bekerja"))
        self.placement.set_texts({
            "akl": self.tr("Kota Semarang / Jawa Tengah"),
            "akad": self.tr("Provinsi lain"),
            "akan": self.tr("Luar negeri"),
        })  # fmt: skip
        self.nav.next.setText(self.tr("Kirim Laporan ›"))

    def _status_changed(self, status: str | None) -> None:
        employed = status == "employed"
        for widget in (self.employer, self.position, self.started_on, self.placement):
            widget.setVisible(employed)

    def load(self) -> None:
        status = self.report["status"]
        self.status.set_value(status if isinstance(status, str) else None)
        self._status_changed(status if isinstance(status, str) else None)

    def collect(self, check: Check) -> None:
        status = check(self.status, lambda: require_choice(self.status.value()))
        report = self._empty()
        report["status"] = status
        if status == "employed":
            report["employer"] = check(
                self.employer, lambda: clean_text(self.employer.text(), label=self.tr("Nama perusahaan"))
            )
            report["position"] = check(
                self.position, lambda: clean_text(self.position.text(), label=self.tr("Jabatan"))
            )
            report["started_on"] = check(
                self.started_on, lambda: parse_started_on(self.started_on.text(), today=clock.today())
            )
            report["placement"] = check(self.placement, lambda: require_choice(self.placement.value()))
        self.report = report

    def wipe(self) -> None:
        super().wipe()
        self.report = self._empty()
        self._status_changed(None)
