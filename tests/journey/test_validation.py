from datetime import date

import pytest

from kiosk.core.validation import (
    FieldError,
    check_year,
    check_year_range,
    clean_email,
    clean_name,
    clean_postal_code,
    clean_rt_rw,
    clean_text,
    normalise_phone,
)

BIRTH = date(1998, 4, 1)
TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("081234567890", "+6281234567890"),
        ("0812-3456-7890", "+6281234567890"),
        ("0812 3456 789", "+628123456789"),
        ("6281234567890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("(0812) 3456.7890", "+6281234567890"),
    ],
)
def test_phone_is_normalised_to_plus62(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "wajib diisi"),
        ("0241234567", "bukan nomor telepon rumah"),
        ("12345678", "harus diawali 08"),
        ("0812abc4567", "hanya boleh berisi angka"),
        ("0812345", "Panjang nomor HP"),
        ("08123456789012345", "Panjang nomor HP"),
        ("+1 415 555 0100", "harus diawali"),
    ],
)
def test_bad_phones_say_what_to_fix(typed, says):
    with pytest.raises(FieldError, match=says):
        normalise_phone(typed)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("", None),
        ("  ", None),
        ("Siti.N@Gmail.com", "siti.n@gmail.com"),
        ("a+b@mail.co.id", "a+b@mail.co.id"),
    ],
)
def test_email_optional_and_lowercased(typed, stored):
    assert clean_email(typed) == stored


@pytest.mark.parametrize("typed", ["siti", "siti@", "siti@gmail", "si ti@gmail.com", "a..b@gmail.com", "@x.id"])
def test_bad_email_refused(typed):
    with pytest.raises(FieldError, match="email tidak valid"):
        clean_email(typed)


@pytest.mark.parametrize(
    "name",
    [
        "Ma'ruf Amin",
        "Moh. Hatta",
        "Siti Nur’aini",
        "Anak Agung Gde Agung",
        "Nguyễn Thị Minh",
        "Ni Luh Putu-Ayu",
    ],
)
def test_names_with_apostrophes_and_non_latin_letters_pass(name):
    assert clean_name(name) == name


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "wajib diisi"),
        ("A" * 2000, "terlalu panjang"),
        ("Budi 😀", "emoji"),
        ("Robert'); DROP TABLE registrations;--", "hanya boleh berisi huruf"),
        ("Agus 17", "hanya boleh berisi huruf"),
    ],
)
def test_bad_names_say_why(typed, says):
    with pytest.raises(FieldError, match=says):
        clean_name(typed)


def test_sql_looking_free_text_is_kept_literally():
    text = '\'; DROP TABLE registrations; -- "x"'
    assert clean_text(text, label="Keterampilan") == text


def test_text_is_whitespace_folded_and_limited():
    assert clean_text("  las   listrik \n", label="Keterampilan") == "las listrik"
    with pytest.raises(FieldError, match="paling banyak 120"):
        clean_text("x" * 2000, label="Alamat")
    assert clean_text("", label="Email", required=False) == ""


@pytest.mark.parametrize("year", ["2020", 2026, "1998"])
def test_years_inside_life_pass(year):
    assert check_year(year, label="Tahun lulus", birth_date=BIRTH, today=TODAY) == int(year)


@pytest.mark.parametrize(
    ("year", "says"),
    [
        ("2027", "lebih dari tahun ini"),
        ("1997", "sebelum tahun lahir"),
        ("20", "4 angka"),
        ("abcd", "4 angka"),
    ],
)
def test_years_outside_life_refused(year, says):
    with pytest.raises(FieldError, match=says):
        check_year(year, label="Tahun lulus", birth_date=BIRTH, today=TODAY)


def test_year_range_and_address_parts():
    check_year_range(2019, 2021, label="Pengalaman")
    check_year_range(2019, None, label="Pengalaman")
    with pytest.raises(FieldError, match="sebelum tahun mulai"):
        check_year_range(2021, 2019, label="Pengalaman")
    assert clean_rt_rw("3", label="RT") == "003"
    assert clean_postal_code("50132") == "50132"
    with pytest.raises(FieldError):
        clean_postal_code("5013")
    with pytest.raises(FieldError):
        clean_rt_rw("3a", label="RW")
