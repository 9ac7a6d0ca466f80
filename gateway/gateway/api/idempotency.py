"""Exactly once: a record is stored in the same transaction as its Idempotency-Key row, and the
key's unique constraint decides between two requests that arrive at the same moment.

The loser of that race (PostgreSQL makes it wait for the winner's commit; SQLite's write lock
does the same) gets an IntegrityError, rolls back, and compares its body's hash with the
stored one: the same body is a duplicate (200, the first answer again), another body 409.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from django.db import IntegrityError, transaction

from gateway.api.models import IdempotencyKey, Kiosk


def body_hash(body: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON: key order and spacing do not make another body."""
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def store_once(
    key: str, endpoint: str, kiosk: Kiosk, body: dict[str, Any], save: Callable[[], dict[str, Any]]
) -> tuple[int, dict[str, Any]]:
    """Run ``save`` (which writes the record and returns the 201 body) at most once per key."""
    digest = body_hash(body)
    try:
        with transaction.atomic():
            row = IdempotencyKey.objects.create(key=key, endpoint=endpoint, kiosk=kiosk, body_hash=digest, response={})
            answer = save()
            row.response = answer
            row.save(update_fields=["response"])
        return 201, answer
    except IntegrityError:
        stored = IdempotencyKey.objects.filter(key=key).first()
        if stored is None:  # the integrity error was not the key's: let it be a 500, not a silent loss
            raise
    if stored.body_hash != digest or stored.endpoint != endpoint:
        return 409, {"error": "Idempotency-Key sudah dipakai untuk data yang berbeda"}
    return 200, {**stored.response, "duplicate": True}
