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


def detect(customers: list[Customer], cancelled: Callable[[], bool] = lambda: False) -> Duplicates:
    keys = [keys_of(c.values, c.unreadable) for c in customers]
    result = find_pairs(keys, cancelled)
    return Duplicates(keys, result, clusters(len(customers), result.pairs, keys))
