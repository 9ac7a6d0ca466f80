"""The PC/SC reader against the real stack: pcscd + vpcd + a virtual card process."""

from __future__ import annotations

import pytest

from kiosk.core.problems import Code, Problem
from kiosk.devices.card_reader_pcsc import PcscCardReader
from tests.support.pcsc import Pcscd, VirtualCard, missing_reason

pytestmark = [pytest.mark.pcsc, pytest.mark.skipif(missing_reason() is not None, reason=missing_reason() or "")]


@pytest.fixture(scope="module")
def pcscd(tmp_path_factory):
    daemon = Pcscd(tmp_path_factory.mktemp("pcsc") / "reader.conf.d", tmp_path_factory.mktemp("log") / "pcscd.log")
    daemon.start()
    yield daemon
    daemon.stop()


@pytest.fixture
def reader(pcscd, qtbot):
    r = PcscCardReader(max_backoff_s=0.5)
    with qtbot.waitSignal(r.signals.reader_changed, timeout=10_000) as seen:
        r.start()
    assert seen.args[0] is True and "Virtual PCD" in seen.args[1]
    cards: list[VirtualCard] = []
    r.cards = cards
    yield r
    for card in cards:
        card.remove()
    # the next test starts from an empty reader, not from a card vpcd has not yet seen leave
    qtbot.waitUntil(lambda: not r.card_present, timeout=10_000)
    r.stop()


def insert(reader, **kwargs) -> VirtualCard:
    card = VirtualCard(**kwargs)
    reader.cards.append(card)
    return card


def test_insert_reads_the_uid_and_removal_is_seen(reader, qtbot):
    with qtbot.waitSignal(reader.signals.card_inserted, timeout=10_000) as inserted:
        card = insert(reader, uid="04A1B2C3D4E5F6")
    assert inserted.args == ["04A1B2C3D4E5F6"]
    with qtbot.waitSignal(reader.signals.card_removed, timeout=10_000):
        card.remove()


def test_card_pulled_mid_read_gives_a_sentence_then_reinsert_works(reader, qtbot):
    with qtbot.waitSignal(reader.signals.error, timeout=10_000) as failed:
        pulled = insert(reader, pull_on_uid=True)
    assert failed.args == [Problem(Code.CARD_PULLED)]
    with qtbot.waitSignal(reader.signals.card_removed, timeout=10_000):
        pulled.remove()
    with qtbot.waitSignal(reader.signals.card_inserted, timeout=10_000) as inserted:
        insert(reader, uid="04DEADBEEF0001")
    assert inserted.args == ["04DEADBEEF0001"]


def test_pcscd_restart_mid_session_the_reader_comes_back(pcscd, reader, qtbot):
    if not pcscd.owned:
        pytest.skip("a system pcscd is running; this test restarts its own")
    with qtbot.waitSignal(reader.signals.reader_changed, timeout=10_000) as gone:
        pcscd.stop()
    assert gone.args[0] is False
    with qtbot.waitSignal(reader.signals.reader_changed, timeout=15_000) as back:
        pcscd.start()
    assert back.args[0] is True
    with qtbot.waitSignal(reader.signals.card_inserted, timeout=10_000) as inserted:
        insert(reader, uid="04CAFE0000BEEF")
    assert inserted.args == ["04CAFE0000BEEF"]


@pytest.mark.parametrize(("status", "code"), [("6A81", Code.TWO_CARDS), ("6A82", Code.UNKNOWN_CARD)])
def test_collision_and_unknown_card_give_their_problem(reader, qtbot, status, code):
    with qtbot.waitSignal(reader.signals.error, timeout=10_000) as failed:
        card = insert(reader, uid_status=status)
    assert failed.args == [Problem(code)]
    with qtbot.waitSignal(reader.signals.card_removed, timeout=10_000):
        card.remove()


def test_middleware_gets_the_uid_on_the_pcsc_thread_and_pairs_it_with_the_biodata(reader, qtbot):
    """The UID is the PC/SC thread's to write: it is there before the GUI thread runs an event,
    so biodata that follows the card (on the middleware's thread) carries that card's UID."""
    import json

    from kiosk.devices.card_reader_middleware import MiddlewareCardReader
    from tests.identity.test_identity import card as biodata
    from tests.identity.test_middleware_reader import WsMiddleware
    from tests.support.wait import poll_until

    server = WsMiddleware()
    middleware = MiddlewareCardReader(f"ws://127.0.0.1:{server.port}", presence=reader, max_backoff_s=0.3)
    try:
        middleware.start()
        qtbot.waitUntil(lambda: middleware.present and bool(server.clients), timeout=5000)
        assert middleware.card_uid is None
        card = insert(reader, uid="04A1B2C3D4E5F6")
        # poll_until runs no Qt event: a UID queued to the GUI thread would never show up here
        assert poll_until(lambda: middleware.card_uid == "04A1B2C3D4E5F6", 10)
        with qtbot.waitSignal(middleware.signals.identity_read, timeout=5000) as read:
            server.send(json.dumps(biodata()))
        assert read.args[0].card_uid == "04A1B2C3D4E5F6"

        card.remove()
        assert poll_until(lambda: middleware.card_uid is None, 10)
        with qtbot.waitSignal(middleware.signals.identity_read, timeout=5000) as read:
            server.send(json.dumps(biodata()))
        assert read.args[0].card_uid is None  # never the UID of a card that has left
    finally:
        middleware.stop()  # stops the PC/SC reader too
        server.close()
