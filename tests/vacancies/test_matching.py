from kiosk.core.matching import Reason, Why, match

SEEKER = {
    "education": [{"level": "SMK"}],
    "skills": [{"name": "Las listrik"}, {"name": "Mengemudi"}],
    "preferences": {"positions": ["Juru las"], "locations": ["Kota Semarang"], "min_wage": 3_000_000},
}


def vacancy(**changes) -> dict:
    base = {
        "title": "Juru Las", "location": "Kota Semarang", "education_min": "SMA",
        "skills": ["las listrik", "las argon", "k3"], "wage_min": 3_200_000, "wage_max": 4_000_000,
    }  # fmt: skip
    return base | changes


def test_the_right_order_on_obvious_cases():
    perfect = match(SEEKER, vacancy())
    elsewhere = match(SEEKER, vacancy(location="Kab. Demak"))
    other_job = match(SEEKER, vacancy(title="Kasir", skills=["kasir", "pelayanan"], location="Kab. Demak"))
    too_high = match(SEEKER, vacancy(education_min="S1"))
    assert perfect.score > elsewhere.score > other_job.score
    assert perfect.suitable and not too_high.suitable
    assert too_high.score < perfect.score


def test_reasons_as_codes():
    result = match(SEEKER, vacancy())
    expected = [
        Reason(Why.EDUCATION_MET),
        Reason(Why.SKILLS_MET, met=1, asked=3),
        Reason(Why.POSITION_WANTED),
        Reason(Why.LOCATION_WANTED),
    ]
    assert result.reasons == [*expected, Reason(Why.WAGE_MET)]
    assert Reason(Why.EDUCATION_NEEDED, level="S1") in match(SEEKER, vacancy(education_min="S1")).reasons


def test_low_pay_and_empty_profiles():
    assert Reason(Why.WAGE_MET) not in match(SEEKER, vacancy(wage_min=2_000_000, wage_max=2_500_000)).reasons
    empty = match({}, vacancy(education_min=None, skills=[]))
    assert 0 <= empty.score <= 100 and empty.education_ok
