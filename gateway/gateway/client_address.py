"""The client's address behind nginx: the X-Forwarded-For entry written by the nearest trusted
proxy (``gateway.trusted_proxy_hops`` of them), never one the client put there itself. For the
per-address rate limits of the public pages (the verification page of a later issue)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest, hops: int | None = None) -> str:
    hops = settings.GATEWAY["trusted_proxy_hops"] if hops is None else hops
    remote = request.META.get("REMOTE_ADDR", "")
    if hops == 0:
        return remote
    chain = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    # each trusted proxy appended the address it saw; entries left of those are the client's claims
    return chain[-hops] if len(chain) >= hops else remote
