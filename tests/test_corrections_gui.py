"""Correction requests that are never lost: offline queueing, restart, receipts, attachments,
status changes. Through the window, against the mock API on loopback."""

from __future__ import annotations

import pytest

from datetime import datetime, timedelta

import keyring
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from selfcheck.core.backend import Backend

from .conftest import ADMIN_TOKEN
from .gui_helpers import model_texts, type_text
from .servers import closed_port_url

pytestmark = pytest.mark.gui  # needs Qt


def _png() -> bytes:
    """A real (tiny) PNG: attachments must decode, a PNG signature alone is not enough."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buf, "PNG")
    return buf.getvalue()


PNG = _png()


def flag_first_and_review(qtbot, w, note="母の口座です"):
    qtbot.mouseClick(w.home.ui.flagButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.flag.ui.notMineRadio, Qt.MouseButton.LeftButton)
    type_text(qtbot, w.flag.ui.noteEdit, note)
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.home.ui.reviewButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.check


def send_while_offline(qtbot, make_window, api, sign_in):
    """Sign in, mark the first item, lose the network and send: the request waits."""
    w = make_window(Backend(api_url=api.url))
    sign_in(w, "child-parent-account")
    flag_first_and_review(qtbot, w)
    client = w.session.backend.client()
    client.base_url, client.retries = closed_port_url(), 0  # the network drops
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    assert w.confirmation.ui.titleLabel.text() == "Saved: waiting to send"
    qtbot.waitUntil(lambda: "Waiting to send" in model_texts(w.home.requests), timeout=15000)
    return w


def test_offline_request_waits_goes_out_later_and_after_a_restart(qtbot, make_window, api, sign_in):
    w = send_while_offline(qtbot, make_window, api, sign_in)
    resident = w.flow.resident_id
    w.close()  # the app is closed before the network comes back

    again = make_window(Backend(api_url=api.url))
    with qtbot.waitSignal(again.outboxSent, timeout=20000):
        sign_in(again, "child-parent-account")  # after sign-in, what waits goes out by itself
    (req,) = api.store.requests(resident)
    assert req.items[0].note == "母の口座です"
    qtbot.waitUntil(lambda: req.reference in model_texts(again.home.requests), timeout=15000)
    assert "Waiting to send" not in model_texts(again.home.requests)


def test_receipt_pdf_holds_the_japanese_text(qtbot, window, sign_in, tmp_path, monkeypatch):
    from pypdf import PdfReader

    w = window
    sign_in(w, "child-parent-account")
    flag_first_and_review(qtbot, w, "母の口座です。家族の口座が登録されています。")
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    ref = w.confirmation.ui.referenceLabel.text()
    out = tmp_path / "receipt.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    with qtbot.waitSignal(w.receiptSaved, timeout=20000):
        qtbot.mouseClick(w.confirmation.ui.receiptButton, Qt.MouseButton.LeftButton)
    assert f"Receipt saved: {out}" in w.confirmation.ui.noticeLabel.text()
    import re
    import unicodedata

    raw = "".join(page.extract_text() for page in PdfReader(out).pages)
    # Noto CJK shares some glyphs with CJK radicals (母/⺟, 口/⼝) and the PDF's text map names the
    # radical; NFKC folds them back. Word spaces come out as tabs or line breaks.
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))
    assert ref in text, "the reference number can be copied out of the receipt"
    assert "母の口座です。家族の口座が登録されています。" in text.replace(" ", "")
    assert unicodedata.normalize("NFKC", "ﾔﾏﾀﾞﾐﾕｷ") in text.replace(" ", "")
    assert "0120-95-0178" in text and "Receipt: correction request" in text


def test_attachments_are_checked_by_content_and_sent(qtbot, window, api, sign_in, tmp_path, monkeypatch):
    w = window
    sign_in(w, "clean")
    flag_first_and_review(qtbot, w, "通帳の写しを添付します")
    files = {"big.pdf": b"%PDF-1.7\n" + b"0" * (5 * 1024 * 1024), "fake.png": b"this is text, not a picture",
             "broken.pdf": b"%PDF-1.7\n" + b"\x00garbage" * 1000, "passbook.png": PNG}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    choice = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (choice["path"], ""))

    def attach(path):
        choice["path"] = str(path)
        qtbot.mouseClick(w.check.ui.attachButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not w.runner.busy)

    attach(tmp_path / "big.pdf")
    assert "larger than 5 MB" in w.check.ui.errorLabel.text()
    attach(tmp_path / "fake.png")
    assert "not a PNG, JPEG or PDF" in w.check.ui.errorLabel.text()
    attach(tmp_path / "broken.pdf")  # starts like a PDF, but is none
    assert "damaged" in w.check.ui.errorLabel.text()
    attach(tmp_path)  # a folder: not a file at all
    assert "This is not a file" in w.check.ui.errorLabel.text()
    attach(tmp_path / "gone.png")
    assert "cannot be read" in w.check.ui.errorLabel.text()
    assert w.check.model.rowCount() == 1 and "通帳の写しを添付します" in model_texts(w.check.model), "nothing typed is lost"
    attach(tmp_path / "passbook.png")
    assert not w.check.ui.errorLabel.isVisible()
    assert "passbook.png" in w.check.ui.attachmentsLabel.text()
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    (req,) = api.store.requests(w.flow.resident_id)
    assert [(a.filename, a.media_type, a.size) for a in req.attachments] == [("passbook.png", "image/png", len(PNG))]


def test_status_change_is_announced(qtbot, window, api, sign_in):
    w = window
    sign_in(w, "clean")
    flag_first_and_review(qtbot, w)
    with qtbot.waitSignal(w.confirmationShown, timeout=15000):
        qtbot.mouseClick(w.check.ui.sendButton, Qt.MouseButton.LeftButton)
    ref = w.confirmation.ui.referenceLabel.text()
    w.back_to_overview()
    qtbot.waitUntil(lambda: ref in model_texts(w.home.requests), timeout=15000)
    r = requests.post(f"{api.url}/admin/correction-requests/{ref}/advance", headers={"X-Admin-Token": ADMIN_TOKEN})
    assert r.status_code == 200
    with qtbot.waitSignal(w.mailboxChanged, timeout=15000):
        w.poll_now()  # what the one-minute timer does
    assert f"Your correction request {ref} is now: Under review." in w.home.ui.messageLabel.text()
    assert "Under review" in model_texts(w.home.requests)
    assert any(ref in x for x in model_texts(w.home.notifications))


def test_without_a_secure_keyring_the_resident_is_told(qtbot, make_window, api, sign_in):
    from keyring.backends import fail

    from selfcheck.core.backend import Backend

    keyring.set_keyring(fail.Keyring())  # before the app starts: it opens the outbox once it has painted
    w = make_window(Backend(api_url=api.url))
    sign_in(w, "clean")
    flag_first_and_review(qtbot, w)
    qtbot.waitUntil(lambda: w.check.ui.keystoreLabel.isVisible(), timeout=15000)
    assert "no secure key store" in w.check.ui.keystoreLabel.text()


def test_demo_requests_move_forward_over_time(tmp_path):
    from selfcheck.core import schema as s
    from selfcheck.mockapi.store import JST, Store, persona_summaries

    clock = [datetime(2026, 11, 27, 10, 0, tzinfo=JST)]
    st = Store(tmp_path / "m.db", now=lambda: clock[0], advance_after=timedelta(minutes=2))
    p = {x.id: x for x in persona_summaries()}["clean"]
    rid = st.resident_id_for(p.number)
    link = st.links(rid, 0, 10).items[0].id
    req, _ = st.create_request(rid, "k", s.CorrectionCreate(items=[s.CorrectionItem(link_id=link, reason="not_mine")]))
    assert st.requests(rid)[0].status is s.RequestStatus.RECEIVED
    clock[0] += timedelta(minutes=5)
    (now,) = st.requests(rid)
    assert [c.status.value for c in now.history] == ["received", "under_review", "corrected"]
    assert sum(req.reference in n.title for n in st.notifications(rid)) == 3
    st.close()


def test_note_over_the_limit_and_empty_request_are_refused_before_sending(qtbot, window, api, sign_in):
    w = window
    sign_in(w, "clean")
    assert not w.home.ui.reviewButton.isEnabled(), "nothing marked: there is nothing to review or send"
    qtbot.mouseClick(w.home.ui.flagButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.flag.ui.otherRadio, Qt.MouseButton.LeftButton)
    long_note = "長" * 1001
    w.flag.ui.noteEdit.setPlainText(long_note)
    assert w.flag.ui.noteCountLabel.text() == "1,001 of 1,000 characters"
    qtbot.mouseClick(w.flag.ui.saveButton, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.flag
    assert "shorten it to 1,000 characters" in w.flag.errors.text()
    assert w.flag.ui.noteEdit.toPlainText() == long_note, "nothing typed is lost"
    assert api.store.requests(w.flow.resident_id) == []
    # and the service refuses an empty request outright
    r = requests.post(f"{api.url}/v1/me/correction-requests", json={"items": []},
                      headers={"Authorization": f"Bearer {w.session.backend.client()._token}", "Idempotency-Key": "e"})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
