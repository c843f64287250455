"""わたしの情報 / My record: what the resident register holds about the resident, which every
finding compares the links against: registered name, reading, former surnames and aliases
where there are any, date of birth, sex, and the address history with dates."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from . import texts as t
from .models import AddressModel


class RecordView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordView")
        self._profile = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self)
        self.intro.setObjectName("recordIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        self.addressCaption = QLabel(self)
        self.addressCaption.setObjectName("addressCaption")
        self.addressCaption.setProperty("role", "subheading")
        layout.addWidget(self.addressCaption)
        self.addresses = AddressModel(self)
        self.addressView = QTableView(self)
        self.addressView.setObjectName("addressView")
        self.addressView.setModel(self.addresses)
        self.addressView.verticalHeader().setVisible(False)
        self.addressView.horizontalHeader().setStretchLastSection(True)
        self.addressView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.addressView.setTabKeyNavigation(False)
        self.addressView.setAlternatingRowColors(True)
        layout.addWidget(self.addressView, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("What the resident register holds about you. Selfcheck compares every linked item "
                                   "with this. If something here is wrong, ask your municipal office."))
        self.addressCaption.setText(self.tr("Addresses"))
        self.addressView.setAccessibleName(self.tr("Address history"))
        if self._profile is not None:
            self.set_profile(self._profile)

    def set_profile(self, profile) -> None:
        """``profile``: ``schema.Profile`` (former surnames and aliases shown when it has any).
        The rows' labels are kept and their texts changed: sign-in, the overview and each reload
        set the profile again, and a selectable label made anew costs its text control."""
        self._profile = profile
        if profile is None:
            while self.form.rowCount():
                self.form.removeRow(0)
            self.addresses.set_rows([])
            return
        rows = [(self.tr("Name"), profile.name), (self.tr("Reading"), profile.name_kana)]
        if getattr(profile, "name_alphabet", None):
            rows.append((self.tr("Name in the alphabet"), profile.name_alphabet))
        former = getattr(profile, "former_surnames", None) or []
        if former:
            rows.append((self.tr("Former surnames"), "、".join(f"{f.surname}（{f.surname_kana}）" for f in former)))
        aliases = getattr(profile, "aliases", None) or []
        if aliases:
            rows.append((self.tr("Aliases"), "、".join(f"{a.name}（{a.name_kana}）" for a in aliases)))
        rows += [(self.tr("Date of birth"), t.fmt_birth_date(profile.birth_date)), (self.tr("Sex"), t.sex_label(profile.sex))]
        while self.form.rowCount() > len(rows):
            self.form.removeRow(self.form.rowCount() - 1)
        for r, (caption, value) in enumerate(rows):
            if r < self.form.rowCount():
                self.form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().setText(caption)
                label = self.form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget()
                label.setText(value)
            else:
                label = QLabel(value, self)
                label.setWordWrap(True)
                label.setTextInteractionFlags(label.textInteractionFlags() | label.textInteractionFlags().TextSelectableByMouse)
                self.form.addRow(caption, label)
            label.setAccessibleName(caption)
            label.setAccessibleDescription(value)
        self.addresses.set_rows(list(profile.addresses))
        self.addressView.resizeColumnsToContents()

    def values(self) -> dict[str, str]:
        """Caption → value as shown (for tests and the screen reader's view)."""
        out = {}
        for r in range(self.form.rowCount()):
            caption = self.form.itemAt(r, QFormLayout.ItemRole.LabelRole)
            value = self.form.itemAt(r, QFormLayout.ItemRole.FieldRole)
            if caption is not None and value is not None:
                out[caption.widget().text()] = value.widget().text()
        return out
