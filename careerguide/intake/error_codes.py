"""Refusal codes of the front-desk intake (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class IntakeErrorCode(StrEnum):
    ALREADY_OPEN = "already_open"        # the client has this request open already: never twice (BJ-5-9)
    WRONG_CATEGORY = "wrong_category"    # the category is not one of the client kind's (BJ-5-9)
    NO_CLIENT = "no_client"              # no registered person or employer with that ID number or credit code
    NOT_IN_QUEUE = "not_in_queue"        # the acceptor does not work the queue the request was routed to (BJ-5-9)
    NOT_RESPONSIBLE = "not_responsible"  # only the responsible person hands over or closes (BJ-5-6)
