"""PC/SC card reader through pyscard: a supervisor thread on SCardGetStatusChange.

It survives reader unplug/replug (the PnP pseudo-reader wakes it) and a pcscd restart
(the context is rebuilt with backoff). On card insertion it reads the UID with
``FF CA 00 00 00``; without Dukcapil's SAM the chip gives nothing more.
"""

from __future__ import annotations

import logging
import threading

from smartcard import scard

from kiosk.core.problems import Code, Problem
from kiosk.devices.card_reader import CardReaderSignals

log = logging.getLogger(__name__)

PNP = "\\\\?PnP?\\Notification"
GET_UID = [0xFF, 0xCA, 0x00, 0x00, 0x00]
POLL_MS = 250
_SERVICE_GONE = {
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_E_NO_READERS_AVAILABLE,
}


def _code(hresult: int) -> int:
    return hresult & 0xFFFFFFFF


def _same(a: int, b: int) -> bool:
    return _code(a) == _code(b)


class PcscCardReader:
    def __init__(self, reader_name: str = "", *, max_backoff_s: float = 5.0) -> None:
        self.signals = CardReaderSignals()
        self._wanted = reader_name
        self._max_backoff = max_backoff_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._reader: str | None = None
        self._card_present = False
        self._insertions = 0  # pcsc-lite's insertion count when the present card was seen

    @property
    def present(self) -> bool:
        return self._reader is not None

    @property
    def card_present(self) -> bool:
        return self._card_present

    @property
    def reader(self) -> str | None:
        return self._reader

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._supervise, name="pcsc-reader", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=3)

    # -- the supervisor
    def _supervise(self) -> None:
        backoff = 0.2
        while not self._stop.is_set():
            hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if not _same(hr, scard.SCARD_S_SUCCESS):
                self._set_reader(None)
                # said once per outage; the retries go on quietly
                (log.debug if backoff > 0.2 else log.info)(
                    "pcscd not reachable (%s); retrying with backoff", scard.SCardGetErrorMessage(hr)
                )
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff)
                continue
            backoff = 0.2
            try:
                self._watch(ctx)
            except Exception:  # a supervisor never dies: log, rebuild the context
                log.exception("card reader supervisor error")
                self._stop.wait(0.5)
            finally:
                scard.SCardReleaseContext(ctx)
        self._set_reader(None)

    def _watch(self, ctx: int) -> None:
        """Until the service goes away or stop(): follow readers and cards."""
        reader_state = scard.SCARD_STATE_UNAWARE
        pnp_state = scard.SCARD_STATE_UNAWARE
        while not self._stop.is_set():
            reader = self._pick_reader(ctx)
            if reader is None:
                return  # the service went away: rebuild the context
            if reader == "":
                # no reader: sleep on the PnP notification until one appears
                hr, states = scard.SCardGetStatusChange(ctx, POLL_MS, [(PNP, pnp_state)])
                if _code(hr) in {_code(c) for c in _SERVICE_GONE - {scard.SCARD_E_NO_READERS_AVAILABLE}}:
                    return
                if _same(hr, scard.SCARD_S_SUCCESS):
                    pnp_state = states[0][1] & ~scard.SCARD_STATE_CHANGED
                continue
            hr, states = scard.SCardGetStatusChange(ctx, POLL_MS, [(reader, reader_state), (PNP, pnp_state)])
            if _same(hr, scard.SCARD_E_TIMEOUT):
                continue
            if not _same(hr, scard.SCARD_S_SUCCESS):
                if _code(hr) in {_code(c) for c in _SERVICE_GONE} or _same(hr, scard.SCARD_E_UNKNOWN_READER):
                    self._set_reader(None)
                    if _same(hr, scard.SCARD_E_UNKNOWN_READER):
                        reader_state = scard.SCARD_STATE_UNAWARE
                        continue
                    return
                log.warning("SCardGetStatusChange: %s", scard.SCardGetErrorMessage(hr))
                self._stop.wait(0.2)
                continue
            (_name, event, _atr), (_pnp, pnp_event, _) = states
            pnp_state = pnp_event & ~scard.SCARD_STATE_CHANGED
            if event & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
                self._set_reader(None)  # unplugged
                reader_state = scard.SCARD_STATE_UNAWARE
                continue
            reader_state = event & ~scard.SCARD_STATE_CHANGED
            present = bool(event & scard.SCARD_STATE_PRESENT) and not event & scard.SCARD_STATE_MUTE
            if event & scard.SCARD_STATE_PRESENT and event & scard.SCARD_STATE_MUTE:
                self.signals.error.emit(Problem(Code.UNKNOWN_CARD))
            insertions = event >> 16  # pcsc-lite counts card insertions in the high word
            if present and (not self._card_present or insertions != self._insertions):
                self._card_present = True
                self._insertions = insertions
                self._read_uid(ctx, reader)
            elif not present and self._card_present:
                self._card_present = False
                self.signals.card_removed.emit()

    def _pick_reader(self, ctx: int) -> str | None:
        """The reader to use, "" when there is none, None when pcscd went away."""
        hr, readers = scard.SCardListReaders(ctx, [])
        if _same(hr, scard.SCARD_E_NO_READERS_AVAILABLE) or (_same(hr, scard.SCARD_S_SUCCESS) and not readers):
            self._set_reader(None)
            return ""
        if not _same(hr, scard.SCARD_S_SUCCESS):
            self._set_reader(None)
            return None
        chosen = next((r for r in readers if self._wanted and self._wanted in r), None) if self._wanted else None
        chosen = chosen or str(readers[0])
        self._set_reader(chosen)
        return chosen

    def _set_reader(self, name: str | None) -> None:
        if name == self._reader:
            return
        previous, self._reader = self._reader, name
        if name is None:
            if self._card_present:
                self._card_present = False
                self.signals.card_removed.emit()
            log.info("card reader gone: %s", previous)
            self.signals.reader_changed.emit(False, previous or "")
            self.signals.error.emit(Problem(Code.READER_ABSENT))
        else:
            log.info("card reader present: %s", name)
            self.signals.reader_changed.emit(True, name)

    def _read_uid(self, ctx: int, reader: str) -> None:
        hr, card, protocol = scard.SCardConnect(
            ctx, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        if not _same(hr, scard.SCARD_S_SUCCESS):
            self.signals.error.emit(Problem(Code.CARD_PULLED if _removed(hr) else Code.UNKNOWN_CARD))
            return
        try:
            pci = scard.SCARD_PCI_T0 if protocol == scard.SCARD_PROTOCOL_T0 else scard.SCARD_PCI_T1
            hr, response = scard.SCardTransmit(card, pci, GET_UID)
            if not _same(hr, scard.SCARD_S_SUCCESS) or len(response) < 2:
                # an empty answer is what a reader gives when the card left mid-APDU
                self.signals.error.emit(Problem(Code.CARD_PULLED))
                return
            data, status = bytes(response[:-2]), bytes(response[-2:])
            if status == b"\x6a\x81" or len(data) > 10:  # the reader sees a collision
                self.signals.error.emit(Problem(Code.TWO_CARDS))
                return
            if status != b"\x90\x00" or not data:
                self.signals.error.emit(Problem(Code.UNKNOWN_CARD))
                return
            log.info("card inserted (uid %d bytes)", len(data))
            self.signals.card_inserted.emit(data.hex().upper())
        finally:
            scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)


def _removed(hr: int) -> bool:
    return _code(hr) in {
        _code(scard.SCARD_W_REMOVED_CARD),
        _code(scard.SCARD_E_NO_SMARTCARD),
        _code(scard.SCARD_W_UNRESPONSIVE_CARD),
        _code(scard.SCARD_E_COMM_DATA_LOST),
    }
