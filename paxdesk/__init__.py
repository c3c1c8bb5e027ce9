"""paxdesk — converts a travel agency's MidOffice v1 customer copies into v2 references."""

__version__ = "0.1.0"
