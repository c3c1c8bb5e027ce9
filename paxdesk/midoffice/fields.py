"""Strict readers for MidOffice JSON: a wrong type is a ProtocolError, never a silently empty field."""

from __future__ import annotations

from paxdesk.errors import ProtocolError


def _bad(where: str, expected: str) -> ProtocolError:
    return ProtocolError(f"{where}: expected {expected}", "protocol")


def text(obj: dict, key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise _bad(f"{where}.{key}", "a string or null")


def required_text(obj: dict, key: str, where: str) -> str:
    value = text(obj, key, where)
    if value is None:
        raise _bad(f"{where}.{key}", "a string")
    return value


def number_text(obj: dict, key: str, where: str) -> str:
    """Customer numbers: accept JSON strings and integers, compare as text."""
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _bad(f"{where}.{key}", "a customer number")
    return str(value)


def sub_object(obj: dict, key: str, where: str) -> dict:
    """A nested object; null means an empty one."""
    value = obj.get(key)
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    raise _bad(f"{where}.{key}", "an object or null")


def object_list(obj: dict, key: str, where: str) -> list:
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise _bad(f"{where}.{key}", "a list or null")


def string_list(obj: dict, key: str, where: str) -> list[str]:
    values = object_list(obj, key, where)
    if not all(isinstance(v, str) for v in values):
        raise _bad(f"{where}.{key}", "a list of strings")
    return values
