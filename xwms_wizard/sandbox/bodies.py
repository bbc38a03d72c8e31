"""Reading request bodies safely: a size limit, strict JSON objects, and typed field checks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from xwms_wizard.sandbox.envelope import ApiError, ValidationFailed

MAX_BODY_BYTES = 1024 * 1024  # 1 MiB, for JSON and for a logo alike
MAX_INT = 2**63 - 1  # SQLite's INTEGER range; larger ids cannot exist


def too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "body_too_large",
        f"The request is too large: at most {limit // 1024} KiB is accepted "
        f"({limit // (1024 * 1024)} MiB). Send less data, or a smaller file.",
    )


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The whole body, refusing anything over `limit` bytes before or while reading it."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise too_large(limit)
        except ValueError:
            raise ApiError(400, "bad_json", "The Content-Length header is not a number.") from None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_object(raw: bytes) -> dict[str, Any]:
    """A JSON object from the body; an empty body counts as `{}`. 400 `bad_json` otherwise."""
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise ApiError(
            400,
            "bad_json",
            "The request body is not valid JSON. Send a JSON object, e.g. {\"name\": \"my-app\"}.",
        ) from None
    if not isinstance(value, dict):
        raise ApiError(
            400,
            "bad_json",
            "The request body must be a JSON object (between { and }), not "
            f"{_json_kind(value)}.",
        )
    return value


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a text value"
    if isinstance(value, bool):
        return "true or false"
    if value is None:
        return "null"
    return "a number"


@dataclass(frozen=True)
class Field:
    """One accepted body field: its kind (`str`, `bool`, `int`, `str_list`, `int_list`,
    `object`), whether it is required, and whether null is accepted."""

    kind: str
    required: bool = False
    nullable: bool = False


Schema = dict[str, Field]

_KIND_WORDS = {
    "str": "text (in quotes)",
    "bool": "true or false",
    "int": "a whole number",
    "str_list": "a list of text values",
    "int_list": "a list of whole numbers (ids)",
    "object": "an object (between { and })",
}


# The messages of a field's shape: unknown, missing, null, of the wrong kind, an id out of range,
# text that cannot be stored. The OpenAPI documents say all of this (the last in words), so a
# request that fits them never gets one (the schemathesis test holds the sandbox to that, with
# `is_shape_error`).
UNKNOWN_FIELD = "This field is not known here. Remove it; the accepted fields are: {allowed}."
REQUIRED = "This field is required."
NOT_NULL = "This field cannot be null; give a value."
OUT_OF_RANGE = "This number is out of range; use a positive id."
NOT_STORABLE = "This text contains characters that cannot be stored."
WRONG_KIND = "This must be {kind}."
_SHAPE_MESSAGES = (UNKNOWN_FIELD, REQUIRED, NOT_NULL, OUT_OF_RANGE, NOT_STORABLE, WRONG_KIND)


def is_shape_error(message: str) -> bool:
    """Whether `message` is one of `validate`'s messages about a field's shape (not about its
    value's meaning, such as a domain that is not one)."""
    return any(message.startswith(template.split("{")[0]) for template in _SHAPE_MESSAGES)


def _utf8_ok(text: str) -> bool:
    # JSON can carry lone surrogates ("\ud800") that no database or page can store.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _whole(value: Any) -> int | None:
    """A JSON number that is a whole number, as an int: 7, and 7.0 too (JSON Schema counts it as
    an integer, so the OpenAPI documents' "integer" allows it); never true or false (bool is a
    subclass of int in Python) and never 7.5."""
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    return None


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "str":
        return isinstance(value, str) and _utf8_ok(value)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return _whole(value) is not None and 0 < value <= MAX_INT
    if kind == "str_list":
        return isinstance(value, list) and all(
            isinstance(v, str) and _utf8_ok(v) for v in value
        )
    if kind == "int_list":
        return isinstance(value, list) and all(
            _whole(v) is not None and 0 < v <= MAX_INT for v in value
        )
    if kind == "object":
        return isinstance(value, dict)
    raise AssertionError(f"unknown field kind {kind}")


def unknown_fields(body: dict[str, Any], schema: Schema) -> list[str]:
    """The names in `body` that `schema` does not know, in the order sent."""
    return [name for name in body if name not in schema]


def shown_names(names: list[str], *, limit: int = 10, width: int = 40) -> str:
    """Field names for a log line: each quoted with control characters escaped and cut to `width`
    characters, at most `limit` of them. Names only: a caller never passes a value here."""
    shown = []
    for name in names[:limit]:
        text = name if len(name) <= width else name[:width] + "..."
        shown.append(json.dumps(text, ensure_ascii=True))
    more = len(names) - limit
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def validate(body: dict[str, Any], schema: Schema, *, ignore_unknown: bool = False
             ) -> dict[str, Any]:
    """The body's fields checked against `schema`: unknown, missing, null and wrongly typed ones
    are all reported at once as a 422 with one message per field.

    With `ignore_unknown` (the public API, lenient as the real XWMS) fields the schema does not
    know are left out of the answer instead of refused; the known ones keep every check."""
    errors: dict[str, list[str]] = {}
    allowed = ", ".join(schema) or "none"
    for name in [] if ignore_unknown else unknown_fields(body, schema):
        errors[name] = [UNKNOWN_FIELD.format(allowed=allowed)]
    values: dict[str, Any] = {}
    for name, field in schema.items():
        if name not in body:
            if field.required:
                errors[name] = [REQUIRED]
            continue
        value = body[name]
        if value is None:
            if field.nullable and not field.required:
                values[name] = None
            else:
                errors[name] = [NOT_NULL]
            continue
        if not _type_ok(field.kind, value):
            if field.kind == "int" and _whole(value) is not None:
                errors[name] = [OUT_OF_RANGE]
            elif isinstance(value, str) and not _utf8_ok(value):
                errors[name] = [NOT_STORABLE]
            else:
                errors[name] = [WRONG_KIND.format(kind=_KIND_WORDS[field.kind])]
            continue
        if field.kind == "int":
            value = _whole(value)
        elif field.kind == "int_list":
            value = [_whole(v) for v in value]
        values[name] = value
    if errors:
        raise ValidationFailed(errors)
    return values
