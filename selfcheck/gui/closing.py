"""Before closing loses anything: requests that wait in an outbox living only in memory (no
secure key store) are gone when the app closes, so the window asks first and says so."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before_closing(parent: QWidget, unsent: int, close_anyway: Callable[[], None]) -> QMessageBox:
    """A window-modal question (never blocking): "Keep Selfcheck open" is the default; the
    other answer calls ``close_anyway``. Returns the box (tests and screen readers find it)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Closing", "Requests not sent yet"),
                      translate("Closing", "%n correction request(s) have not been sent yet.", None, unsent),
                      parent=parent)
    box.setObjectName("closeQuestion")
    box.setInformativeText(translate(
        "Closing", "This computer has no secure key store, so they are kept only while Selfcheck is open. If you close now "
        "they are lost, and you would have to mark the items and send them again. If you keep Selfcheck open, "
        "it goes on trying by itself."))
    keep = box.addButton(translate("Closing", "&Keep Selfcheck open"), QMessageBox.ButtonRole.RejectRole)
    lose = box.addButton(translate("Closing", "Close and &lose them"), QMessageBox.ButtonRole.DestructiveRole)
    keep.setObjectName("keepOpenButton")
    lose.setObjectName("closeAnywayButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.finished.connect(lambda _result: close_anyway() if box.clickedButton() is lose else None)
    box.open()
    return box
