import pytest

from kiosk.devices.escpos_simulator import PrinterSimulator
from kiosk.devices.printer_escpos import EscposPrinter
from kiosk.services.printing import PrintService
from kiosk.services.registration import save_registration
from kiosk.services.signing_keys import load_or_create
from tests.support.samples import draft


@pytest.fixture
def sim(tmp_path):
    with PrinterSimulator(tmp_path / "printed") as simulator:
        yield simulator


@pytest.fixture
def printer(sim):
    device = EscposPrinter(sim.uri, 58, timeout_s=2)
    yield device
    device.close()


@pytest.fixture
def key(data_dir):
    return load_or_create(data_dir)


@pytest.fixture
def service(store, printer, key):
    return PrintService(store, printer, key)


@pytest.fixture
def saved(store, cfg):
    return save_registration(store, cfg, draft())
