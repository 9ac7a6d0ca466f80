from pathlib import Path

import pytest

from kiosk import config
from kiosk.cli import main


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_carry_every_fixed_key_of_the_design(monkeypatch):
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setattr(config, "SITE_FILE", Path("/nonexistent/kiosk.toml"))
    cfg = config.load()
    assert cfg.source is None
    fixed = {
        "kiosk.id": "SMG-01",
        "kiosk.number": 1,
        "kiosk.region_code": "3374",
        "kiosk.data_dir": "/var/lib/kiosk",
        "kiosk.language": "id",
        "kiosk.idle_timeout_s": 60,
        "card_reader.backend": "pcsc",
        "card_reader.middleware_url": "ws://127.0.0.1:8765",
        "camera.source": "0",
        "printer.uri": "usb://0x0416:0x5011",
        "printer.paper_width_mm": 58,
        "siker.base_url": "https://siker.semarangkota.go.id/api/kiosk/v1",
        "siker.token_file": "/etc/kiosk/siker.token",
        "siker.ca_bundle": "",
    }
    assert {k: cfg.value(k) for k in fixed} == fixed


def test_every_default_key_has_a_comment():
    lines = config.DEFAULT_FILE.read_text(encoding="utf-8").splitlines()
    settings = [ln for ln in lines if "=" in ln and not ln.lstrip().startswith("#")]
    assert settings
    assert all("#" in ln for ln in settings), [ln for ln in settings if "#" not in ln]
    assert len(settings) == len(config.RULES)


def test_site_file_overrides_and_precedence(tmp_path, monkeypatch):
    env_file = write(tmp_path / "env.toml", '[kiosk]\nid = "SMG-07"\nnumber = 7\n')
    cli_file = write(tmp_path / "cli.toml", '[kiosk]\nid = "SMG-09"\n')
    monkeypatch.setenv("KIOSK_CONFIG", str(env_file))
    assert config.load().kiosk.id == "SMG-07"
    assert config.load().kiosk.number == 7
    cfg = config.load(cli_file)  # --config wins over $KIOSK_CONFIG
    assert cfg.kiosk.id == "SMG-09"
    assert cfg.kiosk.number == 1
    assert cfg.source == cli_file


@pytest.mark.parametrize(
    ("toml", "key", "value", "allowed"),
    [
        ("[kiosk]\nnumber = 0", "kiosk.number", "0", "1 to 99"),
        ("[kiosk]\nnumber = 100", "kiosk.number", "100", "1 to 99"),
        ('[kiosk]\nnumber = "3"', "kiosk.number", "'3'", "1 to 99"),
        ('[kiosk]\nlanguage = "fr"', "kiosk.language", "'fr'", "'id', 'en'"),
        ('[kiosk]\nregion_code = "33740"', "kiosk.region_code", "'33740'", "four-digit"),
        ("[kiosk]\nidle_timeout_s = 5", "kiosk.idle_timeout_s", "5", "15 to 600"),
        ('[card_reader]\nbackend = "nfc"', "card_reader.backend", "'nfc'", "'pcsc'"),
        ('[printer]\nuri = "lpt1"', "printer.uri", "'lpt1'", "tcp://host:port"),
        ("[printer]\npaper_width_mm = 76", "printer.paper_width_mm", "76", "58, 80"),
        ('[siker]\nbase_url = "ftp://x"', "siker.base_url", "'ftp://x'", "https://"),
        ("[kiosk]\nfullscreen = 1", "kiosk.fullscreen", "1", "true or false"),
    ],
)
def test_wrong_value_names_key_value_and_what_is_allowed(tmp_path, toml, key, value, allowed):
    site = write(tmp_path / "site.toml", toml)
    with pytest.raises(config.ConfigError) as err:
        config.load(site)
    message = str(err.value)
    assert key in message
    assert value in message
    assert allowed in message


def test_unknown_key_and_bad_toml_are_refused(tmp_path):
    with pytest.raises(config.ConfigError, match=r"unknown setting 'kiosk\.colour'"):
        config.load(write(tmp_path / "a.toml", '[kiosk]\ncolour = "red"\n'))
    with pytest.raises(config.ConfigError, match="not valid TOML"):
        config.load(write(tmp_path / "b.toml", "[kiosk\nid = 1\n"))
    with pytest.raises(config.ConfigError, match="Cannot read config file"):
        config.load(tmp_path / "missing.toml")


def test_cli_stops_with_the_message_and_exit_2(tmp_path, capsys):
    site = write(tmp_path / "site.toml", "[kiosk]\nnumber = 250\n")
    assert main(["--config", str(site), "config"]) == 2
    err = capsys.readouterr().err
    assert "kiosk.number" in err and "250" in err and "1 to 99" in err
    assert len(err.strip().splitlines()) == 1


def test_cli_config_prints_the_settings_in_force(tmp_path, capsys):
    site = write(tmp_path / "site.toml", '[kiosk]\nid = "SMG-03"\n')
    assert main(["--config", str(site), "config"]) == 0
    out = capsys.readouterr().out
    assert "kiosk.id = 'SMG-03'" in out
    assert str(site) in out


def test_typed_sections_and_rules_name_the_same_keys():
    typed = {f"{name}.{field}" for name, cls in config.SECTIONS.items() for field in cls._fields}
    assert typed == set(config.RULES)


def test_typed_sections_carry_the_validated_values(monkeypatch, tmp_path):
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    site = write(tmp_path / "site.toml", '[kiosk]\nid = "SMG-07"\nnumber = 7\n[camera]\nmin_sharpness = 50\n')
    cfg = config.load(site)
    assert (cfg.kiosk.id, cfg.kiosk.number) == ("SMG-07", 7)
    assert cfg.camera.min_sharpness == 50.0 and isinstance(cfg.camera.min_sharpness, float)
    assert cfg.printer.paper_width_mm == 58
    changed = cfg.with_overrides({"printer.paper_width_mm": 80})
    assert (changed.printer.paper_width_mm, cfg.printer.paper_width_mm) == (80, 58)
    with pytest.raises(AttributeError):  # read-only
        cfg.kiosk.id = "other"  # type: ignore[misc]
