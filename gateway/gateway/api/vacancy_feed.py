"""The vacancy change feed behind GET /vacancies: every change to a vacancy takes the next
number, and a kiosk's cursor is the last number it has seen (with the feed's epoch, so that a
reset feed refuses old cursors with 400 and the kiosk pulls everything again).

Numbers are given out under a row lock on the feed and committed with the change, so they
become visible in order: a kiosk can never skip a change that commits late.
"""

from __future__ import annotations

import base64
import binascii
import struct
from typing import Any

from django.db import transaction
from django.utils import timezone

from gateway.api.models import Vacancy, VacancyFeed

FIELDS = ("title", "company", "location", "sector", "education_min", "skills", "wage_min", "wage_max",
          "closes_on", "description")  # fmt: skip
DEFAULT_LIMIT, MAX_LIMIT = 200, 500


class CursorError(ValueError):
    pass


def _feed() -> VacancyFeed:
    feed = VacancyFeed.objects.select_for_update().filter(pk=1).first()
    return feed or VacancyFeed.objects.create(pk=1)


def save(vacancy_id: str, status: str = Vacancy.OPEN, **fields: Any) -> Vacancy:
    """Create or change a vacancy (status open, closed or deleted); one feed number per call."""
    with transaction.atomic():
        feed = _feed()
        feed.last_seq += 1
        feed.save(update_fields=["last_seq"])
        row = Vacancy.objects.filter(vacancy_id=vacancy_id).first() or Vacancy(vacancy_id=vacancy_id)
        for name, value in fields.items():
            if name not in FIELDS:
                raise TypeError(f"unknown vacancy field {name}")
            setattr(row, name, value)
        row.status, row.change_seq, row.updated_at = status, feed.last_seq, timezone.now()
        row.save()
    return row


def item(row: Vacancy) -> dict[str, Any]:
    return {
        "id": row.vacancy_id,
        "title": row.title,
        "company": row.company,
        "location": row.location,
        "sector": row.sector,
        "education_min": row.education_min,
        "skills": row.skills,
        "wage_min": row.wage_min,
        "wage_max": row.wage_max,
        "closes_on": row.closes_on.isoformat() if row.closes_on else None,
        "description": row.description,
        "updated_at": timezone.localtime(row.updated_at).isoformat(timespec="seconds"),
    }


def _encode(epoch: int, seq: int) -> str:
    return base64.urlsafe_b64encode(struct.pack(">IQ", epoch, seq)).rstrip(b"=").decode()


def _decode(cursor: str) -> tuple[int, int]:
    try:
        return struct.unpack(">IQ", base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, struct.error):
        raise CursorError("cursor tidak dikenal") from None


def page(cursor: str | None, limit: int) -> dict[str, Any]:
    feed = VacancyFeed.objects.filter(pk=1).first()
    epoch = feed.epoch if feed else 1
    after = 0
    if cursor:
        cursor_epoch, after = _decode(cursor)
        if cursor_epoch != epoch:
            raise CursorError("cursor kedaluwarsa; tarik ulang tanpa cursor")
    rows = list(Vacancy.objects.filter(change_seq__gt=after).order_by("change_seq")[: limit + 1])
    more, rows = len(rows) > limit, rows[:limit]
    last = rows[-1].change_seq if rows else after
    return {
        "items": [item(r) for r in rows if r.status == Vacancy.OPEN],
        # closed and deleted vacancies leave the kiosks; a first pull (no cursor) has nothing to remove
        "deleted": [r.vacancy_id for r in rows if r.status != Vacancy.OPEN] if cursor else [],
        "next_cursor": _encode(epoch, last),
        "has_more": more,
    }


def reset() -> None:
    """The feed starts a new epoch: every kiosk pulls everything again at its next pull."""
    with transaction.atomic():
        feed = _feed()
        feed.epoch += 1
        feed.save(update_fields=["epoch"])
