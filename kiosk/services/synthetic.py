"""Synthetic job seekers with valid NIKs, for `kiosk demo-data`, load tests and training."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kiosk.core import clock, occupations
from kiosk.core.states import IdentitySource
from kiosk.services.draft import EDUCATION_LEVELS, RegistrationDraft

FIRST = ("Siti", "Budi", "Dewi", "Agus", "Rina", "Eko", "Sri", "Joko", "Ayu", "Bambang", "Nur", "Putri", "Dimas")
LAST = ("Wulandari", "Santoso", "Lestari", "Saputra", "Rahayu", "Hidayat", "Pratama", "Kusuma", "Setiawan")
KECAMATAN = range(1, 17)  # Kota Semarang has 16 kecamatan
# KBJI 2026 codes a Semarang job seeker often asks for: obras, satpam, kasir, sopir, ART, las, gudang
OCCUPATION_CODES = ("8153.01", "5414.01", "5230.01", "8322.01", "9111.01", "7212.01", "4321.04", "4321")
DISABILITY_KINDS = ("fisik", "netra", "rungu", "wicara")


def synthetic_nik(rng: random.Random, born: date, sex: str) -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"3374{rng.choice(KECAMATAN):02d}{day:02d}{born:%m%y}{rng.randrange(1, 10000):04d}"


def synthetic_draft(rng: random.Random, photo: bytes | None = None) -> RegistrationDraft:
    today = clock.today()
    born = today - timedelta(days=rng.randrange(18 * 365, 55 * 365))
    sex = rng.choice("LP")
    year = min(today.year, born.year + rng.randrange(17, 25))
    level = rng.choice(EDUCATION_LEVELS[2:9])
    code = rng.choice(OCCUPATION_CODES)
    found = occupations.find(code)
    occupation = found.name if found else "Operator"
    draft = RegistrationDraft(
        identity_source=rng.choice((IdentitySource.EKTP, IdentitySource.MANUAL)),
        nik=synthetic_nik(rng, born, sex),
        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        birth_place="Semarang",
        birth_date=born,
        sex=sex,
        marital_status=rng.choice(("belum_kawin", "kawin")),
        religion=rng.choice(("islam", "kristen", "katolik")),
        phone=f"+628{rng.randrange(10**9, 10**10)}",
        education=[{"level": level, "institution": "Sekolah Contoh", "major": "", "year": year}],
        skills=[{"name": rng.choice(("Las", "Menjahit", "Komputer", "Mengemudi")), "year": year}],
        preferences={"positions": [occupation], "locations": ["Kota Semarang"], "min_wage": 3_000_000},
        education_level=level.lower(),
        occupation_code=code,
        # about one in fifty says which disability; a few prefer not to answer (None), the rest have none
        disability=[rng.choice(DISABILITY_KINDS)] if rng.random() < 0.02 else (None if rng.random() < 0.05 else []),
        consent_at=clock.rfc3339(),
        photo_jpeg=photo,
    )
    draft.address.update(street="Jl. Contoh", city="Kota Semarang", province="Jawa Tengah")
    return draft
