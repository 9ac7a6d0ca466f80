"""Fullscreen on a bare X server (no window manager) fills the screen, whatever its size."""

from __future__ import annotations

import signal

import pytest
from Xlib import X
from Xlib import display as xdisplay

from tests.support.kiosk_process import KioskProcess
from tests.support.xvfb import Xvfb


def kiosk_window(dpy: xdisplay.Display):
    for window in dpy.screen().root.query_tree().children:
        if window.get_wm_name() == "ATM Pencari Kerja" and window.get_attributes().map_state == X.IsViewable:
            return window
    return None


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_fullscreen_window_is_the_whole_screen(tmp_path, width, height):
    with Xvfb(width, height) as display:
        kiosk = KioskProcess(tmp_path / "data", env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
        try:
            kiosk.wait_up()  # after the first frame: the window has been mapped and painted
            dpy = xdisplay.Display(display)
            window = kiosk_window(dpy)
            assert window is not None, "no mapped kiosk window"
            geometry = window.get_geometry()
            screen = dpy.screen()
            dpy.close()
            assert (geometry.x, geometry.y, geometry.width, geometry.height) == (0, 0, width, height)
            assert (screen.width_in_pixels, screen.height_in_pixels) == (width, height)
            kiosk.proc.send_signal(signal.SIGTERM)
            assert kiosk.proc.wait(timeout=10) == 0
        finally:
            kiosk.stop()
