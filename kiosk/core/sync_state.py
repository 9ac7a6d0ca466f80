"""What the status bar's sync indicator shows: plain data, read by sync, drawn by a widget."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncIndicator:
    online: bool | None  # None: not known yet
    pending: int
    failed: int = 0
