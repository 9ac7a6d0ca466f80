"""Ticket pages: the board (per topic, with counts), one ticket (assign, answer, appointment,
status), the overdue view and complaints grouped by employer. Every change is audited."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from gateway.api.models import Ticket
from gateway.audit import log as audit
from gateway.web.navigation import ADMIN, PETUGAS
from gateway.web.roles import role_required
from gateway.web.ticket_forms import KIND_LABEL, STATUS_LABEL, TOPIC_LABEL, TicketForm
from gateway.web.ticket_rules import due_on, is_overdue

STAFF = (ADMIN, PETUGAS)
OPEN = (Ticket.BARU, Ticket.DIPROSES, Ticket.DIJADWALKAN)


def _decorate(rows: list[Ticket]) -> list[Ticket]:
    today = timezone.localdate()
    for row in rows:
        row.due = due_on(row.created_at)  # type: ignore[attr-defined]
        row.overdue = is_overdue(row, today)  # type: ignore[attr-defined]
        row.topic_label = TOPIC_LABEL.get(row.topic, row.topic)  # type: ignore[attr-defined]
        row.status_label = STATUS_LABEL.get(row.status, row.status)  # type: ignore[attr-defined]
        row.kind_label = KIND_LABEL.get(row.kind, row.kind)  # type: ignore[attr-defined]
    return rows


@role_required(*STAFF)
def board(request: HttpRequest) -> HttpResponse:
    topic = request.GET.get("topic", "")
    show = request.GET.get("status", "open")
    counts = Counter(Ticket.objects.filter(status__in=OPEN).values_list("topic", flat=True))
    topics = [{"code": code, "label": label, "count": counts.get(code, 0)} for code, label in TOPIC_LABEL.items()]
    rows = Ticket.objects.select_related("assigned_to").order_by("created_at")
    if show == "open":
        rows = rows.filter(status__in=OPEN)
    elif show in STATUS_LABEL:
        rows = rows.filter(status=show)
    if topic in TOPIC_LABEL:
        rows = rows.filter(topic=topic)
    return render(request, "web/tickets.html", {
        "tickets": _decorate(list(rows[:300])), "topics": topics, "topic": topic, "show": show,
        "open_total": sum(counts.values()), "statuses": STATUS_LABEL,
    })  # fmt: skip


@role_required(*STAFF)
def detail(request: HttpRequest, ticket_no: str) -> HttpResponse:
    row = get_object_or_404(Ticket, ticket_no=ticket_no)
    initial = {"assigned_to": row.assigned_to, "status": row.status, "answer": row.answer or "",
               "appointment_at": timezone.localtime(row.appointment_at) if row.appointment_at else None}  # fmt: skip
    form = TicketForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        new = {"assigned_to": data["assigned_to"], "status": data["status"], "answer": data["answer"].strip() or None,
               "appointment_at": data["appointment_at"]}  # fmt: skip
        changed = {key: value for key, value in new.items() if getattr(row, key) != value}
        if changed:
            with transaction.atomic():
                locked = Ticket.objects.select_for_update().get(pk=row.pk)
                for key, value in changed.items():
                    setattr(locked, key, value)
                locked.updated_at = timezone.now()
                locked.save()
                audit.record(request.user, "ticket.update", row.ticket_no, **_audit_detail(row, changed))
            messages.success(request, _("Tiket %(no)s disimpan.") % {"no": row.ticket_no})
        return redirect("web:ticket", ticket_no=row.ticket_no)
    _decorate([row])
    related = []
    if row.kind == "pengaduan" and row.employer_key:
        related = _decorate(list(Ticket.objects.filter(kind="pengaduan", employer_key=row.employer_key)
                                 .exclude(pk=row.pk).order_by("-created_at")[:20]))  # fmt: skip
    return render(request, "web/ticket.html", {"ticket": row, "form": form, "related": related})


def _audit_detail(row: Ticket, changed: dict[str, Any]) -> dict[str, Any]:
    """What changed, without the answer's text (the ticket keeps it): from and to for the status."""
    detail: dict[str, Any] = {"fields": sorted(changed)}
    if "status" in changed:
        detail["status"] = [row.status, changed["status"]]
    if "assigned_to" in changed:
        detail["assigned_to"] = changed["assigned_to"].username if changed["assigned_to"] else None
    if changed.get("appointment_at"):
        detail["appointment_at"] = timezone.localtime(changed["appointment_at"]).isoformat(timespec="minutes")
    return detail


@role_required(*STAFF)
def overdue(request: HttpRequest) -> HttpResponse:
    rows = _decorate(list(Ticket.objects.filter(status__in=OPEN, answer__isnull=True)
                          .select_related("assigned_to").order_by("created_at")[:2000]))  # fmt: skip
    late = [row for row in rows if row.overdue]  # type: ignore[attr-defined]
    days = settings.GATEWAY["answer_working_days"]
    return render(request, "web/tickets_overdue.html", {"tickets": late, "days": days})


@role_required(*STAFF)
def employers(request: HttpRequest) -> HttpResponse:
    groups: dict[str, dict[str, Any]] = {}
    rows = Ticket.objects.filter(kind="pengaduan").exclude(employer_key="").order_by("-created_at")[:3000]
    for row in _decorate(list(rows)):
        group = groups.setdefault(row.employer_key, {"name": row.employer, "tickets": [], "open": 0})
        group["tickets"].append(row)
        group["open"] += row.status in OPEN
    ordered = sorted(groups.values(), key=lambda g: (-len(g["tickets"]), g["name"].lower()))
    return render(request, "web/tickets_employers.html", {"groups": ordered})
