"""What start-up made is left out of later garbage collections.

A full collection walks every object the collector tracks, and a worker that starts one holds
the interpreter lock until it ends: halfway through loading the stress resident, one took 55 ms,
most of it walking the ~70,000 objects of the app's start-up (modules, classes, functions),
which live as long as the app. Once the window's warm-up has imported what the screens after
sign-in need, those objects are frozen out of the collector's walks."""

from __future__ import annotations

import gc

import pytest

pytestmark = pytest.mark.gui  # needs Qt


def _tracked(obj) -> bool:
    return any(o is obj for o in gc.get_objects())


def test_after_the_warm_up_the_start_up_s_objects_are_left_out_of_collections(window, qtbot):
    from selfcheck.core import rules, schema

    qtbot.waitUntil(lambda: "home" in window.view.pages, timeout=30_000)  # the warm-up's imports are in
    assert gc.get_freeze_count() > 10_000
    for start_up in (schema.Link, rules.find, schema.Link.model_fields):
        assert not _tracked(start_up), start_up
    assert gc.isenabled()


def test_garbage_in_cycles_made_after_the_warm_up_is_still_collected(window, qtbot):
    import weakref

    qtbot.waitUntil(lambda: "home" in window.view.pages, timeout=30_000)

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None
