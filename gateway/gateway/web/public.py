"""The public verification page ``/v/{registration_no}?s=<QR payload>`` (siker-kiosk-api.md, "The
public verification page"): opened from a card's QR on anyone's phone, so no login, no cookie,
no cache, a rate limit per client address, and nothing on it that identifies the holder beyond
the masked name: never the photo, NIK, address or phone."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation

from gateway.api import cards, ratelimit, signing
from gateway.api.models import Card
from gateway.client_address import client_address

NUMBER = re.compile(r"\d{16}")
RATE_PREFIX = "v:"  # kiosk ids have no colon: the public page's counts never mix with a kiosk's


def mask_name(name: str) -> str:
    """``Siti Wulandari`` -> ``S*** W*********``: the first letter of each word only."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split())


def _rate_key(request: HttpRequest) -> str:
    """A digest, not the address itself: the count table needs no personal data, and fits 32 chars."""
    return RATE_PREFIX + hashlib.sha256(client_address(request).encode()).hexdigest()[:24]


def _page(request: HttpRequest, context: dict, status: int = 200) -> HttpResponse:
    response = render(request, "web/verify.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response


def verify(request: HttpRequest, registration_no: str) -> HttpResponse:
    known = {code for code, _ in settings.LANGUAGES}
    lang = request.GET.get("lang")
    with translation.override(lang if lang in known else translation.get_language()):
        response = _verify(request, registration_no)
        response["Content-Language"] = translation.get_language()
    return response


def _verify(request: HttpRequest, registration_no: str) -> HttpResponse:
    payload = request.GET.get("s", "")[:1000]
    other = "en" if translation.get_language() == "id" else "id"
    context: dict = {
        "registration_no": registration_no[:16], "office": settings.GATEWAY["office_name"],
        "switch": request.path + "?" + urlencode({k: v for k, v in (("s", payload), ("lang", other)) if v}),
        "other_lang": other,
    }  # fmt: skip
    if request.method not in ("GET", "HEAD"):
        return _page(request, context | {"outcome": "not_found"}, 405)
    wait = ratelimit.hit(_rate_key(request), settings.GATEWAY["verify_per_minute"], sweep=RATE_PREFIX)
    if wait is not None:
        response = _page(request, context | {"outcome": "limited"}, 429)
        response["Retry-After"] = str(wait)
        return response
    card = Card.objects.filter(registration_no=registration_no).first() if NUMBER.fullmatch(registration_no) else None
    if card is None:
        return _page(request, context | {"outcome": "not_found"}, 404)
    if payload:
        check = signing.check(payload, registration_no)
        signature = "valid" if check.genuine else "unknown_key" if not check.known_key else "forged"
    else:
        signature = "unchecked"
    if signature == "forged":  # an altered or foreign QR: say so, and show nothing of the real card
        return _page(request, context | {"outcome": "forged"})
    return _page(request, context | {
        "outcome": "card", "signature": signature, "status": cards.effective_status(card),
        "name": mask_name(card.registration.name), "valid_until": card.valid_until, "decided_at": card.decided_at,
    })  # fmt: skip
