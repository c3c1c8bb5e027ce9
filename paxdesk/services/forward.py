"""``@forwarding("ctx", "engine gdpr")``: read-only properties that pass reads on to what an object holds.

The session objects (``ConversionSession``, ``LegacyMigration``) show their context's and their use cases' state
without owning it: one line a holder names what is passed on, where a three-line property each hid it in repetition.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter


def forwarding(holder: str, names: str) -> Callable[[type], type]:
    """A class decorator: each of ``names`` (blank-separated) becomes a property reading ``self.<holder>.<name>`` on
    each access, so it follows when the holder's state changes."""
    def add(cls: type) -> type:
        for name in names.split():
            setattr(cls, name, property(attrgetter(f"{holder}.{name}"), doc=f"``self.{holder}.{name}``"))
        return cls
    return add
