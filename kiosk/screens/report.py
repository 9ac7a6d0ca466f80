"""Six-monthly report: still seeking, or working now (employer and position)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core.validation import clean_text, require_choice
from kiosk.screens.form_step import Check, FormStep
from kiosk.services.draft import RegistrationDraft
from kiosk.widgets.form import Choice, Field


class ReportScreen(FormStep):
    name = "report"

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.report: dict[str, str | None] = {"status": None, "employer": None, "position": None}
        self.status = Choice([("seeking", ""), ("employed", "")], columns=2)
        self.employer = Field(max_length=80)
        self.position = Field(max_length=60)
        self.status.changed.connect(self._status_changed)
        self.form.addWidget(self.status)
        self.form.addWidget(self.employer)
        self.form.addWidget(self.position)
        self.form.addStretch(1)
        self._status_changed(None)

    def step_title(self) -> str:
        return self.tr("Lapor 6 Bulanan")

    def retranslate(self) -> None:
        super().retranslate()
        self.header.step.setText(self.tr("Laporan kartu kuning"))
        self.status.label.setText(self.tr("Bagaimana keadaan Anda sekarang?"))
        self.status.set_texts({"seeking": self.tr("Masih mencari kerja"), "employed": self.tr("Sudah bekerja")})
        self.employer.label.setText(self.tr("Nama perusahaan tempat bekerja"))
        self.position.label.setText(self.tr("Jabatan / pekerjaan"))
        self.nav.next.setText(self.tr("Kirim Laporan ›"))

    def _status_changed(self, status: str | None) -> None:
        employed = status == "employed"
        self.employer.setVisible(employed)
        self.position.setVisible(employed)

    def load(self) -> None:
        self.status.set_value(self.report["status"])
        self._status_changed(self.report["status"])

    def collect(self, check: Check) -> None:
        status = check(self.status, lambda: require_choice(self.status.value()))
        employer: str | None = None
        position: str | None = None
        if status == "employed":
            employer = check(self.employer, lambda: clean_text(self.employer.text(), label=self.tr("Nama perusahaan")))
            position = check(self.position, lambda: clean_text(self.position.text(), label=self.tr("Jabatan")))
        self.report = {"status": status, "employer": employer, "position": position}

    def wipe(self) -> None:
        super().wipe()
        self.report = {"status": None, "employer": None, "position": None}
        self._status_changed(None)
