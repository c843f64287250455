"""Load the Qt Designer forms from ``ui/`` (translated with the form's class as context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QVBoxLayout, QWidget

# (getter, setter) pairs a form's texts live in; each is re-translated when the language changes
_PROPS = (("text", "setText"), ("accessibleName", "setAccessibleName"), ("accessibleDescription", "setAccessibleDescription"),
          ("toolTip", "setToolTip"))

from ..core.resources import form


def load_form(name: str, host: QWidget) -> QWidget:
    """Load ``ui/<name>`` and place it as the whole content of ``host``."""
    f = QFile(str(form(name)))
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {name} is missing: reinstall Selfcheck")
    loader = QUiLoader()
    loader.setTranslationEnabled(False)  # we translate, keeping the source text for a later language
    try:
        widget = loader.load(f, host)
    finally:
        f.close()
    if widget is None:
        raise RuntimeError(f"form {name} could not be loaded: {loader.errorString()}")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    widget._texts = _collect(widget)
    retranslate_form(widget)
    return widget


def _collect(form: QWidget) -> list:
    """Every (widget, property or tab index, source text) of the form, for re-translation."""
    out = []
    for w in [form, *form.findChildren(QWidget)]:
        for get, set_ in _PROPS:
            if get == "text" and not isinstance(w, (QLabel, QAbstractButton)):
                continue
            source = getattr(w, get)()
            if source:
                out.append([w, set_, get, source, source])
        if isinstance(w, QGroupBox) and w.title():
            out.append([w, "setTitle", "title", w.title(), w.title()])
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                out.append([w, i, "tab", w.tabText(i), w.tabText(i)])
    return out


def retranslate_form(form: QWidget) -> None:
    """Apply the current language to the form's own texts. A text the code has since replaced
    (a name, a count) is left alone: its page sets it again in the new language."""
    context = form.objectName()
    for entry in form._texts:
        w, setter, getter, source, applied = entry
        new = QCoreApplication.translate(context, source)
        if getter == "tab":
            if w.tabText(setter) == applied:
                w.setTabText(setter, new)
                entry[4] = new
            continue
        if getattr(w, getter)() == applied:
            getattr(w, setter)(new)
            entry[4] = new


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
