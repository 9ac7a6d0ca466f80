"""Vacancy matching with the KBJI 2026 code: the same subgolongan or golongan as the work sought
scores higher than a title that only shares a word with it."""

from __future__ import annotations

from kiosk.core.matching import Reason, Why, match, vacancy_code

SEEKER = {
    "education_level": "smk",
    "education": [{"level": "SMK"}],
    "skills": [],
    "occupation_code": "8153.99",  # OPERATOR MESIN JAHIT LAINNYA
    "preferences": {"positions": ["OPERATOR MESIN JAHIT LAINNYA"], "locations": [], "min_wage": 0},
}


def vacancy(title: str, **more) -> dict:
    return {"title": title, "location": "Kota Semarang", "education_min": "SMA", "skills": [], **more}


def test_same_subgolongan_then_same_golongan_then_words_alone_then_nothing():
    same_subgroup = match(SEEKER, vacancy("Operator Mesin Obras"))  # 8153.01
    same_group = match(SEEKER, vacancy("x", occupation_code="8152.01"))  # golongan 815, the server's code
    words_only = match(SEEKER, vacancy("Operator Forklift Gudang"))  # "operator", another golongan
    unrelated = match(SEEKER, vacancy("Kasir Toko"))
    assert vacancy_code("Operator Mesin Obras") == "8153.01"
    scores = [m.score for m in (same_subgroup, same_group, words_only, unrelated)]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 4, scores
    assert Reason(Why.POSITION_WANTED) in words_only.reasons
    assert Reason(Why.POSITION_WANTED) not in unrelated.reasons


def test_a_title_with_words_kbji_lacks_still_finds_its_jabatan():
    assert vacancy_code("Operator Mesin Jahit (Garmen) Shift Pagi") == "8153"
    assert vacancy_code("Satpam") == "5414.01"
    assert vacancy_code("Pawang Hujan") is None


def test_a_seeker_without_a_code_is_matched_on_words_as_before():
    plain = {k: v for k, v in SEEKER.items() if k != "occupation_code"}
    assert match(plain, vacancy("Operator Mesin Obras")).score == match(plain, vacancy("Operator Forklift")).score


def test_the_education_level_counts_when_there_is_no_school_row():
    seeker = {"education_level": "d3", "education": []}
    assert match(seeker, vacancy("Kasir", education_min="D3")).education_ok
    assert not match({"education_level": "belum_tamat_sd", "education": []}, vacancy("Kasir")).education_ok
