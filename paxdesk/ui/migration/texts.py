"""Words of the migration wizard for findings, reasons, decisions and fields (German via the .qm file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from paxdesk.migration.labels import joined

_T = QCoreApplication


def kind_label(kind: str) -> str:
    return {"date": _T.translate("MigrationTexts", "date not readable"),
            "price": _T.translate("MigrationTexts", "price not readable"),
            "lock": _T.translate("MigrationTexts", "marketing lock neither yes nor no"),
            "email": _T.translate("MigrationTexts", "invalid e-mail address"),
            "phone": _T.translate("MigrationTexts", "invalid phone number"),
            "zip": _T.translate("MigrationTexts", "postcode without leading zero (added)"),
            "missing_value": _T.translate("MigrationTexts", "required value missing (row left out)"),
            "duplicate_id": _T.translate("MigrationTexts", "customer number twice (row left out)"),
            "unknown_column": _T.translate("MigrationTexts", "unknown column (ignored)"),
            "extra_cells": _T.translate("MigrationTexts", "cells without a column header"),
            "unknown_customer": _T.translate("MigrationTexts", "booking of an unknown customer (left out)"),
            "completed_by_merge": _T.translate("MigrationTexts",
                                               "row without last name merged into its duplicate (imported)"),
            "myjack_unchecked": _T.translate("MigrationTexts", "not checked in myJack (its answer could not be "
                                                               "read)"),
            "skipped_in_myjack": _T.translate("MigrationTexts", "already in myJack: not imported"),
            "booking_of_skipped": _T.translate("MigrationTexts", "booking of a customer not imported"),
            "formula_like": _T.translate("MigrationTexts", "value begins like a formula (written with a leading ')"),
            }.get(kind, kind)


def reasons_label(reasons) -> str:
    """The reasons of a pair, a group or a hit, each part said once (``labels.joined``)."""
    return joined(reason_label(r) for r in reasons)


def reason_label(reason: str) -> str:
    return {"name_birth": _T.translate("MigrationTexts", "same name and date of birth"),
            "similar_name_birth": _T.translate("MigrationTexts", "similar name, same date of birth"),
            "email": _T.translate("MigrationTexts", "same e-mail"),
            "name_address": _T.translate("MigrationTexts", "same last name, similar first name, same address"),
            "name_phone": _T.translate("MigrationTexts", "same last name, similar first name, same phone"),
            "birth_typo": _T.translate("MigrationTexts", "date of birth the same but for one typo"),
            "same_birth": _T.translate("MigrationTexts", "same date of birth"),
            "same_address": _T.translate("MigrationTexts", "same address"),
            "similar_address": _T.translate("MigrationTexts", "similar address (same house number and postcode)"),
            "same_phone": _T.translate("MigrationTexts", "same phone"),
            "other_last_name": _T.translate("MigrationTexts", "another last name (e.g. after marriage)"),
            "other_first_name": _T.translate("MigrationTexts", "another or no first name"),
            }.get(reason, reason)


def decision_label(decision: str | None) -> str:
    if decision == "merge":
        return _T.translate("MigrationTexts", "merge")
    if decision == "keep_all":
        return _T.translate("MigrationTexts", "keep all")
    if decision and decision.startswith("drop:"):
        return _T.translate("MigrationTexts", "leave out {0}").replace("{0}", decision[5:])
    if decision == "import":
        return _T.translate("MigrationTexts", "import anyway")
    if decision == "skip":
        return _T.translate("MigrationTexts", "do not import")
    if decision == "link":
        return _T.translate("MigrationTexts", "link to the myJack customer")
    return _T.translate("MigrationTexts", "open")


def field_label(name: str) -> str:
    labels = {"legacy_id": _T.translate("MigrationTexts", "Customer no."),
              "salutation": _T.translate("MigrationTexts", "Salutation"),
              "title": _T.translate("MigrationTexts", "Title"),
              "first_name": _T.translate("MigrationTexts", "First name"),
              "last_name": _T.translate("MigrationTexts", "Last name"),
              "email": _T.translate("MigrationTexts", "E-mail"), "phone": _T.translate("MigrationTexts", "Phone"),
              "street": _T.translate("MigrationTexts", "Street"), "zip": _T.translate("MigrationTexts", "Postcode"),
              "city": _T.translate("MigrationTexts", "City"), "country": _T.translate("MigrationTexts", "Country"),
              "birth_date": _T.translate("MigrationTexts", "Date of birth"),
              "user": _T.translate("MigrationTexts", "Agent (Kürzel)"),
              "lock_email": _T.translate("MigrationTexts", "Lock e-mail"),
              "lock_post": _T.translate("MigrationTexts", "Lock post"),
              "lock_phone": _T.translate("MigrationTexts", "Lock phone"),
              "lock_all": _T.translate("MigrationTexts", "Lock all advertising"),
              "booking_id": _T.translate("MigrationTexts", "Booking no."),
              "date": _T.translate("MigrationTexts", "Booking date"),
              "travel_date": _T.translate("MigrationTexts", "Travel date"),
              "destination": _T.translate("MigrationTexts", "Destination"),
              "price": _T.translate("MigrationTexts", "Price"), "currency": _T.translate("MigrationTexts", "Currency")}
    return labels.get(name, name)


def status_label(detail: str) -> str:
    """An upload's or import's state in words (the words myJack and paxdesk use are codes)."""
    return {"sending": _T.translate("MigrationTexts", "sending the package"),
            "following": _T.translate("MigrationTexts", "following the import started earlier"),
            "queued": _T.translate("MigrationTexts", "waiting in myJack"),
            "running": _T.translate("MigrationTexts", "running"),
            "done": _T.translate("MigrationTexts", "done"),
            "failed": _T.translate("MigrationTexts", "failed")}.get(detail, detail)


def stage_label(stage: str) -> str:
    return {"read": _T.translate("MigrationTexts", "Reading the files"),
            "link": _T.translate("MigrationTexts", "Looking for duplicates"),
            "myjack": _T.translate("MigrationTexts", "Searching myJack"),
            "done": _T.translate("MigrationTexts", "Finished"),
            "upload": _T.translate("MigrationTexts", "Uploading"),
            "import": _T.translate("MigrationTexts", "myJack imports")}.get(stage, stage)
