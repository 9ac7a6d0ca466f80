"""Demo AK/1 cards for gateway demo_data: a queue with each kind of warning, and one card in each
decided state, made through the same code as records sent by kiosks. Names and NIKs are made up."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta
from typing import Any

from django.utils import timezone
from PIL import Image, ImageDraw

from gateway.api import cards, records
from gateway.api.models import Card, Kiosk

# (NIK, name, birth date, sex, identity source, status); NIK digits 7-12 are the birth date, +40 for women
DEMO = (
    ("3374114108980001", "Siti Nur'aini Wulandari", "1998-08-01", "P", "ektp", Card.MENUNGGU),
    ("3374021505950003", "Bagus Prasetyo", "1995-05-15", "L", "manual", Card.MENUNGGU),  # typed NIK
    ("3374035203000002", "Dewi Lestari", "2000-03-21", "P", "manual", Card.MENUNGGU),  # NIK says the 12th
    ("3322010101990004", "Rahmat Hidayat", "1999-01-01", "L", "ektp", Card.MENUNGGU),  # Kab. Semarang
    ("3374050707970005", "Agus Salim", "1997-07-07", "L", "ektp", Card.DISAHKAN),
    ("3374050707970005", "Agus Salim", "1997-07-07", "L", "ektp", Card.MENUNGGU),  # the same NIK again
    ("3374064412960006", "Rina Kartika", "1996-12-04", "P", "ektp", Card.REVISI),
    ("3374071010930007", "Joko Susilo", "1993-10-10", "L", "manual", Card.DITOLAK),
    ("3374085006940008", "Maya Sari", "1994-06-10", "P", "ektp", Card.KEDALUWARSA),
    ("3374092002920009", "Hendra Gunawan", "1992-02-20", "L", "ektp", Card.BEKERJA),
)


def portrait(shade: int) -> bytes:
    """A plain drawn head and shoulders: a JPEG like the kiosk's, without a real person."""
    image = Image.new("RGB", (300, 400), (222, 230, 238))
    draw = ImageDraw.Draw(image)
    draw.ellipse((95, 70, 205, 200), fill=(shade, shade - 40, shade - 80))
    draw.rectangle((60, 230, 240, 400), fill=(40, 70, 110))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def body(n: int, nik: str, name: str, birth: str, sex: str, source: str, **extra: Any) -> dict[str, Any]:
    made = timezone.localtime() - timedelta(hours=30 - n * 2)
    return {
        "client_id": str(uuid.uuid4()), "registration_no": f"33742112260100{n:02d}", "kind": "new",
        "kiosk_id": "SMG-01", "created_at": made.isoformat(timespec="seconds"), "identity_source": source,
        "card_uid": "04A1B2C3D4E5F6" if source == "ektp" else None, "nik": nik, "name": name,
        "birth_place": "Semarang", "birth_date": birth, "sex": sex, "marital_status": "belum_kawin",
        "religion": "islam", "phone": "+62812345678" + f"{n:02d}", "email": None,
        "address": {"street": f"Jl. Pemuda No. {n}", "rt": "003", "rw": "004", "kelurahan": "Sekayu",
                    "kecamatan": "Semarang Tengah", "city": "Kota Semarang", "province": "Jawa Tengah",
                    "postal_code": "50132"},
        "education": [{"level": "SMK", "institution": "SMK Negeri 7 Semarang", "major": "Elektronika", "year": 2016}],
        "consent_at": made.isoformat(timespec="seconds"),
        "valid_until": (made + timedelta(days=730)).date().isoformat(),
    } | extra  # fmt: skip


def create(kiosk: Kiosk, officer_stamp: str) -> None:
    now = timezone.now()
    for n, (nik, name, birth, sex, source, status) in enumerate(DEMO, start=1):
        extra: dict[str, Any] = {}
        if status == Card.KEDALUWARSA:
            extra["valid_until"] = (now - timedelta(days=3)).date().isoformat()
        if n == 2:  # how a kiosk's own photo checks look once a record carries them (not in the contract yet)
            extra["photo_checks"] = {"too_dark": True, "face_found": True}
        row = body(n, nik, name, birth, sex, source, **extra)
        records.save_registration(kiosk, row, portrait(200 if n != 2 else 90))
        if status == Card.MENUNGGU:
            continue
        Card.objects.filter(registration_no=row["registration_no"]).update(
            status=status, officer=officer_stamp, decided_at=now, updated_at=now,
            reason={Card.REVISI: "Foto tidak jelas: wajah tertutup bayangan",
                    Card.DITOLAK: "NIK tidak sah: tidak cocok dengan e-KTP"}.get(status),
        )  # fmt: skip
    cards.expire()
