"""Repatria's Qt widgets, one folder per feature: persons (the registry, the dashboard, the
person editor), lists, correspondence, remains (with the case editor and the board), office,
and app (the main window and the login, which put the features together); common holds what
they share (tables, the record dialog, the attachments, correspondence and history tabs,
background tasks, messages, labels, the report preview).

Views never touch the database: what a feature asks of the application is a Port in its
ports.py, which desktop/facades answers with DTOs."""
