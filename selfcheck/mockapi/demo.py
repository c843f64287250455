"""A demo resident's data as the API would send it, without a server (``selfcheck check --demo``)."""

from __future__ import annotations

from ..core import schema as s


def resident_data(persona: str) -> s.ResidentData:
    """Everything the API would send about a demo resident (``selfcheck check --demo``);
    LookupError for an unknown one."""
    from .store import Store, load_personas

    match = [r for r in load_personas() if r["id"] == persona]
    if not match:
        raise LookupError(persona)
    st = Store(":memory:")
    try:
        rid = st.resident_id_for(match[0]["number"])
        def every(fetch) -> list:
            out: list = []
            while True:
                page = fetch(rid, len(out), 1000)
                out += page.items
                if not page.items or len(out) >= page.total:
                    return out

        links, log = every(st.links), every(st.access_log)
        return s.ResidentData(profile=st.profile(rid), links=links, access_log=log)
    finally:
        st.close()
