"""Names for the audit timeline of the codes this app writes from plain tables (needs-archive sources)."""
from careerguide.audit.labels import audit_labels_register

from .services.archive import SOURCES


def register() -> None:
    audit_labels_register(values=SOURCES)
