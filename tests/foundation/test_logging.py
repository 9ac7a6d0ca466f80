import io
import logging

import pytest

from kiosk.logging_setup import PersonalData, redact, setup_logging


@pytest.fixture
def captured():
    stream = io.StringIO()
    handler = setup_logging(logging.DEBUG, stream)
    yield stream
    logging.getLogger().removeHandler(handler)
    PersonalData.forget_all()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("NIK 3374114108900003 dibaca", "3374114108900003"),
        ("telepon +6281234567890", "+6281234567890"),
        ("telepon 081234567890", "081234567890"),
        ("telepon 0812-3456-7890", "0812-3456-7890"),
        ("telepon 62 812 3456 7890", "62 812 3456 7890"),
        ("surel siti.n@example.co.id", "siti.n@example.co.id"),
        ("Authorization: Bearer abc.DEF-123_xyz", "abc.DEF-123_xyz"),
    ],
)
def test_shapes_of_personal_data_are_redacted(text, secret):
    assert secret not in redact(text)


def test_ids_and_ordinary_numbers_survive():
    text = "job 42 client_id 1b4e28ba-2fa1-11d2-883f-0016d3cca427 took 350 ms, reg 3374 211126 010042"
    assert redact(text) == text


def test_records_going_through_the_handler_are_redacted(captured):
    PersonalData.remember("Siti Nurhaliza", "  ")
    log = logging.getLogger("kiosk.test")
    log.info("registered %s with NIK %s phone %s", "Siti Nurhaliza", "3374114108900003", "081234567890")
    try:
        raise ValueError("bad NIK 3374114108900003 for siti nurhaliza")
    except ValueError:
        log.exception("failed")
    out = captured.getvalue()
    assert "registered [NAMA] with NIK [NIK] phone [TELEPON]" in out
    assert "3374114108900003" not in out
    assert "Siti Nurhaliza".lower() not in out.lower()
    assert "ValueError" in out  # the traceback stays, minus the personal data


def test_forgetting_the_session_stops_name_redaction(captured):
    PersonalData.remember("Budi Santoso")
    PersonalData.forget_all()
    assert redact("Budi Santoso") == "Budi Santoso"
