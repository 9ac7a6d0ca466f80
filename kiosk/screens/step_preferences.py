"""Step: the work the job seeker is looking for (a KBJI 2026 occupation, picked as they type),
where, for what wage, and (optional, asked respectfully) whether they live with a disability."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.core import occupations
from kiosk.core.validation import (
    DISABILITY_DECLINED,
    DISABILITY_NONE,
    DISABILITY_YES,
    OTHER_OCCUPATION,
    check_disability,
    check_occupation,
    clean_text,
    clean_wage,
)
from kiosk.screens.form_step import Check, FormStep
from kiosk.screens.occupation_picker import OccupationPicker
from kiosk.services.draft import DISABILITIES, RegistrationDraft
from kiosk.widgets.form import Choice, Field, row
from kiosk.widgets.multi_choice import MultiChoice
from kiosk.widgets.named import named

ROWS = 3
EXTRA_POSITIONS = 2  # in the person's words, beside the coded one


class PreferencesStep(FormStep):
    name = "step_preferences"

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.occupation_code: str | None = None  # a KBJI code, OTHER_OCCUPATION, or None (not chosen)
        self._occupation_title = named(QLabel(), "fieldLabel")
        self.occupation = named(QPushButton(), "occupationButton")
        self.occupation.setProperty("role", "tile")
        self.occupation.clicked.connect(self.open_picker)
        self.other = Field(max_length=60)  # "lainnya": the work in the person's own words
        self.positions = [Field(max_length=60) for _ in range(EXTRA_POSITIONS)]
        self.locations = [Field(max_length=60) for _ in range(ROWS)]
        self.min_wage = Field(max_length=15, numeric=True)
        self.disability = Choice([(DISABILITY_NONE, ""), (DISABILITY_YES, ""), (DISABILITY_DECLINED, "")], columns=3)
        self.disability_kinds = MultiChoice([(kind, "") for kind in DISABILITIES], columns=4)
        self._disability_note = named(QLabel(), "hint")
        self._disability_note.setWordWrap(True)
        # equal columns and wrapped labels: no language or text size makes the page wider than the screen
        for button in [self.occupation, *self.disability.buttons.values(), *self.disability_kinds.buttons.values()]:
            button.setSizePolicy(QSizePolicy.Policy.Ignored, button.sizePolicy().verticalPolicy())
        for field in [self.other, *self.positions, *self.locations, self.min_wage]:
            field.label.setWordWrap(True)
        self.form.addWidget(self._occupation_title)
        self.form.addWidget(self.occupation)
        self.form.addWidget(self.other)
        self.form.addLayout(row(*self.positions))
        self.form.addLayout(row(*self.locations, stretch=[3, 2, 2]))  # the first holds 'contoh: Kota Semarang'
        self.form.addWidget(self.min_wage)
        self.form.addWidget(self.disability)
        self.form.addWidget(self._disability_note)
        self.form.addWidget(self.disability_kinds)
        self.form.addStretch(1)
        self.picker = OccupationPicker(self)
        self.picker.picked.connect(self._picked)
        self.picker.other.connect(self._other)
        self.picker.closed.connect(self._picker_closed)
        self.disability.changed.connect(self._disability_changed)
        self._show_occupation()
        self._disability_changed(None)

    def step_title(self) -> str:
        return self.tr("Pekerjaan yang Dicari")

    def help_text(self) -> str:
        return self.tr(
            "Sentuh kotak pekerjaan, ketik sebagian namanya (misalnya 'satpam' atau 'operator jahit'), "
            "lalu sentuh yang paling cocok. Jika tidak ada, pilih 'Lainnya' dan tulis sendiri. "
            "Pertanyaan disabilitas boleh tidak dijawab."
        )

    def retranslate(self) -> None:
        super().retranslate()
        self._occupation_title.setText(self.tr("Pekerjaan utama yang dicari"))
        self.other.label.setText(self.tr("Tulis pekerjaan yang Anda cari"))
        for i, field in enumerate(self.positions, 2):
            field.label.setText(self.tr("Pekerjaan lain yang diminati %1 (boleh dikosongkan)").replace("%1", str(i)))
        for i, field in enumerate(self.locations, 1):
            field.label.setText(self.tr("Lokasi kerja %1").replace("%1", str(i)))
        self.locations[0].editor.setPlaceholderText(self.tr("contoh: Kota Semarang"))
        self.min_wage.label.setText(self.tr("Gaji yang diharapkan per bulan (Rp, boleh dikosongkan)"))
        self.disability.label.setText(self.tr("Apakah Anda penyandang disabilitas?"))
        self.disability.set_texts({
            DISABILITY_NONE: self.tr("Tidak"),
            DISABILITY_YES: self.tr("Ya"),
            DISABILITY_DECLINED: self.tr("Tidak ingin menjawab"),
        })  # fmt: skip
        self._disability_note.setText(
            self.tr(
                "Boleh tidak dijawab. Jawaban ini hanya dipakai petugas untuk mencarikan pekerjaan "
                "dan tempat kerja yang ramah disabilitas."
            )
        )
        self.disability_kinds.label.setText(self.tr("Jenis disabilitas (boleh pilih lebih dari satu)"))
        self.disability_kinds.set_texts({
            "fisik": self.tr("Fisik (gerak tubuh)"),
            "netra": self.tr("Netra (penglihatan)"),
            "rungu": self.tr("Rungu (pendengaran)"),
            "wicara": self.tr("Wicara (berbicara)"),
            "intelektual": self.tr("Intelektual"),
            "mental": self.tr("Mental"),
            "lainnya": self.tr("Lainnya"),
        })  # fmt: skip
        self.picker.retranslate()
        self._show_occupation()

    # -- the occupation
    def open_picker(self) -> None:
        typed = self.other.text() if self.occupation_code == OTHER_OCCUPATION else ""
        self.dock_above = self.picker.bar  # the keyboard sits above the picker's own bar
        self.picker.open(typed)

    def _picker_done(self) -> None:
        self.dock_above = self.nav

    def _picked(self, code: str, _name: str) -> None:
        self._picker_done()
        self.occupation_code = code
        self.other.clear_error()
        self._show_occupation()

    def _other(self, typed: str) -> None:
        self._picker_done()
        self.occupation_code = OTHER_OCCUPATION
        if typed:
            self.other.set_text(typed)
        self._show_occupation()
        self.scroll_area.ensureWidgetVisible(self.other)

    def _picker_closed(self) -> None:
        self._picker_done()

    def _show_occupation(self) -> None:
        chosen = occupations.find(self.occupation_code) if self.occupation_code else None
        if chosen is not None:
            group = occupations.subgroup(chosen.code)
            below = group.name if group is not None and group.code != chosen.code else ""
            first = chosen.name + "   " + self.tr("(sentuh untuk mengganti)")
            self.occupation.setText(f"{first}\n{below}" if below else first)
        elif self.occupation_code == OTHER_OCCUPATION:
            self.occupation.setText(self.tr("Lainnya (tulis di bawah)   (sentuh untuk mencari lagi)"))
        else:
            self.occupation.setText(self.tr("Sentuh di sini untuk mencari pekerjaan ›"))
        self.other.setVisible(self.occupation_code == OTHER_OCCUPATION)

    # -- disability
    def _disability_changed(self, answer: str | None) -> None:
        self.disability_kinds.setVisible(answer == DISABILITY_YES)
        if answer != DISABILITY_YES:
            self.disability_kinds.set_values([])

    # -- draft
    def load(self) -> None:
        prefs = self.draft.preferences
        positions = list(prefs.get("positions", []))
        code = self.draft.occupation_code
        if code and occupations.is_valid(code):
            self.occupation_code, extra = code, positions[1:]
        elif positions:  # the work sought in words only (a card from before the coded capture, or "lainnya")
            self.occupation_code, extra = OTHER_OCCUPATION, positions[1:]
            self.other.set_text(positions[0])
        else:
            self.occupation_code, extra = None, []
        for i, field in enumerate(self.positions):
            field.set_text(extra[i] if i < len(extra) else "")
        locations = prefs.get("locations", [])
        for i, field in enumerate(self.locations):
            field.set_text(locations[i] if i < len(locations) else "")
        wage = int(prefs.get("min_wage") or 0)
        self.min_wage.set_text(f"{wage:,}".replace(",", ".") if wage else "")
        kinds = self.draft.disability
        if kinds is None:
            self.disability.set_value(None)
        else:
            self.disability.set_value(DISABILITY_YES if kinds else DISABILITY_NONE)
        self._disability_changed(self.disability.value())
        self.disability_kinds.set_values(kinds or [])
        self._show_occupation()

    def collect(self, check: Check) -> None:
        code = self.occupation_code
        valid = code is not None and occupations.is_valid(code)
        chosen = check(
            self.other,
            lambda: check_occupation(code, self.other.text(), label=self.tr("Pekerjaan"), valid=valid),
        )
        extra = [
            check(f, partial(clean_text, f.text(), label=self.tr("Jabatan"), required=False, max_len=60))
            for f in self.positions
        ]
        locations = [
            check(f, partial(clean_text, f.text(), label=self.tr("Lokasi"), required=False, max_len=60))
            for f in self.locations
        ]
        wage = check(self.min_wage, lambda: clean_wage(self.min_wage.text()))
        kinds = check(
            self.disability_kinds,
            lambda: check_disability(self.disability.value(), self.disability_kinds.values(), allowed=DISABILITIES),
        )
        if chosen is None or None in extra or None in locations or wage is None:
            return
        if self.disability.value() == DISABILITY_YES and kinds is None:
            return
        occupation_code, words = chosen
        found = occupations.find(occupation_code) if occupation_code else None
        first = found.name if found is not None else words
        self.draft.occupation_code = occupation_code
        self.draft.disability = kinds
        self.draft.preferences = {
            "positions": [p for p in [first, *extra] if p],
            "locations": [loc for loc in locations if loc],
            "min_wage": wage,
        }

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.picker.isVisible():
            self.picker.setGeometry(self.rect())

    def wipe(self) -> None:
        super().wipe()
        self.picker.wipe()
        self._picker_done()
        self.occupation_code = None
        self.disability_kinds.set_values([])
        self._disability_changed(None)
        self._show_occupation()

    def on_enter(self) -> None:
        super().on_enter()
        QTimer.singleShot(0, occupations.load)  # the list indexed once, after this step is drawn

    def on_leave(self) -> None:
        if self.picker.isVisible():
            self.picker.close_picker()
