"""Every screen and dialog state a person can reach, in the order of a day at the kiosk.

The one walk every screen-wide check takes: ``scripts/screenshots.py`` (a PNG per state, in
Indonesian, English and large text), ``test_english_everywhere.py`` (no Indonesian sentence left
in English mode), ``fit_cases.py`` (with large text everything fits at 1280x800 and 1366x768),
``test_confirm_dialogs.py`` (each question's safe answer), ``test_contrast.py`` (WCAG AA) and
``test_reach.py`` (low reach). ``walk`` drives the real app built by ``kiosk.app.build`` on
simulated devices and the SIKER simulator, and yields the name of each state once it is on the
screen; ``again()`` is called after every session end (a session end puts language and text size
back to the kiosk's defaults: the walk's variant is chosen anew). It starts with every screen of
the router as it first shows (``bare``), then walks the journeys with their errors, questions,
the keyboard and the Bantuan card, the office's answers (tickets, seats, card states), and the
staff's tabs.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core import clock
from kiosk.core.problems import Code, Problem
from kiosk.screens.damaged import DamagedScreen
from kiosk.screens.tickets import DONE
from kiosk.screens.welcome import WelcomeScreen
from kiosk.store.vacancies import upsert
from kiosk.sync.sample_events import sample_events
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.vacancies import clean_vacancy

Wait = Callable[[Callable[[], object]], None]

VALID_NIK = "3374031708950002"
WRONG_NIK = "3374033208950002"  # day 32: no such date, for a man or (day + 40) a woman
ALL_SERVICES = {"register", "report", "vacancies", "severance", "tickets", "events"}
LAST_STATE = "39-officer-follow-up"
OFFICER = "Sri Wahyuni, NIP 198703122010012003"
# the officer's decision on a card, as "Kartu saya" shows it (reason, officer)
CARD_DECISIONS = {
    "menunggu": (None, None),
    "revisi": ("Foto tidak jelas: wajah terlalu gelap, ambil ulang dengan wajah menghadap kamera", None),
    "disahkan": (None, OFFICER),
    "ditolak": ("Domisili di luar kota: KTP Kabupaten Semarang, daftar di Disnaker Kabupaten", OFFICER),
    "kedaluwarsa": (None, OFFICER),
    "bekerja": (None, OFFICER),
}
TICKET_ANSWER = "Silakan datang ke loket 3 membawa slip gaji tiga bulan terakhir."
# what people type and the office sends in the walk: data, shown as it came in any language
TYPED = ["SMK Negeri 7 Semarang", "SMA Negeri 1 Semarang", "Las listrik", "Operator produksi", "Kota Semarang",
         "Bambang Hartono", "Siapa Saja", "Teknisi Demo", "Petugas Demo", "Siti Aminah", "PT Sinar Semarang",
         "Upah bulan November belum dibayar penuh.", TICKET_ANSWER, OFFICER, "jahit",
         *(r for r, _ in CARD_DECISIONS.values() if r)]  # fmt: skip


def settle(qtbot: Any) -> None:
    """Layouts and style done, the frame painted (no timing: the events already posted)."""
    QApplication.processEvents()
    qtbot.wait(0)
    QApplication.processEvents()


def tap(qtbot: Any, widget: QWidget) -> None:
    """A press and release at the widget's centre, sent to the window: whatever lies on top there
    gets it, as a finger's tap would."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.wait(0)


def event_strings() -> list[str]:
    """The sample events' texts, as SIKER sends them."""
    return [v for e in sample_events() for v in e.values() if isinstance(v, str)]


def seed_vacancies(kiosk: Any, count: int = 30) -> list[dict[str, Any]]:
    """What a vacancy pull would have left in the cache."""
    rng = random.Random(3)
    rows = [clean_vacancy(sample_vacancy(i, rng) | {"closes_on": "2099-12-31"}) for i in range(count)]
    for row in rows:
        upsert(kiosk.store, row)
    return rows


def seed_events(kiosk: Any) -> None:
    """What an events pull would have left in the cache."""
    from kiosk.store import events as event_store
    from kiosk.sync.events import clean_event

    with kiosk.store.transaction():
        for item in sample_events():
            event_store.upsert(kiosk.store, clean_event(item, clock.rfc3339(clock.now())))


def walk(kiosk: Any, wait: Wait, again: Callable[[], None] = lambda: None, *, bare: bool = True) -> Iterator[str]:
    """Yields a state's name when it shows. ``wait(condition)`` waits until it holds. ``bare``:
    first every screen of the router as it is before anything is typed (``00-screen-<name>``),
    the damaged-database screen too, which exists only while in use."""
    window = kiosk.window
    parts = kiosk.assembly
    flow = parts.flow
    welcome = window.router.get("welcome", WelcomeScreen)
    seed_events(kiosk)

    def end(reason: str = "cancel") -> None:
        window.end_session(reason)
        again()

    def at(name: str) -> None:
        wait(lambda: window.router.current_name == name)

    again()
    if bare:
        if not window.router.has("damaged"):
            window.add_screen(DamagedScreen())
        for screen in window.router.screens():
            window.go(screen.name)
            yield f"00-screen-{screen.name}"
        end()
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
    dock = window.keyboard_dock
    dock.open_for(contact.phone.editor)
    wait(dock.isVisible)
    yield "06b-step-contact-keyboard"
    dock.close_keys()
    window.show_help()
    wait(window.help_overlay.isVisible)
    yield "13-help"
    switch = window.help_overlay.reach_button
    turned = not switch.isChecked()
    if turned:  # (a walk with low reach on keeps it on)
        switch.click()
    wait(lambda: window.reach.on)
    yield "13b-help-low-reach"
    if turned:
        switch.click()
    window.help_overlay.close_help()
    wait(lambda: not window.help_overlay.isVisible())
    contact.phone.editor.setText("081234567890")
    contact.nav.next.click()
    education = flow.steps[2]
    at(education.name)
    education.level.buttons["smk"].click()
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
    preferences.open_picker()
    preferences.picker.search.editor.setText("jahit")
    wait(preferences.picker.isVisible)
    yield "09b-occupation-picker"
    preferences.picker.close_picker()
    wait(lambda: not preferences.picker.isVisible())
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
            step.level.buttons["sma"].click()
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
    severance.ask.click()  # "Tanyakan ke petugas": a konsultasi about pesangon with the figures
    tickets = parts.tickets.screen
    at(tickets.name)
    tickets.nav.next.click()  # kind and topic chosen already
    wait(tickets.attachment.isVisible)
    yield "56-tickets-severance-question"
    end()

    yield from office_walk(kiosk, wait, again, registered_nik)

    flow.start("register")
    at(parts.identify.name)
    window.idle_overlay.start()
    yield "18-idle-countdown"
    window.idle_overlay.cancel()
    end()

    yield from staff_walk(kiosk, wait, again)


def office_walk(kiosk: Any, wait: Wait, again: Callable[[], None], registered_nik: str) -> Iterator[str]:
    """What needs the office: a ticket and Cek Tiket (its answer, none found, the lock), Bursa
    Kerja (a seat "menyusul" offline, a seat online, "Pendaftaran Saya"), and "Kartu saya" in
    each state the office may give a card. The SIKER simulator answers over real HTTP; the
    use cases that ask it are pointed at it for this part of the walk."""
    from kiosk.sync.client import SikerClient, write_token
    from kiosk.sync.sender import Sender
    from kiosk.sync.simulator import SikerSimulator

    window, parts = kiosk.window, kiosk.assembly
    data = Path(kiosk.cfg.kiosk.data_dir)
    sim = SikerSimulator(data / "siker-walk.db", token="walk").start()
    write_token(data / "siker-walk.token", "walk")
    online = kiosk.cfg.with_overrides(
        {"siker.base_url": sim.base_url, "siker.token_file": str(data / "siker-walk.token")}
    )
    desks = (parts.journey, parts.tickets.services, parts.events.desk)
    offline = [desk.cfg for desk in desks]

    def end(reason: str = "done") -> None:
        window.end_session(reason)
        again()

    def at(name: str) -> None:
        wait(lambda: window.router.current_name == name)

    def deliver() -> None:
        """The outbox reaches the office, as the kiosk's sender would send it."""
        sender = Sender(kiosk.store, lambda: SikerClient.from_config(online), base_backoff_s=0.01)
        sender.drain(deadline_s=30)
        sender.close()

    try:
        # Konsultasi / Pengaduan, page by page, each with what it says to a mistake
        tickets = parts.tickets.screen
        parts.tickets.start()
        at(tickets.name)
        yield "50-tickets-topic"
        tickets.nav.next.click()
        wait(tickets.kind.error.isVisible)
        yield "50-tickets-topic-error"
        tickets.kind.buttons["pengaduan"].click()
        tickets.topic.buttons["upah"].click()
        tickets.nav.next.click()
        wait(tickets.description.isVisible)
        yield "51-tickets-describe"
        tickets.description.setPlainText("Upah " * 220)
        tickets.nav.next.click()
        wait(tickets.description_error.isVisible)
        yield "51-tickets-describe-too-long"
        tickets.description.setPlainText("Upah bulan November belum dibayar penuh.")
        tickets.nav.next.click()
        wait(tickets.person.isVisible)
        tickets.person.editor.setText("Siti Aminah")
        tickets.employer.editor.setText("PT Sinar Semarang")
        yield "52-tickets-contact"
        tickets.phone.editor.setText("+6591234567")  # Singapore
        tickets.nav.next.click()
        wait(tickets.phone.error.isVisible)
        yield "52-tickets-contact-error"
        tickets.phone.editor.setText("081234567890")
        tickets.nav.next.click()
        wait(tickets.summary.isVisible)
        yield "53-tickets-confirm"
        tickets.nav.next.click()
        wait(lambda: tickets.current() == DONE and tickets.finish.isVisible())
        wait(lambda: not tickets.reprint.isVisible() and bool(tickets.done_status.text()))
        ticket_no = tickets.number.text()
        yield "54-tickets-done"
        end()

        # Cek Tiket: the office's answer, a number it does not know, then the lock
        deliver()
        appointment = clock.rfc3339(clock.now() + timedelta(days=3))
        sim.tickets.answer(ticket_no, "dijadwalkan", TICKET_ANSWER, appointment)
        check = parts.tickets.check_screen
        parts.tickets.services.cfg = online
        parts.tickets.start()
        at(tickets.name)
        tickets.check.click()
        at(check.name)
        yield "57-ticket-check"
        check.number.editor.setText(ticket_no)
        check.phone.editor.setText("081234567890")
        check.look.click()
        wait(check.result.isVisible)
        yield "57-ticket-check-answer"
        check.number.editor.setText("K-SMG01-200101-0001")
        check.look.click()
        wait(check.problem.isVisible)
        yield "58-ticket-check-not-found"
        now = clock.rfc3339(clock.now())
        with kiosk.store.transaction():
            for _ in range(5):
                kiosk.store.execute("INSERT INTO ticket_lookup_failures(at) VALUES(?)", (now,))
        missed = check.problem.text()
        check.look.click()
        wait(lambda: check.problem.isVisible() and check.problem.text() != missed)
        yield "59-ticket-check-locked"
        with kiosk.store.transaction():
            kiosk.store.execute("DELETE FROM ticket_lookup_failures")
        end()

        # Bursa Kerja & Pelatihan: offline first (the seat number follows), then online
        events = parts.events
        for item in sample_events():
            sim.put_event(item)
        events.open()
        at(events.list.name)
        yield "60-events-list"
        events.list.show_event("EVT-0001")
        yield "61-events-detail"
        events.list.show_event("EVT-0004")
        yield "61-events-detail-full"
        events.desk.cfg = offline[2]
        events.list.show_event("EVT-0003")
        events.list.register.click()
        parts.card_reader.tap(0)  # the holder registered earlier in the walk
        at(events.form.name)
        yield "62-events-register"
        form = events.form
        form.phone.editor.setText("+65 9123 4567")
        form.send.click()
        wait(form.phone.error.isVisible)
        yield "62-events-register-error"
        form.phone.editor.setText("0812 3456 7890")
        form.send.click()
        wait(lambda: form.printing in ("printed", "failed"))
        yield "63-events-seat-later"
        end()
        events.desk.cfg = online
        events.open()
        events.list.show_event("EVT-0001")
        events.list.register.click()
        parts.card_reader.tap(0)
        at(form.name)
        form.send.click()
        wait(lambda: form.printing in ("printed", "failed"))
        yield "63-events-seat"
        end()
        events.open()
        events.list.mine.click()
        parts.card_reader.tap(0)
        at(events.mine.name)
        yield "64-events-mine"
        end()

        # "Kartu saya" in each state the office may give the card
        deliver()
        parts.journey.cfg = online
        registration = kiosk.store.one(
            "SELECT registration_no, valid_until FROM registrations WHERE nik = ? ORDER BY rowid DESC LIMIT 1",
            (registered_nik,),
        )
        card = parts.flow.my_card_screen
        for state, (reason, officer) in CARD_DECISIONS.items():
            expired = state == "kedaluwarsa"
            if expired:  # the calendar says so too: the card's validity ended yesterday
                yesterday = (clock.today() - timedelta(days=1)).isoformat()
                kiosk.store.execute("UPDATE registrations SET valid_until = ?", (yesterday,))
            sim.set_card(registration["registration_no"], state, reason, officer)
            parts.card_reader.tap(0)
            at(card.name)
            card.refresh.click()
            wait(lambda: not card.refreshing)
            yield f"15-my-card-{state}"
            end()
            if expired:
                kiosk.store.execute("UPDATE registrations SET valid_until = ?", (registration["valid_until"],))
    finally:
        for desk, cfg in zip(desks, offline, strict=True):
            desk.cfg = cfg
        sim.close()


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
    for tab in range(4, modes.technician.tabs.count()):
        modes.technician.tabs.setCurrentIndex(tab)
        yield f"37-technician-tab-{tab}"
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
    for tab in range(4, modes.officer.tabs.count()):
        modes.officer.tabs.setCurrentIndex(tab)
        yield f"38-officer-tab-{tab}"
    modes.officer.tabs.setCurrentIndex(3)
    yield LAST_STATE
    modes.leave("logout")
    again()
