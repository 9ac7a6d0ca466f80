"""Gateway-only edges of the API and the staff command: bodies too large to read, bad limits,
wrong methods, token use noted, staff passwords stored as argon2id."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from gwsupport import samples
from gwsupport.servers import GatewayContractServer, Kiosk


@pytest.fixture
def kiosk(gateway_sqlite) -> Kiosk:
    return Kiosk(GatewayContractServer(gateway_sqlite, "sqlite"))


def test_a_body_past_the_read_limit_is_422_on_the_photo_and_nothing_is_stored(gateway_sqlite, kiosk):
    body = samples.registration(photo_jpeg_base64="A" * (5 * 1024 * 1024))
    response = kiosk.post("/registrations", body)
    assert response.status_code == 422 and "photo_jpeg_base64" in response.json()["fields"]
    assert gateway_sqlite.stored(body["client_id"]) == 0


def test_a_registration_without_photo_yet_is_stored_without_one(gateway_sqlite, kiosk):
    body = samples.registration(photo=False)
    assert kiosk.post("/registrations", body).status_code == 201
    assert gateway_sqlite.query("SELECT count(*) FROM api_photo p JOIN api_registration r ON r.id = p.registration_id"
                                " WHERE r.client_id = ?", (body["client_id"],)) == [(0,)]  # fmt: skip


@pytest.mark.parametrize("limit", ["0", "-3", "lots"])
def test_a_bad_limit_is_422_naming_it(kiosk, limit):
    response = kiosk.get("/vacancies", limit=limit)
    assert response.status_code == 422 and "limit" in response.json()["fields"]


def test_a_limit_above_500_is_served_as_500(gateway_sqlite, kiosk):
    cursor = _latest_cursor(kiosk)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump([samples.vacancy(f"VAC-MAX-{i:03d}") for i in range(501)], handle)
    gateway_sqlite.manage("vacancy_import", handle.name)
    Path(handle.name).unlink()
    page = kiosk.get("/vacancies", cursor=cursor, limit=5000).json()
    assert len(page["items"]) == 500 and page["has_more"] is True


def _latest_cursor(kiosk: Kiosk) -> str:
    """The cursor after every change so far (pulled in pages of 500)."""
    page = kiosk.get("/vacancies", limit=500).json()
    while page["has_more"]:
        page = kiosk.get("/vacancies", cursor=page["next_cursor"], limit=500).json()
    return page["next_cursor"]


def test_a_wrong_method_is_405_json(kiosk):
    response = kiosk.get("/registrations")
    assert response.status_code == 405 and response.headers["Allow"] == "POST" and "error" in response.json()


def test_the_v1_education_level_defaults_to_the_highest_education(gateway_sqlite, kiosk):
    body = samples.registration(photo=False, education=[
        {"level": "SMA", "institution": "SMA 1", "major": "IPA", "year": 2014},
        {"level": "D3", "institution": "Polines", "major": "Teknik Mesin", "year": 2017},
    ])  # fmt: skip
    assert kiosk.post("/registrations", body).status_code == 201
    row = gateway_sqlite.query("SELECT education_level, disability, occupation_code FROM api_registration"
                               " WHERE client_id = ?", (body["client_id"],))[0]  # fmt: skip
    assert (row[0], json.loads(row[1]), row[2]) == ("d3", [], None)


def test_token_use_is_noted(gateway_sqlite, kiosk):
    assert kiosk.get("/vacancies").status_code == 200
    listing = gateway_sqlite.manage("tokens", "list")
    line = next(line for line in listing.splitlines() if "\tSMG-01\t" in line)
    assert "last used never" not in line


def test_staff_are_added_with_a_role_and_an_argon2id_password(gateway_sqlite):
    out = gateway_sqlite.manage("staff", "add", "wahyuni", "--role", "pengantar_kerja", "--password-stdin",
                                stdin="kata-sandi-panjang-2026\n")  # fmt: skip
    assert "pengantar_kerja" in out
    hashed = gateway_sqlite.query("SELECT password FROM auth_user WHERE username = 'wahyuni'")[0][0]
    assert hashed.startswith("argon2$argon2id$") and "kata-sandi" not in hashed
    with pytest.raises(RuntimeError, match=r"terlalu pendek|too short"):
        gateway_sqlite.manage("staff", "add", "pendek", "--role", "admin", "--password-stdin", stdin="abc\n")
