"""The office: users, settings and what the database holds."""
