"""A wheel built from the repo carries the forms and resources it runs with (and nothing it does
not run with), and runs the demo."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # needs Qt; whole processes

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_into_a_fresh_venv_and_runs_the_demo(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("selfcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("selfcheck/_data/ui/signin.ui", "selfcheck/_data/ui/home.ui",
                   "selfcheck/_data/resources/demo/personas.json", "selfcheck/_data/resources/styles/app.qss",
                   "selfcheck/_data/resources/translations/selfcheck_ja.qm",
                   "selfcheck/_data/resources/translations/selfcheck_en.qm"):
        assert needed in names, needed
    # only what runs: every form, no translation sources, no OpenAPI document (the server makes its own)
    assert {n for n in names if n.endswith(".ui")} == {f"selfcheck/_data/ui/{f.name}" for f in (ROOT / "ui").glob("*.ui")}
    assert not [n for n in names if n.endswith(".ts") or n.endswith("openapi.json")]

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # pip installs the wheel itself, offline; its dependencies come from this test's environment
    # (a .pth file), so the test needs no network and does not reinstall Qt.
    subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], check=True,
                   capture_output=True, timeout=300)
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    assert (env_dir / "bin" / "selfcheck").exists() and (env_dir / "bin" / "selfcheck-mock-api").exists()
    where = subprocess.run([str(py), "-c", "import selfcheck; print(selfcheck.__file__)"], check=True,
                           capture_output=True, text=True, cwd=tmp_path).stdout
    assert where.startswith(site), where
    out = tmp_path / "shot.png"
    env = {**os.environ, "SELFCHECK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([str(env_dir / "bin" / "selfcheck"), "--demo", "--persona", "clean", "--screenshot", str(out)],
                       capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 10_000
