"""Screens that fit the screen: the pages sit in a scroll area, so a page that needs more height
than a 1366×768 screen has at 200 % text scrolls instead of pushing the window past the screen's
edge; the keyboard focus is always scrolled into view, and each page opens at its top."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStackedWidget, QWidget


class PageScroll(QScrollArea):
    """A frameless scroll area around the pages that follows the keyboard focus."""

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
