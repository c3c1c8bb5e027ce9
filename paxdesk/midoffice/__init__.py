"""MidOffice adapters: one vendor-neutral interface, one module per MidOffice, shared httpx plumbing."""

from paxdesk.midoffice.base import (
    Failed, FetchResult, Found, Gone, Identity, MidOfficeAdapter, MidOfficeCustomer, SearchPage,
)

__all__ = ["Failed", "FetchResult", "Found", "Gone", "Identity", "MidOfficeAdapter", "MidOfficeCustomer",
           "SearchPage", "make_adapter"]


def make_adapter(midoffice: str, base_url: str, token: str, **options) -> "MidOfficeAdapter":
    """The composition point for adapters: the CLI, the wizard and the tests all come through here."""
    from paxdesk.logs import register_secret

    register_secret(token)
    if midoffice == "myjack":
        from paxdesk.midoffice.myjack import MyJackAdapter
        return MyJackAdapter(base_url, token, **options)
    if midoffice == "midoco":
        from paxdesk.midoffice.midoco import MidocoAdapter
        return MidocoAdapter(base_url, token, **options)
    raise ValueError(f"unknown MidOffice {midoffice!r}")


def make_import_adapter(base_url: str, token: str, **options):
    """myJack with the onboarding additions (users, imports) for the legacy migration (CONTRACT §6.4)."""
    from paxdesk.logs import register_secret
    from paxdesk.midoffice.myjack_import import MyJackImportAdapter

    register_secret(token)
    return MyJackImportAdapter(base_url, token, **options)
