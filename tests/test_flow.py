"""The correction flow as a core state machine, without widgets."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from selfcheck.core import schema as s
from selfcheck.core.flow import CorrectionFlow, FlagProblem, Step


def link(i: str) -> s.Link:
    return s.Link(id=i, kind=s.LinkKind.BANK_ACCOUNT, title="t", title_en="t", holder_name="h", organisation="o",
                  organisation_en="o", channel=s.Channel.SELF_SERVICE, registered_at=datetime(2023, 1, 1, tzinfo=timezone.utc),
                  registered_by="r")


def test_happy_path_and_change_comes_back_to_check():
    f = CorrectionFlow()
    f.signed_in("R1")
    assert f.step is Step.OVERVIEW and not f.review()
    f.start_flag(link("a"))
    assert f.save_flag(None, "") == [FlagProblem.NO_REASON] and f.step is Step.FLAG
    assert f.save_flag(s.Reason.OTHER, "  ") == [FlagProblem.NOTE_REQUIRED]
    assert f.save_flag(s.Reason.NOT_MINE, "x" * (s.NOTE_MAX + 1)) == [FlagProblem.NOTE_TOO_LONG]
    assert f.save_flag(s.Reason.NOT_MINE, " mine? no ") == [] and f.step is Step.OVERVIEW
    assert f.draft["a"].note == "mine? no"
    assert f.review() and f.step is Step.CHECK
    f.start_flag(link("a"), from_check=True)
    assert f.current_flag().reason is s.Reason.NOT_MINE
    f.save_flag(s.Reason.WRONG_DETAILS, "")
    assert f.step is Step.CHECK
    key = f.idempotency_key()
    assert f.idempotency_key() == key, "the same answers keep their key"
    f.sending()
    f.send_failed()
    assert f.step is Step.CHECK and f.idempotency_key() == key
    f.start_flag(link("b"), from_check=True)
    f.save_flag(s.Reason.NOT_MINE, "")
    assert f.idempotency_key() != key, "changed answers get a new key"
    assert [i.link_id for i in f.request_body().items] == ["a", "b"]


def test_send_needs_check_step():
    f = CorrectionFlow()
    f.signed_in("R1")
    with pytest.raises(RuntimeError):
        f.sending()


def test_expired_session_keeps_draft_for_same_resident_only():
    f = CorrectionFlow()
    f.signed_in("R1")
    f.start_flag(link("a"))
    f.save_flag(s.Reason.NOT_MINE, "")
    f.review()
    f.sending()
    f.session_expired()
    assert f.step is Step.SIGN_IN and "a" in f.draft
    f.signed_in("R1")
    assert f.step is Step.CHECK and "a" in f.draft
    f.session_expired()
    f.signed_in("R2")
    assert f.step is Step.OVERVIEW and not f.draft, "another resident never sees the draft"


def test_removing_the_last_answer_leaves_check():
    f = CorrectionFlow()
    f.signed_in("R1")
    f.start_flag(link("a"))
    f.save_flag(s.Reason.NOT_MINE, "")
    f.review()
    f.unflag("a")
    assert f.step is Step.OVERVIEW
