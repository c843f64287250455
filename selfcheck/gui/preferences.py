"""Display preferences in one object: language, large text, high contrast.

Each setting is declared once (name, type, default) and remembered in ``settings.ini`` in
the platform's config folder. The object, not the QApplication, holds what the app needs to switch
them live (its translators, the system's text size), so nothing is bolted onto the
application object and no module needs the app's start-up code to read or change them.
There is one per process (``Preferences.current()``): Qt has one application, one font and one
set of translators.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..core.resources import resource, user_config_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    description: str


LANGUAGE = Setting("language", None, 'the language chosen in the Language menu: "ja" or "en" (none: the system\'s)')
LARGE_TEXT = Setting("large_text", False, "text twice the system's size (Display → Large text)")
HIGH_CONTRAST = Setting("high_contrast", False, "the high-contrast theme (Display → High contrast)")


class Preferences:
    _current: Preferences | None = None

    def __init__(self) -> None:
        self.language: str | None = None
        self.large_text = False
        self.high_contrast = False
        self.base_point_size: float | None = None  # the system's text size, before ours
        self._translators: list[QTranslator] = []

    @classmethod
    def current(cls) -> Preferences:
        if cls._current is None:
            cls._current = cls()
        return cls._current

    # -- remembered ------------------------------------------------------------------------------
    @staticmethod
    def store() -> QSettings:
        return QSettings(str(user_config_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def saved(self, setting: Setting):
        value = self.store().value(setting.key)
        if isinstance(setting.default, bool):
            return value == "true" if value is not None else setting.default
        return value if value is not None else setting.default

    def remember(self, *settings: Setting) -> None:
        store = self.store()
        for s in settings:
            value = getattr(self, s.key)
            store.setValue(s.key, ("true" if value else "false") if isinstance(s.default, bool) else value)

    # -- applied ---------------------------------------------------------------------------------
    def set_language(self, lang: str | None, app: QApplication | None = None) -> str:
        """Use ``lang`` ("ja" or "en"; None: the system's) from now on, replacing any earlier choice."""
        from PySide6.QtCore import QLibraryInfo

        app = app or QApplication.instance()
        if lang is None:
            lang = "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"
        for old in self._translators:
            app.removeTranslator(old)
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English,
                                   QLocale.Country.Japan if lang == "ja" else QLocale.Country.UnitedKingdom))
        from . import texts

        texts.language_changed()  # it asks Qt for the language once per language
        installed = []
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"selfcheck_{lang}.qm"))):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("translation %s missing; showing the source texts", lang)
        qt_own = QTranslator(app)  # Qt's own dialog buttons
        if qt_own.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            installed.append(qt_own)
        self._translators = installed
        for window in app.topLevelWidgets():  # built in the other language: their widgets (date fields,
            window.setLocale(QLocale())  # spin boxes, calendars) keep its month names until told (at once)
        self.language = lang
        return lang

    def set_style(self, large: bool, high_contrast: bool = False, app: QApplication | None = None) -> None:
        """Text size (large: twice the system's) and theme; can be called again at any time."""
        app = app or QApplication.instance()
        if self.base_point_size is None:
            size = app.font().pointSizeF()
            self.base_point_size = size if size > 0 else 10.0
        base = self.base_point_size * (2.0 if large else 1.15)
        font = QFont(app.font())
        font.setPointSizeF(base)
        app.setFont(font)
        self.large_text, self.high_contrast = large, high_contrast
        qss = resource("styles", "high-contrast.qss" if high_contrast else "app.qss").read_text(encoding="utf-8")
        app.setStyleSheet(qss.replace("@H1@", f"{base * 1.5:.1f}pt").replace("@REF@", f"{base * 2:.1f}pt")
                          .replace("@H2@", f"{base * 1.2:.1f}pt").replace("@ICONS@", resource("icons").as_posix()))
