"""Read Selfcheck's accessibility tree from outside, as a screen reader does (AT-SPI), on each
screen of a tour, and report the interactive controls without a name. Runs with Debian's
python3 and python3-pyatspi, inside dbus-run-session with Xvfb; prints one JSON line.

    /usr/bin/python3 tests/support/atspi_reader.py SELFCHECK_PYTHON
"""

import json
import os
import subprocess
import sys

import pyatspi

INTERACTIVE = {"push button", "check box", "radio button", "combo box", "text", "password text", "page tab",
               "table", "tree table", "tree", "list", "spin button", "toggle button", "menu item", "scroll bar"}
SKIP = {"scroll bar"}  # Qt's own scroll bars are named by Qt as their orientation only on some versions


def _registered():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is not None and (a.name or "").lower() == "selfcheck":
            return a
    return None


def find_app(timeout=15.0):
    """The app, once Qt has registered it on the accessibility bus: wait for the desktop to say
    an application joined (an AT-SPI event), for a bounded time."""
    app = _registered()
    if app is not None:
        return app
    from gi.repository import GLib

    found = []

    def joined(_event):
        a = _registered()
        if a is not None and not found:
            found.append(a)
            pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(joined, "object:children-changed")
    GLib.timeout_add(int(timeout * 1000), lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(joined, "object:children-changed")
    return found[0] if found else _registered()


def walk(node, out, depth=0):
    try:
        role, name, states = node.getRoleName(), node.name or "", node.getState()
        count = node.childCount
    except Exception:
        return
    visible = states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)
    out.append({"role": role, "name": name, "visible": visible})
    if not visible and depth > 2:
        return
    for i in range(min(count, 300)):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, out, depth + 1)


def main():
    """Event-driven: a GLib main loop reads the app's "screen" lines and AT-SPI events alike."""
    from gi.repository import GLib

    python = sys.argv[1]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    who = ["--counter"] if sys.argv[2:] == ["counter"] else ["--persona", "child-parent-account"]
    app_proc = subprocess.Popen([python, "-m", "selfcheck", "--demo", "--lang", "en", *who, "--a11y-tour"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    report = {"screens": {}, "unnamed": {}, "announced": [], "shown": {}}
    state = {"app": None}

    def announced(event):
        text = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
        report["announced"].append(text)

    def on_line(_fd, _cond):
        line = app_proc.stdout.readline()
        if not line:
            pyatspi.Registry.stop()
            return False
        if line.startswith("screen "):
            screen = line.split()[1]
            state["app"] = state["app"] or _registered()
            if state["app"] is None:
                report["error"] = "the app never appeared on the accessibility bus"
                pyatspi.Registry.stop()
                return False
            # with an event loop running, pyatspi caches states: ask the app afresh every time
            from gi.repository import Atspi

            state["app"].set_cache_mask(Atspi.Cache.NONE)
            state["app"].clear_cache()
            nodes = []
            walk(state["app"], nodes)
            shown = [n for n in nodes if n["visible"] and n["role"] in INTERACTIVE and n["role"] not in SKIP]
            report["screens"][screen] = len(shown)
            report["unnamed"][screen] = [n["role"] for n in shown if not n["name"].strip()]
            # everything a screen reader says is showing, named: to compare with the screen
            report["shown"][screen] = sorted({f'{n["role"]}: {n["name"]}' for n in nodes if n["visible"] and n["name"]})
            app_proc.stdin.write("next\n")
            app_proc.stdin.flush()
        return True

    pyatspi.Registry.registerEventListener(announced, "object:announcement")
    GLib.io_add_watch(app_proc.stdout.fileno(), GLib.IO_IN | GLib.IO_HUP, on_line)
    GLib.timeout_add(120_000, lambda: (report.setdefault("error", "the tour took too long"), pyatspi.Registry.stop())[1] or False)
    try:
        pyatspi.Registry.start()
        try:
            app_proc.wait(60)
        except subprocess.TimeoutExpired:
            report["error"] = "the app did not finish the tour"
    finally:
        if app_proc.poll() is None:
            app_proc.kill()
    report["exit"] = app_proc.returncode
    print(json.dumps(report))


if __name__ == "__main__":
    main()
