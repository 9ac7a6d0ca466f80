"""What the card reader reports reaches the identify screen in the job seeker's language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.core.problems import TEMPLATES, Code, Problem


def _to_identify(kiosk, qtbot):
    qtbot.mouseClick(kiosk.window.router.get("welcome").tiles["register"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.window.router.current_name == "identify", timeout=10_000)
    return kiosk.assembly.identify


def test_a_reader_problem_is_shown_in_indonesian(kiosk, qtbot):
    identify = _to_identify(kiosk, qtbot)
    kiosk.assembly.card_reader.signals.error.emit(Problem(Code.TWO_CARDS))
    qtbot.waitUntil(lambda: identify.problem.isVisible(), timeout=2000)
    assert identify.problem.text() == TEMPLATES[Code.TWO_CARDS]


def test_a_reader_problem_is_shown_in_english_in_english_mode(kiosk, qtbot):
    identify = _to_identify(kiosk, qtbot)
    i18n.set_language("en")
    try:
        kiosk.assembly.card_reader.signals.error.emit(Problem(Code.READER_ABSENT))
        qtbot.waitUntil(lambda: identify.problem.isVisible(), timeout=2000)
        assert identify.problem.text() == "The card reader is not available. Please type your NIK."
    finally:
        i18n.set_language("id")
