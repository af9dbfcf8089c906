"""The one exception type services raise for refused business actions."""
from __future__ import annotations

from enum import StrEnum

from django.http import Http404

from .error_codes import CommonErrorCode


class DomainError(Exception):
    """A refused action.  `messages` are user-facing (Chinese), `field_errors`
    map a field name to its messages, `clause` names the rule applied and
    `code` is a member of the domain's error-code enum (`error_codes.py`)."""

    def __init__(self, message=None, *, code: StrEnum, field_errors=None, clause: str = ""):
        self.field_errors = dict(field_errors or {})
        self.messages = [message] if message else []
        for msgs in self.field_errors.values():
            self.messages.extend(msgs)
        self.clause = clause
        self.code = code
        super().__init__("; ".join(str(m) for m in self.messages) or str(code))

    @property
    def forbidden(self) -> bool:
        return self.code == CommonErrorCode.FORBIDDEN

    @classmethod
    def from_validation_error(cls, error, *, field: str | None = None, code: StrEnum = CommonErrorCode.INVALID,
                              clause: str = ""):
        if hasattr(error, "error_dict"):
            return cls(field_errors={k: [m for e in v for m in e.messages] for k, v in error.error_dict.items()},
                       code=code, clause=clause)
        if field:
            return cls(field_errors={field: list(error.messages)}, code=code, clause=clause)
        return cls("；".join(error.messages), code=code, clause=clause)


class NotFound(DomainError, Http404):
    """Missing or outside the actor's jurisdiction; the two are never told apart.

    Being an Http404, it becomes the ordinary 404 page in views and a 404 in the API."""

    def __init__(self):
        super().__init__(code=CommonErrorCode.NOT_FOUND)
