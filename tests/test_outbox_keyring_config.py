"""A keyring that keyring itself cannot set up (its configured backend is not installed, cannot
reach D-Bus, or is named wrongly) is no secure keyring: the outbox opens in memory and the
resident is told, instead of every queued request failing with an internal error."""

from __future__ import annotations

import keyring
import keyring.core
import pytest

from selfcheck.core.backend import Backend
from selfcheck.core.outbox import Outbox, secure_keyring


@pytest.mark.parametrize("configured", [
    "keyrings.notinstalled.backend.Keyring",  # a third-party backend that is not there
    "",                                        # set, but empty
    "keyring.backends.SecretService.Keyring",  # the real one, where it cannot reach D-Bus
])
def test_a_keyring_that_cannot_be_set_up_leaves_the_outbox_in_memory(configured, monkeypatch, tmp_path):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", configured)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # keyring chooses again, from the environment

    assert secure_keyring() is None
    box = Outbox(tmp_path / "outbox.sqlite3")
    assert not box.persistent
    assert not (tmp_path / "outbox.sqlite3").exists()
    box.close()

    backend = Backend(api_url="http://127.0.0.1:9")
    assert backend.open_local() is None  # the data folder is fine; the outbox opened (in memory)
    assert backend.outbox().persistent is False
    backend.close()
