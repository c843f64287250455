"""Load the Qt Designer forms from ``ui/`` (translated with the form's class as context)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.resources import form


def load_form(name: str, host: QWidget) -> QWidget:
    """Load ``ui/<name>`` and place it as the whole content of ``host``."""
    f = QFile(str(form(name)))
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {name} is missing: reinstall Selfcheck")
    loader = QUiLoader()
    try:
        widget = loader.load(f, host)
    finally:
        f.close()
    if widget is None:
        raise RuntimeError(f"form {name} could not be loaded: {loader.errorString()}")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return widget


class Page(QWidget):
    form_name = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = load_form(self.form_name, self)
        self.setObjectName(type(self).__name__)

    def first_focus(self) -> QWidget | None:
        return None

    def heading(self) -> str:
        return self.ui.titleLabel.text() if hasattr(self.ui, "titleLabel") else ""
