"""Staff pages: server-rendered HTML, each behind the roles that may use it; every change is
written to the audit log in the change's transaction."""

from __future__ import annotations

import secrets

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from gateway.api import tokens, vacancy_feed
from gateway.api.models import Kiosk, KioskToken, Vacancy
from gateway.audit import log as audit
from gateway.audit.models import AuditEntry
from gateway.web import fleet as fleet_facts
from gateway.web.forms import VacancyForm
from gateway.web.navigation import ADMIN, PENGANTAR_KERJA, PETUGAS, roles_of
from gateway.web.roles import role_required

OFFICERS = (ADMIN, PETUGAS, PENGANTAR_KERJA)
STATE_LABEL = {Vacancy.OPEN: gettext_lazy("dibuka"), Vacancy.CLOSED: gettext_lazy("ditutup"),
               Vacancy.DELETED: gettext_lazy("dihapus")}  # fmt: skip


@role_required(*OFFICERS)
def home(request: HttpRequest) -> HttpResponse:
    roles = roles_of(request.user)
    return redirect("web:fleet" if roles & {ADMIN, PETUGAS} else "web:queue" if PENGANTAR_KERJA in roles
                    else "web:vacancies")  # fmt: skip


@role_required(ADMIN, PETUGAS)
def fleet(request: HttpRequest) -> HttpResponse:
    states = fleet_facts.board()
    return render(request, "web/fleet.html", {
        "states": states, "late_count": sum(s.late for s in states),
        "interval_min": fleet_facts.interval().seconds // 60,
    })  # fmt: skip


@role_required(ADMIN, PETUGAS)
def kiosk_detail(request: HttpRequest, kiosk_id: str) -> HttpResponse:
    kiosk = get_object_or_404(Kiosk, kiosk_id=kiosk_id)
    per_hour = max(1, 60 // (fleet_facts.interval().seconds // 60))
    series = fleet_facts.hourly(kiosk)
    return render(request, "web/kiosk.html", {
        "kiosk": kiosk, "state": next(s for s in fleet_facts.board() if s.kiosk.pk == kiosk.pk),
        "chart": fleet_facts.chart_svg(series, per_hour), "beats_week": sum(n for _, n in series),
        "recent": kiosk.heartbeats.order_by("-received_at")[:10],
    })  # fmt: skip


@role_required(*OFFICERS)
def vacancy_list(request: HttpRequest) -> HttpResponse:
    show = request.GET.get("status", Vacancy.OPEN)
    rows = Vacancy.objects.exclude(status=Vacancy.DELETED).order_by("-updated_at")
    if show in (Vacancy.OPEN, Vacancy.CLOSED):
        rows = rows.filter(status=show)
    return render(request, "web/vacancies.html", {"vacancies": rows[:500], "show": show})


@role_required(*OFFICERS)
def vacancy_edit(request: HttpRequest, vacancy_id: str | None = None) -> HttpResponse:
    instance = None
    if vacancy_id is not None:
        instance = get_object_or_404(Vacancy.objects.exclude(status=Vacancy.DELETED), vacancy_id=vacancy_id)
    form = VacancyForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        new_id = vacancy_id or f"LOW-{timezone.localdate():%y%m%d}-{secrets.token_hex(3).upper()}"
        with transaction.atomic():
            status = instance.status if instance else Vacancy.OPEN
            vacancy_feed.save(new_id, status=status, **form.fields_for_feed())
            audit.record(request.user, "vacancy.update" if instance else "vacancy.create", new_id,
                         title=form.cleaned_data["title"])  # fmt: skip
        messages.success(request, _("Lowongan %(id)s disimpan.") % {"id": new_id})
        return redirect("web:vacancies")
    return render(request, "web/vacancy_form.html", {"form": form, "vacancy": instance})


@require_POST
@role_required(*OFFICERS)
def vacancy_status(request: HttpRequest, vacancy_id: str) -> HttpResponse:
    row = get_object_or_404(Vacancy.objects.exclude(status=Vacancy.DELETED), vacancy_id=vacancy_id)
    action = request.POST.get("action")
    status = {"close": Vacancy.CLOSED, "reopen": Vacancy.OPEN, "delete": Vacancy.DELETED}.get(action or "")
    if status is None:
        raise Http404
    with transaction.atomic():
        vacancy_feed.save(row.vacancy_id, status=status)
        audit.record(request.user, f"vacancy.{action}", row.vacancy_id, title=row.title)
    messages.success(request, _("Lowongan %(id)s: %(state)s.") % {"id": row.vacancy_id, "state": STATE_LABEL[status]})
    return redirect("web:vacancies")


@role_required(ADMIN)
def token_list(request: HttpRequest) -> HttpResponse:
    shown = None
    if request.method == "POST":
        if request.POST.get("action") == "issue":
            kiosk_id = request.POST.get("kiosk_id", "").strip().upper()
            if not kiosk_id or len(kiosk_id) > 32 or not all(c.isalnum() or c == "-" for c in kiosk_id):
                messages.error(request, _("Id kios: 1-32 huruf, angka atau tanda minus."))
            else:
                token, _row = tokens.issue(kiosk_id, by=request.user)
                shown = {"kiosk_id": kiosk_id, "token": token}
        elif request.POST.get("action") == "revoke":
            row = get_object_or_404(KioskToken, pk=request.POST.get("token_id"))
            tokens.revoke(row.pk, by=request.user)
            messages.success(request, _("Token kios %(kiosk)s dicabut.") % {"kiosk": row.kiosk.kiosk_id})
            return redirect("web:tokens")
    rows = KioskToken.objects.select_related("kiosk").order_by("kiosk__kiosk_id", "-created_at")
    response = render(request, "web/tokens.html", {"tokens": rows, "shown": shown})
    response["Cache-Control"] = "no-store"  # the page may show a new token once
    return response


@role_required(ADMIN)
def audit_list(request: HttpRequest) -> HttpResponse:
    return render(request, "web/audit.html", {"entries": AuditEntry.objects.all()[:300]})
