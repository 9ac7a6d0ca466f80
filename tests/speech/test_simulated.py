"""The silent engine of the demo and the screen tests: it records, and keeps the real engine's contract."""

import pytest

from kiosk.devices.speech import Outcome, Speech, SpeechState, make_speech
from kiosk.devices.speech_espeak import EspeakSpeech
from kiosk.devices.speech_simulated import Said, SimulatedSpeech


def test_records_what_it_was_asked(qtbot):
    speech = SimulatedSpeech(volume=60)
    first = speech.say("Selamat datang", "id")
    speech.set_volume(30)
    second = speech.say("Welcome", "en")
    speech.stop()
    assert speech.said == [Said(first, "Selamat datang", "id", 60), Said(second, "Welcome", "en", 30)]
    assert speech.calls == ["say", "volume", "say", "stop"]
    assert speech.state is SpeechState.OK
    speech.forget()
    assert speech.said == []


def test_signals_come_from_the_event_loop_like_the_real_ones(qtbot):
    speech = SimulatedSpeech()
    events: list[tuple[str, int, object]] = []
    speech.signals.started.connect(lambda n, pid: events.append(("started", n, pid)))
    speech.signals.finished.connect(lambda n, outcome: events.append(("finished", n, outcome)))
    first = speech.say("Layar satu", "id")
    assert events == []  # never inside say()
    second = speech.say("Layar dua", "id")  # replaces and interrupts the first
    assert speech.speaking == second
    speech.finish()
    qtbot.waitUntil(lambda: len(events) == 4, timeout=2000)
    assert events == [
        ("started", first, 0),
        ("finished", first, Outcome.INTERRUPTED.value),
        ("started", second, 0),
        ("finished", second, Outcome.DONE.value),
    ]


def test_contract_checks_and_close(qtbot):
    speech = SimulatedSpeech()
    with pytest.raises(ValueError):
        speech.say("Bonjour", "fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        speech.set_volume(-1)
    speech.close()
    speech.say("Halo", "id")
    assert speech.said == [] and speech.closed


def test_factory_and_protocol(qtbot):
    simulated = make_speech("simulated", volume=40)
    assert isinstance(simulated, SimulatedSpeech) and simulated.volume == 40
    real = make_speech("espeak", volume=40)
    try:
        assert isinstance(real, EspeakSpeech)
        engines: list[Speech] = [simulated, real]  # mypy holds both to the protocol in make_speech
        assert all(callable(e.say) and callable(e.stop) for e in engines)
    finally:
        real.close()
    with pytest.raises(ValueError):
        make_speech("festival")
