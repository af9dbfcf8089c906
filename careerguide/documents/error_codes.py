"""Refusals of the e-archives and integrity records (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class DocumentErrorCode(StrEnum):
    CATEGORY_NOT_APPLICABLE = "category_not_applicable"  # the category is not one of the subject type's (BJ-9-2)
    FILE_REJECTED = "file_rejected"                      # wrong type, content not matching its name, or empty
    FILE_TOO_LARGE = "file_too_large"                    # above the upload limit
    ALREADY_ARCHIVED = "already_archived"                # an archived item is archived once
    CUSTODIAN_OUTSIDE_UNIT = "custodian_outside_unit"    # the custodian works outside the holding unit
    SAME_PERSON = "same_person"                          # the enterer cannot review their own record (BJ-9-3)
    NOT_DUE = "not_due"                                  # the item is not past its keep-until date (BJ-9-2)
    ALREADY_DISPOSED = "already_disposed"                # a disposed item is not appraised or disposed again
    NO_DISPOSAL_PROPOSED = "no_disposal_proposed"        # disposal needs an appraisal proposing it (BJ-9-2)
    EVIDENCE_IN_USE = "evidence_in_use"                  # the item is the evidence of an integrity record (BJ-9-3)
