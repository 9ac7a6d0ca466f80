import pytest


@pytest.fixture
def cfg(cfg, tmp_path):
    """Staff tests: a 2-second corner hold, and a site file in tmp_path (never /etc)."""
    staff_cfg = cfg.with_overrides({"kiosk.staff_entry_hold_s": 2})
    staff_cfg.source = tmp_path / "kiosk.toml"
    staff_cfg.source.write_text(f'[kiosk]\ndata_dir = "{cfg.data_dir}"\n')
    return staff_cfg
