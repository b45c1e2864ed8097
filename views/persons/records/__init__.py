"""The person editor's record tabs: spellings, timeline, next of kin, sources, medical."""
