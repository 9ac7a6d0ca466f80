"""AK/1 validity, renewal and the six-monthly reports (Permenaker 39/2016).

A card is valid two years from registration; while still seeking work the holder reports
every six months (Laporan I, II, III). Renewal opens shortly before the card expires.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.core.marks import QT_TRANSLATE_NOOP

VALID_YEARS = 2
RENEWAL_WINDOW_DAYS = 30  # renewal is offered this many days before expiry, and after it
# printed in Indonesian; a screen shows them through messages.word("ak1", label)
REPORT_LABELS = (QT_TRANSLATE_NOOP("ak1", "Laporan I"), QT_TRANSLATE_NOOP("ak1", "Laporan II"),
                 QT_TRANSLATE_NOOP("ak1", "Laporan III"))  # fmt: skip


def format_registration_no(number: str) -> str:
    """``3374211126010042`` -> ``3374 211126 010042`` as printed on the card (anything else as is)."""
    return f"{number[:4]} {number[4:10]} {number[10:]}" if len(number) == 16 else number


def add_months(day: date, months: int) -> date:
    """Same day of month ``months`` later; the 31st becomes the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def valid_until(registered_on: date) -> date:
    return add_months(registered_on, 12 * VALID_YEARS)


def is_expired(until: date, today: date) -> bool:
    return today > until


def can_renew(until: date, today: date) -> bool:
    return (until - today).days <= RENEWAL_WINDOW_DAYS


@dataclass(frozen=True)
class ReportSlot:
    index: int  # 0, 1, 2
    label: str
    due_on: date


def report_slots(registered_on: date) -> list[ReportSlot]:
    return [ReportSlot(i, label, add_months(registered_on, 6 * (i + 1))) for i, label in enumerate(REPORT_LABELS)]


def next_report(registered_on: date, reports_made: int) -> ReportSlot | None:
    """The slot the next report fills, or None when all three are filled."""
    slots = report_slots(registered_on)
    return slots[reports_made] if reports_made < len(slots) else None


def report_period(registered_on: date, day: date) -> int | None:
    """The report period ``day`` falls in: period k (1-3) covers months 6(k-1) to 6k after
    registration. None before registration or after the third period (no report is due then)."""
    if day < registered_on:
        return None
    for k in range(1, len(REPORT_LABELS) + 1):
        if day < add_months(registered_on, 6 * k):
            return k
    return None


def report_label(period: int) -> str:
    """``Laporan I`` .. ``Laporan III`` (printed, so Indonesian)."""
    return REPORT_LABELS[period - 1]


def next_report_due(registered_on: date, period: int) -> date | None:
    """After filing period ``period``: the date by which the next one is due (the end of the
    next period), or None after the last."""
    return add_months(registered_on, 6 * (period + 1)) if period < len(REPORT_LABELS) else None


def next_report_opens(registered_on: date, period: int) -> date | None:
    """When the period after ``period`` begins (a second report in the same period waits for it)."""
    return add_months(registered_on, 6 * period) if period < len(REPORT_LABELS) else None
