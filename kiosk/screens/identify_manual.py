"""Manual identity: the NIK on a big keypad with live checking, then name and birth place.

The birth date and sex are read from the NIK itself and shown, so a job seeker without an
e-KTP types as little as possible.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.core import clock
from kiosk.core.identity import Identity, IdentityError, manual
from kiosk.core.nik import InvalidNik, Nik, format_nik, parse_nik
from kiosk.core.validation import clean_name, clean_text
from kiosk.screens.base import PERSONAL
from kiosk.screens.form_step import Check, FormStep
from kiosk.screens.messages import describe
from kiosk.widgets.form import Field
from kiosk.widgets.keypad import NumericKeypad
from kiosk.widgets.named import named


class IdentifyManualScreen(FormStep):
    name = "identify_manual"

    identified = Signal(object)  # Identity

    def __init__(self, parent: QWidget | None = None) -> None:
        from kiosk.services.draft import RegistrationDraft

        super().__init__(RegistrationDraft(), parent)
        self.result: Identity | None = None  # set by a successful commit()
        self.nik_field = Field(named(QLineEdit(), "nikEdit"), max_length=19)
        self.nik_field.editor.setInputMask("")
        self.nik_field.editor.textChanged.connect(self._nik_changed)
        self.nik_info = named(QLabel(), "hint")
        self.nik_info.setWordWrap(True)
        self.nik_info.setProperty(PERSONAL, True)
        self.keypad = NumericKeypad()
        self.keypad.target = self.nik_field.editor
        self.keypad.setFixedWidth(420)
        self.full_name = Field(max_length=100)
        self.birth_place = Field(max_length=60)
        left = QVBoxLayout()
        left.addWidget(self.nik_field)
        left.addWidget(self.nik_info)
        left.addWidget(self.full_name)
        left.addWidget(self.birth_place)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.keypad)
        holder = QWidget()
        holder.setLayout(columns)
        self.form.addWidget(holder)
        self._nik: Nik | None = None
        self.nik_field.editor.setProperty("keypad", "own")  # it has its own keypad beside it

    def step_title(self) -> str:
        return self.tr("Ketik NIK Anda")

    def help_text(self) -> str:
        return self.tr(
            "Ketik NIK Anda (16 angka, ada di KTP atau Kartu Keluarga), nama lengkap sesuai KTP, dan tempat "
            "lahir. Sentuh kolom untuk memunculkan papan ketik di layar. Lalu sentuh Lanjut."
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.header.step.setText(self.tr("Tanpa e-KTP"))
        self.nik_field.label.setText(self.tr("NIK (16 angka, ada di KTP atau Kartu Keluarga)"))
        self.full_name.label.setText(self.tr("Nama lengkap (sesuai KTP)"))
        self.birth_place.label.setText(self.tr("Tempat lahir"))
        self._nik_changed(self.nik_field.text())

    def on_enter(self) -> None:
        super().on_enter()
        self.nik_field.editor.setFocus()

    def load(self) -> None:
        """Nothing to load: the manual entry starts empty each session."""

    def _nik_changed(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isdigit())
        self._nik = None
        if len(digits) < 16 and digits == text.replace(" ", "").replace(".", ""):
            self.nik_field.clear_error()
            self.nik_info.setText(self.tr("%1 dari 16 angka").replace("%1", str(len(digits))))
            return
        try:
            self._nik = parse_nik(text, today=clock.today())
        except InvalidNik as err:
            self.nik_field.show_error(describe(err))
            self.nik_info.clear()
            return
        self.nik_field.clear_error()
        sex = self.tr("Perempuan") if self._nik.sex == "P" else self.tr("Laki-laki")
        region = self._nik.regency or self._nik.province or ""
        self.nik_info.setText(
            f"✓ {format_nik(self._nik.value)} · {region} · "
            + self.tr("lahir %1").replace("%1", self._nik.birth_date.strftime("%d-%m-%Y"))
            + f" · {sex}"
        )

    def collect(self, check: Check) -> None:
        def nik() -> Nik:
            if self._nik is None:
                return parse_nik(self.nik_field.text(), today=clock.today())
            return self._nik

        parsed = check(self.nik_field, nik)
        name = check(self.full_name, lambda: clean_name(self.full_name.text()))
        place = check(self.birth_place, lambda: clean_text(self.birth_place.text(), label=self.tr("Tempat lahir")))
        if parsed is None or name is None or place is None:
            return
        try:
            self.result = manual(parsed.value, name, place, parsed.birth_date, today=clock.today())
        except IdentityError as err:  # cannot happen with a date taken from the NIK; kept honest
            self.nik_field.show_error(describe(err))

    def _on_next(self) -> None:
        self.result = None
        if self.commit() and self.result is not None:
            self.identified.emit(self.result)

    def wipe(self) -> None:
        super().wipe()
        self._nik = None
        self.result = None
        self.nik_info.clear()
