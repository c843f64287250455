"""The Debian package around the frozen app: its contents, the menu entry and AppStream
metadata as the validators see them, and (as root) ``apt install ./selfcheck_*.deb``, the
installed app running the demo offscreen, and ``apt remove`` leaving nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from .frozen import ROOT, run

pytestmark = [pytest.mark.frozen, pytest.mark.gui, pytest.mark.e2e]

APP_ID = "jp.example.Selfcheck"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="session")
def deb(frozen_app, tmp_path_factory):
    out = tmp_path_factory.mktemp("deb")
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_deb.py"), "--app", str(frozen_app),
                        "--out", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    return Path(r.stdout.strip())


@pytest.fixture(scope="session")
def unpacked(deb, tmp_path_factory):
    root = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def test_the_package_is_named_and_described_for_apt(deb):
    assert deb.name == "selfcheck_0.1.0_amd64.deb"
    fields = dict(line.split(": ", 1) for line in subprocess.run(
        ["dpkg-deb", "-f", str(deb)], check=True, capture_output=True, text=True).stdout.splitlines() if ": " in line)
    assert fields["Package"] == "selfcheck" and fields["Architecture"] == "amd64"
    assert "libegl1" in fields["Depends"] and int(fields["Installed-Size"]) > 50_000


def test_the_package_carries_the_app_entry_icons_and_metadata(unpacked):
    assert os.readlink(unpacked / "usr/bin/selfcheck") == "../lib/selfcheck/selfcheck"
    assert (unpacked / "usr/lib/selfcheck/selfcheck").stat().st_mode & 0o111
    assert (unpacked / f"usr/share/applications/{APP_ID}.desktop").is_file()
    assert (unpacked / "usr/share/icons/hicolor/scalable/apps/selfcheck.svg").is_file()
    for size in ICON_SIZES:
        img = QImage(str(unpacked / f"usr/share/icons/hicolor/{size}x{size}/apps/selfcheck.png"))
        assert (img.width(), img.height()) == (size, size)
        assert img.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not empty
        assert img.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent
    assert not list(unpacked.rglob("*.ts"))


def test_the_desktop_entry_passes_desktop_file_validate(unpacked):
    entry = unpacked / f"usr/share/applications/{APP_ID}.desktop"
    r = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert (r.returncode, r.stdout + r.stderr) == (0, "")
    text = entry.read_text(encoding="utf-8")
    assert "\nExec=selfcheck\n" in text and "\nIcon=selfcheck\n" in text and "Name[ja]=" in text


def test_the_metainfo_passes_appstreamcli_validate(unpacked):
    meta = unpacked / f"usr/share/metainfo/{APP_ID}.metainfo.xml"
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(meta)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    text = meta.read_text(encoding="utf-8")
    assert f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>" in text
    assert '<release version="0.1.0" date="' in text and "@" not in text


def dpkg_installed() -> bool:
    r = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", "selfcheck"], capture_output=True, text=True)
    return r.returncode == 0 and "installed" in r.stdout.split()


@pytest.mark.skipif(os.geteuid() != 0, reason="installing a package needs root (CI runs as root)")
def test_apt_installs_the_package_the_app_runs_and_apt_removes_it(deb, tmp_path):
    apt = ["apt", "-o", "DPkg::Lock::Timeout=600", "-y", "-q"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    r = subprocess.run([*apt, "install", f"./{deb.name}"], cwd=deb.parent, capture_output=True, text=True, env=env,
                       timeout=900)
    try:
        assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
        assert dpkg_installed()
        shot = run(["/usr/bin/selfcheck", "--demo", "--persona", "clean", "--lang", "en", "--screenshot", "x.png"],
                   tmp_path / "home", cwd=tmp_path)
        assert shot.returncode == 0, shot.stderr
        assert QImage(str(tmp_path / "x.png")).width() >= 800
        check = run(["/usr/bin/selfcheck", "check", "--demo", "pension-other", "--lang", "en"], tmp_path / "home",
                    cwd=tmp_path)
        assert check.returncode == 1 and "[Problem]" in check.stdout, check.stderr
    finally:
        removed = subprocess.run([*apt, "remove", "selfcheck"], capture_output=True, text=True, env=env, timeout=900)
    assert removed.returncode == 0, removed.stderr
    assert not dpkg_installed()
    for gone in ("/usr/bin/selfcheck", "/usr/lib/selfcheck", f"/usr/share/applications/{APP_ID}.desktop",
                 f"/usr/share/metainfo/{APP_ID}.metainfo.xml", "/usr/share/icons/hicolor/48x48/apps/selfcheck.png"):
        assert not os.path.lexists(gone), gone
