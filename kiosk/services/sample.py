"""The fixed synthetic job seeker of `kiosk print-sample` and the docs' sample card."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk.core import clock
from kiosk.core.states import IdentitySource
from kiosk.services.draft import RegistrationDraft

FACE = Path(__file__).resolve().parent.parent.parent / "assets" / "samples" / "face.jpg"


def sample_draft() -> RegistrationDraft:
    draft = RegistrationDraft(
        identity_source=IdentitySource.MANUAL,
        nik="3374114108980003",
        name="CONTOH PENCARI KERJA",
        birth_place="Semarang",
        birth_date=date(1998, 8, 1),
        sex="P",
        marital_status="belum_kawin",
        religion="islam",
        phone="+6281234567890",
        education=[{"level": "SMK", "institution": "SMK Negeri 7 Semarang", "major": "Elektronika", "year": 2016}],
        skills=[{"name": "Perakitan elektronik", "year": 2017}],
        experience=[{"position": "Operator produksi", "employer": "PT Contoh", "from_year": 2019, "to_year": 2021}],
        consent_at=clock.rfc3339(),
        photo_jpeg=FACE.read_bytes(),
    )
    draft.address.update(street="Jl. Contoh No. 1", rt="001", rw="001", kelurahan="Sekayu", city="Kota Semarang")
    return draft
