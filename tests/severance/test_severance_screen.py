"""The severance screen with real widgets: two reasons simulated, the slip printed on the simulator."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.core.severance_slip import slip_document


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_reason(qtbot, screen, code: str) -> None:
    """Tap the reason in the list, as a finger would."""
    reasons = screen.reasons
    row = next(i for i in range(reasons.count()) if reasons.item(i).data(Qt.ItemDataRole.UserRole) == code)
    reasons.scrollToItem(reasons.item(row))
    qtbot.mouseClick(
        reasons.viewport(), Qt.MouseButton.LeftButton, pos=reasons.visualItemRect(reasons.item(row)).center()
    )


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
        retirement = next(i for i in range(screen.reasons.count()) if "Pasal 56" in screen.reasons.item(i).text())
        qtbot.waitUntil(  # the language change reaches the widgets as an event
            lambda: screen.reasons.item(retirement).text() == "Reached retirement age (Pasal 56)", timeout=2000
        )
        tap_reason(qtbot, screen, "efficiency_loss")
        qtbot.keyClicks(screen.wage.editor, "5000000")
        qtbot.keyClicks(screen.years.editor, "10")
        qtbot.keyClicks(screen.leave.editor, "6")
        click(qtbot, screen.calculate)
        shown = screen.breakdown.text()
        assert "Efficiency measures because the company is making a loss" in shown
        assert "Severance pay (9 x 0.5 x wage)" in shown and "Unused annual leave (6 days)" in shown
        assert "Uang pesangon" not in shown and "upah)" not in shown
        assert screen.result is not None
        assert "Uang pesangon" in str(slip_document(screen.result))  # the printed document stays Indonesian
    finally:
        i18n.set_language("id")
