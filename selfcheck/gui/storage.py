"""What the resident reads when the data folder cannot keep anything (``core.storage``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def data_folder_message(problem: str | None) -> str:
    """``storage_message`` for the app's own data folder."""
    from ..core.resources import user_data_dir

    return storage_message(problem, str(user_data_dir()))


def storage_message(problem: str | None, folder: str) -> str:
    """``problem``: "not_writable" or "full" (None: nothing to say)."""
    if problem == "full":
        return QCoreApplication.translate(
            "Storage", "The disk is full, so Selfcheck cannot save anything: a request that cannot be sent at once is "
                       "kept only while Selfcheck is open. Free some space (empty the trash, delete large files you no "
                       "longer need), then restart Selfcheck.")
    if problem == "not_writable":
        return QCoreApplication.translate(
            "Storage", "Selfcheck cannot save anything in its data folder (%1), so it keeps everything in memory until "
                       "you close it: a request that cannot be sent at once is lost when you close. Ask your "
                       "administrator to make the folder writable, or start Selfcheck with SELFCHECK_HOME set to a "
                       "folder you can write to.").replace("%1", folder)
    return ""
