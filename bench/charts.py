"""The figures of docs/benchmarks.md, drawn with matplotlib from what the benches measured.

  memory-soak.png        the kiosk's and the sync service's PSS after each journey of the soak
                         (bench_soak.py --json), Chromium's on a static page and a third of it
  transitions.png        screen transitions, tap to painted: their distribution over the soak's
                         journeys (bench_soak.py) and over bench_journey.py's (--samples)
  gateway-load.png       the gateway's latency (p50, p95, p99) over offered load, PostgreSQL and
                         SQLite (bench_gateway_load.py at several --kiosks, its printed lines)

Used by bench/run_all.py; by hand: .venv/bin/python bench/charts.py --soak s.json --journey j.json
--load load.json --out docs/
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt

SIZE = (8, 4.5)
DPI = 100
# one line of bench_gateway_load.py per database
LOAD_LINE = re.compile(
    r"^(?P<db>PostgreSQL|SQLite)\s+(?P<records>\d+) records .*?= (?P<rate>[\d.]+) records/s; "
    r"p50 (?P<p50>\d+) ms, p95 (?P<p95>\d+) ms, p99 (?P<p99>\d+) ms"
)


def parse_load(output: str, kiosks: int) -> list[dict]:
    """bench_gateway_load.py's lines: one point per database at this offered load."""
    points = []
    for line in output.splitlines():
        match = LOAD_LINE.match(line.strip())
        if match:
            points.append(
                {
                    "db": match["db"],
                    "kiosks": kiosks,
                    "offered": kiosks / 10.0,
                    "achieved": float(match["rate"]),
                    "p50": int(match["p50"]),
                    "p95": int(match["p95"]),
                    "p99": int(match["p99"]),
                }
            )
    return points


def memory(soak: dict, out: Path, note: str) -> Path:
    rows, summary = soak["rows"], soak["summary"]
    journeys = [r["journey"] for r in rows]
    fig, ax = plt.subplots(figsize=SIZE, dpi=DPI)
    ax.plot(journeys, [r["kiosk_pss"] for r in rows], label="kiosk (PSS)", color="#1f5fa8", linewidth=1.6)
    ax.plot(
        journeys,
        [r["kiosk_anon"] for r in rows],
        label="kiosk (anonymous: its own heap)",
        color="#1f5fa8",
        linewidth=0.8,
        linestyle=":",
    )
    ax.plot(journeys, [r["sync_pss"] for r in rows], label="sync service (PSS)", color="#2b8a3e", linewidth=1.4)
    chromium = summary.get("chromium_pss")
    if chromium:
        ax.axhline(chromium, color="#c92a2a", linewidth=1.2, label=f"Chromium on a static page ({chromium:.0f} MiB)")
        ax.axhline(chromium / 3, color="#c92a2a", linewidth=1.0, linestyle="--", label="goal: a third of Chromium")
    ax.set_xlabel("complete registrations (journeys) served")
    ax.set_ylabel("MiB")
    ax.set_ylim(bottom=0)
    ax.set_xlim(1, max(journeys))
    growth = summary["kiosk_anon_growth_per_100"]
    ax.set_title(
        f"Memory over {len(rows)} journeys: kiosk's own memory {growth:+.1f} MiB per 100 after the 10th", fontsize=11
    )
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(alpha=0.3)
    fig.text(0.01, 0.01, note, fontsize=7, color="#555")
    return _save(fig, out / "memory-soak.png")


def transitions(soak_ms: list[float], journey_ms: list[float], out: Path, note: str) -> Path:
    fig, ax = plt.subplots(figsize=SIZE, dpi=DPI)
    top = max([*soak_ms, *journey_ms, 60.0])
    bins = [i * top / 60 for i in range(61)]
    for values, label, color in (
        (soak_ms, "bench_soak.py: taps delivered by the window (xcb)", "#1f5fa8"),
        (journey_ms, "bench_journey.py: button clicks (offscreen)", "#e67700"),
    ):
        if len(values) >= 2:
            p95 = statistics.quantiles(values, n=20)[18]
            ax.hist(
                values,
                bins=bins,
                alpha=0.55,
                color=color,
                density=True,
                label=f"{label}: n={len(values)}, p50 {statistics.median(values):.0f} ms, p95 {p95:.0f} ms",
            )
            ax.axvline(p95, color=color, linewidth=1, linestyle=":")
    ax.axvline(50, color="#c92a2a", linewidth=1.2, linestyle="--", label="goal: p95 < 50 ms")
    ax.set_xlabel("tap to the new screen painted (ms)")
    ax.set_ylabel("share of transitions (density)")
    ax.set_title("Screen transitions over the registration journey", fontsize=11)
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.text(0.01, 0.01, note, fontsize=7, color="#555")
    return _save(fig, out / "transitions.png")


def gateway_load(points: list[dict], out: Path, note: str) -> Path:
    fig, ax = plt.subplots(figsize=SIZE, dpi=DPI)
    for db, color in (("PostgreSQL", "#1f5fa8"), ("SQLite", "#e67700")):
        mine = sorted((p for p in points if p["db"] == db), key=lambda p: p["offered"])
        if not mine:
            continue
        offered = [p["offered"] for p in mine]
        for key, style in (("p50", ":"), ("p95", "-"), ("p99", "--")):
            ax.plot(
                offered,
                [p[key] for p in mine],
                linestyle=style,
                marker="o",
                markersize=3,
                color=color,
                label=f"{db} {key}",
            )
    ax.axhline(300, color="#c92a2a", linewidth=1.2, linestyle="--", label="goal: p95 < 300 ms")
    ax.set_xlabel("offered load (registrations with a ~30 KB photo per second; kiosks / 10)")
    ax.set_ylabel("latency (ms)")
    ax.set_yscale("log")
    ax.set_title("The office gateway: latency over offered load", fontsize=11)
    ax.legend(fontsize=8, ncol=2)
    ax.grid(alpha=0.3, which="both")
    fig.text(0.01, 0.01, note, fontsize=7, color="#555")
    return _save(fig, out / "gateway-load.png")


def _save(fig, path: Path) -> Path:
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path)
    plt.close(fig)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--soak", type=Path)
    parser.add_argument("--journey", type=Path, help="bench_journey.py --samples output")
    parser.add_argument("--load", type=Path, help="a JSON list of parse_load() points")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs")
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    soak = json.loads(args.soak.read_text()) if args.soak else None
    if soak:
        print(memory(soak, args.out, args.note))
    soak_ms = [ms for r in (soak or {}).get("rows", []) for ms, _ in r.get("transitions", [])]
    journey_ms = json.loads(args.journey.read_text()) if args.journey else []
    if soak_ms or journey_ms:
        print(transitions(soak_ms, journey_ms, args.out, args.note))
    if args.load:
        print(gateway_load(json.loads(args.load.read_text()), args.out, args.note))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
