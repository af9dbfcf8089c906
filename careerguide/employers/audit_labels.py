"""Names for the audit timeline of the verification defects this app records by code (BJ-5-7)."""
from careerguide.audit.labels import audit_labels_register

from .services.verification import DEFECT_MESSAGES


def register() -> None:
    audit_labels_register(values=DEFECT_MESSAGES)
