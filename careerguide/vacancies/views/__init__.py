"""Pages of the vacancies app: staff review and fairs, employer self-service, the public list."""
