"""The shape of the code: the core never imports Qt, the GUI never imports the mock server,
no import cycles (import-linter contracts in pyproject.toml), small GUI modules, no error
handler that ignores its error, no worker closure that reaches into a widget, and tests that
use the window's public face only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "selfcheck"
TESTS = ROOT / "tests"


def parsed(paths):
    for path in sorted(paths):
        yield path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"))


def test_no_module_outside_gui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_core_and_mock_api_run_without_qt_loaded():
    code = ("import sys, importlib, pkgutil, selfcheck.core, selfcheck.mockapi\n"
            "for pkg in (selfcheck.core, selfcheck.mockapi):\n"
            "    for m in pkgutil.iter_modules(pkg.__path__):\n"
            "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
            "from selfcheck.mockapi.store import persona_summaries; persona_summaries()\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.gui
def test_the_first_window_does_not_import_the_network_stack():
    """What the first screen does not use is not imported before it shows."""
    code = ("import sys, os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from selfcheck.gui.app import create_app\nfrom selfcheck.core.backend import Backend\n"
            "from selfcheck.gui.main_window import MainWindow\nfrom selfcheck.mockapi.child import command\n"
            "app = create_app()\nw = MainWindow(Backend(demo=True, demo_server=command))\nw.show()\n"
            "heavy = [m for m in ('requests', 'fastapi', 'uvicorn', 'starlette', 'urllib3', 'pydantic') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.gui
def test_a_residents_first_window_imports_nothing_it_does_not_show():
    """Before the sign-in screen paints, nothing that screen does not use is imported: not the
    counter's modules (a resident's app is not a counter), nor the keyring, the card's PC/SC and
    crypto libraries, the databases, PDF or image libraries that later screens load in workers."""
    code = ("import sys, os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from selfcheck.gui.app import create_app\nfrom selfcheck.core.backend import Backend\n"
            "from selfcheck.gui.main_window import MainWindow\nfrom selfcheck.mockapi.child import command\n"
            "app = create_app()\nw = MainWindow(Backend(demo=True, demo_server=command))\nw.show()\napp.processEvents()\n"
            "unused = ('selfcheck.core.counter', 'selfcheck.gui.counter', 'selfcheck.gui.counter_shell', 'keyring',\n"
            "          'cryptography', 'smartcard', 'sqlite3', 'pypdf', 'PIL', 'selfcheck.core.rules', 'selfcheck.gui.pages',\n"
            "          'secrets', 'hashlib')\n"
            "loaded = [m for m in sys.modules if m.split('.')[0] in unused or m in unused]\n"
            "assert not loaded, loaded\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_import_contracts_hold():
    """pyproject.toml [tool.importlinter]: core without Qt or FastAPI, gui without mockapi, the
    front ends above the core, no cycles."""
    lint = Path(sys.executable).parent / "lint-imports"
    r = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "4 kept, 0 broken" in r.stdout


def test_the_window_is_a_thin_view():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in (PACKAGE / "gui").glob("*.py")}
    assert sizes["main_window.py"] <= 500, sizes["main_window.py"]
    assert {n: s for n, s in sizes.items() if s > 600} == {}


def _is_silent(node: ast.AST) -> bool:
    """A handler body that does nothing with the error: pass, ..., None."""
    if isinstance(node, ast.Lambda):
        return isinstance(node.body, ast.Constant)
    return isinstance(node, ast.ExceptHandler) and all(
        isinstance(s, ast.Pass) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)) for s in node.body)


ERROR_PARAMS = {"e", "_e", "exc", "err", "error", "_error"}


def test_no_error_handler_ignores_its_error():
    offenders = []
    for rel, tree in parsed(PACKAGE.rglob("*.py")):
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler) and _is_silent(node):
                offenders.append(f"{rel}:{node.lineno}: except that does nothing")
            if isinstance(node, ast.Lambda) and _is_silent(node):
                names = {a.arg for a in node.args.args}
                if names & ERROR_PARAMS:
                    offenders.append(f"{rel}:{node.lineno}: error handler lambda that drops the error")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("run", "call"):
                handlers = node.args[2:3] + [k.value for k in node.keywords if k.arg in ("on_error", "failed")]
                offenders += [f"{rel}:{h.lineno}: error handler that drops the error" for h in handlers if _is_silent(h)]
    assert offenders == []


def _work_functions(tree: ast.AST):
    """What the GUI hands to a worker: the first argument of ``runner.call``/``finish`` and of
    ``Job(what, work, ...)``; a name is followed to the nested function of that name."""
    defs = {n.name: n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        arg = None
        if isinstance(func, ast.Attribute) and func.attr == "call" and node.args:
            arg = node.args[0]
        elif isinstance(func, ast.Attribute) and func.attr == "finish" and len(node.args) > 1:
            arg = node.args[1]
        elif isinstance(func, ast.Name) and func.id == "Job" and len(node.args) > 1:
            arg = node.args[1]
        elif isinstance(func, ast.Attribute) and func.attr == "run" and node.args and not isinstance(node.args[0], ast.Name):
            arg = node.args[0]  # the old Runner.run(fn, on_ok, on_error)
        if isinstance(arg, ast.Name) and arg.id in defs:
            arg = defs[arg.id]
        if isinstance(arg, (ast.Lambda, ast.FunctionDef)):
            yield arg


def test_no_worker_closure_refers_to_a_widget():
    """Work that runs in a worker closes over data (a session, a path, HTML), never over the
    window, a page or a view: in the GUI it must not mention ``self`` at all."""
    offenders = []
    for rel, tree in parsed((PACKAGE / "gui").glob("*.py")):
        for fn in _work_functions(tree):
            if any(isinstance(n, ast.Name) and n.id == "self" for n in ast.walk(fn)):
                offenders.append(f"{rel}:{fn.lineno}")
    assert offenders == []


def test_no_attributes_are_bolted_onto_the_application():
    """Preferences live in their own object, not as attributes on QApplication."""
    offenders = []
    for rel, tree in parsed([*PACKAGE.rglob("*.py"), *TESTS.glob("*.py")]):
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr.startswith("_selfcheck"):
                offenders.append(f"{rel}:{node.lineno}")
            if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                                                    and t.value.id in ("app", "qapp") for t in node.targets)):
                offenders.append(f"{rel}:{node.lineno}")
    assert offenders == []


WINDOWS = {"w", "w2", "window", "counter", "win", "main"}


def test_tests_use_only_the_windows_public_face():
    offenders = []
    for rel, tree in parsed(TESTS.glob("*.py")):
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Name) and node.value.id in WINDOWS):
                offenders.append(f"{rel}:{node.lineno}: {node.value.id}.{node.attr}")
    assert offenders == []


@pytest.mark.parametrize("args", [["--api", "http://127.0.0.1:9"], ["check", "--demo", "clean"]])
def test_without_qt_the_app_says_what_to_install(args):
    """The core installs alone; the app's commands then say which extra they need."""
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "from selfcheck.__main__ import main\n"
            f"sys.exit(main({args!r}))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "pip install 'selfcheck[gui,mock-api]'" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def test_the_build_hook_goes_on_without_qt(monkeypatch, tmp_path, capsys):
    """Installing only the core (no PySide6, so no lrelease) must not fail on the translations."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("hatch_build_hook", ROOT / "tools" / "hatch_build.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    monkeypatch.setattr(hook, "find_lrelease", lambda: None)
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "x_ja.ts").write_text("<TS/>", encoding="utf-8")
    assert hook.compile_translations(tmp_path) == []
    assert "not compiled" in capsys.readouterr().err


def test_the_core_names_no_front_end_even_as_a_string():
    """The core does not start the mock server by its module name: the caller gives the command."""
    offenders = [f"{rel}:{n.lineno}" for rel, tree in parsed((PACKAGE / "core").rglob("*.py")) for n in ast.walk(tree)
                 if isinstance(n, ast.Constant) and isinstance(n.value, str) and "selfcheck.mockapi" in n.value
                 or isinstance(n, ast.Constant) and isinstance(n.value, str) and "selfcheck.gui" in n.value]
    assert offenders == []
