"""Writing the audit log: one call per change, in the change's transaction."""

from __future__ import annotations

from typing import Any

from gateway.audit.models import AuditEntry


def record(user: Any, action: str, target: str, **detail: Any) -> AuditEntry:
    """``user``: a Django user, or None for the command line (then ``detail['by']`` says who)."""
    name = getattr(user, "username", None) or str(detail.pop("by", "cli"))
    return AuditEntry.objects.create(
        user=user if getattr(user, "pk", None) else None, username=name, action=action, target=target, detail=detail
    )
