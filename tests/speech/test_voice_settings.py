"""The voice's technician settings: ``speech.enabled`` (each session's default) and ``speech.volume``,
edited on the technician's settings tab like the other live settings, applied without a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk import config
from kiosk.config import ConfigError
from kiosk.devices.speech_simulated import SimulatedSpeech
from kiosk.services import site_settings, staff
from tests.staff.test_staff_screens import TECH_PIN, _login


@pytest.fixture
def cfg(cfg, tmp_path):
    voiced = cfg.with_overrides({"speech.backend": "simulated"})
    voiced.source = tmp_path / "kiosk.toml"
    voiced.source.write_text(f'[kiosk]\ndata_dir = "{cfg.data_dir}"\n')
    return voiced


def test_the_defaults_are_off_and_80(cfg):
    assert (cfg.speech.enabled, cfg.speech.volume, cfg.speech.backend) == (False, 80, "simulated")
    assert config.load().speech.backend == "espeak"  # the real voice unless a test says otherwise
    with pytest.raises(ConfigError, match=r"speech\.volume"):
        cfg.with_overrides({"speech.volume": 101})


def test_a_wrong_volume_is_refused_with_its_key(cfg):
    with pytest.raises(ConfigError, match=r"speech\.volume"):
        site_settings.save(cfg, {"speech.volume": "keras"})


def test_the_technician_sets_the_default_and_the_volume_live(qtbot, kiosk, cfg):
    staff.add(kiosk.store, "Budi Teknisi", "technician", TECH_PIN)
    modes = kiosk.assembly.staff
    _login(qtbot, kiosk, modes, TECH_PIN, "technician")
    t = modes.technician
    t.tabs.setCurrentIndex(1)
    assert t.fields["speech.enabled"].text() == "false" and t.fields["speech.volume"].text() == "80"
    assert "speech.volume" in t.field_labels["speech.volume"].text()
    t.fields["speech.enabled"].setText("true")
    t.fields["speech.volume"].setText("55")
    qtbot.mouseClick(t.save_button, Qt.MouseButton.LeftButton)
    assert t.message.text() == "Disimpan dan langsung berlaku."
    loaded = config.load(cfg.source)
    assert (loaded.speech.enabled, loaded.speech.volume) == (True, 55)
    voice = kiosk.window.voice
    assert isinstance(voice.speech, SimulatedSpeech) and voice.speech.volume == 55
    assert voice.default_on and not voice.enabled  # the technician's own session stays as it is
    qtbot.mouseClick(t.header.leave, Qt.MouseButton.LeftButton)
    assert kiosk.window.router.current_name == "welcome"
    assert voice.enabled and kiosk.window.status_bar.voice_button.isChecked()  # the next person's session
