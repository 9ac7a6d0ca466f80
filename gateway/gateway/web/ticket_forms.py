"""The officer's form on a ticket: who handles it, the answer, an appointment, the status."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gateway.api.models import Ticket
from gateway.web.navigation import ADMIN, PETUGAS
from gateway.web.ticket_rules import problems

STATUS_LABEL = {Ticket.BARU: _("baru"), Ticket.DIPROSES: _("diproses"), Ticket.DIJADWALKAN: _("dijadwalkan"),
                Ticket.SELESAI: _("selesai")}  # fmt: skip
TOPIC_LABEL = {"phk": _("PHK"), "upah": _("Upah"), "pesangon": _("Pesangon"), "bpjs": _("BPJS"),
               "kontrak": _("Kontrak kerja"), "lowongan": _("Lowongan"), "ak1": _("Kartu AK/1"),
               "lainnya": _("Lainnya")}  # fmt: skip
KIND_LABEL = {"konsultasi": _("Konsultasi"), "pengaduan": _("Pengaduan")}


def staff() -> Any:
    return User.objects.filter(Q(is_superuser=True) | Q(groups__name__in=(ADMIN, PETUGAS)), is_active=True).distinct()


class TicketForm(forms.Form):
    assigned_to = forms.ModelChoiceField(label=_("Petugas"), queryset=User.objects.none(), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=list(STATUS_LABEL.items()))
    appointment_at = forms.DateTimeField(
        label=_("Jadwal temu"), required=False, input_formats=["%Y-%m-%dT%H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )  # fmt: skip
    answer = forms.CharField(label=_("Jawaban"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 5}))  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = staff().order_by("username")  # type: ignore[attr-defined]
        self.fields["assigned_to"].label_from_instance = lambda u: u.get_full_name() or u.username  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        lacking = problems(data.get("status", ""), data.get("answer") or "", data.get("appointment_at"))
        if "appointment_at" in lacking:
            self.add_error("appointment_at", _("Tiket yang dijadwalkan perlu jadwal temu."))
        if "answer" in lacking:
            self.add_error("answer", _("Tiket yang selesai perlu jawaban."))
        return data
