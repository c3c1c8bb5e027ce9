"""The composition root (cosmicpython's ``bootstrap``): a conversion session built once, for every face.

The CLI, the wizard, the self-test and the tests call ``open_session``; it reads the
environment (the folders, the apply's batch size and pause, the variable ``--token-env``
names), opens the CRM (``crm.conversion_store.SqlAlchemyCrm``), picks the MidOffice adapter
factory, and hands them to the use cases. No service reads the environment for itself (an
import-linter contract and tests/unit/test_layers.py), and a test, the demo or the self-test passes its own settings, folders, adapter factory or CRM.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from paxdesk import paths
from paxdesk.crm.conversion_store import SqlAlchemyCrm
from paxdesk.errors import InputError
from paxdesk.midoffice import make_adapter
from paxdesk.midoffice.resilience import RetryPolicy
from paxdesk.places import Places
from paxdesk.services.conversion import BATCH
from paxdesk.services.conversion_session import ConversionSession
from paxdesk.services.crm_port import Crm
from paxdesk.services.usecases.context import Settings, open_context


def _whole_number(environ: Mapping[str, str], name: str, default: int, least: int) -> int:
    value = environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < least:
        raise InputError(f"{name}={value!r}: expected a whole number of at least {least}")
    return int(value)


def settings_from(environ: Mapping[str, str] = os.environ, places: Places | None = None) -> Settings:
    """The folders (``paths.places``, unless given: the demo's), the environment ``--token-env`` names a
    variable of, ``PAXDESK_APPLY_BATCH`` customers per transaction (default 500) and
    ``PAXDESK_APPLY_PAUSE_MS`` after each committed batch (default 0: it makes the apply last long enough to
    be interrupted on purpose — the kill tests and a demonstration of an interrupted conversion use it), and
    ``PAXDESK_REQUEST_DEADLINE_S``, the seconds one MidOffice request of the matching may take with all its
    retries (default 90; a MidOffice known to be slow may want more, the slow-body test less)."""
    return Settings(places=places or paths.places(environ), environ=environ,
                    apply_batch=_whole_number(environ, "PAXDESK_APPLY_BATCH", BATCH, 1),
                    apply_pause=_whole_number(environ, "PAXDESK_APPLY_PAUSE_MS", 0, 0) / 1000,
                    request_deadline=_whole_number(environ, "PAXDESK_REQUEST_DEADLINE_S", int(RetryPolicy.deadline), 1))


def open_session(db_url: str | None = None, *, crm: Crm | None = None, settings: Settings | None = None,
                 adapter_factory: Callable[..., object] = make_adapter, **options) -> ConversionSession:
    """A conversion session on the CRM at ``db_url`` — or on ``crm``, a CRM already open behind the conversion's
    port (``services/crm_port.py``; the tests' in-memory one: ``tests/fakes.py``), as ``adapter_factory`` hands
    in the MidOffice. ``options``: midoffice, base_url, token, token_env, remember_token, adapter_options
    (``usecases.context.open_context``)."""
    if (db_url is None) == (crm is None):
        raise TypeError("open_session: give either db_url or crm")
    open_crm = (lambda: crm) if crm is not None else (lambda: SqlAlchemyCrm.open(db_url))
    context = open_context(open_crm, settings or settings_from(), adapter_factory, **options)
    return ConversionSession(context)
