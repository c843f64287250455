"""Which API addresses the app talks to: https, or plain http only to this machine. Light (no
requests import), so the command line can check ``--api`` before anything starts."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


class InsecureUrl(ValueError):
    """The API address is not https and not on this machine."""


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _unambiguous(url: str) -> None:
    """Refuse an address that parsers read differently: ``http://a.example\\@127.0.0.1/`` is
    127.0.0.1 to urlsplit but a.example to requests/urllib3 (and browsers), which treat the
    backslash as a slash. User info, backslashes, spaces and control characters have no place
    in an API address."""
    if "\\" in url or "@" in urlsplit(url).netloc or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise InsecureUrl("the API address is ambiguous (user info, a backslash or a control character)")


def origin(url: str) -> tuple[str, str | None, int | None]:
    """(scheme, host, port) of an address, the way every parser on the way reads it; else InsecureUrl."""
    _unambiguous(url)
    p = urlsplit(url)
    return p.scheme.lower(), p.hostname, p.port or {"http": 80, "https": 443}.get(p.scheme.lower())


def check_api_url(url: str) -> str:
    """The URL without a trailing slash, if it is https, or http on loopback; else InsecureUrl."""
    _unambiguous(url)
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url.rstrip("/")
    if parts.scheme == "http" and _is_loopback(parts.hostname):
        return url.rstrip("/")
    raise InsecureUrl("the API address must use https (plain http only for this machine)")
