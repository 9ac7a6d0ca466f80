import os
import subprocess
import sys

from kiosk import __version__


def run_kiosk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version():
    result = run_kiosk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kiosk {__version__}"


def test_missing_display_is_one_line_not_a_qt_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = run_kiosk("demo", "--data-dir", str(tmp_path / "d"), env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("kiosk: No display found")


def test_global_config_is_honoured_by_subcommands(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\nid = "SMG-42"\n', encoding="utf-8")
    result = run_kiosk("--config", str(site), "config")
    assert result.returncode == 0
    assert "kiosk.id = 'SMG-42'" in result.stdout


def test_the_kiosk_start_imports_only_its_own_command():
    """`kiosk run` and `kiosk demo` leave the other commands' modules unimported (CPU before the
    first paint); every other command line still sees them all."""
    code = (
        "import sys; from kiosk import cli; cli.build_parser(sys.argv[1:]);"
        "print(sorted(m for m in cli.COMMAND_MODULES if m in sys.modules))"
    )
    for argv, expected in (
        (["--config", "x.toml", "run"], ["kiosk.commands.app"]),
        (["demo", "--windowed"], ["kiosk.commands.app"]),
        (["sync", "--once"], sorted(__import__("kiosk.cli").cli.COMMAND_MODULES)),
    ):
        result = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=60)
        assert result.stdout.strip() == str(expected), result.stderr
