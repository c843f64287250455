"""The Qt Widgets front end. It adapts ``selfcheck.core`` and owns no business logic."""
