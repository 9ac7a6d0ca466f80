"""AK/1 card states (the contract's GET /cards/{registration_no}): how registrations, reports,
officers' decisions and the calendar move a card between them."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils import timezone

from gateway.api.models import Card, Registration, Report


def effective_status(card: Card, today: date | None = None) -> str:
    """Past ``valid_until`` a card is kedaluwarsa from the next day whatever its state, even
    before the daily job (``gateway expire_cards``) has written it."""
    today = today or timezone.localdate()
    return Card.KEDALUWARSA if card.valid_until < today else card.status


def on_registration(row: Registration) -> None:
    """A new card waits for the officer; a later registration with the same number (a correction
    of a card in revisi, or a renewal) puts the card back in the queue with the new data."""
    now = timezone.now()
    card = Card.objects.select_for_update().filter(registration_no=row.registration_no).first()
    if card is None:
        Card.objects.create(
            registration_no=row.registration_no,
            registration=row,
            nik=row.nik,
            valid_until=row.valid_until,
            queued_at=now,
            updated_at=now,
        )
        return
    card.registration, card.nik, card.valid_until = row, row.nik, row.valid_until
    card.status, card.queued_at, card.updated_at = Card.MENUNGGU, now, now
    card.reason = card.decided_at = card.officer = None  # a new decision is due; the old one is in the audit log
    card.save()


def on_report(report: Report) -> None:
    """A report of work makes the card bekerja (an expired card stays kedaluwarsa)."""
    if report.status != "employed":
        return
    card = Card.objects.select_for_update().filter(registration_no=report.registration_no).first()
    if card is None or effective_status(card) == Card.KEDALUWARSA:
        return
    card.status, card.updated_at = Card.BEKERJA, timezone.now()
    card.save(update_fields=["status", "updated_at"])


def expire(today: date | None = None) -> int:
    """The daily job: every card past its ``valid_until`` becomes kedaluwarsa; how many changed."""
    today = today or timezone.localdate()
    return (
        Card.objects.filter(valid_until__lt=today)
        .exclude(status=Card.KEDALUWARSA)
        .update(status=Card.KEDALUWARSA, updated_at=timezone.now())
    )


def _time(value: Any) -> str | None:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def body(card: Card) -> dict[str, Any]:
    """The 200 body of GET /cards/{registration_no}. Reports are numbered in the order they were
    made (the kiosk takes at most one per six-month period)."""
    reports = Report.objects.filter(registration_no=card.registration_no).order_by("reported_at", "id")
    return {
        "registration_no": card.registration_no,
        "status": effective_status(card),
        "reason": card.reason,
        "decided_at": _time(card.decided_at),
        "officer": card.officer,
        "valid_until": card.valid_until.isoformat(),
        "reports": [
            {"period": n, "reported_at": _time(r.reported_at), "status": r.status}
            for n, r in enumerate(reports, start=1)
        ],
        "updated_at": _time(card.updated_at),
    }
