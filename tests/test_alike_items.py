"""Items that look alike are told apart: two health insurances with the same name each say
their insurer and period, in the list, in the finding, and on the report action."""

from __future__ import annotations

from selfcheck.gui import texts as t

from .gui_helpers import model_texts


def test_two_insurances_of_the_same_name_say_insurer_and_period(qtbot, window, sign_in):
    w = window
    with qtbot.waitSignal(w.findingsReady, timeout=15000):
        sign_in(w, "foreign-resident")
    twins = [x for x in w.session.links if x.title_en == "Health insurance (insured)"]
    assert len(twins) == 2
    shown = model_texts(w.home.links)
    names = [w.home.links.name(x) for x in twins]
    assert len(set(names)) == 2, "the two are told apart"
    for x, name in zip(twins, names):
        assert name in shown and x.organisation_en in name
        assert t.fmt_date(x.valid_from) in name
    ended = next(x for x in twins if x.valid_until)
    assert t.fmt_date(ended.valid_until) in w.home.links.name(ended)
    found = [f for f in w.findings if set(f.link_ids) & {x.id for x in twins}]
    assert found and any(n in model_texts(w.home.findings) for n in names), "the finding names which one"
    w.home.select_link(ended.id)
    assert w.home.links.name(ended) in w.home.ui.flagButton.accessibleName()
