"""Steps: formal education, then skills and work experience (with years)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.core import clock, education
from kiosk.core.validation import check_year, check_year_range, clean_text, require_choice
from kiosk.screens.form_step import Check, FormStep
from kiosk.screens.messages import word
from kiosk.services.draft import HIGHEST_EDUCATION, RegistrationDraft
from kiosk.widgets.form import Choice, Field, row
from kiosk.widgets.named import named

SKILL_ROWS = 3

JOB_ROWS = 2
NO_SCHOOL = "belum_tamat_sd"  # no school finished: nothing more to ask on this step


class EducationStep(FormStep):
    """The highest level as big buttons in plain words (the contract's ``education_level``), then the
    school, major and year of that level; "belum tamat SD" has no school to name."""

    name = "step_education"

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.level = Choice([(lv, "") for lv in HIGHEST_EDUCATION], columns=3)
        for button in self.level.buttons.values():  # equal columns whatever the language: never wider than the page
            button.setSizePolicy(QSizePolicy.Policy.Ignored, button.sizePolicy().verticalPolicy())
        self.institution = Field(max_length=100)
        self.major = Field(max_length=80)
        self.year = Field(max_length=4, numeric=True)
        self.form.addWidget(self.level)
        self.form.addWidget(self.institution)
        self.form.addLayout(row(self.major, self.year, stretch=[3, 1]))
        self.form.addStretch(1)
        self.level.changed.connect(self._level_changed)

    def step_title(self) -> str:
        return self.tr("Pendidikan Terakhir")

    def help_text(self) -> str:
        return self.tr(
            "Sentuh pendidikan tertinggi yang sudah Anda tamatkan, lalu isi nama sekolah atau kampus, "
            "jurusan dan tahun lulus. Jika belum tamat SD, cukup sentuh 'Belum tamat SD'."
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.level.label.setText(self.tr("Pendidikan tertinggi yang sudah ditamatkan"))
        self.level.set_texts({code: word(education.CONTEXT, text) for code, text in education.WORDS.items()})
        self.institution.label.setText(self.tr("Nama sekolah / kampus"))
        self.major.label.setText(self.tr("Jurusan (boleh dikosongkan untuk SD/SMP)"))
        self.year.label.setText(self.tr("Tahun lulus"))

    def _level_changed(self, level: str | None) -> None:
        for field in (self.institution, self.major, self.year):
            field.setVisible(level != NO_SCHOOL)

    def load(self) -> None:
        first = self.draft.education[0] if self.draft.education else {}
        # a renewal of a card made before the coded capture knows only education[].level
        level = self.draft.education_level or (str(first.get("level", "")).lower() or None)
        self.level.set_value(level if level in HIGHEST_EDUCATION else None)
        self._level_changed(self.level.value())
        self.institution.set_text(first.get("institution", ""))
        self.major.set_text(first.get("major", "") or "")
        self.year.set_text(str(first.get("year", "")))

    def collect(self, check: Check) -> None:
        level = check(self.level, lambda: require_choice(self.level.value(), label=self.tr("jenjang pendidikan")))
        if level == NO_SCHOOL:
            for field in (self.institution, self.major, self.year):
                field.clear_error()
            self.draft.education_level, self.draft.education = level, []
            return
        born = self.draft.birth_date or date.min  # a bare step (no identity yet): no birth year bounds it
        today = clock.today()
        school = check(self.institution, lambda: clean_text(self.institution.text(), label=self.tr("Nama sekolah")))
        major = check(self.major, lambda: clean_text(self.major.text(), label=self.tr("Jurusan"), required=False))
        year = check(
            self.year,
            lambda: check_year(self.year.text(), label=self.tr("Tahun lulus"), birth_date=born, today=today),
        )
        if None not in (level, school, major, year):
            assert level is not None
            self.draft.education_level = level
            # education[].level is the contract's upper-case list
            self.draft.education = [{"level": level.upper(), "institution": school, "major": major, "year": year}]

    def wipe(self) -> None:
        super().wipe()
        self._level_changed(None)


class ExperienceStep(FormStep):
    name = "step_experience"

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self._skills_title = named(QLabel(), "subtitle")
        self._jobs_title = named(QLabel(), "subtitle")
        self.skills = [(Field(max_length=60), Field(max_length=4, numeric=True)) for _ in range(SKILL_ROWS)]
        self.jobs = [
            (
                Field(max_length=60),
                Field(max_length=80),
                Field(max_length=4, numeric=True),
                Field(max_length=4, numeric=True),
            )
            for _ in range(JOB_ROWS)
        ]
        self.form.addWidget(self._skills_title)
        for name, year in self.skills:
            self.form.addLayout(row(name, year, stretch=[3, 1]))
        self.form.addWidget(self._jobs_title)
        for position, employer, start, end in self.jobs:
            self.form.addLayout(row(position, employer, start, end, stretch=[3, 3, 1, 1]))
        self.form.addStretch(1)

    def step_title(self) -> str:
        return self.tr("Keterampilan dan Pengalaman Kerja")

    def help_text(self) -> str:
        return self.tr(
            "Tulis keterampilan dan pengalaman kerja Anda, bila ada. Bagian ini boleh dikosongkan. Sentuh "
            "Lanjut bila sudah."
        )

    def retranslate(self) -> None:
        super().retranslate()
        self._skills_title.setText(self.tr("Keterampilan (boleh dikosongkan)"))
        self._jobs_title.setText(self.tr("Pengalaman kerja (boleh dikosongkan)"))
        for name, year in self.skills:
            name.label.setText(self.tr("Keterampilan, contoh: menjahit, las, komputer"))
            year.label.setText(self.tr("Sejak tahun"))
        for position, employer, start, end in self.jobs:
            position.label.setText(self.tr("Jabatan / pekerjaan"))
            employer.label.setText(self.tr("Nama perusahaan"))
            start.label.setText(self.tr("Dari"))
            end.label.setText(self.tr("Sampai"))

    def load(self) -> None:
        for i, (name, year) in enumerate(self.skills):
            item = self.draft.skills[i] if i < len(self.draft.skills) else {}
            name.set_text(item.get("name", ""))
            year.set_text(str(item.get("year", "") or ""))
        for i, (position, employer, start, end) in enumerate(self.jobs):
            item = self.draft.experience[i] if i < len(self.draft.experience) else {}
            position.set_text(item.get("position", ""))
            employer.set_text(item.get("employer", ""))
            start.set_text(str(item.get("from_year", "") or ""))
            end.set_text(str(item.get("to_year", "") or ""))

    def collect(self, check: Check) -> None:
        born, today = self.draft.birth_date or date.min, clock.today()  # date.min: see EducationStep.collect
        ok = True
        skills: list[dict[str, Any]] = []
        for name, year in self.skills:
            if not name.text().strip() and not year.text().strip():
                name.clear_error()
                year.clear_error()
                continue
            label = self.tr("Keterampilan")
            skill = check(name, partial(clean_text, name.text(), label=label, max_len=60))
            since = check(
                year,
                partial(check_year, year.text(), label=self.tr("Tahun"), birth_date=born, today=today),
            )
            ok &= None not in (skill, since)
            skills.append({"name": skill, "year": since})
        jobs: list[dict[str, Any]] = []
        for position, employer, start, end in self.jobs:
            if not any(f.text().strip() for f in (position, employer, start, end)):
                for f in (position, employer, start, end):
                    f.clear_error()
                continue
            job = check(position, partial(clean_text, position.text(), label=self.tr("Jabatan"), max_len=60))
            firm = check(employer, partial(clean_text, employer.text(), label=self.tr("Perusahaan"), max_len=80))
            y0 = check(
                start,
                partial(check_year, start.text(), label=self.tr("Tahun mulai"), birth_date=born, today=today),
            )
            y1 = check(end, partial(self._end_year, end.text(), y0, born, today))
            ok &= None not in (job, firm, y0) and (y1 is not None or not end.text().strip())
            jobs.append({"position": job, "employer": firm, "from_year": y0, "to_year": y1})
        if ok:
            self.draft.skills = skills
            self.draft.experience = jobs

    def _end_year(self, text: str, start: int | None, born: date, today: date) -> int | None:
        if not text.strip():
            return None  # still working there
        year = check_year(text, label=self.tr("Tahun selesai"), birth_date=born, today=today)
        if start is not None:
            check_year_range(start, year, label=self.tr("Pengalaman kerja"))
        return year
