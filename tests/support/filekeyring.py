"""A keyring backend in a file, for tests that need one key across processes (the real OS
keyring stands in its place in the app). Never use it outside tests: it is plain text."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["SELFCHECK_TEST_KEYRING_FILE"])

    def _load(self) -> dict:
        p = self._path()
        return json.loads(p.read_text()) if p.exists() else {}

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        d = self._load()
        d[f"{service}/{username}"] = password
        tmp = self._path().with_suffix(".tmp")
        tmp.write_text(json.dumps(d))
        os.replace(tmp, self._path())

    def delete_password(self, service, username):
        d = self._load()
        d.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(d))
