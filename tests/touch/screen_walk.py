"""Every screen and dialog state a person can reach, in the order of a day at the kiosk.

One walk serves three users: ``scripts/screenshots.py`` (a PNG per state, in Indonesian,
English and large text), ``test_english_everywhere.py`` (no Indonesian sentence left in
English mode) and ``fit_cases.py`` (with large text everything fits at 1280x800 and 1366x768).
``walk`` drives the real app built by ``kiosk.app.build`` on simulated devices, and yields the
name of each state once it is on the screen; ``again()`` is called after every session end (a
session end puts language and text size back to the kiosk's defaults: the walk's variant is
chosen anew).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

from kiosk.core.problems import Code, Problem
from kiosk.screens.welcome import WelcomeScreen
from kiosk.store.vacancies import upsert
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.vacancies import clean_vacancy

Wait = Callable[[Callable[[], object]], None]

VALID_NIK = "3374031708950002"
WRONG_NIK = "3374033208950002"  # day 32: no such date, for a man or (day + 40) a woman
ALL_SERVICES = {"register", "report", "vacancies", "severance", "tickets", "events"}


def seed_vacancies(kiosk: Any, count: int = 30) -> list[dict[str, Any]]:
    """What a vacancy pull would have left in the cache."""
    rng = random.Random(3)
    rows = [clean_vacancy(sample_vacancy(i, rng) | {"closes_on": "2099-12-31"}) for i in range(count)]
    for row in rows:
        upsert(kiosk.store, row)
    return rows


def walk(kiosk: Any, wait: Wait, again: Callable[[], None] = lambda: None) -> Iterator[str]:
    """Yields a state's name when it shows. ``wait(condition)`` waits until it holds."""
    window = kiosk.window
    parts = kiosk.assembly
    flow = parts.flow
    welcome = window.router.get("welcome", WelcomeScreen)

    def end(reason: str = "cancel") -> None:
        window.end_session(reason)
        again()

    def at(name: str) -> None:
        wait(lambda: window.router.current_name == name)

    again()
    yield "01-welcome"
    shown = {s for s, tile in welcome.tiles.items() if not tile.isHidden()}
    welcome.set_available(ALL_SERVICES)  # tickets and events too, as once their screens exist
    yield "01-welcome-six-services"
    welcome.set_available(shown)

    flow.start("register")
    at(parts.identify.name)
    yield "02-identify"
    reader = parts.card_reader.signals  # the device's own signals, as a reader sends them
    reader.error.emit(Problem(Code.CARD_UNREADABLE))
    wait(lambda: parts.identify.state == "error")
    yield "43-identify-card-unreadable"
    reader.reader_changed.emit(False, "")
    wait(lambda: parts.identify.state == "no_reader")
    yield "44-identify-no-reader"
    reader.reader_changed.emit(True, "simulated")
    window.go(parts.identify_manual.name)
    manual = parts.identify_manual
    manual.nik_field.editor.setText(VALID_NIK)
    manual.full_name.editor.setText("Bambang Hartono")
    manual.full_name.editor.setFocus()
    yield "03-identify-manual"
    manual.full_name.editor.clear()
    manual.nik_field.editor.setText(WRONG_NIK)
    manual.nav.next.click()
    wait(manual.nik_field.error.isVisible)
    yield "27-identify-manual-wrong-nik"
    end()

    parts.card_reader.tap(0)
    at("consent")
    yield "04-consent"
    flow.consent.agree.click()
    registered_nik = flow.draft.nik
    personal = flow.steps[0]
    at(personal.name)
    yield "05-step-personal"
    personal.nav.next.click()
    contact = flow.steps[1]
    at(contact.name)
    contact.phone.editor.setFocus()
    contact.phone.editor.setText("0812")
    contact.nav.next.click()
    wait(contact.phone.error.isVisible)
    yield "06-step-contact-error"
    contact.phone.editor.setText("081234567890")
    contact.nav.next.click()
    education = flow.steps[2]
    at(education.name)
    education.level.buttons["SMK"].click()
    education.institution.editor.setText("SMK Negeri 7 Semarang")
    education.year.editor.setText("2016")
    yield "07-step-education"
    education.nav.next.click()
    experience = flow.steps[3]
    at(experience.name)
    experience.skills[0][0].editor.setText("Las listrik")
    experience.skills[0][1].editor.setText("2018")
    yield "08-step-experience"
    experience.nav.next.click()
    preferences = flow.steps[4]
    at(preferences.name)
    preferences.positions[0].editor.setText("Operator produksi")
    preferences.locations[0].editor.setText("Kota Semarang")
    yield "09-step-preferences"
    preferences.nav.next.click()
    photo = parts.photo
    at(photo.name)
    wait(lambda: photo.preview.good)
    yield "10-photo"
    photo.shoot.click()
    wait(lambda: photo.state == "review")
    yield "11-photo-review"
    photo.use.click()
    at(flow.review.name)
    yield "12-review"
    flow.ask_cancel()
    yield "13-cancel-question"
    flow.confirm.no.click()  # "Tidak, lanjutkan": back to the review
    flow.review.nav.next.click()
    wait(lambda: flow.done.state == "printed")
    yield "14-done"
    flow.done.finish.click()
    again()

    parts.card_reader.tap(0)  # the e-KTP stored with the registration: "Kartu saya" opens
    at("my_card")
    yield "15-my-card"
    flow.my_card_screen.buttons["report"].click()
    at(flow.report.name)
    flow.report.status.buttons["employed"].click()
    yield "16-report"
    flow.report.nav.next.click()  # employer, position and start date missing
    wait(flow.report.employer.error.isVisible)
    yield "28-report-errors"
    end()

    # the NIK alone: only that a card exists, the name masked
    flow.start("register")
    window.go(manual.name)
    manual.nik_field.editor.setText(registered_nik)
    manual.full_name.editor.setText("Siapa Saja")
    manual.birth_place.editor.setText("Semarang")
    manual.nav.next.click()
    at(flow.existing_screen.name)
    yield "29-existing"
    flow.existing_screen.number.editor.setText("1234567890123456")
    flow.existing_screen.open.click()
    wait(flow.existing_screen.number.error.isVisible)
    yield "30-existing-wrong-number"
    end()

    printer = parts.printer.simulator.state
    printer.paper = "out"
    parts.card_reader.tap(2)
    at("consent")
    flow.consent.agree.click()
    for step in flow.steps:
        at(step.name)
        if step is flow.steps[1]:
            step.phone.editor.setText("081234567890")
        if step is flow.steps[2]:
            step.level.buttons["SMA"].click()
            step.institution.editor.setText("SMA Negeri 1 Semarang")
            step.year.editor.setText("2020")
        step.nav.next.click()
    camera = parts.camera.source
    camera.unplug()
    at(photo.name)
    wait(lambda: photo.problem.isVisible() and not photo.shoot.isEnabled())
    yield "45-photo-no-camera"
    camera.plug_in()
    photo.skip.click()
    at(flow.review.name)
    flow.review.nav.next.click()
    wait(lambda: flow.done.state == "failed")
    yield "17-done-paper-out"
    printer.paper = "ok"
    end()

    vacancies = parts.vacancies
    window.go(vacancies.name)
    wait(lambda: vacancies.results.count() > 0)
    yield "19-vacancies"
    vacancies.results.setCurrentRow(0)
    vacancies._open(vacancies.results.item(0))
    yield "20-vacancy-detail"
    vacancies.apply.click()  # to apply: who are you?
    at(parts.identify.name)
    parts.card_reader.tap(1)  # an e-KTP with no card here
    wait(flow.not_registered.isVisible)
    yield "31-apply-not-registered"
    end("done")
    window.go(vacancies.name)
    vacancies.results.setCurrentRow(0)
    vacancies._open(vacancies.results.item(0))
    vacancies.apply.click()
    at(parts.identify.name)
    parts.card_reader.tap(0)  # the holder's own e-KTP: the question before sending
    wait(flow.apply_confirm.isVisible)
    yield "32-apply-question"
    flow.apply_confirm.yes.click()
    wait(lambda: flow.done.state == "printed")
    yield "41-done-application"
    flow.done.finish.click()
    again()
    window.go(vacancies.name)
    vacancies.results.setCurrentRow(0)
    vacancies._open(vacancies.results.item(0))
    vacancies.apply.click()
    at(parts.identify.name)
    parts.card_reader.tap(0)
    wait(flow.apply_confirm.isVisible)
    flow.apply_confirm.yes.click()  # the same vacancy again
    wait(flow.notice.isVisible)
    yield "42-apply-already-sent"
    end("done")
    window.go(vacancies.name)
    vacancies.words.setText("xyzzy")  # no vacancy has it
    wait(lambda: vacancies.results.count() == 0)
    yield "33-vacancies-none"
    end("done")

    severance = parts.severance
    window.go(severance.name)
    severance.calculate.click()  # no reason chosen
    wait(severance.reason_error.isVisible)
    yield "34-severance-no-reason"
    severance.choose("efficiency_loss")
    severance.wage.editor.setText("5.000.000")
    severance.years.editor.setText("10")
    severance.months.editor.setText("3")
    severance.leave.editor.setText("6")
    severance.calculate.click()
    yield "21-severance"
    end("done")

    flow.start("register")
    at(parts.identify.name)
    window.idle_overlay.start()
    yield "18-idle-countdown"
    window.idle_overlay.cancel()
    end()

    yield from staff_walk(kiosk, wait, again)


def staff_walk(kiosk: Any, wait: Wait, again: Callable[[], None]) -> Iterator[str]:
    """The PIN pad (and a wrong PIN), the technician's and the officer's tabs."""
    from kiosk.demo import seed_staff
    from kiosk.store import print_jobs

    seed_staff(kiosk.store)
    for job in print_jobs.interrupted(kiosk.store):  # the walk left its cards printed or failed
        print_jobs.transition(kiosk.store, job["id"], "printed")
    window = kiosk.window
    modes = kiosk.assembly.staff
    modes.open_pad()
    wait(lambda: window.router.current_name == "staff_pin")
    yield "22-staff-pin"
    modes.pin.pin.setText("000000")
    modes.pin._submit()
    wait(lambda: bool(modes.pin.message.text()))
    yield "35-staff-pin-wrong"
    modes.pin.pin.setText("111111")
    modes.pin._submit()
    wait(lambda: window.router.current_name == "technician")
    modes.technician_desk.run_diagnostics()
    wait(modes.technician.run_button.isEnabled)
    yield "23-technician-diagnostics"
    modes.technician.tabs.setCurrentIndex(1)
    yield "24-technician-settings"
    modes.technician.tabs.setCurrentIndex(2)
    yield "36-technician-sync"
    modes.technician.tabs.setCurrentIndex(3)
    yield "37-technician-logs"
    modes.leave("logout")
    again()
    modes.open_pad()
    modes.pin.pin.setText("222222")
    modes.pin._submit()
    wait(lambda: window.router.current_name == "officer")
    yield "25-officer-log"
    modes.officer.tabs.setCurrentIndex(1)
    yield "26-officer-handover"
    modes.officer.tabs.setCurrentIndex(2)
    yield "38-officer-history"
    modes.officer.tabs.setCurrentIndex(3)
    yield "39-officer-follow-up"
    modes.leave("logout")
    again()
