"""Qt item models over the core's plain data. Each is checked by pytest-qt's modeltester."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..core import schema as s
from ..core.accesslog import AccessLog
from ..core.resident import RequestRow, RequestSource
from ..core.rules import Finding, Severity
from . import texts as t

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
DISPLAY, ACCESSIBLE, USER, TOOLTIP = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                                      Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ToolTipRole)
KIND_ORDER = [s.LinkKind.BANK_ACCOUNT, s.LinkKind.HEALTH_INSURANCE, s.LinkKind.DISABILITY_CERTIFICATE, s.LinkKind.PENSION]


class LinksModel(QAbstractItemModel):
    """Links grouped by kind: four group rows, each with its links as children."""

    COLUMNS = (QT_TRANSLATE_NOOP("LinksModel", "Item"), QT_TRANSLATE_NOOP("LinksModel", "Selfcheck found"), QT_TRANSLATE_NOOP("LinksModel", "Holder"), QT_TRANSLATE_NOOP("LinksModel", "Registered by"), QT_TRANSLATE_NOOP("LinksModel", "Channel"), QT_TRANSLATE_NOOP("LinksModel", "Registered on"), QT_TRANSLATE_NOOP("LinksModel", "Status"), QT_TRANSLATE_NOOP("LinksModel", "Your mark"))

    def __init__(self, is_flagged: Callable[[str], bool] = lambda _id: False, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[list[s.Link]] = [[] for _ in KIND_ORDER]
        self._is_flagged = is_flagged
        self._severity: dict[str, Severity] = {}

    def set_severities(self, severity: dict[str, Severity]) -> None:
        """The badge for each link with a finding (most serious first)."""
        self._severity = dict(severity)
        for g, links in enumerate(self._groups):
            if links:
                parent = self.index(g, 0)
                self.dataChanged.emit(self.index(0, 1, parent), self.index(len(links) - 1, 1, parent))

    def set_links(self, links: list[s.Link]) -> None:
        self.beginResetModel()
        self._groups = [[x for x in links if x.kind is k] for k in KIND_ORDER]
        self._names = (None, {})
        self.endResetModel()

    def clear(self) -> None:
        self.set_links([])

    def name(self, link: s.Link) -> str:
        """The link's name, told apart from a link of the same name (see ``texts.item_names``)."""
        lang = t.is_japanese()
        if getattr(self, "_names", (None, None))[0] is not lang:
            self._names = (lang, t.item_names(x for links in self._groups for x in links))
        return self._names[1].get(link.id) or t.pick(link.title, link.title_en)

    def by_id(self) -> dict[str, s.Link]:
        return {x.id: x for links in self._groups for x in links}

    def link(self, index: Index) -> s.Link | None:
        if not index.isValid() or not index.internalId():
            return None
        return self._groups[index.internalId() - 1][index.row()]

    def index_of(self, link_id: str) -> QModelIndex:
        for g, links in enumerate(self._groups):
            for r, x in enumerate(links):
                if x.id == link_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def flags_changed(self, link_id: str) -> None:
        i = self.index_of(link_id)
        if i.isValid():
            last = i.siblingAtColumn(len(self.COLUMNS) - 1)
            self.dataChanged.emit(i, last)

    # internalId 0 = group row; g+1 = a link in group g
    # The tree view calls index() and flags() for every row of a group it expands (2,000 links):
    # both answer without calling back into the model.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < len(self.COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(KIND_ORDER) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0 or row >= len(self._groups[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(KIND_ORDER)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return translate("LinksModel", self.COLUMNS[section])
        return None

    _GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    _LINK_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren  # the view need not ask a link for rows

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._GROUP_FLAGS if index.internalId() == 0 else self._LINK_FLAGS

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if role in (DISPLAY, ACCESSIBLE) and index.column() == 0:
                kind = KIND_ORDER[index.row()]
                return translate("LinksModel", "%1 (%n item(s))", None, len(self._groups[index.row()])).replace(
                    "%1", t.kind_label(kind))
            return None
        link = self._groups[index.internalId() - 1][index.row()]
        if role == USER:
            return link.id
        if role not in (DISPLAY, ACCESSIBLE, TOOLTIP):
            return None
        col = index.column()
        if col == 0:
            return self.name(link)
        if col == 1:
            sev = self._severity.get(link.id)
            return t.severity_label(sev) if sev else ""
        if col == 2:
            return link.holder_name
        if col == 3:
            return t.registered_by(link)
        if col == 4:
            return t.channel_label(link.channel)
        if col == 5:
            return t.fmt_date(link.registered_at.date())
        if col == 6:
            return t.link_status_label(link.status)
        if col == 7:
            # words, not a colour: the mark must be readable without colour vision
            return translate("LinksModel", "Marked as wrong") if self._is_flagged(link.id) else ""
        return None


class TableModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses say how a row becomes cells."""

    COLUMNS: tuple[str, ...] = ()
    CONTEXT = "TableModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: Index) -> Any:
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (DISPLAY, ACCESSIBLE, TOOLTIP):
            return self.cell(self._rows[index.row()], index.column())
        return None


class AddressModel(TableModel):
    """The resident's address history, most recent first."""

    CONTEXT = "AddressModel"
    COLUMNS = (QT_TRANSLATE_NOOP("AddressModel", "From"), QT_TRANSLATE_NOOP("AddressModel", "Until"),
               QT_TRANSLATE_NOOP("AddressModel", "Municipality"))

    def set_rows(self, rows: list[Any]) -> None:
        super().set_rows(sorted(rows, key=lambda a: a.since, reverse=True))

    def cell(self, a: s.Address, column: int) -> str:
        if column == 0:
            return t.fmt_date(a.since)
        if column == 1:
            return t.fmt_date(a.until) if a.until else translate("AddressModel", "Now")
        return f"{a.prefecture} {a.municipality}" if t.is_japanese() else a.municipality_en


class RequestsModel(TableModel):
    CONTEXT = "RequestsModel"
    titles: Callable[[], dict[str, s.Link]] = dict  # the links by id, to name what was reported
    COLUMNS = (QT_TRANSLATE_NOOP("RequestsModel", "Reference"), QT_TRANSLATE_NOOP("RequestsModel", "Sent on"), QT_TRANSLATE_NOOP("RequestsModel", "What you reported"), QT_TRANSLATE_NOOP("RequestsModel", "Status"), QT_TRANSLATE_NOOP("RequestsModel", "Reply expected by"))

    def cell(self, row: RequestRow, column: int) -> str:
        if row.source is RequestSource.OUTBOX:  # still in the outbox on this computer
            from datetime import datetime, timezone

            item = row.item
            return ("—", t.fmt_datetime(datetime.fromtimestamp(item.created, timezone.utc)), "—",
                    t.outbox_state(item, short=True), "—")[column]
        r = row.request
        links = self.titles()
        what = "; ".join(t.pick(links[i.link_id].title, links[i.link_id].title_en) if i.link_id in links else "—"
                         for i in r.items)
        return (r.reference, t.fmt_datetime(r.created_at), what, t.status_label(r.status),
                t.fmt_date(r.expected_reply_by))[column]


class NotificationsModel(TableModel):
    CONTEXT = "NotificationsModel"
    COLUMNS = (QT_TRANSLATE_NOOP("NotificationsModel", "Date"), QT_TRANSLATE_NOOP("NotificationsModel", "Subject"), QT_TRANSLATE_NOOP("NotificationsModel", "Message"))

    def cell(self, n: s.Notification, column: int) -> str:
        return (t.fmt_datetime(n.at), t.pick(n.title, n.title_en), t.pick(n.body, n.body_en))[column]


class FindingsModel(TableModel):
    """What the rules found, most serious first."""

    CONTEXT = "FindingsModel"
    COLUMNS = (QT_TRANSLATE_NOOP("FindingsModel", "How serious"), QT_TRANSLATE_NOOP("FindingsModel", "What Selfcheck found"),
               QT_TRANSLATE_NOOP("FindingsModel", "Item"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._titles: dict[str, str] = {}

    def set_findings(self, findings: list[Finding], links: dict[str, s.Link]) -> None:
        self._titles = t.item_names(links.values())
        self.set_rows(findings)

    def cell(self, f: Finding, column: int) -> str:
        if column == 0:
            return t.severity_label(f.severity)
        if column == 1:
            return t.finding_texts(f)[0]
        return " / ".join(self._titles.get(i, "") for i in f.link_ids) or "—"


class EvidenceModel(TableModel):
    CONTEXT = "EvidenceModel"
    COLUMNS = (QT_TRANSLATE_NOOP("EvidenceModel", "What"), QT_TRANSLATE_NOOP("EvidenceModel", "Your record"),
               QT_TRANSLATE_NOOP("EvidenceModel", "This item"))

    names: dict[str, str] = {}  # Japanese → English names of the resident's data (what the rules left Japanese)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._finding: Finding | None = None

    def set_finding(self, f: Finding) -> None:
        """The finding's evidence, with its two columns named for what they compare."""
        self._finding = f
        self.set_rows(list(f.evidence))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 2)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if self._finding is not None and role == DISPLAY and orientation == Qt.Orientation.Horizontal and section in (1, 2):
            return t.evidence_columns(self._finding)[section - 1]
        return super().headerData(section, orientation, role)

    def cell(self, e, column: int) -> str:
        yours, theirs = e.values(not t.is_japanese())
        return (t.aspect_label(e.aspect), t.evidence_value(e.aspect, yours, self.names),
                t.evidence_value(e.aspect, theirs, self.names))[column]


class DraftModel(TableModel):
    """The answers on the "check your answers" page."""

    CONTEXT = "DraftModel"
    COLUMNS = (QT_TRANSLATE_NOOP("DraftModel", "Item"), QT_TRANSLATE_NOOP("DraftModel", "Holder"), QT_TRANSLATE_NOOP("DraftModel", "What is wrong"), QT_TRANSLATE_NOOP("DraftModel", "Your note"))

    def cell(self, item, column: int) -> str:
        return (t.pick(item.link.title, item.link.title_en), item.link.holder_name, t.reason_label(item.reason),
                item.note or "—")[column]


class AccessLogModel(QAbstractTableModel):
    """The access log (``core.accesslog.AccessLog``): tens of thousands of rows, filtered and
    sorted by the model itself over precomputed text and sort keys. While the user types on,
    each keystroke narrows the previous result instead of scanning every row again."""

    COLUMNS = (QT_TRANSLATE_NOOP("AccessLogModel", "When"), QT_TRANSLATE_NOOP("AccessLogModel", "Asked by"),
               QT_TRANSLATE_NOOP("AccessLogModel", "Provided by"), QT_TRANSLATE_NOOP("AccessLogModel", "Item"),
               QT_TRANSLATE_NOOP("AccessLogModel", "Purpose"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._log = AccessLog()
        self._view: list[int] = []
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)
        self._range: tuple[Any, Any] = (None, None)

    def set_log(self, log: AccessLog) -> None:
        self.beginResetModel()
        self._log = log
        self._view = self._compute(self._words, None)
        self.endResetModel()

    def set_entries(self, entries) -> None:
        """Convenience for lists of API entries (tests, small logs)."""
        log = AccessLog()
        log.add_page(entries)
        self.set_log(log)

    def total(self) -> int:
        return len(self._log)

    def log(self) -> AccessLog:
        return self._log

    def set_filter(self, text: str) -> None:
        words = text.strip().casefold().split()
        if words == self._words:
            return
        # typing on (every old word still contained in a new one): narrow the current rows
        narrowing = bool(self._words) and len(words) >= len(self._words) and all(
            any(old in new for new in words) for old in self._words)
        self.beginResetModel()
        self._view = self._compute(words, self._view if narrowing else None)
        self._words = words
        self.endResetModel()

    def set_range(self, start, end) -> None:
        """Only entries dated from ``start`` to ``end`` (``datetime.date``, both included; None: open)."""
        if (start, end) == self._range:
            return
        self.beginResetModel()
        self._range = (start, end)
        self._view = self._compute(self._words, None)
        self.endResetModel()

    def shown(self) -> list[int]:
        """The log's rows as shown, in order (for the export)."""
        return list(self._view)

    def _compute(self, words: list[str], within: list[int] | None) -> list[int]:
        if within is None:
            col, order = self._sort
            within = self._log.within(*self._range, self._log.order(col, not t.is_japanese(),
                                                                    order == Qt.SortOrder.DescendingOrder))
        return self._log.matching(words, within)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-order the rows; what is selected stays with its entry (persistent indexes follow)."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        entries = [self._view[i.row()] if i.isValid() and i.row() < len(self._view) else None for i in kept]
        self._sort = (column, order)
        self._view = self._compute(self._words, None)
        if kept:
            where = {entry: row for row, entry in enumerate(self._view)}
            self.changePersistentIndexList(kept, [self.index(where[e], i.column()) if e in where else QModelIndex()
                                                  for e, i in zip(entries, kept)])
        self.layoutChanged.emit()

    def resort(self) -> None:
        """Sort again as now (names sort differently in each language)."""
        self.sort(*self._sort)

    def entry(self, row: int):
        return self._log.row(self._view[row])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return translate("AccessLogModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._view) or role not in (DISPLAY, ACCESSIBLE, TOOLTIP):
            return None
        e = self._log.row(self._view[index.row()])
        c = index.column()
        if c == 0:
            return t.fmt_datetime(e.at)
        text = e.cells(not t.is_japanese())[c - 1] or "—"
        if c == 1 and e.at_counter:  # the resident's own viewing, with a staff member: say so
            return translate("AccessLogModel", "You, at %1").replace("%1", text)
        return text
