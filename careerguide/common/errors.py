"""The one exception type services raise for refused business actions."""
from __future__ import annotations

from django.http import Http404


class DomainError(Exception):
    """A refused action.  `messages` are user-facing (Chinese), `field_errors`
    map a field name to its messages, and `clause` names the rule applied."""

    def __init__(self, message=None, *, field_errors=None, clause: str = "", code: str = "refused"):
        self.field_errors = dict(field_errors or {})
        self.messages = [message] if message else []
        for msgs in self.field_errors.values():
            self.messages.extend(msgs)
        self.clause = clause
        self.code = code
        super().__init__("; ".join(str(m) for m in self.messages) or code)

    @classmethod
    def from_validation_error(cls, error, *, field: str | None = None):
        if hasattr(error, "error_dict"):
            return cls(field_errors={k: [m for e in v for m in e.messages] for k, v in error.error_dict.items()})
        if field:
            return cls(field_errors={field: list(error.messages)})
        return cls("；".join(error.messages))


class NotFound(DomainError, Http404):
    """Missing or outside the actor's jurisdiction; the two are never told apart.

    Being an Http404, it becomes the ordinary 404 page in views and a 404 in the API."""

    def __init__(self):
        super().__init__(code="not_found")
