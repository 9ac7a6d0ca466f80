"""The event form officers fill in (job fair, training, counselling)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from gateway.api.models import Event

KIND_LABEL = {"job_fair": _("Bursa kerja"), "training": _("Pelatihan"), "counselling": _("Bimbingan jabatan")}
REGISTRATION_LABEL = {"none": _("Tanpa pendaftaran"), "kiosk": _("Daftar di kios")}
WHEN = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class EventForm(forms.ModelForm):
    kind = forms.ChoiceField(label=_("Jenis"), choices=list(KIND_LABEL.items()))
    registration = forms.ChoiceField(label=_("Pendaftaran"), choices=list(REGISTRATION_LABEL.items()))
    quota = forms.IntegerField(label=_("Kuota"), min_value=0, max_value=100_000)

    class Meta:
        model = Event
        fields = ["kind", "title", "organiser", "place", "starts_at", "ends_at", "quota", "registration",
                  "description"]  # fmt: skip
        labels = {
            "title": _("Judul"),
            "organiser": _("Penyelenggara"),
            "place": _("Tempat"),
            "starts_at": _("Mulai"),
            "ends_at": _("Selesai"),
            "description": _("Keterangan"),
        }
        widgets = {"starts_at": WHEN, "ends_at": WHEN, "description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("Waktu selesai harus sesudah waktu mulai."))
        return data

    def fields_for_feed(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
