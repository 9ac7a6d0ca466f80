"""The staff menu: each entry names the roles that see it; later issues add theirs here
(legalisation queue, tickets, events, IPK reports)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

ADMIN, PETUGAS, PENGANTAR_KERJA = "admin", "petugas", "pengantar_kerja"
ROLES = (ADMIN, PETUGAS, PENGANTAR_KERJA)


@dataclass(frozen=True)
class Entry:
    url_name: str
    label: Any
    roles: tuple[str, ...]


MENU = (
    Entry("web:fleet", _("Armada kios"), (ADMIN, PETUGAS)),
    Entry("web:queue", _("Legalisasi AK/1"), (ADMIN, PENGANTAR_KERJA)),
    Entry("web:vacancies", _("Lowongan"), (ADMIN, PETUGAS, PENGANTAR_KERJA)),
    Entry("web:tickets", _("Tiket"), (ADMIN, PETUGAS)),
    Entry("web:events", _("Acara"), (ADMIN, PETUGAS)),
    Entry("web:reports", _("Laporan IPK"), (ADMIN, PETUGAS, PENGANTAR_KERJA)),
    Entry("web:tokens", _("Token kios"), (ADMIN,)),
    Entry("web:audit", _("Log audit"), (ADMIN,)),
)


def roles_of(user: Any) -> set[str]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(user.groups.values_list("name", flat=True)) | ({ADMIN} if user.is_superuser else set())


def menu(request: HttpRequest) -> dict[str, Any]:
    roles = roles_of(request.user)
    return {"menu": [e for e in MENU if roles.intersection(e.roles)], "user_roles": roles}
