"""The user's folders follow each platform's layout (platformdirs); SELFCHECK_HOME puts
them all in one folder; resources are found through importlib.resources, not source paths."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import platformdirs.macos
import platformdirs.windows
import pytest

from selfcheck.core import resources

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A user without SELFCHECK_HOME and without XDG variables: the platform's defaults."""
    monkeypatch.delenv("SELFCHECK_HOME")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def folders() -> tuple[Path, Path, Path]:
    return resources.user_data_dir(), resources.user_config_dir(), resources.user_log_dir()


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG layout is Linux's")
def test_linux_gets_the_xdg_layout(home, monkeypatch):
    assert folders() == (home / ".local/share/selfcheck", home / ".config/selfcheck", home / ".local/state/selfcheck/log")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "cfg"))
    assert resources.user_config_dir() == home / "cfg" / "selfcheck"
    assert all(p.is_dir() and (p.stat().st_mode & 0o077) == 0 for p in folders())  # private to the user


def test_macos_gets_library_folders(home, monkeypatch):
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    support = home / "Library" / "Application Support" / "selfcheck"
    assert folders() == (support, support, home / "Library" / "Logs" / "selfcheck")


def test_windows_gets_local_appdata(home, monkeypatch):
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars)
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    local = home / "AppData" / "Local" / "selfcheck"  # no "author" folder in between
    assert folders() == (local, local, local / "Logs")


def test_selfcheck_home_puts_everything_in_one_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SELFCHECK_HOME", str(tmp_path / "kiosk"))
    assert folders() == (tmp_path / "kiosk",) * 3


@pytest.mark.e2e
@pytest.mark.gui
@pytest.mark.skipif(sys.platform != "linux", reason="the XDG layout is Linux's")
def test_the_app_writes_to_the_platform_folders(home, tmp_path):
    """The demo's database goes to the data folder, the log to the log folder, the settings to
    the config folder; settings an older version kept beside the data are moved, not lost."""
    data, config, logs = home / ".local/share/selfcheck", home / ".config/selfcheck", home / ".local/state/selfcheck/log"
    data.mkdir(parents=True)
    (data / "settings.ini").write_text("[General]\nlanguage=en\n")  # where versions before 0.2 kept it
    env = {k: v for k, v in os.environ.items() if k != "SELFCHECK_HOME"}
    # signed in and shown: the demo's server has made its database (an app that quits before its
    # server is up stops it, and no database is made)
    r = subprocess.run([sys.executable, "-m", "selfcheck", "--demo", "--persona", "clean", "--screenshot",
                        str(tmp_path / "x.png")], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (data / "demo" / "mock-api.sqlite3").is_file()
    assert (config / "settings.ini").read_text() == "[General]\nlanguage=en\n" and not (data / "settings.ini").exists()
    code = "import logging; from selfcheck.gui.app import setup_logging; setup_logging(); logging.getLogger('selfcheck').warning('x')"
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp_path, timeout=60)
    assert "WARNING selfcheck: x" in (logs / "selfcheck.log").read_text()
    assert sorted(p.name for p in home.iterdir() if p.name != "x.png") == [".config", ".local"]  # nothing else


def test_no_module_finds_files_through_its_source_path():
    """Resources come through importlib.resources (wheel, frozen app, checkout alike)."""
    offenders = []
    for path in (ROOT / "selfcheck").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id == "__file__":
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_resources_are_found_from_the_package(monkeypatch):
    found = resources.resource("styles", "app.qss")
    assert found.is_file() and resources.form("signin.ui").is_file()
