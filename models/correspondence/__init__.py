"""Clarification correspondence: counterparties, threads, letters and templates."""
