"""Contract bodies for tests: a valid one of each kind, built fresh with a new client_id."""

from __future__ import annotations

import base64
import random
import uuid
from pathlib import Path
from typing import Any

FACE = Path(__file__).resolve().parents[3] / "assets" / "samples" / "face.jpg"
NAME = "Siti Nur'aini Wulandari"
PHONE = "+6281234567890"


def nik(rng: random.Random | None = None) -> str:
    rng = rng or random.Random()
    return "3374" + "".join(str(rng.randrange(10)) for _ in range(12))


def registration(nik_: str | None = None, *, photo: bool = True, **extra: Any) -> dict[str, Any]:
    body = {
        "client_id": str(uuid.uuid4()),
        "registration_no": "3374" + "".join(str(random.randrange(10)) for _ in range(12)),
        "kind": "new",
        "kiosk_id": "SMG-01",
        "created_at": "2026-11-21T09:14:03+07:00",
        "identity_source": "ektp",
        "card_uid": "04A1B2C3D4E5F6",
        "nik": nik_ or nik(),
        "name": NAME,
        "birth_place": "Semarang",
        "birth_date": "1998-08-01",
        "sex": "P",
        "marital_status": "belum_kawin",
        "religion": "islam",
        "address": {"street": "Jl. Pemuda No. 12", "rt": "003", "rw": "004", "kelurahan": "Sekayu",
                    "kecamatan": "Semarang Tengah", "city": "Kota Semarang", "province": "Jawa Tengah",
                    "postal_code": "50132"},
        "phone": PHONE,
        "email": None,
        "education": [{"level": "SMK", "institution": "SMK Negeri 7 Semarang", "major": "Elektronika", "year": 2016}],
        "skills": [{"name": "Las listrik", "year": 2018}],
        "experience": [{"position": "Operator", "employer": "PT Sinar", "from_year": 2019, "to_year": 2021}],
        "preferences": {"positions": ["Operator produksi"], "locations": ["Kota Semarang"], "min_wage": 3000000},
        "photo_jpeg_base64": base64.b64encode(FACE.read_bytes()).decode() if photo else "",
        "consent_at": "2026-11-21T09:12:00+07:00",
        "valid_until": "2028-11-21",
    }
    return body | extra


def report(reg: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "client_id": str(uuid.uuid4()), "registration_client_id": reg["client_id"],
        "registration_no": reg["registration_no"], "nik": reg["nik"], "reported_at": "2027-05-21T10:00:00+07:00",
        "status": "seeking", "employer": None, "position": None,
    } | extra  # fmt: skip


def application(reg: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "client_id": str(uuid.uuid4()), "registration_client_id": reg["client_id"], "nik": reg["nik"],
        "vacancy_id": "VAC-00001", "applied_at": "2026-11-21T09:30:00+07:00", "note": None,
    } | extra  # fmt: skip


def print_log(reg: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "client_id": str(uuid.uuid4()), "registration_no": reg["registration_no"] if reg else None, "kind": "ak1",
        "printed_at": "2026-11-21T09:20:00+07:00", "result": "printed", "error": None,
    } | extra  # fmt: skip


def heartbeat(kiosk_id: str = "SMG-01", **extra: Any) -> dict[str, Any]:
    return {
        "kiosk_id": kiosk_id, "version": "1.4.0", "sent_at": "2026-11-21T09:14:03+07:00", "outbox_pending": 3,
        "outbox_failed": 0, "printer": "ok", "card_reader": "ok", "camera": "ok", "cards_printed_today": 7,
    } | extra  # fmt: skip


def vacancy(vacancy_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": vacancy_id, "title": "Operator Produksi", "company": "PT Sinar Semarang", "location": "Kota Semarang",
        "sector": "Manufaktur", "education_min": "SMA", "skills": ["Las"], "wage_min": 3000000,
        "wage_max": 3500000, "closes_on": "2026-12-31", "description": "Shift pagi.",
    } | extra  # fmt: skip


def ticket(reg: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A pengaduan with a fresh ticket number (K-SMG01-YYMMDD-NNNN, unique enough for a test run)."""
    return {
        "client_id": str(uuid.uuid4()),
        "ticket_no": f"K-T{random.randrange(10**8):08d}-261201-{random.randrange(10**4):04d}",
        "kind": "pengaduan", "topic": "upah", "registration_client_id": reg["client_id"] if reg else None,
        "nik": reg["nik"] if reg else None, "name": NAME, "phone": PHONE, "employer": "PT Sinar Semarang",
        "description": "Upah November belum dibayar penuh.", "created_at": "2026-12-01T09:10:00+07:00",
    } | extra  # fmt: skip


def event(event_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": event_id, "kind": "job_fair", "title": "Semarang Job Fair 2026", "organiser": "Disnaker Kota Semarang",
        "place": "Balai Kota Semarang", "starts_at": "2026-12-10T08:00:00+07:00",
        "ends_at": "2026-12-10T15:00:00+07:00", "quota": 50, "registration": "kiosk",
        "description": "Bawa kartu AK/1.",
    } | extra  # fmt: skip


def event_registration(event_id: str, reg: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "client_id": str(uuid.uuid4()), "event_id": event_id, "registration_client_id": reg["client_id"],
        "nik": reg["nik"], "registered_at": "2026-12-01T10:00:00+07:00",
    } | extra  # fmt: skip
