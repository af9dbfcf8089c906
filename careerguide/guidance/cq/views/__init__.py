"""Staff pages of the CQ guidance process and its public service page."""
from .agency import (  # noqa: F401
    compliance_view,
    database_view,
    management_system_view,
    qualifications_view,
    references_view,
    sites_view,
)
from .cases import booking_intake_view, case_step_view, case_view, cases_view, intake_view  # noqa: F401
from .catalogue import catalogue_view, institution_view, institutions_view  # noqa: F401
from .library import display_board_view, handbook_view, handbooks_view, library_view, policy_item_view  # noqa: F401
from .public import service_page_view  # noqa: F401
from .quality import audit_view, evaluation_view, finding_view, quality_view  # noqa: F401
from .sessions import session_view, sessions_view, worklist_view  # noqa: F401
from .staff import practitioner_view, practitioners_view, projects_view  # noqa: F401
