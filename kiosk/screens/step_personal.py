"""Step: personal data (pre-filled and locked when read from the e-KTP). Birth date and sex
always come from the NIK: shown filled in and locked, with a line saying so; a value that
disagrees with the NIK is refused with the reason."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core import clock
from kiosk.core.identity import check_against_nik
from kiosk.core.nik import InvalidNik, parse_nik
from kiosk.core.validation import clean_name, clean_text, parse_birth_date, require_choice
from kiosk.screens.form_step import Check, FormStep
from kiosk.services.draft import MARITAL, RELIGIONS, RegistrationDraft
from kiosk.widgets.form import Choice, Field, row


class PersonalStep(FormStep):
    name = "step_personal"

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.nik = Field(max_length=16)
        self.nik.set_locked(True)  # the NIK was settled on the identify screen
        self.full_name = Field(max_length=100)
        self.birth_place = Field(max_length=60)
        self.birth_date = Field(max_length=10, numeric=True)
        self.sex = Choice([("L", ""), ("P", "")], columns=2)
        self.religion = Choice([(r, "") for r in RELIGIONS], columns=4)
        self.marital = Choice([(m, "") for m in MARITAL], columns=4)
        self.from_nik = QLabel()
        self.from_nik.setObjectName("hint")
        self.from_nik.setWordWrap(True)
        self.form.addWidget(self.nik)
        self.form.addWidget(self.full_name)
        self.form.addLayout(row(self.birth_place, self.birth_date))
        self.form.addWidget(self.sex)
        self.form.addWidget(self.from_nik)
        self.form.addWidget(self.religion)
        self.form.addWidget(self.marital)
        self.form.addStretch(1)

    def step_title(self) -> str:
        return self.tr("Data Diri")

    def help_text(self) -> str:
        return self.tr(
            "Periksa data diri Anda. Tanggal lahir dan jenis kelamin diambil dari NIK. Pilih agama dan status "
            "perkawinan, lalu sentuh Lanjut."
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.nik.label.setText(self.tr("NIK"))
        self.full_name.label.setText(self.tr("Nama lengkap (sesuai KTP)"))
        self.birth_place.label.setText(self.tr("Tempat lahir"))
        self.birth_date.label.setText(self.tr("Tanggal lahir (tgl-bln-tahun)"))
        self.birth_date.editor.setPlaceholderText("17081998")
        self.sex.label.setText(self.tr("Jenis kelamin"))
        self.sex.set_texts({"L": self.tr("Laki-laki"), "P": self.tr("Perempuan")})
        self.from_nik.setText(
            self.tr("Tanggal lahir dan jenis kelamin diambil dari NIK (untuk perempuan, tanggal lahir di NIK ditambah 40).")
        )
        self.religion.label.setText(self.tr("Agama"))
        self.religion.set_texts(
            {
                "islam": self.tr("Islam"),
                "kristen": self.tr("Kristen"),
                "katolik": self.tr("Katolik"),
                "hindu": self.tr("Hindu"),
                "buddha": self.tr("Buddha"),
                "konghucu": self.tr("Konghucu"),
                "lainnya": self.tr("Lainnya"),
            }
        )
        self.marital.label.setText(self.tr("Status perkawinan"))
        self.marital.set_texts(
            {
                "belum_kawin": self.tr("Belum kawin"),
                "kawin": self.tr("Kawin"),
                "cerai_hidup": self.tr("Cerai hidup"),
                "cerai_mati": self.tr("Cerai mati"),
            }
        )

    def load(self) -> None:
        d = self.draft
        self.nik.set_text(d.nik)
        self.full_name.set_text(d.name)
        self.birth_place.set_text(d.birth_place)
        self.birth_date.set_text(d.birth_date.strftime("%d-%m-%Y") if d.birth_date else "")
        self.sex.set_value(d.sex)
        self.religion.set_value(d.religion)
        self.marital.set_value(d.marital_status)
        locked = d.locked_identity
        for widget in (self.full_name, self.birth_place):
            widget.set_locked(locked)
        try:  # the NIK decides these two: filled in from it and locked
            parsed = parse_nik(d.nik, today=clock.today())
        except InvalidNik:
            parsed = None
        if parsed is not None:
            self.birth_date.set_text(parsed.birth_date.strftime("%d-%m-%Y"))
            self.sex.set_value(parsed.sex)
        self.birth_date.set_locked(locked or parsed is not None)
        self.sex.set_locked(locked or parsed is not None)

    def collect(self, check: Check) -> None:
        d = self.draft
        name = check(self.full_name, lambda: clean_name(self.full_name.text()))
        place = check(self.birth_place, lambda: clean_text(self.birth_place.text(), label=self.tr("Tempat lahir")))
        born = check(self.birth_date, lambda: parse_birth_date(self.birth_date.text(), today=clock.today()))
        sex = check(self.sex, lambda: require_choice(self.sex.value(), label=self.tr("jenis kelamin")))
        religion = check(self.religion, lambda: require_choice(self.religion.value(), label=self.tr("agama")))
        marital = check(self.marital, lambda: require_choice(self.marital.value(), label=self.tr("status perkawinan")))
        if born is not None and sex is not None:
            typed_born, typed_sex = born, sex
            born = check(self.birth_date, lambda: self._agrees(d.nik, typed_born, None))
            sex = check(self.sex, lambda: self._agrees(d.nik, None, typed_sex))
        if name is not None:
            d.name = name
        if place is not None:
            d.birth_place = place
        if born is not None:
            d.birth_date = born
        d.sex = sex or d.sex
        d.religion = religion or d.religion
        d.marital_status = marital or d.marital_status
        d.remember_for_redaction()

    @staticmethod
    def _agrees(nik: str, born: date | None, sex: str | None) -> Any:
        """The typed value back, or ``IdentityError`` when the NIK says otherwise."""
        with contextlib.suppress(InvalidNik):  # the NIK itself was checked on the identify screen
            check_against_nik(nik, born, sex, today=clock.today())
        return born if born is not None else sex
