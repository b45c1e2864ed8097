"""The shared core: database, change log, entities, enums, errors, dates and helpers every feature uses."""
