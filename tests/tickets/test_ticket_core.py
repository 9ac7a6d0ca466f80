"""Ticket numbers, the checks of what a person types, the answer date and the slip (core, pure)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.core.problems import Code
from kiosk.core.severance import simulate
from kiosk.core.tickets import (
    DESCRIPTION_MAX,
    TicketKind,
    Topic,
    add_working_days,
    checked,
    clean_description,
    format_ticket_no,
    kiosk_part,
    mask_phone,
    parse_ticket_no,
    payload,
    severance_attachment,
    slip_document,
)
from kiosk.core.validation import FieldError


def test_a_ticket_number_names_the_kiosk_the_day_and_the_sequence():
    assert kiosk_part("SMG-01", 1) == "SMG01"
    assert format_ticket_no("SMG01", date(2026, 12, 1), 7) == "K-SMG01-261201-0007"
    # the gateway reads 1-10 capitals or digits: a long id keeps 8 and the kiosk's two digits
    assert kiosk_part("semarang-balaikota-7", 7) == "SEMARANG07"
    with pytest.raises(ValueError):
        format_ticket_no("SMG01", date(2026, 12, 1), 10_000)


READABLE = ["K-SMG01-261201-0007", "k-smg01-261201-0007", "KSMG012612010007", " K SMG01 261201 0007 ",
            "K-SMG01-2612010007"]  # fmt: skip
NOT_NUMBERS = ["", "K-SMG01-2612-0007", "3374211126010042", "K-SMG01-261201-0007x", "K-ŚMG-261201-0007"]


@pytest.mark.parametrize("typed", READABLE)
def test_a_ticket_number_is_read_as_people_type_it(typed):
    assert parse_ticket_no(typed) == "K-SMG01-261201-0007"


@pytest.mark.parametrize("typed", NOT_NUMBERS)
def test_what_cannot_be_a_ticket_number_says_so(typed):
    with pytest.raises(FieldError) as err:
        parse_ticket_no(typed)
    assert err.value.problem.code == Code.TICKET_NO_FORMAT


def test_the_answer_date_skips_the_weekend():
    friday = date(2026, 12, 4)
    assert add_working_days(friday, 3) == date(2026, 12, 9)  # Mon, Tue, Wed
    assert add_working_days(date(2026, 12, 5), 1) == date(2026, 12, 7)  # a Saturday's ticket: Monday


def test_a_description_keeps_its_paragraphs_and_loses_stray_spaces():
    text = "  Upah   November\r\nbelum dibayar.\n\n\n\nMohon   dibantu.  \n"
    assert clean_description(text) == "Upah November\nbelum dibayar.\n\nMohon dibantu."


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", Code.REQUIRED),
        (" \n \n  ", Code.REQUIRED),
        ("x" * 3000, Code.TOO_LONG),
        ("Gaji dipotong 😡", Code.UNPRINTABLE),
        ("nol\x00byte", Code.UNPRINTABLE),
    ],
    ids=["empty", "blank", "3000-characters", "emoji", "control-character"],
)
def test_a_bad_description_is_refused_with_its_reason(text, code):
    with pytest.raises(FieldError) as err:
        clean_description(text)
    assert err.value.problem.code == code
    if code == Code.TOO_LONG:
        assert err.value.problem.params["limit"] == DESCRIPTION_MAX
        assert "3000" in str(err.value) and "Uraian" in str(err.value)


def test_a_phone_that_is_not_indonesian_is_refused():
    with pytest.raises(FieldError) as err:
        checked("pengaduan", "upah", "Upah belum dibayar.", "Siti Aminah", "+6591234567")
    assert err.value.problem.code == Code.PHONE_PREFIX


def test_a_checked_ticket_makes_the_contract_body():
    ticket = checked("pengaduan", "upah", "Upah belum dibayar.", "Siti Aminah", "0812-3456-7890", "PT Maju")
    body = payload(ticket, client_id="c1", ticket_no="K-SMG01-261201-0001", created_at="2026-12-01T09:00:00+07:00")
    assert body == {
        "client_id": "c1", "ticket_no": "K-SMG01-261201-0001", "kind": "pengaduan", "topic": "upah",
        "registration_client_id": None, "nik": None, "name": "Siti Aminah", "phone": "+6281234567890",
        "employer": "PT Maju", "description": "Upah belum dibayar.", "created_at": "2026-12-01T09:00:00+07:00",
    }  # fmt: skip


def test_the_severance_figures_go_with_the_question_and_nothing_of_the_person():
    result = simulate(wage=5_000_000, reason="efficiency_loss", years=10, months=3, leave_days=6)
    attachment = severance_attachment(result)
    assert "Rp5.000.000" in attachment and "10 tahun 3 bulan" in attachment
    assert f"Rp{result.net:,}".replace(",", ".") in attachment
    ticket = checked("konsultasi", "pesangon", "Apakah hitungan ini benar?", "Budi", "081234567890",
                     attachment=attachment)  # fmt: skip
    body = payload(ticket, client_id="c", ticket_no="K-SMG01-261201-0002", created_at="2026-12-01T09:00:00+07:00")
    assert body["description"] == "Apakah hitungan ini benar?\n\n" + attachment
    assert len(body["description"]) <= 2000  # the gateway's limit, with the longest typed text
    assert len(DESCRIPTION_MAX * "x" + "\n\n" + attachment) <= 2000


def test_the_slip_says_the_number_the_topic_the_answer_day_and_how_to_check():
    ticket = checked("pengaduan", "phk", "Saya di-PHK tanpa surat." * 20, "Siti", "081234567890")
    doc = slip_document(ticket, "K-SMG01-261204-0003", datetime(2026, 12, 4, 9, 30), date(2026, 12, 9))
    lines = "\n".join(doc["lines"])
    assert doc["title"] == "TIKET PENGADUAN"
    assert "No. tiket\tK-SMG01-261204-0003" in lines
    assert "Topik\tDiberhentikan dari pekerjaan (PHK)" in lines
    assert "Dijawab s.d.\tRabu, 09-12-2026" in lines
    assert "Cek Tiket" in lines and "0812****7890" in lines and "081234567890" not in lines
    assert ticket.kind is TicketKind.PENGADUAN and ticket.topic is Topic.PHK
    assert mask_phone("+6281234567890") == "0812****7890"
