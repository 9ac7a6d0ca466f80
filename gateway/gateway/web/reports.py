"""The IPK report pages (forms III/1-III/3, placements, registrations) with their XLSX and PDF, and
the counter entries that complete them. Exports and entries are in the audit log."""

from __future__ import annotations

import re
from datetime import date

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gateway.audit import log as audit
from gateway.web import ipk, ipk_chart, ipk_export
from gateway.web.counter_forms import CounterPlacementForm, CounterRegistrationForm, recent
from gateway.web.navigation import ADMIN, PENGANTAR_KERJA, PETUGAS
from gateway.web.roles import role_required

OFFICERS = (ADMIN, PETUGAS, PENGANTAR_KERJA)
TABS = (("iii-1", "III/1"), ("iii-2", "III/2"), ("iii-3", "III/3"), ("penempatan", gettext_lazy("Penempatan")),
        ("pendaftaran", gettext_lazy("Pendaftaran")))  # fmt: skip
CONTENT_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf"}


def _month(text: str | None) -> date | None:
    found = re.fullmatch(r"(\d{4})-(\d{2})", text or "")
    if found and 1 <= int(found.group(2)) <= 12 and 2000 <= int(found.group(1)) <= 2100:
        return date(int(found.group(1)), int(found.group(2)), 1)
    return None


def chosen_period(request: HttpRequest) -> ipk.Period:
    """``?bulan=YYYY-MM[&sampai=YYYY-MM]``; by default the month before this one (the month to report)."""
    this_month = timezone.localdate().replace(day=1)
    first = (
        _month(request.GET.get("bulan"))
        or ipk.Period.month(
            (this_month.year if this_month.month > 1 else this_month.year - 1), (this_month.month - 2) % 12 + 1
        ).first
    )
    last = _month(request.GET.get("sampai")) or first
    return ipk.Period(first, max(first, last))


def chart_months(period: ipk.Period) -> ipk.Period:
    """The chart's months: the chosen range, or the six months up to a single chosen month."""
    if period.first != period.last:
        return period
    first = period.first
    for _i in range(5):
        first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
    return ipk.Period(first, period.last)


def page_period(period: ipk.Period) -> str:
    first, last = date_format(period.first, "F Y"), date_format(period.last, "F Y")
    return first if first == last else f"{first} - {last}"


@role_required(*OFFICERS)
def report_page(request: HttpRequest, slug: str = "iii-1") -> HttpResponse:
    if slug not in ipk.FORMS and slug not in ipk_export.EXTRA:
        raise Http404
    period = chosen_period(request)
    context = {"tabs": TABS, "slug": slug, "period": period, "query": request.GET.urlencode(),
               "first": f"{period.first:%Y-%m}", "last": f"{period.last:%Y-%m}"}  # fmt: skip
    try:
        report = ipk.compute(period)
        trend = report if period.first != period.last else ipk.compute(chart_months(period))
    except ipk.NotSupported:
        return render(request, "web/ipk.html", context | {"unsupported": True})
    layout = ipk_export.sheet(report, slug)
    return render(request, "web/ipk.html", context | {
        "sheet": layout, "period_text": page_period(period),
        "chart": ipk_chart.chart_svg(trend.monthly), "is_form": slug in ipk.FORMS,
    })  # fmt: skip


@role_required(*OFFICERS)
def report_file(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    if (slug not in ipk.FORMS and slug not in ipk_export.EXTRA) or fmt not in CONTENT_TYPES:
        raise Http404
    period = chosen_period(request)
    try:
        report = ipk.compute(period)
    except ipk.NotSupported:
        raise Http404 from None
    body = ipk_export.as_xlsx(report, slug) if fmt == "xlsx" else ipk_export.as_pdf(report, slug)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{ipk_export.filename(report, slug, fmt)}"'
    response["Cache-Control"] = "no-store"
    audit.record(request.user, "ipk.export", slug, format=fmt, first=f"{period.first:%Y-%m}",
                 last=f"{period.last:%Y-%m}")  # fmt: skip
    return response


@role_required(*OFFICERS)
def counter(request: HttpRequest) -> HttpResponse:
    which = request.POST.get("entry")
    reg_form = CounterRegistrationForm(request.POST if which == "registration" else None, prefix="reg")
    place_form = CounterPlacementForm(request.POST if which == "placement" else None, prefix="place")
    form = reg_form if which == "registration" else place_form if which == "placement" else None
    if request.method == "POST" and form is not None and form.is_valid():
        with transaction.atomic():
            row = form.save(commit=False)  # the registration form fills valid_until
            row.recorded_by = request.user
            row.save()
            if which == "registration":
                audit.record(request.user, "counter.registration", row.registration_no, kind=row.kind,
                             registered_on=row.registered_on.isoformat())  # fmt: skip
                messages.success(request, _("Pendaftaran loket %(no)s dicatat.") % {"no": row.registration_no})
            else:
                audit.record(request.user, "counter.placement", row.registration_no, placement=row.placement,
                             placed_on=row.placed_on.isoformat())  # fmt: skip
                messages.success(request, _("Penempatan %(no)s dicatat.") % {"no": row.registration_no})
        return redirect("web:counter")
    return render(request, "web/counter.html", {"reg_form": reg_form, "place_form": place_form, **recent()})
