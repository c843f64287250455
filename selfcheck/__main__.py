"""``selfcheck``: the desktop app. Imports are lazy: the first window must not wait for
the HTTP client, pydantic or the embedded mock API."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from .mockapi.child import DEMO_SERVER_CHILD, command as demo_server  # standard library only: no FastAPI here


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("give the size as WIDTHxHEIGHT, e.g. 1366x720") from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 10000")
    return w, h


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="selfcheck", description="マイナンバー連携セルフチェック / My Number link self-check")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--demo", action="store_true", help="offline demo with sample residents (no network)")
    where.add_argument("--api", metavar="URL", help="government API base URL, e.g. http://127.0.0.1:8080")
    p.add_argument("--counter", action="store_true",
                   help="help-desk counter mode: staff sign in, residents one after another, full screen")
    p.add_argument("--lang", choices=("ja", "en"), help="language (default: the system's, Japanese or English)")
    p.add_argument("--large-text", action="store_true", help="twice the normal text size")
    p.add_argument("--high-contrast", action="store_true", help="white and yellow on black")
    p.add_argument("--persona", metavar="ID", help="demo: sign in as this demo resident")
    p.add_argument("--screenshot", metavar="PNG", help="demo: save the window as PNG once the screen has loaded, then exit")
    p.add_argument("--screen", choices=("overview", "confirmation", "my-record"), default="overview",
                   help="with --screenshot: which screen to capture")
    p.add_argument("--size", metavar="WxH", type=_size, help="window size, e.g. 1366x720 (a 1366x768 screen)")
    # for benchmarks: quit once the window has first painted, or once the overview is filled
    p.add_argument("--exit-after", choices=("first-paint", "overview"), help=argparse.SUPPRESS)
    # for the screen-reader test: visit every screen, waiting for "next" on standard input at each
    p.add_argument("--a11y-tour", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.api:
        from .core.apiurl import InsecureUrl, check_api_url

        try:
            check_api_url(args.api)
        except InsecureUrl:
            p.error("--api must be an https:// address (plain http:// only for 127.0.0.1, ::1 or localhost)")
    if not args.demo and not args.api:
        args.demo = True  # no server given: the offline demo is the only thing that can work
    if args.screenshot and not args.persona:
        p.error("--screenshot needs --persona")
    if args.persona and not args.demo:
        p.error("--persona works only with --demo")
    if args.counter and args.persona:
        p.error("--persona does not work in counter mode: residents type their own number and PIN")
    if args.a11y_tour and not (args.persona or args.counter):
        p.error("--a11y-tour needs --persona")
    if args.exit_after == "overview" and not args.persona:
        p.error("--exit-after overview needs --persona")
    return args


def _exit_without_teardown(code: int) -> NoReturn:
    """End the program once its work is done. Everything that must finish has (the window's
    closing thread: workers, sign-outs, the outbox; the demo server stops by itself when its pipe
    closes); what is skipped is the interpreter tearing down every module and Qt object one by
    one, which took 0.3 s after the window had gone. Exit handlers (logging's flush) still run."""
    import atexit
    import os

    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _without_qt(e: ImportError) -> bool:
    """Only the core is installed (``pip install selfcheck``): say what to install."""
    if (e.name or "").split(".")[0] not in ("PySide6", "shiboken6"):
        return False
    print("selfcheck: this needs the desktop part, which is not installed: pip install 'selfcheck[gui,mock-api]'",
          file=sys.stderr)
    return True


def _no_screen() -> bool:
    """X11 or Wayland systems (not Windows or macOS) with neither display set, nor a platform
    chosen for Qt (``QT_QPA_PLATFORM=offscreen``), nor a Wayland session Qt finds by itself."""
    import os

    if sys.platform in ("win32", "darwin"):
        return False
    env = os.environ
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM")
                or env.get("XDG_SESSION_TYPE") == "wayland")


def main(argv: list[str] | None = None) -> int:
    started_as_program = argv is None  # not called from a test: the process may end here
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [DEMO_SERVER_CHILD]:  # the frozen app starting its own demo server (see mockapi.child.command)
        from .mockapi.child import main as child_main

        return child_main(argv[1:])
    if argv[:1] == ["mock-api"]:  # the frozen app has no selfcheck-mock-api beside it
        from .mockapi.cli import main as mock_api_main

        return mock_api_main(argv[1:])
    if argv[:1] == ["check"]:
        try:
            from .gui.check import main as check_main
        except ImportError as e:
            if _without_qt(e):
                return 2
            raise
        from .mockapi.demo import resident_data

        try:
            code = check_main(argv[1:], resident_data)
            sys.stdout.flush()
        except BrokenPipeError:  # the reader went away (``| head``): what is left has nowhere to go
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nor at exit's flush
            return 141  # as a shell reports a program ended by SIGPIPE
        return code
    args = parse_args(argv)
    if _no_screen():  # Qt would abort; and no demo server for a window that cannot open
        try:
            from .gui.app import say_there_is_no_screen
        except ImportError as e:
            if _without_qt(e):
                return 2
            raise
        say_there_is_no_screen(args.lang)
        return 2
    from .core.backend import Backend

    # Spawn the demo server before Qt is even imported: it gets ready on the other core meanwhile.
    backend = Backend(demo=True, demo_server=demo_server) if args.demo else Backend(api_url=args.api)
    backend.start()
    try:
        from .gui.app import run
    except ImportError as e:
        backend.close()
        if _without_qt(e):
            return 2
        raise
    code = run(args, backend)
    if started_as_program:
        _exit_without_teardown(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
