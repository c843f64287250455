"""Load the Qt Designer forms from ``ui/`` (translated with the form's class as context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

# (getter, setter) pairs a form's texts live in; each is re-translated when the language changes
_PROPS = (("text", "setText"), ("accessibleName", "setAccessibleName"), ("accessibleDescription", "setAccessibleDescription"),
          ("toolTip", "setToolTip"), ("placeholderText", "setPlaceholderText"))

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
    widget._texts = _collect(widget, _sources(str(form(name))))
    retranslate_form(widget)
    return widget


def _sources(path: str) -> dict[tuple[str, str], str]:
    """The untranslated texts of a form, from its file: {(widget name, property): source}, with
    ("tab", i) properties for a tab widget's tab titles. QUiLoader translates while it loads
    (whatever ``setTranslationEnabled`` says), so the loaded widgets only know the text of the
    language in force then; a later switch needs the source."""
    out: dict[tuple[str, str], str] = {}

    def visit(el: ET.Element) -> None:
        name = el.get("name", "")
        for prop in el.findall("property"):
            string = prop.find("string")
            if string is not None and string.text and string.get("notr") != "true":
                out[(name, prop.get("name", ""))] = string.text
        tabs = [c for c in el.findall("widget")] if el.get("class") == "QTabWidget" else []
        for i, tab in enumerate(tabs):
            title = tab.find("attribute[@name='title']/string")
            if title is not None and title.text:
                out[(name, f"tab{i}")] = title.text
        for child in el.iter("widget"):
            if child is not el and _parent_widget(el, child):
                visit(child)

    root = ET.parse(path).getroot().find("widget")
    if root is not None:
        visit(root)
    return out


def _parent_widget(parent: ET.Element, child: ET.Element) -> bool:
    """Whether ``child`` is a widget directly under ``parent`` (layouts and items between)."""
    stack = list(parent)
    while stack:
        el = stack.pop()
        if el is child:
            return True
        if el.tag != "widget":
            stack.extend(el)
    return False


def _collect(form: QWidget, sources: dict[tuple[str, str], str]) -> list:
    """Every (widget, property or tab index, source text, text shown now) of the form, for
    re-translation. The source comes from the form's file when it has one there."""
    out = []
    for w in [form, *form.findChildren(QWidget)]:
        name = w.objectName()
        for get, set_ in _PROPS:
            if get == "text" and not isinstance(w, (QLabel, QAbstractButton)):
                continue
            if get == "placeholderText" and not isinstance(w, QLineEdit):
                continue
            shown = getattr(w, get)()
            if shown:
                out.append([w, set_, get, sources.get((name, get), shown), shown])
        if isinstance(w, QGroupBox) and w.title():
            out.append([w, "setTitle", "title", sources.get((name, "title"), w.title()), w.title()])
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                out.append([w, i, "tab", sources.get((name, f"tab{i}"), w.tabText(i)), w.tabText(i)])
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
