from kiosk.devices.escpos_simulator import PrinterSimulator
from kiosk.devices.printer_escpos import EscposPrinter
from kiosk.services import selfcheck


def test_selfcheck_reports_each_device_and_never_raises(store, cfg):
    with PrinterSimulator() as sim:
        sim.state.paper = "out"
        results = {c.device: c for c in selfcheck.run(cfg, store, EscposPrinter(sim.uri, 58, timeout_s=2))}
    assert results["printer"].state == "paper_out" and not results["printer"].ok
    assert results["camera"].ok  # the simulated camera of the test config
    assert store.get_value("device.printer") == "paper_out"
    absent = cfg.with_overrides({"camera.source": "/dev/v4l/by-id/usb-nothing-video-index0"})
    assert selfcheck.camera_check(absent).state == "absent"
