"""An AK/1 card's legalisation state, as the office gateway's ``GET /cards/{registration_no}`` tells
it (siker-kiosk-api.md, "Additions in v1"), and what the holder can do about a card sent back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class CardStatus(StrEnum):
    MENUNGGU = "menunggu"  # waiting for the pengantar kerja
    REVISI = "revisi"  # sent back: the holder corrects and sends again
    DISAHKAN = "disahkan"  # legalised: officer's name, NIP and date
    DITOLAK = "ditolak"  # rejected, with the officer's reason
    KEDALUWARSA = "kedaluwarsa"  # past valid_until
    BEKERJA = "bekerja"  # a report of work closed it


class Fix(StrEnum):
    """How a card in revisi is put right: at the kiosk (photo, data) or only at the office."""

    PHOTO = "photo"
    DATA = "data"
    OFFICE = "office"


# the gateway's reasons start with the label of the officer's choice (gateway/web/decisions.py);
# free text alone ("Lainnya") is treated as data to correct
REASON_FIXES = (
    ("Foto tidak jelas", Fix.PHOTO),
    ("Data tidak sesuai KTP", Fix.DATA),
    ("NIK tidak sah", Fix.OFFICE),
    ("Domisili di luar kota", Fix.OFFICE),
)


def fix_for(reason: str | None) -> Fix:
    text = (reason or "").strip()
    for label, fix in REASON_FIXES:
        if text.lower().startswith(label.lower()):
            return fix
    return Fix.DATA


@dataclass(frozen=True)
class KnownState:
    """The last word from the gateway about one card; ``checked_at`` None: never asked."""

    status: CardStatus
    reason: str | None = None
    officer: str | None = None  # "Sri Wahyuni, NIP 198703122010012003"
    decided_at: datetime | None = None
    checked_at: datetime | None = None


def effective(known: KnownState | None, *, expired: bool, working: bool) -> CardStatus:
    """What the holder is told: the calendar and a report made here know better than an old answer."""
    if expired:
        return CardStatus.KEDALUWARSA
    if known is not None and known.status == CardStatus.KEDALUWARSA:
        return CardStatus.KEDALUWARSA
    if working:
        return CardStatus.BEKERJA
    return known.status if known is not None else CardStatus.MENUNGGU


def age_in_days(checked_at: datetime, now: datetime) -> int:
    return max(0, (now.date() - checked_at.date()).days)


def split_officer(officer: str | None) -> tuple[str, str]:
    """``"Sri Wahyuni, NIP 1987…"`` -> ``("Sri Wahyuni", "1987…")``; the whole text as name otherwise."""
    if not officer:
        return "", ""
    name, sep, nip = officer.rpartition(", NIP ")
    return (name.strip(), nip.strip()) if sep else (officer.strip(), "")


def decided_on(known: KnownState | None) -> date | None:
    return known.decided_at.date() if known is not None and known.decided_at is not None else None
