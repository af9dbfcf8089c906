"""Writes of the vacancies app: one module per area (screening rules, vacancies, review, job fairs)."""
