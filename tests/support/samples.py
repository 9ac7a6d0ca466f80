"""A complete job seeker, as the journey would leave the draft."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk.core import clock
from kiosk.core.states import IdentitySource
from kiosk.services.draft import RegistrationDraft

FACE = Path(__file__).resolve().parents[2] / "assets" / "samples" / "face.jpg"


def draft(nik: str = "3374114108980003", name: str = "Siti Nur'aini", *, photo: bool = True) -> RegistrationDraft:
    d = RegistrationDraft(
        identity_source=IdentitySource.EKTP,
        card_uid="04A1B2C3D4E5F6",
        nik=nik,
        name=name,
        birth_place="Semarang",
        birth_date=date(1998, 8, 1),
        sex="P",
        marital_status="belum_kawin",
        religion="islam",
        phone="+6281234567890",
        email="siti@example.co.id",
        education=[{"level": "SMK", "institution": "SMK Negeri 7 Semarang", "major": "Elektronika", "year": 2016}],
        skills=[{"name": "Las listrik", "year": 2018}],
        experience=[{"position": "Operator", "employer": "PT Sinar", "from_year": 2019, "to_year": 2021}],
        preferences={"positions": ["Operator produksi"], "locations": ["Kota Semarang"], "min_wage": 3_000_000},
        consent_at=clock.rfc3339(),
    )
    d.address.update(
        street="Jl. Pemuda No. 12", rt="003", rw="004", kelurahan="Sekayu", kecamatan="Semarang Tengah",
        city="Kota Semarang", province="Jawa Tengah", postal_code="50132",
    )  # fmt: skip
    if photo:
        d.photo_jpeg = FACE.read_bytes()
    return d
