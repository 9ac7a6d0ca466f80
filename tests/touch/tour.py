"""A walk over every screen of the kiosk and its common states (lists filled, an error shown, the
keyboard open, the questions over a screen), for the tests that look at all of them: contrast
(test_contrast.py) and low reach (test_reach.py)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.screens.damaged import DamagedScreen
from kiosk.store.vacancies import upsert
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.vacancies import clean_vacancy


def settle(qtbot) -> None:
    """Layouts and style done, the frame painted (no timing: the events already posted)."""
    QApplication.processEvents()
    qtbot.wait(0)
    QApplication.processEvents()


def fill_vacancies(kiosk, count: int = 12) -> None:
    """What a vacancy pull would have left in the cache."""
    rng = random.Random(3)
    for index in range(count):
        upsert(kiosk.store, clean_vacancy(sample_vacancy(index, rng) | {"closes_on": "2099-12-31"}))


def tour(kiosk, qtbot, staff: bool = True) -> Iterator[str]:
    """Put the window into each state in turn and yield its name; the caller looks at the window.

    ``staff``: also the staff screens (the PIN pad, technician, officer) and the damaged-database
    screen, which exist only while in use."""
    window, parts = kiosk.window, kiosk.assembly
    flow = parts.flow
    fill_vacancies(kiosk)
    if staff and not window.router.has("damaged"):
        window.add_screen(DamagedScreen())
    for screen in window.router.screens():
        window.go(screen.name)
        settle(qtbot)
        yield screen.name
    window.end_session("cancel")
    if staff:
        yield from staff_tour(kiosk, qtbot)

    # the registration's states: a form error, the keyboard, the questions over a step
    parts.card_reader.tap(0)
    qtbot.waitUntil(lambda: window.router.current_name == "consent", timeout=10_000)
    flow.consent.agree.click()
    flow.steps[0].nav.next.click()
    contact = flow.steps[1]
    qtbot.waitUntil(lambda: window.router.current_name == contact.name, timeout=5000)
    contact.phone.editor.setText("0812")
    contact.nav.next.click()
    settle(qtbot)
    yield "contact-error"
    contact.phone.editor.setFocus()
    window.keyboard_dock.open_for(contact.phone.editor)
    qtbot.waitUntil(window.keyboard_dock.isVisible, timeout=3000)
    settle(qtbot)
    yield "contact-keyboard"
    window.keyboard_dock.close_keys()
    window.show_help()
    settle(qtbot)
    yield "help"
    window.help_overlay.close_help()
    flow.ask_cancel()
    settle(qtbot)
    yield "cancel-question"
    flow.confirm.no.click()
    window.idle_overlay.start()
    settle(qtbot)
    yield "idle-question"
    window.idle_overlay.cancel()
    preferences = flow.steps[4]
    window.go(preferences.name)
    preferences.open_picker()
    preferences.picker.search.editor.setText("jahit")
    settle(qtbot)
    yield "occupation-picker"
    window.end_session("cancel")

    window.go("vacancies")
    vacancies = parts.vacancies
    qtbot.waitUntil(lambda: vacancies.results.count() > 0, timeout=5000)
    settle(qtbot)
    yield "vacancies-list"
    vacancies._open(vacancies.results.item(0))
    settle(qtbot)
    yield "vacancy-detail"
    window.end_session("done")

    window.go("severance")
    severance = parts.severance
    severance.choose("efficiency_loss")
    severance.wage.editor.setText("5.000.000")
    severance.years.editor.setText("10")
    severance.months.editor.setText("3")
    severance.leave.editor.setText("6")
    severance.calculate.click()
    settle(qtbot)
    yield "severance-result"
    window.end_session("done")


def staff_tour(kiosk, qtbot) -> Iterator[str]:
    """The PIN pad, the technician's tabs and the officer's, as staff open them."""
    from kiosk.demo import seed_staff

    window, modes = kiosk.window, kiosk.assembly.staff
    seed_staff(kiosk.store)
    modes.open_pad()
    settle(qtbot)
    yield "staff-pin"
    for pin, name, desk in (("111111", "technician", modes.technician), ("222222", "officer", modes.officer)):
        if window.router.current_name != "staff_pin":
            modes.open_pad()
        modes.pin.pin.setText(pin)
        modes.pin._submit()
        qtbot.waitUntil(lambda n=name: window.router.current_name == n, timeout=5000)
        for tab in range(desk.tabs.count()):
            desk.tabs.setCurrentIndex(tab)
            settle(qtbot)
            yield f"{name}-{tab}"
        modes.leave("logout")


def tap(qtbot, widget: QWidget) -> None:
    """A press and release at the widget's centre, sent to the window: whatever lies on top there
    gets it, as a finger's tap would."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.wait(0)
