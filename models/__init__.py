"""Repatria's model layer: entities, database, change log and services.

Qt-free and PDF-free by contract (import-linter): usable from the CLI, tests and
scripts on a machine with no display.
"""
