"""Issue 18 item 14: on every question the safe, expected answer is the filled button (at the
right, where the way on always is) and the other one is outlined, red when it destroys."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.theme import apply_theme
from kiosk.widgets.confirm import Answer, ConfirmOverlay
from tests.touch.screen_walk import seed_vacancies, walk

FILLED = QColor("#0b4f8a")  # theme.qss: QPushButton[role="primary"]
WHITE = QColor("#ffffff")

# each question of the journeys and the answer that loses nothing (Indonesian labels)
EXPECTED = {
    "13-cancel-question": ("Tidak, lanjutkan", "Ya, batalkan"),
    "31-apply-not-registered": ("Ya, daftar", "Tidak"),
    "32-apply-question": ("Ya, kirim lamaran", "Batal"),
    "42-apply-already-sent": ("Lihat lowongan lain", "Selesai"),
}


def fill_of(button: QPushButton) -> QColor:
    """The colour inside the button's border, left of its text, as drawn."""
    image = button.grab().toImage()
    return image.pixelColor(12, image.height() // 2)


def near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 30


@pytest.fixture
def themed(qapp):
    apply_theme(qapp)
    yield
    qapp.setStyleSheet("")


def test_the_safe_answer_is_filled_and_at_the_right(themed, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1280, 800)
    parent.show()
    overlay = ConfirmOverlay(parent)
    overlay.ask("Batalkan pendaftaran?", "Semua data dihapus.", "Ya, batalkan", "Tidak, lanjutkan",
                primary=Answer.NO, destructive=True)  # fmt: skip
    qtbot.waitUntil(lambda: overlay.no.width() > 100)
    assert overlay.safe_button() is overlay.no
    assert overlay.no.property("role") == "primary" and overlay.yes.property("role") == "danger"
    assert overlay.no.x() > overlay.yes.x()
    assert near(fill_of(overlay.no), FILLED) and near(fill_of(overlay.yes), WHITE)
    with qtbot.waitSignal(overlay.rejected):
        overlay.no.click()

    overlay.ask("Kirim lamaran?", "Operator — PT Sinar Jaya", "Ya, kirim lamaran", "Batal", primary=Answer.YES)
    qtbot.waitUntil(lambda: overlay.yes.width() > 100)
    assert overlay.safe_button() is overlay.yes
    assert overlay.yes.property("role") == "primary" and overlay.no.property("role") == ""
    assert overlay.yes.x() > overlay.no.x()  # the same question box, its buttons swapped
    assert near(fill_of(overlay.yes), FILLED) and near(fill_of(overlay.no), WHITE)
    with qtbot.waitSignal(overlay.confirmed):
        overlay.yes.click()


@pytest.mark.slow
def test_every_question_of_the_journeys_fills_its_safe_answer(kiosk, qtbot):
    seed_vacancies(kiosk)
    seen: dict[str, tuple[str, str]] = {}
    for state in walk(kiosk, lambda c: qtbot.waitUntil(c, timeout=20_000)):
        shown = [o for o in kiosk.window.findChildren(ConfirmOverlay) if o.isVisible()]
        assert len(shown) <= 1, state
        if not shown:
            continue
        overlay = shown[0]
        qtbot.waitUntil(lambda o=overlay: o.yes.width() > 50)
        safe = overlay.safe_button()
        other = overlay.no if safe is overlay.yes else overlay.yes
        seen[state] = (safe.text(), other.text())
        assert near(fill_of(safe), FILLED), state
        assert near(fill_of(other), WHITE), state
        assert safe.x() > other.x(), state
    assert seen == EXPECTED
