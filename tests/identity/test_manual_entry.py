"""Manual NIK entry with real widgets: the keypad, live checking, and the identity it gives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kiosk.screens.identify_manual import IdentifyManualScreen


def tap(qtbot, screen, keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(screen.keypad.findChild(type(screen.nav.next), f"key_{key}"), Qt.MouseButton.LeftButton)


def make(qtbot) -> IdentifyManualScreen:
    screen = IdentifyManualScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.on_enter()
    return screen


def test_keypad_types_the_nik_and_it_is_checked_live(qtbot):
    screen = make(qtbot)
    tap(qtbot, screen, "33741141")
    assert screen.nik_info.text() == "8 dari 16 angka"
    assert not screen.nik_field.error.isVisible()
    tap(qtbot, screen, "08980003")
    assert screen.nik_field.text() == "3374114108980003"
    assert "Kota Semarang" in screen.nik_info.text() and "01-08-1998" in screen.nik_info.text()
    assert "Perempuan" in screen.nik_info.text()


def test_impossible_nik_says_why_beside_the_field(qtbot):
    screen = make(qtbot)
    tap(qtbot, screen, "3374113102980003")  # 31 February
    assert screen.nik_field.error.isVisible()
    assert "tidak ada di kalender" in screen.nik_field.error.text()
    tap(qtbot, screen, "⌫")
    assert not screen.nik_field.error.isVisible()  # back under 16 digits: no error yet


def test_complete_entry_gives_a_manual_identity(qtbot):
    screen = make(qtbot)
    tap(qtbot, screen, "3374114108980003")
    qtbot.keyClicks(screen.full_name.editor, "Siti Nur'aini")
    qtbot.keyClicks(screen.birth_place.editor, "Semarang")
    with qtbot.waitSignal(screen.identified, timeout=1000) as done:
        qtbot.mouseClick(screen.nav.next, Qt.MouseButton.LeftButton)
    identity = done.args[0]
    assert (identity.nik, identity.name, identity.birth_place) == ("3374114108980003", "Siti Nur'aini", "Semarang")
    assert (identity.birth_date, identity.sex, identity.source) == (date(1998, 8, 1), "P", "manual")


def test_missing_name_blocks_and_wipe_clears(qtbot):
    screen = make(qtbot)
    tap(qtbot, screen, "3374114108980003")
    with qtbot.assertNotEmitted(screen.identified):
        qtbot.mouseClick(screen.nav.next, Qt.MouseButton.LeftButton)
    assert "wajib diisi" in screen.full_name.error.text()
    screen.wipe()
    assert screen.nik_field.text() == "" and screen.nik_info.text() == ""
