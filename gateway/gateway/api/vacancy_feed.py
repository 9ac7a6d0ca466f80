"""The vacancy change feed behind GET /vacancies (the cursor and its numbering: feed.py)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from gateway.api import feed
from gateway.api.models import Vacancy, VacancyFeed

FIELDS = ("title", "company", "location", "sector", "education_min", "skills", "wage_min", "wage_max",
          "closes_on", "description")  # fmt: skip


def save(vacancy_id: str, status: str = Vacancy.OPEN, **fields: Any) -> Vacancy:
    """Create or change a vacancy (status open, closed or deleted); one feed number per call."""
    with transaction.atomic():
        seq = feed.next_seq(VacancyFeed)
        row = Vacancy.objects.filter(vacancy_id=vacancy_id).first() or Vacancy(vacancy_id=vacancy_id)
        for name, value in fields.items():
            if name not in FIELDS:
                raise TypeError(f"unknown vacancy field {name}")
            setattr(row, name, value)
        row.status, row.change_seq, row.updated_at = status, seq, timezone.now()
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


def page(cursor: str | None, limit: int) -> dict[str, Any]:
    return feed.page(
        VacancyFeed,
        Vacancy.objects.all(),
        cursor=cursor,
        limit=limit,
        live=lambda row: row.status == Vacancy.OPEN,
        key=lambda row: row.vacancy_id,
        item=item,
    )


def reset() -> None:
    feed.reset(VacancyFeed)
