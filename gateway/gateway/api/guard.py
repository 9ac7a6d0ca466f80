"""What every kiosk API request passes first: the token, the kiosk id, the rate limit."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt

from gateway.api import ratelimit, tokens
from gateway.api.responses import error

log = logging.getLogger(__name__)

View = Callable[..., HttpResponse]


def kiosk_api(*methods: str) -> Callable[[View], View]:
    """The view gets ``request.kiosk`` (a Kiosk) once the request passed the guard."""

    def wrap(view: View) -> View:
        @csrf_exempt
        @functools.wraps(view)
        def guarded(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
            if request.method not in methods:
                return error(405, "metode tidak diizinkan", Allow=", ".join(methods))
            scheme, _, token = request.headers.get("Authorization", "").partition(" ")
            kiosk = tokens.kiosk_for(token.strip()) if scheme.lower() == "bearer" and token.strip() else None
            if kiosk is None:
                log.warning("kiosk API: token refused (X-Kiosk-Id %s)", _short(request.headers.get("X-Kiosk-Id")))
                return error(401, "token tidak sah atau sudah dicabut")
            if request.headers.get("X-Kiosk-Id") != kiosk.kiosk_id:
                log.warning("kiosk API: token of %s used with X-Kiosk-Id %s", kiosk.kiosk_id,
                            _short(request.headers.get("X-Kiosk-Id")))  # fmt: skip
                return error(403, "token ini bukan milik kios " + _short(request.headers.get("X-Kiosk-Id")))
            wait = ratelimit.hit(kiosk.kiosk_id, settings.GATEWAY["rate_limit_per_minute"])
            if wait is not None:
                return error(429, "terlalu banyak permintaan", Retry_After=str(wait))
            request.kiosk = kiosk  # type: ignore[attr-defined]
            return view(request, *args, **kwargs)

        return guarded

    return wrap


def _short(value: str | None) -> str:
    """A header value fit for a log line: kiosk ids are short and printable."""
    return "".join(ch for ch in (value or "-")[:32] if ch.isprintable())
