"""What the pengantar kerja is warned about on a card waiting for legalisation. Each check uses
only what the record carries; what the contract does not carry is said to be unreported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from gateway.api.models import Card, Photo


@dataclass(frozen=True)
class Warning:
    code: str  # nik_birth, nik_sex, same_nik, outside_region, photo_missing, photo_dark, photo_face
    text: str


def nik_birth(nik: str) -> tuple[date | None, str | None]:
    """Birth date and sex written in the NIK's digits 7-12 (DDMMYY, DD + 40 for a woman);
    (None, None) when those digits are no date. The century is not in the NIK."""
    try:
        day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    except ValueError:
        return None, None
    sex = "P" if day > 40 else "L"
    try:
        return date(2000 + year, month, day - 40 if sex == "P" else day), sex
    except ValueError:
        return None, None


def identity_warnings(nik: str, birth_date: date, sex: str) -> list[Warning]:
    written, written_sex = nik_birth(nik)
    found: list[Warning] = []
    if written is None:
        found.append(Warning("nik_birth", _("Angka 7-12 NIK bukan tanggal lahir.")))
        return found
    if (written.day, written.month, written.year % 100) != (birth_date.day, birth_date.month, birth_date.year % 100):
        found.append(
            Warning(
                "nik_birth",
                _("Tanggal lahir %(typed)s tidak sama dengan NIK (%(nik)s).")
                % {"typed": birth_date.strftime("%d-%m-%Y"), "nik": written.strftime("%d-%m-%y")},
            )
        )
    if written_sex != sex:
        found.append(
            Warning(
                "nik_sex",
                _("Jenis kelamin %(typed)s tidak sama dengan NIK (%(nik)s).") % {"typed": sex, "nik": written_sex},
            )
        )
    return found


def photo_warnings(card: Card, data: dict[str, Any]) -> tuple[list[Warning], bool]:
    """Warnings, and whether the kiosk reported its photo checks (the contract has no field for
    them yet: only a record carrying ``photo_checks`` is judged, nothing is invented)."""
    if not Photo.objects.filter(registration_id=card.registration_id).exists():
        return [Warning("photo_missing", _("Tidak ada foto."))], isinstance(data.get("photo_checks"), dict)
    checks = data.get("photo_checks")
    if not isinstance(checks, dict):
        return [], False
    found = []
    if checks.get("too_dark"):
        found.append(Warning("photo_dark", _("Foto terlalu gelap (pemeriksaan kios).")))
    if checks.get("face_found") is False:
        found.append(Warning("photo_face", _("Tidak ada wajah di foto (pemeriksaan kios).")))
    return found, True


def warnings(card: Card) -> tuple[list[Warning], bool]:
    """Every warning for ``card``, and whether photo checks were reported."""
    reg = card.registration
    found = identity_warnings(reg.nik, reg.birth_date, reg.sex)
    others = list(
        Card.objects.filter(
            nik=reg.nik, status__in=(Card.DISAHKAN, Card.BEKERJA), valid_until__gte=timezone.localdate()
        )
        .exclude(pk=card.pk)
        .select_related("registration__kiosk")
    )
    for other in others:
        found.append(
            Warning(
                "same_nik",
                _("NIK ini sudah memegang kartu yang berlaku: %(no)s (kios %(kiosk)s).")
                % {"no": other.registration_no, "kiosk": other.registration.kiosk.kiosk_id},
            )
        )
    region = settings.GATEWAY["region_code"]
    if reg.nik[:4] != region:
        found.append(
            Warning(
                "outside_region",
                _("Domisili di luar kota: NIK wilayah %(code)s, bukan %(region)s.")
                % {"code": reg.nik[:4], "region": region},
            )
        )
    photo, reported = photo_warnings(card, reg.data)
    return found + photo, reported
