"""The Correspondence section: threads and how long each waits, letters, drafts, scans, search."""
