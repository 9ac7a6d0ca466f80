"""Form steps with real widgets: errors beside the field, nothing stored until valid,
locked identity from the e-KTP, literal text, and the wipe."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kiosk.screens.step_background import EducationStep, ExperienceStep
from kiosk.screens.step_contact import ContactStep
from kiosk.screens.step_personal import PersonalStep
from kiosk.screens.step_preferences import PreferencesStep
from kiosk.services.draft import RegistrationDraft


@pytest.fixture
def draft() -> RegistrationDraft:
    d = RegistrationDraft(nik="3374114108980003", birth_date=date(1998, 8, 1))
    return d


def show(qtbot, screen):
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.on_enter()
    return screen


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_personal_step_shows_each_error_beside_its_field_and_keeps_the_draft(qtbot):
    draft = RegistrationDraft()  # no NIK yet: birth date and sex are typed, not taken from it
    step = show(qtbot, PersonalStep(draft))
    step.full_name.editor.insert("Budi 😀")  # QTest cannot type outside the BMP; as a paste would
    step.birth_date.editor.clear()
    qtbot.keyClicks(step.birth_date.editor, "31-02-1998")
    with qtbot.assertNotEmitted(step.next_requested):
        click(qtbot, step.nav.next)
    assert "emoji" in step.full_name.error.text()
    assert "tidak ada di kalender" in step.birth_date.error.text()
    assert "Pilih jenis kelamin" in step.sex.error.text()
    assert step.full_name.error.isVisible()
    assert draft.name == ""  # nothing half-stored


def test_personal_step_accepts_and_stores(qtbot, draft):
    step = show(qtbot, PersonalStep(draft))
    qtbot.keyClicks(step.full_name.editor, "Siti Nur'aini")
    qtbot.keyClicks(step.birth_place.editor, "Semarang")
    # birth date and sex come from the NIK (day 41 = the 1st, a woman), filled in and locked
    assert step.birth_date.text() == "01-08-1998" and step.birth_date.editor.isReadOnly()
    assert step.sex.value() == "P" and not step.sex.buttons["L"].isEnabled()
    click(qtbot, step.religion.buttons["islam"])
    click(qtbot, step.marital.buttons["belum_kawin"])
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert (draft.name, draft.birth_place, draft.birth_date) == (
        "Siti Nur'aini",
        "Semarang",
        date(1998, 8, 1),
    )
    assert (draft.sex, draft.religion, draft.marital_status) == ("P", "islam", "belum_kawin")
    assert not step.full_name.error.isVisible()


def test_identity_from_the_card_is_locked(qtbot, draft):
    draft.identity_source = "ektp"
    draft.name = "SITI NURAINI"
    draft.sex = "P"
    step = show(qtbot, PersonalStep(draft))
    assert step.full_name.editor.isReadOnly()
    assert step.full_name.text() == "SITI NURAINI"
    assert not step.sex.buttons["L"].isEnabled()
    assert not step.religion.buttons["islam"].property("locked")  # not on the card's locked list


def test_long_input_stops_at_the_field_limit(qtbot, draft):
    step = show(qtbot, PersonalStep(draft))
    step.full_name.editor.insert("A" * 2000)  # as a paste would
    assert len(step.full_name.text()) == 100


def test_contact_step_normalises_phone_and_keeps_sql_text_literally(qtbot, draft):
    step = show(qtbot, ContactStep(draft))
    qtbot.keyClicks(step.phone.editor, "0812-3456-7890")
    qtbot.keyClicks(step.street.editor, "Jl. Pemuda'); DROP TABLE registrations;--")
    for field, text in [
        (step.kelurahan, "Sekayu"),
        (step.kecamatan, "Semarang Tengah"),
        (step.city, "Kota Semarang"),
        (step.province, "Jawa Tengah"),
        (step.rt, "3"),
        (step.rw, "4"),
        (step.postal_code, "50132"),
    ]:
        qtbot.keyClicks(field.editor, text)
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert draft.phone == "+6281234567890"
    assert draft.email is None
    assert draft.address["street"] == "Jl. Pemuda'); DROP TABLE registrations;--"
    assert (draft.address["rt"], draft.address["rw"]) == ("003", "004")


def test_contact_step_refuses_bad_phone_and_email(qtbot, draft):
    step = show(qtbot, ContactStep(draft))
    qtbot.keyClicks(step.phone.editor, "024 3546789")
    qtbot.keyClicks(step.email.editor, "budi@")
    click(qtbot, step.nav.next)
    assert "bukan nomor telepon rumah" in step.phone.error.text()
    assert "email tidak valid" in step.email.error.text()
    assert draft.phone == ""


def test_education_year_cannot_be_before_birth_or_in_the_future(qtbot, draft):
    step = show(qtbot, EducationStep(draft))
    click(qtbot, step.level.buttons["smk"])
    qtbot.keyClicks(step.institution.editor, "SMK Negeri 7 Semarang")
    qtbot.keyClicks(step.year.editor, "1990")
    click(qtbot, step.nav.next)
    assert "sebelum tahun lahir" in step.year.error.text()
    step.year.editor.setText("2099")
    click(qtbot, step.nav.next)
    assert "lebih dari tahun ini" in step.year.error.text()
    step.year.editor.setText("2016")
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert draft.education == [{"level": "SMK", "institution": "SMK Negeri 7 Semarang", "major": "", "year": 2016}]


def test_experience_rows_are_optional_but_checked_when_filled(qtbot, draft):
    step = show(qtbot, ExperienceStep(draft))
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)  # all empty is fine
    name, year = step.skills[0]
    qtbot.keyClicks(name.editor, "Las listrik")
    qtbot.keyClicks(year.editor, "2018")
    position, employer, start, end = step.jobs[0]
    qtbot.keyClicks(position.editor, "Operator")
    qtbot.keyClicks(employer.editor, "PT Sinar")
    qtbot.keyClicks(start.editor, "2021")
    qtbot.keyClicks(end.editor, "2019")
    click(qtbot, step.nav.next)
    assert "sebelum tahun mulai" in end.error.text()
    end.editor.clear()
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert draft.skills == [{"name": "Las listrik", "year": 2018}]
    assert draft.experience == [{"position": "Operator", "employer": "PT Sinar", "from_year": 2021, "to_year": None}]


def test_preferences_wage_with_thousand_dots(qtbot, draft):
    step = show(qtbot, PreferencesStep(draft))
    qtbot.keyClicks(step.positions[0].editor, "Operator produksi")
    qtbot.keyClicks(step.locations[0].editor, "Kota Semarang")
    qtbot.keyClicks(step.min_wage.editor, "3.500.000")
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert draft.preferences == {
        "positions": ["Operator produksi"],
        "locations": ["Kota Semarang"],
        "min_wage": 3500000,
    }


def test_wipe_leaves_no_text_in_any_step(qtbot, draft):
    step = show(qtbot, ContactStep(draft))
    qtbot.keyClicks(step.phone.editor, "081234567890")
    click(qtbot, step.nav.next)
    step.wipe()
    draft.wipe()
    assert step.phone.text() == ""
    assert not step.phone.error.isVisible()
    assert draft == RegistrationDraft()
