"""The picker's search and the code look-ups of kiosk.core.occupations."""

from __future__ import annotations

import pytest

from kiosk.core.occupations import chain, find, is_valid, normalise, search, shared_level, subgroup


def codes(query: str, limit: int = 20) -> list[str]:
    return [hit.code for hit in search(query, limit)]


def test_words_in_any_order_without_case_or_accents():
    expected = codes("petugas keamanan")[0]
    assert expected == "5414.01"
    assert codes("keamanan petugas")[0] == expected
    assert codes("PETUGAS Keamanan")[0] == expected
    assert codes("pétugas kéamanan")[0] == expected


def test_prefixes_of_each_word_are_enough():
    assert codes("petug keam")[0] == "5414.01"
    assert "5414.01" in codes("pet kea")


def test_every_typed_word_must_match():
    assert all("KEAMANAN" in hit.name and "PETUGAS" in hit.name for hit in search("petugas keamanan"))
    assert codes("petugas keamanan xyzzy") == []


def test_everyday_words_find_the_official_name():
    hit = search("satpam")[0]
    assert (hit.code, hit.name) == ("5414.01", "PETUGAS KEAMANAN")
    assert {"8322.01", "8331.01", "8332.01"} <= set(codes("sopir"))


def test_a_hit_carries_its_subgolongan():
    hit = search("petugas keamanan")[0]
    assert (hit.level, hit.subgroup_code, hit.subgroup_name) == ("jabatan", "5414", "PENJAGA KEAMANAN")
    group = next(h for h in search("penjaga keamanan") if h.code == "5414")
    assert (group.level, group.subgroup_code) == ("subgolongan", "5414")


def test_nothing_typed_or_nothing_fitting_gives_an_empty_list():
    assert search("") == []
    assert search("  -/ ") == []
    assert search("qwertyuiop") == []


def test_the_limit_is_kept():
    assert len(search("operator", limit=20)) == 20
    assert len(search("operator", limit=3)) == 3
    assert search("operator", limit=0) == []


def test_ranking_names_beginning_with_the_word_and_specific_entries_first():
    found = codes("kasir")
    assert found[0] == "5230.01"  # KASIR TOKO
    assert found.index("5222.01") < found.index("5230.99")  # a "... LAINNYA" entry is the last resort
    assert codes("perawat")[0] == "2221.05"  # the name that is exactly the word


def test_words_inside_other_words_come_after_word_starts():
    found = codes("tangga", limit=50)
    inside = found.index("5151")  # PENGAWAS ... KERUMAHTANGGAAN ...
    assert all(found.index(c) < inside for c in ("9111.01", "5152.01"))  # ... RUMAH TANGGA


def test_a_subgolongan_named_like_its_only_jabatan_is_offered_once():
    assert codes("juru masak").count("5120.00") == 1
    assert "5120" not in codes("juru masak")


def test_digits_search_the_codes():
    assert codes("5414")[:2] == ["5414", "5414.01"]
    assert all(code.startswith("5414.0") for code in codes("5414.0"))


def test_normalise_strips_accents_and_punctuation():
    assert normalise("Pâtissier/KOKI (Umum)") == ["patissier", "koki", "umum"]


@pytest.mark.parametrize("code", ["5414.01", "5414", "0111.01", "5120.00", "9629.99"])
def test_valid_codes(code):
    assert is_valid(code)


@pytest.mark.parametrize(
    "code",
    ["5", "54", "541", "5412", "5412.01", "5414.1", "5414.001", " 5414.01", "5414.01 ", "5414-01", "9999.99", ""],
)
def test_invalid_codes(code):
    assert not is_valid(code)


def test_chain_goes_up_to_the_golongan_pokok():
    assert [(o.code, o.level) for o in chain("5414.01")] == [
        ("5414.01", "jabatan"),
        ("5414", "subgolongan"),
        ("541", "golongan"),
        ("54", "subgolongan_pokok"),
        ("5", "golongan_pokok"),
    ]
    assert chain("5412") == []
    assert subgroup("5414.01") == find("5414")
    assert subgroup("541") is None


@pytest.mark.parametrize(
    ("code", "other", "level"),
    [
        ("5414.01", "5414.01", "jabatan"),
        ("5414.01", "5414.04", "subgolongan"),
        ("5414.01", "5414", "subgolongan"),
        ("5414", "5414", "subgolongan"),
        ("5414.01", "5419.02", "golongan"),
        ("5414.01", "5411", "golongan"),
        ("5414.01", "5241.01", None),
        ("5414.01", "", None),
        ("541", "541", None),
    ],
)
def test_shared_level_of_two_codes(code, other, level):
    assert shared_level(code, other) == level
    assert shared_level(other, code) == level
