"""The screens. Each wraps one Designer form, shows what the main window gives it, and
reports what the user asked for through signals. No network, no business rules here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..core import schema as s
from ..core.flow import DraftItem, FlagProblem
from ..core.rules import Finding
from . import texts as t
from .forms import Page
from .models import DraftModel
from .widgets import ColumnFitter, ErrorSummary, announce
from .confirmation import ConfirmationPage, WhyDialog  # noqa: F401 - the screens after sending, and Why?
from .home import HomePage  # noqa: F401 - the overview, in its own module


# -- one item ---------------------------------------------------------------------------------
class DetailPage(Page):
    form_name = "detail.ui"
    flagRequested = Signal(object)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link: s.Link | None = None
        self.ui.flagButton.clicked.connect(lambda: self.link and self.flagRequested.emit(self.link))
        self.ui.backButton.clicked.connect(self.backRequested)

    def first_focus(self) -> QWidget:
        return self.ui.flagButton

    def set_link(self, link: s.Link, flagged: DraftItem | None, findings: list[Finding] = ()) -> None:
        self.link = link
        ui = self.ui
        found = [f"{t.severity_label(f.severity)}: {t.finding_texts(f)[0]}" for f in findings]
        ui.titleLabel.setText(t.pick(link.title, link.title_en))
        form = ui.fields
        while form.rowCount():
            form.removeRow(0)
        rows = [(self.tr("Kind"), t.kind_label(link.kind)), (self.tr("Holder name"), link.holder_name)]
        # a bank stores only the holder's kana name: rows the record does not have are left out
        if link.holder_kana:
            rows.append((self.tr("Holder name (kana)"), link.holder_kana))
        if link.holder_birth_date:
            rows.append((self.tr("Holder's date of birth"), t.fmt_birth_date(link.holder_birth_date)))
        if link.holder_sex:
            rows.append((self.tr("Holder's sex"), t.sex_label(link.holder_sex)))
        rows += [
            (self.tr("Organisation"), t.pick(link.organisation, link.organisation_en)),
            (self.tr("Registered by"), t.registered_by(link)),
            (self.tr("Registered through"), t.channel_label(link.channel)),
            (self.tr("Registered on"), t.fmt_datetime(link.registered_at)),
        ]
        if link.valid_from or link.valid_until:
            rows.append((self.tr("Valid from"), t.fmt_date(link.valid_from)))
            rows.append((self.tr("Valid until"), t.fmt_date(link.valid_until) if link.valid_until else self.tr("No end date")))
        rows.append((self.tr("Status"), t.link_status_label(link.status)))
        if link.shared_with_others:
            rows.append((self.tr("Also linked to"), self.tr("%n other person(s)", None, link.shared_with_others)))
        rows += [(t.detail_label(d.key), t.pick(d.value, d.value_en or d.value)) for d in link.details]
        for label, value in rows:
            v = QLabel(value)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            v.setAccessibleName(label)
            v.setAccessibleDescription(value)
            form.addRow(label, v)
        lines = [self.tr("Selfcheck found: %1").replace("%1", x) for x in found]
        if flagged:
            lines.append(self.tr("You marked this item as wrong: %1").replace("%1", t.reason_label(flagged.reason)))
            ui.flagButton.setText(self.tr("Change &mark…"))
        else:
            ui.flagButton.setText(self.tr("&Mark as wrong…"))
        ui.flagStateLabel.setText("\n".join(lines))
        ui.flagStateLabel.setAccessibleDescription(ui.flagStateLabel.text())
        ui.flagStateLabel.setVisible(bool(lines))


# -- flag an item -----------------------------------------------------------------------------
class FlagPage(Page):
    form_name = "flag.ui"
    saveRequested = Signal(object, str)
    cancelRequested = Signal()
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        self.radios = {s.Reason.NOT_MINE: ui.notMineRadio, s.Reason.WRONG_DETAILS: ui.wrongDetailsRadio,
                       s.Reason.NO_LONGER_VALID: ui.noLongerValidRadio, s.Reason.OTHER: ui.otherRadio}
        hints = {s.Reason.NOT_MINE: ui.notMineHint, s.Reason.WRONG_DETAILS: ui.wrongDetailsHint,
                 s.Reason.NO_LONGER_VALID: ui.noLongerValidHint, s.Reason.OTHER: ui.otherHint}
        for reason, label in hints.items():
            label.setText(t.reason_hint(reason))
            self.radios[reason].setAccessibleDescription(t.reason_hint(reason))
        self.errors = ErrorSummary(ui.errorSummary, self.tr("There is a problem"), self)
        self.errors.field("reason", ui.notMineRadio, ui.reasonError)
        self.errors.field("note", ui.noteEdit, ui.noteError)
        ui.noteEdit.textChanged.connect(self._count)
        for radio in self.radios.values():
            radio.toggled.connect(self._note_needed)
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.cancelRequested)
        ui.removeButton.clicked.connect(self.removeRequested)
        self._count()

    def first_focus(self) -> QWidget:
        checked = self.reason()
        return self.radios[checked] if checked else self.ui.notMineRadio

    def set_item(self, link: s.Link, existing: DraftItem | None, suggested: s.Reason | None = None) -> None:
        ui = self.ui
        ui.itemLabel.setText(self.tr("%1 — holder: %2, registered by %3 on %4").replace("%1", t.pick(link.title, link.title_en))
                             .replace("%2", link.holder_name).replace("%3", t.registered_by(link))
                             .replace("%4", t.fmt_date(link.registered_at.date())))
        self.errors.clear()
        for radio in self.radios.values():
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        if existing:
            self.radios[existing.reason].setChecked(True)
            ui.noteEdit.setPlainText(existing.note)
        else:  # the note is the resident's own words: it starts empty
            ui.noteEdit.setPlainText("")
            if suggested is not None:  # from a finding: its answer, which the resident can change
                self.radios[suggested].setChecked(True)
        ui.removeButton.setVisible(existing is not None)
        self._note_needed()

    def retranslate(self, link: s.Link, existing: DraftItem | None) -> None:
        """Texts in the current language; the chosen answer and the typed note stay."""
        reason, note, errors = self.reason(), self.note(), self.ui.errorSummary.isVisible()
        for r, label in zip(self.radios, (self.ui.notMineHint, self.ui.wrongDetailsHint, self.ui.noLongerValidHint,
                                          self.ui.otherHint)):
            label.setText(t.reason_hint(r))
            self.radios[r].setAccessibleDescription(t.reason_hint(r))
        self.errors.title = self.tr("There is a problem")
        self.set_item(link, existing)
        for r, radio in self.radios.items():
            radio.setChecked(r is reason)
        self.ui.noteEdit.setPlainText(note)
        if errors:
            from ..core.flow import CorrectionFlow

            self.errors.show([("reason" if p is FlagProblem.NO_REASON else "note", t.flag_problem(p))
                              for p in CorrectionFlow.check_flag(reason, note)], focus=False)

    def reason(self) -> s.Reason | None:
        return next((r for r, radio in self.radios.items() if radio.isChecked()), None)

    def _note_needed(self, *_args) -> None:
        """The note's label says whether the chosen answer needs one (“Something else” does)."""
        from ..core.flow import CorrectionFlow

        required = FlagProblem.NOTE_REQUIRED in CorrectionFlow.check_flag(self.reason(), "")
        self.ui.noteLabel.setText(self.tr("&Note (required: say what is wrong)") if required else self.tr("&Note (optional)"))
        self.ui.noteEdit.setAccessibleName(self.tr("Note (required)") if required else self.tr("Note (optional)"))

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText()

    def _count(self) -> None:
        n = len(self.note())
        self.ui.noteCountLabel.setText(self.tr("%1 of %2 characters").replace("%1", f"{n:,}").replace("%2", f"{s.NOTE_MAX:,}"))

    def _save(self) -> None:
        self.saveRequested.emit(self.reason(), self.note())

    def show_problems(self, problems: list[FlagProblem]) -> None:
        self.errors.show([("reason" if p is FlagProblem.NO_REASON else "note", t.flag_problem(p)) for p in problems])


# -- check your answers -------------------------------------------------------------------------
class CheckPage(Page):
    form_name = "check.ui"
    changeRequested = Signal(object)
    removeRequested = Signal(str)
    addRequested = Signal()
    sendRequested = Signal()
    attachRequested = Signal()
    clearAttachmentsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui
        self.model = DraftModel(self)
        ui.draftView.setModel(self.model)
        ui.draftView.horizontalHeader().setStretchLastSection(True)
        ui.draftView.verticalHeader().setVisible(False)
        self.columns = ColumnFitter(ui.draftView)
        ui.draftView.activated.connect(lambda i: self._change())
        ui.changeButton.clicked.connect(self._change)
        ui.removeButton.clicked.connect(self._remove)
        ui.addButton.clicked.connect(self.addRequested)
        ui.backButton.clicked.connect(self.addRequested)
        ui.sendButton.clicked.connect(self.sendRequested)
        ui.attachButton.clicked.connect(self.attachRequested)
        ui.clearAttachButton.clicked.connect(self.clearAttachmentsRequested)
        self.set_attachments([])

    def first_focus(self) -> QWidget:
        return self.ui.errorLabel if self.ui.errorLabel.isVisible() else self.ui.sendButton

    def set_draft(self, items: list[DraftItem]) -> None:
        row = max(0, self.ui.draftView.currentIndex().row())
        self.model.set_rows(items)
        self.columns.fit()
        if items:
            self.ui.draftView.selectRow(min(row, len(items) - 1))
        self.ui.titleLabel.setText(self.tr("Check your answers before sending (%n item(s))", None, len(items)))

    def _selected(self) -> DraftItem | None:
        return self.model.row_at(self.ui.draftView.currentIndex())

    def _change(self) -> None:
        item = self._selected()
        if item:
            self.changeRequested.emit(item.link)

    def _remove(self) -> None:
        item = self._selected()
        if item:
            self.removeRequested.emit(item.link.id)

    def set_attachments(self, names: list[str]) -> None:
        ui = self.ui
        ui.attachmentsLabel.setText("\n".join(f"• {n}" for n in names) if names else self.tr("No document attached."))
        ui.attachmentsLabel.setAccessibleDescription(ui.attachmentsLabel.text())
        ui.clearAttachButton.setVisible(bool(names))

    def retranslate(self) -> None:
        if self.ui.keystoreLabel.isVisible():
            self.set_keystore_warning(True)
        if self.ui.errorLabel.isVisible() and self._error_remake is not None:
            text, not_sent = self._error_remake()
            self.show_error(text, not_sent=not_sent, remake=self._error_remake)  # and again at the next switch

    def set_keystore_warning(self, insecure: bool) -> None:
        self.ui.keystoreLabel.setText(self.tr(
            "This computer has no secure key store, so a request that cannot be sent at once is kept only while "
            "Selfcheck is open. Send it before you close the app.") if insecure else "")
        self.ui.keystoreLabel.setVisible(insecure)

    def set_sending(self, sending: bool) -> None:
        ui = self.ui
        for b in (ui.sendButton, ui.changeButton, ui.removeButton, ui.addButton, ui.backButton, ui.attachButton,
                  ui.clearAttachButton):
            b.setEnabled(not sending)
        ui.sendingLabel.setText(self.tr("Sending…") if sending else "")
        if sending:
            self.show_error("")
            announce(ui.sendingLabel, ui.sendingLabel.text())

    _error_remake = None

    def show_error(self, text: str, *, not_sent: bool = True, remake=None) -> None:
        """``remake``: returns (text, not_sent) again, after a language switch."""
        self._error_remake = remake
        ui = self.ui
        if text and not_sent:
            text = self.tr("Not sent. %1 Your answers are kept.").replace("%1", text)
        ui.errorLabel.setText(text)
        ui.errorLabel.setAccessibleDescription(ui.errorLabel.text())
        ui.errorLabel.setVisible(bool(text))
        if text:
            ui.errorLabel.setFocus()
            announce(ui.errorLabel, ui.errorLabel.text())


# -- confirmation --------------------------------------------------------------------------
