"""kiosk.core.spoken against hand-written expected words."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.spoken import (
    date_words,
    digits_grouped,
    money_words,
    nik_words,
    number_words,
    phone_groups,
    phone_words,
)

# written out by hand, not generated: each one is how a Semarang officer says it
INDONESIAN = {
    0: "nol",
    1: "satu",
    7: "tujuh",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    19: "sembilan belas",
    20: "dua puluh",
    21: "dua puluh satu",
    99: "sembilan puluh sembilan",
    100: "seratus",
    101: "seratus satu",
    110: "seratus sepuluh",
    111: "seratus sebelas",
    115: "seratus lima belas",
    200: "dua ratus",
    999: "sembilan ratus sembilan puluh sembilan",
    1000: "seribu",
    1001: "seribu satu",
    1100: "seribu seratus",
    1111: "seribu seratus sebelas",
    2000: "dua ribu",
    10_000: "sepuluh ribu",
    11_000: "sebelas ribu",
    12_500: "dua belas ribu lima ratus",
    100_000: "seratus ribu",
    101_000: "seratus satu ribu",
    250_000: "dua ratus lima puluh ribu",
    1_000_000: "satu juta",
    1_001_000: "satu juta seribu",
    1_000_001: "satu juta satu",
    3_500_000: "tiga juta lima ratus ribu",
    11_000_000: "sebelas juta",
    100_000_000: "seratus juta",
    1_000_000_000: "satu miliar",
    2_750_000_000: "dua miliar tujuh ratus lima puluh juta",
    1_000_000_000_000: "satu triliun",
    999_999_999_999_999: (
        "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar "
        "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu "
        "sembilan ratus sembilan puluh sembilan"
    ),
}

ENGLISH = {
    0: "zero",
    1: "one",
    10: "ten",
    11: "eleven",
    12: "twelve",
    19: "nineteen",
    20: "twenty",
    21: "twenty-one",
    100: "one hundred",
    101: "one hundred one",
    110: "one hundred ten",
    111: "one hundred eleven",
    1000: "one thousand",
    1001: "one thousand one",
    1100: "one thousand one hundred",
    2000: "two thousand",
    10_000: "ten thousand",
    11_000: "eleven thousand",
    100_000: "one hundred thousand",
    1_000_000: "one million",
    3_500_000: "three million five hundred thousand",
    1_000_000_000: "one billion",
    1_000_000_000_000: "one trillion",
}


@pytest.mark.parametrize(("n", "words"), INDONESIAN.items())
def test_indonesian_numbers(n, words):
    assert number_words(n, "id") == words


@pytest.mark.parametrize(("n", "words"), ENGLISH.items())
def test_english_numbers(n, words):
    assert number_words(n, "en") == words


def test_money():
    assert money_words(3_500_000, "id") == "tiga juta lima ratus ribu rupiah"
    assert money_words(3_500_000, "en") == "three million five hundred thousand rupiah"
    assert money_words(1000, "id") == "seribu rupiah"
    assert money_words(0, "id") == "nol rupiah"
    assert money_words(125_750_000, "id") == "seratus dua puluh lima juta tujuh ratus lima puluh ribu rupiah"


@pytest.mark.parametrize("bad", [-1, -3_500_000, 10**15])
def test_out_of_range_is_an_error(bad):
    with pytest.raises(ValueError):
        number_words(bad, "id")
    with pytest.raises(ValueError):
        money_words(bad, "en")


@pytest.mark.parametrize("bad", [1.5, "100", True])
def test_only_integers(bad):
    with pytest.raises(TypeError):
        number_words(bad, "id")


def test_unknown_language():
    with pytest.raises(ValueError):
        number_words(5, "jv")
    with pytest.raises(ValueError):
        date_words(date(2026, 1, 1), "fr")


def test_se_only_where_indonesians_say_it():
    # "se-" before belas/puluh/ratus/ribu, never before juta/miliar/triliun; "satu ribu" only inside
    # a larger count of thousands (21_000 "dua puluh satu ribu", 101_000 "seratus satu ribu")
    for n in [*range(0, 3_000_000, 997), 21_000, 101_000, 1_001_000, 2_001_001]:
        words = number_words(n, "id").split()
        for i, word in enumerate(words):
            if word == "satu" and i + 1 < len(words) and words[i + 1] in {"ratus", "puluh", "belas"}:
                pytest.fail(f"{n}: {' '.join(words)}")
            if word == "satu" and i + 1 < len(words) and words[i + 1] == "ribu":
                assert i > 0 and words[i - 1] in {"puluh", "ratus", "seratus"}, n
        assert "sejuta" not in words
    assert number_words(21_000, "id") == "dua puluh satu ribu"
    assert number_words(2_001_001, "id") == "dua juta seribu satu"


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_every_word_is_known(n):
    vocabulary = {
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu", "juta", "miliar", "triliun",
    }  # fmt: skip
    words = number_words(n, "id").split()
    assert set(words) <= vocabulary
    assert "  " not in number_words(n, "en")


def test_nik_in_fours_digit_by_digit():
    assert nik_words("3374110107900001", "id") == (
        "tiga tiga tujuh empat, satu satu nol satu, nol tujuh sembilan nol, nol nol nol satu"
    )
    assert nik_words("3374 1101 0790 0001", "en") == (
        "three three seven four, one one zero one, zero seven nine zero, zero zero zero one"
    )


def test_phone_in_groups():
    assert phone_words("081234567890", "id") == (
        "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol"
    )
    assert phone_words("0812-3456-789", "id") == "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan"
    assert phone_words("+62 812 3456 7890", "en") == (
        "plus six two eight one, two three four, five six seven, eight nine zero"
    )
    assert phone_groups(10) == (4, 3, 3)
    assert phone_groups(11) == (4, 4, 3)
    assert phone_groups(12) == (4, 4, 4)
    assert phone_groups(13) == (4, 3, 3, 3)


def test_digits_grouped():
    assert digits_grouped("3374211126010042", (4, 6, 6)) == (
        "tiga tiga tujuh empat, dua satu satu satu dua enam, nol satu nol nol empat dua"
    )
    with pytest.raises(ValueError):
        digits_grouped("12345", (4, 4))
    with pytest.raises(ValueError):
        digits_grouped("12a45", (5,))
    with pytest.raises(ValueError):
        digits_grouped("", ())
    with pytest.raises(ValueError):
        digits_grouped("١٢", (2,))  # Arabic-Indic digits are digits to Python, not to us


def test_dates():
    assert date_words(date(2026, 12, 1), "id") == "1 Desember 2026"
    assert date_words(date(2026, 12, 1), "en") == "1 December 2026"
    assert date_words(date(2027, 2, 28), "id") == "28 Februari 2027"
    assert date_words(date(2026, 8, 17), "en") == "17 August 2026"
