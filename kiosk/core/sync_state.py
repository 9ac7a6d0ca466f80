"""What the small sync indicator shows: produced by the sync layer, drawn by a widget."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncIndicator:
    online: bool | None  # None: not known yet
    pending: int
    failed: int = 0
