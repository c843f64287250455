"""Build the Debian package from the frozen app (``dist/selfcheck``, made by PyInstaller).

    python packaging/build_deb.py [--app dist/selfcheck] [--out dist]

Writes ``selfcheck_VERSION_ARCH.deb`` with ``dpkg-deb`` (no other Debian tooling needed):

    /usr/lib/selfcheck/                        the frozen app (onedir)
    /usr/bin/selfcheck                         -> ../lib/selfcheck/selfcheck
    /usr/share/applications/APP_ID.desktop     the menu entry (and a counter-mode action)
    /usr/share/metainfo/APP_ID.metainfo.xml    AppStream metadata
    /usr/share/icons/hicolor/scalable/apps/selfcheck.svg and SIZExSIZE/apps/selfcheck.png
    /usr/share/doc/selfcheck/copyright

Install with ``apt install ./selfcheck_VERSION_ARCH.deb``; ``apt remove selfcheck`` removes it all
(every file belongs to the package; the app writes only to the user's own folders). The icon and
desktop caches are refreshed by the dpkg triggers of hicolor-icon-theme and desktop-file-utils.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "jp.example.Selfcheck"
# what the frozen app loads from the system rather than carrying (found with objdump over the
# bundle: PyInstaller leaves out libc, GL/EGL and the display servers' client libraries)
DEPENDS = ["libc6 (>= 2.34)", "libegl1", "libgl1", "libxcb1", "libdrm2", "libwayland-client0", "libwayland-cursor0",
           "libwayland-egl1"]
RECOMMENDS = ["fonts-noto-cjk"]  # Japanese text on screen and in receipts


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def _installed_size_kib(root: Path) -> int:
    return sum(-(-p.lstat().st_size // 1024) for p in root.rglob("*") if p.is_file() or p.is_symlink())


def stage(app: Path, stage_dir: Path, ver: str, arch: str) -> None:
    if not (app / "selfcheck").is_file():
        raise SystemExit(f"no frozen app in {app}: run ./dev package (or pyinstaller packaging/selfcheck.spec)")
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    usr = stage_dir / "usr"
    shutil.copytree(app, usr / "lib" / "selfcheck", symlinks=True)
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / "selfcheck").symlink_to("../lib/selfcheck/selfcheck")
    apps = usr / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(HERE / f"{APP_ID}.desktop", apps)
    meta = usr / "share" / "metainfo"
    meta.mkdir(parents=True)
    date = datetime.datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or datetime.datetime.now().timestamp(),
                                           datetime.timezone.utc).date().isoformat()
    (meta / f"{APP_ID}.metainfo.xml").write_text(
        (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8").replace("@VERSION@", ver).replace("@DATE@", date),
        encoding="utf-8")
    icons = usr / "share" / "icons"
    (icons / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "selfcheck.svg", icons / "hicolor" / "scalable" / "apps")
    sys.path.insert(0, str(HERE))
    from render_icons import render

    render(icons)
    doc = usr / "share" / "doc" / "selfcheck"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: selfcheck\n\nFiles: *\nCopyright: The Selfcheck developers\nLicense: MIT\n"
        "Comment: the frozen app in /usr/lib/selfcheck also carries Python, Qt (LGPL-3.0) and PySide6\n"
        " (LGPL-3.0), and the Python packages listed in /usr/lib/selfcheck/_internal/*.dist-info.\n",
        encoding="utf-8")
    for p in stage_dir.rglob("*"):  # what dpkg installs: root-owned (--root-owner-group), no group/other writes
        if not p.is_symlink():
            p.chmod(p.stat().st_mode & ~0o022)
    debian = stage_dir / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        f"Package: selfcheck\nVersion: {ver}\nArchitecture: {arch}\nSection: utils\nPriority: optional\n"
        f"Maintainer: The Selfcheck developers <selfcheck@example.jp>\n"
        f"Installed-Size: {_installed_size_kib(usr)}\n"
        f"Depends: {', '.join(DEPENDS)}\nRecommends: {', '.join(RECOMMENDS)}\n"
        "Description: My Number link self-check (desktop app with an offline demo)\n"
        " See everything linked to your My Number, find wrong links and send a correction\n"
        " request. Includes the offline demo with made-up residents and a counter mode\n"
        " for municipal help desks.\n",
        encoding="utf-8")


def build(app: Path, out: Path) -> Path:
    ver, arch = version(), architecture()
    work = ROOT / "build" / "deb" / f"selfcheck_{ver}_{arch}"
    stage(app, work, ver, arch)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"selfcheck_{ver}_{arch}.deb"
    # gzip: several times faster to pack than dpkg's default xz on two cores, for a few MB more
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(work), str(deb)], check=True,
                   stdout=subprocess.DEVNULL)
    return deb


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--app", type=Path, default=ROOT / "dist" / "selfcheck")
    p.add_argument("--out", type=Path, default=ROOT / "dist")
    a = p.parse_args(argv)
    print(build(a.app.resolve(), a.out.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
