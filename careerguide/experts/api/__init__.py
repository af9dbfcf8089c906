"""JSON API of the expert team (/api/experts): selection, notice and objections, appointment, renewal,
exit, assignments, service logs, public directory, consultations and feedback.  One service or selector
call per operation; refusals come back with Chinese messages and the clause."""
from . import members, public, selection  # noqa: F401  (modules register their operations)
from .base import router

__all__ = ["router"]
