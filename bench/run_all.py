"""Run every benchmark, write their figures to docs/benchmarks.md and draw its charts (docs/*.png).

Usage: .venv/bin/python bench/run_all.py [--quick] [--only NAME ...]
  --quick: the sync drain with 1,000 (not 10,000), the soak with 30 journeys (not 300), the gateway
           load at two offered loads for 10 s each (not four for 20 s): practical on 2 shared cores
  --only:  run only these (names below, e.g. --only soak transitions gateway-load charts)

Each bench's section is replaced in docs/benchmarks.md: the words written above its output block
stay, the block is the new output; sections of benches not run are left as they are.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = HERE.parent / "docs" / "benchmarks.md"
# name, section title, command ({results} is this run's folder for raw figures)
BENCHES = [
    ("startup", "Cold start and memory against Chromium and a bare PySide6 window", ["bench_startup.py"]),
    (
        "transitions",
        "Screen transitions and taps over the journey",
        ["bench_journey.py", "--samples", "{results}/journey.json"],
    ),
    ("taps", "Taps and typed characters of each journey, on the real window", ["bench_journey_taps.py"]),
    ("idle", "An idle kiosk at the welcome screen", ["bench_idle.py"]),
    ("restyle", "A tap on Huruf Besar or Kontras Tinggi", ["bench_restyle.py"]),
    ("identity", "Card insert to identity (simulated middleware)", ["bench_card_identity.py"]),
    ("nik", "NIK parsing", ["bench_nik.py"]),
    ("photo", "Photo pipeline", ["bench_photo.py"]),
    ("print", "Card rendering and encoding", ["bench_print.py"]),
    ("vacancies", "Vacancy search over 20,000", ["bench_vacancy_search.py"]),
    ("occupations", "KBJI occupation picker, per keystroke", ["bench_occupations.py"]),
    ("store", "Registration save and the officer's log at 100,000", ["bench_store.py"]),
    ("sync", "Sync drain", ["bench_sync.py"]),
    (
        "soak",
        "Memory in service: complete registrations through the real UI",
        ["bench_soak.py", "--anatomy", "--json", "{results}/soak.json"],
    ),
    (
        "sync-gateway",
        "Sync throughput against the office gateway on PostgreSQL and the SIKER simulator",
        ["bench_sync_gateway.py"],
    ),
    ("lowend", "A low-end box: the kiosk held to half a core while printing and syncing", ["bench_lowend.py"]),
]
LOAD_TITLE = "The gateway's latency over offered load"
CHARTS_TITLE = "Charts"
LOAD_LEVELS = {False: ([50, 100, 200, 400], 20), True: ([50, 200], 10)}  # kiosks, seconds each


def quick_args(name: str, quick: bool) -> list[str]:
    if not quick:
        return []
    return {"sync": ["--count", "1000"], "soak": ["--journeys", "30"]}.get(name, [])


def run(command: list[str]) -> str:
    result = subprocess.run([sys.executable, *command], cwd=HERE, capture_output=True, text=True)
    return result.stdout.strip() or result.stderr.strip()[-2000:]


def gateway_sweep(results: Path, quick: bool) -> str:
    """bench_gateway_load.py at several offered loads; its lines, and the points for the chart."""
    from charts import parse_load

    levels, seconds = LOAD_LEVELS[quick]
    points, lines = [], []
    for kiosks in levels:
        output = run(["bench_gateway_load.py", "--kiosks", str(kiosks), "--seconds", str(seconds)])
        found = parse_load(output, kiosks)
        points.extend(found)
        lines.extend(line for line in output.splitlines() if line.startswith(("PostgreSQL", "SQLite")) or not found)
    (results / "load.json").write_text(json.dumps(points), encoding="utf-8")
    head = f"{len(levels)} offered loads, {seconds} s each (bench_gateway_load.py --kiosks N --seconds {seconds}):"
    return "\n".join([head, *lines])


def charts(results: Path, note: str) -> str:
    """The PNGs from this run's raw figures; the section's Markdown shows them."""
    from charts import gateway_load, memory, transitions

    docs = DOC.parent
    shown = []
    soak_file, journey_file, load_file = (results / n for n in ("soak.json", "journey.json", "load.json"))
    soak = json.loads(soak_file.read_text()) if soak_file.exists() else None
    if soak:
        memory(soak, docs, note)
        shown.append("![Memory over the soak: kiosk and sync service against Chromium](memory-soak.png)")
    soak_ms = [ms for r in (soak or {}).get("rows", []) for ms, _ in r.get("transitions", [])]
    journey_ms = json.loads(journey_file.read_text()) if journey_file.exists() else []
    if soak_ms or journey_ms:
        transitions(soak_ms, journey_ms, docs, note)
        shown.append("![Screen transitions, tap to painted: distribution](transitions.png)")
    if load_file.exists() and json.loads(load_file.read_text()):
        gateway_load(json.loads(load_file.read_text()), docs, note)
        shown.append("![The gateway's latency over offered load](gateway-load.png)")
    return "\n\n".join(shown)


def sections(text: str) -> tuple[str, dict[str, str]]:
    """The document's head and its '## ' sections by title (each with its heading line); a '## '
    line inside an output block (bench_startup.py prints one) is output, not a section."""
    head: list[str] = []
    found: dict[str, list[str]] = {}
    current = head
    in_block = False
    for line in text.splitlines(keepends=True):
        if line.startswith("```"):
            in_block = not in_block
        elif line.startswith("## ") and not in_block:
            current = found.setdefault(line[3:].strip(), [])
        current.append(line)
    return "".join(head), {title: "".join(lines) for title, lines in found.items()}


def replace_block(old: str | None, title: str, block: str) -> str:
    """The section with its words kept and its output block (or image lines) replaced."""
    if old is None:
        return f"## {title}\n\n{block}\n"
    starts = [i for i in (old.find(m) for m in ("```", "![", "Drawn by `")) if i >= 0]
    words = old[: min(starts)] if starts else old
    return f"{words.rstrip()}\n\n{block}\n"


def main() -> int:
    names = [name for name, _, _ in BENCHES] + ["gateway-load", "charts"]
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="+", choices=names, metavar="NAME", help=", ".join(names))
    args = parser.parse_args()
    chosen = set(args.only or names)
    head, found = sections(DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n")
    stamp = f"{datetime.now():%Y-%m-%d %H:%M}"
    load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="bench-results-") as results_name:
        results = Path(results_name)
        for name, title, command in BENCHES:
            if name not in chosen:
                continue
            print(f"== {title}", flush=True)
            output = run([part.format(results=results) for part in command] + quick_args(name, args.quick))
            print(output, flush=True)
            found[title] = replace_block(found.get(title), title, f"```\n{output}\n```")
        if "gateway-load" in chosen:
            print(f"== {LOAD_TITLE}", flush=True)
            output = gateway_sweep(results, args.quick)
            print(output, flush=True)
            found[LOAD_TITLE] = replace_block(found.get(LOAD_TITLE), LOAD_TITLE, f"```\n{output}\n```")
        if "charts" in chosen:
            run_words = (
                "bench/run_all.py"
                + (" --quick" if args.quick else "")
                + (f" --only {' '.join(args.only)}" if args.only else "")
            )
            note = f"`{run_words}`, {stamp}, load average {load} (2 shared cores)"
            shown = charts(results, note)
            print(f"== {CHARTS_TITLE}\n{shown}", flush=True)
            if shown:
                found[CHARTS_TITLE] = replace_block(
                    found.get(CHARTS_TITLE), CHARTS_TITLE, f"Drawn by {note}.\n\n{shown}"
                )
    if CHARTS_TITLE in found:  # the figures come last
        found[CHARTS_TITLE] = found.pop(CHARTS_TITLE)
    if not args.only:  # a partial run leaves the date of the last whole run (its sections carry their own)
        head = re.sub(r"Written by `bench/run_all.py` on [^.\n]*", f"Written by `bench/run_all.py` on {stamp}", head)
    DOC.write_text(
        head.rstrip() + "\n\n" + "\n".join(part.rstrip() + "\n" for part in found.values()), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
