"""Vacancy search on a real SQLite file: FTS words, filters, closed hidden, sorting."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from kiosk.services.vacancies import fts_query, search
from kiosk.store.vacancies import upsert
from kiosk.sync.sample_vacancies import sample_vacancy
from kiosk.sync.vacancies import clean_vacancy

TODAY = date(2026, 11, 24)


def put(store, **vacancy) -> None:
    base = {"id": vacancy["id"], "title": "X", "company": "", "location": "", "sector": "", "skills": "[]",
            "description": "", "raw": "{}"}  # fmt: skip
    row = base | vacancy
    if isinstance(row["skills"], list):
        row["skills"] = json.dumps(row["skills"])
    upsert(store, row)


@pytest.fixture
def stocked(store):
    put(
        store,
        id="A",
        title="Juru Las",
        company="PT Baja",
        location="Kota Semarang",
        sector="Konstruksi",
        education_min="SMK",
        skills=["las listrik"],
        wage_max=4_000_000,
        closes_on="2026-12-31",
    )
    put(
        store,
        id="B",
        title="Kasir Toko",
        company="Toko Makmur",
        location="Kab. Demak",
        sector="Ritel",
        education_min="SMA",
        skills=["kasir"],
        wage_max=2_800_000,
        closes_on="2026-12-01",
    )
    put(
        store,
        id="C",
        title="Insinyur Sipil",
        company="PT Bangun",
        location="Kota Semarang",
        sector="Konstruksi",
        education_min="S1",
        skills=["autocad"],
        wage_max=8_000_000,
        closes_on="2027-01-15",
    )
    put(store, id="D", title="Juru Las Lama", location="Kota Semarang", sector="Konstruksi", closes_on="2026-11-01")
    return store  # fmt: skip


def ids(hits) -> list[str]:
    return [h.vacancy["id"] for h in hits]


def test_words_filters_and_closed_hidden(stocked):
    assert ids(search(stocked, words="las", today=TODAY, sort="closing")) == ["A"]  # D is closed
    assert ids(search(stocked, words="juru l", today=TODAY, sort="closing")) == ["A"]  # prefixes, as typed
    assert ids(search(stocked, sector="Konstruksi", today=TODAY, sort="closing")) == ["A", "C"]
    assert ids(search(stocked, location="Kab. Demak", today=TODAY)) == ["B"]
    assert ids(search(stocked, education="SMP", today=TODAY, sort="closing")) == []
    assert ids(search(stocked, education="SMA", today=TODAY, sort="closing")) == ["B", "A"]  # SMA = SMK
    assert ids(search(stocked, education="S1", today=TODAY, sort="closing")) == ["B", "A", "C"]
    assert ids(search(stocked, min_wage=5_000_000, today=TODAY)) == ["C"]


def test_sorted_by_match_for_a_seeker(stocked):
    seeker = {"education": [{"level": "SMK"}], "skills": [{"name": "Las listrik"}],
              "preferences": {"positions": ["juru las"], "locations": ["Kota Semarang"]}}  # fmt: skip
    hits = search(stocked, seeker=seeker, today=TODAY)
    assert ids(hits)[0] == "A" and hits[0].match.suitable
    assert ids(search(stocked, seeker=seeker, sort="closing", today=TODAY)) == ["B", "A", "C"]


@pytest.mark.parametrize("typed", ['"', "AND OR NOT", "las*)(", "'; DROP TABLE vacancies;--", "😀", ""])
def test_anything_typed_is_a_safe_query(stocked, typed):
    search(stocked, words=typed, today=TODAY)  # no exception
    assert stocked.one("SELECT count(*) AS n FROM vacancies")["n"] == 4
    assert fts_query("") is None


def test_cache_filled_by_the_pull_is_searchable(store):
    rng = random.Random(1)
    for index in range(30):
        row = clean_vacancy(sample_vacancy(index, rng) | {"closes_on": "2027-06-30"})
        upsert(store, row)
    store.execute("UPDATE vacancies SET title = 'Tukang Roti' WHERE id = 'VAC-00001'")
    assert ids(search(store, words="roti", today=TODAY)) == ["VAC-00001"]
    store.execute("DELETE FROM vacancies WHERE id = 'VAC-00001'")
    assert search(store, words="roti", today=TODAY) == []
