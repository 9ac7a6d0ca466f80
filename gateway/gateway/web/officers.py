"""The pengantar kerja's stamp: name and NIP (Nomor Induk Pegawai, 18 digits)."""

from __future__ import annotations

import re
from typing import Any

from gateway.web.models import Officer


def is_nip(text: str) -> bool:
    """18 digits: birth date (8), appointment month (6), sex (1), serial (3)."""
    return re.fullmatch(r"\d{18}", text or "") is not None


def stamp_of(user: Any) -> str | None:
    """``Name, NIP …`` for a user with an officer profile, else None (then they cannot decide)."""
    officer = Officer.objects.filter(user=user).first() if getattr(user, "pk", None) else None
    return officer.stamp() if officer else None


def set_profile(user: Any, name: str, nip: str) -> Officer:
    if not name.strip() or not is_nip(nip):
        raise ValueError("name must not be empty and NIP must be 18 digits")
    officer, _ = Officer.objects.update_or_create(user=user, defaults={"name": name.strip(), "nip": nip})
    return officer
