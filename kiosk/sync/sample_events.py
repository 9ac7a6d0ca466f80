"""Sample events for the SIKER simulator (demo, screenshots and tests): a job fair, trainings and
counselling sessions in the coming weeks, one of them full and one without kiosk registration."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from kiosk.core.clock import WIB

if TYPE_CHECKING:
    from kiosk.sync.simulator import SikerSimulator

# kind, title, organiser, place, days from today, start hour, hours, quota, registration, description
SAMPLES = (
    ("job_fair", "Semarang Job Fair 2026", "Disnaker Kota Semarang", "Balai Kota Semarang, Jl. Pemuda 148",
     9, 8, 7, 300, "kiosk",
     "Lebih dari 40 perusahaan membuka lowongan. Bawa kartu kuning (AK/1), CV dan fotokopi ijazah."),
    ("training", "Pelatihan Menjahit Dasar", "BLK Kota Semarang", "BLK Semarang, Jl. Brigjen Sudiarto 118",
     14, 8, 8, 20, "kiosk",
     "Pelatihan 10 hari tanpa biaya untuk pencari kerja ber-AK/1. Sertifikat dari BLK."),
    ("counselling", "Bimbingan Jabatan: Menyusun CV dan Wawancara", "Pengantar Kerja Disnaker",
     "Ruang Konseling Disnaker, Jl. Ki Mangunsarkoro 21", 3, 9, 2, 12, "kiosk",
     "Sesi kelompok kecil bersama pengantar kerja: CV, surat lamaran, latihan wawancara."),
    ("training", "Pelatihan Barista", "BLK Kota Semarang", "BLK Semarang, Jl. Brigjen Sudiarto 118",
     6, 13, 4, 0, "kiosk", "Kuota sudah terpenuhi."),
    ("job_fair", "Bursa Kerja Khusus SMK Negeri 7", "BKK SMK Negeri 7 Semarang", "SMK Negeri 7 Semarang",
     21, 8, 6, 0, "none", "Terbuka untuk umum, datang langsung tanpa mendaftar."),
    ("counselling", "Bimbingan Jabatan: Kerja ke Luar Negeri dengan Aman", "Disnaker dan BP3MI Jawa Tengah",
     "Aula Disnaker Kota Semarang", 28, 9, 3, 40, "kiosk",
     "Syarat, biaya resmi dan cara menghindari penyaluran ilegal."),
)  # fmt: skip


def sample_events(today: date | None = None) -> list[dict[str, object]]:
    today = today or date.today()
    items: list[dict[str, object]] = []
    for index, (kind, title, organiser, place, days, hour, hours, quota, registration, text) in enumerate(SAMPLES):
        starts = datetime.combine(today + timedelta(days=days), time(hour), WIB)
        items.append({
            "id": f"EVT-{index + 1:04d}", "kind": kind, "title": title, "organiser": organiser, "place": place,
            "starts_at": starts.isoformat(timespec="seconds"),
            "ends_at": (starts + timedelta(hours=hours)).isoformat(timespec="seconds"),
            "quota": quota, "seats_left": quota, "registration": registration, "description": text,
            "updated_at": "2026-11-20T08:00:00+07:00",
        })  # fmt: skip
    return items


def seed_events(sim: SikerSimulator) -> None:
    """Fill a simulator without events; an existing database keeps what it has."""
    if sim.db.execute("SELECT count(*) FROM events").fetchone()[0]:
        return
    for event in sample_events():
        sim.put_event(event)
