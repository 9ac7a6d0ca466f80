"""Step: phone, e-mail and the domicile address."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QWidget

from kiosk.core.validation import clean_email, clean_postal_code, clean_rt_rw, clean_text, normalise_phone
from kiosk.screens.form_step import Check, FormStep
from kiosk.services.draft import RegistrationDraft
from kiosk.widgets.form import Field, row
from kiosk.widgets.keypad import Layout
from kiosk.widgets.named import named


def _reader(clean: Callable[..., str], field: Field, label: str) -> Callable[[], str]:
    """``clean(field's text now, label=label)``: re-run when the text is corrected."""
    return lambda: clean(field.text(), label=label)


class ContactStep(FormStep):
    name = "step_contact"

    def __init__(self, draft: RegistrationDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.phone = Field(max_length=20, numeric=True)
        self.email = Field(max_length=254, keys=Layout.EMAIL)
        self.same_as_ktp = named(QCheckBox(), "sameAsKtp")
        self.same_as_ktp.toggled.connect(self._toggle_address)
        self.street = Field(max_length=120)
        self.rt = Field(max_length=3, numeric=True)
        self.rw = Field(max_length=3, numeric=True)
        self.kelurahan = Field(max_length=60)
        self.kecamatan = Field(max_length=60)
        self.city = Field(max_length=60)
        self.province = Field(max_length=60)
        self.postal_code = Field(max_length=5, numeric=True)
        self.form.addLayout(row(self.phone, self.email))
        self.form.addWidget(self.same_as_ktp)
        self.form.addWidget(self.street)
        self.form.addLayout(row(self.rt, self.rw, self.postal_code))
        self.form.addLayout(row(self.kelurahan, self.kecamatan))
        self.form.addLayout(row(self.city, self.province))
        self.form.addStretch(1)
        self._address_fields = {
            "street": self.street,
            "rt": self.rt,
            "rw": self.rw,
            "kelurahan": self.kelurahan,
            "kecamatan": self.kecamatan,
            "city": self.city,
            "province": self.province,
            "postal_code": self.postal_code,
        }

    def step_title(self) -> str:
        return self.tr("Kontak dan Alamat")

    def help_text(self) -> str:
        return self.tr(
            "Isi nomor HP yang aktif agar perusahaan dapat menghubungi Anda; email boleh dikosongkan. Bila "
            "alamat tinggal berbeda dengan e-KTP, hilangkan centang lalu isi alamatnya. Sentuh Lanjut bila "
            "sudah."
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.phone.label.setText(self.tr("Nomor HP (WhatsApp)"))
        self.phone.editor.setPlaceholderText("0812 3456 7890")
        self.email.label.setText(self.tr("Email (boleh dikosongkan)"))
        self.same_as_ktp.setText(self.tr("Alamat tinggal sama dengan alamat di e-KTP"))
        self.street.label.setText(self.tr("Alamat (jalan, nomor rumah)"))
        self.rt.label.setText(self.tr("RT"))
        self.rw.label.setText(self.tr("RW"))
        self.postal_code.label.setText(self.tr("Kode pos"))
        self.kelurahan.label.setText(self.tr("Kelurahan/Desa"))
        self.kecamatan.label.setText(self.tr("Kecamatan"))
        self.city.label.setText(self.tr("Kota/Kabupaten"))
        self.province.label.setText(self.tr("Provinsi"))

    def load(self) -> None:
        d = self.draft
        self.phone.set_text(d.phone)
        self.email.set_text(d.email or "")
        for part, field in self._address_fields.items():
            field.set_text(d.address.get(part, ""))
        # the card's address is prefilled; the seeker may say they live elsewhere
        self.same_as_ktp.setVisible(d.locked_identity)
        self.same_as_ktp.setChecked(d.locked_identity)
        self._toggle_address(d.locked_identity)

    def _toggle_address(self, same: bool) -> None:
        for field in self._address_fields.values():
            field.set_locked(same and self.draft.locked_identity)

    def collect(self, check: Check) -> None:
        d = self.draft
        phone = check(self.phone, lambda: normalise_phone(self.phone.text()))
        email = check(self.email, lambda: clean_email(self.email.text()))
        labels = {
            "street": self.tr("Alamat"),
            "kelurahan": self.tr("Kelurahan/Desa"),
            "kecamatan": self.tr("Kecamatan"),
            "city": self.tr("Kota/Kabupaten"),
            "province": self.tr("Provinsi"),
        }
        address = dict(d.address)
        for part, label in labels.items():
            field = self._address_fields[part]
            value = check(field, _reader(clean_text, field, label))
            if value is not None:
                address[part] = value
        for part, label in (("rt", "RT"), ("rw", "RW")):
            field = self._address_fields[part]
            value = check(field, _reader(clean_rt_rw, field, label))
            if value is not None:
                address[part] = value
        postal = check(self.postal_code, lambda: clean_postal_code(self.postal_code.text()))
        if postal is not None:
            address["postal_code"] = postal
        d.address = address
        if phone is not None:
            d.phone = phone
        if email is not None or not self.email.text().strip():
            d.email = email
