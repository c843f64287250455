"""Drive the window as a user would, for ``--persona`` and ``--screenshot``: pick the demo
resident, fill in the number and PIN, sign in, and (for the confirmation screen) mark the
first item, check the answers and send. Then save the window as PNG and quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..core import schema as s


class Autopilot(QObject):
    def __init__(self, window, persona: str | None, screenshot: str | None, screen: str) -> None:
        super().__init__(window)
        self.w = window
        self.persona = persona
        self.screenshot = screenshot
        self.screen = screen
        self.exit_code = 1
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self._fail("timed out waiting for the screen"))

    def start(self) -> None:
        self._timeout.start(60_000)
        if self.persona:
            self.w.signin.personasLoaded.connect(self._personas_ready)
            if self.w.signin.ui.personaCombo.count():
                self._personas_ready()
        self.w.overviewShown.connect(self._overview)
        self.w.confirmationShown.connect(self._confirmed)

    def _personas_ready(self, *_args) -> None:
        if self.w.signin.ui.personaCombo.count() == 0 or not self.persona:
            return
        persona, self.persona = self.persona, None  # once
        if not self.w.signin.select_persona(persona):
            self._fail(f"no demo resident called {persona!r}")
            return
        self.w.signin.ui.usePersonaButton.click()
        self.w.signin.ui.signInButton.click()
        QTimer.singleShot(0, self._check_sign_in_error)

    def _check_sign_in_error(self) -> None:
        summary = self.w.signin.errors.text()
        if summary:
            self._fail(summary)
        elif self.w.runner.busy:
            QTimer.singleShot(50, self._check_sign_in_error)

    def _overview(self) -> None:
        if not self.screenshot:
            return
        if self.screen == "overview":
            QTimer.singleShot(0, self._save)
            return
        home = self.w.home
        link = home.current_link()
        if link is None:
            self._fail("the resident has no linked items to report")
            return
        home.ui.flagButton.click()
        self.w.flag.radios[s.Reason.NOT_MINE].click()
        self.w.flag.ui.noteEdit.setPlainText("私の口座ではありません。家族の口座です。")
        self.w.flag.ui.saveButton.click()
        home.ui.reviewButton.click()
        self.w.check.ui.sendButton.click()

    def _confirmed(self) -> None:
        if self.screenshot and self.screen == "confirmation":
            QTimer.singleShot(0, self._save)

    def _save(self) -> None:
        self._timeout.stop()
        QApplication.processEvents()
        if not self.w.grab().save(self.screenshot):
            self._fail(f"could not write {self.screenshot}")
            return
        self.exit_code = 0
        self.w.close()
        QApplication.quit()

    def _fail(self, why: str) -> None:
        print(f"selfcheck: {why}", file=sys.stderr)
        self.exit_code = 1
        self.w.close()
        QApplication.quit()
