"""Sample vacancies for the SIKER simulator (demo and tests)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.sync.simulator import SikerSimulator

TITLES = (
    ("Operator Produksi", "Manufaktur", ["operator mesin", "k3"]),
    ("Penjahit", "Garmen", ["menjahit", "obras"]),
    ("Staf Administrasi", "Jasa", ["komputer", "microsoft office"]),
    ("Juru Las", "Konstruksi", ["las listrik", "las argon"]),
    ("Kasir", "Ritel", ["kasir", "pelayanan"]),
    ("Pengemudi", "Logistik", ["mengemudi", "sim b1"]),
    ("Teknisi Listrik", "Konstruksi", ["listrik", "instalasi"]),
    ("Barista", "Kuliner", ["kopi", "pelayanan"]),
)
COMPANIES = ("PT Sinar Jaya", "CV Maju Bersama", "PT Semarang Tekstil", "PT Logistik Pantura", "Toko Makmur")
LOCATIONS = ("Kota Semarang", "Kab. Semarang", "Kab. Kendal", "Kab. Demak")
LEVELS = ("SD", "SMP", "SMA", "SMK", "D3", "S1")


def sample_vacancy(index: int, rng: random.Random) -> dict[str, object]:
    title, sector, skills = TITLES[index % len(TITLES)]
    wage = rng.randrange(26, 60) * 100_000
    return {
        "id": f"VAC-{index:05d}",
        "title": title,
        "company": rng.choice(COMPANIES),
        "location": rng.choice(LOCATIONS),
        "sector": sector,
        "education_min": rng.choice(LEVELS),
        "skills": skills,
        "wage_min": wage,
        "wage_max": wage + rng.randrange(0, 20) * 100_000,
        "closes_on": (date.today() + timedelta(days=rng.randrange(-10, 60))).isoformat(),
        "description": f"Dibutuhkan {title.lower()} untuk {sector.lower()}. Lamar melalui ATM Pencari Kerja.",
        "updated_at": "2026-11-20T08:00:00+07:00",
    }


def seed_vacancies(sim: SikerSimulator, count: int, seed: int = 3) -> None:
    """Fill an empty simulator; an existing database keeps what it has."""
    if sim.db.execute("SELECT count(*) FROM vacancies").fetchone()[0]:
        return
    rng = random.Random(seed)
    for index in range(count):
        sim.put_vacancy(sample_vacancy(index, rng))
