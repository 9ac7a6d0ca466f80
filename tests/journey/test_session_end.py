"""Issue 18 item 13: the end of a session leaves nothing of the person behind.

One session touches several screens the way a person does (a real e-KTP tap on the simulated
reader, clicks, typed keys), changes language, large text and contrast, filters the vacancies,
scrolls, copies text, opens the keyboard and a dialog; it then ends each of the three ways (done,
idle timeout, cancel) and every trace is checked: the whole widget tree is searched for the typed
values, and language, text size and contrast are back to the kiosk's configured defaults.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
)

from kiosk import i18n
from kiosk.app import build, shutdown
from kiosk.store.vacancies import upsert
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.vacancies import clean_vacancy
from kiosk.ui.theme import stylesheet
from kiosk.widgets.confirm import ConfirmOverlay
from kiosk.widgets.form import Choice

PHONE = "081299887766"
STREET = "Jl. Zamrud Biru 77"
WORDS = "Zamrud"  # typed into the vacancy search: found nowhere, so the list is empty while it stands
WAGE = "7.345.000"  # as the severance screen shows 7345000
CARD_NAME = "SITI NUR'AINI"  # the sample e-KTP the simulated reader gives for tap(0)
CARD_NIK = "3374114108980003"


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def at(kiosk, qtbot, name: str) -> None:
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == name, timeout=10_000)


def every_text(window) -> list[str]:
    """Every text the window's widgets hold: fields, labels, buttons, list rows, placeholders."""
    texts: list[str] = []
    for edit in window.findChildren(QLineEdit):
        texts += [edit.text(), edit.placeholderText()]
    for label in window.findChildren(QLabel):
        texts.append(label.text())
    for button in window.findChildren(QAbstractButton):
        texts.append(button.text())
    for listing in window.findChildren(QListWidget):
        texts += [listing.item(i).text() for i in range(listing.count())]
    for plain in window.findChildren(QPlainTextEdit):
        texts.append(plain.toPlainText())
    for rich in window.findChildren(QTextEdit):
        texts.append(rich.toPlainText())
    return texts


def scrolled(window) -> list[QAbstractScrollArea]:
    return [a for a in window.findChildren(QAbstractScrollArea) if a.verticalScrollBar().value() > 0]


def live_session(kiosk, qtbot) -> None:
    """Everything a person might leave behind, on several screens."""
    window, parts = kiosk.window, kiosk.assembly
    flow = parts.flow
    welcome = window.router.get("welcome")
    defaults = kiosk.cfg.kiosk
    # the person's own settings on the welcome screen: the other language, text size and contrast
    click(qtbot, welcome.language_button)
    click(qtbot, welcome.large_text_button)
    click(qtbot, welcome.contrast_button)
    assert i18n.current_language() != defaults.language
    assert welcome.large_text_button.isChecked() is not defaults.large_text
    assert window.session_style.sheet == stylesheet(not defaults.large_text, not defaults.high_contrast)

    # registration: an e-KTP tap, consent, the contact step typed and scrolled
    parts.card_reader.tap(0)
    at(kiosk, qtbot, "consent")
    click(qtbot, flow.consent.agree)
    personal = flow.steps[0]
    at(kiosk, qtbot, personal.name)
    assert CARD_NAME in personal.full_name.text()
    click(qtbot, personal.nav.next)
    contact = flow.steps[1]
    at(kiosk, qtbot, contact.name)
    contact.same_as_ktp.setChecked(False)
    qtbot.keyClicks(contact.phone.editor, PHONE)
    qtbot.keyClicks(contact.street.editor, STREET)
    assert flow.draft.nik == CARD_NIK

    # severance: reason, amounts, result; its form scrolled
    window.go("severance")
    severance = parts.severance
    severance.reasons.setCurrentRow(0)
    severance.reasons.item(0).setSelected(True)
    qtbot.keyClicks(severance.wage.editor, WAGE.replace(".", ""))
    qtbot.keyClicks(severance.years.editor, "6")
    click(qtbot, severance.calculate)
    assert severance.result is not None and WAGE in severance.breakdown.text()

    # vacancies: a filter, the list scrolled, words in the search field
    window.go("vacancies")
    vacancies = parts.vacancies
    everything = vacancies.results.count()
    assert everything >= 20
    level = next(code for code in vacancies.education.buttons if code)
    click(qtbot, vacancies.education.buttons[level])
    assert vacancies.education.value() == level
    click(qtbot, vacancies.education.buttons[""])  # all levels again, so the list is long
    click(qtbot, vacancies.wage.buttons[next(code for code in vacancies.wage.buttons if code != "0")])
    vacancies.results.verticalScrollBar().setValue(vacancies.results.verticalScrollBar().maximum())

    # scrolled: every scroll area that can scroll, on every screen (a finger's drag is tested in tests/touch)
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum())
    assert scrolled(window), "nothing could scroll: the test would prove nothing about scroll positions"

    # copied: the phone number, to the clipboard and (where there is one) X11's selection
    contact.phone.editor.selectAll()
    contact.phone.editor.copy()
    board = QApplication.clipboard()
    if board.supportsSelection():
        board.setText(PHONE, QClipboard.Mode.Selection)
    assert board.text(QClipboard.Mode.Clipboard) == PHONE

    qtbot.mouseClick(vacancies.words, Qt.MouseButton.LeftButton)  # the keyboard opens for it
    qtbot.keyClicks(vacancies.words, WORDS)
    qtbot.waitUntil(window.keyboard_dock.isVisible, timeout=3000)
    assert PHONE in every_text(window) and WORDS in every_text(window)


def end(kiosk, qtbot, how: str) -> None:
    """The three ways a session ends, each by what a person does (or does not do)."""
    window, parts = kiosk.window, kiosk.assembly
    if how == "done":  # "‹ Kembali" on the vacancy list: the person is done
        with qtbot.waitSignal(window.session_ended, timeout=5000) as ended:
            click(qtbot, parts.vacancies.back)
    elif how == "idle":  # walked away, with the help card open over the screen
        click(qtbot, window.status_bar.help_button)
        assert window.help_overlay.isVisible()
        window.idle.set_timeout_ms(100)  # the real minimum is 15 s; the mechanism is the same
        window.idle_overlay.countdown_s = 1
        window.idle.poke()
        with qtbot.waitSignal(window.session_ended, timeout=5000) as ended:
            pass
    else:  # "Batal" on the form, then "Ya, batalkan"
        contact = parts.flow.steps[1]
        window.go(contact.name)
        qtbot.mouseClick(contact.phone.editor, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.keyboard_dock.isVisible, timeout=3000)
        click(qtbot, contact.nav.cancel)
        assert parts.flow.confirm.isVisible()
        with qtbot.waitSignal(window.session_ended, timeout=5000) as ended:
            click(qtbot, parts.flow.confirm.yes)
    assert ended.args == [how]


@pytest.fixture
def stocked(cfg, store, qtbot, request):
    """The kiosk with 24 vacancies cached; the config's session defaults as the test asks."""
    rng = random.Random(7)
    for index in range(24):
        upsert(store, clean_vacancy(sample_vacancy(index, rng) | {"closes_on": "2099-12-31"}))
    k = build(cfg.with_overrides(request.param), windowed=True)
    k.window.resize(1280, 800)
    k.window.show()
    qtbot.waitUntil(lambda: k.assembly is not None, timeout=10_000)
    yield k
    QApplication.clipboard().clear()
    shutdown(k)


DEFAULTS = {"kiosk.language": "id", "kiosk.large_text": False, "kiosk.high_contrast": False}
ENGLISH_LARGE = {"kiosk.language": "en", "kiosk.large_text": True, "kiosk.high_contrast": False}


@pytest.mark.parametrize(
    ("stocked", "how"),
    [(DEFAULTS, "done"), (DEFAULTS, "idle"), (DEFAULTS, "cancel"), (ENGLISH_LARGE, "idle")],
    indirect=["stocked"],
    ids=["done", "idle", "cancel", "idle-english-large-default"],
)
def test_session_end_leaves_nothing_behind(stocked, qtbot, how):
    kiosk = stocked
    window, parts, cfg = kiosk.window, kiosk.assembly, kiosk.cfg
    welcome = window.router.get("welcome")
    live_session(kiosk, qtbot)

    end(kiosk, qtbot, how)

    at(kiosk, qtbot, "welcome")
    # language, text size and contrast: the kiosk's configured defaults
    assert i18n.current_language() == cfg.kiosk.language
    assert welcome.large_text_button.isChecked() is cfg.kiosk.large_text
    assert welcome.contrast_button.isChecked() is cfg.kiosk.high_contrast
    assert QApplication.instance().styleSheet() == stylesheet(cfg.kiosk.large_text, cfg.kiosk.high_contrast)
    assert window.session_style.sheet == ""  # no part keeps the person's look
    qtbot.waitUntil(lambda: window.session_style.settled, timeout=10_000)
    # nothing open over the screen, no keys
    assert not window.keyboard_dock.isVisible()
    assert not window.help_overlay.isVisible()
    assert not window.idle_overlay.isVisible()
    assert not any(o.isVisible() for o in window.findChildren(ConfirmOverlay))
    # the clipboard is empty in both of X11's modes
    board = QApplication.clipboard()
    assert board.text(QClipboard.Mode.Clipboard) == ""
    if board.supportsSelection():
        assert board.text(QClipboard.Mode.Selection) == ""
    # every list and form at its top
    assert scrolled(window) == []
    for area in window.findChildren(QAbstractScrollArea):
        assert area.horizontalScrollBar().value() == area.horizontalScrollBar().minimum()
    # nothing typed or read is held by any widget, and no field can undo its way back to it
    texts = every_text(window)
    for secret in (PHONE, STREET, WORDS, WAGE, CARD_NAME, CARD_NIK, "JL. PEMUDA"):
        assert not [t for t in texts if secret.lower() in t.lower()], secret
    assert not [e.objectName() for e in window.findChildren(QLineEdit) if e.isUndoAvailable()]
    # the severance result, the vacancy filters and the in-memory draft are gone
    assert parts.severance.result is None and parts.severance.reasons.selectedItems() == []
    vacancies = parts.vacancies
    assert vacancies.words.text() == "" and vacancies.seeker is None and vacancies.current is None
    assert all(choice.value() is None for choice in vacancies.findChildren(Choice))
    flow = parts.flow
    assert (flow.draft.nik, flow.draft.name, flow.draft.phone) == ("", "", "")
    assert flow.holder is None and flow.existing is None
    # and the next person finds the full list, unfiltered, on the vacancy screen
    window.go("vacancies")
    assert vacancies.results.count() == 24
