"""The person registry: persons and their records, search, duplicates, CSV files, dashboard."""
