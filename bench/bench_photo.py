"""Preview pipeline per frame at 640x480: read + detect/analyse + convert to QImage
(goal: median < 20 ms on one core), and what the live preview holds: fps and CPU share."""

import itertools
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import describe, summary
from PySide6.QtCore import QCoreApplication

from kiosk.core.photo import analyse
from kiosk.devices.camera import CameraWorker, to_qimage
from kiosk.devices.camera_file import FileSource


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    app = QCoreApplication([])
    source = FileSource(fps=1000)
    source.open()
    frames = [source.read().copy() for _ in range(20)]  # the simulated sensor noise is not our cost
    per_frame, as_run = [], []
    for i in range(200):
        started = time.perf_counter()
        frame = frames[i % 20].copy()  # what a driver's read costs: one copy
        analysis = analyse(frame) if i % 2 == 0 else None  # the worker analyses every 2nd frame
        to_qimage(frame)
        elapsed = (time.perf_counter() - started) * 1000
        as_run.append(elapsed)
        if analysis is not None:
            per_frame.append(elapsed)

    worker = CameraWorker(FileSource(fps=25))  # as the screen runs it: 25 fps, analysis every 2nd frame
    received = []
    worker.signals.frame.connect(lambda f: received.append(f.at))
    cpu0, wall0 = cpu_seconds(), time.monotonic()
    worker.start()
    while time.monotonic() - wall0 < 5:
        app.processEvents()
        time.sleep(0.005)
    worker.stop()
    cpu, wall = cpu_seconds() - cpu0, time.monotonic() - wall0
    gaps = [b - a for a, b in itertools.pairwise(received)]
    fps = 1 / statistics.median(gaps) if gaps else 0
    print(f"Machine: {describe()}")
    print(f"capture + analyse + QImage, 640x480, an analysed frame: {summary(per_frame)}")
    print(f"per frame as the preview runs (analysis every 2nd frame): {summary(as_run)} (goal: median < 20 ms)")
    share = 100 * cpu / wall
    print(f"live preview: {fps:.1f} fps held, {len(received)} frames in {wall:.1f} s, CPU {share:.0f}% of one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
