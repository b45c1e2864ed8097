"""Identification of remains after INTERPOL DVI practice: comparison and candidate ranking."""
