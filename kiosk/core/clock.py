"""Kiosk time: one zone for everything a person reads, the config's ``kiosk.timezone``
(Asia/Jakarta, WIB, by default), whatever the operating system's zone (``TZ``) says.

Every timestamp carries its offset; every time shown or printed comes from here, never from
``datetime.now()``, ``time.localtime`` or ``QDateTime.currentDateTime`` (which follow the OS).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kiosk.core.marks import QT_TRANSLATE_NOOP

DEFAULT_ZONE = "Asia/Jakarta"
WIB = ZoneInfo(DEFAULT_ZONE)

_zone: ZoneInfo = WIB

# the days of the week, Monday first (date.weekday()); screens translate them in context "clock"
DAYS = (
    QT_TRANSLATE_NOOP("clock", "Senin"),
    QT_TRANSLATE_NOOP("clock", "Selasa"),
    QT_TRANSLATE_NOOP("clock", "Rabu"),
    QT_TRANSLATE_NOOP("clock", "Kamis"),
    QT_TRANSLATE_NOOP("clock", "Jumat"),
    QT_TRANSLATE_NOOP("clock", "Sabtu"),
    QT_TRANSLATE_NOOP("clock", "Minggu"),
)


def set_zone(name: str) -> None:
    """The kiosk's zone from now on (``config.load`` sets the one in force)."""
    global _zone
    _zone = ZoneInfo(name)


def zone() -> ZoneInfo:
    return _zone


def now() -> datetime:
    return datetime.now(_zone)


def today() -> date:
    return now().date()


def local(moment: datetime | str) -> datetime:
    """A moment (aware, or an RFC 3339 text) in the kiosk's zone."""
    if isinstance(moment, str):
        moment = parse_rfc3339(moment)
    if moment.tzinfo is None:
        raise ValueError(f"moment without offset: {moment!r}")
    return moment.astimezone(_zone)


def rfc3339(moment: datetime | None = None) -> str:
    """``2026-11-21T09:14:03+07:00``: seconds precision, offset always present."""
    moment = (moment or now()).astimezone(_zone)
    return moment.isoformat(timespec="seconds")


def zone_name(moment: datetime | None = None) -> str:
    """The zone's short name at that moment: ``WIB`` (or ``WITA``, ``WIT``, ``+07``)."""
    return local(moment or now()).tzname() or ""


def printed(moment: datetime | str | None = None) -> str:
    """A time as slips and receipts print it: ``21-11-2026 09:14 WIB``."""
    at = local(moment) if moment is not None else now()
    return f"{at:%d-%m-%Y %H:%M} {zone_name(at)}"


def on_screen(moment: datetime | None = None) -> str:
    """The status bar's clock: ``21-11-2026  09:14 WIB``."""
    at = local(moment) if moment is not None else now()
    return f"{at:%d-%m-%Y  %H:%M} {zone_name(at)}"


def parse_rfc3339(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without offset: {text!r}")
    return moment


def day_words(day: date) -> str:
    """``Rabu, 09-12-2026``, as slips print a day (Indonesian)."""
    return f"{DAYS[day.weekday()]}, {day:%d-%m-%Y}"
