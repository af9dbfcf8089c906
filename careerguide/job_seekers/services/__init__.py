"""Writes of the job-seeker chapter, one module per concern.

The two person-level services are imported here as well because other apps and
the demo seeder call them as ``job_seekers.services.job_seeker_create``.
"""
from .registration import job_seeker_create, job_seeker_update_contact

__all__ = ["job_seeker_create", "job_seeker_update_contact"]
