"""One report action on the overview, for the selected item: selecting a finding selects its
item, the button names that item, and reporting opens the form for it, with an empty note."""

from __future__ import annotations

from PySide6.QtCore import Qt

from selfcheck.core import schema as s

LEFT = Qt.MouseButton.LeftButton


def click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def test_reporting_from_a_selected_finding_opens_that_findings_item(qtbot, window, sign_in):
    w = window
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "same-name-insurance")
    home = w.home
    assert not hasattr(home.ui, "reportButton"), "one report action, not one per selection"
    groups = [home.links.index(g, 0) for g in range(home.links.rowCount())]
    first_in_tree = next(home.links.link(home.links.index(0, 0, g)) for g in groups if home.links.rowCount(g))
    findings = [f for f in home.findings.rows() if f.link_ids]
    assert any(first_in_tree.id not in f.link_ids for f in findings), "a finding about another item than the first"
    links = {x.id: x for x in w.session.links}
    for row, f in enumerate(home.findings.rows()):
        if not f.link_ids:
            continue
        click_row(qtbot, home.ui.findingsView, row)
        item = home.current_link()
        assert item.id in f.link_ids, "the finding's item is the selected item"
        assert item.title_en in home.ui.flagButton.text().replace("&", "") or \
            item.title_en[:27] in home.ui.flagButton.text(), "the action names the item"
        assert item.title_en in home.ui.flagButton.accessibleName()
        qtbot.mouseClick(home.ui.flagButton, LEFT)
        assert w.stack.currentWidget() is w.flag
        assert w.flow.editing.id == item.id and w.flow.editing.id in links
        assert item.title_en in w.flag.ui.itemLabel.text()
        assert w.flag.reason() is f.suggested_reason, "the finding's answer is chosen"
        assert w.flag.note() == "", "the note is the resident's own words: it starts empty"
        qtbot.mouseClick(w.flag.ui.cancelButton, LEFT)


def test_a_required_note_says_so_where_it_is_asked_for(qtbot, window, sign_in):
    w = window
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "clean")
    qtbot.mouseClick(w.home.ui.flagButton, LEFT)
    ui = w.flag.ui
    assert "optional" in ui.noteLabel.text() and "optional" in ui.noteEdit.accessibleName()
    qtbot.mouseClick(ui.otherRadio, LEFT)
    assert "required" in ui.noteLabel.text() and "optional" not in ui.noteLabel.text()
    assert ui.noteEdit.accessibleName() == "Note (required)"
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert ui.noteError.isVisible() and ui.noteError.text()
    # the message sits between the note's label and the field, not further down the page
    y = lambda widget: widget.mapTo(w.flag, widget.rect().topLeft()).y()  # noqa: E731
    assert y(ui.noteLabel) < y(ui.noteError) < y(ui.noteEdit)
    qtbot.mouseClick(ui.notMineRadio, LEFT)
    assert "optional" in ui.noteLabel.text()
