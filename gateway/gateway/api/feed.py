"""Change feeds behind GET /vacancies and GET /events: every change to a row takes the next
number of its feed, and a kiosk's cursor is the last number it has seen, with the feed's epoch,
so that a reset feed refuses old cursors with 400 and the kiosk pulls everything again.

Numbers are given out under a row lock on the feed and committed with the change, so they
become visible in order: a kiosk can never skip a change that commits late.
"""

from __future__ import annotations

import base64
import binascii
import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.db import models, transaction

DEFAULT_LIMIT, MAX_LIMIT = 200, 500


class CursorError(ValueError):
    pass


def _feed(feed_model: type[models.Model]) -> Any:
    feed = feed_model.objects.select_for_update().filter(pk=1).first()  # type: ignore[attr-defined]
    return feed or feed_model.objects.create(pk=1)  # type: ignore[attr-defined]


def next_seq(feed_model: type[models.Model]) -> int:
    """The next change number (call inside the change's transaction: the feed row stays locked)."""
    feed = _feed(feed_model)
    feed.last_seq += 1
    feed.save(update_fields=["last_seq"])
    return int(feed.last_seq)


def reset(feed_model: type[models.Model]) -> None:
    """The feed starts a new epoch: every kiosk pulls everything again at its next pull."""
    with transaction.atomic():
        feed = _feed(feed_model)
        feed.epoch += 1
        feed.save(update_fields=["epoch"])


def _encode(epoch: int, seq: int) -> str:
    return base64.urlsafe_b64encode(struct.pack(">IQ", epoch, seq)).rstrip(b"=").decode()


def _decode(cursor: str) -> tuple[int, int]:
    try:
        epoch, seq = struct.unpack(">IQ", base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        return int(epoch), int(seq)
    except (binascii.Error, ValueError, struct.error):
        raise CursorError("cursor tidak dikenal") from None


def page(
    feed_model: type[models.Model],
    rows: models.QuerySet[Any],
    *,
    cursor: str | None,
    limit: int,
    live: Callable[[Any], bool],
    key: Callable[[Any], str],
    item: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    """One page of changes after ``cursor``: ``live`` rows as items, the others' ``key`` as deleted."""
    feed = feed_model.objects.filter(pk=1).first()  # type: ignore[attr-defined]
    epoch = feed.epoch if feed else 1
    after = 0
    if cursor:
        cursor_epoch, after = _decode(cursor)
        if cursor_epoch != epoch:
            raise CursorError("cursor kedaluwarsa; tarik ulang tanpa cursor")
    changed = list(rows.filter(change_seq__gt=after).order_by("change_seq")[: limit + 1])
    more, changed = len(changed) > limit, changed[:limit]
    last = changed[-1].change_seq if changed else after
    return {
        "items": [item(r) for r in changed if live(r)],
        # rows closed or deleted leave the kiosks; a first pull (no cursor) has nothing to remove
        "deleted": [key(r) for r in changed if not live(r)] if cursor else [],
        "next_cursor": _encode(epoch, last),
        "has_more": more,
    }


def read_changes(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """A file of changes for a feed, in the contract's item shape: a list of items, or
    ``{"items": [...], "deleted": [...]}``. ValueError names the file when it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from None
    if isinstance(data, list):
        return data, []
    return data.get("items", []), data.get("deleted", [])
