"""Per-kiosk rate limit: a fixed one-minute window counted in the database.

In the database rather than Django's cache because the count must be shared by every gunicorn
worker (and every host behind a load balancer): LocMemCache is per process, the office runs no
Redis or memcached, and DatabaseCache's incr() is a read and a write, not atomic. One upsert
with RETURNING is atomic in PostgreSQL and SQLite alike and costs one small write per request.
"""

from __future__ import annotations

import time

from django.db import connection, transaction

WINDOW_S = 60

UPSERT = (
    "INSERT INTO api_ratewindow (kiosk_id, minute, count) VALUES (%s, %s, 1) "
    "ON CONFLICT (kiosk_id, minute) DO UPDATE SET count = api_ratewindow.count + 1 RETURNING count"
)


def hit(kiosk_id: str, limit: int, now: float | None = None, sweep: str | None = None) -> int | None:
    """Count one request; None when allowed, else the seconds to wait (for Retry-After).
    ``sweep``: a key prefix whose old windows go on every key's first request of a window, for
    keys that may never come back (the public page's client addresses), so the table stays small."""
    now = time.time() if now is None else now
    window = int(now // WINDOW_S)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(UPSERT, [kiosk_id, window])
        count = cursor.fetchone()[0]
        if count == 1:  # the first request of a window clears the old ones
            if sweep:
                cursor.execute("DELETE FROM api_ratewindow WHERE kiosk_id LIKE %s AND minute < %s",
                               [sweep + "%", window - 1])  # fmt: skip
            else:
                cursor.execute("DELETE FROM api_ratewindow WHERE kiosk_id = %s AND minute < %s", [kiosk_id, window - 1])
    if count <= limit:
        return None
    return max(1, int((window + 1) * WINDOW_S - now) + 1)
