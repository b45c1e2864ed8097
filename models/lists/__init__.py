"""Exchange lists: reading the other side's files, reconciling entries with the registry,
and judging each entry against the agreed criteria."""
