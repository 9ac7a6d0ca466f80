"""The severance screen with real widgets: two reasons simulated, the slip printed on the simulator."""

from __future__ import annotations

from PySide6.QtCore import Qt


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
