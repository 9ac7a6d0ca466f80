"""The taps and typed characters of each journey, counted on the real window.

The kiosk runs as in the demo (simulated e-KTP reader with the licensed reader's biodata, camera
and printer) with the SIKER simulator over real HTTP as its server. Every tap is a mouse press
and release sent to the window at the place where the button, tile, field or list row is drawn,
so Qt delivers it to whatever is really there (a tap on something covered or scrolled away
fails); every character is typed into the focused field and counted apart. When a field lies
under the on-screen keyboard or below the fold, the form is dragged first: counted as a drag.

Goals (issue 18): registration with the e-KTP at most 15 taps besides typing the phone number;
the manual path at most 30 taps besides the characters of the required fields.

Usage: .venv/bin/python bench/bench_journey_taps.py [--size 1366x768] [--trace]
(offscreen; a real X window with QT_QPA_PLATFORM=xcb under xvfb-run; --trace lists every action)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QScrollArea, QWidget

from kiosk import config
from kiosk.app import build, shutdown
from kiosk.commands.app import DEMO_OVERRIDES
from kiosk.store.db import Store
from kiosk.sync.client import SikerClient, write_token
from kiosk.sync.sample_vacancies import seed_vacancies
from kiosk.sync.simulator import SikerSimulator
from kiosk.sync.vacancies import pull

PHONE = "081234567890"
MANUAL_NIK = "3374031708950002"  # a valid NIK of Kota Semarang that no sample e-KTP holds
# the goals: (taps at most, what is not counted against them)
EKTP_GOAL = 15
MANUAL_GOAL = 30


@dataclass
class Count:
    journey: str
    taps: int = 0
    typed: int = 0
    drags: int = 0
    goal: int | None = None
    goal_words: str = ""
    trace: list[str] = field(default_factory=list)  # what was done, in order (--trace prints it)

    @property
    def met(self) -> bool | None:
        return None if self.goal is None else self.taps <= self.goal


class Missed(AssertionError):
    """A tap that would not reach its target, or a journey that did not get where it should."""


class Finger:
    """Taps, drags and typing on the kiosk's window, counted into ``count``."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        self.app = app
        self.window = window
        self.count = Count("")

    # -- waiting (the event loop runs; nothing sleeps)
    def until(self, condition: Callable[[], object], what: str, timeout_s: float = 20) -> None:
        end = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > end:
                raise Missed(f"{self.count.journey}: {what} did not happen (at {self.window.router.current_name})")
            self.app.processEvents()

    def at(self, screen: str) -> None:
        self.until(lambda: self.window.router.current_name == screen, f"screen {screen}")
        self.settle()

    def settle(self) -> None:
        """Let a new screen lay itself out: a finger aims at where things are drawn."""
        for _ in range(3):
            self.app.processEvents()

    # -- touch
    def _hits(self, widget: QWidget, point: QPoint) -> bool:
        found = self.window.childAt(point)
        return found is not None and (found is widget or widget.isAncestorOf(found))

    def _drag_into_view(self, widget: QWidget) -> None:
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None:
            raise Missed(f"{self.count.journey}: {widget.objectName() or type(widget).__name__} is covered")
        area.ensureWidgetVisible(widget, 20, 20)
        self.count.drags += 1
        self.count.trace.append(f"drag to {_name(widget)}")
        self.settle()

    def tap(self, widget: QWidget, at: QPoint | None = None) -> None:
        """One tap at ``widget``'s centre (or at ``at`` inside it), delivered by the window."""
        if not (widget.isVisible() and widget.isEnabled()):
            raise Missed(f"{self.count.journey}: {widget.objectName() or type(widget).__name__} is not there")
        local = at if at is not None else widget.rect().center()
        point = widget.mapTo(self.window, local)
        if not self._hits(widget, point):
            self._drag_into_view(widget)
            point = widget.mapTo(self.window, local)
            if not self._hits(widget, point):
                raise Missed(f"{self.count.journey}: {widget.objectName() or type(widget).__name__} stays covered")
        before = self.window.router.current_name
        handle = self.window.windowHandle()
        QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        self.count.taps += 1
        self.count.trace.append(f"tap {_name(widget)} on {before}")
        self.settle()

    def tap_row(self, rows: QListWidget, index: int) -> None:
        item = rows.item(index)
        rows.scrollToItem(item)
        self.tap(rows.viewport(), rows.visualItemRect(item).center())

    def type_into(self, field: QWidget, text: str) -> None:
        """A tap on the field, then its characters (on the on-screen keys or the keypad)."""
        editor = getattr(field, "editor", field)
        self.tap(editor)
        self.until(editor.hasFocus, "the field's focus")
        editor.selectAll()  # a prefilled value is replaced, as a person would clear it
        QTest.keyClicks(editor, text)
        self.count.typed += len(text)
        self.count.trace.append(f"type {len(text)}")

    def type_focused(self, field: QWidget, text: str) -> None:
        """Characters into a field that has the focus already (no tap needed)."""
        editor = getattr(field, "editor", field)
        if not editor.hasFocus():
            self.type_into(field, text)
            return
        QTest.keyClicks(editor, text)
        self.count.typed += len(text)
        self.count.trace.append(f"type {len(text)} (focused)")


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{widget.objectName() or type(widget).__name__}" + (f" '{text}'" if text and len(text) < 30 else "")


class Journeys:
    """The five journeys, each from the welcome screen back to it."""

    def __init__(self, kiosk, finger: Finger) -> None:
        self.kiosk = kiosk
        self.parts = kiosk.assembly
        self.flow = kiosk.assembly.flow
        self.finger = finger

    def _start(self, journey: str, goal: int | None = None, goal_words: str = "") -> Count:
        self.finger.at("welcome")
        self.finger.count = Count(journey, goal=goal, goal_words=goal_words)
        return self.finger.count

    def _finish(self) -> None:
        f, done = self.finger, self.flow.done
        f.at("done")
        f.until(lambda: done.state == "printed", "the printout")
        f.tap(done.finish)
        f.at("welcome")

    def _photo(self) -> None:
        f, photo = self.finger, self.parts.photo
        f.at("photo")
        f.until(lambda: photo.preview.good, "a good camera frame")
        f.tap(photo.shoot)
        f.until(lambda: photo.state == "review", "the photo taken")
        f.tap(photo.use)

    def _form(self, *, manual: bool) -> None:
        """Consent, the five steps (what the e-KTP did not give is typed), photo, review, print."""
        f, flow = self.finger, self.flow
        f.at("consent")
        f.tap(flow.consent.agree)
        personal, contact, education, experience, preferences = flow.steps
        f.at(personal.name)
        for choice, value in ((personal.religion, "islam"), (personal.marital, "belum_kawin")):
            if choice.value() is None:  # the e-KTP gives both; a typed NIK neither
                f.tap(choice.buttons[value])
        f.tap(personal.nav.next)
        f.at(contact.name)
        f.type_into(contact.phone, PHONE)
        if manual:
            for field, text in (
                (contact.street, "Jl. Pemuda 12"),
                (contact.kelurahan, "Sekayu"),
                (contact.kecamatan, "Semarang Tengah"),
                (contact.city, "Kota Semarang"),
                (contact.province, "Jawa Tengah"),
            ):
                if not field.text():  # what the flow filled in already need not be typed
                    f.type_into(field, text)
        f.tap(contact.nav.next)
        f.at(education.name)
        f.tap(education.level.buttons["smk"])
        f.type_into(education.institution, "SMK Negeri 7 Semarang")
        f.type_into(education.year, "2016")
        f.tap(education.nav.next)
        for step in (experience, preferences):  # optional: nothing typed
            f.at(step.name)
            f.tap(step.nav.next)
        self._photo()
        f.at("review")
        f.tap(flow.review.nav.next)
        self._finish()

    def ektp_registration(self) -> Count:
        count = self._start("e-KTP registration (reader's biodata)", EKTP_GOAL, "taps <= 15, typing apart")
        self.parts.card_reader.tap(0)  # the card on the reader: no tap on the screen
        self._form(manual=False)
        return count

    def manual_registration(self) -> Count:
        count = self._start("manual registration (typed NIK)", MANUAL_GOAL, "taps <= 30, typing apart")
        f, manual = self.finger, self.parts.identify_manual
        f.tap(self.kiosk.window.router.get("welcome").tiles["register"])
        f.at("identify")
        f.tap(self.parts.identify.type_button)
        f.at(manual.name)
        f.type_focused(manual.nik_field, MANUAL_NIK)  # the NIK field has the focus and its own keypad
        f.type_into(manual.full_name, "Bambang Hartono")
        f.type_into(manual.birth_place, "Kendal")
        f.tap(manual.nav.next)
        self._form(manual=True)
        return count

    def reprint(self) -> Count:
        count = self._start("reprint (e-KTP on the reader)")
        f = self.finger
        self.parts.card_reader.tap(0)  # registered above: the tap proves possession
        f.at("my_card")
        f.tap(self.flow.my_card_screen.buttons["reprint"])
        self._finish()
        return count

    def reprint_by_number(self, registration_no: str) -> Count:
        count = self._start("reprint (typed NIK and AK/1 number)")
        f, existing = self.finger, self.flow.existing_screen
        f.tap(self.kiosk.window.router.get("welcome").tiles["register"])
        f.at("identify")
        f.tap(self.parts.identify.type_button)
        manual = self.parts.identify_manual
        f.at(manual.name)
        f.type_focused(manual.nik_field, MANUAL_NIK)
        f.type_into(manual.full_name, "Bambang Hartono")
        f.type_into(manual.birth_place, "Kendal")
        f.tap(manual.nav.next)
        f.at(existing.name)
        f.type_into(existing.number, registration_no)
        f.tap(existing.open)
        f.at("my_card")
        f.tap(self.flow.my_card_screen.buttons["reprint"])
        self._finish()
        return count

    def report(self) -> Count:
        count = self._start("six-monthly report (still seeking)")
        f, report = self.finger, self.flow.report
        f.tap(self.kiosk.window.router.get("welcome").tiles["report"])
        f.at("identify")
        self.parts.card_reader.tap(0)
        f.at(report.name)
        if report.status.value() != "seeking":
            f.tap(report.status.buttons["seeking"])
        f.tap(report.nav.next)
        self._finish()
        return count

    def apply(self) -> Count:
        count = self._start("apply to a vacancy")
        f, vacancies = self.finger, self.parts.vacancies
        f.tap(self.kiosk.window.router.get("welcome").tiles["vacancies"])
        f.at("vacancies")
        f.until(lambda: vacancies.results.count() > 0, "the vacancy list")
        f.tap_row(vacancies.results, 0)
        f.until(lambda: vacancies.pages.currentIndex() == 1, "the vacancy's detail")
        f.tap(vacancies.apply)
        f.at("identify")
        self.parts.card_reader.tap(0)
        f.until(self.flow.apply_confirm.isVisible, "the question 'Kirim lamaran?'")
        f.tap(self.flow.apply_confirm.yes)
        self._finish()
        return count


@dataclass
class Setup:
    kiosk: object
    app: QApplication
    sim: SikerSimulator
    store: Store


def start(data: Path, size: tuple[int, int] = (1280, 800)) -> Setup:
    """The kiosk as in the demo, with the SIKER simulator as its server and vacancies pulled from it."""
    sim = SikerSimulator(data / "siker.db", token="bench").start()
    seed_vacancies(sim, 40)
    token_file = data / "siker.token"
    write_token(token_file, "bench")
    cfg = config.load(
        overrides={
            **DEMO_OVERRIDES,
            "kiosk.data_dir": str(data / "kiosk"),
            "kiosk.fullscreen": False,
            "siker.base_url": sim.base_url,
            "siker.token_file": str(token_file),
        }
    )
    store = Store(cfg.db_path)
    pull(store, SikerClient(sim.base_url, "bench", cfg.kiosk.id))
    kiosk = build(cfg, windowed=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    kiosk.window.resize(*size)
    kiosk.window.show()
    end = time.monotonic() + 30
    while kiosk.assembly is None:
        if time.monotonic() > end:
            raise Missed("the kiosk did not start")
        app.processEvents()
    kiosk.window.activateWindow()  # on an X server without a window manager, focus needs asking for
    while not kiosk.window.isActiveWindow():
        if time.monotonic() > end:
            raise Missed("the kiosk's window did not become active")
        app.processEvents()
    kiosk.assembly.photo.tick_ms = 30  # the countdown's seconds, shortened; the same taps
    return Setup(kiosk, app, sim, store)


def stop(setup: Setup) -> None:
    shutdown(setup.kiosk)
    setup.store.close()
    setup.sim.close()


def run(setup: Setup, only: str | None = None) -> list[Count]:
    """Every journey in order (each later one needs the registrations made before it)."""
    finger = Finger(setup.app, setup.kiosk.window)
    journeys = Journeys(setup.kiosk, finger)
    counts = [journeys.ektp_registration()]
    if only == "ektp":
        return counts
    counts.append(journeys.manual_registration())
    counts.append(journeys.reprint())
    number = setup.store.query(
        "SELECT registration_no FROM registrations WHERE nik = ? ORDER BY created_at DESC LIMIT 1", (MANUAL_NIK,)
    )[0]["registration_no"]
    counts.append(journeys.reprint_by_number(number))
    counts.append(journeys.report())
    counts.append(journeys.apply())
    return counts


def table(counts: list[Count]) -> str:
    lines = [
        "| journey | taps | typed characters | drags | goal | met |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for c in counts:
        met = "-" if c.met is None else ("yes" if c.met else "NO")
        lines.append(f"| {c.journey} | {c.taps} | {c.typed} | {c.drags} | {c.goal_words or '-'} | {met} |")
    return "\n".join(lines)


def main() -> int:
    from machine import describe

    size = (1280, 800)
    if "--size" in sys.argv:
        width, height = sys.argv[sys.argv.index("--size") + 1].split("x")
        size = (int(width), int(height))
    data = Path(tempfile.mkdtemp(prefix="kiosk-taps-"))
    setup = start(data, size)
    try:
        counts = run(setup)
    finally:
        stop(setup)
    print(f"Machine: {describe()}; window {size[0]}x{size[1]}, platform {QApplication.platformName()}")
    print(table(counts))
    if "--trace" in sys.argv:
        for c in counts:
            print(f"{c.journey}: " + "; ".join(c.trace))
    print(
        "A tap is a press and release delivered by the window at the target's place; the e-KTP on the reader is"
        " not a tap. Typed characters are counted apart; the last screen's 'Selesai' is counted."
    )
    return 0 if all(c.met is not False for c in counts) else 1


if __name__ == "__main__":
    sys.exit(main())
