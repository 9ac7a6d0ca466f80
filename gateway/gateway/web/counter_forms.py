"""The officer's short forms for what happened at the counter and not at a kiosk: a registration
(or renewal) and a placement, so the month's IPK figures are complete."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gateway.api import occupations
from gateway.api.models import Registration
from gateway.web import ipk
from gateway.web.models import CounterPlacement, CounterRegistration

DAY = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def card_known(number: str) -> bool:
    return (Registration.objects.filter(registration_no=number).exists()
            or CounterRegistration.objects.filter(registration_no=number).exists())  # fmt: skip


def add_two_years(day: date) -> date:
    try:
        return day.replace(year=day.year + 2)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 2, day=28)


class CardNumber(forms.CharField):
    def clean(self, value: Any) -> str:
        text = re.sub(r"\s", "", super().clean(value) or "")
        if not re.fullmatch(r"\d{16}", text):
            raise forms.ValidationError(_("Nomor AK/1 terdiri dari 16 angka."))
        return text


class CounterRegistrationForm(forms.ModelForm):
    registration_no = CardNumber(label=_("Nomor AK/1"), max_length=24)
    kind = forms.ChoiceField(label=_("Jenis"), choices=[("new", _("Baru")), ("renewal", _("Perpanjangan"))])
    sex = forms.ChoiceField(label=_("Jenis kelamin"), choices=[("L", _("Laki-laki")), ("P", _("Perempuan"))])
    education_level = forms.ChoiceField(
        label=_("Pendidikan tertinggi"), required=False,
        choices=[("", _("Tidak diketahui"))] + [(c, ipk.EDUCATION_LABEL[c]) for c in ipk.EDUCATION_LEVEL_CODES],
    )  # fmt: skip
    occupation_code = forms.CharField(label=_("Kode jabatan KBJI 2026 (boleh kosong)"), required=False, max_length=7)

    class Meta:
        model = CounterRegistration
        fields = ["registration_no", "kind", "registered_on", "sex", "birth_date", "education_level",
                  "occupation_code", "kecamatan"]  # fmt: skip
        labels = {"registered_on": _("Tanggal daftar"), "birth_date": _("Tanggal lahir"),
                  "kecamatan": _("Kecamatan domisili")}  # fmt: skip
        widgets = {"registered_on": DAY, "birth_date": DAY}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["registered_on"].initial = timezone.localdate

    def clean_occupation_code(self) -> str | None:
        code = (self.cleaned_data.get("occupation_code") or "").strip()
        if code and not occupations.is_accepted(code):
            raise forms.ValidationError(_("Bukan kode jabatan (NNNN.NN) atau subgolongan (NNNN) KBJI 2026."))
        return code or None

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        number, kind, day = data.get("registration_no"), data.get("kind"), data.get("registered_on")
        if number and kind:
            known = card_known(number)
            if kind == "new" and known:
                self.add_error("registration_no", _("Nomor ini sudah terdaftar; pilih Perpanjangan."))
            if kind == "renewal" and not known:
                self.add_error("registration_no", _("Nomor ini belum pernah terdaftar; pilih Baru."))
        if day and day > timezone.localdate():
            self.add_error("registered_on", _("Tanggal tidak boleh di masa depan."))
        born = data.get("birth_date")
        if born and day and not 15 <= ipk_age(born, day) <= 100:
            self.add_error("birth_date", _("Umur saat mendaftar harus 15 tahun atau lebih."))
        return data

    def save(self, commit: bool = True) -> CounterRegistration:
        row = super().save(commit=False)
        row.valid_until = add_two_years(row.registered_on)
        if commit:
            row.save()
        return row


def ipk_age(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class CounterPlacementForm(forms.ModelForm):
    registration_no = CardNumber(label=_("Nomor AK/1"), max_length=24)
    placement = forms.ChoiceField(label=_("Penempatan"), choices=[(k, ipk.PLACEMENT_LABEL[k]) for k in ipk.PLACEMENTS])

    class Meta:
        model = CounterPlacement
        fields = ["registration_no", "placed_on", "placement", "employer", "position"]
        labels = {"placed_on": _("Tanggal ditempatkan"), "employer": _("Perusahaan"), "position": _("Jabatan")}
        widgets = {"placed_on": DAY}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["placed_on"].initial = timezone.localdate

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        number = data.get("registration_no")
        if number and not card_known(number):
            self.add_error("registration_no", _("Nomor AK/1 ini tidak dikenal gerbang (dari kios maupun loket)."))
        day = data.get("placed_on")
        if day and day > timezone.localdate():
            self.add_error("placed_on", _("Tanggal tidak boleh di masa depan."))
        return data


def recent() -> dict[str, Any]:
    return {
        "registrations": CounterRegistration.objects.order_by("-recorded_at")[:10],
        "placements": CounterPlacement.objects.filter(~Q(registration_no="")).order_by("-recorded_at")[:10],
    }
