"""The Qt-free core. Nothing under this package may import PySide6 (a test checks)."""
