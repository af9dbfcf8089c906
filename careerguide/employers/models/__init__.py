"""Employer tables (BJ chapter 4), one module per area.  Choices live in `choices.py`, statuses in `states.py`."""
from .catalogue import IndustryCatalogueEntry, IndustryCatalogueVersion
from .employer import Employer, EmployerAgent
from .key_enterprise import (
    DailyServiceAgreement,
    DemandArchive,
    EnterpriseContact,
    KeyEnterpriseTransfer,
    OfficerAssignment,
    SupportTeamMember,
)
from .requests import EnterpriseRequest
from .verification import DefectNotice, DemandRegistration, EmployerVerification

__all__ = [
    "DailyServiceAgreement", "DefectNotice", "DemandArchive", "DemandRegistration", "Employer", "EmployerAgent",
    "EmployerVerification", "EnterpriseContact", "EnterpriseRequest", "IndustryCatalogueEntry",
    "IndustryCatalogueVersion", "KeyEnterpriseTransfer", "OfficerAssignment", "SupportTeamMember",
]
