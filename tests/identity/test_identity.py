import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.identity import IdentityError, from_middleware, manual

TODAY = date(2026, 11, 23)


def card(**changes) -> dict:
    payload = {
        "nik": "3374114108980003",
        "namaLengkap": "SITI NUR'AINI",
        "alamat": "JL. PEMUDA NO. 12",
        "nomorRt": "3",
        "nomorRw": "004",
        "namaKelurahan": "SEKAYU",
        "namaKecamatan": "SEMARANG TENGAH",
        "namaKabupaten": "KOTA SEMARANG",
        "namaProvinsi": "JAWA TENGAH",
        "jenisKelamin": "PEREMPUAN",
        "tempatLahir": "SEMARANG",
        "tanggalLahir": "01-08-1998",
        "agama": "ISLAM",
        "statusKawin": "BELUM KAWIN",
        "jenisPekerjaan": "PELAJAR/MAHASISWA",
        "berlakuHingga": "SEUMUR HIDUP",
        "golonganDarah": "O",
        "kewarganegaraan": "WNI",
    }
    payload.update(changes)
    return payload


def test_real_shaped_json_maps_to_the_identity():
    identity = from_middleware(card(), "04A1B2C3D4E5F6", today=TODAY)
    assert identity.nik == "3374114108980003"
    assert identity.name == "SITI NUR'AINI"
    assert (identity.birth_place, identity.birth_date, identity.sex) == ("SEMARANG", date(1998, 8, 1), "P")
    assert (identity.religion, identity.marital_status) == ("islam", "belum_kawin")
    assert identity.address["rt"] == "003" and identity.address["kelurahan"] == "SEKAYU"
    assert identity.source == "ektp" and identity.card_uid == "04A1B2C3D4E5F6"


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"tanggalLahir": "02-08-1998"}, "tidak cocok dengan NIK (tanggal lahir)"),
        ({"jenisKelamin": "LAKI-LAKI"}, "tidak cocok dengan NIK (jenis kelamin)"),
        ({"nik": "3374113102980003"}, "NIK dari kartu tidak sah"),
        ({"namaLengkap": ""}, "tidak lengkap"),
        ({"nik": None}, "tidak lengkap"),
        ({"tanggalLahir": "1 Agustus 1998"}, "Tanggal lahir dari kartu tidak terbaca"),
        ({"jenisKelamin": "X"}, "Jenis kelamin dari kartu tidak terbaca"),
        ({"alamat": {"nested": 1}}, "tidak terbaca dengan benar"),
    ],
)
def test_bad_card_data_is_reported_not_accepted(changes, says):
    with pytest.raises(IdentityError, match=re.escape(says)):
        from_middleware(card(**changes), today=TODAY)


def test_missing_optional_fields_and_other_formats():
    payload = card(tanggalLahir="1998-08-01", agama="KATHOLIK")
    for key in ("golonganDarah", "kewarganegaraan", "nomorRt", "statusKawin"):
        payload.pop(key)
    identity = from_middleware(payload, today=TODAY)
    assert identity.religion == "katolik" and identity.marital_status is None and identity.address["rt"] == ""


@pytest.mark.parametrize("payload", [None, [], "text", 42])
def test_not_an_object(payload):
    with pytest.raises(IdentityError):
        from_middleware(payload, today=TODAY)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(list(card())), st.one_of(st.text(max_size=30), st.integers(), st.none())))
def test_fuzzed_middleware_json_gives_identity_or_a_sentence(changes):
    try:
        identity = from_middleware(card(**changes), today=TODAY)
    except IdentityError as err:
        assert str(err)
    else:
        assert len(identity.nik) == 16


def test_manual_identity_takes_sex_and_region_from_the_nik():
    identity = manual("3374 1141 0898 0003", "Siti", "Semarang", date(1998, 8, 1), today=TODAY)
    assert identity.sex == "P" and identity.source == "manual"
    assert identity.address["city"] == "Kota Semarang"
    with pytest.raises(IdentityError, match="tidak sama"):
        manual("3374114108980003", "Siti", "Semarang", date(1998, 8, 2), today=TODAY)
