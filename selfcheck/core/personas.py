"""The demo's residents (``resources/demo/personas.json``), as the sign-in screen lists them.

The data file is shared: the mock server seeds its database from it, and the GUI reads the
list through here, so neither front end imports the other's code. Blocking (file + pydantic):
call from a worker.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .resources import resource

if TYPE_CHECKING:
    from . import schema as s


def load_personas() -> list[dict[str, Any]]:
    """Every resident of the demo data, with their records (the mock server's seed)."""
    with resource("demo", "personas.json").open(encoding="utf-8") as f:
        return json.load(f)["residents"]


def persona_summaries() -> list[s.PersonaSummary]:
    """The residents the demo offers to sign in as, with their number and PIN."""
    from . import schema as s

    return [s.PersonaSummary(id=r["id"], number=r["number"], pin=r["pin"], name=r["name"], name_en=r["name_en"],
                             problem=r["problem"], problem_en=r["problem_en"])
            for r in load_personas() if r["persona"]]
