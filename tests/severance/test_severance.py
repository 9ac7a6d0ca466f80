"""Severance per PP 35/2021 and PPh 21 final per PP 68/2009: every boundary, every reason."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from kiosk.cli import main
from kiosk.core.severance import SeveranceInputError, pph21, service_between, simulate, up_months, upmk_months
from kiosk.core.severance_rules import REASONS
from kiosk.core.severance_slip import rupiah, slip_document

WAGE = 4_000_000


@pytest.mark.parametrize(
    ("years", "months"), [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (30, 9)]
)
def test_up_table_at_each_boundary(years, months):
    assert up_months(years) == months


@pytest.mark.parametrize(
    ("years", "months"),
    [
        (2, 0),
        (3, 2),
        (5, 2),
        (6, 3),
        (8, 3),
        (9, 4),
        (11, 4),
        (12, 5),
        (15, 6),
        (18, 7),
        (21, 8),
        (23, 8),
        (24, 10),
        (40, 10),
    ],
)
def test_upmk_table_at_each_boundary(years, months):
    assert upmk_months(years) == months


EXPECTED = {  # code: (UP multiplier, UPMK, UPH, uang pisah)
    "merger": ("1", True, True, False),
    "acquisition": ("1", True, True, False),
    "acquisition_terms_changed": ("0.5", True, True, False),
    "efficiency_loss": ("0.5", True, True, False),
    "efficiency_prevent_loss": ("1", True, True, False),
    "closure_loss": ("0.5", True, True, False),
    "closure_no_loss": ("1", True, True, False),
    "force_majeure_closure": ("0.5", True, True, False),
    "force_majeure_no_closure": ("0.75", True, True, False),
    "pkpu_loss": ("0.5", True, True, False),
    "pkpu_no_loss": ("1", True, True, False),
    "bankruptcy": ("0.5", True, True, False),
    "worker_request": ("1", True, True, False),
    "resignation": ("0", False, True, True),
    "absence": ("0", False, True, True),
    "violation": ("0.5", True, True, False),
    "urgent_violation": ("0", False, True, True),
    "detention_harm": ("0", False, True, True),
    "detention_no_harm": ("0", True, True, False),
    "illness": ("2", True, True, False),
    "retirement": ("1.75", True, True, False),
    "death": ("2", True, True, False),
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_every_reason_row(code):
    up, upmk, uph, pisah = EXPECTED[code]
    result = simulate(wage=WAGE, reason=code, years=10, months=0, leave_days=5, uang_pisah=1_000_000)
    amounts = result.as_json()
    assert amounts["uang_pesangon"] == int(Decimal(up) * 9 * WAGE)
    assert amounts["upmk"] == (4 * WAGE if upmk else 0)
    assert amounts["uph"] == (5 * WAGE // 25 if uph else 0)
    assert amounts["uang_pisah"] == (1_000_000 if pisah else 0)
    assert result.reason.pasal.startswith("Pasal")


def test_the_table_covers_every_code_of_the_cli():
    assert {r.code for r in REASONS} == set(EXPECTED) | {"pkwt_end"}


@pytest.mark.parametrize(
    ("gross", "tax"),
    [
        (50_000_000, 0),
        (50_000_001, 0),
        (50_000_020, 1),
        (100_000_000, 2_500_000),
        (100_000_100, 2_500_015),
        (500_000_000, 62_500_000),
        (500_000_100, 62_500_025),
        (1_000_000_000, 187_500_000),
    ],
)
def test_pph21_layers_at_their_edges(gross, tax):
    assert pph21(gross) == tax


def test_pkwt_with_partial_months_and_five_day_week():
    result = simulate(wage=3_600_000, reason="pkwt_end", years=1, months=5, workdays_per_month=21)
    assert result.as_json()["kompensasi_pkwt"] == 3_600_000 * 17 // 12
    assert result.as_json()["uang_pesangon"] == 0 and result.as_json()["uph"] == 0
    daily = simulate(wage=2_100_000, reason="merger", years=1, leave_days=3, workdays_per_month=21)
    assert daily.as_json()["uph"] == 300_000


def test_wage_base_is_basic_plus_fixed_allowances_exactly():
    result = simulate(wage=3_333_333, fixed_allowance=1, reason="merger", years=0, months=6)
    assert result.wage_base == 3_333_334 and result.as_json()["uang_pesangon"] == 3_333_334


def test_dates_give_completed_service():
    assert service_between(date(2015, 3, 10), date(2026, 3, 9)) == (10, 11)
    assert service_between(date(2015, 3, 10), date(2026, 3, 10)) == (11, 0)
    result = simulate(wage=WAGE, reason="merger", start=date(2018, 1, 1), end=date(2026, 1, 1))
    assert (result.years, result.months) == (8, 0)


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"wage": 0, "years": 1}, "lebih dari nol"),
        ({"wage": -5, "years": 1}, "lebih dari nol"),
        ({"wage": WAGE, "years": 80}, "tidak masuk akal"),
        ({"wage": WAGE, "years": 1, "months": 12}, "tidak masuk akal"),
        ({"wage": WAGE, "start": date(2026, 1, 1), "end": date(2025, 1, 1)}, "sebelum tanggal mulai"),
        ({"wage": WAGE}, "Isi masa kerja"),
        ({"wage": WAGE, "years": 1, "leave_days": -1}, "Sisa cuti"),
        ({"wage": 10**12, "years": 1}, "terlalu besar"),
    ],
)
def test_absurd_input_is_refused_with_a_sentence(kwargs, says):
    with pytest.raises(SeveranceInputError, match=says):
        simulate(reason="merger", **kwargs)


def test_cli_json_and_errors(capsys):
    assert (
        main(
            [
                "pesangon",
                "--wage",
                "5000000",
                "--years",
                "10",
                "--months",
                "3",
                "--reason",
                "efficiency_loss",
                "--leave-days",
                "6",
                "--json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert (out["uang_pesangon"], out["upmk"], out["uph"], out["gross"], out["pph21"], out["net"]) == (
        22_500_000,
        20_000_000,
        1_200_000,
        43_700_000,
        0,
        43_700_000,
    )
    assert out["breakdown"][0]["pasal"].endswith("Pasal 43 ayat (1)")
    assert main(["pesangon", "--wage", "0", "--years", "1", "--reason", "merger"]) == 2
    assert "lebih dari nol" in capsys.readouterr().err
    assert main(["pesangon", "--wage", "1", "--years", "1", "--reason", "dipecat"]) == 2
    assert main(["pesangon", "--list-reasons"]) == 0
    assert "retirement" in capsys.readouterr().out


def test_the_printed_slip_lists_each_amount_in_rupiah_and_sums_to_the_net():
    result = simulate(wage=5_000_000, reason="efficiency_loss", years=10, months=3, leave_days=6)
    doc = slip_document(result)
    assert doc["title"] == "SIMULASI PESANGON" and "PP 35/2021" in doc["footer"]
    lines = dict(line.split("\t") for line in doc["lines"] if "\t" in line)
    assert lines["Upah dasar"] == "Rp5.000.000" and lines["Masa kerja"] == "10 tahun 3 bulan"
    assert all(lines[part.words] == rupiah(part.amount) for part in result.components)
    assert lines["Diterima bersih"] == rupiah(result.gross - result.pph21)
