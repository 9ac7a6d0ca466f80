"""Issue 18 item 17: a Bantuan (Help) button on every screen.

Every screen says what it is for, in Indonesian and English (a new screen without its own
``help_text`` fails here); a tap on the button (a press and release sent to the window at the
button's place, so Qt finds the widget there as it does for a finger) opens the help card over
the screen with the office's phone and hours from the config; "Tutup" returns to the same screen
with everything typed still there, and the idle countdown keeps running meanwhile.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

import kiosk.screens as screens_package
from kiosk import i18n
from kiosk.app import build, shutdown
from kiosk.screens.base import Screen
from kiosk.screens.damaged import DamagedScreen
from tests.support.inner_pytest import assert_passed, run_cases

PHONE = "(024) 7601234"
HOURS = "Senin–Kamis 07.30–15.30, Jumat 07.30–11.00"


@pytest.fixture
def kiosk(cfg, qtbot):
    k = build(cfg.with_overrides({"office.phone": PHONE, "office.hours": HOURS}), windowed=True)
    k.window.resize(1280, 800)
    k.window.show()
    qtbot.waitUntil(lambda: k.assembly is not None, timeout=10_000)
    yield k
    shutdown(k)


def tap(qtbot, widget: QWidget) -> None:
    """A press and release at the widget's centre, sent to the window: whatever lies on top there
    gets it, as a finger's tap would."""
    window = widget.window()
    handle = window.windowHandle()
    at = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.wait(0)


def screen_classes() -> list[type[Screen]]:
    found: list[type[Screen]] = []
    for module in pkgutil.iter_modules(screens_package.__path__):
        loaded = importlib.import_module(f"kiosk.screens.{module.name}")
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, Screen) and cls.name and cls.__module__ == loaded.__name__:
                found.append(cls)
    return found


def test_every_screen_class_writes_its_own_help():
    classes = screen_classes()
    assert len(classes) >= 20
    missing = [cls.__name__ for cls in classes if cls.help_text is Screen.help_text]
    assert missing == []


def test_every_screen_in_the_router_has_help_in_both_languages(kiosk, qtbot):
    window = kiosk.window
    staff = kiosk.assembly.staff
    for built in (staff.pin, staff.technician, staff.officer):  # staff screens exist only while in use
        assert window.router.has(built.name)
    window.add_screen(DamagedScreen())
    screens = window.router.screens()
    assert {"welcome", "identify", "consent", "vacancies", "severance", "damaged", "officer"} <= {
        s.name for s in screens
    }
    indonesian = {s.name: s.help_text() for s in screens}
    i18n.set_language("en")
    english = {s.name: s.help_text() for s in screens}
    i18n.set_language("id")
    for screen in screens:
        words_id, words_en = indonesian[screen.name], english[screen.name]
        assert len(words_id) > 40, screen.name
        assert len(words_en) > 40, screen.name
        assert words_en != words_id, f"{screen.name}: no English"


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_tap_on_bantuan_shows_help_and_tutup_returns_with_the_data(kiosk, qtbot, language):
    window, parts = kiosk.window, kiosk.assembly
    flow = parts.flow
    i18n.set_language(language)
    parts.card_reader.tap(0)
    qtbot.waitUntil(lambda: window.router.current_name == "consent", timeout=10_000)
    flow.consent.agree.click()
    flow.steps[0].nav.next.click()
    contact = flow.steps[1]
    qtbot.waitUntil(lambda: window.router.current_name == contact.name, timeout=5000)
    qtbot.keyClicks(contact.phone.editor, "081255501234")
    help_card = window.help_overlay
    bantuan = window.status_bar.help_button
    assert bantuan.isVisible() and bantuan.height() >= 48
    assert bantuan.text() == ("? Bantuan" if language == "id" else "? Help")

    tap(qtbot, bantuan)
    qtbot.waitUntil(help_card.isVisible, timeout=3000)
    assert help_card.text.text() == contact.help_text() != ""
    assert PHONE in help_card.office.text() and HOURS in help_card.office.text()
    assert help_card.title.text() == ("Bantuan" if language == "id" else "Help")
    assert help_card.close_button.text() == ("Tutup" if language == "id" else "Close")
    assert help_card.geometry() == window.centralWidget().rect()  # over the whole window, not a window of its own
    assert not help_card.isWindow()
    # the help card lies over the screen: a tap where "Lanjut" is does not reach it
    under = contact.nav.next
    top = window.childAt(under.mapTo(window, under.rect().center()))
    assert top is help_card or help_card.isAncestorOf(top)
    tap(qtbot, under)
    assert window.router.current_name == contact.name and help_card.isVisible()
    # the idle countdown still runs while the card is open
    assert window.idle.armed and window.idle._timer.isActive()

    tap(qtbot, help_card.close_button)
    qtbot.waitUntil(lambda: not help_card.isVisible(), timeout=3000)
    assert window.router.current_name == contact.name
    assert contact.phone.text() == "081255501234"
    assert flow.draft.nik == "3374114108980003"
    i18n.set_language("id")


def test_idle_still_ends_the_session_under_the_help_card(kiosk, qtbot):
    window = kiosk.window
    window.go("severance")
    qtbot.keyClicks(kiosk.assembly.severance.wage.editor, "4500000")
    tap(qtbot, window.status_bar.help_button)
    qtbot.waitUntil(window.help_overlay.isVisible, timeout=3000)
    window.idle.set_timeout_ms(100)  # the real minimum is 15 s; the mechanism is the same
    window.idle_overlay.countdown_s = 1
    window.idle.poke()
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=3000)  # "Masih di sana?" over the help card
    assert window.idle_overlay.geometry().contains(window.help_overlay.geometry())
    with qtbot.waitSignal(window.session_ended, timeout=5000):
        pass
    assert window.router.current_name == "welcome"
    assert not window.help_overlay.isVisible()
    assert kiosk.assembly.severance.wage.text() == ""


def test_bantuan_is_at_the_same_place_on_every_screen(kiosk, qtbot):
    window = kiosk.window
    places = set()
    for name in ("welcome", "identify", "identify_manual", "severance", "vacancies", "consent"):
        window.go(name)
        qtbot.wait(0)
        button = window.status_bar.help_button
        assert button.isVisible(), name
        places.add((button.mapTo(window, QPoint(0, 0)).x(), button.mapTo(window, QPoint(0, 0)).y()))
    assert len(places) == 1


@pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool missing (scripts/test installs it)")
def test_bantuan_and_session_end_on_a_real_x_server(tmp_path):
    """The Bantuan tap as X pointer events, and the session end emptying both X11 clipboards, on an
    Xvfb at 1280x800 with the kiosk fullscreen (in its own process)."""
    cases = Path(__file__).with_name("help_session_x11_cases.py")
    done = run_cases(cases, tmp_path, screen=(1280, 800), timeout=300)
    assert_passed(done, "2 passed")
