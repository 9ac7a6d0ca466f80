"""Kiosk tokens: 256 random bits, shown once, stored as SHA-256.

Why a plain fast hash and not argon2: argon2 slows down guessing of low-entropy secrets that
people choose. A kiosk token is 32 random bytes from the OS; no one can guess it or run a
dictionary against its hash, so a slow hash would add nothing but ~50 ms of CPU to every
request of every kiosk. SHA-256 also lets the lookup be one indexed equality query.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from gateway.api.models import Kiosk, KioskToken
from gateway.audit import log as audit


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue(kiosk_id: str, by: object = None) -> tuple[str, KioskToken]:
    """A new token for the kiosk (created when new); returns the token, to be shown once."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        kiosk, _ = Kiosk.objects.get_or_create(kiosk_id=kiosk_id)
        row = KioskToken.objects.create(kiosk=kiosk, token_hash=digest(token), created_by=_name(by))
        audit.record(by if getattr(by, "pk", None) else None, "token.issue", kiosk_id, token_id=row.pk, by=_name(by))
    return token, row


def revoke(token_id: int, by: object = None) -> KioskToken:
    with transaction.atomic():
        row = KioskToken.objects.select_related("kiosk").select_for_update().get(pk=token_id)
        if row.revoked_at is None:
            row.revoked_at = timezone.now()
            row.save(update_fields=["revoked_at"])
            audit.record(by if getattr(by, "pk", None) else None, "token.revoke", row.kiosk.kiosk_id,
                         token_id=row.pk, by=_name(by))  # fmt: skip
    return row


USE_NOTED_EVERY = timedelta(minutes=5)


def kiosk_for(token: str) -> Kiosk | None:
    """The kiosk a valid, unrevoked token belongs to; notes the token's use (at most every few
    minutes, so that a busy kiosk does not turn every request into a second write)."""
    row = (
        KioskToken.objects.select_related("kiosk")
        .filter(token_hash=digest(token), revoked_at__isnull=True)
        .first()
    )
    if row is None:
        return None
    now = timezone.now()
    if row.last_used_at is None or now - row.last_used_at > USE_NOTED_EVERY:
        KioskToken.objects.filter(pk=row.pk).update(last_used_at=now)
    return row.kiosk


def _name(by: object) -> str:
    return getattr(by, "username", None) or (by if isinstance(by, str) else "cli")
