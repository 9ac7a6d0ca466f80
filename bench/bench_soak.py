"""Memory of a kiosk in service: complete registrations through the real UI, one after another.

The kiosk runs as `kiosk run` does in production (its own process, a real X window under Xvfb)
with the demo's backends: the simulated e-KTP reader (a new NIK each journey) and camera (live
preview at 25 fps), the ESC/POS printer simulator on loopback TCP (`kiosk printer-sim`), the
SIKER simulator over HTTP (`kiosk siker-sim`) and a real SQLite file, delivered by the sync
service as installed (`kiosk sync`, its own process; `kiosk demo` runs the same loop on a thread
of the kiosk's process instead). Each journey: the e-KTP on the reader, consent, the five steps,
camera preview and photo, review, the card printed, 'Selesai', back at the welcome screen with
the session ended, and the registration and its print log delivered by the sync service.

After each journey this process reads the PSS of the kiosk and of the sync service from
/proc/<pid>/smaps_rollup, and the kiosk reports its widgets (QApplication.allWidgets), QObjects
(every object under the application and the top-level widgets), threads and open descriptors.
Chromium --kiosk on a static page (bench/welcome.html, as in bench_startup.py) is measured on
the same X server in the same run: the goal is the kiosk at most a third of its PSS.

Goals (issue 22 item 2): after the first 10 journeys, growth under 1 MiB per 100 journeys, and
no growth in widgets, threads or descriptors.

Usage: .venv/bin/python bench/bench_soak.py [--journeys 300] [--json out.json] [--anatomy]
  --anatomy: after the first journey, where the memory goes (smaps per mapping grouped by
  library, Python's allocations by tracemalloc in a second run, Qt's objects by class).
  --env NAME=VALUE: in the kiosk's environment, e.g. MALLOC_ARENA_MAX=2, or SOAK_TRIM=1 (the driver
  calls malloc_trim after each journey): how the malloc settings of kiosk/app.py were chosen.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

MIB = 1024 * 1024
TOKEN = "bench"
REPORT = "SOAK "  # the kiosk's lines for this process, among its log lines


# ---------------------------------------------------------------- measured from outside


def rollup(pid: int) -> dict[str, float]:
    """Pss, Rss, private (USS) and anonymous memory of one process, MiB."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].endswith(":") and parts[1].isdigit():
            fields[parts[0][:-1]] = int(parts[1]) / 1024
    return {
        "pss": fields.get("Pss", 0.0),
        "rss": fields.get("Rss", 0.0),
        "uss": fields.get("Private_Clean", 0.0) + fields.get("Private_Dirty", 0.0),
        # the process's own pages (heap, Python objects, pixel buffers): unlike PSS, not lowered
        # when another process maps the same libraries (the machine is shared)
        "anon": fields.get("Anonymous", 0.0),
    }


def smaps_by_mapping(pid: int, field: str = "Pss") -> Counter[str]:
    """``field`` (KiB: Pss, Rss, Private_Dirty...) per mapped file or anonymous kind, from /proc/<pid>/smaps."""
    totals: Counter[str] = Counter()
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            name = head[5].strip() if len(head) == 6 else "[anon]"
        elif head and head[0] == field + ":":
            totals[name] += int(head[1])
    return totals


def group_totals(pid: int) -> dict[str, dict[str, float]]:
    """Per group: Pss, Rss and private memory, MiB (the first and last journey are compared)."""
    out: dict[str, dict[str, float]] = {}
    for field in ("Pss", "Rss", "Private_Dirty", "Private_Clean"):
        for group, mib, _ in grouped(smaps_by_mapping(pid, field)):
            out.setdefault(group, {})[field] = mib
    return out


# what each mapping belongs to, by the first pattern its path contains
GROUPS = (
    ("Qt 6 (libQt6*, plugins)", ("libQt6", "/Qt/plugins/", "/Qt/lib/")),
    ("PySide6 + shiboken (bindings)", ("PySide6/", "shiboken6")),
    ("OpenCV (cv2 and its libraries)", ("cv2", "opencv")),
    ("numpy + OpenBLAS", ("numpy", "openblas", "libgfortran", "libquadmath")),
    ("Pillow", ("PIL/", "pillow")),
    ("cryptography / OpenSSL", ("cryptography", "libssl", "libcrypto")),
    ("ICU (Qt's text)", ("libicu",)),
    ("fonts", (".ttf", ".otf", ".ttc", "fontconfig", "fonts/")),
    ("X11 / xcb / GL", ("libX", "libxcb", "libGL", "libEGL", "libdrm", "libxkb", "dri", "mesa", "libgbm")),
    ("Python interpreter and stdlib", ("python3", "libpython", "lib-dynload", ".pyc")),
    ("other shared libraries", (".so",)),
    ("malloc heap ([heap])", ("[heap]",)),
    ("anonymous memory (Python objects, Qt/C allocations, pixel buffers)", ("[anon",)),
    ("stacks", ("[stack",)),
)


def grouped(mappings: Counter[str]) -> list[tuple[str, float, list[tuple[str, float]]]]:
    groups: dict[str, list[tuple[str, float]]] = {}
    for path, kib in mappings.items():
        group = next((g for g, keys in GROUPS if any(k in path for k in keys)), "other mappings")
        groups.setdefault(group, []).append((path, kib / 1024))
    rows = [(g, sum(m for _, m in items), sorted(items, key=lambda i: -i[1])) for g, items in groups.items()]
    return sorted(rows, key=lambda r: -r[1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def undelivered(db: Path) -> int:
    """Outbox rows the sync service has not delivered yet (read-only: the kiosk owns the file)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            row = con.execute("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return -1
    return int(row[0])


def outbox_states(db: Path) -> list[tuple]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return con.execute("SELECT endpoint, state, attempts, http_status, last_error FROM outbox").fetchall()
    finally:
        con.close()


class Services:
    """The processes around the kiosk: SIKER simulator, printer simulator, and the sync service."""

    def __init__(self, tmp: Path) -> None:
        python = sys.executable
        self.tmp = tmp
        siker_port, printer_port = free_port(), free_port()
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": ROOT}
        self.siker = subprocess.Popen(
            [
                python,
                "-m",
                "kiosk.cli",
                "siker-sim",
                "--port",
                str(siker_port),
                "--db",
                str(tmp / "siker.db"),
                "--token",
                TOKEN,
            ],
            **quiet,
        )
        self.printer = subprocess.Popen(
            [python, "-m", "kiosk.cli", "printer-sim", "--port", str(printer_port), "--out", str(tmp / "printed")],
            **quiet,
        )
        token = tmp / "siker.token"
        token.write_text(TOKEN + "\n")
        token.chmod(0o600)
        self.data = tmp / "kiosk-data"
        self.site = tmp / "kiosk.toml"
        self.site.write_text(
            f'[kiosk]\ndata_dir = "{self.data}"\nfullscreen = false\n'
            '[card_reader]\nbackend = "simulated"\n[camera]\nsource = "simulated"\n'
            f'[printer]\nuri = "tcp://127.0.0.1:{printer_port}"\n'
            f'[siker]\nbase_url = "http://127.0.0.1:{siker_port}"\ntoken_file = "{token}"\n'
        )
        for port in (siker_port, printer_port):
            wait_for(lambda p=port: _listening(p), f"a simulator on port {port}")  # type: ignore[misc]
        self.sync = subprocess.Popen(
            [python, "-m", "kiosk.cli", "--config", str(self.site), "sync"],
            stdout=subprocess.DEVNULL,
            stderr=(tmp / "sync.err").open("wb"),
            cwd=ROOT,
        )

    def close(self) -> None:
        for proc in (self.sync, self.siker, self.printer):
            proc.terminate()
        for proc in (self.sync, self.siker, self.printer):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def wait_for(condition, what: str, timeout_s: float = 60) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"{what} did not happen within {timeout_s:.0f} s")
        time.sleep(0.05)


def chromium_pss(display: str, tmp: Path, runs: int = 3) -> float | None:
    """Chromium --kiosk on bench/welcome.html (bench_startup's command), PSS of its process tree."""
    from bench_startup import contenders, pss_mib

    command = contenders(tmp).get("chromium")
    if command is None:
        return None
    values = []
    for _ in range(runs):
        proc = subprocess.Popen(
            command,
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(5.0)  # settled: the page drawn, its helpers started
        values.append(pss_mib(proc.pid)[0])
        os.killpg(proc.pid, 15)
        proc.wait(timeout=15)
    return statistics.median(values)


def soak(
    journeys: int,
    display: str,
    tmp: Path,
    *,
    anatomy: bool,
    trace: bool = False,
    extra_env: dict[str, str] | None = None,
) -> dict:
    """Run the kiosk for ``journeys`` journeys; measure after each one."""
    services = Services(tmp)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", **(extra_env or {})}
    if trace:
        env["PYTHONTRACEMALLOC"] = "1"  # from the first import on; one frame per allocation
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            "--config",
            str(services.site),
            "--journeys",
            str(journeys),
        ]
        + (["--trace"] if trace else []),
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=(tmp / "kiosk.err").open("wb"),
        text=True,
    )
    rows: list[dict] = []
    report: dict = {"rows": rows}
    try:
        assert child.stdout is not None and child.stdin is not None
        for line in child.stdout:
            if not line.startswith(REPORT):
                continue  # the kiosk's log goes to its standard output too
            message = json.loads(line[len(REPORT) :])
            if "journey" not in message:  # the kiosk's own report (anatomy)
                report.update(message)
                continue
            try:
                wait_for(lambda: undelivered(services.data / "kiosk.db") == 0, "the sync service's delivery")
            except TimeoutError as exc:
                raise TimeoutError(f"{exc}: {outbox_states(services.data / 'kiosk.db')}") from None
            message.update({f"kiosk_{k}": v for k, v in rollup(child.pid).items()})
            message.update({f"sync_{k}": v for k, v in rollup(services.sync.pid).items()})
            rows.append(message)
            if anatomy and message["journey"] == 1:
                report["smaps"] = grouped(smaps_by_mapping(child.pid))
                report["sync_smaps"] = grouped(smaps_by_mapping(services.sync.pid))
                report["groups_first"] = group_totals(child.pid)
            if anatomy and message["journey"] == journeys:
                report["groups_last"] = group_totals(child.pid)
            n = message["journey"]
            if n in (1, 10) or n % 25 == 0:
                print(
                    f"  journey {n}: kiosk PSS {message['kiosk_pss']:.1f} MiB, sync {message['sync_pss']:.1f} MiB,"
                    f" widgets {message['widgets']}, threads {message['threads']}, fds {message['fds']}"
                    f" ({message['seconds']:.1f} s)",
                    file=sys.stderr,
                    flush=True,
                )
            child.stdin.write("go\n")
            child.stdin.flush()
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        services.close()
    if child.returncode != 0 or len(rows) < journeys:
        err = (tmp / "kiosk.err").read_text(errors="replace")[-3000:]
        raise RuntimeError(f"the kiosk stopped after {len(rows)} journeys (exit {child.returncode}):\n{err}")
    return report


# ---------------------------------------------------------------- the kiosk's process


def child_main(args: argparse.Namespace) -> int:
    """`kiosk run`'s composition, driven by taps delivered through the window."""
    if args.trace:
        import tracemalloc

        tracemalloc.start(1) if not tracemalloc.is_tracing() else None
    from kiosk import config
    from kiosk.app import build, show, shutdown
    from kiosk.logging_setup import setup_logging

    setup_logging()
    cfg = config.load(Path(args.config))
    kiosk = build(cfg, windowed=True)
    show(kiosk, windowed=True)

    from bench_journey_taps import Finger, Journeys, Missed
    from PySide6.QtCore import QObject
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    class PatientFinger(Finger):
        """Waits with the event loop idle between looks (the machine is shared; no busy loop)."""

        def until(self, condition, what: str, timeout_s: float = 60) -> None:
            end = time.monotonic() + timeout_s
            while not condition():
                if time.monotonic() > end:
                    raise Missed(f"{what} did not happen (at {self.window.router.current_name})")
                QTest.qWait(5)

        # each screen change timed as bench_journey.py does: from the tap to the new screen painted
        # (a synchronous repaint right after the release, whose handler changed the screen)
        def __init__(self, app, window) -> None:
            super().__init__(app, window)
            self.transitions: list[tuple[float, str]] = []
            self._pressed: tuple[float, str] | None = None

        def tap(self, widget, at=None) -> None:
            self._pressed = (time.perf_counter(), self.window.router.current_name)
            try:
                super().tap(widget, at)
            finally:
                self._pressed = None

        def settle(self) -> None:
            pressed, now = self._pressed, self.window.router.current_name
            if pressed is not None and now != pressed[1]:
                self.window.repaint()
                self.transitions.append(((time.perf_counter() - pressed[0]) * 1000, f"{pressed[1]} -> {now}"))
                self._pressed = None
            super().settle()

    app = kiosk.app
    end = time.monotonic() + 60
    while kiosk.assembly is None or not kiosk.window.isActiveWindow():
        if time.monotonic() > end:
            raise Missed("the kiosk did not start")
        kiosk.window.activateWindow()  # no window manager on Xvfb: focus is asked for
        QTest.qWait(20)
    parts = kiosk.assembly
    parts.photo.tick_ms = 30  # the countdown's seconds, shortened; the same taps
    reader = parts.card_reader
    sample = dict(reader._cards[0])

    class SoakJourneys(Journeys):
        retakes = 0

        def _photo(self) -> None:
            """As a person does: a photo the kiosk turns down (a blurred frame, now and then) is taken again."""
            f, photo = self.finger, self.parts.photo
            f.at("photo")
            for _ in range(5):
                f.until(lambda: photo.preview.good, "a good camera frame")
                f.tap(photo.shoot)
                f.until(lambda: photo.state not in ("countdown", "processing"), "the photo checked")
                if photo.state == "review":
                    break
                SoakJourneys.retakes += 1
                if photo.state == "rejected":
                    f.tap(photo.retake)
            f.tap(photo.use)

    finger = PatientFinger(app, kiosk.window)
    journeys = SoakJourneys(kiosk, finger)

    def objects() -> int:
        roots: list[QObject] = [app, *app.topLevelWidgets()]
        return sum(1 + len(root.findChildren(QObject)) for root in roots)

    import gc

    for n in range(1, args.journeys + 1):
        started = time.monotonic()
        # a new job seeker each time: the sample e-KTP with another NIK (its last four digits)
        reader._cards = [{**sample, "nik": sample["nik"][:12] + f"{n:04d}", "uid": f"04{n:012X}"}]
        journeys.ektp_registration()
        # as on an idle kiosk: the session end's deleteLater()s and its malloc_trim (200 ms after) have run
        QTest.qWait(400)
        gc.collect()
        if os.environ.get("SOAK_TRIM"):  # an experiment: what malloc_trim at the session's end gives back
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        print(
            REPORT
            + json.dumps(
                {
                    "journey": n,
                    "seconds": time.monotonic() - started,
                    "widgets": len(QApplication.allWidgets()),
                    "qobjects": objects(),
                    "threads": len(os.listdir("/proc/self/task")),
                    "fds": len(os.listdir("/proc/self/fd")),
                    "pyobjects": len(gc.get_objects()),
                    "transitions": finger.transitions,
                    "retakes": SoakJourneys.retakes,
                }
            ),
            flush=True,
        )
        finger.transitions = []
        if n == 1 and args.trace:
            print(REPORT + json.dumps(python_anatomy(app)), flush=True)
        sys.stdin.readline()  # measured from outside while the kiosk waits at the welcome screen
    shutdown(kiosk)
    return 0


def python_anatomy(app) -> dict:
    """Python's allocations by package (tracemalloc), and Qt's objects by class."""
    import tracemalloc

    from PySide6.QtCore import QObject

    snapshot = tracemalloc.take_snapshot()
    by_package: Counter[str] = Counter()
    top_files = [(stat.traceback[0].filename, stat.size / MIB) for stat in snapshot.statistics("filename")[:12]]
    numpy_domain = 389047  # numpy's array data is traced in its own domain
    for stat in snapshot.statistics("filename"):
        name = stat.traceback[0].filename
        by_package[_package(name)] += stat.size
    numpy_data = sum(
        s.size for s in snapshot.filter_traces([tracemalloc.DomainFilter(True, numpy_domain)]).statistics("filename")
    )
    classes: Counter[str] = Counter()
    for root in [app, *app.topLevelWidgets()]:
        for obj in [root, *root.findChildren(QObject)]:
            classes[obj.metaObject().className()] += 1
    return {
        "traced_mib": tracemalloc.get_traced_memory()[0] / MIB,
        "numpy_data_mib": numpy_data / MIB,
        "by_package": [(k, v / MIB) for k, v in by_package.most_common(15)],
        "top_files": top_files,
        "qt_classes": classes.most_common(12),
        "qt_objects": sum(classes.values()),
    }


def _package(filename: str) -> str:
    path = filename.replace("\\", "/")
    for marker in ("/site-packages/", "/dist-packages/"):
        if marker in path:
            return path.split(marker, 1)[1].split("/", 1)[0]
    if "/kiosk/" in path:
        return "kiosk (ours)"
    if "/bench/" in path:
        return "bench driver"
    if path.startswith("<"):
        return path
    return "Python stdlib"


# ---------------------------------------------------------------- report


def slope_per_100(xs: list[float], ys: list[float]) -> float:
    """Least-squares growth per 100 journeys."""
    return statistics.linear_regression(xs, ys).slope * 100 if len(xs) >= 2 else 0.0


def summarise(report: dict, chromium: float | None, load: str) -> dict:
    rows = report["rows"]
    after = [r for r in rows if r["journey"] >= 10] or rows
    xs = [r["journey"] for r in after]
    first = rows[0]
    last = rows[-1]
    summary = {
        "journeys": len(rows),
        "load": load,
        "chromium_pss": chromium,
        "kiosk_pss_first": first["kiosk_pss"],
        "sync_pss_first": first["sync_pss"],
        "kiosk_growth_per_100": slope_per_100(xs, [r["kiosk_pss"] for r in after]),
        "kiosk_uss_growth_per_100": slope_per_100(xs, [r["kiosk_uss"] for r in after]),
        "kiosk_anon_growth_per_100": slope_per_100(xs, [r["kiosk_anon"] for r in after]),
        "anon_tenth_to_last": last["kiosk_anon"] - after[0]["kiosk_anon"],
        "kiosk_anon_first": first["kiosk_anon"],
        "sync_growth_per_100": slope_per_100(xs, [r["sync_pss"] for r in after]),
        "tenth_to_last": last["kiosk_pss"] - after[0]["kiosk_pss"],
    }
    summary["retakes"] = last.get("retakes", 0)
    taps = [ms for r in rows for ms, _ in r.get("transitions", [])]
    if len(taps) >= 20:
        cuts = statistics.quantiles(taps, n=20)
        summary.update({"transitions_n": len(taps), "transitions_p50": cuts[9], "transitions_p95": cuts[18]})
    for key in ("widgets", "qobjects", "threads", "fds", "pyobjects"):
        summary[f"{key}_after_10"] = after[0][key]
        summary[f"{key}_last"] = last[key]
        summary[f"{key}_max"] = max(r[key] for r in after)
    return summary


def print_report(report: dict, s: dict) -> None:
    from machine import describe

    rows = report["rows"]
    env = f", kiosk environment {' '.join(s['env'])}" if s.get("env") else ""
    print(f"Machine: {describe()}; load {s['load']}; Xvfb 1280x800, the kiosk as `kiosk run` (xcb){env}")
    print(
        f"{s['journeys']} complete registrations (e-KTP, camera preview and photo, printed card, synced),"
        " each back at the welcome screen\n"
    )
    print(
        "| after journey | kiosk PSS | kiosk anonymous | kiosk RSS | sync service PSS | widgets | QObjects"
        " | threads | fds |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    marks = sorted({1, 10, *range(50, s["journeys"] + 1, 50), s["journeys"]} & {r["journey"] for r in rows})
    for r in rows:
        if r["journey"] in marks:
            print(
                f"| {r['journey']} | {r['kiosk_pss']:.1f} MiB | {r['kiosk_anon']:.1f} MiB | {r['kiosk_rss']:.1f} MiB |"
                f" {r['sync_pss']:.1f} MiB | {r['widgets']} | {r['qobjects']} | {r['threads']} | {r['fds']} |"
            )
    growth = s["kiosk_anon_growth_per_100"]
    print(
        f"\nkiosk growth after the 10th journey, least squares: anonymous memory {growth:+.2f} MiB per 100 journeys"
        f" (goal < 1 MiB per 100: {'met' if growth < 1 else 'NOT met'}), PSS {s['kiosk_growth_per_100']:+.2f}"
        f" (PSS also moves when other processes map the same libraries); {s['tenth_to_last']:+.2f} MiB PSS and"
        f" {s['anon_tenth_to_last']:+.2f} MiB anonymous from the 10th journey to the last"
    )
    print(f"sync service PSS growth: {s['sync_growth_per_100']:+.2f} MiB per 100 journeys")
    for key, words in (("widgets", "widgets"), ("qobjects", "QObjects"), ("threads", "threads"), ("fds", "fds")):
        grew = s[f"{key}_last"] > s[f"{key}_after_10"]
        print(
            f"{words}: {s[f'{key}_after_10']} after the 10th, {s[f'{key}_last']} after the last, at most"
            f" {s[f'{key}_max']} ({'GREW' if grew else 'no growth'})"
        )
    if s.get("retakes"):
        print(f"photos the kiosk turned down and the driver took again (as a person would): {s['retakes']}")
    if "transitions_n" in s:
        print(
            f"screen transitions over the soak (tap to painted, as bench_journey.py times them):"
            f" p50 {s['transitions_p50']:.1f} ms, p95 {s['transitions_p95']:.1f} ms, n={s['transitions_n']}"
        )
    if s["chromium_pss"]:
        ratio = s["kiosk_pss_first"] / s["chromium_pss"]
        print(
            f"\nChromium --kiosk on bench/welcome.html, same X server, same run: {s['chromium_pss']:.1f} MiB PSS"
            f" (its whole process tree). Kiosk after the first journey: {s['kiosk_pss_first']:.1f} MiB ="
            f" {ratio:.2f} of Chromium's (goal at most 0.33: {'met' if ratio <= 1 / 3 else 'NOT met'});"
            f" with the sync service: {(s['kiosk_pss_first'] + s['sync_pss_first']) / s['chromium_pss']:.2f}"
        )
    else:
        print("\nChromium is not installed: no reference this run.")


def print_anatomy(report: dict, trace: dict | None) -> None:
    print("\n### Where the kiosk's memory goes, after the first journey (PSS per mapping, grouped)\n")
    print("| part | PSS | largest mappings |")
    print("| --- | ---: | --- |")
    for group, mib, items in report["smaps"]:
        if mib < 0.5:
            continue
        top = ", ".join(f"{Path(p).name or p} {m:.1f}" for p, m in items[:3])
        print(f"| {group} | {mib:.1f} MiB | {top} |")
    print(f"| total | {sum(m for _, m, _ in report['smaps']):.1f} MiB | |")
    if "groups_last" in report:
        print("\nThe same groups after the first and the last journey (PSS / RSS / private, MiB):\n")
        print("| part | after the first | after the last |")
        print("| --- | ---: | ---: |")
        for group, first in report["groups_first"].items():
            last = report["groups_last"].get(group, {})

            def cell(d: dict[str, float]) -> str:
                private = d.get("Private_Dirty", 0) + d.get("Private_Clean", 0)
                return f"{d.get('Pss', 0):.1f} / {d.get('Rss', 0):.1f} / {private:.1f}"

            if first.get("Rss", 0) >= 0.5:
                print(f"| {group} | {cell(first)} | {cell(last)} |")
    print("\nThe sync service, the same way: " + ", ".join(f"{g} {m:.1f} MiB" for g, m, _ in report["sync_smaps"][:6]))
    if trace:
        print(
            f"\nPython's own allocations (tracemalloc, second run, after its first journey):"
            f" {trace['traced_mib']:.1f} MiB in all, of which numpy array data {trace['numpy_data_mib']:.1f} MiB"
        )
        print("by package: " + ", ".join(f"{k} {v:.1f}" for k, v in trace["by_package"][:10]) + " (MiB)")
        print("by file: " + ", ".join(f"{'/'.join(Path(k).parts[-2:])} {v:.1f}" for k, v in trace["top_files"]))
        print(f"Qt objects: {trace['qt_objects']}, most: " + ", ".join(f"{k} {v}" for k, v in trace["qt_classes"][:10]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journeys", type=int, default=300)
    parser.add_argument("--json", type=Path, help="write every measurement here (bench/charts.py draws it)")
    parser.add_argument("--anatomy", action="store_true")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="in the kiosk's environment (e.g. MALLOC_ARENA_MAX=2, as a systemd unit would set)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--config", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_main(args)
    from tests.support.xvfb import Xvfb

    load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    with Xvfb(1280, 800) as display, tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp_name:
        tmp = Path(tmp_name)
        extra_env = dict(item.split("=", 1) for item in args.env)
        _mkdir(tmp / "soak")
        report = soak(args.journeys, display, tmp / "soak", anatomy=args.anatomy, extra_env=extra_env)
        chromium = chromium_pss(display, tmp)
        trace = None
        if args.anatomy and _mkdir(tmp / "trace"):
            trace = {k: v for k, v in soak(1, display, tmp / "trace", anatomy=False, trace=True).items() if k != "rows"}
    summary = summarise(report, chromium, load)
    summary["env"] = args.env
    print_report(report, summary)
    if args.anatomy:
        print_anatomy(report, trace)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": report["rows"]}, indent=1), encoding="utf-8")
    return 0


def _mkdir(path: Path) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return True


if __name__ == "__main__":
    sys.exit(main())
