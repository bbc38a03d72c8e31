"""The XWMS JSON envelope and the sandbox's refusals (`ApiError`), shared by every route."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

JSON_TYPE = "application/json"


class ApiError(Exception):
    """A refusal with its HTTP status, machine `code` and a plain `message` for a person.

    Raised anywhere inside a route; the app turns it into the error envelope. Messages
    never contain a credential value (callers pass ids, names and URLs only).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        data: Mapping[str, Any] | None = None,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.data = dict(data or {})
        self.errors = {k: list(v) for k, v in (errors or {}).items()}
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return error_body(self.code, self.message, data=self.data, errors=self.errors or None)


class ValidationFailed(ApiError):
    """422 `validation_failed` with `errors: {field: [messages]}`; the message names the fields."""

    def __init__(self, errors: Mapping[str, list[str]], *, message: str | None = None) -> None:
        super().__init__(422, "validation_failed", message or summarize(errors), errors=errors)


def summarize(errors: Mapping[str, list[str]]) -> str:
    """One sentence for the whole envelope: the field and what is wrong, or the list of fields."""
    if len(errors) == 1:
        field, messages = next(iter(errors.items()))
        return f"{field}: {messages[0]}" if messages else f"{field} is not valid."
    return "Some fields need correcting: " + ", ".join(errors) + ". See the message for each field."


def success_body(message: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
    return {"status": "success", "message": message, "data": dict(data or {})}


def error_body(
    code: str,
    message: str,
    *,
    data: Mapping[str, Any] | None = None,
    errors: Mapping[str, list[str]] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "status": "error", "message": message, "code": code, "data": dict(data or {})
    }
    if errors:
        body["errors"] = {k: list(v) for k, v in errors.items()}
    return body


def encode(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(
    status: int, body: Mapping[str, Any] | bytes, headers: Mapping[str, str] | None = None
) -> Response:
    content = body if isinstance(body, bytes) else encode(body)
    return Response(content, status_code=status, media_type=JSON_TYPE, headers=dict(headers or {}))


def success(
    message: str, data: Mapping[str, Any] | None = None, *, status: int = 200
) -> Response:
    return json_response(status, success_body(message, data))


def error_response(error: ApiError) -> Response:
    return json_response(error.status, error.body(), error.headers)


INTERNAL_ERROR_MESSAGE = (
    "Something went wrong inside the practice sandbox. Try again; if it keeps happening, "
    "restart the sandbox."
)
