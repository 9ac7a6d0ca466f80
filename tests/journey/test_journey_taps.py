"""The journey counter of bench/bench_journey_taps.py on the e-KTP registration: every tap a
press and release delivered by the real window where the target is drawn, against the SIKER
simulator over HTTP; the goal of issue 18 (at most 15 taps besides typing) is held."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_journey_taps.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_journey_taps", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_a_registration_with_the_ektp_takes_at_most_15_taps(tmp_path, qapp, monkeypatch):
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    bench = load_bench()
    setup = bench.start(tmp_path)
    try:
        (count,) = bench.run(setup, only="ektp")
        row = setup.store.query(
            "SELECT identity_source, json_extract(data, '$.phone') AS phone, card_uid FROM registrations"
        )
        printed = setup.store.query("SELECT state FROM print_jobs WHERE kind = 'ak1'")
    finally:
        bench.stop(setup)
    # the journey really happened: the card's data, the typed phone, the card printed
    assert [(r["identity_source"], r["phone"], bool(r["card_uid"])) for r in row] == [("ektp", "+6281234567890", True)]
    assert [p["state"] for p in printed] == ["printed"]
    assert count.trace[0].startswith("tap agreeButton") and count.trace[-1].startswith("tap finishButton")
    assert count.taps <= bench.EKTP_GOAL == 15, "\n".join(count.trace)
    assert count.met
    assert count.typed == len(bench.PHONE) + len("SMK Negeri 7 Semarang") + len("2016")  # typing counted apart
