"""A ``--decisions`` file through the same gate as the wizard's keys (CONTRACT §1, §4.3).

Every decision is read, its re-link target fetched and judged, and checked
against the gate before the first one is taken: any problem (unknown customer,
unknown or deleted target, a re-link to a ``major`` record without
``"confirmed": true``) → InputError naming the customer and the number, and
nothing is decided, so nothing changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from paxdesk.domain.plan import Action
from paxdesk.errors import InputError, MidOfficeError, shorten
from paxdesk.services.relink import Candidate, Miss
from paxdesk.services.review.rows import Source
from paxdesk.services.review.state import ReviewState

_FORM = ('{"<customer id>": "convert"|"local"|"skip"} or '
         '{"<customer id>": {"action": "convert", "to": "<MidOffice customer no.>", "confirmed": true}}')
_ACTIONS = {a.value for a in Action}
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FileDecision:
    action: Action
    to: str | None = None        # a re-link: convert to this MidOffice customer instead of the copy's own
    confirmed: bool = False      # the re-link's record may be ``major`` against the copy


def load_decisions_file(path: Path) -> dict[str, FileDecision]:
    """The decisions file; any problem is an InputError naming file and key."""
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: the decisions file is larger than {MAX_BYTES // 2**20} MB")
        doc = json.loads(Path(path).read_text(encoding="utf-8"), object_pairs_hook=_no_repeats)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the decisions file ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid JSON ({str(exc)[:120]})") from None
    except RecursionError:
        raise InputError(f"{path}: not valid JSON (nested too deeply)") from None
    except _Repeated as exc:
        raise InputError(f"{path}: {shorten(exc.args[0], 40)} appears twice (which one is meant?)") from None
    if not isinstance(doc, dict):
        raise InputError(f"{path}: expected a JSON object {_FORM}")
    return {key: _decision(path, key, value) for key, value in doc.items()}


class _Repeated(Exception):
    pass


def _no_repeats(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object whose keys are all different: a decisions file naming a customer twice contradicts itself."""
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            raise _Repeated(key)
        seen[key] = value
    return seen


def _text(value) -> bool:
    """A string that can be sent and stored (no lone surrogates from a \\ud800 escape)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _decision(path: Path, key: str, value) -> FileDecision:
    where = f"{path}: {shorten(key, 40)}"
    if not _text(key):
        raise InputError(f"{where}: not a customer id (invalid characters)")
    if isinstance(value, str):
        if value not in _ACTIONS:
            raise InputError(f"{where}: {shorten(value)} is not one of convert, local, skip")
        return FileDecision(Action(value))
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected \"convert\", \"local\", \"skip\" or an object {_FORM}")
    unknown = set(value) - {"action", "to", "confirmed"}
    if unknown:
        raise InputError(f"{where}: unknown key {shorten(sorted(unknown)[0], 40)} (expected action, to, confirmed)")
    action, to, confirmed = value.get("action"), value.get("to"), value.get("confirmed", False)
    if not isinstance(action, str) or action not in _ACTIONS:
        raise InputError(f"{where}: action {shorten(action)} is not one of convert, local, skip")
    if to is not None and (not _text(to) or not to.strip() or len(to) > 64):
        raise InputError(f"{where}: \"to\" must be a MidOffice customer number (a string of at most 64 "
                         f"characters), not {shorten(to)}")
    if to is not None and action != "convert":
        raise InputError(f"{where}: \"to\" (a re-link) needs \"action\": \"convert\", not {shorten(action)}")
    if not isinstance(confirmed, bool):
        raise InputError(f"{where}: \"confirmed\" must be true or false, not {shorten(confirmed)}")
    return FileDecision(Action(action), to.strip() if to else None, confirmed)


def decide_from_file(state: ReviewState, decisions: Mapping[str, FileDecision],
                     exists: Callable[[list[str]], set[str]],
                     fetch: Callable[[str, str], Candidate | Miss]) -> None:
    """Validate every decision through the gate, then take them all (or none: InputError).

    ``exists`` tells which of the given ids are CRM customers at all (one that is no longer a v1 copy,
    e.g. converted by an earlier run, has nothing left to decide); ``fetch(customer id, number)`` is the
    re-link target fetched afresh and judged against that copy.
    """
    problems: list[str] = []
    missing = [cid for cid in decisions if state.row(cid) is None]
    known = exists(missing) if missing else set()
    problems += [f"customer {shorten(cid, 40)}: no such customer in the CRM" for cid in missing if cid not in known]
    taken = []
    for cid, decision in decisions.items():
        row, who = state.row(cid), f"customer {shorten(cid, 40)}"
        if row is None:
            continue
        relink = None
        if decision.to is not None:
            relink = fetch(cid, decision.to)
            if isinstance(relink, Miss) and not relink.gone:
                raise MidOfficeError(f"{who}: MidOffice customer {decision.to} could not be fetched "
                                     f"({relink.reason}); nothing was changed", relink.reason)
            if isinstance(relink, Miss):
                problems.append(f"{who}: MidOffice customer {decision.to} does not exist or is deleted")
                continue
        # A plain "convert" is the explicit decision the contract accepts for a ``major``; a re-link is
        # judged against its own record and needs "confirmed": true when that record is ``major``.
        confirmed = decision.confirmed if relink is not None else True
        verdict = state.decide([row], decision.action, Source.FILE, relink=relink, confirmed=confirmed,
                               dry_run=True)
        if verdict.question is not None:
            problems.append(f"{who}: MidOffice customer {decision.to} is probably another person (a large difference "
                            f"in {', '.join(relink.differences)}); re-linking to it needs \"confirmed\": true")
        elif verdict.refused:
            problems.append(f"{who}: cannot be re-linked: its own MidOffice record gave no customer to compare "
                            f"with ({row.item.status})")
        else:
            taken.append((row, decision, relink, confirmed))
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise InputError(f"--decisions: {shown}; nothing was changed")
    for row, decision, relink, confirmed in taken:
        state.decide([row], decision.action, Source.FILE, relink=relink, confirmed=confirmed)
