"""Small shared pieces: the error summary pattern and announcing to screen readers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QTableView, QWidget


def announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to speak ``text`` now (errors, findings, results)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class ErrorSummary(QObject):
    """GOV.UK-style error summary: a box at the top that takes focus and links to each field.

    Each field also shows its own message under it. Nothing the user typed is touched.
    """

    def __init__(self, summary: QLabel, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.title = title
        self._fields: dict[str, tuple[QWidget, QLabel | None]] = {}
        summary.linkActivated.connect(self._go)

    def field(self, key: str, widget: QWidget, message_label: QLabel | None) -> None:
        self._fields[key] = (widget, message_label)

    def show(self, problems: list[tuple[str | None, str]], focus: bool = True) -> None:
        """``problems``: (field key or None, message). ``focus``: move the keyboard there (not
        when only the language changed)."""
        self.clear()
        items = []
        for key, message in problems:
            if key in self._fields:
                _, label = self._fields[key]
                if label is not None:
                    label.setText(message)
                    label.setVisible(True)
                items.append(f'<li><a href="#{key}">{escape(message)}</a></li>')
            else:
                items.append(f"<li>{escape(message)}</li>")
        self.summary.setText(f"<b>{escape(self.title)}</b><ul>{''.join(items)}</ul>")
        plain = self.title + ": " + " ".join(m for _, m in problems)
        self.summary.setAccessibleName(self.title)
        self.summary.setAccessibleDescription(plain)
        self.summary.setVisible(True)
        if focus:
            self.summary.setFocus()
            announce(self.summary, plain)

    def clear(self) -> None:
        self.summary.setVisible(False)
        self.summary.setText("")
        for _, label in self._fields.values():
            if label is not None:
                label.setVisible(False)
                label.setText("")

    def _go(self, href: str) -> None:
        key = href.lstrip("#")
        if key in self._fields:
            self._fields[key][0].setFocus()

    def text(self) -> str:
        return self.summary.accessibleDescription() if self.summary.isVisible() else ""


class ColumnFitter(QObject):
    """Keeps a table's columns as wide as their texts: sized once, a table keeps the widths of the
    font and language it was filled in, and large text or the other language then cuts its cells
    to "…" beside a wide last column. ``fit()`` after filling it too."""

    REFIT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange, QEvent.Type.Polish)

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.view and event.type() in self.REFIT:
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        if view.model() is not None and view.model().rowCount():
            view.resizeColumnsToContents()
            header.setStretchLastSection(header.stretchLastSection())  # the last column takes the rest again
