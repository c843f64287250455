"""The Qt Widgets front end. It adapts ``selfcheck.core`` and owns no business logic."""

from . import emitfix  # noqa: F401 - before anything emits a signal (see emitfix)
