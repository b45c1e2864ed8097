"""The case editor's tabs, one widget each, and the editor as they see it (context.py)."""
