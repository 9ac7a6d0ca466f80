"""The vacancy form officers fill in; skills are typed comma-separated."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from gateway.api.models import Vacancy
from gateway.api.validation import EDUCATION_LEVELS


class VacancyForm(forms.ModelForm):
    skills_text = forms.CharField(label=_("Keahlian (pisahkan dengan koma)"), required=False, max_length=1000)
    education_min = forms.ChoiceField(
        label=_("Pendidikan minimal"), required=False, choices=[("", "-")] + [(x, x) for x in EDUCATION_LEVELS]
    )

    class Meta:
        model = Vacancy
        fields = ["title", "company", "location", "sector", "education_min", "wage_min", "wage_max", "closes_on",
                  "description"]  # fmt: skip
        labels = {
            "title": _("Jabatan"),
            "company": _("Perusahaan"),
            "location": _("Lokasi"),
            "sector": _("Sektor"),
            "wage_min": _("Upah minimal (Rp)"),
            "wage_max": _("Upah maksimal (Rp)"),
            "closes_on": _("Ditutup tanggal"),
            "description": _("Keterangan"),
        }
        widgets = {
            "closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["skills_text"].initial = ", ".join(self.instance.skills)
        self.order_fields([*self.Meta.fields[:-1], "skills_text", "description"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        low, high = data.get("wage_min"), data.get("wage_max")
        if low is not None and high is not None and high < low:
            self.add_error("wage_max", _("Upah maksimal lebih kecil dari upah minimal."))
        return data

    def fields_for_feed(self) -> dict[str, Any]:
        data = self.cleaned_data
        values = {name: data[name] for name in self.Meta.fields}
        values["education_min"] = data["education_min"] or None
        values["skills"] = [s.strip() for s in data["skills_text"].split(",") if s.strip()][:50]
        return values
