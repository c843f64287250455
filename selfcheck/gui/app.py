"""Application set-up: translations, style, error hooks, the first window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.mynumber import redact
from ..core.resources import resource, user_log_dir
from .preferences import HIGH_CONTRAST, LANGUAGE, LARGE_TEXT, Preferences

if TYPE_CHECKING:
    from ..core.backend import Backend

log = logging.getLogger("selfcheck")


class RedactingFilter(logging.Filter):
    """Nothing that looks like a My Number reaches a log line."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def setup_logging() -> None:
    # delay: the file is opened on the first message, not while the first window is coming up
    if not os.access(user_log_dir(), os.W_OK):
        return  # a folder that cannot be written: the window says so (core.storage); no log file
    handler = logging.FileHandler(user_log_dir() / "selfcheck.log", encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("selfcheck")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def settings():
    """The user's settings, in the platform's config folder (see ``Preferences``)."""
    return Preferences.store()


def install_translator(app: QApplication, lang: str | None) -> str:
    """Use ``lang`` ("ja" or "en"; None: the system's) from now on (see ``Preferences``)."""
    return Preferences.current().set_language(lang, app)


def apply_style(app: QApplication, large: bool, high_contrast: bool = False) -> None:
    """Text size and theme (see ``Preferences``)."""
    Preferences.current().set_style(large, high_contrast, app)


def install_error_hooks(app: QApplication) -> None:
    def show(exc_type, exc, tb) -> None:
        log.error("unexpected error: %s", redact("".join(traceback.format_exception(exc_type, exc, tb))))
        if threading.current_thread() is not threading.main_thread():
            return
        QMessageBox.critical(None, app.translate("App", "Selfcheck"),
                             app.translate("App", "Something went wrong inside Selfcheck. What you were doing has not "
                                                  "been sent. Try again; if it keeps happening, restart the app and "
                                                  "tell the help desk the time it happened."))

    sys.excepthook = show
    threading.excepthook = lambda a: show(a.exc_type, a.exc_value, a.exc_traceback)


# The GUI thread runs Python for every paint, timer and input event that passes the session's
# activity filter, and each time it must take the interpreter lock from a worker that is busy
# (reading pages, running the rules): a worker gives it up after the switch interval, 5 ms by
# default. Dozens of such waits in one frame held the event loop 100 ms and more.
GUI_SWITCH_INTERVAL = 0.001


def create_app(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Selfcheck")
    app.setOrganizationName("Selfcheck")
    app.setApplicationDisplayName("Selfcheck")
    app.setDesktopFileName("jp.example.Selfcheck")  # the menu entry (packaging/): Wayland matches the window to it
    app.setWindowIcon(QIcon(str(resource("icons", "selfcheck.svg"))))  # rendered only when shown
    return app


def _quit_on_first_paint(app: QApplication, window) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj is window:
                if os.environ.get("SELFCHECK_BENCH_PRINT"):
                    print("paint", time.monotonic(), flush=True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, window.close)
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def say_there_is_no_screen(lang: str | None) -> None:
    """``selfcheck`` started where no window can open (no X11 or Wayland display: an SSH session, a
    service): say so in the user's language, and how to try the demo without a screen, instead of
    Qt's abort, whose advice (reinstall the application) does not help."""
    from PySide6.QtCore import QCoreApplication

    from .check import console_translation

    _lang, _translator = console_translation(lang)
    text = QCoreApplication.translate("App", "selfcheck: there is no screen here to open the window on (neither "
                                             "DISPLAY nor WAYLAND_DISPLAY is set). Start Selfcheck from your desktop, "
                                             "or try the demo without a screen: %1")
    print(text.replace("%1", "QT_QPA_PLATFORM=offscreen selfcheck --demo --persona clean --screenshot demo.png"),
          file=sys.stderr)


def close_on_signals(window) -> None:
    """Ctrl+C in the terminal (SIGINT), SIGTERM (the desktop session ending, ``kill``) and SIGHUP
    (the terminal it was started from closing) close the
    window as its close button does: the session is ended on the server, work stops, the demo
    server goes (without asking about waiting requests: nobody may be there to answer). A second
    signal while closing ends the process at once. Qt's event loop runs no Python while it waits,
    so the signal's own handler would not run until the next event: a wake-up pipe that Qt
    watches lets it run at once. POSIX only (Windows sends neither to a windowed app)."""
    if os.name == "posix" and threading.current_thread() is threading.main_thread():
        _SignalCloser(window)  # parented to the window; the signal module holds its handler


class _SignalCloser(QObject):
    def __init__(self, window) -> None:
        import signal

        from PySide6.QtCore import QSocketNotifier

        super().__init__(window)
        self._window = window
        self._closing = False
        self._read_end, write_end = os.pipe()
        os.set_blocking(self._read_end, False)
        os.set_blocking(write_end, False)
        signal.set_wakeup_fd(write_end)  # the C handler writes here; Qt wakes; Python runs the handler
        self._notifier = QSocketNotifier(self._read_end, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(lambda: os.read(self._read_end, 512))  # readable: it does not block
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # SIGHUP: the terminal it ran in closed
            signal.signal(sig, self._close)

    def _close(self, signum, _frame) -> None:
        import signal

        if self._closing:  # asked twice: stop now, as the signal would have without us
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        self._closing = True
        QTimer.singleShot(0, self._window.close_anyway)  # from the event loop, not inside whatever ran


def run(args: argparse.Namespace, backend: Backend) -> int:
    """Open the window on ``backend`` (made by ``selfcheck.__main__``, which knows the demo's server)."""
    app = create_app()
    setup_logging()
    prefs = Preferences.current()
    saved = prefs.saved(LANGUAGE)  # the resident's last choice from the Language menu
    prefs.set_language(args.lang or (saved if saved in ("ja", "en") else None), app)
    prefs.set_style(args.large_text or prefs.saved(LARGE_TEXT), args.high_contrast or prefs.saved(HIGH_CONTRAST), app)
    if not args.screenshot:
        install_error_hooks(app)
    from .main_window import MainWindow

    backend.start()  # the demo server gets ready in its own process while the window comes up
    window = MainWindow(backend, counter=getattr(args, "counter", False), prefs=prefs)
    if args.exit_after == "first-paint":
        _quit_on_first_paint(app, window)
    window.present()  # the window starts the backend itself once it has painted
    close_on_signals(window)
    if getattr(args, "size", None):
        window.showNormal()
        window.resize(*args.size)
    if args.exit_after == "overview":
        def overview_filled() -> None:
            if os.environ.get("SELFCHECK_BENCH_PRINT"):
                print("overview", time.monotonic(), flush=True)

            def close() -> None:
                if os.environ.get("SELFCHECK_BENCH_PRINT"):  # closing time: from here to the process's exit
                    print("closing", time.monotonic(), flush=True)
                window.close()

            QTimer.singleShot(0, close)

        window.overviewShown.connect(overview_filled)
    if args.persona or args.screenshot or args.a11y_tour:  # the autopilot signs in as the demo resident
        from .autopilot import Autopilot

        pilot = Autopilot(window, args.persona, args.screenshot, args.screen, tour=args.a11y_tour)
        QTimer.singleShot(0, pilot.start)
        code = app.exec()
        code = pilot.exit_code if (args.screenshot or args.a11y_tour) else code
    else:
        code = app.exec()
    if os.environ.get("SELFCHECK_BENCH_PRINT"):
        print("exec-returned", time.monotonic(), flush=True)
    window.runner.wait_finished()  # the closing thread: running work, revocations, the backend
    return code
