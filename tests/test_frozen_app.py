"""The frozen app (PyInstaller onedir from ``packaging/selfcheck.spec``), offscreen, against
the same commands run from the venv: what each shows or prints must be the same."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading

import pytest
from PySide6.QtGui import QImage

from selfcheck.core.personas import persona_summaries

from .frozen import run

pytestmark = [pytest.mark.frozen, pytest.mark.gui, pytest.mark.e2e]

VENV = [sys.executable, "-m", "selfcheck"]


def both(frozen_app, tmp_path, *args, timeout=120):
    """The same command in the frozen app and in the venv, each with a fresh data folder."""
    frozen = run([str(frozen_app / "selfcheck"), *args], tmp_path / "frozen-home", cwd=tmp_path, timeout=timeout)
    venv = run([*VENV, *args], tmp_path / "venv-home", cwd=tmp_path, timeout=timeout)
    return frozen, venv


def test_the_frozen_app_is_a_folder_of_its_own(frozen_app):
    exe = frozen_app / "selfcheck"
    assert exe.is_file() and not (frozen_app / "_internal" / "selfcheck" / "__main__.py").exists()
    data = frozen_app / "_internal" / "selfcheck" / "_data"
    assert (data / "ui" / "signin.ui").is_file() and (data / "resources" / "translations" / "selfcheck_ja.qm").is_file()
    assert not list(frozen_app.rglob("*.ts")), "translation sources are not needed at run time"


def test_demo_screenshot_equals_the_venvs(frozen_app, tmp_path):
    args = ["--demo", "--persona", "shared-terminal", "--lang", "ja", "--screenshot"]
    frozen = run([str(frozen_app / "selfcheck"), *args, "frozen.png"], tmp_path / "frozen-home", cwd=tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    # the frozen app started its own demo server: the app itself, as the server child
    assert (tmp_path / "frozen-home" / "demo" / "mock-api.sqlite3").is_file()
    venv = run([*VENV, *args, "venv.png"], tmp_path / "venv-home", cwd=tmp_path)
    assert venv.returncode == 0, venv.stderr
    img = QImage(str(tmp_path / "frozen.png"))
    assert img.width() >= 800 and img.height() >= 500
    assert img == QImage(str(tmp_path / "venv.png"))  # the same pixels: forms, texts, style, fonts, data


def counter_tour(cmd: list[str], home, cwd) -> tuple[list[str], int]:
    """Walk the counter screens (staff sign-in, counter, resident sign-in, ... unlock) by
    answering "next" each time the app says a screen is ready."""
    env = {**os.environ, "SELFCHECK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    screens = []
    with subprocess.Popen([*cmd, "--counter", "--lang", "en", "--a11y-tour"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=cwd, env=env) as proc:
        killer = threading.Timer(120, proc.kill)  # a hung app fails the test instead of hanging it
        killer.start()
        try:
            for line in proc.stdout:
                if line.startswith("screen "):
                    screens.append(line.split()[1])
                    proc.stdin.write("next\n")
                    proc.stdin.flush()
            return screens, proc.wait()
        finally:
            killer.cancel()


def test_counter_mode_walks_the_same_screens_as_the_venv(frozen_app, tmp_path):
    frozen = counter_tour([str(frozen_app / "selfcheck")], tmp_path / "frozen-home", tmp_path)
    venv = counter_tour(VENV, tmp_path / "venv-home", tmp_path)
    assert frozen[0][:2] == ["staff_sign_in", "counter"], frozen  # the staff member signed in to the frozen app's server
    assert frozen == venv
    assert venv[1] == 0


def test_check_prints_the_same_as_the_venv(frozen_app, tmp_path):
    # every demo resident's findings as JSON; the translated text for a few (each run starts two apps)
    runs = [(p.id, "json", "en") for p in persona_summaries()]
    runs += [(pid, "text", "ja") for pid in ("same-name-insurance", "foreign-resident", "clean")]
    for persona, fmt, lang in runs:
        frozen, venv = both(frozen_app, tmp_path, "check", "--demo", persona, "--format", fmt, "--lang", lang)
        assert (frozen.returncode, frozen.stdout) == (venv.returncode, venv.stdout), persona
        assert frozen.returncode in (0, 1), frozen.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    frozen, venv = both(frozen_app, tmp_path, "check", "--json", str(bad))
    assert frozen.returncode == venv.returncode == 2
    assert frozen.stderr == venv.stderr


def test_the_frozen_app_carries_the_mock_api_command(frozen_app, tmp_path):
    frozen = run([str(frozen_app / "selfcheck"), "mock-api", "personas", "--format", "json"], tmp_path, cwd=tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    assert [p["id"] for p in json.loads(frozen.stdout)] == [p.id for p in persona_summaries()]


def test_the_command_check_suggests_for_an_unknown_resident_exists_in_the_frozen_app(frozen_app, tmp_path):
    """"There is no demo resident called X. List them with: ..." must name a command the installed
    app has: the frozen app (and the .deb) has no selfcheck-mock-api beside it."""
    exe = str(frozen_app / "selfcheck")
    for lang in ("en", "ja"):
        told = run([exe, "check", "--demo", "nobody-of-that-name", "--lang", lang], tmp_path, cwd=tmp_path)
        assert told.returncode == 2 and "nobody-of-that-name" in told.stderr, told.stderr
        suggested = re.search(r"\bselfcheck[\w-]*(?: [\w-]+)*", told.stderr.replace("nobody-of-that-name", ""), re.ASCII)
        assert suggested, told.stderr
        program, *rest = suggested.group(0).split()
        assert program == "selfcheck", f"{program} is not part of the installed app ({told.stderr.strip()})"
        listed = run([exe, *rest], tmp_path, cwd=tmp_path)
        assert listed.returncode == 0 and "shared-terminal" in listed.stdout, (suggested.group(0), listed.stderr)
    helped = run([exe, "check", "--help"], tmp_path, cwd=tmp_path)
    assert "selfcheck-mock-api" not in helped.stdout
