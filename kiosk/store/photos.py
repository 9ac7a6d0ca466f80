"""The registration photos (JPEG bytes, one per registration)."""

from __future__ import annotations

import base64

from kiosk.store.db import Store


def photo_base64(store: Store, client_id: str) -> str | None:
    """The photo as the contract sends it (``photo_jpeg_base64``), or None when there is none."""
    row = store.one("SELECT jpeg FROM photos WHERE registration_client_id = ?", (client_id,))
    return base64.b64encode(row["jpeg"]).decode("ascii") if row else None
