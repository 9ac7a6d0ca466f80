"""The floor: a bare PySide6 window with the welcome screen's texts and nothing else.

With ``--centred`` its title is centred: one flag of the ``Qt`` namespace, which makes PySide6
create that namespace's 93 Python enums (about 25 ms of CPU here) as any window that aligns,
sizes or colours anything by a ``Qt`` flag does. The plain floor never touches ``Qt``.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            with open(os.environ["KIOSK_FIRST_PAINT_FILE"], "w", encoding="ascii") as fh:
                fh.write(f"{time.time()!r} {time.process_time()!r}")  # as kiosk/app.py writes it
        return False


app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("ATM Pencari Kerja")
column = QVBoxLayout(window)
for text in ("ATM Pencari Kerja", "Dinas Tenaga Kerja Kota Semarang", "Tempelkan e-KTP Anda"):
    column.addWidget(QLabel(text))
if "--centred" in sys.argv:
    from PySide6.QtCore import Qt

    column.itemAt(0).widget().setAlignment(Qt.AlignmentFlag.AlignCenter)
grid = QGridLayout()
for i, text in enumerate(("Daftar / Perpanjang AK/1", "Lapor 6 Bulanan", "Lowongan Kerja", "Simulasi Pesangon")):
    grid.addWidget(QPushButton(text), i // 2, i % 2)
column.addLayout(grid)
spy = FirstPaint()
window.installEventFilter(spy)
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
