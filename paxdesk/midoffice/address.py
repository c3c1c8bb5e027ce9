"""Which MidOffice addresses may receive the token: HTTPS, or plain HTTP to this computer only (the sandbox).

Checked before any connection is made, by the HTTP client itself, so every use of it
(credential check, conversion, search, the legacy migration) is covered. Error texts
name at most the scheme, host and port — never a path, query or user part, where a
pasted token could hide.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

import httpx

from paxdesk.errors import AddressRefused

LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower().rstrip(".")
    if host in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


def origin(url: httpx.URL) -> str:
    """``scheme://host:port``, the part of an address the token is bound to."""
    host = f"[{url.host}]" if ":" in url.host else url.host
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.scheme}://{host}:{port}"


def checked_base_url(text: str) -> httpx.URL:
    """The parsed address, or InputError when the token must not go there."""
    try:
        url = httpx.URL(text.strip())
    except (httpx.InvalidURL, ValueError, TypeError):
        raise AddressRefused("the MidOffice address is not a valid URL (expected https://host/path)",
                             "invalid") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise AddressRefused("the MidOffice address must start with https:// and name a host", "scheme")
    if url.userinfo:
        raise AddressRefused("the MidOffice address must not contain a user name or password", "userinfo")
    if url.scheme == "http" and not is_loopback(url.host):
        raise AddressRefused(f"refused to send the token to {origin(url)} without encryption: the MidOffice "
                             "address must start with https:// (plain http:// is only allowed to this computer, "
                             "e.g. the sandbox on 127.0.0.1)", "plain_http", origin(url))
    return url


def base_url_origin(text: str) -> str:
    return origin(checked_base_url(text))


def api_below_root(base_url: str, midoffice: str) -> str | None:
    """The contract's API address below a bare root URL (``ROOT/<midoffice>/v2``, the sandbox's), or None
    when ``base_url`` has a path of its own."""
    if urlsplit(base_url).path not in ("", "/"):
        return None
    return base_url.rstrip("/") + f"/{midoffice}/v2"
