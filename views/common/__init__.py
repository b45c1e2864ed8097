"""What the features share: background tasks, message boxes, labels, the field form, the one record
dialog, read-only tables, small widgets, the report preview, and the tabs persons and remains
cases both have (attachments, correspondence, history)."""
