"""Selfcheck: マイナンバー連携セルフチェック.

Layout:
- ``selfcheck.core``: Qt-free domain, API schema, client, flow state. Never imports Qt.
- ``selfcheck.mockapi``: the mock government API server (FastAPI); shares ``core.schema``.
- ``selfcheck.gui``: the Qt Widgets front end; adapts the core and owns no business logic.
"""

__version__ = "0.1.0"
