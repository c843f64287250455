"""Entry script of the frozen app (PyInstaller, see ``selfcheck.spec``).

In a frozen app ``sys.executable`` is the app itself, not a Python interpreter, so
``python -m selfcheck.mockapi.child`` cannot be run: the demo server child is started as
``selfcheck --demo-server-child ...`` instead, and ``selfcheck.__main__.main`` dispatches it
(``selfcheck.mockapi.child.command`` builds that command).
"""

import sys

from selfcheck.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
