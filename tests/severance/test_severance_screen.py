"""The severance screen with real widgets: two reasons simulated, the slip printed on the simulator."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest

from kiosk import i18n
from kiosk.core.severance import simulate
from kiosk.core.severance_rules import BY_CODE, REASONS
from kiosk.core.severance_slip import slip_document


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def row_of(screen, code: str) -> int:
    reasons = screen.reasons
    return next(i for i in range(reasons.count()) if reasons.item(i).data(Qt.ItemDataRole.UserRole) == code)


def tap_reason(qtbot, screen, code: str) -> None:
    """Tap the reason in the list, as a finger would."""
    reasons = screen.reasons
    row = row_of(screen, code)
    reasons.scrollToItem(reasons.item(row))
    qtbot.mouseClick(
        reasons.viewport(), Qt.MouseButton.LeftButton, pos=reasons.visualItemRect(reasons.item(row)).center()
    )


def tap_on_window(window, screen, index: int) -> None:
    """A tap that the window delivers to whatever is drawn at the row's middle (the words or
    the Pasal line lie there), as a finger's would be."""
    reasons = screen.reasons
    reasons.scrollToItem(reasons.item(index))
    row = reasons.row_widget(index)
    point = row.mapTo(window, row.reference.geometry().center())
    assert window.childAt(point) is reasons.viewport()
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_two_reasons_and_the_printed_slip(kiosk, qtbot, store):
    parts = kiosk.assembly
    screen = parts.severance
    click(qtbot, kiosk.window.router.get("welcome").tiles["severance"])
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == "severance", timeout=5000)
    click(qtbot, screen.calculate)
    assert "Pilih alasan" in screen.reason_error.text()  # nothing chosen yet: said, not crashed
    tap_reason(qtbot, screen, "efficiency_loss")
    qtbot.keyClicks(screen.wage.editor, "5000000")
    assert screen.wage.text() == "5.000.000"  # thousands shown as typed
    qtbot.keyClicks(screen.years.editor, "10")
    qtbot.keyClicks(screen.months.editor, "3")
    qtbot.keyClicks(screen.leave.editor, "6")
    click(qtbot, screen.calculate)
    assert "Rp22.500.000" in screen.breakdown.text() and "Rp43.700.000" in screen.breakdown.text()
    tap_reason(qtbot, screen, "retirement")
    click(qtbot, screen.calculate)
    assert "Pasal 56" in screen.breakdown.text() and "Rp78.750.000" in screen.breakdown.text()  # 9 x 1.75 x 5 jt
    click(qtbot, screen.print_slip)
    qtbot.waitUntil(lambda: "dicetak" in screen.disclaimer.text(), timeout=15_000)
    assert len(parts.printer.simulator.pages) == 1
    assert store.one("SELECT kind, state FROM print_jobs")["state"] == "printed"


def test_absurd_input_is_refused_beside_the_field(kiosk, qtbot):
    screen = kiosk.assembly.severance
    kiosk.window.go("severance")
    tap_reason(qtbot, screen, "merger")
    qtbot.keyClicks(screen.wage.editor, "0")
    qtbot.keyClicks(screen.years.editor, "80")
    click(qtbot, screen.calculate)
    assert "lebih dari nol" in screen.wage.error.text()
    assert not screen.print_slip.isEnabled()


def test_in_english_the_reasons_and_the_parts_are_english_and_the_slip_stays_indonesian(kiosk, qtbot):
    screen = kiosk.assembly.severance
    i18n.set_language("en")  # chosen on the welcome screen
    try:
        kiosk.window.go("severance")
        retirement = screen.reasons.row_widget(row_of(screen, "retirement"))
        qtbot.waitUntil(  # the language change reaches the widgets as an event
            lambda: retirement.words.text() == "I reached retirement age", timeout=2000
        )
        assert retirement.reference.text() == "PP 35/2021 Pasal 56"
        tap_reason(qtbot, screen, "efficiency_loss")
        qtbot.keyClicks(screen.wage.editor, "5000000")
        qtbot.keyClicks(screen.years.editor, "10")
        qtbot.keyClicks(screen.leave.editor, "6")
        click(qtbot, screen.calculate)
        shown = screen.breakdown.text()
        assert "Staff cuts because the company is making a loss" in shown
        assert "Severance pay (9 x 0.5 x wage)" in shown and "Unused annual leave (6 days)" in shown
        assert "Uang pesangon" not in shown and "upah)" not in shown
        assert screen.result is not None
        assert "Uang pesangon" in str(slip_document(screen.result))  # the printed document stays Indonesian
    finally:
        i18n.set_language("id")


def test_every_reason_reads_plainly_with_its_pasal_small_underneath_and_maps_to_its_rule(kiosk, qtbot):
    """Each row: the plain words, and under them, in smaller type, the PP 35/2021 Pasal; a tap on
    the row computes with that reason's rule (the same amounts as core's simulate for its code)."""
    screen = kiosk.assembly.severance
    kiosk.window.go("severance")
    qtbot.keyClicks(screen.wage.editor, "4000000")
    qtbot.keyClicks(screen.years.editor, "7")
    qtbot.keyClicks(screen.leave.editor, "3")
    assert screen.reasons.count() == len(REASONS)
    for index, reason in enumerate(REASONS):
        row = screen.reasons.row_widget(index)
        words, reference = row.words, row.reference
        assert words.text() == reason.words and "Pasal" not in words.text()
        assert reference.text() == f"PP 35/2021 {reason.pasal}" and reason.pasal.startswith("Pasal")
        assert words.isVisible() and reference.isVisible()
        assert reference.geometry().top() >= words.geometry().bottom()  # a second line, under the words
        assert QFontInfo(reference.font()).pixelSize() < QFontInfo(words.font()).pixelSize()
        item_rect = screen.reasons.visualItemRect(screen.reasons.item(index))
        assert item_rect.height() >= row.heightForWidth(row.width()) >= 48  # nothing cut, a finger's height
        tap_on_window(kiosk.window, screen, index)
        assert screen._reason() == reason.code  # the two lines let the tap through to the list
        click(qtbot, screen.calculate)
        expected = simulate(wage=4_000_000, reason=reason.code, years=7, months=0, leave_days=3)
        assert screen.result is not None and screen.result.reason.code == reason.code
        assert screen.result.as_json() == expected.as_json()
        assert f"({reason.pasal})" in screen.breakdown.text()


def test_the_plain_words_change_no_amount(kiosk):
    """The words are new; the rules are not: the multipliers per code stay as the table had them."""
    shown = {r.code: (r.up, r.upmk, r.uph, r.uang_pisah, r.pkwt) for r in REASONS}
    assert shown["closure_loss"] == (Decimal("0.5"), True, True, False, False)
    assert shown["resignation"] == (Decimal("0"), False, True, True, False)
    assert shown["bankruptcy"] == (Decimal("0.5"), True, True, False, False)
    assert BY_CODE["closure_loss"].words == "Perusahaan tutup karena rugi"
    assert BY_CODE["resignation"].words == "Saya mengundurkan diri"
    assert BY_CODE["bankruptcy"].words.startswith("Perusahaan pailit")
