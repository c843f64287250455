"""Opening the outbox asks the OS keyring for its key, which may wait for the person at the
screen (an unlock prompt that nobody has answered yet). That wait is the outbox's alone: the
service's client, and with it the sign-in, does not queue behind it."""

from __future__ import annotations

import threading

from selfcheck.core import outbox
from selfcheck.core.backend import Backend


class PromptingKeyring:
    """An allow-listed keyring whose collection is locked: each read waits for an answer."""

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.answered = threading.Event()

    def get_password(self, service, username):
        self.asked.set()
        self.answered.wait(30)
        return None

    def set_password(self, service, username, password):
        pass


def test_an_unanswered_keyring_prompt_does_not_hold_up_the_service(monkeypatch):
    ring = PromptingKeyring()
    monkeypatch.setattr(outbox, "secure_keyring", lambda: ring)
    backend = Backend(api_url="http://127.0.0.1:9")
    opening = threading.Thread(target=backend.open_local)
    opening.start()
    try:
        assert ring.asked.wait(10)
        got = []
        asking = threading.Thread(target=lambda: got.append(backend.client()))
        asking.start()
        asking.join(5)
        assert got, "the service's client waited for the keyring's prompt"
    finally:
        ring.answered.set()
        opening.join(10)
        asking.join(10)
    assert backend.outbox().persistent
    backend.close()
