"""The KBJI 2026 picker on the preferences step, with real widgets: words in any order, without
accents or case, "lainnya" with the person's own words, and the on-screen keyboard in the whole app."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from kiosk.screens.step_preferences import PreferencesStep
from kiosk.services.draft import RegistrationDraft

JAHIT = "8153"  # the subgolongan OPERATOR MESIN JAHIT


@pytest.fixture
def step(qtbot) -> PreferencesStep:
    screen = PreferencesStep(RegistrationDraft(nik="3374114108980003", birth_date=date(1998, 8, 1)))
    qtbot.addWidget(screen)
    screen.set_position(5, 7)  # the texts, as the registration flow sets them
    screen.resize(1280, 800)
    screen.show()
    screen.on_enter()
    return screen


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into_picker(qtbot, step: PreferencesStep, text: str) -> None:
    click(qtbot, step.occupation)
    assert step.picker.isVisible() and step.picker.geometry() == step.rect()
    step.picker.search.editor.clear()
    qtbot.keyClicks(step.picker.search.editor, text)


def tap_row(qtbot, step: PreferencesStep, code: str) -> None:
    results = step.picker.results
    row = step.picker.codes().index(code)
    results.scrollToItem(results.item(row))
    spot = results.visualItemRect(results.item(row)).center()
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=spot)


@pytest.mark.parametrize("typed", ["operator mesin jahit", "jahit operator mesin", "MESIN jahit OPERATOR"])
def test_operator_mesin_jahit_is_found_whatever_the_word_order_or_case(qtbot, step, typed):
    type_into_picker(qtbot, step, typed)
    assert step.picker.codes()[0] == JAHIT
    first = step.picker.results.item(0).text()
    assert first.startswith("OPERATOR MESIN JAHIT\n") and "Subgolongan 8153" in first


def test_accents_are_ignored_and_each_row_names_its_subgolongan(qtbot, step):
    type_into_picker(qtbot, step, "petugas keamanan")
    plain = step.picker.codes()
    type_into_picker(qtbot, step, "")
    step.picker.search.editor.insert("Pétugas KEÁMANAN")  # as the keyboard's accent keys would; QTest aborts on them
    assert step.picker.codes() == plain and plain[0] == "5414.01"
    assert step.picker.results.item(0).text() == "PETUGAS KEAMANAN\nSubgolongan 5414: PENJAGA KEAMANAN"


def test_each_keystroke_narrows_the_rows(qtbot, step):
    click(qtbot, step.occupation)
    counts = []
    for letter in "satpam":
        qtbot.keyClicks(step.picker.search.editor, letter)
        counts.append(step.picker.results.count())
    assert counts[0] > 1 and step.picker.codes() == ["5414.01"]  # "satpam" is the kiosk's alias of it


def test_a_tapped_row_is_the_code_sent_and_its_name_the_position(qtbot, step):
    type_into_picker(qtbot, step, "satpam")
    tap_row(qtbot, step, "5414.01")
    assert not step.picker.isVisible()
    assert step.occupation.text() == "PETUGAS KEAMANAN   (sentuh untuk mengganti)\nPENJAGA KEAMANAN"
    qtbot.keyClicks(step.positions[0].editor, "Penjaga toko")
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert step.draft.occupation_code == "5414.01"
    assert step.draft.preferences["positions"] == ["PETUGAS KEAMANAN", "Penjaga toko"]
    assert step.draft.body()["occupation_code"] == "5414.01"


def test_lainnya_when_nothing_fits_takes_the_persons_own_words(qtbot, step):
    type_into_picker(qtbot, step, "pawang hujan")
    assert step.picker.codes() == [] and step.picker.nothing.isVisible()
    click(qtbot, step.picker.lainnya)
    assert not step.picker.isVisible() and step.other.isVisible()
    assert step.other.text() == "pawang hujan"  # what was typed in the search is kept
    step.other.editor.clear()
    with qtbot.assertNotEmitted(step.next_requested):
        click(qtbot, step.nav.next)
    assert step.other.error.isVisible()  # "lainnya" needs the words
    qtbot.keyClicks(step.other.editor, "Pawang hujan acara")
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert step.draft.occupation_code is None
    assert step.draft.preferences["positions"] == ["Pawang hujan acara"]
    assert step.draft.body()["occupation_code"] is None


def test_back_from_the_picker_keeps_the_earlier_choice(qtbot, step):
    type_into_picker(qtbot, step, "satpam")
    tap_row(qtbot, step, "5414.01")
    type_into_picker(qtbot, step, "kasir")
    click(qtbot, step.picker.back)
    assert not step.picker.isVisible() and step.occupation_code == "5414.01"


def test_disability_may_be_declined_and_is_sent_as_an_empty_list(qtbot, step):
    assert not step.disability_kinds.isVisible()
    click(qtbot, step.disability.buttons["ya"])
    assert step.disability_kinds.isVisible()
    with qtbot.assertNotEmitted(step.next_requested):
        click(qtbot, step.nav.next)  # "ya" without a kind
    assert step.disability_kinds.error.isVisible()
    click(qtbot, step.disability_kinds.buttons["rungu"])
    click(qtbot, step.disability_kinds.buttons["wicara"])
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert step.draft.body()["disability"] == ["rungu", "wicara"]
    click(qtbot, step.disability.buttons["tidak_menjawab"])
    assert not step.disability_kinds.isVisible() and step.disability_kinds.values() == []
    with qtbot.waitSignal(step.next_requested, timeout=1000):
        click(qtbot, step.nav.next)
    assert step.draft.disability is None and step.draft.body()["disability"] == []
    assert step.disability.buttons["tidak_menjawab"].text() == "Tidak ingin menjawab"


def test_the_wipe_forgets_the_choice_and_closes_the_picker(qtbot, step):
    type_into_picker(qtbot, step, "satpam")
    tap_row(qtbot, step, "5414.01")
    click(qtbot, step.disability.buttons["ya"])
    click(qtbot, step.disability_kinds.buttons["netra"])
    type_into_picker(qtbot, step, "kasir")
    step.wipe()
    assert not step.picker.isVisible() and step.picker.search.text() == "" and step.picker.results.count() == 0
    assert step.occupation_code is None and step.disability.value() is None
    assert step.disability_kinds.values() == [] and "PETUGAS" not in step.occupation.text()


def test_in_the_app_the_keyboard_types_into_the_picker_above_its_bar_and_the_rows_scroll_by_drag(kiosk, qtbot):
    flow = kiosk.assembly.flow
    step = flow.steps[4]
    kiosk.window.go(step.name)
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == step.name, timeout=5000)
    click(qtbot, step.occupation)
    dock = kiosk.window.keyboard_dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.field is step.picker.search.editor, timeout=5000)
    host = dock.parentWidget()
    bar_top = step.picker.bar.mapTo(host, QPoint(0, 0)).y()
    assert dock.geometry().bottom() <= bar_top  # the picker's Kembali / Lainnya stay reachable
    for letter in "kasir":
        keys = dock.currentWidget().findChildren(QPushButton)
        click(qtbot, next(k for k in keys if k.objectName() == f"key_{letter}"))  # lower case: no shift
    assert step.picker.search.text() == "kasir" and step.picker.codes()[0].startswith("52")
    assert step.picker.results.viewport().property("kinetic")  # the router's drag-to-scroll
