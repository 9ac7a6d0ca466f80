"""Event pages: the list, the form (create and edit), the registrations with their seat
numbers, and the organiser's exports. Every change is audited in its transaction."""

from __future__ import annotations

import secrets

from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gateway.api import event_feed
from gateway.api.models import Event
from gateway.audit import log as audit
from gateway.web import event_export
from gateway.web.event_forms import KIND_LABEL, EventForm
from gateway.web.navigation import ADMIN, PETUGAS
from gateway.web.roles import role_required

STAFF = (ADMIN, PETUGAS)


@role_required(*STAFF)
def event_list(request: HttpRequest) -> HttpResponse:
    rows = Event.objects.exclude(status=Event.DELETED).annotate(taken=Count("seats")).order_by("-starts_at")[:300]
    for row in rows:
        row.kind_label = KIND_LABEL.get(row.kind, row.kind)  # type: ignore[attr-defined]
        row.seats_left = max(0, row.quota - row.taken)  # type: ignore[attr-defined]
    return render(request, "web/events.html", {"events": rows})


@role_required(*STAFF)
def event_edit(request: HttpRequest, event_id: str | None = None) -> HttpResponse:
    instance = None
    if event_id is not None:
        instance = get_object_or_404(Event.objects.exclude(status=Event.DELETED), event_id=event_id)
    form = EventForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        new_id = event_id or f"ACR-{timezone.localdate():%y%m%d}-{secrets.token_hex(3).upper()}"
        with transaction.atomic():
            event_feed.save(new_id, **form.fields_for_feed())
            audit.record(request.user, "event.update" if instance else "event.create", new_id,
                         title=form.cleaned_data["title"], quota=form.cleaned_data["quota"])  # fmt: skip
        messages.success(request, _("Acara %(id)s disimpan.") % {"id": new_id})
        return redirect("web:event_seats", event_id=new_id)
    return render(request, "web/event_form.html", {"form": form, "event": instance})


@require_POST
@role_required(*STAFF)
def event_delete(request: HttpRequest, event_id: str) -> HttpResponse:
    row = get_object_or_404(Event.objects.exclude(status=Event.DELETED), event_id=event_id)
    with transaction.atomic():
        event_feed.save(row.event_id, status=Event.DELETED)
        audit.record(request.user, "event.delete", row.event_id, title=row.title)
    messages.success(request, _("Acara %(id)s dihapus.") % {"id": row.event_id})
    return redirect("web:events")


@role_required(*STAFF)
def event_seats(request: HttpRequest, event_id: str) -> HttpResponse:
    row = get_object_or_404(Event.objects.exclude(status=Event.DELETED), event_id=event_id)
    seats = event_export.seats(row)
    return render(request, "web/event_seats.html", {
        "event": row, "seats": seats, "seats_left": max(0, row.quota - len(seats)),
        "kind_label": KIND_LABEL.get(row.kind, row.kind),
    })  # fmt: skip


@role_required(*STAFF)
def event_export_file(request: HttpRequest, event_id: str, fmt: str) -> HttpResponse:
    row = get_object_or_404(Event.objects.exclude(status=Event.DELETED), event_id=event_id)
    if fmt == "pdf":
        response = HttpResponse(event_export.as_pdf(row), content_type="application/pdf")
    else:
        response = HttpResponse(event_export.as_csv(row), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="peserta-{row.event_id}.{fmt}"'
    response["Cache-Control"] = "no-store"
    audit.record(request.user, "event.export", row.event_id, format=fmt)
    return response
