"""The pengantar kerja's pages: the queue of cards waiting for legalisation (oldest first), one
card with its photo beside its data and warnings, and the decision."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from gateway.api.models import Card, Photo
from gateway.web import card_checks, decisions, officers
from gateway.web.navigation import ADMIN, PENGANTAR_KERJA
from gateway.web.roles import role_required

LEGALISERS = (ADMIN, PENGANTAR_KERJA)


def _no_store(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store"  # the pages carry NIKs and photos: never in a browser cache
    return response


@role_required(*LEGALISERS)
def queue(request: HttpRequest) -> HttpResponse:
    rows = list(decisions.queue().select_related("registration__kiosk")[:200])
    entries = [{"card": card, "warnings": card_checks.warnings(card)[0]} for card in rows]
    return _no_store(render(request, "web/queue.html", {"entries": entries, "total": decisions.queue().count()}))


@role_required(*LEGALISERS)
def card_detail(request: HttpRequest, registration_no: str) -> HttpResponse:
    card = get_object_or_404(Card.objects.select_related("registration__kiosk"), registration_no=registration_no)
    if request.method == "POST":
        try:
            decided = decisions.decide(request.user, registration_no, request.POST.get("decision", ""),
                             request.POST.get("reason", ""), request.POST.get("note", ""))  # fmt: skip
        except decisions.DecisionError as exc:
            messages.error(request, str(exc))
            return redirect("web:card", registration_no=registration_no)
        label = decisions.DECISION_LABELS[decided.status]
        messages.success(request, _("Kartu %(no)s %(state)s.") % {"no": registration_no, "state": label})
        following = decisions.queue().first()
        return redirect("web:card", registration_no=following.registration_no) if following else redirect("web:queue")
    warnings, photo_reported = card_checks.warnings(card)
    order = list(decisions.queue().values_list("registration_no", flat=True))
    here = order.index(registration_no) if registration_no in order else None
    return _no_store(render(request, "web/card.html", {
        "card": card, "reg": card.registration, "data": card.registration.data, "warnings": warnings,
        "photo_reported": photo_reported, "has_photo": Photo.objects.filter(registration=card.registration).exists(),
        "previous": order[here - 1] if here else None,
        "next": order[here + 1] if here is not None and here + 1 < len(order) else None,
        "position": here + 1 if here is not None else None, "total": len(order),
        "reasons": decisions.REASON_LABELS.items(), "stamp": officers.stamp_of(request.user),
        "status_label": decisions.DECISION_LABELS.get(card.status, card.status),
    }))  # fmt: skip


@role_required(*LEGALISERS)
def card_photo(request: HttpRequest, registration_no: str) -> HttpResponse:
    card = get_object_or_404(Card, registration_no=registration_no)
    photo = Photo.objects.filter(registration_id=card.registration_id).first()
    if photo is None:
        raise Http404
    return _no_store(HttpResponse(bytes(photo.jpeg), content_type="image/jpeg"))
