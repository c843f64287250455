"""Screens that fit the screen: the pages sit in a scroll area, so a page that needs more height
than a 1366×768 screen has at 200 % text scrolls instead of pushing the window past the screen's
edge; the keyboard focus is always scrolled into view, and each page opens at its top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import (QApplication, QFrame, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout,
                               QWidget)


class NamedScroll(QScrollArea):
    """A scroll area the Tab key stops on (so the arrow keys scroll a long text), named for
    screen readers in the language shown: unnamed, a screen reader said only "scroll area"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name()

    def _name(self) -> None:
        self.setAccessibleName(self.tr("The content of this tab: the arrow keys scroll it"))

    def changeEvent(self, event) -> None:
        # the locale changes with the language at once (``Preferences.set_language``); the language
        # change event comes later, from the event loop
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._name()
        super().changeEvent(event)


class PageScroll(NamedScroll):
    """A frameless scroll area around the pages that follows the keyboard focus."""

    def _name(self) -> None:
        self.setAccessibleName(self.tr("The whole page: the arrow keys scroll it"))

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is None or content is None or not content.isAncestorOf(new) or not new.isVisible():
            return
        # a list or a long text shows its top part; the whole widget when it fits
        self.ensureWidgetVisible(new, 8, 8)

    def to_top(self) -> None:
        """Show the top of the page: its title, and what it is about (after the focus, which
        may have scrolled to a control further down, has been set)."""
        def top() -> None:
            self.verticalScrollBar().setValue(0)
            self.horizontalScrollBar().setValue(0)

        top()
        QTimer.singleShot(0, self, top)  # again once the new page has been laid out


class PageStack(QStackedWidget):
    """A stack of pages as large as the page it shows. (QStackedWidget is as large as its largest
    page: in a scroll area, a short page would then be stretched to the height of the longest
    one, with its buttons pushed below the screen's edge.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def _page(self) -> QWidget | None:
        return self.currentWidget()

    def sizeHint(self) -> QSize:
        page = self._page()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self._page()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        page = self._page()
        return page.hasHeightForWidth() if page is not None else False

    def heightForWidth(self, width: int) -> int:
        page = self._page()
        if page is None or not page.hasHeightForWidth():
            return -1
        return max(page.heightForWidth(width), page.minimumSizeHint().height())


class WrappingRow(QWidget):
    """Two groups of controls side by side when the row is wide enough for both, else one above
    the other (as text wraps): a narrow window with large text needs no horizontal scrolling,
    and a wide one spends one line of height, not two. Takes the place of ``bar`` (an empty
    placeholder in a form) in its parent's layout. (No QLayout inside: a widget's own layout
    would answer its parent's height-for-width question, and no box layout turns by width.)"""

    SPACING = 6

    def __init__(self, bar: QWidget, first: QWidget, second: QWidget) -> None:
        super().__init__(bar.parentWidget())
        self.setObjectName(bar.objectName())
        self.groups = (first, second)
        for group in self.groups:
            group.setParent(self)
            group.installEventFilter(self)  # a group's texts change: its hint, so ours
            group.show()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # the height: heightForWidth
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        bar.parentWidget().layout().replaceWidget(bar, self)
        bar.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            self._place()
        return False

    def _fits_across(self, width: int) -> bool:
        first, second = self.groups
        return width >= first.sizeHint().width() + self.SPACING + second.sizeHint().width()

    def across(self) -> bool:
        return self._fits_across(self.width())

    def sizeHint(self) -> QSize:
        first, second = (g.sizeHint() for g in self.groups)
        return QSize(first.width() + self.SPACING + second.width(), max(first.height(), second.height()))

    def minimumSizeHint(self) -> QSize:
        first, second = (g.minimumSizeHint() for g in self.groups)  # the height: see heightForWidth
        return QSize(max(first.width(), second.width()), max(first.height(), second.height()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        first, second = (g.sizeHint().height() for g in self.groups)
        return max(first, second) if self._fits_across(width) else first + self.SPACING + second

    def _place(self) -> None:
        first, second = self.groups
        w = self.width()
        if self._fits_across(w):
            h = self.height()
            second_w = second.sizeHint().width()
            first.setGeometry(0, 0, w - second_w - self.SPACING, h)
            second.setGeometry(w - second_w, 0, second_w, h)
        else:
            h1 = first.sizeHint().height()
            first.setGeometry(0, 0, w, h1)
            second.setGeometry(0, h1 + self.SPACING, w, second.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()


def scrolling_tab(tab: QWidget) -> QScrollArea:
    """Put ``tab``'s content in a frameless scroll area of its own: a long text in it (which
    wraps, so its height depends on the width) then scrolls inside the tab instead of making
    every tab of the tab widget that high."""
    inner = QWidget()
    inner.setObjectName(f"{tab.objectName()}Content")
    inner.setLayout(tab.layout())  # Qt moves the layout, and the widgets in it, to ``inner``
    scroll = NamedScroll(tab)
    scroll.setObjectName(f"{tab.objectName()}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
