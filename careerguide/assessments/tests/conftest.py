from careerguide.guidance.cq.tests.helpers import cq_staff  # noqa: F401  (the shared staff, qualified for CQ)
