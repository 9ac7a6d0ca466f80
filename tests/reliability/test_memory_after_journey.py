"""After a complete registration and the session's end, nothing large of that person stays in
memory: no camera frame (the worker's arrays, the preview's QImages), no photo (the JPEG), no
card raster (the printed card, the review's preview). Issue 22: a kiosk in service must not keep
one journey's pictures into the next one, for privacy and for its memory over days."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from typing import Any

import numpy as np
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from kiosk.devices import camera as camera_mod
from kiosk.services import printing, registration
from tests.journey.test_journey import at, click, fill_after_identity, take_photo

LARGE_PIXELS = 100 * 100  # a frame, photo or card is far larger; icons and glyphs are smaller


class Made:
    """Weak references to every picture a function returns: what is still alive is held somewhere."""

    def __init__(self) -> None:
        self.refs: list[tuple[str, weakref.ref[Any]]] = []

    def wrap(self, what: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def made(*args: Any, **kwargs: Any) -> Any:
            result = fn(*args, **kwargs)
            self.refs.append((what, weakref.ref(result)))
            return result

        return made

    def alive(self) -> list[str]:
        return [what for what, ref in self.refs if ref() is not None]


def _picture(obj: Any) -> str:
    """What a large array, image or JPEG is; "" for anything else."""
    if isinstance(obj, np.ndarray) and obj.ndim >= 2 and obj.shape[0] * obj.shape[1] >= LARGE_PIXELS:
        return f"ndarray {obj.shape}"
    if isinstance(obj, QImage) and obj.width() * obj.height() >= LARGE_PIXELS:
        return f"QImage {obj.width()}x{obj.height()}"
    if isinstance(obj, Image.Image) and obj.width * obj.height >= LARGE_PIXELS:
        return f"PIL image {obj.size}"
    if isinstance(obj, bytes) and len(obj) > 5000 and obj[:3] == b"\xff\xd8\xff":
        return f"JPEG of {len(obj)} bytes"
    return ""


def pictures_now() -> list[Any]:
    """Every large picture some Python object refers to now (kept: their ids stay theirs)."""
    return [obj for holder in gc.get_objects() for obj in gc.get_referents(holder) if _picture(obj)]


def large_pictures_held(allowed: set[int]) -> list[str]:
    """Every large array, image or JPEG that some Python object still refers to."""
    found = []
    for holder in gc.get_objects():
        for obj in gc.get_referents(holder):
            if id(obj) not in allowed and (what := _picture(obj)):
                found.append(f"{what} in {type(holder).__name__}")
    return found


def test_no_frame_photo_or_card_raster_survives_the_session(kiosk, qtbot, monkeypatch):
    made = Made()
    monkeypatch.setattr(camera_mod, "to_qimage", made.wrap("preview frame", camera_mod.to_qimage))
    monkeypatch.setattr(printing, "render_card", made.wrap("card raster", printing.render_card))
    parts = kiosk.assembly
    source = parts.camera.source
    monkeypatch.setattr(source, "read", made.wrap("camera frame", source.read))
    monkeypatch.setattr(registration, "preview", made.wrap("card preview", registration.preview))
    flow = parts.flow
    # pictures earlier tests of this process left alive are not this journey's (in the whole suite
    # a sample JPEG and a printed raster of other tests are still held when this one starts)
    gc.collect()
    earlier = pictures_now()

    parts.card_reader.tap(0)
    fill_after_identity(kiosk, qtbot, type_personal=False)
    take_photo(kiosk, qtbot)
    at(kiosk, qtbot, "review")
    qtbot.waitUntil(lambda: not flow.review.preview.pixmap().isNull(), timeout=5000)
    click(qtbot, flow.review.nav.next)
    qtbot.waitUntil(lambda: flow.done.state == "printed", timeout=15_000)
    click(qtbot, flow.done.finish)
    at(kiosk, qtbot, "welcome")

    # the journey made them: frames, the preview's images, the printed card
    kinds = {what for what, _ in made.refs}
    assert {"camera frame", "preview frame", "card preview", "card raster"} <= kinds
    # nothing else holds a picture of the person either: not counted are the sample the simulated
    # camera was loaded with (its scenery) and the pages the simulated printer let out (the paper;
    # it keeps the newest few, as a real printer keeps none)
    scenery = {id(frame) for frame in getattr(source, "_frames", [])}

    def held() -> list[str]:
        gc.collect()
        paper = {id(raster) for page in parts.printer.simulator.pages for raster in page.rasters}
        return made.alive() + large_pictures_held(scenery | paper | {id(obj) for obj in earlier})

    # released once the session end's deleteLater()s and the last queued answers (a page still
    # arriving at the printer simulator, a worker's result) have had their turn on a busy machine
    try:
        qtbot.waitUntil(lambda: held() == [], timeout=5000)
    except qtbot.TimeoutError:
        assert held() == []
    # nor does any label still show one (the photo's review, the card's preview)
    shown = [
        f"{label.objectName() or type(label).__name__} {label.pixmap().width()}x{label.pixmap().height()}"
        for label in kiosk.window.findChildren(QLabel)
        if not label.pixmap().isNull() and label.pixmap().width() * label.pixmap().height() >= LARGE_PIXELS
    ]
    assert shown == []


def test_a_long_running_printer_simulator_keeps_only_its_newest_pages(tmp_path):
    """`kiosk demo` runs the printer simulator in the kiosk's process for days: it holds the
    newest pages only (all are saved as PNGs), not every card's raster since the start."""
    from kiosk.devices.escpos_simulator import PrinterSimulator
    from kiosk.devices.printer_escpos import EscposPrinter

    with PrinterSimulator(tmp_path, keep_pages=2) as sim:
        printer = EscposPrinter(sim.uri, 58, timeout_s=5)
        try:
            for shade in (0, 1, 0):
                assert printer.print_image(Image.new("1", (384, 40 + 20 * shade), shade)).ok
        finally:
            printer.close()
    assert sim.printed == 3 and len(sim.pages) == 2
    assert [page.image().height for page in sim.pages] == [60, 40]  # the newest two, in order
    assert sorted(p.name for p in tmp_path.glob("page-*.png")) == ["page-0001.png", "page-0002.png", "page-0003.png"]
