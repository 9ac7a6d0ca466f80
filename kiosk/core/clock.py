"""Kiosk time: Kota Semarang is in WIB (UTC+07:00); every timestamp carries its offset."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")


def now() -> datetime:
    return datetime.now(WIB)


def today() -> date:
    return now().date()


def rfc3339(moment: datetime | None = None) -> str:
    """``2026-11-21T09:14:03+07:00``: seconds precision, offset always present."""
    moment = (moment or now()).astimezone(WIB)
    return moment.isoformat(timespec="seconds")


def parse_rfc3339(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without offset: {text!r}")
    return moment
