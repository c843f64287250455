"""The mock government API: a real HTTP server (FastAPI + uvicorn + SQLite).

It is a separate program (``selfcheck-mock-api``) that shares ``selfcheck.core.schema``
with the client; the demo embeds the very same app on loopback.
"""
