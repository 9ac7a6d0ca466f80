"""Problems are codes with parameters; screens say them in the person's language."""

from __future__ import annotations

import string

import pytest
from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.core.problems import TEMPLATES, Code, Problem
from kiosk.core.validation import FieldError, clean_text, normalise_phone
from kiosk.screens.identify_manual import IdentifyManualScreen
from kiosk.screens.messages import describe

CORE_PARAMETERS = {"label", "limit", "length", "year", "code", "month", "date", "reason", "years", "months"}
SERVICE_PARAMETERS = {
    *("confirmed", "expected", "collection", "dest"),  # collections and exports
    *("address", "name", "count", "names", "uid", "source", "width", "height", "fps", "state", "detail"),  # devices
    *("host", "addresses", "ms", "port", "version", "expires", "status", "offset"),  # SIKER
    *("free", "total", "result", "size", "waiting", "failed", "delivered"),  # the kiosk itself
    "directory",  # storage: backups
    *("left", "time", "next"),  # proof of possession, report periods
}


@pytest.fixture
def english(qapp):
    i18n.set_language("en")
    yield
    i18n.set_language("id")


def test_every_code_has_a_sentence_and_its_parameters_are_named():
    assert set(TEMPLATES) == set(Code)
    for code, template in TEMPLATES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert names <= CORE_PARAMETERS | SERVICE_PARAMETERS, code


def test_core_raises_codes_and_keeps_an_indonesian_sentence_for_logs_and_the_cli():
    with pytest.raises(FieldError) as caught:
        clean_text("x" * 130, label="Jabatan")
    assert caught.value.problem == Problem(Code.TOO_LONG, {"label": "Jabatan", "limit": 120, "length": 130})
    assert str(caught.value) == "Jabatan terlalu panjang: paling banyak 120 huruf (sekarang 130)."


def test_screens_say_the_problem_in_english_in_english_mode(english):
    with pytest.raises(FieldError) as caught:
        normalise_phone("0245551234")
    assert describe(caught.value) == "Enter a mobile number (starting with 08), not a landline."
    with pytest.raises(FieldError) as caught:
        clean_text("", label="Upah pokok")  # a label that core names is translated too
    assert describe(caught.value) == "Basic wage is required."


def test_a_wrong_nik_typed_on_the_keypad_is_explained_in_english(qtbot, english):
    screen = IdentifyManualScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.on_enter()
    for key in "3374113102980003":  # 31 February
        qtbot.mouseClick(screen.keypad.findChild(type(screen.nav.next), f"key_{key}"), Qt.MouseButton.LeftButton)
    assert screen.nik_field.error.isVisible()
    said = screen.nik_field.error.text()
    assert said.endswith("The date of birth in the NIK does not exist (31-02-1998). Please check your NIK."), said
