"""The cases of ``test_touch_x11.py``: run by it in a pytest of their own on an Xvfb, with
QT_QPA_PLATFORM=xcb. Every input is a real X event from ``xdotool`` at screen coordinates."""

from __future__ import annotations

import os
import random
import subprocess

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from kiosk.app import build, show, shutdown
from kiosk.widgets.keypad import Layout

if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
    pytest.skip("run by test_touch_x11.py on an Xvfb", allow_module_level=True)

MIN_KEY = 48


def xdo(*args: object) -> None:
    subprocess.run(["xdotool", *map(str, args)], check=True, timeout=10)


def spot(widget: QWidget) -> QPoint:
    return widget.mapToGlobal(widget.rect().center())


def tap(widget: QWidget) -> None:
    """A finger's tap at the widget's place on the screen: press and release, no move."""
    p = spot(widget)
    xdo("mousemove", p.x(), p.y(), "click", "1")


def drag(qtbot, start: QPoint, dy: int, steps: int = 12) -> None:
    """A finger put down, moved ``dy`` px in ``steps`` moves (the kiosk sees each one), lifted."""
    xdo("mousemove", start.x(), start.y(), "mousedown", "1")
    for i in range(1, steps + 1):
        qtbot.wait(16)  # one frame: the app handles each move as it comes, as with a finger
        xdo("mousemove", start.x(), start.y() + dy * i // steps)
    qtbot.wait(16)
    xdo("mouseup", "1")


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.fixture
def kiosk(cfg, qtbot):
    k = build(cfg, windowed=os.environ.get("TOUCH_MODE") == "windowed")
    if os.environ.get("TOUCH_MODE") == "windowed":
        show(k, windowed=True)
    else:
        k.window.show_fullscreen()
    qtbot.waitUntil(lambda: k.assembly is not None, timeout=20_000)
    k.window.activateWindow()
    qtbot.waitUntil(k.window.isActiveWindow, timeout=5000)
    yield k
    shutdown(k)


def to_contact(kiosk, qtbot):
    """Setup: an e-KTP tap, consent, the personal step; the contact step with its address open."""
    parts = kiosk.assembly
    parts.card_reader.tap(0)
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == "consent", timeout=10_000)
    parts.flow.consent.agree.click()
    parts.flow.steps[0].nav.next.click()
    contact = parts.flow.steps[1]
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == contact.name, timeout=5000)
    contact.same_as_ktp.setChecked(False)  # the address fields typed, not read from the card
    # laid out (a screen shown for the first time is at the next turn): taps aim at real places
    qtbot.waitUntil(lambda: contact.postal_code.editor.width() > 100 and contact.nav.next.width() > 100, timeout=5000)
    return contact


def keys_of(dock) -> list[QPushButton]:
    return [k for k in dock.currentWidget().findChildren(QPushButton) if k.isVisible()]


def key(dock, name: str) -> QPushButton:
    found = [k for k in keys_of(dock) if k.objectName() == f"key_{name}"]
    assert found, name
    return found[0]


def type_by_taps(dock, qtbot, edit, text: str) -> None:
    for ch in text:
        before = edit.text()
        tap(key(dock, ch))
        qtbot.waitUntil(lambda b=before: edit.text() != b, timeout=3000)


def test_keys_on_screen_follow_the_field_and_leave_it_visible(kiosk, qtbot):
    window, dock = kiosk.window, kiosk.window.keyboard_dock
    contact = to_contact(kiosk, qtbot)
    screen = window.screen().geometry()
    assert screen.contains(global_rect(window)), (global_rect(window), screen)
    area_height = contact.scroll_area.height()
    for field, layout in ((contact.postal_code, Layout.DIGITS), (contact.email, Layout.EMAIL),
                          (contact.street, Layout.TEXT), (contact.phone, Layout.DIGITS)):  # fmt: skip
        contact.scroll_area.ensureWidgetVisible(field.editor)
        qtbot.waitUntil(lambda f=field: contact.scroll_area.viewport().rect().contains(
            f.editor.mapTo(contact.scroll_area.viewport(), f.editor.rect().center())), timeout=3000)  # fmt: skip
        tap(field.editor)
        qtbot.waitUntil(lambda f=field: dock.isVisible() and dock.field is f.editor, timeout=5000)
        assert dock.current_layout() is layout
        keys = keys_of(dock)
        assert len(keys) >= 12
        rects = [global_rect(k) for k in keys]
        for k, r in zip(keys, rects, strict=True):
            assert screen.contains(r), (k.objectName(), r, screen)
            assert r.width() >= MIN_KEY and r.height() >= MIN_KEY, (k.objectName(), r)
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.intersects(b), (a, b)
        # the field (with its label) is above the keys, the form was scrolled and not shrunk
        qtbot.waitUntil(lambda f=field: global_rect(f.editor).bottom() < global_rect(dock).top(), timeout=3000)
        assert global_rect(field.editor).top() >= global_rect(contact.scroll_area.viewport()).top()
        assert contact.scroll_area.height() == area_height
        assert global_rect(contact.nav.next).top() >= global_rect(dock).bottom()  # Lanjut stays reachable
        if layout is Layout.EMAIL:
            for name in ("@", ".", "dotcom"):
                key(dock, name)
            type_by_taps(dock, qtbot, field.editor, "a@")
            tap(key(dock, "dotcom"))
            qtbot.waitUntil(lambda f=field: f.editor.text() == "a@.com", timeout=3000)


def test_a_first_tap_on_next_with_the_keyboard_open_advances(kiosk, qtbot):
    dock = kiosk.window.keyboard_dock
    contact = to_contact(kiosk, qtbot)
    for field, text in ((contact.street, "Jl. Pemuda 12"), (contact.kelurahan, "Sekayu"),
                        (contact.kecamatan, "Semarang Tengah"), (contact.city, "Semarang"),
                        (contact.province, "Jawa Tengah")):  # fmt: skip
        field.set_text(text)  # setup: what this test does not type
    contact.scroll_area.verticalScrollBar().setValue(0)
    tap(contact.phone.editor)
    qtbot.waitUntil(lambda: dock.isVisible() and dock.current_layout() is Layout.DIGITS, timeout=5000)
    type_by_taps(dock, qtbot, contact.phone.editor, "081234567890")  # every digit, 7 8 9 0 too
    assert dock.isVisible()
    tap(contact.nav.next)
    education = kiosk.assembly.flow.steps[2]
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == education.name, timeout=5000)
    assert not dock.isVisible()


def test_an_error_goes_as_soon_as_the_value_is_corrected(kiosk, qtbot):
    dock = kiosk.window.keyboard_dock
    contact = to_contact(kiosk, qtbot)
    contact.scroll_area.verticalScrollBar().setValue(0)
    tap(contact.phone.editor)
    qtbot.waitUntil(lambda: dock.current_layout() is Layout.DIGITS, timeout=5000)
    type_by_taps(dock, qtbot, contact.phone.editor, "0812")
    tap(contact.nav.next)
    qtbot.waitUntil(contact.phone.error.isVisible, timeout=5000)
    assert kiosk.window.router.current_name == contact.name
    contact.scroll_area.ensureWidgetVisible(contact.phone)
    tap(contact.phone.editor)
    qtbot.waitUntil(lambda: dock.field is contact.phone.editor and dock.isVisible(), timeout=5000)
    type_by_taps(dock, qtbot, contact.phone.editor, "3")
    assert contact.phone.error.isVisible()  # 08123 is still no phone number
    type_by_taps(dock, qtbot, contact.phone.editor, "4567890")
    qtbot.waitUntil(lambda: not contact.phone.error.isVisible(), timeout=3000)
    assert contact.phone.editor.property("invalid") is False


def test_a_drag_scrolls_the_long_form_and_the_vacancy_list(kiosk, qtbot):
    contact = to_contact(kiosk, qtbot)
    bar = contact.scroll_area.verticalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 0
    viewport = global_rect(contact.scroll_area.viewport())
    drag(qtbot, QPoint(viewport.left() + 20, viewport.bottom() - 30), -min(300, viewport.height() - 60))
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5000)

    from kiosk.store.vacancies import upsert
    from kiosk.sync.sample_vacancies import sample_vacancy
    from kiosk.sync.vacancies import clean_vacancy

    rng = random.Random(3)
    for index in range(30):  # what a vacancy pull would have left in the cache
        upsert(kiosk.store, clean_vacancy(sample_vacancy(index, rng) | {"closes_on": "2099-12-31"}))
    kiosk.window.end_session("cancel")
    kiosk.window.go("vacancies")
    results = kiosk.assembly.vacancies.results
    qtbot.waitUntil(lambda: results.count() >= 30, timeout=5000)
    bar = results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)  # laid out: more rows than fit
    assert bar.value() == 0
    assert bar.isHidden() or bar.width() >= 24
    box = global_rect(results.viewport())
    drag(qtbot, QPoint(box.center().x(), box.bottom() - 20), -min(300, box.height() - 40))
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5000)
    assert kiosk.window.router.current_name == "vacancies"  # a drag opens no vacancy


def no_menu() -> bool:
    return QApplication.activePopupWidget() is None and not any(
        isinstance(w, QMenu) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_right_click_or_a_long_press_opens_no_menu(kiosk, qtbot):
    dock = kiosk.window.keyboard_dock
    contact = to_contact(kiosk, qtbot)
    contact.scroll_area.verticalScrollBar().setValue(0)
    email, phone = contact.email.editor, contact.phone.editor
    p = spot(email)
    for press in (["click", "3"], ["mousedown", "1", "sleep", "1.2", "mouseup", "1"]):
        xdo("mousemove", p.x(), p.y(), *press)
        tap(phone)  # after the press in the X queue: once the phone has the focus, the press was handled
        qtbot.waitUntil(lambda: dock.field is phone, timeout=5000)
        assert no_menu()
        tap(email)
        qtbot.waitUntil(lambda: dock.field is email, timeout=5000)
        assert no_menu()


def test_a_drag_that_starts_on_a_button_scrolls_and_does_not_press_it(kiosk, qtbot):
    parts = kiosk.assembly
    parts.card_reader.tap(0)
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == "consent", timeout=10_000)
    parts.flow.consent.agree.click()
    personal = parts.flow.steps[0]
    qtbot.waitUntil(lambda: personal.religion.buttons["islam"].width() > 50, timeout=5000)
    personal.religion.set_value(None)
    bar = personal.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())  # the religion buttons in view
    button = personal.religion.buttons["islam"]
    viewport = personal.scroll_area.viewport()
    qtbot.waitUntil(lambda: global_rect(viewport).contains(spot(button)), timeout=3000)
    drag(qtbot, spot(button), 150)
    qtbot.waitUntil(lambda: bar.value() < bar.maximum(), timeout=5000)
    assert personal.religion.value() is None  # the finger scrolled, it chose nothing
    assert not button.isDown()
    tap(button)  # and a tap still chooses
    qtbot.waitUntil(lambda: personal.religion.value() == "islam", timeout=3000)
