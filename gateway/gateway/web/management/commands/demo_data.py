"""gateway demo_data: demo staff (one per role), three kiosks with a week of heartbeats (one of
them late), a few vacancies and events in the coming weeks (one full, one without kiosk
registration), for scripts/demo, the screenshots and the browser tests.
Refuses to run on a database that already has staff."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any

from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from gateway.api import event_feed, vacancy_feed
from gateway.api.models import Heartbeat, Kiosk
from gateway.web import demo_cards, officers

DEMO_STAFF = (("admin", "admin", "Admin Demo"), ("petugas", "petugas", "Sri Wahyuni"),
              ("pengantar", "pengantar_kerja", "Budi Pengantar"))  # fmt: skip
DEMO_NIP = {"pengantar": "198703122010011003"}  # a made-up NIP of the right shape
DEMO_PASSWORD = "demo-gateway-2026"
VACANCIES = (
    ("Operator Produksi", "PT Sinar Semarang", "Kota Semarang", "Manufaktur", "SMA"),
    ("Kasir", "Toko Makmur Jaya", "Semarang Tengah", "Perdagangan", "SMA"),
    ("Teknisi Listrik", "CV Terang Abadi", "Genuk", "Konstruksi", "SMK"),
)
# kind, title, organiser, place, days from today, start hour, hours, quota, registration, description
EVENTS = (
    ("job_fair", "Semarang Job Fair 2026", "Disnaker Kota Semarang", "Balai Kota Semarang, Jl. Pemuda 148",
     9, 8, 7, 300, "kiosk",
     "Lebih dari 40 perusahaan membuka lowongan. Bawa kartu kuning (AK/1), CV dan fotokopi ijazah."),
    ("training", "Pelatihan Menjahit Dasar", "BLK Kota Semarang", "BLK Semarang, Jl. Brigjen Sudiarto 118",
     14, 8, 8, 20, "kiosk", "Pelatihan 10 hari tanpa biaya untuk pencari kerja ber-AK/1. Sertifikat dari BLK."),
    ("counselling", "Bimbingan Jabatan: Menyusun CV dan Wawancara", "Pengantar Kerja Disnaker",
     "Ruang Konseling Disnaker, Jl. Ki Mangunsarkoro 21", 3, 9, 2, 12, "kiosk",
     "Sesi kelompok kecil bersama pengantar kerja: CV, surat lamaran, latihan wawancara."),
    ("training", "Pelatihan Barista", "BLK Kota Semarang", "BLK Semarang, Jl. Brigjen Sudiarto 118",
     6, 13, 4, 0, "kiosk", "Kuota sudah terpenuhi."),
    ("job_fair", "Bursa Kerja Khusus SMK Negeri 7", "BKK SMK Negeri 7 Semarang", "SMK Negeri 7 Semarang",
     21, 8, 6, 0, "none", "Terbuka untuk umum, datang langsung tanpa mendaftar."),
)  # fmt: skip


class Command(BaseCommand):
    help = "Demo staff, kiosks with a week of heartbeats, vacancies and events (demo databases only)"

    def handle(self, *args: Any, **options: Any) -> None:
        if User.objects.exists():
            raise CommandError("this database has staff already: demo data only goes into a fresh one")
        rng = random.Random(2026)
        now = timezone.now()
        with transaction.atomic():
            for username, role, name in DEMO_STAFF:
                user = User(username=username, first_name=name, is_staff=role == "admin")
                user.set_password(DEMO_PASSWORD)
                user.save()
                user.groups.add(Group.objects.get(name=role))
                if username in DEMO_NIP:
                    officers.set_profile(user, name, DEMO_NIP[username])
            # SMG-02 was silent for three whole hours of the night two days ago (a sliding "two to three days
            # ago" cut the night in two around 01:00-04:00 UTC, and the board then showed two silent hours)
            outage_day = timezone.localdate(now) - timedelta(days=2)
            for number, kiosk_id in enumerate(("SMG-01", "SMG-02", "SMG-03"), start=1):
                kiosk, _ = Kiosk.objects.get_or_create(kiosk_id=kiosk_id, defaults={"name": f"Kios {number}"})
                beats = []
                at = now - timedelta(days=7)
                stop = now - (timedelta(minutes=47) if kiosk_id == "SMG-03" else timedelta(minutes=1))
                while at < stop:
                    local = timezone.localtime(at)  # the fleet board's hours are the office's
                    outage = kiosk_id == "SMG-02" and local.date() == outage_day and local.hour in (1, 2, 3)
                    if not outage:
                        beats.append(Heartbeat(
                            kiosk=kiosk, sent_at=at, version="0.9.0", outbox_pending=rng.randrange(4),
                            outbox_failed=int(number == 3), printer="paper_low" if number == 3 else "ok",
                            card_reader="ok", camera="ok", cards_printed_today=rng.randrange(30),
                        ))
                    at += timedelta(minutes=5)
                created = Heartbeat.objects.bulk_create(beats)
                for beat in created:  # received_at is auto_now_add: set it to the simulated time
                    beat.received_at = beat.sent_at
                Heartbeat.objects.bulk_update(created, ["received_at"])
                kiosk.last_heartbeat_at = created[-1].sent_at
                kiosk.save()
            for i, (title, company, location, sector, education) in enumerate(VACANCIES, start=1):
                vacancy_feed.save(f"LOW-DEMO-{i:03d}", title=title, company=company, location=location, sector=sector,
                                  education_min=education, skills=[], wage_min=3_000_000, wage_max=3_800_000,
                                  closes_on=(now + timedelta(days=30)).date(), description="")  # fmt: skip
            today = timezone.localdate()
            for i, (kind, title, organiser, place, days, hour, hours, quota, registration, text) in enumerate(EVENTS):
                starts = timezone.make_aware(datetime.combine(today + timedelta(days=days), time(hour)))
                event_feed.save(f"EVT-DEMO-{i + 1:03d}", kind=kind, title=title, organiser=organiser, place=place,
                                starts_at=starts, ends_at=starts + timedelta(hours=hours), quota=quota,
                                registration=registration, description=text)  # fmt: skip
            demo_cards.create(Kiosk.objects.get(kiosk_id="SMG-01"), "Budi Pengantar, NIP " + DEMO_NIP["pengantar"])
        self.stdout.write(f"demo staff: {', '.join(u for u, _, _ in DEMO_STAFF)} (password {DEMO_PASSWORD})")
