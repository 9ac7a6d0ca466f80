from kiosk.devices.escpos_simulator import PrinterSimulator
from kiosk.devices.printer_escpos import EscposPrinter
from kiosk.services import selfcheck


def test_selfcheck_reports_each_device_and_never_raises(store, cfg):
    with PrinterSimulator() as sim:
        sim.state.paper = "out"
        checks = selfcheck.run(cfg, EscposPrinter(sim.uri, 58, timeout_s=2))
    selfcheck.record(store, checks)
    results = {c.device: c for c in checks}
    assert results["printer"].state == "paper_out" and not results["printer"].ok
    assert results["camera"].ok  # the simulated camera of the test config
    assert store.get_value("device.printer") == "paper_out"
    absent = cfg.with_overrides({"camera.source": "/dev/v4l/by-id/usb-nothing-video-index0"})
    assert selfcheck.camera_check(absent).state == "absent"


def test_a_stop_during_a_slow_printer_check_leaves_no_database_connection_open(cfg, qtbot):
    """The kiosk stopped while its start-up check still waits on a printer that does not answer:
    the check holds no connection to the database, so the stop closes the last one and SQLite
    folds its write-ahead log back into the file."""
    from kiosk.app import build, shutdown
    from tests.reliability.test_hung_server import HungServer

    silent = HungServer()
    try:
        slow = cfg.with_overrides({"printer.uri": f"tcp://127.0.0.1:{silent.port}", "printer.timeout_s": 3})
        kiosk = build(slow, windowed=True)
        kiosk.window.show()
        qtbot.waitUntil(lambda: kiosk.assembly is not None and bool(silent.held), timeout=10_000)  # it waits
        shutdown(kiosk)  # waits for the printer's request in hand (its timeout), not for the check
        assert not slow.db_path.with_name(slow.db_path.name + "-wal").exists()
    finally:
        silent.close()
