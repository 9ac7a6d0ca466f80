"""kiosk/data/kbji2026.csv against the publication: counts per level, codes, parents, the extractor."""

from __future__ import annotations

import csv
import importlib.util
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from kiosk.core import occupations
from kiosk.core.occupation_aliases import ALIASES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "kiosk" / "data" / "kbji2026.csv"
FORMAT = {
    "golongan_pokok": r"\d",
    "subgolongan_pokok": r"\d{2}",
    "golongan": r"\d{3}",
    "subgolongan": r"\d{4}",
    "jabatan": r"\d{4}\.\d{2}",
}


def rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def extractor():
    spec = importlib.util.spec_from_file_location("kbji_extract", ROOT / "scripts" / "kbji_extract.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_per_level_are_the_publications():
    # Table 3 says 449 subgolongan; the publication's contents and descriptions hold 447 (data README)
    counts = Counter(r["level"] for r in rows())
    assert counts == {
        "golongan_pokok": 10,
        "subgolongan_pokok": 43,
        "golongan": 130,
        "subgolongan": 447,
        "jabatan": 2380,
    }


def test_codes_are_unique_and_of_their_levels_form():
    data = rows()
    assert len({r["code"] for r in data}) == len(data)
    malformed = [r["code"] for r in data if not re.fullmatch(FORMAT[r["level"]], r["code"])]
    assert not malformed


def test_every_parent_is_present_and_one_level_up():
    data = rows()
    by_code = {r["code"]: r for r in data}
    order = list(FORMAT)
    wrong = []
    for r in data:
        if r["level"] == "golongan_pokok":
            if r["parent"]:
                wrong.append(r["code"])
            continue
        parent = by_code.get(r["parent"])
        one_up = parent is not None and order.index(parent["level"]) == order.index(r["level"]) - 1
        if not one_up or not r["code"].replace(".", "").startswith(r["parent"]):
            wrong.append(r["code"])
    assert not wrong


def test_every_subgolongan_has_a_jabatan_and_names_are_clean():
    data = rows()
    with_jabatan = {r["parent"] for r in data if r["level"] == "jabatan"}
    assert {r["code"] for r in data if r["level"] == "subgolongan"} <= with_jabatan
    assert all(r["name"] and r["name"] == " ".join(r["name"].split()) for r in data)


def test_the_list_ships_with_the_package():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "data/*.csv" in pyproject["tool"]["setuptools"]["package-data"]["kiosk"]
    assert len(occupations.all_occupations()) == 3010


def test_aliases_name_existing_jabatan():
    assert all(occupations.is_valid(code) and occupations.find(code).level == "jabatan" for code in ALIASES)


def test_the_extractor_rebuilds_the_file_from_the_source_columns():
    tingkat = {"golongan_pokok": "Golongan pokok", "subgolongan_pokok": "Subgolongan pokok", "golongan": "Golongan"}
    tingkat |= {"subgolongan": "Subgolongan", "jabatan": "Jabatan"}
    source = [
        {"kode": r["code"], "tingkat": tingkat[r["level"]], "kode_induk": r["parent"], "nama_resmi": r["name"]}
        for r in rows()
    ]
    out, errors, _ = extractor().convert(source)
    assert not errors
    assert [list(row) for row in out] == [[r["code"], r["level"], r["parent"], r["name"]] for r in rows()]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"kode": "5414.1", "tingkat": "Jabatan", "kode_induk": "5414", "nama_resmi": "X"}, "not a KBJI code"),
        ({"kode": "5414.09", "tingkat": "Subgolongan", "kode_induk": "5414", "nama_resmi": "X"}, "level"),
        ({"kode": "5414.09", "tingkat": "Jabatan", "kode_induk": "541", "nama_resmi": "X"}, "parent"),
        ({"kode": "5414.09", "tingkat": "Jabatan", "kode_induk": "5414", "nama_resmi": "  "}, "empty name"),
        ({"kode": "5414.01", "tingkat": "Jabatan", "kode_induk": "5414", "nama_resmi": "X"}, "duplicate code"),
        ({"kode": "5415.01", "tingkat": "Jabatan", "kode_induk": "5415", "nama_resmi": "X"}, "not in the file"),
    ],
)
def test_the_extractor_refuses_what_it_would_have_to_repair(row, problem):
    base = [
        {"kode": "5", "tingkat": "Golongan pokok", "kode_induk": "", "nama_resmi": "TENAGA USAHA JASA"},
        {"kode": "54", "tingkat": "Subgolongan pokok", "kode_induk": "5", "nama_resmi": "PERLINDUNGAN"},
        {"kode": "541", "tingkat": "Golongan", "kode_induk": "54", "nama_resmi": "PERLINDUNGAN"},
        {"kode": "5414", "tingkat": "Subgolongan", "kode_induk": "541", "nama_resmi": "PENJAGA KEAMANAN"},
        {"kode": "5414.01", "tingkat": "Jabatan", "kode_induk": "5414", "nama_resmi": "PETUGAS KEAMANAN"},
    ]
    assert not extractor().convert(base)[1]
    _, errors, _ = extractor().convert([*base, row])
    assert any(problem in e for e in errors), errors


def test_the_extractor_says_what_it_normalised(tmp_path):
    source = tmp_path / "ringkas.csv"
    source.write_text(
        '\ufeffkode,tingkat,kode_induk,nama_resmi\n5,Golongan pokok,,"TENAGA  USAHA JASA "\n', encoding="utf-8"
    )
    out = tmp_path / "out.csv"
    assert extractor().main([str(source), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "code,level,parent,name\n5,golongan_pokok,,TENAGA USAHA JASA\n"
    row = {"kode": "5", "tingkat": "Golongan pokok", "kode_induk": "", "nama_resmi": "A  B"}
    _, _, notes = extractor().convert([row])
    assert any("collapsed" in note for note in notes)
