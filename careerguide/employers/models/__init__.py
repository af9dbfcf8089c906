"""Employer tables (BJ chapter 4), one module per area."""
from .catalogue import CatalogueMeasure, IndustryCatalogueEntry, IndustryCatalogueVersion
from .employer import Employer, EmployerAgent, VerificationStatus
from .key_enterprise import (
    DailyServiceAgreement,
    DemandArchive,
    EnterpriseContact,
    EnterpriseSize,
    KeyEnterpriseTransfer,
    NoRenewalRoute,
    OfficerAssignment,
    SupportTeamMember,
    TeamRole,
)
from .requests import EnterpriseRequest, RequestCategory, RequestStatus
from .verification import AgentIdType, DataSource, DefectNotice, DemandRegistration, EmployerVerification, LicenceType

__all__ = [
    "AgentIdType", "CatalogueMeasure", "DailyServiceAgreement", "DataSource", "DefectNotice", "DemandArchive",
    "DemandRegistration", "Employer", "EmployerAgent", "EmployerVerification", "EnterpriseContact", "EnterpriseRequest",
    "EnterpriseSize", "RequestCategory", "RequestStatus",
    "IndustryCatalogueEntry", "IndustryCatalogueVersion", "KeyEnterpriseTransfer", "LicenceType", "NoRenewalRoute",
    "OfficerAssignment", "SupportTeamMember", "TeamRole", "VerificationStatus",
]
