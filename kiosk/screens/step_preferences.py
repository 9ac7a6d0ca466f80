"""Step: the work the job seeker is looking for."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QWidget

from kiosk.core.validation import clean_text, clean_wage
from kiosk.screens.form_step import Check, FormStep
from kiosk.services.draft import RegistrationDraft
from kiosk.widgets.form import Field, row

ROWS = 3


class PreferencesStep(FormStep):
    name = "step_preferences"

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.positions = [Field(max_length=60) for _ in range(ROWS)]
        self.locations = [Field(max_length=60) for _ in range(ROWS)]
        self.min_wage = Field(max_length=15, numeric=True)
        self.form.addLayout(row(*self.positions))
        self.form.addLayout(row(*self.locations))
        self.form.addWidget(self.min_wage)
        self.form.addStretch(1)

    def step_title(self) -> str:
        return self.tr("Pekerjaan yang Dicari")

    def help_text(self) -> str:
        return self.tr(
            "Tulis pekerjaan dan lokasi kerja yang Anda cari, serta gaji yang diharapkan (boleh dikosongkan). "
            "Kios memakai ini untuk mencarikan lowongan yang cocok."
        )

    def retranslate(self) -> None:
        super().retranslate()
        for i, field in enumerate(self.positions, 1):
            field.label.setText(self.tr("Jabatan yang diinginkan %1").replace("%1", str(i)))
        for i, field in enumerate(self.locations, 1):
            field.label.setText(self.tr("Lokasi kerja %1").replace("%1", str(i)))
        self.positions[0].editor.setPlaceholderText(self.tr("contoh: operator produksi"))
        self.locations[0].editor.setPlaceholderText(self.tr("contoh: Kota Semarang"))
        self.min_wage.label.setText(self.tr("Gaji yang diharapkan per bulan (Rp, boleh dikosongkan)"))

    def load(self) -> None:
        prefs = self.draft.preferences
        for fields, values in (
            (self.positions, prefs.get("positions", [])),
            (self.locations, prefs.get("locations", [])),
        ):
            for i, field in enumerate(fields):
                field.set_text(values[i] if i < len(values) else "")
        wage = int(prefs.get("min_wage") or 0)
        self.min_wage.set_text(f"{wage:,}".replace(",", ".") if wage else "")

    def collect(self, check: Check) -> None:
        positions = [
            check(f, partial(clean_text, f.text(), label=self.tr("Jabatan"), required=False, max_len=60))
            for f in self.positions
        ]
        locations = [
            check(f, partial(clean_text, f.text(), label=self.tr("Lokasi"), required=False, max_len=60))
            for f in self.locations
        ]
        wage = check(self.min_wage, lambda: clean_wage(self.min_wage.text()))
        if None in positions or None in locations or wage is None:
            return
        self.draft.preferences = {
            "positions": [p for p in positions if p],
            "locations": [loc for loc in locations if loc],
            "min_wage": wage,
        }
