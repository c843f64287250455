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


def check_api_url(url: str) -> str:
    """The URL without a trailing slash, if it is https, or http on loopback; else InsecureUrl."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url.rstrip("/")
    if parts.scheme == "http" and _is_loopback(parts.hostname):
        return url.rstrip("/")
    raise InsecureUrl("the API address must use https (plain http only for this machine)")
