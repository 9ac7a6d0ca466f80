"""When a ticket is due and what an officer's change to it must hold."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.conf import settings
from django.utils import timezone

from gateway.api.models import Ticket


def add_working_days(start: date, days: int) -> date:
    """``days`` working days after ``start``, skipping Saturdays and Sundays (not public holidays)."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def due_on(created_at: datetime) -> date:
    return add_working_days(timezone.localtime(created_at).date(), settings.GATEWAY["answer_working_days"])


def is_overdue(row: Ticket, today: date | None = None) -> bool:
    """Not answered and not closed by the end of its due day."""
    today = today or timezone.localdate()
    return row.status != Ticket.SELESAI and not row.answer and due_on(row.created_at) < today


def problems(status: str, answer: str, appointment_at: datetime | None) -> dict[str, str]:
    """What a ticket in ``status`` still lacks (messages in Bahasa Indonesia, translated by the caller)."""
    found: dict[str, str] = {}
    if status == Ticket.DIJADWALKAN and appointment_at is None:
        found["appointment_at"] = "dijadwalkan"
    if status == Ticket.SELESAI and not answer.strip():
        found["answer"] = "selesai"
    return found
