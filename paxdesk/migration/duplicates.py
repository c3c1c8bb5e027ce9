"""Duplicates inside one legacy file (CONTRACT §6.2) in one call: what `migrate prepare`, the wizard and the
benchmarks all run, so a benchmark measures exactly what the agent gets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from paxdesk.migration.linkage import Keys, LinkageResult, clusters, find_pairs, keys_of
from paxdesk.migration.records import Customer


@dataclass
class Duplicates:
    keys: list[Keys]
    result: LinkageResult
    clusters: list[list[int]]   # indices into the customers, each a group of two or more


def detect(customers: list[Customer], cancelled: Callable[[], bool] = lambda: False,
           incomplete: list[Customer] = ()) -> Duplicates:
    """Pairs and groups over ``customers + incomplete`` (indices into that list). Rows without a last name
    (``incomplete``) take part — a duplicate of a complete row completes it when merged — but a group of
    incomplete rows alone is none: none of them can be imported."""
    everyone = list(customers) + list(incomplete)
    keys = [keys_of(c.values, c.unreadable) for c in everyone]
    result = find_pairs(keys, cancelled)
    complete = len(customers)
    groups = [g for g in clusters(len(everyone), result.pairs, keys) if g[0] < complete]
    return Duplicates(keys, result, groups)
