"""The office: its settings (users and office bundles will join them)."""
